"""The bundled exercise library (one TOML file per exercise in ``exercises/``) and its loader."""

from backstrong.adapters.files.exercise_library.loader import (
    InvalidLibrary,
    load_bundled_library,
    load_library_from,
    validate_path,
)

__all__ = ["InvalidLibrary", "load_bundled_library", "load_library_from", "validate_path"]
