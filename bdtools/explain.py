"""Rows for ``bdtools explain``: every non-empty line with its role and language, in page order.

>>> from bdtools.pipeline import through
>>> rows = explain_rows(through({"id": "0" * 16, "text": "News - Smart City\\n\\nBEGIC - A teaser."}, "separate"))
>>> rows
[(1, 'listing_header', 'en', 'News - Smart City'), (3, 'listing_item', 'en', 'BEGIC - A teaser.')]
"""

from __future__ import annotations

from bdtools.records import Record

Row = tuple[int, str, str, str]

# Terminal colours by role: content plain, captions cyan, metadata yellow, template chrome dim, unknown red.
ROLE_STYLES: dict[str, dict[str, object]] = {
    "heading": {"bold": True},
    "caption": {"fg": "cyan"},
    **dict.fromkeys(("date_header", "title", "byline", "credit", "listing_header", "listing_title", "listing_date"),
                     {"fg": "yellow"}),
    **dict.fromkeys(
        ("font_size_widget", "nav", "image_file", "views", "share", "sp_action", "sp_field", "content_type", "audit",
         "related_header", "related_title", "related_date"),
        {"dim": True},
    ),
    "unknown": {"fg": "red", "bold": True},
}


def explain_rows(record: Record) -> list[Row]:
    """(line, role, lang, text) for every physical line of every entry of ``ui`` and ``blocks``, by line.

    A hard-wrapped listing item spans lines; a line split in pieces (a file name fused to a caption)
    gives a row per piece, its ui piece first.

    >>> from bdtools.pipeline import process
    >>> explain_rows(process({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead."}))[1:]
    [(2, 'title', 'en', 'A title'), (4, 'body', 'en', 'PORTAL - Lead.')]
    """
    rows = [
        (entry["line"] + offset, entry["role"], entry["lang"] or "none", text)
        for entry in (record.get("ui") or []) + (record.get("blocks") or [])
        for offset, text in enumerate(entry["text"].split("\n"))
    ]
    return sorted(rows, key=lambda row: row[0])
