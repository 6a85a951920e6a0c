"""The plan's printable handout (PDF) and calendar (iCalendar) behind one object, so the
programs service asks for bytes and never imports reportlab or icalendar (loaded on first use)."""

from __future__ import annotations

from datetime import date, datetime

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.plan import Plan


class PlanFiles:
    def handout_pdf(self, plan: Plan, library: ExerciseLibrary, week: int) -> bytes:
        from backstrong.adapters.files.programs.handout_pdf import render_handout_pdf

        return render_handout_pdf(plan, library, week)

    def calendar_ics(
        self, plan: Plan, library: ExerciseLibrary, start: date, now: datetime
    ) -> bytes:
        from backstrong.adapters.files.programs.calendar_ics import render_plan_ics

        return render_plan_ics(plan, library, start, now=now)
