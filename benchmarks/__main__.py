"""`make bench`: run every benchmark module and print one table."""

from __future__ import annotations

import importlib
import sys

from benchmarks import MODULES, Figure


def fmt(f: Figure) -> str:
    budget = f"≤ {f.budget_s:g} {f.unit}" if f.budget_s is not None else ""
    if f.ratio_budget is not None:
        budget += f" · ≤ {f.ratio_budget:g}× base"
    ratio = f"{f.ratio:6.2f}×" if f.ratio is not None else "      "
    mark = "ok" if f.ok else "FALTA"
    return f"{f.name:<60} {f.seconds:9.3f} {f.unit:<2} {ratio}  {budget:<24} {mark:<6} {f.note}"


def main(names: list[str]) -> int:
    figures: list[Figure] = []
    for mod in names or MODULES:
        figures += importlib.import_module(mod).run()
    print(f"{'medición':<60} {'mediana':>12} {'razón':>7}  {'presupuesto':<24} estado")
    for f in figures:
        print(fmt(f))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
