"""The files import commands read: refused over ``BACKSTRONG_IMPORT_MAX_MB`` before anything is
read, the encoding detected, decoded as they are read, and a progress bar on the terminal for
files big enough to take more than a second (never with ``--json`` or when output is not a
terminal, so piped output stays clean)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import typer

from backstrong.entrypoints.cli.runtime import (
    console,
    container,
    error_console,
    fail,
    print_json,
)

if TYPE_CHECKING:
    from backstrong.adapters.files.text_input import DecodedText
    from backstrong.domain.file_rows import FilePlan
    from backstrong.entrypoints.public import Public

# The options of the one-entry-a-row imports (weigh-ins, meals).
SKIP_ROWS_OPTION = typer.Option(
    False, "--skip-invalid", help="Import the readable rows and list the others."
)
YES_OPTION = typer.Option(False, "--yes", "-y", help="Import without asking.")

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


def review_then_import(
    path: Path,
    preview: Callable[[BinaryIO], FilePlan[Any]],
    store: Callable[[BinaryIO], FilePlan[Any]],
    shape: type[Public],
    summary: Callable[[dict[str, Any]], str],
    *,
    noun: str,
    yes: bool,
    as_json: bool,
) -> None:
    """A one-entry-a-row import (weigh-ins, meals): the plan read from ``path`` and shown
    (``summary`` of its public ``shape``, then the rows left out and the warnings), asked about
    unless ``yes``, then stored all or nothing; unreadable rows fail naming them."""
    from backstrong.domain.file_rows import RowsRejected
    from backstrong.entrypoints.public import shown

    with opened(path, quiet=as_json) as (data, _):  # size limit, progress bar for big files
        try:
            plan = preview(data)
        except RowsRejected as exc:
            fail(str(exc))
    if not as_json:
        _print_plan(shown(shape, plan), summary)
    asking = plan.added_count and not yes and not as_json
    if asking and not typer.confirm(f"Import {plan.added_count} {noun}?", default=True):
        console().print("Nothing imported.", markup=False)
        raise typer.Exit(1)
    done = plan
    if plan.new:
        with opened(path, quiet=as_json) as (data, _):
            done = store(data)
    if as_json:
        print_json(shown(shape, done))
        return
    console().print(f"Imported {done.added_count} {noun}.", markup=False)


def _print_plan(preview: dict[str, Any], summary: Callable[[dict[str, Any]], str]) -> None:
    out = console()
    out.print(summary(preview), markup=False)
    for problem in preview["skipped_rows"]:
        out.print(f"  skipped {problem}", markup=False)
    for warning in preview["warnings"]:
        out.print(f"  note: {warning}", markup=False, highlight=False, style="dim")
