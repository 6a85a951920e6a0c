"""Every number the form check decides with, named, with where it comes from.

Where a value is a *convention* (coaching practice or a choice made for 2D landmarks, not a
measured law), the comment says so. README.md in this package explains each measurement;
docs/sources.md#form lists the sources (the articles' cues: docs/sources.md#articles).
"""

from __future__ import annotations

# --- Reading landmarks -----------------------------------------------------------------------
VISIBLE_MIN = 0.5  # MediaPipe Pose guidance: trust a landmark when visibility >= 0.5

# --- Signal conditioning ---------------------------------------------------------------------
SMOOTH_WINDOW_S = 0.2  # box filter width, applied twice; convention: keeps movement below ~2 Hz,
# removes frame-to-frame jitter (MediaPipe jitters ~1-2 % of the frame from one frame to the next)
MAX_GAP_S = 0.4  # convention: a joint lost for longer than this is not bridged by interpolation
LENGTH_PERCENTILE = 0.9  # a segment's own length: its 90th-percentile apparent length (the
# segment is side-on and straight at some point of every rep; convention)
SHOULDER_WIDTH_PER_TRUNK = 0.8  # biacromial breadth ~0.23 of height (ANSUR II, 2012 survey means)
# over trunk 0.288 of height (Winter 2009): used to estimate how far the camera is off side-on
MAX_CORRECTED_YAW_DEG = 45.0  # convention: beyond this the side-view gate fails anyway
FEET_MOVING_SPEED = 0.5  # leg lengths per second; convention: feet travelling faster than this
# over FEET_MOVING_HALF_WINDOW_S either side means walking (about 1.2 leg lengths a second) or
# stepping about, not a rep; slower than the jumps the estimator makes when a foot is hidden
FEET_MOVING_HALF_WINDOW_S = 0.3
FEET_MOVING_PAD_S = 0.3  # convention: setting-up time is widened by this much on each side
FEET_MOVING_MAX_SHARE = 0.5  # convention: a rep during which the feet travel more than half
# the time is someone walking or setting up, and is not counted

# --- Quality gates ---------------------------------------------------------------------------
SIDE_VIEW_MAX_WIDTH_RATIO = 0.55  # apparent shoulder width / trunk length; with
# SHOULDER_WIDTH_PER_TRUNK this is about 43 degrees off side-on (convention; the check is meant
# to give reliable results up to 30 degrees)
HIP_WIDTH_PER_SHOULDER_WIDTH = 0.6  # MediaPipe hip landmarks sit at the hip joints, closer than
# the shoulders (convention, used only when the shoulders are not both visible)
REP_MIN_COVERAGE = 0.6  # convention: share of a rep's frames that must show every joint it needs
BOTTOM_WINDOW_S = 0.15  # convention: measurements at the bottom are medians over +/- this time
FOOT_WINDOW_S = 0.3  # convention: heels and toes are the noisiest landmarks, so a wider median

# --- Counting (one smoothed 1-D signal per movement; hysteresis by reversal) -----------------
STILL_S = 0.3  # convention: a signal changing by less than STILL_CHANGE_DEG over this time is
STILL_CHANGE_DEG = 2.0  # a person holding still; a rep starts when they leave such a pause
COUNT_SMOOTH_S = 0.4  # convention: the counting signal is smoothed once more (box of 0.4 s);
# reps last seconds, and a steadier signal splits no held position into two reps
COUNT_FLOOR_DEG = -5.0  # convention: the counting signal is floored just below its rest value
# (standing, lying flat), so getting into position cannot pose as a deeper rest
RETURN_FRACTION = 0.5  # convention: a rep is over once the signal is back at least half-way to
# the rest position it left, so a wobble while holding the bottom (or a bridge's top) never
# splits one rep into two, while a rep without full lockout still ends
SETTLE_S = 0.5  # convention: a rep must start at least this long after the person came into
# view in the start position (lying down ends in a settling wobble, not a bridge)
BRIDGE_COUNT_SMOOTH_S = 0.8  # convention: bridges are slow (2-5 s a rep) and their short
# shoulder-hip line is the most jitter-prone signal, so it is smoothed more for counting
MIN_REP_S = 0.6  # convention: a full rep faster than this is a bounce or jitter
REP_EDGE_FRACTION = 0.1  # a rep starts/ends where the signal is within 10 % of its excursion
# from the rest position (so pauses between reps belong to no rep; convention)
SQUAT_COUNT_MIN_DEG = 40.0  # thigh flexion from vertical a squat must reach to count (convention:
# a quarter squat; shallower dips are shifting weight, not reps)
SQUAT_REVERSAL_DEG = 25.0  # hysteresis gap: the thigh must turn back by this much (convention)
HINGE_COUNT_MIN_DEG = 45.0  # hip flexion (trunk lean + thigh from vertical) a hinge must reach
# to count (convention: half-way to a good morning's 90)
HINGE_REVERSAL_DEG = 25.0  # convention
BRIDGE_COUNT_MIN_DEG = 7.0  # hips lifted above the shoulders by this angle (convention; a
# full bridge lifts 20-35 degrees, a half-hearted one still about 10)
BRIDGE_REVERSAL_DEG = 8.0  # convention; above the wander of a held top under heavy jitter
BRIDGE_LYING_MIN_ELEVATION_DEG = -20.0  # shoulder-to-hip line no steeper than this with the
# shoulders above the hips: otherwise the person is sitting or standing (setting up; convention)
STANDING_MAX_TRUNK_DEG = 50.0  # a squat or hinge rep must start from (nearly) upright
# (convention; a rep that starts bent over is getting into position)

