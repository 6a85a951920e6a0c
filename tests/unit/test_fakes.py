"""The in-memory unit of work holds a fake of every repository the real one has. mypy checks each
fake's methods against its port; that a protocol attribute is missing only shows at run time."""

from __future__ import annotations

from typing import get_type_hints

from backstrong.services.unit_of_work import UnitOfWork
from tests.fakes import FakeUnitOfWork


def test_the_fake_unit_of_work_has_a_fake_of_every_repository_the_protocol_names():
    uow = FakeUnitOfWork()
    for name, port in get_type_hints(UnitOfWork).items():
        held = getattr(uow, name, None)
        assert port in type(held).__mro__, f"FakeUnitOfWork.{name} is {held!r}, not a {port}"
