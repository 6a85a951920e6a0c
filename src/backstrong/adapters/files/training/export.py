"""The training log as CSV, one row per set, in the generic layout that `import csv` reads back
(``training_import/README.md``): date, workout, exercise, set, reps, weight, unit, seconds, rpe,
rir, side, warmup, notes. ``date`` is the session's local start, so a session stays one workout.
Load added to body-weight work is written as the weight; the JSON backup keeps every field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from backstrong.domain.training.sessions import LoggedSet, TrainingSession

COLUMNS = (
    "date", "workout", "exercise", "set", "reps", "weight", "unit", "seconds", "rpe", "rir",
    "side", "warmup", "notes",
)  # fmt: skip
DEFAULT_WORKOUT = "Session"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _row(
    session: TrainingSession, logged: LoggedSet, number: int, names: Mapping[str, str]
) -> list[str]:
    s = logged.performed
    load = s.load if s.load is not None else s.added_load
    return [
        session.started_at.strftime("%Y-%m-%d %H:%M:%S"),
        session.title or DEFAULT_WORKOUT,
        names.get(s.exercise_id, s.exercise_id),
        str(number),
        "" if s.reps is None else str(s.reps),
        "" if load is None else _number(load.value),
        "" if load is None else load.unit.value,
        _number(s.hold_seconds),
        _number(s.rpe),
        "" if s.rir is None else str(s.rir),
        "" if s.side is None else s.side.value,
        "yes" if s.warmup else "",
        logged.notes,
    ]


def sets_csv(
    sessions: Iterable[tuple[TrainingSession, Sequence[LoggedSet]]], names: Mapping[str, str]
) -> str:
    """The CSV text; ``names`` gives each exercise id its name (the id is used otherwise)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for session, sets in sessions:
        counts: dict[str, int] = {}
        for logged in sets:
            exercise_id = logged.performed.exercise_id
            counts[exercise_id] = counts.get(exercise_id, 0) + 1
            writer.writerow(_row(session, logged, counts[exercise_id], names))
    return out.getvalue()
