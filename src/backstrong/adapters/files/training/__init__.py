"""Read workout exports from Strong, Hevy and a documented generic CSV (see README.md here).

Each parser takes the file's text and returns a ``ParsedImport`` (``domain/training/imported.py``):
the workouts it could read and a ``RowError`` for every row it could not.
"""
