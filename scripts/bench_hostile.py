"""Time every stage on hostile 10 MB lines: each must stay linear, under 2 s on this machine.

Usage: python scripts/bench_hostile.py [--megabytes 10]
"""

from __future__ import annotations

import argparse
import time

from bdtools.clean import clean
from bdtools.dating import dates
from bdtools.dedup import dedup
from bdtools.emit import emit
from bdtools.ingest import page_record
from bdtools.separate import separate

PATTERNS = {"spaces": " ", "digits": "1234567890", "weekdays": "Thứ ", "font widget": "(A-)", "slashes": "/"}
TARGET_SECONDS = 2.0


def hostile_bytes(unit: str, size: int) -> bytes:
    """``unit`` repeated to ``size`` bytes, cut at a character boundary."""
    raw = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
    return raw.decode("utf-8", errors="ignore").encode()


def stage_times(raw: bytes) -> dict[str, float]:
    """Seconds each stage takes on one page made of ``raw``."""
    times: dict[str, float] = {}
    started = time.perf_counter()
    record = page_record(raw, "hostile.txt")
    times["read"] = time.perf_counter() - started
    for name, stage in (("clean", clean), ("separate", separate), ("dates", dates),
                        ("dedup", lambda r: next(dedup([r]))), ("emit", emit)):
        started = time.perf_counter()
        record = stage(record)
        times[name] = time.perf_counter() - started
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10)
    size = int(parser.parse_args().megabytes * 1_000_000)
    worst = 0.0
    for name, unit in PATTERNS.items():
        times = stage_times(hostile_bytes(unit, size))
        worst = max(worst, *times.values())
        print(f"{name:12} " + "  ".join(f"{stage} {seconds:5.2f}s" for stage, seconds in times.items()))
    print(f"slowest stage: {worst:.2f} s (target {TARGET_SECONDS:.0f} s) -> {'ok' if worst < TARGET_SECONDS else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
