"""What cortex_client knows about its API: version, base URL, environment prefix and how it authenticates."""

from ._auth import AuthScheme, OAuth2Endpoints

__all__ = ["AUTH", "DEFAULT_BASE_URL", "ENV_PREFIX", "PACKAGE", "USER_AGENT", "__version__"]

__version__ = "2.2.0"
PACKAGE = "cortex_client"
DEFAULT_BASE_URL = "https://api.cortexdash.com/v1"
ENV_PREFIX = "CORTEX_"
USER_AGENT = f"{PACKAGE}/{__version__}"
AUTH = AuthScheme(
    api_key_header="X-API-Key",
    login_path="/auth/login",
    login_fields=(
        "email",
        "password",
    ),
    refresh_path="/auth/refresh",
    refresh_style="bearer",
    oauth2=OAuth2Endpoints(
        authorize_path="/oauth/authorize",
        token_path="/oauth/token",
        scopes=(
            "read",
            "write",
        ),
    ),
)
