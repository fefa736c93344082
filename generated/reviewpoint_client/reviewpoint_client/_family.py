"""What reviewpoint_client knows about its API: version, base URL, environment prefix and how it authenticates."""

from ._auth import AuthScheme

__all__ = ["AUTH", "DEFAULT_BASE_URL", "ENV_PREFIX", "PACKAGE", "USER_AGENT", "__version__"]

__version__ = "2.1.0"
PACKAGE = "reviewpoint_client"
DEFAULT_BASE_URL = "https://api.reviewpoint.org"
ENV_PREFIX = "REVIEWPOINT_"
USER_AGENT = f"{PACKAGE}/{__version__}"
AUTH = AuthScheme(
    api_key_header="X-API-Key",
    login_path="/api/v1/auth/login",
    login_fields=(
        "email",
        "password",
    ),
    refresh_path="/api/v1/auth/refresh",
    refresh_style="body",
)
