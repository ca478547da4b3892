"""`bdtools explain` on every seed against the human labels in shared/gold/seed_lines.tsv."""

from __future__ import annotations

import pytest

from bdtools.parsers.page import CONTENT_ROLES

from conftest import GOLD, SAMPLE_FILES, explain_rows, load_gold

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="the gold file lives in ../shared/")


def content_class(role: str) -> str:
    return "content" if role in CONTENT_ROLES else "boilerplate"


@pytest.fixture(scope="module")
def explained():
    from click.testing import CliRunner

    runner = CliRunner()
    return {path.name: explain_rows(runner, path) for path in SAMPLE_FILES}


def test_every_gold_line_is_explained_once(explained):
    gold = load_gold()
    ours = {(name, line) for name, rows in explained.items() for line in rows}
    assert ours == set(gold)


def test_text_of_every_line_is_kept(explained):
    for (name, line), row in load_gold().items():
        assert explained[name][line][2] == row["text"]


@pytest.mark.parametrize("key", sorted(load_gold()) if GOLD.exists() else [])
def test_language_and_class_agree_with_gold(explained, key):
    name, line = key
    gold = load_gold()[key]
    role, lang, _ = explained[name][line]
    assert lang == gold["lang"]
    assert content_class(role) == content_class(gold["role"])


def test_roles_agree_on_at_least_98_percent(explained):
    gold = load_gold()
    agree = sum(explained[name][line][0] == row["role"] for (name, line), row in gold.items())
    assert agree / len(gold) >= 0.98
