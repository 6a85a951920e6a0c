"""The exercise files the exercise service reads: TOML exercise files to check, and another app's
exercises to import (``services.ports.exercises.ExerciseFiles``)."""

from __future__ import annotations

from pathlib import Path

from backstrong.services.ports.exercises import ParsedExercises


class ExerciseFilesOnDisk:
    def problems_in(self, path: Path | None) -> list[str]:
        from backstrong.adapters.files.exercise_library.loader import validate_path

        return validate_path(path)

    def read_free_exercise_db(self, path: Path) -> ParsedExercises:
        from backstrong.adapters.files.exercises.free_exercise_db import load_free_exercise_db

        return load_free_exercise_db(path)
