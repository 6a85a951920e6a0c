"""Backstrong: coaching for a stronger lower back and hips, a training log and nutrition."""

__version__ = "0.1.0"
