from __future__ import annotations

from gestor_app.core.hlc import HLC, MAX_DRIFT_MS, HybridClock


def test_now_is_strictly_increasing_even_when_the_wall_clock_goes_back():
    walls = iter([1000, 1000, 900, 2000])
    clock = HybridClock(wall=lambda: next(walls))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)


def test_encode_round_trip_and_string_order():
    a, b = HLC(5, 12), HLC(40, 0)
    assert HLC.decode(a.encode()) == a
    assert a.encode() < b.encode()


def test_remote_clock_far_in_the_future_is_not_followed():
    clock = HybridClock(wall=lambda: 1_000_000)
    assert clock.observe(HLC(1_000_000 + MAX_DRIFT_MS + 1)) is False
    assert clock.now().physical == 1_000_000
    assert clock.observe(HLC(1_000_500, 3)) is True
    assert clock.now() > HLC(1_000_500, 3)
