"""The guided workout: today's plan, where it stands, the next set, and the summary at the end.

A plan is an ad-hoc list of exercises at their library dose, else a prescribed session (the
active program's, given by the ``prescribe`` callback bootstrap wires in), else a repeat of the
last session. Nothing is kept between calls: the sets logged today say where the workout stands
(so a reload, a second phone or the next command shows the same), plus the exercises skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.model import EntrySet, PerformedSet
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.domain.training.summary import SessionSummary, summarise_session
from backstrong.domain.training.workout import (
    Dose,
    NextTime,
    PlannedExercise,
    Step,
    next_step,
    performed_from,
    plan_from_doses,
    plan_from_sets,
)
from backstrong.services.clock import Clock
from backstrong.services.training.log import LibraryOf, SetLog, SetRequest, check_exercise
from backstrong.services.training.sessions import Sessions, day_session, previous_session
from backstrong.services.training.stats import Stats, unit_of
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

# The prescribed session for a day (the active program's next, or the one at (week, index)),
# or nothing.
Prescriber = Callable[
    [User, ExerciseLibrary, date, tuple[int, int] | None], tuple[PlannedExercise, ...]
]
# The program's next session after everything logged so far, as the summary shows it.
Foreseer = Callable[[User, ExerciseLibrary], tuple[NextTime, ...]]


@dataclass(frozen=True, slots=True)
class Workout:
    plan: tuple[PlannedExercise, ...]
    source: str  # "list", "program", "last session" or "" when there is nothing to plan from
    based_on: date | None  # the day of the session repeated
    session: TrainingSession | None  # today's, once anything was logged or checked in
    done: tuple[LoggedSet, ...]  # today's sets, in order
    step: Step | None  # the next planned set, None when the plan is done (or empty)
    skipped: frozenset[int] = frozenset()  # plan positions the person skipped
    summary: SessionSummary | None = None  # once the plan is done
    unrated: TrainingSession | None = None  # yesterday's, awaiting its next-morning pain
    day: date | None = None  # the person's today
    last: Mapping[str, PerformedSet] = field(default_factory=dict)  # with_last: the latest
    # working set of each planned exercise before today
    next_time: tuple[NextTime, ...] = ()  # once a program's session is done: its next one

    @property
    def finished(self) -> bool:
        return bool(self.plan) and self.step is None and bool(self.done)

    @property
    def asks_pain_before(self) -> bool:
        no_answer = self.session is None or self.session.pain_before is None
        return no_answer and not self.done and bool(self.plan)

    @property
    def asks_pain_after(self) -> bool:
        return self.finished and self.session is not None and self.session.pain_after is None


def dose_of(library: ExerciseLibrary, exercise_id: str) -> Dose:
    """An exercise's default dose from the library: the low end of its ranges."""
    exercise = library.get(exercise_id)
    dosage = exercise.dosage
    return Dose(
        exercise_id,
        dosage.sets,
        reps=None if dosage.reps is None else dosage.reps[0],
        hold_seconds=None if dosage.hold_seconds is None else float(dosage.hold_seconds[0]),
        rest_seconds=dosage.rest_seconds,
        each_side=exercise.unilateral,
    )


def _with_rest(
    plan: tuple[PlannedExercise, ...], library: ExerciseLibrary
) -> tuple[PlannedExercise, ...]:
    rested = []
    for planned in plan:
        exercise = library.find(planned.exercise_id)
        rest = planned.rest_seconds if exercise is None else exercise.dosage.rest_seconds
        rested.append(replace(planned, rest_seconds=rest))
    return tuple(rested)


def step_with_skips(
    plan: Sequence[PlannedExercise], done: Sequence[LoggedSet], skipped: Collection[int]
) -> Step | None:
    """The next set of the plan, the skipped exercises left out (positions are the plan's)."""
    kept = [i for i in range(len(plan)) if i not in skipped]
    found = next_step([plan[i] for i in kept], [s.performed for s in done])
    if found is None:
        return None
    return Step(kept[found.exercise_index], found.set_index, found.exercise)


