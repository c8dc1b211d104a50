"""Steps 3–5 of the method: objectives and goals, the action plan (activities, Gantt, network of
actors) and its follow-up."""

from gestor_app.ui.screens.plans.followup import FollowUpScreen
from gestor_app.ui.screens.plans.objectives import ObjectivesScreen
from gestor_app.ui.screens.plans.plan_screen import PlanScreen

__all__ = ["FollowUpScreen", "ObjectivesScreen", "PlanScreen"]
