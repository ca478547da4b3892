"""A run gives large arrays back to the system as soon as they are freed (glibc's fixed mmap threshold), and
dedup's decision step holds few bytes a record at its fullest moments."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tracemalloc

import pytest

from bdtools import dedup

from conftest import REPO

# After a 20 MB array is freed, thirty arrays of 1 MB are made and freed: the megabytes the process still
# holds. Without the fixed threshold glibc serves them from its heap, which keeps their pages.
KEPT_AFTER_FREES = """
import sys
import numpy as np
from bdtools.memory import release_large_frees

def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20

if sys.argv[1] == "fixed":
    assert release_large_frees()
big = np.ones(20 << 20, dtype=np.uint8)
del big
before = rss_mb()
arrays = [np.ones(1 << 20, dtype=np.uint8) for _ in range(30)]
del arrays
print(rss_mb() - before)
"""


def run_python(script: str, *args: str) -> str:
    """What ``script`` prints, run by a Python of its own under glibc's default malloc settings: a
    ``MALLOC_*_`` variable or ``GLIBC_TUNABLES`` (Dask sets ``MALLOC_TRIM_THRESHOLD_`` for its workers, in
    this process's environment too) would fix the thresholds that the default moves."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("MALLOC_") and key != "GLIBC_TUNABLES"}
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, env=environment, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def kept_megabytes(mode: str) -> float:
    return float(run_python(KEPT_AFTER_FREES, mode))


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the threshold is glibc's")
def test_freed_arrays_go_back_to_the_system_once_the_threshold_is_fixed():
    assert kept_megabytes("default") > 20, "glibc's own behaviour, which the setting is there to change"
    assert kept_megabytes("fixed") < 2


def test_the_commands_that_decide_a_batch_fix_the_threshold(runner, monkeypatch):
    from bdtools import cli, memory

    calls = []
    monkeypatch.setattr(memory, "release_large_frees", lambda: calls.append(True) or True)
    for command in ("run", "dedup"):
        result = runner.invoke(cli.cli, [command, "samples/003_790eb7187b08f3fc.txt", "-q"])
        assert result.exit_code == 0, result.output
    assert calls == [True, True]


# The peak memory of finding the band keys on more than one row among 5.4 million keys (a third of them
# repeated), above the keys themselves, in megabytes.
SHARED_KEYS_PEAK = """
import numpy as np
from bdtools.dedup import shared_keys
from bdtools.memory import release_large_frees

def peak_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024

release_large_frees()
keys = np.random.default_rng(1).integers(0, 1 << 32, 5_400_000, dtype=np.uint64).astype(np.uint32)
keys[::3] = keys[1::3]
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # the peak starts again from here
before = peak_mb()
found = shared_keys(keys)
print(peak_mb() - before, len(found))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak from /proc")
def test_the_shared_band_keys_are_found_without_a_hash_table():
    """numpy 2's ``np.unique`` takes about 90 MB for 1.8 million ints; sorted, their distinct values take
    a mask (the keys' mask, the repeated keys and their distinct values: about 19 MB at most)."""
    peak, found = run_python(SHARED_KEYS_PEAK).split()
    assert int(found) == 1_800_002
    assert float(peak) < 25


def test_the_teaser_index_ranks_stories_without_their_order_keys():
    """`BatchLeads.of` is made at the decision step's fullest moment: it ranks the stories by the records'
    canonical ranks (`ExactGroups.ranks`), 4 bytes a record, and holds its columns one copy at a time. Its
    traced peak on 20,000 articles stays under 130 bytes an article (266 when it held every article's
    `order_key` bytes while it ranked them)."""
    count = 20_000
    entries = [
        dedup.Entry(position, f"{position:016x}", (False, f"2022-01-{position % 28 + 1:02d}T16:00:00+07:00", -(position % 5000),
                    f"{position:016x}"), f"{position * 7919 % 4096:016x}", position, 300, "article", (position * 64, 300),
                    position % 997)
        for position in range(count)
    ]
    decisions = dedup.decisions_of(entries)
    for position in range(count):
        decisions.append("unique", position, None)
    groups = dedup.exact_groups(entries)
    tracemalloc.start()
    try:
        batch = dedup.BatchLeads.of(entries, decisions, groups)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(batch.keys) == len(batch.story_index) == count  # a story an article: none is a copy in its story
    assert peak / count < 130
