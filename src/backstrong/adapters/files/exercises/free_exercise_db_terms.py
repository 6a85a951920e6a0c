"""free-exercise-db's words mapped onto Backstrong's vocabulary, and guesses from names.

Their 17 muscle names, 12 equipment names and 7 categories are mapped where a
counterpart exists; everything else is collected into ``unmapped`` (field → values) so an import
can say what it could not place. Patterns are guessed from name keywords, then from the primary
muscle, then fall back to a default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from backstrong.domain.exercises.names import normalise
from backstrong.domain.exercises.vocabulary import EQUIPMENT, MUSCLES, Kind, Level, Pattern

Unmapped = dict[str, set[str]]

MUSCLE_MAP: dict[str, str] = {
    "abdominals": "rectus-abdominis",
    "abductors": "gluteus-medius",
    "adductors": "adductors",
    "biceps": "biceps",
    "calves": "calves",
    "chest": "pectorals",
    "forearms": "forearms",
    "glutes": "gluteus-maximus",
    "hamstrings": "hamstrings",
    "lats": "latissimus-dorsi",
    "lower back": "erector-spinae",
    "middle back": "rhomboids",
    "quadriceps": "quadriceps",
    "shoulders": "deltoids",
    "traps": "trapezius",
    "triceps": "triceps",
}  # "neck" has no counterpart

EQUIPMENT_MAP: dict[str, tuple[str, ...]] = {
    "body only": (),
    "barbell": ("barbell",),
    "e-z curl bar": ("barbell",),  # a straight barbell does the same work
    "dumbbell": ("dumbbell",),
    "kettlebells": ("kettlebell",),
    "bands": ("band",),
    "cable": ("cable",),
    "exercise ball": ("stability-ball",),
    "foam roll": ("foam-roller",),
    "machine": ("machine",),
    "medicine ball": ("medicine-ball",),
}  # "other" has no counterpart

STRENGTH_CATEGORIES = frozenset(
    {"strength", "powerlifting", "olympic weightlifting", "strongman", "plyometrics"}
)
# Their levels grade gym experience, not how hard a lift is on a sore back: heavy and explosive
# categories are never "beginner" here (convention).
NEVER_BEGINNER_CATEGORIES = frozenset(
    {"powerlifting", "olympic weightlifting", "strongman", "plyometrics"}
)
BALLISTIC_CATEGORIES = frozenset({"plyometrics", "olympic weightlifting"})
LEVEL_MAP: dict[str, Level] = {
    "beginner": Level.BEGINNER,
    "intermediate": Level.INTERMEDIATE,
    "expert": Level.ADVANCED,
}
UNKNOWN_LEVEL = Level.INTERMEDIATE  # convention: an ungraded entry is not offered to beginners


def _words(*keywords: str) -> re.Pattern[str]:
    """Whole-word match of any keyword (normalised), allowing a plural s."""
    alternatives = "|".join(re.escape(normalise(k)) for k in keywords)
    return re.compile(rf"\b(?:{alternatives})s?\b")


# First match wins: the more specific names come first ("side bridge" before "bridge",
# "split squat" before "squat", "front squat (clean grip)" a squat, not a clean).
PATTERN_KEYWORDS: tuple[tuple[Pattern, re.Pattern[str]], ...] = (
    (Pattern.ANTI_LATERAL_FLEXION, _words("side bridge", "side plank", "side bend", "suitcase")),
    (Pattern.LUNGE, _words("lunge", "split squat", "step up", "bulgarian")),
    (Pattern.HIP_ADDUCTION, _words("adduction", "adductor", "groin")),
    (
        Pattern.HIP_ABDUCTION,
        _words("abduction", "abductor", "clam", "monster walk", "fire hydrant"),
    ),
    (Pattern.KNEE_FLEXION, _words("leg curl", "hamstring curl", "glute ham", "nordic")),
    (
        Pattern.BACK_EXTENSION,
        _words("hyperextension", "back extension", "superman", "reverse hyper"),
    ),
    (Pattern.SQUAT, _words("squat", "leg press", "wall sit", "sit to stand", "jump")),
    (
        Pattern.HINGE,
        _words(
            "deadlift",
            "good morning",
            "romanian",
            "pull through",
            "swing",
            "clean",
            "snatch",
            "rack pull",
            "hip hinge",
            "stiff leg",
            "stiff legged",
        ),
    ),
    (Pattern.BRIDGE, _words("bridge", "hip thrust", "hip lift", "butt lift")),
    (Pattern.CARRY, _words("carry", "farmer", "farmers walk", "yoke")),
    (Pattern.ANTI_ROTATION, _words("pallof", "bird dog", "anti rotation", "renegade")),
    (Pattern.ROTATION, _words("twist", "rotation", "chop", "woodchop", "windmill")),
    (
        Pattern.HIP_FLEXION,
        _words(
            "leg raise",
            "knee raise",
            "hip flexor",
            "psoas",
            "knee tuck",
            "mountain climber",
            "flutter kick",
            "scissor kick",
        ),
    ),
    (
        Pattern.ANTI_EXTENSION,
        _words(
            "plank",
            "rollout",
            "ab roller",
            "ab wheel",
            "dead bug",
            "crunch",
            "crunches",
            "sit up",
            "curl up",
            "hollow",
            "jackknife",
            "v up",
        ),
    ),
    (Pattern.HIP_EXTENSION, _words("kickback", "hip extension", "donkey kick", "glute kick")),
    (Pattern.HIP_ROTATION, _words("piriformis", "pigeon", "hip circle", "figure 4", "it band")),
    (
        Pattern.SPINAL_MOBILITY,
        _words(
            "cat",
            "cobra",
            "child",
            "spinal",
            "lower back",
            "back stretch",
            "knee to chest",
            "knees to chest",
        ),
    ),
)

# When no keyword matches: the first primary muscle with an entry decides.
STRENGTH_PATTERN_BY_MUSCLE: dict[str, Pattern] = {
    "erector-spinae": Pattern.BACK_EXTENSION,
    "gluteus-maximus": Pattern.HIP_EXTENSION,
    "gluteus-medius": Pattern.HIP_ABDUCTION,
    "adductors": Pattern.HIP_ADDUCTION,
    "hamstrings": Pattern.HINGE,
    "quadriceps": Pattern.SQUAT,
    "rectus-abdominis": Pattern.ANTI_EXTENSION,
    "forearms": Pattern.CARRY,
    "deltoids": Pattern.UPPER_BODY,
    "pectorals": Pattern.UPPER_BODY,
    "latissimus-dorsi": Pattern.UPPER_BODY,
    "triceps": Pattern.UPPER_BODY,
    "biceps": Pattern.UPPER_BODY,
}
STRETCH_PATTERN_BY_MUSCLE: dict[str, Pattern] = {
    "erector-spinae": Pattern.SPINAL_MOBILITY,
    "gluteus-maximus": Pattern.HIP_ROTATION,
    "gluteus-medius": Pattern.HIP_ROTATION,
    "adductors": Pattern.HIP_ADDUCTION,
    "hamstrings": Pattern.HIP_FLEXION,
    "quadriceps": Pattern.HIP_EXTENSION,
    "rectus-abdominis": Pattern.SPINAL_MOBILITY,
}
# Entries no keyword or muscle places (mostly arm and shoulder work) are upper-body work.
DEFAULT_STRENGTH_PATTERN = Pattern.UPPER_BODY
DEFAULT_STRETCH_PATTERN = Pattern.SPINAL_MOBILITY

SAFETY_KEYWORDS: dict[str, re.Pattern[str]] = {
    "ballistic": _words(
        "jump",
        "hop",
        "bound",
        "throw",
        "slam",
        "swing",
        "clean",
        "snatch",
        "jerk",
        "sprint",
        "skip",
        "skipping",
        "plyo",
    ),
    "kneeling": _words("kneeling"),
    "end-range-flexion": _words(
        "sit up",
        "crunch",
        "crunches",
        "toe touch",
        "jackknife",
        "v up",
        "knee to chest",
        "knees to chest",
    ),
    "end-range-extension": _words("cobra", "superman", "upward dog"),
}
UNILATERAL = _words("single leg", "single legged", "single arm", "one leg", "one legged",
                    "one arm", "unilateral")  # fmt: skip


def map_muscles(
    primary: Iterable[str], secondary: Iterable[str], unmapped: Unmapped
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Our primary and secondary muscle ids; if no primary maps, the secondary ones stand in."""
    ours_primary = _muscles(primary, unmapped)
    ours_secondary = tuple(m for m in _muscles(secondary, unmapped) if m not in ours_primary)
    if not ours_primary:
        return ours_secondary, ()
    return ours_primary, ours_secondary


