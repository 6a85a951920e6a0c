"""The form check's results on seeded synthetic recordings, pinned: the count, each rep's times,
verdict, faults, measurements or reason it could not be assessed, and the set's verdict and cues.
They were recorded before the reader and the body track were made faster; a change here is a
change of behaviour, to be made on purpose (then re-record expected_results.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from backstrong.domain.form import FormAnalysis
from tests.unit.form.synthetic_scoring import ALL_EXERCISES, Checked, checked_set

SEED = 20260301
PER_EXERCISE = 2
EXPECTED = Path(__file__).with_name("expected_results.json")


def summary(result: FormAnalysis) -> list[object]:
    reps = [
        [r.index, r.start_t, r.bottom_t, r.end_t, r.verdict.value, sorted(r.fault_codes),
         {m.name: m.value for m in r.measurements}, r.cannot_assess]
        for r in result.rep_details
    ]  # fmt: skip
    # cues of equally frequent faults come in no fixed order, so they are compared as a set
    return [result.exercise, result.reps, reps, result.verdict.value, sorted(result.cues),
            list(result.notes)]  # fmt: skip


@lru_cache(maxsize=1)
def checked() -> list[Checked]:
    return checked_set(ALL_EXERCISES, per_exercise=PER_EXERCISE, seed=SEED)


@pytest.mark.parametrize("index", range(len(ALL_EXERCISES) * PER_EXERCISE))
def test_results_on_seeded_recordings_are_unchanged(index: int) -> None:
    expected = json.loads(EXPECTED.read_text())[index]
    assert json.loads(json.dumps(summary(checked()[index].result))) == expected
