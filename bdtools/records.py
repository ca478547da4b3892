"""The record: field order, JSON Schema, JSONL serialisation and atomic file output.

>>> dumps({"text": "Chia sẻ", "id": "00ab"})
'{"id":"00ab","text":"Chia sẻ"}'
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import math
import os
import re
import stat
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, NamedTuple

import orjson

Record = dict[str, Any]

SCHEMA_VERSION = 1

# Every field of an emitted record, in output order.
FIELDS = (
    "id", "source", "text", "kind", "title", "category", "agency", "views", "content_type",
    "byline", "credits", "blocks", "ui", "published", "published_raw", "dates", "lang", "dup",
    "warnings", "bdtools_version", "extra",
)

LIST_FIELDS = frozenset({"blocks", "ui", "dates", "warnings"})

_NULLABLE_STRING = {"type": ["string", "null"]}
# The fields of ``credits``, each present in an emitted record (null when the page names nobody for it): a
# fixed shape reads as one struct type downstream (DuckDB, Arrow). `page.CREDIT_FIELDS` fills them.
CREDIT_KEYS = ("reporter", "translator", "photographer", "editor", "source")

_LANG = {"type": ["string", "null"], "pattern": "^(?:[a-z]{2,3}|mixed|none)$"}
_SEGMENT = {
    "type": "object",
    "required": ["text", "lang", "gloss"],
    "additionalProperties": False,
    "properties": {"text": {"type": "string"}, "lang": _LANG, "gloss": _NULLABLE_STRING},
}
_LINE_PROPERTIES = {
    "role": {"type": "string"},
    "text": {"type": "string"},
    "line": {"type": "integer", "minimum": 1},
    "lang": _LANG,
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": f"bdtools record, schema {SCHEMA_VERSION}",
    "type": "object",
    "required": list(FIELDS),
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "minLength": 1, "pattern": "\\S"},
        "source": {
            "type": "object",
            "required": ["path", "line", "bytes", "sha256", "encoding"],
            "additionalProperties": False,
            "properties": {
                "path": {"type": "string"},
                "line": {"type": ["integer", "null"]},
                "bytes": {"type": "integer", "minimum": 0},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "encoding": _NULLABLE_STRING,
            },
        },
        "text": {"type": "string"},
        "kind": {"enum": ["article", "listing", "other", "unknown"]},
        "title": _NULLABLE_STRING,
        "category": _NULLABLE_STRING,
        "agency": _NULLABLE_STRING,
        "views": {"type": ["integer", "null"], "minimum": 0},
        "content_type": _NULLABLE_STRING,
        "byline": {
            "type": ["object", "null"],
            "required": ["date", "date_raw", "author"],
            "additionalProperties": False,
            "properties": {"date": {"type": ["string", "null"], "format": "date"}, "date_raw": {"type": "string"},
                           "author": _NULLABLE_STRING},
        },
        "credits": {  # every key, as `emit` writes them; records of an earlier bdtools may lack some
            "type": ["object", "null"],
            "additionalProperties": False,
            "properties": {key: _NULLABLE_STRING for key in CREDIT_KEYS},
        },
        "blocks": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["role", "text", "line", "lang", "agency", "of"],
                "additionalProperties": False,
                "properties": {
                    **_LINE_PROPERTIES,
                    "role": {"enum": ["body", "heading", "caption", "listing_item"]},
                    "agency": _NULLABLE_STRING,
                    "of": _NULLABLE_STRING,
                },
            },
        },
        "ui": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["role", "text", "line", "lang", "gloss", "segments"],
                "additionalProperties": False,
                "properties": {
                    **_LINE_PROPERTIES,
                    "gloss": _NULLABLE_STRING,
                    "segments": {"type": "array", "items": _SEGMENT},
                },
            },
        },
        "published": {"type": ["string", "null"], "format": "date-time"},
        "published_raw": _NULLABLE_STRING,
        "dates": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "value", "line", "year_inferred"],
                "additionalProperties": False,
                "properties": {
                    "text": {"type": "string"},
                    "value": {"type": "string"},
                    "line": {"type": "integer", "minimum": 1},
                    "year_inferred": {"type": "boolean"},
                },
            },
        },
        "lang": _LANG,
        "dup": {
            "type": ["object", "null"],
            "required": ["status", "of", "score", "cluster"],
            "additionalProperties": False,
            "properties": {
                "status": {"enum": ["unique", "exact", "near", "teaser"]},
                "of": _NULLABLE_STRING,
                "score": {"type": ["number", "null"]},
                "cluster": {"type": "string"},
            },
        },
        "warnings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["stage", "code", "message", "line"],
                "additionalProperties": False,
                "properties": {
                    "stage": {"type": "string"},
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "line": {"type": ["integer", "null"]},
                },
            },
        },
        "bdtools_version": {"type": "string"},
        "extra": {"type": "object"},
    },
}


# The Python types of each JSON type the schema names.
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,), "object": (dict,),
    "array": (list,), "null": (type(None),),
}
# What a check finds: where (innermost part first) and what.
Problem = tuple[list[str], str]


def schema_problem(record: Record) -> str | None:
    """What in a record (as a stage writes it, with the fields it has so far) a later stage could not
    read: a field of the wrong JSON type, a value outside its enumeration, a nested object without a
    field it needs. Patterns, formats and bounds are not checked. None when there is nothing.

    >>> schema_problem({"id": "a", "text": "x", "blocks": [{"role": "body", "text": "x"}]})
    "'blocks[0]' has no 'line'"
    >>> schema_problem({"id": "a", "text": "x", "lang": 5}), schema_problem({"id": "a", "kind": "article", "dup": None})
    ("'lang' is not of type string or null", None)
    >>> schema_problem({"id": "a", "views": 12.0}), schema_problem({"id": "a", "views": 12.5})
    (None, "'views' is not of type integer or null")
    """
    problem = _leaf_problem(_RECORD, record)
    if problem is None:
        return None
    where, what = problem
    return f"'{''.join(reversed(where)).lstrip('.')}' {what}"


class _Leaf(NamedTuple):
    """What a value must be by its own schema: an enumeration (or None), JSON types (or none), and, when
    it is an object or array with a schema of its own, the check of what it holds."""

    enum: list[Any] | None
    names: tuple[str, ...]
    types: tuple[type, ...]
    bool_is_wrong: bool
    fraction_is_wrong: bool  # an integer, not a number: 1.0 is one (as JSON Schema reads it), 1.5 is not
    inner: Callable[[Any], Problem | None] | None


def _leaf_of(schema: dict[str, Any], top: bool = False) -> _Leaf:
    names = schema.get("type", ())
    names = (names,) if isinstance(names, str) else tuple(names)
    types = tuple(kind for name in names for kind in _JSON_TYPES[name])
    integer_only = "integer" in names and "number" not in names
    inner = _check_of(schema, top) if "properties" in schema or "items" in schema else None
    return _Leaf(schema.get("enum"), names, (*types, float) if integer_only else types,
                 bool(names) and "boolean" not in names, integer_only, inner)


def _wrong_type(leaf: _Leaf, value: Any) -> bool:
    return bool(leaf.types) and (
        not isinstance(value, leaf.types)
        or (leaf.bool_is_wrong and value.__class__ is bool)
        or (leaf.fraction_is_wrong and value.__class__ is float and not value.is_integer())
    )


def _leaf_problem(leaf: _Leaf, value: Any) -> Problem | None:
    """``value`` against its `_Leaf`."""
    if leaf.enum is not None and value not in leaf.enum:
        return [], "is none of " + ", ".join(map(str, leaf.enum))
    if _wrong_type(leaf, value):
        return [], "is not of type " + " or ".join(leaf.names)
    return leaf.inner(value) if leaf.inner is not None else None


def _check_of(schema: dict[str, Any], top: bool = False) -> Callable[[Any], Problem | None]:
    """A function that checks what an object or array holds against ``schema``'s properties (with their
    required fields, below the top) or items, made once from the schema, so that each value's own types
    and enumeration are read from a tuple, not the schema's dicts."""
    properties = {key: _leaf_of(inner) for key, inner in schema.get("properties", {}).items()}
    required = () if top else tuple(schema.get("required", ()))
    items = _leaf_of(schema["items"]) if "items" in schema else None

    def check(value: Any) -> Problem | None:
        if value.__class__ is dict:
            for key in required:
                if key not in value:
                    return [], f"has no '{key}'"
            for key, item in value.items():
                leaf = properties.get(key)
                if leaf is None:
                    continue
                enum, _, types, bool_is_wrong, fraction_is_wrong, inner = leaf
                if (  # `_leaf_problem` written out: a call a value would double the check's time
                    (enum is not None and item not in enum)
                    or (types and (not isinstance(item, types) or (bool_is_wrong and item.__class__ is bool)
                                   or (fraction_is_wrong and item.__class__ is float and not item.is_integer())))
                    or (inner is not None and inner(item) is not None)
                ):
                    problem = _leaf_problem(leaf, item)  # found again, with its words
                    problem[0].append("." + key)  # type: ignore[index]
                    return problem
        elif items is not None and value.__class__ is list:
            for index, item in enumerate(value):
                if (problem := _leaf_problem(items, item)) is not None:
                    problem[0].append(f"[{index}]")
                    return problem
        return None

    return check


