"""Focus groups screen (grupo focal): see ``screen.FocusGroupsScreen``."""

from gestor_app.ui.screens.focus_groups.screen import FocusGroupsScreen

__all__ = ["FocusGroupsScreen"]
