"""Basal metabolic rate: the energy a body spends at rest, from sex, weight, height and age.

Three published equations, in kcal/day, with weight in kg, height in cm and age in years.
"""

from __future__ import annotations

from enum import StrEnum

from backstrong.domain.nutrition.measurements import InvalidInput


class Sex(StrEnum):
    """Sex as the equations use it (they were fitted on men and women separately)."""

    MALE = "male"
    FEMALE = "female"


class BmrEquation(StrEnum):
    MIFFLIN_ST_JEOR = "mifflin-st-jeor"
    HARRIS_BENEDICT_REVISED = "harris-benedict-revised"
    KATCH_MCARDLE = "katch-mcardle"


# Mifflin–St Jeor, coefficients as published (Mifflin et al. 1990, Am J Clin Nutr 51:241);
# calculators often round them to 10 and 5. The Hall model uses the same published ones.
MIFFLIN_PER_KG = 9.99
MIFFLIN_PER_CM = 6.25
MIFFLIN_PER_YEAR = 4.92
MIFFLIN_MALE_CONSTANT = 5.0
MIFFLIN_FEMALE_CONSTANT = -161.0
# Harris–Benedict revised by Roza & Shizgal 1984 (Am J Clin Nutr 40:168).
HARRIS_BENEDICT_MALE = (88.362, 13.397, 4.799, 5.677)  # constant, per kg, per cm, per year
HARRIS_BENEDICT_FEMALE = (447.593, 9.247, 3.098, 4.330)  # constant, per kg, per cm, per year
# Katch–McArdle (McArdle, Katch & Katch, Exercise Physiology): 370 + 21.6 × lean body mass (kg).
KATCH_MCARDLE_CONSTANT = 370.0
KATCH_MCARDLE_PER_KG_LEAN = 21.6

_SEX_ALIASES = {"male": Sex.MALE, "m": Sex.MALE, "man": Sex.MALE, "female": Sex.FEMALE,
                "f": Sex.FEMALE, "woman": Sex.FEMALE}  # fmt: skip
_EQUATION_ALIASES = {
    "mifflin-st-jeor": BmrEquation.MIFFLIN_ST_JEOR, "mifflin": BmrEquation.MIFFLIN_ST_JEOR,
    "harris-benedict-revised": BmrEquation.HARRIS_BENEDICT_REVISED,
    "harris-benedict": BmrEquation.HARRIS_BENEDICT_REVISED,
    "katch-mcardle": BmrEquation.KATCH_MCARDLE, "katch": BmrEquation.KATCH_MCARDLE,
}  # fmt: skip


def parse_sex(text: str) -> Sex:
    sex = _SEX_ALIASES.get(text.strip().lower())
    if sex is None:
        raise InvalidInput("sex", text, "use 'male' or 'female'")
    return sex


def parse_equation(text: str) -> BmrEquation:
    key = text.strip().lower().replace(" ", "-").replace("_", "-").replace("–", "-")
    equation = _EQUATION_ALIASES.get(key)
    if equation is None:
        accepted = ", ".join(f"'{e.value}'" for e in BmrEquation)
        raise InvalidInput("equation", text, f"use one of {accepted}")
    return equation


def mifflin_st_jeor_kcal(sex: Sex, weight_kg: float, height_cm: float, age_years: float) -> float:
    constant = MIFFLIN_MALE_CONSTANT if sex is Sex.MALE else MIFFLIN_FEMALE_CONSTANT
    return (
        MIFFLIN_PER_KG * weight_kg
        + MIFFLIN_PER_CM * height_cm
        - MIFFLIN_PER_YEAR * age_years
        + constant
    )


def harris_benedict_revised_kcal(
    sex: Sex, weight_kg: float, height_cm: float, age_years: float
) -> float:
    constant, per_kg, per_cm, per_year = (
        HARRIS_BENEDICT_MALE if sex is Sex.MALE else HARRIS_BENEDICT_FEMALE
    )
    return constant + per_kg * weight_kg + per_cm * height_cm - per_year * age_years


def katch_mcardle_kcal(weight_kg: float, body_fat_percent: float) -> float:
    lean_kg = weight_kg * (1.0 - body_fat_percent / 100.0)
    return KATCH_MCARDLE_CONSTANT + KATCH_MCARDLE_PER_KG_LEAN * lean_kg


def bmr_kcal(
    equation: BmrEquation,
    sex: Sex,
    weight_kg: float,
    height_cm: float,
    age_years: float,
    body_fat_percent: float | None = None,
) -> float:
    """Basal metabolic rate in kcal/day by the chosen equation.

    Katch–McArdle needs the body-fat percentage; the others ignore it.
    """
    if equation is BmrEquation.KATCH_MCARDLE:
        if body_fat_percent is None:
            raise InvalidInput(
                "equation",
                equation.value,
                "needs your body-fat percentage; give it or choose 'mifflin-st-jeor'",
            )
        return katch_mcardle_kcal(weight_kg, body_fat_percent)
    if equation is BmrEquation.HARRIS_BENEDICT_REVISED:
        return harris_benedict_revised_kcal(sex, weight_kg, height_cm, age_years)
    return mifflin_st_jeor_kcal(sex, weight_kg, height_cm, age_years)
