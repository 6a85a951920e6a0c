"""Whatever the file holds, the parsers return a ParsedImport: workouts and row errors, no crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backstrong.adapters.files.training.generic_csv import parse_generic_csv
from backstrong.adapters.files.training.hevy import parse_hevy_csv
from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.imported import ParsedImport

HEADERS = {
    parse_strong_csv: [
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
        "Workout Notes,RPE",
        "Datum;Trainingsname;Name der Übung;Reihenfolge festlegen;Gewicht;Gewichtseinheit;"
        "Wiederh.;RPE;Entfernung;Entfernungseinheit;Sekunden;Notizen;Trainingsnotizen;Trainingsdauer",
    ],
    parse_hevy_csv: [
        '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
        '"set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"'
    ],
    parse_generic_csv: [
        "date,workout,exercise,set,reps,weight,unit,seconds,rpe,rir,side,warmup,notes"
    ],
}

CELL = st.one_of(
    st.sampled_from(
        ["", "0", "5", "62,5", "1e9", "-3", "nan", "W", "Rest Timer", "kg", "lbs", "miles",
         "1h 5m", "2026-03-13 15:22:00", "13 Mar 2026, 15:22", "May 15, 2026, 7:26 PM", "warmup",
         "left", "yes", '"', "\n", ";", ",", "99999999999999999999", "\ufeff"]
    ),
    st.text(max_size=8),
)  # fmt: skip

PARSERS = st.sampled_from(list(HEADERS))


def check(parsed: ParsedImport) -> None:
    assert isinstance(parsed, ParsedImport)
    for error in parsed.errors:
        assert error.row_number >= 1
    for workout in parsed.workouts:
        for s in workout.sets:
            assert s.source_row >= 2
            assert s.order >= 1
        assert len({key for key, _ in workout.keyed_sets()}) == len(workout.sets)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parser=PARSERS, text=st.text(max_size=300))
def test_any_text_gives_a_parsed_import(parser, text):
    check(parser(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), parser=PARSERS)
def test_rows_of_odd_cells_under_a_real_header_give_a_parsed_import(data, parser):
    header = data.draw(st.sampled_from(HEADERS[parser]))
    delimiter = ";" if ";" in header else ","
    width = header.count(delimiter) + 1
    rows = data.draw(st.lists(st.lists(CELL, min_size=width - 2, max_size=width + 1), max_size=6))
    quote = data.draw(st.booleans())
    lines = [header]
    for cells in rows:
        shown = [f'"{c.replace(chr(34), chr(34) * 2)}"' if quote else c for c in cells]
        lines.append(delimiter.join(shown))
    check(parser("\n".join(lines)))
