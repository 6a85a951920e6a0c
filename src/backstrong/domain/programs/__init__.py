"""Personal programs: intake, red-flag screen, the CP-SAT generator, the plan and progression.

Public entry points: ``generator.generate_plan``, ``progression.next_session``,
``red_flags.screen``, ``intake.Intake``, ``plan.Plan`` (their JSON: ``services/programs/mapping``).
"""
