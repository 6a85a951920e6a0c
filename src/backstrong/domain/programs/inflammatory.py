"""The inflammatory back-pain pattern: a reason to suggest a rheumatology review, not to stop.

NICE NG65 (spondyloarthritis, 2017), recommendation 1.1.1: low back pain that started before 45
and has lasted longer than 3 months → refer to a rheumatologist when 4 or more of: started before
35; waking in the second half of the night because of it; buttock pain; improves with movement;
improves within 48 hours of NSAIDs; a first-degree relative with spondyloarthritis; current or
past arthritis, enthesitis or psoriasis. With 3, referral is considered when HLA-B27 is positive.

The Berlin criteria for inflammatory back pain (Rudwaleit et al., Arthritis Rheum 2006) in people
with chronic back pain starting before 45: morning stiffness over 30 minutes, better with
exercise and not with rest, waking in the second half of the night, alternating buttock pain;
2 or more of the 4 → inflammatory back pain. Either rule suggests the review here; exercise
suits the condition, so the plan goes ahead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NG65_MIN_SIGNS = 4
NG65_CONSIDER_SIGNS = 3  # with a positive HLA-B27 test, a doctor may still refer
BERLIN_MIN_SIGNS = 2
ONSET_BEFORE = 45  # years: NG65 and Berlin
EARLY_ONSET_BEFORE = 35  # years: an NG65 sign of its own
LASTED_OVER_WEEKS = 13  # "longer than 3 months"
WEEKS_PER_YEAR = 52.18
# An age is given in whole years, so a person who says 20 is on average 20 and a half
# (convention); the age at onset is counted in whole years too, as the guidelines count it.
HALF_YEAR = 0.5


def onset_age(age: int, pain_weeks: float) -> int:
    """The age in whole years at which pain of ``pain_weeks`` began: 45 with pain for three
    months began at 45 (not "before 45"), 20 with two weeks' pain is not "under 20"."""
    return math.floor(age + HALF_YEAR - pain_weeks / WEEKS_PER_YEAR)


@dataclass(frozen=True, slots=True)
class Sign:
    slug: str
    question: str
    ng65: bool
    berlin: bool


INFLAMMATORY_SIGNS: tuple[Sign, ...] = (
    Sign(
        "morning-stiffness-over-30-minutes",
        "Is your back stiff for more than half an hour after you get up?",
        ng65=False,
        berlin=True,
    ),
    Sign(
        "better-with-movement-not-rest",
        "Does the pain get better when you move or exercise, and not when you rest?",
        ng65=True,
        berlin=True,
    ),
    Sign(
        "wakes-second-half-of-night",
        "Does the pain wake you in the second half of the night?",
        ng65=True,
        berlin=True,
    ),
    Sign(
        "alternating-buttock-pain",
        "Do you have pain in the buttocks that switches from one side to the other?",
        ng65=True,  # counts as NG65's "buttock pain"
        berlin=True,
    ),
    Sign("buttock-pain", "Do you have pain in your buttocks?", ng65=True, berlin=False),
    Sign(
        "better-with-anti-inflammatories",
        "Does the pain ease within two days of taking an anti-inflammatory such as ibuprofen?",
        ng65=True,
        berlin=False,
    ),
    Sign(
        "relative-with-spondyloarthritis",
        "Does a parent, brother, sister or child of yours have spondyloarthritis, such as "
        "ankylosing spondylitis?",
        ng65=True,
        berlin=False,
    ),
    Sign(
        "arthritis",
        "Have you ever had arthritis (swollen, painful joints)?",
        ng65=True,
        berlin=False,
    ),
    Sign(
        "enthesitis",
        "Have you ever had painful swelling where a tendon meets the bone, such as at the back "
        "of the heel?",
        ng65=True,
        berlin=False,
    ),
    Sign("psoriasis", "Have you ever had psoriasis?", ng65=True, berlin=False),
)
INFLAMMATORY_SLUGS: frozenset[str] = frozenset(s.slug for s in INFLAMMATORY_SIGNS)
_BUTTOCK = {"buttock-pain", "alternating-buttock-pain"}

REVIEW_SLUG = "inflammatory-back-pain"
REVIEW_ADVICE = (
    "Your answers fit the pattern of inflammatory back pain, which can come from a condition "
    "called axial spondyloarthritis. Please ask your doctor about seeing a rheumatologist. "
    "Exercise is part of its treatment, so keep going with the plan meanwhile."
)
REVIEW_ADVICE_UNKNOWN_ONSET = (
    " If your back pain began after you turned 45, this is less likely, but still worth mentioning."
)
CONSIDER_ADVICE = (
    "Some of your answers match signs of inflammatory back pain. It is worth mentioning them "
    "to your doctor, who may suggest a blood test. The plan can go ahead meanwhile."
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """What the answers show: the signs counted by each rule and the suggestion, if any."""

    ng65: tuple[str, ...]
    berlin: tuple[str, ...]
    advice: str | None


def inflammatory_pattern(
    age: int, pain_weeks: int | None, chronic: bool, signs: frozenset[str]
) -> Pattern:
    """Judge the pattern. ``chronic``: the pain has lasted more than 12 weeks (the band).
    ``pain_weeks`` (when known) dates the onset; without it, onset before 45 is certain only
    for people under 45 and otherwise assumed possible, and the advice says so."""
    lasted = chronic or (pain_weeks is not None and pain_weeks > LASTED_OVER_WEEKS)
    onset = None if pain_weeks is None else onset_age(age, pain_weeks)
    if not lasted or (onset is not None and onset >= ONSET_BEFORE):
        return Pattern((), (), None)
    early = onset < EARLY_ONSET_BEFORE if onset is not None else age < EARLY_ONSET_BEFORE
    ng65 = [s.slug for s in INFLAMMATORY_SIGNS if s.ng65 and s.slug in signs]
    if set(ng65) >= _BUTTOCK:
        ng65.remove("buttock-pain")  # one sign, asked two ways
    if early:
        ng65.insert(0, "started-before-35")
    berlin = tuple(s.slug for s in INFLAMMATORY_SIGNS if s.berlin and s.slug in signs)
    unsure = onset is None and age >= ONSET_BEFORE
    if len(ng65) >= NG65_MIN_SIGNS or len(berlin) >= BERLIN_MIN_SIGNS:
        advice = REVIEW_ADVICE + (REVIEW_ADVICE_UNKNOWN_ONSET if unsure else "")
    elif len(ng65) == NG65_CONSIDER_SIGNS:
        advice = CONSIDER_ADVICE
    else:
        advice = None
    return Pattern(tuple(ng65), berlin, advice)