def _muscles(names: Iterable[str], unmapped: Unmapped) -> tuple[str, ...]:
    found: list[str] = []
    for name in names:
        muscle = MUSCLE_MAP.get(name.strip().lower())
        if muscle is None or muscle not in MUSCLES:
            unmapped.setdefault("muscles", set()).add(name)
        elif muscle not in found:
            found.append(muscle)
    return tuple(found)


def map_equipment(value: str | None, unmapped: Unmapped) -> tuple[str, ...]:
    """Our equipment ids; a missing value is body weight, an unknown one is left out."""
    if value is None:
        return ()
    items = EQUIPMENT_MAP.get(value)
    if items is None or not all(item in EQUIPMENT for item in items):
        unmapped.setdefault("equipment", set()).add(value)
        return ()
    return items


def map_kind(category: str | None, force: str | None, unmapped: Unmapped) -> Kind:
    if category == "stretching":
        return Kind.STRETCH
    if category not in STRENGTH_CATEGORIES and category is not None:
        unmapped.setdefault("category", set()).add(category)
    return Kind.ISOMETRIC if force == "static" else Kind.STRENGTH


def map_level(level: str | None, category: str | None, unmapped: Unmapped) -> Level:
    ours = LEVEL_MAP.get(level or "")
    if ours is None:
        if level is not None:
            unmapped.setdefault("level", set()).add(level)
        ours = UNKNOWN_LEVEL
    if ours is Level.BEGINNER and category in NEVER_BEGINNER_CATEGORIES:
        return Level.INTERMEDIATE
    return ours


def guess_pattern(name: str, kind: Kind, primary: tuple[str, ...], unmapped: Unmapped) -> Pattern:
    words = normalise(name)
    for pattern, keywords in PATTERN_KEYWORDS:
        if keywords.search(words):
            return pattern
    stretchy = kind in (Kind.STRETCH, Kind.MOBILITY)
    by_muscle = STRETCH_PATTERN_BY_MUSCLE if stretchy else STRENGTH_PATTERN_BY_MUSCLE
    for muscle in primary:
        if muscle in by_muscle:
            return by_muscle[muscle]
    unmapped.setdefault("pattern", set()).add(MUSCLES[primary[0]].lay_name)
    return DEFAULT_STRETCH_PATTERN if stretchy else DEFAULT_STRENGTH_PATTERN


def guess_safety_tags(name: str, category: str | None) -> tuple[str, ...]:
    words = normalise(name)
    tags = [tag for tag, keywords in SAFETY_KEYWORDS.items() if keywords.search(words)]
    if category in BALLISTIC_CATEGORIES and "ballistic" not in tags:
        tags.insert(0, "ballistic")
    return tuple(tags)


def guess_unilateral(name: str) -> bool:
    return UNILATERAL.search(normalise(name)) is not None
