"""Straight-line decoders: the fast path of a model's ``from_dict``, computed here and laid out by ``model.py.jinja``.

A model's ``from_dict`` first takes its fields out of the JSON object with one ``get`` each, checks every value's
JSON kind inline (``type(value) is str``, no call per field), and builds the instance with one call. Anything
unexpected (a value of another kind, a missing required field, a date that does not parse, an unknown property
whose type needs decoding, an input that is not an object) makes it give up and decode again through the checking
path (``_from_dict_checked``), which names the offending value by its JSON pointer. Well-formed bodies, the common
case, never pay for the checks that locate an error; malformed ones get the same error as before.

A model gets a fast path when every property is of a kind this module knows: scalars, dates and date-times, string
or integer enums, nested models, lists of those, free-form values, and any of these that may also be null.

A model holding arrays of models (a page of records) also names them, by JSON key, with the decoder of their items
(:func:`item_decoders`): a large body then decodes one item at a time (``_json.loads``), never all of its items as
dicts at once; so does a body that is an array of models (:func:`response_source`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import in_double_quote_literal

__all__ = ["FILTERS", "fast_decoder", "field_getter", "field_order", "item_decoders", "known_keys", "response_source"]

KINDS: dict[type, str] = {StringProperty: "str", IntProperty: "int", BooleanProperty: "bool"}
UNCHECKED = (AnyProperty, StringProperty, IntProperty, FloatProperty, BooleanProperty)  # templates with no construct
PARSERS: dict[type, str] = {
    DateProperty: "datetime.date.fromisoformat",
    DateTimeProperty: "datetime.datetime.fromisoformat",
}


@dataclass(frozen=True)
class _Decoding:
    """How one non-null JSON value decodes: what its kind must be, and the expression of the decoded value."""

    check: str | None  # a condition on ``{v}``, None when any value is taken
    value: str  # an expression of ``{v}``


def _single(prop: Any) -> _Decoding | None:
    """The decoding of a non-null value of ``prop``, or None when the fast path does not know its kind."""
    kind = KINDS.get(type(prop))
    if kind is not None:
        return _Decoding(f"type({{v}}) is {kind}", "{v}")
    if isinstance(prop, FloatProperty):
        return _Decoding("(type({v}) is float or type({v}) is int)", "{v}")
    parser = PARSERS.get(type(prop))
    if parser is not None:
        return _Decoding("type({v}) is str", f"{parser}({{v}})")
    if isinstance(prop, EnumProperty):
        name = prop.class_info.name
        if prop.value_type is str:
            return _Decoding("type({v}) is str", f"{name}.decode({{v}})")
        if prop.value_type is int:
            return _Decoding("type({v}) is int", f"{name}({{v}})")
        return None
    if isinstance(prop, ModelProperty):
        return _Decoding("type({v}) is dict", f"{prop.class_info.name}.from_dict({{v}})")
    if type(prop) is AnyProperty:
        return _Decoding(None, "{v}")
    if isinstance(prop, ListProperty):
        return _list(prop.inner_property)
    return None


def _list(inner: Any) -> _Decoding | None:
    """A list: its items decoded one by one, or taken as they are when upstream takes them so (scalars)."""
    if isinstance(inner, (ListProperty, UnionProperty)):
        return None
    item = _single(inner)
    if item is None:
        return None
    if item.value == "{v}":  # scalar items: the checking path does not check them either
        return _Decoding("type({v}) is list", "{v}")
    call = item.value.removesuffix("({v})")
    if "(" not in call:  # a plain callable: map() skips a bytecode loop and a method lookup per item
        return _Decoding("type({v}) is list", f"list(map({call}, {{v}}))")
    return _Decoding("type({v}) is list", f"[{item.value.format(v='item')} for item in {{v}}]")


def _nullable_inner(prop: Any) -> Any | None:
    """The one variant of a union with null besides null (``Model | None``), else None."""
    if not isinstance(prop, UnionProperty):
        return None
    variants = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
    if len(variants) == len(prop.inner_properties) or len(variants) != 1:
        return None
    return variants[0]


@dataclass(frozen=True)
class _Field:
    name: str
    fetch: str
    check: str | None
    value: str


def _field(prop: Any) -> _Field | None:
    """Fetch, check and value of one property, with its absence and null handled as the checking path does.

    An optional property that may not be null reads a null as absent (UNSET); one that may be null keeps the
    null; a free-form value keeps whatever came, null included.
    """
    name = str(prop.python_name)
    key = in_double_quote_literal(prop.name)
    inner = _nullable_inner(prop)
    nullable = inner is not None
    decoding = _single(inner if nullable else prop)
    if decoding is None:
        return None
    keep_null = nullable or decoding.check is None
    if prop.required:
        fetch = f'src_dict["{key}"]'
    else:
        fetch = f'src_dict_get("{key}", UNSET)' if keep_null else f'src_dict_get("{key}")'
    if decoding.check is None:
        return _Field(name, fetch, None, name)
    check = decoding.check.format(v=name)
    value = decoding.value.format(v=name)
    if keep_null:
        empty = [f"{name} is None"] + ([] if prop.required else [f"{name} is UNSET"])
        check = f"({' or '.join(empty)} or {check})"
        if value != name:  # decoded unless null or absent (isinstance, not ``is UNSET``: mypy narrows by it)
            absent = "" if prop.required else f"{name} if isinstance({name}, Unset) else "
            value = f"None if {name} is None else {absent}{value}"
    elif not prop.required:
        check = f"({name} is None or {check})"
        value = f"UNSET if {name} is None else {value}"
    return _Field(name, fetch, check, value)


def field_order(model: Any) -> list[Any]:
    """The properties in the order of the attrs ``__init__``: required ones without a default first."""
    properties = list(model.required_properties or []) + list(model.optional_properties or [])
    first = [prop for prop in properties if prop.default is None and prop.required]
    return first + [prop for prop in properties if not (prop.default is None and prop.required)]


def known_keys(model: Any) -> str:
    """The frozenset literal of a model's property names as they appear in JSON."""
    keys = ", ".join(f'"{in_double_quote_literal(prop.name)}"' for prop in field_order(model))
    return f"frozenset(({keys},))"


