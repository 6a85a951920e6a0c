"""One exercise's next prescription from its own history: double progression on the weight
actually lifted, reps then a harder variant for body weight, longer holds, and the steps back
that pain, missed targets or a break call for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind
from backstrong.domain.programs.caution import (
    CAUTIOUS_CUT,
    NO_CAUTION,
    Caution,
    cautious_start_text,
    top_twice,
)
from backstrong.domain.programs.dosage import Dose, deloaded, dose_for
from backstrong.domain.programs.effort import load_for
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.history import ExerciseSession, session_e1rm
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.loads import add_step, cut, describe, floor_to_step, round_to_step
from backstrong.domain.programs.pain import PainJudgement, Verdict
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import PrescribedExercise
from backstrong.domain.programs.prescription import Change, NextExercise
from backstrong.domain.programs.reasons import FIRST_LOAD_ADVICE
from backstrong.domain.programs.safety import Rules, exclusion
from backstrong.domain.training.model import Load

PAIN_CUT = 0.15  # pain: 10–20 % lighter (Silbernagel-style step back; convention within it)
MISSED_CUT = 0.10  # two missed targets in a row: a 10 % deload (convention)
BREAK_CUT = 0.10  # back after a break (convention)
BREAK_DAYS = 21  # three weeks without the exercise counts as a break (convention)
MAX_RAISE = 0.10  # ACSM: raise the load 2–10 % at a time
TARGET_RPE = 8.0  # a new rep range starts with about two reps in reserve (RTS convention)
RANGE_SLACK = 2  # reps outside the range by more than this mean the range has changed


@dataclass(frozen=True, slots=True)
class Context:
    intake: Intake
    phase: Phase
    deload: bool
    rules: Rules
    catalogue: Mapping[str, Exercise]
    planned: frozenset[str]  # every exercise the plan holds in this phase
    caution: Caution = NO_CAUTION

    def dose(self, exercise: Exercise, item: PrescribedExercise) -> Dose:
        """The plan's own dose for the planned exercise; a freshly computed one for a variant."""
        if exercise.id == item.exercise_id:
            return Dose(item.sets, item.reps, item.hold_seconds, item.rest_seconds, "the plan")
        i = self.intake
        d = dose_for(exercise, self.phase, i.experience, i.goal, i.age)
        return deloaded(d, exercise) if self.deload else d

    def variant(self, ids: Sequence[str]) -> tuple[Exercise | None, str]:
        """The first of ``ids`` that may be prescribed now, or None and why not."""
        why = "there is none in the library"
        for exercise_id in ids:
            exercise = self.catalogue.get(exercise_id)
            if exercise is None:
                continue
            blocked = exclusion(exercise, self.rules)
            if blocked is None:
                return exercise, ""
            why = blocked
        return None, why


@dataclass(frozen=True, slots=True)
class Step:
    """The exercise in hand: the variant being done, the plan item it stands for, its dose."""

    exercise: Exercise
    item: PrescribedExercise
    dose: Dose


def prescribe(
    step: Step,
    sessions: Sequence[ExerciseSession],
    judgement: PainJudgement,
    days_off: int | None,
    ctx: Context,
) -> NextExercise:
    if step.exercise.kind in (Kind.STRETCH, Kind.MOBILITY):
        return _as_planned(step, judgement)
    if not sessions:
        return start(step, Change.START, "first time", cautious_start_text(ctx.caution))
    last = sessions[-1]
    if judgement.verdict is Verdict.REGRESS:
        return _step_back(step, last, PAIN_CUT, Change.LOAD_DOWN, judgement.reason, ctx)
    if len(sessions) >= 2 and _missed(sessions[-1], step.dose) and _missed(sessions[-2], step.dose):
        why = "two sessions in a row below the target"
        return _step_back(step, last, MISSED_CUT, Change.DELOAD, why, ctx)
    if days_off is not None and days_off > BREAK_DAYS:
        why = f"{days_off} days since you last did it"
        return _step_back(step, last, BREAK_CUT, Change.RESUME, why, ctx)
    hold_back = ctx.deload or judgement.verdict is Verdict.HOLD
    why_hold = "deload week: same targets, fewer sets" if ctx.deload else judgement.reason
    if load_implement(step.exercise) is not None:
        if not last.loads:
            return start(step, Change.START, "no weight logged last time")
        return _loaded(step, sessions, hold_back, why_hold)
    if step.dose.hold_seconds is not None:
        return _holds(step, last, hold_back, why_hold, ctx)
    return _reps(step, last, hold_back, why_hold, ctx)