_RECORD = _leaf_of(SCHEMA, top=True)


@dataclass(frozen=True)
class Reject:
    """An input that could not become a record, and why.

    >>> parse_jsonl_line('{"text": 3}', "pages.jsonl", 7)
    Reject(path='pages.jsonl', line=7, reason="no string field 'text'", raw='{"text": 3}')
    """

    path: str
    line: int | None
    reason: str
    raw: str | None = None

    def to_json(self) -> str:
        """The reject as one JSONL line.

        >>> Reject("a.jsonl", 3, "not JSON").to_json()
        '{"path":"a.jsonl","line":3,"reason":"not JSON","raw":null}'
        """
        data = {"path": self.path, "line": self.line, "reason": self.reason, "raw": self.raw}
        line = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        return _with_line_breaks_escaped(line).decode("utf-8", "surrogatepass")


class RejectLog:
    """A run's rejects, in order, kept in a temporary file as their JSONL lines, so that a run over many
    bad inputs does not grow in memory with them; counted by reason (what comes before a colon) as they come.

    >>> log = RejectLog([Reject("a.jsonl", 2, "not JSON: Expecting value", "{")])
    >>> log.append(Reject("b.txt", None, "cannot read: No such file"))
    >>> len(log), dict(log.reasons), [reject.raw for reject in log]
    (2, {'not JSON': 1, 'cannot read': 1}, ['{', None])
    >>> next(log.lines())
    '{"path":"a.jsonl","line":2,"reason":"not JSON: Expecting value","raw":"{"}\\n'
    """

    def __init__(self, rejects: Iterable[Reject] = ()) -> None:
        self.file: IO[bytes] | None = None
        self.reasons: Counter[str] = Counter()
        self.extend(rejects)

    def append(self, reject: Reject) -> None:
        """Keep one reject at the end."""
        if self.file is None:
            self.file = tempfile.TemporaryFile()
        self.file.write(reject.to_json().encode("utf-8", "surrogatepass") + b"\n")
        self.reasons[reject.reason.split(":")[0]] += 1

    def extend(self, rejects: Iterable[Reject]) -> None:
        """Keep some rejects at the end, in their order."""
        for reject in rejects:
            self.append(reject)

    def __len__(self) -> int:
        return self.reasons.total()

    def __iter__(self) -> Iterator[Reject]:
        """The rejects in the order they came, read back from the file."""
        for line in self.lines():
            yield Reject(**json.loads(line))

    def lines(self) -> Iterator[str]:
        """The rejects' JSONL lines (`Reject.to_json` and a newline), in the order they came, as the file
        keeps them (not to be appended to meanwhile: the file's position goes back to its end once the
        reading stops)."""
        if self.file is None:
            return
        end = self.file.tell()
        self.file.seek(0)
        try:
            for line in self.file:
                yield line.decode("utf-8", "surrogatepass")
        finally:
            self.file.seek(end)


