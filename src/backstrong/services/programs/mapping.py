"""The one JSON mapping of programs: plans and intakes as the storage columns, the backup and
``--json`` keep them, the answers forms and the API post, and the plan's content id, through
pydantic.

The stored shape is older than this module and kept byte for byte: choices as their values, sets
as sorted lists, ranges as ``[min, max]``, loads as ``{"value", "unit"}``, a calibration flat
(``{"exercise_id", "value", "unit", "reps"}``), a week's walking before its sessions. Keys added
later have defaults, so plans kept before walking, reviews, education and notes (and intakes
before the later answers) still load. Where the stored shape is the domain's own (sessions,
prescribed exercises, the daily routine, reviews, education items, the next session), pydantic
reads and writes the domain's frozen dataclasses directly; the records below describe the rest.

Answers are read as people type them: numbers as text, ``yes``/``no``, one value for a list, a
choice in any case. A refused answer is the domain's :class:`IntakeError`, naming the field, the
value and what is accepted; a stored plan that does not fit is a :class:`PlanDataError`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic_core import ErrorDetails

from backstrong.domain.answers import yes_or_no
from backstrong.domain.programs.education import EducationItem
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.domain.programs.intake import (
    CALIBRATION_REPS,
    DEFAULT_WEEKS,
    Calibration,
    Experience,
    Goal,
    Intake,
    PainDuration,
    Sensitivity,
)
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import DailyMobility, Plan, ReviewNote, Session, Week
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.walking import WALKING_ID, WalkingTarget
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit
from backstrong.services.programs.errors import IntakeRefused

PLAN_ID_LENGTH = 16  # hex digits of the SHA-256 of the plan's JSON
SHOWN_LENGTH = 60  # characters of a damaged stored value quoted in the error

E = TypeVar("E", bound=StrEnum)


# -- reading answers as people type them (the domain's messages, word for word) -----------------


def _whole(value: object, info: ValidationInfo) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise IntakeError(f"{info.field_name} '{value}': a whole number is needed")
    try:
        return int(value)
    except ValueError:
        raise IntakeError(f"{info.field_name} '{value}': a whole number is needed") from None


def _optional_whole(value: object, info: ValidationInfo) -> int | None:
    return None if value is None else _whole(value, info)


def _choice(enum: type[E]) -> Callable[[object, ValidationInfo], E]:
    def read(value: object, info: ValidationInfo) -> E:
        try:
            return enum(str(value).strip().lower())
        except ValueError:
            accepted = ", ".join(m.value for m in enum)
            raise IntakeError(f"{info.field_name} '{value}': accepted: {accepted}") from None

    return read


def _optional_choice(enum: type[E]) -> Callable[[object, ValidationInfo], E | None]:
    read = _choice(enum)
    return lambda value, info: None if value is None else read(value, info)


def _texts(value: object) -> object:
    """One value for a list, nothing for an empty one; sets in sorted order."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, set | frozenset):
        return sorted(str(v) for v in value)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return value


def _choices(enum: type[E]) -> Callable[[object, ValidationInfo], object]:
    read = _choice(enum)

    def read_all(value: object, info: ValidationInfo) -> object:
        texts = _texts(value)
        return [read(v, info) for v in texts] if isinstance(texts, list | tuple) else texts

    return read_all


def _none_empty(value: object) -> object:
    return () if value is None else value


def _yes_no(value: object, info: ValidationInfo) -> bool:
    answer = yes_or_no(value)
    if answer is None:
        raise IntakeError(f"{info.field_name} '{value}': accepted: yes or no")
    return answer


Whole = Annotated[int, BeforeValidator(_whole)]
Texts = Annotated[tuple[str, ...], BeforeValidator(_texts)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]


def _asked(default: Any = None) -> Any:
    """A field read even when missing, so a missing answer gets the field's own message."""
    return Field(default, validate_default=True)


# -- the records: where the stored shape is not the domain's own ---------------------------------


