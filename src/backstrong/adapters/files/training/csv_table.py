"""A CSV export as a header and numbered rows, whatever its delimiter, read as a stream.

The dialect comes from :class:`csv.Sniffer` (limited to comma, semicolon and tab) over the file's
first lines. When the sniffed delimiter does not give a header the parser recognises, the other two
are tried with the csv module as well: a notes column full of commas can fool the sniffer, and the
header settles it. The rows after that sample are read from the stream one by one (a large file is
never held whole); a :class:`Source` is read once, by whichever parser recognises its header.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from backstrong.adapters.files.text_input import undecodable
from backstrong.domain.training.imported import RowError

DELIMITERS = ",;\t"
_SAMPLE_CHARS = 16_384  # the sniffer reads the header and the first rows, not the whole file


class Source:
    """A file's first lines (for the sniffer and the header) and the rest, read once."""

    def __init__(self, stream: TextIO, name: str = "file") -> None:
        sample = stream.read(_SAMPLE_CHARS)
        if len(sample) == _SAMPLE_CHARS:
            sample += stream.readline()  # the sample ends at a line's end
        self.sample = sample.removeprefix("\ufeff")
        self.more = len(sample) > _SAMPLE_CHARS - 1
        self._rest: TextIO | None = stream
        self.name = getattr(stream, "file_name", name)

    def lines(self) -> Iterator[str]:
        rest, self._rest = self._rest, None
        if rest is None:
            raise RuntimeError("a file's rows are read once")
        return itertools.chain(io.StringIO(self.sample, newline=""), rest)


def as_source(text: str | TextIO | Source) -> Source:
    """A parser's input: a Source as it is, a text stream or a whole text (tests, small files)."""
    if isinstance(text, Source):
        return text
    return Source(io.StringIO(text, newline="") if isinstance(text, str) else text)


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    delimiter: str
    source: Source

    def rows(self, errors: list[RowError]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for each data row; the header is row 1, blank rows are left out.

        A file the csv module cannot follow past some row ends there, with an error in ``errors``;
        bytes the detected encoding cannot read refuse the file (:class:`Undecodable`).
        """
        reader = csv.reader(self.source.lines(), _Dialect.with_delimiter(self.delimiter))
        number = 1
        try:
            next(reader, None)
            for number, cells in enumerate(reader, start=2):
                if any(cell.strip() for cell in cells):
                    yield number, cells
        except csv.Error as error:
            message = f"not readable as CSV ({error}); the rest of the file was not read"
            errors.append(RowError(number + 1, "row", "", message))
        except UnicodeDecodeError as error:
            raise undecodable(error, self.source.name, f"after row {number}") from None


class _Dialect(csv.excel):
    @classmethod
    def with_delimiter(cls, delimiter: str) -> type[csv.Dialect]:
        return type("Sniffed", (cls,), {"delimiter": delimiter})


def read_table(source: Source, accepts: Callable[[Sequence[str]], bool]) -> Table | None:
    """The table whose header ``accepts`` recognises, or None when no delimiter gives one."""
    for delimiter in _candidates(source):
        reader = csv.reader(
            io.StringIO(source.sample, newline=""), _Dialect.with_delimiter(delimiter)
        )
        try:
            header = next(reader, None)
        except csv.Error:
            continue
        if header and accepts(header):
            return Table(tuple(header), delimiter, source)
    return None


def first_line(source: Source) -> str:
    return source.sample.split("\n", 1)[0].strip()[:200]


def _candidates(source: Source) -> list[str]:
    sample = source.sample
    if source.more and "\n" in sample[:-1]:
        sample = sample[: sample.rindex("\n", 0, len(sample) - 1)]
    candidates = []
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter)
    candidates.extend(d for d in DELIMITERS if d not in candidates)
    return candidates


def header_key(name: str) -> str:
    """How headers are compared: case, surrounding space, repeated spaces and the shape of an
    apostrophe (' or ’) do not matter."""
    return " ".join(name.casefold().replace("\u2019", "'").split())
