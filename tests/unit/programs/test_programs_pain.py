"""The pain-monitoring rule (Silbernagel 2007, extrapolated to backs)."""

from backstrong.domain.programs.pain import (
    PAIN_RULE_NOTE,
    PainZone,
    Verdict,
    clinician_advice,
    judge,
    zone,
)


def test_zones_are_zero_to_three_four_to_five_and_above_five():
    assert [zone(p) for p in (0, 3, 4, 5, 6, 10)] == [
        PainZone.SAFE,
        PainZone.SAFE,
        PainZone.ACCEPTABLE,
        PainZone.ACCEPTABLE,
        PainZone.TOO_MUCH,
        PainZone.TOO_MUCH,
    ]


def test_little_pain_lets_the_plan_progress():
    assert judge(2, before=2, next_morning=2).verdict is Verdict.PROGRESS
    assert judge(None).verdict is Verdict.PROGRESS


def test_pain_above_five_during_exercise_steps_back():
    judgement = judge(6)
    assert judgement.verdict is Verdict.REGRESS
    assert "6/10" in judgement.reason


def test_a_worse_next_morning_steps_back_even_after_a_painless_session():
    assert judge(1, before=2, next_morning=4).verdict is Verdict.REGRESS


def test_four_or_five_that_settles_by_morning_repeats_without_adding():
    assert judge(5, before=3, next_morning=3).verdict is Verdict.HOLD


def test_four_or_five_without_a_morning_check_repeats_and_asks_about_the_morning():
    judgement = judge(4)
    assert judgement.verdict is Verdict.HOLD
    assert "next morning" in judgement.reason


def test_the_reasons_say_the_rule_is_borrowed_from_tendon_rehab():
    assert "extrapolation" in PAIN_RULE_NOTE
    assert PAIN_RULE_NOTE in judge(7).reason


def test_three_step_backs_in_the_last_five_sessions_suggest_a_clinician():
    r, p = Verdict.REGRESS, Verdict.PROGRESS
    assert clinician_advice([r, p, r, p, r]) is not None
    assert clinician_advice([r, r, p, p, p]) is None
    assert clinician_advice([r, r, r, p, p, p, p, p]) is None  # older than the last five
