"""A live set: the phone streams its landmark frames in small batches (over a WebSocket) and gets
the running count and cues back after each batch. Nothing is kept here: the phone queues the
whole recording and sends it to ``FormService.check`` when the set is finished, so a dropped
connection loses no data.

Each batch is itself a pose-landmarks/v1 document holding only the new frames (``t`` counted
from the start of the set), read by the same strict reader as a whole file; a refused batch is
not added, so the set so far stays as it was."""

from __future__ import annotations

from dataclasses import dataclass, field

from backstrong.domain.form import (
    FormAnalysis,
    Frame,
    LandmarksFormatError,
    Recording,
    Reference,
    analyse,
    recording_from_mapping,
)

# Three minutes at 30 fps: as much as one POST of a finished set may hold (MAX_LANDMARKS_BYTES).
MAX_LIVE_FRAMES = 5400


@dataclass
class LiveFormCheck:
    exercise: str
    reference: Reference | None
    frames: list[Frame] = field(default_factory=list)
    _shape: tuple[float, int, int] | None = None  # fps, width, height of the first batch

    def add(self, batch: object) -> FormAnalysis:
        """Read one batch, add its frames and analyse the set so far. Raises
        LandmarksFormatError naming the rule a batch breaks (the set so far is unchanged)."""
        recording = recording_from_mapping(batch)
        shape = (recording.fps, recording.width, recording.height)
        if self._shape is not None and shape != self._shape:
            fps, width, height = self._shape
            raise LandmarksFormatError(
                "fps/width/height",
                f"{shape[0]:g}/{shape[1]}/{shape[2]}",
                "differs from the set's first batch",
                f"every batch of a live set must say fps {fps:g}, width {width}, height {height}",
            )
        first = recording.frames[0].t
        if self.frames and first < self.frames[-1].t:
            raise LandmarksFormatError(
                "frames[0].t",
                first,
                f"is before the last frame received ({self.frames[-1].t:g})",
                "t counts seconds from the start of the set and never goes back",
            )
        if len(self.frames) + len(recording.frames) > MAX_LIVE_FRAMES:
            raise LandmarksFormatError(
                "frames",
                len(self.frames) + len(recording.frames),
                "is more frames than one live set may hold",
                f"at most {MAX_LIVE_FRAMES} frames: finish this set and start another",
            )
        self._shape = shape
        self.frames.extend(recording.frames)
        return self.analysis()

    def analysis(self) -> FormAnalysis:
        assert self._shape is not None, "no batch yet"
        fps, width, height = self._shape
        recording = Recording(fps=fps, width=width, height=height, frames=tuple(self.frames))
        return analyse(recording, self.exercise, self.reference)
