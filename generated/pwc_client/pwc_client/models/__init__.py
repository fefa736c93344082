"""Contains all the data models used in inputs/outputs; each is imported on first use, not with the package.

``from pwc_client.models import Model`` works as with eager imports, and type checkers see every model
through the ``TYPE_CHECKING`` imports below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .advanced_analytics_data import AdvancedAnalyticsData
    from .advanced_analytics_request import AdvancedAnalyticsRequest
    from .advanced_analytics_response import AdvancedAnalyticsResponse
    from .analytics_filters import AnalyticsFilters
    from .auth_response import AuthResponse
    from .batch_prediction import BatchPrediction
    from .batch_prediction_request import BatchPredictionRequest
    from .batch_prediction_response import BatchPredictionResponse
    from .country_metrics import CountryMetrics
    from .customer_segment import CustomerSegment
    from .customer_segments import CustomerSegments
    from .document_metadata import DocumentMetadata
    from .error import Error
    from .error_details import ErrorDetails
    from .error_info import ErrorInfo
    from .feature_importance import FeatureImportance
    from .features import Features
    from .geographic_analysis import GeographicAnalysis
    from .hybrid_search_request import HybridSearchRequest
    from .hybrid_search_response import HybridSearchResponse
    from .hybrid_search_result import HybridSearchResult
    from .hybrid_search_weights import HybridSearchWeights
    from .login_request import LoginRequest
    from .model_info import ModelInfo
    from .model_metrics import ModelMetrics
    from .natural_language_query_request import NaturalLanguageQueryRequest
    from .natural_language_query_response import NaturalLanguageQueryResponse
    from .pagination_meta import PaginationMeta
    from .prediction_explanation import PredictionExplanation
    from .prediction_options import PredictionOptions
    from .prediction_request import PredictionRequest
    from .prediction_response import PredictionResponse
    from .product_metrics import ProductMetrics
    from .product_performance import ProductPerformance
    from .query_context import QueryContext
    from .query_options import QueryOptions
    from .query_result_row import QueryResultRow
    from .refresh_request import RefreshRequest
    from .revenue_summary import RevenueSummary
    from .sale import Sale
    from .sales_page import SalesPage
    from .sales_update_message import SalesUpdateMessage
    from .search_filters import SearchFilters
    from .security_alert_message import SecurityAlertMessage
    from .service_health import ServiceHealth
    from .service_health_map import ServiceHealthMap
    from .system_health_message import SystemHealthMessage
    from .time_series_point import TimeSeriesPoint
    from .user_info import UserInfo
    from .vector_search_request import VectorSearchRequest
    from .vector_search_response import VectorSearchResponse
    from .vector_search_result import VectorSearchResult

MODULES = {
    "AdvancedAnalyticsData": ".advanced_analytics_data",
    "AdvancedAnalyticsRequest": ".advanced_analytics_request",
    "AdvancedAnalyticsResponse": ".advanced_analytics_response",
    "AnalyticsFilters": ".analytics_filters",
    "AuthResponse": ".auth_response",
    "BatchPrediction": ".batch_prediction",
    "BatchPredictionRequest": ".batch_prediction_request",
    "BatchPredictionResponse": ".batch_prediction_response",
    "CountryMetrics": ".country_metrics",
    "CustomerSegment": ".customer_segment",
    "CustomerSegments": ".customer_segments",
    "DocumentMetadata": ".document_metadata",
    "Error": ".error",
    "ErrorDetails": ".error_details",
    "ErrorInfo": ".error_info",
    "FeatureImportance": ".feature_importance",
    "Features": ".features",
    "GeographicAnalysis": ".geographic_analysis",
    "HybridSearchRequest": ".hybrid_search_request",
    "HybridSearchResponse": ".hybrid_search_response",
    "HybridSearchResult": ".hybrid_search_result",
    "HybridSearchWeights": ".hybrid_search_weights",
    "LoginRequest": ".login_request",
    "ModelInfo": ".model_info",
    "ModelMetrics": ".model_metrics",
    "NaturalLanguageQueryRequest": ".natural_language_query_request",
    "NaturalLanguageQueryResponse": ".natural_language_query_response",
    "PaginationMeta": ".pagination_meta",
    "PredictionExplanation": ".prediction_explanation",
    "PredictionOptions": ".prediction_options",
    "PredictionRequest": ".prediction_request",
    "PredictionResponse": ".prediction_response",
    "ProductMetrics": ".product_metrics",
    "ProductPerformance": ".product_performance",
    "QueryContext": ".query_context",
    "QueryOptions": ".query_options",
    "QueryResultRow": ".query_result_row",
    "RefreshRequest": ".refresh_request",
    "RevenueSummary": ".revenue_summary",
    "Sale": ".sale",
    "SalesPage": ".sales_page",
    "SalesUpdateMessage": ".sales_update_message",
    "SearchFilters": ".search_filters",
    "SecurityAlertMessage": ".security_alert_message",
    "ServiceHealth": ".service_health",
    "ServiceHealthMap": ".service_health_map",
    "SystemHealthMessage": ".system_health_message",
    "TimeSeriesPoint": ".time_series_point",
    "UserInfo": ".user_info",
    "VectorSearchRequest": ".vector_search_request",
    "VectorSearchResponse": ".vector_search_response",
    "VectorSearchResult": ".vector_search_result",
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
    "AdvancedAnalyticsData",
    "AdvancedAnalyticsRequest",
    "AdvancedAnalyticsResponse",
    "AnalyticsFilters",
    "AuthResponse",
    "BatchPrediction",
    "BatchPredictionRequest",
    "BatchPredictionResponse",
    "CountryMetrics",
    "CustomerSegment",
    "CustomerSegments",
    "DocumentMetadata",
    "Error",
    "ErrorDetails",
    "ErrorInfo",
    "FeatureImportance",
    "Features",
    "GeographicAnalysis",
    "HybridSearchRequest",
    "HybridSearchResponse",
    "HybridSearchResult",
    "HybridSearchWeights",
    "LoginRequest",
    "ModelInfo",
    "ModelMetrics",
    "NaturalLanguageQueryRequest",
    "NaturalLanguageQueryResponse",
    "PaginationMeta",
    "PredictionExplanation",
    "PredictionOptions",
    "PredictionRequest",
    "PredictionResponse",
    "ProductMetrics",
    "ProductPerformance",
    "QueryContext",
    "QueryOptions",
    "QueryResultRow",
    "RefreshRequest",
    "RevenueSummary",
    "Sale",
    "SalesPage",
    "SalesUpdateMessage",
    "SearchFilters",
    "SecurityAlertMessage",
    "ServiceHealth",
    "ServiceHealthMap",
    "SystemHealthMessage",
    "TimeSeriesPoint",
    "UserInfo",
    "VectorSearchRequest",
    "VectorSearchResponse",
    "VectorSearchResult",
)