def start(step: Step, change: Change, why: str, caution: str = "") -> NextExercise:
    """The first time: the plan's suggested load when it has one (lighter after a hard day),
    else advice on choosing one; the bottom of the range."""
    d = step.dose
    implement = load_implement(step.exercise)
    suggested = step.item.load if step.exercise.id == step.item.exercise_id else None
    if implement is not None and suggested is not None:
        load = cut(suggested, CAUTIOUS_CUT, implement) if caution else suggested
        text = f"{why}: start at {describe(load)}" + (f"; {caution}" if caution else "")
        return _next(
            step, change, text, load=load, target_reps=_low(d.reps), hold=_low(d.hold_seconds)
        )
    if implement is not None:
        advice = FIRST_LOAD_ADVICE
    elif d.hold_seconds is not None:
        advice = f"start with {d.hold_seconds[0]} s holds"
    elif d.reps is not None:
        advice = f"start at {d.reps[0]} reps"
    else:
        advice = "as the plan says"
    text = f"{why}: {advice}" + (f"; {caution}" if caution else "")
    return _next(step, change, text, target_reps=_low(d.reps), hold=_low(d.hold_seconds))


def _as_planned(step: Step, judgement: PainJudgement) -> NextExercise:
    """Stretches and drills do not progress: the same again, gently when the back complains."""
    d = step.dose
    why = "stretches and mobility drills stay the same: ease into each one"
    if judgement.verdict is Verdict.REGRESS:
        why = f"{judgement.reason}: keep it within a painless range, or skip it today"
    return _next(step, Change.REPEAT, why, target_reps=_high(d.reps), hold=_high(d.hold_seconds))


def _loaded(
    step: Step, sessions: Sequence[ExerciseSession], hold_back: bool, why_hold: str
) -> NextExercise:
    """Double progression on the weight actually lifted: reps (or seconds, for carries) climb
    to the top of the range at one load; after two sessions there (2-for-2, or one when the
    logged RPE shows reps to spare) the load goes up and the count starts again."""
    last = sessions[-1]
    implement = load_implement(step.exercise) or "barbell"
    base = _lifted(last)
    timed = step.dose.reps is None and step.dose.hold_seconds is not None
    low, high = (step.dose.hold_seconds if timed else step.dose.reps) or (1, 1)
    done = [round(s.hold_seconds or 0) if timed else (s.reps or 0) for s in last.sets]
    unit = "s" if timed else "reps"
    e1 = None if timed else session_e1rm(last)
    if e1 is not None and not low - RANGE_SLACK <= max(done) <= high + RANGE_SLACK:
        load = round_to_step(Load(load_for(e1.value, low, TARGET_RPE), e1.unit), implement)
        why = (
            f"new rep range {low}–{high}: from your e1RM of about {describe(_rounded(e1))}, "
            f"{describe(load)} leaves about two reps in reserve at {low}"
        )
        return _next(step, Change.NEW_RANGE, why, load=load, target_reps=low, e1rm=e1)
    if hold_back:
        target = max(low, min(min(done), high))
        why = f"keep {describe(base)}; {why_hold}"
        return _next(step, Change.REPEAT, why, load=base, **_aim(timed, target), e1rm=e1)
    if min(done) >= high and top_twice(_same_load(sessions, base), high, timed):
        return _raise(step, last, base, implement, e1, (low, high, unit, timed))
    if min(done) >= high:
        why = (
            f"keep {describe(base)}: every set reached {high} {unit}; once more at the top "
            "and the weight goes up (two sessions at the top, the 2-for-2 rule)"
        )
        return _next(step, Change.REPEAT, why, load=base, **_aim(timed, high), e1rm=e1)
    target = min(high, max(low, min(done) + (_step_size(low, high) if timed else 1)))
    why = (
        f"keep {describe(base)}: aim for {target} {unit} in every set; "
        f"at {high} in all sets the weight goes up"
    )
    return _next(step, Change.MORE_REPS, why, load=base, **_aim(timed, target), e1rm=e1)


