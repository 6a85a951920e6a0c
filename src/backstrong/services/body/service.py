"""BodyService: the body-weight use cases, each taking the acting person first. Weigh-ins, the
trend, adaptive expenditure learnt from the food diary, and projections and goal plans through
the Hall model (``projection`` reads what people type for those)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import BinaryIO

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
from backstrong.domain.body.hall_model import Person
from backstrong.domain.body.projection import GoalIntake, Projection, project
from backstrong.domain.body.trend import Girth, TrendSummary, WeightEntry, summarise_trend
from backstrong.domain.body.weigh_in_import import WeighInPlan
from backstrong.domain.logged_dates import check_logged_day, check_logged_time
from backstrong.domain.nutrition.energy import FLOOR_KCAL, calorie_target
from backstrong.domain.nutrition.life_stage import model_note
from backstrong.domain.nutrition.measurements import (
    BodyWeight,
    InvalidInput,
    parse_body_fat_percent,
    parse_body_weight,
)
from backstrong.services.body import projection as typed
from backstrong.services.body import weigh_in_import
from backstrong.services.body.projection import GoalRequest, Outlook, PersonText, ProjectionRequest
from backstrong.services.body.weigh_in_import import WeighInReader
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.diary import counts_as_complete
from backstrong.services.nutrition.profile import MissingProfile
from backstrong.services.nutrition.service import NutritionService
from backstrong.services.ports.body import LoggedWeight
from backstrong.services.unit_of_work import UnitOfWork, UowFactory, delete_or_raise, fetch_or_raise

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

    @property
    def note(self) -> str | None:
        return None if self.learnt else NOT_LEARNT_NOTE


@dataclass(frozen=True, slots=True)
class WeighIn:
    """A weigh-in as typed: the weight (a bare number is in the person's unit), and when: a
    moment (timezone-aware), or a day (today: now; another day: that morning), or now."""

    weight: str | float
    at: datetime | None = None
    on: date | None = None
    body_fat: str | float | None = None
    girths: Sequence[str] = ()  # "waist=84", "hips=40 in"


@dataclass(frozen=True, slots=True)
class BodyOverview:
    """What the body page shows: the weigh-ins, the trend, and the expenditure estimate (or
    what is missing for it)."""

    today: date
    weights: list[LoggedWeight]
    trend: TrendSummary
    expenditure: ExpenditureReport | None
    missing: MissingProfile | None


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


def same_weigh_in(kept: WeightEntry, new: WeightEntry) -> bool:
    """The same weigh-in sent twice: same instant, weight, body fat and girths (to a gram and
    a tenth of a millimetre, what storage keeps)."""
    return (
        kept.moment == new.moment
        and abs(kept.weight_kg - new.weight_kg) < 1e-3
        and kept.body_fat_percent == new.body_fat_percent
        and {(g.site, round(g.centimetres, 2)) for g in kept.girths}
        == {(g.site, round(g.centimetres, 2)) for g in new.girths}
    )


class BodyService:
    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        nutrition: NutritionService,
        read_weigh_ins: WeighInReader | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._nutrition = nutrition
        self._read_weigh_ins = read_weigh_ins

    # --- importing weigh-ins ----------------------------------------------------------------

    def preview_weigh_ins(
        self,
        user: User,
        data: bytes | BinaryIO,
        fmt: str | None = None,
        *,
        skip_invalid: bool = False,
    ) -> WeighInPlan:
        """What importing the file (bytes, or a seekable binary file: the entrypoint checked
        its size) would add and skip (nothing is stored). Raises FieldError
        for an unknown layout, WeighInsRejected for unreadable rows unless ``skip_invalid``."""
        assert self._read_weigh_ins is not None, "built without a weigh-in file reader"
        parsed = self._read_weigh_ins(data, fmt, user.unit)
        return weigh_in_import.plan(self._uow(), user, parsed, self.zone(user), skip_invalid)

    def import_weigh_ins(
        self,
        user: User,
        data: bytes | BinaryIO,
        fmt: str | None = None,
        *,
        skip_invalid: bool = False,
    ) -> WeighInPlan:
        """Import the file's new weigh-ins, all or nothing; those at a moment already logged
        are skipped, so importing the same file again adds nothing."""
        planned = self.preview_weigh_ins(user, data, fmt, skip_invalid=skip_invalid)
        return weigh_in_import.apply(self._uow(), user, planned)

    # --- weigh-ins --------------------------------------------------------------------------

    def weigh_in(self, user: User, typed: WeighIn) -> WeightEntry:
        """The weigh-in read from what was typed (nothing is stored)."""
        if typed.at is not None and typed.at.tzinfo is None:
            accepted = "give a time zone, e.g. 2026-01-05T07:30:00+01:00"
            raise InvalidInput("measured_at", typed.at.isoformat(), accepted)
        now = self._clock.local_now(user)
        if typed.at is not None:
            check_logged_time("measured_at", typed.at, now.date())
        if typed.on is not None:
            check_logged_day("date", typed.on, now.date())
        at = typed.at or moment_for(typed.on or now.date(), now)
        return read_weigh_in(typed.weight, at, user.unit, typed.body_fat, typed.girths)

    def log_weight(self, user: User, typed: WeighIn) -> LoggedWeight:
        entry = self.weigh_in(user, typed)
        with self._uow() as uow:
            logged = uow.weight_entries.add(user.id, entry)
            uow.commit()
        return logged

    def record_weight(self, user: User, typed: WeighIn) -> tuple[LoggedWeight, bool]:
        """Log a weigh-in unless the very same one (moment and values) is there already, and say
        whether it is new: a phone that sends its offline queue again after a lost answer
        stores each weigh-in once."""
        entry = self.weigh_in(user, typed)
        with self._uow() as uow:
            for logged in uow.weight_entries.list_for(user.id):
                if same_weigh_in(logged.entry, entry):
                    return logged, False
            logged = uow.weight_entries.add(user.id, entry)
            uow.commit()
        return logged, True

    def weights(self, user: User) -> list[LoggedWeight]:
        """Every weigh-in, oldest first."""
        with self._uow() as uow:
            return uow.weight_entries.list_for(user.id)

    def weight(self, user: User, entry_id: int) -> LoggedWeight:
        return fetch_or_raise(
            self._uow(),
            lambda uow: uow.weight_entries.get(user.id, entry_id),
            WeightNotFound(entry_id),
        )

    def replace_weight(self, user: User, entry_id: int, typed: WeighIn) -> LoggedWeight:
        entry = self.weigh_in(user, typed)
        with self._uow() as uow:
            changed = uow.weight_entries.replace(user.id, entry_id, entry)
            if changed is None:
                raise WeightNotFound(entry_id)
            uow.commit()
        return changed

    def delete_weight(self, user: User, entry_id: int) -> None:
        delete_or_raise(
            self._uow(),
            lambda uow: uow.weight_entries.delete(user.id, entry_id),
            WeightNotFound(entry_id),
        )

    def trend(self, user: User) -> TrendSummary:
        return summarise_trend(logged.entry for logged in self.weights(user))

    def zone(self, user: User) -> tzinfo:
        """The person's time zone, in which their weigh-ins are shown and fall on days."""
        return self._clock.zone(user)

    # --- expenditure ------------------------------------------------------------------------

    def expenditure(self, user: User) -> ExpenditureReport:
        """What the person really spends a day, from logged intake and weigh-ins of the last
        :data:`EXPENDITURE_WINDOW_DAYS` days up to their today, with a suggested change of their
        target. Raises MissingProfile without a profile or a weigh-in."""
        return expenditure_report(self._uow(), user, self._clock.today(user), self.zone(user))

    def overview(self, user: User) -> BodyOverview:
        """The weigh-ins, the trend and the expenditure estimate (or what it still needs)."""
        logged = self.weights(user)
        summary = summarise_trend(item.entry for item in logged)
        try:
            report: ExpenditureReport | None = self.expenditure(user)
            missing = None
        except MissingProfile as exc:
            report, missing = None, exc
        return BodyOverview(self._clock.today(user), logged, summary, report, missing)

    # --- projections (a model; no account needed) -------------------------------------------

    def person_defaults(self, user: User | None) -> PersonText:
        """What the person's profile and latest weigh-in say, as text for a form or command."""
        return typed.person_defaults(self._nutrition.profile_defaults(user))

    def project(self, user: User | None, request: ProjectionRequest) -> Projection:
        """Weight, fat and fat-free mass day by day beside the 3,500-kcal rule's line."""
        person = self._person(user, request.person, request.weight_unit)
        steps = typed.intake_steps(request.intake_change, request.schedule)
        projection = project(person, steps, request.days)
        dated = None if user is None else self._nutrition.profile(user)
        if dated is not None:  # pregnancy and breastfeeding are outside the model's fit
            found = dated.profile
            note = model_note(found.due_date, found.breastfeeding, dated.today)
            if note:
                projection = replace(projection, warnings=(*projection.warnings, note))
        return projection

    def plan(self, user: User | None, request: GoalRequest) -> GoalIntake:
        """The constant daily intake that reaches the goal weight by the day (within safe
        limits), counted from the person's today."""
        person = self._person(user, request.person, request.weight_unit)
        today = self._clock.today(user)
        return typed.goal_plan(person, request.goal_weight, request.by, today, request.weight_unit)

    def outlook(
        self, user: User | None, request: ProjectionRequest, goal: GoalRequest | None
    ) -> Outlook:
        """The projection, and the plan for ``goal`` when one is given."""
        plan = None if goal is None else self.plan(user, goal)
        return Outlook(self.project(user, request), plan)

    def _person(self, user: User | None, given: PersonText, weight_unit: str) -> Person:
        """The person as typed; with ``user``, gaps are filled from their profile."""
        if user is not None and given.has_gaps():
            given = typed.filled(given, self.person_defaults(user))
        return typed.person_from_text(given, weight_unit)


def expenditure_report(uow: UnitOfWork, user: User, today: date, zone: tzinfo) -> ExpenditureReport:
    """What the person really spends a day, from logged intake and weigh-ins of the last
    :data:`EXPENDITURE_WINDOW_DAYS` days, with a suggested change of their target."""
    start = today - timedelta(days=EXPENDITURE_WINDOW_DAYS - 1)
    with uow:
        profile = uow.nutrition_profiles.get(user.id)
        logged = uow.weight_entries.list_for(user.id)
        intake = uow.diary_entries.daily_kcal(user.id, start, today)
        marks = uow.diary_days.marks(user.id, start, today)
    if profile is None:
        raise MissingProfile("profile", "set your sex, age, height and activity first")
    if not logged:
        raise MissingProfile("weight", "log your weight first")
    weigh_ins = _weight_by_day(logged, start, zone)
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


def _weight_by_day(logged: list[LoggedWeight], start: date, zone: tzinfo) -> dict[date, float]:
    """The last weigh-in of each of the person's days since ``start``."""
    by_day: dict[date, float] = {}
    for item in logged:
        day = item.entry.moment.astimezone(zone).date()
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
