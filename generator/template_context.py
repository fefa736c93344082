"""What our templates see beyond openapi-python-client's own context: plain data computed once, here.

openapi-python-client drops ``x-`` extensions and some raw details. Everything the templates need beyond its
context is computed from the typed spec model (:mod:`generator.spec`) and upstream's parsed endpoints before
rendering starts, and handed over as frozen dataclasses and dicts: the templates only lay the code out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import Class, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response as UpstreamResponse
from openapi_python_client.strings import PythonIdentifier

from generator import docstrings, resources, template_features
from generator.docstrings import OperationDocs
from generator.families import Auth
from generator.findings import Finding
from generator.readme_examples import ReadmeExamples, readme_examples
from generator.resources import Resource
from generator.spec import Operation, Pagination, SecurityScheme, Spec

__all__ = [
    "ApiKey",
    "AuthContext",
    "EndpointExtras",
    "EventType",
    "Login",
    "OAuth2",
    "Package",
    "Paging",
    "build",
    "FILTERS",
]


def success_responses(endpoint: Endpoint) -> list[UpstreamResponse]:
    """The endpoint's documented 2xx responses, in openapi-python-client's order."""
    return [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range is not None and 200 <= response.status_code.range[0] <= 299
    ]


def success_type(endpoint: Endpoint) -> str:
    """The Python type the raising call style returns: the union of the 2xx response types."""
    types = sorted({r.prop.get_type_string().as_unembedded_code() for r in success_responses(endpoint)})
    return " | ".join(types) if types else "None"


SECRET_FIELDS = frozenset({"password", "access_token", "refresh_token", "token", "api_key", "client_secret", "secret"})


def secret_fields(model: Any) -> list[str]:
    """Python names of a model's properties that hold secrets: masked in its repr."""
    properties = model.required_properties + model.optional_properties
    return [str(p.python_name) for p in properties if _raw(p.name).lower() in SECRET_FIELDS]


def _raw(value: Any) -> str:
    """The plain text of a spec string, which openapi-python-client hands out wrapped."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def unguarded_optional(body: Any) -> bool:
    """Whether an optional JSON body is a union (``Model | None``), whose upstream transform ignores Unset."""
    return bool(body.body_type == "json" and not body.prop.required and isinstance(body.prop, UnionProperty))


def import_parts(statement: str) -> tuple[str, str]:
    """The module and the name of ``from .module import Name``: what a lazy ``__init__`` maps a name to."""
    words = statement.split()
    if len(words) != 4 or words[0] != "from" or words[2] != "import":
        raise ValueError(f"not a single-name import: {statement!r}")
    return words[1], words[3]


FILTERS: dict[str, Callable[..., Any]] = {
    "body_declaration": resources.body_declaration,
    "import_parts": import_parts,
    "is_upload": template_features.is_upload,
    "success_responses": success_responses,
    "unguarded_optional": unguarded_optional,
    "success_type": success_type,
    "secret_fields": secret_fields,
}


@dataclass(frozen=True)
class EventType:
    """One event type of a ``text/event-stream`` response and the model its ``data`` decodes into."""

    name: str
    class_name: str
    module: str


@dataclass(frozen=True)
class Paging:
    """An endpoint's ``x-pagination``, in Python names: the page parameter, attribute paths, the item type."""

    page_param: str
    items: str
    item_type: str
    item_imports: tuple[str, ...]
    has_next: str | None
    current_page: str | None
    total_pages: str | None


@dataclass(frozen=True)
class EndpointExtras:
    """What an endpoint module needs beyond upstream's endpoint: event types, pagination, files, the job it starts."""

    events: tuple[EventType, ...] = ()
    paging: Paging | None = None
    download: bool = False  # a 2xx answer is a file: the module gets download helpers
    starts: tuple[template_features.JobHelpers, str] | None = None  # the job it starts, and where the id is


@dataclass(frozen=True)
class Login:
    """The login operation: its path and body fields (wire names and Python argument names)."""

    path: str
    fields: tuple[str, ...]
    arguments: tuple[str, ...]
    example_identity: str
    body: str  # the httpx argument the body goes in: "json", or "data" for a form


@dataclass(frozen=True)
class ApiKey:
    """Where an API key goes: ``bearer`` (``Authorization: Bearer``), a header or a query parameter."""

    style: Literal["bearer", "header", "query"]
    name: str  # the header or query parameter name (empty for bearer)


@dataclass(frozen=True)
class AuthContext:
    """Everything the client and runtime need about authentication."""

    login: Login | None
    refresh_path: str | None
    refresh_style: str
    api_key: ApiKey | None
    bearer: bool  # the spec has a bearer scheme: tokens are sent as ``Authorization: Bearer``


