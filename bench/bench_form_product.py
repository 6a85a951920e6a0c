"""Benchmark of the form check as the product runs it (services/form, adapters/video).

Figure: a 60-second, 30 fps recording checked and kept through FormService on SQLite (reading,
analysis and storing the landmarks and result: what POST /api/v1/form-checks does). The Python
video route's speed against real time is bench_form_video.py's figure.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_form import median_ms, minute_of_squats
from figures import figure

from backstrong.bootstrap import Container
from backstrong.settings import Environment, Settings


def check_and_keep(folder: Path) -> float:
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    c = Container(settings, fast_password_hashing=True)
    c.migrate()
    user = c.accounts.register("form@example.org", "a long enough passphrase")
    document = minute_of_squats()
    return median_ms(lambda: c.form.check(user, "squat", document), runs=7)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        figure("form_check_and_keep_60s_ms", check_and_keep(Path(folder)), "ms", None,
               frames=1800)  # fmt: skip


if __name__ == "__main__":
    main()
