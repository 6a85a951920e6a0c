"""The backup document: sections in order, refusing to restore over data or unknown sections."""

from __future__ import annotations

import pytest

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.services.backup import service as backup
from backstrong.services.training import log as training_log
from tests.unit.training.training_log_builders import NOW, person, service, store


def account_with_a_set():
    uow = store()
    user = uow.users.add("ada@example.org", None)
    request = training_log.SetRequest(new_id(), PerformedSet("bridge", NOW, reps=15))
    service(uow).record_set(user, request)
    return uow, user


def test_export_then_restore_into_an_empty_account_gives_the_same_document():
    uow, user = account_with_a_set()
    document = backup.export_backup(uow, user)
    assert list(document["sections"]) == ["profile", "custom_exercises", "training"]
    fresh = store()
    other = fresh.users.add("new@example.org", None)
    backup.restore_backup(fresh, other, document)
    assert backup.export_backup(fresh, other) == document


def test_restoring_over_existing_training_is_refused():
    uow, user = account_with_a_set()
    with pytest.raises(backup.BackupError, match="needs an empty account"):
        backup.restore_backup(uow, user, backup.export_backup(uow, user))


def test_a_section_this_version_does_not_know_is_refused():
    uow, user = account_with_a_set()
    document = backup.export_backup(uow, user)
    document["sections"]["rockets"] = []
    fresh = store()
    with pytest.raises(backup.BackupError, match="cannot restore: rockets"):
        backup.restore_backup(fresh, fresh.users.add(None, None), document)


def test_a_file_that_is_not_a_backup_is_refused():
    with pytest.raises(backup.BackupError, match="not a Backstrong backup"):
        backup.restore_backup(store(), person(), {"hello": 1})
