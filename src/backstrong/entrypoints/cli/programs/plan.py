"""`backstrong plan`: the red-flag screen, a personal plan, today's session, exports, and the
plans built before. `plan new` lives in ``new`` (flags or questions) and ``wizard`` (the
questions); the terminal views in ``view``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.programs import new as plan_new
from backstrong.entrypoints.cli.programs import view as plan_view
from backstrong.entrypoints.cli.programs.view import with_disclaimer
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from backstrong.domain.programs.prescription import NextSession

app = typer.Typer(help="Your program: a safety screen, a personal plan, today's session, exports.")
app.command("new")(plan_new.new)

JSON_OPTION = plan_new.JSON_OPTION


@app.command("red-flags")
def red_flags(as_json: bool = JSON_OPTION) -> None:
    """The warning signs that stop a self-guided plan, and the inflammatory back-pain signs
    that suggest a check-up, with their names."""
    from backstrong.domain.programs.describe import SEVERITY_HEADINGS
    from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS
    from backstrong.domain.programs.red_flags import DERIVABLE_SLUGS, RED_FLAGS, Severity

    if not as_json:
        plan_view.red_flags(console())
        return
    print_json(
        [
            {
                "name": f.slug,
                "question": f.question,
                "severity": f.severity.value,
                "if_yes": SEVERITY_HEADINGS[f.severity],
                "derivable": f.slug in DERIVABLE_SLUGS,
            }
            for f in RED_FLAGS
        ]
        + [
            {
                "name": s.slug,
                "question": s.question,
                "severity": "review",
                "if_yes": SEVERITY_HEADINGS[Severity.REVIEW],
                "derivable": False,
            }
            for s in INFLAMMATORY_SIGNS
        ]
    )


@app.command("show")
def show(
    week: int | None = typer.Option(None, help="Show this week's sessions in full."),
    plan_id: int | None = typer.Option(
        None, "--plan", help="One of your earlier plans, by its number in `plan list`."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your plan: weeks, phases, deloads and walking, or one week's sessions (those still to
    come as they will be, after what you logged)."""
    programs, user = container().programs, acting_user()
    view = programs.view(user, plan_id)
    upcoming: list[NextSession | None] = []
    if week is not None and view.program.active and not as_json:
        upcoming = programs.upcoming_week(user, week)
    plan_view.print_plan(view, as_json, week, upcoming)


@app.command("notes")
def notes(as_json: bool = JSON_OPTION) -> None:
    """Short notes about your back that your plan shows along the way, to read again."""
    found = container().programs.notes(acting_user())
    if not as_json:
        plan_view.notes(console(), found)
        return
    from backstrong.entrypoints.public import shown_all
    from backstrong.entrypoints.public.programs import NoteReadPublic

    print_json(shown_all(NoteReadPublic, found))


@app.command("list")
def list_plans(as_json: bool = JSON_OPTION) -> None:
    """Every plan you built: the active one first, then the newest."""
    listed = container().programs.plans(acting_user())
    if not as_json:
        plan_view.plan_list(console(), listed)
        return
    from backstrong.entrypoints.public import shown_all
    from backstrong.entrypoints.public.programs import PlanSummaryPublic

    print_json(shown_all(PlanSummaryPublic, listed))


@app.command("use")
def use(program_id: int = typer.Argument(..., help="The plan's number in `plan list`.")) -> None:
    """Make one of your earlier plans your plan again; it starts again from week 1."""
    _, changed = container().programs.use(acting_user(), program_id)
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
    from backstrong.services.programs.mapping import next_session_to_json

    view = container().programs.upcoming(acting_user())
    assert view.upcoming is not None
    if as_json:
        data = next_session_to_json(view.upcoming)
        data["notes"] = [{"id": n.id, "title": n.title, "text": n.text} for n in view.notes]
        print_json(with_disclaimer(data))
    else:
        walking = view.program.plan.weeks[view.upcoming.week - 1].walking
        plan_view.next_session(console(), view.upcoming, view.library, walking)
        plan_view.due_notes(console(), view.notes)


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
    first = None if start is None else _date("--start", start)
    programs, user = container().programs, acting_user()
    if pdf is not None:
        handout = programs.handout(user, week)
        pdf.write_bytes(handout.pdf)
        console().print(f"Wrote the week {handout.week} handout to {pdf}", highlight=False)
    if ics is not None:
        calendar = programs.calendar(user, first)
        ics.write_bytes(calendar.ics)
        console().print(
            f"Wrote {calendar.sessions} sessions from {calendar.start.isoformat()} to {ics}",
            highlight=False,
        )


def _date(flag: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{flag} '{text}': a date like 2027-03-01 is needed")
