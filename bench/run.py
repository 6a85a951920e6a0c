"""Run every benchmark script in bench/ and print their JSON lines (one figure per line).

Each `bench_<area>.py` prints lines like {"metric": ..., "value": ..., "unit": ..., "target": ...}.
A script that fails prints an error figure instead of stopping the others."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    only = set(sys.argv[1:])
    failures = 0
    # An installed wheel carries its bytecode; an editable checkout under PYTHONDONTWRITEBYTECODE
    # never writes any, so every cold-start figure would also time compiling Backstrong's source.
    compiled = subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "src")])
    if compiled.returncode != 0:
        failures += 1
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem.removeprefix("bench_") not in only:
            continue
        result = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, check=False
        )
        for line in result.stdout.splitlines():
            if line.startswith("{"):
                print(line, flush=True)
        if result.returncode != 0:
            failures += 1
            tail = result.stderr.strip().splitlines()[-1:] or ["no output"]
            print(
                json.dumps(
                    {
                        "metric": f"{script.stem}_failed",
                        "value": 1,
                        "unit": "error",
                        "target": 0,
                        "detail": tail[0],
                    }
                ),
                flush=True,
            )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
