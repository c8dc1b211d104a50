"""Walk scores: mean of the answered scale items (N/O and other answer types excluded), per section
and overall, and an item-by-item comparison of two walks (before/after an intervention)."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from gestor_app.core.field.templates import SCALE_VALUES, Template


@dataclass(frozen=True)
class SectionScore:
    key: str
    title: str
    mean: float | None  # None: no scale item answered
    answered: int  # scale items with 0–3
    scale_items: int


def _scale(template: Template, values: dict[str, str | None]) -> dict[str, int]:
    return {i.key: int(values[i.key]) for _s, i in template.items()  # type: ignore[arg-type]
            if i.type == "scale" and values.get(i.key) in SCALE_VALUES}


def section_scores(template: Template, values: dict[str, str | None]) -> list[SectionScore]:
    scored = _scale(template, values)
    out = []
    for s in template.sections:
        nums = [scored[i.key] for i in s.items if i.key in scored]
        out.append(SectionScore(s.key, s.title, fmean(nums) if nums else None, len(nums),
                                sum(1 for i in s.items if i.type == "scale")))
    return out


def overall_score(template: Template, values: dict[str, str | None]) -> float | None:
    nums = list(_scale(template, values).values())
    return fmean(nums) if nums else None


@dataclass(frozen=True)
class ItemComparison:
    section: str
    key: str
    text: str
    type: str
    before: str | None
    after: str | None
    change: int | None  # after − before, when both are 0–3

    @property
    def trend(self) -> str:
        if self.change is None:
            return "sin comparación"
        return "mejora" if self.change > 0 else "empeora" if self.change < 0 else "igual"


def compare(template: Template, before: dict[str, str | None], after: dict[str, str | None]) -> list[ItemComparison]:
    """Item by item over the ``before`` walk's template (items missing in either side show None)."""
    rows = []
    for s, i in template.items():
        b, a = before.get(i.key), after.get(i.key)
        change = int(a) - int(b) if i.type == "scale" and a in SCALE_VALUES and b in SCALE_VALUES else None
        rows.append(ItemComparison(s.key, i.key, i.text, i.type, b, a, change))
    return rows
