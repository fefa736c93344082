"""Contains all the data models used in inputs/outputs; each is imported on first use, not with the package.

``from reviewpoint_client.models import Model`` works as with eager imports, and type checkers see every model
through the ``TYPE_CHECKING`` imports below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .file_upload_form import FileUploadForm
    from .file_uploaded_data import FileUploadedData
    from .file_uploaded_message import FileUploadedMessage
    from .http_validation_error import HTTPValidationError
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .notification_data import NotificationData
    from .notification_message import NotificationMessage
    from .other_event_message import OtherEventMessage
    from .refresh_request import RefreshRequest
    from .refresh_response import RefreshResponse
    from .register_request import RegisterRequest
    from .register_response import RegisterResponse
    from .uploaded_file import UploadedFile
    from .user import User
    from .user_list import UserList
    from .user_registered_data import UserRegisteredData
    from .user_registered_message import UserRegisteredMessage
    from .validation_error_item import ValidationErrorItem
    from .ws_event_type import WsEventType
    from .ws_subscribe_data import WsSubscribeData
    from .ws_subscribe_message import WsSubscribeMessage

MODULES = {
    "Error": ".error",
    "FileUploadForm": ".file_upload_form",
    "FileUploadedData": ".file_uploaded_data",
    "FileUploadedMessage": ".file_uploaded_message",
    "HTTPValidationError": ".http_validation_error",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "NotificationData": ".notification_data",
    "NotificationMessage": ".notification_message",
    "OtherEventMessage": ".other_event_message",
    "RefreshRequest": ".refresh_request",
    "RefreshResponse": ".refresh_response",
    "RegisterRequest": ".register_request",
    "RegisterResponse": ".register_response",
    "UploadedFile": ".uploaded_file",
    "User": ".user",
    "UserList": ".user_list",
    "UserRegisteredData": ".user_registered_data",
    "UserRegisteredMessage": ".user_registered_message",
    "ValidationErrorItem": ".validation_error_item",
    "WsEventType": ".ws_event_type",
    "WsSubscribeData": ".ws_subscribe_data",
    "WsSubscribeMessage": ".ws_subscribe_message",
}


def __getattr__(name: str) -> Any:
    module = MODULES.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *MODULES})


__all__ = (
    "Error",
    "FileUploadedData",
    "FileUploadedMessage",
    "FileUploadForm",
    "HTTPValidationError",
    "LoginRequest",
    "LoginResponse",
    "NotificationData",
    "NotificationMessage",
    "OtherEventMessage",
    "RefreshRequest",
    "RefreshResponse",
    "RegisterRequest",
    "RegisterResponse",
    "UploadedFile",
    "User",
    "UserList",
    "UserRegisteredData",
    "UserRegisteredMessage",
    "ValidationErrorItem",
    "WsEventType",
    "WsSubscribeData",
    "WsSubscribeMessage",
)
