"""Read one exercise entry (a TOML file's table or a JSON object) into an :class:`Exercise`.

Every field is checked: types, vocabulary, ranges, and what belongs together. Problems are
reported as :class:`ExerciseDataError`, naming the origin (usually the file), the field, the bad
value and what is accepted. :func:`exercise_to_mapping` is the inverse, the shape of ``--json``
and of the API.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from backstrong.domain.errors import FieldError
from backstrong.domain.exercises import fields as f
from backstrong.domain.exercises.model import Dosage, Exercise, Fault, Met, Source
from backstrong.domain.exercises.suggest import did_you_mean
from backstrong.domain.exercises.vocabulary import (
    EQUIPMENT,
    MUSCLES,
    SAFETY_TAGS,
    Kind,
    Level,
    Pattern,
    Region,
)
from backstrong.domain.pose.model import Keyframes, Pose
from backstrong.domain.pose.parse import keyframes_from_mapping

T = TypeVar("T")

FIELDS = (
    "id", "name", "aliases", "kind", "pattern", "unilateral", "primary_muscles",
    "secondary_muscles", "regions", "equipment", "level", "dosage", "instructions", "cues",
    "faults", "safety_tags", "easier", "harder", "met", "keyframes", "source",
)  # fmt: skip
DERIVED_FIELDS = frozenset({"regions"})  # written by exercise_to_mapping, ignored when read
DOSAGE_KEYS = ("sets", "reps", "hold_seconds", "rest_seconds", "times_per_day")

SETS = (1, 10)  # convention: beyond 10 sets of one exercise is a typo
REPS = (1, 100)  # convention
HOLD_SECONDS = (1, 600)  # convention: ACSM stretches hold 10–60 s; 10 min is a generous ceiling
REST_SECONDS = (0, 600)  # ACSM 2009: 3–5 min rest for heavy loads; 10 min is a generous ceiling
TIMES_PER_DAY = (1, 10)  # convention; the rotational stretch is 3 a day (docs/sources.md#articles)
MET_VALUE = (1.0, 25.0)  # Compendium 2024: values run from 1.0 (rest) to about 23
MET_CODE_DIGITS = 5  # Compendium codes such as "02030"

BUNDLED_MIN_INSTRUCTIONS = 3  # exercise file format
BUNDLED_MIN_CUES = 2  # exercise file format
BUNDLED_MIN_FAULTS = 1  # exercise file format
HOLD_KINDS = frozenset({Kind.ISOMETRIC, Kind.STRETCH, Kind.AEROBIC})  # dosed by time, not reps

BUNDLED_SOURCE = Source()
CUSTOM_SOURCE = Source(name="custom")

MUSCLE_NAMES: dict[str, tuple[str, ...]] = {m.id: (m.lay_name,) for m in MUSCLES.values()}
EQUIPMENT_NAMES: dict[str, tuple[str, ...]] = {k: (v,) for k, v in EQUIPMENT.items()}
TAG_NAMES: dict[str, tuple[str, ...]] = {k: () for k in SAFETY_TAGS}


class ExerciseDataError(FieldError):
    """An exercise entry that cannot be read: where it came from, which field, and why."""

    def __init__(self, origin: str, field: str, message: str, value: object = None) -> None:
        super().__init__(field, value, message)
        self.args = (f"{origin}: {field}: {message}",)  # names the file or entry, not the value
        self.origin = origin
        self.message = message


def exercise_from_mapping(data: Mapping[str, object], *, origin: str, bundled: bool) -> Exercise:
    """The exercise in ``data``; raises the first :class:`ExerciseDataError` found.

    ``bundled`` entries ship with Backstrong and must be complete (instructions, cues, faults, MET,
    keyframes); others (custom, imported) need only what the model needs. ``source`` defaults to
    ``backstrong`` for bundled entries and ``custom`` otherwise.
    """
    exercise, problems = read_exercise(data, origin=origin, bundled=bundled)
    if problems:
        raise problems[0]
    assert exercise is not None  # no problems means an exercise was built
    return exercise


def exercise_problems(
    data: Mapping[str, object], *, origin: str, bundled: bool
) -> list[ExerciseDataError]:
    """Every problem in ``data`` (one per field), for a validator that reports them all."""
    return read_exercise(data, origin=origin, bundled=bundled)[1]


class _Reader:
    """Collects the problems of one entry while reading its fields."""

    def __init__(self, data: Mapping[str, object], origin: str) -> None:
        self.data = data
        self.origin = origin
        self.problems: list[ExerciseDataError] = []

    def take(self, default: T, read: Callable[[], T]) -> T:
        try:
            return read()
        except f.InvalidField as bad:
            self.problems.append(self._error(bad.field, bad.message))
            return default

    def require(self, ok: bool, field: str, message: str) -> None:
        """Record a problem unless ``ok``, or unless the field already has one."""
        if not ok and not self.failed(field):
            self.problems.append(self._error(field, message))

    def failed(self, field: str) -> bool:
        root = _root(field)
        return any(_root(p.field) == root for p in self.problems)

    def _error(self, field: str, message: str) -> ExerciseDataError:
        return ExerciseDataError(self.origin, field, message, self.data.get(_root(field)))


def _root(field: str) -> str:
    """The top-level key a field path starts with: ``dosage.reps`` → ``dosage``."""
    return field.split(".")[0].split("[")[0]


def read_exercise(
    data: Mapping[str, object], *, origin: str, bundled: bool
) -> tuple[Exercise | None, list[ExerciseDataError]]:
    """The exercise and no problems, or ``None`` and every problem found (one per field)."""
    if not isinstance(data, Mapping):
        message = f"{f.show(data)} is not a table of fields"
        return None, [ExerciseDataError(origin, "(entry)", message)]
    r = _Reader(data, origin)
    for key in data:
        if key not in FIELDS:
            hint = did_you_mean(str(key), FIELDS)
            r.require(
                False, str(key), f"unknown field; an exercise takes {', '.join(FIELDS)}{hint}"
            )
    exercise = _exercise(r, bundled)
    _check_together(r, exercise, bundled)
    return (exercise if not r.problems else None), r.problems


def _exercise(r: _Reader, bundled: bool) -> Exercise:
    d = r.data
    return Exercise(
        id=r.take("", lambda: f.slug(d.get("id"), "id")),
        name=r.take("", lambda: f.text(d.get("name"), "name")),
        aliases=r.take((), lambda: f.texts(d.get("aliases"), "aliases")),
        kind=r.take(Kind.STRENGTH, lambda: f.choice(d.get("kind"), "kind", Kind)),
        pattern=r.take(Pattern.HINGE, lambda: f.choice(d.get("pattern"), "pattern", Pattern)),
        level=r.take(Level.BEGINNER, lambda: f.choice(d.get("level"), "level", Level)),
        unilateral=r.take(False, lambda: f.boolean(_given(d, "unilateral", False), "unilateral")),
        primary_muscles=r.take((), lambda: _primary_muscles(d.get("primary_muscles"))),
        secondary_muscles=r.take(
            (),
            lambda: f.names(
                d.get("secondary_muscles"), "secondary_muscles", MUSCLE_NAMES, "muscle id"
            ),
        ),
        equipment=r.take(
            (), lambda: f.names(d.get("equipment"), "equipment", EQUIPMENT_NAMES, "equipment id")
        ),
        safety_tags=r.take(
            (), lambda: f.names(d.get("safety_tags"), "safety_tags", TAG_NAMES, "safety tag")
        ),
        easier=r.take((), lambda: f.slugs(d.get("easier"), "easier")),
        harder=r.take((), lambda: f.slugs(d.get("harder"), "harder")),
        instructions=r.take((), lambda: f.texts(d.get("instructions"), "instructions")),
        cues=r.take((), lambda: f.texts(d.get("cues"), "cues")),
        faults=r.take((), lambda: _faults(d.get("faults"))),
        dosage=r.take(Dosage(sets=1, reps=(1, 1)), lambda: _dosage(d.get("dosage"))),
        met=r.take(None, lambda: _met(d.get("met"))),
        keyframes=r.take(None, lambda: _keyframes(d.get("keyframes"))),
        source=r.take(BUNDLED_SOURCE, lambda: _source(d.get("source"), bundled)),
    )


def _given(data: Mapping[str, object], key: str, default: object) -> object:
    """The value under ``key``; ``default`` when the key is absent or null."""
    value = data.get(key)
    return default if value is None else value


def _primary_muscles(value: object) -> tuple[str, ...]:
    muscles = f.names(value, "primary_muscles", MUSCLE_NAMES, "muscle id")
    if not muscles:
        raise f.InvalidField("primary_muscles", "is empty; name at least one muscle id")
    return muscles


def _dosage(value: object) -> Dosage:
    if value is None:
        raise f.InvalidField(
            "dosage", "is missing; write a [dosage] table with sets and reps or hold_seconds"
        )
    d = f.table(value, "dosage", DOSAGE_KEYS)
    reps, hold, per_day = d.get("reps"), d.get("hold_seconds"), d.get("times_per_day")
    dosage = Dosage(
        sets=f.whole_number(d.get("sets"), "dosage.sets", *SETS),
        reps=None if reps is None else f.int_range(reps, "dosage.reps", *REPS),
        hold_seconds=None
        if hold is None
        else f.int_range(hold, "dosage.hold_seconds", *HOLD_SECONDS),
        rest_seconds=f.whole_number(
            _given(d, "rest_seconds", 60), "dosage.rest_seconds", *REST_SECONDS
        ),
        times_per_day=None
        if per_day is None
        else f.whole_number(per_day, "dosage.times_per_day", *TIMES_PER_DAY),
    )
    if dosage.reps is None and dosage.hold_seconds is None:
        raise f.InvalidField(
            "dosage", "has neither reps nor hold_seconds; give one of them as [min, max]"
        )
    return dosage


def _faults(value: object) -> tuple[Fault, ...]:
    faults: list[Fault] = []
    for i, item in enumerate(f.items(value, "faults")):
        field = f"faults[{i}]"
        entry = f.table(item, field, ("fault", "fix"))
        faults.append(
            Fault(
                f.text(entry.get("fault"), f"{field}.fault"),
                f.text(entry.get("fix"), f"{field}.fix"),
            )
        )
    return tuple(faults)


def _met(value: object) -> Met | None:
    if value is None:
        return None
    d = f.table(value, "met", ("code", "value"))
    code = d.get("code")
    if not isinstance(code, str) or not code.isdigit() or len(code) != MET_CODE_DIGITS:
        raise f.InvalidField(
            "met.code",
            f'{f.show(code)} is not a Compendium code; write five digits in quotes, like "02030"',
        )
    return Met(code=code, value=f.number(d.get("value"), "met.value", *MET_VALUE))


def _keyframes(value: object) -> Keyframes | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise f.InvalidField(
            "keyframes",
            f"{f.show(value)} is not a table; write [keyframes.start] and [keyframes.end]",
        )
    try:
        return keyframes_from_mapping(value, field="keyframes")
    except ValueError as bad:
        field, _, message = str(bad).partition(": ")
        if not message:
            field, message = "keyframes", str(bad)
        raise f.InvalidField(field, message) from bad


def _source(value: object, bundled: bool) -> Source:
    if value is None:
        return BUNDLED_SOURCE if bundled else CUSTOM_SOURCE
    d = f.table(value, "source", ("name", "licence", "url"))
    licence, url = d.get("licence"), d.get("url")
    source = Source(
        name=f.text(d.get("name"), "source.name"),
        licence=None if licence is None else f.text(licence, "source.licence"),
        url=None if url is None else f.text(url, "source.url"),
    )
    if bundled and source.name != BUNDLED_SOURCE.name:
        raise f.InvalidField(
            "source.name", f"{source.name!r}: bundled exercises are 'backstrong'; leave source out"
        )
    return source


def _check_together(r: _Reader, ex: Exercise, bundled: bool) -> None:
    """Rules that join fields: overlaps, self-links, how kinds are dosed, bundled completeness."""
    for muscle in ex.secondary_muscles:
        r.require(
            muscle not in ex.primary_muscles,
            "secondary_muscles",
            f"{muscle!r} is already a primary muscle; list it once",
        )
    for other in ex.easier:
        r.require(
            other not in ex.harder,
            "harder",
            f"{other!r} is also listed in easier; it cannot be both",
        )
    for link in ("easier", "harder"):
        r.require(ex.id not in getattr(ex, link), link, f"{ex.id!r} is this exercise itself")
    r.require(
        ex.kind not in HOLD_KINDS or ex.dosage.hold_seconds is not None,
        "dosage.hold_seconds",
        f"is missing; a {ex.kind.value} exercise is held: write hold_seconds = [min, max]",
    )
    if bundled:
        _check_complete(r, ex)


def _check_complete(r: _Reader, ex: Exercise) -> None:
    counts = (
        ("instructions", len(ex.instructions), BUNDLED_MIN_INSTRUCTIONS),
        ("cues", len(ex.cues), BUNDLED_MIN_CUES),
        ("faults", len(ex.faults), BUNDLED_MIN_FAULTS),
    )
    for name, count, least in counts:
        r.require(count >= least, name, f"has {count}; a bundled exercise needs at least {least}")
    r.require(
        ex.met is not None, "met", "is missing; a bundled exercise needs [met] with code and value"
    )
    r.require(
        ex.keyframes is not None,
        "keyframes",
        "is missing; a bundled exercise needs [keyframes.start] and [keyframes.end]",
    )


def exercise_to_mapping(ex: Exercise) -> dict[str, object]:
    """The exercise as plain data (JSON-ready; ``None`` where a value is absent)."""
    dosage = ex.dosage
    return {
        "id": ex.id,
        "name": ex.name,
        "aliases": list(ex.aliases),
        "kind": ex.kind.value,
        "pattern": ex.pattern.value,
        "unilateral": ex.unilateral,
        "primary_muscles": list(ex.primary_muscles),
        "secondary_muscles": list(ex.secondary_muscles),
        "regions": [region.value for region in Region if region in ex.regions],
        "equipment": list(ex.equipment),
        "level": ex.level.value,
        "dosage": {
            "sets": dosage.sets,
            "reps": None if dosage.reps is None else list(dosage.reps),
            "hold_seconds": None if dosage.hold_seconds is None else list(dosage.hold_seconds),
            "rest_seconds": dosage.rest_seconds,
            "times_per_day": dosage.times_per_day,
        },
        "instructions": list(ex.instructions),
        "cues": list(ex.cues),
        "faults": [{"fault": x.fault, "fix": x.fix} for x in ex.faults],
        "safety_tags": list(ex.safety_tags),
        "easier": list(ex.easier),
        "harder": list(ex.harder),
        "met": None if ex.met is None else {"code": ex.met.code, "value": ex.met.value},
        "keyframes": None if ex.keyframes is None else _keyframes_to_mapping(ex.keyframes),
        "source": {"name": ex.source.name, "licence": ex.source.licence, "url": ex.source.url},
    }


def _keyframes_to_mapping(keyframes: Keyframes) -> dict[str, object]:
    held, prop = keyframes.held, keyframes.prop
    return {
        "start": _pose_to_mapping(keyframes.start),
        "end": _pose_to_mapping(keyframes.end),
        "held": None if held is None else {"implement": held.implement.value, "at": held.at.value},
        "prop": None if prop is None else {"kind": prop.kind.value, "under": prop.under.value},
    }


def _pose_to_mapping(pose: Pose) -> dict[str, object]:
    return {
        "trunk": pose.trunk,
        "neck": pose.neck,
        "hip": list(pose.hip),
        "knee": list(pose.knee),
        "ankle": list(pose.ankle),
        "shoulder": list(pose.shoulder),
        "elbow": list(pose.elbow),
    }
