"""Phases, deloads, dosage by level and goal, and the session time estimate."""

from programs_builders import INT, ISO, STRETCH, P, exercise

from backstrong.domain.exercises.model import Dosage
from backstrong.domain.programs.dosage import Dose, deloaded, dose_for, shortened, volume_band
from backstrong.domain.programs.intake import Experience, Goal
from backstrong.domain.programs.phases import Phase, phase_lengths, week_frames
from backstrong.domain.programs.time_budget import (
    CHANGEOVER_SECONDS,
    SECONDS_PER_REP,
    SET_UP_SECONDS,
    exercise_seconds,
)

N, IM, AD = Experience.NOVICE, Experience.INTERMEDIATE, Experience.ADVANCED
DEADLIFT = exercise(
    "deadlift",
    P.HINGE,
    level=INT,
    equipment=("barbell",),
    dosage=Dosage(sets=3, reps=(10, 15), rest_seconds=150),
)


def test_twelve_weeks_split_into_three_four_week_phases():
    assert phase_lengths(12) == (4, 4, 4)
    phases = [f.phase for f in week_frames(12, starts_gently=False)]
    assert phases == [Phase.BASE] * 4 + [Phase.STRENGTH] * 4 + [Phase.CONSOLIDATION] * 4


def test_every_fourth_week_is_a_deload():
    assert [f.number for f in week_frames(12, False) if f.deload] == [4, 8, 12]


def test_uneven_weeks_go_to_the_earlier_phases():
    assert phase_lengths(10) == (4, 3, 3)
    assert sum(phase_lengths(13)) == 13


def test_acute_pain_opens_with_a_gentle_phase():
    assert week_frames(12, starts_gently=True)[0].phase is Phase.GENTLE


def test_a_deload_week_cuts_sets_by_about_a_third():
    dose = Dose(3, (8, 12), None, 90, "x")
    assert deloaded(dose, DEADLIFT).sets == 2
    assert deloaded(Dose(4, (4, 6), None, 180, "x"), DEADLIFT).sets == 3


def test_stretches_are_not_deloaded():
    stretch = exercise("figure-4-stretch", P.HIP_ROTATION, kind=STRETCH)
    dose = dose_for(stretch, Phase.BASE, N, Goal.MOBILITY, 40)
    assert deloaded(dose, stretch) == dose


def test_the_base_phase_keeps_the_seed_dosage_of_the_deadlift():
    dose = dose_for(DEADLIFT, Phase.BASE, IM, Goal.STRENGTH, 40)
    assert (dose.sets, dose.reps) == (3, (10, 15))


def test_advanced_lifters_chasing_strength_work_in_the_one_to_six_rep_zone():
    dose = dose_for(DEADLIFT, Phase.STRENGTH, AD, Goal.STRENGTH, 40)
    assert dose.reps == (4, 6)
    assert dose.sets >= 2
    assert dose.rest_seconds >= 120


def test_novices_lift_eight_to_twelve_in_the_strength_phase():
    assert dose_for(DEADLIFT, Phase.STRENGTH, N, Goal.STRENGTH, 40).reps == (8, 12)


def test_mcgill_holds_stay_at_seven_to_ten_seconds_in_every_phase():
    curl_up = exercise(
        "curl-up",
        P.ANTI_EXTENSION,
        kind=ISO,
        dosage=Dosage(sets=3, reps=(4, 6), hold_seconds=(7, 10), rest_seconds=30),
    )
    for phase in Phase:
        assert dose_for(curl_up, phase, AD, Goal.STRENGTH, 40).hold_seconds == (7, 10)


def test_stretches_without_a_dosage_follow_acsm_and_older_adults_hold_longer():
    stretch = exercise(
        "figure-4-stretch",
        P.HIP_ROTATION,
        kind=STRETCH,
        dosage=Dosage(sets=2),
    )
    assert dose_for(stretch, Phase.BASE, N, Goal.MOBILITY, 40).hold_seconds == (10, 30)
    assert dose_for(stretch, Phase.BASE, N, Goal.MOBILITY, 70).hold_seconds == (30, 60)


def test_body_weight_exercises_keep_their_rep_range_in_the_strength_phase():
    squat = exercise("bodyweight-squat", P.SQUAT)
    assert dose_for(squat, Phase.STRENGTH, AD, Goal.STRENGTH, 40).reps == (10, 15)


def test_the_gentle_phase_asks_for_half_the_usual_minimum_volume():
    assert volume_band(N, Phase.GENTLE)[0] == volume_band(N, Phase.BASE)[0] // 2


def test_a_shortened_dose_keeps_about_half_the_sets():
    assert shortened(Dose(4, (4, 6), None, 180, "x")).sets == 2
    assert shortened(Dose(1, (4, 6), None, 180, "x")).sets == 1


def test_session_time_is_sets_times_reps_times_tempo_plus_rests():
    dose = Dose(3, (8, 12), None, 90, "x")
    per_set = 12 * SECONDS_PER_REP + SET_UP_SECONDS
    assert exercise_seconds(dose, unilateral=False) == 3 * per_set + 2 * 90 + CHANGEOVER_SECONDS


def test_one_sided_exercises_take_twice_the_work_time():
    dose = Dose(2, None, (10, 20), 30, "x")
    one = exercise_seconds(dose, unilateral=False)
    both = exercise_seconds(dose, unilateral=True)
    assert both - one == 2 * (20 + 3 + SET_UP_SECONDS)
