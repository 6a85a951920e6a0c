"""The red-flag screen: warning signs that stop a self-guided program (DOMAIN.md §2).

Emergency signs point to cauda equina syndrome or a serious injury; prompt signs need a clinician
to look within days. Any yes means no program, only advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.programs.errors import IntakeError


class Severity(StrEnum):
    EMERGENCY = "emergency"
    PROMPT = "prompt"


@dataclass(frozen=True, slots=True)
class RedFlag:
    slug: str
    question: str
    severity: Severity


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "saddle-numbness",
        "Is the skin around your genitals, buttocks or inner thighs numb or tingling?",
        Severity.EMERGENCY,
    ),
    RedFlag(
        "bladder-bowel-change",
        "Do you have new difficulty passing urine, or have you lost control of your bladder "
        "or bowels?",
        Severity.EMERGENCY,
    ),
    RedFlag(
        "both-legs-weak-or-numb",
        "Do both of your legs feel weak or numb?",
        Severity.EMERGENCY,
    ),
    RedFlag(
        "new-sexual-dysfunction",
        "Have you noticed a new problem with sexual function, such as lost sensation?",
        Severity.EMERGENCY,
    ),
    RedFlag(
        "serious-accident-or-fall",
        "Did the back pain begin after a serious accident or a bad fall?",
        Severity.EMERGENCY,
    ),
    RedFlag(
        "fever-or-unwell",
        "Do you have a fever, or do you feel generally ill?",
        Severity.PROMPT,
    ),
    RedFlag(
        "unexplained-weight-loss",
        "Have you lost weight lately without trying to?",
        Severity.PROMPT,
    ),
    RedFlag(
        "history-of-cancer",
        "Have you ever been treated for cancer?",
        Severity.PROMPT,
    ),
    RedFlag(
        "new-pain-under-20-or-over-50",
        "Is this back pain new, and are you younger than 20 or older than 50?",
        Severity.PROMPT,
    ),
    RedFlag(
        "constant-or-night-pain",
        "Is the pain there all the time, worse at night, or no better when you rest?",
        Severity.PROMPT,
    ),
    RedFlag(
        "osteoporosis-or-steroids-with-minor-injury",
        "Do you have osteoporosis or have you taken steroid medicine for a long time, and did "
        "the pain follow a small fall or strain?",
        Severity.PROMPT,
    ),
    RedFlag(
        "weak-immunity-or-injected-drugs",
        "Is your immune system weakened by an illness or medicine, or have you injected drugs?",
        Severity.PROMPT,
    ),
    RedFlag(
        "lump-or-changed-back-shape",
        "Have you found a lump on your back, or has the shape of your back changed?",
        Severity.PROMPT,
    ),
)

RED_FLAG_SLUGS: frozenset[str] = frozenset(f.slug for f in RED_FLAGS)
_BY_SLUG: dict[str, RedFlag] = {f.slug: f for f in RED_FLAGS}

EMERGENCY_ADVICE = (
    "Please do not start training. Get emergency care now: call your local emergency number or "
    "go to an emergency department. What you describe can mean pressure on the nerves at the "
    "bottom of the spine, and that needs treatment within hours."
)
PROMPT_ADVICE = (
    "Please hold off on this program and see a doctor or physiotherapist in the next few days. "
    "These signs usually turn out to be harmless, but a clinician should check them before you "
    "train your back on your own."
)
CLEAR_ADVICE = "No warning signs reported. If any of them appear later, stop and seek care."


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The flags answered yes, the worst severity among them (None when clear) and the advice."""

    flags: tuple[RedFlag, ...]
    severity: Severity | None
    advice: str

    @property
    def clear(self) -> bool:
        return not self.flags

    def to_dict(self) -> dict[str, object]:
        return {
            "flags": [f.slug for f in self.flags],
            "severity": self.severity.value if self.severity else None,
            "advice": self.advice,
        }


def screen(answers: Mapping[str, bool] | Iterable[str]) -> ScreenResult:
    """Judge the screen from answers ({slug: yes?}) or from the slugs answered yes."""
    if isinstance(answers, Mapping):
        yes = [slug for slug, answer in answers.items() if answer]
        named = list(answers)
    else:
        yes = list(answers)
        named = yes
    for slug in named:
        if slug not in _BY_SLUG:
            raise IntakeError(
                f"red_flags '{slug}': not a known question; accepted: "
                f"{', '.join(f.slug for f in RED_FLAGS)}"
            )
    flags = tuple(f for f in RED_FLAGS if f.slug in set(yes))
    if any(f.severity is Severity.EMERGENCY for f in flags):
        return ScreenResult(flags, Severity.EMERGENCY, EMERGENCY_ADVICE)
    if flags:
        return ScreenResult(flags, Severity.PROMPT, PROMPT_ADVICE)
    return ScreenResult((), None, CLEAR_ADVICE)
