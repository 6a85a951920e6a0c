"""Weight projections: a schedule of intake changes through the Hall model, next to the straight
line of the 3,500-kcal rule, and the constant intake that reaches a goal weight by a given day."""

from __future__ import annotations

import re
from dataclasses import dataclass

from backstrong.domain.body.hall_model import BodyState, HallModel, Person
from backstrong.domain.nutrition.energy import FLOOR_KCAL, MAX_WEEKLY_CHANGE_FRACTION
from backstrong.domain.nutrition.goals import DAYS_PER_WEEK, kcal_per_kg_rule
from backstrong.domain.nutrition.measurements import InvalidInput, check_between

MAX_PROJECTION_DAYS = 3650  # ten years: the model reaches its new steady state within ~5
# Activity change accepted, % of baseline activity expenditure (δ); −100 % would be none at all.
ACTIVITY_CHANGE_MIN_PERCENT = -90.0
ACTIVITY_CHANGE_MAX_PERCENT = 200.0
# Most a goal search may add to baseline intake: the 1,000 kcal/day surplus of the calculator's
# largest goal (gain 2 lb a week by the 3,500-kcal rule). *Convention*.
MAX_SURPLUS_KCAL = 1000.0
BISECTION_TOLERANCE_KCAL = 0.5  # intakes are shown to the kcal

_STEP = re.compile(r"\s*(?P<day>\d+)\s*:\s*(?P<kcal>[-+]?\d+(?:\.\d+)?)\s*")
_SCHEDULE_HELP = "give day:kcal steps separated by commas, e.g. '0:-600,180:0'"


@dataclass(frozen=True, slots=True)
class ScheduleStep:
    """From ``day`` on, intake differs from baseline by ``intake_change_kcal`` kcal/day."""

    day: int
    intake_change_kcal: float


@dataclass(frozen=True, slots=True)
class RulePoint:
    day: int
    weight_kg: float


