"""Open models: what makes generated clients take what servers really send, and what callers naturally pass.

Computed here, laid out by ``templates/model.py.jinja`` and the property templates:

- decoding checks every field's JSON kind and names a failing value by its JSON pointer (``_decode.py``);
- an optional field that may not be null counts as absent when a server sends null;
- a ``oneOf``/``anyOf`` of objects keeps a value that matches no listed variant (:func:`open_unions`);
- enum fields and arguments also take the plain string, free-form object fields a plain mapping, file fields
  a path, bytes or a binary file object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, cast

from attrs import define
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import in_double_quote_literal

SCALAR_KINDS: dict[type, str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
}


@define
class UnknownVariantProperty(AnyProperty):
    """The last variant of a union of objects: whatever matched none of the listed ones, as ``UnknownVariant``."""

    _type_string: ClassVar[str] = "UnknownVariant"
    _json_type_string: ClassVar[str] = "Any"
    template: ClassVar[str] = "unknown_variant_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        return {*super().get_imports(prefix=prefix), f"from {prefix}types import UnknownVariant"}


def open_unions(data: GeneratorData) -> None:
    """Give every union of two or more object variants a last variant that keeps unknown values.

    The unions of models' properties and of JSON response bodies (a body that is a union, or an array of one; an
    event stream's events are the stream's to decode); an endpoint that gets such a variant imports
    ``UnknownVariant`` for its return type.
    """
    seen: dict[int, UnknownVariantProperty] = {}
    for model in data.models:
        for prop in _model_properties(model):
            _open(prop, seen)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses:
                if response.source["attribute"] == "response.json()":
                    for variant in _open(response.prop, seen):
                        endpoint.relative_imports.update(variant.get_imports(prefix="..."))


def _open(prop: Any, seen: dict[int, UnknownVariantProperty]) -> list[UnknownVariantProperty]:
    """Open the unions of objects in ``prop`` (once each); their unknown variants, opened now or before."""
    variants = []
    for union in _unions(prop):
        if sum(isinstance(p, ModelProperty) for p in union.inner_properties) < 2:
            continue
        if id(union) not in seen:
            name = f"{union.python_name}_type_unknown"
            variant = UnknownVariantProperty.build(union.name, True, None, name, None, None)  # type: ignore[arg-type]
            seen[id(union)] = cast(UnknownVariantProperty, variant)
            union.inner_properties.append(variant)
        variants.append(seen[id(union)])
    return variants


def _model_properties(model: ModelProperty) -> Iterator[Any]:
    yield from model.required_properties or []
    yield from model.optional_properties or []
    if model.additional_properties is not None and not isinstance(model.additional_properties, bool):
        yield model.additional_properties


def _unions(prop: Any) -> Iterator[UnionProperty]:
    if isinstance(prop, UnionProperty):
        yield prop
        for inner in prop.inner_properties:
            yield from _unions(inner)
    elif isinstance(prop, ListProperty):
        yield from _unions(prop.inner_property)


def _nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(isinstance(p, NoneProperty) for p in prop.inner_properties)


def decode_source(prop: Any) -> str:
    """The expression a model's ``from_dict`` takes a field's raw value from.

    An optional field that may not be null reads a null as absent (UNSET), as most servers send null for
    "no value"; a field that may be null or may be anything keeps the null.
    """
    key = in_double_quote_literal(prop.name)
    if prop.required:
        return f'd.pop("{key}")'
    if _nullable(prop) or isinstance(prop, AnyProperty):
        return f'd.pop("{key}", UNSET)'
    return f'_decode.unset_if_null(d.pop("{key}", None))'


def decoded(prop: Any) -> str | None:
    """The whole expression decoding a scalar field (its JSON kind checked), or None for other fields.

    One call per field (``_decode.expect``, ``optional`` or ``nullable``): decoding is on every response's path.
    """
    key = in_double_quote_literal(prop.name)
    kind = SCALAR_KINDS.get(type(prop))
    if kind is not None:
        return (
            f'_decode.expect(d.pop("{key}"), {kind})'
            if prop.required
            else f'_decode.optional(d.pop("{key}", None), {kind})'
        )
    inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)] if _nullable(prop) else []
    kind = SCALAR_KINDS.get(type(inner[0])) if len(inner) == 1 else None
    if kind is not None:
        source = f'd.pop("{key}")' if prop.required else f'd.pop("{key}", UNSET)'
        return f"_decode.nullable({source}, {kind})"
    return None


def _str_enum(prop: Any) -> EnumProperty | None:
    return prop if isinstance(prop, EnumProperty) and prop.value_type is str else None


def _free_form(prop: Any) -> ModelProperty | None:
    """The model of an object property with no named properties (a free-form map such as a widget's config)."""
    if isinstance(prop, ModelProperty) and not (prop.required_properties or prop.optional_properties):
        return prop if prop.additional_properties else None
    return None


def _converter_target(prop: Any) -> tuple[str, str, str] | None:
    """What a field's converter does: (accepted type, converted type, expression of ``value``), or None."""
    free_form = _free_form(prop)
    if free_form is not None:
        name = free_form.class_info.name
        return f"{name} | Mapping[str, Any]", name, f"value if isinstance(value, {name}) else {name}.from_dict(value)"
    enum = _str_enum(prop)
    if isinstance(prop, UnionProperty):
        enums = [e for e in map(_str_enum, prop.inner_properties) if e is not None]
        others = [p for p in prop.inner_properties if not _str_enum(p) and not isinstance(p, NoneProperty)]
        if len(enums) == 1 and not others and _nullable(prop):
            name = enums[0].class_info.name
            return "str | None", f"{name} | None", f"None if value is None else {name}(value)"
        return None
    if enum is not None:
        name = enum.class_info.name
        return "str", name, f"{name}(value)"
    inner = _str_enum(prop.inner_property) if isinstance(prop, ListProperty) else None
    if inner is not None:
        name = inner.class_info.name
        return "Sequence[str]", f"list[{name}]", f"[{name}(item) for item in value]"
    return None


def _converter_name(prop: Any) -> str | None:
    """The converter of a field's attrs declaration, or None when the field takes only its declared type."""
    if isinstance(prop, FileProperty):
        return "as_file" if prop.required else "as_file_or_unset"
    enum = _str_enum(prop)
    if enum is not None and prop.required:
        return str(enum.class_info.name)
    return f"_convert_{prop.python_name}" if _converter_target(prop) else None


def field_converters(model: ModelProperty) -> list[str]:
    """The module-level converter functions a model's fields need (an enum or a list of enums, optional...)."""
    functions = []
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        target = _converter_target(prop)
        if target is None or (_str_enum(prop) and prop.required):
            continue
        accepts, returns, expression = target
        if not prop.required:
            accepts, returns = f"{accepts} | Unset", f"{returns} | Unset"
            expression = (
                f"value if isinstance(value, Unset) else {f'({expression})' if ' if ' in expression else expression}"
            )
        free_form = _free_form(prop)
        doc = "Take a plain mapping too." if free_form else "Take the plain value too (an unlisted one: ValueError)."
        imports = "".join(f"    {line}  # noqa: PLC0415\n" for line in sorted(prop.get_lazy_imports(prefix="..")))
        functions.append(
            f"def _convert_{prop.python_name}(value: {accepts}) -> {returns}:\n"
            f'    """{doc}"""\n{imports}'
            f"    return {expression}"
        )
    return functions


def field_declaration(prop: Any, secret: bool = False) -> str:
    """A model field's attrs declaration; fields that take more than their type get a converter, secrets a
    masked repr (``_repr.masked``)."""
    converter = _converter_name(prop)
    if converter is None and not secret:
        return str(prop.to_string().as_unembedded_code())
    arguments = []
    if prop.default is not None:
        arguments.append(f"default={prop.default.python_code.as_unembedded_code()}")
    elif not prop.required:
        arguments.append("default=UNSET")
    if converter is not None:
        arguments.append(f"converter={converter}")
    if secret:
        arguments.append("repr=_repr.masked")
    return f"{prop.python_name}: {prop.get_type_string().as_unembedded_code()} = _attrs_field({', '.join(arguments)})"


def argument_declaration(prop: Any) -> str:
    """An endpoint argument's declaration: an enum argument also takes the plain string."""
    declaration = str(prop.to_string().as_unembedded_code())
    names = sorted({str(e.class_info.name) for e in _enums_in(prop)}, key=len, reverse=True)
    if not names:
        return declaration
    annotation, equals, default = declaration.partition(" = ")
    for name in names:
        annotation = _widen(annotation, name)
    return annotation + equals + default


def _widen(annotation: str, name: str) -> str:
    return re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w])", f"{name} | str", annotation)


def _enums_in(prop: Any) -> Iterator[EnumProperty]:
    if _str_enum(prop):
        yield prop
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from _enums_in(inner)
    elif isinstance(prop, ListProperty):
        yield from _enums_in(prop.inner_property)


FILTERS: dict[str, Callable[..., Any]] = {
    "argument_declaration": argument_declaration,
    "decode_source": decode_source,
    "decoded": decoded,
    "field_converters": field_converters,
    "field_declaration": field_declaration,
}

__all__ = ["FILTERS", "UnknownVariantProperty", "open_unions"]
