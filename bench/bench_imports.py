"""Benchmark of file imports, end to end:

- a Strong export of 50,000 sets read from disk (encoding detected, rows streamed), names matched
  and stored in SQLite in one transaction, timed in this process (target 10 s);
- the same import run by the command line in a child process: its peak memory (no target; for
  scale);
- a 200 MB Strong file given to `backstrong import strong` in a child process: refused by the
  import limit before it is read, or imported, in bounded memory (target: peak RSS <= 200 MB).

BENCH_BIG_IMPORT_MB changes the big file's size (default 200)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_training import strong_csv
from bench_training_log import container, person
from figures import figure

from backstrong.adapters.files.text_input import open_text
from backstrong.adapters.files.training.formats import read_training_file
from backstrong.domain.units import MassUnit

SETS = 50_000
BIG_MB = int(os.environ.get("BENCH_BIG_IMPORT_MB", "200"))
SRC = Path(__file__).resolve().parents[1] / "src"


def timed_import(folder: Path, export: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process): the machine's load shows between them."""
    c = container(folder / "db")
    user = person(c, "bench@example.org")
    cpu = time.process_time()
    start = time.perf_counter()
    with open_text(export, c.settings.import_max_bytes) as stream:
        parsed = read_training_file(stream, "strong", MassUnit.KG)
    plan = c.training.prepare_import(user, parsed)
    result = c.training.apply_import(user, plan)
    elapsed = time.perf_counter() - start
    assert result.sets == SETS, result
    return elapsed, time.process_time() - cpu


# The command run in the child, which reports its own peak memory (VmHWM) as it exits: the
# parent's rusage would count the memory the child had before exec (this process's).
CHILD = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("\\npeak_rss_kb " + line.split()[1] + "\\n")
atexit.register(peak)
from backstrong.entrypoints.cli.launcher import run
sys.argv = ["backstrong", "import", "strong", sys.argv[1], "--yes", "--json"]
run()
"""


def cli_import(folder: Path, export: Path) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, its message) of `backstrong import strong`."""
    data = folder / f"cli-{export.stem}"
    env = {**os.environ, "BACKSTRONG_DATA_DIR": str(data), "BACKSTRONG_ENVIRONMENT": "test",
           "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}  # fmt: skip
    env.pop("BACKSTRONG_IMPORT_MAX_MB", None)  # the documented default limit
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(export)], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
    peak_kb = next(int(line.split()[1]) for line in lines if line.startswith("peak_rss_kb"))
    message = next((line for line in lines if not line.startswith("peak_rss_kb")), "")
    return done.returncode, elapsed, peak_kb / 1024, message


def big_file(path: Path, megabytes: int) -> None:
    chunk = strong_csv(SETS).encode()
    header, body = chunk.split(b"\n", 1)
    with path.open("wb") as out:
        out.write(header + b"\n")
        while out.tell() < megabytes * 1_048_576:
            out.write(body)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        export = folder / "strong-50k.csv"
        export.write_text(strong_csv(SETS))
        wall, cpu = timed_import(folder, export)
        figure("import_strong_50k_sets_s", wall, "s", 10, cpu_s=round(cpu, 2),
               file_mb=round(export.stat().st_size / 1_048_576, 1))  # fmt: skip
        code, elapsed, peak, _ = cli_import(folder, export)
        figure("import_strong_50k_sets_cli_peak_rss_mb", peak, "MB", None,
               exit_code=code, seconds=round(elapsed, 2))  # fmt: skip
        export.unlink()
        big = folder / "strong-big.csv"
        big_file(big, BIG_MB)
        size_mb = round(big.stat().st_size / 1_048_576, 1)
        code, elapsed, peak, last = cli_import(folder, big)
        outcome = "refused" if code == 2 and "at most" in last else f"exit {code}"
        figure(f"import_strong_{BIG_MB}mb_peak_rss_mb", peak, "MB", 200, outcome=outcome,
               file_mb=size_mb, seconds=round(elapsed, 2), message=last[:160])  # fmt: skip


if __name__ == "__main__":
    main()
