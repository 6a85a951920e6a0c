"""How exercise names are compared: one spelling for "Bird-dog", "bird dog" and "BIRD DOG"."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’`]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# Common gym abbreviations, expanded word by word in a search (convention, from gym usage).
ABBREVIATIONS: dict[str, str] = {
    "rdl": "romanian deadlift",
    "sldl": "stiff legged deadlift",
    "sl": "single leg",
    "ghr": "glute ham raise",
    "ghd": "glute ham developer",
    "kb": "kettlebell",
    "db": "dumbbell",
    "bb": "barbell",
    "bw": "body weight",
    "rfess": "rear foot elevated split squat",
    "bss": "bulgarian split squat",
    "hk": "half kneeling",
    "ohp": "overhead press",
    "ext": "extension",
}


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces; accents, apostrophes and punctuation gone.

    ``"Child's pose"`` → ``"childs pose"``, ``"90/90 hip-switch"`` → ``"90 90 hip switch"``.
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    plain = _APOSTROPHES.sub("", plain.lower())
    return _NOT_ALNUM.sub(" ", plain).strip()


def compact(text: str) -> str:
    """The normalised text without spaces: ``"good-morning"`` and ``"goodmorning"`` agree."""
    return normalise(text).replace(" ", "")


def expand_abbreviations(normalised: str) -> str:
    """Each abbreviated word spelt out: ``"kb swing"`` → ``"kettlebell swing"``."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in normalised.split())