def _same_load(sessions: Sequence[ExerciseSession], base: Load) -> list[ExerciseSession]:
    """The latest sessions done at (at least) ``base``, newest last."""
    out: list[ExerciseSession] = []
    for session in reversed(sessions):
        if not session.loads or _lifted(session).to(base.unit).value < base.value - 1e-6:
            break
        out.insert(0, session)
    return out


def _aim(timed: bool, target: int) -> dict[str, int]:
    return {"hold": target} if timed else {"target_reps": target}


def _raise(
    step: Step,
    last: ExerciseSession,
    base: Load,
    implement: str,
    e1: Load | None,
    measure: tuple[int, int, str, bool],
) -> NextExercise:
    low, high, unit, timed = measure
    load = add_step(base, implement)
    why = (
        f"every set reached {high} {unit} at {describe(base)} (the weight you lifted): "
        f"up to {describe(load)}, the smallest {implement} step, and back to {low} {unit}"
    )
    if last.rpe_logged and e1 is not None:
        suggested = round_to_step(Load(load_for(e1.value, low, TARGET_RPE), base.unit), implement)
        ceiling = floor_to_step(Load(base.value * (1 + MAX_RAISE), base.unit), implement)
        chosen = min(suggested.value, max(ceiling.value, load.value))
        if chosen > load.value:
            load = Load(chosen, base.unit)
            why = (
                f"every set reached {high} reps at {describe(base)}, and your RPE puts your "
                f"e1RM near {describe(_rounded(e1))}: {describe(load)} for {low} reps at about "
                f"RPE {TARGET_RPE:g} (at most 10 % more)"
            )
    return _next(step, Change.LOAD_UP, why, load=load, **_aim(timed, low), e1rm=e1)


def _reps(
    step: Step, last: ExerciseSession, hold_back: bool, why_hold: str, ctx: Context
) -> NextExercise:
    low, high = step.dose.reps or (1, 1)
    reps = [s.reps or 0 for s in last.sets]
    if hold_back:
        return _next(step, Change.REPEAT, why_hold, target_reps=max(low, min(min(reps), high)))
    if min(reps) >= high:
        return _harder(step, f"every set reached {high} reps", ctx)
    target = min(high, max(low, min(reps) + _step_size(low, high)))
    why = f"aim for {target} reps in every set; at {high} you move on to a harder variant"
    return _next(step, Change.MORE_REPS, why, target_reps=target)


def _holds(
    step: Step, last: ExerciseSession, hold_back: bool, why_hold: str, ctx: Context
) -> NextExercise:
    h_low, h_high = step.dose.hold_seconds or (1, 1)
    holds = [round(s.hold_seconds or 0) for s in last.sets]
    reps = [s.reps or 0 for s in last.sets]
    r_low, r_high = step.dose.reps or (0, 0)
    held = max(h_low, min(min(holds), h_high))
    if hold_back:
        return _next(step, Change.REPEAT, why_hold, target_reps=_low(step.dose.reps), hold=held)
    if min(holds) < h_high:
        target = min(h_high, max(h_low, min(holds) + _step_size(h_low, h_high)))
        why = f"hold {target} s this time; at {h_high} s you move on"
        return _next(step, Change.LONGER_HOLDS, why, target_reps=_low(step.dose.reps), hold=target)
    if step.dose.reps is not None and min(reps) < r_high:
        target = min(r_high, max(r_low, min(reps) + 1))
        why = f"holds at {h_high} s: add a hold, {target} in every set"
        return _next(step, Change.MORE_REPS, why, target_reps=target, hold=h_high)
    return _harder(step, f"every hold reached {h_high} s", ctx)


