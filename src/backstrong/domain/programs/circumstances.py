"""Pregnancy, the months after a birth and fragile bones: circumstances that shape a plan
without stopping it (docs/sources.md#circumstances).

- Pregnancy: exercise is safe and worthwhile for most pregnancies (ACOG Committee Opinion 804,
  2020), with a check by the midwife or doctor that nothing rules it out. After the first
  trimester nothing is done lying flat on the back; jerky, bouncy and ballistic moves are left
  out throughout; exercises that put the weight on the belly go once the bump grows
  (convention, the same week). Effort stays moderate: able to talk, never to exhaustion.
- After a birth: a gentle start without added weight, curl-ups or planks until the postnatal
  check (about six weeks, eight after a caesarean: convention after NHS advice); no ballistic
  or impact work in the first twelve weeks (Goom, Donnelly and Brockwell 2019); pelvic-floor
  exercise from the first days (ACOG 804).
- Osteoporosis: no repeated, loaded or end-range bending forward and no loaded or end-range
  twisting (Too Fit To Fracture, Giangregorio 2014), with strength work on two or more days a
  week and some balance practice.
"""

from __future__ import annotations

from collections.abc import Callable

from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.red_flags import Review

FIRST_TRIMESTER_WEEKS = 12  # from week 13 nothing is done lying flat on the back (ACOG)
DUE_WEEK = 40  # a plan reaching it asks for a new plan after the birth (convention)
IMPACT_AFTER_BIRTH_WEEKS = 12  # no ballistic or impact work before (Goom 2019)
PREGNANCY_REVIEW = "pregnancy"
AFTER_BIRTH_REVIEW = "after-birth"

LYING_ON_BACK = "lying-on-back"
LYING_ON_BELLY = "lying-on-belly"
BALLISTIC = "ballistic"
ABDOMINAL_WALL = "abdominal-wall-load"
# Bending forward and twisting under load or to the end of the range, and repeated bending forward
# (curl-ups, cat-camel) as Too Fit To Fracture's advice against sit-ups and toe touches has it.
FRAGILE_BONE_TAGS: frozenset[str] = frozenset(
    {
        "loaded-spinal-flexion",
        "end-range-flexion",
        "spinal-flexion",
        "loaded-rotation",
        "end-range-rotation",
    }
)

PREGNANT_REASON = "your pregnancy"
AFTER_BIRTH_REASON = "the first twelve weeks after the birth"
HEALING_REASON = "the healing belly wall before your postnatal check"
BONE_REASON = "looking after bones with osteoporosis"

PREGNANCY_ADVICE = (
    "You are pregnant: exercise suits most pregnancies, but ask your midwife or doctor whether "
    "anything in yours rules it out (such as bleeding, a low-lying placenta later on, raised "
    "blood pressure or pre-eclampsia) before you start."
)
PREGNANCY_STOP_SIGNS = (
    "Stop and call your midwife or doctor if you have bleeding or fluid from the vagina, regular "
    "painful tightenings, chest pain, a headache, dizziness, breathlessness before you start, "
    "weakness that upsets your balance, or pain or swelling in a calf."
)
PREGNANCY_EFFORT = (
    "Keep the effort moderate: you should be able to talk through every set, breathe out as you "
    "lift instead of holding your breath, and stop well before you are exhausted."
)
AFTER_BIRTH_ADVICE = (
    "You gave birth {weeks_ago}: until your postnatal check (about {check} weeks after the "
    "birth) the plan keeps to gentle work, without added weight, curl-ups or planks. Ask at "
    "that check whether your belly and pelvic floor are ready before weights go on."
)
PELVIC_FLOOR = (
    "Pelvic-floor squeezes can start from the first days after the birth: a few slow, held "
    "squeezes and some quick ones, a few times a day. Leaking, a heavy or dragging feeling, or "
    "pain are worth showing to a pelvic-health physiotherapist; they are common and treatable."
)
BONE_NOTE = (
    "With osteoporosis, exercises that round your spine again and again, or round or twist it "
    "under load or as far as it goes (such as {names}), are left out; bend at the hips with a "
    "long back instead. {help}"
)
BONE_KEPT_TO = (
    "With osteoporosis, no exercise in the plan rounds your spine again and again, or rounds or "
    "twists it under load or as far as it goes. {help}"
)
BONE_HELP = (
    "Strength work on two or more days a week and a little balance practice are what help "
    "bones most."
)
PREGNANT_NOTE = "You are {weeks} weeks pregnant: {left_out}. {effort} {stop}"
SESSION_REMINDER = (
    "In pregnancy: keep the effort so you can talk and breathe out as you lift. Stop and call "
    "your midwife or doctor if you have bleeding or fluid loss, painful tightenings, chest pain, "
    "dizziness, a headache, or a painful, swollen calf."
)
LYING_FLAT_OUT = (
    "exercises lying flat on your back or on your belly, and jerky or bouncy ones, are left out; "
    "side-lying, kneeling, seated and standing versions take their place"
)
AFTER_THE_BIRTH = (
    "Your baby is due before this plan ends. After the birth, make a new plan with the weeks "
    "since the birth, so it starts gently and waits for your postnatal check before weights."
)


