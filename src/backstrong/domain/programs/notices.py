"""The plan's warnings: what could not be met, and why, in words a person can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES
from backstrong.domain.programs.dosage import RECOMMENDED_DAYS
from backstrong.domain.programs.intake import GENTLE_START_PAIN, Intake
from backstrong.domain.programs.phases import Phase, WeekFrame
from backstrong.domain.programs.safety import exclusion, rules_for
from backstrong.domain.programs.slots import REQUIRED_SLOTS, SLOT_LAY_NAMES, slot_of
from backstrong.domain.programs.solver import Problem, Solution
from backstrong.domain.programs.time_budget import WARM_UP_SECONDS


class IntakeNotices:
    """Warnings that follow from the intake alone."""

    def __init__(
        self, intake: Intake, catalogue: Mapping[str, Exercise], frames: Sequence[WeekFrame]
    ) -> None:
        self._intake, self._catalogue, self._frames = intake, catalogue, frames

    def messages(self) -> tuple[str, ...]:
        out = [*self._days(), *self._pain(), *self._favourites()]
        return tuple(out)

    def _days(self) -> list[str]:
        low, high = RECOMMENDED_DAYS[self._intake.experience]
        days = self._intake.days_per_week
        if low <= days <= high:
            return []
        side = "more" if days > high else "fewer"
        return [
            f"{days} training days a week is {side} than ACSM suggests for "
            f"{_a(self._intake.experience.value)} ({low}–{high}); watch how your back recovers."
        ]

    def _pain(self) -> list[str]:
        intake, out = self._intake, []
        gentle = sum(1 for f in self._frames if f.phase is Phase.GENTLE)
        if intake.starts_gently and not intake.starts_gently_for_pain:
            out.append(
                f"A birth {intake.weeks_since_birth} weeks ago calls for a gentle start: the first "
                f"{gentle} weeks hold walking, mobility and light motor-control work, with no "
                "added weight on hinges, squats or carries until after your postnatal check."
            )
        elif intake.starts_gently:
            out.append(
                f"Your pain ({intake.pain}/10) calls for a gentle start: the first {gentle} weeks "
                "hold walking, mobility and light motor-control work, with no added weight on "
                "hinges, squats or carries. Weight comes back when your logged pain allows it, "
                "not by the calendar."
            )
        if intake.pain >= GENTLE_START_PAIN:
            out.append(
                "Pain this strong deserves a clinician's view if it does not ease within a few "
                "weeks; keep every movement within a comfortable range."
            )
        return out

    def _favourites(self) -> list[str]:
        out = []
        phases = list(dict.fromkeys(f.phase for f in self._frames))
        for fav in self._intake.favourites:
            exercise = self._catalogue.get(fav)
            if exercise is None:
                out.append(f"Favourite '{fav}' is not in the exercise library, so it is left out.")
                continue
            reasons = [exclusion(exercise, rules_for(self._intake, p)) for p in phases]
            if all(r is not None for r in reasons):
                out.append(f"Favourite '{exercise.name}' is left out: {reasons[-1]}.")
        return out


class PhaseNotices:
    """Warnings gathered while the phases are solved, merged across phases that share them."""

    def __init__(self, intake: Intake) -> None:
        self._intake = intake
        self._seen: dict[str, list[Phase]] = {}

    def record(
        self, phase: Phase, eligible: Sequence[Exercise], problem: Problem, solution: Solution
    ) -> None:
        chosen = [i for session in solution.sessions for i in session]
        by_id = {c.key: c for c in problem.candidates}
        placed = {by_id[i].slot for i in chosen}
        possible = {slot_of(e) for e in eligible}
        for slot in REQUIRED_SLOTS:
            name = SLOT_LAY_NAMES[slot]
            if slot not in possible:
                self._add(f"No {name} exercise fits {self._limits()}", phase)
            elif slot not in placed:
                self._add(f"There is no room for a {name} exercise {self._time()}", phase)
        for region, (low, high) in problem.bands.items():
            sets = sum(by_id[i].sets for i in chosen if region in by_id[i].regions)
            if sets < low:
                self._add(
                    f"The week holds {sets} sets for the {REGION_LAY_NAMES[region]}, under the "
                    f"{low}–{high} band for {_a(self._intake.experience.value)}: the time and "
                    f"{self._limits()} limit it",
                    phase,
                )
        for index, session in enumerate(solution.sessions):
            if not session:
                self._add(f"Session {index + 1} is left empty {self._time()}", phase)

    def messages(self) -> tuple[str, ...]:
        out = []
        for text, phases in self._seen.items():
            names = [p.value for p in phases]
            where = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            plural = "phase" if len(names) == 1 else "phases"
            out.append(f"{text} (in the {where} {plural}).")
        return tuple(out)

    def _limits(self) -> str:
        """What rules exercises out for this person: 'your equipment, level and pregnancy'."""
        intake = self._intake
        parts = ["equipment", "level"]
        if intake.sensitivities:
            parts.append("sensitivities")
        if not intake.floor:
            parts.append("choice to stay off the floor")
        if intake.pregnancy_weeks is not None:
            parts.append("pregnancy")
        if intake.weeks_since_birth is not None:
            parts.append("recent birth")
        if intake.osteoporosis:
            parts.append("osteoporosis")
        return f"your {', '.join(parts[:-1])} and {parts[-1]}"

    def _time(self) -> str:
        minutes = self._intake.minutes_per_session
        warm_up = WARM_UP_SECONDS // 60
        return (
            f"in {minutes}-minute sessions ({warm_up} go to the warm-up) on "
            f"{self._intake.days_per_week} days at this dosage"
        )

    def _add(self, text: str, phase: Phase) -> None:
        phases = self._seen.setdefault(text, [])
        if phase not in phases:
            phases.append(phase)


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"
