"""`backstrong export --format json` and `import backup` with every section of the backup filled:
the restored database exports the same bytes; a refused file names the record and writes nothing."""

from __future__ import annotations

import json

from tests.e2e.backup_builders import assert_every_section_filled, fill_every_section


def _fill_local_user(cli) -> None:
    from backstrong.entrypoints.cli import runtime

    assert cli("account", "unit", "kg").exit_code == 0  # makes the database and the local user
    container, user = runtime.container(), runtime.acting_user()
    fill_every_section(container, user)
    container.accounts.create_api_token(user, "laptop")


def test_every_section_survives_export_import_export_byte_for_byte(cli, tmp_path, monkeypatch):
    _fill_local_user(cli)
    first = tmp_path / "first.json"
    assert cli("export", "--format", "json", "-o", str(first)).exit_code == 0
    assert_every_section_filled(json.loads(first.read_text(encoding="utf-8")))
    monkeypatch.setenv("BACKSTRONG_DATA_DIR", str(tmp_path / "fresh"))
    restored = cli("import", "backup", str(first))
    assert restored.exit_code == 0, restored.stderr
    assert "custom_foods: 2" in restored.stdout and "recipes: 1" in restored.stdout
    second = tmp_path / "second.json"
    assert cli("export", "--format", "json", "-o", str(second)).exit_code == 0
    assert second.read_bytes() == first.read_bytes()


def test_a_diary_entry_of_an_unknown_food_is_refused_and_nothing_is_restored(
    cli, tmp_path, monkeypatch
):
    _fill_local_user(cli)
    first = tmp_path / "first.json"
    cli("export", "--format", "json", "-o", str(first))
    document = json.loads(first.read_text(encoding="utf-8"))
    document["sections"]["nutrition"]["diary"][1]["food_id"] = "unicorn-steak"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("BACKSTRONG_DATA_DIR", str(tmp_path / "fresh"))
    refused = cli("import", "backup", str(broken))
    assert refused.exit_code != 0
    assert "nutrition.diary[1].food_id 'unicorn-steak': no such food" in refused.stderr
    empty = tmp_path / "empty.json"
    cli("export", "--format", "json", "-o", str(empty))
    sections = json.loads(empty.read_text(encoding="utf-8"))["sections"]
    assert sections["training"] == {"sessions": []} and sections["custom_exercises"] == []
