"""Measurements at the scale of a real comuna (not part of `make test`; run `make bench`).

Each module in ``MODULES`` exposes ``run() -> list[Figure]``. Every figure is a median of several
runs, printed beside its budget from GUIDE.md §6 and, where it has one, a baseline measured in the
same process (ratios survive a noisy shared machine; absolute seconds do not).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

MODULES = [
    "benchmarks.startup",
    "benchmarks.map_load",
    "benchmarks.comuna_map",
    "benchmarks.search",
    "benchmarks.memory",
    "benchmarks.sync",
    "benchmarks.documents",
]


@dataclass
class Figure:
    name: str
    seconds: float
    budget_s: float | None = None
    baseline_s: float | None = None
    ratio_budget: float | None = None
    note: str = ""
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline_s else self.seconds / self.baseline_s

    @property
    def ok(self) -> bool:
        within_time = self.budget_s is None or self.seconds <= self.budget_s
        within_ratio = self.ratio_budget is None or (self.ratio is not None and self.ratio <= self.ratio_budget)
        return within_time and within_ratio


def median_time(fn: Callable[[], object], *, repeat: int = 5, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
