"""`backstrong nutrition import`: a MyFitnessPal food diary previewed, asked about, stored once,
and bad rows refused by name unless skipped."""

from __future__ import annotations

import json

from tests import diary_files as files


def test_nutrition_import_previews_asks_and_adds_nothing_twice(cli, tmp_path):
    export = tmp_path / "Nutrition-Summary-2026-01-05-to-2026-01-06.csv"
    export.write_bytes(files.MFP)
    declined = cli("nutrition", "import", str(export), input="n\n")
    assert declined.exit_code == 1
    shown = " ".join(declined.stdout.split())
    assert "myfitnesspal: 5 new meals on 2 days, 2026-01-05 to 2026-01-06, 2,808 kcal" in shown
    assert "note: row 7, Meal 'Pre-workout'" in shown
    day = ("nutrition", "today", "--date", "2026-01-05", "--json")
    assert json.loads(cli(*day).stdout)["total"]["kcal"] == 0
    done = json.loads(cli("nutrition", "import", str(export), "--json").stdout)
    assert (done["added"], done["duplicates"]) == (5, 0)
    assert json.loads(cli(*day).stdout)["total"]["kcal"] == 2078  # 412 + 655 + 1,010.5
    again = json.loads(cli("nutrition", "import", str(export), "--json").stdout)
    assert (again["added"], again["duplicates"]) == (0, 5)


def test_nutrition_import_refuses_unreadable_rows_unless_skipped(cli, tmp_path):
    export = tmp_path / "diary.csv"
    export.write_bytes(files.MFP_WITH_A_BAD_ROW)
    refused = cli("nutrition", "import", str(export), "-y")
    assert refused.exit_code != 0
    assert "row 3, Date '05/01/2026': a date like 2026-01-05" in refused.stderr
    skipped = json.loads(cli("nutrition", "import", str(export), "--skip-invalid", "--json").stdout)
    assert skipped["added"] == 2 and len(skipped["skipped_rows"]) == 2
