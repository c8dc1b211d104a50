from __future__ import annotations

import pytest

from gestor_app.core.field.scores import compare, overall_score, section_scores
from gestor_app.core.field.templates import default_template


def test_section_and_overall_means_exclude_not_observed_and_other_types():
    t = default_template()
    values = {"A1": "3", "A2": "si", "B1": "1", "B2": "7", "B3": "NO", "B4": "2", "B5": None, "K1": "ideas"}
    by_key = {s.key: s for s in section_scores(t, values)}
    assert by_key["A"].mean == 3 and by_key["A"].answered == 1 and by_key["A"].scale_items == 1
    assert by_key["B"].mean == pytest.approx(1.5) and by_key["B"].answered == 2 and by_key["B"].scale_items == 4
    assert by_key["C"].mean is None and by_key["K"].scale_items == 0
    assert overall_score(t, values) == pytest.approx(2.0)  # (3 + 1 + 2) / 3
    assert overall_score(t, {"A1": "NO"}) is None


def test_comparison_item_by_item():
    t = default_template()
    rows = {r.key: r for r in compare(t, {"B1": "0", "C1": "2", "G2": "1", "A2": "si"},
                                      {"B1": "3", "C1": "2", "G2": "0", "A2": "no", "C2": "1"})}
    assert (rows["B1"].change, rows["B1"].trend) == (3, "mejora")
    assert (rows["C1"].change, rows["C1"].trend) == (0, "igual")
    assert (rows["G2"].change, rows["G2"].trend) == (-1, "empeora")
    assert rows["A2"].change is None and rows["C2"].change is None and rows["C2"].before is None
    assert len(rows) == len(t.items())
