"""The ``dedup`` stage: each story once, with its copies and teasers linked to it.

- ``exact``: the same body text (view counts, footers and agency tags do not count);
- ``near``: the estimated Jaccard of the bodies' word shingles is at least the threshold (0.8);
- ``teaser``: a short page whose body is contained (≥ 0.9) in the start of an article's body;
  a listing's items get ``of`` on their blocks the same way.

Batch mode (the default) is order-independent: the same pages in any order give the same clusters,
the same canonical record (earliest ``published``, then longest body, then smallest id) and the same
teaser links; output order is input order. Records are spilled to a temporary file between the two
passes; only the sketches stay in memory. ``streaming=True`` decides each record when it arrives,
first seen wins, with no second pass. A ``state`` file (SQLite) remembers the canonical records of
earlier runs, so copies of pages seen before are marked too.

>>> body = "PORTAL - The provincial people's committee held a meeting on the smart city project today."
>>> pages = [{"id": "b" * 16, "published": None, "kind": "article", "text": body, "blocks": [{"role": "body", "text": body}]},
...          {"id": "a" * 16, "published": None, "kind": "article", "text": body, "blocks": [{"role": "body", "text": body}]}]
>>> [record["dup"]["status"] for record in dedup(pages)]
['exact', 'unique']
"""

from __future__ import annotations

import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from bdtools.dedup_state import State
from bdtools.parsers.fingerprint import (
    band_keys,
    body_hash,
    estimate_jaccard,
    normalise_body,
    shingle_hashes,
    sketch,
)
from bdtools.parsers.page import strip_agency_tag
from bdtools.records import Record
from bdtools.separate import TEXT_ROLES

NEAR_THRESHOLD = 0.8
TEASER_CONTAINMENT = 0.9
# Teasers repeat an article's lead: they are looked for in the first shingles of the body.
LEAD_SHINGLES = 160
# A page with at most this many body words may be a teaser of an article.
SHORT_PAGE_WORDS = 120
_TEASER_CUT = "…"


@dataclass
class Entry:
    """What dedup keeps in memory of one record."""

    position: int
    id: str
    order: tuple
    exact: str | None
    signature: tuple[int, ...] | None
    words: int
    kind: str | None
    lead: frozenset[int] = frozenset()
    short: frozenset[int] = frozenset()
    items: list[tuple[int, frozenset[int]]] = field(default_factory=list)


def body_text(record: Record) -> str:
    """The normalised body: body, heading and listing-item blocks without their agency tag."""
    blocks = record.get("blocks") or []
    return normalise_body(strip_agency_tag(b["text"]) for b in blocks if b["role"] in TEXT_ROLES and b.get("lang") != "none")


def teaser_shingles(text: str) -> frozenset[int]:
    """The shingles of a teaser: no agency tag, no trailing ellipsis, and no last (maybe cut) word."""
    words = normalise_body([strip_agency_tag(text).rstrip().removesuffix(_TEASER_CUT)]).split()
    if text.rstrip().endswith(_TEASER_CUT) and len(words) > 1:
        words = words[:-1]
    return frozenset(shingle_hashes(" ".join(words)))


def canonical_order(record: Record) -> tuple:
    """Sort key of the canonical rule: earliest published, then longest body, then smallest id."""
    published = record.get("published")
    return (published is None, published or "", -len(record.get("text") or ""), record["id"])


def make_entry(position: int, record: Record) -> Entry:
    """Fingerprints, sketch, lead and teaser shingles of one record."""
    body = body_text(record)
    shingles = shingle_hashes(body)
    entry = Entry(
        position, record["id"], canonical_order(record), body_hash(body),
        sketch(shingles) if shingles else None, body.count(" ") + 1 if body else 0, record.get("kind"),
    )
    if record.get("kind") == "article":
        entry.lead = frozenset(shingles[:LEAD_SHINGLES])
    if record.get("kind") != "listing" and 0 < entry.words <= SHORT_PAGE_WORDS:
        entry.short = frozenset(shingles)
    if record.get("kind") == "listing":
        entry.items = [
            (index, teaser_shingles(block["text"]))
            for index, block in enumerate(record.get("blocks") or [])
            if block["role"] == "listing_item"
        ]
    return entry


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while item != root:
            self.parent[item], item = root, self.parent.get(item, item)
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


@dataclass
class Decision:
    """The dup field of a record and the teaser links of its items."""

    status: str
    of: str | None
    score: float | None
    cluster: str
    items: dict[int, str] = field(default_factory=dict)

    def as_field(self) -> dict:
        return {"status": self.status, "of": self.of, "score": self.score, "cluster": self.cluster}


class LeadIndex:
    """Articles' lead shingles by cluster, to find the story a teaser repeats."""

    def __init__(self) -> None:
        self.postings: dict[int, list[str]] = defaultdict(list)
        self.order: dict[str, tuple] = {}

    def add(self, cluster: str, lead: Iterable[int], order: tuple) -> None:
        for shingle in lead:
            self.postings[shingle].append(cluster)
        self.order[cluster] = min(order, self.order.get(cluster, order))

    def best(self, shingles: frozenset[int], exclude: str | None = None) -> tuple[str, float] | None:
        """The cluster whose leads contain the most of ``shingles``, when that share reaches the teaser share."""
        if not shingles:
            return None
        hits: dict[str, int] = defaultdict(int)
        for shingle in shingles:
            for cluster in set(self.postings.get(shingle, ())):
                hits[cluster] += 1
        hits.pop(exclude, None)  # type: ignore[arg-type]
        if not hits:
            return None
        cluster = min(hits, key=lambda key: (-hits[key], self.order[key]))
        score = hits[cluster] / len(shingles)
        return (cluster, round(score, 4)) if score >= TEASER_CONTAINMENT else None


