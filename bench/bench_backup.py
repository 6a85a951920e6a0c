"""Benchmarks of the whole backup (JSON export and restore), through a real container on SQLite
in a temporary folder: a year of data (2,000 sets in 200 sessions, 1,460 diary entries, 365
weigh-ins) exported as the file's text, and that file restored into an empty account. No target:
a figure to watch."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from figures import figure

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.services.training.log import SetRequest
from backstrong.settings import Environment, Settings

PASSPHRASE = "a long enough passphrase"
START = datetime(2025, 1, 1, 7, 30, tzinfo=UTC)
EXERCISES = ("bridge", "bird-dog", "deadlift", "side-bridge", "goblet-squat")


def container(folder: Path) -> Container:
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    built = Container(settings, fast_password_hashing=True)
    built.migrate()
    return built


def fill(c: Container, email: str) -> User:
    user = c.accounts.register(email, PASSPHRASE, by_server=True)
    for session in range(200):
        day = START + timedelta(days=session * 365 // 200)
        for number in range(10):
            performed = PerformedSet(EXERCISES[number % 5], day + timedelta(minutes=number), reps=8)
            c.training.record_set(user, SetRequest(new_id(), performed))
    with c.uow() as uow:
        for offset in range(365):
            day = date(2025, 1, 1) + timedelta(days=offset)
            for meal in Meal:
                food = Nutrients(150, 10, 5, 15)
                uow.diary_entries.add(
                    user.id, DiaryEntry(day, meal, "egg-boiled", "Egg", 100, food)
                )
        weigh_ins = [WeightEntry(START + timedelta(days=d), 70 + d / 100) for d in range(365)]
        uow.weight_entries.add_many(user.id, weigh_ins)
        uow.commit()
    return user


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        c = container(Path(folder))
        user = fill(c, "year@example.org")
        started = time.perf_counter()
        text = c.backup.export_text(user)
        exported = time.perf_counter() - started
        fresh = c.accounts.register("fresh@example.org", PASSPHRASE, by_server=True)
        started = time.perf_counter()
        c.backup.restore_text(fresh, text)
        restored = time.perf_counter() - started
        size = len(text.encode()) / 1_000_000
        figure("backup_export_year_s", exported, "s", None, megabytes=round(size, 2))
        figure("backup_restore_year_s", restored, "s", None, megabytes=round(size, 2))


if __name__ == "__main__":
    main()
