"""Expected errors: each carries a clear Spanish message for the person using the app."""

from __future__ import annotations


class GestorError(Exception):
    """An expected failure. ``str(err)`` is shown to the user as is (Spanish)."""


class ValidationError(GestorError):
    """Bad input: nothing was changed."""


class NotFoundError(GestorError):
    """A record that was asked for does not exist (or is in the bin)."""


class SchemaTooNewError(GestorError):
    """The database was written by a newer version of the app."""


class Cancelled(GestorError):  # noqa: N818 - reads better at the call site
    """Long work stopped by the person before it finished; nothing was committed."""

    def __init__(self) -> None:
        super().__init__("Operación cancelada: no se guardó ningún cambio.")
