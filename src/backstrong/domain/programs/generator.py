"""Build a periodized program from an intake and an exercise library.

The screen (screening.py) comes first: warning signs, or an age under 16, stop here with advice;
a suggested review goes into the plan. Otherwise each phase gets a weekly template chosen by the
CP-SAT model (solver.py) from the exercises its rules allow, dosed for the phase; weeks repeat
their phase's template, every fourth loaded week a deload. Walking, education notes and first
loads (from a calibration or the log) complete the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import Kind
from backstrong.domain.programs.daily_mobility import daily_routine
from backstrong.domain.programs.dosage import (
    BANDED_REGIONS,
    Dose,
    deloaded,
    dose_for,
    shortened,
    volume_band,
)
from backstrong.domain.programs.education import plan_education
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.intake import Experience, Goal, Intake
from backstrong.domain.programs.notices import IntakeNotices, PhaseNotices
from backstrong.domain.programs.phases import Phase, WeekFrame, gentle_length, week_frames
from backstrong.domain.programs.plan import Plan, PrescribedExercise, ReviewNote, Session, Week
from backstrong.domain.programs.plan_notes import plan_notes
from backstrong.domain.programs.reasons import FIRST_LOAD_ADVICE, choice_reason, deload_note
from backstrong.domain.programs.red_flags import ScreenResult
from backstrong.domain.programs.safety import exclusion, rules_for
from backstrong.domain.programs.scoring import (
    BALANCE_WORK,
    GLUTE_HAM_RAISE,
    MCGILL_BIG_THREE,
    SEED_LIFTS,
    Context,
    candidate,
    pruned,
    score,
)
from backstrong.domain.programs.screening import screen_intake
from backstrong.domain.programs.slots import (
    MAIN_LIFT_SLOTS,
    SlotKind,
    consecutive_sessions,
    per_session_cap,
    slot_priority,
    weekly_target,
)
from backstrong.domain.programs.solver import Candidate, Problem, Solution, solve
from backstrong.domain.programs.starting_loads import Estimate, estimates, first_load
from backstrong.domain.programs.time_budget import (
    budget_seconds,
    exercise_seconds,
    session_seconds,
    to_minutes,
)
from backstrong.domain.programs.walking import WalkingTarget, walking_weeks
from backstrong.domain.training.model import PerformedSet

SHORT_DOSE_ABOVE = 0.5  # offer a shortened dose when the full one takes over half a session
SCORE_SHORT_DOSE = 20  # preference lost by a shortened dose
SHORT_KEY = "@short"


@dataclass(frozen=True, slots=True)
class Choice:
    exercise: Exercise
    dose: Dose
    reason: str
    deload_reason: str  # the same choice in a deload week, with its smaller dose


@dataclass(frozen=True, slots=True)
class PhaseTemplate:
    phase: Phase
    sessions: tuple[tuple[Choice, ...], ...]


def generate_plan(
    intake: Intake,
    exercises: Iterable[Exercise],
    *,
    history: Iterable[PerformedSet] = (),
) -> Plan | ScreenResult:
    """A plan, or — when the screen stops the program — the screen's advice. ``history``
    (the person's logged sets) sets first loads, as the intake's calibration does. The plan's
    id is left empty: the service names a kept plan by its content (``mapping.content_id``)."""
    result = screen_intake(intake)
    if not result.clear:
        return result
    catalogue = {e.id: e for e in sorted(exercises, key=lambda e: e.id)}
    gentle = gentle_length(intake.weeks, intake.acute_weeks_left, intake.postnatal_weeks_left)
    frames = week_frames(intake.weeks, intake.starts_gently, gentle)
    intake_notices = IntakeNotices(intake, catalogue, frames)
    phase_notices = PhaseNotices(intake)
    templates: dict[Phase, PhaseTemplate] = {}
    previous: frozenset[str] = frozenset()
    for phase in dict.fromkeys(f.phase for f in frames):
        keep = templates.get(Phase.STRENGTH) if phase is Phase.CONSOLIDATION else None
        templates[phase] = _phase_template(intake, phase, catalogue, previous, phase_notices, keep)
        previous = frozenset(c.exercise.id for s in templates[phase].sessions for c in s)
    known = estimates(intake, history)
    walks = walking_weeks(intake, frames)
    weeks = tuple(
        _week(frame, templates[frame.phase], known, walk)
        for frame, walk in zip(frames, walks, strict=True)
    )
    daily = daily_routine(catalogue, rules_for(intake, frames[0].phase), intake.age)
    return Plan(
        "",
        intake,
        weeks,
        daily,
        intake_notices.messages() + phase_notices.messages(),
        tuple(ReviewNote(r.slug, r.advice) for r in result.reviews),
        plan_education(frames, walking=any(walks)),
        plan_notes(intake, catalogue),
    )


def _phase_template(
    intake: Intake,
    phase: Phase,
    catalogue: Mapping[str, Exercise],
    previous: frozenset[str],
    notices: PhaseNotices,
    keep: PhaseTemplate | None = None,
) -> PhaseTemplate:
    """Solve the phase's week; with ``keep`` (the strength phase, for consolidation), the same
    exercises at the new phase's dose when they still fit the time, without a new solve."""
    rules = rules_for(intake, phase)
    eligible = [e for e in catalogue.values() if exclusion(e, rules) is None]
    options = _options(eligible, intake, phase, catalogue, previous)
    problem = _problem(intake, phase, options, catalogue)
    solution = _kept(keep, options, problem) if keep is not None else None
    if solution is None:
        solution = solve(problem)
    notices.record(phase, eligible, problem, solution)
    sessions = tuple(
        tuple(_session_order([options[key][1] for key in keys])) for keys in solution.sessions
    )
    return PhaseTemplate(phase, sessions)


def _problem(
    intake: Intake,
    phase: Phase,
    options: Mapping[str, tuple[Candidate, Choice]],
    catalogue: Mapping[str, Exercise],
) -> Problem:
    budget = budget_seconds(intake.minutes_per_session)
    candidates = _main_lifts_only(
        [c for c, _ in options.values() if c.seconds <= budget], intake, phase, catalogue
    )
    days = intake.days_per_week
    return Problem(
        sessions=days,
        budget_seconds=budget,
        candidates=pruned(candidates, days),
        weekly_targets={
            k: weekly_target(k, intake.goal, days, intake.minutes_per_session) for k in SlotKind
        },
        session_caps={k: per_session_cap(k, intake.goal, days) for k in SlotKind},
        bands=dict.fromkeys(BANDED_REGIONS, volume_band(intake.experience, phase)),
        consecutive=consecutive_sessions(days),
        priority=slot_priority(intake.goal, intake.minutes_per_session),
        wanted=_wanted(intake, phase),
    )


def _wanted(intake: Intake, phase: Phase) -> frozenset[str]:
    """McGill's big three for every goal but strength; balance work with osteoporosis (Too Fit To
    Fracture: docs/sources.md#circumstances); after any gentle phase, the starting
    articles' glute-ham raise wherever a glute-ham machine is, and their squat, deadlift and good
    morning in intermediate and advanced plans (when the equipment, time and rules allow them: only
    eligible candidates are ever placed)."""
    big_three = frozenset() if intake.goal is Goal.STRENGTH else MCGILL_BIG_THREE
    balance = BALANCE_WORK if intake.osteoporosis else frozenset()
    if phase is Phase.GENTLE:
        return big_three | balance
    lifter = intake.experience is not Experience.NOVICE
    return big_three | balance | {GLUTE_HAM_RAISE} | (SEED_LIFTS if lifter else frozenset())


def _kept(
    keep: PhaseTemplate, options: Mapping[str, tuple[Candidate, Choice]], problem: Problem
) -> Solution | None:
    """The kept template's choices as a solution of ``problem``, or None when one is no longer
    a candidate or a session would run over time."""
    by_key = {c.key: c for c in problem.candidates}
    sessions = []
    for choices in keep.sessions:
        keys = []
        for choice in choices:
            short = f"{choice.exercise.id}{SHORT_KEY}"
            shorter = choice.dose.sets < _full_sets(options, choice)
            key = short if short in options and shorter else choice.exercise.id
            if key not in options:
                return None
            keys.append(key)
        fitted = _fit_time(keys, options, problem.budget_seconds)
        if fitted is None or any(k not in by_key for k in fitted):
            return None
        order = list(SlotKind)
        sessions.append(tuple(sorted(fitted, key=lambda k: (order.index(by_key[k].slot), k))))
    return Solution(tuple(sessions), optimal=False)


def _fit_time(
    keys: list[str], options: Mapping[str, tuple[Candidate, Choice]], budget: int
) -> list[str] | None:
    """Shorten the longest exercises (to their shortened dose) until the session fits."""
    keys = list(keys)
    for i in sorted(range(len(keys)), key=lambda i: -options[keys[i]][0].seconds):
        if sum(options[k][0].seconds for k in keys) <= budget:
            return keys
        short = f"{keys[i]}{SHORT_KEY}"
        if short in options:
            keys[i] = short
    return keys if sum(options[k][0].seconds for k in keys) <= budget else None


def _full_sets(options: Mapping[str, tuple[Candidate, Choice]], choice: Choice) -> int:
    full = options.get(choice.exercise.id)
    return full[1].dose.sets if full is not None else choice.dose.sets + 1


# Phases whose hinges and squats are loaded with a strength goal, for a novice (True) or not.
_LOADED_MAIN_LIFT_PHASES: dict[bool, frozenset[Phase]] = {
    True: frozenset({Phase.STRENGTH, Phase.CONSOLIDATION}),
    False: frozenset({Phase.BASE, Phase.STRENGTH, Phase.CONSOLIDATION}),
}


def _main_lifts_only(
    candidates: list[Candidate], intake: Intake, phase: Phase, catalogue: Mapping[str, Exercise]
) -> list[Candidate]:
    """With a strength goal, hinges and squats are loaded, not the body-weight drills that teach
    them (when a loaded one fits): for a trained lifter once any gentle phase is over, for a
    novice from the strength phase on, after a base phase to learn the movements."""
    if (
        intake.goal is not Goal.STRENGTH
        or phase not in _LOADED_MAIN_LIFT_PHASES[intake.experience is Experience.NOVICE]
    ):
        return candidates
    kept = BALANCE_WORK if intake.osteoporosis else frozenset()  # balance practice stays
    drop: set[str] = set()
    for slot in MAIN_LIFT_SLOTS:
        in_slot = [c for c in candidates if c.slot is slot]
        loaded = [c for c in in_slot if load_implement(catalogue[c.exercise_id]) is not None]
        if loaded:
            drop |= {c.key for c in in_slot if c not in loaded and c.exercise_id not in kept}
    return [c for c in candidates if c.key not in drop]


def _options(
    eligible: list[Exercise],
    intake: Intake,
    phase: Phase,
    catalogue: Mapping[str, Exercise],
    previous: frozenset[str],
) -> dict[str, tuple[Candidate, Choice]]:
    """Each eligible exercise at its full dose and, when that dose would take more than half a
    session, also at a shortened one (fewer sets) so tight schedules still cover the slots."""
    ctx = Context(intake, phase, previous)
    budget = budget_seconds(intake.minutes_per_session)
    options: dict[str, tuple[Candidate, Choice]] = {}
    for e in eligible:
        dose = dose_for(e, phase, intake.experience, intake.goal, intake.age)
        points = score(e, ctx, catalogue)
        full = candidate(e, dose, points)
        options[full.key] = (full, _choice(e, dose, intake, phase, catalogue, ""))
        if full.seconds > budget * SHORT_DOSE_ABOVE and dose.sets > 1:
            short = shortened(dose)
            c = candidate(e, short, max(0, points - SCORE_SHORT_DOSE), key=f"{e.id}{SHORT_KEY}")
            note = f"cut to {short.sets} sets to fit {intake.minutes_per_session}-minute sessions"
            options[c.key] = (c, _choice(e, short, intake, phase, catalogue, note))
    return options


def _choice(
    exercise: Exercise,
    dose: Dose,
    intake: Intake,
    phase: Phase,
    catalogue: Mapping[str, Exercise],
    note: str,
) -> Choice:
    suffix = f"; {note}" if note else ""
    reason = choice_reason(exercise, dose, intake, phase, catalogue) + suffix
    lighter = deloaded(dose, exercise)
    if lighter == dose:
        return Choice(exercise, dose, reason, reason)
    deload = choice_reason(exercise, lighter, intake, phase, catalogue) + suffix
    return Choice(exercise, dose, reason, deload_note(deload))


def _session_order(choices: list[Choice]) -> list[Choice]:
    """Mobility drills open the session (slot order from the solver); static stretches close it."""
    return sorted(choices, key=lambda c: c.exercise.kind is Kind.STRETCH)


def _week(
    frame: WeekFrame,
    template: PhaseTemplate,
    known: Mapping[str, Estimate],
    walking: WalkingTarget | None,
) -> Week:
    sessions = []
    for index, choices in enumerate(template.sessions):
        items = [_prescribed(choice, frame, known) for choice in choices]
        times = [
            exercise_seconds(
                Dose(i.sets, i.reps, i.hold_seconds, i.rest_seconds, ""), c.exercise.unilateral
            )
            for i, c in zip(items, choices, strict=True)
        ]
        minutes = to_minutes(session_seconds(times))
        sessions.append(Session(index, minutes, tuple(items)))
    return Week(frame.number, frame.phase, frame.deload, tuple(sessions), walking)


def _prescribed(
    choice: Choice, frame: WeekFrame, known: Mapping[str, Estimate]
) -> PrescribedExercise:
    dose = deloaded(choice.dose, choice.exercise) if frame.deload else choice.dose
    reason = choice.deload_reason if frame.deload else choice.reason
    suggested = first_load(choice.exercise, dose.reps, known)
    if suggested is not None:
        reason = reason.replace(FIRST_LOAD_ADVICE, suggested[1])
    return PrescribedExercise(
        exercise_id=choice.exercise.id,
        sets=dose.sets,
        reps=dose.reps,
        hold_seconds=dose.hold_seconds,
        load=None if suggested is None else suggested[0],
        rest_seconds=dose.rest_seconds,
        reason=reason,
    )