@dataclass(frozen=True)
class OAuth2:
    """The authorization-code flow of the spec, with URLs relative to its server."""

    authorize_path: str
    token_path: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class Package:
    """The globals every template sees."""

    spec_title: str
    spec_file: str
    regenerate: str
    env_prefix: str
    default_base_url: str
    example_base_url: str  # for the README: the document's server, or a placeholder when it names none
    auth: AuthContext
    oauth2: OAuth2 | None
    error_models: dict[str, str]  # status (or "default") -> model class name
    has_pagination: bool
    has_event_streams: bool
    endpoints: dict[str, dict[str, EndpointExtras]]  # method -> upstream path -> extras
    readme: ReadmeExamples
    jobs: list[template_features.JobHelpers]
    has_jobs: bool
    examples: template_features.FeatureExamples
    has_uploads: bool
    has_downloads: bool
    channels: list[template_features.ChannelClass]
    has_websockets: bool
    operation_docs: dict[str, dict[str, OperationDocs]]  # method -> upstream path -> docstring parts
    resources: list[Resource]

    def globals(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def build(
    spec: Spec,
    data: GeneratorData,
    config: Config,
    *,
    auth: Auth | None,
    env_prefix: str,
    spec_file: str,
    error_schemas: tuple[str, ...],
    regenerate: str = "make generate",
) -> tuple[Package, list[Finding]]:
    """Compute the template globals for one package; findings name what could not be laid out (never silently)."""
    findings: list[Finding] = []
    jobs = template_features.job_helpers(spec.document)
    matched = matched_endpoints(spec, data)
    endpoints = _endpoints(spec, matched, config, findings, jobs)
    docs = _operation_docs(spec, matched)
    layer, clashes = resources.resources(spec, matched, endpoints, docs, jobs, token_login=auth is not None)
    findings.extend(clashes)
    channels = template_features.channel_classes(spec.document, spec.base_url)
    package = Package(
        spec_title=spec.title or env_prefix.lower(),
        spec_file=spec_file,
        regenerate=regenerate,
        env_prefix=env_prefix,
        default_base_url=spec.base_url,
        example_base_url=spec.base_url if "://" in spec.base_url else "https://api.example.com" + spec.base_url,
        auth=_auth(spec, auth),
        oauth2=_oauth2(spec),
        error_models=_error_models(spec, config, error_schemas),
        has_pagination=any(extras.paging for by_path in endpoints.values() for extras in by_path.values()),
        has_event_streams=any(extras.events for by_path in endpoints.values() for extras in by_path.values()),
        endpoints=endpoints,
        readme=readme_examples(spec, layer),
        jobs=jobs,
        has_jobs=bool(jobs),
        examples=template_features.feature_examples(spec.document, jobs),
        has_uploads=any(op.body is not None and "multipart/form-data" in op.body.content for op in spec.operations),
        has_downloads=any(extras.download for by_path in endpoints.values() for extras in by_path.values()),
        channels=channels,
        has_websockets=bool(channels),
        operation_docs=docs,
        resources=layer,
    )
    return package, findings


def class_name(spec: Spec, component: str, config: Config) -> str:
    """The class openapi-python-client generates for a component schema (named after its title, else its key)."""
    schema = spec.schema(spec.schemas.get(component))
    title = schema.get("title") if isinstance(schema, dict) and isinstance(schema.get("title"), str) else None
    return str(Class.from_string(string=title or component, config=config).name)


def upstream_endpoints(data: GeneratorData) -> Iterator[tuple[str, Endpoint]]:
    """Yield (tag, endpoint) for every endpoint openapi-python-client parsed."""
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            yield str(tag), endpoint


def matched_endpoints(spec: Spec, data: GeneratorData) -> list[resources.Matched]:
    """Every endpoint openapi-python-client parsed, with its path as written and its operation in the spec model."""
    operations = {(op.method, skeleton(op.path)): op for op in spec.operations}
    matched = []
    for tag, endpoint in upstream_endpoints(data):
        path = _raw(endpoint.path)
        operation = operations.get((endpoint.method, skeleton(path)))
        if operation is not None:
            matched.append(resources.Matched(tag, path, endpoint, operation))
    return matched


def skeleton(path: str) -> str:
    """A path with its template names blanked, to match upstream's renamed parameters with the document's."""
    import re

    return re.sub(r"\{[^{}]*\}", "{}", path)


def _endpoints(
    spec: Spec,
    matched: list[resources.Matched],
    config: Config,
    findings: list[Finding],
    jobs: list[template_features.JobHelpers],
) -> dict[str, dict[str, EndpointExtras]]:
    extras: dict[str, dict[str, EndpointExtras]] = {}
    for _, path, endpoint, operation in matched:
        events = tuple(_events(spec, operation, config))
        paging = _paging(operation.pagination, endpoint) if operation.pagination else None
        if operation.pagination is not None and paging is None:
            message = "the page iterators cannot be generated: the items path does not lead to a list of models"
            findings.append(spec.finding(operation.pagination.at, "pagination-unsupported", message))
        download = template_features.answers_with_a_file(spec.document, spec.node(operation.at))
        starts = template_features.job_started(operation.operation_id, jobs)
        if events or paging or download or starts:
            extras.setdefault(endpoint.method, {})[path] = EndpointExtras(events, paging, download, starts)
    return extras


def _operation_docs(spec: Spec, matched: list[resources.Matched]) -> dict[str, dict[str, OperationDocs]]:
    """The docstring parts of every endpoint openapi-python-client parsed, by method and path."""
    docs: dict[str, dict[str, OperationDocs]] = {}
    for _, path, endpoint, operation in matched:
        names = {("body", "body"): "body"} if endpoint.bodies else {}
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
            ("cookie", endpoint.cookie_parameters),
        ):
            names |= {(location, _raw(prop.name)): str(prop.python_name) for prop in props}
        docs.setdefault(endpoint.method, {})[path] = docstrings.operation_docs(spec, operation, names)
    return docs


