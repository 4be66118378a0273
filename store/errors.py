"""Errors the store raises for the user to read: one line, no traceback."""

from __future__ import annotations


class StoreError(Exception):
    """Base for every error that should reach the user as a single clear line."""


class SourceError(StoreError):
    """A source file that cannot be ingested (binary, empty, unreadable, a directory...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DatabaseError(StoreError):
    """The database file is corrupt, locked by another process, or otherwise unusable."""


class ExportExistsError(StoreError):
    """The export target exists and the caller did not ask to overwrite it."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: already exists (use --force to overwrite, or choose another path)")
        self.path = path
