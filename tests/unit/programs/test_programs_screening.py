"""The screen reads its own intake: derived age flags (unless set aside), no over-triage, the
NG65 pattern as a suggested review, the under-16 outcome, advice that fits the cause."""

import pytest
from programs_builders import intake

from backstrong.domain.programs.intake import PainDuration
from backstrong.domain.programs.red_flags import Outcome, Severity, screen
from backstrong.domain.programs.screening import derived_flags, screen_intake

NEW = "new-pain-under-20-or-over-50"


def test_new_pain_at_fifty_one_counts_as_a_yes_without_being_ticked():
    result = screen_intake(intake(age=51, pain=5, pain_duration=PainDuration.ACUTE))
    assert result.outcome is Outcome.SEE_CLINICIAN
    assert [d.slug for d in result.derived] == [NEW]
    assert "51" in result.derived[0].why


def test_a_person_who_says_it_does_not_apply_goes_ahead():
    person = intake(age=51, pain=5, pain_duration=PainDuration.ACUTE, not_applicable={NEW})
    assert screen_intake(person).clear


def test_pain_that_began_at_forty_five_is_not_new_pain_at_sixty():
    assert derived_flags(intake(age=60, pain=3, pain_weeks=52 * 15)) == ()


def test_age_at_onset_counts_in_whole_years_as_the_person_gives_their_age():
    assert derived_flags(intake(age=20, pain=4, pain_weeks=2)) == ()
    assert derived_flags(intake(age=50, pain=4, pain_weeks=1)) == ()
    assert [d.slug for d in derived_flags(intake(age=19, pain=4, pain_weeks=2))] == [NEW]
    assert [d.slug for d in derived_flags(intake(age=51, pain=4, pain_weeks=1))] == [NEW]
    assert [d.slug for d in derived_flags(intake(age=20, pain=4, pain_weeks=40))] == [NEW]


def test_pain_that_began_years_ago_still_counts_for_someone_under_twenty():
    (flag,) = derived_flags(intake(age=19, pain=3, pain_weeks=260))
    assert flag.slug == NEW and "5 years" in flag.why
    assert derived_flags(intake(age=24, pain=3, pain_weeks=260)) == ()


def test_a_cancer_history_without_back_pain_is_not_a_back_red_flag():
    person = intake(pain=0, pain_duration=None, red_flags={"history-of-cancer"})
    assert screen_intake(person).clear


def test_trauma_advice_talks_about_bones_not_nerves():
    result = screen(["serious-accident-or-fall"])
    assert result.severity is Severity.EMERGENCY
    assert "broken bone" in result.advice and "nerves" not in result.advice


def test_a_worsening_leg_asks_for_a_prompt_review_not_an_emergency():
    result = screen(["one-leg-weakness-getting-worse"])
    assert result.outcome is Outcome.SEE_CLINICIAN


def test_under_sixteen_gets_the_young_person_outcome_not_an_error():
    result = screen_intake(intake(age=13, pain=2))
    assert result.outcome is Outcome.YOUNG_PERSON and not result.clear
    assert "young people" in result.advice


def test_the_inflammatory_pattern_suggests_a_review_and_does_not_stop_the_plan():
    signs = {"morning-stiffness-over-30-minutes", "wakes-second-half-of-night"}
    result = screen_intake(intake(age=30, pain=4, pain_weeks=30, inflammatory_signs=signs))
    assert result.clear
    assert result.outcome is Outcome.PROCEED_WITH_REVIEW
    assert "rheumatologist" in result.advice


def test_the_same_signs_in_acute_pain_suggest_nothing():
    signs = {"morning-stiffness-over-30-minutes", "wakes-second-half-of-night"}
    result = screen_intake(intake(age=30, pain=4, pain_weeks=2, inflammatory_signs=signs))
    assert result.outcome is Outcome.PROCEED


@pytest.mark.parametrize(
    ("weeks", "outcome"), [(14, Outcome.PROCEED), (40, Outcome.PROCEED_WITH_REVIEW)]
)
def test_inflammatory_onset_before_45_is_counted_in_whole_years(weeks, outcome):
    # 45 with pain for 14 weeks: it began at 45, not before; for 40 weeks it began at 44.
    signs = {"morning-stiffness-over-30-minutes", "wakes-second-half-of-night"}
    result = screen_intake(intake(age=45, pain=4, pain_weeks=weeks, inflammatory_signs=signs))
    assert result.outcome is outcome
