"""The API shows a set exactly as `history --json` does, byte for byte (its sets are built as
plain JSON and never pass through SetPublic's validation)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import TypeAdapter

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.sessions import LoggedSet
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.web.api.training.schemas import SetPublic, set_json
from backstrong.services.training.mapping import history_item

AT = datetime(2026, 3, 13, 7, 30, tzinfo=timezone(timedelta(hours=1)))


def test_a_set_with_every_field_reads_the_same_in_the_api_and_the_history_json() -> None:
    performed = PerformedSet(
        "deadlift", AT, reps=5, load=Load(100, MassUnit.KG), added_load=Load(10, MassUnit.LB),
        hold_seconds=3, side=Side.LEFT, rpe=8, rir=2, warmup=False, pain=1, target_reps=6,
        target_load=Load(102.5, MassUnit.KG), target_hold_seconds=4,
    )  # fmt: skip
    logged = LoggedSet("a" * 8, "s" * 8, 3, performed, "felt easy", "import-1")
    assert _api_json(logged) == _as_history_json_reads(logged)


def test_a_bare_set_reads_the_same_in_the_api_and_the_history_json() -> None:
    logged = LoggedSet("b" * 8, "s" * 8, 1, PerformedSet("plank", AT, hold_seconds=30.5))
    assert _api_json(logged) == _as_history_json_reads(logged)


def _api_json(logged: LoggedSet) -> bytes:
    return TypeAdapter(Any).dump_json(set_json(logged))


def _as_history_json_reads(logged: LoggedSet) -> bytes:
    return SetPublic.model_validate(history_item(logged)).model_dump_json().encode()
