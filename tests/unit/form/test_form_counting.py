"""Rep counting: exact on a broad seeded random set (yaw up to 30 degrees, jitter, dropped and
missing frames, label swaps, body proportions, tempos, set-up time, partial reps), and no counts
while getting into position."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from backstrong.domain.form import Verdict
from tests.unit.form.builders import REALISTIC, bridge_set, checked, hinge_set, squat_set
from tests.unit.form.synthetic import Artefacts, Camera, RepPlan
from tests.unit.form.synthetic_scoring import ALL_EXERCISES, Checked, checked_set, count_scores


@lru_cache(maxsize=1)
def broad_set() -> list[Checked]:
    return checked_set(ALL_EXERCISES, per_exercise=10, seed=13)


def test_counts_are_exact_on_95_percent_of_a_broad_random_set() -> None:
    exact, _ = count_scores(broad_set())
    misses = [
        (c.exercise, c.truth.count, c.result.reps)
        for c in broad_set()
        if c.truth.count != c.result.reps
    ]
    assert exact >= 0.95, misses


def test_counts_are_never_off_by_more_than_one_on_the_broad_set() -> None:
    _, within_one = count_scores(broad_set())
    assert within_one == 1.0


def test_rep_times_match_the_reps_performed() -> None:
    result, truth = checked(squat_set(reps=4, artefacts=REALISTIC))
    assert result.reps == 4
    for rep, (start, end) in zip(result.rep_details, truth.rep_times, strict=True):
        assert abs(rep.start_t - start) < 0.6
        assert abs(rep.end_t - end) < 0.6
        assert rep.start_t < rep.bottom_t < rep.end_t


def test_standing_still_counts_nothing_and_says_so() -> None:
    result, _ = checked(squat_set(reps=0, setup_s=6.0, artefacts=REALISTIC))
    assert result.reps == 0
    assert result.verdict is Verdict.CANNOT_ASSESS
    assert result.notes and "No reps found" in result.notes[0]


def test_walking_into_position_adds_no_rep() -> None:
    result, truth = checked(squat_set(reps=3, walk_in_m=1.2, artefacts=REALISTIC))
    assert result.reps == truth.count == 3
    assert result.rep_details[0].start_t > 1.2 * 1.2  # after the walk


def test_lying_down_before_bridges_adds_no_rep() -> None:
    result, truth = checked(bridge_set(reps=4, lie_down=True, artefacts=REALISTIC))
    assert result.reps == truth.count == 4
    assert result.rep_details[0].start_t > 4.0  # after lying down


def test_partial_dips_between_squats_do_not_count() -> None:
    scenario = squat_set(reps=3, artefacts=REALISTIC)
    top = scenario.reps[0].top
    dip = dict(top, thigh=top["thigh"] + 15.0)
    partial = RepPlan(peak=dip, top=top, down_s=0.6, up_s=0.6, pause_s=0.0, counted=False)
    reps = (scenario.reps[0], partial, scenario.reps[1], partial, scenario.reps[2])
    result, truth = checked(replace(scenario, reps=reps))
    assert truth.count == 3
    assert result.reps == 3


def test_a_hinge_without_lockout_is_still_counted() -> None:
    result, _ = checked(hinge_set(reps=4, fault="no-lockout", artefacts=REALISTIC))
    assert result.reps == 4


def test_a_camera_30_degrees_off_side_on_with_swaps_and_heavy_jitter_counts_exactly() -> None:
    heavy = Artefacts(noise=0.018, null_rate=0.02, missing_rate=0.08, swap_rate=0.02,
                      outlier_rate=0.01)  # fmt: skip
    for yaw in (-30.0, 30.0):
        for scenario in (
            squat_set(reps=6, camera=Camera(yaw_deg=yaw), artefacts=heavy),
            hinge_set(reps=6, camera=Camera(yaw_deg=yaw), artefacts=heavy),
            bridge_set(reps=6, camera=Camera(width=1280, height=720, yaw_deg=yaw),
                       artefacts=heavy),
        ):  # fmt: skip
            result, truth = checked(scenario)
            assert result.reps == truth.count, (scenario.exercise, yaw)


def test_a_person_facing_the_other_way_counts_the_same() -> None:
    for near in ("left", "right"):
        result, _ = checked(squat_set(reps=3, camera=Camera(near=near), artefacts=REALISTIC))
        assert result.reps == 3
