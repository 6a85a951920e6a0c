"""Persona plan snapshots: the whole first loaded week, the daily routine, walking and notes of a
few people, kept in snapshots/ and reviewed by eye. Each test name says what was reviewed.

After a deliberate change, rewrite them with BACKSTRONG_UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.plan import Plan
from backstrong.services.programs.mapping import intake_from_json

LIBRARY = load_bundled_library()
HERE = Path(__file__).parent / "snapshots"


def summary(plan: Plan) -> dict[str, Any]:
    """What a reviewer reads: per week the phase, walking and the exercises with their doses."""
    return {
        "warnings": list(plan.warnings),
        "notes": list(plan.notes),
        "reviews": [r.slug for r in plan.reviews],
        "education": [[e.note_id, e.moment.value, e.week] for e in plan.education],
        "daily": [[d.exercise_id, d.hold_seconds, d.times_per_day] for d in plan.daily_mobility],
        "weeks": [
            {
                "week": w.number,
                "phase": w.phase.value,
                "deload": w.deload,
                "walking": None if w.walking is None else [w.walking.minutes, w.walking.days],
                "sessions": [
                    [
                        f"{e.exercise_id} {e.sets}x{e.reps or ''}{e.hold_seconds or ''}"
                        + ("" if e.load is None else f" @{e.load.value:g}{e.load.unit.value}")
                        for e in s.exercises
                    ]
                    for s in w.sessions
                ],
            }
            for w in plan.weeks
        ],
    }


def check(name: str, intake: dict[str, Any]) -> dict[str, Any]:
    plan = generate_plan(intake_from_json(intake), LIBRARY)
    assert isinstance(plan, Plan)
    got = json.loads(json.dumps(summary(plan)))
    path = HERE / f"{name}.json"
    if os.environ.get("BACKSTRONG_UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
    assert got == json.loads(path.read_text()), f"{name}: plan changed; review and update"
    return got


BASE = {"experience": "novice", "goal": "pain-relief", "days_per_week": 3}


def test_office_worker_45_no_equipment_reviewed_bridges_big_three_daily_rotation_walking():
    got = check(
        "office_worker_45",
        BASE
        | {
            "age": 45,
            "equipment": ["none"],
            "minutes_per_session": 30,
            "pain": 3,
            "pain_duration": "chronic",
        },
    )
    first = [i.split()[0] for s in got["weeks"][0]["sessions"] for i in s]
    assert {"bridge", "curl-up", "bird-dog"} <= set(first)
    assert got["daily"][0][0] == "lower-back-rotational-stretch"


def test_acute_38_home_reviewed_two_unloaded_weeks_then_load_and_walking_from_ten_minutes():
    got = check(
        "acute_38_home",
        BASE
        | {
            "age": 38,
            "equipment": ["home-dumbbells"],
            "minutes_per_session": 30,
            "pain": 6,
            "pain_duration": "acute",
        },
    )
    assert [w["phase"] for w in got["weeks"][:3]] == ["gentle", "gentle", "base"]
    assert got["weeks"][0]["walking"] == [10, 3]


def test_older_adult_72_off_the_floor_reviewed_standing_work_dumbbells_and_long_holds():
    got = check(
        "older_72_off_floor",
        BASE
        | {
            "age": 72,
            "equipment": ["home-dumbbells"],
            "minutes_per_session": 40,
            "pain": 3,
            "pain_duration": "chronic",
            "floor": False,
        },
    )
    assert any("floor" in n for n in got["notes"])


def test_intermediate_lifter_gym_reviewed_seed_lifts_glute_ham_raise_and_first_loads():
    got = check(
        "intermediate_lifter_gym",
        {
            "age": 34,
            "experience": "intermediate",
            "goal": "strength",
            "equipment": ["gym"],
            "days_per_week": 3,
            "minutes_per_session": 60,
            "pain": 1,
            "pain_duration": "chronic",
            "calibration": [{"exercise_id": "deadlift", "value": 100, "unit": "kg"}],
        },
    )
    all_ids = {i.split()[0] for w in got["weeks"] for s in w["sessions"] for i in s}
    assert {"squat", "deadlift", "good-morning", "glute-ham-raise"} <= all_ids


def test_advanced_lifter_15_minutes_reviewed_main_lifts_in_short_sessions():
    check(
        "advanced_15_minutes",
        {
            "age": 30,
            "experience": "advanced",
            "goal": "strength",
            "equipment": ["gym"],
            "days_per_week": 4,
            "minutes_per_session": 15,
        },
    )


def test_flexion_sensitive_45_reviewed_nothing_that_rounds_the_back_and_the_note_why():
    got = check(
        "flexion_sensitive_45",
        BASE
        | {
            "age": 45,
            "equipment": ["home-basic"],
            "minutes_per_session": 30,
            "pain": 4,
            "pain_duration": "chronic",
            "sensitivities": ["flexion"],
        },
    )
    assert any("provokes your pain" in n for n in got["notes"])
