"""A generated program: weeks of sessions, the daily routine, walking, notes and reviews.

Its JSON (storage, backup, ``--json``) is ``services/programs/mapping.py``'s."""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.programs.education import EducationItem
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.walking import WalkingTarget
from backstrong.domain.training.model import Load

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PrescribedExercise:
    """``reps`` and ``hold_seconds`` are per side for one-sided exercises; ``load`` None means
    body weight, or a first session where the person picks the weight."""

    exercise_id: str
    sets: int
    reps: Range | None
    hold_seconds: Range | None
    load: Load | None
    rest_seconds: int
    reason: str


@dataclass(frozen=True, slots=True)
class Session:
    index: int  # 0-based within the week
    estimated_minutes: int
    exercises: tuple[PrescribedExercise, ...]


@dataclass(frozen=True, slots=True)
class Week:
    number: int  # 1-based
    phase: Phase
    deload: bool
    sessions: tuple[Session, ...]
    walking: WalkingTarget | None = None


@dataclass(frozen=True, slots=True)
class DailyMobility:
    """A short drill done every day apart from the sessions."""

    exercise_id: str
    sets: int
    reps: Range | None
    hold_seconds: Range | None
    times_per_day: int
    reason: str


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """A suggested clinical review that did not stop the plan (the screen's ``Review``)."""

    slug: str
    advice: str


@dataclass(frozen=True, slots=True)
class Plan:
    """``id``: the content id, given when the plan is kept (``services/programs/mapping``;
    empty until then); ``reviews``: suggestions from the screen; ``education``: notes tied to
    plan moments; ``notes``: why the plan leaves things out (sensitivities, the floor)."""

    id: str
    intake: Intake
    weeks: tuple[Week, ...]
    daily_mobility: tuple[DailyMobility, ...]
    warnings: tuple[str, ...]
    reviews: tuple[ReviewNote, ...] = ()
    education: tuple[EducationItem, ...] = ()
    notes: tuple[str, ...] = ()

    def session(self, week: int, index: int) -> Session:
        """Week ``week`` (1-based), session ``index`` (0-based)."""
        return self.weeks[week - 1].sessions[index]
