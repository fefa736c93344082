"""Build the typed model (:class:`Spec`) from a loaded document, collecting findings for what cannot be modelled."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from generator.findings import Finding
from generator.spec._model import (
    HTTP_METHODS,
    Body,
    Bounds,
    Example,
    Header,
    Link,
    Media,
    OAuthFlow,
    Operation,
    Pagination,
    Parameter,
    Ref,
    Response,
    SecurityScheme,
    Spec,
    StreamEvent,
)
from generator.spec._pointer import pointer
from generator.spec._refs import Resolver
from generator.spec._source import Source

__all__ = ["build"]

COMPONENT_SCHEMAS = "/components/schemas/"
PAGINATION_PATHS = ("items", "has_next", "current_page", "total_pages")
EVENT_STREAM = "text/event-stream"


def build(source: Source, document: dict[str, Any]) -> Spec:
    """Read a document into a :class:`Spec`."""
    return _Builder(source, document).spec()


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _requirements(value: Any) -> tuple[dict[str, tuple[str, ...]], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        {str(name): tuple(str(scope) for scope in scopes or ()) for name, scopes in requirement.items()}
        for requirement in value
        if isinstance(requirement, dict)
    )


class _Builder:
    def __init__(self, source: Source, document: dict[str, Any]) -> None:
        self.source = source
        self.document = document
        self.resolver = Resolver(document)
        self.findings: list[Finding] = []
        self.examples: dict[str, Example] = {}

    def spec(self) -> Spec:
        document = self.document
        info = _mapping(document.get("info"))
        servers = tuple(
            str(server["url"])
            for server in document.get("servers") or []
            if isinstance(server, dict) and "url" in server
        )
        default_security = _requirements(document.get("security"))
        operations = tuple(self._operations(default_security))
        self._components()
        schemas = {
            str(name): pointer("components", "schemas", name)
            for name in _mapping(_mapping(document.get("components")).get("schemas"))
        }
        return Spec(
            source=self.source,
            document=document,
            resolver=self.resolver,
            openapi=str(document.get("openapi", "")),
            title=_text(info.get("title")),
            version=str(info.get("version", "")),
            servers=servers,
            operations=operations,
            security_schemes=self._security_schemes(),
            security=default_security,
            schemas=schemas,
            examples=tuple(self.examples.values()),
            refs=tuple(self._refs(document, "")),
            findings=tuple(self.findings),
            tags={
                str(tag["name"]): _text(tag.get("description"))
                for tag in document.get("tags") or []
                if isinstance(tag, dict) and "name" in tag
            },
        )

    # ----------------------------------------------------------------------------------------- operations

    def _operations(self, default_security: tuple[dict[str, tuple[str, ...]], ...]) -> Iterator[Operation]:
        for path, raw_item in _mapping(self.document.get("paths")).items():
            item, item_at = self.resolver.resolve(raw_item, pointer("paths", path))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    at = item_at + pointer(method)
                    yield self._operation(str(path), method, node, at, item, item_at, default_security)

    def _operation(
        self,
        path: str,
        method: str,
        node: dict[str, Any],
        at: str,
        item: dict[str, Any],
        item_at: str,
        default_security: tuple[dict[str, tuple[str, ...]], ...],
    ) -> Operation:
        declared: dict[tuple[str, str], Parameter] = {}
        for base, raw in ((item_at, item), (at, node)):
            for index, entry in enumerate(raw.get("parameters") or []):
                parameter = self._parameter(entry, base + pointer("parameters", index))
                if parameter is not None:
                    declared[(parameter.location, parameter.name)] = parameter
        responses = tuple(
            self._response(_status(status), raw, at + pointer("responses", status))
            for status, raw in _mapping(node.get("responses")).items()
        )
        operation_id = node.get("operationId")
        operation = Operation(
            operation_id=str(operation_id) if operation_id else None,
            method=method,
            path=path,
            at=at,
            tags=tuple(str(tag) for tag in node.get("tags") or ()),
            summary=_text(node.get("summary")),
            description=_text(node.get("description")),
            deprecated=bool(node.get("deprecated", False)),
            parameters=tuple(declared.values()),
            body=self._body(node.get("requestBody"), at + "/requestBody") if "requestBody" in node else None,
            responses=responses,
            security=_requirements(node["security"]) if "security" in node else default_security,
            events=tuple(self._events(responses)),
            issues_tokens=self._issues_tokens(responses),
        )
        pagination = self._pagination(operation, node.get("x-pagination")) if "x-pagination" in node else None
        return operation if pagination is None else replace(operation, pagination=pagination)

    def _parameter(self, raw: Any, at: str) -> Parameter | None:
        node, at = self.resolver.resolve(raw, at)
        if not isinstance(node, dict) or "name" not in node:
            return None
        location = str(node.get("in", "query"))
        style = str(node.get("style", "form" if location in ("query", "cookie") else "simple"))
        schema_at: str | None = at + "/schema" if "schema" in node else None
        if schema_at is None and _mapping(node.get("content")):
            media_type = next(iter(node["content"]))
            schema_at = at + pointer("content", media_type, "schema")
        schema = _mapping(self.resolver.resolved(schema_at)[0]) if schema_at else {}
        self._examples_of(node, at, schema_at)
        return Parameter(
            name=str(node["name"]),
            location=location,
            at=at,
            required=bool(node.get("required", location == "path")),
            schema=schema_at,
            style=style,
            explode=bool(node.get("explode", style == "form")),
            description=_text(node.get("description")),
            default=schema.get("default"),
            has_default="default" in schema,
            bounds=_bounds(schema),
            example=node.get("example", schema.get("example")),
            deprecated=bool(node.get("deprecated", False)),
        )

    def _body(self, raw: Any, at: str) -> Body | None:
        node, at = self.resolver.resolve(raw, at)
        if not isinstance(node, dict):
            return None
        return Body(
            at=at,
            required=bool(node.get("required", False)),
            content=self._content(node.get("content"), at + "/content"),
            description=_text(node.get("description")),
        )

    def _content(self, raw: Any, at: str) -> dict[str, Media]:
        content = {}
        for media_type, media in _mapping(raw).items():
            media_at = at + pointer(media_type)
            media = _mapping(media)
            schema_at = media_at + "/schema" if "schema" in media else None
            ref = _mapping(media.get("schema")).get("$ref")
            component = ref.removeprefix("#" + COMPONENT_SCHEMAS) if isinstance(ref, str) else None
            examples = self._examples_of(media, media_at, schema_at)
            content[str(media_type)] = Media(
                media_type=str(media_type),
                at=media_at,
                schema=schema_at,
                component=component if isinstance(ref, str) and ref.startswith("#" + COMPONENT_SCHEMAS) else None,
                example=examples[0].value if examples else None,
                has_example=bool(examples),
                encoding=dict(_mapping(media.get("encoding"))),
            )
        return content

    def _response(self, status: str, raw: Any, at: str) -> Response:
        node, at = self.resolver.resolve(raw, at)
        node = _mapping(node)
        headers = {}
        for name, header in _mapping(node.get("headers")).items():
            headers[str(name)] = self._header(str(name), header, at + pointer("headers", name))
        return Response(
            status=status,
            at=at,
            description=_text(node.get("description")),
            content=self._content(node.get("content"), at + "/content"),
            headers=headers,
            links=tuple(self._links(node.get("links"), at + "/links")),
        )

    def _header(self, name: str, raw: Any, at: str) -> Header:
        node, at = self.resolver.resolve(raw, at)
        node = _mapping(node)
        schema_at = at + "/schema" if "schema" in node else None
        self._examples_of(node, at, schema_at)
        return Header(name, at, bool(node.get("required", False)), schema_at, node.get("example"))

    def _links(self, raw: Any, at: str) -> Iterator[Link]:
        for name, entry in _mapping(raw).items():
            link, link_at = self.resolver.resolve(entry, at + pointer(name))
            if not isinstance(link, dict) or "operationId" not in link:
                continue
            for parameter, expression in _mapping(link.get("parameters")).items():
                target = str(parameter).split(".")[-1]
                yield Link(str(name), link_at, str(link["operationId"]), target, str(expression))

    def _examples_of(self, node: dict[str, Any], at: str, schema_at: str | None) -> list[Example]:
        found = []
        if "example" in node:
            found.append(Example(at + "/example", schema_at, node["example"]))
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, raw in examples.items():
                example, example_at = self.resolver.resolve(raw, at + pointer("examples", name))
                if isinstance(example, dict) and "value" in example:
                    found.append(Example(example_at + "/value", schema_at, example["value"]))
        for example in found:
            self.examples.setdefault(f"{example.at} {example.schema}", example)
        return found

    # ------------------------------------------------------------------------------ derived operation facts

    def _events(self, responses: tuple[Response, ...]) -> Iterator[StreamEvent]:
        for response in responses:
            media = response.content.get(EVENT_STREAM)
            if not response.is_success or media is None or media.schema is None:
                continue
            schema, schema_at = self.resolver.resolved(media.schema)
            variants = _mapping(schema).get("oneOf")
            branches = (
                [(entry, schema_at + pointer("oneOf", i)) for i, entry in enumerate(variants)]
                if isinstance(variants, list)
                else [(schema, schema_at)]
            )
            for entry, entry_at in branches:
                variant, variant_at = self.resolver.resolve(entry, entry_at)
                properties = _mapping(_mapping(variant).get("properties"))
                name = _mapping(properties.get("event")).get("const", "message")
                data = _mapping(properties.get("data"))
                if "contentSchema" not in data:
                    continue
                ref = _mapping(data["contentSchema"]).get("$ref")
                component = ref.rsplit("/", 1)[-1] if isinstance(ref, str) and COMPONENT_SCHEMAS in ref else None
                data_at = variant_at + "/properties/data/contentSchema"
                yield StreamEvent(str(name), variant_at, data_at, component)

    def _issues_tokens(self, responses: tuple[Response, ...]) -> bool:
        for response in responses:
            media = response.json if response.is_success else None
            if media is not None and "access_token" in self._properties(media.schema):
                return True
        return False

    def _properties(self, schema_at: str | None) -> dict[str, str]:
        """Property name -> pointer of its schema, for an object schema (following ``$ref`` and ``allOf``)."""
        if schema_at is None:
            return {}
        schema, schema_at = self.resolver.resolved(schema_at)
        schema = _mapping(schema)
        found = {str(name): schema_at + pointer("properties", name) for name in _mapping(schema.get("properties"))}
        for index, _ in enumerate(schema.get("allOf") or []):
            found = self._properties(schema_at + pointer("allOf", index)) | found
        return found

    def _pagination(self, operation: Operation, raw: Any) -> Pagination | None:
        at = operation.at + "/x-pagination"
        problems = list(self._pagination_problems(operation, raw))
        for problem in problems:
            self.findings.append(self.source.finding(at, "pagination-invalid", problem))
        if problems:
            return None
        success = next(r for r in operation.responses if r.is_success and r.json is not None)
        schema_at = success.json.schema if success.json else None
        paths = {key: tuple(str(raw[key]).split(".")) if key in raw else None for key in PAGINATION_PATHS}
        items = paths["items"] or ()
        return Pagination(
            at=at,
            page_param=str(raw["page_param"]),
            size_param=str(raw["size_param"]) if "size_param" in raw else None,
            items=items,
            has_next=paths["has_next"],
            current_page=paths["current_page"],
            total_pages=paths["total_pages"],
            items_schema=self._property_path(schema_at, items),
        )

    def _pagination_problems(self, operation: Operation, raw: Any) -> Iterator[str]:
        if not isinstance(raw, dict):
            yield "x-pagination must be a mapping"
            return
        queries = {parameter.name for parameter in operation.parameters if parameter.location == "query"}
        for key in ("page_param", "size_param"):
            if raw.get(key) not in queries:
                yield f"{key} {raw.get(key)!r} is not a query parameter of the operation"
        success = next((r for r in operation.responses if r.is_success and r.json is not None), None)
        schema_at = success.json.schema if success is not None and success.json is not None else None
        if schema_at is None:
            yield "the operation has no 2xx JSON response to paginate"
            return
        if "items" not in raw:
            yield "x-pagination needs items, the property path of the page's items"
        if "has_next" not in raw and not {"current_page", "total_pages"} <= set(raw):
            yield "x-pagination needs has_next, or current_page and total_pages"
        for key in PAGINATION_PATHS:
            if key in raw and self._property_path(schema_at, tuple(str(raw[key]).split("."))) is None:
                yield f"{key} {raw[key]!r} is not a property path of the 2xx response"
        items_at = self._property_path(schema_at, tuple(str(raw.get("items", "")).split(".")))
        items = _mapping(self.resolver.resolved(items_at)[0]) if items_at else {}
        if items_at and items.get("type") != "array" and "items" not in items:
            yield f"items {raw['items']!r} is not an array"

    def _property_path(self, schema_at: str | None, names: tuple[str, ...]) -> str | None:
        for name in names:
            schema_at = self._properties(schema_at).get(name)
            if schema_at is None:
                return None
        return schema_at

    # ------------------------------------------------------------------------------------ document level

    def _security_schemes(self) -> dict[str, SecurityScheme]:
        schemes = {}
        raw_schemes = _mapping(_mapping(self.document.get("components")).get("securitySchemes"))
        for name, raw in raw_schemes.items():
            node, at = self.resolver.resolve(raw, pointer("components", "securitySchemes", name))
            node = _mapping(node)
            flows = tuple(
                OAuthFlow(
                    kind=str(kind),
                    authorization_url=_mapping(flow).get("authorizationUrl"),
                    token_url=_mapping(flow).get("tokenUrl"),
                    refresh_url=_mapping(flow).get("refreshUrl"),
                    scopes=tuple(sorted(str(scope) for scope in _mapping(_mapping(flow).get("scopes")))),
                )
                for kind, flow in _mapping(node.get("flows")).items()
            )
            schemes[str(name)] = SecurityScheme(
                name=str(name),
                kind=str(node.get("type", "")),
                at=at,
                scheme=_text(node.get("scheme")).lower(),
                location=_text(node.get("in")),
                parameter_name=_text(node.get("name")),
                bearer_format=_text(node.get("bearerFormat")),
                flows=flows,
                description=_text(node.get("description")),
            )
        return schemes

    def _components(self) -> None:
        """Read the reusable parameters, headers, bodies and responses (for their examples) and schema examples."""
        components = _mapping(self.document.get("components"))
        for name, raw in _mapping(components.get("parameters")).items():
            self._parameter(raw, pointer("components", "parameters", name))
        for name, raw in _mapping(components.get("headers")).items():
            self._header(str(name), raw, pointer("components", "headers", name))
        for name, raw in _mapping(components.get("requestBodies")).items():
            self._body(raw, pointer("components", "requestBodies", name))
        for name, raw in _mapping(components.get("responses")).items():
            self._response("default", raw, pointer("components", "responses", name))
        for name, raw in _mapping(components.get("schemas")).items():
            at = pointer("components", "schemas", name)
            if isinstance(raw, dict):
                self._examples_of(raw, at, at)
                if isinstance(raw.get("examples"), list):
                    for index, value in enumerate(raw["examples"]):
                        example = Example(at + pointer("examples", index), at, value)
                        self.examples.setdefault(f"{example.at} {at}", example)

    def _refs(self, node: Any, at: str) -> Iterator[Ref]:
        pending = [(node, at)]
        while pending:
            node, at = pending.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if ref is not None:
                    yield Ref(at, ref if isinstance(ref, str) else repr(ref))
                pending.extend(
                    (value, at + pointer(key)) for key, value in node.items() if isinstance(value, (dict, list))
                )
            elif isinstance(node, list):
                pending.extend(
                    (value, at + pointer(index)) for index, value in enumerate(node) if isinstance(value, (dict, list))
                )


def _status(raw: object) -> str:
    status = str(raw)
    return status if status == "default" else status.upper()


def _bounds(schema: dict[str, Any]) -> Bounds:
    def number(key: str) -> float | None:
        value = schema.get(key)
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def count(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    enum = schema.get("enum")
    return Bounds(
        minimum=number("minimum"),
        maximum=number("maximum"),
        exclusive_minimum=number("exclusiveMinimum"),
        exclusive_maximum=number("exclusiveMaximum"),
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
        enum=tuple(enum) if isinstance(enum, list) else None,
    )
