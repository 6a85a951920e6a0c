"""The Python pose route on a real photo: scikit-image's astronaut (a NASA portrait, public
domain) through MediaPipe gives a person with plausible landmarks.

Needs the optional ``backstrong[video]`` extra, which the dev extras (and so `make test` and CI)
install; it skips only in an install without it."""

from __future__ import annotations

import pytest

from backstrong.domain.form.recording import LANDMARK_COUNT

mediapipe = pytest.importorskip("mediapipe", reason="backstrong[video] is not installed")
data = pytest.importorskip("skimage.data", reason="scikit-image is not installed")

NOSE, LEFT_SHOULDER, RIGHT_SHOULDER = 0, 11, 12


def test_the_astronaut_photo_gives_a_person_with_the_head_above_the_shoulders():
    from backstrong.adapters.video.form_landmarks import landmarks_from_image

    rows = landmarks_from_image(data.astronaut())
    assert rows is not None, "no person found in the astronaut photo"
    assert len(rows) == LANDMARK_COUNT
    nose, left, right = rows[NOSE], rows[LEFT_SHOULDER], rows[RIGHT_SHOULDER]
    assert min(nose[3], left[3], right[3]) >= 0.5
    assert nose[1] < min(left[1], right[1])  # y grows downwards: the head is above
    assert 0.0 < nose[0] < 1.0 and 0.0 < nose[1] < 1.0
