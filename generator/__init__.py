"""Lint OpenAPI specs and generate typed, vendorable Python clients from them."""
