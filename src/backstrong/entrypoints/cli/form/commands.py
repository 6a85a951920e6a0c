"""`backstrong form`: check a set's form from a video (optional extra) or a landmarks file, list
kept checks, mark a reference rep, and the per-exercise trend.

Exit codes of `form check`: 0 checked (whatever the verdict); 2 a refused value (a landmarks file
breaking pose-landmarks/v1, an unknown exercise, an unreadable video); 3 nobody was found in any
frame; 4 the video extra is not installed. The landmarks format: docs/form-landmarks.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

EXIT_NOBODY = 3
EXIT_NO_VIDEO_EXTRA = 4
EXERCISE_HELP = "squat, hinge, good-morning, deadlift, romanian-deadlift or bridge."

app = typer.Typer(help="Form checks: count and judge reps from a video or landmarks file.")


def _read_landmarks(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"landmarks '{path}': cannot be read ({exc.strerror})")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        fail(f"landmarks '{path}': not JSON ({exc}); expected a pose-landmarks/v1 file")


def _from_video(video: Path, save_landmarks: Path | None) -> Any:
    from rich.markup import escape

    from backstrong.adapters.video.form_landmarks import (
        VideoExtraMissing,
        VideoUnreadable,
        landmarks_from_video,
    )

    if not video.is_file():
        fail(f"video '{video}': no such file")
    try:
        document = landmarks_from_video(video)
    except VideoExtraMissing as exc:
        fail(escape(str(exc)), EXIT_NO_VIDEO_EXTRA)
    except VideoUnreadable as exc:
        fail(str(exc))
    if save_landmarks is not None:
        save_landmarks.write_text(json.dumps(document), encoding="utf-8")
    return document


@app.command("check")
def check(
    video: Path | None = typer.Argument(None, help="A video file (needs backstrong[video])."),
    exercise: str = typer.Option(..., "--exercise", "-e", help=EXERCISE_HELP),
    landmarks: Path | None = typer.Option(
        None, "--landmarks", help="A pose-landmarks/v1 JSON file instead of a video."
    ),
    save_landmarks: Path | None = typer.Option(
        None, "--save-landmarks", help="Also write the video's landmarks to this file."
    ),
    set_id: str | None = typer.Option(None, "--set", help="Keep the check with this logged set."),
    keep: bool = typer.Option(True, "--keep/--no-keep", help="Keep the result in your history."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Count the reps and judge each one; the video is read here and only landmarks are kept.

    A landmarks file is pose-landmarks/v1 JSON, described in docs/form-landmarks.md.

    Exit codes: 0 checked (whatever the verdict); 2 a refused value (a landmarks file breaking
    pose-landmarks/v1, an unknown exercise, an unreadable video); 3 nobody was found in any
    frame; 4 a video was given but the backstrong[video] extra is not installed.
    """
    from backstrong.services.form.service import NobodyInView

    if (video is None) == (landmarks is None):
        fail("give either a VIDEO or --landmarks FILE (one of the two)")
    document = _read_landmarks(landmarks) if landmarks else _from_video(video, save_landmarks)  # type: ignore[arg-type]
    form = container().form
    try:
        if keep:
            stored = form.check(acting_user(), exercise, document, set_id)
            analysis, check_id = stored.analysis, stored.id
        else:
            analysis, check_id = form.preview(acting_user(), exercise, document), None
    except NobodyInView as exc:
        fail(str(exc), EXIT_NOBODY)
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.form import FormAnalysisPublic

    if as_json:
        print_json({**shown(FormAnalysisPublic, analysis), "check_id": check_id})
        return
    from backstrong.entrypoints.cli.form.view import show_analysis

    show_analysis(console(), analysis, check_id)


@app.command("list")
def list_checks(
    exercise: str | None = typer.Option(None, "--exercise", "-e", help=EXERCISE_HELP),
    limit: int = typer.Option(20, min=1, max=100, help="How many, newest first."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your kept form checks, newest first."""
    page = container().form.page(acting_user(), limit=limit, offset=offset, exercise=exercise)
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.form import FormCheckPagePublic

        print_json(shown(FormCheckPagePublic, page))
        return
    from backstrong.entrypoints.cli.form.view import show_page

    show_page(console(), page)


@app.command("reference")
def reference(
    check_id: int = typer.Argument(..., help="The check's id (see `backstrong form list`)."),
    rep: int = typer.Argument(..., min=1, help="The rep's number in that check, from 1."),
) -> None:
    """Mark a good rep as your reference: later checks of the exercise are judged against it."""
    container().form.mark_reference(acting_user(), check_id, rep)
    console().print(f"Rep {rep} of check {check_id} is now your reference.")


@app.command("trend")
def trend(
    exercise: str = typer.Argument(..., help=EXERCISE_HELP),
    as_json: bool = JSON_OPTION,
) -> None:
    """Depth (squat, hinge) or top line (bridge) per check, oldest first."""
    result = container().form.trend(acting_user(), exercise)
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.form import FormTrendPublic

        print_json(shown(FormTrendPublic, result))
        return
    from backstrong.entrypoints.cli.form.view import show_trend

    show_trend(console(), result)
