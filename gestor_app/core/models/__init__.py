"""All mapped classes. Import every domain module here so Alembic and the bin see them."""

from __future__ import annotations

from gestor_app.core.models.diagnosis import Diagnosis, EvidenceLink, Problem
from gestor_app.core.models.focus_groups import (
                                                 FocusGroup,
                                                 FocusGroupParticipant,
                                                 FocusGroupPlace,
                                                 FocusGroupQuestion,
                                                 FocusGroupQuote,
                                                 FocusGroupTheme,
)
from gestor_app.core.models.local import AppSetting, ChangeLog, LocalDevice
from gestor_app.core.models.map import FEATURE_SOURCES, MapFeature
from gestor_app.core.models.mapping_session import AGE_RANGES, GENDERS, MappingSession
from gestor_app.core.models.meetings import AgendaItem, Agreement, Attendee, Meeting, Request
from gestor_app.core.models.photo import Photo
from gestor_app.core.models.plans import (
    ActionPlan,
    Activity,
    Actor,
    ActorLink,
    Goal,
    IndicatorMeasurement,
    Objective,
    ProgressEntry,
)
from gestor_app.core.models.search_index import SearchEntry
from gestor_app.core.models.secondary import PoliceCaseCount
from gestor_app.core.models.sync import RecordHead, SyncConflict, SyncIdentity, SyncPeer, SyncReceived
from gestor_app.core.models.territory import TERRITORY_LEVELS, Territory
from gestor_app.core.models.walk import Walk, WalkAnswer

__all__ = ["AGE_RANGES", "AppSetting", "ChangeLog", "Diagnosis", "EvidenceLink", "FEATURE_SOURCES", "FocusGroup",
           "FocusGroupParticipant", "FocusGroupPlace", "FocusGroupQuestion", "FocusGroupQuote", "FocusGroupTheme",
           "GENDERS", "LocalDevice", "MapFeature", "MappingSession", "Photo", "PoliceCaseCount", "Problem",
           "RecordHead", "SearchEntry", "SyncConflict", "SyncIdentity", "SyncPeer", "SyncReceived", "TERRITORY_LEVELS", "Territory", "Walk", "WalkAnswer"]
__all__ += ["AgendaItem", "Agreement", "Attendee", "Meeting", "Request"]
__all__ += ["ActionPlan", "Activity", "Actor", "ActorLink", "Goal", "IndicatorMeasurement", "Objective",
            "ProgressEntry"]
