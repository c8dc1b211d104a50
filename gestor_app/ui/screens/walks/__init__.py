"""Exploratory walks (marchas exploratorias): list, header, fast item entry, scores, comparison."""

from gestor_app.ui.screens.walks.screen import WalksScreen

__all__ = ["WalksScreen"]
