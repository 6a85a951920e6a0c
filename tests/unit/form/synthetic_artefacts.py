"""What a real pose estimator does to clean landmarks: visibility, jitter, outliers, frames with
nobody found, frames missing from the file, and left/right label swaps."""

from __future__ import annotations

import random

from tests.unit.form.synthetic_camera import SWAPS, Artefacts, Camera

NEAR_LEFT = {1, 2, 3, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31}
NEAR_RIGHT = {4, 5, 6, 8, 10} | {i + 1 for i in NEAR_LEFT if i >= 11}
FACE = set(range(11))


def degrade(
    rows: list[list[list[float]]], camera: Camera, artefacts: Artefacts, rng: random.Random
) -> list[list[list[float]] | None]:
    """Each frame's rows with visibility, jitter, outliers and swaps; ``None`` where the
    estimator found nobody."""
    longer = max(camera.width, camera.height)
    sx, sy = artefacts.noise * longer / camera.width, artefacts.noise * longer / camera.height
    near = NEAR_LEFT if camera.near == "left" else NEAR_RIGHT
    far_dip = 0
    nobody = swap = 0
    out: list[list[list[float]] | None] = []
    for frame in rows:
        far_dip = far_dip - 1 if far_dip > 0 else (rng.randint(5, 30) if rng.random() < 0.01 else 0)
        if nobody == 0 and rng.random() < artefacts.null_rate:
            nobody = rng.randint(1, 5)
        if nobody:
            nobody -= 1
            out.append(None)
            continue
        new = []
        for i, (x, y, z, _) in enumerate(frame):
            v = _visibility(i, i in near, far_dip > 0, artefacts, rng)
            if not (0 <= x <= 1 and 0 <= y <= 1) and not artefacts.mocap:
                v = rng.uniform(0.05, 0.35)
            new.append([x + rng.gauss(0, sx), y + rng.gauss(0, sy), z + rng.gauss(0, sx), v])
        if rng.random() < artefacts.outlier_rate:
            i = rng.randrange(33)
            new[i][0] += rng.choice((-1, 1)) * rng.uniform(0.03, 0.08)
            new[i][1] += rng.choice((-1, 1)) * rng.uniform(0.03, 0.08)
        if swap == 0 and rng.random() < artefacts.swap_rate:
            swap = rng.randint(1, 12)
        if swap:
            swap -= 1
            for a, b in SWAPS:
                new[a], new[b] = new[b], new[a]
        out.append(new)
    return out


def _visibility(
    index: int, near: bool, dipping: bool, artefacts: Artefacts, rng: random.Random
) -> float:
    if artefacts.mocap:
        return 1.0
    if index in FACE or near:
        return rng.uniform(0.9, 1.0)
    if dipping and index >= 23:
        return rng.uniform(0.2, 0.48)
    return rng.uniform(*artefacts.far_visibility)


def keep_frames(count: int, artefacts: Artefacts, rng: random.Random) -> list[int]:
    """Indices of the frames that reach the file (some are missing altogether)."""
    kept = [i for i in range(count) if i == 0 or rng.random() >= artefacts.missing_rate]
    return kept
