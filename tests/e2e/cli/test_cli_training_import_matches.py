"""`import … --match NAME=ID`: the review's choices in a terminal, as on the web page."""

from __future__ import annotations

from tests.e2e.cli.test_cli_training import STRONG, history_json


def test_match_flags_change_a_match_and_keep_a_name_as_my_own(cli, tmp_path):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    result = cli(
        "import",
        "strong",
        str(export),
        "--yes",
        "--match",
        "Deadlift (Barbell)=romanian-deadlift",
        "--match",
        "Bench Press (Barbell)=new",
    )
    assert result.exit_code == 0, result.stderr
    assert "Deadlift (Barbell) → Romanian" in result.stdout
    exercises = {s["exercise_id"] for s in history_json(cli)}
    assert "romanian-deadlift" in exercises and "bench-press-barbell" in exercises


def test_a_bad_match_names_the_value_and_imports_nothing(cli, tmp_path):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    unknown = cli("import", "strong", str(export), "--yes", "--match", "Deadlift (Barbell)=nope")
    assert unknown.exit_code == 2 and "'nope'" in unknown.stderr
    shapeless = cli("import", "strong", str(export), "--yes", "--match", "deadlift")
    assert shapeless.exit_code != 0 and "NAME=EXERCISE-ID" in shapeless.stderr
    not_in_file = cli("import", "strong", str(export), "--yes", "--match", "Squat=new")
    assert not_in_file.exit_code == 2 and "Squat" in not_in_file.stderr
    assert history_json(cli) == []
