"""The terminal workout's timers, redrawn in place on one line (Rich Live), never scrolled.

Each timer runs to an end time, not a counter: a pause (a suspended laptop, a slow terminal)
cannot stretch it. Ctrl-C ends the timer early.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.console import Console
from rich.live import Live
from rich.text import Text

COUNT_IN_SECONDS = 3  # "3, 2, 1" before each hold
TICK_SECONDS = 0.25
Clock = Callable[[], float]
Sleep = Callable[[float], None]


def countdown(
    console: Console,
    seconds: float,
    label: Callable[[float], str],
    *,
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
) -> bool:
    """Show ``label(seconds left)`` on one line until the time is up; False when cut short."""
    end = clock() + seconds
    with Live(Text(label(seconds)), console=console, transient=True, auto_refresh=False) as live:
        try:
            while (left := end - clock()) > 0:
                live.update(Text(label(left)), refresh=True)
                sleep(min(TICK_SECONDS, left))
        except KeyboardInterrupt:
            return False
    return True


def rest(
    console: Console, seconds: int, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep
) -> None:
    """The rest between sets, then "Go!" on its own line."""

    def label(left: float) -> str:
        return f"Rest {left:3.0f} s  (Ctrl-C to skip)"

    countdown(console, seconds, label, clock=clock, sleep=sleep)
    console.print("Go!", markup=False, highlight=False)


def hold(
    console: Console,
    seconds: float,
    holds: int,
    side: str = "",
    *,
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
) -> None:
    """Each hold of a timed set: a count-in, then the hold counted down, all on one line."""
    where = f" ({side})" if side else ""
    for number in range(1, holds + 1):
        which = f"hold {number} of {holds}{where}" if holds > 1 else f"hold{where}"

        def ready(left: float, which: str = which) -> str:
            return f"Get ready: {which} in {left:1.0f}"

        def holding(left: float, which: str = which) -> str:
            return f"Hold! {which}: {left:3.0f} s"

        done = countdown(console, COUNT_IN_SECONDS, ready, clock=clock, sleep=sleep) and (
            countdown(console, seconds, holding, clock=clock, sleep=sleep)
        )
        if not done:
            console.print("Hold stopped early.", markup=False, highlight=False)
            return
        console.bell()
    console.print("Done.", markup=False, highlight=False)
