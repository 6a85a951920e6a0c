"""A new SQLite database and its folder are readable by their owner only."""

from __future__ import annotations

import stat

from sqlalchemy import text

from backstrong.adapters.db.engine import make_engine


def test_a_new_database_file_is_0600_in_a_0700_folder(tmp_path):
    folder = tmp_path / "data"
    engine = make_engine(f"sqlite:///{folder / 'backstrong.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "backstrong.sqlite3").stat().st_mode) == 0o600
