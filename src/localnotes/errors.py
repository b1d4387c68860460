"""The one exception hierarchy of localnotes.

Every error a person can meet is a `LocalNotesError` subclass that carries a message written for
that person and the exit code the CLI contract gives it. The CLI catches only the root.
"""

from __future__ import annotations


class LocalNotesError(Exception):
    """Root of every error localnotes raises on purpose. Exit code 1."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(LocalNotesError):
    """Bad arguments, a bad setting, or a confirmation that needs --yes. Exit code 2."""

    exit_code = 2


class ConsentError(LocalNotesError):
    """Refused: no live consent covers what was asked. Exit code 3."""

    exit_code = 3


class PassphraseError(LocalNotesError):
    """The vault passphrase is wrong. Exit code 4."""

    exit_code = 4


class IntegrityError(LocalNotesError):
    """Stored data or a model failed authentication: tampering or corruption. Exit code 5."""

    exit_code = 5


class NotFoundError(LocalNotesError):
    """A session, patient, file, vault or model that does not exist. Exit code 6."""

    exit_code = 6


class NetworkBlockedError(LocalNotesError):
    """Something tried to reach the network; localnotes never does. Exit code 1."""

    exit_code = 1


class StorageError(LocalNotesError):
    """The disk refused a write (full, read-only, permission). Nothing was half-written. Exit 1."""

    exit_code = 1


class AudioError(LocalNotesError):
    """An audio file could not be decoded, or a device could not be used. Exit code 1."""

    exit_code = 1
