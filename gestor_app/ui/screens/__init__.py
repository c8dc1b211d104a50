"""The main window's sections, in the order of the method (five steps), then the tools.

Each entry: key, navigation title (English source; translated in the ``Navigation`` context),
and either a screen class path or an "under construction" description shown honestly until the
issue that builds it lands.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    target: str | None = None  # "module:Class"
    pending: str = ""  # what will be here (English source, translated)


SCREENS: list[ScreenSpec] = [
    ScreenSpec("informacion", QT_TRANSLATE_NOOP("Navigation", "1. Information"),
               "gestor_app.ui.screens.information:InformationScreen"),
    ScreenSpec("marchas", QT_TRANSLATE_NOOP("Navigation", "Exploratory walks"), "gestor_app.ui.screens.walks:WalksScreen"),
    ScreenSpec("grupos_focales", QT_TRANSLATE_NOOP("Navigation", "Focus groups"),
               "gestor_app.ui.screens.focus_groups:FocusGroupsScreen"),
    ScreenSpec("fuentes", QT_TRANSLATE_NOOP("Navigation", "Secondary sources"),
               "gestor_app.ui.screens.secondary_sources:SecondarySourcesScreen"),
    ScreenSpec("diagnostico", QT_TRANSLATE_NOOP("Navigation", "2. Diagnosis"),
               "gestor_app.ui.screens.diagnosis:DiagnosisScreen"),
    ScreenSpec("objetivos", QT_TRANSLATE_NOOP("Navigation", "3. Objectives and goals"),
               "gestor_app.ui.screens.plans:ObjectivesScreen"),
    ScreenSpec("plan", QT_TRANSLATE_NOOP("Navigation", "4. Action plan"), "gestor_app.ui.screens.plans:PlanScreen"),
    ScreenSpec("seguimiento", QT_TRANSLATE_NOOP("Navigation", "5. Follow-up"),
               "gestor_app.ui.screens.plans:FollowUpScreen"),
    ScreenSpec("mesas", QT_TRANSLATE_NOOP("Navigation", "Meetings and minutes"),
               "gestor_app.ui.screens.meetings:MeetingsScreen"),
    ScreenSpec("requerimientos", QT_TRANSLATE_NOOP("Navigation", "Neighbours' requests"),
               "gestor_app.ui.screens.requests:RequestsScreen"),
    ScreenSpec("coordinacion", QT_TRANSLATE_NOOP("Navigation", "Coordination"),
               "gestor_app.ui.screens.dashboard:DashboardScreen"),
    ScreenSpec("mapa", QT_TRANSLATE_NOOP("Navigation", "Map"), "gestor_app.ui.screens.map.screen:MapScreen"),
    ScreenSpec("documentos", QT_TRANSLATE_NOOP("Navigation", "Documents"),
               "gestor_app.ui.screens.documents:DocumentsScreen"),
    ScreenSpec("sincronizacion", QT_TRANSLATE_NOOP("Navigation", "Synchronisation"),
               "gestor_app.ui.screens.sync:SyncScreen"),
    ScreenSpec("buscar", QT_TRANSLATE_NOOP("Navigation", "Search"), "gestor_app.ui.screens.search:SearchScreen"),
    ScreenSpec("papelera", QT_TRANSLATE_NOOP("Navigation", "Bin"), "gestor_app.ui.screens.bin:BinScreen"),
]
