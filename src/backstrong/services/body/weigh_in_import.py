"""Importing weigh-ins from a scale's or tracker's export: a plan to review, then all or
nothing (see domain.body.weigh_in_import for the rules)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import BinaryIO

from backstrong.domain.accounts import User
from backstrong.domain.body.weigh_in_import import ParsedWeighIns, WeighInPlan, plan_weigh_ins
from backstrong.services.unit_of_work import UnitOfWork

# Reads a file (its bytes, or a binary file streamed from its start) in a layout ("withings", …;
# None: guess) with bare numbers in a unit.
WeighInReader = Callable[[bytes | BinaryIO, str | None, str], ParsedWeighIns]


def plan(
    uow: UnitOfWork,
    user: User,
    parsed: ParsedWeighIns,
    zone: tzinfo,
    skip_invalid: bool,
) -> WeighInPlan:
    with uow:
        logged = uow.weight_entries.moments(user.id)
    return plan_weigh_ins(parsed, logged, zone, skip_invalid=skip_invalid)


def apply(uow: UnitOfWork, user: User, planned: WeighInPlan) -> WeighInPlan:
    """Store the plan's new weigh-ins in one transaction, checking duplicates again inside it
    (a weigh-in logged since the preview is skipped, not doubled)."""
    with uow:
        logged = uow.weight_entries.moments(user.id)
        again = plan_weigh_ins(
            ParsedWeighIns(planned.source, planned.new), logged, _zone(planned), skip_invalid=True
        )
        uow.weight_entries.add_many(user.id, again.new)
        uow.commit()
    duplicates = planned.duplicates + again.duplicates
    return WeighInPlan(
        planned.source, again.new, duplicates, planned.skipped_rows, planned.warnings
    )


def _zone(planned: WeighInPlan) -> tzinfo:
    """The plan's moments all carry a zone; any serves for the re-check."""
    for entry in planned.new:
        if entry.moment.tzinfo is not None:
            return entry.moment.tzinfo
    from datetime import UTC

    return UTC
