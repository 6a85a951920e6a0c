"""The offline warm-up list: the pages and pictures a person's phone fetches while it is online,
so the service worker has them when the network is gone.

The list follows the active plan: its overview, every session page, the page and the figure of
every exercise it prescribes (daily mobility too), Today and History (the last 90 days)."""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.accounts import User
from backstrong.domain.programs.plan import Plan
from backstrong.services.programs.service import ProgramsService

ALWAYS = ("/today", "/history", "/program", "/body", "/offline")


@dataclass(frozen=True, slots=True)
class OfflineUrls:
    """Same-origin paths to fetch: ``pages`` by navigation, ``pictures`` as images."""

    pages: tuple[str, ...]
    pictures: tuple[str, ...]


class OfflineService:
    def __init__(self, programs: ProgramsService) -> None:
        self._programs = programs

    def urls(self, user: User) -> OfflineUrls:
        """What to keep on the phone for ``user``: the fixed pages, plus the active plan's."""
        stored = self._programs.active(user)
        if stored is None:
            return OfflineUrls(ALWAYS, ())
        sessions = session_pages(stored.plan)
        exercises = exercise_ids(stored.plan)
        pages = (*ALWAYS, *sessions, *(f"/exercises/{e}" for e in exercises))
        pictures = tuple(f"/api/v1/exercises/{e}/figure.svg" for e in exercises)
        return OfflineUrls(pages, pictures)


def session_pages(plan: Plan) -> tuple[str, ...]:
    """Every session page of the plan, in the order they are trained."""
    return tuple(
        f"/program/week/{week.number}/session/{session.index + 1}"
        for week in plan.weeks
        for session in week.sessions
    )


def exercise_ids(plan: Plan) -> tuple[str, ...]:
    """Each exercise of the plan once, first appearance first (daily mobility last)."""
    seen: dict[str, None] = {}
    for week in plan.weeks:
        for session in week.sessions:
            for prescribed in session.exercises:
                seen.setdefault(prescribed.exercise_id, None)
    for drill in plan.daily_mobility:
        seen.setdefault(drill.exercise_id, None)
    return tuple(seen)
