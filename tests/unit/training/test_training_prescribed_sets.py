"""The plan and the workout read one prescription: holds stay holds, one-sided work per side."""

from __future__ import annotations

from backstrong.domain.training.describe import target_text
from backstrong.domain.training.model import Load, Side
from backstrong.domain.training.workout import PlannedSet, prescribed_sets
from backstrong.domain.units import MassUnit


def test_holds_of_a_few_seconds_stay_holds_on_each_side():
    sets = prescribed_sets(4, 4, 5.0, each_side=True)
    assert len(sets) == 8
    assert [s.side for s in sets[:2]] == [Side.LEFT, Side.RIGHT]
    assert all(s.hold_seconds == 5.0 and s.reps == 4 for s in sets)
    assert target_text(sets[0]) == "4 holds of 5 s, left side"


def test_a_single_hold_reads_as_a_hold_not_as_reps():
    assert target_text(PlannedSet(hold_seconds=30.0)) == "a 30 s hold"
    assert target_text(PlannedSet(reps=1, hold_seconds=10.0)) == "1 hold of 10 s"


def test_loaded_reps_keep_their_load():
    sets = prescribed_sets(3, 8, None, each_side=False, load=Load(60.0, MassUnit.KG))
    assert [s.side for s in sets] == [None] * 3
    assert target_text(sets[0]) == "8 reps × 60 kg"
