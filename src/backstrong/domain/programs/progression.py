"""The progression engine: plan + training history → the next session's prescription (pure).

Which session is next: the count of training days (since ``since``) that hold any of the plan's
exercises or their variants, walked through the plan's weeks in order; ``position`` overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.adjustments import Context, Step, prescribe
from backstrong.domain.programs.caution import FLARE_UP_NOTE, caution_from
from backstrong.domain.programs.circumstances import session_reminders
from backstrong.domain.programs.errors import PlanDataError
from backstrong.domain.programs.history import History, days_since, index_history
from backstrong.domain.programs.pain import (
    CLINICIAN_WINDOW,
    PainJudgement,
    Verdict,
    clinician_advice,
    judge,
)
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import Plan, PrescribedExercise
from backstrong.domain.programs.prescription import Change, NextExercise, NextSession
from backstrong.domain.programs.safety import exclusion, rules_for
from backstrong.domain.training.model import PainCheck, PerformedSet

MAX_CHAIN = 8  # how far along easier/harder links a variant is looked for
PLAN_DONE = "You have done every session of this plan: build a new one to keep progressing."
_SEVERITY = {Verdict.PROGRESS: 0, Verdict.HOLD: 1, Verdict.REGRESS: 2}


def next_session(
    plan: Plan,
    performed: Iterable[PerformedSet],
    pain_checks: Iterable[PainCheck],
    exercises: Iterable[Exercise] | Mapping[str, Exercise],
    *,
    since: datetime | None = None,
    position: tuple[int, int] | None = None,
    today: date | datetime | None = None,
) -> NextSession:
    """The next session of ``plan`` (or the one at ``position`` = (week, index)), adjusted to
    the history. ``today`` enables the after-a-break rule."""
    catalogue = exercises if isinstance(exercises, Mapping) else {e.id: e for e in exercises}
    history = index_history(performed, pain_checks)
    warnings: list[str] = []
    if position is None:
        position = _position(plan, history, catalogue, since, warnings)
    _check_position(plan, position)
    week = plan.weeks[position[0] - 1]
    session = week.sessions[position[1]]
    planned = frozenset(e.exercise_id for s in week.sessions for e in s.exercises)
    caution = caution_from(history, plan.weeks[0].phase is Phase.GENTLE)
    waits = bool(caution.load_waits) and week.phase is not Phase.GENTLE
    rules = rules_for(plan.intake, Phase.GENTLE if waits else week.phase)
    ctx = Context(plan.intake, week.phase, week.deload, rules, catalogue, planned, caution)
    latest = history.day_judgement(history.days[-1]) if history.days else judge(None)
    items = tuple(_one(item, history, latest, ctx, today) for item in session.exercises)
    if waits:
        warnings.append(f"{caution.load_waits[0].upper()}{caution.load_waits[1:]}.")
    if caution.flare_up:
        warnings.append(
            f"{caution.flare_up[0].upper()}{caution.flare_up[1:]}: today every exercise starts "
            "lighter, in a smaller range."
        )
    advice = clinician_advice(history.recent_verdicts(CLINICIAN_WINDOW))
    if advice:
        warnings.append(advice)
    warnings += session_reminders(plan.intake)
    notes = (FLARE_UP_NOTE,) if caution.flare_up else ()
    return NextSession(
        week.number, session.index, week.phase, week.deload, items, tuple(warnings), notes
    )


def _check_position(plan: Plan, position: tuple[int, int]) -> None:
    week_number, index = position
    if not 1 <= week_number <= len(plan.weeks):
        raise PlanDataError(f"position week '{week_number}': accepted 1–{len(plan.weeks)}")
    sessions = len(plan.weeks[week_number - 1].sessions)
    if not 0 <= index < sessions:
        raise PlanDataError(f"position session '{index}': accepted 0–{sessions - 1}")


def _one(
    item: PrescribedExercise,
    history: History,
    latest: PainJudgement,
    ctx: Context,
    today: date | datetime | None,
) -> NextExercise:
    planned = ctx.catalogue.get(item.exercise_id)
    if planned is None:
        return NextExercise(
            item.exercise_id,
            item.exercise_id,
            item.sets,
            item.reps,
            item.hold_seconds,
            None if item.reps is None else item.reps[0],
            None if item.hold_seconds is None else item.hold_seconds[0],
            item.load,
            item.rest_seconds,
            None,
            Change.START,
            "This exercise is no longer in the library: do it as the plan says.",
        )
    exercise = _current_variant(planned, history, ctx)
    exercise, swapped = _allowed_now(exercise, ctx)
    step = Step(exercise, item, ctx.dose(exercise, item))
    sessions = history.by_exercise.get(exercise.id, [])
    own = judge(sessions[-1].max_pain) if sessions else judge(None)
    judgement = max(latest, own, key=lambda j: _SEVERITY[j.verdict])
    days_off = days_since(sessions[-1].day, today) if sessions else None
    result = prescribe(step, sessions, judgement, days_off, ctx)
    if swapped:
        return replace(result, reason=f"{swapped}. {result.reason}")
    return result


def _allowed_now(exercise: Exercise, ctx: Context) -> tuple[Exercise, str]:
    """While the load waits, a loaded hinge, squat or carry gives way to the nearest easier
    variant without weight (or stays, with the reason, when there is none)."""
    blocked = exclusion(exercise, ctx.rules)
    if blocked is None or not ctx.caution.load_waits:
        return exercise, ""
    others = ctx.planned - {exercise.id}
    for variant_id in _family(exercise, ctx.catalogue):
        variant = ctx.catalogue[variant_id]
        if variant_id not in others and exclusion(variant, ctx.rules) is None:
            why = f"{variant.name} instead of {exercise.name}: {ctx.caution.load_waits}"
            return variant, why[0].upper() + why[1:]
    return exercise, f"{ctx.caution.load_waits[0].upper()}{ctx.caution.load_waits[1:]}"


def _current_variant(planned: Exercise, history: History, ctx: Context) -> Exercise:
    """The family member done most recently, if it may be prescribed now; else the plan's."""
    best, best_day = planned, _last_day(history, planned.id)
    others = ctx.planned - {planned.id}
    for variant_id in _family(planned, ctx.catalogue):
        variant = ctx.catalogue[variant_id]
        day = _last_day(history, variant_id)
        if variant_id in others or day is None or (best_day is not None and day <= best_day):
            continue
        if exclusion(variant, ctx.rules) is None:
            best, best_day = variant, day
    return best


