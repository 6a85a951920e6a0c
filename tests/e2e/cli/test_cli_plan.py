"""`backstrong plan`: building a plan from flags or questions, the red-flag stop, JSON output,
today's session and the exports."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from icalendar import Calendar

from backstrong.domain.programs.red_flags import EMERGENCY_ADVICE, RED_FLAGS
from backstrong.domain.programs.safety import DISCLAIMER

FLAGS = (
    "--age", "38", "--level", "novice", "--goal", "strength", "--days", "3",
    "--minutes", "30", "--equipment", "home-basic,dumbbell", "--pain", "2",
    "--pain-duration", "chronic", "--sensitive", "flexion", "--weeks", "8",
)  # fmt: skip


@pytest.fixture
def planned(cli):
    result = cli("plan", "new", *FLAGS, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_flags_build_a_plan_without_asking_anything(cli):
    result = cli("plan", "new", *FLAGS)
    assert result.exit_code == 0, result.output
    assert "Your 8-week plan" in result.stdout
    assert DISCLAIMER[:40] in result.stdout.replace("\n", " ")


def test_the_plan_json_has_the_documented_shape(planned, cli):
    assert {"id", "intake", "weeks", "daily_mobility", "warnings", "disclaimer"} <= set(planned)
    assert planned["intake"]["sensitivities"] == ["flexion"]
    assert planned["intake"]["equipment"] == ["home-basic", "dumbbell"]
    week = planned["weeks"][0]
    assert set(week) == {"number", "phase", "deload", "sessions", "walking"}
    assert week["walking"]["minutes"] > 0 and week["walking"]["days"] > 0
    assert {"reviews", "education", "notes"} <= set(planned)
    exercise = week["sessions"][0]["exercises"][0]
    assert set(exercise) == {
        "exercise_id", "sets", "reps", "hold_seconds", "load", "rest_seconds", "reason",
    }  # fmt: skip
    shown = json.loads(cli("plan", "show", "--json").stdout)
    assert shown == planned


def test_show_one_week(planned, cli):
    data = json.loads(cli("plan", "show", "--week", "4", "--json").stdout)
    assert [w["number"] for w in data["weeks"]] == [4]
    assert data["weeks"][0]["deload"] is True
    text = cli("plan", "show", "--week", "4")
    phase = data["weeks"][0]["phase"]
    assert f"Week 4 · {phase} phase · deload week" in text.stdout
    outside = cli("plan", "show", "--week", "9")
    assert outside.exit_code == 2
    assert "accepted 1–8" in outside.stderr


def test_a_red_flag_prints_the_advice_exits_3_and_saves_nothing(cli):
    result = cli("plan", "new", *FLAGS, "--red-flag", "both-legs-weak-or-numb")
    assert result.exit_code == 3
    out = " ".join(result.stdout.replace("│", " ").split())
    assert "Get emergency care now" in out
    assert " ".join(EMERGENCY_ADVICE.split()) in out
    assert "No plan was made" in out
    shown = cli("plan", "show")
    assert shown.exit_code == 2
    assert "no plan yet" in shown.stderr


def test_a_red_flag_in_json(cli):
    result = cli("plan", "new", *FLAGS, "--red-flag", "fever-or-unwell", "--json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["red_flags"] == ["fever-or-unwell"]
    assert data["severity"] == "prompt"
    assert data["heading"] == "See a clinician soon"


def test_an_unknown_red_flag_names_the_accepted_ones(cli):
    result = cli("plan", "new", *FLAGS, "--red-flag", "sore-toe")
    assert result.exit_code == 2
    assert "saddle-numbness" in result.stderr


def test_bad_values_name_the_field(cli):
    result = cli("plan", "new", *FLAGS[:-2], "--weeks", "2")
    assert result.exit_code == 2
    assert "weeks '2'" in result.stderr


def test_without_a_terminal_the_age_is_needed(cli):
    result = cli("plan", "new", "--goal", "mobility")
    assert result.exit_code == 2
    assert "--age" in result.stderr


def test_yes_takes_the_defaults(cli):
    result = cli("plan", "new", "--age", "52", "--yes", "--json")
    assert result.exit_code == 0, result.output
    intake = json.loads(result.stdout)["intake"]
    assert intake["experience"] == "novice" and intake["days_per_week"] == 3
    assert intake["equipment"] == ["mat"]


def test_red_flags_lists_names_and_questions(cli):
    data = json.loads(cli("plan", "red-flags", "--json").stdout)
    flags = [d for d in data if d["severity"] != "review"]
    assert [d["name"] for d in flags] == [f.slug for f in RED_FLAGS]
    assert {d["severity"] for d in flags} == {"emergency", "prompt"}
    assert [d["name"] for d in data if d["derivable"]] == ["new-pain-under-20-or-over-50"]
    assert "morning-stiffness-over-30-minutes" in {d["name"] for d in data}


def test_the_wizard_screens_first_and_stops_on_a_yes(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    result = cli("plan", "new", input="y\n")
    assert result.exit_code == 3
    assert RED_FLAGS[0].question in result.stdout
    assert "Get emergency care now" in result.stdout


def test_the_wizard_asks_each_question_with_defaults(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    no_flags = "n\n" * len(RED_FLAGS)
    # age, experience, goal, days, minutes, equipment (a typo first), pain, weeks of pain,
    # sensitivities, weeks, pregnancy/birth/osteoporosis (no), floor, walking, calibration (no),
    # favourites (none), then the warning sign read from age 61 and 6 weeks of pain: "n", a
    # clinician has checked it
    answers = "61\n\nmobility\n2\n\nmat,bandd\nmat,band\n4\n6\nrotation\n\n\nn\n\n\n\nn\n"
    result = cli("plan", "new", "--json", input=no_flags + answers)
    assert result.exit_code == 0, result.output
    assert "equipment 'bandd'" in result.stdout  # asked again, with what is accepted
    assert "you are 61 and this pain began about 6 weeks ago" in result.stdout
    data = json.loads(result.stdout[result.stdout.index("{\n") :])
    intake = data["intake"]
    assert intake["age"] == 61 and intake["goal"] == "mobility"
    assert intake["experience"] == "novice" and intake["days_per_week"] == 2
    assert intake["equipment"] == ["mat", "band"]
    assert intake["pain"] == 4 and intake["pain_duration"] == "subacute"
    assert intake["pain_weeks"] == 6 and intake["floor"] is False
    assert intake["not_applicable"] == ["new-pain-under-20-or-over-50"]
    assert intake["sensitivities"] == ["rotation"] and intake["weeks"] == 12


def test_the_wizard_counts_a_sign_read_from_the_answers_unless_set_aside(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    no_flags = "n\n" * len(RED_FLAGS)
    answers = "61\n\n\n\n\n\n4\n3\n\n\n\n\n\n\n\n\n"  # Enter: the sign applies
    result = cli("plan", "new", input=no_flags + answers)
    assert result.exit_code == 3, result.output
    assert "See a clinician soon" in result.stdout
    assert "--not-applicable new-pain-under-20-or-over-50" in result.stdout


def test_flags_set_a_sign_aside_and_give_calibration_walking_and_the_floor(cli):
    base = ("--age", "58", "--pain", "3", "--pain-weeks", "2", "--yes", "--json")
    flagged = cli("plan", "new", *base)
    assert flagged.exit_code == 3  # with --yes the sign read from the answers counts
    assert json.loads(flagged.stdout)["derived"][0]["slug"] == "new-pain-under-20-or-over-50"
    extra = (
        "--not-applicable", "new-pain-under-20-or-over-50", "--no-floor", "--no-walking",
        "--calibrate", "goblet-squat=12kg", "--equipment", "home-dumbbells",
    )  # fmt: skip
    result = cli("plan", "new", *base, *extra)
    assert result.exit_code == 0, result.output
    intake = json.loads(result.stdout)["intake"]
    assert intake["floor"] is False and intake["walking"] is False
    assert intake["calibration"] == [
        {"exercise_id": "goblet-squat", "value": 12.0, "unit": "kg", "reps": 10}
    ]
    assert all(w["walking"] is None for w in json.loads(result.stdout)["weeks"])
    bad = cli("plan", "new", *base, "--calibrate", "squat=heavy")
    assert bad.exit_code == 2 and "--calibrate 'squat=heavy'" in bad.stderr


def test_a_person_under_16_is_told_the_plan_is_for_adults(cli):
    result = cli("plan", "new", "--age", "14", "--yes")
    assert result.exit_code == 3
    assert "This program is for adults" in result.stdout


def test_today_starts_at_the_first_session(planned, cli):
    result = cli("plan", "today", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["week"], data["index"]) == (1, 0)
    planned_ids = [e["exercise_id"] for e in planned["weeks"][0]["sessions"][0]["exercises"]]
    assert [e["planned_exercise_id"] for e in data["exercises"]] == planned_ids
    assert data["disclaimer"] == DISCLAIMER
    text = cli("plan", "today")
    assert "Next: Week 1, session 1" in text.stdout


def test_the_handout_is_a_pdf(planned, cli, tmp_path):
    out = tmp_path / "handout.pdf"
    result = cli("plan", "export", "--pdf", str(out), "--week", "2")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_the_calendar_has_one_event_per_session_on_training_days(planned, cli, tmp_path):
    out = tmp_path / "plan.ics"
    result = cli("plan", "export", "--ics", str(out), "--start", "2027-03-01")
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 8 * 3
    days = sorted(e.decoded("dtstart") for e in events)
    assert days[0] == date(2027, 3, 1)
    assert {d.weekday() for d in days} == {0, 2, 4}  # Monday, Wednesday, Friday
    first = planned["weeks"][0]["sessions"][0]["exercises"][0]["exercise_id"]
    description = str(events[0].get("description"))
    assert "rest" in description or "reps" in description or "hold" in description
    assert first not in {"", None}


def test_export_needs_a_target_and_a_plan(cli, tmp_path):
    assert cli("plan", "export").exit_code == 2
    missing = cli("plan", "export", "--pdf", str(tmp_path / "x.pdf"))
    assert missing.exit_code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_notes_say_which_were_shown_and_when(planned, cli):
    shown_today = json.loads(cli("plan", "today", "--json").stdout)["notes"]
    result = cli("plan", "notes", "--json")
    assert result.exit_code == 0, result.output
    notes = json.loads(result.stdout)
    assert all(list(n) == ["id", "title", "text", "seen_at"] for n in notes)
    seen = {n["id"]: n["seen_at"] for n in notes if n["seen_at"] is not None}
    assert shown_today and set(seen) == {n["id"] for n in shown_today}
    assert all(datetime.fromisoformat(at) for at in seen.values())


def test_the_wizard_asks_about_pregnancy_a_birth_and_osteoporosis_behind_one_question(
    cli, monkeypatch
):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    no_flags = "n\n" * len(RED_FLAGS)
    # age 34, defaults to the pain (0), weeks; then yes: not pregnant, a birth 3 weeks ago by
    # caesarean, no osteoporosis; then the floor, walking, calibration and favourites
    answers = "34\n\n\n\n\n\n0\n\n\ny\nn\ny\n3\ny\nn\n\n\n\n\n"
    result = cli("plan", "new", "--json", input=no_flags + answers)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{\n") :])
    intake = data["intake"]
    assert (intake["weeks_since_birth"], intake["caesarean"]) == (3, True)
    assert "pregnancy_weeks" not in intake and "osteoporosis" not in intake
    assert data["weeks"][0]["phase"] == "gentle"
    assert [r["slug"] for r in data["reviews"]] == ["after-birth"]


def test_flags_give_pregnancy_and_osteoporosis_and_a_bad_week_names_the_flag(cli):
    base = ("--age", "33", "--yes", "--json")
    result = cli("plan", "new", *base, "--pregnant-weeks", "20", "--osteoporosis")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["intake"]["pregnancy_weeks"] == 20 and data["intake"]["osteoporosis"] is True
    assert any("20 weeks pregnant" in n for n in data["notes"])
    assert any("osteoporosis" in n for n in data["notes"])
    shown = cli("plan", "new", *base[:-1], "--pregnant-weeks", "20")
    assert "midwife" in shown.stdout.replace("\n", " ")
    bad = cli("plan", "new", *base, "--pregnant-weeks", "50")
    assert bad.exit_code == 2 and "pregnancy_weeks '50'" in bad.stderr and "1–42" in bad.stderr
