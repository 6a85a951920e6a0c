"""Body-weight use cases: weigh-ins, the trend, and adaptive expenditure from the food diary.

Projections (the Hall model, no storage) live in ``services.projection``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from backstrong.domain.accounts import User
from backstrong.domain.body.expenditure import (
    DayLog,
    ExpenditureEstimate,
    TargetSuggestion,
    estimate_expenditure,
    expenditure_prior_kcal,
    suggest_target,
)
from backstrong.domain.body.girths import parse_girth
from backstrong.domain.body.trend import Girth, TrendSummary, WeightEntry, summarise_trend
from backstrong.domain.nutrition.energy import FLOOR_KCAL, calorie_target
from backstrong.domain.nutrition.measurements import (
    BodyWeight,
    InvalidInput,
    parse_body_fat_percent,
    parse_body_weight,
)
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.diary import counts_as_complete
from backstrong.services.nutrition.service import MissingProfile
from backstrong.services.ports.body import LoggedWeight
from backstrong.services.unit_of_work import UnitOfWork

# Days of diary and weigh-ins the expenditure estimate looks back over (*convention*: long
# enough to settle the filter, short enough that old habits do not linger).
EXPENDITURE_WINDOW_DAYS = 90
NOT_LEARNT_NOTE = (
    "No complete day of food log yet: until there is, expenditure is the guess from your"
    " profile (BMR × activity)."
)
DATE_ONLY_HOUR = 8  # a weigh-in given only a date counts as that morning (*convention*)


class WeightNotFound(NotFound):
    def __init__(self, entry_id: int) -> None:
        super().__init__("weight entry", entry_id)
        self.entry_id = entry_id


@dataclass(frozen=True, slots=True)
class LeftOutDay:
    day: date
    reason: str


@dataclass(frozen=True, slots=True)
class ExpenditureReport:
    estimate: ExpenditureEstimate
    suggestion: TargetSuggestion | None
    left_out: tuple[LeftOutDay, ...]
    prior_kcal: float

    @property
    def learnt(self) -> bool:
        """Whether any complete day of food log went into the estimate; until then it is
        only the profile's guess nudged by weight changes, and not worth acting on."""
        return self.estimate.days_used > 0

    def to_dict(self) -> dict[str, object]:
        note = None if self.learnt else NOT_LEARNT_NOTE
        return {
            **self.estimate.to_dict(),
            "learnt": self.learnt,
            "note": note,
            "prior_kcal": round(self.prior_kcal),
            "suggestion": self.suggestion.to_dict() if self.suggestion else None,
            "left_out": [{"date": d.day.isoformat(), "reason": d.reason} for d in self.left_out],
        }


def weight_to_dict(logged: LoggedWeight) -> dict[str, object]:
    e = logged.entry
    return {
        "id": logged.id,
        "measured_at": e.moment.isoformat(),
        "weight_kg": round(e.weight_kg, 2),
        "body_fat_percent": e.body_fat_percent,
        "girths": {g.site: g.centimetres for g in e.girths},
    }


