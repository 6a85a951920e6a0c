"""In-memory fakes of the service ports, so service tests run in milliseconds (no I/O)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from backstrong.domain.accounts import User
from tests import fakes_nutrition, fakes_programs, fakes_training


class FakeHasher:
    def hash(self, password: str) -> str:
        return "fake$" + password[::-1]

    def verify(self, password: str, hashed: str) -> bool:
        return hashed == self.hash(password)


class FakeUsers:
    def __init__(self) -> None:
        self.rows: dict[int, tuple[User, str | None]] = {}

    def add(self, email, password_hash, *, is_local=False):
        user = User(
            id=len(self.rows) + 1, email=email, created_at=datetime.now(UTC), is_local=is_local
        )
        self.rows[user.id] = (user, password_hash)
        return user

    def get(self, user_id):
        return self.rows[user_id][0] if user_id in self.rows else None

    def by_email(self, email):
        return next((u for u, _ in self.rows.values() if u.email == email), None)

    def password_hash(self, user_id):
        return self.rows[user_id][1]

    def local_user(self):
        return next((u for u, _ in self.rows.values() if u.is_local), None)

    def count_with_login(self):
        return sum(1 for u, _ in self.rows.values() if u.email)

    def claim(self, user_id, email, password_hash):
        user = replace(self.rows[user_id][0], email=email)
        self.rows[user_id] = (user, password_hash)
        return user

    def set_unit(self, user_id, unit):
        user = replace(self.rows[user_id][0], unit=unit)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user

    def set_time_zone(self, user_id, time_zone):
        user = replace(self.rows[user_id][0], time_zone=time_zone)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user


class FakeTokens:
    def __init__(self, users: FakeUsers) -> None:
        self.users, self.rows = users, {}

    def add(self, user_id, name, token_hash):
        self.rows[token_hash] = (len(self.rows) + 1, user_id, name)
        return len(self.rows)

    def user_for(self, token_hash, now):
        row = self.rows.get(token_hash)
        return self.users.get(row[1]) if row else None

    def list_for(self, user_id):
        return [(i, n, datetime.now(UTC), None) for i, u, n in self.rows.values() if u == user_id]

    def revoke(self, user_id, token_id):
        for key, (i, u, _) in list(self.rows.items()):
            if i == token_id and u == user_id:
                del self.rows[key]
                return True
        return False


class FakeSessions:
    def __init__(self, users: FakeUsers) -> None:
        self.users, self.rows = users, {}

    def add(self, user_id, token_hash, expires_at):
        self.rows[token_hash] = (user_id, expires_at)

    def user_for(self, token_hash, now):
        row = self.rows.get(token_hash)
        return self.users.get(row[0]) if row and row[1] > now else None

    def remove(self, token_hash):
        self.rows.pop(token_hash, None)


class FakeFailures:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, datetime]] = []

    def record(self, email, address, at):
        self.rows.append((email, address, at))

    def count_since(self, *, email, address, since):
        return sum(
            1 for e, a, t in self.rows if a == address and t >= since and (not email or e == email)
        )

    def clear(self, email):
        self.rows = [r for r in self.rows if r[0] != email]


class FakeUnitOfWork:
    def __init__(self) -> None:
        self.users = FakeUsers()
        self.api_tokens = FakeTokens(self.users)
        self.web_sessions = FakeSessions(self.users)
        self.login_failures = FakeFailures()
        self.nutrition_profiles = fakes_nutrition.FakeNutritionProfiles()
        self.custom_foods = fakes_nutrition.FakeCustomFoods()
        self.diary_entries = fakes_nutrition.FakeDiaryEntries()
        self.diary_days = fakes_nutrition.FakeDiaryDays()
        self.weight_entries = fakes_nutrition.FakeWeightEntries()
        self.open_food_facts_products = fakes_nutrition.FakeOpenFoodFactsProducts()
        self.training = fakes_training.FakeTraining()
        self.programs = fakes_programs.FakePrograms()
        self.red_flag_screenings = fakes_programs.FakeScreenings()
        self.commits = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def commit(self):
        self.commits += 1

    def rollback(self):
        pass
