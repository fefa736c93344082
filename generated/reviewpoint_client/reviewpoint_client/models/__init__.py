"""Contains all the data models used in inputs/outputs"""

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
