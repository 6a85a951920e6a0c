"""Energy of a training session from METs (Compendium of Physical Activities, 2011 / 2024).

kcal = MET × body weight (kg) × hours, gross; net of what the body would spend at rest anyway
(1 MET), (MET − 1) × kg × hours. Net is what to add to a day's expenditure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.units import convert

RESTING_MET = 1.0  # 1 MET: resting energy, ≈ 1 kcal/kg/h (Compendium convention)
# MET values (Compendium of Physical Activities 2011, and 2024 where marked), by code.
MET_RESISTANCE_VIGOROUS = 6.0  # 02050 power lifting, body building
MET_RESISTANCE_SQUAT_DEADLIFT = 5.0  # 02052 squats/deadlifts, slow or explosive
MET_RESISTANCE_MULTIPLE_EXERCISES = 3.5  # 02054 multiple exercises, 8–15 reps
MET_BODY_WEIGHT_EXERCISES = 3.0  # 02056 body-weight resistance exercises (2024)
MET_KETTLEBELL_SWINGS = 9.8  # 02058 (2024)
MET_CALISTHENICS_LIGHT = 2.8  # 02024 sit-ups, crunches, plank
MET_BACK_EXERCISES = 3.5  # 02030 calisthenics, light or moderate (back exercises)
MET_STRETCHING_MILD = 2.3  # 02101
MET_PILATES = 3.0  # 02105 (2.8 in 2024)
MET_MAX = 25.0  # above any activity in the Compendium; catches typos


@dataclass(frozen=True, slots=True)
class SessionEnergy:
    gross_kcal: float
    net_kcal: float  # above resting: what the session adds to the day


def session_energy(bouts: Iterable[tuple[float, float]], body_weight_kg: float) -> SessionEnergy:
    """Energy of a session given (MET, minutes) for each exercise or block."""
    if not (math.isfinite(body_weight_kg) and body_weight_kg > 0):
        raise InvalidInput("weight", body_weight_kg, "must be a positive number of kg")
    gross = net = 0.0
    for met, minutes in bouts:
        if not (math.isfinite(met) and RESTING_MET <= met <= MET_MAX):
            raise InvalidInput("MET", met, f"give a value from {RESTING_MET:g} to {MET_MAX:g}")
        if not (math.isfinite(minutes) and minutes >= 0):
            raise InvalidInput("minutes", minutes, "must be zero or more")
        kg_hours = body_weight_kg * convert(minutes, "minute", "hour")
        gross += met * kg_hours
        net += (met - RESTING_MET) * kg_hours
    return SessionEnergy(gross, net)
