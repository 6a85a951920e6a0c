"""Whatever a file holds in place of a section, a restore either works or is refused as a bad
backup (a refused value or a conflict), never another error."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from backstrong.services.backup import service as backup
from tests.unit.backup.test_backup_whole import filled_account, fresh_account, service

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_UOW, _USER = filled_account()
DOCUMENT = service(_UOW).export(_USER)


def _replace(document: dict, path: list[str | int], value: object) -> dict:
    import copy

    changed = copy.deepcopy(document)
    target = changed["sections"]
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


PLACES = [
    ["nutrition"], ["nutrition", "profile"], ["nutrition", "diary"], ["nutrition", "days"],
    ["custom_foods"], ["body"], ["body", "weigh_ins"], ["api_tokens"], ["programs", "screenings"],
    ["training"], ["profile"], ["nutrition", "diary", 0, "grams"], ["nutrition", "diary", 1],
    ["nutrition", "profile", "goal"], ["custom_foods", 0, "portions"], ["body", "weigh_ins", 0],
    ["api_tokens", 0, "created_at"], ["nutrition", "days", 0, "day"], ["custom_foods", 0, "id"],
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(place=st.sampled_from(PLACES), value=json_values)
def test_any_value_in_any_section_is_restored_or_refused_cleanly(place, value):
    again, other = fresh_account()
    with contextlib.suppress(backup.BackupError):
        service(again).restore(other, _replace(DOCUMENT, place, value))
