from enum import StrEnum


class PipelineStepType(StrEnum):
    EXTRACT = "extract"
    LOAD = "load"
    TRANSFORM = "transform"
    VALIDATE = "validate"

    def __str__(self) -> str:
        return str(self.value)
