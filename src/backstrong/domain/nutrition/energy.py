"""The daily calorie target: BMR → TDEE → goal → safety floor → macros, each step explained.

No account is needed: everything comes from an :class:`EnergyProfile`.
"""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.nutrition.activity import ActivityLevel, parse_activity
from backstrong.domain.nutrition.bmr import BmrEquation, Sex, bmr_kcal, parse_equation, parse_sex
from backstrong.domain.nutrition.goals import MAINTAIN, GoalDirection, WeightGoal, parse_goal
from backstrong.domain.nutrition.life_stage import life_stage_energy
from backstrong.domain.nutrition.macros import (
    PROTEIN_G_PER_KG_DEFAULT,
    Macros,
    check_protein_g_per_kg,
    macro_plan,
)
from backstrong.domain.nutrition.measurements import (
    BodyWeight,
    Height,
    parse_age_years,
    parse_body_fat_percent,
    parse_body_weight,
    parse_height,
)

# Lowest daily intake without medical supervision (*convention*, NIH/NHLBI obesity guidelines).
FLOOR_KCAL: dict[Sex, float] = {Sex.FEMALE: 1200.0, Sex.MALE: 1500.0}
# Below this a diet is "very low calorie" and needs a doctor (NHLBI 1998); never targeted here,
# even with the override.
VERY_LOW_CALORIE_KCAL = 800.0
# Weekly change above ~1 % of body weight costs lean mass (Helms 2014: 0.5–1 %). *Convention*.
MAX_WEEKLY_CHANGE_FRACTION = 0.01

_EQUATION_NAMES = {
    BmrEquation.MIFFLIN_ST_JEOR: "Mifflin–St Jeor",
    BmrEquation.HARRIS_BENEDICT_REVISED: "Harris–Benedict (revised 1984)",
    BmrEquation.KATCH_MCARDLE: "Katch–McArdle",
}


@dataclass(frozen=True, slots=True)
class EnergyProfile:
    """What the calorie calculator asks. ``allow_below_floor`` is the explicit override."""

    sex: Sex
    age_years: float
    height: Height
    weight: BodyWeight
    activity: ActivityLevel
    goal: WeightGoal = MAINTAIN
    equation: BmrEquation = BmrEquation.MIFFLIN_ST_JEOR
    body_fat_percent: float | None = None
    protein_g_per_kg: float | None = None
    allow_below_floor: bool = False
    pregnancy_weeks: float | None = None  # how far along, when pregnant (life_stage)
    breastfeeding: bool = False


@dataclass(frozen=True, slots=True)
class CalorieTarget:
    bmr_kcal: float
    tdee_kcal: float
    goal_kcal_change: float  # from the goal alone, before any floor
    target_kcal: float
    floor_kcal: float
    floor_applied: bool
    warnings: tuple[str, ...]
    macros: Macros
    equation: BmrEquation
    explanations: tuple[str, ...]


def energy_profile_from_text(
    *,
    sex: str,
    age: str | float,
    height: str | float,
    weight: str | float,
    activity: str,
    goal: str = "maintain",
    equation: str = "mifflin-st-jeor",
    body_fat: str | float | None = None,
    protein_g_per_kg: float | None = None,
    allow_below_floor: bool = False,
) -> EnergyProfile:
    """Parse what a person typed; bare numbers mean cm for height and kg for weight."""
    return EnergyProfile(
        sex=parse_sex(sex),
        age_years=parse_age_years(age),
        height=parse_height(height, default_unit=None if isinstance(height, str) else "cm"),
        weight=parse_body_weight(weight, default_unit=None if isinstance(weight, str) else "kg"),
        activity=parse_activity(activity),
        goal=parse_goal(goal),
        equation=parse_equation(equation),
        body_fat_percent=None if body_fat is None else parse_body_fat_percent(body_fat),
        protein_g_per_kg=None
        if protein_g_per_kg is None
        else check_protein_g_per_kg(protein_g_per_kg),
        allow_below_floor=allow_below_floor,
    )


