"""The spec-driven mock server: one generic implementation for every family."""

from generator.contract.mock._app import MockApp, MockState, create_app
from generator.contract.mock._config import MockConfig, default_api_key
from generator.contract.mock._server import free_port, serve, serving

__all__ = ["MockApp", "MockConfig", "MockState", "create_app", "default_api_key", "free_port", "serve", "serving"]
