"""`backstrong db`: the database schema."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import console, print_json

app = typer.Typer(help="Database schema: apply migrations, show the current revision.")


@app.command("upgrade")
def upgrade() -> None:
    """Apply every pending migration (also done automatically on serve and first CLI use)."""
    from backstrong.bootstrap import bootstrap, upgrade_database
    from backstrong.settings import Settings

    before, after = upgrade_database(bootstrap(Settings(), migrate=False))
    was = ", ".join(before) or "empty"
    console().print(f"Database at revision {', '.join(after)} (was {was}).", highlight=False)


@app.command("current")
def current(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show the database URL (password hidden) and its schema revision."""
    from pydantic import TypeAdapter

    from backstrong.bootstrap import DatabaseState, bootstrap, database_state
    from backstrong.settings import Settings

    state = database_state(bootstrap(Settings(), migrate=False))
    data = TypeAdapter(DatabaseState).dump_python(state, mode="json")
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        console().print(f"{key}: {value}", highlight=False)
