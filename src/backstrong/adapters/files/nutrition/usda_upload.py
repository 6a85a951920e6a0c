"""A USDA download sent through the browser or the API, laid out on disk for :func:`import_usda`:
FoodData Central's CSV download as its .zip (unpacked), its JSON download, or the flat SR28 CSV.
Everything lives in a temporary folder removed afterwards."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

from backstrong.domain.errors import FieldError, FileTooLarge

MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024  # refuse zip bombs; SR Legacy unpacks to ~200 MB
SUFFIXES = (".zip", ".json", ".csv")
ACCEPTED = (
    "must be FoodData Central's CSV download (.zip), its JSON download (.json) or SR28 (.csv)"
)


def check_food_upload(filename: str, data: bytes, limit: int) -> str:
    """The upload's file name, once its type and size (at most ``limit`` bytes, the import
    limit; FoodData Central's SR Legacy CSV zip is ~7 MB) are acceptable."""
    name = Path(filename or "upload").name
    if Path(name).suffix.lower() not in SUFFIXES:
        raise FieldError("file", name, ACCEPTED)
    if not data:
        raise FieldError("file", name, "is empty")
    if len(data) > limit:
        raise FileTooLarge(len(data), limit)
    return name


@contextmanager
def food_upload_on_disk(filename: str, data: bytes, limit: int) -> Iterator[Path]:
    """The path :func:`import_usda` reads for this upload (a folder for an unpacked zip)."""
    name = check_food_upload(filename, data, limit)
    with tempfile.TemporaryDirectory(prefix="backstrong-usda-") as folder:
        root = Path(folder)
        if name.lower().endswith(".zip"):
            yield _unzipped(name, data, root)
        else:
            target = root / name
            target.write_bytes(data)
            yield target


def _unzipped(name: str, data: bytes, root: Path) -> Path:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise FieldError("file", name, "is not a readable zip file") from None
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise FieldError("file", name, "unpacks to more than 2 GB")
        archive.extractall(root)  # zipfile drops absolute paths and ".." from member names
    found = sorted(root.rglob("food.csv")) or sorted(root.rglob("*.json"))
    if not found:
        raise FieldError("file", name, "holds no food.csv (FoodData Central CSV) nor a JSON file")
    return found[0].parent if found[0].name == "food.csv" else found[0]
