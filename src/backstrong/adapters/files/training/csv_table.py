"""A CSV export as a header and numbered rows, whatever its delimiter.

The dialect comes from :class:`csv.Sniffer` (limited to comma, semicolon and tab). When the sniffed
delimiter does not give a header the parser recognises, the other two are tried with the csv module
as well: a notes column full of commas can fool the sniffer, and the header settles it.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from backstrong.domain.training.imported import RowError

DELIMITERS = ",;\t"
_SAMPLE_CHARS = 16_384  # the sniffer reads the header and the first rows, not the whole file


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    delimiter: str
    text: str

    def rows(self, errors: list[RowError]) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for each data row; the header is row 1, blank rows are left out.

        A file the csv module cannot follow past some row ends there, with an error in ``errors``.
        """
        reader = csv.reader(
            io.StringIO(self.text, newline=""), _Dialect.with_delimiter(self.delimiter)
        )
        number = 1
        try:
            next(reader, None)
            for number, cells in enumerate(reader, start=2):
                if any(cell.strip() for cell in cells):
                    yield number, cells
        except csv.Error as error:
            message = f"not readable as CSV ({error}); the rest of the file was not read"
            errors.append(RowError(number + 1, "row", "", message))


class _Dialect(csv.excel):
    @classmethod
    def with_delimiter(cls, delimiter: str) -> type[csv.Dialect]:
        return type("Sniffed", (cls,), {"delimiter": delimiter})


def read_table(text: str, accepts: Callable[[Sequence[str]], bool]) -> Table | None:
    """The table whose header ``accepts`` recognises, or None when no delimiter gives one."""
    text = text.removeprefix("\ufeff")
    for delimiter in _candidates(text):
        reader = csv.reader(io.StringIO(text, newline=""), _Dialect.with_delimiter(delimiter))
        try:
            header = next(reader, None)
        except csv.Error:
            continue
        if header and accepts(header):
            return Table(tuple(header), delimiter, text)
    return None


def first_line(text: str) -> str:
    return text.removeprefix("\ufeff").split("\n", 1)[0].strip()[:200]


def _candidates(text: str) -> list[str]:
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    candidates = []
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter)
    candidates.extend(d for d in DELIMITERS if d not in candidates)
    return candidates


def header_key(name: str) -> str:
    """How headers are compared: case, surrounding space and repeated spaces do not matter."""
    return " ".join(name.casefold().split())
