"""Opening an imported file as text, safely whatever it holds.

- Its size is checked first, against the limit set by ``BACKSTRONG_IMPORT_MAX_MB``
  (``FileTooLarge`` names both), before anything is read.
- Its encoding is detected by charset-normalizer from the first :data:`SAMPLE_BYTES`, among the
  encodings exports come in (:data:`ENCODINGS`: UTF-8 with or without a byte order mark, UTF-16 and
  UTF-32 with one, Windows-1252).
- It is then decoded as it is read (:func:`text_stream`), so a large file is never held whole; a
  byte that does not fit the detected encoding further on is :class:`Undecodable`, with the row.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from backstrong.domain.errors import FieldError, FileTooLarge

SAMPLE_BYTES = 65_536  # the header and the first rows: enough to tell the encoding
ENCODINGS = ("utf_8", "utf_16", "utf_32", "cp1252")  # charset-normalizer's names
_CODECS = {"utf_8": "utf-8-sig", "utf_16": "utf-16", "utf_32": "utf-32"}  # the BOM dropped
ACCEPTED_TEXT = "a text file in UTF-8, UTF-16 or Windows-1252"


class Undecodable(FieldError):
    """Bytes that no accepted encoding reads (a binary file, or a broken one)."""


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise FileTooLarge(size, limit)


def size_of(binary: BinaryIO) -> int:
    """The size of a seekable file, leaving its position where it was."""
    here = binary.tell()
    size = binary.seek(0, io.SEEK_END)
    binary.seek(here)
    return size - here


def detect_encoding(sample: bytes, name: str) -> str:
    """The Python codec for a file starting with ``sample`` (charset-normalizer's verdict)."""
    if not sample.strip():
        raise FieldError("file", name, "is empty; an export holds at least a header row")
    found = _best(sample[: sample.rfind(b"\n") + 1] or sample) or _best(sample)
    if found is None:
        raise Undecodable("file", name, f"must be {ACCEPTED_TEXT}; this looks like binary data")
    return _CODECS.get(found, found)


def _best(sample: bytes) -> str | None:
    # The sample ends on a line break so no character is cut in two (UTF-8); UTF-16 is read from
    # the sample as it is, the break being half a character there.
    match = from_bytes(sample, cp_isolation=list(ENCODINGS)).best()
    return None if match is None else str(match.encoding)


def text_stream(binary: BinaryIO, name: str) -> DecodedText:
    """``binary`` (at its start) as text, decoded incrementally; lines kept as written."""
    encoding = detect_encoding(binary.read(SAMPLE_BYTES), name)
    binary.seek(0)
    return DecodedText(binary, encoding, name)


class DecodedText(io.TextIOWrapper):
    """A text stream that knows its encoding and the file's name (for error messages)."""

    def __init__(self, binary: BinaryIO, encoding: str, name: str) -> None:
        codecs.lookup(encoding)
        super().__init__(binary, encoding=encoding, newline="")
        self.file_name = name


def undecodable(error: UnicodeDecodeError, name: str, where: str) -> Undecodable:
    """A clear error for bytes that do not fit the detected encoding, ``where`` (a row)."""
    bad = error.object[error.start : error.end][:4].hex(" ")
    accepted = f"must be {ACCEPTED_TEXT} throughout; save it again as UTF-8"
    return Undecodable("file", name, f"{accepted} (bytes {bad} {where} are not {error.encoding})")


def read_all_text(binary: BinaryIO, name: str, limit: int) -> str:
    """A whole (small, checked) file as text: the same limit and detection as the streams."""
    check_size(size_of(binary), limit)
    stream = text_stream(binary, name)
    try:
        return stream.read()
    except UnicodeDecodeError as error:
        raise undecodable(error, name, "in the file") from None
    finally:
        stream.detach()


@contextmanager
def open_binary(path: Path, limit: int) -> Iterator[tuple[BinaryIO, int]]:
    """A file on disk opened for its bytes, with its size: refused before reading when it is
    over ``limit`` or cannot be read."""
    try:
        size = path.stat().st_size
        check_size(size, limit)
        binary = path.open("rb")
    except OSError as exc:
        raise FieldError(
            "file", str(path), f"must be a file you can read ({exc.strerror})"
        ) from None
    with binary:
        yield binary, size


@contextmanager
def open_text(path: Path, limit: int) -> Iterator[DecodedText]:
    """A file on disk as a text stream, refused before reading when it is over ``limit``."""
    with open_binary(path, limit) as (binary, _):
        yield text_stream(binary, path.name)
