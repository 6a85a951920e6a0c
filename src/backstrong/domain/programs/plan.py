"""A generated program and its JSON shape (``Plan.to_dict`` / ``plan_from_dict``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from backstrong.domain.programs.education import EducationItem, education_from_dict
from backstrong.domain.programs.errors import PlanDataError
from backstrong.domain.programs.intake import Intake, intake_from_dict
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.walking import WalkingTarget, walking_from_dict
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "sets": self.sets,
            "reps": _range_out(self.reps),
            "hold_seconds": _range_out(self.hold_seconds),
            "load": None if self.load is None else load_to_dict(self.load),
            "rest_seconds": self.rest_seconds,
            "reason": self.reason,
        }


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "sets": self.sets,
            "reps": _range_out(self.reps),
            "hold_seconds": _range_out(self.hold_seconds),
            "times_per_day": self.times_per_day,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """A suggested clinical review that did not stop the plan (the screen's ``Review``)."""

    slug: str
    advice: str

    def to_dict(self) -> dict[str, Any]:
        return {"slug": self.slug, "advice": self.advice}


@dataclass(frozen=True, slots=True)
class Plan:
    """``reviews``: suggestions from the screen; ``education``: notes tied to plan moments;
    ``notes``: why the plan leaves things out (sensitivities, the floor), in plain words."""

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "intake": self.intake.to_dict(),
            "weeks": [
                {
                    "number": w.number,
                    "phase": w.phase.value,
                    "deload": w.deload,
                    "walking": None if w.walking is None else w.walking.to_dict(),
                    "sessions": [
                        {
                            "index": s.index,
                            "estimated_minutes": s.estimated_minutes,
                            "exercises": [e.to_dict() for e in s.exercises],
                        }
                        for s in w.sessions
                    ],
                }
                for w in self.weeks
            ],
            "daily_mobility": [d.to_dict() for d in self.daily_mobility],
            "warnings": list(self.warnings),
            "reviews": [r.to_dict() for r in self.reviews],
            "education": [e.to_dict() for e in self.education],
            "notes": list(self.notes),
        }


def load_to_dict(load: Load) -> dict[str, Any]:
    return {"value": load.value, "unit": load.unit.value}


def plan_from_dict(data: Mapping[str, Any]) -> Plan:
    """Rebuild a plan stored as JSON; raise PlanDataError naming the field that does not fit."""
    try:
        return Plan(
            id=str(data["id"]),
            intake=intake_from_dict(data["intake"]),
            weeks=tuple(_week(w) for w in data["weeks"]),
            daily_mobility=tuple(_daily(d) for d in data.get("daily_mobility", ())),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
            reviews=tuple(
                ReviewNote(str(r["slug"]), str(r["advice"])) for r in data.get("reviews", ())
            ),
            education=tuple(education_from_dict(e) for e in data.get("education", ())),
            notes=tuple(str(n) for n in data.get("notes", ())),
        )
    except KeyError as missing:
        raise PlanDataError(f"plan: field {missing} is missing") from None
    except (TypeError, AttributeError) as wrong:
        raise PlanDataError(f"plan: a field has the wrong type ({wrong})") from None


def _week(data: Mapping[str, Any]) -> Week:
    try:
        phase = Phase(data["phase"])
    except ValueError:
        accepted = ", ".join(p.value for p in Phase)
        raise PlanDataError(f"weeks.phase '{data['phase']}': accepted: {accepted}") from None
    sessions = tuple(
        Session(
            index=int(s["index"]),
            estimated_minutes=int(s["estimated_minutes"]),
            exercises=tuple(_exercise(e) for e in s["exercises"]),
        )
        for s in data["sessions"]
    )
    walking = walking_from_dict(data.get("walking"))
    return Week(int(data["number"]), phase, bool(data["deload"]), sessions, walking)


def _exercise(data: Mapping[str, Any]) -> PrescribedExercise:
    return PrescribedExercise(
        exercise_id=str(data["exercise_id"]),
        sets=int(data["sets"]),
        reps=_range_in(data.get("reps"), "reps"),
        hold_seconds=_range_in(data.get("hold_seconds"), "hold_seconds"),
        load=load_from_dict(data.get("load")),
        rest_seconds=int(data["rest_seconds"]),
        reason=str(data.get("reason", "")),
    )


def _daily(data: Mapping[str, Any]) -> DailyMobility:
    return DailyMobility(
        exercise_id=str(data["exercise_id"]),
        sets=int(data["sets"]),
        reps=_range_in(data.get("reps"), "reps"),
        hold_seconds=_range_in(data.get("hold_seconds"), "hold_seconds"),
        times_per_day=int(data["times_per_day"]),
        reason=str(data.get("reason", "")),
    )


def load_from_dict(data: Mapping[str, Any] | None) -> Load | None:
    if data is None:
        return None
    try:
        unit = MassUnit(data["unit"])
    except ValueError:
        raise PlanDataError(f"load.unit '{data['unit']}': accepted: kg, lb") from None
    return Load(float(data["value"]), unit)


def _range_out(value: Range | None) -> list[int] | None:
    return None if value is None else [value[0], value[1]]


def _range_in(value: Sequence[int] | None, name: str) -> Range | None:
    if value is None:
        return None
    if len(value) != 2:
        raise PlanDataError(f"{name} '{value}': a [min, max] pair is needed")
    return (int(value[0]), int(value[1]))
