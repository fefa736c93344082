from enum import StrEnum


class Granularity(StrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    WEEKLY = "weekly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