def ordered(record: Record) -> Record:
    """The record with its known fields first, in schema order, then any others as they came.

    >>> list(ordered({"note": 1, "text": "", "id": "0" * 16}))
    ['id', 'text', 'note']
    """
    known = {key: record[key] for key in FIELDS if key in record}
    return known | {key: value for key, value in record.items() if key not in known}


def json_line(record: Record) -> bytes:
    """One JSONL line as UTF-8 bytes, newline included: no ASCII escapes, keys in schema order, no spaces.

    orjson writes it (a sixth of the time of the standard encoder on these records); an integer beyond
    64 bits, which orjson refuses, sends the record to the standard encoder.

    >>> json_line({"lang": "vi", "title": "Tin tức", "score": 0.95}).decode()
    '{"title":"Tin tức","lang":"vi","score":0.95}\\n'
    >>> json_line({"id": 2**70})
    b'{"id":1180591620717411303424}\\n'
    """
    try:
        return orjson_line(record)
    except TypeError:
        line = (json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        return _with_line_breaks_escaped(line)


def orjson_line(record: Record, in_order: bool = False) -> bytes:
    """`json_line` by orjson alone: a TypeError for what it refuses (an integer beyond 64 bits). ``in_order``:
    the record's keys are `ordered` already (an `bdtools.emit.emit` projection's are), which is not checked.

    >>> orjson_line({"id": 2**70})
    Traceback (most recent call last):
    TypeError: Integer exceeds 64-bit range
    >>> orjson_line({"title": "x", "id": "0"}), orjson_line({"title": "x", "id": "0"}, in_order=True)
    (b'{"id":"0","title":"x"}\\n', b'{"title":"x","id":"0"}\\n')
    """
    return _with_line_breaks_escaped(orjson.dumps(record if in_order else ordered(record), option=orjson.OPT_APPEND_NEWLINE))


def json_value(value: Any) -> bytes:
    """A value as `orjson_line` writes it inside a line (strings, numbers, null, and lists and objects of them).

    >>> json_value({"status": "near", "score": 0.85, "of": None})
    b'{"status":"near","score":0.85,"of":null}'
    """
    return _with_line_breaks_escaped(orjson.dumps(value))


# An output file's line (about 16 KB a generated page) is larger than io's default buffer, which then writes each
# one with a system call of its own: with 1 MiB, 20,000 such lines are written in 0.085 s instead of 0.2. (Only
# the temporary file of an atomic output: a pipe or device written directly gets a line as io's buffer lets it
# through, one larger than the buffer at once.)
OUTPUT_BUFFER_BYTES = 1 << 20
# Characters that JSON lets stand raw in a string but that some readers take for line ends (Python's
# str.splitlines, JavaScript before ES2019): NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, as UTF-8.
_LINE_BREAKS_ESCAPED = ((b"\xc2\x85", b"\\u0085"), (b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))


def _with_line_breaks_escaped(data: bytes) -> bytes:
    """JSON with its raw NEL, U+2028 and U+2029 escaped: one line for every reader.

    >>> _with_line_breaks_escaped('{"text":"a\u2028b"}'.encode())
    b'{"text":"a\\\\u2028b"}'
    """
    # Looked for in the text, not the bytes: a search for a short byte string runs at a third of the speed
    # over Vietnamese UTF-8, and the three of them took 33 µs a generated page's line, the decode and three
    # character searches 9.
    text = data.decode("utf-8", "surrogatepass")
    if "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return data
    for raw, escaped in _LINE_BREAKS_ESCAPED:
        data = data.replace(raw, escaped)
    return data


def all_credits(credits: dict | None) -> dict | None:
    """``credits`` with every key of `CREDIT_KEYS`, null where nobody is named: what `clean` makes, and
    what `emit` writes of a record of an earlier bdtools.

    >>> all_credits({"reporter": "Mai Xuan"})
    {'reporter': 'Mai Xuan', 'translator': None, 'photographer': None, 'editor': None, 'source': None}
    """
    return None if credits is None else {key: credits.get(key) for key in CREDIT_KEYS}


def dumps(record: Record) -> str:
    """`json_line` as text, without the newline.

    >>> dumps({"lang": "vi", "title": "Tin tức"})
    '{"title":"Tin tức","lang":"vi"}'
    """
    return json_line(record)[:-1].decode("utf-8")


# The fields a stage reads that an earlier one makes, and what a record without one lacks. A stage after ``clean``
# given a page not through it read it as an empty page (dedup called two copies of a page unique), silently.
_STAGE_NEEDS = {"clean": (), "separate": ("blocks",), "dates": ("blocks",), "dedup": ("blocks", "id")}
_LACKS = {
    "blocks": "has not been through clean (no 'blocks'): bdtools.pipeline.through or process takes it through the stages before",
    "id": "has no 'id' (dedup names clusters and orders records by it)",
}


def stage_input(record: Any, stage: str) -> None:
    """Raise the error of a record ``stage`` cannot take, naming the stage and the record, where the stage would
    fail deep inside or read it wrong: no dict (TypeError), a ``text`` that is no str (TypeError), a field an
    earlier stage makes missing (ValueError, `_STAGE_NEEDS`).

    >>> stage_input({"id": "a", "text": b"News"}, "clean")
    Traceback (most recent call last):
    TypeError: clean: record 'a': 'text' is bytes, not str (decode it, or read the page with bdtools.ingest.read)
    >>> stage_input({"id": "a", "text": "News"}, "dates")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: dates: record 'a' has not been through clean (no 'blocks'): bdtools.pipeline.through or process ...
    """
    if not isinstance(record, dict):
        raise TypeError(f"{stage}: a record is a dict with a 'text' string, not {type(record).__name__}")
    if not isinstance(record.get("text", ""), str):
        kind = type(record["text"]).__name__
        hint = "decode it, or read the page with bdtools.ingest.read"
        raise TypeError(f"{stage}: {_named(record)}: 'text' is {kind}, not str ({hint})")
    for field in _STAGE_NEEDS[stage]:
        if record.get(field) is None:
            raise ValueError(f"{stage}: {_named(record)} {_LACKS[field]}")


def _named(record: Record) -> str:
    return f"record {record['id']!r}" if record.get("id") is not None else "a record"


def add_warning(record: Record, stage: str, code: str, message: str, line: int | None = None) -> None:
    """Append a warning to a record.

    >>> record = {}
    >>> add_warning(record, "dates", "weekday_mismatch", "Thứ 3 is not a Wednesday", 1)
    >>> record["warnings"][0]["code"]
    'weekday_mismatch'
    """
    record.setdefault("warnings", []).append({"stage": stage, "code": code, "message": message, "line": line})


def drop_warnings(record: Record, stage: str) -> None:
    """Remove a stage's earlier warnings, so that running the stage again gives the same record.

    >>> record = {"warnings": [{"stage": "clean", "code": "no_title"}, {"stage": "dates", "code": "weekday_mismatch"}]}
    >>> drop_warnings(record, "dates"); [warning["code"] for warning in record["warnings"]]
    ['no_title']
    """
    record["warnings"] = [warning for warning in record.get("warnings") or [] if warning["stage"] != stage]


# A byte order mark that opens a line after the first: a file's of its own, that joining files kept.
BYTE_ORDER_MARK = "\ufeff"


def parse_jsonl_line(line: str, path: str, number: int) -> Record | Reject:
    """One JSONL line as a record, or the reason it is not one. An object that gives a key twice, at the
    top or inside, is refused: which value its writer meant is unknown, and one would be lost unsaid.

    >>> parse_jsonl_line('{"text": "x"}', "a.jsonl", 1)
    {'text': 'x'}
    >>> parse_jsonl_line('[1]', "a.jsonl", 2).reason
    'not a JSON object'
    >>> parse_jsonl_line('\ufeff{"text": "x"}', "a.jsonl", 3)
    {'text': 'x'}
    >>> parse_jsonl_line('{"url": "a", "text": "page one", "text": "page two"}', "a.jsonl", 4).reason
    "duplicate key: 'text'"
    """
    try:
        value = _loads(line, _unique_pairs)
    except _RepeatedKey:
        return Reject(path, number, _repeated_key_reason(line), line)
    except (ValueError, RecursionError) as error:
        if isinstance(error, json.JSONDecodeError) and line.startswith(BYTE_ORDER_MARK):
            # Asked only after a failure: nothing on the good path. All of them at once: files joined with
            # empty ones between leave several, and one a call recursed deep.
            return parse_jsonl_line(line.lstrip(BYTE_ORDER_MARK), path, number)
        return Reject(path, number, _unreadable(error), line)
    if not isinstance(value, dict):
        return Reject(path, number, "not a JSON object", line)
    if not isinstance(value.get("text"), str):
        return Reject(path, number, "no string field 'text'", line)
    return value


def _loads(line: str, pairs_hook: Callable[[list[tuple[str, Any]]], Any]) -> Any:
    """A line's JSON value, its objects made by ``pairs_hook``; raises as `json.loads` does, and ValueError
    for what Python cannot hold (`_finite_float`, `_not_a_json_value`)."""
    return json.loads(line, parse_float=_finite_float, parse_constant=_not_a_json_value, object_pairs_hook=pairs_hook)


def _unreadable(error: ValueError | RecursionError) -> str:
    """Why a line whose JSON `_loads` refused is no record.

    >>> _unreadable(RecursionError()), _unreadable(ValueError("NaN is not a JSON value"))
    ('JSON nested too deeply to read', 'not JSON we can read: NaN is not a JSON value')
    """
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON: {error.msg} (column {error.colno})"
    if isinstance(error, RecursionError):
        return "JSON nested too deeply to read"
    # A number beyond what Python reads (a float's range, 4,300 digits), NaN, Infinity.
    return f"not JSON we can read: {str(error).split(';')[0]}"


class _RepeatedKey(Exception):
    """An object of a line gives a key twice (no ValueError: `json.loads` lets it through as it is)."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict, or `_RepeatedKey` when a key comes twice.

    The exact check at the cost of a call an object: 0.3 µs a crawler's line of one object (counting each
    key's quoted form in the line after a plain parse took 6.6 µs there, and misses a key written with
    escapes, ``"te\\u0078t"``), 15 µs a record of ours with its some 45 objects (blocks, UI lines, warnings),
    about 9 of them the lists of pairs the scanner makes for any hook (where counting is no gate: "text"
    is the key of every block).

    >>> _unique_pairs([("url", "a"), ("text", "x")])
    {'url': 'a', 'text': 'x'}
    """
    value = dict(pairs)
    if len(value) < len(pairs):
        raise _RepeatedKey
    return value


class _Pairs(list):  # type: ignore[type-arg]
    """An object's pairs as they were written, repeated keys too (a list by type: made in C, no call)."""


def _repeated_key_reason(line: str) -> str:
    """Why a line that `_unique_pairs` refused is no record: the first repeated key's place, named as
    `schema_problem` names a field, or the line's other fault past it (the check stopped at the key).

    >>> _repeated_key_reason('{"text": "x", "extra": {"url": "a", "u\\\\u0072l": "b"}}')
    "duplicate key: 'extra.url'"
    >>> _repeated_key_reason('{"a": {"b": 1, "b": 2}, oops}')
    'not JSON: Expecting property name enclosed in double quotes (column 25)'
    """
    try:
        value = _loads(line, _Pairs)
    except (ValueError, RecursionError) as error:
        return _unreadable(error)
    place = _repeated_key_place(value) or ""
    # A key may be a page long, a place a thousand objects deep: its head and the key's end are shown, the
    # reject's raw line holds it whole.
    half = _SHOWN_PLACE_CHARS // 2
    return f"duplicate key: '{place if len(place) <= 2 * half else place[: half - 1] + '…' + place[-half:]}'"


# Characters of a repeated key's place that a reject's reason shows.
_SHOWN_PLACE_CHARS = 100


def _repeated_key_place(value: Any) -> str | None:
    """Where the first object (outermost first, then in order) that repeats a key does so, in a value
    whose objects are `_Pairs`, named as `schema_problem` names a field; None where none does. (A walk
    of its own, no recursion: the line may be nested as deep as Python's recursion limit lets it read.)

    >>> _repeated_key_place([1, _Pairs([("a", _Pairs([("b", 1), ("b", 2)]))])]), _repeated_key_place([[]])
    ('[1].a.b', None)
    """
    waiting = [("", value)]
    while waiting:
        place, value = waiting.pop()
        if isinstance(value, _Pairs):
            repeated = _first_repeated(key for key, _ in value)
            if repeated is not None:
                return _inner_place(place, repeated)
            inner = [(_inner_place(place, key), item) for key, item in value]
        elif isinstance(value, list):
            inner = [(f"{place}[{index}]", item) for index, item in enumerate(value)]
        else:
            continue
        waiting.extend(reversed(inner))
    return None


def _inner_place(place: str, key: str) -> str:
    """The place of ``key`` in the object at ``place`` ("" the line's own). No dots stripped from the
    joined place: a key may begin with one.

    >>> _inner_place("", ".url"), _inner_place("images[1]", "src")
    ('.url', 'images[1].src')
    """
    return f"{place}.{key}" if place else key


def _first_repeated(keys: Iterable[str]) -> str | None:
    """The first key that comes a second time, None when none does.

    >>> _first_repeated(["url", "text", "title", "text", "url"]), _first_repeated(["url", "text"])
    ('text', None)
    """
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return None


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent, refused beyond a float's range (it would be written as
    Infinity, which is no JSON).

    >>> _finite_float("1e308"), _finite_float("-0.5")
    (1e+308, -0.5)
    """
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:40]} is beyond a float's range")
    return value


def _not_a_json_value(name: str) -> float:
    raise ValueError(f"{name} is not a JSON value")


@functools.cache
def _new_file_mode() -> int:
    """0666 less the process's umask: the mode of a file that ``open(path, "w")`` creates (read once:
    reading the umask means setting it for a moment).

    >>> oct(_new_file_mode() & 0o600)
    '0o600'
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class OutputError(Exception):
    """An output file that cannot be written: its name and why, in one line.

    >>> with atomic_output("/proc/no/such/dir/out.jsonl") as stream:
    ...     pass
    Traceback (most recent call last):
    bdtools.records.OutputError: cannot write /proc/no/such/dir/out.jsonl: No such file or directory
    """


