"""Benchmarks for personal programs: plan generation and the next-session prescription.

Run: .venv/bin/python bench/bench_programs.py — one JSON line per figure.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.equipment import load_implement
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.intake import Experience, Goal, Intake, PainDuration, Sensitivity
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.progression import next_session
from backstrong.domain.training.model import Load, PainCheck, PerformedSet

RUNS_PLAN = 15
RUNS_NEXT = 200
TYPICAL = Intake(
    age=45,
    experience=Experience.INTERMEDIATE,
    goal=Goal.PAIN_RELIEF,
    equipment=("home-dumbbells",),
    days_per_week=3,
    minutes_per_session=45,
    pain=3,
    pain_duration=PainDuration.CHRONIC,
)
PRESET_INTAKES = [
    Intake(
        age=45,
        experience=experience,
        goal=goal,
        equipment=(preset,),
        days_per_week=days,
        minutes_per_session=minutes,
    )
    for preset, experience, goal, days, minutes in (
        ("none", Experience.NOVICE, Goal.PAIN_RELIEF, 2, 20),
        ("home-basic", Experience.NOVICE, Goal.MOBILITY, 3, 30),
        ("home-dumbbells", Experience.INTERMEDIATE, Goal.STRENGTH, 3, 45),
        ("home-barbell", Experience.INTERMEDIATE, Goal.STRENGTH, 4, 60),
        ("gym", Experience.ADVANCED, Goal.STRENGTH, 5, 75),
        ("gym", Experience.ADVANCED, Goal.STRENGTH, 5, 15),
    )
] + [
    # People the clinical rules are for: a gentle start, an older adult off the floor, a
    # flexion-sensitive office worker, an intermediate with a mobility goal.
    Intake(
        age=38,
        experience=Experience.NOVICE,
        goal=Goal.PAIN_RELIEF,
        equipment=("home-basic",),
        days_per_week=3,
        minutes_per_session=30,
        pain=6,
        pain_duration=PainDuration.ACUTE,
    ),
    Intake(
        age=72,
        experience=Experience.NOVICE,
        goal=Goal.PAIN_RELIEF,
        equipment=("home-dumbbells",),
        days_per_week=3,
        minutes_per_session=40,
        pain=3,
        pain_duration=PainDuration.CHRONIC,
        floor=False,
    ),
    Intake(
        age=45,
        experience=Experience.NOVICE,
        goal=Goal.PAIN_RELIEF,
        equipment=("none",),
        days_per_week=3,
        minutes_per_session=30,
        pain=4,
        pain_duration=PainDuration.CHRONIC,
        sensitivities=frozenset({Sensitivity.FLEXION}),
    ),
    Intake(
        age=33,
        experience=Experience.INTERMEDIATE,
        goal=Goal.MOBILITY,
        equipment=("gym",),
        days_per_week=4,
        minutes_per_session=45,
    ),
]


def median_ms(
    run: Callable[[], object], times: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    samples = []
    for _ in range(times):
        start = clock()
        run()
        samples.append((clock() - start) * 1000)
    return statistics.median(samples)


def emit(metric: str, value: float, unit: str, target: str) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}))


def a_year_of_history(plan: Plan, catalogue: dict[str, Exercise]) -> list[PerformedSet]:
    """Every session of the plan's weeks, repeated for 52 weeks, three working sets each."""
    performed: list[PerformedSet] = []
    start = datetime(2025, 1, 6, 18, 0)
    for week in range(52):
        template = plan.weeks[week % len(plan.weeks)]
        for session in template.sessions:
            day = start + timedelta(days=7 * week + 2 * session.index)
            for item in session.exercises:
                loaded = load_implement(catalogue[item.exercise_id]) is not None
                reps = item.reps[0] + week % 3 if item.reps else None
                for n in range(3):
                    performed.append(
                        PerformedSet(
                            exercise_id=item.exercise_id,
                            performed_at=day + timedelta(minutes=2 * n),
                            reps=reps,
                            load=Load(20.0 + week) if loaded else None,
                            hold_seconds=item.hold_seconds[0] if item.hold_seconds else None,
                            rpe=8.0 if loaded else None,
                            pain=2,
                        )
                    )
    return performed


def pain_checks(performed: list[PerformedSet]) -> list[PainCheck]:
    days = sorted({s.performed_at.replace(hour=18, minute=0) for s in performed})
    return [PainCheck(day, before=2, after=2, next_morning=2) for day in days]


def main() -> None:
    library = list(load_bundled_library())
    catalogue = {e.id: e for e in library}
    generate_plan(TYPICAL, library)  # warm up: imports OR-Tools once
    emit(
        "programs.generate_12_weeks.median",
        median_ms(lambda: generate_plan(TYPICAL, library), RUNS_PLAN),
        "ms",
        "<= 300",
    )
    per_preset = [median_ms(lambda i=i: generate_plan(i, library), 3) for i in PRESET_INTAKES]
    emit("programs.generate_12_weeks.presets_median", statistics.median(per_preset), "ms", "<= 300")
    p95 = statistics.quantiles(per_preset, n=20, method="inclusive")[-1]
    emit("programs.generate_12_weeks.presets_p95", p95, "ms", "<= 1000")
    emit("programs.generate_12_weeks.presets_max", max(per_preset), "ms", "info")
    # CPU time of this process: the same figures without other load on a shared machine.
    cpu = [
        median_ms(lambda i=i: generate_plan(i, library), 3, time.process_time)
        for i in PRESET_INTAKES
    ]
    emit("programs.generate_12_weeks.presets_cpu_median", statistics.median(cpu), "ms", "info")
    cpu_p95 = statistics.quantiles(cpu, n=20, method="inclusive")[-1]
    emit("programs.generate_12_weeks.presets_cpu_p95", cpu_p95, "ms", "info")
    strength = generate_plan(PRESET_INTAKES[4], library)
    assert isinstance(strength, Plan)
    history = a_year_of_history(strength, catalogue)
    checks = pain_checks(history)
    emit("programs.history_sets", len(history), "sets", "info")
    emit(
        "programs.next_session_from_a_year.median",
        median_ms(lambda: next_session(strength, history, checks, catalogue), RUNS_NEXT),
        "ms",
        "<= 5",
    )


if __name__ == "__main__":
    main()
