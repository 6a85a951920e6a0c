"""The red-flag screen in a terminal: each question needs a yes or a no, Enter alone is none."""

from __future__ import annotations

from backstrong.domain.programs.red_flags import RED_FLAGS


def test_enter_alone_does_not_count_as_no_and_the_question_is_asked_again(cli, monkeypatch):
    from backstrong.entrypoints.cli.programs import wizard as plan_wizard

    monkeypatch.setattr(plan_wizard, "stdin_is_terminal", lambda: True)
    result = cli("plan", "new", input="\n\ny\n")
    assert result.exit_code == 3  # the "y" typed after two bare Enters is the answer
    assert result.stdout.count(RED_FLAGS[0].question) == 3
    assert "Get emergency care now" in result.stdout
