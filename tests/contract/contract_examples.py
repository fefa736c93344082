"""Requests built from a spec's own examples, with credentials and ids obtained along the way (test helper)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.contract._model import Api, Operation, Parameter
from generator.contract._schemas import Schemas
from generator.contract._values import synthesize
from generator.contract.fuzz import mock_credentials
from generator.contract.mock._state import ResourceStore, get_pointer


@dataclass
class ExampleWalk:
    """Sends every operation of a spec once, built from examples, in an order where created ids exist."""

    api: Api
    client: httpx.Client
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, Any] = field(default_factory=dict)

    @property
    def schemas(self) -> Schemas:
        return Schemas(self.api.document)

    def order(self) -> list[Operation]:
        """Creators first (by how many tracked ids they need), deletes last."""
        store = ResourceStore.from_api(self.api)
        created_by = {c.parameter: op for op, creations in store.creators.items() for c in creations}

        def depth(operation: Operation, seen: frozenset[str] = frozenset()) -> int:
            needs = [n for n in operation.path_names if n in created_by and created_by[n] not in seen]
            return 1 + max((depth(self.api.by_id[created_by[n]], seen | {created_by[n]}) for n in needs), default=0)

        return sorted(self.api.operations, key=lambda op: (op.method == "delete", depth(op), op.path, op.method))

    def log_in(self) -> None:
        credentials = mock_credentials(self.api)
        assert self.api.family.auth is not None
        path = self.api.family.auth.login_path
        response = self.client.post(path, json=credentials.login)
        response.raise_for_status()
        self.tokens = {key: value for key, value in response.json().items() if key.endswith("_token")}
        self.tokens["api_key"] = str(credentials.api_key)

    def send(self, operation: Operation) -> httpx.Response:
        """Send the operation's example request; remember the ids a creator's response carries."""
        request = self.build(operation)
        response = self.client.request(**request)
        success = operation.success()
        for link in success.links if success and response.is_success else ():
            if link.body_pointer is not None:
                self.ids.setdefault(link.parameter, get_pointer(response.json(), link.body_pointer))
        return response

    def build(self, operation: Operation) -> dict[str, Any]:
        values = {p: self._value(p) for p in operation.parameters if p.required or p.example is not None}
        path = operation.path.format(**{p.name: v for p, v in values.items() if p.location == "path"})
        request: dict[str, Any] = {
            "method": operation.method.upper(),
            "url": path,
            "params": {p.name: _wire(v) for p, v in values.items() if p.location == "query"},
            "headers": {p.name: _wire(v) for p, v in values.items() if p.location == "header"},
        }
        request["headers"].update(self._auth(operation))
        content = operation.body.content if operation.body is not None else {}
        media = next((m for m in content.values() if m.has_example), None)
        auth = self.api.family.auth
        if media is not None:
            body = media.example
            if auth is not None and operation.path == auth.refresh_path and isinstance(body, dict):
                body = {**body, "refresh_token": self.tokens.get("refresh_token", "")}
            if media.media_type.startswith("multipart/"):
                binary = self._binary_fields(media.schema)
                request["files"] = {k: (f"{k}.bin", str(v).encode()) for k, v in body.items() if k in binary}
                request["data"] = {k: _wire(v) for k, v in body.items() if k not in binary}
            elif media.media_type == "application/x-www-form-urlencoded":
                request["data"] = {k: _wire(v) for k, v in body.items()}
            else:
                request["content"] = json.dumps(body).encode()
                request["headers"]["Content-Type"] = media.media_type
        return request

    def _value(self, parameter: Parameter) -> Any:
        if parameter.location == "path" and parameter.name in self.ids:
            return self.ids[parameter.name]
        if parameter.example is not None:
            return parameter.example
        return synthesize(self.api.document, self.schemas.node(parameter.schema))

    def _auth(self, operation: Operation) -> dict[str, str]:
        names = {name for requirement in operation.security for name in requirement}
        if not names:
            return {}
        auth = self.api.family.auth
        schemes = self.api.security_schemes
        if auth is not None and operation.path == auth.refresh_path and auth.refresh_style == "bearer":
            return {"Authorization": f"Bearer {self.tokens.get('refresh_token', '')}"}
        for name in names:
            if schemes[name].kind == "apiKey" and schemes[name].location == "header":
                return {schemes[name].parameter_name: self.tokens["api_key"]}
        return {"Authorization": f"Bearer {self.tokens.get('access_token', '')}"}

    def _binary_fields(self, schema_at: str | None) -> set[str]:
        node = self.schemas.node(schema_at) if schema_at else {}
        properties = node.get("properties", {}) if isinstance(node, dict) else {}
        return {k for k, v in properties.items() if isinstance(v, dict) and v.get("format") == "binary"}


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return value if isinstance(value, str) else json.dumps(value)
