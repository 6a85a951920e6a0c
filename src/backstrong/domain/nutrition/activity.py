"""Activity levels: the multiplier that turns basal metabolic rate into daily expenditure (TDEE)."""

from __future__ import annotations

from enum import StrEnum

from backstrong.domain.nutrition.measurements import InvalidInput


class ActivityLevel(StrEnum):
    SEDENTARY = "sedentary"
    LIGHT = "light"
    MODERATE = "moderate"
    VERY = "very"
    EXTRA = "extra"

    @property
    def multiplier(self) -> float:
        return ACTIVITY_MULTIPLIERS[self]

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


# *Convention* of consumer calculators (after McArdle, Katch & Katch), not a measured law.
ACTIVITY_MULTIPLIERS: dict[ActivityLevel, float] = {
    ActivityLevel.SEDENTARY: 1.2,
    ActivityLevel.LIGHT: 1.375,
    ActivityLevel.MODERATE: 1.55,
    ActivityLevel.VERY: 1.725,
    ActivityLevel.EXTRA: 1.9,
}

_DESCRIPTIONS: dict[ActivityLevel, str] = {
    ActivityLevel.SEDENTARY: "mostly sitting, little or no exercise",
    ActivityLevel.LIGHT: "light exercise or sport 1–3 days a week",
    ActivityLevel.MODERATE: "moderate exercise or sport 3–5 days a week",
    ActivityLevel.VERY: "hard exercise or sport 6–7 days a week",
    ActivityLevel.EXTRA: "hard daily training plus a physical job",
}

_ALIASES = {
    "lightly": ActivityLevel.LIGHT, "lightly-active": ActivityLevel.LIGHT,
    "moderately": ActivityLevel.MODERATE, "moderately-active": ActivityLevel.MODERATE,
    "very-active": ActivityLevel.VERY, "extra-active": ActivityLevel.EXTRA,
}  # fmt: skip


def parse_activity(text: str) -> ActivityLevel:
    key = text.strip().lower().replace(" ", "-").replace("_", "-")
    level = _ALIASES.get(key) or next((lv for lv in ActivityLevel if lv.value == key), None)
    if level is None:
        accepted = ", ".join(f"'{level.value}'" for level in ActivityLevel)
        raise InvalidInput("activity", text, f"use one of {accepted}")
    return level
