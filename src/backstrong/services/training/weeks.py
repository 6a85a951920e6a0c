"""A person's log kept as week summaries in the stats cache, and brought up to date after a
change by reading only the weeks the change touched.

Per exercise the cache holds the row id of every set with the Monday it falls in, and a summary
of each week (:mod:`backstrong.domain.training.history_weeks`). Ids are never reused, so the sets
above the highest id held are the new ones: one read by primary key. When the log's count says
nothing else changed (the usual case: sets logged), that is all. Otherwise sets were deleted too:
the count per exercise says which exercises lost some, and their ids now, set beside the ones
held, say which sets. Only the weeks holding a new or deleted set are read again and summarised;
the others are kept. The weeks joined give exactly the figures of one pass over the whole log
(the domain module says why), so nothing is approximate.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import compress

from backstrong.domain.training.history_weeks import (
    ExerciseHistory,
    ExerciseWeek,
    NumberedSet,
    WeeklyHistory,
    split_by_week,
    week_of,
)
from backstrong.services.ports.training import TrainingRepository

REREAD_SHARE = 0.5  # when more than this share of the sets held would be read again: read all


@dataclass(frozen=True, slots=True)
class ExerciseLog:
    """One exercise's sets as the cache keeps them."""

    ids: list[int]  # every set's row id, in no particular order
    mondays: list[int]  # the ordinal of each set's Monday, beside its id
    highest: int  # the highest id seen: every set above it is new
    weeks: Mapping[date, ExerciseWeek]  # weeks with working sets
    history: ExerciseHistory | None  # None: warm-ups only


@dataclass(frozen=True, slots=True)
class LogWeeks:
    """A person's whole log as week summaries, per exercise id."""

    exercises: Mapping[str, ExerciseLog]

    @property
    def count(self) -> int:
        return sum(len(log.ids) for log in self.exercises.values())

    @property
    def highest(self) -> int:
        return max((log.highest for log in self.exercises.values()), default=0)

    def histories(self) -> list[ExerciseHistory]:
        return [log.history for log in self.exercises.values() if log.history is not None]

    def weeks(self) -> list[ExerciseWeek]:
        return [week for log in self.exercises.values() for week in log.weeks.values()]


def up_to_date(
    training: TrainingRepository,
    user_id: int,
    held: LogWeeks | None,
    rules: WeeklyHistory,
    count: int,
) -> LogWeeks:
    """``held`` (None: nothing yet, read it all) brought up to date with the person's log, which
    holds ``count`` sets. Call inside the unit of work; ``held`` must be made by the same rules."""
    if held is None:
        return _read_whole_log(rules, training, user_id)
    held_count = held.count
    added = training.performed_numbered(user_id, after_id=held.highest)
    if len(added) > REREAD_SHARE * held_count:
        return _read_whole_log(rules, training, user_id)
    by_exercise: dict[str, list[NumberedSet]] = {}
    for item in added:
        by_exercise.setdefault(item[1].exercise_id, []).append(item)
    if count == held_count + len(added):  # nothing deleted
        counts: dict[str, int] | None = None
        changed = list(by_exercise)
        exercises = dict(held.exercises)
    else:  # some deleted: the count per exercise says where
        counts = {key: n for key, (n, _) in training.exercise_revisions(user_id).items()}
        changed = [key for key in counts if _changed(held, key, counts[key], by_exercise)]
        exercises = {key: log for key, log in held.exercises.items() if key in counts}
    for key in changed:
        new = by_exercise.get(key, [])
        count_now = None if counts is None else counts[key]
        exercises[key] = _refreshed(
            rules, training, user_id, key, held.exercises.get(key), new, count_now
        )
    return LogWeeks(exercises)


def _changed(
    held: LogWeeks, exercise_id: str, count: int, added: Mapping[str, Sequence[NumberedSet]]
) -> bool:
    """Whether an exercise holding ``count`` sets now needs its weeks brought up to date."""
    log, new = held.exercises.get(exercise_id), added.get(exercise_id, ())
    return log is None or bool(new) or count != len(log.ids)