def excluded_tags(intake: Intake) -> dict[str, str]:
    """Safety tags these circumstances rule out, each with its reason in the person's words."""
    excluded: dict[str, str] = {}
    weeks = intake.pregnancy_weeks
    if weeks is not None:
        excluded[BALLISTIC] = PREGNANT_REASON
        if past_first_trimester(intake):
            excluded[LYING_ON_BACK] = PREGNANT_REASON
            excluded[LYING_ON_BELLY] = PREGNANT_REASON
    born = intake.weeks_since_birth
    if born is not None and born < IMPACT_AFTER_BIRTH_WEEKS:
        excluded.setdefault(BALLISTIC, AFTER_BIRTH_REASON)
    if intake.postnatal_weeks_left is not None:
        excluded.setdefault(ABDOMINAL_WALL, HEALING_REASON)
    if intake.osteoporosis:
        for tag in sorted(FRAGILE_BONE_TAGS):
            excluded.setdefault(tag, BONE_REASON)
    return excluded


def session_reminders(intake: Intake) -> tuple[str, ...]:
    """What every session of the plan repeats before it starts (the signs to stop, in
    pregnancy)."""
    return (SESSION_REMINDER,) if intake.pregnancy_weeks is not None else ()


def past_first_trimester(intake: Intake) -> bool:
    """Whether the pregnancy passes its first trimester before the plan ends (one plan, one set
    of exercises: lying flat goes for all of it rather than in its last weeks)."""
    weeks = intake.pregnancy_weeks
    return weeks is not None and weeks + intake.weeks - 1 > FIRST_TRIMESTER_WEEKS


def reviews(intake: Intake) -> tuple[Review, ...]:
    """A word with the midwife or doctor: every pregnancy, and a birth before its check."""
    found = []
    if intake.pregnancy_weeks is not None:
        found.append(Review(PREGNANCY_REVIEW, PREGNANCY_ADVICE))
    left = intake.postnatal_weeks_left
    if left is not None and intake.weeks_since_birth is not None:
        check = intake.weeks_since_birth + left
        advice = AFTER_BIRTH_ADVICE.format(weeks_ago=_ago(intake.weeks_since_birth), check=check)
        found.append(Review(AFTER_BIRTH_REVIEW, advice))
    return tuple(found)


def notes(intake: Intake, examples: Callable[[frozenset[str]], str]) -> tuple[str, ...]:
    """What these circumstances change in the plan, in plain words; ``examples`` names a few
    exercises of the plan's catalogue with any of the given tags ("" when there are none)."""
    found = []
    weeks = intake.pregnancy_weeks
    if weeks is not None:
        if weeks > FIRST_TRIMESTER_WEEKS:
            left_out = LYING_FLAT_OUT
        elif past_first_trimester(intake):
            left_out = f"{LYING_FLAT_OUT}, as the plan runs past week 12 of your pregnancy"
        else:
            left_out = (
                "jerky or bouncy exercises are left out; from week 13 exercises lying flat on your "
                "back or on your belly go too (make a new plan then)"
            )
        found.append(
            PREGNANT_NOTE.format(
                weeks=weeks, left_out=left_out, effort=PREGNANCY_EFFORT, stop=PREGNANCY_STOP_SIGNS
            )
        )
        if weeks + intake.weeks - 1 >= DUE_WEEK:
            found.append(AFTER_THE_BIRTH)
    born = intake.weeks_since_birth
    if born is not None and born < IMPACT_AFTER_BIRTH_WEEKS:
        found.append(
            "For the first twelve weeks after the birth, jerky, bouncy and jumping exercises are "
            "left out while the pelvic floor recovers."
        )
    if born is not None:
        found.append(PELVIC_FLOOR)
    if intake.osteoporosis:
        names = examples(FRAGILE_BONE_TAGS)
        note = BONE_NOTE.format(names=names, help=BONE_HELP) if names else BONE_KEPT_TO
        found.append(note.format(help=BONE_HELP))
    return tuple(found)


def _ago(weeks: int) -> str:
    if weeks == 0:
        return "this week"
    return "1 week ago" if weeks == 1 else f"{weeks} weeks ago"
