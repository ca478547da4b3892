"""The README's Python examples run as written, from a folder that has the samples and an earlier run's
output (as a user's does); one that needs a library the project does not install is skipped."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "samples.jsonl"
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_python_examples():
    assert len(PYTHON_BLOCKS) >= 3


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"block{number}" for number in range(len(PYTHON_BLOCKS))])
def test_a_readme_python_example_runs(code: str, tmp_path):
    for module in re.findall(r"^import (\w+)", code, re.MULTILINE):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"needs {module}, which bdtools does not install")
    (tmp_path / "samples").symlink_to(REPO / "samples")
    (tmp_path / "out").mkdir()
    shutil.copy(GOLDEN, tmp_path / "out" / "crawl.jsonl")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    if "print(" in code:
        assert result.stdout.strip()
    for written in (tmp_path / "out").iterdir():
        assert written.read_bytes() == GOLDEN.read_bytes()
