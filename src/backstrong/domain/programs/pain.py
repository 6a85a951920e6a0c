"""Pain monitoring: a traffic-light rule for whether to progress, hold or step back.

The rule comes from tendon rehabilitation (Silbernagel et al., AJSM 2007): pain during exercise
may reach 5/10 if it settles by the next morning. Using it for backs is an extrapolation, and
the texts say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

SAFE_MAX = 3  # 0–3: fine
ACCEPTABLE_MAX = 5  # 4–5: acceptable if settled by the next morning; above: too much
CLINICIAN_WINDOW = 5  # look at the last five sessions …
CLINICIAN_AFTER = 3  # … and suggest a clinician when three of them needed a step back

PAIN_RULE_NOTE = (
    "pain rule borrowed from tendon rehab (Silbernagel 2007) and applied to backs by extrapolation"
)
CLINICIAN_ADVICE = (
    "Your back has needed a step back in {count} of your last {window} sessions. Please see a "
    "doctor or physiotherapist to check what is going on before pushing on."
)


class PainZone(StrEnum):
    SAFE = "safe"
    ACCEPTABLE = "acceptable"
    TOO_MUCH = "too-much"


class Verdict(StrEnum):
    PROGRESS = "progress"  # carry on as planned
    HOLD = "hold"  # repeat, do not add
    REGRESS = "regress"  # lighter load or an easier variant


@dataclass(frozen=True, slots=True)
class PainJudgement:
    verdict: Verdict
    reason: str


def zone(pain: int) -> PainZone:
    if pain <= SAFE_MAX:
        return PainZone.SAFE
    if pain <= ACCEPTABLE_MAX:
        return PainZone.ACCEPTABLE
    return PainZone.TOO_MUCH


def judge(
    during: int | None, before: int | None = None, next_morning: int | None = None
) -> PainJudgement:
    """Judge one session (or one exercise) from the worst pain during it and the next morning.

    ``before`` is the usual level the morning is compared with."""
    worse = next_morning is not None and (
        (before is not None and next_morning > before) or zone(next_morning) is PainZone.TOO_MUCH
    )
    if worse:
        return PainJudgement(
            Verdict.REGRESS,
            f"your back was worse the next morning ({next_morning}/10); {PAIN_RULE_NOTE}",
        )
    if during is None or zone(during) is PainZone.SAFE:
        return PainJudgement(Verdict.PROGRESS, "")
    if zone(during) is PainZone.TOO_MUCH:
        return PainJudgement(
            Verdict.REGRESS, f"pain reached {during}/10 during the session; {PAIN_RULE_NOTE}"
        )
    if next_morning is None:
        return PainJudgement(
            Verdict.HOLD,
            f"pain reached {during}/10: acceptable if it settles by the next morning, so repeat "
            f"rather than add; {PAIN_RULE_NOTE}",
        )
    return PainJudgement(
        Verdict.HOLD,
        f"pain reached {during}/10 and settled by the morning: repeat rather than add; "
        f"{PAIN_RULE_NOTE}",
    )


def clinician_advice(recent: Sequence[Verdict]) -> str | None:
    """Advice to see a clinician when most recent sessions needed a step back (oldest first)."""
    window = list(recent)[-CLINICIAN_WINDOW:]
    count = sum(1 for v in window if v is Verdict.REGRESS)
    if count >= CLINICIAN_AFTER:
        return CLINICIAN_ADVICE.format(count=count, window=len(window))
    return None
