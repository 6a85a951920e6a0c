"""`backstrong db`: the database schema."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import console, print_json

app = typer.Typer(help="Database schema: apply migrations, show the current revision.")


@app.command("upgrade")
def upgrade() -> None:
    """Apply every pending migration (also done automatically on serve and first CLI use)."""
    from backstrong.adapters.db import migrate
    from backstrong.bootstrap import bootstrap
    from backstrong.settings import Settings

    c = bootstrap(Settings(), migrate=False)
    before = ", ".join(sorted(migrate.current_revisions(c.engine))) or "empty"
    migrate.upgrade(c.engine)
    after = ", ".join(sorted(migrate.current_revisions(c.engine)))
    console().print(f"Database at revision {after} (was {before}).", highlight=False)


@app.command("current")
def current(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show the database URL (password hidden) and its schema revision."""
    from sqlalchemy.engine import make_url

    from backstrong.adapters.db import migrate
    from backstrong.bootstrap import bootstrap
    from backstrong.settings import Settings

    c = bootstrap(Settings(), migrate=False)
    url = make_url(c.settings.resolved_database_url).render_as_string(hide_password=True)
    data = {
        "database_url": url,
        "revision": sorted(migrate.current_revisions(c.engine)),
        "head": sorted(migrate.head_revisions()),
    }
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        console().print(f"{key}: {value}", highlight=False)
