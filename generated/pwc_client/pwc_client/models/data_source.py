from enum import StrEnum


class DataSource(StrEnum):
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    SALES = "sales"

    def __str__(self) -> str:
        return str(self.value)
