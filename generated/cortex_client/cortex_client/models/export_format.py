from enum import StrEnum


class ExportFormat(StrEnum):
    CSV = "csv"
    EXCEL = "excel"
    PDF = "pdf"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