def _harder(step: Step, why: str, ctx: Context) -> NextExercise:
    harder, blocked = ctx.variant([h for h in step.exercise.harder if _free(h, step, ctx)])
    if harder is None:
        d = step.dose
        tip = "hold with full tension" if d.hold_seconds else "lower slowly, over 3 s"
        text = f"{why}, and no harder variant fits ({blocked}): stay here and {tip}"
        return _next(
            step, Change.REPEAT, text, target_reps=_high(d.reps), hold=_high(d.hold_seconds)
        )
    moved = Step(harder, step.item, ctx.dose(harder, step.item))
    return start(moved, Change.HARDER_VARIANT, f"{why}: on to {harder.name}")


def _step_back(
    step: Step, last: ExerciseSession, fraction: float, change: Change, why: str, ctx: Context
) -> NextExercise:
    implement = load_implement(step.exercise)
    if implement is not None and last.loads:
        base = _lifted(last)
        lighter = cut(base, fraction, implement)
        if lighter.value > 0:
            text = f"{why}: {describe(base)} down to {describe(lighter)}"
            return _next(
                step,
                change,
                text,
                load=lighter,
                target_reps=_low(step.dose.reps),
                hold=_low(step.dose.hold_seconds),
            )
    easier, _ = ctx.variant([e for e in step.exercise.easier if _free(e, step, ctx)])
    if easier is not None and change is not Change.RESUME:
        moved = Step(easier, step.item, ctx.dose(easier, step.item))
        return start(moved, Change.EASIER_VARIANT, f"{why}: switch to {easier.name} for now")
    d = step.dose
    fewer = Dose(max(1, d.sets - 1), d.reps, d.hold_seconds, d.rest_seconds, d.source)
    text = f"{why}: one set fewer, at the bottom of the range"
    return _next(
        Step(step.exercise, step.item, fewer),
        change,
        text,
        target_reps=_low(d.reps),
        hold=_low(d.hold_seconds),
    )


def _free(exercise_id: str, step: Step, ctx: Context) -> bool:
    """A variant is free unless the plan uses it for another slot (its own item is fine)."""
    return exercise_id == step.item.exercise_id or exercise_id not in ctx.planned


def _missed(session: ExerciseSession, dose: Dose) -> bool:
    for s in session.sets:
        reps_target = s.target_reps or _low(dose.reps)
        if reps_target is not None and s.reps is not None and s.reps < reps_target:
            return True
        hold_target = s.target_hold_seconds or _low(dose.hold_seconds)
        if hold_target is not None and s.hold_seconds is not None and s.hold_seconds < hold_target:
            return True
    return False


def _lifted(session: ExerciseSession) -> Load:
    """The lightest working load of the session: what every set was at least done with."""
    loads = session.loads
    unit = loads[0].unit
    return min((load.to(unit) for load in loads), key=lambda load: load.value)


def _next(
    step: Step,
    change: Change,
    reason: str,
    *,
    load: Load | None = None,
    target_reps: int | None = None,
    hold: int | None = None,
    e1rm: Load | None = None,
) -> NextExercise:
    d = step.dose
    return NextExercise(
        exercise_id=step.exercise.id,
        planned_exercise_id=step.item.exercise_id,
        sets=d.sets,
        reps=d.reps,
        hold_seconds=d.hold_seconds,
        target_reps=target_reps if d.reps is not None else None,
        target_hold_seconds=hold if d.hold_seconds is not None else None,
        load=load,
        rest_seconds=d.rest_seconds,
        e1rm=None if e1rm is None else _rounded(e1rm),
        change=change,
        reason=f"{reason[0].upper()}{reason[1:]}" if reason else change.value,
    )


def _step_size(low: int, high: int) -> int:
    """About three sessions from the bottom of a range to its top (convention)."""
    return max(1, round((high - low) / 3))


def _low(r: tuple[int, int] | None) -> int | None:
    return None if r is None else r[0]


def _high(r: tuple[int, int] | None) -> int | None:
    return None if r is None else r[1]


def _rounded(load: Load) -> Load:
    return Load(round(load.value, 1), load.unit)
