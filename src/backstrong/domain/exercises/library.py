"""The exercise library: every known exercise by id, its easier→harder families, its integrity."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.suggest import closest_names, did_you_mean

# The seed exercises: those the two starting articles describe for the lower back and hips
# (docs/sources.md#articles). They must exist, with the articles' dosage.
SEED_EXERCISE_IDS = (
    "squat",
    "good-morning",
    "deadlift",
    "glute-ham-raise",
    "bridge",
    "lower-back-rotational-stretch",
)
# The lower-back exercise article's doses (docs/sources.md#articles):
DEADLIFT_SETS = 3  # three sets of 10–15
DEADLIFT_REPS = (10, 15)
BRIDGE_REPS_INCLUDE = 15  # sets of 15
ROTATIONAL_STRETCH_HOLD_SECONDS = (5, 10)  # held five to ten seconds each side
ROTATIONAL_STRETCH_TIMES_PER_DAY = 3  # three times a day

# McGill, Low Back Disorders (docs/sources.md#dosage)
MCGILL_BIG_THREE = ("curl-up", "side-bridge", "bird-dog")
MCGILL_MAX_HOLD_SECONDS = 10  # McGill: short isometric holds of ≤ 10 s


class UnknownExercise(LookupError, ValueError):
    """No exercise has this id; the message lists the closest ids."""

    def __init__(self, exercise_id: str, suggestions: list[str]) -> None:
        hint = f" (closest: {', '.join(suggestions)})" if suggestions else ""
        super().__init__(f"exercise {exercise_id!r} is not in the library{hint}")
        self.exercise_id = exercise_id
        self.suggestions = suggestions


class DuplicateExercise(ValueError):
    def __init__(self, exercise_id: str) -> None:
        super().__init__(f"exercise id {exercise_id!r} appears twice; ids must be unique")
        self.exercise_id = exercise_id


class ExerciseLibrary:
    """An immutable set of exercises keyed by id, in the order given."""

    __slots__ = ("__weakref__", "_by_id", "_easier", "_harder")

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in by_id:
                raise DuplicateExercise(exercise.id)
            by_id[exercise.id] = exercise
        self._by_id: Mapping[str, Exercise] = MappingProxyType(by_id)
        self._easier, self._harder = _links(by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __repr__(self) -> str:
        return f"ExerciseLibrary({len(self)} exercises)"

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this id; raises :class:`UnknownExercise` naming the closest ids."""
        try:
            return self._by_id[exercise_id]
        except KeyError:
            raise UnknownExercise(exercise_id, closest_names(exercise_id, self._by_id)) from None

    def find(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def merged(self, extra: Iterable[Exercise]) -> ExerciseLibrary:
        """A new library with ``extra`` added; an extra entry replaces one with the same id."""
        by_id = dict(self._by_id)
        for exercise in extra:
            by_id[exercise.id] = exercise
        return ExerciseLibrary(by_id.values())

    # Families -----------------------------------------------------------------------------

    def easier_chain(self, exercise_id: str) -> tuple[Exercise, ...]:
        """Regressions of the exercise, nearest first (breadth-first where a family branches)."""
        return self._walk(exercise_id, self._easier)

    def harder_chain(self, exercise_id: str) -> tuple[Exercise, ...]:
        """Progressions of the exercise, nearest first (breadth-first where a family branches)."""
        return self._walk(exercise_id, self._harder)

    def progressions(self, exercise_id: str) -> tuple[Exercise, ...]:
        """The whole family ladder, easiest first: easier chain, the exercise, harder chain."""
        easier = self.easier_chain(exercise_id)
        return (*reversed(easier), self.get(exercise_id), *self.harder_chain(exercise_id))

    def _walk(self, exercise_id: str, links: Mapping[str, tuple[str, ...]]) -> tuple[Exercise, ...]:
        self.get(exercise_id)
        seen = {exercise_id}
        frontier = [exercise_id]
        found: list[Exercise] = []
        while frontier:
            following: list[str] = []
            for current in frontier:
                for other in links.get(current, ()):
                    if other not in seen and other in self._by_id:
                        seen.add(other)
                        following.append(other)
                        found.append(self._by_id[other])
            frontier = following
        return tuple(found)

    # Integrity ----------------------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Every problem with links, seeds and the McGill big three; empty when all is well."""
        return self.link_problems() + self.seed_problems()

    def link_problems(self) -> list[str]:
        """Dangling easier/harder links, contradictions and cycles."""
        return _dangling(self._by_id) + _contradictions(self._harder) + _cycles(self._harder)

    def seed_problems(self) -> list[str]:
        """Seed exercises and the McGill big three: present, with the dosage their sources give."""
        problems = [
            f"{seed}: seed exercise is missing from the library"
            for seed in (*SEED_EXERCISE_IDS, *MCGILL_BIG_THREE)
            if seed not in self._by_id
        ]
        return problems + _seed_dosage(self._by_id) + _mcgill_holds(self._by_id)


def _links(
    exercises: Iterable[Exercise],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Both directions of the easier→harder graph, joining what each side declares."""
    easier: dict[str, list[str]] = {}
    harder: dict[str, list[str]] = {}

    def add(low: str, high: str) -> None:
        if high not in harder.setdefault(low, []):
            harder[low].append(high)
        if low not in easier.setdefault(high, []):
            easier[high].append(low)

    for exercise in exercises:
        for other in exercise.harder:
            add(exercise.id, other)
        for other in exercise.easier:
            add(other, exercise.id)
    return (
        {k: tuple(v) for k, v in easier.items()},
        {k: tuple(v) for k, v in harder.items()},
    )


def _dangling(by_id: Mapping[str, Exercise]) -> list[str]:
    problems: list[str] = []
    for exercise in by_id.values():
        for link in ("easier", "harder"):
            for other in getattr(exercise, link):
                if other not in by_id:
                    hint = did_you_mean(other, by_id)
                    problems.append(f"{exercise.id}: {link} {other!r} is not in the library{hint}")
    return problems


def _contradictions(harder: Mapping[str, tuple[str, ...]]) -> list[str]:
    problems: list[str] = []
    for low, highs in harder.items():
        for high in highs:
            if low < high and low in harder.get(high, ()):
                problems.append(
                    f"{low}, {high}: each is linked as easier than the other; keep one direction"
                )
    return problems


def _cycles(harder: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Cycles of three or more (two-cycles are reported as contradictions), each once."""
    problems: list[str] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []
    reported: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in harder.get(node, ()):
            if state.get(nxt) == 1:
                loop = path[path.index(nxt) :]
                if len(loop) > 2 and frozenset(loop) not in reported:
                    reported.add(frozenset(loop))
                    chain = " → ".join([*loop, nxt])
                    problems.append(f"{nxt}: easier→harder links form a cycle: {chain}")
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(harder):
        if node not in state:
            visit(node)
    return problems


def _seed_dosage(by_id: Mapping[str, Exercise]) -> list[str]:
    problems: list[str] = []
    deadlift = by_id.get("deadlift")
    if deadlift and (deadlift.dosage.sets, deadlift.dosage.reps) != (DEADLIFT_SETS, DEADLIFT_REPS):
        found = f"{deadlift.dosage.sets} sets of {deadlift.dosage.reps}"
        problems.append(f"deadlift: the source's dosage is 3 sets of (10, 15) reps, not {found}")
    bridge = by_id.get("bridge")
    reps = bridge.dosage.reps if bridge else None
    if bridge and not (reps and reps[0] <= BRIDGE_REPS_INCLUDE <= reps[1]):
        problems.append(f"bridge: the source asks for sets of 15; reps {reps} must include 15")
    stretch = by_id.get("lower-back-rotational-stretch")
    expected = (ROTATIONAL_STRETCH_HOLD_SECONDS, ROTATIONAL_STRETCH_TIMES_PER_DAY)
    if stretch and (stretch.dosage.hold_seconds, stretch.dosage.times_per_day) != expected:
        found = f"{stretch.dosage.hold_seconds} and {stretch.dosage.times_per_day}"
        problems.append(
            "lower-back-rotational-stretch: the source's dosage is hold_seconds (5, 10) and "
            f"times_per_day 3, not {found}"
        )
    return problems


def _mcgill_holds(by_id: Mapping[str, Exercise]) -> list[str]:
    problems: list[str] = []
    for exercise_id in MCGILL_BIG_THREE:
        exercise = by_id.get(exercise_id)
        hold = exercise.dosage.hold_seconds if exercise else None
        if exercise and (hold is None or hold[1] > MCGILL_MAX_HOLD_SECONDS):
            problems.append(
                f"{exercise_id}: McGill big three are held for at most "
                f"{MCGILL_MAX_HOLD_SECONDS} s; hold_seconds is {hold}"
            )
    return problems
