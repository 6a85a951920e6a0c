"""A person's log stamp, (sets, highest set id), read from their built summary state row on a
pooled DB-API connection: the statement is compiled once for the engine's dialect, so a read is
one indexed row without a unit of work around it (about 15 µs on SQLite against 130 µs through
a session: figure ``history_page_50_vs_me``, where every history page asks it first)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from backstrong.adapters.db.training.summaries import STAMP


class SqlLogStamps:
    def __init__(self, engine: Engine) -> None:
        compiled = STAMP.compile(dialect=engine.dialect)
        self._engine, self._sql, self._positional = engine, str(compiled), compiled.positional

    def __call__(self, user_id: int) -> tuple[int, int] | None:
        """The stamp, or None while the person's summaries are not built."""
        params: Any = (user_id,) if self._positional else {"u": user_id}
        connection = self._engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(self._sql, params)
            found = cursor.fetchone()
            cursor.close()
        finally:
            connection.close()  # back to the pool, rolled back
        if found is None or found[0] < 0:
            return None
        return int(found[0]), int(found[1])
