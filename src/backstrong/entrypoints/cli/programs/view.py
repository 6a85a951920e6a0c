"""How `backstrong plan` prints plans, sessions and red-flag advice in a terminal (Rich)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import (
    CHANGE_LABELS,
    SEVERITY_HEADINGS,
    daily_text,
    intake_summary,
    phase_name,
    prescribed_text,
    session_title,
    walking_text,
    week_title,
)
from backstrong.domain.programs.describe import next_text as next_dose
from backstrong.domain.programs.education import EducationNote
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS
from backstrong.domain.programs.plan import Plan, Week
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.red_flags import RED_FLAGS, ScreenResult
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.domain.programs.walking import WalkingTarget

if TYPE_CHECKING:
    from backstrong.services.programs.service import PlanView
from backstrong.services.ports.programs import ProgramSummary
from backstrong.services.programs.service import NoteRead


def _name(library: ExerciseLibrary, exercise_id: str) -> str:
    found = library.find(exercise_id)
    return exercise_id if found is None else found.name


def _unilateral(library: ExerciseLibrary, exercise_id: str) -> bool:
    found = library.find(exercise_id)
    return bool(found and found.unilateral)


def disclaimer(console: Console) -> None:
    console.print(Text(DISCLAIMER, style="italic"), soft_wrap=True)


def advice(console: Console, result: ScreenResult) -> None:
    """The screen's advice, unmissable: a red panel headed by what to do."""
    if result.severity is None:
        return
    lines = [Text(result.advice)]
    derived = {d.slug for d in result.derived}
    answered = [flag for flag in result.flags if flag.slug not in derived]
    if answered:
        lines.append(Text("\nYou answered yes to:", style="bold"))
        lines += [Text(f"• {flag.question}") for flag in answered]
    if result.derived:
        lines.append(Text("\nFrom your answers:", style="bold"))
        lines += [Text(f"• {d.why[0].upper()}{d.why[1:]}.") for d in result.derived]
        lines.append(
            Text(
                "If a clinician has checked this already, build the plan again with "
                + " ".join(f"--not-applicable {d.slug}" for d in result.derived)
                + "."
            )
        )
    heading = SEVERITY_HEADINGS[result.severity]
    console.print(
        Panel(Group(*lines), title=f"[bold]{heading}[/]", border_style="bold red", expand=False)
    )
    console.print("No plan was made.")
    disclaimer(console)


def red_flags(console: Console) -> None:
    table = Table(title="Red-flag questions", title_justify="left", show_lines=False)
    table.add_column("name", no_wrap=True, style="bold")
    table.add_column("question")
    table.add_column("if yes")
    for flag in RED_FLAGS:
        table.add_row(flag.slug, flag.question, SEVERITY_HEADINGS[flag.severity].lower())
    console.print(table)
    console.print(
        "Give any that apply with `backstrong plan new --red-flag NAME`. New back pain before "
        "20 or after 50 is also read from your age and how long the pain has lasted; if a "
        "clinician has checked it, say so with `--not-applicable NAME`."
    )
    signs = Table(title="Inflammatory back pain (a check-up, not a stop)", title_justify="left")
    signs.add_column("name", no_wrap=True, style="bold")
    signs.add_column("question")
    for sign in INFLAMMATORY_SIGNS:
        signs.add_row(sign.slug, sign.question)
    console.print(signs)
    console.print("Give any that apply with `--inflammatory-sign NAME`.")


