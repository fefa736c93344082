from ..types import OpenStrEnum


class PipelineStepType(OpenStrEnum):
    """What a pipeline step does (the seed's `PipelineStep.type` union, complete).

    An open enum: a response value the spec does not list decodes to a member with ``is_known`` False.
    """

    EXTRACT = "extract"
    LOAD = "load"
    TRANSFORM = "transform"
    VALIDATE = "validate"
