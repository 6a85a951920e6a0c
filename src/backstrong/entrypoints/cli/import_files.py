"""The files import commands read: refused over ``BACKSTRONG_IMPORT_MAX_MB`` before anything is
read, the encoding detected, decoded as they are read, and a progress bar on the terminal for
files big enough to take more than a second (never with ``--json`` or when output is not a
terminal, so piped output stays clean)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from backstrong.entrypoints.cli.runtime import container, error_console

if TYPE_CHECKING:
    from backstrong.adapters.files.text_input import DecodedText

# Strong's export reads at roughly 5 MB a second here, so from 2 MB an import takes over a second.
BIG_FILE_BYTES = 2 * 1_048_576


def showing_progress(size: int, quiet: bool) -> bool:
    return not quiet and size >= BIG_FILE_BYTES and error_console().is_terminal


@contextmanager
def opened(path: Path, *, quiet: bool) -> Iterator[tuple[BinaryIO, int]]:
    """The file in binary, with a progress bar as it is read when it is big (see above)."""
    from rich.progress import wrap_file

    from backstrong.adapters.files.text_input import open_binary

    with open_binary(path, container().settings.import_max_bytes) as (raw, size):
        show = showing_progress(size, quiet)
        with wrap_file(
            raw,
            size,
            description=f"Reading {path.name}",
            console=error_console(),
            transient=True,
            disable=not show,
        ) as binary:
            yield binary, size


@contextmanager
def import_text(path: Path, *, quiet: bool) -> Iterator[DecodedText]:
    """``path`` as a text stream in its detected encoding (read it inside the block)."""
    from backstrong.adapters.files.text_input import text_stream

    with opened(path, quiet=quiet) as (binary, _):
        stream = text_stream(binary, path.name)
        try:
            yield stream
        finally:
            stream.detach()


def check_file(path: Path) -> None:
    """FileTooLarge when a file (not a folder) given to an import is over the limit."""
    from backstrong.adapters.files.text_input import check_size

    if path.is_file():
        check_size(path.stat().st_size, container().settings.import_max_bytes)


def import_whole_text(path: Path) -> str:
    """A small file (a backup, a JSON list) read whole, with the same limit and detection."""
    from backstrong.adapters.files.text_input import read_all_text

    with opened(path, quiet=True) as (binary, _):
        return read_all_text(binary, path.name, container().settings.import_max_bytes)


def working(message: str, *, size: int, quiet: bool) -> AbstractContextManager[object]:
    """A spinner with ``message`` while a big import is matched or stored."""
    if not showing_progress(size, quiet):
        return nullcontext()
    return error_console().status(message)