def output_error(path: str | None, error: OSError) -> Exception:
    """What to raise for ``error`` met writing ``path`` (stdout for None or '-'): an `OutputError` naming it;
    a closed pipe stays itself, as a command ends quietly on it.

    >>> output_error("out.jsonl", OSError(28, "No space left on device")), output_error(None, BrokenPipeError())
    (OutputError('cannot write out.jsonl: No space left on device'), BrokenPipeError())
    """
    if isinstance(error, BrokenPipeError):
        return error
    return OutputError(f"cannot write {path if path not in (None, '-') else 'stdout'}: {error.strerror or error}")


@contextlib.contextmanager
def writing_to(path: str | None) -> Iterator[None]:
    """An OSError in the block raised as `output_error` gives it for ``path``.

    >>> with writing_to("out.jsonl"):
    ...     raise IsADirectoryError(21, "Is a directory")
    Traceback (most recent call last):
    bdtools.records.OutputError: cannot write out.jsonl: Is a directory
    """
    try:
        yield
    except OSError as error:
        raise output_error(path, error) from None


@contextlib.contextmanager
def atomic_output(path: str | None, binary: bool = False) -> Iterator[IO[Any]]:
    """A text stream (a byte stream with ``binary``) that replaces ``path`` only when the block ends without
    error; stdout for None or '-'. Opening, closing or replacing the file raises `OutputError`.

    A path of one of this process's file descriptors (``/dev/stdout``, ``/proc/self/fd/3``, through links) that
    it was given (one it opened itself is refused) is written through the descriptor, where the shell's
    redirection put it (`_descriptor_of`). A path that exists and is not a regular file (``/dev/null``, a
    named pipe) is written directly: renaming over it would replace the device. A link to a file is followed:
    its file is replaced (keeping its mode, and its owner where this process may), the link stays.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> with atomic_output(str(target)) as stream:
    ...     _ = stream.write("{}\\n")
    ...     target.exists()
    False
    >>> target.read_text()
    '{}\\n'
    """
    temporary = None
    with writing_to(path):
        descriptor = 1 if path in (None, "-") else _descriptor_of(path)  # type: ignore[arg-type]
        if descriptor in (1, 2):
            stream = _standard_stream(descriptor, binary)
    if descriptor in (1, 2):
        yield stream  # (outside writing_to: an OSError of the caller's block is not this output's)
        with writing_to(path):
            stream.flush()  # a full disk or a closed pipe told here, not at the interpreter's exit
        return
    with writing_to(path):
        target = _target_of(path)
        if descriptor is not None or (os.path.exists(target) and not os.path.isfile(target)):
            stream = _open(_given_descriptor(descriptor) if descriptor is not None else path, binary)
        else:
            directory = os.path.dirname(target)
            os.makedirs(directory, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".bdtools-", suffix=".tmp", dir=directory)
            try:
                _give_the_mode_of(handle, target)
                stream = _open(handle, binary, buffering=OUTPUT_BUFFER_BYTES)
            except OSError:
                os.close(handle)
                os.unlink(temporary)
                raise
    try:
        yield stream
        with writing_to(path):
            stream.close()
            if temporary is not None:
                os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def _standard_stream(descriptor: int, binary: bool) -> IO[Any]:
    """Standard output (1) or error (2), as text, or as bytes after what was written to it as text (a stand-in
    with no byte stream below it, such as a ``StringIO``, is given decoded text)."""
    stream = sys.stdout if descriptor == 1 else sys.stderr
    if stream is None:  # closed when the process started (">&-")
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return stream if not binary else _TextWriter(stream)
    return buffer if binary else _Utf8Text(buffer)


