"""The screen of a whole intake: answers, the flags the intake answers by itself, the
inflammatory back-pain pattern and the age limit, in one result.

Derived flags count as answered yes (also when a form or the API skips the questions) unless the
person, asked, confirms they do not apply (``Intake.not_applicable``): a clinician has already
checked, or the pain is an old one come back.
"""

from __future__ import annotations

from backstrong.domain.programs import circumstances
from backstrong.domain.programs.inflammatory import (
    REVIEW_SLUG,
    WEEKS_PER_YEAR,
    inflammatory_pattern,
    onset_age,
)
from backstrong.domain.programs.intake import ADULT_AGE, CHRONIC_AFTER_WEEKS, Intake, PainDuration
from backstrong.domain.programs.red_flags import (
    DerivedFlag,
    Review,
    ScreenResult,
    screen,
)

# New back pain under 20 or over 50 at onset is a red flag (NICE NG59 context;
# docs/sources.md#low-back-pain).
NEW_PAIN_YOUNGER_THAN = 20
NEW_PAIN_OLDER_THAN = 50
# Convention: an episode counts as new for a year; pain older than that that began at 45 is
# not a new-pain flag at 60, and pain of known date is judged by its onset.
NEW_WITHIN_WEEKS = 52
NEW_PAIN = "new-pain-under-20-or-over-50"
CANCER = "history-of-cancer"


def screen_intake(intake: Intake) -> ScreenResult:
    """The screen for a whole intake (see the module's notes)."""
    answered = set(intake.red_flags)
    if intake.pain == 0:
        answered.discard(CANCER)  # a cancer history without back pain is no back red flag
    young = intake.age < ADULT_AGE  # the young-person outcome covers the age flag
    derived = [
        d for d in derived_flags(intake) if d.slug not in intake.not_applicable and not young
    ]
    return screen(answered, derived=derived, reviews=reviews(intake), young=young)


def derived_flags(intake: Intake) -> tuple[DerivedFlag, ...]:
    """Flags the intake answers: new back pain before 20 or after 50."""
    why = _new_pain_why(intake)
    return (DerivedFlag(NEW_PAIN, why),) if why else ()


def reviews(intake: Intake) -> tuple[Review, ...]:
    chronic = intake.pain_duration is PainDuration.CHRONIC
    pattern = inflammatory_pattern(
        intake.age, intake.pain_weeks, chronic, intake.inflammatory_signs
    )
    found = circumstances.reviews(intake)
    if pattern.advice is None:
        return found
    signs = tuple(dict.fromkeys(pattern.ng65 + pattern.berlin))
    return (Review(REVIEW_SLUG, pattern.advice, signs), *found)


def _new_pain_why(intake: Intake) -> str | None:
    if intake.pain == 0 or intake.pain_duration is None:
        return None
    weeks = intake.pain_weeks
    if weeks is not None:
        # Someone still under 20 had the pain begin under 20 however long ago, as the
        # band-only path below already holds (a teenager's lasting pain deserves a look too).
        if weeks > NEW_WITHIN_WEEKS and intake.age >= NEW_PAIN_YOUNGER_THAN:
            return None
        onset = onset_age(intake.age, weeks)  # in whole years: 20 is not under 20
        if NEW_PAIN_YOUNGER_THAN <= onset <= NEW_PAIN_OLDER_THAN:
            return None
        return f"you are {intake.age} and this pain began about {_since(weeks)} ago"
    recent = intake.pain_duration is not PainDuration.CHRONIC
    if intake.age < NEW_PAIN_YOUNGER_THAN:
        return f"you are {intake.age} and have back pain"
    if intake.age > NEW_PAIN_OLDER_THAN and recent:
        return f"you are {intake.age} and this pain began {_band_words(intake.pain_duration)}"
    return None


def _since(weeks: int) -> str:
    if weeks < 1:
        return "a few days"
    if weeks > NEW_WITHIN_WEEKS:
        years = round(weeks / WEEKS_PER_YEAR)
        return "1 year" if years == 1 else f"{years} years"
    return "1 week" if weeks == 1 else f"{weeks} weeks"


def _band_words(band: PainDuration) -> str:
    if band is PainDuration.ACUTE:
        return "less than 4 weeks ago"
    return f"4 to {CHRONIC_AFTER_WEEKS} weeks ago"
