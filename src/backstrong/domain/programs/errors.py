"""Errors of the programs domain: each names the field, the value and what is accepted."""


class IntakeError(ValueError):
    """An intake field holds a value we cannot use."""


class PlanDataError(ValueError):
    """A plan does not have what is asked of it: a session it lacks, or a stored plan (JSON)
    that does not fit the shape ``services/programs/mapping`` writes."""