# --- Squat -------------------------------------------------------------------------------------
SQUAT_MAX_THIGH_ABOVE_PARALLEL_DEG = 5.0  # the article's squat: thighs parallel to the floor (hip
# level with the knee); 5 degrees of slack for landmark noise and a tilted phone (convention)
SQUAT_MAX_TRUNK_LEAN_DEG = 55.0  # convention: bodyweight and high-bar squats to parallel lean
# roughly 30-50 degrees; beyond 55 the chest is falling forward
SQUAT_MAX_LEAN_RISE_DEG = 15.0  # convention: trunk lean growing by more than this after the
# bottom means the hips rise before the chest ("good-morning the squat")
SQUAT_MAX_HEEL_LIFT = 0.035  # heel rise over leg length (about 3 cm on an 86 cm leg); the
# article's squat presses through both feet, its deadlift keeps the heels flat; size: convention
SQUAT_MAX_KNEE_PAST_TOE = 0.12  # knee ahead of the toes over leg length (about 10 cm);
# convention for the article's cue to send the hips back as if sitting down; some knee travel
# is normal
SQUAT_MIN_DESCENT_S = 0.6  # usual tempo 1-2 s down (docs/sources.md#dosage); below 0.6 s the
# descent is dropped rather than controlled (convention)

# --- Hinge: good morning, Romanian deadlift, deadlift -----------------------------------------
HINGE_MAX_KNEE_FLEXION_DEG = 40.0  # the article's good morning: knees slightly bent; beyond 40
# degrees at the bottom the movement is a squat (convention)
DEADLIFT_MAX_KNEE_FLEXION_DEG = 85.0  # the article's deadlift starts from a squatting position
DEADLIFT_MIN_THIGH_ABOVE_PARALLEL_DEG = 10.0  # convention: hips stay above the knees at the
# bottom of a deadlift; at knee height it has become a squat
HINGE_MAX_TRUNK_WOBBLE_DEG = 6.0  # convention: the shoulder-hip line turning back by more than
# this inside one phase (down or up) is an unsteady trunk
HINGE_MAX_TRUNK_SHORTENING = 0.07  # convention: the shoulder-hip distance shrinking by 7 % means
# the back curls (roughly 60 degrees of spinal flexion); smaller curves are invisible to 2D
HINGE_LOCKOUT_MAX_TRUNK_DEG = 15.0  # convention: standing tall at the top, trunk within 15
# degrees of vertical
GOOD_MORNING_MIN_TRUNK_DEG = 78.0  # the article: chest just below parallel (trunk ~90-100
# degrees); 12 degrees of slack for landmarks and a tilted phone (convention)
GOOD_MORNING_MAX_TRUNK_DEG = 115.0  # convention: well past "just below parallel"

# --- Bridge -----------------------------------------------------------------------------------
BRIDGE_LINE_TOLERANCE_DEG = 12.0  # designed for shoulders, hips and knees in a line within about
# 10-15 degrees (the bridge article: aligned from the shoulders to the knees)
BRIDGE_MIN_HOLD_S = 1.0  # the bridge article: squeeze the glutes at the top; a pause of about a
# second (convention). Time near the top includes the turn itself: a bridge that goes straight
# up and down spends 0.3-1 s within the band, one with a half-second squeeze 1-1.5 s
BRIDGE_TOP_BAND = 0.15  # the top of a bridge: within 15 % of the lift from the top level...
BRIDGE_TOP_BAND_MIN_DEG = 3.0  # ...and at least 3 degrees (landmark jitter; convention)

# --- Verdict and reference -------------------------------------------------------------------
NEEDS_WORK_MIN_SHARE = 0.25  # convention: a fault counts for the set when it shows in at least
# a quarter of the assessed reps (one stray rep in a long set leaves the set "good")
REFERENCE_TOLERANCE: dict[str, float] = {  # convention: how far from the person's own good rep
    "thigh_above_parallel_deg": 10.0,
    "trunk_lean_deg": 10.0,
    "heel_lift": 0.03,
    "knee_flexion_deg": 15.0,
    "trunk_angle_deg": 15.0,
    "trunk_shortening": 0.05,
    "top_line_deg": 10.0,
    "hold_s": 1.0,
}
