"""Loads are shown in the person's unit wherever a page or command passes it: a set logged in
kg reads in lb after switching, and a plan's load too."""

from __future__ import annotations

from backstrong.domain.programs import describe as program_text
from backstrong.domain.training.describe import load_text, set_text, sets_text
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.units import MassUnit
from tests.unit.training.training_log_builders import NOW


def test_a_load_logged_in_kg_reads_in_lb_when_asked_and_as_logged_otherwise():
    load = Load(100.0, MassUnit.KG)
    assert load_text(load) == "100 kg"
    assert load_text(load, "lb") == "220.5 lb"
    assert load_text(None, "lb") == "body weight"


def test_a_set_and_equal_sets_read_in_the_persons_unit():
    done = PerformedSet("deadlift", NOW, reps=5, load=Load(60.0, MassUnit.KG))
    assert set_text(done, "lb") == "5 × 132.3 lb"
    assert sets_text([done, done], "lb") == "2 sets: 5 × 132.3 lb"


def test_a_plan_load_reads_in_the_persons_unit():
    assert program_text.load_text(Load(20.0, MassUnit.KG), "lb") == "44.09 lb"
    assert program_text.load_text(Load(45.0, MassUnit.LB), "kg") == "20.41 kg"
