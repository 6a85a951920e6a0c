"""The red-flag screen: warning signs that stop a self-guided program
(docs/sources.md#low-back-pain).

Emergency signs point to cauda equina syndrome or a serious injury; prompt signs need a clinician
to look within days. Either stops the program, with advice that fits the cause. Two more outcomes
do not come from a question: people under 16 are pointed to care made for young people, and a
pattern worth a clinician's look that does not make training unsafe (the inflammatory back-pain
pattern of NICE NG65) lets the plan go ahead with a suggested review.

``screen`` judges answers alone (the first step of a form); ``screening.screen_intake`` adds what
the intake already tells (age, how long the pain has lasted) and the NG65 pattern.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.screen_advice import (
    CLEAR_ADVICE,
    OPENINGS,
    Cause,
    outcome_advice,
)

# The opening sentences of the two stopping outcomes; the full advice adds one sentence per cause.
EMERGENCY_ADVICE = OPENINGS["emergency"]
PROMPT_ADVICE = OPENINGS["prompt"]
YOUNG_PERSON_ADVICE = OPENINGS["young-person"]


class Severity(StrEnum):
    """From the most to the least urgent; the first three stop the program."""

    EMERGENCY = "emergency"  # get emergency care now
    PROMPT = "prompt"  # see a clinician within days
    YOUNG_PERSON = "young-person"  # under 16: this program is for adults
    REVIEW = "review"  # the plan goes ahead; a clinician's review is suggested


class Outcome(StrEnum):
    """The screen's answer in one word, for every interface."""

    EMERGENCY = "emergency"
    SEE_CLINICIAN = "see-clinician"
    YOUNG_PERSON = "young-person"
    PROCEED_WITH_REVIEW = "proceed-with-review"
    PROCEED = "proceed"


STOPPING: frozenset[Severity] = frozenset(
    {Severity.EMERGENCY, Severity.PROMPT, Severity.YOUNG_PERSON}
)
_ORDER = (Severity.EMERGENCY, Severity.PROMPT, Severity.YOUNG_PERSON, Severity.REVIEW)
_OUTCOMES = {
    Severity.EMERGENCY: Outcome.EMERGENCY,
    Severity.PROMPT: Outcome.SEE_CLINICIAN,
    Severity.YOUNG_PERSON: Outcome.YOUNG_PERSON,
    Severity.REVIEW: Outcome.PROCEED_WITH_REVIEW,
}


@dataclass(frozen=True, slots=True)
class RedFlag:
    slug: str
    question: str
    severity: Severity
    cause: Cause = Cause.SERIOUS_ILLNESS


E, P = Severity.EMERGENCY, Severity.PROMPT

# Questions as asked. Time frames keep old, already-checked events out (an accident years ago
# is not an emergency now); the cancer question asks about back pain now, as a history of
# cancer without back pain is no warning sign for the back (NICE NG59 red-flag context).
RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "saddle-numbness",
        "Is the skin around your genitals, buttocks or inner thighs numb or tingling?",
        E,
        Cause.NERVE_PRESSURE,
    ),
    RedFlag(
        "bladder-bowel-change",
        "Do you have new difficulty passing urine, or have you lost control of your bladder "
        "or bowels?",
        E,
        Cause.NERVE_PRESSURE,
    ),
    RedFlag(
        "both-legs-weak-or-numb",
        "Do both of your legs feel weak or numb?",
        E,
        Cause.NERVE_PRESSURE,
    ),
    RedFlag(
        "new-sexual-dysfunction",
        "Have you noticed a new problem with sexual function, such as lost sensation?",
        E,
        Cause.NERVE_PRESSURE,
    ),
    RedFlag(
        "serious-accident-or-fall",
        "Did this back pain start after a serious accident or a bad fall in the last few weeks?",
        E,
        Cause.INJURY,
    ),
    RedFlag(
        # Progressive neurological deficit: prompt review (ACP/APS 2007; NICE NG59 context).
        "one-leg-weakness-getting-worse",
        "Is one of your legs getting weaker or more numb over days or weeks, for example a "
        "foot that catches or drags?",
        P,
        Cause.NERVE_WORSENING,
    ),
    RedFlag(
        # NICE CKS: fever, a recent bacterial infection (such as a urine infection), IV drug
        # use and immunosuppression raise the chance of a spinal infection.
        "fever-or-unwell",
        "Do you have a fever or feel generally ill, or did this back pain start soon after "
        "another infection, such as a urine infection?",
        P,
        Cause.INFECTION,
    ),
    RedFlag(
        "unexplained-weight-loss",
        "Have you lost weight lately without trying to?",
        P,
        Cause.SERIOUS_ILLNESS,
    ),
    RedFlag(
        "history-of-cancer",
        "Do you have back pain now, and have you ever been treated for cancer?",
        P,
        Cause.SERIOUS_ILLNESS,
    ),
    RedFlag(
        "new-pain-under-20-or-over-50",
        "Did this back pain start recently, and are you younger than 20 or older than 50?",
        P,
        Cause.AGE,
    ),
    RedFlag(
        # Non-mechanical pain: constant, unrelieved by rest or position. Worded so that the
        # night waking of inflammatory back pain, which eases on moving, is asked about apart.
        "constant-or-night-pain",
        "Is the pain there all the time, day and night, without easing when you lie still or "
        "change position?",
        P,
        Cause.SERIOUS_ILLNESS,
    ),
    RedFlag(
        # Minor trauma is a fracture flag with osteoporosis, long steroid use or older age
        # (NICE CKS; age over 70 with minor trauma: Downie, BMJ 2013, red flags for fracture).
        "osteoporosis-or-steroids-with-minor-injury",
        "Did the pain follow a small fall or strain, and do you have osteoporosis, have you "
        "taken steroid medicine for a long time, or are you over 70?",
        P,
        Cause.FRAGILE_BONE,
    ),
    RedFlag(
        "weak-immunity-or-injected-drugs",
        "Is your immune system weakened by an illness or medicine, or have you injected drugs?",
        P,
        Cause.INFECTION,
    ),
    RedFlag(
        "lump-or-changed-back-shape",
        "Have you found a lump on your back, or has the shape of your back changed?",
        P,
        Cause.BACK_SHAPE,
    ),
)

