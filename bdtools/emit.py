"""The ``emit`` stage: the record projected onto the output schema (``bdtools schema``).

>>> record = emit({"id": "0" * 16, "text": "x", "stray": "dropped"})
>>> list(record)[:4], record["blocks"], record["dup"]
(['id', 'source', 'text', 'kind'], [], None)
"""

from __future__ import annotations

from bdtools import __version__
from bdtools.records import FIELDS, LIST_FIELDS, Record, all_credits


def emit(record: Record) -> Record:
    """Every schema field in order; absent ones null (or an empty list); unknown fields dropped; credits
    with all their keys (`all_credits`), null where nobody is named, so that they read as one type.

    ``bdtools_version`` names the version that emitted the record.

    >>> record = emit({"id": "0" * 16, "text": "x", "kind": "article", "stray": "dropped", "credits": {"reporter": "Mai Xuan"}})
    >>> record["kind"], "stray" in record, record["dates"], record["bdtools_version"] == __version__
    ('article', False, [], True)
    >>> record["credits"]
    {'reporter': 'Mai Xuan', 'translator': None, 'photographer': None, 'editor': None, 'source': None}
    """
    projected: Record = {}
    for field in FIELDS:
        default = [] if field in LIST_FIELDS else {} if field == "extra" else "" if field == "text" else None
        projected[field] = record.get(field, default)
    if projected["kind"] is None:
        projected["kind"] = "unknown"
    if isinstance(projected["credits"], dict):
        projected["credits"] = all_credits(projected["credits"])
    projected["bdtools_version"] = __version__
    return projected
