from ..types import OpenStrEnum


class AuthorizeOauthClientResponseType(OpenStrEnum):
    """An open enum: a response value the spec does not list decodes to a member with ``is_known`` False."""

    CODE = "code"
