"""Form check and rep counting from 2D pose landmarks (pose-landmarks/v1): squat, hip hinge
(good morning, deadlift, Romanian deadlift) and bridge. See README.md for each measurement.

Call :func:`analyse_landmarks` (parsed JSON in) or :func:`analyse` (a read :class:`Recording`).
"""

from backstrong.domain.form.analysis import analyse, analyse_landmarks
from backstrong.domain.form.exercise import EXERCISES, Movement, UnknownFormExercise
from backstrong.domain.form.reader import LandmarksFormatError, recording_from_mapping
from backstrong.domain.form.recording import Frame, Recording
from backstrong.domain.form.reference import Reference, reference_from_rep
from backstrong.domain.form.result import Fault, FormAnalysis, Measurement, RepResult, Verdict

__all__ = [
    "EXERCISES",
    "Fault",
    "FormAnalysis",
    "Frame",
    "LandmarksFormatError",
    "Measurement",
    "Movement",
    "Recording",
    "Reference",
    "RepResult",
    "UnknownFormExercise",
    "Verdict",
    "analyse",
    "analyse_landmarks",
    "recording_from_mapping",
    "reference_from_rep",
]
