"""The websocket channels of a spec, read from its ``x-websockets`` extension once for every consumer.

Templates, lint, the mock server and the fuzzer all read channels through :func:`websocket_channels`, so what a
channel is (where it lives, how it authenticates, which messages it carries and how it subscribes) is decided
here only. The convention itself is documented in ``openapi/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from generator.spec import lookup, pointer, resolve

__all__ = ["MessageKind", "Subscription", "WebSocketChannel", "topic_rule", "websocket_channels"]

COMPONENT_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class MessageKind:
    """One kind of message a channel receives: its component schema and how its topic is recognised.

    ``topic_const`` (an exact topic, e.g. an event type) or ``topic_pattern`` (a regular expression, e.g.
    ``^widget:``) is read from the component's property at the channel's ``topic_at``; on a channel with topics, a
    kind with neither is the catch-all for topics the spec does not list.
    """

    component: str
    topic_const: str | None = None
    topic_pattern: str | None = None
    is_catch_all: bool = False

    @property
    def schema_at(self) -> str:
        return pointer("components", "schemas", self.component)


@dataclass(frozen=True)
class Subscription:
    """How to (un)subscribe: an example message and where its topic goes.

    ``many`` is True when the topic pointer names an array: one message then lists every topic (ReViewPoint);
    otherwise one message is sent per topic (Cortex).
    """

    message: Any
    topic_at: str
    many: bool


@dataclass(frozen=True)
class WebSocketChannel:
    """One ``x-websockets`` entry, resolved: address, authentication, messages and subscription."""

    name: str
    at: str
    url: str
    path: str
    description: str
    auth_scheme: str
    auth_in: str
    auth_name: str
    receive_at: str
    send_at: str | None
    topic_at: str | None
    kinds: tuple[MessageKind, ...]
    subscribe: Subscription | None
    unsubscribe: Subscription | None

    @property
    def root_path(self) -> str:
        """The channel's path from the root of its host: the base URL's path, then ``path``."""
        return urlparse(self.url).path.rstrip("/") + self.path

    @property
    def summary(self) -> str:
        """The first sentence of the description."""
        text = " ".join(self.description.split())
        return text.split(". ", 1)[0].rstrip(".") + "." if text else ""

    @property
    def documented_kinds(self) -> tuple[MessageKind, ...]:
        return tuple(kind for kind in self.kinds if not kind.is_catch_all)


def websocket_channels(document: dict[str, Any]) -> list[WebSocketChannel]:
    """Return the channels of a spec, in document order (empty when it has no ``x-websockets``).

    The document must be lint-clean for ``x-websockets`` (see the ``websocket-*`` rules): entries that are not
    mappings are skipped, missing values read as empty.
    """
    channels = []
    for name, raw in (document.get("x-websockets") or {}).items():
        if not isinstance(raw, dict):
            continue
        auth: dict[str, Any] = raw["auth"] if isinstance(raw.get("auth"), dict) else {}
        topic_at = raw.get("topic_at") if isinstance(raw.get("topic_at"), str) else None
        receive_at = _ref_pointer(raw.get("receive"))
        channels.append(
            WebSocketChannel(
                name=str(name),
                at=pointer("x-websockets", name),
                url=str(raw.get("url", "")),
                path=str(raw.get("path", "")),
                description=str(raw.get("description", "")).strip(),
                auth_scheme=str(auth.get("scheme", "")),
                auth_in=str(auth.get("in", "")),
                auth_name=str(auth.get("name", "")),
                receive_at=receive_at,
                send_at=_ref_pointer(raw.get("send")) or None,
                topic_at=topic_at,
                kinds=_kinds(document, raw.get("receive"), topic_at),
                subscribe=_subscription(raw.get("subscribe")),
                unsubscribe=_subscription(raw.get("unsubscribe")),
            )
        )
    return channels


def topic_rule(document: dict[str, Any], component: str, topic_at: str) -> tuple[str | None, str | None]:
    """Return (const, pattern) of a message component's topic property; (None, None) when it has neither."""
    schema: Any = resolve(document, {"$ref": COMPONENT_PREFIX + component})
    for part in _parts(topic_at):
        schema = resolve(document, ((schema or {}).get("properties") or {}).get(part))
    if not isinstance(schema, dict):
        return None, None
    const = schema.get("const")
    if const is None and isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
        const = schema["enum"][0]
    pattern = schema.get("pattern")
    return (str(const) if const is not None else None), (str(pattern) if isinstance(pattern, str) else None)


def _kinds(document: dict[str, Any], receive: Any, topic_at: str | None) -> tuple[MessageKind, ...]:
    schema = resolve(document, receive)
    variants = schema.get("oneOf") if isinstance(schema, dict) and "oneOf" in schema else [receive]
    kinds = []
    for variant in variants or []:
        ref = variant.get("$ref", "") if isinstance(variant, dict) else ""
        if not ref.startswith(COMPONENT_PREFIX):
            continue
        component = ref.removeprefix(COMPONENT_PREFIX)
        const, pattern = topic_rule(document, component, topic_at) if topic_at else (None, None)
        kinds.append(
            MessageKind(component, const, pattern, is_catch_all=bool(topic_at) and const is None and pattern is None)
        )
    return tuple(kinds)


def _subscription(raw: Any) -> Subscription | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("topic_at"), str):
        return None
    topic_at = str(raw["topic_at"])
    message = raw.get("message")
    target = lookup(message, "#" + topic_at) if isinstance(message, dict) else None
    return Subscription(message=message, topic_at=topic_at, many=isinstance(target, list))


def _ref_pointer(node: Any) -> str:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[1:] if isinstance(ref, str) and ref.startswith("#/") else ""


def _parts(at: str) -> list[str]:
    return [raw.replace("~1", "/").replace("~0", "~") for raw in at.split("/")[1:]]
