"""The RTS chart, stored once by reps-to-failure, reproduces the published grid."""

from __future__ import annotations

import pytest

from backstrong.domain.training.rpe_chart import chart_rows, percent_of_one_rep_max

# The RTS chart as published (docs/sources.md#e1rm): RPE → cells for 1..10 reps.
PUBLISHED = {
    10.0: (100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9),
    9.5: (97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3),
    9.0: (95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7),
    8.5: (93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4),
    8.0: (92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0),
    7.5: (90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7),
    7.0: (89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3),
    6.5: (87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0),
    6.0: (86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6),
}


def test_every_cell_of_the_published_chart_is_reproduced():
    assert dict(chart_rows()) == {
        rpe: tuple(float(c) for c in cells) for rpe, cells in PUBLISHED.items()
    }


def test_five_reps_at_rpe_8_is_81_1_percent():
    assert percent_of_one_rep_max(5, 8.0) == 81.1


@pytest.mark.parametrize(("reps", "rpe"), [(0, 8.0), (11, 10.0), (5, 5.5), (5, 8.3), (5, 10.5)])
def test_cells_outside_the_chart_are_absent(reps, rpe):
    assert percent_of_one_rep_max(reps, rpe) is None
