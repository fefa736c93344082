from enum import StrEnum


class AuthorizeOauthClientResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
