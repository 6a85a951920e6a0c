"""Pregnancy, a recent birth and osteoporosis: the answers are checked, kept and change the plan
(the clinical cases in clinical_cases_second.py check whole plans against the guidelines)."""

from __future__ import annotations

from typing import Any

import pytest

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.safety import exclusion, rules_for
from backstrong.services.programs.mapping import intake_from_json, intake_to_json

LIBRARY = load_bundled_library()
BY_ID = {e.id: e for e in LIBRARY}


def _answers(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "age": 32,
        "experience": "novice",
        "goal": "strength",
        "equipment": ["home-dumbbells", "kettlebell"],
        "days_per_week": 3,
        "minutes_per_session": 40,
    }
    return base | extra


@pytest.mark.parametrize(
    ("extra", "field", "accepted"),
    [
        ({"pregnancy_weeks": 0}, "pregnancy_weeks '0'", "1–42"),
        ({"pregnancy_weeks": 43}, "pregnancy_weeks '43'", "1–42"),
        ({"weeks_since_birth": 53}, "weeks_since_birth '53'", "0–52"),
        ({"weeks_since_birth": -1}, "weeks_since_birth '-1'", "0–52"),
        ({"caesarean": True}, "caesarean 'true'", "weeks_since_birth"),
        ({"pregnancy_weeks": "soon"}, "pregnancy_weeks 'soon'", "whole number"),
    ],
)
def test_out_of_range_answers_name_the_field_and_what_is_accepted(extra, field, accepted):
    with pytest.raises(IntakeError) as raised:
        intake_from_json(_answers(**extra))
    assert field in str(raised.value) and accepted in str(raised.value)


def test_the_answers_are_kept_and_left_out_when_not_given():
    plain = intake_to_json(intake_from_json(_answers()))
    assert not {"pregnancy_weeks", "weeks_since_birth", "caesarean", "osteoporosis"} & set(plain)
    given = _answers(weeks_since_birth=3, caesarean="yes", osteoporosis="yes")
    kept = intake_to_json(intake_from_json(given))
    assert kept["weeks_since_birth"] == 3 and kept["caesarean"] is True
    assert kept["osteoporosis"] is True
    assert intake_from_json(kept) == intake_from_json(given)


@pytest.mark.parametrize(
    ("weeks", "plan_weeks", "ruled_out", "still_in"),
    [
        (9, 4, {"kettlebell-swing"}, {"bridge", "dead-bug", "superman"}),
        (10, 4, {"kettlebell-swing", "bridge", "superman"}, set()),  # ends in week 13
        (6, 12, {"bridge", "dead-bug", "superman", "prone-press-up"}, set()),
        (13, 4, {"kettlebell-swing", "bridge", "dead-bug", "superman", "prone-press-up"}, set()),
        (38, 4, {"lower-back-rotational-stretch", "superman"}, {"side-bridge", "bird-dog"}),
    ],
)
def test_pregnancy_rules_out_ballistic_moves_and_lying_flat_after_the_first_trimester(
    weeks, plan_weeks, ruled_out, still_in
):
    answers = _answers(pregnancy_weeks=weeks, weeks=plan_weeks, experience="advanced")
    intake = intake_from_json(answers)
    rules = rules_for(intake, Phase.BASE)
    for exercise_id in ruled_out:
        assert "your pregnancy" in (exclusion(BY_ID[exercise_id], rules) or ""), exercise_id
    for exercise_id in still_in:
        assert exclusion(BY_ID[exercise_id], rules) is None, exercise_id


def test_a_recent_birth_starts_gently_until_the_postnatal_check():
    vaginal = generate_plan(intake_from_json(_answers(weeks_since_birth=1)), LIBRARY)
    caesarean = generate_plan(
        intake_from_json(_answers(weeks_since_birth=1, caesarean=True)), LIBRARY
    )
    after_check = generate_plan(intake_from_json(_answers(weeks_since_birth=8)), LIBRARY)
    assert isinstance(vaginal, Plan) and isinstance(caesarean, Plan)
    assert isinstance(after_check, Plan)

    def gentle(plan: Plan) -> int:
        return sum(w.phase is Phase.GENTLE for w in plan.weeks)

    assert (gentle(vaginal), gentle(caesarean), gentle(after_check)) == (5, 7, 0)
    assert any("postnatal check" in w for w in caesarean.warnings)
    assert [r.slug for r in caesarean.reviews] == ["after-birth"]
    assert not after_check.reviews
    planks = {"plank", "plank-knees", "curl-up"}
    for week in caesarean.weeks:
        used = {e.exercise_id for s in week.sessions for e in s.exercises}
        if week.phase is Phase.GENTLE:
            assert not used & planks, (week.number, used & planks)
            assert all(e.load is None for s in week.sessions for e in s.exercises)


def test_osteoporosis_leaves_out_bending_and_twisting_but_keeps_strength():
    intake = intake_from_json(_answers(age=66, osteoporosis=True))
    rules = rules_for(intake, Phase.STRENGTH)
    for exercise_id in ("cat-camel", "curl-up", "lower-back-rotational-stretch", "childs-pose"):
        reason = exclusion(BY_ID[exercise_id], rules) or ""
        assert "osteoporosis" in reason, exercise_id
    for exercise_id in ("goblet-squat", "dumbbell-romanian-deadlift", "bird-dog"):
        assert exclusion(BY_ID[exercise_id], rules) is None, exercise_id


def test_a_red_flag_still_stops_a_pregnant_person_s_plan():
    result = generate_plan(
        intake_from_json(
            _answers(
                pregnancy_weeks=30, pain=5, pain_duration="subacute", red_flags=["fever-or-unwell"]
            )
        ),
        LIBRARY,
    )
    assert not isinstance(result, Plan) and result.outcome.value == "see-clinician"


def test_a_plan_that_runs_past_the_due_date_says_to_make_a_new_one_after_the_birth():
    late = generate_plan(intake_from_json(_answers(pregnancy_weeks=32)), LIBRARY)
    early = generate_plan(intake_from_json(_answers(pregnancy_weeks=20)), LIBRARY)
    assert isinstance(late, Plan) and isinstance(early, Plan)
    assert any("due before this plan ends" in n for n in late.notes)
    assert not any("due before this plan ends" in n for n in early.notes)


def test_every_session_of_a_pregnancy_plan_repeats_the_signs_to_stop():
    from backstrong.domain.programs.progression import next_session

    pregnant = generate_plan(intake_from_json(_answers(pregnancy_weeks=20)), LIBRARY)
    other = generate_plan(intake_from_json(_answers()), LIBRARY)
    assert isinstance(pregnant, Plan) and isinstance(other, Plan)
    for week, index in ((1, 0), (5, 2)):
        shown = next_session(pregnant, [], [], LIBRARY, position=(week, index)).warnings
        assert any("midwife" in w and "swollen calf" in w for w in shown)
    assert not next_session(other, [], [], LIBRARY).warnings


def test_a_slot_left_empty_names_the_pregnancy_among_its_causes():
    plan = generate_plan(
        intake_from_json(_answers(pregnancy_weeks=24, equipment=["home-dumbbells", "band"])),
        LIBRARY,
    )
    assert isinstance(plan, Plan)
    assert "No back extension exercise fits your equipment, level and pregnancy" in " ".join(
        plan.warnings
    )
