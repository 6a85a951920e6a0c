"""Small weigh-in exports written here, in the layouts of Withings, Fitbit, MyFitnessPal and
Apple Health (made-up numbers; no third-party data)."""

from __future__ import annotations

WITHINGS = (
    b'Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration (kg)",'
    b"Comments\n"
    b'"2026-01-03 07:12:40",81.4,16.3,3.1,58.9,43.0,\n'
    b'"2026-01-02 07:05:02",81.9,,,,,\n'
)
FITBIT = b"""Body
Date,Weight,BMI,Fat
"01-02-2026","180.6","24.5","21.5"
"01-03-2026","179.8","24.4","0"

Foods
Date,Calories In
"01-02-2026","2,100"
"""
MYFITNESSPAL = b"""Date,Body Fat %,Weight
2026-01-02,,180.2
2026-01-04,19.5,179.4
"""


def _record(kind: str, unit: str, start: str, value: str) -> str:
    when = f'creationDate="{start}" startDate="{start}" endDate="{start}"'
    return (
        f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="Scale" unit="{unit}"'
        f' {when} value="{value}"/>'
    )


APPLE_HEALTH = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<HealthData locale="en_GB">',
    ' <ExportDate value="2026-01-05 09:00:00 +0000"/>',
    ' <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>',
    _record("BodyMass", "kg", "2026-01-02 07:30:00 +0100", "70.2"),
    _record("BodyFatPercentage", "%", "2026-01-02 07:30:00 +0100", "0.245"),
    _record("StepCount", "count", "2026-01-02 08:00:00 +0100", "812"),
    _record("BodyMass", "lb", "2026-01-04 07:31:00 +0100", "154.0"),
    "</HealthData>",
]).encode()  # fmt: skip
GENERIC_WITH_A_BAD_ROW = b"""date,weight,body_fat
2026-01-02,80.5,
2026-01-03,eighty,
2026-01-04,80.1,22
"""
