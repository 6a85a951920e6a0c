"""What may never be prescribed: missing equipment, sensitivity triggers, heavy work while acute."""

from programs_builders import ADV, INT, P, exercise, intake

from backstrong.domain.programs.intake import Experience, PainDuration, Sensitivity
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.safety import DISCLAIMER, exclusion, is_heavy_hinge, rules_for


def test_an_exercise_needing_missing_equipment_is_excluded_and_the_item_named():
    squat = exercise("squat", P.SQUAT, level=INT, equipment=("barbell", "squat-rack"))
    why = exclusion(squat, rules_for(intake(equipment=("home-basic",)), Phase.BASE))
    assert why is not None
    assert "barbell" in why


def test_a_flexion_sensitivity_excludes_end_range_flexion():
    stretch = exercise("double-knee-to-chest", P.SPINAL_MOBILITY, tags=("end-range-flexion",))
    sensitive = intake(sensitivities=frozenset({Sensitivity.FLEXION}))
    why = exclusion(stretch, rules_for(sensitive, Phase.BASE))
    assert why is not None
    assert "flexion sensitivity" in why
    assert exclusion(stretch, rules_for(intake(), Phase.BASE)) is None


def test_an_extension_sensitivity_leaves_flexion_work_alone():
    stretch = exercise("double-knee-to-chest", P.SPINAL_MOBILITY, tags=("end-range-flexion",))
    sensitive = intake(sensitivities=frozenset({Sensitivity.EXTENSION}))
    assert exclusion(stretch, rules_for(sensitive, Phase.BASE)) is None


def test_the_gentle_phase_excludes_heavy_ballistic_and_advanced_work():
    acute = intake(
        equipment=("gym",),
        experience=Experience.ADVANCED,
        pain=5,
        pain_duration=PainDuration.ACUTE,
    )
    rules = rules_for(acute, Phase.GENTLE)
    deadlift = exercise(
        "deadlift", P.HINGE, level=INT, equipment=("barbell",), tags=("high-spinal-compression",)
    )
    swing = exercise(
        "kettlebell-swing", P.HINGE, level=INT, equipment=("kettlebell",), tags=("ballistic",)
    )
    nordic = exercise("nordic-curl", P.KNEE_FLEXION, level=ADV, equipment=("mat",))
    drill = exercise("hip-hinge-drill", P.HINGE)
    assert exclusion(deadlift, rules) is not None
    assert exclusion(swing, rules) is not None
    assert exclusion(nordic, rules) is not None
    assert exclusion(drill, rules) is None


def test_novices_start_on_beginner_work_and_move_on_after_the_base_phase():
    rdl = exercise("romanian-deadlift", P.HINGE, level=INT, equipment=("barbell",))
    novice = intake(equipment=("home-barbell",), experience=Experience.NOVICE)
    assert exclusion(rdl, rules_for(novice, Phase.BASE)) is not None
    assert exclusion(rdl, rules_for(novice, Phase.STRENGTH)) is None


def test_barbell_hinges_count_as_heavy_and_body_weight_hinges_do_not():
    assert is_heavy_hinge(exercise("deadlift", P.HINGE, equipment=("barbell",)))
    assert is_heavy_hinge(exercise("trap-bar-deadlift", P.HINGE, equipment=("trap-bar",)))
    assert not is_heavy_hinge(exercise("hip-hinge-drill", P.HINGE))
    assert not is_heavy_hinge(exercise("squat", P.SQUAT, equipment=("barbell",)))


def test_the_disclaimer_says_the_product_coaches_and_does_not_diagnose():
    assert "does not diagnose" in DISCLAIMER
