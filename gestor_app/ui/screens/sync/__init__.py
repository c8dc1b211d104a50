"""Synchronisation: see ``screen.SyncScreen``."""

from gestor_app.ui.screens.sync.screen import SyncScreen

__all__ = ["SyncScreen"]
