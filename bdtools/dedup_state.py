"""Dedup memory across runs: a SQLite file of the canonical records seen so far.

A daily job over a new crawl marks pages already seen in earlier runs: a page whose body matches a
remembered one (exactly, or near at the threshold, scored as a batch scores a pair) joins that page's cluster, and teasers
link to remembered articles. SQLite's locking (WAL, a busy timeout, one short write transaction per
run, ``INSERT OR IGNORE``) lets two jobs share a state file without corrupting it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from bdtools.decisions import cut_page, may_be_exact, may_be_near
from bdtools.parsers.fingerprint import BAND_ROWS, FINGERPRINT_VERSION, HASH_BITS, SHINGLE_WORDS, SKETCH_BINS, band_keys
from bdtools.similarity import similarities
from bdtools.sketch_numpy import jaccard

if TYPE_CHECKING:
    from bdtools.decisions import Decision, Decisions
    from bdtools.dedup import Entry, ExactGroups, LeadIndex, ShingleStore

_BUSY_TIMEOUT_SECONDS = 120
# New canonical records written at once: their sketches are in memory while they are.
REMEMBER_AT_ONCE = 2048
_RETRY_SECONDS = 0.05
_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    id TEXT PRIMARY KEY, cluster TEXT NOT NULL, exact TEXT, sketch BLOB, sort_key TEXT, shingles BLOB
);
CREATE INDEX IF NOT EXISTS pages_exact ON pages (exact);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS leads (shingle INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (shingle, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS joined (id TEXT PRIMARY KEY, score REAL NOT NULL);
CREATE TABLE IF NOT EXISTS waiting (key INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id));
"""
# State files written before the fingerprint version was recorded hold version 1 fingerprints.
_UNRECORDED_VERSION = "1"
# The fingerprint settings a state file's shingles, sketches and band keys were made with, beside its version: a file
# made with others (a build that changed one and not the version) would match nothing, or the wrong pages, silently.
# A file written before they were recorded takes them (its version, checked first, fixed them).
_SETTINGS = {"shingle_words": SHINGLE_WORDS, "sketch_bins": SKETCH_BINS, "band_rows": BAND_ROWS, "hash_bits": HASH_BITS}
_SKETCH_BYTES = SKETCH_BINS * array("Q").itemsize
_SHINGLE_BYTES = array("I").itemsize
# What a damaged row (a torn write, a disk error, another tool writing to the file) raises where it is decoded: bytes
# no array of sketches or shingles holds, a sort key that is no JSON list, text that is no UTF-8 (`Rows`).
_DAMAGE = (ValueError, TypeError, LookupError, sqlite3.Error)


class StateError(ValueError):
    """A state file that cannot be used: not SQLite, not writable, or holding fingerprints of another version.

    >>> State("/dev/null/new/state.sqlite")
    Traceback (most recent call last):
    bdtools.dedup_state.StateError: /dev/null/new/state.sqlite: not a usable state file (its folder: Not a directory)
    """


def schema_columns() -> dict[str, tuple[str, ...]]:
    """Each table of `_SCHEMA` and its columns, in order: what a state file of this bdtools holds.

    >>> schema_columns()["joined"]
    ('id', 'score')
    """
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(_SCHEMA)
        return {table: table_columns(connection, table)
                for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def table_columns(connection: sqlite3.Connection, table: str) -> tuple[str, ...]:
    """The names of a table's columns, in order (none: no such table).

    >>> connection = sqlite3.connect(":memory:")
    >>> _ = connection.execute("CREATE TABLE joined (id TEXT, score REAL)")
    >>> table_columns(connection, "joined"), table_columns(connection, "pages")
    (('id', 'score'), ())
    """
    return tuple(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))


def other_schema(connection: sqlite3.Connection) -> str | None:
    """What differs of a state file's tables from those this bdtools writes (`schema_columns`), if anything: a file
    written by another version, or another tool, whose queries would fail midway with SQLite's words alone.

    >>> connection = sqlite3.connect(":memory:")
    >>> _ = connection.execute("CREATE TABLE pages (id TEXT PRIMARY KEY, cluster TEXT, exact TEXT, sketch BLOB)")
    >>> other_schema(connection)
    'its table pages has columns id, cluster, exact, sketch, not id, cluster, exact, sketch, sort_key, shingles'
    """
    for table, columns in schema_columns().items():
        found = table_columns(connection, table)
        if found and found != columns:
            return f"its table {table} has columns {', '.join(found)}, not {', '.join(columns)}"
    return None


