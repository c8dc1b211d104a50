"""Meetings and their minutes (actas): see ``screen.MeetingsScreen``."""

from gestor_app.ui.screens.meetings.screen import MeetingsScreen

__all__ = ["MeetingsScreen"]
