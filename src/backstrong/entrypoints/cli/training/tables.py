"""Terminal tables for the sets logged, records, weekly volume and the e1RM trend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.table import Table

from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES
from backstrong.domain.training.describe import load_text, number_text, seconds_text, set_text
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.sessions import LoggedSet
from backstrong.domain.training.volume import WeeklyVolume
from backstrong.entrypoints.cli.runtime import console
from backstrong.services.training.mapping import e1rm_of
from backstrong.services.training.progress import ExerciseProgress


def _table(title: str, *columns: str) -> Table:
    """A table with its title on the left and these column headings."""
    return Table(*columns, title=title, title_justify="left")


def print_history(
    found: Sequence[LoggedSet], names: Mapping[str, str], formula: Formula, unit: str | None = None
) -> None:
    if not found:
        console().print('Nothing logged yet. Try: backstrong log "bridge 2x15"', markup=False)
        return
    table = _table("Sets, newest first", "day", "exercise", "set", "e1RM")
    for logged in found:
        e1rm = e1rm_of(logged, formula)
        table.add_row(
            f"{logged.performed.performed_at:%Y-%m-%d}",
            names.get(logged.performed.exercise_id, logged.performed.exercise_id),
            set_text(logged.performed, unit),
            "" if e1rm is None else f"{e1rm.value:g} {e1rm.unit.value}",
        )
    console().print(table)


def print_records(
    found: Mapping[str, ExerciseRecords], names: Mapping[str, str], unit: str | None = None
) -> None:
    if not found:
        console().print("No records yet: log a few sets first.", markup=False)
        return
    table = _table(
        "Personal records", "exercise", "heaviest", "best e1RM", "best session", "longest hold"
    )
    for exercise_id in sorted(found, key=lambda i: names.get(i, i)):
        r = found[exercise_id]
        table.add_row(
            names.get(exercise_id, exercise_id),
            "" if r.heaviest is None else f"{load_text(r.heaviest.load, unit)} ({r.heaviest.on})",
            ""
            if r.best_one_rep_max is None
            else f"{load_text(r.best_one_rep_max.one_rep_max, unit)} ({r.best_one_rep_max.on})",
            ""
            if r.best_session_volume is None
            else f"{load_text(r.best_session_volume.volume, unit)} ({r.best_session_volume.on})",
            ""
            if r.longest_hold is None
            else f"{seconds_text(r.longest_hold.seconds)} ({r.longest_hold.on})",
        )
    console().print(table)


def print_volume(volume: WeeklyVolume, unit: str | None = None) -> None:
    if not volume.weeks:
        console().print("No working sets in these weeks.", markup=False)
        return
    table = _table(
        "Weekly volume (hard sets, tonnage)", "week of", "region", "hard sets", "tonnage"
    )
    for week in volume.weeks:
        table.add_row(
            week.week_start.isoformat(),
            REGION_LAY_NAMES.get(week.region, week.region.value),
            number_text(week.hard_sets),
            load_text(week.tonnage, unit),
        )
    console().print(table)
    if volume.unmapped_exercises:
        left_out = ", ".join(sorted(volume.unmapped_exercises))
        console().print(f"Left out (no known muscles): {left_out}", style="dim", markup=False)


def print_trend(name: str, points: tuple[TrendPoint, ...], unit: str | None = None) -> None:
    if not points:
        console().print(
            f"No estimate for {name} yet: it needs sets with a load and 1–10 reps.", markup=False
        )
        return
    table = _table(f"Estimated 1RM: {name}", "day", "e1RM", "from")
    for point in points:
        table.add_row(
            point.day.isoformat(),
            load_text(point.one_rep_max, unit),
            f"{point.reps} × {load_text(point.load, unit)} ({point.method})",
        )
    console().print(table)


def print_progress(progress: ExerciseProgress, unit: str | None = None) -> None:
    """The e1RM lines by method (sets over 10 reps marked), best sets and body-weight trends."""
    for line in progress.e1rm:
        if not line.points:
            continue
        method = "RPE chart" if line.method == "rpe-chart" else f"formula: {line.method}"
        table = _table(f"e1RM by {method}", "day", "e1RM", "reps")
        for p in line.points:
            mark = "" if p.reliable else "  (over 10 reps: less reliable)"
            table.add_row(p.day.isoformat(), load_text(p.one_rep_max, unit) + mark, str(p.reps))
        console().print(table)
    if progress.best_sets:
        table = _table("Best set and volume", "day", "best set", "volume")
        for b in progress.best_sets:
            table.add_row(
                b.day.isoformat(),
                f"{b.reps} × {load_text(b.load, unit)}",
                load_text(b.volume, unit),
            )
        console().print(table)
    for title, points, unit in (("Reps", progress.reps, "reps"), ("Time", progress.holds, "s")):
        if not points:
            continue
        table = _table(f"{title} per day", "day", "best set", "total")
        for t in points:
            table.add_row(t.day.isoformat(), f"{t.best:g} {unit}", f"{t.total:g} {unit}")
        console().print(table)
