"""`backstrong weigh`, `weight project|plan` and `body trend|expenditure|list|remove`."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

PERSON = ("--sex", "male", "--age", "40", "--height", "180", "--weight", "95")


def test_weigh_reads_kg_lb_and_bare_numbers_in_the_users_unit(cli):
    assert json.loads(cli("weigh", "81.2 kg", "--json").stdout)["weight_kg"] == 81.2
    assert json.loads(cli("weigh", "179 lb", "--json").stdout)["weight_kg"] == pytest.approx(
        81.19, abs=0.01
    )
    assert json.loads(cli("weigh", "80", "--json").stdout)["weight_kg"] == 80.0
    cli("account", "unit", "lb")
    assert json.loads(cli("weigh", "180", "--json").stdout)["weight_kg"] == pytest.approx(
        81.65, abs=0.01
    )


def test_a_bad_weight_is_refused_and_names_the_field(cli):
    result = cli("weigh", "5 ft")
    assert result.exit_code == 2
    assert "weight '5 ft'" in result.stderr
    assert json.loads(cli("body", "list", "--json").stdout) == []


def test_weigh_keeps_body_fat_and_girths(cli):
    data = json.loads(
        cli(
            "weigh",
            "82 kg",
            "--body-fat",
            "21",
            "--girth",
            "waist=90",
            "--girth",
            "hips=40 in",
            "--json",
        ).stdout
    )
    assert data["body_fat_percent"] == 21.0
    assert data["girths"] == {"waist": 90.0, "hips": 101.6}


def test_the_projection_has_one_row_per_day_and_the_rule_beside_it(cli):
    result = cli(
        "weight",
        "project",
        *PERSON,
        "--activity",
        "light",
        "--intake-change",
        "-500",
        "--days",
        "30",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [row["day"] for row in data["trajectory"]] == list(range(31))
    assert [row["day"] for row in data["rule_3500"]] == list(range(31))
    last = data["trajectory"][-1]
    assert last["weight_kg"] < 95
    assert last["weight_kg"] == pytest.approx(last["fat_kg"] + last["lean_kg"], abs=0.02)


def test_over_a_year_the_model_loses_less_than_the_rule(cli):
    data = json.loads(
        cli(
            "weight",
            "project",
            *PERSON,
            "--pal",
            "1.6",
            "--intake-change",
            "-500",
            "--days",
            "365",
            "--json",
        ).stdout
    )
    assert data["trajectory"][-1]["weight_kg"] > data["rule_3500"][-1]["weight_kg"] + 5


def test_a_schedule_changes_intake_over_time(cli):
    data = json.loads(
        cli(
            "weight",
            "project",
            *PERSON,
            "--pal",
            "1.6",
            "--schedule",
            "0:-600,20:0",
            "--days",
            "40",
            "--json",
        ).stdout
    )
    rule = [row["weight_kg"] for row in data["rule_3500"]]
    assert rule[20] < rule[0] and rule[40] == rule[20]


def test_the_projection_plot_is_a_png_file(cli, tmp_path):
    out = tmp_path / "projection.png"
    result = cli(
        "weight",
        "project",
        *PERSON,
        "--activity",
        "light",
        "--intake-change",
        "-500",
        "--days",
        "90",
        "--plot",
        str(out),
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "model" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--intake-change", "-500", "--schedule", "0:-500"), "either a daily intake change"),
        (("--schedule", "90:-500,0:0"), "days must go up"),
        (("--intake-change", "-500", "--pal", "3"), "pal '3'"),
        (("--intake-change", "-500", "--days", "0"), "days '0'"),
    ],
)
def test_bad_projection_input_is_refused_with_the_field_named(cli, args, message):
    result = cli(
        "weight",
        "project",
        *PERSON,
        *(["--activity", "light"] if "--pal" not in args else []),
        *args,
    )
    assert result.exit_code == 2
    assert message in result.stderr


def test_the_plan_finds_the_intake_that_reaches_a_goal_by_a_date(cli):
    by = (date.today() + timedelta(days=180)).isoformat()
    data = json.loads(
        cli(
            "weight",
            "plan",
            "--goal-weight",
            "88 kg",
            "--by",
            by,
            *PERSON,
            "--pal",
            "1.6",
            "--json",
        ).stdout
    )
    assert data["reachable"] is True and data["by_day"] == 180
    assert data["weight_on_day_kg"] == pytest.approx(88, abs=0.1)
    assert data["intake_kcal"] < data["baseline_intake_kcal"]


def test_the_trend_smooths_weigh_ins_and_gives_a_weekly_rate(cli, tmp_path):
    start = date.today() - timedelta(days=14)
    for offset in range(15):
        day = (start + timedelta(days=offset)).isoformat()
        cli("weigh", f"{90 - offset * 0.1:.1f} kg", "--date", day)
    data = json.loads(cli("body", "trend", "--json", "--plot", str(tmp_path / "t.png")).stdout)
    assert len(data["points"]) == 15
    assert data["weekly_rate_kg"] < 0
    assert data["trend_kg"] > 88.6  # the trend lags the last reading
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"


def test_expenditure_needs_a_profile_then_leaves_out_incomplete_days(cli):
    cli("weigh", "90 kg", "--date", "yesterday")
    refused = cli("body", "expenditure")
    assert refused.exit_code == 2 and "profile" in refused.stderr
    cli(
        "nutrition",
        "profile",
        "set",
        "--sex",
        "male",
        "--age",
        "40",
        "--height",
        "180",
        "--activity",
        "light",
    )
    cli("eat", "1 banana", "--date", "yesterday")
    cli("nutrition", "close-day", "--date", "yesterday", "--incomplete")
    data = json.loads(cli("body", "expenditure", "--json").stdout)
    assert data["days_used"] == 0 and data["learnt"] is False
    reasons = {item["date"]: item["reason"] for item in data["left_out"]}
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert reasons[yesterday] == "marked incomplete"


def test_a_weigh_in_can_be_listed_and_removed(cli):
    logged = json.loads(cli("weigh", "80 kg", "--json").stdout)
    assert [w["id"] for w in json.loads(cli("body", "list", "--json").stdout)] == [logged["id"]]
    assert cli("body", "remove", str(logged["id"])).exit_code == 0
    assert json.loads(cli("body", "list", "--json").stdout) == []


def test_the_projection_speaks_the_persons_unit(cli):
    cli("account", "unit", "lb")
    args = ("weight", "project", *PERSON, "--activity", "light", "--intake-change", "-500")
    shown = cli(*args, "--days", "30").stdout
    assert "Day 0: 209.4 lb" in shown and " kg" not in shown


def test_body_import_previews_asks_and_adds_nothing_twice(cli, tmp_path):
    from tests import weigh_in_files as files

    export = tmp_path / "weight.csv"
    export.write_bytes(files.WITHINGS)
    declined = cli("body", "import", str(export), input="n\n")
    assert "withings: 2 new weigh-ins, 2026-01-02 to 2026-01-03" in declined.stdout
    assert declined.exit_code == 1
    assert json.loads(cli("body", "list", "--json").stdout) == []
    done = json.loads(cli("body", "import", str(export), "--json").stdout)
    assert done["added"] == 2 and done["duplicates"] == 0
    again = json.loads(cli("body", "import", str(export), "--json").stdout)
    assert again["added"] == 0 and again["duplicates"] == 2
    assert len(json.loads(cli("body", "list", "--json").stdout)) == 2


def test_body_import_says_when_it_guessed_the_date_order(cli, tmp_path):
    export = tmp_path / "weights.csv"
    export.write_bytes(b"Date,Weight\n03/11/2025,74.9\n")
    shown = cli("body", "import", str(export), input="n\n").stdout
    assert "note: row 2, Date '03/11/2025'" in shown and "day or month first" in shown


def test_body_import_refuses_unreadable_rows_unless_skipped(cli, tmp_path):
    from tests import weigh_in_files as files

    export = tmp_path / "weights.csv"
    export.write_bytes(files.GENERIC_WITH_A_BAD_ROW)
    refused = cli("body", "import", str(export), "--yes")
    assert refused.exit_code == 2 and "row 3, weight 'eighty'" in refused.stderr
    assert json.loads(cli("body", "list", "--json").stdout) == []
    skipped = cli("body", "import", str(export), "--skip-invalid", "--yes")
    assert skipped.exit_code == 0 and "skipped row 3" in skipped.stdout
