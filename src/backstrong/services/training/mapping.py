"""Sessions and sets as plain JSON-ready data: the backup's shape, and `history --json`'s.

Times are ISO 8601 with the offset they were logged in ("2026-03-13T07:30:00+01:00"); loads are
``{"value": 60.0, "unit": "kg"}`` or null. Reading checks every value and names the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.one_rep_max import Formula, estimate_set
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, check_id
from backstrong.domain.training.validation import TrainingValueError, check_performed_set
from backstrong.domain.units import MassUnit

E1RM_DECIMALS = 1  # an estimate: tenths are already more than it knows
SET_FIELDS = (
    "id", "exercise_id", "position", "performed_at", "reps", "load", "added_load",
    "hold_seconds", "side", "rpe", "rir", "warmup", "pain", "target_reps", "target_load",
    "target_hold_seconds", "notes", "import_key",
)  # fmt: skip
SESSION_FIELDS = (
    "id", "started_at", "ended_at", "title", "program_session", "notes", "pain_before",
    "pain_after", "pain_next_morning",
)  # fmt: skip


def load_to_json(load: Load | None) -> dict[str, Any] | None:
    return None if load is None else {"value": load.value, "unit": load.unit.value}


def load_from_json(value: object, field: str) -> Load | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or set(value) != {"value", "unit"}:
        raise TrainingValueError(field, value, 'must be {"value": number, "unit": "kg" or "lb"}')
    number, unit = value["value"], value["unit"]
    if not isinstance(number, int | float) or isinstance(number, bool):
        raise TrainingValueError(f"{field}.value", number, "must be a number")
    if unit not in ("kg", "lb"):
        raise TrainingValueError(f"{field}.unit", unit, "must be kg or lb")
    return Load(float(number), MassUnit(unit))


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _read_time(value: object, field: str) -> datetime:
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise TrainingValueError(field, value, "must be an ISO 8601 time with offset") from None
    if when.tzinfo is None:
        raise TrainingValueError(field, value, "needs a UTC offset, like +01:00 or Z")
    return when


def set_to_mapping(logged: LoggedSet) -> dict[str, Any]:
    s = logged.performed
    return {
        "id": logged.id,
        "exercise_id": s.exercise_id,
        "position": logged.position,
        "performed_at": _time(s.performed_at),
        "reps": s.reps,
        "load": load_to_json(s.load),
        "added_load": load_to_json(s.added_load),
        "hold_seconds": s.hold_seconds,
        "side": None if s.side is None else s.side.value,
        "rpe": s.rpe,
        "rir": s.rir,
        "warmup": s.warmup,
        "pain": s.pain,
        "target_reps": s.target_reps,
        "target_load": load_to_json(s.target_load),
        "target_hold_seconds": s.target_hold_seconds,
        "notes": logged.notes,
        "import_key": logged.import_key,
    }


def _known(data: Mapping[str, Any], fields: tuple[str, ...], what: str) -> None:
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise TrainingValueError(unknown[0], data[unknown[0]], f"is not a field of a {what}")


def set_from_mapping(data: Mapping[str, Any], session_id: str) -> LoggedSet:
    _known(data, SET_FIELDS, "set")
    side = data.get("side")
    if side not in (None, "left", "right"):
        raise TrainingValueError("side", side, "must be left, right or null")
    performed = PerformedSet(
        exercise_id=str(data["exercise_id"]),
        performed_at=_read_time(data.get("performed_at"), "performed_at"),
        reps=data.get("reps"),
        load=load_from_json(data.get("load"), "load"),
        added_load=load_from_json(data.get("added_load"), "added_load"),
        hold_seconds=data.get("hold_seconds"),
        side=None if side is None else Side(side),
        rpe=data.get("rpe"),
        rir=data.get("rir"),
        warmup=bool(data.get("warmup", False)),
        pain=data.get("pain"),
        target_reps=data.get("target_reps"),
        target_load=load_from_json(data.get("target_load"), "target_load"),
        target_hold_seconds=data.get("target_hold_seconds"),
    )
    return LoggedSet(
        check_id(str(data["id"])),
        session_id,
        int(data["position"]),
        check_performed_set(performed),
        str(data.get("notes") or ""),
        data.get("import_key"),
    )


def session_to_mapping(session: TrainingSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "started_at": _time(session.started_at),
        "ended_at": _time(session.ended_at),
        "title": session.title,
        "program_session": session.program_session,
        "notes": session.notes,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "pain_next_morning": session.pain_next_morning,
    }


def session_from_mapping(data: Mapping[str, Any]) -> TrainingSession:
    _known(data, (*SESSION_FIELDS, "sets"), "session")
    ended = data.get("ended_at")
    return TrainingSession(
        id=check_id(str(data["id"])),
        started_at=_read_time(data.get("started_at"), "started_at"),
        ended_at=None if ended is None else _read_time(ended, "ended_at"),
        title=str(data.get("title") or ""),
        program_session=data.get("program_session"),
        notes=str(data.get("notes") or ""),
        pain_before=data.get("pain_before"),
        pain_after=data.get("pain_after"),
        pain_next_morning=data.get("pain_next_morning"),
    )


def history_item(logged: LoggedSet, formula: Formula = Formula.EPLEY) -> dict[str, Any]:
    """A set as `history --json` and the API show it: the stored fields, its session and e1RM."""
    item = set_to_mapping(logged)
    item["session_id"] = logged.session_id
    estimate = estimate_set(logged.performed, formula)
    reliable = estimate is not None and estimate.reliable
    if estimate is None or not reliable:
        item["e1rm"] = None
    else:
        e1rm = estimate.one_rep_max
        item["e1rm"] = {"value": round(e1rm.value, E1RM_DECIMALS), "unit": e1rm.unit.value}
    return item
