"""The body part of a backup (``body``): every weigh-in, oldest first, with its body fat and
girths (body measurements, in cm)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, TypeAdapter

from backstrong.domain.accounts import User
from backstrong.domain.body.trend import Girth, WeightEntry
from backstrong.services.backup.records import Record, Time, converted, read
from backstrong.services.unit_of_work import UnitOfWork


class WeighInRecord(Record):
    at: Time
    weight_kg: float
    body_fat_percent: float | None = None
    girths_cm: dict[str, float] = Field(default_factory=dict)

    @classmethod
    def of(cls, entry: WeightEntry) -> WeighInRecord:
        return cls(
            at=entry.moment,
            weight_kg=entry.weight_kg,
            body_fat_percent=entry.body_fat_percent,
            girths_cm={g.site: g.centimetres for g in entry.girths},
        )

    def entry(self) -> WeightEntry:
        girths = tuple(Girth(site, cm) for site, cm in self.girths_cm.items())
        return WeightEntry(self.at, self.weight_kg, self.body_fat_percent, girths)


WEIGH_INS = TypeAdapter(list[WeighInRecord])


class BodySection:
    """``{"weigh_ins": [...]}``."""

    name = "body"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        weigh_ins = [WeighInRecord.of(w.entry) for w in uow.weight_entries.list_for(user.id)]
        return {"weigh_ins": WEIGH_INS.dump_python(weigh_ins, mode="json")}

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return uow.weight_entries.latest(user.id) is not None

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        records: list[WeighInRecord] = read(WEIGH_INS, data.get("weigh_ins", []), "body.weigh_ins")
        entries = converted(records, WeighInRecord.entry, "body.weigh_ins")
        return uow.weight_entries.add_many(user.id, entries)
