"""The ``clean`` stage: a role for every non-empty line, the page's metadata, blocks and ui.

Every non-empty line of the page lands in exactly one of ``blocks`` (content) or ``ui``
(boilerplate and metadata), with its role and line number: nothing removed is lost.

>>> record = clean({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nTitle\\n\\nPORTAL - Lead.\\n\\nChia sẻ:"})
>>> record["kind"], [block["role"] for block in record["blocks"]], [item["role"] for item in record["ui"]]
('article', ['body'], ['date_header', 'title', 'share'])
"""

from __future__ import annotations

from bdtools.parsers.page import CONTENT_ROLES, agency_tag, parse_page
from bdtools.records import Record, add_warning, all_credits, drop_warnings, stage_input

STAGE = "clean"


def clean(record: Record) -> Record:
    """Parse ``record["text"]`` with the page template; a record that already has blocks is returned as it is.

    >>> record = clean({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead.\\n\\nChia sẻ:"})
    >>> record["kind"], record["title"], record["agency"], [item["role"] for item in record["ui"]]
    ('article', 'A title', 'PORTAL', ['date_header', 'title', 'share'])
    """
    stage_input(record, STAGE)
    if record.get("blocks") is not None:
        return record
    page = parse_page(record.get("text", ""))
    blocks, ui = [], []
    lead_seen = False
    for line in page.lines:
        if line.role in CONTENT_ROLES:
            leads = line.role == "listing_item" or (line.role == "body" and not lead_seen)
            lead_seen = lead_seen or line.role == "body"
            tag = agency_tag(line.text) if leads else None
            blocks.append({"role": line.role, "text": line.text, "line": line.number, "lang": None, "agency": tag, "of": None})
        else:
            ui.append({"role": line.role, "text": line.text, "line": line.number, "lang": None, "gloss": None, "segments": []})
    byline = None
    if page.byline is not None:
        byline = {"date": None, "date_raw": page.byline["date_raw"], "author": page.byline["author"]}
    record.update(
        kind=page.kind, title=page.title, category=page.category, agency=page.agency, views=page.views,
        content_type=page.content_type, byline=byline, credits=all_credits(page.credits), blocks=blocks, ui=ui,
    )
    drop_warnings(record, STAGE)
    for code, message, line in page.warnings:
        add_warning(record, STAGE, code, message, line)
    return record
