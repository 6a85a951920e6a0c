"""`backstrong plan`: the red-flag screen, a personal plan, today's session, exports, and the
plans built before.

`plan new` asks its questions in a terminal (the red-flag screen first) unless the flags answer
them, `--yes` is given or stdin is not a terminal; then it asks nothing. Warning signs print the
advice, are recorded, and end with exit status 3: no plan is made. Favourite exercises are
given by name and found with the library's fuzzy search (see ``plan_favourites``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from backstrong.domain.exercises.library import ExerciseLibrary
    from backstrong.domain.programs.plan import Plan
    from backstrong.domain.programs.red_flags import ScreenResult

app = typer.Typer(help="Your program: a safety screen, a personal plan, today's session, exports.")

EXIT_RED_FLAG = 3
JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
REQUIRED_WITHOUT_QUESTIONS = ("age",)


def _library() -> ExerciseLibrary:
    c = container()
    return c.exercises.library_for(acting_user())


def _with_disclaimer(data: dict[str, Any]) -> dict[str, Any]:
    from backstrong.domain.programs.safety import DISCLAIMER

    return {**data, "disclaimer": DISCLAIMER}


def _given(**values: Any) -> dict[str, Any]:
    from backstrong.entrypoints.cli.programs.wizard import split_list

    data = {k: v for k, v in values.items() if v is not None and v != []}
    if "equipment" in data:
        data["equipment"] = split_list(data["equipment"]) or ["none"]
    return data


def _answers(given: dict[str, Any], red_flags: list[str], yes: bool) -> dict[str, Any]:
    """Ask what is missing in a terminal; otherwise fill defaults without asking."""
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    questions = ("age", "experience", "goal", "days_per_week", "minutes_per_session", "equipment")
    missing = [key for key in questions if key not in given]
    if missing and not yes and plan_wizard.stdin_is_terminal():
        flags = red_flags or plan_wizard.ask_red_flags()
        if flags:
            return {**given, "red_flags": flags}
        return {**plan_wizard.ask_intake(given), "red_flags": []}
    for key in REQUIRED_WITHOUT_QUESTIONS:
        if key not in given:
            fail(f"--{key}: needed when no questions are asked (no terminal, or --yes)")
    if not yes and not red_flags:
        from backstrong.entrypoints.cli.runtime import error_console

        error_console().print(
            "The red-flag questions were not asked: going on means none of them applies to "
            "you. Read them with `backstrong plan red-flags`.",
            highlight=False,
            soft_wrap=True,
        )
    return {**plan_wizard.DEFAULTS, **given, "red_flags": red_flags}


@app.command("new")
def new(
    level: str | None = typer.Option(
        None, "--level", help="Training experience: novice, intermediate or advanced."
    ),
    goal: str | None = typer.Option(None, help="pain-relief, strength or mobility."),
    days: int | None = typer.Option(None, help="Training days a week, 1–6."),
    minutes: int | None = typer.Option(None, help="Minutes per session, 15–120."),
    equipment: str | None = typer.Option(
        None,
        help="Presets or items, comma-separated: none, home-basic, home-dumbbells, "
        "home-barbell, gym, or items like mat,band,dumbbell [default: mat].",
    ),
    pain: int | None = typer.Option(None, help="Back pain right now, 0–10."),
    pain_duration: str | None = typer.Option(
        None, "--pain-duration", help="acute (< 4 weeks), subacute (4–12) or chronic (> 12)."
    ),
    sensitive: list[str] = typer.Option(
        [],
        "--sensitive",
        help="A movement that provokes your back: flexion, extension or rotation (repeatable).",
    ),
    red_flag: list[str] = typer.Option(
        [],
        "--red-flag",
        help="A warning sign that applies to you (repeatable; names from "
        "`backstrong plan red-flags`).",
    ),
    weeks: int | None = typer.Option(None, help="Length of the plan, 4–52 weeks [default: 12]."),
    age: int | None = typer.Option(None, help="Your age in years."),
    favourite: list[str] = typer.Option(
        [],
        "--favourite",
        help="An exercise you enjoy, by name or id (repeatable); close spellings are found, "
        "and a close match is asked about in a terminal (--yes takes the best).",
    ),
    as_json: bool = JSON_OPTION,
    yes: bool = typer.Option(
        False,
        "--yes",
        "-y",
        help="Ask nothing: warning signs not given count as no, and "
        "missing answers take their defaults.",
    ),
) -> None:
    """Build your plan: a red-flag screen first, then questions about you (or flags)."""
    from backstrong.domain.programs.errors import IntakeError
    from backstrong.domain.programs.intake import intake_from_dict
    from backstrong.domain.programs.red_flags import ScreenResult
    from backstrong.services.programs import service as programs

    given = _given(
        experience=level,
        goal=goal,
        days_per_week=days,
        minutes_per_session=minutes,
        equipment=equipment,
        pain=pain,
        pain_duration=pain_duration,
        sensitivities=[s.strip().lower() for s in sensitive],
        weeks=weeks,
        age=age,
        favourite_names=[name for name in favourite if name.strip()],
    )
    flags = [f.strip().lower() for f in red_flag]
    answers = _answers(given, flags, yes)
    c = container()
    try:
        if answers["red_flags"]:  # no need to ask the rest: the screen stops here
            result = programs.red_flag_screen(c.uow(), acting_user(), answers["red_flags"])
            _stop(result, as_json)
        answers["favourites"] = _favourites(answers.pop("favourite_names", []), yes, as_json)
        intake = intake_from_dict(answers)
    except IntakeError as exc:
        fail(str(exc))
    if not as_json:
        console().print("Building your plan…", highlight=False)
    outcome = programs.create_program(c.uow(), acting_user(), _library(), intake)
    if isinstance(outcome, ScreenResult):
        _stop(outcome, as_json)
    _print_plan(outcome, as_json, None)


def _favourites(names: list[str], yes: bool, as_json: bool) -> list[str]:
    from backstrong.entrypoints.cli.programs import favourites as plan_favourites
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard
    from backstrong.entrypoints.cli.runtime import error_console

    if not names:
        return []
    out = error_console() if as_json else console()  # JSON keeps stdout to itself
    interactive = plan_wizard.stdin_is_terminal()
    return plan_favourites.resolve(names, _library(), yes=yes, interactive=interactive, out=out)


def _stop(result: ScreenResult, as_json: bool) -> NoReturn:
    from backstrong.domain.programs.describe import screen_json
    from backstrong.entrypoints.cli.programs import view as plan_view

    if as_json:
        print_json(screen_json(result))
    else:
        plan_view.advice(console(), result)
    raise typer.Exit(EXIT_RED_FLAG)


def _print_plan(plan: Plan, as_json: bool, week: int | None) -> None:
    from backstrong.entrypoints.cli.programs import view as plan_view

    if week is not None and not 1 <= week <= len(plan.weeks):
        fail(f"--week '{week}': accepted 1–{len(plan.weeks)}")
    if as_json:
        data = plan.to_dict()
        if week is not None:
            data["weeks"] = [data["weeks"][week - 1]]
        print_json(_with_disclaimer(data))
    elif week is not None:
        plan_view.week_detail(console(), plan.weeks[week - 1], _library())
    else:
        plan_view.plan_overview(console(), plan, _library())


@app.command("red-flags")
def red_flags(as_json: bool = JSON_OPTION) -> None:
    """The warning signs that stop a self-guided plan, with their names."""
    from backstrong.domain.programs.describe import SEVERITY_HEADINGS
    from backstrong.domain.programs.red_flags import RED_FLAGS
    from backstrong.entrypoints.cli.programs import view as plan_view

    if as_json:
        print_json(
            [
                {
                    "name": f.slug,
                    "question": f.question,
                    "severity": f.severity.value,
                    "if_yes": SEVERITY_HEADINGS[f.severity],
                }
                for f in RED_FLAGS
            ]
        )
    else:
        plan_view.red_flags(console())


def _current() -> Plan:
    from backstrong.services.programs import service as programs

    c = container()
    try:
        return programs.current_program(c.uow(), acting_user()).plan
    except programs.NoProgram as exc:
        fail(str(exc))


def _kept(program_id: int) -> Plan:
    from backstrong.services.programs import service as programs

    try:
        return programs.get_program(container().uow(), acting_user(), program_id).plan
    except programs.ProgramNotFound as exc:
        fail(str(exc))


@app.command("show")
def show(
    week: int | None = typer.Option(None, help="Show this week's sessions in full."),
    plan_id: int | None = typer.Option(
        None, "--plan", help="One of your earlier plans, by its number in `plan list`."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your plan: weeks, phases and deloads, or one week's sessions."""
    _print_plan(_current() if plan_id is None else _kept(plan_id), as_json, week)