@contextmanager
def _many_objects() -> Iterator[None]:
    """Pause the cycle collector while a whole log becomes objects (they hold no cycles); it runs
    as usual afterwards, and a pause someone else made is left alone."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_whole_log(
    rules: WeeklyHistory, training: TrainingRepository, user_id: int, exercise_id: str | None = None
) -> LogWeeks:
    with _many_objects():  # bench: 100,000 sets read and summarised 0.4–0.8 s faster with it
        return _whole_log(rules, training.performed_numbered(user_id, exercise_id=exercise_id))


def _whole_log(rules: WeeklyHistory, numbered: Iterable[NumberedSet]) -> LogWeeks:
    ids: dict[str, tuple[list[int], list[int]]] = {}
    weeks: dict[str, dict[date, ExerciseWeek]] = {}
    for (exercise_id, monday), group in split_by_week(numbered).items():
        held = ids.get(exercise_id)
        if held is None:
            held = ids[exercise_id] = [], []
        held[0].extend([n for n, _ in group])
        held[1].extend([monday.toordinal()] * len(group))
        week = rules.week(group)
        if week is not None:
            weeks.setdefault(exercise_id, {})[monday] = week
    return LogWeeks(
        {
            key: _exercise_log(rules, numbers, mondays, max(numbers), weeks.get(key, {}))
            for key, (numbers, mondays) in ids.items()
        }
    )


def _exercise_log(
    rules: WeeklyHistory,
    ids: list[int],
    mondays: list[int],
    highest: int,
    weeks: dict[date, ExerciseWeek],
) -> ExerciseLog:
    history = rules.exercise(weeks.values()) if weeks else None
    return ExerciseLog(ids, mondays, highest, weeks, history)


def _refreshed(
    rules: WeeklyHistory,
    training: TrainingRepository,
    user_id: int,
    exercise_id: str,
    old: ExerciseLog | None,
    added: list[NumberedSet],
    count: int | None,
) -> ExerciseLog:
    """One exercise's log after a change: only the weeks with new or deleted sets read again.
    ``count`` is how many sets it holds now (None: none were deleted)."""
    if old is None:  # new to the log: every set of it is above the highest id held
        return _whole_log(rules, added).exercises.get(exercise_id) or _EMPTY
    removed: set[int] = set()
    if count is not None and count != len(old.ids) + len(added):
        now = set(training.set_ids(user_id, exercise_id))
        removed = {n for n in old.ids if n not in now}
        unseen = now.difference(old.ids, (n for n, _ in added))  # committed late (PostgreSQL)
        if unseen:
            added = added + training.performed_numbered(user_id, ids=unseen)
    mondays = {week_of(s)[1].toordinal() for _, s in added}
    if removed:
        mondays.update(m for n, m in zip(old.ids, old.mondays, strict=True) if n in removed)
    kept = [n for n, m in zip(old.ids, old.mondays, strict=True) if m in mondays]
    if len(kept) + len(added) > REREAD_SHARE * len(old.ids):
        return _whole_exercise(rules, training, user_id, exercise_id)
    reread = [n for n in kept if n not in removed]
    rows = training.performed_numbered(user_id, ids=reread) if reread else []
    rows = sorted(rows + added, key=lambda item: (item[1].performed_at, item[0]))
    highest = max(old.highest, max((n for n, _ in added), default=0))
    return _weeks_redone(rules, old, mondays, rows, highest)


def _weeks_redone(
    rules: WeeklyHistory,
    old: ExerciseLog,
    mondays: set[int],
    rows: list[NumberedSet],
    highest: int,
) -> ExerciseLog:
    """``old`` with the weeks of ``mondays`` (ordinals) summarised again from ``rows``, every set
    those weeks hold now, in log order."""
    weeks = {m: week for m, week in old.weeks.items() if m.toordinal() not in mondays}
    untouched = [m not in mondays for m in old.mondays]
    ids = list(compress(old.ids, untouched))
    week_of_id = list(compress(old.mondays, untouched))
    for (_, monday), group in split_by_week(rows).items():
        ids.extend([n for n, _ in group])
        week_of_id.extend([monday.toordinal()] * len(group))
        week = rules.week(group)
        if week is not None:
            weeks[monday] = week
    return _exercise_log(rules, ids, week_of_id, highest, weeks)


def _whole_exercise(
    rules: WeeklyHistory, training: TrainingRepository, user_id: int, exercise_id: str
) -> ExerciseLog:
    read = _read_whole_log(rules, training, user_id, exercise_id)
    return read.exercises.get(exercise_id) or _EMPTY  # empty when deleted meanwhile


_EMPTY = ExerciseLog([], [], 0, {}, None)