def _target_of(path: str) -> str:
    """The file that ``path`` names, its links followed (a dangling one's target is to be made); a loop of
    links raises OSError, as opening it would."""
    try:
        return os.path.realpath(path, strict=True)
    except (FileNotFoundError, NotADirectoryError):  # no such file (yet), or a folder of it is none (told later)
        return os.path.realpath(path)


def _give_the_mode_of(handle: int, target: str) -> None:
    """The temporary file ``handle`` gets the mode (and, where this process may, the owner) of the file it will
    replace, or the mode ``open(path, "w")`` gives a new file (mkstemp makes 0600)."""
    try:
        status = os.stat(target)
    except FileNotFoundError:
        os.fchmod(handle, _new_file_mode())
        return
    os.fchmod(handle, stat.S_IMODE(status.st_mode))
    if (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):  # EPERM; EINVAL for an id not mapped in a user namespace
            os.fchown(handle, status.st_uid, status.st_gid)


# An open file descriptor's path: /proc/self/fd/1, /proc/1234/fd/3, /dev/fd/1.
_DESCRIPTOR_PATH = re.compile(r"/+(?:proc/+(self|thread-self|[0-9]+)|dev)/+fd/+([0-9]{1,9})")
# Links followed at most, as the system follows them (Linux's limit).
_MAX_LINKS = 40


