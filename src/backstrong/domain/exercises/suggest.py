"""Closest valid names for a misspelt one, so an error can say what was probably meant."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SUGGESTION_LIMIT = 3  # convention: a short list a person can scan
SUGGESTION_CUTOFF = 60.0  # convention: rapidfuzz WRatio score below which a name is not "close"


def closest_names(
    value: str,
    choices: Iterable[str] | Mapping[str, Iterable[str]],
    *,
    limit: int = SUGGESTION_LIMIT,
) -> list[str]:
    """Up to ``limit`` valid names closest to ``value``, best first.

    ``choices`` is either the valid names, or a mapping from each valid name to the spellings that
    should lead to it (its lay names, aliases); the valid name is what is returned.
    """
    # Imported here: rapidfuzz costs ~20 ms to import and is only needed when something is wrong.
    from rapidfuzz import fuzz, process, utils

    spellings: dict[str, str] = {}
    if isinstance(choices, Mapping):
        for name, others in choices.items():
            spellings.setdefault(name, name)
            for other in others:
                spellings.setdefault(other, name)
    else:
        for name in choices:
            spellings.setdefault(name, name)
    found = process.extract(
        value,
        list(spellings),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=None,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    names: list[str] = []
    for spelling, _score, _index in found:
        name = spellings[spelling]
        if name not in names:
            names.append(name)
    return names[:limit]


def did_you_mean(value: str, choices: Iterable[str] | Mapping[str, Iterable[str]]) -> str:
    """``" (closest: a, b, c)"`` or an empty string when nothing is close."""
    names = closest_names(value, choices)
    return f" (closest: {', '.join(names)})" if names else ""
