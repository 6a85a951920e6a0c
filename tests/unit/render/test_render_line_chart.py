"""The server-drawn SVG line chart behind the weight pages."""

from __future__ import annotations

import pytest

from backstrong.adapters.render.line_chart_svg import (
    LineChart,
    Series,
    nice_step,
    render_line_chart,
)
from backstrong.adapters.render.weight_charts_svg import projection_svg
from backstrong.domain.body.hall_model import Person
from backstrong.domain.body.projection import ScheduleStep, project
from backstrong.domain.nutrition.bmr import Sex


@pytest.mark.parametrize(("span", "step"), [(10, 2), (7, 2), (23, 5), (0.9, 0.2), (365, 100)])
def test_tick_steps_are_round_numbers(span, step):
    assert nice_step(span, target_ticks=5) == pytest.approx(step)


def test_the_same_data_draws_the_same_bytes_and_escapes_text():
    chart = LineChart("A <b>title</b>", "days", "kg", (Series("a & b", ((0, 1), (1, 2))),))
    svg = render_line_chart(chart)
    assert svg == render_line_chart(chart)
    assert "<b>" not in svg and "A &lt;b&gt;title&lt;/b&gt;" in svg and "a &amp; b" in svg
    assert 'role="img"' in svg


def test_the_projection_chart_names_the_model_and_the_rule():
    person = Person(Sex.MALE, 40, 1.8, 95, 1.6)
    svg = projection_svg(project(person, (ScheduleStep(0, -500),), 100), "lb")
    assert "a model, not a promise" in svg
    assert "Hall model (NIH)" in svg and "3,500-kcal rule" in svg
    assert "weight (lb)" in svg