class CalibrationRecord(BaseModel):
    """A calibration as stored and posted: flat, the unit kg unless given, 10 reps unless given."""

    exercise_id: str
    value: float
    unit: MassUnit = MassUnit.KG
    reps: Whole = CALIBRATION_REPS

    @model_validator(mode="before")
    @classmethod
    def _flat(cls, data: Any) -> Any:
        if isinstance(data, Calibration):
            values = {"exercise_id": data.exercise_id, "value": data.load.value}
            return values | {"unit": data.load.unit, "reps": data.reps}
        if not isinstance(data, Mapping):
            raise IntakeError(
                f"calibration '{data}': an object with exercise_id, value, unit, reps"
            )
        return data

    def calibration(self) -> Calibration:
        return Calibration(self.exercise_id, Load(self.value, self.unit), self.reps)


# Answers added later, each with the default that leaves it out of the stored intake.
_LATER_ANSWERS: dict[str, Any] = {
    "pregnancy_weeks": None,
    "weeks_since_birth": None,
    "caesarean": False,
    "osteoporosis": False,
}


class IntakeRecord(BaseModel):
    """An intake as stored and posted, the fields in the stored order."""

    model_config = ConfigDict(from_attributes=True)
    age: Whole = _asked()
    experience: Annotated[Experience, BeforeValidator(_choice(Experience))] = _asked()
    goal: Annotated[Goal, BeforeValidator(_choice(Goal))] = _asked()
    equipment: Texts = ()
    days_per_week: Whole = _asked()
    minutes_per_session: Whole = _asked()
    pain: Whole = 0
    pain_duration: Annotated[
        PainDuration | None, BeforeValidator(_optional_choice(PainDuration))
    ] = None
    sensitivities: Annotated[list[Sensitivity], BeforeValidator(_choices(Sensitivity))] = []
    red_flags: Texts = ()
    favourites: Texts = ()
    weeks: Whole = DEFAULT_WEEKS
    pain_weeks: Annotated[int | None, BeforeValidator(_optional_whole)] = None
    not_applicable: Texts = ()
    inflammatory_signs: Texts = ()
    floor: YesNo = True
    walking: YesNo = True
    calibration: Annotated[tuple[CalibrationRecord, ...], BeforeValidator(_none_empty)] = ()
    pregnancy_weeks: Annotated[int | None, BeforeValidator(_optional_whole)] = None
    weeks_since_birth: Annotated[int | None, BeforeValidator(_optional_whole)] = None
    caesarean: YesNo = False
    osteoporosis: YesNo = False

    @model_serializer(mode="wrap")
    def _written(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Answers added after plans were first kept are written only when given, so an intake
        without them keeps its stored bytes and its plan keeps its content id."""
        written: dict[str, Any] = handler(self)
        for name, default in _LATER_ANSWERS.items():
            if written.get(name) == default:
                del written[name]
        return written

    def intake(self) -> Intake:
        sets = ("sensitivities", "red_flags", "not_applicable", "inflammatory_signs")
        values = dict(self) | {name: frozenset(getattr(self, name)) for name in sets}
        calibration = tuple(c.calibration() for c in self.calibration)
        return Intake(**values | {"calibration": calibration})


class WalkingRecord(BaseModel):
    """One week's walking as stored (the exercise first)."""

    model_config = ConfigDict(from_attributes=True)
    exercise_id: str = WALKING_ID
    minutes: int
    days: int
    reason: str = ""


class WeekRecord(BaseModel):
    """A week as stored: its walking (null when there is none, missing before walking came)
    before its sessions."""

    model_config = ConfigDict(from_attributes=True)
    number: int
    phase: Phase
    deload: bool
    walking: WalkingRecord | None = None
    sessions: tuple[Session, ...]

    def week(self) -> Week:
        walking = None if self.walking is None else WalkingTarget(**dict(self.walking))
        return Week(**dict(self) | {"walking": walking})


class PlanRecord(BaseModel):
    """A plan as stored, with its intake; what came later defaults to nothing."""

    model_config = ConfigDict(from_attributes=True)
    id: str
    intake: IntakeRecord
    weeks: tuple[WeekRecord, ...]
    daily_mobility: tuple[DailyMobility, ...] = ()
    warnings: tuple[str, ...] = ()
    reviews: tuple[ReviewNote, ...] = ()
    education: tuple[EducationItem, ...] = ()
    notes: tuple[str, ...] = ()

    def plan(self) -> Plan:
        weeks = tuple(w.week() for w in self.weeks)
        return Plan(**dict(self) | {"intake": self.intake.intake(), "weeks": weeks})


NEXT_SESSION = TypeAdapter(NextSession)


# -- the mapping ---------------------------------------------------------------------------------


def intake_to_json(intake: Intake) -> dict[str, Any]:
    return IntakeRecord.model_validate(intake).model_dump(mode="json")


def intake_from_json(data: Any) -> Intake:
    """The intake of stored or posted answers; an :class:`IntakeError` names a refused one."""
    try:
        record = IntakeRecord.model_validate(data)
    except ValidationError as exc:
        raise _refused(exc.errors()[0], data) from None
    return record.intake()


def read_answers(answers: Mapping[str, Any]) -> Intake:
    """The intake of answers a person posted (the CLI, the web wizard, the API); a refused
    one is an :class:`IntakeRefused` (a ``FieldError``) with the domain's message."""
    try:
        return intake_from_json(answers)
    except IntakeError as exc:
        raise IntakeRefused(exc, answers) from exc


def plan_to_json(plan: Plan) -> dict[str, Any]:
    return PlanRecord.model_validate(plan).model_dump(mode="json")


def plan_from_json(data: Any) -> Plan:
    """A stored plan; a :class:`PlanDataError` names the field that does not fit."""
    try:
        return PlanRecord.model_validate(data).plan()
    except ValidationError as exc:
        raise _damaged(exc.errors()[0]) from None
    except IntakeError as exc:  # a stored intake the domain refuses
        raise PlanDataError(f"plan: intake: {exc}") from None


def next_session_to_json(session: NextSession) -> dict[str, Any]:
    return NEXT_SESSION.dump_python(session, mode="json")  # type: ignore[no-any-return]


def content_id(plan: Plan) -> str:
    """The plan's id: the digest of its JSON (keys sorted) without an id, so the same plan
    built twice has the same id: the same digest plans have been named by from the start."""
    data = plan_to_json(replace(plan, id=""))
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:PLAN_ID_LENGTH]


