"""The set's cues come in a fixed order: most common fault first, equally common faults in the
order the reps showed them, whatever the process's string hashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json
from backstrong.domain.form.analysis import _verdict
from backstrong.domain.form.result import Fault, RepResult, Verdict

def rep(i, *codes):
    faults = tuple(Fault(code, f"cue for {code}") for code in codes)
    return RepResult(i, i, i + 0.5, i + 1, Verdict.NEEDS_WORK, (), faults)

reps = (rep(0, "depth", "heels", "lean"), rep(1, "lean", "depth", "heels"), rep(2, "knees"))
print(json.dumps(_verdict(reps)[1]))
"""


def _cues(hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return list(json.loads(done.stdout))


def test_equally_common_faults_keep_the_order_the_reps_showed_them() -> None:
    expected = ["cue for depth", "cue for heels", "cue for lean", "cue for knees"]
    assert [_cues(seed) for seed in ("0", "1", "2", "3")] == [expected] * 4
