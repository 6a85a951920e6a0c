"""`backstrong workout`: today's exercises set by set, with targets, rest and a pain check-in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console
from backstrong.entrypoints.cli.training.common import fail_plain, is_interactive, training

if TYPE_CHECKING:
    from datetime import date

    from backstrong.domain.training.model import EntrySet
    from backstrong.domain.training.sessions import TrainingSession
    from backstrong.domain.training.workout import PlannedExercise, PlannedSet, Step

ANSWER_HELP = (
    "Enter = as planned (a hold starts its timer) · type what you did (10 @ 60kg rpe 8, 30s)"
    " · s = skip · q = stop"
)


def workout(
    exercise: list[str] = typer.Option(
        [],
        "--exercise",
        help="An exercise id to do today (repeatable) [default: your program's next session, "
        "else last session's].",
    ),
    timer: bool = typer.Option(
        True, "--timer/--no-timer", help="Count rests and holds down, redrawn on one line."
    ),
) -> None:
    """Walk through today's exercises set by set; each set is stored as soon as it is done."""
    from backstrong.entrypoints.cli.training.workout_summary import print_summary

    user = acting_user()
    plan = training().workout(user, exercise)
    if not plan.plan:
        fail_plain(
            "nothing planned yet: make a plan (backstrong plan new), log a session first, "
            "or name exercises with --exercise"
        )
    names = training().names(user)
    _show_plan(plan.plan, names, plan.based_on, plan.source)
    session = _check_in(plan.session, "pain_before", "Back pain right now")
    step, skipped = plan.step, set[int]()
    while step is not None:
        answer = _ask_set(step, names)
        if answer == "q":
            break
        if isinstance(answer, str):  # "s": skip the rest of this exercise
            skipped.add(step.exercise_index)
        else:
            if answer is None and timer and is_interactive():
                _hold(step.target)
            training().log_step(user, step, answer, session.id)
            _rest(step.exercise.rest_seconds, timer and is_interactive())
        step = training().workout(user, exercise, skipped).step
    session = _check_in(session, "pain_after", "Back pain now, after the session")
    print_summary(session.id, names)


def _show_plan(
    plan: tuple[PlannedExercise, ...], names: dict[str, str], based_on: date | None, kind: str
) -> None:
    source = f"as on {based_on}" if based_on else "your list"
    if kind == "program":
        source = "your program's next session"
    console().print(f"Today's workout ({source}):", markup=False, highlight=False)
    for planned in plan:
        name = names.get(planned.exercise_id, planned.exercise_id)
        target = _target_text(planned.sets[0])
        console().print(f"  {name}: {len(planned.sets)} × {target}", markup=False)
    console().print(ANSWER_HELP, style="dim", markup=False)


def _check_in(session: TrainingSession | None, field: str, question: str) -> TrainingSession:
    from backstrong.domain.training.validation import TrainingValueError

    user = acting_user()
    if session is None:
        session = training().open_session(user)
    while True:
        text = str(
            typer.prompt(f"{question}, 0–10 (Enter to skip)", default="", show_default=False)
        )
        if not text.strip():
            return session
        try:
            return training().check_in_pain(user, field, int(text), session.id)
        except ValueError as exc:  # ask again
            console().print(f"{exc}" if isinstance(exc, TrainingValueError) else "type 0 to 10")


def _target_text(target: PlannedSet) -> str:
    from backstrong.domain.training.describe import target_text

    return target_text(target)


def _ask_set(step: Step, names: dict[str, str]) -> str | EntrySet | None:
    """None = as planned, an EntrySet = what was typed, or "s" / "q"."""
    from backstrong.domain.training.quick_entry import QuickEntryError, parse_quick_entry
    from backstrong.domain.units import MassUnit

    name = names.get(step.exercise.exercise_id, step.exercise.exercise_id)
    total = len(step.exercise.sets)
    prompt = f"{name}, set {step.set_index + 1} of {total}: {_target_text(step.target)}"
    while True:
        text = str(typer.prompt(prompt, default="", show_default=False)).strip()
        if text.lower() in ("s", "q"):
            return text.lower()
        if not text:
            return None
        try:
            entry = parse_quick_entry(f"set {text}", default_unit=MassUnit(acting_user().unit))
        except QuickEntryError as exc:
            console().print(exc.problem, markup=False)
            continue
        return entry.sets[0]


def _rest(seconds: int, countdown: bool) -> None:
    from backstrong.entrypoints.cli.training.timers import rest

    if seconds <= 0:
        return
    if not countdown:
        console().print(f"Rest {seconds} s.", style="dim", markup=False)
        return
    rest(console(), seconds)


def _hold(target: PlannedSet) -> None:
    """The hold timer for a timed set done as planned: each hold (per side) counted down."""
    from backstrong.entrypoints.cli.training.timers import hold

    if target.hold_seconds:
        side = "" if target.side is None else f"{target.side.value} side"
        hold(console(), target.hold_seconds, target.reps or 1, side)
