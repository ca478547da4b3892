"""The ``dedup`` stage: each story once, with its copies and teasers linked to it.

- ``exact``: the same body text (view counts, footers and agency tags do not count; a body of fewer than
  IDENTIFYING_WORDS words with the page's title and captions, `page_names`);
- ``near``: the estimated Jaccard of the bodies' word shingles is at least the threshold (0.8), or a page cut
  short in its body (`cut_short`) whose body is contained (≥ 0.9) in an article's, from its lead on (no whole
  page is a copy of a cut one);
- ``teaser``: a short page whose body is contained (≥ 0.9) in an article's body, from its lead on,
  and is at most half as long;
  a listing's items get ``of`` on their blocks the same way, but at most as long as the article (an item is no
  page, so no copy of one: it may repeat a short notice's whole lead, `ITEM_MAX_SHARE`).

Batch mode (the default) is order-independent: the same pages in any order give the same clusters, the
same canonical record (a whole page before a cut one, of two cut ones the longer, then earliest ``published``,
then longest body, then smallest id) and the same teaser links; output order is input order. Records are spilled to a temporary
file between the two passes; a record's entry stays in memory as about 106 bytes (`EntryTable`), its
sketch and shingle sets wait on disk (`ShingleStore`).
``streaming=True`` decides each record when it arrives, first seen wins, with no second pass. A
``state`` file (SQLite) remembers the canonical records of earlier runs, so copies of pages seen before
are marked too. While it runs, the objects alive in the process are kept out of the garbage collector's
generations (``gc.freeze``; see `FREEZE_EVERY`).

>>> body = "PORTAL - The provincial people's committee held a meeting on the smart city project today."
>>> pages = [{"id": "b" * 16, "published": None, "kind": "article", "text": body, "blocks": [{"role": "body", "text": body}]},
...          {"id": "a" * 16, "published": None, "kind": "article", "text": body, "blocks": [{"role": "body", "text": body}]}]
>>> [record["dup"]["status"] for record in dedup(pages)]
['exact', 'unique']
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import gc
import hashlib
import itertools
import marshal
import os
import re
import struct
import sys
import tempfile
import zlib
from array import array
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

import numpy as np

from bdtools.decisions import CUT_RANK, Cluster, Decision, Decisions, cut_page, may_be_exact, may_be_near
from bdtools.dedup_state import HeldPage, State
from bdtools.forked import ForkFailed, forked
from bdtools.parsers.fingerprint import (
    BAND_ROWS,
    SKETCH_BINS,
    band_keys,
    joined_hash,
    normalised_bytes,
    normalised_words,
    word_crcs,
)
from bdtools.parsers.page import strip_agency_tag
from bdtools.records import Record, stage_input
from bdtools.separate import TEXT_ROLES
from bdtools.similarity import similarities
from bdtools.sketch_numpy import (
    band_key_rows,
    bin_minima_arrays,
    body_words,
    common_count,
    distinct_shingles,
    in_sorted,
    jaccard,
    shingles_and_sketch,
    surely_missing_counts,
)

NEAR_THRESHOLD = 0.8
TEASER_CONTAINMENT = 0.9
# A teaser page is at most this share of its article: a short page that is an edited copy of a whole short
# article (or of a crawl cut after its lead) is no teaser of it.
TEASER_MAX_SHARE = 0.5
# A listing's item is never a page, so no copy of one: it may repeat the whole lead of a short notice, whose lead
# is most of its body (the portal's short articles: a 30-word lead of a 50-word body), but no more than its article.
ITEM_MAX_SHARE = 1.0
# Teasers repeat an article's lead from its start: the lead's first words are the key that finds it.
LEAD_KEY_WORDS = 8
# A page with at most this many body words may be a teaser of an article.
SHORT_PAGE_WORDS = 200
# A page cut short (`cut_short`) may be a near copy of an article that contains it, however long it is:
# at most as long as the article it was cut from (two cut pages never both contain each other).
CUT_MAX_SHARE = 1.0
# What a page asks a `LeadIndex` as (`page_ask`), where a listing's item asks by its index (0, 1, …): a short
# page, whether it is a teaser of the article whose lead it repeats; a page cut short, whether it is a near copy.
SHORT_PAGE = -1
CUT_PAGE = -2
# A body of fewer words than this is a phrase that different pages share, too short to tell its page from
# another: a photo gallery's "Một số hình ảnh tại buổi lễ:" ("Some pictures of the event:") above its captions,
# a notice's "Xem chi tiết tại file đính kèm". Two lead keys' words: the samples' leads alone hold 38 to 71.
# Such a body is fingerprinted with its page's title and captions after it (`page_names`), so that two galleries
# that open alike differ, while a recrawl still matches; its lead key stays the body's.
IDENTIFYING_WORDS = 2 * LEAD_KEY_WORDS
# A teaser cut short ends in an ellipsis, one character or three full stops ("Conven…", "Conven..."): the word
# before it may be cut too.
_TEASER_CUTS = ("…", "...")
# Streaming mode's entries and indexes, and the decisions, grow with the run and live to its end: every
# this many records they are moved out of the garbage collector's sight (gc.freeze; unfrozen when dedup
# ends), else each full collection walks them all again (measured: a quarter of a 5,000-page run's time,
# when a batch kept its entries as objects too).
FREEZE_EVERY = 1024
# While dedup runs, the youngest generation is collected every this many allocations (Python's default is
# 700). A page's stages make and free thousands of containers, nearly all gone before this many more
# come: collections find less to walk, and fewer objects move to the older generations, whose
# collections walk them again (5,000 generated pages: 0.13 s of collections in `run --jobs 1`, 0.04 now).
YOUNG_COLLECTION_EVERY = 10_000
# Heads whose band keys the decision step computes together (`band_key_rows`): its arrays stay near 1 MB.
KEYS_AT_ONCE = 2048
# A record's line is larger than io's default buffer: with 1 MiB a write or read is a copy, not a system call.
SPILL_BUFFER_BYTES = 1 << 20


@dataclass(slots=True)
class Entry:
    """What dedup keeps of one record (a batch keeps it as bytes, `EntryTable`; its sketch and shingle
    sets wait in the `ShingleStore`).

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> store = ShingleStore()
    >>> entry = make_entry(0, fingerprint(article), store)
    >>> entry.id, entry.kind, entry.words, entry.short, entry.cut, entry.shingles, entry.sketch
    ('2885f038f46d021e', 'article', 531, False, False, (0, 508), 0)
    >>> store.close()
    """

    position: int
    id: str
    order: tuple
    exact: str | None
    sketch: int | None  # its row in the store's sketch file; None: an empty body
    words: int
    kind: str | None
    shingles: tuple[int, int]
    lead_key: int | None = None
    short: bool = False
    items: Sequence[tuple[int, tuple[int, int], int | None]] = ()
    cut: bool = False


_ENTRY_FIELDS = tuple(entry_field.name for entry_field in dataclasses.fields(Entry))


# The record kinds an entry's bytes name by their index (any other kind is kept as its string).
KINDS = ("article", "listing", "other", "unknown")
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


def entry_data(entry: Entry) -> bytes:
    """An entry as marshal bytes: what an `EntryTable`, or a Dask part on disk, keeps of it (`entry_of` makes
    it again). An id or exact hash of 16 lower-case hex digits is kept as its 8 bytes, an order that ends
    in the id as a list without it, a publication time in it as 8 bytes (`_TIMESTAMP`), a known kind as
    its index in `KINDS`: 133 → 105 bytes an entry on generated pages.

    >>> entry = Entry(3, "a" * 16, (True, "", -5, "a" * 16), "0" * 16, 3, 1, "article", (0, 1), 77)
    >>> upper = dataclasses.replace(entry, id="A" * 16, order=(True, "", -5, "A" * 16))  # kept as it is
    >>> [entry_of(marshal.loads(entry_data(each))) == each for each in (entry, upper)]
    [True, True]
    >>> len(entry_data(entry)), len(entry_data(upper))
    (82, 87)
    """
    values = [getattr(entry, name) for name in _ENTRY_FIELDS]
    order = entry.order
    if len(order) > 1 and type(order[1]) is str and _TIMESTAMP.fullmatch(order[1]):
        order = (order[0], _timestamp_packed(order[1]), *order[2:])
    values[1:4] = _hex_packed(entry.id), list(order[:-1]) if order and order[-1] == entry.id else order, _hex_packed(entry.exact)
    values[6] = _KIND_CODES.get(entry.kind, entry.kind)  # type: ignore[arg-type]
    return marshal.dumps(tuple(values))


def entry_of(values: tuple, ordered: bool = True) -> Entry:
    """The entry whose `entry_data` marshal loaded as ``values``; unless ``ordered``, without its order (``()``:
    a publication time kept as 8 bytes takes a third of the entry's making).

    >>> values = marshal.loads(entry_data(Entry(0, "x", (False, "2022-01-05T16:00:00+07:00", "x"), None, None, 0, "x", (0, 0))))
    >>> entry_of(values).kind, entry_of(values).order[1], entry_of(values, ordered=False).order
    ('x', '2022-01-05T16:00:00+07:00', ())
    """
    position, packed_id, order, exact, sketch, words, kind, *rest = values
    page_id = _hex_text(packed_id)
    if not ordered:
        order = ()
    elif type(order) is list:
        order = (*order, page_id)
    if len(order) > 1 and type(order[1]) is bytes:
        order = (order[0], _timestamp_text(order[1]), *order[2:])
    return Entry(position, page_id, order, _hex_text(exact), sketch, words, KINDS[kind] if type(kind) is int else kind, *rest)


# A publication time as the dates stage writes it: 25 characters, kept in an entry's order as 8 bytes.
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}")


def _timestamp_packed(text: str) -> bytes:
    """A `_TIMESTAMP` as the 8 bytes of its digits, after 1 for a "+" offset or 2 for a "-".

    >>> [_timestamp_text(_timestamp_packed(text)) for text in ("2022-01-05T16:00:00+07:00", "0999-12-31T23:59:59-03:30")]
    ['2022-01-05T16:00:00+07:00', '0999-12-31T23:59:59-03:30']
    """
    digits = "12"["+-".index(text[19])] + text[:19].translate(_NOT_DIGITS) + text[20:].translate(_NOT_DIGITS)
    return int(digits).to_bytes(8, "big")


def _timestamp_text(packed: bytes) -> str:
    d = str(int.from_bytes(packed, "big"))  # one join: a third faster than an f-string of the same pieces
    return "".join((d[1:5], "-", d[5:7], "-", d[7:9], "T", d[9:11], ":", d[11:13], ":", d[13:15], "+" if d[0] == "1" else "-",
                    d[15:17], ":", d[17:19]))


_NOT_DIGITS = str.maketrans("", "", "-:T")


def _hex_packed(text: Any) -> Any:
    """A string of 16 lower-case hex digits as its 8 bytes; anything else (an id may be any JSON scalar) as it is."""
    if type(text) is not str or len(text) != 16:
        return text
    try:
        packed = bytes.fromhex(text)
    except ValueError:
        return text
    return packed if packed.hex() == text else text


def _hex_text(value: Any) -> Any:
    return value.hex() if type(value) is bytes else value


# An `EntryTable` block holds this many entries: a block grows by small copies, where one buffer for the
# whole run would be copied whole (tens of MB at once) as it grows.
ENTRIES_A_BLOCK = 4096


class EntryTable(Sequence[Entry]):
    """A batch's entries as `entry_data` bytes, in blocks of `ENTRIES_A_BLOCK`: about 106 bytes a record,
    where an `Entry` and the objects it holds take about 700. ``table[position]`` makes the entry again
    (a new object, about 3 µs).

    >>> table = EntryTable()
    >>> table.append(Entry(0, "a" * 16, (True, "", -5, "a" * 16), "0" * 16, 0, 1, "article", (0, 1), 77))
    >>> table.append(Entry(1, "b" * 16, (True, "", -9, "b" * 16), None, None, 0, "listing", (4, 0)))
    >>> len(table), table[1].id, [entry.lead_key for entry in table]
    (2, 'bbbbbbbbbbbbbbbb', [77, None])
    """

    def __init__(self) -> None:
        self.blocks: list[bytearray] = []
        self.ends = array("I")  # where each entry ends in its block

    def append(self, entry: Entry) -> None:
        if len(self.ends) % ENTRIES_A_BLOCK == 0:
            self.blocks.append(bytearray())
        block = self.blocks[-1]
        block += entry_data(entry)
        self.ends.append(len(block))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, position: int) -> Entry:  # type: ignore[override]
        """The entry at ``position`` (a new object: the table keeps bytes)."""
        return entry_of(marshal.loads(self._data(position)))

    def _data(self, position: int) -> bytearray:
        if position < 0:
            position += len(self.ends)
        if not 0 <= position < len(self.ends):
            raise IndexError("EntryTable index out of range")
        block, place = divmod(position, ENTRIES_A_BLOCK)
        start = self.ends[position - 1] if place else 0
        return self.blocks[block][start : self.ends[position]]

    def __iter__(self) -> Iterator[Entry]:
        return map(self.__getitem__, range(len(self)))

    def orderless(self) -> OrderlessEntries:
        """The entries without their orders, for the steps that read none (`OrderlessEntries`).

        >>> table = EntryTable()
        >>> table.append(Entry(0, "a" * 16, (True, "", -5, "a" * 16), None, None, 0, "article", (0, 0)))
        >>> table.orderless()[0].order, table[0].order[0]
        ((), True)
        """
        return OrderlessEntries(self)

    def id_at(self, position: int) -> Any:
        """The id of the entry at ``position``, without making the entry again: what a decision's cluster
        is named by (about 1 µs, where the entry takes 3).

        >>> table = EntryTable()
        >>> table.append(Entry(0, "0123456789abcdef", (True, "", -5, "0123456789abcdef"), None, None, 0, "article", (0, 0)))
        >>> table.id_at(0), table.id_at(-1) == table[0].id
        ('0123456789abcdef', True)
        """
        return _hex_text(marshal.loads(self._data(position))[1])


class OrderlessEntries(Sequence[Entry]):
    """An `EntryTable`'s entries made without their orders (``order`` is ``()``; `entry_of`): what the decision
    step's passes that read no order take (the bands' sketch rows, the near step's heads, the teaser index
    and asks): 74,000 entries made on 20,000 generated pages.

    >>> table = EntryTable()
    >>> table.append(Entry(0, "a" * 16, (False, "2022-01-05T16:00:00+07:00", -5, "a" * 16), None, 3, 1, "article", (0, 1)))
    >>> [(entry.id[:2], entry.order, entry.sketch) for entry in table.orderless()]
    [('aa', (), 3)]
    """

    def __init__(self, table: EntryTable) -> None:
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    def __getitem__(self, position: int) -> Entry:  # type: ignore[override]
        return entry_of(marshal.loads(self.table._data(position)), ordered=False)


def orderless(entries: Sequence[Entry]) -> Sequence[Entry]:
    """``entries`` for a step that reads no order: an `EntryTable`'s made without them (`OrderlessEntries`),
    any other sequence as it is.

    >>> plain = [Entry(0, "a", ("a",), None, None, 0, None, (0, 0))]
    >>> orderless(plain) is plain
    True
    """
    return entries.orderless() if isinstance(entries, EntryTable) else entries


def normalised_body(record: Record) -> bytes:
    """The normalised body (`normalised_bytes`): body, heading and listing-item blocks without their agency tag.

    >>> normalised_body({"blocks": [{"role": "body", "text": "PORTAL - The board met, at 9:00!"},
    ...                             {"role": "caption", "text": "Overview of the meeting"},
    ...                             {"role": "heading", "text": "Smart city"}]}).split()
    [b'the', b'board', b'met', b'at', b'9', b'00', b'smart', b'city']
    """
    blocks = record.get("blocks") or []
    return normalised_bytes(strip_agency_tag(b["text"]) for b in blocks if b["role"] in TEXT_ROLES and b.get("lang") != "none")


def page_names(record: Record) -> bytes:
    """What names a page beside its body, normalised (`normalised_bytes`): its title, then its captions.

    >>> page_names({"title": "Photos: Book Festival 2020", "blocks": [{"role": "body", "text": "Some pictures:"},
    ...                                                                {"role": "caption", "text": "Visitors"}]}).split()
    [b'photos', b'book', b'festival', b'2020', b'visitors']
    """
    blocks = record.get("blocks") or []
    captions = (block["text"] for block in blocks if block["role"] == "caption" and block.get("lang") != "none")
    return normalised_bytes([record.get("title") or "", *captions])


def teaser_words(text: str) -> list[bytes]:
    """A teaser's normalised words: no agency tag, no trailing ellipsis (`_TEASER_CUTS`), and not the word it cut.

    >>> b" ".join(teaser_words("BEGIC - Afternoon of March 14th, at provincial Conven…"))
    b'afternoon of march 14th at provincial'
    >>> b" ".join(teaser_words("BEGIC - Afternoon of March 14th, at provincial Conven..."))
    b'afternoon of march 14th at provincial'
    """
    teaser = strip_agency_tag(text).rstrip()
    cut = teaser.endswith(_TEASER_CUTS)
    words = normalised_words([teaser.rstrip(".…") if cut else teaser])
    if cut and len(words) > 1:
        del words[-1]
    return words


def lead_key(words: Sequence[bytes]) -> int | None:
    """The key of a body's opening words (`normalised_body`'s): a teaser that repeats the lead from its start has the same.

    >>> lead = b"on the afternoon of may 10 at the provincial center".split()
    >>> lead_key(lead) == lead_key(lead[:8]), lead_key([b"too", b"short"])
    (True, None)
    """
    return zlib.crc32(b" ".join(words[:LEAD_KEY_WORDS])) if len(words) >= LEAD_KEY_WORDS else None


# The page parser's warnings of a dump that ends inside the body: it ends inside a paragraph (``truncated``) and its
# footer is not there (``no_footer``). A dump that ends inside the footer is ``truncated`` too, with its whole body.
CUT_SHORT_WARNINGS = frozenset({"truncated", "no_footer"})
# The kinds of page that the SharePoint template always ends with its footer: an article (the parser read its date
# header or its font-size widget) without one was cut above it, even where the cut fell between two paragraphs, or
# after a word such as ``Mr.``, and the parser warns ``no_footer`` alone (``truncated`` says a paragraph was cut). A
# listing, a bare page of text (``unknown``) and a list view (``other``) may end where they end.
FOOTED_KINDS = ("article",)


def cut_short(record: Record) -> bool:
    """Whether the record's dump was cut short in its body: it ends inside a paragraph (`CUT_SHORT_WARNINGS`), or it is
    a page of the template that lost its footer (`FOOTED_KINDS`, ``no_footer``); one cut inside its footer was not.

    >>> in_body, in_footer = [{"code": "no_footer"}, {"code": "truncated"}], [{"code": "truncated"}]
    >>> cut_short({"warnings": in_body}), cut_short({"warnings": in_footer}), cut_short({})
    (True, False, False)
    >>> after_a_paragraph = [{"code": "no_footer"}]
    >>> cut_short({"kind": "article", "warnings": after_a_paragraph}), cut_short({"kind": "other", "warnings": after_a_paragraph})
    (True, False)
    """
    codes = {warning["code"] for warning in record.get("warnings") or ()}
    return CUT_SHORT_WARNINGS <= codes or ("no_footer" in codes and record.get("kind") in FOOTED_KINDS)


def canonical_order(record: Record) -> tuple:
    """Sort key of the canonical rule: a whole page before a cut one (`cut_short`; `CUT_RANK`), then earliest
    published, then longest body, then smallest id; of two cut pages the longer first, then the same (it holds
    more of their article, as a whole page does).

    >>> cut = [{"code": "no_footer"}, {"code": "truncated"}]
    >>> pages = [{"id": "c" * 16, "published": None, "text": "Lead."},
    ...          {"id": "b" * 16, "published": None, "text": "A longer lead."},
    ...          {"id": "e" * 16, "published": "2021-01-05T16:00:00+07:00", "text": "Lead", "warnings": cut},
    ...          {"id": "f" * 16, "published": "2023-01-05T16:00:00+07:00", "text": "Lead a", "warnings": cut},
    ...          {"id": "d" * 16, "published": None, "text": "Lead."},
    ...          {"id": "a" * 16, "published": "2022-01-05T16:00:00+07:00", "text": "Lead."}]
    >>> [page["id"][0] for page in sorted(pages, key=canonical_order)]
    ['a', 'b', 'c', 'd', 'f', 'e']
    """
    published = record.get("published")
    undated, length = published is None, len(record.get("text") or "")
    if cut_short(record):
        return (CUT_RANK, -length, undated, published or "", record["id"])
    return (undated, published or "", -length, record["id"])


@dataclass(frozen=True)
class Fingerprint:
    """What dedup reads of one record: the part of its work that needs no other record.

    The shingle sets are ``array("I")`` bytes of the distinct hashes.

    >>> found = fingerprint({"id": "0" * 16, "kind": "article", "published": None, "text": "PORTAL - The board met.",
    ...                      "blocks": [{"role": "body", "text": "PORTAL - The board met on the smart city plan."}]})
    >>> found.kind, found.words, len(found.signature), len(array("I", found.shingles)), found.items
    ('article', 8, 128, 5, ())
    """

    id: str
    order: tuple
    kind: str | None
    exact: str | None
    signature: Sequence[int] | None
    words: int
    shingles: bytes
    lead_key: int | None
    items: tuple[tuple[int, bytes, int | None], ...]


@dataclass(frozen=True)
class Prepared:
    """A record's bytes (marshalled; ``bdtools run`` keeps its output line, `bdtools.lines.line_ahead`),
    with its fingerprint: made where the page stages run (in parallel under ``--jobs``); dedup spills
    the bytes as they are.

    >>> record = {"id": "0" * 16, "kind": "article", "text": "PORTAL - Lead.",
    ...           "blocks": [{"role": "body", "text": "PORTAL - Lead."}]}
    >>> prepared = Prepared(marshal.dumps(record), fingerprint(record))
    >>> marshal.loads(prepared.data) == record, prepared.fingerprint.id
    (True, '0000000000000000')
    """

    data: bytes
    fingerprint: Fingerprint


def fingerprint(record: Record) -> Fingerprint:
    """Exact hash, sketch, shingle set and lead key of the body, and shingles and lead key of each listing item.

    Bodies that differ only in case, punctuation and agency tag have the same exact hash:

    >>> first = fingerprint({"id": "a" * 16, "blocks": [{"role": "body", "text": "PORTAL - The board met."}]})
    >>> second = fingerprint({"id": "b" * 16, "blocks": [{"role": "body", "text": "BEGIC – the Board met"}]})
    >>> first.exact == second.exact, first.signature == second.signature
    (True, True)

    A body of fewer than IDENTIFYING_WORDS words is hashed with the page's title and captions (`page_names`):

    >>> intro = {"role": "body", "text": "Some pictures of the event:"}
    >>> gallery = fingerprint({"id": "a" * 16, "title": "Photos: National Day", "blocks": [intro]})
    >>> other = fingerprint({"id": "b" * 16, "title": "Photos: Book Festival", "blocks": [intro]})
    >>> gallery.exact == other.exact, gallery.words, gallery.lead_key
    (False, 8, None)
    >>> from bdtools.pipeline import process
    >>> listing = process({"id": "f" * 16, "text": "News\\n\\nBEGIC - Afternoon of March 14th, the board met on the plan…"})
    >>> [(index, len(array("I", shingles))) for index, shingles, _ in fingerprint(listing).items]
    [(0, 6)]
    """
    stage_input(record, "dedup")
    body = normalised_body(record)
    words = body_words(body)
    key = lead_key(words.joined.split(b" ", LEAD_KEY_WORDS)[:LEAD_KEY_WORDS])
    if 0 < len(words.crcs) < IDENTIFYING_WORDS:
        words = body_words(body + b" " + page_names(record))
    shingles, signature = shingles_and_sketch(words.crcs)
    items = []
    if record.get("kind") == "listing":
        for index, block in enumerate(record.get("blocks") or []):
            if block["role"] == "listing_item":
                teaser = teaser_words(block["text"])
                items.append((index, distinct_shingles(word_crcs(teaser)), lead_key(teaser)))
    return Fingerprint(
        record["id"], canonical_order(record), record.get("kind"), joined_hash(words.joined), signature,
        len(words.crcs), shingles, key, tuple(items),
    )


def prepare(record: Record) -> Prepared:
    """A record ready for dedup: its marshal bytes and fingerprint.

    >>> record = {"id": "0" * 16, "kind": "article", "text": "PORTAL - Lead.",
    ...           "blocks": [{"role": "body", "text": "PORTAL - Lead."}]}
    >>> prepared = prepare(record)
    >>> marshal.loads(prepared.data) == record, prepared.fingerprint == fingerprint(record)
    (True, True)
    """
    return Prepared(marshal.dumps(record), fingerprint(record))


def make_entry(position: int, found: Fingerprint, store: ShingleStore) -> Entry:
    """The entry of one record's fingerprint; its sketch and shingle sets go to the store.

    A page of at most SHORT_PAGE_WORDS body words is ``short``: it may be a teaser; a page cut short is ``cut``
    (`cut_short`): it may be a near copy of the article it was cut from (`page_ask`).

    >>> store = ShingleStore()
    >>> record = {"id": "0" * 16, "kind": "article", "published": None, "text": "PORTAL - The board met.",
    ...           "blocks": [{"role": "body", "text": "PORTAL - The board met on the smart city plan."}]}
    >>> entry = make_entry(7, fingerprint(record), store)
    >>> entry.position, entry.words, entry.short, entry.shingles
    (7, 8, True, (0, 5))
    >>> store.close()
    """
    entry = Entry(
        position, found.id, found.order, found.exact, store.add_sketch(found.signature), found.words, found.kind,
        store.add_bytes(found.shingles), found.lead_key,
    )
    entry.short = found.kind != "listing" and 0 < entry.words <= SHORT_PAGE_WORDS
    entry.cut = cut_page(found.order)
    entry.items = tuple((index, store.add_bytes(shingles), key) for index, shingles, key in found.items)
    return entry


_ITEM_SIZE = array("I").itemsize
# A sketch as the store keeps it: 128 bins of 4 bytes; all zeros stands for no sketch (bin 1 of a sketch
# is at least 1 << 23).
SKETCH_BYTES = SKETCH_BINS * _ITEM_SIZE
# A read of the sketch file serves rows this far apart, at most (`row_spans`): the rows between, read and left,
# cost less than another read (2 KB against a system call), and a span holds at most this many rows a row asked.
SPAN_GAP = 4
# The sketch rows a store keeps in memory, read last (about 11 MB): the decision step reads the same canonical
# records again as candidates of their near copies (on 60,000 generated pages 1.27 million reads of
# 54,000 rows, four in five of them among the 16,384 read last).
RECENT_SKETCHES = 16_384
_NO_SKETCH = bytes(SKETCH_BYTES)


def sketch_bytes(signature: Sequence[int] | None) -> bytes:
    """A sketch as a row of the store's sketch file (None: all zeros).

    >>> len(sketch_bytes(range(128))), sketch_bytes(None) == bytes(SKETCH_BYTES)
    (512, True)
    """
    return array("I", signature).tobytes() if signature is not None else _NO_SKETCH


def read_at(file: IO[bytes], offset: int, size: int) -> bytes:
    """``size`` bytes of a flushed file from ``offset``, leaving its position alone: ``os.pread`` (again
    after a short read), or where a system has none, a seek there and back.

    >>> with tempfile.TemporaryFile() as kept:
    ...     _ = kept.write(b"abcdef"); kept.flush()
    ...     read_at(kept, 2, 3), kept.tell()
    (b'cde', 6)
    """
    if not hasattr(os, "pread"):
        position = file.tell()
        file.seek(offset)
        data = file.read(size)
        file.seek(position)
        return data
    chunks = []
    while size > 0:
        chunk = os.pread(file.fileno(), size, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset, size = offset + len(chunk), size - len(chunk)
    return b"".join(chunks)


def row_spans(rows: np.ndarray) -> list[slice]:
    """Where ``rows`` break into spans that one read of the sketch file serves: within a span each row
    comes at most `SPAN_GAP` rows after the one before it (the rows between are read and left).

    >>> [(span.start, span.stop) for span in row_spans(np.array([4, 5, 8, 9, 30, 2, 3]))]
    [(0, 4), (4, 5), (5, 7)]
    """
    steps = np.diff(rows)
    bounds = [0, *(np.flatnonzero((steps < 0) | (steps > SPAN_GAP)) + 1).tolist(), len(rows)]
    return [slice(start, end) for start, end in zip(bounds, bounds[1:], strict=False) if end > start]


class AppendFile:
    """A temporary file written at its end through a buffer and read anywhere (`read_at`; the buffer is
    flushed first when it holds anything).

    >>> kept = AppendFile(b"ab")
    >>> kept.append(b"cde"), kept.read(1, 3), kept.append(b"f"), kept.read_all()
    (2, b'bcd', 5, b'abcdef')
    >>> kept.close()
    """

    def __init__(self, data: bytes = b"") -> None:
        self.file = tempfile.TemporaryFile()
        self.file.write(data)
        self.size = len(data)
        self.buffered = True

    def append(self, data: bytes) -> int:
        """Add ``data`` at the end; returns its offset."""
        self.file.write(data)
        self.size += len(data)
        self.buffered = True
        return self.size - len(data)

    def read(self, offset: int, size: int) -> bytes:
        if self.buffered:
            self.file.flush()
            self.buffered = False
        return read_at(self.file, offset, size)

    def read_all(self) -> bytes:
        return self.read(0, self.size)

    def close(self) -> None:
        self.file.close()


class ShingleStore:
    """Every entry's shingle set (distinct, ascending, as `distinct_shingles` gives them) and sketch on
    disk: a shingle set is read back only to verify a candidate pair near the threshold or a teaser's
    containment, a sketch when its entry is a candidate (its row in the sketch file: the entry's ``sketch``).

    >>> store = ShingleStore()
    >>> first = store.add_bytes(array("I", [3, 5, 9]).tobytes())
    >>> first, store.add_bytes(array("I", [1]).tobytes()), store.read(first).tolist()
    ((0, 3), (12, 1), [3, 5, 9])
    >>> rows = [store.add_sketch(range(128)), store.add_sketch(None), store.add_sketch(range(1, 129))]
    >>> rows, store.sketch_rows([2, 0])[:, :2].tolist(), store.signature(2)[:2]
    ([0, None, 2], [[1, 2], [0, 1]], array('I', [1, 2]))
    >>> store.close()
    """

    def __init__(self, stored: bytes = b"", sketches: bytes = b"") -> None:
        self.shingle_file, self.sketch_file = AppendFile(stored), AppendFile(sketches)
        self.recent: OrderedDict[int, bytes] = OrderedDict()  # the sketch rows read last (`RECENT_SKETCHES`)

    def __reduce__(self) -> tuple[type, tuple[bytes, bytes]]:
        """Pickled with its bytes (the Dask engine's parts carry a store from worker to worker)."""
        return ShingleStore, (self.shingle_file.read_all(), self.sketch_file.read_all())

    @property
    def size(self) -> int:
        """The bytes on disk."""
        return self.shingle_file.size + self.sketch_file.size

    def add(self, shingles: Iterable[int]) -> tuple[int, int]:
        """Store a set of shingles given as ints (tests and examples do; dedup stores `add_bytes`); returns
        where it is (offset, count).

        >>> store = ShingleStore()
        >>> store.read(store.add([9, 3, 5, 9])).tolist()
        [3, 5, 9]
        >>> store.close()
        """
        return self.add_bytes(array("I", sorted(set(shingles))).tobytes())

    def add_bytes(self, distinct: bytes) -> tuple[int, int]:
        """Store distinct shingles given as ascending ``array("I")`` bytes; returns where they are (offset, count)."""
        return self.shingle_file.append(distinct), len(distinct) // _ITEM_SIZE

    def read_bytes(self, place: tuple[int, int]) -> bytes:
        """The ``array("I")`` bytes of the distinct shingles at ``place``."""
        return self.shingle_file.read(place[0], place[1] * _ITEM_SIZE)

    def read(self, place: tuple[int, int]) -> np.ndarray:
        """The distinct shingles at ``place``, ascending: what `common_count` takes."""
        return np.frombuffer(self.read_bytes(place), dtype=np.uint32)

    def add_sketch(self, signature: Sequence[int] | None) -> int | None:
        """Store a sketch as the sketch file's next row (no sketch: a row of zeros); returns the row, None for none."""
        row = self.sketch_file.append(sketch_bytes(signature)) // SKETCH_BYTES
        return row if signature is not None else None

    def _sketch_row(self, row: int) -> bytes:
        """One row of the sketch file: from the rows read last, or read and kept among them."""
        data = self.recent.get(row)
        if data is None:
            data = self.recent[row] = self.sketch_file.read(row * SKETCH_BYTES, SKETCH_BYTES)
            if len(self.recent) > RECENT_SKETCHES:
                self.recent.popitem(last=False)
        else:
            self.recent.move_to_end(row)
        return data

    def signature(self, row: int) -> array[int]:
        """The sketch in one row, as `shingles_and_sketch` gave it."""
        signature = array("I")
        signature.frombytes(self._sketch_row(row))
        return signature

    def sketch_rows(self, rows: Sequence[int], remember: bool = True) -> np.ndarray:
        """The sketches in some rows, as the rows of one ``uint32`` array (what `band_key_rows`, `equal_shares`
        and `surely_missing_counts` take). With ``remember`` false they are read past the rows read last and
        left out of them, each span of rows in one read (`row_spans`: ascending rows a few apart): for a pass
        over every row, which would fill them with rows it does not read again.

        >>> store = ShingleStore()
        >>> rows = [store.add_sketch(range(start, start + 128)) for start in (1, 2, 3, 4)]
        >>> store.sketch_rows([3, 0, 1], remember=False)[:, 0].tolist(), len(store.recent)
        ([4, 1, 2], 0)
        >>> store.close()
        """
        if not remember:
            return self._sketch_spans(np.asarray(rows, dtype=np.int64))
        packed = b"".join([self._sketch_row(row) for row in rows])
        return np.frombuffer(packed, dtype=np.uint32).reshape(len(rows), SKETCH_BINS)

    def _sketch_spans(self, rows: np.ndarray) -> np.ndarray:
        """The sketches in ``rows``, each of their `row_spans` in one read."""
        picked = [np.empty((0, SKETCH_BINS), dtype=np.uint32)]
        for span in row_spans(rows):
            first, last = int(rows[span.start]), int(rows[span.stop - 1])
            read = self.sketch_file.read(first * SKETCH_BYTES, (last - first + 1) * SKETCH_BYTES)
            picked.append(np.frombuffer(read, dtype=np.uint32).reshape(-1, SKETCH_BINS)[rows[span] - first])
        return np.concatenate(picked)

    def sketch_bytes(self) -> bytes:
        """Every row of the sketch file, one after another."""
        return self.sketch_file.read_all()

    def close(self) -> None:
        self.shingle_file.close()
        self.sketch_file.close()


# What a lead key indexes of an article: its story (cluster: a `Decisions` cluster, a position or an id), where
# its shingles are (a store place packed in one int, `packed_place`, or a remembered page id), its sketch's row
# in the store (None: not known).
Posting = tuple[Cluster, int | str, int | None]
_COUNT_MASK = (1 << 32) - 1  # a packed place's count bits
_SIGN_BIT = 1 << 63  # of a float's IEEE bits: set on a negative one
_FLIP_ALL = (1 << 64) - 1


def packed_place(place: tuple[int, int]) -> int:
    """A store place (offset, count) as one int, ``offset << 32 | count``: a third of a tuple's memory.

    >>> packed_place((12, 3)) == 12 << 32 | 3
    True
    """
    return place[0] << 32 | place[1]


def unpacked_place(packed: int) -> tuple[int, int]:
    """The store place a `packed_place` int stands for.

    >>> unpacked_place(packed_place((12, 3)))
    (12, 3)
    """
    return packed >> 32, packed & _COUNT_MASK


def order_key(order: tuple) -> bytes:
    """Bytes that sort as order tuples of None, ints (bools), floats and strings do (`canonical_order`'s,
    in a third of the tuple's memory; an id may come as any JSON value). Each value is a type byte, then:
    an int its sign and its length before its bytes (a negative one's complemented), a float its IEEE
    bytes made to sort as numbers, a string escaped (a zero byte is followed by 2) and closed by a zero
    byte and 1, which sorts below anything the string may go on with. Values of two types sort by their
    type byte (tuples could not compare them, but for an int and a float).

    >>> orders = [(False, "2022-01-05T16:00:00+07:00", -300, "b"), (False, "2022-01-05", -9, "a"),
    ...           (True, "", -5, "c"), (True, "", -50, "d"), (False, "2022\\x00", 0, "e"), (False, "2022", 0),
    ...           (True, "", -5, None), (True, "", -5, 2**70), (True, "", -5, -(2**70)), (True, "", -5, -1.5)]
    >>> sorted(orders, key=order_key)[:3]
    [(False, '2022', 0), (False, '2022\\x00', 0, 'e'), (False, '2022-01-05', -9, 'a')]
    >>> sorted(orders[:6]) == sorted(orders[:6], key=order_key)
    True
    """
    return b"".join(map(_value_key, order))


def _value_key(value: object) -> bytes:
    if value is None:
        return b"\x00"
    if isinstance(value, int):
        size = (value.bit_length() + 8) // 8  # a sign bit to spare
        magnitude = value.to_bytes(size, "big", signed=True)
        if value < 0:  # fewer bytes sort first among positive ints, last among negative ones
            return b"\x01" + (_FLIP_ALL - size).to_bytes(8, "big") + magnitude
        return b"\x02" + size.to_bytes(8, "big") + magnitude
    if isinstance(value, float):
        bits = int.from_bytes(struct.pack(">d", value), "big")
        return b"\x03" + (bits ^ _FLIP_ALL if bits >> 63 else bits | _SIGN_BIT).to_bytes(8, "big")
    if isinstance(value, str):
        return b"\x04" + value.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\x02") + b"\x00\x01"
    raise TypeError(f"an order holds {type(value).__name__}, not None, an int, a float or a string")


class GrowingBands:
    """LSH buckets that grow as canonical entries come, for the streaming mode: band key → positions.

    >>> from types import SimpleNamespace
    >>> store = ShingleStore()
    >>> sketched = [SimpleNamespace(position=position, sketch=store.add_sketch([position % 2] * SKETCH_BINS))
    ...             for position in range(4)]
    >>> bands = GrowingBands(store)
    >>> bands.add(sketched[0]); bands.add(sketched[1]); bands.add(sketched[2])
    >>> bands.candidates(sketched[3]), bands.candidates(sketched[2])
    ([1], [0, 2])
    >>> store.close()
    """

    def __init__(self, store: ShingleStore) -> None:
        """``store``: where the entries' sketches are."""
        self.store = store
        self.buckets: dict[int, list[int]] = defaultdict(list)

    def candidates(self, entry: Entry) -> list[int]:
        """The positions indexed under any of ``entry``'s band keys, in ascending order."""
        keys = band_keys(self.store.signature(entry.sketch))  # type: ignore[arg-type]
        return sorted({position for key in keys for position in self.buckets.get(key, ())})

    def add(self, entry: Entry) -> None:
        for key in band_keys(self.store.signature(entry.sketch)):  # type: ignore[arg-type]
            self.buckets[key].append(entry.position)

    def remove(self, entry: Entry) -> None:
        """Take an entry `add`ed out of its buckets."""
        for key in band_keys(self.store.signature(entry.sketch)):  # type: ignore[arg-type]
            self.buckets[key].remove(entry.position)


# A key and a position packed in one 64-bit value, key << 32 | position: the position's bits.
POSITION_MASK = (1 << 32) - 1
# Of a value packed ``first << 32 | second``, seen as two uint32 words: which one is the first.
FIRST_WORD = 1 if sys.byteorder == "little" else 0
# Heads that share one band key pair up ahead when there are at most this many of them (a run of n makes
# n (n - 1) pairs); a key shared by more keeps a list of its canonical heads.
PAIRED_RUN_MAX = 4
# Pairs made together (`_ordered_pairs`): the copies of their runs' members stay near 512 KB each.
PAIRS_AT_ONCE = 1 << 16


class SortedBands:
    """The band keys of the batch's exact-group heads, known before any is decided. Heads that share a
    key pair up ahead, each head's partners a slice of one numpy array (`PAIRED_RUN_MAX`); a key shared
    by more heads (a crowded key) keeps a list of its canonical heads, to which a head adds itself once
    it is canonical. A head is a candidate once `add`ed (it became canonical), as in `GrowingBands`.

    >>> from types import SimpleNamespace
    >>> three, five, seven = (SimpleNamespace(position=position) for position in (3, 5, 7))
    >>> table = packed_keys(np.array([3, 5, 7]), np.array([[11, 12], [12, 12], [12, 12]]))
    >>> bands = SortedBands.paired([np.sort(rows_of_keys(table, np.array([12])))], 8)
    >>> bands.add(three); bands.add(five)
    >>> bands.candidates(seven)
    [3, 5]
    """

    @classmethod
    def of(cls, entries: Sequence[Entry], heads: Iterable[int], store: ShingleStore) -> SortedBands:
        """The bands of the entries at positions ``heads`` that have a sketch (in ``store``). Their keys are
        computed twice, `KEYS_AT_ONCE` heads at a time: first into one array of 4 bytes a key, sorted to
        find the keys on more than one row (`shared_keys`) and count their rows, then again to write the
        packed rows of those keys alone (`rows_of_keys`) into one array of that size: at the peak 5 bytes
        a key, not the 9 of packed rows and a mark. The heads' sketch rows are read from their entries
        once, for both, and their sketches past the store's rows read last (a pass over every head would
        only fill those with rows the near step does not read soon)."""
        sketched, sketch_rows = array("Q"), array("q")  # 16 bytes a head, where a tuple of two ints took 100
        heads_entries = orderless(entries)
        for position in map(int, heads):
            row = heads_entries[position].sketch
            if row is not None:
                sketched.append(position)
                sketch_rows.append(row)
        positions, rows = np.frombuffer(sketched, dtype=np.uint64), np.frombuffer(sketch_rows, dtype=np.int64)
        by_row = np.argsort(rows, kind="stable")  # the keys are sorted below: taken in row order, the sketches are read in spans
        positions, rows = positions[by_row], rows[by_row]
        del by_row
        keys = np.empty(len(rows) * (SKETCH_BINS // BAND_ROWS), dtype=np.uint32)
        filled = 0
        for _, block in _band_key_blocks(positions, rows, store):
            keys[filled : filled + block.size] = block.reshape(-1)
            filled += block.size
        common = shared_keys(keys)
        # The rows of the shared keys: each key's first row, and each row whose key (sorted) is the one before it.
        count = len(common) + int(np.count_nonzero(keys[1:] == keys[:-1]))
        del keys  # before the shared rows are made: the two were the step's largest arrays, held at once
        shared = np.empty(count, dtype=np.uint64)
        filled = 0
        for block in _band_key_blocks(positions, rows, store):
            found = rows_of_keys(packed_keys(*block), common)
            shared[filled : filled + found.size] = found
            filled += found.size
        del positions, rows, sketched, sketch_rows  # not held while the pairs are made
        shared.sort()
        tables = [shared]
        del shared
        return cls.paired(tables, len(entries))

    @classmethod
    def paired(cls, tables: list[np.ndarray], size: int) -> SortedBands:
        """The bands of the one table in ``tables``: the heads' `packed_keys` rows of the keys on more than
        one row, sorted; positions are below ``size``. The table is taken out of the list, so that it is
        freed once the pairs are made, before they are made distinct (the step's peak: the table, the
        pairs and the distinct pairs were held at once)."""
        shared = tables.pop()
        starts, lengths = _key_runs(shared)
        crowded = lengths > PAIRED_RUN_MAX
        runs = _head_runs(shared, starts[crowded], lengths[crowded], size)
        pairs = _ordered_pairs(shared, starts, lengths)
        del shared, starts, lengths
        partners = _grouped(sorted_distinct(pairs, apart=True), size)  # not a head with itself
        return cls(partners, runs, int(crowded.sum()), size)

    def __init__(self, partners: tuple[np.ndarray, np.ndarray], runs: tuple[np.ndarray, np.ndarray], crowded: int, size: int):
        """A position's partners and runs of ``crowded`` keys, each as (values, offsets): values[offsets[p]:offsets[p + 1]]."""
        (self.partners, self.offsets), (self.runs, self.run_offsets) = partners, runs
        self.crowded_canonical = [array("i") for _ in range(crowded)]  # 4 bytes a member, where a list took 36
        self.canonical = np.zeros(size, dtype=bool)

    def _runs_of(self, position: int) -> list[int]:
        return self.runs[self.run_offsets[position] : self.run_offsets[position + 1]].tolist()

    def candidates(self, entry: Entry) -> list[int]:
        """The canonical heads that share a band key with the head ``entry``, in ascending position."""
        position = entry.position
        partners = self.partners[self.offsets[position] : self.offsets[position + 1]]
        found = partners[self.canonical[partners]].tolist()
        runs = self._runs_of(position)
        if runs:
            found = sorted(set(found).union(*(self.crowded_canonical[run] for run in runs)))
        return found

    def add(self, entry: Entry) -> None:
        self.canonical[entry.position] = True
        for run in self._runs_of(entry.position):
            self.crowded_canonical[run].append(entry.position)


def packed_keys(positions: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Each row of band ``keys`` packed with its head's position, ``key << 32 | position``.

    >>> packed_keys(np.array([3, 9]), np.array([[1, 2], [1, 5]])).tolist() == [
    ...     [1 << 32 | 3, 2 << 32 | 3], [1 << 32 | 9, 5 << 32 | 9]]
    True
    """
    table = keys.astype(np.uint64)
    table <<= np.uint64(32)
    table |= positions.astype(np.uint64)[:, np.newaxis]
    return table


def _band_key_blocks(positions: np.ndarray, rows: np.ndarray, store: ShingleStore) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The ``positions`` of heads and the band keys of their sketches (``rows`` of ``store``), `KEYS_AT_ONCE` at a time."""
    for start in range(0, len(positions), KEYS_AT_ONCE):
        block = slice(start, start + KEYS_AT_ONCE)
        # A copy, not a view: a block left in a caller's loop variable must not keep all the positions alive.
        yield positions[block].copy(), band_key_rows(store.sketch_rows(rows[block].tolist(), remember=False))


def shared_keys(keys: np.ndarray) -> np.ndarray:
    """The distinct values of ``keys`` found more than once (a key on one row alone makes no candidates),
    ascending; ``keys`` is sorted in place.

    >>> shared_keys(np.array([9, 4, 6, 9, 4, 4], dtype=np.uint32)).tolist()
    [4, 9]
    """
    keys.sort()
    return sorted_distinct(keys[1:][keys[1:] == keys[:-1]])


def rows_of_keys(table: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """The rows of a ``key << 32 | position`` table whose key is one of ``keys`` (ascending), in table order.

    >>> table = np.array([9 << 32 | 2, 4 << 32 | 5, 6 << 32, 9 << 32], dtype=np.uint64)
    >>> rows_of_keys(table, np.array([4, 9], dtype=np.uint32)).tolist() == [9 << 32 | 2, 4 << 32 | 5, 9 << 32]
    True
    """
    table = table.reshape(-1)
    return table[in_sorted((table >> np.uint64(32)).astype(np.uint32), keys)]


def _key_runs(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of one key starts in a sorted ``key << 32 | position`` table, and how long it is.

    >>> [run.tolist() for run in _key_runs(np.array([4 << 32 | 1, 4 << 32 | 5, 6 << 32, 9 << 32, 9 << 32 | 1],
    ...                                             dtype=np.uint64))]
    [[0, 2, 3], [2, 1, 2]]
    """
    keys = table.view(np.uint32)[FIRST_WORD::2]  # a view: each row's key word
    starts = np.flatnonzero(run_starts(keys)).astype(np.int32)  # 4 bytes a run, not 8, for as long as the bands are made
    return starts, np.diff(starts, append=np.int32(len(table)))


def _ordered_pairs(table: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Every ordered pair ``first << 32 | second`` of two places in a run of at most `PAIRED_RUN_MAX` rows
    of the sorted ``key << 32 | position`` table (the runs at ``starts``, of ``lengths``), as the runs come.

    >>> table = np.array([5 << 32 | 1, 5 << 32 | 4, 7 << 32 | 1, 7 << 32 | 2, 7 << 32 | 4], dtype=np.uint64)
    >>> [(int(pair) >> 32, int(pair) & 0xFFFFFFFF) for pair in _ordered_pairs(table, np.array([0, 2]), np.array([2, 3]))]
    [(1, 4), (4, 1), (1, 2), (1, 4), (2, 1), (2, 4), (4, 1), (4, 2)]
    """
    positions = table.view(np.uint32)[1 - FIRST_WORD :: 2]  # a view: each row's second word
    paired = lengths[(lengths > 1) & (lengths <= PAIRED_RUN_MAX)]
    # Every ordered pair of two places in a run, written into one array counted ahead: 8 bytes a pair.
    packed = np.empty(int((paired.astype(np.int64) * (paired - 1)).sum()), dtype=np.uint64)
    filled = 0
    for length in range(2, PAIRED_RUN_MAX + 1):
        left, right = np.nonzero(~np.eye(length, dtype=bool))
        runs, at_once = starts[lengths == length], max(1, PAIRS_AT_ONCE // left.size)
        for first in range(0, len(runs), at_once):  # a block's members are copied three times over
            members = positions[runs[first : first + at_once, np.newaxis] + np.arange(length)].astype(np.uint64)
            pairs = packed[filled : filled + members.shape[0] * left.size].reshape(members.shape[0], left.size)
            np.left_shift(members[:, left], np.uint64(32), out=pairs)
            pairs |= members[:, right]
            filled += pairs.size
    return packed


def _head_runs(table: np.ndarray, starts: np.ndarray, lengths: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Which of the runs at ``starts`` (of ``lengths``) in the sorted ``key << 32 | position`` table each
    position is in, numbered in that order: runs[offsets[p]:offsets[p + 1]], ascending.

    >>> table = np.array([5 << 32 | 1, 5 << 32 | 4, 7 << 32 | 1, 7 << 32 | 2, 7 << 32 | 4], dtype=np.uint64)
    >>> runs, offsets = _head_runs(table, np.array([0, 2]), np.array([2, 3]), 5)
    >>> [runs[offsets[p] : offsets[p + 1]].tolist() for p in range(5)]
    [[], [0, 1], [1], [], [0, 1]]
    """
    rows = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
    packed = table[rows] & np.uint64(POSITION_MASK)
    packed <<= np.uint64(32)
    packed |= np.repeat(np.arange(len(starts), dtype=np.uint64), lengths)
    distinct = sorted_distinct(packed)  # a head whose two bands share a key is in its run once
    del packed
    return _grouped(distinct, size)


def run_starts(values: np.ndarray) -> np.ndarray:
    """Which of the sorted ``values`` start a run of equal ones, as a mask.

    >>> run_starts(np.array([4, 4, 6, 9, 9])).tolist()
    [True, False, True, True, False]
    """
    starts = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=starts[1:])
    return starts


def sorted_distinct(packed: np.ndarray, apart: bool = False, kind: str | None = None) -> np.ndarray:
    """The distinct values of ``packed`` (sorted in place first, by ``np.sort``'s ``kind``), ascending; with
    ``apart``, only the ``first << 32 | second`` values whose two halves differ. (``np.unique`` would do
    it, but numpy 2 finds distinct ints with a hash table: 90 MB of it for 1.8 million values.)

    >>> sorted_distinct(np.array([5, 3, 5, 9, 1 << 32 | 1], dtype=np.uint64), apart=True).tolist()
    [3, 5, 9]
    >>> sorted_distinct(np.array([4, 9, 4], dtype=np.uint32)).tolist()
    [4, 9]
    """
    packed.sort(kind=kind)
    keep = run_starts(packed)
    if apart:
        words = packed.view(np.uint32)
        keep &= words[0::2] != words[1::2]
    return packed[keep]


def _grouped(packed: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted, distinct ``first << 32 | second`` values as each first's seconds: seconds[offsets[f]:offsets[f + 1]].

    >>> seconds, offsets = _grouped(np.array([1 << 32 | 7, 1 << 32 | 9, 3 << 32 | 2], dtype=np.uint64), 4)
    >>> seconds.tolist(), offsets.tolist()
    ([7, 9, 2], [0, 0, 2, 2, 3])
    """
    # Where each first's values start, found in the sorted values themselves (counting the firsts would
    # copy them as 8-byte ints): 4 bytes a record for as long as the near step runs.
    offsets = np.searchsorted(packed, np.arange(size + 1, dtype=np.uint64) << np.uint64(32)).astype(np.uint32)
    return packed.view(np.uint32)[1 - FIRST_WORD :: 2].copy(), offsets


class NearIndex:
    """Canonical entries by LSH band, and the similarity test a new entry must pass to join one.

    Sketch estimates decide pairs far from the threshold; a pair whose estimate lies within
    `VERIFY_MARGIN` of it (`bdtools.similarity`) is decided by the true Jaccard of the two shingle sets, read from the store.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> edited = dict(article, id="e" * 16, blocks=article["blocks"][:-1])  # its last paragraph cut
    >>> store = ShingleStore()
    >>> first, second = (make_entry(position, fingerprint(record), store) for position, record in enumerate([article, edited]))
    >>> index = NearIndex({0: first, 1: second}, store, NEAR_THRESHOLD)
    >>> index.join_or_add(first) is None  # nothing indexed yet: it becomes a canonical record
    True
    >>> found, score = index.join_or_add(second)
    >>> found.id, score
    ('2885f038f46d021e', 0.8031)
    >>> store.close()
    """

    def __init__(
        self, entries: Mapping[int, Entry] | Sequence[Entry], store: ShingleStore, threshold: float,
        bands: GrowingBands | SortedBands | None = None,
    ) -> None:
        """``entries``: each entry by its position (a list when the positions are 0, 1, 2, …)."""
        self.entries, self.store, self.threshold = entries, store, threshold
        self.bands = bands if bands is not None else GrowingBands(store)
        self.rows = array("q")  # each indexed entry's sketch row, by position (-1: not indexed)

    def similarities(self, entry: Entry, rows: Sequence[int], other: Callable[[int], Entry]) -> list[float]:
        """``entry``'s similarity to the entries whose sketches are in ``rows``: the sketch estimate where it
        decides, else the true Jaccard; ``other(i)`` gives the entry of row i, asked only for a pair the
        estimate does not decide (an `EntryTable` makes it again)."""
        own = self.store.sketch_rows([entry.sketch])[0]  # type: ignore[list-item]
        others = self.store.sketch_rows(rows)
        return similarities(own, others, self.threshold, lambda index: self.jaccard(entry, other(index)))

    def jaccard(self, first: Entry, second: Entry) -> float:
        """The true Jaccard of two entries' shingle sets, read from the store."""
        return jaccard(self.store.read(first.shingles), self.store.read(second.shingles))

    def best(self, entry: Entry) -> tuple[Entry, float] | None:
        """The indexed entry most similar to ``entry`` at the threshold or above (ties: canonical order), of those
        it may be a near copy of (`may_be_near`)."""
        if entry.sketch is None:
            return None
        positions = self.bands.candidates(entry)
        if not positions:
            return None
        # The candidates' entries are made (an `EntryTable` keeps bytes) only where the estimate does not decide, or for a match.
        scores = self.similarities(entry, [self.rows[position] for position in positions], lambda i: self.entries[positions[i]])
        scored = [
            (score, other) for score, position in zip(scores, positions, strict=True)
            if score >= self.threshold and may_be_near(entry.order, (other := self.entries[position]).order)
        ]
        if not scored:
            return None
        score, other = min(scored, key=lambda pair: (-pair[0], pair[1].order))
        return other, round(score, 4)

    def add(self, entry: Entry) -> None:
        if entry.sketch is not None:
            self.bands.add(entry)
            if entry.position >= len(self.rows):
                self.rows.extend([-1] * (entry.position + 1 - len(self.rows)))
            self.rows[entry.position] = entry.sketch

    def remove(self, entry: Entry) -> None:
        """Take an entry `add`ed out of the index (streaming mode, whose `GrowingBands` can lose one)."""
        if entry.sketch is not None:
            self.bands.remove(entry)  # type: ignore[union-attr]
            self.rows[entry.position] = -1

    def join_or_add(self, entry: Entry) -> tuple[Entry, float] | None:
        """`best` for ``entry``; when there is none, ``entry`` is indexed as a canonical record."""
        found = self.best(entry)
        if found is None:
            self.add(entry)
        return found


def cut_held(cut_order: Sequence, cut: np.ndarray, order: Sequence, page: np.ndarray) -> float | None:
    """The share of a page cut short's distinct shingles (ascending) found in a page's, when it is that page's cut
    crawl: the page holds more of their story (it is whole, or cut longer: `may_be_near`), and at least
    `TEASER_CONTAINMENT` of the cut page, which is no longer (`CUT_MAX_SHARE`), as `LeadIndex.best` links it.

    >>> cut, whole, shorter = (CUT_RANK, -40, True, "", "c"), (False, "", -90, "a"), (CUT_RANK, -20, True, "", "d")
    >>> few, many = np.arange(10, dtype=np.uint32), np.arange(30, dtype=np.uint32)
    >>> cut_held(cut, few, whole, many), cut_held(cut, many, whole, few), cut_held(cut, few, shorter, many)
    (1.0, None, None)
    """
    if may_be_near(order, cut_order):
        return None
    return contained(cut, page, CUT_MAX_SHARE)


def contained(teaser: np.ndarray, article: np.ndarray, share: float) -> float | None:
    """The share of a teaser's distinct shingles (ascending) found in an article's, when it is at least
    `TEASER_CONTAINMENT` and the teaser at most ``share`` of the article's size, as `LeadIndex.best` links it.

    >>> few, many = np.arange(10, dtype=np.uint32), np.arange(30, dtype=np.uint32)
    >>> contained(few, many, TEASER_MAX_SHARE), contained(many[5:25], many, TEASER_MAX_SHARE), contained(many, few, 1.0)
    (1.0, None, None)
    """
    if not len(teaser) or len(teaser) > share * len(article):
        return None
    found = common_count(teaser, article) / len(teaser)
    return round(found, 4) if found >= TEASER_CONTAINMENT else None


def page_held(page: Entry, shingles: np.ndarray, article: Entry, article_shingles: np.ndarray) -> float | None:
    """The share of a page that asks (`page_ask`) found in an article that holds it: a page cut short as `cut_held`, a
    short page as a teaser page of it (`TEASER_MAX_SHARE`).

    >>> whole = Entry(1, "a" * 16, (False, "", -90, "a" * 16), "0" * 16, None, 90, "article", (0, 0), 77)
    >>> short = dataclasses.replace(whole, position=0, id="s" * 16, order=(False, "", -30, "s" * 16), short=True)
    >>> few, many = np.arange(10, dtype=np.uint32), np.arange(30, dtype=np.uint32)
    >>> page_held(short, few, whole, many), page_held(short, many[:20], whole, many)
    (1.0, None)
    """
    return held_in(page.order, shingles, article.order, article_shingles)


def held_in(order: Sequence, shingles: np.ndarray, article_order: Sequence, article: np.ndarray) -> float | None:
    """`page_held` by the pages' canonical orders and distinct shingles (ascending): a page cut short (its order's
    `CUT_RANK`) as `cut_held`, a whole one as a teaser page (`TEASER_MAX_SHARE`); a remembered page, of which a state
    file keeps no `Entry`, alike (`cut_page_holders`).

    >>> few, many = np.arange(10, dtype=np.uint32), np.arange(30, dtype=np.uint32)
    >>> cut, short, article = (CUT_RANK, -40, True, "", "c"), (False, "", -10, "s"), (False, "", -90, "a")
    >>> held_in(cut, many[:20], article, many), held_in(short, few, article, many), held_in(short, many[:20], article, many)
    (1.0, 1.0, None)
    """
    if cut_page(order):
        return cut_held(order, shingles, article_order, article)
    return contained(shingles, article, TEASER_MAX_SHARE)


# Streaming mode: at most this many pages wait under one lead key (`WaitingPages`); past it, the page that has waited
# longest waits no more. An article compares with the pages of its key that wait: short notices that no article takes
# pile up under a boilerplate opening ("Thực hiện Kế hoạch số …"), and each article of the key compared with all of
# them (some 7 µs a pair: 1,000 notices and 1,000 articles, 7 s). A teaser page meets its article soon after it.
WAITING_A_KEY = 64
# A bin that none of a waiting page's shingles reaches: above every sketch value, so it holds no surely missing shingle.
NO_MINIMUM = np.iinfo(np.uint32).max


def minima_row(distinct: bytes) -> np.ndarray:
    """`bin_minima_arrays` of ``array("I")`` bytes of distinct hashes as a row of `SKETCH_BINS` (`NO_MINIMUM`: no
    hash in the bin), to be compared with sketch rows.

    >>> row = minima_row(array("I", [(3 << 23) + 5, (3 << 23) + 2, 7]).tobytes())
    >>> row[:4].tolist() == [7, NO_MINIMUM, NO_MINIMUM, (3 << 23) + 2], len(row)
    (True, 128)
    """
    bins, values = bin_minima_arrays(distinct)
    row = np.full(SKETCH_BINS, NO_MINIMUM, dtype=np.uint32)
    row[bins] = values
    return row


class WaitingPages:
    """Streaming mode's canonical pages that ask as teasers themselves (`page_ask`: cut short, or short), by lead key,
    until an article comes that holds them (`page_held`): it is their story from then on. At most `WAITING_A_KEY`
    wait under a key (the one that waited longest goes first); an article reads only those whose bin minima leave
    them a containment of `TEASER_CONTAINMENT` in its sketch (`surely_missing`, as `LeadIndex.best` bounds them).

    >>> from bdtools.parsers.fingerprint import sketch
    >>> store = ShingleStore()
    >>> place, row = store.add_bytes(np.arange(40, dtype=np.uint32).tobytes()), store.add_sketch(sketch(range(40)))
    >>> whole = Entry(1, "a" * 16, (False, "", -90, "a" * 16), "0" * 16, row, 90, "article", place, 77)
    >>> cut = dataclasses.replace(whole, position=0, id="c" * 16, order=(CUT_RANK, -40, True, "", "c" * 16), cut=True,
    ...                           shingles=store.add_bytes(np.arange(12, dtype=np.uint32).tobytes()))
    >>> pages = WaitingPages(store)
    >>> pages.add(cut)
    >>> [(page.id[0], share) for page, share in pages.held_by(whole)], pages.held_by(whole), pages.by_key
    ([('c', 1.0)], [], {})
    >>> pages.add(cut)
    >>> pages.remove(cut)
    >>> pages.held_by(whole), pages.by_key, pages.minima
    ([], {}, {})
    >>> store.close()
    """

    def __init__(self, store: ShingleStore) -> None:
        self.store = store
        self.by_key: dict[int, list[Entry]] = {}
        self.minima: dict[int, np.ndarray] = {}  # by key, the `minima_row` of each page of by_key's list

    def add(self, entry: Entry) -> None:
        """Keep a canonical page that asks as a teaser (`page_ask`); none holds a page without shingles."""
        if page_ask(entry) is None or not entry.shingles[1]:
            return
        key: int = entry.lead_key  # type: ignore[assignment]
        pages = self.by_key.setdefault(key, [])
        rows = self.minima.get(key, np.empty((0, SKETCH_BINS), dtype=np.uint32))
        if len(pages) >= WAITING_A_KEY:
            del pages[0]
            rows = rows[1:]
        pages.append(entry)
        self.minima[key] = np.vstack((rows, minima_row(self.store.read_bytes(entry.shingles))))

    def remove(self, entry: Entry) -> None:
        """Keep a page `add`ed no longer (a whole page with its body came, a near copy joined a short one: `_streaming`)."""
        if entry.lead_key in self.by_key:
            self._keep(entry.lead_key, [page.position != entry.position for page in self.by_key[entry.lead_key]])

    def _keep(self, key: int, kept: list[bool]) -> None:
        """Keep the pages waiting under ``key`` where ``kept`` is true; a key none waits under goes (a long stream
        has a key for each short page)."""
        if not any(kept):
            del self.by_key[key], self.minima[key]
            return
        self.by_key[key] = list(itertools.compress(self.by_key[key], kept))
        self.minima[key] = self.minima[key][np.array(kept, dtype=bool)]

    def held_by(self, entry: Entry) -> list[tuple[Entry, float]]:
        """The pages kept that the article ``entry`` holds, with their containment in it; they are kept no longer."""
        waiting = self.by_key.get(entry.lead_key) if entry.kind == "article" else None  # type: ignore[arg-type]
        if not waiting or entry.sketch is None:
            return []
        key: int = entry.lead_key  # type: ignore[assignment]
        sizes = np.array([page.shingles[1] for page in waiting])
        # A page's shingle below the article's sketch value in its bin is surely missing from the article.
        bounds = (sizes - (self.minima[key] < self.store.sketch_rows([entry.sketch])[0]).sum(axis=1)) / sizes
        page = self.store.read(entry.shingles)
        held: list[tuple[Entry, float]] = []
        kept = [True] * len(waiting)
        for index in np.flatnonzero(bounds >= TEASER_CONTAINMENT).tolist():
            waiter = waiting[index]
            share = page_held(waiter, self.store.read(waiter.shingles), entry, page)
            if share is not None:
                held.append((waiter, share))
                kept[index] = False
        if held:
            self._keep(key, kept)
        return held


# The ranked keys' sketch arrays a `LeadIndex` keeps, at most (the keys asked about least recently go first).
RANKED_BYTES = 4 << 20
# The teasers' asks `link_all_teasers` turns into Python ints at once.
ASKS_AT_ONCE = 1024
# The fewest teaser asks worth a forked copy that answers half of them (some 36 µs an ask, 4 ms a fork).
HELPED_ASKS = 2048
# A teaser reads this many candidate articles, or fewer, without bounding them first (`LeadIndex.best`).
READ_WITHOUT_BOUNDS = 2


def story_of(cluster: object) -> int:
    """A story's identity in a `LeadIndex`: the 8-byte BLAKE2b of its cluster's id, as an int (an exact hash
    stands for a body the same way). Articles of two clusters with the same id are one story; an id given
    to the library as another JSON scalar is typed (`_value_key`), so 5 and "5" are two.

    >>> story_of("a" * 16) == story_of("a" * 16) != story_of("b" * 16), story_of(5) != story_of("5")
    (True, True)
    """
    return int.from_bytes(hashlib.blake2b(_value_key(cluster), digest_size=8).digest(), "little")


def posting_size(posting: Posting) -> float:
    """A posting's shingle count (a remembered page's: unknown, infinite).

    >>> posting_size(("a", packed_place((80, 40)), None)), posting_size(("b", "remembered", None))
    (40, inf)
    """
    return np.inf if isinstance(posting[1], str) else posting[1] & _COUNT_MASK


@dataclass(frozen=True)
class Ranked:
    """A lead key's postings in canonical order of their stories, with what a teaser reads of them all at
    once: the rows of those that have a sketch (``signed``: which), each one's shingle count (a remembered
    page: unknown, infinite), each one's story (`story_of`) and the story all of them belong to, when
    there is one; ``orders``: each one's story's `order_key`, when they were ranked by them (not a batch's ranks).

    >>> store = ShingleStore()
    >>> postings = [("a", packed_place((0, 40)), None), ("b", "remembered", store.add_sketch([7] * SKETCH_BINS))]
    >>> ranked = Ranked.of(postings, [story_of("a"), story_of("b")], store)
    >>> ranked.signed.tolist(), ranked.rows.shape, ranked.sizes.tolist(), ranked.only
    ([1], (1, 128), [40.0, inf], None)
    >>> store.close()
    """

    postings: list[Posting]
    stories: list[int]
    signed: np.ndarray
    rows: np.ndarray
    sizes: np.ndarray
    only: int | None
    orders: list[bytes] | None = None

    @classmethod
    def of(
        cls, postings: list[Posting], stories: list[int], store: ShingleStore, orders: list[bytes] | None = None,
    ) -> Ranked:
        """``postings`` in canonical order of their ``stories`` (``orders``: their `order_key`); ``store``: where
        their sketches are."""
        signed = [index for index, (_, _, sketch) in enumerate(postings) if sketch is not None]
        rows = store.sketch_rows([postings[index][2] for index in signed])  # type: ignore[misc]
        sizes = np.array([posting_size(posting) for posting in postings], dtype=float)  # inf may join them
        distinct = set(stories)
        only = distinct.pop() if len(distinct) == 1 else None
        return cls(postings, stories, np.array(signed, dtype=np.intp), rows, sizes, only, orders)

    def inserted(self, posting: Posting, story: int, order: bytes, store: ShingleStore) -> Ranked:
        """These postings (ranked by ``orders``) and one more of ``story`` (its `order_key` ``order``), placed last
        of those not after it in canonical order, where a stable sort places the last one added: no sort again.

        >>> store = ShingleStore()
        >>> first = Ranked.of([("a", packed_place((0, 40)), store.add_sketch([7] * SKETCH_BINS))], [1], store, [b"b"])
        >>> grown = first.inserted(("c", packed_place((40, 9)), store.add_sketch([5] * SKETCH_BINS)), 3, b"a", store)
        >>> [cluster for cluster, _, _ in grown.postings], grown.signed.tolist(), grown.rows[:, 0].tolist(), grown.only
        (['c', 'a'], [0, 1], [5, 7], None)
        >>> store.close()
        """
        at = bisect.bisect_right(self.orders, order)  # type: ignore[arg-type]
        row_at = int(np.searchsorted(self.signed, at))
        signed, rows = self.signed.copy(), self.rows
        signed[row_at:] += 1
        if posting[2] is not None:
            signed = np.insert(signed, row_at, at)
            rows = np.insert(rows, row_at, store.sketch_rows([posting[2]])[0], axis=0)
        only = story if not self.postings or self.only == story else None
        return Ranked(
            [*self.postings[:at], posting, *self.postings[at:]], [*self.stories[:at], story, *self.stories[at:]],
            signed, rows, np.insert(self.sizes, at, posting_size(posting)), only,
            [*self.orders[:at], order, *self.orders[at:]],  # type: ignore[index]
        )

    def kept(self, kept: list[bool]) -> Ranked:
        """These postings where ``kept`` is true, in the same order: what ranking them afresh gives.

        >>> store = ShingleStore()
        >>> postings = [("a", packed_place((0, 4)), store.add_sketch([7] * SKETCH_BINS)), ("b", "remembered", None),
        ...             ("a", packed_place((16, 2)), store.add_sketch([5] * SKETCH_BINS))]
        >>> left = Ranked.of(postings, [1, 2, 1], store, [b"a", b"b", b"b"]).kept([False, True, True])
        >>> left.signed.tolist(), left.rows[:, 0].tolist(), left.sizes.tolist(), left.only, left.orders
        ([1], [5], [inf, 2.0], None, [b'b', b'b'])
        >>> store.close()
        """
        mask = np.array(kept, dtype=bool)
        places = np.cumsum(mask) - 1  # each kept posting's index among those kept
        rows_kept = mask[self.signed]
        stories = list(itertools.compress(self.stories, kept))
        distinct = set(stories)
        return Ranked(
            list(itertools.compress(self.postings, kept)), stories, places[self.signed[rows_kept]].astype(np.intp),
            self.rows[rows_kept], self.sizes[mask], distinct.pop() if len(distinct) == 1 else None,
            list(itertools.compress(self.orders, kept)) if self.orders is not None else None,
        )

    @property
    def nbytes(self) -> int:
        return self.signed.nbytes + self.rows.nbytes + self.sizes.nbytes


@dataclass(frozen=True)
class BatchLeads:
    """A batch's articles in a `LeadIndex`, as columns sorted by lead key (input order within a key): per
    article its key, story (`story_of`), cluster (a `Decisions` cluster value), store place (`packed_place`)
    and sketch row (-1: none), 32 bytes; per story the position of its first article in canonical order,
    16 bytes. An exact copy of an article of the same story is left out (it contains the same teasers),
    but its order counts. ``decisions``: what the cluster values stand for; ``groups``: the entries'
    `exact_groups`, which give each one's place in canonical order and its exact group.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> store = ShingleStore()
    >>> entries = [make_entry(position, fingerprint(dict(article, id=name * 16)), store) for position, name in enumerate("ba")]
    >>> decisions = decisions_of(entries)
    >>> decisions.append("exact", 1, 1.0); decisions.append("unique", 1, None)
    >>> batch = BatchLeads.of(entries, decisions, exact_groups(entries))
    >>> batch.clusters.tolist(), batch.first_of(story_of("a" * 16)), batch.first_of(story_of("c" * 16))
    ([1], 1, None)
    >>> store.close()
    """

    entries: Sequence[Entry]
    decisions: Decisions
    keys: np.ndarray
    stories: np.ndarray
    clusters: np.ndarray
    places: np.ndarray
    sketches: np.ndarray
    story_index: np.ndarray  # the stories, ascending
    story_first: np.ndarray  # each one's first article in canonical order (a position)
    story_rank: np.ndarray  # each one's place in canonical order (equal orders: the same place)

    @classmethod
    def of(cls, entries: Sequence[Entry], decisions: Decisions, groups: ExactGroups) -> BatchLeads:
        """The articles of ``entries`` that have a lead key, in the clusters of ``decisions``."""
        # The columns as they come, then each one's kept rows made (and the column dropped) in turn: the
        # copies beside the columns are at most two of 8 bytes an article at any moment.
        columns = {name: array(kind) for name, kind in (("key", "I"), ("cluster", "q"), ("place", "q"), ("sketch", "q"))}
        stories, positions = array("Q"), array("q")
        for entry in orderless(entries):
            if entry.kind == "article" and entry.lead_key is not None:  # a lead key is a CRC-32
                position, cluster = entry.position, decisions.clusters[entry.position]
                for name, value in (
                    ("key", entry.lead_key), ("cluster", cluster), ("place", packed_place(entry.shingles)),
                    ("sketch", -1 if entry.sketch is None else entry.sketch),
                ):
                    columns[name].append(value)
                positions.append(position)
                stories.append(story_of(entry.id if cluster == position else decisions.cluster_id(position)))
        story, position = np.frombuffer(stories, dtype=np.uint64), np.frombuffer(positions, dtype=np.int64)
        by_story, starts = canonical_runs(story, groups.ranks[position])
        firsts = by_story[starts]  # each story's first article in canonical order
        del by_story, starts
        story_index, first_articles = story[firsts], position[firsts]
        del firsts
        exact = groups.of[position]  # an article's exact group (-1: no body)
        by_copy = np.lexsort((exact, story))  # a stable sort: copies in input order
        copied = np.zeros(len(position), dtype=bool)  # the same story and exact group as an article before it
        copied[by_copy[1:]] = (story[by_copy[1:]] == story[by_copy[:-1]]) & (exact[by_copy[1:]] == exact[by_copy[:-1]])
        copied &= exact >= 0
        del by_copy, exact, position, positions
        kept = np.flatnonzero(~copied)
        del copied
        kept = kept[np.argsort(np.frombuffer(columns["key"], dtype=np.uint32)[kept], kind="stable")]
        # Kept as 8-byte ints where a value may need them (a key is searched for with key + 1), else as 4-byte ones.
        key, cluster, place, sketch = (
            np.frombuffer(columns.pop(name), dtype=np.uint32 if name == "key" else np.int64)[kept].astype(kept_as, copy=False)
            for name, kept_as in (("key", np.int64), ("cluster", np.int32), ("place", np.int64), ("sketch", np.int32))
        )
        return cls(entries, decisions, key, story[kept], cluster, place, sketch, story_index, first_articles,
                   groups.ranks[first_articles])

    def ranks(self, stories: np.ndarray) -> np.ndarray:
        """The places in canonical order of ``stories`` (each one of this batch)."""
        return self.story_rank[np.searchsorted(self.story_index, stories)]

    def postings(self, key: int) -> tuple[list[Posting], list[int]]:
        """The postings of ``key``, in input order, and their stories."""
        start, end = np.searchsorted(self.keys, [key, key + 1]).tolist()
        clusters = [self.decisions.cluster_of(value) for value in self.clusters[start:end].tolist()]
        sketches = [None if row < 0 else row for row in self.sketches[start:end].tolist()]
        return list(zip(clusters, self.places[start:end].tolist(), sketches, strict=True)), self.stories[start:end].tolist()

    def has(self, key: int) -> bool:
        index = int(np.searchsorted(self.keys, key))
        return index < len(self.keys) and int(self.keys[index]) == key

    def first_of(self, story: int) -> int | None:
        """The position of the first article of ``story`` in canonical order (None: no article of it here)."""
        index = int(np.searchsorted(self.story_index, np.uint64(story)))
        found = index < len(self.story_index) and int(self.story_index[index]) == story
        return int(self.story_first[index]) if found else None


class LeadIndex:
    """The stories a teaser may repeat: articles by the key of their opening words.

    The key finds the candidates in one lookup; the article's whole shingle set, read back from the
    store (or the state file), gives the containment of the teaser's shingles. A batch's articles are
    indexed at once, as columns (`add_batch`); others one by one (`add`: streaming, remembered pages).

    A listing item that repeats the lead of sample 003, cut by an ellipsis:

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> listing = process({"id": "f" * 16, "text": "News\\n\\n" + article["blocks"][0]["text"][:150] + "…"})
    >>> store = ShingleStore()
    >>> story, page = (make_entry(position, fingerprint(record), store) for position, record in enumerate([article, listing]))
    >>> leads = LeadIndex(store)
    >>> leads.add(story.id, story.lead_key, story.shingles, story.order)
    >>> [leads.best(place, key) for _, place, key in page.items]
    [('2885f038f46d021e', 1.0)]
    >>> store.close()
    """

    def __init__(self, store: ShingleStore, fetch: Callable[[str], bytes] | None = None) -> None:
        """``fetch``: a remembered page's distinct shingles by its id, ascending ``array("I")`` bytes."""
        self.store, self.fetch = store, fetch
        self.batch: BatchLeads | None = None
        self.postings: dict[int, list[Posting]] = defaultdict(list)  # those added one by one
        self.order: dict[int, bytes] = {}  # a story's place in canonical order (`order_key`), from those added one by one
        self.copies: set[tuple[int, str]] = set()  # (story, exact hash) of the articles added one by one
        # The keys whose postings are in canonical order, with what a teaser reads of them as arrays: sorted
        # when a teaser first asks for the key, again after a story moves up in canonical order (or an article
        # joins a batch's key) or after the key was dropped to keep within RANKED_BYTES; an article that joins
        # a key is put in its place (`_rank_added`).
        self.ranked: OrderedDict[int, Ranked] = OrderedDict()
        self.ranked_bytes = 0
        # The clusters (positions) of a batch's pages that are linked themselves (`link_all_teasers`: teasers, and
        # near copies cut short): no teaser's story (by cluster, not story: a cluster of another page with the same
        # id still is one).
        self.teasers: set[int] = set()

    def add_batch(self, entries: Sequence[Entry], decisions: Decisions, groups: ExactGroups) -> None:
        """Index a batch's articles at once (`BatchLeads`), in their clusters in ``decisions`` (``groups``: their
        `exact_groups`); before any `add`."""
        self.batch = BatchLeads.of(entries, decisions, groups)

    def add(
        self, cluster: str, key: int | None, source: tuple[int, int] | str, order: tuple,
        sketch: int | None = None, exact: str | None = None,
    ) -> None:
        """Index an article of ``cluster``; its shingles are at ``source`` (a store place, or a remembered page id).

        With the article's ``sketch`` (its row in the store), a teaser that it surely cannot contain is ruled
        out without reading the article's shingles (`bdtools.parsers.fingerprint.surely_missing`). An exact
        copy (same ``exact`` hash) of an article the story already has contains the same teasers: it adds
        only its order.
        """
        if key is None:
            return
        story, ordered = story_of(cluster), order_key(order)
        known = self._order_of(story)
        if known is not None and ordered < known:
            self.ranked.clear()  # the story moved in canonical order: every key it is under
            self.ranked_bytes = 0
        self.order[story] = min(ordered, self.order.get(story, ordered))
        if exact is not None:
            if (story, exact) in self.copies:
                return
            self.copies.add((story, exact))
        posting = (cluster, source if isinstance(source, str) else packed_place(source), sketch)
        self.postings[key].append(posting)
        self._rank_added(key, posting, story)

    def remove(self, cluster: str, key: int | None) -> None:
        """Take the articles of ``cluster`` `add`ed under ``key`` out of the index."""
        self._keep(key, lambda posting: posting[0] != cluster)

    def remove_page(self, page_id: str, key: int | None) -> None:
        """Take the remembered page ``page_id`` `add`ed under ``key`` out of the index, whatever its cluster (a page
        cut short that an earlier run moved to its article's cluster: `State.join`)."""
        self._keep(key, lambda posting: posting[1] != page_id)

    def _keep(self, key: int | None, kept: Callable[[Posting], bool]) -> None:
        if key not in self.postings:
            return
        self.postings[key] = list(filter(kept, self.postings[key]))
        ranked = self.ranked.get(key)  # type: ignore[arg-type]
        if ranked is None or self.batch is not None:  # a batch's postings are ranked too, and stay
            self.unrank(key)  # type: ignore[arg-type]
            return
        # Ranked again at each ask after a page its article took left (streaming: teaser pages of one key), a product.
        shrunk = self.ranked[key] = ranked.kept(list(map(kept, ranked.postings)))  # type: ignore[index]
        self.ranked_bytes += shrunk.nbytes - ranked.nbytes

    def _order_of(self, story: int) -> bytes | None:
        """The `order_key` of ``story``: its first article in canonical order, of those indexed."""
        first = self.batch.first_of(story) if self.batch is not None else None
        orders = [self.order[story]] if story in self.order else []
        if first is not None:
            orders.append(order_key(self.batch.entries[first].order))  # type: ignore[union-attr]
        return min(orders, default=None)

    def _rank_added(self, key: int, posting: Posting, story: int) -> None:
        """Put a posting just added under ``key`` in its place among the key's ranked postings, if they are kept:
        re-sorting them at each ask after an article joined the key made a stream of short pages and articles of
        one key (notices opening alike) a product. A batch's ranks alone are no `order_key`: those go."""
        ranked = self.ranked.get(key)
        if ranked is None or ranked.orders is None:
            self.unrank(key)
            return
        grown = self.ranked[key] = ranked.inserted(posting, story, self._order_of(story), self.store)  # type: ignore[arg-type]
        self.ranked_bytes += grown.nbytes - ranked.nbytes
        self._within_bytes()

    def _within_bytes(self) -> None:
        """Drop the keys asked about least recently while the ranked ones pass `RANKED_BYTES` (one stays)."""
        while self.ranked_bytes > RANKED_BYTES and len(self.ranked) > 1:
            self.ranked_bytes -= self.ranked.popitem(last=False)[1].nbytes

    def unrank(self, key: int) -> None:
        """Drop what a teaser read of ``key``'s candidates (`Ranked`), if it is kept."""
        ranked = self.ranked.pop(key, None)
        if ranked is not None:
            self.ranked_bytes -= ranked.nbytes

    def _ranked(self, key: int) -> Ranked:
        """The postings of ``key`` in canonical order of their stories, and their sketches and sizes as arrays."""
        ranked = self.ranked.get(key)
        if ranked is not None:
            self.ranked.move_to_end(key)
            return ranked
        postings, stories = self.batch.postings(key) if self.batch is not None else ([], [])
        added = self.postings.get(key, [])
        postings += added
        stories += [story_of(cluster) for cluster, _, _ in added]
        orders: list[bytes] | None = None
        if self.order or self.batch is None:  # articles added one by one: compare `order_key` bytes
            of_story = {story: self._order_of(story) for story in set(stories)}
            by_order = sorted(range(len(postings)), key=lambda index: of_story[stories[index]])  # type: ignore[arg-type, return-value]
            orders = [of_story[stories[index]] for index in by_order]  # type: ignore[misc]
        else:  # a batch alone: its stories' places in canonical order
            by_order = np.argsort(self.batch.ranks(np.array(stories, dtype=np.uint64)), kind="stable").tolist()  # type: ignore[union-attr]
        ranked = Ranked.of(
            [postings[index] for index in by_order], [stories[index] for index in by_order], self.store, orders)
        self.ranked[key] = ranked
        self.ranked_bytes += ranked.nbytes
        self._within_bytes()
        return ranked

    def _shingles(self, source: int | str) -> np.ndarray:
        """An article's distinct shingles, ascending (a remembered page's from the state file)."""
        if isinstance(source, str):
            return np.frombuffer(self.fetch(source) if self.fetch else b"", dtype=np.uint32)
        return self.store.read(unpacked_place(source))

    def best(
        self, place: tuple[int, int], key: int | None, exclude: str | None = None, share: float = TEASER_MAX_SHARE,
    ) -> tuple[Cluster, float] | None:
        """The story whose article contains the most of the teaser at ``place``, at TEASER_CONTAINMENT or
        above (ties: the story first in canonical order), as the cluster it was indexed in; ``exclude``: the
        id of a story that may not be chosen, nor may one of `teasers`; ``share``: the largest share of its
        article the teaser may be (a page cut short: `CUT_MAX_SHARE`)."""
        if key is None or not place[1]:  # no lead, or a teaser without shingles
            return None
        if key not in self.postings and (self.batch is None or not self.batch.has(key)):
            return None
        ranked = self._ranked(key)
        excluded = story_of(exclude) if exclude is not None else None
        if excluded is not None and ranked.only == excluded:
            return None
        distinct = self.store.read_bytes(place)
        teaser = np.frombuffer(distinct, dtype=np.uint32)
        # A story wins with the highest containment, ties going to the story first in canonical order. The
        # containment is at most (|teaser| - surely missing) / |teaser|, its bound: an article whose bound does
        # not reach the teaser share, or that is too short for the teaser, is ruled out at once. The others
        # are read in falling order of their bounds (canonical order among equal ones), until a bound is
        # below the best containment read: no article after it can reach that.
        if len(ranked.postings) <= READ_WITHOUT_BOUNDS:  # reading them all costs less than bounding them
            promising = [index for index, size in enumerate(ranked.sizes.tolist()) if len(teaser) <= share * size]
            promised = [1.0] * len(promising)
        else:
            bounds = np.full(len(ranked.postings), float(len(teaser)))
            if len(ranked.signed):
                bounds[ranked.signed] -= surely_missing_counts(bin_minima_arrays(distinct), ranked.rows)
            bounds /= len(teaser)  # divided as the containment is: an article's containment never exceeds its bound
            eligible = np.flatnonzero((bounds >= TEASER_CONTAINMENT) & (len(teaser) <= share * ranked.sizes))
            ordered = eligible[np.lexsort((eligible, -bounds[eligible]))]
            promising, promised = ordered.tolist(), bounds[ordered].tolist()
        best_score, best_index = TEASER_CONTAINMENT, -1
        for index, bound in zip(promising, promised, strict=True):
            if bound < best_score:
                break
            if ranked.stories[index] == excluded or ranked.postings[index][0] in self.teasers:
                continue
            if bound == best_score and 0 <= best_index < index:
                continue  # at best a tie with a story before it
            article = self._shingles(ranked.postings[index][1])
            if len(teaser) > share * len(article):
                continue
            score = common_count(teaser, article) / len(teaser)
            if score > best_score or (score == best_score and not 0 <= best_index < index):
                best_score, best_index = score, index
        best_cluster = ranked.postings[best_index][0] if best_index >= 0 else None
        return (best_cluster, round(best_score, 4)) if best_cluster is not None else None


def decide(
    entries: Sequence[Entry], store: ShingleStore, threshold: float = NEAR_THRESHOLD, state: State | None = None,
    helped: bool = False,
) -> Decisions:
    """The batch decision for every entry (entry i at position i, as `dedup` makes them), whatever the input order;
    ``helped``: a forked copy of this process may answer half the teaser asks (`link_all_teasers`).

    Exact copies collapse onto the first of their group in canonical order. The groups' heads are
    then taken in canonical order: each joins the most similar canonical record before it (Jaccard
    ≥ threshold), or becomes one. A near copy is therefore always near its canonical record itself,
    never only through a chain of copies. Teasers are linked last.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> copy = dict(article, id="0" * 16, published=None)  # the same body, undated: after the article in canonical order
    >>> edited = dict(article, id="e" * 16, blocks=article["blocks"][:-1])
    >>> listing = process({"id": "f" * 16, "text": "News\\n\\n" + article["blocks"][0]["text"][:150] + "…"})
    >>> store = ShingleStore()
    >>> records = [copy, edited, listing, article]
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate(records)]
    >>> [(decision.status, decision.of, decision.score, decision.items) for decision in decide(entries, store)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('exact', '2885f038f46d021e', 1.0, None), ('near', '2885f038f46d021e', 0.8031, None),
     ('unique', None, None, {0: '2885f038f46d021e'}), ('unique', None, None, None)]
    >>> store.close()
    """
    groups = exact_groups(entries)
    # The heads as an array, not a list: a list's int objects (36 bytes a head) would be held through the near step.
    canonical, scores = near_step(entries, store, threshold, groups.heads)
    decisions = near_decisions(groups, canonical, scores, decisions_of(entries))
    del canonical, scores  # 16 bytes a group, not needed by the teaser links, whose step is the run's peak
    leads = teaser_index(entries, decisions, store, threshold, state, groups, near_pass=True)
    del groups  # read by the teaser index; about 15 bytes a record
    link_all_teasers(entries, decisions, leads, helped=helped and state is None)  # `settle`, without holding the groups
    return decisions


def near_step(
    entries: Sequence[Entry], store: ShingleStore, threshold: float, heads: np.ndarray, asked: Container[int] | None = None,
    copies: Container[int] = (),
) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``heads`` (positions, in canonical order) with its canonical record (a position: itself when it is one)
    and score, as two arrays: each head joins the most similar canonical record before it (`NearIndex.join_or_add`) or
    becomes one; ``asked``: the heads that may join one, the others canonical as they are (all may, by default);
    ``copies``: asked heads that are copies whatever they find (of a remembered page), never canonical records here.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> edited = dict(article, id="e" * 16, blocks=article["blocks"][:-1])
    >>> store = ShingleStore()
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate([article, edited])]
    >>> [values.tolist() for values in near_step(entries, store, NEAR_THRESHOLD, np.array([0, 1]))]
    [[0, 0], [1.0, 0.8031]]
    >>> [values.tolist() for values in near_step(entries, store, NEAR_THRESHOLD, np.array([0, 1]), asked={0})]
    [[0, 1], [1.0, 1.0]]
    >>> [values.tolist() for values in near_step(entries, store, NEAR_THRESHOLD, np.array([0, 1]), copies={0})]
    [[0, 1], [1.0, 1.0]]
    >>> store.close()
    """
    index = NearIndex(entries, store, threshold, SortedBands.of(entries, heads, store))  # entries[position]: its entry
    canonical, scores = heads.copy(), np.ones(len(heads))
    made = orderless(entries)  # a head's own order is never read here: a candidate's is, made whole by the index
    for number, position in enumerate(map(int, heads)):
        if asked is not None and position not in asked:
            index.add(made[position])
        elif found := (index.best if position in copies else index.join_or_add)(made[position]):
            canonical[number], scores[number] = found[0].position, found[1]
    return canonical, scores


def later_than_their_page(state: State, entries: Sequence[Entry], let_out: Iterable[tuple[int, int, str]]) -> list[int]:
    """The heads of the groups let out of a remembered cluster (``let_out``: (head, the run's record they joined, the
    remembered page), `State.resolve`) whose run's record comes after the page in canonical order: in a batch of all
    runs it is no canonical record but the page's near copy, and the group is decided without it. A record before the
    page is the story there, the page and the group its near copies: the group stays in the cluster (single link).

    >>> import json
    >>> state = State(":memory:")
    >>> row = ("r" * 16, "r" * 16, json.dumps([False, "2022-01-05T16:00:00+07:00", -90, "r" * 16]))
    >>> _ = state.connection.execute("INSERT INTO pages (id, cluster, sort_key) VALUES (?, ?, ?)", row)
    >>> entries = [Entry(position, name * 16, (False, day, -90, name * 16), None, None, 0, None, (0, 0))
    ...            for position, name, day in ((0, "a", "2022-01-06"), (1, "b", "2022-01-04"))]
    >>> later_than_their_page(state, entries, [(7, 0, "r" * 16), (8, 1, "r" * 16)])
    [7]
    >>> state.close()
    """
    return [head for head, record, page in let_out
            if (order := state.order_of(page)) is not None and order_key(order) < order_key(entries[record].order)]


def decide_let_out(
    entries: Sequence[Entry], decisions: Decisions, store: ShingleStore, threshold: float, groups: ExactGroups,
    let_out: Sequence[int], own: bool = False,
) -> list[int]:
    """Decide again the exact groups let out of a remembered cluster (``let_out``: their heads, `State.resolve`), as
    the near step of a batch of all runs decides them: among the run's canonical records and each other, in canonical
    order (`near_step`), where the run's near step had joined them to a record that is no canonical one of such a
    batch (it joined the remembered page). Each group is `near` of the canonical record it joins, or a story of its
    own, its exact copies `exact` of its head. Returns the positions of the groups' records. ``own``: ``let_out`` are
    such groups that stayed stories of their own (`resolve`d); the heads of the run's own clusters after them are
    asked to join one (`_let_out_pass`), and those whose decision changes are decided so.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> edited = dict(article, id="e" * 16, blocks=article["blocks"][:-1])
    >>> store = ShingleStore()
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate([edited, article])]
    >>> decisions = decisions_of(entries)
    >>> decisions.append("near", "r" * 16, 0.9); decisions.append("near", "r" * 16, 0.7)
    >>> decide_let_out(entries, decisions, store, NEAR_THRESHOLD, exact_groups(entries), [0, 1])
    [0, 1]
    >>> [(decision.status, decision.of, decision.score) for decision in decisions]
    [('near', '2885f038f46d021e', 0.8031), ('unique', None, None)]
    >>> store.close()
    """
    heads = groups.heads
    if own:
        chosen, asked, copies = _let_out_pass(heads, decisions, let_out)
    else:
        chosen, asked, copies = _canonical_and(heads, decisions, let_out), set(let_out), set()
    stories, scores = near_step(entries, store, threshold, chosen, asked, copies)
    # A group asked again that is what it was needs no new decision (nor a new `resolve`, which would hold its outgrown
    # cut pages twice); a let-out one always does, the run's near step having joined it to a copy of a remembered page.
    # A copy of a remembered page moves only to a story more similar than its page (ties: the page, first in canonical
    # order), as a batch of all runs joins it to the most similar canonical record.
    found = {head: (story, score) for head, story, score in zip(chosen.tolist(), stories.tolist(), scores.tolist(), strict=True)
             if head in asked and (not own or decisions.cluster(head) != (head if story == head else story))
             and (head not in copies or (story != head and score > decisions.score(head)))}
    members = np.flatnonzero(np.isin(groups.of, groups.of[list(found)])).tolist()
    for position in members:
        head = int(heads[groups.of[position]])
        story, score = found[head]
        if story != head:
            decisions.set(position, "near", story, score)
        else:
            decisions.set(position, *(("unique", head, None) if position == head else ("exact", head, 1.0)))
    return members


def _let_out_pass(heads: np.ndarray, decisions: Decisions, let_out: Sequence[int]) -> tuple[np.ndarray, set[int], set[int]]:
    """The heads (in canonical order) of `decide_let_out`'s near step, those of them asked to join a canonical record,
    and those of the asked that are copies of a remembered page: the let-out heads, and every head after the first of
    them of the run's own clusters (canonical, or `near` of a record of the run) or `near` of a remembered page, as a
    batch of all runs asks them with the let-out groups among the canonical records before them (a canonical page of
    the run an edit of a let-out one stayed a story of its own; a copy nearer a let-out one than its page stayed the
    page's). The heads before it keep their decisions.

    >>> decisions = decisions_of(range(5))
    >>> for status, cluster in (("unique", 0), ("near", "r" * 16), ("unique", 2), ("near", 2), ("near", "r" * 16)):
    ...     decisions.append(status, cluster, None)
    >>> chosen, asked, copies = _let_out_pass(np.array([0, 1, 2, 3, 4]), decisions, [1])
    >>> chosen.tolist(), sorted(asked), sorted(copies)
    ([0, 1, 2, 3, 4], [1, 2, 3, 4], [4])
    """
    statuses = [decisions.status(int(head)) for head in heads]
    remembered = np.array([status == "near" and isinstance(decisions.cluster(int(head)), str)
                           for head, status in zip(heads.tolist(), statuses, strict=True)], dtype=bool)
    own = np.array([status in ("unique", "near") for status in statuses], dtype=bool) & ~remembered
    out = np.isin(heads, let_out)
    after = np.arange(len(heads)) >= (np.flatnonzero(out)[0] if out.any() else len(heads))
    copies = remembered & after & ~out
    chosen = out | (own & after) | copies | np.isin(heads, _canonical_and(heads, decisions, let_out))
    return heads[chosen], set(heads[chosen & after].tolist()), set(heads[copies].tolist())


def _canonical_and(heads: np.ndarray, decisions: Decisions, let_out: Sequence[int]) -> np.ndarray:
    """The heads (in canonical order) that are canonical records of the run, or among ``let_out``.

    >>> decisions = decisions_of(range(3))
    >>> for status, cluster in (("unique", 0), ("near", "r" * 16), ("near", 0)):
    ...     decisions.append(status, cluster, None)
    >>> _canonical_and(np.array([0, 1, 2]), decisions, [1]).tolist()
    [0, 1]
    """
    canonical = np.fromiter(decisions.positions_of("unique"), dtype=np.int64)
    return heads[np.isin(heads, canonical) | np.isin(heads, let_out)]


@dataclass(frozen=True)
class ExactGroups:
    """A batch's exact groups (the same exact hash), numbered in canonical order of their heads (a group's
    first record in canonical order): ``of`` each position's group (-1: no body), ``heads`` each group's
    head position, ``ranks`` each position's place in canonical order (the dense rank of its `order_key`:
    equal orders, one place; the teaser links read them too). As arrays: 8 bytes a record and 8 a group.

    >>> groups = ExactGroups(np.array([1, -1, 0, 1], dtype=np.int32), np.array([2, 0]), np.array([2, 3, 0, 1]))
    >>> np.flatnonzero(groups.of == 1).tolist(), groups.heads.tolist()[1]  # group 1: positions 0 and 3, head 0
    ([0, 3], 0)
    """

    of: np.ndarray
    heads: np.ndarray
    ranks: np.ndarray


def canonical_runs(values: np.ndarray, ranks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The indices of ``values`` sorted by value, then canonical order (``ranks``: each one's place in it),
    then index; and which of them start a value's run, as a mask: the value's first in canonical order.

    >>> order, starts = canonical_runs(np.array([7, 5, 5]), np.array([1, 2, 0]))
    >>> order.tolist(), starts.tolist()
    ([2, 1, 0], [True, False, True])
    """
    order = np.lexsort((ranks, values))  # a stable sort: equal ranks keep their indices' order
    return order, run_starts(values[order])


def dense_ranks(keys: Sequence[bytes]) -> np.ndarray:
    """Each key's place among the distinct ``keys`` in ascending order (equal keys: one place), 4 bytes a key.

    >>> dense_ranks([b"b", b"a", b"b", b"c"]).tolist()
    [1, 0, 1, 2]
    """
    ranks = np.empty(len(keys), dtype=np.int32)
    rank, previous = -1, None
    for index in sorted(range(len(keys)), key=keys.__getitem__):
        if keys[index] != previous:
            rank, previous = rank + 1, keys[index]
        ranks[index] = rank
    return ranks


def exact_groups(entries: Sequence[Entry]) -> ExactGroups:
    """The exact groups of ``entries``: a group's head is its first record in canonical order (ties: input
    order), and the groups are numbered in canonical order of their heads (ties: where their first record is).

    An undated copy of sample 003 comes after the dated one; sample 001 (2022) after both (2020):

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> other = process(next(read_path("samples/001_b5f1e6c3974f0a2e.txt")))
    >>> store = ShingleStore()
    >>> records = [other, dict(article, id="0" * 16, published=None), article]
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate(records)]
    >>> groups = exact_groups(entries)
    >>> [(position, entries[position].id) for position in groups.heads.tolist()], groups.of.tolist(), groups.ranks.tolist()
    ([(2, '2885f038f46d021e'), (0, '334fb489c48f7645')], [1, 0, 0], [1, 2, 0])
    >>> store.close()
    """
    # Every record's place in canonical order is computed here, once a batch, in the one pass over the entries:
    # their order keys (about 100 bytes a record) are held for a moment, before the band keys; the teaser links
    # compare the ranks, 4 bytes a record (each used to make and hold the order keys of the records it ranked).
    keys = []
    hashes = np.zeros(len(entries), dtype=np.uint64)
    bodied = np.zeros(len(entries), dtype=bool)
    for entry in entries:
        keys.append(order_key(entry.order))
        if entry.exact is not None:  # 16 hex digits (`body_hash`)
            hashes[entry.position], bodied[entry.position] = int(entry.exact, 16), True
    ranks = dense_ranks(keys)
    del keys
    positions = np.flatnonzero(bodied)
    order, starts = canonical_runs(hashes[positions], ranks[positions])
    positions = positions[order]  # by hash, then canonical order, then input order
    del hashes, order
    starts = np.flatnonzero(starts)
    heads, sizes = positions[starts], np.diff(starts, append=len(positions))
    firsts = np.minimum.reduceat(positions, starts) if len(starts) else starts  # each group's first record in input order
    ranked = np.lexsort((firsts, ranks[heads]))  # heads in canonical order; ties in the order of their groups' first records
    numbers = np.empty(len(starts), dtype=np.int32)
    numbers[ranked] = np.arange(len(ranked), dtype=np.int32)
    of = np.full(len(entries), -1, dtype=np.int32)
    of[positions] = np.repeat(numbers, sizes)
    return ExactGroups(of, heads[ranked], ranks)


def settle(
    entries: Sequence[Entry], decisions: Decisions, store: ShingleStore, threshold: float, state: State | None,
    groups: ExactGroups,
) -> None:
    """After the near step: clusters that copy a remembered page join it, then teasers are linked
    (``groups``: the entries' `exact_groups`): `teaser_index`, then `link_all_teasers`.

    The Dask engine's client settles so; `decide` makes the same two calls, dropping the groups between
    them. The client's entries carry a sketch only for the articles a teaser may repeat (an article
    without one is read whatever its bound: the same links).

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> listing = process({"id": "f" * 16, "text": "News\\n\\n" + article["blocks"][0]["text"][:150] + "…"})
    >>> store = ShingleStore()
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate([article, listing])]
    >>> decisions = decisions_of(entries)
    >>> for entry in entries:
    ...     decisions.append("unique", entry.position, None)
    >>> settle(entries, decisions, store, NEAR_THRESHOLD, None, exact_groups(entries))
    >>> decisions[1].items
    {0: '2885f038f46d021e'}
    >>> store.close()
    """
    link_all_teasers(entries, decisions, teaser_index(entries, decisions, store, threshold, state, groups))


def teaser_index(
    entries: Sequence[Entry], decisions: Decisions, store: ShingleStore, threshold: float, state: State | None,
    groups: ExactGroups, near_pass: bool = False,
) -> LeadIndex:
    """`settle`'s first part: clusters that copy a remembered page join it, and the articles a teaser may
    repeat are indexed (those of the batch at once, from ``groups``, then the remembered ones). ``near_pass``: the
    groups let out of a remembered cluster are decided again among the run's canonical records (`decide_let_out`);
    the Dask engine's client, which holds no sketches of the run's pages, leaves them `near` of it (single link).

    >>> store = ShingleStore()
    >>> entries = [Entry(0, "a" * 16, (True, "", -5, "a" * 16), "0" * 16, None, 9, "article", (0, 0), 77)]
    >>> decisions = decisions_of(entries)
    >>> decisions.append("unique", 0, None)
    >>> teaser_index(entries, decisions, store, NEAR_THRESHOLD, None, exact_groups(entries)).batch.has(77)
    True
    >>> store.close()
    """
    if state is not None:
        # The run's near copies are asked beside its canonical records: a cut page follows the article that holds the
        # most of it into its cluster, whether the article is canonical or not, as a batch of every run chains it.
        asked = itertools.chain(decisions.positions_of("unique"), decisions.positions_of("near"))
        holders = cut_page_holders(state, entries, asked, store)
        state.superseded.update((page.id, page) for page in claim(holders, lambda position: entries[position].order))
        let_out: list[tuple[int, int, str]] | None = [] if near_pass else None
        outgrown = state.resolve(entries, decisions, threshold, store, groups=groups, let_out=let_out)
        if heads := later_than_their_page(state, entries, let_out or ()):
            # Those let out are matched against the remembered pages again (a story of their own may copy another),
            # as a batch of all runs scores them against every canonical record before them; let out once more, they
            # stay `near` through the run's record.
            again = decide_let_out(entries, decisions, store, threshold, groups, heads)
            outgrown += state.resolve(entries, decisions, threshold, store, again, groups)
            # A batch of all runs asks the run's own clusters after them to join those that are stories there: not
            # one that `resolve` joined to another remembered page (its edit would stay `near` through it).
            if stories := [head for head in heads if decisions.status(head) == "unique"]:
                again = decide_let_out(entries, decisions, store, threshold, groups, stories, own=True)
                outgrown += state.resolve(entries, decisions, threshold, store, again, groups)
        # A superseded page is no one's match, whichever holder claims it: the stories the holders joined in
        # `resolve` decide between holders that hold as much of it, as a batch of all runs ties a cut page.
        held = claim(holders, story_rank(state, entries, decisions))
        state.superseded.update((page.id, page) for page in [*held, *outgrown])
        state.follow([*held, *outgrown], decisions)
    leads = LeadIndex(store, state.fetch_shingles if state else None)
    leads.add_batch(entries, decisions, groups)
    if state is not None:
        state.load_leads(leads)
    return leads


def decisions_of(entries: Sequence[Entry]) -> Decisions:
    """An empty `Decisions` whose positions are those of ``entries``.

    >>> decisions = decisions_of([Entry(0, "a" * 16, (), None, None, 0, None, (0, 0))])
    >>> decisions.append("unique", 0, None)
    >>> decisions[0].cluster
    'aaaaaaaaaaaaaaaa'
    """
    if isinstance(entries, EntryTable):
        return Decisions(entries.id_at)
    return Decisions(lambda position: entries[position].id)


def near_decisions(groups: ExactGroups, canonical: np.ndarray, scores: np.ndarray, decisions: Decisions) -> Decisions:
    """Every record's decision after the near step, into the empty ``decisions``: ``canonical`` and ``scores``
    give each exact group's canonical record (a position) and score.

    Group 0 (positions 1 and 2) is canonical; group 1 (positions 0 and 3) joined it:

    >>> groups = ExactGroups(np.array([1, 0, 0, 1, -1], dtype=np.int32), np.array([1, 0]), np.array([2, 0, 1, 3, 4]))
    >>> decisions = near_decisions(groups, np.array([1, 1]), np.array([1.0, 0.85]), Decisions(str))
    >>> [(decision.status, decision.of, decision.score) for decision in decisions]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('near', '1', 0.85), ('unique', None, None), ('exact', '1', 1.0), ('near', '1', 0.85),
     ('unique', None, None)]
    """
    positions = np.arange(len(groups.of))
    bodied = groups.of >= 0
    group = np.where(bodied, groups.of, 0)
    clusters = np.where(bodied, canonical[group] if len(canonical) else positions, positions)
    statuses = np.where(clusters == positions, 0, np.where(groups.of[clusters] == groups.of, 1, 2))
    chosen = np.select([statuses == 0, statuses == 1], [np.nan, 1.0], scores[group] if len(scores) else np.nan)
    columns = ((statuses, np.uint8), (clusters, np.int32), (chosen, np.float64))
    decisions.extend(*(column.astype(kind).tobytes() for column, kind in columns))
    return decisions


def link_teasers(entry: Entry, decisions: Decisions, leads: LeadIndex) -> None:
    """Link a listing's items, or a short page or one cut short itself (`page_ask`), to the story whose lead contains them.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> short = process({"id": "5" * 16, "text": article["blocks"][0]["text"][:150] + "…"})
    >>> store = ShingleStore()
    >>> story, teaser = (make_entry(position, fingerprint(record), store) for position, record in enumerate([article, short]))
    >>> leads = LeadIndex(store)
    >>> leads.add(story.id, story.lead_key, story.shingles, story.order)
    >>> decisions = decisions_of([story, teaser])
    >>> for entry in (story, teaser):
    ...     decisions.append("unique", entry.position, None)
    >>> link_teasers(teaser, decisions, leads)
    >>> decisions[1].as_field()
    {'status': 'teaser', 'of': '2885f038f46d021e', 'score': 0.95, 'cluster': '2885f038f46d021e'}
    >>> store.close()
    """
    for key, position, index, place in teaser_asks(entry, decisions):
        _link(decisions, position, index, leads.best(place, key, _excluded(decisions, position, index), _share(index)))


def link_all_teasers(entries: Sequence[Entry], decisions: Decisions, leads: LeadIndex, helped: bool = False) -> None:
    """`link_teasers` of every entry, asked one lead key after another. In input order a key comes back
    after others have pushed its ranked articles out of `RANKED_BYTES`: on 60,000 generated pages 24,852
    asks ranked 1.95 million articles, where their 12,237 keys have 30,706. The asks wait as columns, 20
    bytes each, and a key's ranked candidates are dropped once its asks are answered.

    A page found to be a teaser (or a near copy cut short) is no other teaser's story (`LeadIndex.teasers`),
    as in streaming mode, where such a page is never indexed: a key's pages that ask (`page_ask`) are asked
    before its listing items, the longest first (an article is at least twice as long as its teaser, and at
    least as long as a page cut from it, so a page's candidates are known to be linked or not when it asks),
    and those whose cluster has articles under another lead key before every other ask (`_asks_by_key`). A
    link to a page that turned out linked all the same is asked again, and the copies of a linked page join
    its story (`TeaserLinks`).

    With ``helped`` (and at least `HELPED_ASKS` asks) a forked copy of this process answers the second
    half of the asks, from a key on, while this one answers the first (`bdtools.forked`; where fork is
    safe: no other thread, no state file open): on 20,000 generated pages 0.36-0.38 → 0.24-0.25 s, of a
    step that the main process of ``run --jobs 2`` runs alone. If the copy fails, the answers not read
    from it are made here.

    >>> from bdtools.ingest import read_path
    >>> from bdtools.pipeline import process
    >>> article = process(next(read_path("samples/003_790eb7187b08f3fc.txt")))
    >>> lead = article["blocks"][0]["text"]
    >>> short = process({"id": "5" * 16, "text": lead[:150] + "…"})
    >>> listing = process({"id": "f" * 16, "text": "News\\n\\n" + lead[:140] + "…"})
    >>> store = ShingleStore()
    >>> entries = [make_entry(position, fingerprint(record), store) for position, record in enumerate([article, short, listing])]
    >>> leads = LeadIndex(store)
    >>> leads.add(entries[0].id, entries[0].lead_key, entries[0].shingles, entries[0].order)
    >>> decisions = decisions_of(entries)
    >>> for entry in entries:
    ...     decisions.append("unique", entry.position, None)
    >>> link_all_teasers(entries, decisions, leads)
    >>> decisions[1].status, decisions[1].of, decisions[2].items
    ('teaser', '2885f038f46d021e', {0: '2885f038f46d021e'})
    >>> store.close()
    """
    asks, ahead = _asks_by_key(entries, decisions, leads.batch)
    links = TeaserLinks(entries, decisions, leads)
    links.link_each(_answers(leads, decisions, asks, slice(ahead)))
    split = _key_boundary(asks, ahead + (len(asks[0]) - ahead) // 2) if helped and len(asks[0]) - ahead >= HELPED_ASKS else None
    if split is None or split == len(asks[0]):
        links.link_each(_answers(leads, decisions, asks, slice(ahead, None)))
    else:
        with forked(lambda: _answers(leads, decisions, asks, slice(split, None))) as theirs:
            links.link_each(_answers(leads, decisions, asks, slice(ahead, split)))
            linked = split  # the copy's answers come in order: those read are linked, the rest answered here
            try:
                for answer in theirs:
                    links.link(*answer)
                    linked += 1
            except ForkFailed:  # an ask answered again would exclude the story its first answer linked
                links.link_each(_answers(leads, decisions, asks, slice(linked, None)))
    links.ask_again()
    links.join_copies()


def _asks_by_key(entries: Iterable[Entry], decisions: Decisions, batch: BatchLeads | None) -> tuple[tuple[np.ndarray, ...], int]:
    """Every teaser's asks (`teaser_asks`) as four columns (key, position, item index, packed place), 20
    bytes an ask, and their order: first the pages whose cluster has articles under another lead key than
    theirs (`spread` among the ``batch``'s), then by key; within a key the pages (short or cut short), longest
    first, then the listing items (ties: input order). And how many asks come first."""
    columns = (array("I"), array("i"), array("i"), array("q"))
    for key, position, index, place in (ask for entry in orderless(entries) for ask in teaser_asks(entry, decisions)):
        for column, value in zip(columns, (key, position, index, packed_place(place)), strict=True):
            column.append(value)
    keys, positions, indexes, places = (np.frombuffer(column, dtype=column.typecode) for column in columns)
    pages = indexes < 0
    later = ~pages if batch is None else ~(pages & spread((batch.clusters, batch.keys), positions, keys))
    within = np.where(pages, -(places & _COUNT_MASK), 1)  # the pages, longest first, then the items
    return (keys, positions, indexes, places, np.lexsort((within, keys, later))), len(later) - int(np.count_nonzero(later))


def spread(indexed: tuple[np.ndarray, np.ndarray], clusters: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each of ``clusters`` (positions) has articles among the ``indexed`` ones (a `BatchLeads`'
    clusters and keys columns) under another lead key than its own of ``keys``: a near copy's, whose
    postings name the cluster of the page that asks under its key.

    >>> indexed = (np.array([4, 4, 7, 9]), np.array([10, 11, 12, 12]))
    >>> spread(indexed, np.array([4, 7, 9, 5]), np.array([10, 12, 13, 10])).tolist()
    [True, False, True, False]
    """
    pairs = np.unique(indexed[0].astype(np.int64) << 32 | indexed[1])
    owners = pairs >> 32
    starts = np.flatnonzero(run_starts(owners))
    if not len(starts):
        return np.zeros(len(clusters), dtype=bool)
    owner, counts, owned = owners[starts], np.diff(starts, append=len(pairs)), pairs[starts] & _COUNT_MASK
    found = np.minimum(np.searchsorted(owner, clusters), len(owner) - 1)
    return (owner[found] == clusters) & ((counts[found] > 1) | (owned[found] != keys))


def _key_boundary(asks: tuple[np.ndarray, ...], start: int) -> int:
    """The first place in the asks' order, at ``start`` or after, where a lead key's asks begin (or their end)."""
    keys, *_, order = asks
    ordered = keys[order]
    begins = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
    index = int(np.searchsorted(begins, start))
    return int(begins[index]) if index < len(begins) else len(keys)


def _answers(
    leads: LeadIndex, decisions: Decisions, asks: tuple[np.ndarray, ...], part: slice,
) -> Iterator[tuple[int, int, tuple[Cluster, float] | None]]:
    """The answers of the asks in ``part`` of their order (`_asks_by_key`): each ask's position, item index
    and the story found (`LeadIndex.best`). A page linked is at once no other teaser's story."""
    *columns, order = asks
    order = order[part]
    asking = -1
    for start in range(0, len(order), ASKS_AT_ONCE):  # as Python ints a block at a time
        asked = order[start:start + ASKS_AT_ONCE]
        for key, position, index, place in zip(*(column[asked].tolist() for column in columns), strict=True):
            if key != asking:  # a key's asks come together (but for the few asked first): its ranked candidates go
                leads.unrank(asking)
                asking = key
            found = leads.best(unpacked_place(place), key, _excluded(decisions, position, index), _share(index))
            if found is not None and index < 0:
                leads.teasers.add(position)
            yield position, index, found
    leads.unrank(asking)


class TeaserLinks:
    """A batch's teaser links as its asks are answered (`link_all_teasers`): the pages linked (teasers, and
    near copies cut short), and every link to a cluster of the batch (its position, item index and cluster,
    12 bytes), so that a link to one of those pages is asked again once all are known (`ask_again`); then
    the pages of a linked page's cluster join its story (`join_copies`).

    >>> decisions = Decisions(["a" * 16, "b" * 16, "c" * 16].__getitem__)
    >>> for status, cluster, score in (("unique", 0, None), ("unique", 1, None), ("exact", 1, 1.0)):
    ...     decisions.append(status, cluster, score)
    >>> entries = [Entry(position, name * 16, (), None, None, 60, "article", (0, 57)) for position, name in enumerate("abc")]
    >>> links = TeaserLinks(entries, decisions, LeadIndex(None))  # type: ignore[arg-type]
    >>> links.link(1, -1, (0, 0.95))
    >>> links.join_copies()
    >>> [(decision.status, decision.of, decision.score) for decision in decisions]
    [('unique', None, None), ('teaser', 'aaaaaaaaaaaaaaaa', 0.95), ('teaser', 'aaaaaaaaaaaaaaaa', 0.95)]
    """

    def __init__(self, entries: Sequence[Entry], decisions: Decisions, leads: LeadIndex) -> None:
        self.entries, self.decisions, self.leads = entries, decisions, leads
        self.pages: set[int] = set()  # the positions of the pages linked
        self.linked = (array("i"), array("i"), array("i"))

    def link(self, position: int, index: int, found: tuple[Cluster, float] | None) -> None:
        """Link an ask's answer (`_answers`: the story found, or None)."""
        if found is None:
            return
        if index < 0:
            self.pages.add(position)
            self.leads.teasers.add(position)
        _link(self.decisions, position, index, found)
        if isinstance(found[0], int):
            for column, value in zip(self.linked, (position, index, found[0]), strict=True):
                column.append(value)

    def link_each(self, answers: Iterable[tuple[int, int, tuple[Cluster, float] | None]]) -> None:
        for answer in answers:
            self.link(*answer)

    def ask_again(self) -> None:
        """Ask again the asks linked to a page that is linked itself, which no story is now: a page left
        without a story is unique again (its own is still none, as when it asked)."""
        positions, indexes, clusters = (np.frombuffer(column, dtype=np.int32) for column in self.linked)
        stale = np.isin(clusters, np.fromiter(self.pages, dtype=np.int32, count=len(self.pages)))
        for position, index in zip(positions[stale].tolist(), indexes[stale].tolist(), strict=True):
            entry = self.entries[position]
            place, key = (entry.shingles, entry.lead_key) if index < 0 else next(
                (place, key) for item, place, key in entry.items if item == index)
            found = self._ask(place, key, self.decisions.id_of(position) if index < 0 else None, _share(index))
            if found is not None:
                _link(self.decisions, position, index, found)
            elif index < 0:
                self.pages.discard(position)
                self.decisions.set(position, "unique", position, None)
            else:
                del self.decisions.items[position][index]

    def _ask(
        self, place: tuple[int, int], key: int | None, exclude: str | None = None, share: float = TEASER_MAX_SHARE,
    ) -> tuple[Cluster, float] | None:
        """`LeadIndex.best`, asked alone: the key's ranked candidates are not kept."""
        found = self.leads.best(place, key, exclude, share)
        if key is not None:
            self.leads.unrank(key)
        return found

    def join_copies(self) -> None:
        """Move the exact and near copies of each page linked (its cluster) to its story, as the page is linked
        (a teaser, or a near copy cut short): an exact copy as the page, a near copy (or an exact one cut short of a
        whole page: an article's crawl cut after the lead that a teaser page repeats) as its own ask links it (it
        may repeat the lead, from the lead on, as the page does), else as the page (streaming mode, where a
        linked page is no canonical record, finds no copy of it: an exact copy is linked as the page, a near
        one by its own ask, or not at all)."""
        if not self.pages:
            return
        decisions = self.decisions
        clusters = np.frombuffer(decisions.clusters, dtype=np.int32).copy()
        pages = np.fromiter(self.pages, dtype=np.int32, count=len(self.pages))
        for position in np.flatnonzero(np.isin(clusters, pages)).tolist():
            page = int(clusters[position])
            found = None
            entry = self.entries[position]
            if decisions.status(position) == "near" or (entry.cut and not self.entries[page].cut):
                ask = page_ask(entry)
                if ask is not None:
                    found = self._ask(entry.shingles, entry.lead_key, share=_share(ask))
                    _link(decisions, position, ask, found)
            if found is None:
                decisions.set(position, decisions.status(page), decisions.cluster(page), decisions.score(page))


def page_ask(entry: Entry) -> int | None:
    """What a page asks a `LeadIndex` as, if it asks: `CUT_PAGE`, a page cut short (a near copy of an article that
    contains it, whatever its length), else `SHORT_PAGE`, a short page (a teaser of one); a listing asks by its
    items, a page without a lead key not at all.

    >>> page = Entry(0, "a" * 16, (), None, None, 60, "article", (0, 57), 77, short=True)
    >>> page_ask(page), page_ask(dataclasses.replace(page, cut=True)), page_ask(dataclasses.replace(page, lead_key=None))
    (-1, -2, None)
    """
    if entry.lead_key is None or entry.kind == "listing":
        return None
    if entry.cut:
        return CUT_PAGE
    return SHORT_PAGE if entry.short else None


def teaser_asks(entry: Entry, decisions: Decisions) -> Iterator[tuple[int, int, int, tuple[int, int]]]:
    """What a teaser asks a `LeadIndex` (`LeadIndex.best`): its lead key, the entry's position, the
    listing item's index (or what the page itself asks as, `page_ask`, while it is unique) and the
    teaser's store place.

    >>> listing = Entry(3, "f" * 16, (), None, None, 0, "listing", (0, 0), items=((0, (0, 9), 7), (1, (9, 4), None)))
    >>> list(teaser_asks(listing, decisions_of([])))
    [(7, 3, 0, (0, 9))]
    """
    for index, place, key in entry.items:
        if key is not None:
            yield key, entry.position, index, place
    ask = page_ask(entry)
    if ask is not None and decisions.status(entry.position) == "unique":
        yield entry.lead_key, entry.position, ask, entry.shingles  # type: ignore[misc]


def _excluded(decisions: Decisions, position: int, index: int) -> str | None:
    """The story a teaser may not be linked to: a page's own."""
    return decisions.cluster_id(position) if index < 0 else None


def _share(index: int) -> float:
    """The largest share of its article an ask's teaser may be (``index``: a listing item's, or what a page asks as).

    >>> _share(0) == ITEM_MAX_SHARE, _share(SHORT_PAGE) == TEASER_MAX_SHARE, _share(CUT_PAGE) == CUT_MAX_SHARE
    (True, True, True)
    """
    if index >= 0:
        return ITEM_MAX_SHARE
    return CUT_MAX_SHARE if index == CUT_PAGE else TEASER_MAX_SHARE


def _link(decisions: Decisions, position: int, index: int, found: tuple[Cluster, float] | None) -> None:
    if found is None:
        return
    if index < 0:
        decisions.set(position, "near" if index == CUT_PAGE else "teaser", *found)
    else:
        decisions.items.setdefault(position, {})[index] = found[0]


def spill_record(stream: IO[bytes], data: bytes) -> None:
    """Append a record's marshal bytes (plain JSON data, one Python version) to a spill file, after their length.

    >>> import io
    >>> spill, data = io.BytesIO(), marshal.dumps({"id": "a" * 16, "text": "PORTAL - Lead."})
    >>> spill_record(spill, data)
    >>> int.from_bytes(spill.getvalue()[:8], "little") == len(data), spill.getvalue()[8:] == data
    (True, True)
    """
    stream.write(len(data).to_bytes(8, "little") + data)


def unspill_record(stream: IO[bytes]) -> Record:
    """The next record of a spill file.

    >>> import io
    >>> spill = io.BytesIO()
    >>> for record in ({"id": "a" * 16, "text": "PORTAL - Lead."}, {"id": "b" * 16, "text": "BEGIC - Lead."}):
    ...     spill_record(spill, marshal.dumps(record))
    >>> _ = spill.seek(0)
    >>> [unspill_record(spill)["text"] for _ in range(2)]
    ['PORTAL - Lead.', 'BEGIC - Lead.']
    """
    return marshal.loads(_spilled_data(stream))


def _spilled_data(stream: IO[bytes]) -> bytes:
    return stream.read(int.from_bytes(stream.read(8), "little"))


def _apply(record: Record, decision: Decision) -> Record:
    record["dup"] = decision.as_field()
    links = decision.items or {}
    for index, block in enumerate(record.get("blocks") or []):
        block["of"] = links.get(index)
    return record


def settled_record(data: bytes, decision: Decision) -> Record:
    """A spilled record (its marshal bytes) with its decision applied: a batch's second pass, for one record.

    >>> record = {"id": "a" * 16, "blocks": [{"role": "listing_item", "text": "PORTAL - Lead…"}]}
    >>> settled = settled_record(marshal.dumps(record), Decision("unique", None, None, "a" * 16, items={0: "b" * 16}))
    >>> settled["dup"]["status"], settled["blocks"][0]["of"]
    ('unique', 'bbbbbbbbbbbbbbbb')
    """
    return _apply(marshal.loads(data), decision)


def _prepared(item: Record | Prepared) -> Prepared:
    return item if isinstance(item, Prepared) else prepare(item)


def dedup(
    records: Iterable[Record | Prepared], threshold: float = NEAR_THRESHOLD, streaming: bool = False,
    state_path: str | None = None,
) -> Iterator[Record]:
    """Mark every record ``dup = {status, of, score, cluster}``, in input order; records may come `prepare`d.

    >>> from bdtools.pipeline import process
    >>> page = "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - The lead of the story.\\n\\nLượt người xem:  Views:   {}"
    >>> pages = [process({"id": name * 16, "text": page.format(views)}) for name, views in (("b", 12), ("a", 3))]
    >>> [(record["id"][0], record["dup"]["status"], record["dup"]["cluster"][0]) for record in dedup(pages)]
    [('b', 'exact', 'a'), ('a', 'unique', 'a')]

    An id names one record (a cluster, ``of``): a record whose id an earlier one of another body has is refused.

    >>> other = process({"id": "c" * 16, "text": "A title\\n\\nPORTAL - Another story."})
    >>> list(dedup([pages[0], dict(other, id=pages[0]["id"])]))
    Traceback (most recent call last):
    ValueError: dedup: record 'bbbbbbbbbbbbbbbb' is given twice, with other bodies: an id names one record
    """
    return dedup_of_unique_ids(_each_id_once(records), threshold, streaming, state_path)


def dedup_of_unique_ids(
    records: Iterable[Record | Prepared], threshold: float = NEAR_THRESHOLD, streaming: bool = False,
    state_path: str | None = None,
) -> Iterator[Record]:
    """`dedup` of records whose ids their reader made unique (`bdtools.ingest`: a JSONL line's taken id is made
    anew), so that `bdtools.pipeline.run` keeps no set of them twice; two copies of one output keep their ids.

    >>> from bdtools.pipeline import process
    >>> page = process({"id": "a" * 16, "text": "A title\\n\\nPORTAL - The lead of the story."})
    >>> [record["dup"]["status"] for record in dedup_of_unique_ids([page, dict(page)])]
    ['unique', 'exact']
    """
    if streaming:
        return _streaming(records, threshold, state_path)
    return itertools.starmap(settled_record, decided(records, threshold, state_path))


def _each_id_once(records: Iterable[Record | Prepared]) -> Iterator[Prepared]:
    """``records`` `prepare`d, refused at a record whose id an earlier one of another body has (ValueError): both
    were `unique`, of one cluster's name. One met again with its body is its `exact` copy, as a state file's page is
    (two copies of one output). A record without an id, or no dict, is refused by `prepare` (`records.stage_input`)."""
    bodies: dict[str, str | None] = {}  # id -> its record's exact hash
    for item in map(_prepared, records):
        record_id, exact = item.fingerprint.id, item.fingerprint.exact
        if record_id in bodies and (exact is None or bodies[record_id] != exact):
            raise ValueError(f"dedup: record {record_id!r} is given twice, with other bodies: an id names one record")
        bodies.setdefault(record_id, exact)
        yield item


def decided(
    records: Iterable[Record | Prepared], threshold: float = NEAR_THRESHOLD, state_path: str | None = None,
    helped: bool = False,
) -> Iterator[tuple[bytes, Decision]]:
    """A batch dedup up to its second pass: each record's `Prepared` bytes, as spilled, and its decision,
    in input order (`settled_record` makes the record of marshal bytes); ``helped``: as `decide` takes it.

    >>> from bdtools.pipeline import process
    >>> pages = [process({"id": name * 16, "text": "A title\\n\\nPORTAL - The lead of the story."}) for name in "ba"]
    >>> [(marshal.loads(data)["id"][0], decision.status) for data, decision in decided(pages)]
    [('b', 'exact'), ('a', 'unique')]
    """
    with _run_resources(state_path, threshold) as (store, state), tempfile.TemporaryFile(buffering=SPILL_BUFFER_BYTES) as spill:
        entries = EntryTable()
        for position, item in enumerate(map(_prepared, records)):
            entries.append(make_entry(position, item.fingerprint, store))
            spill_record(spill, item.data)
            if position % FREEZE_EVERY == 0:
                gc.freeze()
        if state is None:
            decisions = decide(entries, store, threshold, helped=helped)
        else:
            with state.locked():
                decisions = decide(entries, store, threshold, state)
                remember(state, entries, decisions, store)
        gc.freeze()
        spill.seek(0)
        for decision in decisions:
            yield _spilled_data(spill), decision


def remember(state: State, entries: Sequence[Entry], decisions: Decisions, store: ShingleStore) -> None:
    """Store a run's canonical records in the state file (`State.remember`), and leave out of it the remembered pages
    cut short that a new canonical article holds (`held_cut_pages`): they were given out unique, and the article is the
    story that later runs link their copies to; those held by an article that joined a cluster move to it (`held_at_end`).

    >>> import os
    >>> import tempfile
    >>> from bdtools.pipeline import process
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = os.path.join(folder.name, "state.sqlite")
    >>> lead = "PORTAL - The provincial board met today on the smart city plan, its budget for the year and the new data centre."
    >>> page = "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\n" + lead
    >>> cut = process({"id": "c" * 16, "text": page[:-22]})  # cut in the word "and"
    >>> whole = process({"id": "a" * 16, "text": page + "\\n\\nLượt người xem:  Views:   3"})
    >>> [[record["dup"]["status"] for record in dedup([record], state_path=path)] for record in (cut, whole)]
    [['unique'], ['unique']]
    >>> state = State(path)
    >>> state.connection.execute("SELECT id FROM pages").fetchall()
    [('aaaaaaaaaaaaaaaa',)]
    >>> state.close()
    >>> folder.cleanup()
    """
    forgotten, joined = held_at_end(state, entries, decisions, store)
    state.forget(forgotten)
    state.join(joined)
    state.wait(state.remember(entries, decisions, store, waits), WAITING_A_KEY)


def waits(entry: Entry) -> bool:
    """Whether a canonical page waits for its article in a state file (`State.wait`): a short page (`page_ask`) with
    shingles, as `WaitingPages` keeps one in a streaming run.

    >>> page = Entry(0, "a" * 16, (), None, None, 60, "article", (0, 57), 77, short=True)
    >>> waits(page), waits(dataclasses.replace(page, cut=True)), waits(dataclasses.replace(page, shingles=(0, 0)))
    (True, False, False)
    """
    return page_ask(entry) == SHORT_PAGE and entry.shingles[1] > 0


def held_at_end(
    state: State, entries: Sequence[Entry], decisions: Decisions, store: ShingleStore,
) -> tuple[list[tuple[str, int | None]], list[tuple[str, str, float]]]:
    """The `State.superseded` pages at the run's end: (id, lead key) of those whose holder is canonical, or that a
    canonical article of the run holds as much of too, its story no later in canonical order (`held_cut_pages`: a
    cut crawl that an article takes over after it held a shorter one), which the file forgets (`State.forget`: later
    runs find that article their story by their lead key), and (id, cluster, near score) of the others, which the
    cluster their holder joined takes along (`State.join`: forgotten, their recrawls would find no story, or a
    canonical article whose claim lost).

    >>> state, store = State(":memory:"), ShingleStore()
    >>> entries = [Entry(position, name * 16, (), None, None, 0, None, (0, 0)) for position, name in enumerate("ab")]
    >>> decisions = decisions_of(entries)
    >>> decisions.append("near", "r" * 16, 0.95); decisions.append("unique", 1, None)
    >>> state.superseded.update({"c" * 16: HeldPage("c" * 16, 7, (), 0, 1.0), "d" * 16: HeldPage("d" * 16, 8, (), 1, 0.9)})
    >>> held_at_end(state, entries, decisions, store)
    ([('dddddddddddddddd', 8)], [('cccccccccccccccc', 'rrrrrrrrrrrrrrrr', 1.0)])
    >>> state.close()
    >>> store.close()
    """
    followed = {page.id: page for page in state.follow(state.superseded.values(), decisions)}
    keys = {page.key for page in followed.values()}
    bare = orderless(entries)  # read only when some page followed its holder: seldom
    articles = [position for position in decisions.positions_of("unique") if bare[position].lead_key in keys] if keys else []
    # A canonical article that holds less than the holder did, or as much in a story later in canonical order, lost
    # the claim (`cut_page_holders`, `story_rank`): it takes nothing.
    story = story_rank(state, entries, decisions)
    taken = {page.id for page in held_cut_pages(state, entries, articles, store)
             if page.id in followed and _claim_order(page, story) <= _claim_order(followed[page.id], story)}
    forgotten = [(page.id, page.key) for page in state.superseded.values() if page.id not in followed or page.id in taken]
    return forgotten, [(page_id, *state.joined[page_id]) for page_id in followed if page_id not in taken]


def held_share(page: HeldPage) -> float:
    """How much of the cut page its holder holds: a whole page with its body (share None) holds it all.

    >>> held_share(HeldPage("c" * 16, 7, (), 0, None)), held_share(HeldPage("c" * 16, 7, (), 0, 0.94))
    (1.0, 0.94)
    """
    return 1.0 if page.share is None else page.share


def _claim_order(page: HeldPage, story: Callable[[int], tuple]) -> tuple:
    """Where a claim of a cut page ranks: the more its holder holds, the earlier, then by the canonical order of the
    holder's story (``story``: `story_rank`)."""
    return -held_share(page), story(page.holder)[0]


def held_cut_pages(
    state: State, entries: Sequence[Entry], positions: Iterable[int], store: ShingleStore,
) -> list[HeldPage]:
    """The remembered pages cut short that an article at one of ``positions`` holds (`cut_page_holders`), each
    claimed by the holder first in canonical order of those that hold the most of it (`claim`).

    >>> store = ShingleStore()
    >>> state = State(":memory:")
    >>> article = Entry(0, "a" * 16, (False, "", -90, "a" * 16), "0" * 16, None, 90, "article", (0, 0), 77)
    >>> held_cut_pages(state, [article], [0], store)
    []
    >>> state.close()
    >>> store.close()
    """
    return claim(cut_page_holders(state, entries, positions, store), lambda position: entries[position].order)


def cut_page_holders(
    state: State, entries: Sequence[Entry], positions: Iterable[int], store: ShingleStore,
) -> list[list[HeldPage]]:
    """The remembered pages that wait for their article, cut short or short (`State.waiting_pages`), that an article at
    one of ``positions`` holds (`held_in`):
    its story, which a copy of them follows from then on (a run's canonical articles and its near copies alike, before
    the remembered pages are matched: `teaser_index`, streaming mode's one by one), each as the claims of the articles
    that hold the most of it (`claim` picks one), as a batch of all runs links a cut page to the story whose article
    holds the most of it, canonical or a near copy: input order does not count. An article with a cut
    page's body that may be its copy (`may_be_exact`: a cut one) holds no more of their story: it is its `exact` copy.

    >>> store = ShingleStore()
    >>> state = State(":memory:")
    >>> article = Entry(0, "a" * 16, (False, "", -90, "a" * 16), "0" * 16, None, 90, "article", (0, 0), 77)
    >>> cut_page_holders(state, [article], [0], store)
    []
    >>> state.close()
    >>> store.close()
    """
    # lead key -> positions (an `EntryTable` keeps bytes, not entries)
    articles: dict[int, list[int]] = defaultdict(list)
    bare = orderless(entries)  # the orders of the few articles under a cut page's key alone are read
    for position in positions:
        entry = bare[position]
        if entry.kind == "article" and entry.lead_key is not None:
            articles[entry.lead_key].append(position)
    held: list[list[HeldPage]] = []
    for page_id, key, order, exact, shingles in state.waiting_pages(list(articles)):
        cut = np.frombuffer(shingles, dtype=np.uint32)
        claims = [(share, HeldPage(page_id, key, order, entry.position, share))
                  for entry in (entries[position] for position in articles[key])
                  if not (entry.exact == exact and may_be_exact(entry.order, order))
                  and (share := held_in(order, cut, entry.order, store.read(entry.shingles))) is not None]
        if claims:
            most = max(share for share, _ in claims)
            held.append([page for share, page in claims if share == most])
    return held


def claim(holders: Iterable[list[HeldPage]], rank: Callable[[int], Sequence]) -> list[HeldPage]:
    """Of each cut page's holders that hold as much of it (`cut_page_holders`), the claim whose holder's ``rank``
    (its position's) comes first.

    >>> holders = [[HeldPage("c" * 16, 77, (), 0, 1.0), HeldPage("c" * 16, 77, (), 1, 1.0)]]
    >>> [page.holder for page in claim(holders, lambda position: -position)]
    [1]
    """
    return [min(pages, key=lambda page: rank(page.holder)) for pages in holders]


def story_rank(state: State, entries: Sequence[Entry], decisions: Decisions) -> Callable[[int], tuple]:
    """A holder's rank among claims of a cut page that hold as much of it: the canonical order of the story it is in
    (the run's page, or a remembered cluster's: `State.order_of`), then its own, as a batch of all runs ties a cut
    page to the story first in canonical order.

    >>> entries = [Entry(position, name * 16, (False, day, -90, name * 16), None, None, 0, None, (0, 0))
    ...            for position, name, day in ((0, "a", "2022"), (1, "b", "2021"))]
    >>> decisions = decisions_of(entries)
    >>> decisions.append("unique", 0, None); decisions.append("unique", 1, None)
    >>> state = State(":memory:")
    >>> rank = story_rank(state, entries, decisions)
    >>> rank(1) < rank(0)
    True
    >>> state.close()
    """
    def rank(position: int) -> tuple:
        cluster = decisions.cluster(position)
        while isinstance(cluster, int) and decisions.status(cluster) != "unique":  # a copy of a copy that moved
            cluster = decisions.cluster(cluster)
        own = entries[position].order
        story = entries[cluster].order if isinstance(cluster, int) else state.order_of(cluster)
        return (story or own), own
    return rank


@contextlib.contextmanager
def _run_resources(state_path: str | None, threshold: float) -> Iterator[tuple[ShingleStore, State | None]]:
    """One dedup run's shingle store and state file (opened for its near ``threshold``); while it runs, the youngest
    generation is collected less often (`YOUNG_COLLECTION_EVERY`), and at its end the frozen objects go back to the garbage
    collector's sight (`FREEZE_EVERY`) and its thresholds are as they were."""
    state = State(state_path, threshold) if state_path else None
    store = ShingleStore()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], YOUNG_COLLECTION_EVERY), *thresholds[1:])
    try:
        yield store, state
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        store.close()
        if state is not None:
            state.close()


def _resolve_holding(
    state: State, seen: Sequence[Entry], decisions: Decisions, threshold: float, store: ShingleStore, leads: LeadIndex,
    position: int,
) -> None:
    """Streaming mode's `State.resolve` of a new record, canonical or a near copy, as `teaser_index` resolves a batch:
    the remembered pages cut short that it holds, an article, are `superseded` first (asked only under
    `State.waiting_keys`, one set lookup), and leave the lead index; should it join a cluster (a near copy has), they
    follow it there (`State.follow`)."""
    held = held_cut_pages(state, seen, [position], store) if seen[position].lead_key in state.waiting_keys else []
    # (claim, joined) of each page an earlier record claimed: superseded meanwhile, no one's match in `resolve`
    earlier = {page.id: (state.superseded.get(page.id), state.joined.pop(page.id, None)) for page in held}
    state.superseded.update((page.id, page) for page in held)
    outgrown = state.resolve(seen, decisions, threshold, store, [position]) if decisions.status(position) == "unique" else []
    # An earlier claim stays unless this one holds more of the page, or as much with its story first in canonical
    # order (`story_rank`, known once resolved): the state file then does not depend on the input order.
    rank = story_rank(state, seen, decisions)
    taken = {page.id for page in outgrown}
    for page in held:
        claimed, joined = earlier[page.id]
        if not _claims_before(page, claimed, rank) and page.id not in taken:
            state.superseded[page.id] = claimed  # type: ignore[assignment]
            if joined is not None:
                state.joined[page.id] = joined
    held = [page for page in held if state.superseded[page.id] is page] + outgrown
    for page in held:
        leads.remove_page(page.id, page.key)
    for page in state.follow(held, decisions):
        leads.add(state.joined[page.id][0], page.key, page.id, page.order)


def _claims_before(page: HeldPage, claimed: HeldPage | None, rank: Callable[[int], tuple]) -> bool:
    """Whether the claim ``page`` ranks before ``claimed``, a claim of the same page made earlier in a streaming run,
    if any: it holds more of the page, or as much with its holder's ``rank`` (`story_rank`) first; a whole page with
    the body of the page (no share) keeps it."""
    if claimed is None:
        return True
    if claimed.share is None or page.share is None:
        return False
    return (-page.share, rank(page.holder)) < (-claimed.share, rank(claimed.holder))


def _streaming(records: Iterable[Record | Prepared], threshold: float, state_path: str | None) -> Iterator[Record]:
    """First seen wins: each record is decided against the canonical records before it, then indexed."""
    with _run_resources(state_path, threshold) as (store, state):
        seen = EntryTable()
        decisions = decisions_of(seen)
        exact: dict[str, int] = {}  # exact hash -> the position of its canonical record
        index = NearIndex({}, store, threshold)
        leads = LeadIndex(store, state.fetch_shingles if state else None)
        waiting = WaitingPages(store)
        if state is not None:
            state.load_leads(leads)

        def leave(cut: Entry) -> None:
            """A canonical page cut short whose story came leaves the indexes: given out unique, it is no one's story."""
            if exact.get(cut.exact) == cut.position:  # type: ignore[arg-type]
                del exact[cut.exact]  # type: ignore[arg-type]
            index.remove(cut)
            leads.remove(cut.id, cut.lead_key)

        for position, item in enumerate(records):
            if position % FREEZE_EVERY == 0:
                gc.freeze()
            record = marshal.loads(item.data) if isinstance(item, Prepared) else item
            entry = make_entry(position, item.fingerprint if isinstance(item, Prepared) else fingerprint(record), store)
            seen.append(entry)
            same = exact.get(entry.exact)  # the canonical record of its body (no key is None)
            canonical = index.entries[same] if same is not None else None
            # A whole page with the body of a cut canonical one (`may_be_exact`) is that page's story, as in a batch.
            outgrown = canonical if canonical is not None and not may_be_exact(entry.order, canonical.order) else None
            if same is not None and outgrown is None:
                decisions.append("exact", same, 1.0)
            elif found := index.best(entry):
                decisions.append("near", found[0].position, found[1])
                # A short page's near copy may ask no lead that finds its article (its lead edited): an article that
                # took the page would leave the copy's recrawls no story, so a short page with a near copy stays one.
                if page_ask(found[0]) == SHORT_PAGE:
                    waiting.remove(found[0])
            else:
                decisions.append("unique", position, None)
            if state is not None and decisions.status(position) != "exact":  # an exact copy's canonical record asked
                _resolve_holding(state, seen, decisions, threshold, store, leads, position)
            link_teasers(entry, decisions, leads)
            if outgrown is not None:  # whatever the page is, the cut one follows it (a batch's exact group, its head)
                leave(outgrown)
                waiting.remove(outgrown)
                decisions.set(outgrown.position, *decisions.copy_of(position))
            if decisions.status(position) == "unique" and entry.exact is not None:
                exact[entry.exact] = position
                index.entries[position] = entry
                index.add(entry)
                if entry.kind == "article":
                    leads.add(entry.id, entry.lead_key, entry.shingles, entry.order, entry.sketch)
                if outgrown is not None and outgrown.kind == "article":  # of its cluster, as a batch indexes exact copies
                    leads.add(entry.id, outgrown.lead_key, outgrown.shingles, outgrown.order, outgrown.sketch)
                # The pages it holds (cut short, or a teaser page of it) were given out unique: later pages find it,
                # not them, their story.
                for page, share in waiting.held_by(entry):
                    leave(page)
                    status = "near" if page_ask(page) == CUT_PAGE else "teaser"
                    decisions.set(page.position, status, position, share)  # what a state file remembers of it
                waiting.add(entry)
            yield _apply(record, decisions[position])
        if state is not None:
            with state.locked():
                remember(state, seen, decisions, store)
