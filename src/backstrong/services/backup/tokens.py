"""The API-token part of a backup (``api_tokens``): each token's name and dates, never its secret
or digest. Restored tokens are names only: they keep their dates but can never be used (the
person creates new ones), so a backup file can never let anyone in."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints, TypeAdapter

from backstrong.domain.accounts import User
from backstrong.services.backup.records import Record, Time, read
from backstrong.services.unit_of_work import UnitOfWork


class TokenRecord(Record):
    name: Annotated[str, StringConstraints(max_length=100)]
    created_at: Time
    last_used_at: Time | None = None
    expires_at: Time | None = None


TOKENS = TypeAdapter(list[TokenRecord])


class ApiTokensSection:
    name = "api_tokens"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        tokens = [
            TokenRecord(name=name, created_at=created, last_used_at=used, expires_at=expires)
            for _, name, created, used, expires in uow.api_tokens.list_for(user.id)
        ]
        return TOKENS.dump_python(tokens, mode="json")

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return False  # names only: never in the way of a restore

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        records: list[TokenRecord] = read(TOKENS, data, "api_tokens")
        for record in records:
            uow.api_tokens.add_name_only(
                user.id, record.name, record.created_at, record.last_used_at, record.expires_at
            )
        return len(records)
