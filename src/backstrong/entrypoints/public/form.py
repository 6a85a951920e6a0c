"""The public JSON of form checks: the analysis (reps, per-rep verdicts, measurements, faults and
cues), a kept check, a page of checks, a reference rep and the trend. Printed by the API and by
``backstrong form … --json``."""

from __future__ import annotations

import datetime as dt

from backstrong.entrypoints.public import Public


class MeasurementPublic(Public):
    name: str
    value: float
    unit: str


class FaultPublic(Public):
    code: str
    cue: str
    measured: float | None
    limit: float | None


class RepPublic(Public):
    index: int
    start_t: float
    bottom_t: float
    end_t: float
    verdict: str
    measurements: list[MeasurementPublic]
    faults: list[FaultPublic]
    cannot_assess: str | None


class FormAnalysisPublic(Public):
    exercise: str
    movement: str
    reps: int
    rep_details: list[RepPublic]
    verdict: str
    cues: list[str]
    notes: list[str]


class FormCheckPublic(Public):
    id: int
    exercise: str
    created_at: dt.datetime
    set_id: str | None
    analysis: FormAnalysisPublic


class FormCheckPagePublic(Public):
    items: list[FormCheckPublic]
    total: int
    limit: int
    offset: int


class ReferencePublic(Public):
    movement: str
    measurements: list[MeasurementPublic]


class TrendPointPublic(Public):
    check_id: int
    day: dt.date
    reps: int
    assessed: int
    good: int
    value: float | None


class FormTrendPublic(Public):
    exercise: str
    measure: str
    meaning: str
    points: list[TrendPointPublic]
