"""Hybrid logical clock (Kulkarni et al. 2014) with a bound on how far a remote clock may pull us.

A timestamp encodes as a fixed-width string so that string order == causal order:
``PPPPPPPPPPPPPPP.LLLLL`` (physical milliseconds since the epoch, logical counter).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_DRIFT_MS = 24 * 3600 * 1000  # a remote clock more than a day ahead of ours is not followed


def wall_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True, order=True)
class HLC:
    physical: int
    logical: int = 0

    def encode(self) -> str:
        return f"{self.physical:015d}.{self.logical:05d}"

    @classmethod
    def decode(cls, text: str | None) -> HLC:
        if not text:
            return cls(0, 0)
        p, _, lg = text.partition(".")
        return cls(int(p), int(lg or 0))


class HybridClock:
    def __init__(self, last: HLC | None = None, *, wall: Callable[[], int] = wall_ms) -> None:
        self.last = last or HLC(0, 0)
        self._wall = wall

    def now(self) -> HLC:
        pt = self._wall()
        if pt > self.last.physical:
            self.last = HLC(pt, 0)
        else:
            self.last = HLC(self.last.physical, self.last.logical + 1)
        return self.last

    def observe(self, remote: HLC) -> bool:
        """Merge a remote timestamp; return False (and ignore it) when it is beyond the drift bound."""
        pt = self._wall()
        if remote.physical > pt + MAX_DRIFT_MS:
            return False
        top = max(self.last, remote)
        self.last = HLC(top.physical, top.logical + 1) if top.physical >= pt else HLC(pt, 0)
        return True
