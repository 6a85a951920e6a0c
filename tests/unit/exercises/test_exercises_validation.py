"""Reading exercise entries: every field checked, messages a data author can act on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.exercises.model import Dosage, Exercise, Fault, Met, Source
from backstrong.domain.exercises.validation import (
    ExerciseDataError,
    exercise_from_mapping,
    exercise_problems,
    exercise_to_mapping,
)
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.domain.pose.model import Anchor, Held, Implement, Keyframes, Pose

ORIGIN = "exercises/bridge.toml"


def bridge_entry(**changes: object) -> dict[str, object]:
    """A complete bundled entry; ``changes`` replace fields (None removes one)."""
    entry: dict[str, object] = {
        "id": "bridge",
        "name": "Glute bridge",
        "aliases": ["hip bridge"],
        "kind": "strength",
        "pattern": "bridge",
        "unilateral": False,
        "level": "beginner",
        "primary_muscles": ["gluteus-maximus"],
        "secondary_muscles": ["hamstrings", "erector-spinae"],
        "equipment": ["mat"],
        "safety_tags": ["floor-transfer"],
        "easier": [],
        "harder": ["bridge-march"],
        "instructions": ["Lie down.", "Lift the hips.", "Lower slowly."],
        "cues": ["Heels down.", "Ribs down."],
        "dosage": {"sets": 3, "reps": [12, 15], "rest_seconds": 60},
        "met": {"code": "02030", "value": 3.5},
        "faults": [{"fault": "The back arches.", "fix": "Stop when hips and knees line up."}],
        "keyframes": {
            "start": {"trunk": -90, "hip": [60, 60], "knee": [110, 110]},
            "end": {"trunk": -70, "knee": [90, 90]},
        },
    }
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


def read(entry: dict[str, object], *, bundled: bool = True) -> Exercise:
    return exercise_from_mapping(entry, origin=ORIGIN, bundled=bundled)


def error_for(entry: dict[str, object], *, bundled: bool = True) -> ExerciseDataError:
    with pytest.raises(ExerciseDataError) as caught:
        read(entry, bundled=bundled)
    return caught.value


def test_a_complete_entry_becomes_an_exercise_with_the_bundled_source():
    ex = read(bridge_entry())
    assert ex.id == "bridge"
    assert ex.kind is Kind.STRENGTH and ex.pattern is Pattern.BRIDGE and ex.level is Level.BEGINNER
    assert ex.dosage == Dosage(sets=3, reps=(12, 15), rest_seconds=60)
    assert ex.faults == (Fault("The back arches.", "Stop when hips and knees line up."),)
    assert ex.met == Met("02030", 3.5)
    assert ex.keyframes is not None and ex.keyframes.start.knee == (110.0, 110.0)
    assert ex.source == Source()


def test_a_custom_entry_without_a_source_is_marked_custom():
    assert read(bridge_entry(), bundled=False).source.name == "custom"


def test_an_unknown_kind_names_the_file_the_field_the_value_and_the_choices():
    message = str(error_for(bridge_entry(kind="strech")))
    assert message.startswith(f"{ORIGIN}: kind: 'strech'")
    assert "strength, isometric, stretch, mobility" in message
    assert "closest: stretch" in message


def test_an_unknown_muscle_suggests_the_muscle_ids_its_lay_name_belongs_to():
    error = error_for(bridge_entry(primary_muscles=["glutes"]))
    assert error.field == "primary_muscles[0]"
    assert "'glutes'" in str(error) and "gluteus-maximus" in str(error)


def test_an_unknown_equipment_item_suggests_the_closest_ids():
    error = error_for(bridge_entry(equipment=["dumbell"]))
    assert error.field == "equipment[0]" and "dumbbell" in error.message


def test_an_unknown_safety_tag_is_refused():
    assert error_for(bridge_entry(safety_tags=["back-bending"])).field == "safety_tags[0]"


@pytest.mark.parametrize(
    ("dosage", "field", "accepted"),
    [
        ({"sets": 0, "reps": [8, 12]}, "dosage.sets", "from 1 to 10"),
        ({"sets": 11, "reps": [8, 12]}, "dosage.sets", "from 1 to 10"),
        ({"sets": 3, "reps": [8, 101]}, "dosage.reps[1]", "from 1 to 100"),
        ({"sets": 3, "reps": [0, 5]}, "dosage.reps[0]", "from 1 to 100"),
        ({"sets": 3, "hold_seconds": [5, 601]}, "dosage.hold_seconds[1]", "from 1 to 600"),
        ({"sets": 3, "reps": [15, 12]}, "dosage.reps", "min above max"),
        ({"sets": 3, "reps": "12"}, "dosage.reps", "[min, max]"),
        ({"sets": 3}, "dosage", "neither reps nor hold_seconds"),
        ({"sets": True, "reps": [8, 12]}, "dosage.sets", "whole number"),
        ({"sets": 3, "reps": [8, 12], "tempo": "2-0-2"}, "dosage.tempo", "unknown key"),
    ],
)
def test_dosage_out_of_range_says_what_is_accepted(dosage, field, accepted):
    error = error_for(bridge_entry(dosage=dosage))
    assert error.field == field
    assert accepted in error.message


def test_a_single_rep_count_means_exactly_that_many():
    ex = read(bridge_entry(dosage={"sets": 3, "reps": 15}))
    assert ex.dosage.reps == (15, 15)


def test_a_stretch_must_be_dosed_by_holds():
    error = error_for(bridge_entry(kind="stretch"))
    assert error.field == "dosage.hold_seconds"


@pytest.mark.parametrize("bad_id", ["Bridge", "glute_bridge", "glute--bridge", "-bridge", ""])
def test_the_id_must_be_a_lowercase_slug(bad_id):
    error = error_for(bridge_entry(id=bad_id))
    assert error.field == "id"


@pytest.mark.parametrize("field", ["id", "name", "kind", "pattern", "level", "dosage"])
def test_a_missing_required_field_is_named_as_missing(field):
    error = error_for(bridge_entry(**{field: None}))
    assert error.field == field
    assert error.message.startswith("is missing")


def test_a_misspelt_field_name_is_refused_with_the_likely_name():
    entry = bridge_entry()
    entry["secondary_muscle"] = entry.pop("secondary_muscles")
    error = error_for(entry)
    assert error.field == "secondary_muscle" and "closest: secondary_muscles" in error.message


def test_a_muscle_listed_as_primary_and_secondary_is_refused():
    error = error_for(bridge_entry(secondary_muscles=["gluteus-maximus"]))
    assert error.field == "secondary_muscles"


def test_an_exercise_cannot_be_both_easier_and_harder_than_another():
    error = error_for(bridge_entry(easier=["bridge-march"], harder=["bridge-march"]))
    assert "'bridge-march'" in error.message


def test_an_exercise_cannot_link_to_itself():
    assert error_for(bridge_entry(harder=["bridge"])).field == "harder"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"instructions": ["One.", "Two."]}, "instructions"),
        ({"cues": ["One."]}, "cues"),
        ({"faults": None}, "faults"),
        ({"met": None}, "met"),
        ({"keyframes": None}, "keyframes"),
    ],
)
def test_bundled_entries_must_be_complete_but_custom_ones_need_not(changes, field):
    entry = bridge_entry(**changes)
    assert error_for(entry).field == field
    assert read(entry, bundled=False).id == "bridge"


def test_a_bundled_entry_may_not_claim_another_source():
    entry = bridge_entry(source={"name": "somewhere", "licence": "MIT"})
    assert error_for(entry).field == "source.name"
    assert read(entry, bundled=False).source == Source("somewhere", "MIT")


def test_bad_keyframes_are_reported_at_the_keyframes_field():
    error = error_for(bridge_entry(keyframes={"start": {"hip": [1]}, "end": {}}))
    assert error.field == "keyframes.start.hip"
    assert error.origin == ORIGIN


def test_a_met_code_must_be_five_digits_in_quotes():
    assert error_for(bridge_entry(met={"code": 2030, "value": 3.5})).field == "met.code"


def test_every_problem_of_an_entry_is_reported_at_once():
    entry = bridge_entry(kind="strech", level="easy", dosage={"sets": 30, "reps": [8, 12]})
    fields = [p.field for p in exercise_problems(entry, origin=ORIGIN, bundled=True)]
    assert fields == ["kind", "level", "dosage.sets"]


def test_a_problem_in_one_field_hides_no_problem_in_another():
    entry = bridge_entry(met={"code": "x"}, cues=["One."])
    fields = {p.field for p in exercise_problems(entry, origin=ORIGIN, bundled=True)}
    assert fields == {"met.code", "cues"}


def test_an_entry_that_is_not_a_table_is_refused():
    problems = exercise_problems(["bridge"], origin=ORIGIN, bundled=True)  # type: ignore[arg-type]
    assert len(problems) == 1 and problems[0].origin == ORIGIN


def test_the_mapping_has_exactly_the_fields_of_the_api():
    mapping = exercise_to_mapping(read(bridge_entry()))
    assert list(mapping) == [
        "id", "name", "aliases", "kind", "pattern", "unilateral", "primary_muscles",
        "secondary_muscles", "regions", "equipment", "level", "dosage", "instructions", "cues",
        "faults", "safety_tags", "easier", "harder", "met", "keyframes", "source",
    ]  # fmt: skip
    assert mapping["regions"] == ["lower-back", "hips", "thighs"]
    assert mapping["dosage"] == {
        "sets": 3,
        "reps": [12, 15],
        "hold_seconds": None,
        "rest_seconds": 60,
        "times_per_day": None,
    }
    assert mapping["source"] == {"name": "backstrong", "licence": None, "url": None}


def test_a_bundled_entry_survives_a_round_trip_through_its_mapping():
    ex = read(bridge_entry())
    again = exercise_from_mapping(exercise_to_mapping(ex), origin="api", bundled=True)
    assert again == ex


names = st.text(alphabet="abcdefghij ", min_size=1, max_size=20).filter(str.strip)
poses = st.builds(
    Pose,
    trunk=st.integers(-180, 180).map(float),
    hip=st.tuples(st.integers(-90, 150), st.integers(-90, 150)).map(
        lambda p: (float(p[0]), float(p[1]))
    ),
)


@st.composite
def exercises(draw: st.DrawFn) -> Exercise:
    reps = draw(st.one_of(st.none(), st.tuples(st.integers(1, 50), st.integers(50, 100))))
    hold = draw(st.tuples(st.integers(1, 30), st.integers(30, 600)))
    kind = draw(st.sampled_from(Kind))
    held = draw(
        st.one_of(st.none(), st.builds(Held, st.sampled_from(Implement), st.sampled_from(Anchor)))
    )
    return Exercise(
        id=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        name=draw(names).strip(),
        kind=kind,
        pattern=draw(st.sampled_from(Pattern)),
        level=draw(st.sampled_from(Level)),
        dosage=Dosage(
            sets=draw(st.integers(1, 10)),
            reps=reps,
            hold_seconds=hold,
            rest_seconds=draw(st.integers(0, 600)),
            times_per_day=draw(st.one_of(st.none(), st.integers(1, 10))),
        ),
        primary_muscles=("gluteus-maximus",),
        secondary_muscles=draw(
            st.sampled_from([(), ("hamstrings",), ("erector-spinae", "calves")])
        ),
        unilateral=draw(st.booleans()),
        equipment=draw(st.sampled_from([(), ("mat",), ("barbell", "squat-rack")])),
        met=draw(st.one_of(st.none(), st.just(Met("02030", 3.5)))),
        keyframes=draw(st.one_of(st.none(), st.builds(Keyframes, poses, poses, st.just(held)))),
        source=Source("custom"),
    )


@given(exercises())
def test_any_valid_custom_exercise_survives_a_round_trip(ex):
    assert exercise_from_mapping(exercise_to_mapping(ex), origin="api", bundled=False) == ex