@app.command("list")
def list_plans(as_json: bool = JSON_OPTION) -> None:
    """Every plan you built: the active one first, then the newest."""
    from backstrong.domain.programs.describe import intake_summary
    from backstrong.entrypoints.cli.programs import view as plan_view
    from backstrong.services.programs import service as programs

    listed = programs.list_programs(container().uow(), acting_user())
    if not as_json:
        plan_view.plan_list(console(), listed)
        return
    print_json(
        [
            {
                "program_id": p.id,
                "plan_id": p.plan_id,
                "active": p.active,
                "created_at": p.created_at.isoformat(),
                "started_at": p.started_at.isoformat(),
                "summary": intake_summary(p.intake),
                "intake": p.intake.to_dict(),
            }
            for p in listed
        ]
    )


@app.command("use")
def use(program_id: int = typer.Argument(..., help="The plan's number in `plan list`.")) -> None:
    """Make one of your earlier plans your plan again; it starts again from week 1."""
    from backstrong.services.programs import service as programs

    try:
        _, changed = programs.use_program(container().uow(), acting_user(), program_id)
    except programs.ProgramNotFound as exc:
        fail(str(exc))
    if changed:
        console().print(
            f"Plan {program_id} is your plan again, from week 1; the weights follow what you "
            "have logged. See it with `backstrong plan show`.",
            highlight=False,
        )
    else:
        console().print(f"Plan {program_id} is already your plan.", highlight=False)


