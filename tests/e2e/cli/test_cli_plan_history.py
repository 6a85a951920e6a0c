"""`backstrong plan list`, `plan use`, `plan show --plan` and favourites named on the command line
or in the wizard. Another person's plans are never listed or usable."""

from __future__ import annotations

import json

import pytest

from backstrong.domain.programs.red_flags import RED_FLAGS

FLAGS = (
    "--age", "38", "--level", "novice", "--goal", "strength", "--days", "3",
    "--minutes", "30", "--equipment", "home-basic", "--weeks", "8", "--yes",
)  # fmt: skip


def _new(cli, *extra: str) -> dict:
    result = cli("plan", "new", *FLAGS, *extra, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def two_plans(cli) -> list[dict]:
    _new(cli)
    _new(cli, "--days", "2")
    listed = cli("plan", "list", "--json")
    assert listed.exit_code == 0, listed.output
    return json.loads(listed.stdout)


def test_plans_are_listed_active_first(two_plans, cli):
    assert [(p["active"], p["intake"]["days_per_week"]) for p in two_plans] == [
        (True, 2),
        (False, 3),
    ]
    assert two_plans[1]["summary"].startswith("8 weeks · 3 days a week")
    text = " ".join(cli("plan", "list").stdout.split())
    assert "active" in text and "strength" in text and "plan use N" in text


def test_an_earlier_plan_is_shown_and_made_the_plan_again(two_plans, cli):
    old = two_plans[1]["program_id"]
    shown = json.loads(cli("plan", "show", "--plan", str(old), "--json").stdout)
    assert shown["intake"]["days_per_week"] == 3
    used = cli("plan", "use", str(old))
    assert used.exit_code == 0, used.output
    assert "your plan again, from week 1" in used.stdout
    assert json.loads(cli("plan", "show", "--json").stdout)["intake"]["days_per_week"] == 3
    today = json.loads(cli("plan", "today", "--json").stdout)
    assert (today["week"], today["index"]) == (1, 0)
    assert "already your plan" in cli("plan", "use", str(old)).stdout


def test_an_unknown_plan_is_refused(two_plans, cli):
    for args in (("plan", "use", "999"), ("plan", "show", "--plan", "999")):
        result = cli(*args)
        assert result.exit_code == 2
        assert "plan '999'" in result.stderr


def test_another_persons_plans_are_never_listed_or_usable(two_plans, cli, monkeypatch, tmp_path):
    from backstrong.bootstrap import bootstrap
    from tests.conftest import make_settings

    container = bootstrap(make_settings(tmp_path))
    for email in ("ana@example.org", "eve@example.org"):  # the first claims the local data
        container.accounts.register(email, "a long passphrase")
    container.engine.dispose()
    monkeypatch.setenv("BACKSTRONG_CLI_USER", "eve@example.org")
    assert json.loads(cli("plan", "list", "--json").stdout) == []
    for plan in two_plans:
        result = cli("plan", "use", str(plan["program_id"]))
        assert result.exit_code == 2
        assert "no plan with this id" in result.stderr
    assert cli("plan", "show").exit_code == 2
    monkeypatch.delenv("BACKSTRONG_CLI_USER")
    assert json.loads(cli("plan", "list", "--json").stdout)[0]["active"] is True


def test_favourites_by_name_are_found_and_shown(cli):
    result = cli("plan", "new", *FLAGS, "--favourite", "bird dog", "--favourite", "dead-bug")
    assert result.exit_code == 0, result.output
    assert "Favourite 'bird dog' → Bird dog (bird-dog)" in result.stdout
    intake = json.loads(cli("plan", "show", "--json").stdout)["intake"]
    assert intake["favourites"] == ["bird-dog", "dead-bug"]


def test_a_close_name_needs_yes_without_a_terminal(cli):
    no_yes = [f for f in FLAGS if f != "--yes"]
    refused = cli("plan", "new", *no_yes, "--favourite", "birddogg")
    assert refused.exit_code == 2
    assert "could be Bird dog (bird-dog)" in refused.stderr
    taken = _new(cli, "--favourite", "birddogg")
    assert taken["intake"]["favourites"] == ["bird-dog"]


def test_an_unknown_favourite_is_refused_and_nothing_is_built(cli):
    result = cli("plan", "new", *FLAGS, "--favourite", "xyzzy quux")
    assert result.exit_code == 2
    assert "favourite 'xyzzy quux': nothing in your exercise library matches" in result.stderr
    assert cli("plan", "list", "--json").stdout.strip() == "[]"


def test_a_terminal_asks_which_exercise_a_close_name_means(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    no_yes = [f for f in FLAGS if f != "--yes"]
    args = [*no_yes, "--favourite", "glute brige", "--favourite", "bird dgo"]
    result = cli("plan", "new", *args, "--json", input="2\n0\n")
    assert result.exit_code == 0, result.output
    assert "Which exercise is your favourite 'glute brige'?" in result.stdout
    assert "1. Glute bridge  (bridge)" in result.stdout
    data = json.loads(result.stdout[result.stdout.index("{\n") :])
    assert data["intake"]["favourites"] == ["bridge-march"]  # the second; bird dog left out


def test_the_wizard_asks_for_favourites_last(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    no_flags = "n\n" * len(RED_FLAGS)
    # age, experience, goal, days, minutes, equipment, pain, sensitivities, weeks, pregnancy/
    # birth/osteoporosis, floor, walking, calibration, favourites
    answers = "61\n\n\n\n\n\n0\n\n\n\n\n\n\nbird dog, dead bug\n"
    result = cli("plan", "new", "--json", input=no_flags + answers)
    assert result.exit_code == 0, result.output
    assert "Favourite exercises" in result.stdout
    data = json.loads(result.stdout[result.stdout.index("{\n") :])
    assert data["intake"]["favourites"] == ["bird-dog", "dead-bug"]
