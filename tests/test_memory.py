"""A run gives large arrays back to the system as soon as they are freed (glibc's fixed mmap threshold)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

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


def kept_megabytes(mode: str) -> float:
    done = subprocess.run([sys.executable, "-c", KEPT_AFTER_FREES, mode], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return float(done.stdout)


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
