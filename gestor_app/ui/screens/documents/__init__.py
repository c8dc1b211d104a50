"""Documents: what can be printed for the current territory, a preview and "Save PDF…"."""

from gestor_app.ui.screens.documents.screen import DocumentsScreen

__all__ = ["DocumentsScreen"]
