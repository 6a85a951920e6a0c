"""Macronutrient targets for a daily energy target: protein, a fat floor, carbohydrate the rest."""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.nutrition.measurements import check_between

# Atwater general factors, kcal per gram.
PROTEIN_KCAL_PER_G = 4.0
FAT_KCAL_PER_G = 9.0
CARBOHYDRATE_KCAL_PER_G = 4.0

# Protein for people who train with weights: 1.6–2.2 g/kg/day (ISSN position stand, Jäger 2017;
# Morton 2018 meta-analysis: gains in lean mass level off near 1.6 g/kg). *Convention*.
PROTEIN_G_PER_KG_DEFAULT = 1.6
# What a person may choose instead: from the adult RDA (0.8 g/kg, IOM 2005) to 3.1 g/kg
# (Helms 2014, upper end for lean athletes in a deficit).
PROTEIN_G_PER_KG_MIN = 0.8
PROTEIN_G_PER_KG_MAX = 3.1
# Fat no lower than 25 % of energy (sports-nutrition guidance: 20–25 % at least). *Convention*.
FAT_ENERGY_FRACTION_FLOOR = 0.25


@dataclass(frozen=True, slots=True)
class Macros:
    protein_g: float
    fat_g: float
    carbohydrate_g: float

    @property
    def kcal(self) -> float:
        return (
            self.protein_g * PROTEIN_KCAL_PER_G
            + self.fat_g * FAT_KCAL_PER_G
            + self.carbohydrate_g * CARBOHYDRATE_KCAL_PER_G
        )


@dataclass(frozen=True, slots=True)
class MacroPlan:
    macros: Macros
    protein_g_per_kg: float
    explanations: tuple[str, ...]


def check_protein_g_per_kg(value: float) -> float:
    accepted = (
        f"choose between {PROTEIN_G_PER_KG_MIN:g} and {PROTEIN_G_PER_KG_MAX:g} g per kg"
        " of body weight a day"
    )
    return check_between(
        "protein", value, value, PROTEIN_G_PER_KG_MIN, PROTEIN_G_PER_KG_MAX, accepted
    )


def macro_plan(target_kcal: float, weight_kg: float, protein_g_per_kg: float) -> MacroPlan:
    """Protein by body weight, fat at its floor share of energy, carbohydrate the rest.

    When protein and the fat floor alone exceed the target, protein is trimmed to fit and
    carbohydrate is zero; the explanation says so.
    """
    check_protein_g_per_kg(protein_g_per_kg)
    fat_g = FAT_ENERGY_FRACTION_FLOOR * target_kcal / FAT_KCAL_PER_G
    protein_g = protein_g_per_kg * weight_kg
    explanations = [
        f"Protein: {protein_g_per_kg:g} g per kg of body weight, within the 1.6–2.2 g/kg that"
        " helps people who lift keep and build muscle.",
        f"Fat: {FAT_ENERGY_FRACTION_FLOOR:.0%} of energy, the least that keeps hormones and"
        " vitamin uptake healthy; carbohydrate fills the rest.",
    ]
    room_for_protein_g = (target_kcal - fat_g * FAT_KCAL_PER_G) / PROTEIN_KCAL_PER_G
    if protein_g > room_for_protein_g:
        protein_g = max(room_for_protein_g, 0.0)
        explanations.append(
            "Protein was lowered to fit inside the calorie target, which leaves no room for"
            " carbohydrate; a higher target would allow both."
        )
    carbohydrate_kcal = target_kcal - protein_g * PROTEIN_KCAL_PER_G - fat_g * FAT_KCAL_PER_G
    carbohydrate_g = max(carbohydrate_kcal, 0.0) / CARBOHYDRATE_KCAL_PER_G
    return MacroPlan(
        Macros(protein_g, fat_g, carbohydrate_g), protein_g_per_kg, tuple(explanations)
    )
