import pytest

from backstrong.domain.body.training_energy import (
    MET_BACK_EXERCISES,
    MET_RESISTANCE_SQUAT_DEADLIFT,
    MET_STRETCHING_MILD,
    session_energy,
)
from backstrong.domain.nutrition.measurements import InvalidInput


def test_an_hour_at_5_mets_for_80_kg_is_400_kcal_gross_and_320_net():
    energy = session_energy([(MET_RESISTANCE_SQUAT_DEADLIFT, 60.0)], body_weight_kg=80.0)
    assert energy.gross_kcal == pytest.approx(400.0)
    assert energy.net_kcal == pytest.approx(320.0)


def test_a_session_adds_up_its_blocks():
    bouts = [
        (MET_RESISTANCE_SQUAT_DEADLIFT, 30.0),
        (MET_BACK_EXERCISES, 20.0),
        (MET_STRETCHING_MILD, 12.0),
    ]
    energy = session_energy(bouts, body_weight_kg=70.0)
    expected_gross = 70.0 * (5.0 * 0.5 + 3.5 * 20 / 60 + MET_STRETCHING_MILD * 12 / 60)
    assert energy.gross_kcal == pytest.approx(expected_gross)
    assert energy.net_kcal == pytest.approx(expected_gross - 70.0 * 62 / 60)
    assert (round(energy.gross_kcal), round(energy.net_kcal)) == (289, 217)  # as shown


def test_an_empty_session_spends_nothing():
    assert session_energy([], 70.0).gross_kcal == 0.0


@pytest.mark.parametrize(
    ("bouts", "weight", "message"),
    [
        ([(0.5, 10.0)], 70.0, r"MET '0\.5': give a value from 1 to 25"),
        ([(3.0, -5.0)], 70.0, r"minutes '-5\.0': must be zero or more"),
        ([(3.0, 5.0)], 0.0, r"weight '0\.0': must be a positive number of kg"),
    ],
)
def test_impossible_inputs_are_refused_by_name(bouts, weight, message):
    with pytest.raises(InvalidInput, match=message):
        session_energy(bouts, weight)