def calorie_target(profile: EnergyProfile) -> CalorieTarget:
    """BMR by the chosen equation, × activity = TDEE, + the goal, kept above the safety floor."""
    weight_kg = profile.weight.kilograms
    bmr = bmr_kcal(
        profile.equation,
        profile.sex,
        weight_kg,
        profile.height.centimetres,
        profile.age_years,
        profile.body_fat_percent,
    )
    tdee = bmr * profile.activity.multiplier
    stage = life_stage_energy(
        profile.goal.daily_kcal_change, profile.pregnancy_weeks, profile.breastfeeding
    )
    change = stage.goal_change
    target, floor_applied, floor_notes = _apply_floor(profile, tdee + stage.extra_kcal + change)
    rate = _rate_warnings(profile.goal, weight_kg) if change else []
    warnings = [*stage.notes, *floor_notes, *rate]
    protein_g_per_kg = profile.protein_g_per_kg or PROTEIN_G_PER_KG_DEFAULT
    plan = macro_plan(target, weight_kg, protein_g_per_kg)
    steps = _steps(profile, bmr, tdee, change)
    explanations = (*steps[:2], *stage.steps, *steps[2:], *plan.explanations)
    return CalorieTarget(
        bmr_kcal=bmr,
        tdee_kcal=tdee,
        goal_kcal_change=change,
        target_kcal=target,
        floor_kcal=FLOOR_KCAL[profile.sex],
        floor_applied=floor_applied,
        warnings=tuple(warnings),
        macros=plan.macros,
        equation=profile.equation,
        explanations=explanations,
    )


def _apply_floor(profile: EnergyProfile, wanted_kcal: float) -> tuple[float, bool, list[str]]:
    floor = FLOOR_KCAL[profile.sex]
    if wanted_kcal >= floor:
        return wanted_kcal, False, []
    people = "women" if profile.sex is Sex.FEMALE else "men"
    wanted = (
        f"works out at {wanted_kcal:,.0f} kcal a day"
        if wanted_kcal > 0
        else "asks for a cut bigger than all you spend in a day"
    )
    if not profile.allow_below_floor:
        note = (
            f"Your goal {wanted}, under the {floor:,.0f} kcal that {people} should not go below"
            f" without a doctor's care. The target is raised to {floor:,.0f} kcal, so expect to"
            " lose more slowly than the goal says."
        )
        return floor, True, [note]
    if wanted_kcal < VERY_LOW_CALORIE_KCAL:
        note = (
            f"Your goal {wanted}. Under"
            f" {VERY_LOW_CALORIE_KCAL:,.0f} kcal is a very-low-calorie diet that only a doctor"
            f" should run, so the target stops at {VERY_LOW_CALORIE_KCAL:,.0f} kcal even with"
            " the override."
        )
        return VERY_LOW_CALORIE_KCAL, True, [note]
    note = (
        f"You chose to go under the usual {floor:,.0f} kcal minimum for {people}. Eating"
        f" {wanted_kcal:,.0f} kcal a day is best done with a doctor or dietitian checking in."
    )
    return wanted_kcal, False, [note]


def _rate_warnings(goal: WeightGoal, weight_kg: float) -> list[str]:
    weekly_kg = abs(goal.kg_per_week)
    limit_kg = MAX_WEEKLY_CHANGE_FRACTION * weight_kg
    if weekly_kg <= limit_kg:
        return []
    share = f"{weekly_kg / weight_kg:.1%} of your body weight a week"
    if goal.direction is GoalDirection.LOSE:
        return [
            f"Losing {weekly_kg:.2f} kg a week is {share}; beyond about 1 % ({limit_kg:.2f} kg)"
            " more of the loss comes from muscle. A slower goal keeps more of it."
        ]
    return [
        f"Gaining {weekly_kg:.2f} kg a week is {share}; beyond about 1 % ({limit_kg:.2f} kg)"
        " most of the extra weight is fat rather than muscle."
    ]


def _steps(profile: EnergyProfile, bmr: float, tdee: float, change: float) -> tuple[str, ...]:
    level = profile.activity
    steps = [
        f"Resting energy (BMR) by {_EQUATION_NAMES[profile.equation]}: {bmr:,.0f} kcal a day.",
        f"Times {level.multiplier:g} for '{level.value}' activity ({level.description}):"
        f" {tdee:,.0f} kcal a day to stay at the same weight (TDEE).",
    ]
    if change:
        steps.append(
            f"Goal '{profile.goal.label}': {change:+,.0f} kcal a day, counting 3,500 kcal per"
            " pound of body weight. Real change slows over the months as the body adapts."
        )
    return tuple(steps)
