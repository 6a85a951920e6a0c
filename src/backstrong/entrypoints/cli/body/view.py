"""How the body commands print for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backstrong.services.body.service import NOT_LEARNT_NOTE

if TYPE_CHECKING:
    from rich.console import Console

    from backstrong.services.body.service import ExpenditureReport


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
