"""The one $ref resolver: lookups through referencing, chains with a cycle guard, paths mapped to the source."""

from __future__ import annotations

from generator.spec import Resolver

DOCUMENT = {
    "paths": {"/things/{id}": {"get": {"x": 1}}},
    "components": {
        "schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "Thing": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Alias": {"$ref": "#/components/schemas/Thing"},
            "Dangling": {"$ref": "#/components/schemas/Nope"},
        },
        "responses": {"Ok": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Alias"}}}}},
    },
}


def test_chains_are_followed_to_the_node_and_its_pointer() -> None:
    node, at = Resolver(DOCUMENT).resolve({"$ref": "#/components/schemas/Alias"}, "/somewhere")
    assert node["type"] == "object" and at == "/components/schemas/Thing"


def test_a_cycle_or_a_dangling_reference_resolves_to_none() -> None:
    resolver = Resolver(DOCUMENT)
    assert resolver.resolved("/components/schemas/A")[0] is None
    assert resolver.resolved("/components/schemas/Dangling")[0] is None
    assert not resolver.exists("#/components/schemas/Nope") and not resolver.exists("other.yaml#/x")


def test_percent_encoded_references_resolve() -> None:
    assert Resolver(DOCUMENT).exists("#/paths/~1things~1%7Bid%7D/get")


def test_paths_through_references_map_to_where_the_node_is_written() -> None:
    resolver = Resolver(DOCUMENT)
    through = "/components/responses/Ok/content/application~1json/schema/properties/name/type"
    assert resolver.physical(through) == "/components/schemas/Thing/properties/name/type"
    assert resolver.physical("/paths/~1things~1{id}/get/x") == "/paths/~1things~1{id}/get/x"
