"""How `backstrong plan` prints plans, sessions and red-flag advice in a terminal (Rich)."""

from __future__ import annotations

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
    week_title,
)
from backstrong.domain.programs.describe import next_text as next_dose
from backstrong.domain.programs.plan import Plan, Week
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.red_flags import RED_FLAGS, ScreenResult
from backstrong.domain.programs.safety import DISCLAIMER

if TYPE_CHECKING:
    from backstrong.services.programs.service import PlanView
from backstrong.services.ports.programs import ProgramSummary


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
    if result.flags:
        lines.append(Text("\nYou answered yes to:", style="bold"))
        lines += [Text(f"• {flag.question}") for flag in result.flags]
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
    console.print("Give any that apply with `backstrong plan new --red-flag NAME`.")


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
    for column in ("week", "phase", "deload", "sessions"):
        table.add_column(column)
    for week in plan.weeks:
        minutes = ", ".join(f"{s.estimated_minutes} min" for s in week.sessions)
        table.add_row(str(week.number), week.phase.value, "yes" if week.deload else "", minutes)
    console.print(table)
    _daily(console, plan, library)
    _warnings(console, plan.warnings)
    console.print("See a week's sessions with `backstrong plan show --week N`.")
    disclaimer(console)


def _daily(console: Console, plan: Plan, library: ExerciseLibrary) -> None:
    if not plan.daily_mobility:
        return
    console.print("[bold]Every day, apart from the sessions:[/]")
    for item in plan.daily_mobility:
        dose = daily_text(item, _unilateral(library, item.exercise_id))
        console.print(f"• {_name(library, item.exercise_id)}: {dose}", highlight=False)


def week_detail(console: Console, week: Week, library: ExerciseLibrary) -> None:
    console.print(f"[bold]{week_title(week)}[/]", highlight=False)
    for session in week.sessions:
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


def next_session(console: Console, nxt: NextSession, library: ExerciseLibrary) -> None:
    deload = " · deload week" if nxt.deload else ""
    console.print(
        f"[bold]Next: {session_title(nxt.week, nxt.index)}[/] · "
        f"{phase_name(nxt.phase).lower()}{deload}",
        highlight=False,
    )
    table = Table(show_lines=True)
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
    console.print(table)
    _warnings(console, nxt.warnings)
    disclaimer(console)


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


def print_plan(view: PlanView, as_json: bool, week: int | None) -> None:
    from backstrong.entrypoints.cli.runtime import console, print_json
    from backstrong.services.programs.service import check_week

    plan = view.program.plan
    if week is not None:
        check_week(view.program, week)
    if as_json:
        data = plan.to_dict()
        if week is not None:
            data["weeks"] = [data["weeks"][week - 1]]
        print_json(with_disclaimer(data))
    elif week is not None:
        week_detail(console(), plan.weeks[week - 1], view.library)
    else:
        plan_overview(console(), plan, view.library)
