"""A side-view human body described by joint angles: the shared body model for exercise pictures
(and, later, video form checks). See model.py for the conventions."""
