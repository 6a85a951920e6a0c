"""Benchmark of the import by upload (the web page's and the API's path): a generated 10,000-row
Strong CSV uploaded (kept as a pending import, read, names matched, close candidates found for the
review), then applied into SQLite. No target; the figures show where the time goes
for a person waiting on the review page."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_training import strong_csv
from bench_training_log import container, person
from figures import figure

ROWS = 10_000


def main() -> None:
    text = strong_csv(ROWS)  # the decoded text, as the upload routes hand it over
    with tempfile.TemporaryDirectory() as folder:
        c = container(Path(folder))
        user = person(c, "bench@example.org")
        start = time.perf_counter()
        review = c.training.upload_import(user, text, "auto", "kg")
        uploaded = time.perf_counter() - start
        start = time.perf_counter()
        c.training.pending_import(user, review.pending.id)
        reviewed = time.perf_counter() - start
        start = time.perf_counter()
        result = c.training.apply_pending_import(user, review.pending.id, {})
        applied = time.perf_counter() - start
    figure("training_upload_review_10k_rows_s", uploaded, "s", None, sets=review.plan.new_sets)
    figure("training_upload_review_again_10k_rows_s", reviewed, "s", None)
    figure("training_upload_apply_10k_rows_s", applied, "s", None, stored=result.sets)


if __name__ == "__main__":
    main()
