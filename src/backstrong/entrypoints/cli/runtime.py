"""What every command shares: the container (built once, migrations applied on first use), the
acting user, JSON output, warning lines and clean failures. Heavy imports happen inside
functions."""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console

    from backstrong.bootstrap import Container
    from backstrong.domain.accounts import User

EXIT_INPUT_ERROR = 2


@cache
def container() -> Container:
    from backstrong.bootstrap import bootstrap
    from backstrong.settings import Settings, UnsafeSettings

    try:
        settings = Settings()
    except (UnsafeSettings, ValueError) as exc:
        fail(str(exc))
    return bootstrap(settings)


@cache
def acting_user() -> User:
    """The CLI's user: BACKSTRONG_CLI_USER's account, else the local default user (no login)."""
    c = container()
    return c.accounts.local_user(c.settings.cli_user)


@cache
def console() -> Console:
    from rich.console import Console

    return Console()


@cache
def error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def print_json(data: Any) -> None:
    """Machine-readable output: stable key order, UTF-8, one document."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def print_warnings(out: Console, warnings: Iterable[str]) -> None:
    """Each warning on its own line, in yellow after a '!'."""
    for warning in warnings:
        out.print(f"[yellow]! {warning}[/]", highlight=False, soft_wrap=True)


def fail(message: str, code: int = EXIT_INPUT_ERROR) -> NoReturn:
    error_console().print(f"[bold red]Error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)
