"""Benchmarks of the food diary page and the weigh-in import, through a real container on
SQLite in a temporary folder:

- the diary page (GET /nutrition) with 30 entries, server-side, target 50 ms;
- a generated 10,000-row Withings weigh-in CSV imported, target 2 s;
- five years of a generated MyFitnessPal nutrition summary (7,300 meals) imported, target 2 s
  (the same budget as the weigh-ins: a file a person brings once, read while they wait).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from figures import figure, percentile, time_calls

from backstrong.bootstrap import Container
from backstrong.settings import Environment, Settings

PASSPHRASE = "a long enough passphrase"
DIARY_LINES = ["2 eggs", "1 slice of wholemeal toast with butter", "1 cup cooked rice",
               "150 g chicken breast", "1 banana", "1 coffee with milk"]  # fmt: skip
WEIGH_INS = 10_000
MFP_DAYS = 5 * 365
MFP_MEALS = ("Breakfast", "Lunch", "Dinner", "Snacks")


def container(folder: Path) -> Container:
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    built = Container(settings, fast_password_hashing=True)
    built.migrate()
    return built


def diary_page_ms(folder: Path) -> list[float]:
    from fastapi.testclient import TestClient

    from backstrong.entrypoints.web.app import create_app

    c = container(folder)
    user = c.accounts.register("bench@example.org", PASSPHRASE)
    while len(c.nutrition.entries(user)) < 30:
        for line in DIARY_LINES:
            c.nutrition.eat_line(user, line, meal="lunch")
    extra = c.nutrition.entries(user)[30:]
    for logged in extra:
        c.nutrition.delete_entry(user, logged.id)
    client = TestClient(create_app(container=c))
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    form = {"email": "bench@example.org", "password": PASSPHRASE, "csrf_token": token[1]}
    client.post("/login", data=form)
    assert client.get("/nutrition").text.count("/delete") >= 30
    return time_calls(lambda: client.get("/nutrition"), 60)


def withings_csv(rows: int) -> bytes:
    start = datetime(2000, 1, 1, 7, 0)
    lines = ['Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)",'
             '"Hydration (kg)",Comments']  # fmt: skip
    for i in range(rows):
        when = start + timedelta(days=i, minutes=i % 50)
        lines.append(f'"{when:%Y-%m-%d %H:%M:%S}",{80 + (i % 40) / 10:.1f},{16 + (i % 9) / 10},,,,')
    return ("\n".join(lines) + "\n").encode()


def weigh_in_import_s(folder: Path) -> float:
    c = container(folder)
    user = c.accounts.register("weights@example.org", PASSPHRASE)
    data = withings_csv(WEIGH_INS)
    c.body.preview_weigh_ins(user, withings_csv(2))  # load the reader once, as a server has
    start = time.perf_counter()
    done = c.body.import_weigh_ins(user, data)
    seconds = time.perf_counter() - start
    assert done.added_count == WEIGH_INS, done.added_count
    return seconds


def mfp_csv(days: int) -> bytes:
    start = datetime(2020, 1, 1).date()
    lines = ["Date,Meal,Calories,Fat (g),Saturated Fat,Cholesterol,Sodium (mg),"
             "Carbohydrates (g),Fiber,Sugar,Protein (g),Note"]  # fmt: skip
    for d in range(days):
        day = start + timedelta(days=d)
        for m, meal in enumerate(MFP_MEALS):
            kcal = 300 + (d * 7 + m * 50) % 400
            lines.append(f"{day},{meal},{kcal}.0,{kcal / 30:.1f},4.0,50,600,{kcal / 8:.1f},5,9,"
                         f"{kcal / 20:.1f},")  # fmt: skip
    return ("\n".join(lines) + "\n").encode()


def diary_import_s(folder: Path) -> float:
    c = container(folder)
    user = c.accounts.register("diary@example.org", PASSPHRASE)
    data = mfp_csv(MFP_DAYS)
    c.nutrition.preview_diary_import(user, mfp_csv(1))  # load the reader once, as a server has
    start = time.perf_counter()
    done = c.nutrition.import_diary(user, data)
    seconds = time.perf_counter() - start
    assert done.added_count == MFP_DAYS * len(MFP_MEALS), done.added_count
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        samples = diary_page_ms(Path(folder))
    figure("diary_page_30_entries_p50_ms", percentile(samples, 50), "ms", None)
    figure("diary_page_30_entries_p95_ms", percentile(samples, 95), "ms", 50)
    with tempfile.TemporaryDirectory() as folder:
        seconds = weigh_in_import_s(Path(folder))
    figure("body_weigh_in_import_10k_rows_s", seconds, "s", 2, rows=WEIGH_INS)
    with tempfile.TemporaryDirectory() as folder:
        seconds = diary_import_s(Path(folder))
    figure("diary_import_mfp_5_years_s", seconds, "s", 2, meals=MFP_DAYS * len(MFP_MEALS))


if __name__ == "__main__":
    main()
