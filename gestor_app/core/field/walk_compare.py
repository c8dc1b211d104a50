"""Before/after comparison of two walks (ideally of the same route), over the earlier walk's template."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.field.report import walk_values
from gestor_app.core.field.scores import ItemComparison, compare, overall_score
from gestor_app.core.services.walks import get_walk, walk_template


@dataclass(frozen=True)
class WalkComparison:
    before_id: str
    after_id: str
    same_route: bool
    before_overall: float | None
    after_overall: float | None
    rows: list[ItemComparison]

    @property
    def better(self) -> int:
        return sum(1 for r in self.rows if r.change is not None and r.change > 0)

    @property
    def worse(self) -> int:
        return sum(1 for r in self.rows if r.change is not None and r.change < 0)

    @property
    def same(self) -> int:
        return sum(1 for r in self.rows if r.change == 0)


def compare_walks(session: Session, *, before_id: str, after_id: str) -> WalkComparison:
    if before_id == after_id:
        raise ValidationError("Elija dos marchas distintas para comparar.")
    before, after = get_walk(session, before_id), get_walk(session, after_id)
    tb, ta = walk_template(before), walk_template(after)
    vb, va = walk_values(session, walk_id=before_id), walk_values(session, walk_id=after_id)
    same = before.route_feature_id is not None and before.route_feature_id == after.route_feature_id
    return WalkComparison(before_id, after_id, same, overall_score(tb, vb), overall_score(ta, va), compare(tb, vb, va))