RED_FLAG_SLUGS: frozenset[str] = frozenset(f.slug for f in RED_FLAGS)
# Flags the intake itself can answer (screening.derived_flags); a person may set them aside.
DERIVABLE_SLUGS: frozenset[str] = frozenset({"new-pain-under-20-or-over-50"})
_BY_SLUG: dict[str, RedFlag] = {f.slug: f for f in RED_FLAGS}


def red_flag(slug: str) -> RedFlag:
    return _BY_SLUG[slug]


@dataclass(frozen=True, slots=True)
class DerivedFlag:
    """A flag the intake answers by itself, and why (in the person's own numbers)."""

    slug: str
    why: str


@dataclass(frozen=True, slots=True)
class Review:
    """A suggestion to see a clinician that does not stop the plan."""

    slug: str
    advice: str
    signs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The flags that count (answered yes or derived), the worst severity (None when nothing
    was found) and the advice. ``clear`` means the plan may go ahead (perhaps with a review)."""

    flags: tuple[RedFlag, ...]
    severity: Severity | None
    advice: str
    derived: tuple[DerivedFlag, ...] = ()
    reviews: tuple[Review, ...] = ()

    @property
    def clear(self) -> bool:
        return self.severity not in STOPPING

    @property
    def outcome(self) -> Outcome:
        return Outcome.PROCEED if self.severity is None else _OUTCOMES[self.severity]


def screen(
    answers: Mapping[str, bool] | Iterable[str],
    *,
    derived: Iterable[DerivedFlag] = (),
    reviews: Iterable[Review] = (),
    young: bool = False,
) -> ScreenResult:
    """Judge the screen from answers ({slug: yes?} or the slugs answered yes), plus flags the
    intake answered (``derived``), suggested reviews and whether the person is under 16."""
    yes = _answered_yes(answers)
    counted = list(derived)
    slugs = yes | {d.slug for d in counted}
    flags = tuple(f for f in RED_FLAGS if f.slug in slugs)
    kept_reviews = tuple(reviews)
    severities = {f.severity for f in flags}
    if young:
        severities.add(Severity.YOUNG_PERSON)
    if kept_reviews:
        severities.add(Severity.REVIEW)
    severity = next((s for s in _ORDER if s in severities), None)
    if severity is None:
        return ScreenResult((), None, CLEAR_ADVICE)
    shown = tuple(d for d in counted if d.slug not in yes)
    causes = [f.cause for f in flags]
    whys = [d.why for d in shown]
    advice = outcome_advice(severity.value, causes, whys, [r.advice for r in kept_reviews], young)
    return ScreenResult(flags, severity, advice, shown, kept_reviews)


def _answered_yes(answers: Mapping[str, bool] | Iterable[str]) -> set[str]:
    if isinstance(answers, Mapping):
        yes = {slug for slug, answer in answers.items() if answer}
        named = list(answers)
    else:
        yes = set(answers)
        named = list(yes)
    for slug in named:
        if slug not in _BY_SLUG:
            raise IntakeError(
                f"red_flags '{slug}': not a known question; accepted: "
                f"{', '.join(f.slug for f in RED_FLAGS)}"
            )
    return yes
