"""The training commands: log, history, records, stats volume, progress, workout, import, export."""

from __future__ import annotations

import json
from datetime import date, timedelta

from backstrong.entrypoints.cli.training import common as training_common

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
STRONG = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
    "Seconds;Notes;Workout Notes;Workout Duration\n"
    '2026-03-09 18:00:00;"Back";"Deadlift (Barbell)";W;60;kg;5;;0;km;0;"";"";1h 5m\n'
    '2026-03-09 18:00:00;"Back";"Deadlift (Barbell)";1;100;kg;5;8;0;km;0;"";"";1h 5m\n'
    '2026-03-09 18:00:00;"Back";"Bench Press (Barbell)";1;70;kg;8;;0;km;0;"";"";1h 5m\n'
)
HEVY = (
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
    '"set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"\n'
    '"Legs","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Romanian Deadlift (Barbell)","","",'
    '"0","normal","80","8","","",""\n'
)


def history_json(cli, *args: str) -> list[dict]:
    result = cli("history", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_log_stores_the_sets_and_history_shows_them_as_json(cli):
    result = cli("log", "deadlift 3x12@60kg rpe8")
    assert result.exit_code == 0
    assert "Logged Deadlift" in result.stdout
    sets = history_json(cli, "deadlift")
    assert len(sets) == 3
    item = sets[0]
    assert {"id", "exercise_id", "performed_at", "reps", "load", "rpe", "e1rm"} <= set(item)
    assert (item["load"], item["rpe"], item["e1rm"]) == ({"value": 60.0, "unit": "kg"}, 8.0, None)


def test_each_example_of_the_issue_is_understood(cli):
    for entry in (
        "bridge 2x15",
        "side plank 3x10s each side",
        "good morning 5,5,4 @ 95 lb",
        "rdl 3x10 @ 40kg, 3x8 @ 50kg",
    ):
        assert cli("log", entry).exit_code == 0, entry
    assert len(history_json(cli)) == 2 + 6 + 3 + 6


def test_date_logs_a_past_day(cli):
    cli("log", "bridge 2x15", "--date", YESTERDAY)
    assert {s["performed_at"][:10] for s in history_json(cli)} == {YESTERDAY}


def test_text_that_is_not_an_entry_fails_with_a_caret_and_stores_nothing(cli):
    result = cli("log", "deadlift 3x")
    assert result.exit_code == 2
    assert "^" in result.stderr and "for example" in result.stderr
    assert history_json(cli) == []


def test_a_negative_rep_count_fails_with_a_caret_instead_of_logging_one_set(cli):
    result = cli("log", "deadlift 3x-5@60kg")
    assert result.exit_code == 2
    assert "deadlift 3x-5@60kg" in result.stderr and "             ^" in result.stderr
    assert history_json(cli) == []


def test_out_of_range_values_are_refused_naming_the_field(cli):
    for entry, message in (
        ("deadlift 3x5 @ 1001kg", "load '1001 kg'"),
        ("deadlift 3x1001", "reps '1001'"),
        ("deadlift 3x5 @ 60kg rpe 11", "rpe '11'"),
        ("deadlift 3x5 @ 60kg pain 11", "pain '11'"),
    ):
        result = cli("log", entry)
        assert result.exit_code == 2 and message in result.stderr, entry
    assert cli("log", "bridge 2x15", "--date", "2099-01-01").exit_code == 2


def test_an_unclear_name_needs_a_choice_unless_yes_takes_the_best(cli):
    refused = cli("log", "lunge 3x10")
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    assert cli("log", "lunge 3x10", "--yes").exit_code == 0
    assert cli("log", "lunge 3x10", "--exercise", "split-squat").exit_code == 0
    assert [s["exercise_id"] for s in history_json(cli)][:1] == ["split-squat"]


def test_in_a_terminal_an_unclear_name_shows_three_to_pick_from(cli, monkeypatch):
    monkeypatch.setattr(training_common, "is_interactive", lambda: True)
    result = cli("log", "lunge 3x10", input="2\n")
    assert result.exit_code == 0
    assert "1." in result.stdout and "3." in result.stdout
    chosen = history_json(cli)[0]["exercise_id"]
    listed = [
        line.split("(")[-1].rstrip(")") for line in result.stdout.splitlines() if "2." in line
    ]
    assert chosen == listed[0].strip()


def test_records_volume_and_progress(cli, tmp_path):
    cli("log", "deadlift 3x5@100kg", "--date", YESTERDAY)
    cli("log", "deadlift 3x5@105kg")
    [record] = json.loads(cli("records", "--json").stdout)
    assert record["heaviest"]["load"] == {"value": 105.0, "unit": "kg"}
    brzycki = json.loads(cli("records", "--json", "--formula", "brzycki").stdout)[0]
    assert brzycki["best_e1rm"]["e1rm"]["value"] == 118.1
    volume = json.loads(cli("stats", "volume", "--weeks", "2", "--json").stdout)
    assert any(week["region"] == "hips" for week in volume["weeks"])
    plot = tmp_path / "deadlift.png"
    result = cli("progress", "deadlift", "--plot", str(plot))
    assert result.exit_code == 0 and plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert cli("records", "--formula", "guess").exit_code == 2


def test_a_guided_workout_repeats_yesterday_and_stores_each_set(cli):
    cli("log", "deadlift 2x5@100kg", "--date", YESTERDAY)
    answers = "2\n\n6 @ 100kg rpe 8\n3\n"  # pain before, as planned, typed, pain after
    result = cli("workout", "--no-timer", input=answers)
    assert result.exit_code == 0, result.stderr
    assert "Done: 2 working sets" in result.stdout
    today = [s for s in history_json(cli) if s["performed_at"][:10] == date.today().isoformat()]
    assert sorted(s["reps"] for s in today) == [5, 6]
    assert all(s["target_reps"] == 5 for s in today)


def test_strong_import_reviews_names_imports_once_and_makes_new_exercises(cli, tmp_path):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    first = cli("import", "strong", str(export), "--yes")
    assert first.exit_code == 0, first.stderr
    assert "Deadlift (Barbell) → Deadlift" in first.stdout
    assert "bench-press-barbell" in first.stdout
    assert "Imported 3 sets" in first.stdout
    again = cli("import", "strong", str(export), "--yes")
    assert "Nothing new to import" in again.stdout
    assert len(history_json(cli)) == 3
    assert cli("exercises", "show", "bench-press-barbell").exit_code == 0


def test_malformed_rows_are_listed_and_nothing_is_imported_unless_skipped(cli, tmp_path):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG + '2026-03-09 18:00:00;"Back";"Squat";1;60;kg;lots;;0;km;0;"";"";1h\n')
    refused = cli("import", "strong", str(export), "--yes")
    assert refused.exit_code == 2 and "row 5" in refused.stderr
    assert history_json(cli) == []
    skipped = cli("import", "strong", str(export), "--yes", "--skip-invalid")
    assert skipped.exit_code == 0 and "row 5" in skipped.stdout
    assert len(history_json(cli)) == 3


