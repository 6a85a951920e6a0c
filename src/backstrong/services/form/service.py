"""FormService: form checks from pose landmarks, each use case taking the acting person first.
Analyse (judged against the person's reference rep when they marked one), keep the result with
its landmarks, list and read them, mark a reference rep, attach a check to a logged set, and the
per-exercise trend."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.form import (
    EXERCISES,
    FormAnalysis,
    Reference,
    UnknownFormExercise,
    Verdict,
    analyse_landmarks,
    reference_from_rep,
)
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.form.live import LiveFormCheck
from backstrong.services.ports.form import NewFormCheck, StoredFormCheck
from backstrong.services.unit_of_work import UowFactory, delete_or_raise, fetch_or_raise

# The measurement a trend follows per movement, and what it means (*convention*: the depth of
# each rep is what people are asked to work on first).
TREND_MEASURE = {
    "squat": ("thigh_above_parallel_deg", "thigh above parallel at the bottom (deg; < 0 is deep)"),
    "hinge": ("trunk_angle_deg", "trunk angle from upright at the bottom (deg)"),
    "bridge": ("top_line_deg", "shoulder–hip–knee line at the top (deg; 180 is straight)"),
}  # fmt: skip


class NobodyInView(FieldError):
    """A recording in which no frame shows a person: nothing to check, nothing kept."""

    def __init__(self) -> None:
        super().__init__(
            "landmarks",
            "every frame empty",
            "no person was found in any frame; film the whole body side-on from 2–3 m away",
        )


class FormCheckNotFound(NotFound):
    def __init__(self, check_id: int) -> None:
        super().__init__("form check", check_id)


@dataclass(frozen=True, slots=True)
class FormCheckPage:
    items: list[StoredFormCheck]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class TrendPoint:
    check_id: int
    day: date
    reps: int
    assessed: int
    good: int
    value: float | None  # the mean of TREND_MEASURE over the assessed reps


@dataclass(frozen=True, slots=True)
class FormTrend:
    exercise: str
    measure: str
    meaning: str
    points: list[TrendPoint]


def check_exercise(exercise: str) -> str:
    if exercise not in EXERCISES:
        raise UnknownFormExercise(exercise)
    return exercise


class FormService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def preview(self, user: User, exercise: str, landmarks: Mapping[str, Any]) -> FormAnalysis:
        """Analyse without keeping anything (live mode sends its frames in batches here)."""
        with self._uow() as uow:
            reference = uow.form_checks.reference(user.id, check_exercise(exercise))
        return analyse_landmarks(landmarks, exercise, reference=reference)

    def live(self, user: User, exercise: str) -> LiveFormCheck:
        """A live set: batches of frames in, the running count and cues of the set so far out
        (judged against the person's reference rep too); nothing is kept."""
        with self._uow() as uow:
            reference = uow.form_checks.reference(user.id, check_exercise(exercise))
        return LiveFormCheck(exercise, reference)

    def check(
        self, user: User, exercise: str, landmarks: Mapping[str, Any], set_id: str | None = None
    ) -> StoredFormCheck:
        """Analyse a recording's landmarks and keep both (optionally with a logged set)."""
        with self._uow() as uow:
            reference = uow.form_checks.reference(user.id, check_exercise(exercise))
            analysis = analyse_landmarks(landmarks, exercise, reference=reference)
            if not any(f.get("landmarks") for f in landmarks.get("frames", ())):
                raise NobodyInView()
            if set_id is not None and uow.training.get_set(user.id, set_id) is None:
                raise NotFound("set", set_id)
            new = NewFormCheck(exercise, self._clock.now(), analysis, landmarks, set_id)
            stored = uow.form_checks.add(user.id, new)
            uow.commit()
        return stored

    def get(self, user: User, check_id: int) -> StoredFormCheck:
        return fetch_or_raise(
            self._uow(),
            lambda uow: uow.form_checks.get(user.id, check_id),
            FormCheckNotFound(check_id),
        )

    def landmarks(self, user: User, check_id: int) -> Mapping[str, Any]:
        return fetch_or_raise(
            self._uow(),
            lambda uow: uow.form_checks.landmarks(user.id, check_id),
            FormCheckNotFound(check_id),
        )

    def page(
        self, user: User, *, limit: int = 20, offset: int = 0, exercise: str | None = None
    ) -> FormCheckPage:
        """The person's checks, newest first."""
        if exercise is not None:
            check_exercise(exercise)
        with self._uow() as uow:
            items = uow.form_checks.list_for(user.id, exercise=exercise, limit=limit, offset=offset)
            total = uow.form_checks.count(user.id, exercise=exercise)
        return FormCheckPage(items, total, limit, offset)

    def delete(self, user: User, check_id: int) -> None:
        delete_or_raise(
            self._uow(),
            lambda uow: uow.form_checks.delete(user.id, check_id),
            FormCheckNotFound(check_id),
        )

    def mark_reference(self, user: User, check_id: int, rep: int) -> Reference:
        """Make rep number ``rep`` (from 1) of a check the person's reference for its exercise."""
        with self._uow() as uow:
            stored = uow.form_checks.get(user.id, check_id)
            if stored is None:
                raise FormCheckNotFound(check_id)
            details = stored.analysis.rep_details
            chosen = next((r for r in details if r.index == rep), None)
            if chosen is None:
                raise FieldError("rep", rep, f"this check has reps 1 to {len(details)}")
            if chosen.verdict is Verdict.CANNOT_ASSESS:
                raise FieldError(
                    "rep", rep, "a rep that could not be assessed cannot be a reference"
                )
            reference = reference_from_rep(chosen, EXERCISES[stored.exercise])
            uow.form_checks.set_reference(user.id, stored.exercise, reference)
            uow.commit()
        return reference

    def reference(self, user: User, exercise: str) -> Reference | None:
        with self._uow() as uow:
            return uow.form_checks.reference(user.id, check_exercise(exercise))

    def forget_reference(self, user: User, exercise: str) -> None:
        with self._uow() as uow:
            uow.form_checks.set_reference(user.id, check_exercise(exercise), None)
            uow.commit()

    def attach(self, user: User, check_id: int, set_id: str | None) -> StoredFormCheck:
        """Keep a check with a logged set (None: detach it)."""
        with self._uow() as uow:
            if set_id is not None and uow.training.get_set(user.id, set_id) is None:
                raise NotFound("set", set_id)
            if not uow.form_checks.attach(user.id, check_id, set_id):
                raise FormCheckNotFound(check_id)
            stored = uow.form_checks.get(user.id, check_id)
            uow.commit()
        assert stored is not None
        return stored

    def for_sets(self, user: User, set_ids: list[str]) -> dict[str, StoredFormCheck]:
        """The newest check kept with each of these sets (what History shows beside a set)."""
        with self._uow() as uow:
            return uow.form_checks.for_sets(user.id, set_ids)

    def trend(self, user: User, exercise: str) -> FormTrend:
        """One point per check of the exercise, oldest first, on the person's own days."""
        movement = EXERCISES[check_exercise(exercise)]
        measure, meaning = TREND_MEASURE[movement.value]
        with self._uow() as uow:
            checks = uow.form_checks.list_for(user.id, exercise=exercise)
        zone = self._clock.zone(user)
        points = [
            _point(c, measure, c.created_at.astimezone(zone).date()) for c in reversed(checks)
        ]
        return FormTrend(exercise, measure, meaning, points)


def _point(check: StoredFormCheck, measure: str, day: date) -> TrendPoint:
    reps = check.analysis.rep_details
    values = [v for r in reps if (v := r.measurement(measure)) is not None]
    assessed = sum(1 for r in reps if r.verdict is not Verdict.CANNOT_ASSESS)
    good = sum(1 for r in reps if r.verdict is Verdict.GOOD)
    mean = round(sum(values) / len(values), 1) if values else None
    return TrendPoint(check.id, day, check.analysis.reps, assessed, good, mean)