@app.command("today")
def today(as_json: bool = JSON_OPTION) -> None:
    """Your next session, adjusted to everything you logged."""
    from backstrong.entrypoints.cli.programs import view as plan_view
    from backstrong.services.programs import service as programs

    c = container()
    library = _library()
    try:
        nxt = programs.next_up(c.uow(), acting_user(), library)
    except programs.NoProgram as exc:
        fail(str(exc))
    if as_json:
        print_json(_with_disclaimer(nxt.to_dict()))
    else:
        plan_view.next_session(console(), nxt, library)


def next_monday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7 or 7)


@app.command("export")
def export(
    pdf: Path | None = typer.Option(None, "--pdf", help="Write a printable handout (PDF)."),
    ics: Path | None = typer.Option(None, "--ics", help="Write the sessions as a calendar."),
    start: str | None = typer.Option(
        None, help="First day of the calendar, YYYY-MM-DD [default: next Monday]."
    ),
    week: int | None = typer.Option(
        None, help="The week the handout shows [default: the week of your next session]."
    ),
) -> None:
    """Export your plan: a printable handout with pictures, and/or calendar events."""
    if pdf is None and ics is None:
        fail("give --pdf FILE, --ics FILE or both")
    plan = _current()
    library = _library()
    if pdf is not None:
        _write_pdf(plan, library, pdf, week)
    if ics is not None:
        _write_ics(plan, library, ics, _start(start))


def _start(text: str | None) -> date:
    if text is None:
        return next_monday(date.today())
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"--start '{text}': a date like {next_monday(date.today()).isoformat()} is needed")


def _write_pdf(plan: Plan, library: ExerciseLibrary, path: Path, week: int | None) -> None:
    from backstrong.adapters.files.programs.handout_pdf import render_handout_pdf
    from backstrong.services.programs import service as programs

    if week is None:
        c = container()
        week = programs.next_up(c.uow(), acting_user(), library).week
    if not 1 <= week <= len(plan.weeks):
        fail(f"--week '{week}': accepted 1–{len(plan.weeks)}")
    path.write_bytes(render_handout_pdf(plan, library, week))
    console().print(f"Wrote the week {week} handout to {path}", highlight=False)


def _write_ics(plan: Plan, library: ExerciseLibrary, path: Path, start: date) -> None:
    from backstrong.adapters.files.programs.calendar_ics import render_plan_ics

    path.write_bytes(render_plan_ics(plan, library, start))
    sessions = sum(len(w.sessions) for w in plan.weeks)
    console().print(
        f"Wrote {sessions} sessions from {start.isoformat()} to {path}", highlight=False
    )
