"""The offline warm-up list: every session page of the plan, each exercise once, and only the
fixed pages for someone without a plan."""

from __future__ import annotations

from types import SimpleNamespace as Row

from backstrong.services.offline.service import ALWAYS, OfflineService, exercise_ids, session_pages


def _plan(*weeks: list[list[str]], mobility: tuple[str, ...] = ()) -> Row:
    return Row(
        weeks=[
            Row(
                number=n,
                sessions=[
                    Row(index=i, exercises=[Row(exercise_id=e) for e in ids])
                    for i, ids in enumerate(sessions)
                ],
            )
            for n, sessions in enumerate(weeks, start=1)
        ],
        daily_mobility=[Row(exercise_id=e) for e in mobility],
    )


def test_every_session_page_in_training_order():
    plan = _plan([["bridge"], ["squat"]], [["bridge"]])
    assert session_pages(plan) == (  # type: ignore[arg-type]
        "/program/week/1/session/1",
        "/program/week/1/session/2",
        "/program/week/2/session/1",
    )


def test_each_exercise_once_first_seen_first_then_daily_mobility():
    plan = _plan([["bridge", "squat"]], [["squat", "deadlift"]], mobility=("cat-camel", "bridge"))
    assert exercise_ids(plan) == ("bridge", "squat", "deadlift", "cat-camel")  # type: ignore[arg-type]


class _Programs:
    def __init__(self, plan: Row | None) -> None:
        self._plan = plan

    def active(self, user: object) -> Row | None:
        return None if self._plan is None else Row(plan=self._plan)


def test_without_a_plan_only_the_fixed_pages():
    urls = OfflineService(_Programs(None)).urls(Row(id=1))  # type: ignore[arg-type]
    assert urls.pages == ALWAYS and urls.pictures == ()


def test_with_a_plan_its_pages_and_figures():
    urls = OfflineService(_Programs(_plan([["bridge"]]))).urls(Row(id=1))  # type: ignore[arg-type]
    assert urls.pages[len(ALWAYS) :] == ("/program/week/1/session/1", "/exercises/bridge")
    assert urls.pictures == ("/api/v1/exercises/bridge/figure.svg",)
