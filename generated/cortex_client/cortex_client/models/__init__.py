"""Contains all the data models used in inputs/outputs; each is imported on first use, not with the package.

``from cortex_client.models import Model`` works as with eager imports, and type checkers see every model
through the ``TYPE_CHECKING`` imports below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregation import Aggregation
    from .aggregation_function import AggregationFunction
    from .auth_response import AuthResponse
    from .authorize_oauth_client_response_type import AuthorizeOauthClientResponseType
    from .batch_data_request import BatchDataRequest
    from .batch_data_request_filters import BatchDataRequestFilters
    from .batch_data_response import BatchDataResponse
    from .batch_data_response_errors import BatchDataResponseErrors
    from .batch_data_response_results import BatchDataResponseResults
    from .batch_widget_error import BatchWidgetError
    from .batch_widget_result import BatchWidgetResult
    from .connection_test_result import ConnectionTestResult
    from .create_dashboard_request import CreateDashboardRequest
    from .create_dashboard_request_layout import CreateDashboardRequestLayout
    from .dashboard import Dashboard
    from .dashboard_channel_message import DashboardChannelMessage
    from .dashboard_layout import DashboardLayout
    from .dashboard_update import DashboardUpdate
    from .dashboard_update_changes import DashboardUpdateChanges
    from .dashboard_widget import DashboardWidget
    from .dashboard_widget_config import DashboardWidgetConfig
    from .data_query import DataQuery
    from .data_schema import DataSchema
    from .data_schema_column import DataSchemaColumn
    from .data_schema_table import DataSchemaTable
    from .data_source import DataSource
    from .data_source_config import DataSourceConfig
    from .data_source_config_credentials import DataSourceConfigCredentials
    from .data_source_config_settings import DataSourceConfigSettings
    from .data_source_type import DataSourceType
    from .data_update import DataUpdate
    from .data_update_event import DataUpdateEvent
    from .data_update_records_item import DataUpdateRecordsItem
    from .error import Error
    from .error_details import ErrorDetails
    from .export_channel_message import ExportChannelMessage
    from .export_list import ExportList
    from .export_options import ExportOptions
    from .export_progress import ExportProgress
    from .export_render_options import ExportRenderOptions
    from .export_request import ExportRequest
    from .export_response import ExportResponse
    from .export_status import ExportStatus
    from .login_credentials import LoginCredentials
    from .other_channel_message import OtherChannelMessage
    from .pagination import Pagination
    from .pipeline import Pipeline
    from .pipeline_config import PipelineConfig
    from .pipeline_config_settings import PipelineConfigSettings
    from .pipeline_execution import PipelineExecution
    from .pipeline_log import PipelineLog
    from .pipeline_log_event import PipelineLogEvent
    from .pipeline_schedule import PipelineSchedule
    from .pipeline_settings import PipelineSettings
    from .pipeline_status import PipelineStatus
    from .pipeline_status_event import PipelineStatusEvent
    from .pipeline_step import PipelineStep
    from .pipeline_step_config import PipelineStepConfig
    from .pipeline_step_info import PipelineStepInfo
    from .pipeline_step_info_config import PipelineStepInfoConfig
    from .pipeline_step_type import PipelineStepType
    from .query_filter import QueryFilter
    from .query_filter_operator import QueryFilterOperator
    from .query_result import QueryResult
    from .query_result_data_item import QueryResultDataItem
    from .refresh_response import RefreshResponse
    from .refresh_token_response import RefreshTokenResponse
    from .refresh_widget_request import RefreshWidgetRequest
    from .run_options import RunOptions
    from .run_options_parameters import RunOptionsParameters
    from .scheduled_pipeline import ScheduledPipeline
    from .sort_option import SortOption
    from .study import Study
    from .study_list import StudyList
    from .sync_options import SyncOptions
    from .sync_result import SyncResult
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .update_dashboard_request import UpdateDashboardRequest
    from .update_dashboard_request_layout import UpdateDashboardRequestLayout
    from .user import User
    from .validation_issue import ValidationIssue
    from .validation_result import ValidationResult
    from .widget_channel_message import WidgetChannelMessage
    from .widget_config_validation_request import WidgetConfigValidationRequest
    from .widget_config_validation_request_config import WidgetConfigValidationRequestConfig
    from .widget_data import WidgetData
    from .widget_data_data import WidgetDataData
    from .widget_data_event import WidgetDataEvent
    from .widget_position import WidgetPosition
    from .widget_preview import WidgetPreview
    from .widget_preview_data import WidgetPreviewData
    from .widget_preview_request import WidgetPreviewRequest
    from .widget_preview_request_config import WidgetPreviewRequestConfig
    from .widget_type import WidgetType
    from .widget_type_config_schema import WidgetTypeConfigSchema
    from .ws_client_message import WsClientMessage
    from .ws_client_message_type import WsClientMessageType

MODULES = {
    "Aggregation": ".aggregation",
    "AggregationFunction": ".aggregation_function",
    "AuthResponse": ".auth_response",
    "AuthorizeOauthClientResponseType": ".authorize_oauth_client_response_type",
    "BatchDataRequest": ".batch_data_request",
    "BatchDataRequestFilters": ".batch_data_request_filters",
    "BatchDataResponse": ".batch_data_response",
    "BatchDataResponseErrors": ".batch_data_response_errors",
    "BatchDataResponseResults": ".batch_data_response_results",
    "BatchWidgetError": ".batch_widget_error",
    "BatchWidgetResult": ".batch_widget_result",
    "ConnectionTestResult": ".connection_test_result",
    "CreateDashboardRequest": ".create_dashboard_request",
    "CreateDashboardRequestLayout": ".create_dashboard_request_layout",
    "Dashboard": ".dashboard",
    "DashboardChannelMessage": ".dashboard_channel_message",
    "DashboardLayout": ".dashboard_layout",
    "DashboardUpdate": ".dashboard_update",
    "DashboardUpdateChanges": ".dashboard_update_changes",
    "DashboardWidget": ".dashboard_widget",
    "DashboardWidgetConfig": ".dashboard_widget_config",
    "DataQuery": ".data_query",
    "DataSchema": ".data_schema",
    "DataSchemaColumn": ".data_schema_column",
    "DataSchemaTable": ".data_schema_table",
    "DataSource": ".data_source",
    "DataSourceConfig": ".data_source_config",
    "DataSourceConfigCredentials": ".data_source_config_credentials",
    "DataSourceConfigSettings": ".data_source_config_settings",
    "DataSourceType": ".data_source_type",
    "DataUpdate": ".data_update",
    "DataUpdateEvent": ".data_update_event",
    "DataUpdateRecordsItem": ".data_update_records_item",
    "Error": ".error",
    "ErrorDetails": ".error_details",
    "ExportChannelMessage": ".export_channel_message",
    "ExportList": ".export_list",
    "ExportOptions": ".export_options",
    "ExportProgress": ".export_progress",
    "ExportRenderOptions": ".export_render_options",
    "ExportRequest": ".export_request",
    "ExportResponse": ".export_response",
    "ExportStatus": ".export_status",
    "LoginCredentials": ".login_credentials",
    "OtherChannelMessage": ".other_channel_message",
    "Pagination": ".pagination",
    "Pipeline": ".pipeline",
    "PipelineConfig": ".pipeline_config",
    "PipelineConfigSettings": ".pipeline_config_settings",
    "PipelineExecution": ".pipeline_execution",
    "PipelineLog": ".pipeline_log",
    "PipelineLogEvent": ".pipeline_log_event",
    "PipelineSchedule": ".pipeline_schedule",
    "PipelineSettings": ".pipeline_settings",
    "PipelineStatus": ".pipeline_status",
    "PipelineStatusEvent": ".pipeline_status_event",
    "PipelineStep": ".pipeline_step",
    "PipelineStepConfig": ".pipeline_step_config",
    "PipelineStepInfo": ".pipeline_step_info",
    "PipelineStepInfoConfig": ".pipeline_step_info_config",
    "PipelineStepType": ".pipeline_step_type",
    "QueryFilter": ".query_filter",
    "QueryFilterOperator": ".query_filter_operator",
    "QueryResult": ".query_result",
    "QueryResultDataItem": ".query_result_data_item",
    "RefreshResponse": ".refresh_response",
    "RefreshTokenResponse": ".refresh_token_response",
    "RefreshWidgetRequest": ".refresh_widget_request",
    "RunOptions": ".run_options",
    "RunOptionsParameters": ".run_options_parameters",
    "ScheduledPipeline": ".scheduled_pipeline",
    "SortOption": ".sort_option",
    "Study": ".study",
    "StudyList": ".study_list",
    "SyncOptions": ".sync_options",
    "SyncResult": ".sync_result",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "UpdateDashboardRequest": ".update_dashboard_request",
    "UpdateDashboardRequestLayout": ".update_dashboard_request_layout",
    "User": ".user",
    "ValidationIssue": ".validation_issue",
    "ValidationResult": ".validation_result",
    "WidgetChannelMessage": ".widget_channel_message",
    "WidgetConfigValidationRequest": ".widget_config_validation_request",
    "WidgetConfigValidationRequestConfig": ".widget_config_validation_request_config",
    "WidgetData": ".widget_data",
    "WidgetDataData": ".widget_data_data",
    "WidgetDataEvent": ".widget_data_event",
    "WidgetPosition": ".widget_position",
    "WidgetPreview": ".widget_preview",
    "WidgetPreviewData": ".widget_preview_data",
    "WidgetPreviewRequest": ".widget_preview_request",
    "WidgetPreviewRequestConfig": ".widget_preview_request_config",
    "WidgetType": ".widget_type",
    "WidgetTypeConfigSchema": ".widget_type_config_schema",
    "WsClientMessage": ".ws_client_message",
    "WsClientMessageType": ".ws_client_message_type",
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
    "Aggregation",
    "AggregationFunction",
    "AuthorizeOauthClientResponseType",
    "AuthResponse",
    "BatchDataRequest",
    "BatchDataRequestFilters",
    "BatchDataResponse",
    "BatchDataResponseErrors",
    "BatchDataResponseResults",
    "BatchWidgetError",
    "BatchWidgetResult",
    "ConnectionTestResult",
    "CreateDashboardRequest",
    "CreateDashboardRequestLayout",
    "Dashboard",
    "DashboardChannelMessage",
    "DashboardLayout",
    "DashboardUpdate",
    "DashboardUpdateChanges",
    "DashboardWidget",
    "DashboardWidgetConfig",
    "DataQuery",
    "DataSchema",
    "DataSchemaColumn",
    "DataSchemaTable",
    "DataSource",
    "DataSourceConfig",
    "DataSourceConfigCredentials",
    "DataSourceConfigSettings",
    "DataSourceType",
    "DataUpdate",
    "DataUpdateEvent",
    "DataUpdateRecordsItem",
    "Error",
    "ErrorDetails",
    "ExportChannelMessage",
    "ExportList",
    "ExportOptions",
    "ExportProgress",
    "ExportRenderOptions",
    "ExportRequest",
    "ExportResponse",
    "ExportStatus",
    "LoginCredentials",
    "OtherChannelMessage",
    "Pagination",
    "Pipeline",
    "PipelineConfig",
    "PipelineConfigSettings",
    "PipelineExecution",
    "PipelineLog",
    "PipelineLogEvent",
    "PipelineSchedule",
    "PipelineSettings",
    "PipelineStatus",
    "PipelineStatusEvent",
    "PipelineStep",
    "PipelineStepConfig",
    "PipelineStepInfo",
    "PipelineStepInfoConfig",
    "PipelineStepType",
    "QueryFilter",
    "QueryFilterOperator",
    "QueryResult",
    "QueryResultDataItem",
    "RefreshResponse",
    "RefreshTokenResponse",
    "RefreshWidgetRequest",
    "RunOptions",
    "RunOptionsParameters",
    "ScheduledPipeline",
    "SortOption",
    "Study",
    "StudyList",
    "SyncOptions",
    "SyncResult",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "UpdateDashboardRequest",
    "UpdateDashboardRequestLayout",
    "User",
    "ValidationIssue",
    "ValidationResult",
    "WidgetChannelMessage",
    "WidgetConfigValidationRequest",
    "WidgetConfigValidationRequestConfig",
    "WidgetData",
    "WidgetDataData",
    "WidgetDataEvent",
    "WidgetPosition",
    "WidgetPreview",
    "WidgetPreviewData",
    "WidgetPreviewRequest",
    "WidgetPreviewRequestConfig",
    "WidgetType",
    "WidgetTypeConfigSchema",
    "WsClientMessage",
    "WsClientMessageType",
)
