"""Benchmark of the wired nutrition area: importing USDA SR28 into the database, rebuilding a
person's food index from it, logging diary lines and reading a day, and the expenditure report.

Runs on a throwaway SQLite database. SR28 comes from BACKSTRONG_USDA_SR28_PATH (default: the
shared benchmark copy beside the repo); the import figures are skipped without it.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from figures import figure, percentile, time_calls

from backstrong.adapters.files.foods.loader import load_bundled_foods
from backstrong.bootstrap import Container
from backstrong.services.body.service import WeighIn
from backstrong.services.nutrition.foods import FoodIndexCache, FoodIndexes
from backstrong.settings import Environment, Settings

DEFAULT_SR28 = Path(__file__).resolve().parents[2] / "shared/data/usda/sr28_foods_macros.csv"
LINES = ["2 eggs", "150 g chicken breast", "1 cup cooked rice", "banana", "2 tbsp peanut butter"]
DAYS = 90


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    c = Container(settings, fast_password_hashing=True)
    c.migrate()
    user = c.accounts.local_user()
    sr28 = Path(os.environ.get("BACKSTRONG_USDA_SR28_PATH", DEFAULT_SR28))
    if sr28.exists():
        start = time.perf_counter()
        report = c.nutrition.import_food_file(user, sr28)
        figure("usda_sr28_import_into_db", time.perf_counter() - start, "s", 5.0,
               foods=report.added)  # fmt: skip
        cache: FoodIndexCache = {}
        indexes = FoodIndexes(load_bundled_foods, cache)

        def rebuild() -> None:
            cache.clear()
            indexes.index_for(c.uow(), user)

        figure("food_index_rebuild_with_sr28", statistics.median(time_calls(rebuild, 5)), "ms",
               1000.0)  # fmt: skip
    c.nutrition.update_profile(user, {"sex": "male", "age": 40, "height": 180,
                                      "activity": "light"})  # fmt: skip
    today = date.today()
    logging_ms: list[float] = []
    for offset in range(DAYS, 0, -1):
        day = today - timedelta(days=offset)
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=7)
        c.body.log_weight(user, WeighIn(90 - offset * 0.02, at=moment))
        for line in LINES:
            start = time.perf_counter()
            c.nutrition.eat(user, line, meal="lunch", day=day)
            logging_ms.append((time.perf_counter() - start) * 1000)
    figure("diary_log_line_p95", percentile(logging_ms, 95), "ms", 50.0)
    summary = time_calls(lambda: c.nutrition.day(user, today), 20)
    figure("diary_day_summary_median", statistics.median(summary), "ms", 50.0)
    report_ms = time_calls(lambda: c.body.expenditure(user), 10)
    figure("expenditure_90_days_median", statistics.median(report_ms), "ms", 200.0)
    c.engine.dispose()


if __name__ == "__main__":
    main()
