"""How the body commands print for people (--json prints the public JSON shapes of
``entrypoints.public.body``)."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from backstrong.entrypoints.cli.runtime import print_warnings
from backstrong.services.body.service import NOT_LEARNT_NOTE

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.domain.body.projection import GoalIntake, Projection
    from backstrong.domain.body.trend import TrendSummary
    from backstrong.services.body.service import ExpenditureReport
    from backstrong.services.ports.body import LoggedWeight

MODEL_NOTE = (
    "This is a model (Hall et al. 2011, as in the NIH Body Weight Planner), not a promise:"
    " bodies differ. The 3,500-kcal rule beside it overstates long-run change."
)


def in_unit(kilograms: float, unit: str, signed: bool = False) -> str:
    from backstrong.domain.units import weight_text

    return weight_text(kilograms, unit, signed)


def show_weights(console: Console, logged: list[LoggedWeight], unit: str, zone: tzinfo) -> None:
    for item in logged:
        e = item.entry
        fat = f" · {e.body_fat_percent:g} % fat" if e.body_fat_percent is not None else ""
        girths = "".join(f" · {g.site} {g.centimetres:g} cm" for g in e.girths)
        when = f"{e.moment.astimezone(zone):%Y-%m-%d %H:%M}"
        line = f"#{item.id}  {when}  {in_unit(e.weight_kg, unit)}{fat}{girths}"
        console.print(line, highlight=False, soft_wrap=True)


def show_trend(console: Console, summary: TrendSummary, unit: str, plot: Path | None) -> None:
    if summary.latest_trend_kg is None:
        console.print(
            "No weigh-ins yet: log one with `backstrong weigh 80 kg`.",
            highlight=False,
            soft_wrap=True,
        )
        return
    rate = summary.weekly_rate_kg
    rate_text = "not enough days yet for a weekly rate" if rate is None else (
        f"{in_unit(rate, unit)} a week")  # fmt: skip
    console.print(f"Trend {in_unit(summary.latest_trend_kg, unit)}; {rate_text}.",
                  highlight=False, soft_wrap=True)  # fmt: skip
    if plot is not None:
        console.print(f"Wrote {plot}", highlight=False, soft_wrap=True)


def show_projection(
    console: Console, result: Projection, plot: Path | None, unit: str = "kg"
) -> None:
    start, end, rule = result.trajectory[0], result.trajectory[-1], result.rule_3500[-1]
    change = in_unit(end.weight_kg - start.weight_kg, unit, signed=True)
    fat = in_unit(end.fat_kg - start.fat_kg, unit, signed=True)
    console.print(
        f"Day 0: {in_unit(start.weight_kg, unit)} → day {end.day}: {in_unit(end.weight_kg, unit)}"
        f" ({change}; fat {fat}). The 3,500-kcal rule says {in_unit(rule.weight_kg, unit)}.",
        highlight=False,
        soft_wrap=True,
    )
    console.print(
        f"Baseline intake (weight stays put): {result.baseline_intake_kcal:,.0f} kcal a day.",
        highlight=False,
        soft_wrap=True,
    )
    print_warnings(console, result.warnings)
    if plot is not None:
        console.print(f"Wrote {plot}", highlight=False, soft_wrap=True)
    console.print(MODEL_NOTE, style="dim", highlight=False, soft_wrap=True)


def show_goal_plan(console: Console, result: GoalIntake) -> None:
    console.print(result.message, highlight=False, soft_wrap=True)
    print_warnings(console, result.warnings)
    console.print(MODEL_NOTE, style="dim", highlight=False, soft_wrap=True)


def show_expenditure(console: Console, report: ExpenditureReport) -> None:
    estimate = report.estimate
    if not report.learnt:
        console.print(
            f"About {report.prior_kcal:,.0f} kcal a day, from your profile. {NOT_LEARNT_NOTE}",
            highlight=False,
            soft_wrap=True,
        )
        _left_out(console, report)
        return
    console.print(
        f"[bold]You spend about {estimate.expenditure_kcal:,.0f} kcal a day[/]"
        f" (± {estimate.sd_kcal:,.0f}), from {estimate.days_used} logged day(s);"
        f" the starting guess was {report.prior_kcal:,.0f}.",
        highlight=False,
        soft_wrap=True,
    )
    if report.suggestion is not None:
        s = report.suggestion
        console.print(
            f"Suggested target: {s.suggested_target_kcal:,.0f} kcal ({s.change_kcal:+,.0f}). "
            f"{s.explanation}",
            highlight=False,
            soft_wrap=True,
        )
    _left_out(console, report)


def _left_out(console: Console, report: ExpenditureReport) -> None:
    if report.left_out:
        console.print(f"Left out ({len(report.left_out)} day(s)):", highlight=False, soft_wrap=True)
        for day in report.left_out[-14:]:
            console.print(f"  {day.day.isoformat()}: {day.reason}", highlight=False, soft_wrap=True)
        console.print(
            "Mark a day whose log is complete with `backstrong nutrition close-day --date DAY`.",
            style="dim",
            highlight=False,
            soft_wrap=True,
        )
