"""Short notes about back pain, in plain words, attached to moments of a plan.

NICE NG59 (1.2): give advice and information tailored to the person, at every step, to help
self-management: pain does not mean damage, stay active, know what to do in a flare-up and when
to seek help. WalkBack (Pocovi 2024) paired its walking with such education. Each note has a
stable id so an interface can show it once and list it later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.programs.phases import Phase, WeekFrame


class Moment(StrEnum):
    START = "start"  # the first week
    FIRST_DELOAD = "first-deload"
    LOAD_RETURNS = "load-returns"  # the first week after the gentle phase
    FLARE_UP = "flare-up"  # a day with pain above 5 (shown by the next session)
    LAST_WEEK = "last-week"


@dataclass(frozen=True, slots=True)
class EducationNote:
    id: str
    title: str
    text: str


NOTES: tuple[EducationNote, ...] = (
    EducationNote(
        "pain-is-not-damage",
        "Pain is not the same as damage",
        "Back pain can be strong without anything being broken or worn out. Most of it comes "
        "from sensitive tissues and nerves, and it usually settles with time and movement. "
        "Feeling some discomfort while you exercise is normal and safe.",
    ),
    EducationNote(
        "stay-active",
        "Keep moving",
        "Staying active speeds recovery more than rest does. Keep up your daily life and work "
        "as far as you can, change position often, and spread effort through the day. Bed "
        "rest for more than a day or two makes backs stiffer, not better.",
    ),
    EducationNote(
        "when-to-seek-help",
        "When to get help",
        "Get emergency care if you notice numbness between your legs or around your bottom, "
        "trouble passing urine or controlling your bowels, or weakness in both legs. See a "
        "doctor soon if a leg gets weaker or number, if you have a fever or lose weight "
        "without trying, or if the pain keeps getting worse over several weeks.",
    ),
    EducationNote(
        "walking-builds-up",
        "Why walking is part of the plan",
        "Walking is a simple way to keep your back moving. Building it up over weeks, towards "
        "about half an hour on most days, helped people stay free of new episodes of back pain "
        "for longer in a large trial.",
    ),
    EducationNote(
        "flare-up-plan",
        "If your back flares up",
        "Flare-ups are common and usually pass within days. Keep moving gently, cut the "
        "session down rather than stopping altogether, use heat or simple pain relief if it "
        "helps, and go back to your usual level step by step. If it comes with any of the "
        "warning signs, or does not ease within a couple of weeks, see a clinician.",
    ),
    EducationNote(
        "lighter-weeks",
        "Why some weeks are lighter",
        "Every few weeks the plan eases off so your body can catch up with the work. A lighter "
        "week is part of getting stronger, not a step back.",
    ),
    EducationNote(
        "load-comes-back",
        "Adding weight again",
        "Your pain has settled enough to add load. Start light, judge each session by how your "
        "back feels the next morning, and let the plan add weight only when that stays calm.",
    ),
    EducationNote(
        "keep-it-going",
        "After the plan",
        "Backs do best with exercise that carries on. Keep walking and keep a couple of "
        "strength sessions in your week, and build a new plan when this one ends.",
    ),
)
NOTES_BY_ID: dict[str, EducationNote] = {n.id: n for n in NOTES}


@dataclass(frozen=True, slots=True)
class EducationItem:
    """A note attached to a moment; ``week`` is None for moments that do not have a week."""

    note_id: str
    moment: Moment
    week: int | None


def plan_education(frames: Sequence[WeekFrame], walking: bool) -> tuple[EducationItem, ...]:
    """The notes of a plan, in the order they come up."""
    first = frames[0].number
    items = [
        EducationItem("pain-is-not-damage", Moment.START, first),
        EducationItem("stay-active", Moment.START, first),
        EducationItem("when-to-seek-help", Moment.START, first),
    ]
    if walking:
        items.append(EducationItem("walking-builds-up", Moment.START, first))
    after_gentle = next(
        (f for f in frames if f.phase is not Phase.GENTLE and frames[0].phase is Phase.GENTLE),
        None,
    )
    if after_gentle is not None:
        items.append(EducationItem("load-comes-back", Moment.LOAD_RETURNS, after_gentle.number))
    deload = next((f for f in frames if f.deload), None)
    if deload is not None:
        items.append(EducationItem("lighter-weeks", Moment.FIRST_DELOAD, deload.number))
    items.append(EducationItem("flare-up-plan", Moment.FLARE_UP, None))
    items.append(EducationItem("keep-it-going", Moment.LAST_WEEK, frames[-1].number))
    return tuple(items)


def due_notes(
    items: Sequence[EducationItem], week: int, now: Sequence[str], seen: Iterable[str]
) -> tuple[EducationNote, ...]:
    """The notes to show with a session of ``week``: those whose moment has come (their week
    reached, or named by the session itself in ``now``, such as after a flare-up), not yet
    seen, in the plan's order."""
    done = set(seen)
    reached = [i.note_id for i in items if i.week is not None and i.week <= week]
    ids = [n for n in dict.fromkeys([*reached, *now]) if n not in done and n in NOTES_BY_ID]
    return tuple(NOTES_BY_ID[n] for n in ids)


def plan_notes_in_order(items: Sequence[EducationItem]) -> tuple[EducationNote, ...]:
    """Every note a plan holds, once each, in the order they come up."""
    ids = dict.fromkeys(i.note_id for i in items if i.note_id in NOTES_BY_ID)
    return tuple(NOTES_BY_ID[n] for n in ids)
