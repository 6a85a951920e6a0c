"""`backstrong weigh`, `backstrong weight` and `backstrong body`: weigh-ins, the trend,
adaptive expenditure, and projections through the Hall model."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.nutrition.commands import (
    ACTIVITY_HELP,
    AGE_HELP,
    HEIGHT_HELP,
    SEX_HELP,
    WEIGHT_HELP,
)
from backstrong.entrypoints.cli.nutrition.input import DATE_HELP, JSON_OPTION, parse_day, reported
from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json

if TYPE_CHECKING:
    from backstrong.domain.body.hall_model import Person
    from backstrong.services.body.projection import PersonText

weight_app = typer.Typer(help="Where your weight is heading: projections and goal plans (models).")
app = typer.Typer(help="Your body weight: weigh-ins, trend and real energy expenditure.")
MODEL_NOTE = (
    "This is a model (Hall et al. 2011, as in the NIH Body Weight Planner), not a promise:"
    " bodies differ. The 3,500-kcal rule beside it overstates long-run change."
)


def _person(sex: str | None, age: str | None, height: str | None, weight: str | None,
            pal: str | None, activity: str | None) -> Person:  # fmt: skip
    """The person as typed, gaps filled from the profile and latest weigh-in."""
    from backstrong.services.body import projection

    given = projection.PersonText(
        sex or "", age or "", height or "", weight or "", pal or "", activity or ""
    )
    with reported():
        if _has_gaps(given):
            c = container()
            known = projection.defaults_for(c.uow(), acting_user(), date.today())
            given = projection.filled(given, known)
        return projection.person_from_text(given)


def _has_gaps(given: PersonText) -> bool:
    person = (given.sex, given.age, given.height, given.weight)
    return not all(person) or not (given.pal or given.activity)


@weight_app.command("project")
def project(
    sex: str | None = typer.Option(None, help=SEX_HELP),
    age: str | None = typer.Option(None, help=AGE_HELP),
    height: str | None = typer.Option(None, help=HEIGHT_HELP),
    weight: str | None = typer.Option(None, help=WEIGHT_HELP),
    pal: str | None = typer.Option(None, help="Physical activity level, 1.2–2.5 (or --activity)."),
    activity: str | None = typer.Option(None, help=ACTIVITY_HELP),
    intake_change: str | None = typer.Option(
        None, "--intake-change", help="Change in daily intake, kcal (e.g. -500)."
    ),
    schedule: str | None = typer.Option(
        None, help="Changes over time, DAY:KCAL steps, e.g. '0:-600,180:-200'."
    ),
    days: int = typer.Option(365, help="How many days to project (1–3650)."),
    plot: Path | None = typer.Option(None, help="Also draw the projection to this PNG file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Project weight, fat and lean mass day by day, beside the 3,500-kcal rule's line."""
    from backstrong.services.body import projection as service

    person = _person(sex, age, height, weight, pal, activity)
    with reported():
        result = service.projection(person, service.intake_steps(intake_change, schedule), days)
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.weight_charts import MODEL_NOTE, projection_chart

        plot.write_bytes(render_png(projection_chart(result), MODEL_NOTE))
    if as_json:
        print_json(result.to_dict())
        return
    start, end, rule = result.trajectory[0], result.trajectory[-1], result.rule_3500[-1]
    out = console()
    out.print(
        f"Day 0: {start.weight_kg:.1f} kg → day {end.day}: {end.weight_kg:.1f} kg"
        f" ({end.weight_kg - start.weight_kg:+.1f} kg; fat {end.fat_kg - start.fat_kg:+.1f} kg)."
        f" The 3,500-kcal rule says {rule.weight_kg:.1f} kg.",
        highlight=False,
        soft_wrap=True,
    )
    out.print(f"Baseline intake (weight stays put): {result.baseline_intake_kcal:,.0f} kcal a day.",
              highlight=False, soft_wrap=True)  # fmt: skip
    for warning in result.warnings:
        out.print(f"[yellow]! {warning}[/]", highlight=False, soft_wrap=True)
    if plot is not None:
        out.print(f"Wrote {plot}", highlight=False, soft_wrap=True)
    out.print(MODEL_NOTE, style="dim", highlight=False, soft_wrap=True)


@weight_app.command("plan")
def plan(
    goal_weight: str = typer.Option(..., "--goal-weight", help="Where you want to be: '75 kg'."),
    by: str = typer.Option(..., help="By when: YYYY-MM-DD."),
    sex: str | None = typer.Option(None, help=SEX_HELP),
    age: str | None = typer.Option(None, help=AGE_HELP),
    height: str | None = typer.Option(None, help=HEIGHT_HELP),
    weight: str | None = typer.Option(None, help=WEIGHT_HELP),
    pal: str | None = typer.Option(None, help="Physical activity level, 1.2–2.5."),
    activity: str | None = typer.Option(None, help=ACTIVITY_HELP),
    as_json: bool = JSON_OPTION,
) -> None:
    """The constant daily intake that reaches a goal weight by a date (within safe limits)."""
    from backstrong.services.body import projection as service

    person = _person(sex, age, height, weight, pal, activity)
    with reported():
        result = service.goal_plan(person, goal_weight, parse_day(by), date.today())
    if as_json:
        print_json(result.to_dict())
        return
    console().print(result.message, highlight=False, soft_wrap=True)
    for warning in result.warnings:
        console().print(f"[yellow]! {warning}[/]", highlight=False, soft_wrap=True)
    console().print(MODEL_NOTE, style="dim", highlight=False, soft_wrap=True)