def _extras(model: Any) -> str:
    """What the checking path does with unknown properties: keeps them as they came, decodes them, or drops them."""
    extra = model.additional_properties
    if extra is None or extra is False:
        return "dropped"
    if extra is True or type(extra) in UNCHECKED:
        return "kept"
    return "decoded"


def _fetch(known: list[_Field], extras: str) -> list[str]:
    """The lines that take the fields out of ``src_dict`` and, unless unknown properties are dropped, set
    ``src_dict_extra`` to whether there are any.

    When every property is there (as most servers send them, null or not) one ``itemgetter`` call takes them all,
    and the object's size alone says whether it has more; otherwise each is read with ``get``.
    """
    # Any: a value read with UNSET as the default would otherwise be typed ``Any | Unset``, which ``is UNSET`` cannot
    # narrow for mypy
    lines = [f"{field.name}: Any" for field in known if "UNSET" in field.fetch]
    one_by_one = [f"{field.name} = {field.fetch}" for field in known]
    if any("src_dict_get(" in field.fetch for field in known):
        one_by_one.insert(0, "src_dict_get = src_dict.get")
    if extras != "dropped":
        one_by_one.append("src_dict_extra = not _KEYS.issuperset(src_dict)")
    if len(known) < 2:
        return lines + one_by_one
    count = len(known)
    lines += [
        f"src_dict_all = len(src_dict) >= {count}",  # fewer keys: one is missing, no KeyError to raise and catch
        "if src_dict_all:",
        "    try:",
        f"        {', '.join(field.name for field in known)} = _FIELDS(src_dict)",
        "    except KeyError:",
        "        src_dict_all = False",
    ]
    if extras != "dropped":
        lines += ["if src_dict_all:", f"    src_dict_extra = len(src_dict) != {count}", "else:"]
    else:
        lines.append("if not src_dict_all:")
    return lines + [f"    {line}" for line in one_by_one]


def fast_decoder(model: Any, instance: str) -> str:
    """The fast path of ``from_dict`` (the body of a ``try``), or "" when a property's kind is not one it knows.

    ``instance`` is the local name of the built model. Unknown properties are kept as they came; where the model
    decodes them into a type, their presence sends the body to the checking path.
    """
    properties = field_order(model)
    fields = [_field(prop) for prop in properties]
    if not properties or any(field is None for field in fields):
        return ""
    known = [field for field in fields if field is not None]
    extras = _extras(model)
    lines = _fetch(known, extras)
    checks = [field.check for field in known if field.check is not None]
    body = [f"{instance} = cls({', '.join(field.value for field in known)})"]
    if extras == "kept":
        body += [
            "if src_dict_extra:",
            f"    {instance}.additional_properties = {{k: v for k, v in src_dict.items() if k not in _KEYS}}",
        ]
    body.append(f"return {instance}")
    if extras == "decoded":
        checks.append("not src_dict_extra")
    if checks:
        condition = "\n    and ".join(checks)
        lines.append(f"if (\n    {condition}\n):")
        lines += [f"    {line}" for line in body]
    else:
        lines += body
    return "\n".join(lines)


def field_getter(model: Any) -> str:
    """The ``itemgetter`` of all of a model's properties, in ``__init__`` order (see :func:`_fetch`)."""
    keys = ", ".join(f'"{in_double_quote_literal(prop.name)}"' for prop in field_order(model))
    return f"operator.itemgetter({keys})"


def item_decoders(model: Any) -> dict[str, str]:
    """The properties of a model that are arrays of models, by JSON key, with their items' class.

    Nullable arrays and arrays of unions are left out.
    """
    if not isinstance(model, ModelProperty):
        return {}
    return {
        in_double_quote_literal(prop.name): prop.inner_property.class_info.name
        for prop in field_order(model)
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty)
    }


def response_source(response: Any) -> str:
    """The expression an endpoint decodes a response's body from: item by item where the body may be a large array.

    JSON goes through the package's one decoder (``_json.loads``: msgspec when installed), not httpx's ``json()``.
    """
    attribute = str(response.source["attribute"])
    if attribute != "response.json()":
        return attribute
    prop = response.prop
    if item_decoders(prop):
        return f"loads(response.content, {prop.class_info.name}._item_decoders)"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return f"loads(response.content, each={prop.inner_property.class_info.name}.from_dict)"
    return "loads(response.content)"


FILTERS = {
    "fast_decoder": fast_decoder,
    "response_source": response_source,
    "field_getter": field_getter,
    "item_decoders": item_decoders,
    "known_keys": known_keys,
}
