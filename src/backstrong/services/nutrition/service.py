"""NutritionService: the nutrition use cases, each taking the acting person first. The calorie
calculator, each person's profile and target, the foods they can search (the bundled shelf plus
their own, indexed once each), the food diary with the day's training energy, and barcode
look-ups at Open Food Facts (cached for everyone)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import BinaryIO

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.logged_dates import check_logged_day
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.diary_import import DiaryImportPlan
from backstrong.domain.nutrition.energy import CalorieTarget
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.recipes import Recipe
from backstrong.services.clock import Clock
from backstrong.services.nutrition import diary, diary_import, profile, quick, recipes
from backstrong.services.nutrition.diary import DaySummary, EntryNotFound
from backstrong.services.nutrition.diary_import import DiaryFileReader
from backstrong.services.nutrition.foods import (
    FoodImportReport,
    FoodIndexCache,
    FoodIndexes,
    FoundFood,
    add_foods,
    delete_food,
    find,
    save_food,
    usage_of,
)
from backstrong.services.nutrition.open_food_facts import BarcodeProduct, look_up, product_entry
from backstrong.services.nutrition.profile import DatedProfile, MissingFields, TargetRequest
from backstrong.services.nutrition.training_energy import TrainingDay, training_day
from backstrong.services.ports.nutrition import ExerciseLibraries, FoodFileReader, LoggedEntry
from backstrong.services.ports.open_food_facts import ProductLookup
from backstrong.services.unit_of_work import UowFactory, delete_or_raise, fetch_or_raise

SEARCH_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Eaten:
    """A logged diary entry, and the Open Food Facts product when it was logged by barcode."""

    logged: LoggedEntry
    product: BarcodeProduct | None = None


class NutritionService:
    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        *,
        bundled_foods: Callable[[], Iterable[Food]],
        food_indexes: FoodIndexCache,
        products: ProductLookup,
        exercises: ExerciseLibraries,
        read_food_file: FoodFileReader,
        read_diary_file: DiaryFileReader | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._foods = FoodIndexes(bundled_foods, food_indexes)
        self._products = products
        self._exercises = exercises
        self._read_food_file = read_food_file
        self._read_diary_file = read_diary_file

    # --- the calculator, the profile and the target ----------------------------------------

    def calculate_target(self, user: User | None, request: TargetRequest) -> CalorieTarget:
        """The calorie target for what was typed; when a person field is left out and ``user``
        is given, their profile and latest weigh-in fill the gaps (MissingFields names those
        they cannot fill)."""
        if user is not None and request.gaps():
            request = request.filled_from(self.profile_defaults(user))
            if request.gaps():
                raise MissingFields(request.gaps())
        return profile.calculate_target(request)

    def profile(self, user: User) -> DatedProfile | None:
        """The person's profile (None until they set one), with their today for its age."""
        with self._uow() as uow:
            known = uow.nutrition_profiles.get(user.id)
        return None if known is None else DatedProfile(known, self._clock.today(user))

    def update_profile(self, user: User, changes: Mapping[str, object]) -> DatedProfile:
        """Set the given fields (text as people type it); the first time, sex, age or birth
        year, height and activity are required. Nothing is stored when any field is wrong."""
        today = self._clock.today(user)
        with self._uow() as uow:
            current = uow.nutrition_profiles.get(user.id)
            changed = profile.changed_profile(current, changes, today)
            uow.nutrition_profiles.save(user.id, changed)
            uow.commit()
        return DatedProfile(changed, today)

    def profile_defaults(self, user: User | None) -> dict[str, str]:
        """The profile and latest weigh-in as text, to fill what a form or command leaves out
        ("" where nothing is known; all "" without a person)."""
        if user is None:
            return profile.defaults_text(None, None, self._clock.today(None))
        with self._uow() as uow:
            known = uow.nutrition_profiles.get(user.id)
            latest = uow.weight_entries.latest(user.id)
        return profile.defaults_text(known, latest, self._clock.today(user))

    def target(self, user: User, on: date | None = None) -> CalorieTarget:
        """The person's target on ``on`` (their today): their profile with their latest
        weigh-in. Raises MissingProfile saying what is still needed."""
        return diary.target_on(self._uow(), user, on or self._clock.today(user))

    # --- foods ------------------------------------------------------------------------------

    def food_index(self, user: User | None) -> FoodIndex:
        """The bundled foods plus the person's own (theirs only), indexed for search."""
        return self._foods.index_for(self._uow(), user)

    def search_foods(self, user: User | None, text: str, limit: int = SEARCH_LIMIT) -> list[Food]:
        return [found.food for found in self.find_foods(user, text, limit)]

    def find_foods(
        self, user: User | None, text: str, limit: int = SEARCH_LIMIT
    ) -> list[FoundFood]:
        """Search as people type: every food they can log (bundled, imported, their own, cached
        barcodes), their recent and frequent foods first; "" lists those foods alone."""
        today = self._clock.today(user)
        usage = usage_of(self._uow(), user, today)
        return find(self.food_index(user), text, limit, usage, today)

    def add_food(self, user: User, fields: Mapping[str, str]) -> Food:
        """A food of the person's own from what they typed (name, kcal, protein_g, fat_g,
        carbohydrate_g, fiber_g per 100 g; optionally portion and portion_g)."""
        return save_food(self._uow(), user, fields, None)

    def change_food(self, user: User, food_id: str, fields: Mapping[str, str]) -> Food:
        """Replace one of the person's own foods (same id); entries already logged keep what
        they were logged with. FoodNotFound for another person's or a bundled food."""
        return save_food(self._uow(), user, fields, food_id)

    def delete_food(self, user: User, food_id: str) -> None:
        delete_food(self._uow(), user, food_id)

    # --- recipes ----------------------------------------------------------------------------

    def recipes(self, user: User, limit: int = 50, offset: int = 0) -> tuple[list[Recipe], int]:
        """One page of the person's recipes by name, and how many there are."""
        with self._uow() as uow:
            return uow.recipes.page(user.id, limit, offset)

    def recipe(self, user: User, food_id: str) -> Recipe:
        return recipes.recipe_of(self._uow(), user, food_id)

    def save_recipe(
        self,
        user: User,
        name: str,
        servings: float | str,
        items: Sequence[str],
        food_id: str | None = None,
    ) -> Recipe:
        """A recipe or meal of the person's own ("80 g oats", "250 ml milk" … for 2 servings),
        new or replacing ``food_id``'s; searched and logged as a food by the serving."""
        index = self.food_index(user)
        return recipes.save_recipe(self._uow(), index, user, name, servings, items, food_id)

    def delete_recipe(self, user: User, food_id: str) -> None:
        recipes.delete_recipe(self._uow(), user, food_id)

    def import_foods(self, user: User, foods: Sequence[Food]) -> FoodImportReport:
        """Store foods in one transaction; ids the person already has are left alone, so
        importing the same file again adds nothing."""
        return add_foods(self._uow(), user, foods)

    def import_food_file(self, user: User, path: Path) -> FoodImportReport:
        """Read a USDA download at ``path`` (CSV folder, JSON file or flat SR28 CSV) and import
        it: all or nothing."""
        read = self._read_food_file(path)
        report = add_foods(self._uow(), user, read.foods)
        return FoodImportReport(
            report.added, report.already_there, report.total_foods, read.skipped, read.warnings
        )

    # --- the diary --------------------------------------------------------------------------

    def eat(
        self,
        user: User,
        text: str | None = None,
        *,
        barcode: str | None = None,
        grams: float | None = None,
        meal: str | None = None,
        day: date | None = None,
        food_id: str | None = None,
        portion: str | None = None,
        quantity: float = 1.0,
    ) -> Eaten:
        """Log ``text`` ("2 eggs", "150 g chicken breast"), or a packaged food by ``barcode``
        (``grams``, or an amount in ``text``: "2 servings"; one serving when neither is given),
        to ``meal`` (by the person's clock when not named) on ``day`` (their today); or a food
        picked from search by ``food_id``, with ``grams`` or ``quantity`` of its ``portion``."""
        chosen = diary.meal_for(meal, self._clock.local_now(user).time())
        on = self._logged_day(user, day)
        if food_id is not None:
            product, entry = None, diary.chosen_entry(
                self.food_index(user), food_id, on, chosen,
                grams=grams, portion=portion, quantity=quantity,
            )  # fmt: skip
        elif barcode is not None:
            product = self.look_up_barcode(user, barcode)
            entry = product_entry(product, on, chosen, amount=text, grams=grams)
        else:
            if not (text or "").strip():
                raise InvalidInput("text", "", "say what you ate, e.g. '2 eggs', or give a barcode")
            if grams is not None:
                raise InvalidInput("grams", grams, "only with a barcode; write it in the text")
            product, entry = None, diary.read_entry(text or "", self.food_index(user), on, chosen)
        with self._uow() as uow:
            logged = uow.diary_entries.add(user.id, entry)
            uow.commit()
        return Eaten(logged, product)

    def eat_line(
        self, user: User, text: str, *, meal: str | None = None, day: date | None = None
    ) -> list[LoggedEntry]:
        """Log every food a line names ("2 eggs, 1 coffee with milk") to ``meal`` on ``day``,
        all in one go. When a part names no food, nothing is stored and UnmatchedFoods carries
        each part with the closest foods to pick from."""
        chosen = diary.meal_for(meal, self._clock.local_now(user).time())
        on = self._logged_day(user, day)
        entries = diary.read_entries(text, self.food_index(user), on, chosen)
        with self._uow() as uow:
            logged = [uow.diary_entries.add(user.id, entry) for entry in entries]
            uow.commit()
        return logged

    def quick_add(
        self,
        user: User,
        kcal: float | None,
        *,
        protein_g: float | None = None,
        fat_g: float | None = None,
        carbohydrate_g: float | None = None,
        label: str = "",
        meal: str | None = None,
        day: date | None = None,
    ) -> LoggedEntry:
        """Log calories without a food (macros and a label if the person has them)."""
        chosen = diary.meal_for(meal, self._clock.local_now(user).time())
        entry = quick.quick_entry(
            self._logged_day(user, day), chosen, kcal, protein_g=protein_g, fat_g=fat_g,
            carbohydrate_g=carbohydrate_g, label=label,
        )  # fmt: skip
        with self._uow() as uow:
            logged = uow.diary_entries.add(user.id, entry)
            uow.commit()
        return logged

    def preview_diary_import(
        self,
        user: User,
        data: bytes | BinaryIO,
        fmt: str | None = None,
        *,
        skip_invalid: bool = False,
    ) -> DiaryImportPlan:
        """What importing the diary file (bytes, or a seekable binary file: the entrypoint
        checked its size) would add and skip (nothing is stored). Raises FieldError for an
        unknown layout, DiaryImportRejected for unreadable rows unless ``skip_invalid``."""
        assert self._read_diary_file is not None, "built without a diary file reader"
        parsed = self._read_diary_file(data, fmt)
        return diary_import.plan(self._uow(), user, parsed, skip_invalid)

    def import_diary(
        self,
        user: User,
        data: bytes | BinaryIO,
        fmt: str | None = None,
        *,
        skip_invalid: bool = False,
    ) -> DiaryImportPlan:
        """Import the file's meals, all or nothing; a meal of a day that already holds an
        imported meal is skipped, so importing the same file again adds nothing."""
        planned = self.preview_diary_import(user, data, fmt, skip_invalid=skip_invalid)
        return diary_import.apply(self._uow(), user, planned)

    def copy_entries(
        self,
        user: User,
        source: date,
        *,
        day: date | None = None,
        meal: str | None = None,
        to_meal: str | None = None,
    ) -> list[LoggedEntry]:
        """Log ``source``'s food again on ``day`` (the person's today): the whole day, or only
        ``meal`` (into ``to_meal`` when given). All or nothing."""

        def meal_named(value: str | None) -> Meal | None:
            return diary.meal_for(value, time()) if value else None

        return quick.copy_entries(
            self._uow(), user, source, self._logged_day(user, day),
            meal=meal_named(meal), to_meal=meal_named(to_meal),
        )  # fmt: skip

    def _logged_day(self, user: User, day: date | None) -> date:
        """``day`` (the person's today when not given) if food can be logged on it."""
        today = self._clock.today(user)
        return today if day is None else check_logged_day("date", day, today)

    def entries(self, user: User, day: date | None = None) -> list[LoggedEntry]:
        """The person's entries of ``day`` (their today when not given)."""
        with self._uow() as uow:
            return uow.diary_entries.for_day(user.id, day or self._clock.today(user))

    def entry(self, user: User, entry_id: int) -> LoggedEntry:
        return fetch_or_raise(
            self._uow(),
            lambda uow: uow.diary_entries.get(user.id, entry_id),
            EntryNotFound(entry_id),
        )

    def change_entry(
        self,
        user: User,
        entry_id: int,
        *,
        meal: str | None = None,
        grams: float | None = None,
        day: date | None = None,
    ) -> LoggedEntry:
        """Move an entry to another meal or day, or change its weight (nutrients scale)."""
        if day is not None:
            self._logged_day(user, day)
        chosen = diary.meal_for(meal, time()) if meal else None
        with self._uow() as uow:
            logged = uow.diary_entries.get(user.id, entry_id)
            if logged is None:
                raise EntryNotFound(entry_id)
            changed = diary.changed_entry(logged.entry, chosen, grams, day)
            stored = uow.diary_entries.replace(user.id, entry_id, changed)
            uow.commit()
        assert stored is not None  # the row was read in the same transaction
        return stored

    def delete_entry(self, user: User, entry_id: int) -> None:
        delete_or_raise(
            self._uow(),
            lambda uow: uow.diary_entries.delete(user.id, entry_id),
            EntryNotFound(entry_id),
        )

    def mark_day(self, user: User, day: date | None, complete: bool | None) -> DaySummary:
        """Say whether ``day``'s food log is complete (None: let Backstrong decide again);
        returns the day as it now stands."""
        on = self._logged_day(user, day)
        with self._uow() as uow:
            uow.diary_days.mark(user.id, on, complete)
            uow.commit()
        return self.day(user, on)

    def day(self, user: User, day: date | None = None) -> DaySummary:
        """``day``'s food by meal (the person's today when not given), totals against the
        target with the day's training energy, and whether the day's log is complete."""
        now = self._clock.local_now(user)
        on = day or now.date()
        summary = diary.summarise_day(
            self._uow(), user, on, now.date(), training=self.training_day(user, on)
        )
        return replace(summary, suggested_meal=diary.meal_for(None, now.time()))

    def training_day(self, user: User, day: date) -> TrainingDay:
        """The energy of the person's logged training on ``day``: per session, MET × weight ×
        minutes, gross and net of rest (the exercise library is read only when there are sets)."""

        def library() -> ExerciseLibrary:
            return self._exercises.library_for(user)

        return training_day(self._uow(), user, day, library, self._clock.zone(user))

    # --- barcodes ---------------------------------------------------------------------------

    def look_up_barcode(self, user: User | None, barcode: str) -> BarcodeProduct:
        """The product of a barcode: cached when fresh, else asked at Open Food Facts and cached
        for everyone. Raises InvalidInput (bad barcode), ProductNotFound, ProductUnavailable
        (offline and not cached) or UnusableProduct (known, but without energy per 100 g)."""
        return look_up(self._uow(), self._products, barcode, self._clock.now())
