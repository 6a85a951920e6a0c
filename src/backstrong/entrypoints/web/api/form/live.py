"""Live mode's WebSocket: ``/api/v1/form-checks/live?exercise=squat``.

The phone sends its landmark frames as they come, in small batches: each message is a
pose-landmarks/v1 document holding only the new frames (``t`` counted from the start of the
set). After each batch the server answers with the running analysis of the set so far. Nothing
is stored: when the set is finished the phone sends the whole recording to
``POST /api/v1/form-checks`` (queued on the phone while offline).

Messages from the server (JSON text):

- ``{"type": "ready", "exercise": ...}`` once the caller is known;
- ``{"type": "analysis", "frames": N, ...}`` the analysis (as ``FormAnalysisPublic``) of all N
  frames received so far;
- ``{"type": "error", "status": 401|422, "detail": ...}`` a refused batch (the 422 shape of the
  REST API: ``detail`` lists ``{loc, msg, input}``; the set so far is unchanged and the socket
  stays open) or, before closing with code 1008, a caller who is not signed in (a Bearer token,
  or the session cookie from a page of this site) or an exercise that cannot be checked.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status
from starlette.concurrency import run_in_threadpool

from backstrong.domain.errors import FieldError, excerpt
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.web.api.form.schemas import MAX_LANDMARKS_BYTES, FormAnalysisPublic
from backstrong.entrypoints.web.deps import websocket_user

router = APIRouter(tags=["form"])
log = logging.getLogger(__name__)

NOT_SIGNED_IN = (
    "sign in first: open the socket from a Backstrong page, or send Authorization: Bearer <token>"
)
FAILED = "this batch could not be analysed; the set is still kept on your phone"


def field_problem(exc: FieldError) -> dict[str, Any]:
    """A refused value as the REST API's 422 body says it."""
    item = {"loc": ["body", *exc.field.split(".")], "msg": str(exc), "input": excerpt(exc.value)}
    return {"type": "error", "status": 422, "detail": [item]}


def _read(text: str | None) -> object:
    if text is None:
        raise FieldError("(message)", "binary", "send each batch as JSON text")
    if len(text) > MAX_LANDMARKS_BYTES:
        limit = f"a batch must be at most {MAX_LANDMARKS_BYTES} bytes"
        raise FieldError("(message)", f"{len(text)} bytes", limit)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        accepted = f"not JSON ({exc.msg}); send a pose-landmarks/v1 batch"
        raise FieldError("(message)", text, accepted) from None


@router.websocket("/form-checks/live")
async def live(websocket: WebSocket, exercise: str = "") -> None:
    await websocket.accept()
    container = websocket.app.state.container
    user = await websocket_user(websocket, container)
    if user is None:
        await websocket.send_json({"type": "error", "status": 401, "detail": NOT_SIGNED_IN})
        await websocket.close(status.WS_1008_POLICY_VIOLATION, "sign in first")
        return
    try:
        session = await run_in_threadpool(container.form.live, user, exercise)
    except FieldError as exc:
        await websocket.send_json(field_problem(exc))
        await websocket.close(status.WS_1008_POLICY_VIOLATION, "exercise cannot be checked")
        return
    await websocket.send_json({"type": "ready", "exercise": session.exercise})
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            try:
                batch = _read(message.get("text"))
                analysis = await run_in_threadpool(session.add, batch)
            except FieldError as exc:
                await websocket.send_json(field_problem(exc))
                continue
            except Exception:  # a bug of ours: say so and keep the socket (the POST still works)
                log.exception("live form check: a batch could not be analysed")
                await websocket.send_json({"type": "error", "status": 500, "detail": FAILED})
                continue
            answer = shown(FormAnalysisPublic, analysis)
            await websocket.send_json({"type": "analysis", "frames": len(session.frames), **answer})
    except WebSocketDisconnect:
        return
