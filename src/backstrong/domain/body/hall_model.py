"""The adult body-weight model of Hall et al. (Lancet 2011), as in the NIH Body Weight Planner.

Body weight is fat + lean tissue + extracellular fluid + glycogen with its water. Energy intake
above or below expenditure is stored or drawn in the proportions of Forbes's fat–lean curve;
expenditure follows body composition, physical activity, the thermic effect of food and adaptive
thermogenesis. Integrated with RK4 in one-day steps; the person starts in energy balance.
Parameters and equations follow the open R package ``bw`` (INSP-RH/bw), with the glycogen energy
flux in kcal/day (ρG·dG/dt) as in the paper's appendix.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from backstrong.domain.nutrition.bmr import Sex, mifflin_st_jeor_kcal
from backstrong.domain.nutrition.measurements import InvalidInput, check_between
from backstrong.domain.units import convert

KCAL_PER_KG_FAT = 9440.727  # ρF, Hall 2011 (39.5 MJ/kg)
KCAL_PER_KG_LEAN = 1816.444  # ρL, Hall 2011 (7.6 MJ/kg)
KCAL_PER_KG_GLYCOGEN = 4206.501  # ρG, Hall 2011 (17.6 MJ/kg)
GAMMA_FAT = 3.107075  # γF, kcal/kg/day, Hall 2011
GAMMA_LEAN = 21.98853  # γL, kcal/kg/day, Hall 2011
ETA_FAT = 179.2543  # ηF, kcal/kg, cost of fat synthesis, Hall 2011
ETA_LEAN = 229.4455  # ηL, kcal/kg, cost of lean synthesis, Hall 2011
BETA_TEF = 0.10  # thermic effect of food, share of the intake change, Hall 2011
BETA_AT = 0.14  # adaptive thermogenesis, share of the intake change, Hall 2011
TAU_AT_DAYS = 14.0  # time constant of adaptive thermogenesis, Hall 2011
FORBES_KG = 10.4  # Forbes 2000: fat–lean partition constant
FORBES_C = FORBES_KG * KCAL_PER_KG_LEAN / KCAL_PER_KG_FAT  # C = 10.4·ρL/ρF, Hall 2011
GLYCOGEN_BASELINE_KG = 0.5  # G0, Hall 2011
GLYCOGEN_WITH_WATER = 3.7  # 1 g glycogen is stored with 2.7 g water, Hall 2011
SODIUM_MG_PER_L = 3220.0  # [Na], extracellular sodium concentration, Hall 2011
ZETA_NA = 3000.0  # ζNa, mg/L/day, Hall 2011
ZETA_CI = 4000.0  # ζCI, mg/day, Hall 2011
CARBOHYDRATE_SHARE = 0.5  # carbohydrate share of intake, baseline and after (bw defaults)
# Fat at baseline, Jackson et al. 2002 (Int J Obes 26:789): % = 0.14·age + a·ln BMI − b.
JACKSON_PER_YEAR = 0.14
JACKSON_LN_BMI = {Sex.MALE: 37.31, Sex.FEMALE: 39.96}
JACKSON_CONSTANT = {Sex.MALE: -103.94, Sex.FEMALE: -102.01}
# Extracellular fluid at baseline, Silva et al. 2005 (as in bw), litres ≈ kg, height in m.
ECF_MALE = (-12.4, 0.025, 9.57, 0.191)  # constant, per year, per m, per kg
ECF_FEMALE = (-4.0, 0.0, 5.98, 0.167)  # constant, per year, per m, per kg
# Physical activity level accepted: 1.2 (sedentary multiplier) to 2.5 (FAO/WHO/UNU 2004 upper
# end of sustainable activity). Below ~1.12 the model's activity parameter δ turns negative.
PAL_MIN = 1.2
PAL_MAX = 2.5

State = tuple[float, float, float, float]  # lean tissue kg, glycogen kg, AT kcal/day, ECF kg
Rates = Callable[[float, float, float, float], State]


@dataclass(frozen=True, slots=True)
class Person:
    sex: Sex
    age_years: float
    height_m: float
    weight_kg: float
    physical_activity_level: float = 1.6


@dataclass(frozen=True, slots=True)
class BodyState:
    """One day of a projection. ``lean_tissue_kg`` is the model's L (without extracellular fluid
    and glycogen); ``fat_free_kg`` is everything that is not fat."""

    day: int
    weight_kg: float
    fat_kg: float
    lean_tissue_kg: float
    glycogen_kg: float
    extracellular_fluid_kg: float
    adaptive_thermogenesis_kcal: float

    @property
    def fat_free_kg(self) -> float:
        return self.weight_kg - self.fat_kg


@dataclass(frozen=True, slots=True)
class HallModel:
    """Baseline parameters of one person, computed once by :meth:`for_person`."""

    person: Person
    rmr_kcal: float
    baseline_intake_kcal: float
    fat_kg: float
    lean_kg: float
    extracellular_fluid_kg: float
    delta: float  # δ, kcal/kg/day: activity expenditure per kg of body weight
    k_kcal: float  # K, kcal/day: closes the energy balance at baseline
    glycogen_k: float  # kG, kcal/day/kg²

    @classmethod
    def for_person(cls, person: Person) -> HallModel:
        _check(person)
        weight, height, age = person.weight_kg, person.height_m, person.age_years
        rmr = mifflin_st_jeor_kcal(person.sex, weight, convert(height, "meter", "centimeter"), age)
        pal = person.physical_activity_level
        bmi = weight / height**2
        fat_percent = (
            JACKSON_PER_YEAR * age
            + JACKSON_LN_BMI[person.sex] * math.log(bmi)
            + JACKSON_CONSTANT[person.sex]
        )
        fat = weight * fat_percent / 100.0
        constant, per_year, per_m, per_kg = ECF_MALE if person.sex is Sex.MALE else ECF_FEMALE
        ecf = constant + per_year * age + per_m * height + per_kg * weight
        lean = weight - fat - ecf - GLYCOGEN_WITH_WATER * GLYCOGEN_BASELINE_KG
        if fat <= 0 or lean <= 0:
            raise InvalidInput("weight", weight, "too low for this height to model body fat")
        delta = ((1.0 - BETA_TEF) * pal - 1.0) * rmr / weight
        intake = pal * rmr
        k = intake - GAMMA_LEAN * lean - GAMMA_FAT * fat - delta * weight
        glycogen_k = CARBOHYDRATE_SHARE * intake / GLYCOGEN_BASELINE_KG**2
        return cls(person, rmr, intake, fat, lean, ecf, delta, k, glycogen_k)

    def initial_state(self) -> BodyState:
        return self._state(
            0, (self.lean_kg, GLYCOGEN_BASELINE_KG, 0.0, self.extracellular_fluid_kg)
        )

    def simulate(
        self, intake_changes: Sequence[float], activity_factors: Sequence[float] | None = None
    ) -> tuple[BodyState, ...]:
        """Day 0 to day N for N daily intake changes (kcal/day, held through each day).

        ``activity_factors`` (one per day, 1.0 = unchanged) scales δ, as the NIH planner does for
        a change in physical activity.
        """
        factors = activity_factors if activity_factors is not None else [1.0] * len(intake_changes)
        if len(factors) != len(intake_changes):
            raise ValueError("one activity factor per day of intake change is needed")
        states = [self.initial_state()]
        state = (self.lean_kg, GLYCOGEN_BASELINE_KG, 0.0, self.extracellular_fluid_kg)
        for day, (change, factor) in enumerate(zip(intake_changes, factors, strict=True), 1):
            state = _rk4_day(self._rates(change, factor), state)
            states.append(self._state(day, state))
        return tuple(states)

    def final_weight_kg(
        self, intake_change: float, days: int, activity_factor: float = 1.0
    ) -> float:
        """Weight after ``days`` of a constant intake change, without keeping the path."""
        rates = self._rates(intake_change, activity_factor)
        state = (self.lean_kg, GLYCOGEN_BASELINE_KG, 0.0, self.extracellular_fluid_kg)
        for _ in range(days):
            state = _rk4_day(rates, state)
        return self._state(days, state).weight_kg

    def _state(self, day: int, state: State) -> BodyState:
        lean, glycogen, adaptive, ecf = state
        fat = self.fat_kg * math.exp((lean - self.lean_kg) / FORBES_KG)
        weight = fat + lean + ecf + GLYCOGEN_WITH_WATER * glycogen
        return BodyState(day, weight, fat, lean, glycogen, ecf, adaptive)

    def _rates(self, intake_change: float, activity_factor: float) -> Rates:
        """Right-hand side of the model for one day (intake and activity constant within it)."""
        fat0, lean0, ecf0 = self.fat_kg, self.lean_kg, self.extracellular_fluid_kg
        intake = self.baseline_intake_kcal + intake_change
        carbohydrate = CARBOHYDRATE_SHARE * intake
        carbohydrate_pull = ZETA_CI * (
            1.0 - carbohydrate / (CARBOHYDRATE_SHARE * self.baseline_intake_kcal)
        )
        fixed = self.k_kcal + BETA_TEF * intake_change - intake
        at_target = BETA_AT * intake_change
        delta = self.delta * activity_factor
        glycogen_k = self.glycogen_k
        lean_share = FORBES_C / KCAL_PER_KG_LEAN
        lean_cost = FORBES_C * (1.0 + ETA_LEAN / KCAL_PER_KG_LEAN)
        fat_cost = 1.0 + ETA_FAT / KCAL_PER_KG_FAT
        exp = math.exp

        def rates(lean: float, glycogen: float, adaptive: float, ecf: float) -> State:
            fat = fat0 * exp((lean - lean0) / FORBES_KG)
            weight = fat + lean + ecf + GLYCOGEN_WITH_WATER * glycogen
            glycogen_flux = carbohydrate - glycogen_k * glycogen * glycogen  # ρG·dG/dt, kcal/day
            # intake − expenditure, expenditure = K + γF·F + γL·L + δ·BW + TEF + AT
            surplus = -(fixed + GAMMA_FAT * fat + GAMMA_LEAN * lean + delta * weight + adaptive)
            return (
                lean_share * (surplus - glycogen_flux) / (lean_cost + fat_cost * fat),
                glycogen_flux / KCAL_PER_KG_GLYCOGEN,
                (at_target - adaptive) / TAU_AT_DAYS,
                (-ZETA_NA * (ecf - ecf0) - carbohydrate_pull) / SODIUM_MG_PER_L,  # ΔNa = 0
            )

        return rates


def _rk4_day(rates: Rates, state: State) -> State:
    """One classical Runge–Kutta step of one day."""
    l0, g0, a0, e0 = state
    k1 = rates(l0, g0, a0, e0)
    k2 = rates(l0 + 0.5 * k1[0], g0 + 0.5 * k1[1], a0 + 0.5 * k1[2], e0 + 0.5 * k1[3])
    k3 = rates(l0 + 0.5 * k2[0], g0 + 0.5 * k2[1], a0 + 0.5 * k2[2], e0 + 0.5 * k2[3])
    k4 = rates(l0 + k3[0], g0 + k3[1], a0 + k3[2], e0 + k3[3])
    return (
        l0 + (k1[0] + 2.0 * k2[0] + 2.0 * k3[0] + k4[0]) / 6.0,
        g0 + (k1[1] + 2.0 * k2[1] + 2.0 * k3[1] + k4[1]) / 6.0,
        a0 + (k1[2] + 2.0 * k2[2] + 2.0 * k3[2] + k4[2]) / 6.0,
        e0 + (k1[3] + 2.0 * k2[3] + 2.0 * k3[3] + k4[3]) / 6.0,
    )


def _check(person: Person) -> None:
    pal = person.physical_activity_level
    accepted = f"give a physical activity level from {PAL_MIN:g} to {PAL_MAX:g}"
    check_between("physical activity level", pal, pal, PAL_MIN, PAL_MAX, accepted)
    for field, value in (
        ("age", person.age_years),
        ("height", person.height_m),
        ("weight", person.weight_kg),
    ):
        if not value > 0:
            raise InvalidInput(field, value, "must be a positive number")
