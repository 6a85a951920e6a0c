"""How guessable a password is, judged by zxcvbn (Dropbox's estimator), not a hand-made list."""

from __future__ import annotations

from collections.abc import Sequence

MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"
_JUDGED_CHARS = 100  # zxcvbn's cost grows with length; a longer passphrase is judged by its start


class ZxcvbnJudge:
    def weakness(self, password: str, hints: Sequence[str]) -> str | None:
        from zxcvbn import zxcvbn

        result = zxcvbn(password[:_JUDGED_CHARS], user_inputs=list(hints))
        if result["score"] >= MIN_SCORE:
            return None
        feedback = result.get("feedback") or {}
        parts = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
        advice = " ".join(p for p in parts if p)
        return f"too easy to guess. {advice}".strip()