@dataclass(frozen=True, slots=True)
class Projection:
    baseline_intake_kcal: float
    trajectory: tuple[BodyState, ...]
    rule_3500: tuple[RulePoint, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoalIntake:
    """The constant daily intake that reaches ``goal_weight_kg`` on ``by_day``, or, when that
    would leave the safe range, the nearest safe intake and where it leads."""

    goal_weight_kg: float
    by_day: int
    reachable: bool
    intake_kcal: float
    baseline_intake_kcal: float
    weight_on_day_kg: float
    message: str
    warnings: tuple[str, ...]

    @property
    def intake_change_kcal(self) -> float:
        return self.intake_kcal - self.baseline_intake_kcal


def parse_schedule(text: str) -> tuple[ScheduleStep, ...]:
    """``"0:-600,180:0"`` → −600 kcal/day from day 0, back to baseline from day 180."""
    steps = []
    for part in text.split(","):
        match = _STEP.fullmatch(part)
        if match is None:
            raise InvalidInput("schedule", text, _SCHEDULE_HELP)
        steps.append(ScheduleStep(int(match["day"]), float(match["kcal"])))
    days = [step.day for step in steps]
    if days != sorted(set(days)):
        raise InvalidInput("schedule", text, "days must go up, each once, e.g. '0:-600,180:0'")
    return tuple(steps)


def daily_intake_changes(steps: tuple[ScheduleStep, ...], days: int) -> list[float]:
    """The intake change of each day 0 … days − 1 (zero before the first step)."""
    changes = [0.0] * days
    ordered = sorted(steps, key=lambda step: step.day)
    for index, step in enumerate(ordered):
        end = ordered[index + 1].day if index + 1 < len(ordered) else days
        for day in range(step.day, min(end, days)):
            changes[day] = step.intake_change_kcal
    return changes


def project(
    person: Person,
    steps: tuple[ScheduleStep, ...],
    days: int,
    activity_change_percent: float = 0.0,
) -> Projection:
    """Weight, fat and fat-free mass for days 0 … ``days``, with the 3,500-kcal rule beside it.

    ``activity_change_percent`` changes activity expenditure from day 0 on (scales δ).
    """
    _check_days(days)
    factor = _activity_factor(activity_change_percent)
    model = HallModel.for_person(person)
    changes = daily_intake_changes(steps, days)
    baseline = model.baseline_intake_kcal
    lowest = baseline + min(changes, default=0.0)
    if lowest < 0:
        problem = f"the baseline intake is only {baseline:,.0f} kcal a day; cut less than that"
        raise InvalidInput("intake change", f"{lowest - baseline:+.0f} kcal", problem)
    trajectory = model.simulate(changes, [factor] * days)
    activity_kcal = (factor - 1.0) * model.delta * person.weight_kg
    return Projection(
        baseline,
        trajectory,
        rule_3500_line(person.weight_kg, changes, activity_kcal),
        _floor_warning(person, lowest),
    )


def rule_3500_line(
    weight_kg: float, intake_changes: list[float], extra_expenditure_kcal: float = 0.0
) -> tuple[RulePoint, ...]:
    """Weight if every 3,500 kcal (per lb, ≈ 7,716 per kg) of imbalance moved the scale forever."""
    kcal_per_kg = kcal_per_kg_rule()
    points = [RulePoint(0, weight_kg)]
    balance = 0.0
    for day, change in enumerate(intake_changes, 1):
        balance += change - extra_expenditure_kcal
        points.append(RulePoint(day, weight_kg + balance / kcal_per_kg))
    return tuple(points)


def intake_for_goal(
    person: Person, goal_weight_kg: float, by_day: int, activity_change_percent: float = 0.0
) -> GoalIntake:
    """Bisection on a constant intake, within the safe range: from the floor for the person's sex
    to baseline + :data:`MAX_SURPLUS_KCAL`."""
    _check_days(by_day)
    factor = _activity_factor(activity_change_percent)
    model = HallModel.for_person(person)
    baseline = model.baseline_intake_kcal
    low, high = FLOOR_KCAL[person.sex], baseline + MAX_SURPLUS_KCAL

    def weight_at(intake: float) -> float:
        return model.final_weight_kg(intake - baseline, by_day, factor)

    at_floor, at_ceiling = weight_at(low), weight_at(high)
    if at_floor > goal_weight_kg:
        bound = f"the safe minimum of {low:,.0f} kcal a day"
        return _out_of_reach(model, goal_weight_kg, by_day, low, at_floor, bound)
    if at_ceiling < goal_weight_kg:
        bound = f"the largest surplus offered, {high:,.0f} kcal a day"
        return _out_of_reach(model, goal_weight_kg, by_day, high, at_ceiling, bound)
    while high - low > BISECTION_TOLERANCE_KCAL:
        middle = 0.5 * (low + high)
        if weight_at(middle) < goal_weight_kg:
            low = middle
        else:
            high = middle
    intake = 0.5 * (low + high)
    message = (
        f"Eating about {intake:,.0f} kcal a day ({intake - baseline:+,.0f} from the"
        f" {baseline:,.0f} that keeps you at {person.weight_kg:.1f} kg) reaches"
        f" {goal_weight_kg:.1f} kg by day {by_day}."
    )
    warnings = _rate_warning(person.weight_kg, goal_weight_kg, by_day)
    return GoalIntake(
        goal_weight_kg, by_day, True, intake, baseline, weight_at(intake), message, warnings
    )


def _out_of_reach(
    model: HallModel, goal_kg: float, by_day: int, intake: float, reached_kg: float, bound: str
) -> GoalIntake:
    baseline = model.baseline_intake_kcal
    message = (
        f"{goal_kg:.1f} kg by day {by_day} is out of safe reach: even at {bound} you would weigh"
        f" about {reached_kg:.1f} kg then. Give it more time or choose a nearer goal."
    )
    return GoalIntake(goal_kg, by_day, False, intake, baseline, reached_kg, message, ())


def _floor_warning(person: Person, lowest_intake_kcal: float) -> tuple[str, ...]:
    floor = FLOOR_KCAL[person.sex]
    if lowest_intake_kcal >= floor:
        return ()
    return (
        f"At its lowest this plan means eating {lowest_intake_kcal:,.0f} kcal a day, under the"
        f" {floor:,.0f} kcal that is the usual minimum without a doctor's care.",
    )


def _rate_warning(start_kg: float, goal_kg: float, by_day: int) -> tuple[str, ...]:
    weekly_kg = abs(goal_kg - start_kg) / by_day * DAYS_PER_WEEK
    if weekly_kg <= MAX_WEEKLY_CHANGE_FRACTION * start_kg:
        return ()
    return (
        f"That is {weekly_kg:.2f} kg a week on average, more than about 1 % of your body weight;"
        " faster change costs more muscle. A later date is gentler.",
    )


def _activity_factor(change_percent: float) -> float:
    low, high = ACTIVITY_CHANGE_MIN_PERCENT, ACTIVITY_CHANGE_MAX_PERCENT
    accepted = f"give a change from {low:g} % to {high:g} %"
    check_between("activity change", change_percent, change_percent, low, high, accepted)
    return 1.0 + change_percent / 100.0


def _check_days(days: int) -> None:
    if not 1 <= days <= MAX_PROJECTION_DAYS:
        raise InvalidInput(
            "days", days, f"give a whole number of days from 1 to {MAX_PROJECTION_DAYS}"
        )
