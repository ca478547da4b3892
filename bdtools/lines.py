"""Output lines made before dedup decides: ``bdtools run`` encodes each record where its page stages ran
(in a worker under ``--jobs``), with holes where dedup's decision goes, and the one ordered dedup step
only fills them: it neither reloads nor re-encodes the records.

A hole is where the line is cut: one for the ``of`` of each block, in order, and one for the ``dup``
field, in the order of the schema's fields. The line is kept as its pieces between the holes, so that
neither the worker (a count and a replace) nor the ordered fill (a split) searches the whole line. A
record whose line cannot be made so (a string value equal to the marker, a number beyond 64 bits)
travels as a record and is encoded after the decision: the same bytes either way.

>>> from bdtools.decisions import Decision
>>> record = {"id": "0" * 16, "kind": "article", "text": "Lead.", "blocks": [{"role": "body", "text": "Lead."}]}
>>> filled = finished_line(line_ahead(record), Decision("unique", None, None, "0" * 16))
>>> filled.line == written(emit(settled_record(marshal.dumps(record), Decision("unique", None, None, "0" * 16)))).line
True
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable
from typing import NamedTuple

from bdtools.decisions import Decision
from bdtools.dedup import settled_record
from bdtools.emit import emit
from bdtools.records import FIELDS, Record, json_line, json_value, orjson_line


class Written(NamedTuple):
    """A record's JSON line and what a run's summary counts of it, made where the record is (in a
    worker under ``--jobs``): the process that writes the output needs no more.

    >>> item = written({"kind": "article", "dup": {"status": "exact"}, "warnings": [{"code": "weekday_mismatch"}]})
    >>> item.kind, item.status, item.warnings, item.line[:18]
    ('article', 'exact', ('weekday_mismatch',), b'{"kind":"article",')
    """

    line: bytes
    kind: str | None
    status: str | None
    warnings: tuple[str, ...]


def written(record: Record) -> Written:
    """A record as it is written out (see `Written`).

    >>> written({"id": "0" * 16, "kind": "listing"})
    Written(line=b'{"id":"0000000000000000","kind":"listing"}\\n', kind='listing', status=None, warnings=())
    """
    status = (record.get("dup") or {}).get("status")
    return Written(json_line(record), record.get("kind"), status, warning_codes(record))


def warning_codes(record: Record) -> tuple[str, ...]:
    """The codes of a record's warnings.

    >>> warning_codes({"warnings": [{"code": "weekday_mismatch", "message": "…"}]})
    ('weekday_mismatch',)
    """
    # Interned: a code that came through a pipe is another object than the stage's own, and marshal writes
    # the two apart, so kept bytes would differ with the job count.
    return tuple(sys.intern(warning["code"]) for warning in record.get("warnings") or [])


def written_after(stage: Callable[[Record], Record], record: Record) -> Written:
    """``stage``, then `written`: a command's last step, on the processes that ran the stages.

    >>> written_after(emit, {"id": "0" * 16, "text": "PORTAL - Lead.", "kind": "article"}).line[:25]
    b'{"id":"0000000000000000",'
    """
    return written(stage(record))


# What stands in the holes while the line is encoded: found again as a JSON string, where the line is cut.
_MARKER = "bdtools\x00hole"
_ENCODED_MARKER = json_value(_MARKER)
_DUP_AFTER_BLOCKS = FIELDS.index("dup") > FIELDS.index("blocks")
_NULL = json_value(None)


def line_ahead(record: Record) -> bytes:
    """What ``bdtools run`` keeps of a record until dedup decides: its emitted line cut at its holes (a
    list of the pieces between them), its kind and warning codes (or, when the line cannot have holes,
    the record itself), as marshal bytes.

    >>> pieces, record, kind, warnings = marshal.loads(line_ahead({"id": "0" * 16, "blocks": [{"role": "body", "text": "x"}]}))
    >>> len(pieces) - 1, record, kind, warnings
    (2, None, 'unknown', ())
    >>> pieces, record, _, _ = marshal.loads(line_ahead({"id": "0" * 16, "title": _MARKER}))
    >>> pieces, marshal.loads(record)
    (None, {'id': '0000000000000000', 'title': 'bdtools\\x00hole'})
    """
    projected = emit(record)
    blocks = projected["blocks"] or []
    holes = dict(projected, dup=_MARKER, blocks=[dict(block, of=_MARKER) for block in blocks])
    pieces = _line_pieces(holes, 1 + len(blocks))
    kind, warnings = projected["kind"], warning_codes(projected)
    return marshal.dumps((pieces, marshal.dumps(record) if pieces is None else None, kind, warnings))


def _line_pieces(projected: Record, holes: int) -> list[bytes] | None:
    """The JSON line cut at each marker (one search of the line, where a count and a replace took two);
    None unless exactly ``holes`` markers were found."""
    try:
        pieces = orjson_line(projected, in_order=True).split(_ENCODED_MARKER)  # emit's fields are in order
    except TypeError:
        return None
    return pieces if len(pieces) == holes + 1 else None


def finished_line(data: bytes, decision: Decision) -> Written:
    """The written line of a record kept by `line_ahead`, its holes filled with ``decision``.

    >>> data = line_ahead({"id": "0" * 16, "blocks": [{"role": "listing_item", "text": "PORTAL - Lead…"}]})
    >>> import json
    >>> filled = json.loads(finished_line(data, Decision("near", "a" * 4, 0.85, "a" * 4, items={0: "b" * 4})).line)
    >>> filled["blocks"][0]["of"], filled["dup"]
    ('bbbb', {'status': 'near', 'of': 'aaaa', 'score': 0.85, 'cluster': 'aaaa'})
    """
    pieces, record, kind, warnings = marshal.loads(data)
    if pieces is None:
        return written_after(emit, settled_record(record, decision))
    values = [_NULL] * (len(pieces) - 2)  # the blocks' "of": mostly null
    for index, of in (decision.items or {}).items():
        values[index] = json_value(of)
    values.insert(len(values) if _DUP_AFTER_BLOCKS else 0, json_value(decision.as_field()))
    joined = [b""] * (2 * len(pieces) - 1)  # the pieces with the values between them
    joined[::2] = pieces
    joined[1::2] = values
    return Written(b"".join(joined), kind, decision.status, warnings)
