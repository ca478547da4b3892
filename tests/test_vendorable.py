"""Each parser file works when copied alone into an empty folder, with only `regex` installed."""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

import pytest

PARSERS = sorted((pathlib.Path(__file__).resolve().parent.parent / "bdtools" / "parsers").glob("[!_]*.py"))


@pytest.mark.parametrize("parser", PARSERS, ids=lambda path: path.name)
def test_parser_runs_alone(parser, tmp_path):
    shutil.copy(parser, tmp_path / parser.name)
    script = (
        "import doctest, os, sys\n"
        "sys.path = [p for p in sys.path if p and not os.path.isdir(os.path.join(p, 'bdtools'))]\n"
        "sys.meta_path = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        f"import {parser.stem} as module\n"
        "assert 'bdtools' not in sys.modules\n"
        "failed, tried = doctest.testmod(module)\n"
        "assert tried > 0 and failed == 0, (failed, tried)\n"
    )
    subprocess.run([sys.executable, "-I", "-c", script], cwd=tmp_path, check=True)
