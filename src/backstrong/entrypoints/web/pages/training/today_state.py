"""What the Today page carries in its address: the ad-hoc plan, skipped exercises and the rest
timer of the set just logged. Nothing else is kept between requests: the sets logged today say
where the workout stands, so a reload or a second phone shows the same page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from fastapi import Request

from backstrong.domain.training.sessions import check_id

MAX_PLAN = 20  # exercises in an ad-hoc plan
MAX_REST_SECONDS = 600  # the library's longest rest


def _ids(text: str) -> tuple[str, ...]:
    items = [item.strip() for item in text.split(",") if item.strip()]
    return tuple(item[:120] for item in items[:MAX_PLAN])


def _indexes(text: str) -> frozenset[int]:
    return frozenset(int(item) for item in text.split(",") if item.strip().isdigit())


@dataclass(frozen=True)
class TodayState:
    plan: tuple[str, ...] = ()  # exercise ids of an ad-hoc plan; empty: repeat the last session
    skip: frozenset[int] = frozenset()  # plan positions the person skipped
    rest: int = 0  # seconds of rest after the set just logged (0: no timer)
    rest_set: str = ""  # that set's id: the timer keys on it, so a reload does not restart it

    @classmethod
    def of(cls, values: dict[str, str]) -> TodayState:
        rest = values.get("rest", "")
        rest_set = values.get("rest_set", "")
        try:
            rest_set = check_id(rest_set) if rest_set else ""
        except ValueError:
            rest_set = ""
        return cls(
            plan=_ids(values.get("plan", "")),
            skip=_indexes(values.get("skip", "")),
            rest=min(int(rest), MAX_REST_SECONDS) if rest.isdigit() else 0,
            rest_set=rest_set,
        )

    @classmethod
    def of_request(cls, request: Request) -> TodayState:
        return cls.of(dict(request.query_params))

    def fields(self) -> dict[str, str]:
        """The state as form fields (hidden inputs) and query parameters."""
        values = {
            "plan": ",".join(self.plan),
            "skip": ",".join(str(i) for i in sorted(self.skip)),
        }
        return {key: value for key, value in values.items() if value}

    def href(self, **changes: object) -> str:
        state = replace(self, **changes)  # type: ignore[arg-type]
        values = state.fields()
        if state.rest and state.rest_set:
            values.update(rest=str(state.rest), rest_set=state.rest_set)
        return "/today" + (f"?{urlencode(values)}" if values else "")
