"""Match the exercise names of an import to the library, with a report for the person to review.

Apps write the equipment after the name: "Romanian Deadlift (Dumbbell)". The suffix is taken
off before searching — it tends to drag the score down — and kept as a hint: the search is tried
with the hint in front ("Dumbbell Romanian Deadlift"), without it, and as written, and the best
score wins (ties go in that order, so the hinted variant is preferred). A name scoring below the
threshold is left unmatched and becomes a custom exercise under its name as written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from backstrong.domain.errors import FieldError
from backstrong.domain.training.resolution import ResolvedName, Resolver

DEFAULT_THRESHOLD = 80.0  # on the 0–100 scale of the resolver; below it a person should decide

_SUFFIX = re.compile(r"^(?P<base>.*?\S)\s*\((?P<hint>[^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class NameMatch:
    imported_name: str
    base_name: str  # without the equipment suffix
    equipment_hint: str | None  # "dumbbell" from "(Dumbbell)", lower case
    best: ResolvedName  # the best candidate found, even when below the threshold
    matched: bool
    sets: int  # how many sets of the import use this name

    @property
    def exercise_id(self) -> str | None:
        return self.best.exercise_id if self.matched else None

    @property
    def custom_name(self) -> str:
        """The name a custom exercise gets when this stays unmatched."""
        return " ".join(self.imported_name.split())


@dataclass(frozen=True, slots=True)
class NameMapping:
    entries: tuple[NameMatch, ...]  # one per distinct name, first appearance first
    threshold: float

    @property
    def matched(self) -> tuple[NameMatch, ...]:
        return tuple(entry for entry in self.entries if entry.matched)

    @property
    def unmatched(self) -> tuple[NameMatch, ...]:
        return tuple(entry for entry in self.entries if not entry.matched)

    def as_dict(self) -> dict[str, str | None]:
        """Imported name → exercise id, None for names that become custom exercises."""
        return {entry.imported_name: entry.exercise_id for entry in self.entries}

    def with_choices(self, choices: Mapping[str, ResolvedName | None]) -> NameMapping:
        """The mapping after the person's review: a name given an exercise matches it, a name
        given None becomes a custom exercise; names not chosen keep the proposal."""
        names = [entry.imported_name for entry in self.entries]
        for name in choices:
            if name not in names:
                raise FieldError("match", name, f"must be an exercise name of the file: {names}")
        entries = []
        for entry in self.entries:
            if entry.imported_name not in choices:
                entries.append(entry)
                continue
            chosen = choices[entry.imported_name]
            if chosen is None:
                entries.append(replace(entry, matched=False))
            elif chosen.exercise_id == entry.best.exercise_id:
                entries.append(replace(entry, matched=True))
            else:
                entries.append(replace(entry, best=chosen, matched=True))
        return NameMapping(tuple(entries), self.threshold)

    def review_report(self) -> str:
        """Plain text, one line per name: what it matched and how well, or what happens to it."""
        lines = [f"Exercise names: {len(self.matched)} matched, {len(self.unmatched)} new"]
        lines.extend(_report_line(entry, self.threshold) for entry in self.entries)
        return "\n".join(lines)


def split_equipment_suffix(name: str) -> tuple[str, str | None]:
    """("Deadlift", "barbell") from "Deadlift (Barbell)"; the name unchanged when there is none."""
    cleaned = " ".join(name.split())
    found = _SUFFIX.match(cleaned)
    if found is None:
        return cleaned, None
    return found["base"], " ".join(found["hint"].lower().split())


def map_exercise_names(
    names: Iterable[str], resolve: Resolver, *, threshold: float = DEFAULT_THRESHOLD
) -> NameMapping:
    """Resolve each distinct name once (``names`` may repeat, one entry per set)."""
    counts = Counter(names)
    entries = tuple(_match(name, count, resolve, threshold) for name, count in counts.items())
    return NameMapping(entries, threshold)


def _match(name: str, count: int, resolve: Resolver, threshold: float) -> NameMatch:
    base, hint = split_equipment_suffix(name)
    queries = [f"{hint} {base}", base] if hint else [base]
    if " ".join(name.split()) not in queries:
        queries.append(" ".join(name.split()))
    best = ResolvedName(None)
    for query in queries:
        candidate = resolve(query)
        if candidate.exercise_id is not None and (
            best.exercise_id is None or candidate.score > best.score
        ):
            best = candidate
    matched = best.exercise_id is not None and best.score >= threshold
    return NameMatch(name, base, hint, best, matched, count)


def _report_line(entry: NameMatch, threshold: float) -> str:
    uses = f"{entry.sets} set{'s' if entry.sets != 1 else ''}"
    shown = entry.best.name or entry.best.exercise_id
    if entry.matched:
        return f"  ok   {entry.imported_name} → {shown} (score {entry.best.score:.0f}, {uses})"
    near = (
        f"closest was {shown} at {entry.best.score:.0f}, below {threshold:.0f}"
        if entry.best.exercise_id is not None
        else "nothing close in the library"
    )
    hint = f", equipment: {entry.equipment_hint}" if entry.equipment_hint else ""
    return (
        f"  new  {entry.imported_name} → custom exercise '{entry.custom_name}'"
        f" ({near}{hint}, {uses})"
    )
