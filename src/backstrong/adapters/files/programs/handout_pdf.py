"""A printable home-exercise handout, as physiotherapists give out: one week of the plan, each
exercise with its picture (start and end), dose, steps and cues, plus the pain rule and the
disclaimer on every page. Built with reportlab's platypus; fonts are the Vera family shipped
with reportlab, so the PDF looks the same on every server."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas as PdfCanvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from backstrong.adapters.files.programs.handout_figures import exercise_drawing
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.describe import (
    daily_text,
    phase_name,
    prescribed_text,
    session_title,
)
from backstrong.domain.programs.pain import ACCEPTABLE_MAX, PAIN_RULE_NOTE, SAFE_MAX
from backstrong.domain.programs.plan import Plan, PrescribedExercise, Week
from backstrong.domain.programs.safety import DISCLAIMER

MARGIN = 16 * mm
FIGURE_WIDTH_PT = 230.0
FONT, BOLD = "Vera", "VeraBd"
ACCENT = colors.HexColor("#0f5f4c")
SOFT = colors.HexColor("#e2f0eb")
RULE = colors.HexColor("#cfd6d2")
FOOTER = (
    "Backstrong coaches exercise; it does not diagnose or treat.",
    "Stop and seek care if pain spreads down a leg or comes with numbness, weakness or bladder "
    "changes.",
)
# Characters the Vera fonts lack, spelled with ones they have.
_FALLBACKS = {"→": "->", "←": "<-", "≈": "~"}


def _fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        "name": ParagraphStyle("name", parent=base, fontName=BOLD, fontSize=11.5, leading=14),
        "dose": ParagraphStyle("dose", parent=base, fontName=BOLD, textColor=ACCENT),
    }


def _text(value: str) -> str:
    """Escaped for Paragraph markup, with characters the font lacks spelled out."""
    for char, spelled in _FALLBACKS.items():
        value = value.replace(char, spelled)
    return escape(value)


def render_handout_pdf(plan: Plan, library: ExerciseLibrary, week_number: int) -> bytes:
    """The handout for week ``week_number`` (1-based) of ``plan``, as PDF bytes."""
    _fonts()
    styles = _styles()
    week = plan.weeks[week_number - 1]
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=f"Backstrong: your exercises for week {week.number}",
        author="Backstrong",
        subject=DISCLAIMER,
    )
    story: list[Flowable] = []
    story += _opening(plan, week, styles)
    story += _sessions(week, library, styles, doc.width)
    story += _daily(plan, library, styles)
    story += _exercises(week, library, styles, doc.width)
    doc.build(story, onFirstPage=_footer(), onLaterPages=_footer())
    return buffer.getvalue()


def _opening(plan: Plan, week: Week, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    i = plan.intake
    deload = " A lighter (deload) week: fewer sets, same weights." if week.deload else ""
    about = (
        f"{phase_name(week.phase)}, week {week.number} of {len(plan.weeks)}.{deload} "
        f"{i.days_per_week} sessions a week of about {i.minutes_per_session} minutes; "
        "leave a day between sessions when you can."
    )
    pain = (
        f"Pain while you exercise: up to {SAFE_MAX}/10 is fine; up to {ACCEPTABLE_MAX}/10 is "
        "acceptable if it has settled by the next morning. More than that, or worse the next "
        f"morning: do less next time ({PAIN_RULE_NOTE})."
    )
    # Check-ups the plan suggests (a midwife's word in pregnancy, say) sit with the disclaimer.
    boxed = [DISCLAIMER, *(r.advice for r in plan.reviews)]
    box = Table(
        [[Paragraph(_text(text), styles["body"])] for text in boxed],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    walking = []
    if week.walking is not None:
        walk = week.walking.reason  # the minutes, days, pace and why, in one sentence
        walking = [Spacer(1, 4), Paragraph(_text(walk), styles["body"])]
    return [
        Paragraph(f"Your exercises for week {week.number}", styles["title"]),
        Spacer(1, 4),
        Paragraph(_text(about), styles["body"]),
        *walking,
        Spacer(1, 6),
        box,
        Spacer(1, 6),
        Paragraph(_text(pain), styles["small"]),
        # What the plan leaves out and why, with the signs to stop in pregnancy.
        *(Paragraph(_text(note), styles["small"]) for note in plan.notes),
    ]


def _name(library: ExerciseLibrary, exercise_id: str) -> str:
    found = library.find(exercise_id)
    return exercise_id if found is None else found.name


def _dose(library: ExerciseLibrary, item: PrescribedExercise) -> str:
    found = library.find(item.exercise_id)
    return prescribed_text(item, bool(found and found.unilateral))


def _sessions(
    week: Week, library: ExerciseLibrary, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Your sessions", styles["h2"])]
    for session in week.sessions:
        rows = [
            [
                Paragraph(
                    f"{_text(session_title(week.number, session.index))} · about "
                    f"{session.estimated_minutes} min",
                    styles["name"],
                ),
                "",
            ]
        ]
        for item in session.exercises:
            rows.append(
                [
                    Paragraph(_text(_name(library, item.exercise_id)), styles["body"]),
                    Paragraph(_text(_dose(library, item)), styles["body"]),
                ]
            )
        table = Table(rows, colWidths=[width * 0.42, width * 0.58])
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        out += [KeepTogether([table]), Spacer(1, 6)]
    return out


def _daily(
    plan: Plan, library: ExerciseLibrary, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if not plan.daily_mobility:
        return []
    out: list[Flowable] = [Paragraph("Every day, apart from the sessions", styles["h2"])]
    for item in plan.daily_mobility:
        found = library.find(item.exercise_id)
        dose = daily_text(item, bool(found and found.unilateral))
        line = f"<b>{_text(_name(library, item.exercise_id))}</b>: {_text(dose)}"
        out.append(Paragraph(line, styles["body"]))
    return out


def _exercises(
    week: Week, library: ExerciseLibrary, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """One card per exercise of the week (each once), in the order they first appear."""
    doses: dict[str, list[str]] = {}
    for session in week.sessions:
        for item in session.exercises:
            label = f"Session {session.index + 1}: {_dose(library, item)}"
            doses.setdefault(item.exercise_id, []).append(label)
    out: list[Flowable] = [PageBreak(), Paragraph("How to do each exercise", styles["h2"])]
    for exercise_id, lines in doses.items():
        exercise = library.find(exercise_id)
        if exercise is not None:
            out += [_card(exercise, _merged(lines), styles, width), Spacer(1, 8)]
    return out


def _merged(lines: list[str]) -> list[str]:
    """'Session 1: 2 × 10' twice with the same dose → 'Sessions 1, 3: …'."""
    by_dose: dict[str, list[str]] = {}
    for line in lines:
        session, dose = line.split(": ", 1)
        by_dose.setdefault(dose, []).append(session.removeprefix("Session "))
    return [
        f"Session{'s' if len(n) > 1 else ''} {', '.join(n)}: {dose}" for dose, n in by_dose.items()
    ]


def _card(
    exercise: Exercise, doses: list[str], styles: dict[str, ParagraphStyle], width: float
) -> Flowable:
    text: list[Flowable] = [Paragraph(_text(exercise.name), styles["name"])]
    text += [Paragraph(_text(d), styles["dose"]) for d in doses]
    if exercise.instructions:
        text.append(_list(exercise.instructions, styles["body"], numbered=True))
    if exercise.cues:
        text.append(Paragraph("<b>Cues</b>", styles["body"]))
        text.append(_list(exercise.cues, styles["body"], numbered=False))
    figure = exercise_drawing(exercise, FIGURE_WIDTH_PT)
    table = Table([[figure, text]], colWidths=[FIGURE_WIDTH_PT + 8, width - FIGURE_WIDTH_PT - 8])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([table])


def _list(items: tuple[str, ...], style: ParagraphStyle, *, numbered: bool) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(_text(item), style), leftIndent=12) for item in items],
        bulletType="1" if numbered else "bullet",
        bulletFontName=FONT,
        bulletFontSize=8.5 if numbered else 9,
        leftIndent=12,
        start=None if numbered else "•",
    )


def _footer() -> Callable[[PdfCanvas, SimpleDocTemplate], None]:
    def draw(canvas: PdfCanvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#4d5a54"))
        canvas.drawString(MARGIN, MARGIN * 0.75, FOOTER[0])
        canvas.drawString(MARGIN, MARGIN * 0.75 - 9.5, FOOTER[1])
        canvas.drawRightString(A4[0] - MARGIN, MARGIN * 0.75, f"Page {doc.page}")
        canvas.restoreState()

    return draw