def todays_workout(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    day: date,
    exercise_ids: Sequence[str] = (),
    prescribed: tuple[PlannedExercise, ...] = (),
) -> Workout:
    """The plan for ``day`` (the given exercises, else a prescribed session such as the program's,
    else last session's) and where it stands. Call inside the unit of work."""
    today = day_session(uow, user, day)
    done = today.sets if today is not None else ()
    based_on = None
    if exercise_ids:
        for exercise_id in exercise_ids:
            check_exercise(library, exercise_id)
        plan, source = plan_from_doses(dose_of(library, e) for e in exercise_ids), "list"
    elif prescribed:
        plan, source = prescribed, "program"
    else:
        previous = previous_session(uow, user, day)
        if previous is None:
            plan, source = (), ""
        else:
            performed = [s.performed for s in previous.sets]
            plan, source = _with_rest(plan_from_sets(performed), library), "last session"
            based_on = previous.session.day
    step = next_step(plan, [s.performed for s in done])
    session = today.session if today is not None else None
    return Workout(plan, source, based_on, session, done, step)


LAST_LOOKBACK = timedelta(days=180)  # how far back "last time" reaches


def last_performed(
    uow: UnitOfWork, user: User, plan: Sequence[PlannedExercise], day: date
) -> dict[str, PerformedSet]:
    """The latest working set of each planned exercise on a day before ``day``."""
    wanted = {p.exercise_id for p in plan}
    start = datetime.combine(day, time(), tzinfo=UTC) - LAST_LOOKBACK
    last: dict[str, PerformedSet] = {}
    for s in uow.training.performed(user.id, since=start):
        if s.exercise_id in wanted and not s.warmup and s.performed_at.date() < day:
            last[s.exercise_id] = s  # oldest first: the last one wins
    return last


class Workouts:
    """The guided workout's use cases."""

    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        library: LibraryOf,
        sets: SetLog,
        sessions: Sessions,
        stats: Stats,
        prescribe: Prescriber | None = None,
        foresee: Foreseer | None = None,
    ) -> None:
        self._uow, self._clock, self._library = uow, clock, library
        self._sets, self._sessions, self._stats = sets, sessions, stats
        self._prescribe, self._foresee = prescribe, foresee

    def workout(
        self,
        user: User,
        exercise_ids: Sequence[str] = (),
        skipped: Collection[int] = (),
        *,
        drop_unknown: bool = False,
        with_last: bool = False,
        session: tuple[int, int] | None = None,
    ) -> Workout:
        """Today's workout: ``exercise_ids`` (refused when not in the library, or left out with
        ``drop_unknown``), else the program's next session, else last session's; the next set
        leaves out the ``skipped`` exercises (plan positions). ``with_last`` adds each planned
        exercise's last working set before today (to prefill what to lift); ``session`` (week,
        0-based index) walks that session of the program instead of its next one."""
        day, library = self._clock.today(user), self._library(user)
        ids = [i for i in exercise_ids if i in library or not drop_unknown]
        prescribe = self._prescribe
        prescribed = () if ids or prescribe is None else prescribe(user, library, day, session)
        with self._uow() as uow:
            found = todays_workout(uow, user, library, day, ids, prescribed)
            yesterday = day_session(uow, user, day - timedelta(days=1))
            last = last_performed(uow, user, found.plan, day) if with_last else {}
        skips = frozenset(skipped)
        step = step_with_skips(found.plan, found.done, skips)
        found = replace(found, step=step, skipped=skips, day=day, last=last)
        if found.finished and found.session is not None:
            found = replace(found, summary=self.summary(user, found.session.id))
            if found.source == "program" and self._foresee is not None:
                found = replace(found, next_time=self._foresee(user, library))
        if yesterday is not None and yesterday.sets and yesterday.session.pain_next_morning is None:
            found = replace(found, unrated=yesterday.session)
        return found

    def log_step(
        self, user: User, step: Step, done: EntrySet | None = None, session_id: str | None = None
    ) -> LoggedSet:
        """The planned set as done (``done`` None: as planned; else what was typed), now."""
        when = self._clock.local_now(user)
        performed = performed_from(step.exercise.exercise_id, step.target, when, done)
        logged, _ = self._sets.record_set(user, SetRequest(new_id(), performed, session_id))
        return logged

    def summary(self, user: User, session_id: str) -> SessionSummary:
        """The session's sets beside everything logged up to its day (records it set)."""
        found = self._sessions.get(user, session_id)  # NotFound when not theirs
        day = found.session.day
        history = [s for s in self._stats.performed_sets(user) if s.performed_at.date() <= day]
        sets = [s.performed for s in found.sets]
        return summarise_session(found.session, sets, history, unit=unit_of(user))
