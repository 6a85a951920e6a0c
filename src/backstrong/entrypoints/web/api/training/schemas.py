"""Request and response shapes of the training API, and their conversion to the domain's.

Value ranges are not repeated here: the domain checks them and its message (field, value, what
is accepted) comes back as a field-level 422. Responses are read from the same JSON the CLI's
``--json`` prints (``services.training.mapping``), so both show a set alike.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.web.api.inputs import ApiInput, LoggedDateTime, ReadableDate
from backstrong.entrypoints.web.api.paging import PageQuery
from backstrong.services.training.imports import ImportResult
from backstrong.services.training.log import NOT_GIVEN, SetRequest
from backstrong.services.training.mapping import e1rm_of, session_to_mapping
from backstrong.services.training.pending import ImportReview


class LoadIn(ApiInput):
    model_config = ConfigDict(extra="forbid")
    value: float = Field(examples=[60])
    unit: Literal["kg", "lb"] = "kg"

    def load(self) -> Load:
        return Load(self.value, MassUnit(self.unit))


class LoadPublic(BaseModel):
    value: float
    unit: str


def _load(given: LoadIn | None) -> Load | None:
    return None if given is None else given.load()


class SetCreate(ApiInput):
    """A set as done. ``id`` is a UUID the client makes up once and resends on retries."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(examples=["3f2b6c1e-8a4d-4e8a-9c61-2d1f0b7a5e43"])
    exercise_id: str = Field(max_length=120, examples=["deadlift"])
    performed_at: LoggedDateTime | None = Field(
        None, description="With a UTC offset; default: now.", examples=["2026-03-13T07:30:00+01:00"]
    )
    session_id: str | None = Field(None, description="Default: the session of that day.")
    reps: int | None = Field(None, examples=[12])
    load: LoadIn | None = None
    added_load: LoadIn | None = Field(None, description="On top of body weight (a vest).")
    hold_seconds: float | None = None
    side: Literal["left", "right"] | None = None
    rpe: float | None = Field(None, examples=[8])
    rir: int | None = None
    warmup: bool = False
    pain: int | None = Field(None, description="Back pain during the set, 0–10.")
    target_reps: int | None = None
    target_load: LoadIn | None = None
    target_hold_seconds: float | None = None
    notes: str = ""

    def request(self) -> SetRequest:
        """The set to store; without ``performed_at`` the service stamps the person's now."""
        given = self.performed_at is not None
        return SetRequest(self.id, self.performed(), self.session_id, self.notes, given)

    def performed(self) -> PerformedSet:
        return PerformedSet(
            exercise_id=self.exercise_id,
            performed_at=self.performed_at or NOT_GIVEN,
            reps=self.reps,
            load=_load(self.load),
            added_load=_load(self.added_load),
            hold_seconds=self.hold_seconds,
            side=None if self.side is None else Side(self.side),
            rpe=self.rpe,
            rir=self.rir,
            warmup=self.warmup,
            pain=self.pain,
            target_reps=self.target_reps,
            target_load=_load(self.target_load),
            target_hold_seconds=self.target_hold_seconds,
        )


class SetPublic(BaseModel):
    id: str
    session_id: str
    exercise_id: str
    position: int
    performed_at: str
    reps: int | None
    load: LoadPublic | None
    added_load: LoadPublic | None
    hold_seconds: float | None
    side: str | None
    rpe: float | None
    rir: int | None
    warmup: bool
    pain: int | None
    target_reps: int | None
    target_load: LoadPublic | None
    target_hold_seconds: float | None
    notes: str
    import_key: str | None
    e1rm: LoadPublic | None = Field(description="Estimated 1RM (Epley or RPE chart), ≤ 10 reps.")

    @classmethod
    def of(cls, logged: LoggedSet) -> SetPublic:
        return cls.model_validate(set_json(logged))


def set_json(logged: LoggedSet) -> dict[str, Any]:
    """A set as :class:`SetPublic` shows it (the JSON of `history --json`), straight from the
    domain's checked values: a history page of 50 sets is serialised once, never validated
    (bench ``history_page_50_vs_me``, target 0.5)."""
    s = logged.performed
    return {
        "id": logged.id,
        "session_id": logged.session_id,
        "exercise_id": s.exercise_id,
        "position": logged.position,
        "performed_at": s.performed_at.isoformat(),
        "reps": s.reps,
        "load": _load_json(s.load),
        "added_load": _load_json(s.added_load),
        "hold_seconds": _float(s.hold_seconds),
        "side": None if s.side is None else s.side.value,
        "rpe": _float(s.rpe),
        "rir": s.rir,
        "warmup": s.warmup,
        "pain": s.pain,
        "target_reps": s.target_reps,
        "target_load": _load_json(s.target_load),
        "target_hold_seconds": _float(s.target_hold_seconds),
        "notes": logged.notes or "",
        "import_key": logged.import_key,
        "e1rm": _load_json(e1rm_of(logged)),
    }


def _load_json(load: Load | None) -> dict[str, Any] | None:
    return None if load is None else {"value": float(load.value), "unit": load.unit.value}


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


