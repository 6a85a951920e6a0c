"""Statements of the hot paths, built once with bound parameters: logging one set (the bench's
``training_log_api_log_set_p50_ms``, target 5 ms) neither builds them nor works out their cache
keys again, and reads plain Core rows (no ORM objects)."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update

from backstrong.adapters.db.training.tables import TrainingSessionRow, TrainingSetRow

SESSIONS = TrainingSessionRow.metadata.tables[TrainingSessionRow.__tablename__]
SETS = TrainingSetRow.metadata.tables[TrainingSetRow.__tablename__]
_S, _T = SESSIONS.c, SETS.c

LATEST_SESSION_ON = (  # binds user_id, day
    select(SESSIONS)
    .where(_S.user_id == bindparam("user_id"), _S.day == bindparam("day"))
    .order_by(_S.started_at.desc(), _S.id.desc())
    .limit(1)
)
LOCK_SESSION = (  # binds b_user_id, b_pk: a write that locks the session's row until commit
    update(SESSIONS)
    .where(_S.user_id == bindparam("b_user_id"), _S.id == bindparam("b_pk"))
    .values(title=_S.title)
)
LAST_POSITION = (  # binds user_id, pk: the last entry of (user_id, session_id, position)
    select(_T.position)
    .where(_T.user_id == bindparam("user_id"), _T.session_id == bindparam("pk"))
    .order_by(_T.position.desc())
    .limit(1)
)
SET_WITH_SESSION = select(SETS, _S.uuid.label("session_uuid")).join(  # a set, its session's id
    SESSIONS, _S.id == _T.session_id
)
ONE_SET = SET_WITH_SESSION.where(  # binds user_id, uuid
    _T.user_id == bindparam("user_id"), _T.uuid == bindparam("uuid")
)
SET_ROW_ID = select(_T.id).where(  # binds user_id, uuid
    _T.user_id == bindparam("user_id"), _T.uuid == bindparam("uuid")
)
UPDATE_SESSION = update(SESSIONS).where(  # binds b_user_id, b_uuid and the columns to set
    _S.user_id == bindparam("b_user_id"), _S.uuid == bindparam("b_uuid")
)
