"""What pwc_client knows about its API: version, base URL, environment prefix and how it authenticates."""

from ._auth import AuthScheme

__all__ = ["AUTH", "DEFAULT_BASE_URL", "ENV_PREFIX", "PACKAGE", "USER_AGENT", "__version__"]

__version__ = "4.1.0"
PACKAGE = "pwc_client"
DEFAULT_BASE_URL = "http://localhost:8000"
ENV_PREFIX = "PWC_"
USER_AGENT = f"{PACKAGE}/{__version__}"
AUTH = AuthScheme(
    api_key_header="Authorization",
    api_key_prefix="Bearer ",
    login_path="/api/v1/auth/login",
    login_fields=(
        "username",
        "password",
    ),
    refresh_path="/api/v1/auth/refresh",
    refresh_style="body",
)