def with_content_id(plan: Plan) -> Plan:
    return replace(plan, id=content_id(plan))


def _refused(error: ErrorDetails, data: Any) -> IntakeError:
    """The domain's own error when a validator raised it; else one naming the field."""
    raised = error.get("ctx", {}).get("error")
    if isinstance(raised, IntakeError):
        return raised
    loc = error["loc"]
    if loc[:1] == ("calibration",) and len(loc) > 1 and isinstance(data, Mapping):
        item = data["calibration"][loc[1]]
        shown = dict(item) if isinstance(item, Mapping) else item
        return IntakeError(
            f"calibration '{shown}': exercise_id, value and unit (kg or lb) are needed"
        )
    field = ".".join(str(part) for part in loc) or "intake"
    return IntakeError(f"{field} '{error.get('input')}': {error['msg']}")


def _damaged(error: ErrorDetails) -> PlanDataError:
    where = ".".join(str(part) for part in error["loc"]) or "plan"
    raised = error.get("ctx", {}).get("error")
    if isinstance(raised, IntakeError):
        return PlanDataError(f"plan: {where}: {raised}")
    if error["type"] == "missing":
        return PlanDataError(f"plan: field '{where}' is missing")
    shown = repr(error.get("input"))
    shown = shown if len(shown) <= SHOWN_LENGTH else shown[: SHOWN_LENGTH - 1] + "…"
    return PlanDataError(f"plan: {where} {shown}: {error['msg']}")
