"""Training history indexed for the progression engine: sessions per exercise, pain per day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter

from backstrong.domain.programs.effort import e1rm
from backstrong.domain.programs.pain import PainJudgement, Verdict, judge
from backstrong.domain.training.model import Load, PainCheck, PerformedSet


@dataclass(frozen=True, slots=True)
class ExerciseSession:
    """The working sets (warm-ups dropped) of one exercise on one day, in order."""

    day: date
    sets: tuple[PerformedSet, ...]

    @property
    def max_pain(self) -> int | None:
        pains = [s.pain for s in self.sets if s.pain is not None]
        return max(pains) if pains else None

    @property
    def loads(self) -> list[Load]:
        return [s.load for s in self.sets if s.load is not None]

    @property
    def rpe_logged(self) -> bool:
        return any(s.rpe is not None for s in self.sets)


@dataclass(slots=True)
class History:
    by_exercise: dict[str, list[ExerciseSession]] = field(default_factory=dict)  # oldest first
    days: list[date] = field(default_factory=list)  # days with working sets, oldest first
    set_pain: dict[date, int] = field(default_factory=dict)  # worst pain logged in a set
    checks: dict[date, PainCheck] = field(default_factory=dict)

    def last(self, exercise_id: str) -> ExerciseSession | None:
        sessions = self.by_exercise.get(exercise_id)
        return sessions[-1] if sessions else None

    def day_judgement(self, day: date) -> PainJudgement:
        check = self.checks.get(day)
        during = self.set_pain.get(day)
        if during is None and check is not None:
            during = check.after
        if check is None:
            return judge(during)
        return judge(during, check.before, check.next_morning)

    def recent_verdicts(self, count: int) -> list[Verdict]:
        return [self.day_judgement(d).verdict for d in self.days[-count:]]


_PERFORMED_AT = attrgetter("performed_at")


def index_history(
    performed: Iterable[PerformedSet], pain_checks: Iterable[PainCheck] = ()
) -> History:
    """One pass over the sets (any order) and the pain checks."""
    history = History()
    ordered = sorted((s for s in performed if not s.warmup), key=_PERFORMED_AT)
    grouped: dict[tuple[str, date], list[PerformedSet]] = {}
    worst = history.set_pain
    # One plain loop: a year of history is read before every session (bench_programs'
    # next_session_from_a_year figure, 5 ms at most).
    for s in ordered:
        day = s.performed_at.date()
        key = (s.exercise_id, day)
        same = grouped.get(key)
        if same is None:
            grouped[key] = [s]
        else:
            same.append(s)
        pain = s.pain
        if pain is not None and pain >= worst.get(day, 0):
            worst[day] = pain
    for (exercise_id, day), sets in grouped.items():
        history.by_exercise.setdefault(exercise_id, []).append(ExerciseSession(day, tuple(sets)))
    history.days = sorted({day for _, day in grouped})
    for check in sorted(pain_checks, key=lambda c: c.session_date):
        history.checks[check.session_date.date()] = check
    return history


def session_e1rm(session: ExerciseSession) -> Load | None:
    """Best e1RM among the session's loaded sets (RPE chart when logged, else Epley)."""
    best: Load | None = None
    for s in session.sets:
        if s.load is None or not s.reps:
            continue
        unit = best.unit if best is not None else s.load.unit
        value = e1rm(s.load.to(unit).value, s.reps, s.rpe)
        if best is None or value > best.value:
            best = Load(value, unit)
    return best


def estimated_1rm(performed: Iterable[PerformedSet]) -> dict[str, Load]:
    """The e1RM of each loaded exercise from its latest session."""
    history = index_history(performed)
    out: dict[str, Load] = {}
    for exercise_id, sessions in history.by_exercise.items():
        value = session_e1rm(sessions[-1])
        if value is not None:
            out[exercise_id] = value
    return out


def days_since(day: date, today: date | datetime | None) -> int | None:
    if today is None:
        return None
    current = today.date() if isinstance(today, datetime) else today
    return (current - day).days