def _events(spec: Spec, operation: Operation, config: Config) -> Iterator[EventType]:
    for event in operation.events:
        if event.component is not None:
            name = class_name(spec, event.component, config)
            yield EventType(event.name, name, str(Class.from_string(string=name, config=config).module_name))


def _paging(pagination: Pagination, endpoint: Endpoint) -> Paging | None:
    responses = success_responses(endpoint)
    prop: Any = responses[0].prop if responses else None
    for name in pagination.items:
        prop = _property(prop, name)
    if not isinstance(prop, ListProperty):
        return None
    inner = prop.inner_property
    return Paging(
        page_param=_python_path((pagination.page_param,)) or "",
        items=_python_path(pagination.items) or "",
        item_type=inner.get_type_string().as_unembedded_code(),
        item_imports=tuple(sorted(_imports(inner))),
        has_next=_python_path(pagination.has_next),
        current_page=_python_path(pagination.current_page),
        total_pages=_python_path(pagination.total_pages),
    )


def _property(prop: Any, name: str) -> Any:
    """The property ``name`` of a model property (looking through a nullable union), or None."""
    if isinstance(prop, UnionProperty):
        prop = next((inner for inner in prop.inner_properties if isinstance(inner, ModelProperty)), None)
    if not isinstance(prop, ModelProperty):
        return None
    properties = (prop.required_properties or []) + (prop.optional_properties or [])
    found = next((p for p in properties if _raw(p.name) == name), None)
    if isinstance(found, UnionProperty):  # a nullable list: its list
        found = next((inner for inner in found.inner_properties if isinstance(inner, ListProperty)), found)
    return found


def _imports(prop: Any) -> set[str]:
    """What a module needs to import to name a property's type (models are imported lazily upstream)."""
    lazy = prop.get_lazy_imports(prefix="...") if hasattr(prop, "get_lazy_imports") else set()
    return {line for line in prop.get_imports(prefix="...") | lazy if line.startswith("from ...")}


def _python_path(names: Iterable[str] | None) -> str | None:
    return None if names is None else ".".join(str(PythonIdentifier(name, "field_")) for name in names)


def _auth(spec: Spec, auth: Auth | None) -> AuthContext:
    bearer = bool(spec.bearer_schemes())
    login = None
    if auth is not None:
        arguments = tuple(str(PythonIdentifier(field, "field_")) for field in auth.login_fields)
        example = "user@example.com" if "email" in auth.identity_field else "data_engineer"
        body = "json" if auth.login_body == "json" else "data"
        login = Login(auth.login_path, auth.login_fields, arguments, example, body)
    return AuthContext(
        login=login,
        refresh_path=auth.refresh_path if auth is not None else None,
        refresh_style=auth.refresh_style if auth is not None else "body",
        api_key=_api_key(spec.api_key_schemes(), auth),
        bearer=bearer or auth is not None,
    )


def _api_key(schemes: list[SecurityScheme], auth: Auth | None) -> ApiKey | None:
    """Where the client sends an API key: as a bearer token, or in the header or query parameter a scheme names."""
    if auth is not None and auth.api_key_as_bearer:
        return ApiKey("bearer", "")
    locations: tuple[Literal["header", "query"], ...] = ("header", "query")
    for location in locations:
        scheme = next((s for s in schemes if s.location == location and s.parameter_name), None)
        if scheme is not None:
            return ApiKey(location, scheme.parameter_name)
    return None


def _oauth2(spec: Spec) -> OAuth2 | None:
    server = spec.base_url.rstrip("/")
    for scheme in spec.security_schemes.values():
        flow = scheme.flow("authorizationCode") if scheme.kind == "oauth2" else None
        if flow is not None and flow.authorization_url and flow.token_url:
            authorize = flow.authorization_url.removeprefix(server)
            return OAuth2(authorize, flow.token_url.removeprefix(server), flow.scopes)
    return None


def _error_models(spec: Spec, config: Config, error_schemas: tuple[str, ...]) -> dict[str, str]:
    """Map each error status to the model its body parses into, and "default" to the family's main error model.

    A status whose error bodies use several schemas maps to the one used most often.
    """
    used: dict[str, Counter[str]] = {}
    for operation in spec.operations:
        for response in operation.responses:
            media = response.json if response.is_error else None
            if media is not None and media.component is not None and response.status.isdigit():
                used.setdefault(response.status, Counter())[media.component] += 1
    default = error_schemas[0] if error_schemas and error_schemas[0] in spec.schemas else None
    models = {} if default is None else {"default": class_name(spec, default, config)}
    for status, counts in used.items():
        component = counts.most_common(1)[0][0]
        if component != default:
            models[status] = class_name(spec, component, config)
    return dict(sorted(models.items()))
