"""The one typed settings object. Every field is read from a ``BACKSTRONG_*`` environment variable
(or a ``.env`` file) and documented in the README's configuration table (a test checks it)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET_KEY = "insecure-development-key-change-me"  # noqa: S105 - refused in production


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"
    TEST = "test"


class UnsafeSettings(Exception):
    """Settings that must not be used for the chosen environment."""


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("backstrong", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BACKSTRONG_", env_file=".env", extra="ignore")

    environment: Environment = Field(
        Environment.DEVELOPMENT,
        description="development, production or test. Production refuses the default secret key.",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Folder for the SQLite database and other local files "
        "(default: the platform's user data folder, e.g. ~/.local/share/backstrong).",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL. Empty = SQLite file backstrong.sqlite3 in data_dir. "
        "PostgreSQL: postgresql+psycopg://user:pass@host:5432/dbname",
    )
    secret_key: str = Field(
        DEFAULT_SECRET_KEY,
        description="Key for CSRF tokens. Set a long random value in production.",
    )
    host: str = Field("127.0.0.1", description="Address `backstrong serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `backstrong serve` listens on.")
    workers: int = Field(1, ge=1, le=64, description="Worker processes for `backstrong serve`.")
    cookie_secure: Literal["auto", "always", "never"] = Field(
        "auto",
        description="Secure flag on cookies: auto = when the request came over https.",
    )
    forwarded_allow_ips: str = Field(
        "",
        description="Proxies whose X-Forwarded-For/-Proto headers are trusted (comma-separated "
        "addresses, or * for any). Empty = none: the peer address is the client.",
    )
    session_days: int = Field(30, ge=1, le=365, description="Days a web login stays valid.")
    login_failures_per_minute: int = Field(
        5,
        ge=1,
        le=1000,
        description="Failed logins allowed per account and address per minute before HTTP 429.",
    )
    signup: Literal["open", "invite", "closed"] | None = Field(
        None,
        description="Who may sign up: open (anyone), invite (an unused invite link from a user) "
        "or closed (the admin adds people with `backstrong account create`). Empty = open for "
        "the first account, invite afterwards.",
    )
    signups_per_minute: int = Field(
        5, ge=1, le=100_000, description="Sign-up attempts per address per minute before 429."
    )
    open_requests_per_minute: int = Field(
        60,
        ge=1,
        le=100_000,
        description="Requests per address per minute to the endpoints that need no account "
        "(calorie target, weight projection and plan) and to token creation, before 429.",
    )
    import_max_mb: int = Field(
        50,
        ge=1,
        le=10_000,
        description="Largest file any import takes, in MB (workouts, weigh-ins, exercises, "
        "foods); larger files are refused before they are read (HTTP 413).",
    )
    cli_user: str | None = Field(
        None,
        description="Email of the account the CLI acts as. Empty = the local default user.",
    )
    migrate_on_start: bool = Field(
        True, description="Apply database migrations on `serve` and on first CLI use."
    )
    log_level: str = Field("INFO", description="Python logging level.")
    access_log: bool | None = Field(
        None,
        description="A log line per request. Empty = on in development, off in production.",
    )

    @property
    def access_log_on(self) -> bool:
        if self.access_log is not None:
            return self.access_log
        return self.environment is not Environment.PRODUCTION

    open_food_facts: Literal["online", "off"] = Field(
        "online",
        description="Barcode look-ups at Open Food Facts: online, or off for air-gapped servers"
        " (products already saved here still answer; others get a plain message).",
    )

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        weak = self.secret_key == DEFAULT_SECRET_KEY or len(self.secret_key) < 32
        if self.environment is Environment.PRODUCTION and weak:
            raise UnsafeSettings(
                "BACKSTRONG_SECRET_KEY: production needs your own random key of at least "
                "32 characters, e.g. from `python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'`"
            )
        return self

    @property
    def import_max_bytes(self) -> int:
        return self.import_max_mb * 1_048_576

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'backstrong.sqlite3'}"
