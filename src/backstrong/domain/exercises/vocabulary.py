"""Controlled vocabulary of the exercise library: muscles, regions, equipment, safety tags.

Every exercise file, filter and import maps onto these names. Ids are stable slugs; lay names are
what a person sees. Change a name here only with a data migration: stored rows refer to the ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    STRENGTH = "strength"
    ISOMETRIC = "isometric"
    STRETCH = "stretch"
    MOBILITY = "mobility"
    AEROBIC = "aerobic"  # steady movement dosed by duration (walking)


class Pattern(StrEnum):
    HINGE = "hinge"
    SQUAT = "squat"
    LUNGE = "lunge"
    BRIDGE = "bridge"
    BACK_EXTENSION = "back-extension"
    ANTI_EXTENSION = "anti-extension"
    ANTI_ROTATION = "anti-rotation"
    ANTI_LATERAL_FLEXION = "anti-lateral-flexion"
    ROTATION = "rotation"
    HIP_ABDUCTION = "hip-abduction"
    HIP_ADDUCTION = "hip-adduction"
    HIP_FLEXION = "hip-flexion"
    HIP_EXTENSION = "hip-extension"
    HIP_ROTATION = "hip-rotation"
    KNEE_FLEXION = "knee-flexion"
    SPINAL_MOBILITY = "spinal-mobility"
    CARRY = "carry"
    UPPER_BODY = "upper-body"  # push and pull work for the arms and shoulders (mostly imports)
    GAIT = "gait"  # walking


class Level(StrEnum):
    """Graded for someone with a sore back, not for a competitive lifter."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def rank(self) -> int:
        return list(Level).index(self)


class Region(StrEnum):
    LOWER_BACK = "lower-back"
    HIPS = "hips"
    CORE = "core"
    THIGHS = "thighs"
    LOWER_LEGS = "lower-legs"
    UPPER_BACK = "upper-back"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    CHEST = "chest"


REGION_LAY_NAMES: dict[Region, str] = {
    Region.LOWER_BACK: "lower back",
    Region.HIPS: "hips and glutes",
    Region.CORE: "core",
    Region.THIGHS: "thighs",
    Region.LOWER_LEGS: "calves and shins",
    Region.UPPER_BACK: "upper back",
    Region.SHOULDERS: "shoulders",
    Region.ARMS: "arms and grip",
    Region.CHEST: "chest",
}


@dataclass(frozen=True, slots=True)
class Muscle:
    id: str
    lay_name: str
    region: Region


MUSCLES: dict[str, Muscle] = {
    m.id: m
    for m in (
        Muscle("erector-spinae", "lower back", Region.LOWER_BACK),
        Muscle("multifidus", "deep spinal stabilisers (multifidus)", Region.LOWER_BACK),
        Muscle("quadratus-lumborum", "side of the lower back (QL)", Region.LOWER_BACK),
        Muscle("gluteus-maximus", "glutes", Region.HIPS),
        Muscle("gluteus-medius", "side glutes", Region.HIPS),
        Muscle("gluteus-minimus", "deep side glutes", Region.HIPS),
        Muscle("piriformis", "deep hip rotators (piriformis)", Region.HIPS),
        Muscle("tensor-fasciae-latae", "outer hip (TFL)", Region.HIPS),
        Muscle("iliopsoas", "hip flexors / psoas", Region.HIPS),
        Muscle("hamstrings", "back of the thigh (hamstrings)", Region.THIGHS),
        Muscle("quadriceps", "front of the thigh (quads)", Region.THIGHS),
        Muscle("adductors", "inner thigh (adductors)", Region.THIGHS),
        Muscle("rectus-abdominis", "abs (six-pack muscle)", Region.CORE),
        Muscle("obliques", "side abs (obliques)", Region.CORE),
        Muscle("transversus-abdominis", "deep abs (transversus)", Region.CORE),
        Muscle("calves", "calves", Region.LOWER_LEGS),
        Muscle("latissimus-dorsi", "lats", Region.UPPER_BACK),
        Muscle("trapezius", "upper back and traps", Region.UPPER_BACK),
        Muscle("rhomboids", "between the shoulder blades (rhomboids)", Region.UPPER_BACK),
        Muscle("deltoids", "shoulders", Region.SHOULDERS),
        Muscle("forearms", "grip and forearms", Region.ARMS),
        Muscle("triceps", "back of the arm (triceps)", Region.ARMS),
        Muscle("biceps", "front of the arm (biceps)", Region.ARMS),
        Muscle("pectorals", "chest", Region.CHEST),
    )
}


EQUIPMENT: dict[str, str] = {
    "mat": "exercise mat",
    "barbell": "barbell and plates",
    "dumbbell": "dumbbells",
    "kettlebell": "kettlebell",
    "band": "long resistance band",
    "mini-band": "mini loop band",
    "bench": "flat bench",
    "box": "box or sturdy step",
    "stability-ball": "stability ball",
    "cable": "cable machine",
    "glute-ham-developer": "glute-ham developer (GHD)",
    "back-extension-bench": "45° back-extension bench",
    "reverse-hyper": "reverse hyper machine",
    "trap-bar": "trap (hex) bar",
    "squat-rack": "squat rack",
    "weight-plate": "weight plate",
    "landmine": "landmine attachment",
    "foam-roller": "foam roller",
    "sliders": "sliders or towels on a smooth floor",
    "strap": "strap or towel",
    "pull-up-bar": "pull-up bar",
    "machine": "weight machine",
    "medicine-ball": "medicine ball",
}


SAFETY_TAGS: dict[str, str] = {
    "loaded-spinal-flexion": "the spine rounds forward under load",
    "end-range-flexion": "the spine bends forward to its end range",
    "end-range-extension": "the spine arches back to its end range",
    "loaded-rotation": "the trunk twists under load",
    "end-range-rotation": "the trunk twists to its end range",
    "high-spinal-compression": "heavy load presses down through the spine",
    "high-spinal-shear": "a long lever loads the lower back in shear",
    "floor-transfer": "you get down to and up from the floor",
    "ballistic": "fast, explosive movement",
    "kneeling": "weight rests on the knees",
    "spinal-flexion": "the lower back bends forward, even gently and without load",
    "spinal-extension": "the lower back arches backward, even gently and without load",
    "lying-on-back": "you lie flat on your back",
    "lying-on-belly": "you lie face down, with weight on your belly",
    "abdominal-wall-load": "the belly wall holds the trunk up against gravity or curls it",
}

# Which safety tags a person's sensitivity rules out (used by programs and by search filters).
SENSITIVITY_TAGS: dict[str, frozenset[str]] = {
    "flexion": frozenset({"loaded-spinal-flexion", "end-range-flexion", "spinal-flexion"}),
    "extension": frozenset({"end-range-extension", "spinal-extension"}),
    "rotation": frozenset({"loaded-rotation", "end-range-rotation"}),
}


def regions_of(muscle_ids: frozenset[str] | tuple[str, ...]) -> frozenset[Region]:
    return frozenset(MUSCLES[m].region for m in muscle_ids if m in MUSCLES)
