"""The ``dedup`` stage: pages whose body text is the same are one story.

Exact duplicates only for now: the fingerprint is taken over the body paragraphs, headings and
listing items without their agency tag, so re-crawls with other view counts or footers match.
The canonical record of a cluster does not depend on input order: the earliest ``published``,
then the longest body, then the smallest id. Output order is input order.

>>> pages = [{"id": "b" * 16, "published": None, "text": "x", "blocks": [{"role": "body", "text": "PORTAL - Same."}]},
...          {"id": "a" * 16, "published": None, "text": "x", "blocks": [{"role": "body", "text": "BEGIC - same"}]}]
>>> [record["dup"]["status"] for record in dedup(pages)]
['exact', 'unique']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bdtools.parsers.fingerprint import exact_fingerprint
from bdtools.parsers.page import strip_agency_tag
from bdtools.records import Record
from bdtools.separate import TEXT_ROLES


def body_fingerprint(record: Record) -> str | None:
    """The exact fingerprint of a record's body, None when it has no words."""
    return exact_fingerprint(
        strip_agency_tag(block["text"]) for block in record.get("blocks") or [] if block["role"] in TEXT_ROLES
    )


def canonical_order(record: Record) -> tuple:
    """Sort key of the canonical rule: earliest published, then longest body, then smallest id."""
    published = record.get("published")
    return (published is None, published or "", -len(record.get("text") or ""), record["id"])


def dedup(records: Iterable[Record]) -> Iterator[Record]:
    """Mark every record ``dup = {status, of, score, cluster}``; two passes over the records."""
    records = list(records)
    canonical: dict[str, Record] = {}
    prints = [body_fingerprint(record) for record in records]
    for record, key in zip(records, prints, strict=True):
        if key is not None and (key not in canonical or canonical_order(record) < canonical_order(canonical[key])):
            canonical[key] = record
    for record, key in zip(records, prints, strict=True):
        first = canonical.get(key) if key is not None else None
        if first is None or first is record:
            record["dup"] = {"status": "unique", "of": None, "score": None, "cluster": record["id"]}
        else:
            record["dup"] = {"status": "exact", "of": first["id"], "score": 1.0, "cluster": first["id"]}
        yield record
