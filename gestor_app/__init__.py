"""Gestor Territorial: offline-first desktop app for municipal territorial managers."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gestor-territorial")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"
