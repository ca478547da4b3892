"""Rows for ``bdtools explain``: every non-empty line with its role and language, in page order.

>>> from bdtools.pipeline import through
>>> rows = explain_rows(through({"id": "0" * 16, "text": "News - Smart City\\n\\nBEGIC - A teaser."}, "separate"))
>>> rows
[(1, 'listing_header', 'en', 'News - Smart City'), (3, 'listing_item', 'en', 'BEGIC - A teaser.')]
"""

from __future__ import annotations

from bdtools.records import Record

Row = tuple[int, str, str, str]


def explain_rows(record: Record) -> list[Row]:
    """(line, role, lang, text) for every entry of ``blocks`` and ``ui``, sorted by line."""
    entries = (record.get("blocks") or []) + (record.get("ui") or [])
    return sorted((entry["line"], entry["role"], entry["lang"] or "none", entry["text"]) for entry in entries)