def _descriptor_of(path: str) -> int | None:
    """The file descriptor of this process that ``path`` names: a descriptor's path, or a link on the way from
    it to its file (``/dev/stdout`` links to ``/proc/self/fd/1``); None for any other path (stdout's file by
    another name too: an output named so is replaced whole, as any file is).

    >>> _descriptor_of("/dev/fd/1"), _descriptor_of("samples/001_b5f1e6c3974f0a2e.txt")
    (1, None)
    """
    place = path
    for _ in range(_MAX_LINKS):
        found = _DESCRIPTOR_PATH.fullmatch(os.path.abspath(place))
        if found is not None and found.group(1) in ("self", "thread-self", str(os.getpid()), None):
            return int(found.group(2))
        if not os.path.islink(place):
            return None
        place = os.path.join(os.path.dirname(place), os.readlink(place))
    return None


def _given_descriptor(descriptor: int) -> int:
    """A copy of a descriptor this process was given (written where it stands, not truncated; closing the copy
    leaves it open); one it opened itself (an output's temporary file, a worker's pipe) is refused (EBADF)."""
    if not os.get_inheritable(descriptor):
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    return os.dup(descriptor)


def _open(file: str | int, binary: bool, buffering: int = -1) -> IO[Any]:
    """A path or file descriptor opened for writing: bytes (through a buffer of ``buffering`` bytes: -1, io's
    default), or UTF-8 text with newlines as they are."""
    return open(file, "wb", buffering=buffering) if binary else open(file, "w", encoding="utf-8", newline="\n")


class _Utf8Text:
    """Text written to a byte stream as UTF-8, whatever the locale's encoding of the text stream above it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text.encode("utf-8"))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.stream.flush()


class _TextWriter:
    """Bytes written to a text stream as UTF-8 text.

    >>> import io
    >>> text = io.StringIO(); _ = _TextWriter(text).write("Tin tức".encode()); text.getvalue()
    'Tin tức'
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> int:
        return self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()
