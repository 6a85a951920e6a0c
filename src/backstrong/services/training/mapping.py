"""Sessions and sets as JSON: the backup's shape, and `history --json`'s (with the session and
the e1RM beside each set), through pydantic models.

Times are ISO 8601 with the offset they were logged in ("2026-03-13T07:30:00+01:00"); loads are
``{"value": 60.0, "unit": "kg"}`` or null. Reading checks every value and names the field.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    PlainSerializer,
    TypeAdapter,
    ValidationError,
)

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.one_rep_max import Formula, estimate_set
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, check_id
from backstrong.domain.training.validation import TrainingValueError, check_performed_set
from backstrong.domain.units import MassUnit

E1RM_DECIMALS = 1  # an estimate: tenths are already more than it knows

LOAD_FORMAT = 'must be {"value": number, "unit": "kg" or "lb"}'
TIME_FORMAT = "must be an ISO 8601 time with a UTC offset, like +01:00 or Z"
ACCEPTED = {  # what a refused value of these fields should have been, in the person's words
    "side": "must be left, right or null",
    **dict.fromkeys(("load", "added_load", "target_load"), LOAD_FORMAT),
    **dict.fromkeys(("performed_at", "started_at", "ended_at"), TIME_FORMAT),
}

# As written before pydantic: ``isoformat()`` ("+00:00", never "Z"), so old backups compare equal.
Time = Annotated[AwareDatetime, PlainSerializer(datetime.isoformat, return_type=str)]


class LoadRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", from_attributes=True)
    value: float
    unit: Literal["kg", "lb"]

    def load(self) -> Load:
        return Load(self.value, MassUnit(self.unit))


class SetRecord(BaseModel):
    """A set as the backup keeps it (the fields in this order)."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)
    id: str
    exercise_id: str
    position: int
    performed_at: Time
    reps: int | None = None
    load: LoadRecord | None = None
    added_load: LoadRecord | None = None
    hold_seconds: float | None = None
    side: Literal["left", "right"] | None = None
    rpe: float | None = None
    rir: int | None = None
    warmup: bool = False
    pain: int | None = None
    target_reps: int | None = None
    target_load: LoadRecord | None = None
    target_hold_seconds: float | None = None
    notes: str | None = ""
    import_key: str | None = None

    @classmethod
    def of(cls, logged: LoggedSet) -> SetRecord:
        return cls.model_validate(_flat(logged))

    def logged(self, session_id: str) -> LoggedSet:
        values = {f.name: getattr(self, f.name) for f in fields(PerformedSet)}
        for name in ("load", "added_load", "target_load"):
            values[name] = None if values[name] is None else values[name].load()
        values["side"] = None if self.side is None else Side(self.side)
        performed = check_performed_set(PerformedSet(**values))
        return LoggedSet(
            check_id(self.id),
            session_id,
            self.position,
            performed,
            self.notes or "",
            self.import_key,
        )


class HistoryItem(SetRecord):
    """A set as `history --json` shows it: the stored fields, its session and its e1RM."""

    session_id: str
    e1rm: LoadRecord | None

    @classmethod
    def of_set(cls, logged: LoggedSet, formula: Formula = Formula.EPLEY) -> HistoryItem:
        return cls.model_validate(
            {**_flat(logged), "session_id": logged.session_id, "e1rm": e1rm_of(logged, formula)}
        )


class SessionRecord(BaseModel):
    """A session as the backup keeps it; ``sets`` only when read back from a backup."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)
    id: str
    started_at: Time
    ended_at: Time | None = None
    title: str | None = ""
    program_session: str | None = None
    notes: str | None = ""
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None

    def session(self) -> TrainingSession:
        return TrainingSession(
            id=check_id(self.id),
            started_at=self.started_at,
            ended_at=self.ended_at,
            title=self.title or "",
            program_session=self.program_session,
            notes=self.notes or "",
            pain_before=self.pain_before,
            pain_after=self.pain_after,
            pain_next_morning=self.pain_next_morning,
        )


class _StoredSession(SessionRecord):
    sets: list[Any] = []


HISTORY = TypeAdapter(list[HistoryItem])


def e1rm_of(logged: LoggedSet, formula: Formula = Formula.EPLEY) -> Load | None:
    """The set's estimated 1RM to a tenth, when it is a reliable one (≤ 10 reps, a load)."""
    estimate = estimate_set(logged.performed, formula)
    if estimate is None or not estimate.reliable:
        return None
    return Load(round(estimate.one_rep_max.value, E1RM_DECIMALS), estimate.one_rep_max.unit)


def _flat(logged: LoggedSet) -> dict[str, Any]:
    performed = {f.name: getattr(logged.performed, f.name) for f in fields(PerformedSet)}
    return {
        **performed,
        "id": logged.id,
        "position": logged.position,
        "notes": logged.notes,
        "import_key": logged.import_key,
    }


def _read(model: type[BaseModel], data: object) -> Any:
    """``data`` checked by ``model``; a refused value raises :class:`TrainingValueError`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first["loc"]] or ["value"]
        if first["type"] == "extra_forbidden":
            what = "set" if model is SetRecord else "session"
            raise TrainingValueError(
                loc[0], first["input"], f"is not a field of a {what}"
            ) from None
        if loc[0] in ACCEPTED and isinstance(data, dict):
            raise TrainingValueError(loc[0], data.get(loc[0]), ACCEPTED[loc[0]]) from None
        raise TrainingValueError(".".join(loc), first.get("input"), first["msg"]) from None


def set_to_mapping(logged: LoggedSet) -> dict[str, Any]:
    return SetRecord.of(logged).model_dump(mode="json")


def set_from_mapping(data: object, session_id: str) -> LoggedSet:
    record: SetRecord = _read(SetRecord, data)
    return record.logged(session_id)


def session_to_mapping(session: TrainingSession) -> dict[str, Any]:
    return SessionRecord.model_validate(session).model_dump(mode="json")


def session_from_mapping(data: object) -> TrainingSession:
    record: SessionRecord = _read(_StoredSession, data)
    return record.session()


def history_item(logged: LoggedSet, formula: Formula = Formula.EPLEY) -> dict[str, Any]:
    """A set as `history --json` shows it: the stored fields, its session and e1RM."""
    return HistoryItem.of_set(logged, formula).model_dump(mode="json")
