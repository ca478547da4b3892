"""`bdtools explain` on hand-written pages of the portals against their labels.

Each folder of tests/data/ holds pages written by hand in a portal's template for a session's hunt, each line labelled
(role, language) in labels.tsv before the parser was run on them, in the gold file's columns:
- vietnamese_portal (the twenty-first session): articles and listings, marked and unmarked, NFD, CRLF, mojibake and
  Windows-1258, cut short, an English twin beside its Vietnamese page;
- english_portal (the twenty-second session's English hunt): every weekday, the header's fields in other orders, no
  widget, byline or footer, cut dumps, CRLF, NFD, mojibake, captions under one blank line, credits, recrawls, listings;
  its labels of the lines the seeds also have agree with the gold file's (945 of 1,217), the others follow its usage.
Unlike the seeds' gold test, every line must agree: the disagreements the hunts found were bugs, now mended, and this
keeps them so.
"""

from __future__ import annotations

import csv
import functools

import pytest
from click.testing import CliRunner

from conftest import REPO, explain_rows

DATA = REPO / "tests" / "data"
PORTALS = ("vietnamese_portal", "english_portal")


@functools.cache
def labels(portal: str) -> dict[tuple[str, int], tuple[str, str]]:
    with (DATA / portal / "labels.tsv").open(encoding="utf-8", newline="") as stream:
        rows = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(row["file"], int(row["line"])): (row["role"], row["lang"]) for row in rows}


@pytest.fixture(scope="module")
def explained() -> dict[str, dict[str, dict[int, tuple[str, str, str]]]]:
    runner = CliRunner()
    return {
        portal: {path.name: explain_rows(runner, path) for path in sorted((DATA / portal / "pages").glob("*.txt"))}
        for portal in PORTALS
    }


@pytest.mark.parametrize("portal", PORTALS)
def test_every_labelled_line_is_explained_and_no_other(explained, portal):
    ours = {(name, line) for name, rows in explained[portal].items() for line in rows}
    assert ours == set(labels(portal))


@pytest.mark.parametrize(
    ("portal", "key"),
    [pytest.param(portal, key, id=f"{portal}:{key[0]}:{key[1]}") for portal in PORTALS for key in sorted(labels(portal))],
)
def test_role_and_language_agree_with_the_label(explained, portal, key):
    name, line = key
    role, lang, text = explained[portal][name][line]
    assert (role, lang) == labels(portal)[key], text
