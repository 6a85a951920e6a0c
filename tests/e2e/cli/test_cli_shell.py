"""The command-line shell: version, help, database, the local user."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from backstrong import __version__


def test_version_prints_the_package_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"backstrong {__version__}"


def test_help_lists_the_command_groups(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for group in ("serve", "db", "account"):
        assert group in result.stdout


def _help_via(module: str, columns: str) -> subprocess.CompletedProcess[str]:
    code = f"import sys; sys.argv = ['backstrong', '--help']; from {module} import run; run()"
    env = {**os.environ, "COLUMNS": columns}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_the_stored_top_level_help_is_current():
    from backstrong.entrypoints.cli.launcher import HELP_FILE
    from backstrong.entrypoints.cli.main import render_root_help

    with open(HELP_FILE, encoding="utf-8") as stored:
        assert stored.read() == render_root_help(), "run `make docs`"


def test_fast_help_prints_exactly_what_typer_prints():
    for columns in ("80", "132"):
        fast = _help_via("backstrong.entrypoints.cli.launcher", columns)
        full = _help_via("backstrong.entrypoints.cli.main", columns)
        assert fast.returncode == full.returncode == 0
        assert fast.stdout == full.stdout


def test_a_narrow_terminal_gets_typers_own_wrapping():
    narrow = _help_via("backstrong.entrypoints.cli.launcher", "60")
    assert narrow.stdout == _help_via("backstrong.entrypoints.cli.main", "60").stdout


def test_fast_help_does_not_import_typer():
    code = (
        "import sys; sys.argv = ['backstrong', '--help']; "
        "from backstrong.entrypoints.cli.launcher import run; run(); "
        "print('typer' in sys.modules, file=sys.stderr)"
    )
    env = {**os.environ, "COLUMNS": "100"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stderr.strip() == "False"


def test_help_imports_nothing_heavy():
    code = (
        "import sys; from backstrong.entrypoints.cli.main import app; "
        "heavy = [m for m in ('sqlalchemy', 'fastapi', 'rich', 'pint', 'ortools', 'matplotlib', "
        "'jinja2', 'alembic') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_first_use_migrates_and_acts_as_the_local_user(cli):
    result = cli("account", "show", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["local"] is True and data["email"] is None


def test_db_upgrade_reports_the_revision(cli):
    result = cli("db", "upgrade")
    assert result.exit_code == 0
    assert "revision" in result.stdout
    current = json.loads(cli("db", "current", "--json").stdout)
    assert current["revision"] == current["head"]


def test_the_unit_setting_is_checked_and_kept(cli):
    bad = cli("account", "unit", "stone")
    assert bad.exit_code == 2
    assert "use kg or lb" in bad.stderr
    assert cli("account", "unit", "lb").exit_code == 0
    assert json.loads(cli("account", "show", "--json").stdout)["unit"] == "lb"


def test_the_time_zone_is_set_shown_and_checked(cli):
    assert json.loads(cli("account", "show", "--json").stdout)["time_zone"] is None
    assert "not set" in cli("account", "show").stdout
    set_zone = cli("account", "time-zone", "Europe/Berlin")
    assert set_zone.exit_code == 0 and "Europe/Berlin" in set_zone.stdout
    assert json.loads(cli("account", "show", "--json").stdout)["time_zone"] == "Europe/Berlin"
    assert "Time zone: Europe/Berlin" in cli("account", "show").stdout
    bad = cli("account", "time-zone", "Narnia/Lantern")
    assert bad.exit_code == 2
    assert "Narnia/Lantern" in bad.stderr and "IANA" in bad.stderr
    assert json.loads(cli("account", "show", "--json").stdout)["time_zone"] == "Europe/Berlin"


def test_a_cli_token_works_on_the_api(cli, tmp_path):
    import warnings

    from backstrong.bootstrap import bootstrap
    from tests.conftest import make_settings

    token = cli("account", "token", "--name", "laptop").stdout.strip()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from backstrong.entrypoints.web.app import create_app

    client = TestClient(create_app(container=bootstrap(make_settings(tmp_path))))
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["email"] is None


def test_an_unknown_cli_user_is_a_clear_error(cli, monkeypatch):
    monkeypatch.setenv("BACKSTRONG_CLI_USER", "nobody@example.org")
    result = cli("account", "show")
    assert result.exit_code == 2
    assert "no account has this email" in result.stderr


def test_the_fast_help_table_matches_each_commands_own_help():
    from backstrong.entrypoints.cli.main import COMMANDS, load_command

    for name, entry in COMMANDS.items():
        command = load_command(name)
        assert command.get_short_help_str(limit=300) == entry.help, name


def test_an_unknown_command_is_refused(cli):
    result = cli("levitate")
    assert result.exit_code == 2
    assert "No such command" in result.output