class QuickEntryCreate(ApiInput):
    """One line of text. ``id`` is a UUID the client makes up once and resends on retries: the
    same line again under it answers 200 and stores nothing new."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, examples=["9b1d5a2e-61f4-4c3b-8e0a-5d7c2f9e1a34"])
    text: str = Field(max_length=500, examples=["deadlift 3x12@60kg rpe8"])
    performed_at: LoggedDateTime | None = Field(
        None, description="With a UTC offset; default: now."
    )
    exercise_id: str | None = Field(None, description="Skip name matching: use this exercise.")


class SessionCreate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, description="A UUID; made up by the server when left out.")
    started_at: LoggedDateTime | None = Field(None, description="With a UTC offset; default: now.")
    ended_at: LoggedDateTime | None = None
    title: str = Field("", max_length=200)
    program_session: str | None = Field(None, examples=["week-3/session-2"])
    notes: str = ""
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None

    def session(self) -> TrainingSession:
        """Without ``started_at`` the service stamps the person's now."""
        return TrainingSession(
            id=self.id or new_id(),
            started_at=self.started_at or NOT_GIVEN,
            ended_at=self.ended_at,
            title=self.title,
            program_session=self.program_session,
            notes=self.notes,
            pain_before=self.pain_before,
            pain_after=self.pain_after,
            pain_next_morning=self.pain_next_morning,
        )


class SessionUpdate(ApiInput):
    """Only the fields sent change; null clears an optional one."""

    model_config = ConfigDict(extra="forbid")
    started_at: LoggedDateTime | None = None
    ended_at: LoggedDateTime | None = None
    title: str | None = Field(None, max_length=200)
    program_session: str | None = None
    notes: str | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None


class SessionPublic(BaseModel):
    id: str
    day: str
    started_at: str
    ended_at: str | None
    title: str
    program_session: str | None
    notes: str
    pain_before: int | None
    pain_after: int | None
    pain_next_morning: int | None
    set_count: int
    sets: list[SetPublic] | None = None

    @classmethod
    def of(
        cls, session: TrainingSession, count: int, sets: tuple[LoggedSet, ...] | None = None
    ) -> SessionPublic:
        extra: dict[str, Any] = {"day": session.day.isoformat(), "set_count": count}
        if sets is not None:
            extra["sets"] = [SetPublic.of(s) for s in sets]
        return cls.model_validate({**session_to_mapping(session), **extra})


class CandidatePublic(BaseModel):
    exercise_id: str
    name: str
    score: float = Field(description="How close the name is, 0–100 (100: exact).")


class ImportNamePublic(BaseModel):
    """One distinct exercise name of the file and what it would become."""

    name: str = Field(description="As written in the file.")
    sets: int
    matched: bool = Field(description="False: it would become a custom exercise of your own.")
    proposed: CandidatePublic | None = Field(description="The best match found, even a weak one.")
    new_exercise_id: str | None = Field(description="The custom exercise made when unmatched.")
    candidates: list[CandidatePublic] = Field(description="Close exercises of your library.")


class ImportPublic(BaseModel):
    """An uploaded file waiting for the review of its names (kept an hour)."""

    id: str
    format: str
    source: str = Field(description="The layout recognised: strong, strong-classic, hevy, generic.")
    unit: str
    expires_at: datetime
    workouts: int
    new_sets: int
    duplicate_sets: int = Field(description="Sets already imported: left out again.")
    names: list[ImportNamePublic]
    skipped_rows: list[str]
    warnings: list[str]

    @classmethod
    def of(cls, review: ImportReview) -> ImportPublic:
        plan, pending = review.plan, review.pending
        new_ids = {new.imported_name: new.exercise_id for new in plan.new_exercises}
        names = [
            ImportNamePublic(
                name=entry.imported_name,
                sets=entry.sets,
                matched=entry.matched,
                proposed=None
                if entry.best.exercise_id is None
                else CandidatePublic(
                    exercise_id=entry.best.exercise_id,
                    name=entry.best.name or entry.best.exercise_id,
                    score=round(entry.best.score, 1),
                ),
                new_exercise_id=new_ids.get(entry.imported_name),
                candidates=[
                    CandidatePublic(exercise_id=c.exercise_id, name=c.name, score=round(c.score, 1))
                    for c in review.candidates.get(entry.imported_name, ())
                ],
            )
            for entry in plan.mapping.entries
        ]
        return cls(
            id=pending.id,
            format=pending.file_format,
            source=plan.source,
            unit=pending.unit,
            expires_at=pending.expires_at,
            workouts=len(plan.workouts),
            new_sets=plan.new_sets,
            duplicate_sets=plan.duplicate_sets,
            names=names,
            skipped_rows=[str(e) for e in plan.skipped_rows],
            warnings=[str(w) for w in plan.warnings],
        )


class ImportApplyCreate(ApiInput):
    """The confirmed matches; names left out keep the proposal."""

    model_config = ConfigDict(extra="forbid")
    matches: dict[str, str] = Field(
        default_factory=dict,
        description='Imported name → exercise id of your library, or "new" for your own exercise.',
        examples=[{"Deadlift (Barbell)": "conventional-deadlift", "Bird Dog": "new"}],
    )


class ImportResultPublic(BaseModel):
    sets_added: int
    sessions_added: int
    skipped_as_already_imported: int
    exercises_created: list[str]

    @classmethod
    def of(cls, result: ImportResult) -> ImportResultPublic:
        return cls(
            sets_added=result.sets,
            sessions_added=result.sessions,
            skipped_as_already_imported=result.duplicates,
            exercises_created=list(result.exercises_created),
        )


class SetsQuery(PageQuery):
    """The query of GET /api/v1/sets (read as one model: ``api/query.py``)."""

    exercise_id: str | None = None
    session_id: str | None = None
    first: ReadableDate | None = Field(None, alias="from", description="First day (YYYY-MM-DD).")
    last: ReadableDate | None = Field(None, alias="to", description="Last day (YYYY-MM-DD).")
