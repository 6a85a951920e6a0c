"""Weigh-ins read from each exporter's layout, with units and body fat as they give them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from backstrong.adapters.files.body.weigh_in_files import read_weigh_ins
from backstrong.domain.body.weigh_in_import import WeighInsRejected, plan_weigh_ins
from backstrong.domain.errors import FieldError
from tests import weigh_in_files as files

ONE_HOUR_EAST = timezone(timedelta(hours=1))


def test_withings_gives_kg_in_the_header_and_fat_as_a_mass():
    parsed = read_weigh_ins(files.WITHINGS)
    assert parsed.source == "withings"
    latest = parsed.entries[0]
    assert latest.weight_kg == 81.4 and latest.body_fat_percent == pytest.approx(20.0, abs=0.05)
    assert parsed.entries[1].body_fat_percent is None


def test_fitbit_reads_the_body_section_in_the_persons_unit():
    parsed = read_weigh_ins(files.FITBIT, unit="lb")
    assert parsed.source == "fitbit" and len(parsed.entries) == 2
    assert parsed.entries[0].weight_kg == pytest.approx(81.92, abs=0.01)
    assert parsed.entries[0].moment == datetime(2026, 1, 2)
    assert parsed.entries[1].body_fat_percent is None  # Fitbit writes 0 for "not measured"


def test_myfitnesspal_columns_are_found_by_name():
    parsed = read_weigh_ins(files.MYFITNESSPAL, unit="lb")
    assert parsed.source == "myfitnesspal"
    assert [e.body_fat_percent for e in parsed.entries] == [None, 19.5]


def test_apple_health_keeps_body_mass_records_and_their_body_fat():
    parsed = read_weigh_ins(files.APPLE_HEALTH)
    assert parsed.source == "apple-health" and len(parsed.entries) == 2
    first, second = parsed.entries
    assert first.moment == datetime(2026, 1, 2, 7, 30, tzinfo=ONE_HOUR_EAST)
    assert first.weight_kg == 70.2 and first.body_fat_percent == 24.5
    assert second.weight_kg == pytest.approx(69.85, abs=0.01)


def test_unreadable_rows_refuse_the_file_unless_skipped():
    parsed = read_weigh_ins(files.GENERIC_WITH_A_BAD_ROW)
    with pytest.raises(WeighInsRejected) as refused:
        plan_weigh_ins(parsed, [], UTC)
    assert "row 3, weight 'eighty': not a number" in str(refused.value)
    planned = plan_weigh_ins(parsed, [], UTC, skip_invalid=True)
    assert planned.added_count == 2 and len(planned.skipped_rows) == 1


def test_weigh_ins_already_logged_are_duplicates():
    parsed = read_weigh_ins(files.APPLE_HEALTH)
    logged = [datetime(2026, 1, 2, 6, 30, tzinfo=UTC)]  # the same moment as 07:30 +01:00
    planned = plan_weigh_ins(parsed, logged, UTC)
    assert planned.added_count == 1 and planned.duplicate_count == 1


def test_a_file_of_no_known_layout_names_what_is_accepted():
    with pytest.raises(FieldError) as refused:
        read_weigh_ins(b"when,kilos\n2026-01-01,80\n")
    assert refused.value.field == "file" and "Withings" in str(refused.value)
    with pytest.raises(FieldError):
        read_weigh_ins(files.WITHINGS, "garmin")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_a_csv_in_any_common_encoding_is_read_from_a_stream(encoding):
    import io

    text = files.FITBIT.decode().replace("Body", "Body", 1)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    parsed = read_weigh_ins(io.BytesIO(data), unit="lb")
    assert parsed.source == "fitbit" and len(parsed.entries) == 2


def test_an_apple_health_export_is_read_from_a_stream():
    import io

    parsed = read_weigh_ins(io.BytesIO(files.APPLE_HEALTH))
    assert parsed.source == "apple-health" and parsed.entries


def test_bytes_that_fit_no_encoding_are_refused_naming_the_file():
    with pytest.raises(FieldError, match="UTF-8") as refused:
        read_weigh_ins(b"date,weight\n" + b"2026-01-01,80\n" * 5000 + b"2026-01-02,8\xff\xfe\n")
    assert refused.value.field == "file"


def test_a_withings_export_in_german_is_read_by_its_header_shape():
    data = (
        b'Date,"Gewicht (kg)","Fettmasse (kg)","Knochenmasse (kg)","Muskelmasse (kg)",'
        b'"Wasseranteil (kg)",Kommentare\n'
        b'"2025-11-04 06:58:10",74.60,14.92,,,,\n'
        b'"2025-11-03 07:01:44",74.90,,,,,\n'
    )
    parsed = read_weigh_ins(data)
    assert parsed.source == "withings" and parsed.problems == ()
    latest, earlier = parsed.entries
    assert (latest.weight_kg, latest.body_fat_percent) == (74.6, 20.0)
    assert earlier.moment == datetime(2025, 11, 3, 7, 1, 44)


def test_a_file_with_one_day_first_date_reads_every_date_day_first():
    data = b"Date,Weight\n03/11/2025,74.9\n12/11/2025,74.6\n21/11/2025,74.1\n"
    parsed = read_weigh_ins(data)
    assert [e.moment.date().isoformat() for e in parsed.entries] == [
        "2025-11-03",
        "2025-11-12",
        "2025-11-21",
    ]


def test_numeric_dates_that_could_go_either_way_stay_month_first():
    parsed = read_weigh_ins(b"Date,Weight\n03/11/2025,74.9\n04/11/2025,74.6\n")
    assert [e.moment.date().isoformat() for e in parsed.entries] == ["2025-03-11", "2025-04-11"]
    [warning] = parsed.warnings  # a guess is said, naming the first date that reads both ways
    assert (warning.row_number, warning.field, warning.value) == (2, "Date", "03/11/2025")
    assert "day or month first" in warning.message
    planned = plan_weigh_ins(parsed, [], UTC)
    assert planned.warning_texts == (str(warning),)


def test_dates_the_file_settles_carry_no_warning():
    settled = b"Date,Weight\n03/11/2025,74.9\n21/11/2025,74.1\n"
    assert read_weigh_ins(settled).warnings == ()
    assert read_weigh_ins(b"Date,Weight\n04.11.2025,74.6\n03.11.2025,74.9\n").warnings == ()
    assert read_weigh_ins(b"Date,Weight\n2025-11-03,74.9\n").warnings == ()


def test_dotted_dates_with_a_time_are_read_day_first():
    parsed = read_weigh_ins(b"date,weight\n04.11.2025 06:58,74.6\n")
    assert parsed.entries[0].moment == datetime(2025, 11, 4, 6, 58)


def test_a_day_with_no_weight_in_a_measurement_export_is_passed_over_not_refused():
    text = "Date,Body Fat %,Weight\n2026-01-02,,180.4\n2026-01-03,19.8,\n2026-01-04,19.5,179.6\n"
    parsed = read_weigh_ins(text.encode(), unit="lb")
    assert parsed.problems == ()
    assert [e.moment.day for e in parsed.entries] == [2, 4]
