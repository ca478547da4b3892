"""`bdtools explain` on hand-written pages of the Vietnamese-language portal against their labels.

The pages (tests/data/vietnamese_portal/pages/) were written by hand in the portal's template for the twenty-first
session's hunt, each line labelled (role, language) in labels.tsv before the parser was run on them, in the gold
file's columns: articles and listings, marked and unmarked, NFD, CRLF, mojibake and Windows-1258, cut short, an
English twin beside its Vietnamese page. Unlike the seeds' gold test, every line must agree: the disagreements the
hunt found were bugs, now mended, and this keeps them so.
"""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from conftest import REPO, explain_rows

PORTAL = REPO / "tests" / "data" / "vietnamese_portal"


def labels() -> dict[tuple[str, int], tuple[str, str]]:
    with (PORTAL / "labels.tsv").open(encoding="utf-8", newline="") as stream:
        rows = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(row["file"], int(row["line"])): (row["role"], row["lang"]) for row in rows}


@pytest.fixture(scope="module")
def explained() -> dict[str, dict[int, tuple[str, str, str]]]:
    runner = CliRunner()
    return {path.name: explain_rows(runner, path) for path in sorted((PORTAL / "pages").glob("*.txt"))}


def test_every_labelled_line_is_explained_and_no_other(explained):
    ours = {(name, line) for name, rows in explained.items() for line in rows}
    assert ours == set(labels())


@pytest.mark.parametrize("key", sorted(labels()), ids=lambda key: f"{key[0]}:{key[1]}")
def test_role_and_language_agree_with_the_label(explained, key):
    name, line = key
    role, lang, text = explained[name][line]
    assert (role, lang) == labels()[key], text
