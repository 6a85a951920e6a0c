"""Imported files in whatever encoding exports come in: the encoding is detected (UTF-8 with or
without a byte order mark, UTF-16 either way round, Windows-1252), rows are read as a stream, and
bytes that fit no encoding refuse the file with the bytes and the row named."""

from __future__ import annotations

import io

import pytest

from backstrong.adapters.files.text_input import (
    Undecodable,
    check_size,
    read_all_text,
    text_stream,
)
from backstrong.adapters.files.training.formats import read_training_file
from backstrong.domain.errors import FileTooLarge
from backstrong.domain.units import MassUnit

HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n"
ROW = '2026-03-09 18:00:00,Rücken,"Übung für Rücken",{n},60,5,"naïve café – ½"\n'
STRONG = HEADER + "".join(ROW.format(n=n) for n in range(1, 4))


def _read(data: bytes):
    return read_training_file(text_stream(io.BytesIO(data), "strong.csv"), "auto", MassUnit.KG)


@pytest.mark.parametrize(
    "encoded",
    [
        STRONG.encode("utf-8"),
        STRONG.encode("utf-8-sig"),
        STRONG.encode("utf-16"),  # with the machine's byte order mark
        b"\xff\xfe" + STRONG.encode("utf-16-le"),
        b"\xfe\xff" + STRONG.encode("utf-16-be"),
        STRONG.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_a_strong_export_reads_the_same_in_every_encoding(encoded):
    parsed = _read(encoded)
    assert parsed.errors == ()
    (workout,) = parsed.workouts
    assert workout.title == "Rücken"
    assert [s.exercise_name for s in workout.sets] == ["Übung für Rücken"] * 3
    assert workout.sets[0].notes == "naïve café – ½"


def test_a_large_file_is_detected_from_its_start_and_read_to_its_end():
    rows = "".join(ROW.format(n=n) for n in range(1, 3001))  # far past the detection sample
    parsed = _read((HEADER + rows).encode("cp1252"))
    assert parsed.set_count == 3000
    assert parsed.workouts[0].sets[-1].exercise_name == "Übung für Rücken"


def test_a_byte_that_does_not_fit_the_encoding_refuses_the_file_naming_it():
    rows = "".join(ROW.format(n=n) for n in range(1, 3001)).encode("utf-8")
    broken = HEADER.encode() + rows + b'2026-03-10 18:00:00,Back,"Kniebeuge \xfc",1,60,5,""\n'
    with pytest.raises(Undecodable) as refused:
        _read(broken)
    message = str(refused.value)
    assert refused.value.field == "file" and "strong.csv" in message
    assert "bytes fc after row" in message and "UTF-8" in message
    row = int(message.rsplit("after row ", 1)[1].split()[0])
    assert 2000 < row <= 3001  # the last row read before the bad bytes


def test_binary_data_is_refused_before_any_row_is_read():
    with pytest.raises(Undecodable, match="binary data"):
        _read(b"PK\x03\x04" + bytes(range(256)) * 40)


def test_an_empty_file_is_refused():
    with pytest.raises(Exception, match="empty"):
        _read(b"  \n")


def test_a_file_over_the_limit_is_refused_naming_its_size_and_the_limit():
    with pytest.raises(FileTooLarge) as refused:
        check_size(3 * 1_048_576 + 1, 2 * 1_048_576)
    assert str(refused.value) == (
        "file '3.0 MB': must be at most 2 MB (the import limit, BACKSTRONG_IMPORT_MAX_MB)"
    )
    with pytest.raises(FileTooLarge):
        read_all_text(io.BytesIO(b"x" * 2_000), "big.json", 1_000)


def test_a_whole_small_file_is_read_in_its_encoding():
    assert read_all_text(io.BytesIO('{"a": "é"}'.encode("utf-16")), "b.json", 1_000) == (
        '{"a": "é"}'
    )
