"""Closest valid names for a misspelt one, so an error can say what was probably meant."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SUGGESTION_LIMIT = 3  # convention: a short list a person can scan
SUGGESTION_CUTOFF = 60.0  # convention: rapidfuzz WRatio score below which a name is not "close"


def closest_names(
    value: str,
    names: Iterable[str],
    spellings: Mapping[str, Iterable[str]] | None = None,
    *,
    limit: int = SUGGESTION_LIMIT,
) -> list[str]:
    """Up to ``limit`` of ``names`` closest to ``value``, best first.

    ``spellings`` may give other spellings of a name (lay names, aliases) that lead to it.
    """
    # Imported here: rapidfuzz costs ~20 ms to import and is only needed when something is wrong.
    from rapidfuzz import fuzz, process, utils

    leads_to: dict[str, str] = {}
    for name in names:
        leads_to.setdefault(name, name)
        for other in (spellings or {}).get(name, ()):
            leads_to.setdefault(other, name)
    found = process.extract(
        value,
        list(leads_to),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=None,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    closest: list[str] = []
    for spelling, _score, _index in found:
        name = leads_to[spelling]
        if name not in closest:
            closest.append(name)
    return closest[:limit]


def did_you_mean(
    value: str, names: Iterable[str], spellings: Mapping[str, Iterable[str]] | None = None
) -> str:
    """``" (closest: a, b, c)"`` or an empty string when nothing is close."""
    closest = closest_names(value, names, spellings)
    return f" (closest: {', '.join(closest)})" if closest else ""
