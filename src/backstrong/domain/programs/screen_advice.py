"""What the screen tells a person, in plain words: an opening for each outcome and one sentence
for each cause found, so the advice fits what was reported (a fall is not a nerve problem)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class Cause(StrEnum):
    """What a warning sign may point to; each has its own advice."""

    NERVE_PRESSURE = "nerve-pressure"  # cauda equina syndrome
    INJURY = "injury"  # a fracture after a serious accident or fall
    FRAGILE_BONE = "fragile-bone"  # osteoporosis or long steroid use with a minor injury
    NERVE_WORSENING = "nerve-worsening"  # a progressive deficit in one leg
    INFECTION = "infection"
    SERIOUS_ILLNESS = "serious-illness"  # cancer history, weight loss, unrelenting pain
    AGE = "age"  # new pain under 20 or over 50
    BACK_SHAPE = "back-shape"


CLEAR_ADVICE = "No warning signs reported. If any of them appear later, stop and seek care."

OPENINGS: dict[str, str] = {
    "emergency": (
        "Please do not start training. Get emergency care now: call your local emergency number "
        "or go to an emergency department."
    ),
    "prompt": (
        "Please hold off on this program and see a doctor or physiotherapist in the next few "
        "days. Signs like these usually turn out to be harmless, but they should be checked "
        "before you train your back on your own."
    ),
    "young-person": (
        "This program is written for adults, so it will not build a plan for you. For back "
        "pain at your age, please see a doctor or physiotherapist; to train, look for a coach "
        "qualified to work with young people."
    ),
    "review": (
        "You can start the program: nothing you told us makes exercise unsafe. One thing is "
        "worth a visit to your doctor, though."
    ),
}

CAUSE_ADVICE: dict[Cause, str] = {
    Cause.NERVE_PRESSURE: (
        "Numbness between the legs, bladder or bowel changes, weakness in both legs or a new "
        "sexual problem can mean the nerves at the bottom of the spine are being squeezed. "
        "That needs treatment within hours."
    ),
    Cause.INJURY: (
        "Back pain that began after a serious accident or a bad fall needs a check for a broken "
        "bone, usually with an X-ray or a scan, before the back takes any load."
    ),
    Cause.FRAGILE_BONE: (
        "When bones may be thin, from osteoporosis, years of steroid medicine or older age, "
        "even a small fall or strain can crack a bone in the spine. A doctor can check with an "
        "X-ray."
    ),
    Cause.NERVE_WORSENING: (
        "A leg that keeps getting weaker or number means a nerve is under growing pressure, and "
        "a doctor should examine it soon. If both legs become affected, or you notice changes "
        "in your bladder, bowels or the skin between your legs, get emergency care."
    ),
    Cause.INFECTION: (
        "A fever, feeling unwell, pain that began soon after another infection, a weakened "
        "immune system or injected drugs make an infection more likely. A doctor can rule it "
        "out, often with a blood test."
    ),
    Cause.SERIOUS_ILLNESS: (
        "Weight loss without trying, pain that never lets up, or back pain in someone who has "
        "had cancer is rarely serious, but a doctor should look, and may want a scan or a "
        "blood test."
    ),
    Cause.AGE: (
        "Back pain that starts before 20 or after 50, or lasts longer than usual, more often "
        "has a cause worth checking, such as a fracture or inflammation. A short visit settles "
        "it. If a clinician has already checked this pain, tell us, and the plan can go ahead."
    ),
    Cause.BACK_SHAPE: (
        "A new lump on the back or a change in its shape should be looked at by a doctor."
    ),
}


def outcome_advice(
    severity: str,
    causes: Sequence[Cause],
    derived_whys: Sequence[str],
    reviews: Sequence[str],
    young: bool,
) -> str:
    """The opening for the outcome, then one sentence per cause (in order, once each), the
    intake's own reasons for flags it answered, and any suggested review."""
    parts = [OPENINGS[severity]]
    if young and severity != "young-person":
        parts.append(OPENINGS["young-person"].split(", so", 1)[0] + ".")
    parts += [CAUSE_ADVICE[c] for c in dict.fromkeys(causes)]
    if derived_whys:
        parts.append("From what you told us: " + "; ".join(derived_whys) + ".")
    if severity != "review" and reviews:
        parts.append("Also worth raising with your doctor:")
    parts += list(reviews)
    return " ".join(parts)
