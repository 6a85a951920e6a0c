"""Quality harness: random intakes against the compact library, checked for what a person relies
on — nothing unavailable or excluded, nothing over time, volume inside the band, every slot
filled (or a warning says why), the same plan for the same intake."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from programs_builders import library

from backstrong.domain.exercises.vocabulary import EQUIPMENT, REGION_LAY_NAMES, SENSITIVITY_TAGS
from backstrong.domain.programs.dosage import BANDED_REGIONS, counted_sets, volume_band
from backstrong.domain.programs.equipment import PRESETS
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.intake import Experience, Goal, Intake, PainDuration, Sensitivity
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.safety import (
    GENTLE_EXCLUDED_TAGS,
    exclusion,
    is_heavy_hinge,
    rules_for,
)
from backstrong.domain.programs.slots import (
    REQUIRED_SLOTS,
    SLOT_LAY_NAMES,
    consecutive_sessions,
    slot_of,
)

LIB = library()
BY_ID = {e.id: e for e in LIB}
QUICK = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def intakes(draw: st.DrawFn) -> Intake:
    pain = draw(st.integers(0, 10))
    equipment = draw(
        st.one_of(
            st.sampled_from(sorted(PRESETS)).map(lambda p: (p,)),
            st.lists(st.sampled_from(sorted(EQUIPMENT)), max_size=6, unique=True).map(tuple),
        )
    )
    return Intake(
        age=draw(st.integers(16, 90)),
        experience=draw(st.sampled_from(Experience)),
        goal=draw(st.sampled_from(Goal)),
        equipment=equipment,
        days_per_week=draw(st.integers(1, 6)),
        minutes_per_session=draw(st.integers(15, 120)),
        pain=pain,
        pain_duration=draw(st.sampled_from(PainDuration)) if pain else None,
        sensitivities=draw(st.frozensets(st.sampled_from(Sensitivity))),
        favourites=tuple(draw(st.lists(st.sampled_from(sorted(BY_ID)), max_size=3, unique=True))),
        weeks=draw(st.integers(4, 16)),
    )


def plan_for(intake: Intake) -> Plan:
    plan = generate_plan(intake, LIB)
    assert isinstance(plan, Plan)
    return plan


def items(plan: Plan):
    for week in plan.weeks:
        for session in week.sessions:
            for item in session.exercises:
                yield week, session, BY_ID[item.exercise_id]


@QUICK
@given(intakes())
def test_never_an_unavailable_or_excluded_exercise(intake):
    plan = plan_for(intake)
    available = intake.available_equipment
    banned = {t for s in intake.sensitivities for t in SENSITIVITY_TAGS[s.value]}
    for week, _, exercise in items(plan):
        assert set(exercise.equipment) <= available
        assert not banned & set(exercise.safety_tags)
        if week.phase.value == "gentle":
            assert not GENTLE_EXCLUDED_TAGS & set(exercise.safety_tags)
        assert exclusion(exercise, rules_for(intake, week.phase)) is None
    for daily in plan.daily_mobility:
        assert set(BY_ID[daily.exercise_id].equipment) <= available
        assert not banned & set(BY_ID[daily.exercise_id].safety_tags)


@QUICK
@given(intakes())
def test_never_over_the_time_budget_and_never_heavy_hinges_on_consecutive_days(intake):
    plan = plan_for(intake)
    pairs = consecutive_sessions(intake.days_per_week)
    for week in plan.weeks:
        assert all(s.estimated_minutes <= intake.minutes_per_session for s in week.sessions)
        heavy = [
            any(is_heavy_hinge(BY_ID[e.exercise_id]) for e in s.exercises) for s in week.sessions
        ]
        assert not any(heavy[a] and heavy[b] for a, b in pairs)


@QUICK
@given(intakes())
def test_weekly_volume_stays_in_the_band_or_a_warning_says_why(intake):
    plan = plan_for(intake)
    for week in plan.weeks:
        if week.deload:
            continue
        low, high = volume_band(intake.experience, week.phase)
        for region in BANDED_REGIONS:
            sets = sum(
                counted_sets(BY_ID[e.exercise_id], e.sets)
                for s in week.sessions
                for e in s.exercises
                if region in BY_ID[e.exercise_id].primary_regions
            )
            assert sets <= high
            if sets < low:
                assert any(REGION_LAY_NAMES[region] in w for w in plan.warnings)


@QUICK
@given(intakes())
def test_every_slot_is_filled_when_an_exercise_fits_or_a_warning_says_why(intake):
    plan = plan_for(intake)
    for week in plan.weeks:
        placed = {slot_of(BY_ID[e.exercise_id]) for s in week.sessions for e in s.exercises}
        rules = rules_for(intake, week.phase)
        possible = {slot_of(e) for e in LIB if exclusion(e, rules) is None}
        for slot in REQUIRED_SLOTS:
            if slot in possible and slot not in placed:
                assert any(SLOT_LAY_NAMES[slot] in w for w in plan.warnings)


@settings(max_examples=30, deadline=None)
@given(intakes().filter(lambda i: i.minutes_per_session >= 45 and i.days_per_week >= 3))
def test_with_time_to_spare_every_slot_that_can_be_filled_is_filled(intake):
    plan = plan_for(intake)
    for week in plan.weeks:
        placed = {slot_of(BY_ID[e.exercise_id]) for s in week.sessions for e in s.exercises}
        rules = rules_for(intake, week.phase)
        possible = {slot_of(e) for e in LIB if exclusion(e, rules) is None}
        assert set(REQUIRED_SLOTS) & possible <= placed


@settings(max_examples=10, deadline=None)
@given(intakes())
def test_the_same_intake_always_gives_the_same_plan(intake):
    assert plan_for(intake).to_dict() == plan_for(intake).to_dict()
