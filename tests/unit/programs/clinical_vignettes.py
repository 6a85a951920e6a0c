"""Clinical vignettes written for Backstrong: a person, their intake, and the answer a
guideline-minded physiotherapist would give (the screen's outcome and key plan properties).

Sources for the expected answers: NICE NG59 (low back pain and sciatica) and its red flags, NICE
NG65 (spondyloarthritis) 1.1.1, the Berlin criteria for inflammatory back pain (Rudwaleit 2006),
ACP 2017 (Qaseem), ACSM 2009 and its stretching advice for older adults, the WalkBack trial
(Pocovi, Lancet 2024), McGill's big three, and the two starting articles (all in
docs/sources.md).

``checks`` name plan properties tested in test_programs_clinical.py (see CHECKS there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EMERGENCY, SEE_CLINICIAN, YOUNG = "emergency", "see-clinician", "young-person"
REVIEW, PROCEED = "proceed-with-review", "proceed"


@dataclass(frozen=True)
class Vignette:
    id: str
    person: str
    intake: dict[str, Any]
    outcome: str
    checks: tuple[str, ...] = ()
    advice_has: tuple[str, ...] = ()  # words the advice must contain
    advice_lacks: tuple[str, ...] = ()  # words it must not


def _i(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "age": 40,
        "experience": "novice",
        "goal": "pain-relief",
        "equipment": ["home-basic"],
        "days_per_week": 3,
        "minutes_per_session": 30,
        "pain": 3,
        "pain_duration": "chronic",
    }
    return base | kw


V = Vignette
VIGNETTES: tuple[Vignette, ...] = (
    # — emergencies: cauda equina signs and recent major trauma —
    V(
        "saddle-numbness-after-lifting",
        "42, numb around the buttocks since lifting a sofa",
        _i(age=42, pain=7, pain_duration="acute", red_flags=["saddle-numbness"]),
        EMERGENCY,
        advice_has=("nerves", "hours"),
    ),
    V(
        "urinary-retention-with-sciatica",
        "35, sciatica and cannot pass urine today",
        _i(age=35, pain=8, pain_duration="acute", red_flags=["bladder-bowel-change"]),
        EMERGENCY,
        advice_has=("emergency",),
    ),
    V(
        "both-legs-weak",
        "55, both legs feel weak",
        _i(age=55, pain=6, pain_duration="chronic", red_flags=["both-legs-weak-or-numb"]),
        EMERGENCY,
    ),
    V(
        "fall-from-ladder-last-week",
        "28, fell from a ladder a week ago, back pain since",
        _i(age=28, pain=6, pain_duration="acute", red_flags=["serious-accident-or-fall"]),
        EMERGENCY,
        advice_has=("broken bone",),
        advice_lacks=("nerves",),
    ),
    V(
        "new-sexual-dysfunction",
        "60, new loss of sensation during sex with leg pain",
        _i(age=60, pain=5, pain_duration="chronic", red_flags=["new-sexual-dysfunction"]),
        EMERGENCY,
    ),
    V(
        "young-person-with-saddle-numbness",
        "15, saddle numbness: the emergency comes first",
        _i(age=15, pain=6, pain_duration="acute", red_flags=["saddle-numbness"]),
        EMERGENCY,
    ),
    # — see a clinician soon —
    V(
        "osteoporosis-minor-stumble",
        "67, osteoporosis, pain since a small stumble",
        _i(
            age=67,
            pain=6,
            pain_duration="chronic",
            red_flags=["osteoporosis-or-steroids-with-minor-injury"],
        ),
        SEE_CLINICIAN,
        advice_has=("X-ray",),
        advice_lacks=("nerves",),
    ),
    V(
        "cancer-history-with-back-pain",
        "58, breast cancer treated, back pain for 3 weeks",
        _i(age=58, pain=4, pain_weeks=3, red_flags=["history-of-cancer"]),
        SEE_CLINICIAN,
        advice_has=("cancer",),
    ),
    V(
        "fever-and-back-pain",
        "45, back pain with a fever",
        _i(age=45, pain=5, pain_duration="acute", red_flags=["fever-or-unwell"]),
        SEE_CLINICIAN,
        advice_has=("infection",),
        advice_lacks=("nerves",),
    ),
    V(
        "injected-drugs",
        "38, injects drugs, back pain",
        _i(age=38, pain=4, red_flags=["weak-immunity-or-injected-drugs"]),
        SEE_CLINICIAN,
    ),
    V(
        "weight-loss",
        "52, lost 6 kg without trying",
        _i(age=52, pain=3, red_flags=["unexplained-weight-loss"]),
        SEE_CLINICIAN,
    ),
    V(
        "one-leg-getting-weaker",
        "40, foot catches more each week",
        _i(age=40, pain=5, pain_duration="subacute", red_flags=["one-leg-weakness-getting-worse"]),
        SEE_CLINICIAN,
        advice_has=("weaker",),
        advice_lacks=("emergency department",),
    ),
    V(
        "constant-pain-not-eased",
        "30, pain constant day and night whatever the position",
        _i(age=30, pain=6, red_flags=["constant-or-night-pain"]),
        SEE_CLINICIAN,
    ),
    V(
        "lump-on-back",
        "47, a new lump over the spine",
        _i(age=47, pain=2, red_flags=["lump-or-changed-back-shape"]),
        SEE_CLINICIAN,
    ),
    V(
        "nineteen-with-new-pain",
        "19, acute back pain for 2 weeks, ticked nothing",
        _i(age=19, pain=5, pain_weeks=2),
        SEE_CLINICIAN,
        advice_has=("19",),
    ),
    V(
        "fifty-one-with-new-pain",
        "51, acute back pain, ticked nothing",
        _i(age=51, pain=5, pain_duration="acute"),
        SEE_CLINICIAN,
        advice_has=("51",),
    ),
    V(
        "sixty-four-seven-weeks",
        "64, pain for 7 weeks, ticked nothing",
        _i(age=64, pain=4, pain_weeks=7),
        SEE_CLINICIAN,
        advice_has=("7 weeks",),
    ),
    V(
        "seventeen-with-chronic-pain",
        "17, back pain for months",
        _i(age=17, pain=3, pain_duration="chronic"),
        SEE_CLINICIAN,
    ),
    # — no over-triage —
    V(
        "cancer-history-no-back-pain",
        "62, cancer treated 10 years ago, no back pain, wants strength",
        _i(
            age=62,
            pain=0,
            pain_duration=None,
            goal="strength",
            equipment=["home-dumbbells"],
            red_flags=["history-of-cancer"],
        ),
        PROCEED,
        checks=("walking",),
    ),
    V(
        "old-pain-not-new-at-55",
        "55, back pain on and off since 40 (15 years)",
        _i(age=55, pain=3, pain_weeks=780),
        PROCEED,
        checks=("walking",),
    ),
    V(
        "sixty-six-already-checked",
        "66, acute pain, a GP examined it last week",
        _i(age=66, pain=5, pain_duration="acute", not_applicable=["new-pain-under-20-or-over-50"]),
        PROCEED,
        checks=("gentle-start", "no-load-weeks-1-2", "older-holds", "walking"),
    ),
    V(
        "old-accident-answered-no",
        "35, car accident 8 years ago, investigated; pain now chronic",
        _i(age=35, pain=3),
        PROCEED,
    ),
    V(
        "sixteen-no-pain",
        "16, no pain, wants a stronger back",
        _i(age=16, pain=0, pain_duration=None, goal="strength"),
        PROCEED,
        checks=("walking",),
    ),
    # — young people —
    V(
        "fourteen-year-old",
        "14, sore back after sport",
        _i(age=14, pain=3),
        YOUNG,
        advice_has=("adults", "young people"),
    ),
    V("twelve-no-pain", "12, wants to train", _i(age=12, pain=0, pain_duration=None), YOUNG),
    # — inflammatory back pain: proceed with a suggested review —
    V(
        "berlin-pattern-at-29",
        "29, 8 months of pain, stiff mornings, better moving, wakes at 4 am",
        _i(
            age=29,
            pain=4,
            pain_weeks=35,
            inflammatory_signs=[
                "morning-stiffness-over-30-minutes",
                "better-with-movement-not-rest",
                "wakes-second-half-of-night",
                "alternating-buttock-pain",
            ],
        ),
        REVIEW,
        checks=("walking", "review-rheumatology"),
        advice_has=("rheumatologist",),
    ),
    V(
        "ng65-signs-at-41",
        "41, 6 months of pain, psoriasis, heel enthesitis, arthritis, buttock pain",
        _i(
            age=41,
            pain=3,
            pain_weeks=26,
            inflammatory_signs=["psoriasis", "enthesitis", "arthritis", "buttock-pain"],
        ),
        REVIEW,
        checks=("review-rheumatology",),
    ),
    V(
        "early-onset-still-counts-at-52",
        "52, pain since 31, stiff mornings and better moving",
        _i(
            age=52,
            pain=3,
            pain_weeks=1100,
            inflammatory_signs=[
                "morning-stiffness-over-30-minutes",
                "better-with-movement-not-rest",
            ],
        ),
        REVIEW,
    ),
    V(
        "onset-after-45-no-review",
        "50, pain began at 48 with stiff mornings and night waking",
        _i(
            age=50,
            pain=3,
            pain_weeks=104,
            inflammatory_signs=["morning-stiffness-over-30-minutes", "wakes-second-half-of-night"],
        ),
        PROCEED,
    ),
    V(
        "acute-with-stiffness-no-review",
        "33, two weeks of pain with stiff mornings",
        _i(
            age=33,
            pain=5,
            pain_weeks=2,
            inflammatory_signs=[
                "morning-stiffness-over-30-minutes",
                "better-with-movement-not-rest",
            ],
        ),
        PROCEED,
        checks=("gentle-start",),
    ),
    V(
        "one-sign-no-review",
        "38, chronic pain, only morning stiffness",
        _i(age=38, pain=3, inflammatory_signs=["morning-stiffness-over-30-minutes"]),
        PROCEED,
    ),
    # — plans that fit —
    V(
        "acute-gentle-start-home",
        "38, acute pain 6/10, home basics",
        _i(age=38, pain=6, pain_duration="acute"),
        PROCEED,
        checks=("gentle-start", "no-load-weeks-1-2", "walking", "big-three", "education-week-1"),
    ),
    V(
        "flare-at-eight-in-the-gym",
        "44, chronic pain flared to 8/10, intermediate, gym",
        _i(age=44, pain=8, experience="intermediate", equipment=["gym"], minutes_per_session=45),
        PROCEED,
        checks=("gentle-start", "no-load-weeks-1-2", "beginner-only-while-gentle"),
    ),
    V(
        "acute-one-week-in",
        "30, acute pain that began a week ago",
        _i(age=30, pain=5, pain_weeks=1),
        PROCEED,
        checks=("gentle-3-weeks",),
    ),
    V(
        "seventy-with-dumbbells",
        "70, novice, dumbbells at home, chronic pain 3/10",
        _i(age=70, pain=3, equipment=["home-dumbbells"], minutes_per_session=45),
        PROCEED,
        checks=("older-holds", "loaded-work", "walking"),
    ),
    V(
        "seventy-two-off-the-floor",
        "72, cannot get down to the floor",
        _i(age=72, pain=3, floor=False, equipment=["home-dumbbells"], minutes_per_session=40),
        PROCEED,
        checks=("no-floor", "floor-note", "older-holds"),
    ),
    V(
        "office-worker-no-equipment",
        "45, office worker, no equipment, chronic pain 3/10",
        _i(age=45, equipment=["none"]),
        PROCEED,
        checks=("bridge", "big-three", "daily-rotational-stretch", "walking", "floor-work"),
    ),
    V(
        "flexion-sensitive",
        "45, sitting and bending forward provoke the pain",
        _i(age=45, pain=4, equipment=["none"], sensitivities=["flexion"]),
        PROCEED,
        checks=("no-flexion", "sensitivity-note", "walking"),
    ),
    V(
        "extension-sensitive",
        "50, standing and arching back provoke the pain",
        _i(
            age=50,
            pain=4,
            equipment=["gym"],
            experience="intermediate",
            sensitivities=["extension"],
            minutes_per_session=45,
        ),
        PROCEED,
        checks=("no-extension", "sensitivity-note"),
    ),
    V(
        "intermediate-mobility-goal",
        "33, intermediate, gym, wants mobility, no pain",
        _i(
            age=33,
            pain=0,
            pain_duration=None,
            experience="intermediate",
            goal="mobility",
            equipment=["gym"],
            days_per_week=4,
            minutes_per_session=45,
        ),
        PROCEED,
        checks=("no-advanced", "walking"),
    ),
    V(
        "advanced-lifter-fifteen-minutes",
        "30, advanced lifter, 15 minutes, three days",
        _i(
            age=30,
            pain=0,
            pain_duration=None,
            experience="advanced",
            goal="strength",
            equipment=["gym"],
            minutes_per_session=15,
        ),
        PROCEED,
        checks=("main-lifts-twice", "no-drills"),
    ),
    V(
        "intermediate-lifter-low-pain",
        "35, intermediate, home barbell, pain 2/10, strength goal",
        _i(
            age=35,
            pain=2,
            experience="intermediate",
            goal="strength",
            equipment=["home-barbell"],
            minutes_per_session=60,
        ),
        PROCEED,
        checks=("main-lifts-twice", "seed-lifts-first-phase"),
    ),
    V(
        "intermediate-gym-acute",
        "40, intermediate, gym, acute pain 5/10",
        _i(
            age=40,
            pain=5,
            pain_duration="acute",
            experience="intermediate",
            goal="strength",
            equipment=["gym"],
            minutes_per_session=60,
        ),
        PROCEED,
        checks=("no-load-weeks-1-2", "seed-lifts-first-phase", "glute-ham-raise"),
    ),
    V(
        "gym-with-ghd",
        "37, intermediate, gym with a glute-ham machine, pain relief",
        _i(age=37, pain=2, experience="intermediate", equipment=["gym"], minutes_per_session=60),
        PROCEED,
        checks=("glute-ham-raise", "no-advanced"),
    ),
    V(
        "calibrated-deadlift",
        "34, intermediate, can deadlift 100 kg ten times",
        _i(
            age=34,
            pain=1,
            experience="intermediate",
            goal="strength",
            equipment=["gym"],
            minutes_per_session=60,
            calibration=[{"exercise_id": "deadlift", "value": 100, "unit": "kg", "reps": 10}],
        ),
        PROCEED,
        checks=("first-load-deadlift",),
    ),
    V(
        "walking-opt-out",
        "41, walks for work all day, opts out of the walking programme",
        _i(age=41, walking=False),
        PROCEED,
        checks=("no-walking",),
    ),
    V(
        "short-sessions-novice",
        "25, novice, 20 minutes twice a week, no equipment",
        _i(age=25, equipment=["none"], days_per_week=2, minutes_per_session=20),
        PROCEED,
        checks=("walking", "bridge"),
    ),
)
