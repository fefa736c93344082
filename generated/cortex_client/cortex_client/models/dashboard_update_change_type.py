from enum import StrEnum


class DashboardUpdateChangeType(StrEnum):
    DELETED = "deleted"
    UPDATED = "updated"
    WIDGET_ADDED = "widget_added"
    WIDGET_REMOVED = "widget_removed"
    WIDGET_UPDATED = "widget_updated"

    def __str__(self) -> str:
        return str(self.value)
