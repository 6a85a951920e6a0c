"""Quick entry: the forms people type, the errors they get, and no surprise exceptions."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backstrong.domain.training.model import Load, Side
from backstrong.domain.training.quick_entry import (
    QuickEntry,
    QuickEntryError,
    parse_quick_entry,
)
from backstrong.domain.training.resolution import ResolvedName
from backstrong.domain.training.validation import TrainingValueError
from backstrong.domain.units import MassUnit

KG, LB = MassUnit.KG, MassUnit.LB


def parse(text: str, unit: MassUnit = KG) -> QuickEntry:
    return parse_quick_entry(text, default_unit=unit)


def summary(entry: QuickEntry) -> list[tuple[object, ...]]:
    return [(s.reps, s.hold_seconds, s.load, s.rpe, s.side, s.warmup) for s in entry.sets]


def test_sets_reps_load_and_rpe_without_spaces():
    entry = parse("deadlift 3x12@60kg rpe8")
    assert entry.name_text == "deadlift"
    assert summary(entry) == [(12, None, Load(60.0, KG), 8.0, None, False)] * 3


def test_body_weight_sets_have_no_load():
    assert summary(parse("bridge 2x15")) == [(15, None, None, None, None, False)] * 2


def test_timed_sets_each_side_become_a_left_and_a_right_set():
    entry = parse("side plank 3x10s each side")
    assert entry.name_text == "side plank"
    assert [(s.hold_seconds, s.side) for s in entry.sets] == [
        (10.0, Side.LEFT),
        (10.0, Side.RIGHT),
    ] * 3


def test_a_list_of_reps_is_one_set_each_at_the_shared_load():
    entry = parse("good morning 5,5,4 @ 95 lb")
    assert [(s.reps, s.load) for s in entry.sets] == [
        (5, Load(95.0, LB)),
        (5, Load(95.0, LB)),
        (4, Load(95.0, LB)),
    ]


def test_groups_separated_by_commas_keep_their_own_loads():
    entry = parse("rdl 3x10 @ 40kg, 3x8 @ 50kg")
    assert [(s.reps, s.load.value) for s in entry.sets] == [(10, 40.0)] * 3 + [(8, 50.0)] * 3  # type: ignore[union-attr]


def test_a_load_without_a_unit_takes_the_persons_default_and_says_so():
    entry = parse("squat 5x5 @ 100", LB)
    assert entry.sets[0].load == Load(100.0, LB)
    assert entry.assumed_unit is LB
    assert parse("squat 5x5 @ 100kg", LB).assumed_unit is None


def test_seconds_and_minutes_are_holds():
    assert [s.hold_seconds for s in parse("plank 3x30s").sets] == [30.0] * 3
    assert [s.hold_seconds for s in parse("plank 2 sets of 1 min").sets] == [60.0] * 2


def test_the_warmup_keyword_marks_the_group_as_warm_up():
    assert parse("deadlift 1x5 @ 140kg warmup").sets[0].warmup
    assert parse("deadlift 1x5 @ 60kg warm up").sets[0].warmup


def test_reps_in_reserve_and_pain_are_kept():
    entry = parse("deadlift 3x5 @ 80kg rir 2 pain 3")
    assert (entry.sets[0].rir, entry.sets[0].pain) == (2, 3)


def test_added_load_on_body_weight():
    entry = parse("back extension 3x12 @ bw+10kg")
    assert (entry.sets[0].load, entry.sets[0].added_load) == (None, Load(10.0, KG))


def test_a_decimal_comma_works_in_loads():
    assert parse("squat 3x5 @ 102,5kg").sets[0].load == Load(102.5, KG)


def test_digits_inside_a_name_stay_in_the_name():
    assert parse("90/90 hip switch 2x10").name_text == "90/90 hip switch"


def test_the_resolver_is_asked_about_the_name_only():
    asked = []

    def resolve(text: str) -> ResolvedName:
        asked.append(text)
        return ResolvedName("romanian-deadlift", "Romanian deadlift", 95.0)

    entry = parse_quick_entry("rdl 3x10 @ 40kg", resolve=resolve)
    assert asked == ["rdl"]
    sets = entry.performed_sets(datetime(2026, 3, 13, 7))
    assert [s.exercise_id for s in sets] == ["romanian-deadlift"] * 3


def test_performed_sets_need_an_exercise():
    with pytest.raises(TrainingValueError, match="exercise 'rdl'"):
        parse("rdl 3x10").performed_sets(datetime(2026, 3, 13))


def error_for(text: str) -> QuickEntryError:
    with pytest.raises(QuickEntryError) as caught:
        parse(text)
    return caught.value


def test_an_unknown_unit_is_pointed_at_with_a_caret():
    error = error_for("deadlift 3x12 @ 60kgg")
    assert error.caret_line == " " * 18 + "^^^"
    assert "unit 'kgg'" in str(error)
    assert "for example: deadlift 3x12 @ 60kg rpe 8" in str(error)


def test_a_missing_name_is_reported_at_the_start():
    error = error_for("3x10")
    assert error.position == 0
    assert "exercise name" in error.problem


def test_a_name_without_sets_is_reported_at_the_end():
    error = error_for("deadlift")
    assert error.position == len("deadlift")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("deadlift 3x1001", "reps", "1001"),
        ("deadlift 3x5 @ 1200kg", "load", "1200 kg"),
        ("deadlift 3x5 @ 2300 lb", "load", "2300 lb"),
        ("deadlift 3x5 rpe 11", "rpe", "11"),
        ("deadlift 3x5 rpe 7.3", "rpe", "7.3"),
        ("deadlift 0x5", "sets", "0"),
    ],
)
def test_values_out_of_range_name_the_field_and_point_at_the_value(text, field, value):
    error = error_for(text)
    assert error.field == field
    assert f"{field} '{value}'" in error.problem
    assert text[error.position :].startswith(value.split()[0])


def test_a_second_load_in_one_group_asks_for_a_new_group():
    assert "new group" in error_for("rdl 3x10 @ 40kg @ 50kg").problem


def test_reps_must_be_whole_numbers():
    assert "whole number" in error_for("bridge 3x10.5").problem


def test_every_error_message_carries_the_text_the_caret_and_an_example():
    message = str(error_for("deadlift 3x12 @ 60kgg")).splitlines()
    assert message[1].strip() == "deadlift 3x12 @ 60kgg"
    assert message[2].strip().startswith("^")
    assert message[3].startswith("for example:")


WORDS = ["kg", "lb", "s", "min", "rpe", "rir", "each side", "warmup", "bw", "squat", "é", "\n"]
ENTRY_ALPHABET = st.sampled_from([*"0123456789 x×*@,;.+/-:", *WORDS])


@settings(max_examples=400, deadline=None)
@given(st.lists(ENTRY_ALPHABET, max_size=30).map("".join))
def test_any_text_gives_an_entry_or_a_quick_entry_error(text):
    try:
        entry = parse(text)
    except QuickEntryError as error:
        assert 0 <= error.position <= len(text)
        return
    assert entry.name_text
    assert 1 <= len(entry.sets) <= 200


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_unicode_never_raises_anything_but_a_quick_entry_error(text):
    with contextlib.suppress(QuickEntryError):
        parse(text)


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(["deadlift", "side plank", "good morning"]),
    sets=st.integers(1, 10),
    reps=st.integers(0, 1000),
    load=st.integers(0, 1000),
    rpe=st.sampled_from([6, 6.5, 7, 8, 9.5, 10]),
)
def test_well_formed_entries_read_back_exactly(name, sets, reps, load, rpe):
    entry = parse(f"{name} {sets}x{reps} @ {load}kg rpe {rpe}")
    assert entry.name_text == name
    assert summary(entry) == [(reps, None, Load(float(load), KG), float(rpe), None, False)] * sets


@pytest.mark.parametrize(
    ("text", "position"),
    [("deadlift 3x-5@60kg", 11), ("deadlift 3 x -5 @ 60kg", 13), ("deadlift 3×-5", 11)],
)
def test_a_minus_sign_in_the_reps_is_refused_not_read_as_part_of_the_name(text, position):
    error = error_for(text)
    assert error.position == position
    assert "expected the reps" in error.problem


def test_a_dash_between_name_and_sets_still_separates_them():
    entry = parse("deadlift -3x5@60kg")
    assert entry.name_text == "deadlift" and len(entry.sets) == 3
