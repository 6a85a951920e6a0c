"""The one chart model and its SVG and PNG drawings (weight pages, progress page, CLI plots)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backstrong.adapters.render.chart import LineChart, Series, nice_step
from backstrong.adapters.render.chart_png import render_png
from backstrong.adapters.render.chart_svg import render_svg
from backstrong.adapters.render.progress_chart import progress_chart
from backstrong.adapters.render.weight_charts import projection_chart
from backstrong.domain.body.hall_model import Person
from backstrong.domain.body.projection import ScheduleStep, project
from backstrong.domain.nutrition.bmr import Sex
from backstrong.domain.training.model import Load
from backstrong.domain.training.one_rep_max_trend import TrendPoint


@pytest.mark.parametrize(("span", "step"), [(10, 2), (7, 2), (23, 5), (0.9, 0.2), (365, 100)])
def test_tick_steps_are_round_numbers(span, step):
    assert nice_step(span, target_ticks=5) == pytest.approx(step)


def test_the_same_data_draws_the_same_bytes_and_escapes_text():
    chart = LineChart("A <b>title</b>", "days", "kg", (Series("a & b", ((0, 1), (1, 2))),))
    svg = render_svg(chart)
    assert svg == render_svg(chart)
    assert "<b>" not in svg and "A &lt;b&gt;title&lt;/b&gt;" in svg and "a &amp; b" in svg
    assert 'role="img"' in svg


def test_the_projection_chart_names_the_model_and_the_rule():
    person = Person(Sex.MALE, 40, 1.8, 95, 1.6)
    svg = render_svg(projection_chart(project(person, (ScheduleStep(0, -500),), 100), "lb"))
    assert "a model, not a promise" in svg
    assert "Hall model (NIH)" in svg and "3,500-kcal rule" in svg
    assert "weight (lb)" in svg


def _progress(*days_and_kg: tuple[int, float]) -> list[TrendPoint]:
    start = date(2026, 1, 5)
    return [
        TrendPoint(start + timedelta(days=d), Load(kg), Load(kg * 0.85), 5, "epley")
        for d, kg in days_and_kg
    ]


def test_the_progress_chart_is_drawn_by_the_same_renderer_with_dated_ticks():
    svg = render_svg(progress_chart("Deadlift", _progress((0, 100.0), (14, 110.0), (35, 122.5))))
    assert 'class="chart"' in svg and "Estimated 1RM: Deadlift" in svg
    assert "122.5 kg" in svg  # the description names the first and the last estimate
    assert "Jan" in svg or "Feb" in svg
    assert svg.count("<circle") == 3  # one dot per training day on the line


def test_a_chart_with_one_point_draws_as_png_too():
    png = render_png(progress_chart("Squat", _progress((0, 80.0))))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
