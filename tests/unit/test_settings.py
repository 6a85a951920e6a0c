"""Settings: every one documented in the README; production refuses unsafe defaults."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backstrong.settings import DEFAULT_SECRET_KEY, Settings, UnsafeSettings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_documented_in_the_readme():
    documented = set(re.findall(r"`(BACKSTRONG_[A-Z_]+)`", README.read_text()))
    for name in Settings.model_fields:
        assert f"BACKSTRONG_{name.upper()}" in documented, (
            f"BACKSTRONG_{name.upper()} missing from README"
        )


def test_the_readme_documents_no_setting_that_does_not_exist():
    documented = set(re.findall(r"`(BACKSTRONG_[A-Z_]+)`", README.read_text()))
    known = {f"BACKSTRONG_{n.upper()}" for n in Settings.model_fields}
    assert documented <= known | {"BACKSTRONG_TEST_POSTGRES_URL"}


def test_production_refuses_the_default_secret_key():
    with pytest.raises(UnsafeSettings, match="BACKSTRONG_SECRET_KEY"):
        Settings(_env_file=None, environment="production", secret_key=DEFAULT_SECRET_KEY)


def test_production_refuses_a_short_secret_key():
    with pytest.raises(UnsafeSettings):
        Settings(_env_file=None, environment="production", secret_key="too-short")


def test_production_starts_with_a_long_random_key():
    settings = Settings(_env_file=None, environment="production", secret_key="k" * 48)
    assert settings.environment == "production"


def test_settings_come_from_backstrong_environment_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("BACKSTRONG_PORT", "9123")
    monkeypatch.setenv("BACKSTRONG_DATA_DIR", str(tmp_path))
    settings = Settings(_env_file=None)
    assert settings.port == 9123
    assert settings.resolved_database_url == f"sqlite:///{tmp_path}/backstrong.sqlite3"


def test_a_bad_setting_names_the_variable(monkeypatch):
    from pydantic import ValidationError

    monkeypatch.setenv("BACKSTRONG_PORT", "99999")
    with pytest.raises(ValidationError, match="port"):
        Settings(_env_file=None)
