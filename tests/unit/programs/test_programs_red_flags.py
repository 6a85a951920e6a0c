"""The red-flag screen stops a self-guided program and says what to do instead."""

import pytest
from programs_builders import intake, library

from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.red_flags import (
    RED_FLAGS,
    ScreenResult,
    Severity,
    screen,
)


def test_every_flag_asks_a_plain_question_and_has_a_severity():
    slugs = [f.slug for f in RED_FLAGS]
    assert len(slugs) == len(set(slugs))
    for flag in RED_FLAGS:
        assert flag.question.endswith("?")
        assert flag.severity in (Severity.EMERGENCY, Severity.PROMPT)


def test_the_cauda_equina_signs_are_emergencies():
    emergency = {f.slug for f in RED_FLAGS if f.severity is Severity.EMERGENCY}
    assert {"saddle-numbness", "bladder-bowel-change", "both-legs-weak-or-numb"} <= emergency


def test_a_clear_screen_has_no_flags_and_no_severity():
    result = screen({f.slug: False for f in RED_FLAGS})
    assert result.clear
    assert result.severity is None


def test_an_emergency_sign_sends_the_person_to_emergency_care_now():
    result = screen({"saddle-numbness": True, "fever-or-unwell": True})
    assert result.severity is Severity.EMERGENCY
    assert "emergency" in result.advice.lower()
    assert [f.slug for f in result.flags] == ["saddle-numbness", "fever-or-unwell"]


def test_a_prompt_sign_asks_for_a_clinician_within_days():
    result = screen(["history-of-cancer"])
    assert result.severity is Severity.PROMPT
    assert "doctor or physiotherapist" in result.advice
    assert "emergency" not in result.advice.lower()


def test_an_unknown_question_is_named_in_the_error():
    with pytest.raises(IntakeError, match="red_flags 'back-ache'"):
        screen({"back-ache": True})


def test_any_flag_means_no_program_only_the_advice():
    flagged = intake(red_flags=frozenset({"bladder-bowel-change"}))
    result = generate_plan(flagged, library())
    assert isinstance(result, ScreenResult)
    assert result.severity is Severity.EMERGENCY
    assert [flag.slug for flag in result.flags] == ["bladder-bowel-change"]
