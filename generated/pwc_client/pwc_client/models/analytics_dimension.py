from enum import StrEnum


class AnalyticsDimension(StrEnum):
    COUNTRY = "country"
    DATE = "date"
    PRODUCT_CATEGORY = "product_category"

    def __str__(self) -> str:
        return str(self.value)
