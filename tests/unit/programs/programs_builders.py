"""Small builders for the programs tests: exercises, a compact library, intakes, history."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from backstrong.domain.exercises.model import Dosage, Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.domain.programs.intake import Experience, Goal, Intake, PainDuration
from backstrong.domain.training.model import Load, PainCheck, PerformedSet
from backstrong.domain.units import MassUnit

_MUSCLES: dict[Pattern, tuple[str, ...]] = {
    Pattern.HINGE: ("gluteus-maximus", "hamstrings", "erector-spinae"),
    Pattern.SQUAT: ("quadriceps", "gluteus-maximus"),
    Pattern.LUNGE: ("quadriceps", "gluteus-maximus"),
    Pattern.BRIDGE: ("gluteus-maximus",),
    Pattern.BACK_EXTENSION: ("erector-spinae",),
    Pattern.ANTI_EXTENSION: ("rectus-abdominis", "transversus-abdominis"),
    Pattern.ANTI_ROTATION: ("obliques", "multifidus"),
    Pattern.ANTI_LATERAL_FLEXION: ("obliques", "quadratus-lumborum"),
    Pattern.HIP_ABDUCTION: ("gluteus-medius",),
    Pattern.HIP_ADDUCTION: ("adductors",),
    Pattern.KNEE_FLEXION: ("hamstrings",),
    Pattern.HIP_FLEXION: ("iliopsoas",),
    Pattern.CARRY: ("forearms", "obliques"),
    Pattern.ROTATION: ("obliques",),
    Pattern.SPINAL_MOBILITY: ("erector-spinae",),
    Pattern.HIP_ROTATION: ("piriformis",),
    Pattern.HIP_EXTENSION: ("gluteus-maximus",),
    Pattern.GAIT: ("gluteus-maximus", "quadriceps"),
}


def exercise(
    id: str,
    pattern: Pattern,
    *,
    level: Level = Level.BEGINNER,
    kind: Kind = Kind.STRENGTH,
    equipment: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    easier: tuple[str, ...] = (),
    harder: tuple[str, ...] = (),
    dosage: Dosage | None = None,
    unilateral: bool = False,
) -> Exercise:
    if dosage is None:
        if kind is Kind.STRENGTH:
            dosage = Dosage(sets=3, reps=(10, 15), rest_seconds=60)
        elif kind is Kind.ISOMETRIC:
            dosage = Dosage(sets=3, hold_seconds=(10, 20), rest_seconds=30)
        elif kind is Kind.STRETCH:
            dosage = Dosage(sets=2, hold_seconds=(20, 30), rest_seconds=15)
        elif kind is Kind.AEROBIC:
            dosage = Dosage(sets=1, hold_seconds=(300, 600), rest_seconds=0)
        else:
            dosage = Dosage(sets=1, reps=(6, 8), rest_seconds=15)
    return Exercise(
        id=id,
        name=id.replace("-", " ").capitalize(),
        kind=kind,
        pattern=pattern,
        level=level,
        dosage=dosage,
        primary_muscles=_MUSCLES[pattern],
        unilateral=unilateral,
        equipment=equipment,
        safety_tags=tags,
        easier=easier,
        harder=harder,
    )


BEG, INT, ADV = Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED
P = Pattern
ISO, STRETCH, MOB = Kind.ISOMETRIC, Kind.STRETCH, Kind.MOBILITY


def library() -> list[Exercise]:
    """A compact library shaped like the bundled one: families, equipment, safety tags."""
    return [
        exercise("hip-hinge-drill", P.HINGE, harder=("good-morning-bodyweight",)),
        exercise("good-morning-bodyweight", P.HINGE, easier=("hip-hinge-drill",)),
        exercise(
            "kettlebell-deadlift",
            P.HINGE,
            equipment=("kettlebell",),
            harder=("dumbbell-romanian-deadlift",),
        ),
        exercise(
            "dumbbell-romanian-deadlift",
            P.HINGE,
            equipment=("dumbbell",),
            easier=("kettlebell-deadlift",),
            harder=("romanian-deadlift",),
        ),
        exercise(
            "romanian-deadlift",
            P.HINGE,
            level=INT,
            equipment=("barbell",),
            easier=("dumbbell-romanian-deadlift",),
            harder=("deadlift",),
        ),
        exercise(
            "deadlift",
            P.HINGE,
            level=INT,
            equipment=("barbell",),
            tags=("high-spinal-compression",),
            easier=("romanian-deadlift",),
            dosage=Dosage(sets=3, reps=(10, 15), rest_seconds=120),
        ),
        exercise(
            "kettlebell-swing", P.HINGE, level=INT, equipment=("kettlebell",), tags=("ballistic",)
        ),
        exercise("bodyweight-squat", P.SQUAT, harder=("goblet-squat",)),
        exercise(
            "goblet-squat",
            P.SQUAT,
            equipment=("dumbbell",),
            easier=("bodyweight-squat",),
            harder=("squat",),
        ),
        exercise(
            "squat",
            P.SQUAT,
            level=INT,
            equipment=("barbell", "squat-rack"),
            tags=("high-spinal-compression",),
            easier=("goblet-squat",),
        ),
        exercise("split-squat", P.LUNGE, unilateral=True),
        exercise(
            "bridge",
            P.BRIDGE,
            equipment=("mat",),
            harder=("single-leg-bridge",),
            dosage=Dosage(sets=3, reps=(15, 15), rest_seconds=45),
        ),
        exercise(
            "single-leg-bridge",
            P.BRIDGE,
            level=INT,
            equipment=("mat",),
            unilateral=True,
            easier=("bridge",),
        ),
        exercise(
            "prone-alternate-arm-leg-lift",
            P.BACK_EXTENSION,
            equipment=("mat",),
            harder=("superman",),
        ),
        exercise(
            "superman",
            P.BACK_EXTENSION,
            level=INT,
            kind=ISO,
            equipment=("mat",),
            tags=("end-range-extension",),
            easier=("prone-alternate-arm-leg-lift",),
        ),
        exercise(
            "back-extension", P.BACK_EXTENSION, level=INT, equipment=("back-extension-bench",)
        ),
        exercise(
            "glute-ham-raise", P.BACK_EXTENSION, level=ADV, equipment=("glute-ham-developer",)
        ),
        exercise(
            "curl-up",
            P.ANTI_EXTENSION,
            kind=ISO,
            equipment=("mat",),
            dosage=Dosage(sets=3, reps=(4, 6), hold_seconds=(7, 10), rest_seconds=30),
        ),
        exercise("dead-bug", P.ANTI_EXTENSION, equipment=("mat",), harder=("dead-bug-band",)),
        exercise(
            "dead-bug-band",
            P.ANTI_EXTENSION,
            level=INT,
            equipment=("mat", "band"),
            easier=("dead-bug",),
        ),
        exercise("plank", P.ANTI_EXTENSION, level=INT, kind=ISO, equipment=("mat",)),
        exercise(
            "bird-dog",
            P.ANTI_ROTATION,
            kind=ISO,
            equipment=("mat",),
            dosage=Dosage(sets=3, reps=(4, 6), hold_seconds=(7, 10), rest_seconds=30),
        ),
        exercise("pallof-press", P.ANTI_ROTATION, level=INT, equipment=("band",)),
        exercise(
            "side-bridge-knees",
            P.ANTI_LATERAL_FLEXION,
            kind=ISO,
            equipment=("mat",),
            harder=("side-bridge",),
            unilateral=True,
        ),
        exercise(
            "side-bridge",
            P.ANTI_LATERAL_FLEXION,
            level=INT,
            kind=ISO,
            equipment=("mat",),
            easier=("side-bridge-knees",),
            unilateral=True,
        ),
        exercise("clamshell", P.HIP_ABDUCTION, equipment=("mat",), unilateral=True),
        exercise("adductor-squeeze", P.HIP_ADDUCTION, kind=ISO, equipment=("mat",)),
        exercise(
            "copenhagen-plank",
            P.HIP_ADDUCTION,
            level=ADV,
            kind=ISO,
            equipment=("bench",),
            unilateral=True,
        ),
        exercise("standing-march", P.HIP_FLEXION),
        exercise("farmer-carry", P.CARRY, equipment=("dumbbell",)),
        exercise(
            "lower-back-rotational-stretch",
            P.ROTATION,
            kind=STRETCH,
            equipment=("mat",),
            tags=("end-range-rotation",),
            dosage=Dosage(sets=1, hold_seconds=(5, 10), rest_seconds=5, times_per_day=3),
        ),
        exercise("cat-camel", P.SPINAL_MOBILITY, kind=MOB, equipment=("mat",)),
        exercise(
            "childs-pose",
            P.SPINAL_MOBILITY,
            kind=STRETCH,
            equipment=("mat",),
            tags=("kneeling", "end-range-flexion"),
        ),
        exercise(
            "prone-press-up",
            P.SPINAL_MOBILITY,
            level=INT,
            kind=MOB,
            equipment=("mat",),
            tags=("end-range-extension",),
        ),
        exercise("standing-hip-flexor-stretch", P.HIP_EXTENSION, kind=STRETCH),
        exercise("figure-4-stretch", P.HIP_ROTATION, kind=STRETCH, equipment=("mat",)),
        exercise("walking", P.GAIT, kind=Kind.AEROBIC),
    ]


def intake(**overrides: Any) -> Intake:
    values: dict[str, Any] = {
        "age": 40,
        "experience": Experience.NOVICE,
        "goal": Goal.PAIN_RELIEF,
        "equipment": ("home-basic",),
        "days_per_week": 3,
        "minutes_per_session": 45,
        "pain": 3,
        "pain_duration": PainDuration.CHRONIC,
    }
    values.update(overrides)
    return Intake(**values)


START = datetime(2026, 1, 5, 18, 0)


def sets_of(
    exercise_id: str,
    day: int,
    reps: list[int],
    load: float | None = None,
    *,
    unit: MassUnit = MassUnit.KG,
    rpe: float | None = None,
    pain: int | None = None,
    hold: float | None = None,
) -> list[PerformedSet]:
    """Working sets of one exercise on day ``day`` after START, one per entry of ``reps``."""
    when = START + timedelta(days=day)
    return [
        PerformedSet(
            exercise_id=exercise_id,
            performed_at=when + timedelta(minutes=3 * n),
            reps=r,
            load=None if load is None else Load(load, unit),
            hold_seconds=hold,
            rpe=rpe,
            pain=pain,
        )
        for n, r in enumerate(reps)
    ]


def pain_check(day: int, before: int | None, after: int | None, morning: int | None) -> PainCheck:
    return PainCheck(START + timedelta(days=day), before, after, morning)


def item(
    exercise_id: str,
    *,
    sets: int = 3,
    reps: tuple[int, int] | None = (8, 12),
    hold: tuple[int, int] | None = None,
    rest: int = 90,
) -> Any:
    from backstrong.domain.programs.plan import PrescribedExercise

    return PrescribedExercise(exercise_id, sets, reps, hold, None, rest, "test")


def plan_of(*items: Any, weeks: int = 2, deload_week: int | None = None, **intake_overrides: Any):
    """A plan whose every week holds one session with ``items``."""
    from backstrong.domain.programs.phases import Phase
    from backstrong.domain.programs.plan import Plan, Session, Week

    values = {"equipment": ("gym",), "experience": Experience.INTERMEDIATE} | intake_overrides
    sessions = (Session(0, 30, tuple(items)),)
    return Plan(
        "test",
        intake(**values),
        tuple(Week(n, Phase.BASE, n == deload_week, sessions) for n in range(1, weeks + 1)),
        (),
        (),
    )
