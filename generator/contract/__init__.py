"""Contract tooling derived from the specs: the spec-driven mock server and contract fuzzing."""
