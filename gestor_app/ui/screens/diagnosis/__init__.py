"""Diagnosis screen (step 2): see ``screen.DiagnosisScreen``."""

from gestor_app.ui.screens.diagnosis.screen import DiagnosisScreen

__all__ = ["DiagnosisScreen"]