def _family(exercise: Exercise, catalogue: Mapping[str, Exercise]) -> list[str]:
    """Exercises reachable along ``harder`` links, then along ``easier`` links (in order)."""
    found: list[str] = []
    for direction in ("harder", "easier"):
        frontier = [exercise]
        for _ in range(MAX_CHAIN):
            links = [i for e in frontier for i in getattr(e, direction) if i in catalogue]
            fresh = [i for i in links if i != exercise.id and i not in found]
            if not fresh:
                break
            found += fresh
            frontier = [catalogue[i] for i in fresh]
    return found


def _last_day(history: History, exercise_id: str) -> date | None:
    last = history.last(exercise_id)
    return None if last is None else last.day


def _position(
    plan: Plan,
    history: History,
    catalogue: Mapping[str, Exercise],
    since: datetime | None,
    warnings: list[str],
) -> tuple[int, int]:
    ids: set[str] = set()
    for week in plan.weeks:
        for session in week.sessions:
            for item in session.exercises:
                if item.exercise_id not in ids:
                    ids.add(item.exercise_id)
                    if item.exercise_id in catalogue:
                        ids.update(_family(catalogue[item.exercise_id], catalogue))
    start_day = since.date() if since is not None else None
    done: set[date] = set()
    for exercise_id in ids:
        for s in history.by_exercise.get(exercise_id, ()):
            if start_day is None or s.day >= start_day:
                done.add(s.day)
    order = [(w.number, s.index) for w in plan.weeks for s in w.sessions]
    if len(done) >= len(order):
        warnings.append(PLAN_DONE)
        return order[-1]
    return order[len(done)]