def moment_for(on: date, now: datetime) -> datetime:
    """When a weigh-in given as a day happened: ``now`` for today, else that day's morning in
    ``now``'s time zone; always returned in UTC."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if on == now.date():
        return now.astimezone(UTC)
    return datetime.combine(on, time(DATE_ONLY_HOUR), tzinfo=now.tzinfo).astimezone(UTC)


def read_weigh_in(
    weight: str | float,
    at: datetime,
    unit: str,
    body_fat: str | float | None = None,
    girths: Iterable[str] = (),
) -> WeightEntry:
    """A weigh-in from what people type; a bare number is in ``unit`` (kg or lb)."""
    if at.tzinfo is None:
        raise ValueError("measured_at must be timezone-aware")
    kilograms = parse_body_weight(weight, default_unit=unit).kilograms
    fat = None if body_fat is None or body_fat == "" else parse_body_fat_percent(body_fat)
    parsed: tuple[Girth, ...] = tuple(parse_girth(text) for text in girths)
    sites = [g.site for g in parsed]
    if len(set(sites)) < len(sites):
        raise InvalidInput("girth", ", ".join(sites), "give each site once")
    return WeightEntry(at, kilograms, fat, parsed)


def log_weight(uow: UnitOfWork, user: User, entry: WeightEntry) -> LoggedWeight:
    with uow:
        logged = uow.weight_entries.add(user.id, entry)
        uow.commit()
    return logged


def weights(uow: UnitOfWork, user: User) -> list[LoggedWeight]:
    with uow:
        return uow.weight_entries.list_for(user.id)


def get_weight(uow: UnitOfWork, user: User, entry_id: int) -> LoggedWeight:
    with uow:
        logged = uow.weight_entries.get(user.id, entry_id)
    if logged is None:
        raise WeightNotFound(entry_id)
    return logged


def replace_weight(uow: UnitOfWork, user: User, entry_id: int, entry: WeightEntry) -> LoggedWeight:
    with uow:
        changed = uow.weight_entries.replace(user.id, entry_id, entry)
        if changed is None:
            raise WeightNotFound(entry_id)
        uow.commit()
    return changed


def delete_weight(uow: UnitOfWork, user: User, entry_id: int) -> None:
    with uow:
        if not uow.weight_entries.delete(user.id, entry_id):
            raise WeightNotFound(entry_id)
        uow.commit()


def latest_weight(uow: UnitOfWork, user: User) -> BodyWeight | None:
    with uow:
        logged = uow.weight_entries.latest(user.id)
    return BodyWeight(logged.entry.weight_kg) if logged else None


def trend(uow: UnitOfWork, user: User) -> TrendSummary:
    return summarise_trend(logged.entry for logged in weights(uow, user))


def expenditure(uow: UnitOfWork, user: User, today: date) -> ExpenditureReport:
    """What the person really spends a day, from logged intake and weigh-ins of the last
    :data:`EXPENDITURE_WINDOW_DAYS` days, with a suggested change of their target."""
    start = today - timedelta(days=EXPENDITURE_WINDOW_DAYS - 1)
    with uow:
        profile = uow.nutrition_profiles.get(user.id)
        logged = uow.weight_entries.list_for(user.id)
        intake = uow.diary_entries.daily_kcal(user.id, start, today)
        marks = uow.diary_days.marks(user.id, start, today)
    if profile is None:
        raise MissingProfile("profile: set your sex, age, height and activity first")
    if not logged:
        raise MissingProfile("weight: log your weight first")
    weigh_ins = _weight_by_day(logged, start)
    target = calorie_target(profile.energy_profile(BodyWeight(logged[-1].entry.weight_kg), today))
    prior = expenditure_prior_kcal(target.bmr_kcal, profile.activity)
    logs, left_out = _day_logs(start, today, intake, weigh_ins, marks)
    estimate = estimate_expenditure(logs, prior)
    suggestion = None
    if estimate.days_used:
        floor = 0.0 if profile.allow_below_floor else FLOOR_KCAL[profile.sex]
        suggestion = suggest_target(
            target.target_kcal, estimate, profile.goal.daily_kcal_change, 1.0, floor
        )
    return ExpenditureReport(estimate, suggestion, tuple(left_out), prior)


def _weight_by_day(logged: list[LoggedWeight], start: date) -> dict[date, float]:
    """The last weigh-in of each local day since ``start``."""
    by_day: dict[date, float] = {}
    for item in logged:
        day = item.entry.moment.astimezone().date()
        if day >= start:
            by_day[day] = item.entry.weight_kg
    return by_day


def _day_logs(
    start: date,
    today: date,
    intake: dict[date, float],
    weigh_ins: dict[date, float],
    marked: Mapping[date, bool],
) -> tuple[list[DayLog], list[LeftOutDay]]:
    first = min([*weigh_ins, *intake], default=today)
    logs: list[DayLog] = []
    left_out: list[LeftOutDay] = []
    day = max(first, start)
    while day <= today:
        has_entries = day in intake
        complete = counts_as_complete(day, has_entries, marked.get(day), today)
        if not complete and (has_entries or day in weigh_ins):
            reason = _why_left_out(day, has_entries, marked.get(day), today)
            left_out.append(LeftOutDay(day, reason))
        logs.append(DayLog(day, intake.get(day), weigh_ins.get(day), complete and has_entries))
        day += timedelta(days=1)
    return logs, left_out


def _why_left_out(day: date, has_entries: bool, marked: bool | None, today: date) -> str:
    if marked is False:
        return "marked incomplete"
    if not has_entries:
        return "no food logged"
    return "today is still going on" if day >= today else "not complete"
