from enum import StrEnum


class AnalyticsMetric(StrEnum):
    REVENUE = "revenue"
    TRANSACTIONS = "transactions"
    UNIQUE_CUSTOMERS = "unique_customers"

    def __str__(self) -> str:
        return str(self.value)
