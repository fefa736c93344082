"""OpenAPI validity (openapi-spec-validator), with every error located at the node it is about.

openapi-spec-validator checks schemas, defaults and operations one object at a time and reports paths relative to
that object (``type: strng`` deep in a schema comes out as ``/type``). Its keyword validators are wrapped here so
that each error gets the path of the object it was checking in front; paths through ``$ref``s are then mapped to
where the node is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from generator.findings import Finding
from generator.spec._model import Spec
from generator.spec._pointer import pointer

__all__ = ["validity"]

RULE = "openapi-valid"
DUPLICATE_ID = re.compile(r"Operation ID '.*' for '.*' in '.*' is not unique")


def validity(spec: Spec) -> Iterator[Finding]:
    """Yield an ``openapi-valid`` finding per error openapi-spec-validator reports.

    Duplicate operationIds are left to the ``operation-id-duplicate`` rule, which names both places.
    """
    from jsonschema.exceptions import best_match
    from referencing.exceptions import Unresolvable

    validator = _validator_class(spec.openapi.startswith("3.0"))(spec.document)
    try:
        errors = list(validator.iter_errors())
    except (Unresolvable, RecursionError):
        return  # a dangling or circular $ref: ref-dangling reports it
    for error in errors:
        if DUPLICATE_ID.match(error.message):
            continue
        detail = (best_match(error.context) if error.context else None) or error
        where = spec.resolver.physical(pointer(*detail.absolute_path))
        yield spec.finding(where, RULE, " ".join(detail.message.split()))


@cache
def _validator_class(version_30: bool) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    base: Any = OpenAPIV30SpecValidator if version_30 else OpenAPIV31SpecValidator

    def located(keyword: type[Any]) -> type[Any]:
        class Located(keyword):  # type: ignore[misc]
            def __call__(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
                node = next((arg for arg in args if hasattr(arg, "parts")), None)
                for error in super().__call__(*args, **kwargs):
                    if node is not None and not getattr(error, "located", False):
                        error.located = True
                        prefix = [*node.parts, *(["default"] if issubclass(keyword, keywords.ValueValidator) else [])]
                        error.path.extendleft(reversed(prefix))
                    yield error

        Located.__name__ = keyword.__name__
        return Located

    class Validator(base):  # type: ignore[misc]
        keyword_validators = {name: located(keyword) for name, keyword in base.keyword_validators.items()}

    return Validator