def weigh(
    weight: str = typer.Argument(..., help="'81.2 kg', '179 lb', or a number in your unit."),
    day: str | None = typer.Option(None, "--date", help=DATE_HELP),
    body_fat: str | None = typer.Option(None, "--body-fat", help="Body fat %, e.g. 18."),
    girth: list[str] = typer.Option(
        [], "--girth", help="A girth as site=size, e.g. waist=84 (cm) or 'waist=33 in'. Repeatable."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Log a weigh-in."""
    from backstrong.services.body import service as body

    c = container()
    user = acting_user()
    with reported():
        on = parse_day(day)
        entry = body.read_weigh_in(weight, _moment(on), user.unit, body_fat, girth)
        logged = body.log_weight(c.uow(), user, entry)
    if as_json:
        print_json(body.weight_to_dict(logged))
        return
    summary = body.trend(c.uow(), user)
    shown = _in_unit(logged.entry.weight_kg, user.unit)
    trend = summary.latest_trend_kg
    trend_text = f"; trend {_in_unit(trend, user.unit)}" if trend is not None else ""
    console().print(
        f"Logged {shown} on {on.isoformat()}{trend_text}.", highlight=False, soft_wrap=True
    )


def _moment(on: date) -> datetime:
    """Now for today; otherwise the morning of that day (local time, stored in UTC)."""
    from backstrong.services.body.service import moment_for

    return moment_for(on, datetime.now().astimezone())


def _in_unit(kilograms: float, unit: str) -> str:
    from backstrong.domain.units import convert

    if unit == "lb":
        return f"{convert(kilograms, 'kilogram', 'pound'):.1f} lb"
    return f"{kilograms:.1f} kg"


@app.command("list")
def list_(as_json: bool = JSON_OPTION) -> None:
    """Every weigh-in, oldest first."""
    from backstrong.services.body import service as body

    c = container()
    user = acting_user()
    logged = body.weights(c.uow(), user)
    if as_json:
        print_json([body.weight_to_dict(item) for item in logged])
        return
    for item in logged:
        e = item.entry
        fat = f" · {e.body_fat_percent:g} % fat" if e.body_fat_percent is not None else ""
        girths = "".join(f" · {g.site} {g.centimetres:g} cm" for g in e.girths)
        when = f"{e.moment.astimezone():%Y-%m-%d %H:%M}"
        line = f"#{item.id}  {when}  {_in_unit(e.weight_kg, user.unit)}{fat}{girths}"
        console().print(line, highlight=False, soft_wrap=True)


@app.command("remove")
def remove(entry_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Delete a weigh-in (ids are shown by `body list`)."""
    from backstrong.services.body import service as body

    c = container()
    with reported():
        body.delete_weight(c.uow(), acting_user(), entry_id)
    console().print(f"Deleted weigh-in {entry_id}.", highlight=False, soft_wrap=True)


@app.command("trend")
def trend(
    plot: Path | None = typer.Option(None, help="Also draw the trend to this PNG file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your weight trend (smoothed) and its weekly rate of change."""
    from backstrong.services.body import service as body

    c = container()
    user = acting_user()
    summary = body.trend(c.uow(), user)
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.weight_charts import trend_chart

        plot.write_bytes(render_png(trend_chart(summary, user.unit)))
    if as_json:
        print_json(summary.to_dict())
        return
    if summary.latest_trend_kg is None:
        console().print(
            "No weigh-ins yet: log one with `backstrong weigh 80 kg`.",
            highlight=False,
            soft_wrap=True,
        )
        return
    rate = summary.weekly_rate_kg
    rate_text = "not enough days yet for a weekly rate" if rate is None else (
        f"{_in_unit(rate, user.unit)} a week")  # fmt: skip
    console().print(f"Trend {_in_unit(summary.latest_trend_kg, user.unit)}; {rate_text}.",
                    highlight=False, soft_wrap=True)  # fmt: skip
    if plot is not None:
        console().print(f"Wrote {plot}", highlight=False, soft_wrap=True)


@app.command("expenditure")
def expenditure(as_json: bool = JSON_OPTION) -> None:
    """What you really spend a day, learnt from your food log and weigh-ins."""
    from backstrong.services.body import service as body

    c = container()
    with reported():
        report = body.expenditure(c.uow(), acting_user(), date.today())
    if as_json:
        print_json(report.to_dict())
        return
    from backstrong.entrypoints.cli.body.view import show_expenditure

    show_expenditure(console(), report)
