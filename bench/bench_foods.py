"""Benchmark of food search and diary parsing over the USDA SR28 table plus the bundled foods.

SR28 comes from BACKSTRONG_USDA_SR28_PATH (default: the shared benchmark copy beside the repo).
Prints one JSON line per figure; the target for search is a p95 of 10 ms per query.
"""

from __future__ import annotations

import contextlib
import os
import time
from datetime import date, timedelta
from pathlib import Path

from figures import figure, percentile, time_calls

from backstrong.adapters.files.foods.loader import load_bundled_foods
from backstrong.adapters.files.nutrition.usda import import_usda
from backstrong.domain.nutrition.diary import UnreadableEntry, parse_entry
from backstrong.domain.nutrition.food_ranking import FoodUsage, personal_matches
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food

DEFAULT_SR28 = Path(__file__).resolve().parents[2] / "shared/data/usda/sr28_foods_macros.csv"
SEARCH_P95_TARGET_MS = 10.0
REPEAT = 20
QUERIES = [
    # what people type, including the first keystrokes of a word and typos
    "c", "ch", "chi", "chick", "chicken", "chicken b", "chicken breast", "egg", "eggs",
    "rice", "brown rice", "white rice cooked", "milk", "skim milk", "oat", "oats", "porridge",
    "banana", "apple", "orange juice", "bread", "whole wheat bread", "peanut butter",
    "greek yogurt", "cheddar", "cheese", "salmon", "tuna", "beef", "ground beef", "steak",
    "pork chop", "bacon",
    "pasta", "spaghetti", "potato", "sweet potato", "broccoli", "spinach", "avocado", "almonds",
    "olive oil", "butter", "coffee", "beer", "wine", "pizza", "burger", "chocolate", "cereal",
    "chiken brest", "brocoli", "avacado", "yoghurt", "bananna", "spagetti", "peanutbutter",
    "s", "b", "xyzzy", "mcdonalds", "frozen yogurt", "lentil soup", "turkey sandwich",
]  # fmt: skip
DIARY_LINES = [
    "2 eggs", "150 g chicken breast", "1 cup cooked rice", "banana", "half an avocado",
    "2 tbsp peanut butter", "1.5 cups milk", "200ml milk", "3 oz salmon", "2 slices of bread",
    "10 almonds", "a glass of orange juice", "1 lb beef mince", "2 chiken breasts", "2 xyzzy",
]  # fmt: skip


def main() -> None:
    sr28_path = Path(os.environ.get("BACKSTRONG_USDA_SR28_PATH", DEFAULT_SR28))
    start = time.perf_counter()
    imported = import_usda(sr28_path).foods
    figure("foods_sr28_import_ms", (time.perf_counter() - start) * 1000, "ms", None)
    foods = [*load_bundled_foods(), *imported]
    figure("foods_indexed", len(foods), "foods", None, bundled=len(foods) - len(imported))

    start = time.perf_counter()
    index = FoodIndex.build(foods)
    figure("foods_index_build_ms", (time.perf_counter() - start) * 1000, "ms", None)

    samples: list[float] = []
    for query in QUERIES:
        index.search(query)  # warm
        samples.extend(time_calls(lambda q=query: index.search(q), REPEAT))
    figure("foods_search_p50_ms", percentile(samples, 50), "ms", None, queries=len(QUERIES))
    figure("foods_search_p95_ms", percentile(samples, 95), "ms", SEARCH_P95_TARGET_MS)
    figure("foods_search_max_ms", max(samples), "ms", None)
    _bench_personal(index, foods)

    def parse(line: str) -> None:
        with contextlib.suppress(UnreadableEntry):
            parse_entry(line, index)

    parses: list[float] = []
    for line in DIARY_LINES:
        parses.extend(time_calls(lambda line=line: parse(line), REPEAT))
    figure("diary_parse_p95_ms", percentile(parses, 95), "ms", None, lines=len(DIARY_LINES))


def _bench_personal(index: FoodIndex, foods: list[Food]) -> None:
    """Search with a person's habits re-ranked in: 300 foods logged over the last 90 days."""
    today = date(2026, 3, 10)
    usage = {
        food.id: FoodUsage(1 + i % 7, today - timedelta(days=i % 90))
        for i, food in enumerate(foods[::30][:300])
    }
    samples: list[float] = []
    for query in QUERIES:
        samples.extend(
            time_calls(lambda q=query: personal_matches(index, q, 20, usage, today), REPEAT)
        )
    figure("foods_search_personal_p95_ms", percentile(samples, 95), "ms", SEARCH_P95_TARGET_MS)


if __name__ == "__main__":
    main()
