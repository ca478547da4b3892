"""bdtools as a user calls it from Python: the README's and the docstrings' ways of naming inputs and of calling
the stages, and the clear error a wrong argument gets instead of a traceback from deep inside."""

from __future__ import annotations

import functools
import json
import pathlib

import pytest

from bdtools.ingest import read
from bdtools.pipeline import Tally, run, run_lines

from conftest import SAMPLE_FILES, SAMPLES

SAMPLE = SAMPLE_FILES[1]


# How a user names a page or a folder: each must read as the same list of names gives it.
NAMINGS = {
    "a file's name alone": SAMPLE.name,
    "a Path alone": pathlib.Path(SAMPLE.name),
    "a list of Paths": [pathlib.Path(SAMPLE.name)],
    "a file's name in bytes": [SAMPLE.name.encode()],
    "a folder's Path alone": pathlib.Path("."),
}


# The readers of names, and `run_lines` whose workers read the page files (their names come from the main process).
READERS = {
    "read": lambda paths, tally: read(paths), "run": run, "run_lines": run_lines,
    "run_lines --jobs 2": functools.partial(run_lines, jobs=2),
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize("paths", NAMINGS.values(), ids=NAMINGS.keys())
def test_inputs_named_as_a_user_names_them_read_as_a_list_of_names(reader, paths, monkeypatch):
    """One name alone is one input, not its characters (of "samples/", "/" names the root folder, which a run
    would walk); a Path or bytes name reads as its str does."""
    monkeypatch.chdir(SAMPLES)
    expected = [SAMPLE.name] if paths != pathlib.Path(".") else [path.name for path in SAMPLE_FILES]
    tally = Tally()
    given = list(reader(paths, tally=tally))
    assert [pathlib.Path(_source(item)).name for item in given] == expected
    assert not tally.rejects


def _source(item: object) -> str:
    """The source path of a record or of a written line."""
    record = json.loads(item.line) if hasattr(item, "line") else item
    return record["source"]["path"]
