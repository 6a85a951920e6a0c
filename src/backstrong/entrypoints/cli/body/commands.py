"""`backstrong weigh`, `backstrong weight` and `backstrong body`: weigh-ins, the trend,
adaptive expenditure, and projections through the Hall model."""

from __future__ import annotations

from pathlib import Path

import typer

from backstrong.entrypoints.cli.body.imports import import_weigh_ins
from backstrong.entrypoints.cli.nutrition.input import (
    ACTIVITY_OPTION,
    AGE_OPTION,
    DATE_OPTION,
    HEIGHT_OPTION,
    JSON_OPTION,
    SEX_OPTION,
    WEIGHT_OPTION,
    parse_day,
)
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

weight_app = typer.Typer(help="Where your weight is heading: projections and goal plans (models).")
app = typer.Typer(help="Your body weight: weigh-ins, trend and real energy expenditure.")
app.command("import")(import_weigh_ins)


@weight_app.command("project")
def project(
    sex: str | None = SEX_OPTION,
    age: str | None = AGE_OPTION,
    height: str | None = HEIGHT_OPTION,
    weight: str | None = WEIGHT_OPTION,
    pal: str | None = typer.Option(None, help="Physical activity level, 1.2–2.5 (or --activity)."),
    activity: str | None = ACTIVITY_OPTION,
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
    from backstrong.services.body.projection import PersonText, ProjectionRequest

    person = PersonText(sex or "", age or "", height or "", weight or "", pal or "", activity or "")
    request = ProjectionRequest(person, intake_change, schedule, days)
    user = acting_user()
    result = container().body.project(user, request)
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.weight_charts import MODEL_NOTE, projection_chart

        plot.write_bytes(render_png(projection_chart(result, user.unit), MODEL_NOTE))
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.body import ProjectionPublic

        print_json(shown(ProjectionPublic, result))
        return
    from backstrong.entrypoints.cli.body.view import show_projection

    show_projection(console(), result, plot, user.unit)


@weight_app.command("plan")
def plan(
    goal_weight: str = typer.Option(..., "--goal-weight", help="Where you want to be: '75 kg'."),
    by: str = typer.Option(..., help="By when: YYYY-MM-DD."),
    sex: str | None = SEX_OPTION,
    age: str | None = AGE_OPTION,
    height: str | None = HEIGHT_OPTION,
    weight: str | None = WEIGHT_OPTION,
    pal: str | None = typer.Option(None, help="Physical activity level, 1.2–2.5."),
    activity: str | None = ACTIVITY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """The constant daily intake that reaches a goal weight by a date (within safe limits)."""
    from backstrong.services.body.projection import GoalRequest, PersonText

    person = PersonText(sex or "", age or "", height or "", weight or "", pal or "", activity or "")
    on = parse_day(by)
    if on is None:
        fail("by: give a date, YYYY-MM-DD")
    result = container().body.plan(acting_user(), GoalRequest(person, goal_weight, on))
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.body import GoalPlanPublic

        print_json(shown(GoalPlanPublic, result))
        return
    from backstrong.entrypoints.cli.body.view import show_goal_plan

    show_goal_plan(console(), result)


def weigh(
    weight: str = typer.Argument(..., help="'81.2 kg', '179 lb', or a number in your unit."),
    day: str | None = DATE_OPTION,
    body_fat: str | None = typer.Option(None, "--body-fat", help="Body fat %, e.g. 18."),
    girth: list[str] = typer.Option(
        [], "--girth", help="A girth as site=size, e.g. waist=84 (cm) or 'waist=33 in'. Repeatable."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Log a weigh-in."""
    from backstrong.entrypoints.cli.body.view import in_unit
    from backstrong.services.body.service import WeighIn

    body, user = container().body, acting_user()
    on = parse_day(day)
    logged = body.log_weight(user, WeighIn(weight, on=on, body_fat=body_fat, girths=girth))
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.body import WeightPublic

        print_json(shown(WeightPublic, logged))
        return
    trend = body.trend(user).latest_trend_kg
    trend_text = f"; trend {in_unit(trend, user.unit)}" if trend is not None else ""
    when = (on or logged.entry.moment.astimezone(body.zone(user)).date()).isoformat()
    shown_weight = in_unit(logged.entry.weight_kg, user.unit)
    console().print(
        f"Logged {shown_weight} on {when}{trend_text}.", highlight=False, soft_wrap=True
    )


@app.command("list")
def list_(as_json: bool = JSON_OPTION) -> None:
    """Every weigh-in, oldest first."""
    body, user = container().body, acting_user()
    logged = body.weights(user)
    if as_json:
        from backstrong.entrypoints.public import shown_all
        from backstrong.entrypoints.public.body import WeightPublic

        print_json(shown_all(WeightPublic, logged))
        return
    from backstrong.entrypoints.cli.body.view import show_weights

    show_weights(console(), logged, user.unit, body.zone(user))


@app.command("remove")
def remove(entry_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Delete a weigh-in (ids are shown by `body list`)."""
    container().body.delete_weight(acting_user(), entry_id)
    console().print(f"Deleted weigh-in {entry_id}.", highlight=False, soft_wrap=True)


@app.command("trend")
def trend(
    plot: Path | None = typer.Option(None, help="Also draw the trend to this PNG file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your weight trend (smoothed) and its weekly rate of change."""
    user = acting_user()
    summary = container().body.trend(user)
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.weight_charts import trend_chart

        plot.write_bytes(render_png(trend_chart(summary, user.unit)))
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.body import TrendPublic

        print_json(shown(TrendPublic, summary))
        return
    from backstrong.entrypoints.cli.body.view import show_trend

    show_trend(console(), summary, user.unit, plot)


@app.command("expenditure")
def expenditure(as_json: bool = JSON_OPTION) -> None:
    """What you really spend a day, learnt from your food log and weigh-ins."""
    report = container().body.expenditure(acting_user())
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.body import ExpenditurePublic

        print_json(shown(ExpenditurePublic, report))
        return
    from backstrong.entrypoints.cli.body.view import show_expenditure

    show_expenditure(console(), report)
