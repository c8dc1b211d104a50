"""Neighbours' requests: see ``screen.RequestsScreen``."""

from gestor_app.ui.screens.requests.screen import RequestsScreen

__all__ = ["RequestsScreen"]