def _is_text(value: object) -> bool:
    """Whether a field read with `damaged_row`'s text factory was UTF-8 text (its other bytes became surrogates)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_order(order: object) -> bool:
    """Whether a remembered page's decoded order is a canonical order: a list that opens with its rank
    (`bdtools.decisions.cut_page`); a state file's sort key and a sketches row's order alike.

    >>> is_order([0, -9, False, "", "a"]), is_order([]), is_order({"rank": 0})
    (True, False, False)
    """
    return isinstance(order, list) and bool(order) and isinstance(order[0], int)


def holds_shingles(data: object) -> bool:
    """Whether ``data`` is the bytes of whole 32-bit shingles (``array("I")``, as `remember` stores them); a state
    file's row and a sketches row (its base64 decoded) alike.

    >>> holds_shingles(bytes(8)), holds_shingles(bytes(6)), holds_shingles("")
    (True, False, False)
    """
    return isinstance(data, bytes) and len(data) % _SHINGLE_BYTES == 0


def _is_sort_key(value: object) -> bool:
    """Whether a state file's sort key is a canonical order's JSON text (`is_order`)."""
    try:
        return _is_text(value) and is_order(json.loads(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


# What each field of a row of ``pages`` holds (SQLite keeps any value in any column): a table, one line a field.
_PAGE_FIELDS: dict[str, Callable[[object], bool]] = {
    "id": _is_text,
    "cluster": _is_text,
    "exact": lambda value: value is None or _is_text(value),
    "sketch": lambda value: value is None or (isinstance(value, bytes) and len(value) == _SKETCH_BYTES),
    "sort_key": _is_sort_key,
    "shingles": lambda value: value is None or holds_shingles(value),
}


# What each field of a row of ``leads`` holds: its lead key is read as a value (`State.load_leads`), where one that was
# no integer silently lost its article's teaser links. The fields of ``bands`` are never read as values (the band query
# filters on the key and joins on the id): a damaged band row loses one band of a page's 32, as a key no page shares.
_LEAD_FIELDS: dict[str, Callable[[object], bool]] = {"id": _is_text, "shingle": lambda value: isinstance(value, int)}
# The tables a damaged row is looked for in: (table, its fields, a row's number and its name by id or by number).
_CHECKED = (
    ("pages", _PAGE_FIELDS, "rowid", "row {!r}", "rowid {}"),
    ("leads", _LEAD_FIELDS, "ROW_NUMBER() OVER (ORDER BY shingle, id)", "lead row {!r}", "lead row number {}"),
)


def damaged_row(connection: sqlite3.Connection) -> str | None:
    """The first damaged row of a state file's pages (by rowid), then of its leads, and its first damaged field
    (`_PAGE_FIELDS`, `_LEAD_FIELDS`), named by its id (by its number when the id is damaged), or None when every row is
    whole: read only once a decode failed (`Rows`), so a normal read checks no row.

    >>> connection = sqlite3.connect(":memory:")
    >>> _ = connection.executescript(_SCHEMA)
    >>> _ = connection.execute("INSERT INTO pages VALUES ('a', 'a', NULL, NULL, '[0, -9, false, \\"\\", \\"a\\"]', NULL)")
    >>> _ = connection.execute("INSERT INTO leads VALUES ('x', 'a')")
    >>> damaged_row(connection)
    "lead row 'a': damaged shingle"
    >>> _ = connection.execute("UPDATE pages SET shingles = X'0102'")
    >>> damaged_row(connection)
    "row 'a': damaged shingles"
    >>> _ = connection.execute("UPDATE pages SET id = CAST(X'ff' AS TEXT)")
    >>> damaged_row(connection)
    'rowid 1: damaged id'
    """
    factory = connection.text_factory
    # Text that is no UTF-8 is read, its other bytes as surrogates: the default factory fails the whole query on it.
    connection.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    try:
        for table, fields, number, by_id, by_number in _CHECKED:
            for row_number, *values in connection.execute(f"SELECT {number}, {', '.join(fields)} FROM {table} ORDER BY 1"):
                for (field, whole), value in zip(fields.items(), values, strict=True):
                    if not whole(value):
                        name = by_id.format(values[0]) if _is_text(values[0]) else by_number.format(row_number)
                        return f"{name}: damaged {field}"
    finally:
        connection.text_factory = factory
    return None


def _is_damage(error: BaseException | None) -> bool:
    """Whether an error raised where rows are decoded may be a damaged row's (`Rows`): not SQLite's own.

    >>> _is_damage(ValueError("buffer size must be a multiple of element size")), _is_damage(KeyboardInterrupt())
    (True, False)
    """
    return (isinstance(error, _DAMAGE) and not isinstance(error, StateError)
            and getattr(error, "sqlite_errorcode", None) is None)


class Rows:
    """Where a state file's rows are decoded: what a damaged row raises there becomes a `StateError` naming the file
    and the row (`damaged_row`); an error of no damaged row goes on as it is.

    >>> connection = sqlite3.connect(":memory:")
    >>> _ = connection.executescript(_SCHEMA)
    >>> _ = connection.execute("INSERT INTO pages VALUES ('a', 'a', NULL, X'00', '[0]', NULL)")
    >>> with Rows("state.sqlite", connection):
    ...     _from_blob(connection.execute("SELECT sketch FROM pages").fetchone()[0])
    Traceback (most recent call last):
    bdtools.dedup_state.StateError: state.sqlite: not a usable state file (row 'a': damaged sketch)
    """

    def __init__(self, path: str, connection: sqlite3.Connection) -> None:
        self.path, self.connection = path, connection

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, error: BaseException | None, trace: object) -> None:
        # A class, not a generator's context manager: entered on every resolve and fetch, it costs less.
        # SQLite's own errors (a full disk, a locked file, an I/O error) carry its error code and are no damaged row's:
        # a damaged row elsewhere in the file must not stand in for them. Text that is no UTF-8 is Python's, without.
        if error is not None and _is_damage(error):
            damage = damaged_row(self.connection)
            if damage is not None:
                raise StateError(f"{self.path}: not a usable state file ({damage})") from None


class HeldPage(NamedTuple):
    """A remembered page cut short that a page of the run holds: its id, lead key and canonical order, the holding
    page's position in the run, and the cut page's containment in it (an article that holds it:
    `bdtools.dedup.held_cut_pages`), or None when the page is whole with its body (`State.resolve`): of a batch's
    exact group, it follows its head.

    >>> HeldPage("c" * 16, 77, (2, -40, True, "", "c" * 16), 3, 0.98).holder
    3
    """

    id: str
    key: int | None
    order: tuple
    holder: int
    share: float | None


def _to_blob(signature: tuple[int, ...]) -> bytes:
    return array("Q", signature).tobytes()


def _from_blob(blob: bytes) -> tuple[int, ...]:
    values = array("Q")
    values.frombytes(blob)
    return tuple(values)


def _blob_rows(blobs: Sequence[bytes]) -> np.ndarray:
    """The sketches of ``blobs`` (`_to_blob`'s) as the rows of one array of 32-bit bins, as the shingle store gives them.

    >>> _blob_rows([_to_blob((3, 5) * 64), _to_blob((7, 9) * 64)])[:, :3].tolist()
    [[3, 5, 3], [7, 9, 7]]
    """
    # Each row of its width: a damaged sketch of another length fails here (`Rows`), not silently scored.
    return np.frombuffer(b"".join(blobs), dtype=np.uint64).reshape(len(blobs), SKETCH_BINS).astype(np.uint32)


class State:
    """An open state file.

    Its rows are decoded inside `rows` (`Rows`): a damaged one is a `StateError` naming it.

    A second run with the same state file marks a copy of a page of the first:

    >>> import os
    >>> import tempfile
    >>> from bdtools.dedup import dedup
    >>> from bdtools.pipeline import process
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = os.path.join(folder.name, "state.sqlite")
    >>> page = process({"id": "a" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - The board met."})
    >>> [record["dup"]["status"] for record in dedup([page], state_path=path)]
    ['unique']
    >>> [(record["dup"]["status"], record["dup"]["of"]) for record in dedup([dict(page, id="b" * 16)], state_path=path)]
    [('exact', 'aaaaaaaaaaaaaaaa')]
    >>> state = State(path)
    >>> state.connection.execute("SELECT id, cluster FROM pages").fetchall()
    [('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa')]
    >>> state.close()
    >>> folder.cleanup()
    """

    # The Dask engine's `Remembered` decodes its pages as it loads them (`bdtools.engine_dask.load_sketches`).
    rows: contextlib.AbstractContextManager = contextlib.nullcontext()

    def __init__(self, path: str, threshold: float | None = None) -> None:
        """Open (or make) the state file at ``path`` for a run at ``threshold`` (`_refused`; None: a reader that
        matches nothing, neither checked nor recorded)."""
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)  # a new state file's folder, as outputs' are made
        except OSError as error:
            raise StateError(f"{path}: not a usable state file (its folder: {error.strerror})") from None
        try:
            self.connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_SECONDS, isolation_level=None)
            self._retry_while_locked(lambda: self.connection.execute("PRAGMA journal_mode=WAL"))
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                refused = self._refused(threshold)
        except sqlite3.Error as error:
            raise StateError(f"{path}: not a usable state file ({error})") from None
        if refused is not None:
            self.connection.close()
            raise StateError(f"{path}: {refused}; start a new state file")
        self.rows = Rows(path, self.connection)
        self._start_run()

    def _refused(self, threshold: float | None) -> str | None:
        """Why this file cannot be used by this bdtools at ``threshold``, if it cannot: its tables, fingerprint version
        or fingerprint settings are another's, or its pages were matched at another near threshold (their clusters
        hold near copies at that one: a run at another would link its pages to them as no run of all links them). A
        new file, or tables missing, are made; settings not yet recorded are written."""
        other = other_schema(self.connection)
        if other is not None:
            return f"written by another version of bdtools ({other})"
        for statement in filter(str.strip, _SCHEMA.split(";")):
            self.connection.execute(statement)
        version = self._fingerprint_version()
        if version != str(FINGERPRINT_VERSION):
            return f"holds fingerprints of version {version}, this bdtools makes version {FINGERPRINT_VERSION}"
        recorded = dict(self.connection.execute("SELECT name, value FROM meta"))
        for name, value in _SETTINGS.items():
            if recorded.get(name, str(value)) != str(value):
                return f"holds fingerprints made with {name} {recorded[name]}, this bdtools uses {value}"
        if threshold is not None and recorded.get("threshold", str(threshold)) != str(threshold):
            return (f"holds pages matched at --threshold {recorded['threshold']}, this run asks {threshold} "
                    f"(run with --threshold {recorded['threshold']} to go on with it)")
        settings = {**_SETTINGS, "threshold": threshold} if threshold is not None else _SETTINGS
        self.connection.executemany(
            "INSERT OR IGNORE INTO meta VALUES (?, ?)", [(name, str(value)) for name, value in settings.items()])
        return None

    def _start_run(self) -> None:
        """What a run learns of the remembered pages, empty at its start (the Dask engine's `Remembered` too)."""
        # The remembered pages cut short that an article of this run holds (`bdtools.dedup.held_cut_pages`), by id:
        # no page is their copy, nor are they a teaser's story, until their article joins a cluster (`joined`); at
        # the run's end the file forgets them, or moves them to the article's cluster (`bdtools.dedup.remember`).
        self.superseded: dict[str, HeldPage] = {}
        # Those whose article joined a cluster in the run: id -> (the cluster's id, the page's near score in it), what
        # a copy of them is of that cluster (a batch's exact group follows its head, `near` of the article's cluster).
        self.joined: dict[str, tuple[str, float]] = {}
        # The lead keys of the remembered pages that wait for their article (`load_leads`): cut short, or short.
        self.waiting_keys: set[int] = set()

    def _fingerprint_version(self) -> str:
        """The fingerprint version of the file's pages; a new file takes this bdtools' version."""
        row = self.connection.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
        if row:
            return row[0]
        if self.connection.execute("SELECT 1 FROM pages LIMIT 1").fetchone():
            return _UNRECORDED_VERSION
        self.connection.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (str(FINGERPRINT_VERSION),))
        return str(FINGERPRINT_VERSION)

    @staticmethod
    def _retry_while_locked(action: Callable[[], object]) -> None:
        """Run an action that SQLite answers 'locked' without waiting (switching to WAL does)."""
        deadline = time.monotonic() + _BUSY_TIMEOUT_SECONDS
        while True:
            try:
                action()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(_RETRY_SECONDS)

    def close(self) -> None:
        self.connection.close()

    def _match(
        self, entry: Entry, threshold: float, store: ShingleStore, outgrown: list[tuple[str, tuple]],
    ) -> tuple[str, str, float] | None:
        """(status, remembered cluster, score) of a remembered page this entry copies, if any (``outgrown``: as
        `_exact_match` takes it)."""
        if entry.exact is None:
            return None
        return self._exact_match(entry, outgrown) or self._near_match(entry, threshold, store)

    def _exact_match(self, entry: Entry, outgrown: list[tuple[str, tuple]] | None = None) -> tuple[str, str, float] | None:
        """("exact", remembered cluster, 1.0) of the first remembered page (by id) with this entry's body that it may be
        a copy of, if any (`may_be_exact`: a whole page is no copy of an article cut just above its footer, which holds
        its body); ``outgrown``: where (id, canonical order) of such cut pages before it go, of which the whole page is
        the story (`resolve`)."""
        for page_id, cluster, order, score in self._exact_pages(entry):
            found = self._in_cluster(page_id, cluster, score)
            if found is None:
                continue
            if may_be_exact(entry.order, order):
                cluster, score = found
                return ("exact", cluster, 1.0) if score is None else ("near", cluster, score)
            if outgrown is not None:
                outgrown.append((page_id, order))
        return None

    def _exact_pages(self, entry: Entry) -> Iterable[tuple[str, str, tuple, float | None]]:
        """(id, cluster, canonical order, near score) of each remembered page with this entry's body, by id, read as
        they are asked for (`_exact_match` takes the first it may copy); the score of a page cut short that joined its
        article's cluster (`joined`), None for a canonical one."""
        rows = self.connection.execute(
            "SELECT pages.id, pages.cluster, pages.sort_key, joined.score FROM pages LEFT JOIN joined ON joined.id = pages.id "
            "WHERE pages.exact = ? ORDER BY pages.id",
            (entry.exact,),
        )
        return ((page_id, cluster, tuple(json.loads(sort_key)), score) for page_id, cluster, sort_key, score in rows)

    def _in_cluster(self, page_id: str, cluster: str, score: float | None) -> tuple[str, float | None] | None:
        """(cluster, near score) of a remembered page as this run matches it: None while it is `superseded`, its
        article's cluster once that joined one (`joined`).

        >>> state = State(":memory:")
        >>> state.joined["c" * 16] = ("a" * 16, 0.97)
        >>> state._in_cluster("b" * 16, "b" * 16, None), state._in_cluster("c" * 16, "c" * 16, None)
        (('bbbbbbbbbbbbbbbb', None), ('aaaaaaaaaaaaaaaa', 0.97))
        >>> state.close()
        """
        if page_id in self.joined:
            return self.joined[page_id]
        return None if page_id in self.superseded else (cluster, score)

    def _near_match(
        self, entry: Entry, threshold: float, store: ShingleStore, within: str | None = None,
    ) -> tuple[str, str, float] | None:
        """("near", remembered cluster, score) of the remembered page nearest this entry at ``threshold``, if any,
        of those it may be a near copy of (`may_be_near`: a whole page of no page cut short, a cut one of no shorter one)
        and not `superseded` (`_in_cluster`); ``within``: of the pages of that cluster alone."""
        matched = ((score, page_id, self._in_cluster(page_id, cluster, None), order)
                   for score, page_id, cluster, order in self._near_scores(entry, threshold, store, within))
        scored = sorted(
            (-score, page_id, found[0]) for score, page_id, found, order in matched
            if found is not None and may_be_near(entry.order, order) and within in (None, found[0])
        )
        if scored and -scored[0][0] >= threshold:
            return "near", scored[0][2], round(-scored[0][0], 4)
        return None

    def _near_scores(
        self, entry: Entry, threshold: float, store: ShingleStore, within: str | None = None,
    ) -> Iterator[tuple[float, str, str, tuple]]:
        """(similarity, id, cluster, canonical order) of each remembered page that shares a band key with this entry:
        the sketch estimate where it decides, else the true Jaccard (`similarities`), as a batch of all runs scores the
        pair (by the estimate alone, a copy 0.83 with the page, an estimate of 0.77, was `unique`); ``within``: of the
        pages the run matches in that cluster alone (`_in_cluster`), the others left out before they are scored (the
        shingles of one near the threshold were read for nothing)."""
        if entry.sketch is None:
            return
        signature = store.signature(entry.sketch)
        keys = band_keys(signature)
        marks = ",".join("?" * len(keys))
        rows = self.connection.execute(
            f"SELECT DISTINCT pages.id, pages.cluster, pages.sketch, pages.sort_key FROM bands JOIN pages ON pages.id = bands.id "
            f"WHERE bands.key IN ({marks}) AND pages.sketch IS NOT NULL",  # not a page without a body that shares an id
            keys,
        ).fetchall()
        if within is not None:
            rows = [row for row in rows if (self._in_cluster(row[0], row[1], None) or (None,))[0] == within]
        if not rows:
            return
        others = _blob_rows([row[2] for row in rows])
        own = np.frombuffer(signature, dtype=np.uint32)
        scores = similarities(own, others, threshold, lambda index: self._jaccard(entry, rows[index][0], store))
        for score, (page_id, cluster, _, sort_key) in zip(scores, rows, strict=True):
            yield score, page_id, cluster, tuple(json.loads(sort_key))

    def _jaccard(self, entry: Entry, page_id: str, store: ShingleStore) -> float:
        """The true Jaccard of an entry's shingles (in ``store``) and a remembered page's (0.0 when it has none)."""
        return jaccard(store.read(entry.shingles), np.frombuffer(self.fetch_shingles(page_id), dtype=np.uint32))

    def resolve(
        self, entries: Sequence[Entry], decisions: Decisions, threshold: float, store: ShingleStore,
        positions: Iterable[int] | None = None, groups: ExactGroups | None = None,
        let_out: list[tuple[int, int, str]] | None = None,
    ) -> list[HeldPage]:
        """Clusters whose canonical record copies a remembered page join that page's cluster (``store``: where
        the entries' sketches are; ``positions``: the decisions to look at, all by default; ``groups``: the
        entries' `exact_groups`, which a batch's near copies need); a copy in them of the remembered page's body
        is its `exact` copy (it kept its status and score against the run's own canonical record: `near`), an
        exact copy of the canonical record is what that record is of the page (it was `exact` of the page, 1.0,
        when the record was `near` of it), and a near copy is scored against the page (`_near_match` within its
        cluster; it kept its score against the run's record) when that score reaches the threshold; under it, it
        keeps its score against the run's record, `near` of the page through it (single link), and, as its score
        against the page (the estimate, or the true Jaccard near the threshold) is under it, (its group's head, the
        run's record, the page) goes to ``let_out`` when given: a batch decides such groups again
        (`bdtools.dedup.decide_let_out`). A near copy's group is scored at its head, the Dask engine's client holding
        the band shuffle's scores of the heads alone.

        A canonical record whole with the body of remembered pages cut short is their story, as the exact group it
        heads in a batch of all runs: they are `superseded`, held by it (returned, as `HeldPage`s)."""
        with self.rows:
            positions = range(len(decisions)) if positions is None else list(positions)
            moved: dict[int, str] = {}  # the position of a canonical record -> the remembered cluster it joins
            held: list[HeldPage] = []
            for position in positions:
                if decisions.status(position) != "unique":
                    continue
                outgrown: list[tuple[str, tuple]] = []
                match = self._match(entries[position], threshold, store, outgrown)
                for page_id, order in outgrown:
                    held.append(HeldPage(page_id, entries[position].lead_key, order, position, None))
                    self.superseded[page_id] = held[-1]
                if match:
                    status, cluster, score = match
                    decisions.set(position, status, cluster, score)
                    moved[position] = cluster
            scored: dict[int, tuple[str, str, float] | None] = {}  # a near copy's exact group head -> its match in the cluster
            for position in positions if moved else ():
                status, cluster = decisions.status(position), decisions.cluster(position)
                if status == "unique" or cluster not in moved:
                    continue
                if status == "exact":  # the canonical record's body
                    decisions.set(position, *decisions.copy_of(cluster))  # type: ignore[arg-type]
                    continue
                exact = self._exact_match(entries[position]) if entries[position].exact else None
                if exact is not None and exact[1] == moved[cluster]:
                    decisions.set(position, *exact)
                    continue
                head = position if groups is None else int(groups.heads[groups.of[position]])
                if head not in scored:
                    page = moved[cluster]  # type: ignore[index]
                    # Scored as a batch of all runs scores a pair (`_near_scores`: by the true Jaccard near the threshold;
                    # by the estimate alone, near copies of the page's own body, a page read again, were let out).
                    scored[head] = self._near_match(entries[head], threshold, store, page)
                    if let_out is not None and scored[head] is None:
                        let_out.append((head, cluster, page))  # type: ignore[arg-type]
                # Under the threshold against the page it stays in the cluster by its score against the run's record, until
                # a batch decides its group again among the run's canonical records, which the Dask engine's client cannot
                # (it holds no sketches of the run's pages), nor score a group that left against the run's other copies.
                decisions.set(position, *(scored[head] or (status, moved[cluster], decisions.score(position))))  # type: ignore[arg-type]
            return held

    def load_leads(self, leads: LeadIndex) -> None:
        """Add the remembered articles' lead keys to a lead index, in their clusters as the run matches them
        (`_in_cluster`: not the `superseded` pages); their shingles are fetched when needed. The keys of the pages
        cut short, and of the short pages that wait (`wait`), are kept (`waiting_keys`): an article of the run under
        another key holds none of them."""
        with self.rows:
            for shingle, page_id, cluster, sort_key in self.connection.execute(
                "SELECT leads.shingle, leads.id, pages.cluster, pages.sort_key FROM leads JOIN pages ON pages.id = leads.id"
            ):
                if not isinstance(shingle, int):  # a damaged row (`Rows`): indexed under it, its article was lost
                    raise TypeError(f"lead key {shingle!r}")
                found = self._in_cluster(page_id, cluster, None)
                if found is not None:
                    order = tuple(json.loads(sort_key))
                    leads.add(found[0], shingle, page_id, order)
                    if cut_page(order):
                        self.waiting_keys.add(shingle)
            self.waiting_keys.update(key for (key,) in self.connection.execute("SELECT DISTINCT key FROM waiting"))

    def follow(self, held: Iterable[HeldPage], decisions: Decisions) -> list[HeldPage]:
        """The `superseded` pages of ``held`` whose article is no longer canonical: they are `joined` to its cluster,
        `near` of it by their containment in the article, as a batch of every run makes them.

        >>> from bdtools.decisions import Decisions
        >>> decisions = Decisions(["a" * 16, "b" * 16].__getitem__)
        >>> decisions.append("unique", 0, None); decisions.append("near", "r" * 16, 0.95)
        >>> state = State(":memory:")
        >>> held = [HeldPage("c" * 16, 77, (), 0, 1.0), HeldPage("d" * 16, 77, (), 1, 0.9)]
        >>> [page.id[0] for page in state.follow(held, decisions)], state.joined
        (['d'], {'dddddddddddddddd': ('rrrrrrrrrrrrrrrr', 0.9)})
        >>> state.close()
        """
        followed = [page for page in held if decisions.status(page.holder) != "unique"]
        for page in followed:
            score = page.share if page.share is not None else decisions.score(page.holder)
            self.joined[page.id] = decisions.cluster_id(page.holder), score  # type: ignore[assignment]
        return followed

    def order_of(self, page_id: str) -> tuple | None:
        """The canonical order of a remembered page (a cluster's head, the story a cut page is tied to), if known.

        >>> state = State(":memory:")
        >>> state.order_of("a" * 16) is None
        True
        >>> state.close()
        """
        with self.rows:
            row = self.connection.execute("SELECT sort_key FROM pages WHERE id = ?", (page_id,)).fetchone()
            return tuple(json.loads(row[0])) if row and row[0] else None

    def fetch_shingles(self, page_id: str) -> bytes:
        """The distinct shingles of a remembered page, ascending ``array("I")`` bytes (as `remember` stores them)."""
        with self.rows:
            row = self.connection.execute("SELECT shingles FROM pages WHERE id = ?", (page_id,)).fetchone()
            shingles = row[0] if row and row[0] else b""
            # Its callers decode it (`bdtools.dedup.LeadIndex`, outside `rows`): bytes no array("I") holds fail here.
            memoryview(shingles).cast("I")
        return shingles

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """A write transaction: jobs sharing the file take turns deciding and remembering."""
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            yield

    def waiting_pages(self, keys: Sequence[int]) -> Iterator[tuple[str, int, tuple, str | None, bytes]]:
        """(id, lead key, canonical order, exact hash, distinct shingles) of the remembered pages under these lead keys
        that wait for their article: cut short (`bdtools.decisions.cut_page`; a page remembered before cut pages were
        told apart counts as whole), or short (`wait`: a teaser page remembered from a run before its article's).

        >>> state = State(":memory:")
        >>> list(state.waiting_pages([77]))
        []
        >>> state.close()
        """
        with self.rows:
            for start in range(0, len(keys), REMEMBER_AT_ONCE):
                chosen = keys[start : start + REMEMBER_AT_ONCE]
                marks = ",".join("?" * len(chosen))
                rows = self.connection.execute(
                    "SELECT pages.id, leads.shingle, pages.sort_key, pages.exact, 0 FROM leads "
                    f"JOIN pages ON pages.id = leads.id WHERE leads.shingle IN ({marks}) UNION ALL "
                    "SELECT pages.id, waiting.key, pages.sort_key, pages.exact, 1 FROM waiting "
                    f"JOIN pages ON pages.id = waiting.id WHERE waiting.key IN ({marks})",
                    chosen * 2,
                ).fetchall()
                for page_id, key, sort_key, exact, short in rows:
                    order = tuple(json.loads(sort_key))
                    if short or cut_page(order):  # (only a waiting page's shingles are read: most under a lead key are whole)
                        yield page_id, key, order, exact, self.fetch_shingles(page_id)

    def forget(self, pages: Iterable[tuple[str, int | None]]) -> None:
        """Leave remembered pages, (id, lead key) as `waiting_pages` gives them, out of the file (inside `locked`): pages
        cut short, or short pages that waited, whose story came in a later run.

        >>> state = State(":memory:")
        >>> state.forget([("c" * 16, 77)])
        >>> state.close()
        """
        with self.rows:
            for page_id, key in pages:
                # By each table's key (the band keys made again from the page's sketch): no index holds the band and
                # lead rows' ids, and a search by id reads every row of the table.
                row = self.connection.execute("SELECT sketch FROM pages WHERE id = ?", (page_id,)).fetchone()
                if row and row[0] is not None:
                    self.connection.executemany(
                        "DELETE FROM bands WHERE key = ? AND id = ?", [(band, page_id) for band in band_keys(_from_blob(row[0]))])
                self.connection.execute("DELETE FROM leads WHERE shingle = ? AND id = ?", (key, page_id))
                self.connection.execute("DELETE FROM waiting WHERE key = ? AND id = ?", (key, page_id))
                self.connection.execute("DELETE FROM pages WHERE id = ?", (page_id,))
                self.connection.execute("DELETE FROM joined WHERE id = ?", (page_id,))

    def join(self, pages: Iterable[tuple[str, str, float]]) -> None:
        """Move remembered pages, (id, cluster, near score), to another cluster (inside `locked`): pages cut short
        whose article came and joined that cluster; their copies are `near` of it with that score (`_exact_match`).

        >>> state = State(":memory:")
        >>> state.join([("c" * 16, "a" * 16, 0.97)])
        >>> state.connection.execute("SELECT * FROM joined").fetchall()
        [('cccccccccccccccc', 0.97)]
        >>> state.close()
        """
        for page_id, cluster, score in pages:
            self.connection.execute("UPDATE pages SET cluster = ? WHERE id = ?", (cluster, page_id))
            self.connection.execute("INSERT OR REPLACE INTO joined VALUES (?, ?)", (page_id, score))

    def remember(
        self, entries: Sequence[Entry], decisions: Decisions, store: ShingleStore, waits: Callable[[Entry], bool],
    ) -> list[tuple[int, str]]:
        """Store this run's new canonical records (inside `locked`), `REMEMBER_AT_ONCE` at a time: their
        sketches are read back from the store for as long as they are written. Returns (lead key, id) of those that
        ``waits`` tells, in the order read, for `wait` (read as they are stored: an entry is decoded once)."""
        new = ((entries[position], decisions[position]) for position in decisions.positions_of("unique"))
        waiting: list[tuple[int, str]] = []
        while chunk := list(itertools.islice(new, REMEMBER_AT_ONCE)):
            self._remember_chunk(chunk, store)
            waiting += [(entry.lead_key, entry.id) for entry, _ in chunk if waits(entry)]  # type: ignore[misc]
        return waiting

    def wait(self, pages: Iterable[tuple[int, str]], most: int) -> None:
        """Keep remembered short pages, (lead key, id) in the order the run read them, waiting for an article that holds
        them (inside `locked`, as `remember` gives them): a later run's article is their story (`waiting_pages`), as a streaming
        run's is (`bdtools.dedup.WaitingPages`). At most ``most`` wait under a key, the latest: the one that waited
        longest waits no more, and stays a story.

        >>> state = State(":memory:")
        >>> state.wait([(77, "a" * 16), (77, "b" * 16), (77, "c" * 16), (78, "d" * 16)], 2)
        >>> state.connection.execute("SELECT key, substr(id, 1, 1) FROM waiting ORDER BY rowid").fetchall()
        [(77, 'b'), (77, 'c'), (78, 'd')]
        >>> state.close()
        """
        pages = list(pages)
        self.connection.executemany("INSERT OR IGNORE INTO waiting VALUES (?, ?)", pages)
        self.connection.executemany(
            "DELETE FROM waiting WHERE key = ? AND rowid NOT IN "
            "(SELECT rowid FROM waiting WHERE key = ? ORDER BY rowid DESC LIMIT ?)",
            [(key, key, most) for key in sorted({key for key, _ in pages})])

    def _remember_chunk(self, new: list[tuple[Entry, Decision]], store: ShingleStore) -> None:
        signatures = [store.signature(e.sketch) if e.sketch is not None else None for e, _ in new]
        self.connection.executemany(
            "INSERT OR IGNORE INTO pages VALUES (?, ?, ?, ?, ?, ?)",
            [
                (e.id, d.cluster, e.exact, _to_blob(signature) if signature else None, json.dumps(e.order),
                 store.read_bytes(e.shingles))
                for (e, d), signature in zip(new, signatures, strict=True)
            ],
        )
        self.connection.executemany(
            "INSERT OR IGNORE INTO bands VALUES (?, ?)",
            [(key, e.id) for (e, _), signature in zip(new, signatures, strict=True) if signature for key in band_keys(signature)],
        )
        self.connection.executemany(
            "INSERT OR IGNORE INTO leads VALUES (?, ?)",
            [(e.lead_key, e.id) for e, _ in new if e.kind == "article" and e.lead_key is not None],
        )