def test_hevy_and_generic_csv_imports(cli, tmp_path):
    hevy = tmp_path / "hevy.csv"
    hevy.write_text(HEVY)
    assert cli("import", "hevy", str(hevy), "--yes").exit_code == 0
    generic = tmp_path / "sets.csv"
    generic.write_text("date,exercise,reps,weight,unit\n2026-03-14,Glute bridge,15,,\n")
    assert cli("import", "csv", str(generic), "--yes").exit_code == 0
    assert {s["exercise_id"] for s in history_json(cli)} == {"romanian-deadlift", "bridge"}


def test_csv_export_reads_back_with_the_generic_import(cli, tmp_path):
    cli("log", "deadlift 2x5@100kg rpe 8")
    cli("log", "side plank 1x30s each side")
    out = tmp_path / "sets.csv"
    assert cli("export", "--format", "csv", "-o", str(out)).exit_code == 0
    lines = out.read_text().splitlines()
    assert lines[0].startswith("date,workout,exercise,set,reps,weight,unit,seconds,rpe")
    assert len(lines) == 1 + 4


def test_a_backup_restores_into_an_empty_database_byte_for_byte(cli, tmp_path, monkeypatch):
    cli("log", "deadlift 3x5@100kg rpe 8", "--date", YESTERDAY)
    cli("log", "side plank 3x10s each side")
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    cli("import", "strong", str(export), "--yes")
    cli("account", "unit", "lb")
    first = tmp_path / "first.json"
    assert cli("export", "--format", "json", "-o", str(first)).exit_code == 0
    monkeypatch.setenv("BACKSTRONG_DATA_DIR", str(tmp_path / "fresh"))
    restored = cli("import", "backup", str(first))
    assert restored.exit_code == 0, restored.stderr
    second = tmp_path / "second.json"
    cli("export", "--format", "json", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    assert cli("import", "backup", str(first)).exit_code == 2  # not over existing data
