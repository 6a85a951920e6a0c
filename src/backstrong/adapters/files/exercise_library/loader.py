"""Load exercise files: the library bundled in this package, or a person's folder or file.

Every file is one exercise, named ``<id>.toml``. Loading checks each file (all fields, all files)
and then the library as a whole (links, and for the bundled library the seed exercises of
docs/sources.md#articles); problems are
collected, each naming its file, and raised together as :class:`InvalidLibrary`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise

# bench_exercises cold load (target 100 ms): neither typing (about 4 ms of CPU) nor pathlib (about
# 8 ms) is imported on the way to the compiled copy; Path is imported where a path is walked.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

BUNDLED_PACKAGE = "backstrong.adapters.files.exercise_library"
BUNDLED_FOLDER = "exercises"
SUFFIX = ".toml"


class InvalidLibrary(ValueError):
    """Exercise files that cannot be loaded; ``problems`` lists each, naming its file."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in exercise files:\n{listing}"
        )


@dataclass(frozen=True, slots=True)
class _File:
    origin: str  # what messages call the file: its path
    stem: str  # the file name without .toml, which must equal the id
    read: Traversable | Path


@functools.cache
def load_bundled_library() -> ExerciseLibrary:
    """The exercises shipped with Backstrong, checked in full; loaded once per process, from the
    compiled copy when the files have not changed since it was written (see ``compiled``)."""
    from backstrong.adapters.files.exercise_library.compiled import cached_exercises

    def build() -> list[Exercise]:
        library, problems = _load(_bundled_files(), bundled=True, whole=True)
        if problems:
            raise InvalidLibrary(problems)
        return list(library)

    return ExerciseLibrary(cached_exercises(bundled_library_key(), build))


@functools.cache
def bundled_library_key() -> str:
    """A hash of the bundled files' names and bytes: changes whenever any file does."""
    from backstrong.adapters.files.exercise_library.compiled import content_key

    return content_key(_bundled_contents())


def _bundled_contents() -> Iterable[tuple[str, bytes]]:
    """Each bundled file's name without .toml and its bytes, in name order."""
    folder = os.path.join(os.path.dirname(__file__), BUNDLED_FOLDER)
    if not os.path.isdir(folder):
        return ((file.stem, file.read.read_bytes()) for file in _bundled_files())
    names = sorted(os.listdir(folder))
    paths = [os.path.join(folder, n) for n in names if n.endswith(SUFFIX)]
    return ((_stem(p), _read_bytes(p)) for p in paths if os.path.isfile(p))


def _stem(path: str) -> str:
    return os.path.basename(path).removesuffix(SUFFIX)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def load_library_from(path: Path, *, bundled: bool = False) -> ExerciseLibrary:
    """The exercises in a folder (every ``*.toml`` below it) or in one file.

    ``bundled`` applies the rules of shipped exercises (complete entries); otherwise entries are
    custom ones. Links may point at bundled exercises. Raises :class:`InvalidLibrary` with every
    problem found, or FileNotFoundError.
    """
    whole = _is_bundled_folder(path)
    library, problems = _load(_files_at(path), bundled=bundled or whole, whole=whole)
    if problems:
        raise InvalidLibrary(problems)
    return library


def validate_path(path: Path | None = None, *, bundled: bool | None = None) -> list[str]:
    """Every problem in the exercise files at ``path``; an empty list when all are valid.

    Without ``path`` (or given the bundled folder): the bundled library, in full, seeds included.
    Otherwise the files are checked as custom entries, or with the bundled rules when ``bundled``
    is true, and their links may point at bundled exercises. For ``backstrong exercises validate``.
    """
    if path is None:
        return _load(_bundled_files(), bundled=True, whole=True)[1]
    if not path.exists():
        return [f"{path}: no such file or folder"]
    whole = _is_bundled_folder(path)
    strict = whole if bundled is None else bundled
    return _load(_files_at(path), bundled=strict, whole=whole)[1]


def _load(
    files: Iterable[_File], *, bundled: bool, whole: bool
) -> tuple[ExerciseLibrary, list[str]]:
    """Read every file; ``whole``: these are the entire bundled library (check seeds, and links
    among themselves), else links may also point into the bundled library."""
    exercises: list[Exercise] = []
    problems: list[str] = []
    origins: dict[str, str] = {}
    for file in files:
        exercise, found = _read_file(file, bundled)
        problems += found
        if exercise is None:
            continue
        if exercise.id in origins:
            problems.append(f"{file.origin}: id: {exercise.id!r} is also {origins[exercise.id]}")
            continue
        origins[exercise.id] = file.origin
        exercises.append(exercise)
    library = ExerciseLibrary(exercises)
    if whole:
        problems += library.check_integrity()
    else:
        problems += _bundled_or_nothing().merged(library).link_problems()
    return library, problems


def _read_file(file: _File, bundled: bool) -> tuple[Exercise | None, list[str]]:
    import tomllib  # here, not at the top: a cold start from the compiled copy needs neither

    from backstrong.domain.exercises.validation import read_exercise

    try:
        data = tomllib.loads(file.read.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{file.origin}: cannot be read: {error}"]
    except tomllib.TOMLDecodeError as error:
        return None, [f"{file.origin}: not valid TOML: {error}"]
    exercise, errors = read_exercise(data, origin=file.origin, bundled=bundled)
    problems = [str(error) for error in errors]
    if data.get("id") != file.stem and not any(e.field == "id" for e in errors):
        problems.append(
            f"{file.origin}: id: {data.get('id')!r} must equal the file name "
            f"(rename the file to {data.get('id')}{SUFFIX} or the id to {file.stem!r})"
        )
        exercise = None
    return exercise, problems


def _bundled_root() -> Traversable:
    """The package's ``exercises/`` folder: a plain path when installed as files, else through
    importlib.resources (zips)."""
    # bench_exercises cold load (target 100 ms): 91 ms by plain path, 114 via importlib.resources
    from pathlib import Path

    here = Path(__file__).with_name(BUNDLED_FOLDER)
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files(BUNDLED_PACKAGE).joinpath(BUNDLED_FOLDER)


def _bundled_files() -> list[_File]:
    entries = [e for e in _bundled_root().iterdir() if e.name.endswith(SUFFIX) and e.is_file()]
    return [_File(str(e), e.name.removesuffix(SUFFIX), e) for e in sorted(entries, key=_name)]


def _name(entry: Traversable) -> str:
    return entry.name


def _files_at(path: Path) -> list[_File]:
    if path.is_file():
        return [_File(str(path), path.stem, path)]
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no such file or folder")
    return [_File(str(file), file.stem, file) for file in sorted(path.rglob(f"*{SUFFIX}"))]


def _is_bundled_folder(path: Path) -> bool:
    from pathlib import Path

    root = _bundled_root()
    return isinstance(root, Path) and path.resolve() == root.resolve()


def _bundled_or_nothing() -> ExerciseLibrary:
    """What other entries may link to: the bundled library, when it loads."""
    try:
        return load_bundled_library()
    except InvalidLibrary:
        return ExerciseLibrary()