def _warnings(console: Console, warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        console.print(f"[yellow]![/] {warning}", highlight=False, soft_wrap=True)


def plan_overview(console: Console, plan: Plan, library: ExerciseLibrary) -> None:
    i = plan.intake
    console.print(
        f"[bold]Your {len(plan.weeks)}-week plan[/] ({plan.id}): {i.days_per_week} sessions a "
        f"week of about {i.minutes_per_session} minutes, goal {i.goal.value}.",
        highlight=False,
    )
    table = Table(show_lines=False)
    for column in ("week", "phase", "deload", "sessions", "walking"):
        table.add_column(column)
    for week in plan.weeks:
        minutes = ", ".join(f"{s.estimated_minutes} min" for s in week.sessions)
        walk = "" if week.walking is None else f"{week.walking.minutes} min × {week.walking.days}"
        deload = "yes" if week.deload else ""
        table.add_row(str(week.number), week.phase.value, deload, minutes, walk)
    console.print(table)
    _daily(console, plan, library)
    _warnings(console, plan.warnings + plan.notes)
    for review in plan.reviews:
        console.print(Panel(review.advice, title="[bold]Worth a check-up[/]", expand=False))
    console.print(
        "See a week's sessions with `backstrong plan show --week N`; notes about your back "
        "with `backstrong plan notes`."
    )
    disclaimer(console)


def _daily(console: Console, plan: Plan, library: ExerciseLibrary) -> None:
    if not plan.daily_mobility:
        return
    console.print("[bold]Every day, apart from the sessions:[/]")
    for item in plan.daily_mobility:
        dose = daily_text(item, _unilateral(library, item.exercise_id))
        console.print(f"• {_name(library, item.exercise_id)}: {dose}", highlight=False)


def week_detail(
    console: Console,
    week: Week,
    library: ExerciseLibrary,
    upcoming: Sequence[NextSession | None] = (),
) -> None:
    """A week's sessions; those in ``upcoming`` (by index) as they will be after the log."""
    console.print(f"[bold]{week_title(week)}[/]", highlight=False)
    if week.walking is not None:
        console.print(week.walking.reason, highlight=False)  # it names the minutes and days
    ahead = {n.index: n for n in upcoming if n is not None}
    for session in week.sessions:
        if session.index in ahead:
            _session_ahead(console, ahead[session.index], library, session.estimated_minutes)
            continue
        table = Table(
            title=f"{session_title(week.number, session.index)} · about "
            f"{session.estimated_minutes} min",
            title_justify="left",
            show_lines=True,
        )
        table.add_column("exercise", style="bold")
        table.add_column("dose")
        table.add_column("why")
        for item in session.exercises:
            uni = _unilateral(library, item.exercise_id)
            table.add_row(_name(library, item.exercise_id), prescribed_text(item, uni), item.reason)
        console.print(table)
    disclaimer(console)


def _session_ahead(
    console: Console, nxt: NextSession, library: ExerciseLibrary, minutes: int
) -> None:
    title = f"{session_title(nxt.week, nxt.index)} · about {minutes} min · after your log"
    console.print(_next_table(nxt, library, title))


def next_session(
    console: Console,
    nxt: NextSession,
    library: ExerciseLibrary,
    walking: WalkingTarget | None = None,
) -> None:
    deload = " · deload week" if nxt.deload else ""
    console.print(
        f"[bold]Next: {session_title(nxt.week, nxt.index)}[/] · "
        f"{phase_name(nxt.phase).lower()}{deload}",
        highlight=False,
    )
    console.print(_next_table(nxt, library))
    _warnings(console, nxt.warnings)
    if walking is not None:
        console.print(f"{walking_text(walking)}, besides the session.", highlight=False)
    disclaimer(console)


def due_notes(console: Console, notes: Sequence[EducationNote]) -> None:
    """Notes shown now for the first time (read them again with `plan notes`)."""
    for note in notes:
        console.print(Panel(note.text, title=f"[bold]{note.title}[/]", expand=False))
    if notes:
        console.print("Read these again any time with `backstrong plan notes`.")


def notes(console: Console, found: Sequence[NoteRead]) -> None:
    for read in found:
        when = "not shown yet" if read.seen_at is None else f"shown {read.seen_at:%Y-%m-%d}"
        console.print(f"[bold]{read.note.title}[/] [dim]({when})[/]", highlight=False)
        console.print(read.note.text, soft_wrap=True, highlight=False)
        console.print()


def _next_table(nxt: NextSession, library: ExerciseLibrary, title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("exercise", style="bold")
    table.add_column("this time")
    table.add_column("change")
    table.add_column("why")
    for item in nxt.exercises:
        uni = _unilateral(library, item.exercise_id)
        name = _name(library, item.exercise_id)
        if item.exercise_id != item.planned_exercise_id:
            name += f" (for {_name(library, item.planned_exercise_id)})"
        table.add_row(name, next_dose(item, uni), CHANGE_LABELS[item.change], item.reason)
    return table


def plan_list(console: Console, listed: list[ProgramSummary]) -> None:
    if not listed:
        console.print("No plans yet: build one with `backstrong plan new`.")
        return
    table = Table(show_lines=False)
    for column in ("plan", "", "built", "what you asked for"):
        table.add_column(column)
    for p in listed:
        built = p.created_at.strftime("%Y-%m-%d")
        if p.started_at != p.created_at:
            built += f"\nagain {p.started_at:%Y-%m-%d}"
        table.add_row(str(p.id), "active" if p.active else "", built, intake_summary(p.intake))
    console.print(table)
    console.print(
        "Read one with `backstrong plan show --plan N`; make it yours again with "
        "`backstrong plan use N`."
    )


def with_disclaimer(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "disclaimer": DISCLAIMER}


def print_plan(
    view: PlanView, as_json: bool, week: int | None, upcoming: Sequence[NextSession | None] = ()
) -> None:
    """The plan as built (JSON), or in a terminal with the sessions still to come adjusted to
    the log (``upcoming``, one per session of ``week``)."""
    from backstrong.entrypoints.cli.runtime import console, print_json
    from backstrong.services.programs.mapping import plan_to_json
    from backstrong.services.programs.service import check_week

    plan = view.program.plan
    if week is not None:
        check_week(view.program, week)
    if as_json:
        data = plan_to_json(plan)
        if week is not None:
            data["weeks"] = [data["weeks"][week - 1]]
        print_json(with_disclaimer(data))
    elif week is not None:
        week_detail(console(), plan.weeks[week - 1], view.library, upcoming)
    else:
        plan_overview(console(), plan, view.library)
