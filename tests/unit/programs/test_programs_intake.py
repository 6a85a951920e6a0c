"""The intake: validated on construction, with errors that name the field and what is accepted."""

import pytest
from programs_builders import intake

from backstrong.domain.programs.equipment import PRESETS, resolve_equipment
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.intake import (
    Experience,
    Goal,
    PainDuration,
    Sensitivity,
)
from backstrong.services.programs.mapping import intake_from_json, intake_to_json


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("days_per_week", 7, "days_per_week '7': accepted 1–6 days"),
        ("minutes_per_session", 10, "minutes_per_session '10': accepted 15–120 minutes"),
        ("pain", 11, "pain '11': accepted 0–10"),
        ("age", 0, "age '0': accepted 1–100 years"),
        ("weeks", 2, "weeks '2': accepted 4–52 weeks"),
    ],
)
def test_out_of_range_values_name_the_field_and_the_accepted_range(field, value, message):
    with pytest.raises(IntakeError, match=message):
        intake(**{field: value})


def test_pain_without_its_duration_asks_for_the_duration():
    with pytest.raises(IntakeError, match="pain_duration: missing for pain 4/10"):
        intake(pain=4, pain_duration=None)


def test_no_pain_needs_no_duration():
    assert intake(pain=0, pain_duration=None).pain_duration is None


def test_home_basic_is_a_mat_and_a_band():
    assert PRESETS["home-basic"] == frozenset({"mat", "band"})
    assert intake(equipment=("home-basic",)).available_equipment == {"mat", "band"}


def test_presets_and_items_combine():
    assert resolve_equipment(["home-basic", "kettlebell"]) == {"mat", "band", "kettlebell"}


def test_the_gym_has_everything_the_home_presets_have():
    for name in ("none", "home-basic", "home-dumbbells", "home-barbell"):
        assert PRESETS[name] <= PRESETS["gym"]


def test_an_unknown_equipment_item_is_named():
    with pytest.raises(IntakeError, match="equipment 'rowing machine'"):
        intake(equipment=("rowing machine",))


def test_a_dict_round_trips_through_the_intake():
    original = intake(
        experience=Experience.ADVANCED,
        goal=Goal.STRENGTH,
        sensitivities=frozenset({Sensitivity.FLEXION, Sensitivity.ROTATION}),
        favourites=("deadlift",),
        weeks=8,
    )
    assert intake_from_json(intake_to_json(original)) == original


def test_a_dict_with_a_misspelt_choice_is_refused_with_the_choices():
    data = intake_to_json(intake()) | {"goal": "bulk"}
    with pytest.raises(IntakeError, match="goal 'bulk': accepted: pain-relief, strength, mobility"):
        intake_from_json(data)


def test_weeks_default_to_twelve():
    data = intake_to_json(intake())
    del data["weeks"]
    assert intake_from_json(data).weeks == 12


def test_acute_pain_starts_gently_and_chronic_pain_does_not():
    assert intake(pain=5, pain_duration=PainDuration.ACUTE).starts_gently
    assert not intake(pain=5, pain_duration=PainDuration.CHRONIC).starts_gently


def test_severe_pain_starts_gently_whatever_its_duration():
    assert intake(pain=8, pain_duration=PainDuration.CHRONIC).starts_gently
