"""Contract tests: the mock server, schemathesis against the specs and the generated clients, `fuzz`."""
