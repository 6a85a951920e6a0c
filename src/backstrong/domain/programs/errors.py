"""Errors of the programs domain: each names the field, the value and what is accepted."""


class IntakeError(ValueError):
    """An intake field holds a value we cannot use."""


class PlanDataError(ValueError):
    """A stored plan (JSON) does not have the shape ``Plan.to_dict`` writes."""
