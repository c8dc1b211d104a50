"""Coordination (office): see ``screen.DashboardScreen``."""

from gestor_app.ui.screens.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
