"""`backstrong workout`'s timers redraw one line in place: no screen full of "Rest 59 s"."""

from __future__ import annotations

import io

from rich.console import Console

from backstrong.entrypoints.cli.training.timers import hold, rest


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def lines_left_on_screen(text: str) -> int:
    """New lines written, less those a transient timer moved back up over and erased."""
    return text.count("\n") - text.count("\x1b[1A")


def terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=60, color_system=None), out


def test_a_minute_of_rest_stays_on_one_line_and_ends_with_go():
    console, out = terminal()
    clock = FakeClock()
    rest(console, 60, clock=clock, sleep=clock.sleep)
    text = out.getvalue()
    assert clock.now == 60
    assert "Rest  59 s" in text and "Rest   1 s" in text
    assert lines_left_on_screen(text) <= 1  # redrawn in place, then "Go!" on its own line
    assert text.rstrip().endswith("Go!")


def test_holds_count_in_then_count_down_each_hold_per_side():
    console, out = terminal()
    clock = FakeClock()
    hold(console, 5, 4, "left side", clock=clock, sleep=clock.sleep)
    text = out.getvalue()
    assert clock.now == 4 * (3 + 5)  # four holds, each with a 3-second count-in
    assert "Get ready: hold 1 of 4 (left side) in 3" in text
    assert "Hold! hold 4 of 4 (left side):   5 s" in text
    assert lines_left_on_screen(text) <= 1
