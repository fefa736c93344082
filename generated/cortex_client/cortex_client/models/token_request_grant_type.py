from ..types import OpenStrEnum


class TokenRequestGrantType(OpenStrEnum):
    """`authorization_code` to redeem a code, `refresh_token` to refresh.

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    AUTHORIZATION_CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"
