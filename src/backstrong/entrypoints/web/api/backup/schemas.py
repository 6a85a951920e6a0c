"""The backup endpoints' public shapes: the restore's report (the backup itself is the document
docs/backup.md describes, served as it is)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from backstrong.services.backup.service import RestoreReport


class RestorePublic(BaseModel):
    restored: dict[str, int] = Field(
        description="Each restored section and how many of its records were stored."
    )

    @classmethod
    def of(cls, report: RestoreReport) -> RestorePublic:
        return cls(restored=report.restored)