def _clusters(entries: list[Entry], threshold: float) -> dict[int, int]:
    """Position of each clustered entry → position of its cluster's canonical entry."""
    union = _UnionFind()
    by_exact: dict[str, int] = {}
    for entry in entries:
        if entry.exact is not None:
            union.union(by_exact.setdefault(entry.exact, entry.position), entry.position)
    buckets: dict[int, list[int]] = defaultdict(list)
    for position in sorted(set(by_exact.values())):
        signature = entries[position].signature
        for key in band_keys(signature) if signature else ():
            buckets[key].append(position)
    for members in buckets.values():
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if union.find(first) != union.find(second) and (
                    estimate_jaccard(entries[first].signature, entries[second].signature) >= threshold
                ):
                    union.union(first, second)
    groups: dict[int, list[int]] = defaultdict(list)
    for entry in entries:
        if entry.exact is not None:
            groups[union.find(entry.position)].append(entry.position)
    canonical: dict[int, int] = {}
    for members in groups.values():
        head = min(members, key=lambda position: entries[position].order)
        canonical.update(dict.fromkeys(members, head))
    return canonical


def decide(entries: list[Entry], threshold: float = NEAR_THRESHOLD, state: State | None = None) -> list[Decision]:
    """The batch decision for every entry: clusters first, then teasers against the canonical articles."""
    canonical = _clusters(entries, threshold)
    decisions: list[Decision] = []
    for entry in entries:
        head = entries[canonical[entry.position]] if entry.position in canonical else entry
        if head is entry:
            decisions.append(Decision("unique", None, None, entry.id))
        elif head.exact == entry.exact:
            decisions.append(Decision("exact", head.id, 1.0, head.id))
        else:
            score = round(estimate_jaccard(entry.signature, head.signature), 4)  # type: ignore[arg-type]
            decisions.append(Decision("near", head.id, score, head.id))
    if state is not None:
        state.resolve(entries, decisions, threshold)
    leads = LeadIndex()
    for entry, decision in zip(entries, decisions, strict=True):
        if entry.lead:
            leads.add(decision.cluster, entry.lead, entry.order)
    if state is not None:
        state.load_leads(leads)
    for entry, decision in zip(entries, decisions, strict=True):
        link_teasers(entry, decision, leads)
    return decisions


def link_teasers(entry: Entry, decision: Decision, leads: LeadIndex) -> None:
    """Link a listing's items, or a short page itself, to the story whose lead contains them."""
    for index, shingles in entry.items:
        found = leads.best(shingles)
        if found:
            decision.items[index] = found[0]
    if decision.status == "unique" and entry.short:
        found = leads.best(entry.short, exclude=decision.cluster)
        if found:
            decision.status, decision.of, decision.score, decision.cluster = "teaser", found[0], found[1], found[0]


def _apply(record: Record, decision: Decision) -> Record:
    record["dup"] = decision.as_field()
    for index, block in enumerate(record.get("blocks") or []):
        block["of"] = decision.items.get(index)
    return record


def dedup(
    records: Iterable[Record], threshold: float = NEAR_THRESHOLD, streaming: bool = False, state_path: str | None = None,
) -> Iterator[Record]:
    """Mark every record ``dup = {status, of, score, cluster}``, in input order."""
    state = State(state_path) if state_path else None
    try:
        if streaming:
            yield from _streaming(records, threshold, state)
            return
        with tempfile.TemporaryFile() as spill:
            entries = []
            for position, record in enumerate(records):
                entries.append(make_entry(position, record))
                pickle.dump(record, spill, protocol=pickle.HIGHEST_PROTOCOL)
            if state is None:
                decisions = decide(entries, threshold)
            else:
                with state.locked():
                    decisions = decide(entries, threshold, state)
                    state.remember(entries, decisions)
            spill.seek(0)
            for decision in decisions:
                yield _apply(pickle.load(spill), decision)
    finally:
        if state is not None:
            state.close()


def _streaming(records: Iterable[Record], threshold: float, state: State | None) -> Iterator[Record]:
    """First seen wins: each record is decided against the ones before it, then indexed."""
    seen: list[Entry] = []
    decided: list[Decision] = []
    exact: dict[str, int] = {}
    buckets: dict[int, list[int]] = defaultdict(list)
    leads = LeadIndex()
    if state is not None:
        state.load_leads(leads)
    for position, record in enumerate(records):
        entry = make_entry(position, record)
        decision = Decision("unique", None, None, entry.id)
        keys = band_keys(entry.signature) if entry.signature else []
        if entry.exact is not None and entry.exact in exact:
            head = decided[exact[entry.exact]]
            decision = Decision("exact", head.cluster, 1.0, head.cluster)
        elif keys:
            near = [p for key in keys for p in buckets.get(key, ())]
            scored = [(estimate_jaccard(entry.signature, seen[p].signature), -p) for p in set(near)]  # type: ignore[arg-type]
            best = max(scored, default=None)
            if best and best[0] >= threshold:
                head = decided[-best[1]]
                decision = Decision("near", head.cluster, round(best[0], 4), head.cluster)
        if state is not None and decision.status == "unique":
            state.resolve([entry], [decision], threshold)
        link_teasers(entry, decision, leads)
        seen.append(entry)
        decided.append(decision)
        if decision.status == "unique" and entry.exact is not None:
            exact[entry.exact] = position
            for key in keys:
                buckets[key].append(position)
            if entry.lead:
                leads.add(entry.id, entry.lead, entry.order)
        yield _apply(record, decision)
    if state is not None:
        with state.locked():
            state.remember(seen, decided)
