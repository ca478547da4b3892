"""The same pipeline on a Dask cluster: pages read and parsed on the workers, dedup as a distributed step.

``run_dask`` writes the same bytes as ``bdtools run`` (`bdtools.pipeline.run`, each record
`bdtools.lines.written`):

1. The client expands the input paths and splits the files across partitions; each worker reads its
   files, runs the page stages and dedup's per-record work (`bdtools.pipeline.prepare`: marshal bytes
   and fingerprint, as the local run) and keeps a `Part`: the records spilled to its local disk, their
   entries (`bdtools.dedup.make_entry`) and shingle sets in its memory. Only compact entries (no
   sketch, no shingles) and the rejects come back to the client.
2. The client names each exact group's head (the first in canonical order), as `bdtools.dedup.decide` does.
3. Near candidates by LSH, shuffled between the workers: each head sends ``(band key, position)`` to the
   reducer of the key; a reducer pairs the positions that share a key; each pair goes to the part that
   holds its first entry, which sends that entry's sketch on to the part of the second, where the
   estimate scores the pair where it decides (`bdtools.similarity.decided_by_sketches`). Pairs whose estimate lies too near
   the threshold go round again with the first entry's shingle set, for the true Jaccard
   (`bdtools.dedup.NearIndex.jaccard`). Only pairs at the threshold or above come back. In each
   shuffle a sender's output goes to each `Group` of receivers (a worker thread's parts, or reducers)
   as one piece: its tasks grow with the parts, not with their square.
4. The client resolves clusters with the local rule: heads in canonical order, each joining the most
   similar canonical head before it (ties: canonical order), or becoming one; then the remembered pages
   of ``sketches`` (`bdtools.dedup_state.State.resolve`) and the teaser links (`LeadIndex`,
   `link_teasers`), for which it fetches the few shingle sets whose lead keys meet.
5. The workers apply the decisions and emit; the client writes one file in input order, or the workers
   write numbered part files into ``DIR/``.

``sketches`` is a directory of ``pages-*.jsonl`` files, one a run, each line a canonical page (id,
cluster, exact fingerprint, sketch, canonical order, kind, lead key, shingles), the id of a page
that the run forgets (``forget``: a page cut short whose article came), or of one it moves to another
cluster (``join``: a page cut short whose article joined that cluster): the distributed stand-in for
the SQLite ``--state`` file. Remembered sketches join the band shuffle as extra parts.

Nothing here imports Dask at module level: ``import bdtools.engine_dask`` works without it.
"""

from __future__ import annotations

import base64
import bisect
import collections
import contextlib
import dataclasses
import glob
import io
import itertools
import json
import logging
import marshal
import operator
import os
import pickle
import sys
import tempfile
import time
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, SupportsIndex

import numpy as np

from bdtools.decisions import Decision, Decisions, cut_page
from bdtools.dedup import (
    FIRST_WORD,
    NEAR_THRESHOLD,
    POSITION_MASK,
    SKETCH_BYTES,
    WAITING_A_KEY,
    Entry,
    ExactGroups,
    LeadIndex,
    NearIndex,
    Prepared,
    ShingleStore,
    _apply,
    decisions_of,
    entry_data,
    entry_of,
    exact_groups,
    held_at_end,
    make_entry,
    near_decisions,
    page_ask,
    read_at,
    settle,
    sketch_bytes,
    sorted_distinct,
    spill_record,
    unspill_record,
    waits,
)
from bdtools.dedup_state import State, holds_shingles, is_order
from bdtools.emit import emit
from bdtools.ingest import STDIN, Paths, named_files, read_path
from bdtools.lines import Written, written_after
from bdtools.parsers.fingerprint import FINGERPRINT_VERSION, SKETCH_BINS, band_keys
from bdtools.pipeline import Tally, prepare
from bdtools.records import Reject, atomic_output, writing_to
from bdtools.similarity import VERIFY_MARGIN, decided_by_sketches
from bdtools.sketch_numpy import equal_shares

MISSING_DASK = "the Dask engine needs: pip install 'bdtools[dask]'"
LOCAL_WORKERS = 2
# Default partitions per worker thread: enough to balance uneven files, few enough to keep tasks few.
PARTS_PER_THREAD = 4
# A larger input gets more partitions of at most this many files each: a task's memory (one partition's
# pages, entries and pairs) stays the same however large the corpus.
FILES_PER_PART = 2_500
# Remembered pages travel to the band shuffle in parts of this many sketches and shingle sets: about 150 MB a part on
# a worker (512 bytes of sketch and about 2.4 KB of shingles a page; 25 MB when parts held sketches alone).
REMEMBERED_PART_SIZE = 50_000
PART_NAME = "part-{:05d}.jsonl"
# Results a worker thread computes ahead of the client's reading them (parts emitted, entries summed
# up, shingle sets fetched, groups' scores): the workers never hold more of a step's results than
# this, however many parts there are.
AHEAD_PER_THREAD = 2
# Pairs compared at once in a scoring task (the rows compared are copied), and a reducer makes pairs 4
# times as many at once: this bounds a task's memory however many pages share a band key.
PAIRS_AT_ONCE = 8_192
# Picks of a shuffle (a sender's output for a group of receivers, a few MB at 200,000 pages) that travel
# to the group's worker at once.
PICKS_AT_ONCE = 1
# Shingle sets the client asks of a part at once (about 2.4 KB each): a task's answer stays small,
# however many of the part's articles teasers may repeat.
FETCH_AT_ONCE = 500
# zlib level of the emitted text on its way from a worker to the client: the fastest, JSONL shrinks ~5×.
OUTPUT_COMPRESSION = 1
# The client fetches a part's compressed output (about 5 MB) in chunks of this many bytes: the bytes a
# worker sends at once, which it holds a few times over while they travel.
READ_BYTES = 1 << 20
# The Dask settings of `local_cluster` (the README gives a real cluster's the same): work stealing off
# keeps a part where it was parsed; the statistical profiler off, and short low-level logs (1,000
# events each by default, about 3 MB on a worker once full: a 20,000-page run does not fill them, a
# 60,000-page run does), keep a worker's memory from growing with a run's length; and a worker
# gathers other workers' results in messages of 1 MiB (50 MB by default: a shuffle's picks for
# several tasks travelled together, and were held together on both ends).
CLUSTER_SETTINGS = {
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.low-level-log-length": 100,
    "distributed.worker.transfer.message-bytes-limit": "1MiB",
}
SKETCH_FILES = "pages-*.jsonl"

Pair = tuple[int, int]
PAIR_BYTES = 8  # a pair packed ``first << 32 | second``


# -- what a worker keeps -------------------------------------------------------------------------------


class DiskFile:
    """A temporary file on the worker's disk, so that a worker's memory does not grow with the parts it
    holds; pickled with the file's bytes, should Dask move the part to another worker.

    >>> import pickle
    >>> kept = DiskFile(); kept.write(b"abc")
    >>> pickle.loads(pickle.dumps(kept)).read(), kept.size()
    (b'abc', 3)
    """

    def __init__(self, spilled: bytes | bytearray | memoryview = b"", count: int = 0) -> None:
        self.stream = tempfile.TemporaryFile()  # no name on disk: the system removes it when it is closed
        self.stream.write(spilled)
        self.count = count

    def write(self, data: bytes) -> None:
        """Add bytes at the end."""
        self.writelines((data,))

    def writelines(self, chunks: Iterable[bytes]) -> None:
        """Add some bytes at the end, one chunk after another."""
        self.stream.seek(0, os.SEEK_END)
        self.stream.writelines(chunks)

    def read(self) -> bytes:
        """The whole file."""
        self.stream.seek(0)
        return self.stream.read()

    def read_at(self, offset: int, size: int) -> bytes:
        """``size`` bytes from ``offset``, leaving the file's position alone.

        >>> kept = DiskFile(b"abcdef"); kept.read_at(2, 3)
        b'cde'
        """
        self.stream.flush()
        return read_at(self.stream, offset, size)

    def size(self) -> int:
        """Bytes on disk (the file's position is left alone: Dask may ask while a task reads)."""
        self.stream.flush()
        return os.fstat(self.stream.fileno()).st_size

    def __sizeof__(self) -> int:
        """What waits on disk included, as for a `DiskSplit`: Dask then sends it in a message of its own."""
        return self.size()

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[type, tuple[Any, int]]:
        """Pickled with the file's bytes; out of band with pickle's protocol 5, as Dask sends data between
        workers, so that the bytes are not copied into the pickle stream (nor out of it on arrival).

        >>> buffers = []
        >>> data = pickle.dumps(DiskFile(b"abc"), protocol=5, buffer_callback=buffers.append)
        >>> len(buffers), pickle.loads(data, buffers=buffers).read()
        (1, b'abc')
        """
        data = self.read()
        return type(self), (pickle.PickleBuffer(data) if operator.index(protocol) >= 5 else data, self.count)


class SpillFile(DiskFile):
    """Marshal-able values (records, entries, rejects) spilled as the local run spills records.

    >>> import marshal, pickle
    >>> records = SpillFile()
    >>> records.append(marshal.dumps({"id": "a"})); records.append(marshal.dumps({"id": "b"}))
    >>> len(records), [record["id"] for record in pickle.loads(pickle.dumps(records))]
    (2, ['a', 'b'])
    """

    def append(self, data: bytes) -> None:
        """Add a value's marshal bytes at the end."""
        self.stream.seek(0, os.SEEK_END)
        spill_record(self.stream, data)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        self.stream.seek(0)
        return spilled_values(self.stream, self.count)


class DiskSplit:
    """A shuffle task's output, one value a receiver, waiting pickled on the worker's disk: a shuffle's
    outputs are all kept until its last receiver has read them (the band keys of every part until the
    last reducer, every part's `Sent` messages until every part has scored them), so they must not grow a
    worker's memory with the corpus. ``split[r]`` reads receiver ``r``'s value.

    >>> split = DiskSplit([array("Q", [1, 2]), array("Q"), array("Q", [3])])
    >>> len(split), [values.tolist() for values in split]
    (3, [[1, 2], [], [3]])
    """

    def __init__(self, values: Iterable[Any]) -> None:
        self.file = DiskFile()
        self.bounds = array("Q", [0])
        for value in values:
            self._append(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def _append(self, data: bytes) -> None:
        self.file.write(data)
        self.bounds.append(self.bounds[-1] + len(data))

    def _pickled(self, receiver: int) -> bytes:
        if not 0 <= receiver < len(self):
            raise IndexError(receiver)
        return self.file.read_at(self.bounds[receiver], self.bounds[receiver + 1] - self.bounds[receiver])

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, receiver: int) -> Any:
        return pickle.loads(self._pickled(receiver))

    def picked(self, receivers: Sequence[int]) -> DiskSplit:
        """The values of some receivers, a split of their own (their bytes copied, not unpickled): what
        one `Group` of receivers reads of a sender, on its way to the group's worker.

        >>> [values.tolist() for values in DiskSplit([array("Q", [1]), array("Q"), array("Q", [3])]).picked([2, 0])]
        [[3], [1]]
        """
        picked = DiskSplit(())
        for receiver in receivers:
            picked._append(self._pickled(receiver))
        return picked

    def __sizeof__(self) -> int:
        """What waits on disk included, as for a `Part`: the tasks that read the split run where it is."""
        return self.bounds[-1]


class PairFile(DiskFile):
    """A part's distinct candidate pairs, waiting on its worker's disk from the band shuffle through the
    first scoring round (on a corpus of much-repeated text they grow faster than the pages).

    >>> kept = kept_pairs(np.array([9, 4], dtype=np.uint64), array("Q", [4]))
    >>> kept.pairs().tolist(), packed_values([kept, array("Q", [1])]).tolist()
    ([4, 9], [4, 9, 1])
    """

    def pairs(self) -> np.ndarray:
        """The packed pairs, sorted: an array of their own, read from the file."""
        return packed_values([self])

    def __len__(self) -> int:
        return self.size() // PAIR_BYTES

    def read_into(self, values: np.ndarray) -> None:
        """Read the packed pairs into an array of 8-byte values of their number (with pread, as `read_at`)."""
        target = memoryview(values).cast("B")
        done = 0
        while done < len(target):
            read = os.preadv(self.stream.fileno(), [target[done:]], done)
            if not read:
                raise EOFError(f"a pair file ended at byte {done} of {len(target)}")
            done += read


class PairBuckets:
    """A reducer's pairs, filed on the worker's disk by the part of their first page as they are made: a
    band key shared by many pages makes pairs as the square of their number, which must not grow a
    worker's memory. ``buckets[p]`` reads part ``p``'s pairs, distinct and sorted.

    >>> buckets = PairBuckets(2)
    >>> buckets.add(1, np.array([5, 3], dtype=np.uint64)); buckets.add(1, np.array([3], dtype=np.uint64))
    >>> len(buckets), [pairs.tolist() for pairs in buckets]
    (2, [[], [3, 5]])
    """

    def __init__(self, receivers: int) -> None:
        self.file = DiskFile()
        # Each receiver's chunks, as (offset, size) one after another: a group's reducers file hundreds of
        # thousands of chunks at 200,000 pages, which as tuples took megabytes.
        self.chunks = [array("Q") for _ in range(receivers)]
        self.size = 0

    def add(self, receiver: int, pairs: np.ndarray) -> None:
        """File some packed pairs of part ``receiver``."""
        data = pairs.tobytes()
        self.file.write(data)
        self.chunks[receiver].extend((self.size, len(data)))
        self.size += len(data)

    def __len__(self) -> int:
        return len(self.chunks)

    def __getitem__(self, receiver: int) -> np.ndarray:
        if not 0 <= receiver < len(self):
            raise IndexError(receiver)
        # A pair that shares several band keys comes from several of a group's reducers: the chunks are
        # merged as they are read, whenever more wait than are merged, so that the copies never pile up.
        merged, waiting, count = np.empty(0, dtype=np.uint64), [], 0
        chunks = self.chunks[receiver]
        for offset, size in zip(chunks[::2], chunks[1::2], strict=True):
            waiting.append(self.file.read_at(offset, size))
            count += size // PAIR_BYTES
            if count > len(merged) + PAIRS_AT_ONCE:
                merged, waiting, count = merge_pairs(merged, *waiting), [], 0
        return merge_pairs(merged, *waiting)

    def __sizeof__(self) -> int:
        """What waits on disk included, as for a `DiskSplit`."""
        return self.size


def spilled_values(stream: IO[bytes], count: int) -> Iterator[Any]:
    """The next ``count`` values of a `SpillFile`'s bytes.

    >>> records = SpillFile(); records.append(marshal.dumps(7)); records.append(marshal.dumps(8))
    >>> list(spilled_values(io.BytesIO(records.read()), 2))
    [7, 8]
    """
    for _ in range(count):
        yield unspill_record(stream)


# A sketch in a `Sketches` blob is a row of a store's sketch file (`bdtools.dedup.sketch_bytes`). The low
# byte of a bin is its first byte on a little-endian machine.
_LOW_BYTE = 0 if sys.byteorder == "little" else array("I").itemsize - 1


class Sketches:
    """The sketches of a part's entries, one bytes object (``SKETCH_BYTES`` each): a task reads them
    without loading the entries, as a few large objects instead of thousands of small ones.

    >>> signature = array("I", range(1 << 23, (1 << 23) + 128))
    >>> sketches = Sketches(signature.tobytes() + bytes(SKETCH_BYTES))
    >>> len(sketches), sketches.signature(0) == signature, sketches.signature(1), sketches.low_bytes()[0, :3].tolist()
    (2, True, None, [0, 1, 2])
    """

    def __init__(self, blob: bytes) -> None:
        self.blob = blob

    @classmethod
    def of(cls, signatures: Iterable[Sequence[int] | None]) -> Sketches:
        """The blob of some sketches (None: no sketch).

        >>> Sketches.of([None, range(128)]).signature(1)[:3]
        array('I', [0, 1, 2])
        """
        return cls(b"".join(sketch_bytes(signature) for signature in signatures))

    def __len__(self) -> int:
        return len(self.blob) // SKETCH_BYTES

    def row(self, index: int) -> bytes:
        """Entry ``index``'s sketch as it is in the blob (all zeros: none).

        >>> sketches = Sketches.of([None, range(128)])
        >>> sketches.row(0) == bytes(SKETCH_BYTES), sketches.row(1) == array("I", range(128)).tobytes()
        (True, True)
        """
        return self.blob[index * SKETCH_BYTES : (index + 1) * SKETCH_BYTES]

    def signature(self, index: int) -> array[int] | None:
        """Entry ``index``'s sketch, None when it has none."""
        data = self.row(index)
        if data == sketch_bytes(None):
            return None
        signature = array("I")
        signature.frombytes(data)
        return signature

    def bins(self) -> np.ndarray:
        """The sketches as rows of 128 bins (a view of the blob).

        >>> Sketches.of([range(128)]).bins()[0, 5].item()
        5
        """
        return np.frombuffer(self.blob, dtype=np.uint32).reshape(-1, SKETCH_BINS)

    def low_bytes(self) -> np.ndarray:
        """The lowest byte of each bin, as rows of 128 bytes (a view of the blob): equal bins have equal
        low bytes, so their share of equal low bytes bounds the sketch estimate from above.

        >>> Sketches.of([[0x1234, 0x56, 0x1FF] + [0] * 125]).low_bytes()[0, :3].tolist()
        [52, 86, 255]
        """
        return np.frombuffer(self.blob, dtype=np.uint8).reshape(-1, SKETCH_BYTES)[:, _LOW_BYTE :: array("I").itemsize]


@dataclass
class Part:
    """One partition's records and dedup entries, kept on the disk of the worker that read it.

    ``records``, ``entry_file`` (the entries, as `entry_data`) and ``reject_file`` (the inputs that
    could not become records) wait in temporary files (`SpillFile`), and so do the shingle sets
    (``shingles``, the partition's `ShingleStore`, which the entries' places point into). A task loads
    the entries it reads (`load_entries`): a worker's memory holds one part's entries at a time,
    however many parts it keeps.

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> entries = part.load_entries()
    >>> len(part.records), [entry.id for entry in entries], [entry.sketch for entry in entries]
    (2, ['334fb489c48f7645', '2885f038f46d021e'], [0, 1])
    >>> part.sketches().signature(1) == part.shingles.signature(entries[1].sketch)
    True
    >>> entries[1].shingles, len(array("I", part.shingle_bytes(entries[1].shingles)))
    ((5300, 508), 508)
    """

    records: SpillFile = field(default_factory=SpillFile)
    entry_file: SpillFile = field(default_factory=SpillFile)
    reject_file: SpillFile = field(default_factory=SpillFile)
    shingles: ShingleStore = field(default_factory=ShingleStore)

    def add(self, prepared: Prepared) -> None:
        """Keep a prepared record: its bytes, its entry, its sketch and shingle sets (one sketch row each entry)."""
        self.entry_file.append(entry_data(make_entry(len(self.records), prepared.fingerprint, self.shingles)))
        self.records.append(prepared.data)

    def load_entries(self) -> list[Entry]:
        """The part's entries, read from its disk (their sketches are rows of the part's store)."""
        return [entry_of(values) for values in self.entry_file]

    def sketches(self) -> Sketches:
        """The entries' sketches (row i: entry i's), read from the store's sketch file: what the band shuffle
        and the scoring rounds read."""
        return Sketches(self.shingles.sketch_bytes())

    def __sizeof__(self) -> int:
        """A rough size (what ``dask.sizeof`` reads), what waits on disk included: the scheduler then runs
        tasks where the part is, not the reverse."""
        files = (self.records, self.entry_file, self.reject_file)
        return self.shingles.size + sum(file.size() for file in files)

    def shingle_bytes(self, place: tuple[int, int]) -> bytes:
        """The ``array("I")`` bytes of the shingle set at ``place``."""
        return self.shingles.read_bytes(place)


@dataclass
class RememberedPart:
    """Sketches and shingle sets (``array("I")`` bytes, one a sketch) of pages remembered by earlier runs, as a part
    of the band shuffle (no records): the shingles settle a pair near the threshold, as a state file's do.

    A page remembered without a sketch (an empty body) sends no band:

    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt"])[0]
    >>> remembered = RememberedPart(Sketches.of([part.sketches().signature(0), None]), [part.shingle_bytes((0, 508)), b""])
    >>> {packed & POSITION_MASK for bucket in emit_bands(remembered, 10, [0, 1], 2) for packed in bucket}
    {10}
    >>> remembered.shingle_bytes(remembered.load_entries()[0].shingles) == part.shingle_bytes((0, 508))
    True
    """

    remembered: Sketches
    shingle_sets: list[bytes]

    def sketches(self) -> Sketches:
        return self.remembered

    def load_entries(self) -> list[Entry]:
        """Stand-in entries of the pages: all that the `SHINGLES` round reads of them, their shingle places."""
        return [Entry(index, "", (), None, None, 0, None, (index, len(shingles) // array("I").itemsize))
                for index, shingles in enumerate(self.shingle_sets)]

    def shingle_bytes(self, place: tuple[int, int]) -> bytes:
        return self.shingle_sets[place[0]]

    def __sizeof__(self) -> int:
        return len(self.remembered.blob) + sum(map(len, self.shingle_sets))


def parse_files(paths: Sequence[str | Reject]) -> list[Part]:
    """Read, parse and fingerprint the pages of some files (a bag partition): one `Part`, in a list. A
    Reject (a file named twice, `named_files`) is kept as it is.

    >>> part = parse_files(["samples/000_2a2882c010271b55.txt"])[0]
    >>> len(part.records), part.load_entries()[0].kind
    (1, 'listing')
    """
    part = Part()
    for path in paths:
        for item in (path,) if isinstance(path, Reject) else read_path(path):
            if isinstance(item, Reject):
                part.reject_file.append(marshal.dumps(dataclasses.astuple(item)))
            else:
                part.add(prepare(item))
    return [part]


def packed_paths(paths: Sequence[str | Reject]) -> bytes:
    """A partition's file paths as one zlib block: what the task graph carries, and what a worker keeps
    of the graph while the partition lives (a string a file would grow a worker with the corpus: 11 MB
    at 200,000 pages on two workers). A Reject of `named_files` (a file named twice, a folder that cannot
    be listed) is kept as its path after a mark, ``!`` where a file to read has ``+``, then its reason.

    >>> from bdtools.ingest import named_twice
    >>> packed = packed_paths(["crawl/000/000001.txt", "crawl/000/000002.txt", named_twice("crawl/000/000001.txt")])
    >>> unpacked_paths(packed)[:2], unpacked_paths(packed)[2].reason
    (['crawl/000/000001.txt', 'crawl/000/000002.txt'], 'named twice: read once')
    """
    marked = (part for path in paths for part in (("!" + path.path, path.reason) if isinstance(path, Reject) else ("+" + path,)))
    return zlib.compress("\0".join(marked).encode("utf-8", "surrogateescape"))


def unpacked_paths(packed: bytes) -> list[str | Reject]:
    """The paths of `packed_paths` (NUL, which no path or reason holds, separates them): a path after ``+``
    as it is, one after ``!`` as a Reject with the reason that follows it.

    >>> unpacked_paths(packed_paths([])), unpacked_paths(packed_paths(["tin tức/bài 1.txt"]))
    ([], ['tin tức/bài 1.txt'])
    >>> unpacked_paths(packed_paths([Reject("crawl/shut", None, "cannot read: Permission denied"), "a.txt"]))
    [Reject(path='crawl/shut', line=None, reason='cannot read: Permission denied', raw=None), 'a.txt']
    """
    text = zlib.decompress(packed).decode("utf-8", "surrogateescape")
    items = iter(text.split("\0") if text else [])
    return [Reject(item[1:], None, next(items)) if item[0] == "!" else item[1:] for item in items]


def parse_packed(partition: Sequence[bytes]) -> list[Part]:
    """`parse_files` of a bag partition that holds one `packed_paths` block.

    >>> [len(part.records) for part in parse_packed([packed_paths(["samples/001_b5f1e6c3974f0a2e.txt"])])]
    [1]
    """
    (packed,) = partition
    return parse_files(unpacked_paths(packed))


def summarise(part: Part) -> tuple[bytes, int, list[Reject]]:
    """What the client needs of a part: its entry file as it is on disk (one bytes object: the worker
    builds no entry), the number of entries, and its rejects (`summary_entries` reads the entries).

    >>> data, count, rejects = summarise(parse_files(["samples/000_2a2882c010271b55.txt", "no/such/file.txt"])[0])
    >>> [(entry.kind, entry.sketch) for entry in summary_entries(data, count)], [reject.reason for reject in rejects]
    ([('listing', None)], ['cannot read: No such file or directory'])
    """
    return part.entry_file.read(), len(part.entry_file), [Reject(*values) for values in part.reject_file]


def summary_entries(data: bytes, count: int) -> list[Entry]:
    """The entries of a `summarise`d part, without their sketches (rows of the part's store, not the client's:
    the client adds the sketches it reads to its own store).

    >>> data, count, _ = summarise(parse_files(["samples/003_790eb7187b08f3fc.txt"])[0])
    >>> [(entry.id, entry.sketch) for entry in summary_entries(data, count)]
    [('2885f038f46d021e', None)]
    """
    entries = [entry_of(values) for values in spilled_values(io.BytesIO(data), count)]
    for entry in entries:
        entry.sketch = None
    return entries


# -- the distributed near step -------------------------------------------------------------------------


def owner(offsets: Sequence[int], position: int) -> int:
    """The part that holds a global position, given each part's first position.

    >>> owner([0, 3, 3, 7], 3), owner([0, 3, 3, 7], 6), owner([0, 3, 3, 7], 9)
    (2, 2, 3)
    """
    return bisect.bisect_right(offsets, position) - 1


def emit_bands(part: Part | RememberedPart, offset: int, locals_: Sequence[int], reducers: int) -> DiskSplit:
    """The band keys of the given entries with their global positions, packed ``key << 32 | position`` in
    8 bytes each, split by reducer (key modulo reducers), on the worker's disk.

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> buckets = emit_bands(part, 100, [1], 4)  # the part's first entry is global position 100
    >>> sum(map(len, buckets)), {packed & POSITION_MASK for bucket in buckets for packed in bucket}
    (32, {101})
    >>> all((packed >> 32) % 4 == reducer for reducer, bucket in enumerate(buckets) for packed in bucket)
    True
    """
    out = [array("Q") for _ in range(reducers)]
    sketches = part.sketches()
    for local in locals_:
        signature = sketches.signature(local)
        if signature is not None:
            position = offset + local
            for key in band_keys(signature):
                out[key % reducers].append(key << 32 | position)
    return DiskSplit(out)


def packed_values(chunks: Sequence[Any]) -> np.ndarray:
    """The 8-byte values of some arrays (``array("Q")``, numpy or bytes) or `PairFile`s as one numpy array
    of its own, which the caller may sort in place: each chunk is copied (or read from its file) straight
    into it.

    >>> packed_values([array("Q", [5, 1]), np.array([3], dtype=np.uint64), kept_pairs(array("Q", [4]))]).tolist()
    [5, 1, 3, 4]
    """
    views = [chunk if isinstance(chunk, PairFile) else np.frombuffer(chunk, dtype=np.uint64) for chunk in chunks]
    counts = [len(view) for view in views]  # a file's from its size on disk: asked once
    values = np.empty(sum(counts), dtype=np.uint64)
    start = 0
    for view, count in zip(views, counts, strict=True):
        if isinstance(view, PairFile):
            view.read_into(values[start : start + count])
        else:
            values[start : start + count] = view
        start += count
    return values


def pair_bands(buckets: Sequence[Any], run_size: int, offsets: Sequence[int], filed: PairBuckets) -> None:
    """File the pairs of positions that share a band key, packed ``first << 32 | second``, distinct in each
    batch, by the part of their first (a run's, never a remembered page), into ``filed`` on the worker's
    disk (`PairBuckets`). Array operations only: the pairs never become Python objects.

    >>> key = 7 << 32
    >>> filed = PairBuckets(2)
    >>> pair_bands([array("Q", [key | 0, key | 5]), array("Q", [key | 9, 8 << 32 | 1, key | 5])], 6, [0, 2], filed)
    >>> [[unpack_pair(packed) for packed in pairs.tolist()] for pairs in filed]
    [[(0, 5), (0, 9)], [(5, 9)]]
    """
    packed = packed_values(buckets)
    packed.sort()  # by key, then position
    keys, positions = packed >> 32, packed & POSITION_MASK
    # Each value pairs with every later value of its key: ``later[i]`` of them. The pairs are made
    # `PAIRS_AT_ONCE` * 4 at a time and filed on disk at once by the part of their first, so that a
    # reducer holds one batch's work, however many pages share a key.
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    ends = np.repeat(np.append(starts[1:], len(packed)), np.diff(np.append(starts, len(packed))))
    later = ends - np.arange(len(packed)) - 1
    made_before = np.cumsum(later) - later
    del packed, keys, starts, ends
    start = 0
    while start < len(positions):
        end = max(start + 1, int(np.searchsorted(made_before, made_before[start] + PAIRS_AT_ONCE * 4)))
        counts = later[start:end]
        first_index = np.repeat(np.arange(start, end), counts)
        second_index = first_index + 1 + np.arange(len(first_index)) - np.repeat(np.cumsum(counts) - counts, counts)
        firsts, seconds = positions[first_index], positions[second_index]
        del first_index, second_index
        chosen = (firsts < run_size) & (firsts != seconds)  # a page whose two bands share a key meets itself
        batch = sorted_distinct(firsts[chosen] << 32 | seconds[chosen])
        del firsts, seconds, chosen
        for part, pairs in enumerate(split_by_first(batch, offsets, len(filed))):
            if len(pairs):
                filed.add(part, pairs)
        start = end


def pair_reducers(count: int, run_size: int, offsets: Sequence[int], picks: Sequence[DiskSplit]) -> PairBuckets:
    """The pairs of a `Group` of ``count`` reducers (`pair_bands`, one reducer at a time), given what each
    sending part picked for them (`DiskSplit.picked`): distinct for each part of the run (``offsets``).

    Two senders, two reducers; positions 0 and 5 share key 7 in the first, 5 and 9 key 8 in the second:

    >>> first = DiskSplit([array("Q", [7 << 32 | 0]), array("Q", [8 << 32 | 9])])
    >>> picks = first, DiskSplit([array("Q", [7 << 32 | 5]), array("Q", [8 << 32 | 5])])
    >>> [[unpack_pair(packed) for packed in pairs.tolist()] for pairs in pair_reducers(2, 10, [0, 4], picks)]
    [[(0, 5)], [(5, 9)]]
    """
    filed = PairBuckets(len(offsets))
    for reducer in range(count):
        pair_bands([pick[reducer] for pick in picks], run_size, offsets, filed)
    return filed


def merge_pairs(*chunks: Any) -> np.ndarray:
    """The distinct packed pairs of some arrays, sorted. The chunks are mostly sorted runs, which a stable
    sort merges in place: a part's pairs are then held about twice, where ``np.unique`` held them three times
    (and numpy 2's, a hash table).

    >>> merge_pairs(np.array([5, 1], dtype=np.uint64), array("Q", [1, 3])).tolist()
    [1, 3, 5]
    """
    return sorted_distinct(packed_values(chunks), kind="stable")


def kept_pairs(*chunks: Any) -> PairFile:
    """`merge_pairs`, kept on the worker's disk (`PairFile`).

    >>> kept_pairs(array("Q", [5, 1]), array("Q", [1])).pairs().tolist()
    [1, 5]
    """
    return PairFile(merge_pairs(*chunks).data)


def filed_pairs(buckets: PairBuckets, part: int) -> PairFile:
    """A part's pairs from one `Group` of reducers (`PairBuckets`), waiting on the disk of the group's
    worker until the part merges every group's (`kept_pairs`).

    >>> buckets = PairBuckets(2); buckets.add(1, np.array([5, 3], dtype=np.uint64))
    >>> filed_pairs(buckets, 1).pairs().tolist()
    [3, 5]
    """
    return PairFile(buckets[part].data)


def unpack_pair(packed: int) -> Pair:
    """The positions of a pair packed ``first << 32 | second``.

    >>> unpack_pair(3 << 32 | 8)
    (3, 8)
    """
    return packed >> 32, packed & POSITION_MASK


def split_by_first(pairs: np.ndarray, offsets: Sequence[int], run_parts: int) -> list[np.ndarray]:
    """Sorted packed pairs split by the part of the run that holds their first position.

    >>> split = split_by_first(np.array([0 << 32 | 4, 1 << 32 | 2, 3 << 32 | 4], dtype=np.uint64), [0, 2], 2)
    >>> [[unpack_pair(pair) for pair in chosen.tolist()] for chosen in split]
    [[(0, 4), (1, 2)], [(3, 4)]]
    """
    return np.split(pairs, np.searchsorted(pairs >> 32, np.asarray(offsets[1:run_parts], dtype=np.uint64)))


# What the first page of a pair carries to the part of the second, one scoring round each: the low
# byte of each sketch bin (128 bytes), the sketch (512), the sketch and the shingle set (2 KB more).
LOW_BYTES, SKETCH, SHINGLES = "low bytes", "sketch", "shingles"


def carried_rows(sketches: Sketches, carry: str) -> np.ndarray:
    """What a scoring round compares of each page: its sketch's low bytes in the `LOW_BYTES` round, its bins after.

    >>> sketches = Sketches.of([range(300, 428)])
    >>> carried_rows(sketches, LOW_BYTES)[0, 0].item(), carried_rows(sketches, SKETCH)[0, 0].item()
    (44, 300)
    """
    return sketches.low_bytes() if carry == LOW_BYTES else sketches.bins()


@dataclass
class Sent:
    """What one part sends another in a scoring round: its pages that pair with the other's (``firsts``,
    in order), the rows of what each carries (``carried``: low bytes or sketch bins), how many seconds
    each pairs with (``counts``), the seconds in order (``seconds``), and for `SHINGLES` each first's
    shingle set. Numpy arrays: a round's messages stay a few large buffers, whatever their pairs.

    >>> sent = Sent(np.array([4], dtype=np.uint32), np.zeros((1, 128), dtype=np.uint8), np.array([2]), np.array([7, 9]))
    >>> sent.pairs().tolist() == [4 << 32 | 7, 4 << 32 | 9]
    True
    """

    firsts: np.ndarray
    carried: np.ndarray
    counts: np.ndarray
    seconds: np.ndarray
    shingles: list[bytes] | None = None

    def pairs(self) -> np.ndarray:
        """The pairs, packed ``first << 32 | second``."""
        return np.repeat(self.firsts.astype(np.uint64), self.counts) << 32 | self.seconds.astype(np.uint64)


def send_left(part: Part, offset: int, incoming: Sequence[Any], offsets: Sequence[int], carry: str) -> DiskSplit:
    """For each part, the pages of this part that pair with some of its pages, each sent once with what
    the scoring round reads of it (`Sent`, in a `DiskSplit` by receiving part): ``carry`` is `LOW_BYTES`
    (the sketch's `Sketches.low_bytes`), `SKETCH` (its bins) or `SHINGLES` (its bins and shingle set).

    This part holds positions 0 and 1, the next part starts at 2; pair (0, 3) came from two reducers:

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> from_reducers = [array("Q", [0 << 32 | 1, 0 << 32 | 3]), array("Q", [0 << 32 | 3, 0 << 32 | 2])]
    >>> [[unpack_pair(pair) for pair in sent.pairs().tolist()] for sent in send_left(part, 0, from_reducers, [0, 2], SKETCH)]
    [[(0, 1)], [(0, 2), (0, 3)]]
    >>> [sent.carried.shape for sent in send_left(part, 0, [array("Q", [0 << 32 | 1])], [0, 2], LOW_BYTES)]
    [(1, 128), (0, 128)]
    """
    pairs = merge_pairs(*incoming)  # by first, then second
    words = pairs.view(np.uint32)  # the two halves of each pair, read in place
    firsts, seconds = words[FIRST_WORD::2], words[1 - FIRST_WORD :: 2]
    # Grouped by the part of the second (a stable sort keeps each group's order), then by the first: the
    # pairs are taken through one order, so that no regrouped copy of them is made.
    destinations = np.searchsorted(np.asarray(offsets, dtype=np.uint32), seconds, side="right")
    destinations -= 1
    by_part = np.argsort(destinations, kind="stable")
    ends = np.cumsum(np.bincount(destinations, minlength=len(offsets))).tolist()
    del destinations
    rows = carried_rows(part.sketches(), carry)
    entries = part.load_entries() if carry == SHINGLES else []  # only this round reads shingle places

    def messages() -> Iterator[Sent]:  # written to disk one receiving part at a time
        for start, end in itertools.pairwise([0, *ends]):
            chosen = by_part[start:end]
            chosen_firsts, chosen_seconds = firsts[chosen], seconds[chosen]
            starts = np.flatnonzero(np.concatenate(([True], chosen_firsts[1:] != chosen_firsts[:-1])))[: len(chosen_firsts)]
            group_firsts = chosen_firsts[starts]
            locals_ = group_firsts.astype(np.int64) - offset
            shingles = [part.shingle_bytes(entries[local].shingles) for local in locals_.tolist()] if carry == SHINGLES else None
            counts = np.diff(np.append(starts, len(chosen_firsts)))
            yield Sent(group_firsts, rows[locals_], counts, chosen_seconds, shingles)

    return DiskSplit(messages())


class PairStore:
    """The `ShingleStore` reads that `NearIndex.jaccard` makes, over shingle bytes already in memory.

    A place is (index, count): nothing is copied or decoded for the pairs the estimate decides.

    >>> store = PairStore()
    >>> place = store.add_bytes(array("I", [3, 5, 9]).tobytes())
    >>> place, store.add_bytes(array("I", [1]).tobytes()), store.read(place).tolist()
    ((0, 3), (1, 1), [3, 5, 9])
    """

    def __init__(self) -> None:
        self.sets: list[bytes] = []

    def add_bytes(self, distinct: bytes) -> tuple[int, int]:
        self.sets.append(distinct)
        return len(self.sets) - 1, len(distinct) // array("I").itemsize

    def read(self, place: tuple[int, int]) -> np.ndarray:
        return np.frombuffer(self.sets[place[0]], dtype=np.uint32)


def score_pairs(
    part: Part | RememberedPart, offset: int, incoming: Iterable[Sent], threshold: float, carry: str,
) -> tuple[list[tuple[int, int, float]], np.ndarray]:
    """One scoring round (``carry``, as `send_left`) on the part of the pairs' seconds: ``(first, second,
    similarity)`` of the pairs at ``threshold`` or above, and the pairs, packed, that need the next round.

    - `LOW_BYTES`: a pair whose share of equal low bytes lies below ``threshold - VERIFY_MARGIN`` has an
      estimate that decides it is no copy, as in the local run; the others go on to the next round.
    - `SKETCH`: pairs are scored by the estimate when it decides (`bdtools.similarity.decided_by_sketches`),
      a pair with a remembered page too, as `bdtools.dedup_state.State` scores it; the others go on.
    - `SHINGLES`: `NearIndex.jaccard`: the true Jaccard near the threshold (a remembered page's shingles are
      its `RememberedPart`'s).

    Sample 003 read twice is a copy of itself; 001 is not like it:

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt"] + ["samples/003_790eb7187b08f3fc.txt"] * 2)[0]
    >>> pairs = [array("Q", [0 << 32 | 1, 1 << 32 | 2])]
    >>> kept, further = score_pairs(part, 0, send_left(part, 0, pairs, [0], LOW_BYTES), NEAR_THRESHOLD, LOW_BYTES)
    >>> kept, [unpack_pair(pair) for pair in further.tolist()]
    ([], [(1, 2)])
    >>> kept, further = score_pairs(part, 0, send_left(part, 0, pairs, [0], SKETCH), NEAR_THRESHOLD, SKETCH)
    >>> kept, len(further)
    ([(1, 2, 1.0)], 0)

    A remembered page (global position 3, after this run's 3 entries) is scored by its sketch estimate, which decides:

    >>> shingles = part.shingle_bytes(part.load_entries()[1].shingles)
    >>> remembered = RememberedPart(Sketches.of([part.sketches().signature(1)]), [shingles])
    >>> sent = send_left(part, 0, [array("Q", [2 << 32 | 3])], [0, 3], SKETCH)[1]
    >>> score_pairs(remembered, 3, [sent], NEAR_THRESHOLD, SKETCH)[0]
    [(2, 3, 1.0)]
    """
    if carry == SHINGLES:
        return _score_by_shingles(part, offset, incoming, threshold)  # type: ignore[arg-type]
    kept: list[tuple[int, int, float]] = []
    further = []
    rows = carried_rows(part.sketches(), carry)
    for sent in incoming:
        ends = np.cumsum(sent.counts)  # a pair's first: the first group whose end lies past the pair
        for start in range(0, len(sent.seconds), PAIRS_AT_ONCE):
            end = min(start + PAIRS_AT_ONCE, len(sent.seconds))
            first_row = np.searchsorted(ends, np.arange(start, end), side="right")
            seconds = sent.seconds[start:end]
            firsts, others = sent.carried[first_row], rows[seconds.astype(np.int64) - offset]
            shares = equal_shares(firsts, others)
            chosen = sent.firsts[first_row].astype(np.uint64) << 32 | seconds.astype(np.uint64)
            if carry == LOW_BYTES:
                further.append(chosen[shares >= threshold - VERIFY_MARGIN])
                continue
            decided = decided_by_sketches(shares, threshold, firsts, others)
            further.append(chosen[~decided])
            copies = decided & (shares >= threshold)
            kept.extend((first, second, score) for first, second, score in zip(
                (chosen[copies] >> 32).tolist(), (chosen[copies] & POSITION_MASK).tolist(), shares[copies].tolist(), strict=True))
    return kept, np.concatenate(further) if further else np.empty(0, dtype=np.uint64)


def _score_by_shingles(
    part: Part, offset: int, incoming: Iterable[Sent], threshold: float,
) -> tuple[list[tuple[int, int, float]], np.ndarray]:
    """The `SHINGLES` round of `score_pairs`: the true Jaccard, as `NearIndex.jaccard` gives it."""
    kept: list[tuple[int, int, float]] = []
    store = PairStore()
    index = NearIndex({}, store, threshold)  # type: ignore[arg-type]
    places: dict[int, tuple[int, int]] = {}  # this part's shingle sets, added to the store once each
    entries: list[Entry] = []
    for sent in incoming:
        if len(sent.firsts) and not entries:
            entries = part.load_entries()  # only for a part that has pairs to score
        seconds = iter(sent.seconds.tolist())
        carried = zip(sent.firsts.tolist(), sent.carried, sent.shingles or (), sent.counts.tolist(), strict=True)
        for first, _, shingles, count in carried:
            # A stand-in entry for the page of another part: all that `NearIndex.jaccard` reads of it.
            left = Entry(first, "", (), None, None, 0, None, store.add_bytes(shingles))
            for second in itertools.islice(seconds, count):
                other = entries[second - offset]
                if second not in places:
                    places[second] = store.add_bytes(part.shingle_bytes(other.shingles))
                score = index.jaccard(left, dataclasses.replace(other, shingles=places[second]))
                if score >= threshold:
                    kept.append((first, second, score))
    return kept, np.empty(0, dtype=np.uint64)


def gathered(earlier: list[DiskSplit], *picks: DiskSplit) -> list[DiskSplit]:
    """Picks that have arrived on a group's worker (each waits on its disk), with those before them.

    >>> split = DiskSplit([array("Q", [1])])
    >>> [len(pick) for pick in gathered(gathered([], split), split.picked([]))]
    [1, 0]
    """
    return [*earlier, *picks]


def score_group(
    parts: Sequence[Part | RememberedPart], offsets: Sequence[int], threshold: float, carry: str, picks: Sequence[DiskSplit],
) -> DiskSplit:
    """`score_pairs` for each part of a `Group`, one at a time, reading each sender's messages to it
    (what the sender picked for the group, `DiskSplit.picked`) one at a time: ``(found, further)`` for
    each part, on the worker's disk.

    Sample 003 read twice; the only sender sends the pair (1, 2) to the group's one part:

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt"] + ["samples/003_790eb7187b08f3fc.txt"] * 2)[0]
    >>> sent = send_left(part, 0, [array("Q", [1 << 32 | 2])], [0], SKETCH)
    >>> [(found, further.tolist()) for found, further in score_group([part], [0], NEAR_THRESHOLD, SKETCH, [sent.picked([0])])]
    [([(1, 2, 1.0)], [])]
    """
    return DiskSplit(score_pairs(part, offset, (pick[index] for pick in picks), threshold, carry)
                     for index, (part, offset) in enumerate(zip(parts, offsets, strict=True)))


# -- output on the workers -----------------------------------------------------------------------------


def emit_part(part: Part, decisions: Sequence[Decision], path: str | None) -> tuple[DiskFile | None, Tally]:
    """The part's records with their decisions, emitted as JSONL: written to ``path``, or zlib-compressed
    line by line into a `DiskFile`, which waits on the worker's disk while the client fetches it a chunk
    at a time (`emitted_chunk`); and their counts.

    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt"])[0]
    >>> packed, tally = emit_part(part, [Decision("exact", "0" * 16, 1.0, "0" * 16)], None)
    >>> json.loads(zlib.decompress(packed.read()))["dup"], tally.records_out, tally.duplicates
    ({'status': 'exact', 'of': '0000000000000000', 'score': 1.0, 'cluster': '0000000000000000'}, 1, 1)
    """
    tally = Tally()
    lines = (item.line for item in _written(part, decisions, tally))
    if path is not None:
        with atomic_output(path, binary=True) as stream:
            stream.writelines(lines)
        return None, tally
    packed = DiskFile()
    packed.writelines(_compressed(lines))
    return packed, tally


def emitted_size(emitted: tuple[DiskFile | None, Tally]) -> tuple[int, Tally]:
    """The size of an `emit_part`'s compressed output (0 when it wrote a file), and its counts.

    >>> emitted_size((DiskFile(b"abc"), Tally()))[0], emitted_size((None, Tally()))[0]
    (3, 0)
    """
    packed, tally = emitted
    return packed.size() if packed is not None else 0, tally


def emitted_chunk(emitted: tuple[DiskFile, Tally], offset: int, size: int) -> bytes:
    """``size`` bytes of an `emit_part`'s compressed output from ``offset``.

    >>> emitted_chunk((DiskFile(b"abcdef"), Tally()), 4, 3)
    b'ef'
    """
    return emitted[0].read_at(offset, size)


def _compressed(chunks: Iterable[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(OUTPUT_COMPRESSION)
    for chunk in chunks:
        yield compressor.compress(chunk)
    yield compressor.flush()


def _written(part: Part, decisions: Sequence[Decision], tally: Tally) -> Iterator[Written]:
    for record, decision in zip(part.records, decisions, strict=True):
        item = written_after(emit, _apply(record, decision))
        tally.count(item)
        yield item


def shingles_of(part: Part, places: Sequence[tuple[int, int]], sketched: Sequence[int] = ()) -> tuple[list[bytes], bytes]:
    """The shingle sets at some places of a part (the few teaser links need), and the sketches of some
    of its entries as a `Sketches` blob (the articles a teaser may repeat: their sketches bound a
    teaser's containment, so that the teaser step reads only the sets that can win).

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> sets, blob = shingles_of(part, [entry.shingles for entry in part.load_entries()], [1])
    >>> [len(array("I", data)) for data in sets], Sketches(blob).signature(0) == part.sketches().signature(1)
    ([1325, 508], True)
    """
    sketches = part.sketches()
    return [part.shingle_bytes(place) for place in places], b"".join(sketches.row(local) for local in sketched)


def sketch_rows(part: Part, chosen: Sequence[tuple[int, str]]) -> str:
    """JSONL rows of the ``sketches`` directory for some entries of a part, given as (local index, cluster).

    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt"])[0]
    >>> row = json.loads(sketch_rows(part, [(0, "2885f038f46d021e")]))
    >>> row["id"], row["cluster"], row["kind"], row["order"], len(row["sketch"])
    ('2885f038f46d021e', '2885f038f46d021e', 'article', [False, '2020-09-14T11:00:00+07:00', -3544, '2885f038f46d021e'], 128)
    """
    rows = []
    entries = part.load_entries()
    for local, cluster in chosen:
        entry = entries[local]
        shingles = part.shingle_bytes(entry.shingles)
        rows.append(json.dumps({
            "fingerprint": FINGERPRINT_VERSION,
            "id": entry.id, "cluster": cluster, "exact": entry.exact, "kind": entry.kind, "lead_key": entry.lead_key,
            "order": entry.order, "sketch": list(part.shingles.signature(entry.sketch)) if entry.sketch is not None else None,
            "shingles": base64.b64encode(shingles).decode("ascii"),
        }, separators=(",", ":")) + "\n")
    return "".join(rows)


# -- remembered pages (the sketches directory) ----------------------------------------------------------


@dataclass
class Page:
    """A page remembered in the sketches directory, as the client keeps it.

    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt"])[0]
    >>> row = json.loads(sketch_rows(part, [(0, "2885f038f46d021e")]))
    >>> page = Page(row["id"], row["cluster"], row["exact"], row["kind"], row["lead_key"], tuple(row["order"]), row["shingles"])
    >>> page.kind, page.order, len(array("I", base64.b64decode(page.shingles)))
    ('article', (False, '2020-09-14T11:00:00+07:00', -3544, '2885f038f46d021e'), 508)
    """

    id: str
    cluster: str
    exact: str | None
    kind: str | None
    lead_key: int | None
    order: tuple
    shingles: str
    score: float | None = None  # a page cut short that joined its article's cluster: its near score there (``join``)
    waits: bool = False  # a short page that waits for its article (``wait`` rows, `wait_rows`)

    def awaits_article(self) -> bool:
        """Whether a run's article that holds this page takes it (`bdtools.dedup.held_cut_pages`), as a state file's
        `State.waiting_pages` gives it: a page cut short, or a short page that waits.

        >>> page = Page("c" * 16, "c" * 16, None, "article", 77, (2, -900, True, "", "c" * 16), "")
        >>> page.awaits_article(), dataclasses.replace(page, order=(False, "", -90, "c" * 16)).awaits_article()
        (True, False)
        """
        return self.waits or (self.kind == "article" and cut_page(self.order))


def load_sketches(directory: str | None) -> tuple[list[Page], list[tuple[int, ...] | None]]:
    """The remembered pages of every run (the first row of an id wins, until a later run forgets it: a ``forget``
    row, `forget_rows`; a ``join`` row moves it to another cluster; a ``wait`` row keeps a short page waiting for its
    article, the latest `WAITING_A_KEY` of a lead key, `wait_rows`) and their sketches, in file order.

    >>> import tempfile
    >>> directory = tempfile.TemporaryDirectory()
    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> runs = ((1, [(0, "334fb489c48f7645")], [], []), (2, [(0, "0" * 16), (1, "2885f038f46d021e")], ["334fb489c48f7645"], []),
    ...         (3, [], [], [("2885f038f46d021e", "f" * 16, 0.97)]))
    >>> for run, rows, forgotten, joined in runs:
    ...     with open(os.path.join(directory.name, f"pages-{run}.jsonl"), "w", encoding="utf-8") as stream:
    ...         _ = stream.write(forget_rows(forgotten) + join_rows(joined) + sketch_rows(part, rows))
    >>> pages, signatures = load_sketches(directory.name)
    >>> [(page.id, page.cluster, page.score) for page in pages], [len(signature) for signature in signatures]
    ([('334fb489c48f7645', '0000000000000000', None), ('2885f038f46d021e', 'ffffffffffffffff', 0.97)], [128, 128])
    >>> directory.cleanup()
    >>> load_sketches(None)
    ([], [])
    """
    remembered: dict[str, tuple[Page, tuple[int, ...] | None]] = {}
    waiting: dict[int | None, dict[str, None]] = collections.defaultdict(dict)  # by lead key, the latest last
    for path in sorted(glob.glob(os.path.join(directory, SKETCH_FILES))) if directory else []:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                try:
                    row = json.loads(line)
                    version = row.get("fingerprint", 1)
                    if version == FINGERPRINT_VERSION:
                        _remember_row(row, remembered, waiting)
                except _SKETCH_ROW_DAMAGE as error:
                    raise ValueError(f"{path}:{number}: not a usable sketches row ({_damage(error)})") from None
                if version != FINGERPRINT_VERSION:
                    raise ValueError(
                        f"{path}:{number}: a page of fingerprint version {version}, this bdtools makes "
                        f"version {FINGERPRINT_VERSION}; start a new --sketches directory"
                    )
    for page_id in itertools.chain.from_iterable(waiting.values()):
        remembered[page_id][0].waits = True
    return [page for page, _ in remembered.values()], [signature for _, signature in remembered.values()]


# What a damaged row (a torn write, another tool) raises as it is read: no JSON or no object, a field missing or of
# another type (`_SKETCH_ROW_FIELDS`), shingles that are no base64.
_SKETCH_ROW_DAMAGE = (ValueError, TypeError, KeyError, AttributeError)


def _is_shingles(value: object) -> bool:
    """Whether a row's shingles are base64 of 32-bit shingles (`holds_shingles`)."""
    try:
        return isinstance(value, str) and holds_shingles(base64.b64decode(value, validate=True))
    except ValueError:  # binascii.Error, and text that is no ASCII
        return False


# What each field of a page row holds, checked as it loads: the band shuffle and the client read them far from here.
_SKETCH_ROW_FIELDS: dict[str, Callable[[object], bool]] = {
    "id": lambda value: isinstance(value, str),
    "cluster": lambda value: isinstance(value, str),
    "exact": lambda value: value is None or isinstance(value, str),
    "kind": lambda value: value is None or isinstance(value, str),
    "lead_key": lambda value: value is None or isinstance(value, int),
    "order": is_order,
    "sketch": lambda value: value is None or (
        isinstance(value, list) and len(value) == SKETCH_BINS and all(isinstance(bin_, int) for bin_ in value)),
    "shingles": _is_shingles,
}


# The same of the rows that forget a page or move it to another cluster (`forget_rows`, `join_rows`): a cluster of
# none, or a score of text, was taken as the page's.
_FORGET_ROW_FIELDS: dict[str, Callable[[object], bool]] = {"forget": _SKETCH_ROW_FIELDS["id"]}
_WAIT_ROW_FIELDS: dict[str, Callable[[object], bool]] = {"wait": _SKETCH_ROW_FIELDS["id"]}
_JOIN_ROW_FIELDS: dict[str, Callable[[object], bool]] = {
    "join": _SKETCH_ROW_FIELDS["id"],
    "cluster": _SKETCH_ROW_FIELDS["cluster"],
    # None where the holding article's own score is (an exact copy's: `State.follow`).
    "score": lambda value: value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)),
}


def _check_fields(row: dict, fields: dict[str, Callable[[object], bool]]) -> None:
    """Raise ValueError naming the first of ``fields`` whose value ``row`` holds damaged (KeyError for one missing).

    >>> _check_fields({"join": "a", "cluster": "b", "score": None}, _JOIN_ROW_FIELDS)
    >>> _check_fields({"join": "a", "cluster": "b", "score": "0.9"}, _JOIN_ROW_FIELDS)
    Traceback (most recent call last):
    ValueError: damaged score
    """
    damaged = next((field for field, whole in fields.items() if not whole(row[field])), None)
    if damaged is not None:
        raise ValueError(f"damaged {damaged}")


def _remember_row(
    row: dict, remembered: dict[str, tuple[Page, tuple[int, ...] | None]], waiting: dict[int | None, dict[str, None]],
) -> None:
    """Apply one row of the sketches directory to the pages remembered so far and those that wait, by lead key
    (`load_sketches`); a damaged page row raises ValueError naming its field.

    >>> remembered = {}
    >>> _remember_row({"id": "a", "cluster": "a", "exact": None, "kind": None, "lead_key": None, "order": [0],
    ...                "sketch": [1, 2], "shingles": ""}, remembered, {})
    Traceback (most recent call last):
    ValueError: damaged sketch
    """
    if "forget" in row:
        _check_fields(row, _FORGET_ROW_FIELDS)
        forgotten = remembered.pop(row["forget"], None)
        if forgotten is not None:
            waiting[forgotten[0].lead_key].pop(forgotten[0].id, None)
    elif "wait" in row:
        _check_fields(row, _WAIT_ROW_FIELDS)
        if row["wait"] in remembered:
            _wait(waiting[remembered[row["wait"]][0].lead_key], row["wait"])
    elif "join" in row:
        _check_fields(row, _JOIN_ROW_FIELDS)
        if row["join"] in remembered:
            page = remembered[row["join"]][0]
            page.cluster, page.score = row["cluster"], row["score"]
    elif row["id"] not in remembered:
        _check_fields(row, _SKETCH_ROW_FIELDS)
        page = Page(row["id"], row["cluster"], row["exact"], row["kind"], row["lead_key"], tuple(row["order"]),
                    row["shingles"])
        remembered[page.id] = page, tuple(row["sketch"]) if row["sketch"] else None


def _wait(pages: dict[str, None], page_id: str) -> None:
    """Keep a page waiting among ``pages`` (of one lead key, in the order they came), the latest `WAITING_A_KEY`:
    the one that waited longest waits no more, as `State.wait` keeps them (a page waiting already keeps its place).

    >>> pages = dict.fromkeys(str(number) for number in range(WAITING_A_KEY))
    >>> _wait(pages, "0"), _wait(pages, "new")
    (None, None)
    >>> len(pages), next(iter(pages)), list(pages)[-1]
    (64, '1', 'new')
    """
    pages.setdefault(page_id)
    if len(pages) > WAITING_A_KEY:
        del pages[next(iter(pages))]


def _damage(error: Exception) -> str:
    """What a damaged row's error says of it (`load_sketches`).

    >>> _damage(KeyError("id")), _damage(ValueError("damaged sketch"))
    ("no 'id'", 'damaged sketch')
    """
    if isinstance(error, KeyError):
        return f"no {error.args[0]!r}"
    if isinstance(error, json.JSONDecodeError):
        return f"no JSON: {error.msg}"
    if isinstance(error, AttributeError):  # row.get of a JSON value that is no object
        return "no JSON object"
    return str(error)


def forget_rows(ids: Iterable[str]) -> str:
    """JSONL rows of the ``sketches`` directory that forget some remembered pages (as `State.forget` leaves them out of
    a state file: pages cut short whose article came).

    >>> forget_rows(["c" * 16])
    '{"fingerprint":6,"forget":"cccccccccccccccc"}\\n'
    """
    return "".join(json.dumps({"fingerprint": FINGERPRINT_VERSION, "forget": page_id}, separators=(",", ":")) + "\n"
                   for page_id in ids)


def wait_rows(ids: Iterable[str]) -> str:
    """JSONL rows of the ``sketches`` directory that keep remembered short pages waiting for their article, in the
    order the run read them (as `State.wait` keeps them in a state file; written after the pages' own rows).

    >>> wait_rows(["t" * 16])
    '{"fingerprint":6,"wait":"tttttttttttttttt"}\\n'
    """
    return "".join(json.dumps({"fingerprint": FINGERPRINT_VERSION, "wait": page_id}, separators=(",", ":")) + "\n"
                   for page_id in ids)


def join_rows(pages: Iterable[tuple[str, str, float]]) -> str:
    """JSONL rows of the ``sketches`` directory that move remembered pages, (id, cluster, near score), to another
    cluster (as `State.join` does in a state file: pages cut short whose article joined that cluster).

    >>> join_rows([("c" * 16, "a" * 16, 0.97)])
    '{"fingerprint":6,"join":"cccccccccccccccc","cluster":"aaaaaaaaaaaaaaaa","score":0.97}\\n'
    """
    return "".join(json.dumps({"fingerprint": FINGERPRINT_VERSION, "join": page_id, "cluster": cluster, "score": score},
                              separators=(",", ":")) + "\n" for page_id, cluster, score in pages)


class Remembered(State):
    """The remembered pages in the shape of `State`, so that its `resolve` decides as the local run does.

    Exact matches come from the pages' fingerprints; near matches from the pairs the band shuffle scored.

    An earlier run remembered a page with the body of sample 003:

    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt"])[0]
    >>> entry = part.load_entries()[0]
    >>> earlier = Page("0" * 16, "0" * 16, entry.exact, "article", entry.lead_key, entry.order, "")
    >>> from bdtools.dedup import decisions_of
    >>> decisions = decisions_of([entry])
    >>> decisions.append("unique", 0, None)
    >>> _ = Remembered([earlier], {}).resolve([entry], decisions, NEAR_THRESHOLD, part.shingles)
    >>> decisions[0].as_field()
    {'status': 'exact', 'of': '0000000000000000', 'score': 1.0, 'cluster': '0000000000000000'}
    """

    def __init__(self, pages: list[Page], near: dict[int, list[tuple[float, str, str]]]) -> None:
        self.pages, self.near = pages, near
        self._start_run()
        self.by_exact: dict[str, list[Page]] = collections.defaultdict(list)
        for page in sorted(pages, key=lambda page: page.id):
            if page.exact is not None:
                self.by_exact[page.exact].append(page)
        self.by_id = {page.id: page for page in pages}

    def close(self) -> None:
        """Nothing to close: the pages are in memory."""

    def _exact_pages(self, entry: Entry) -> Iterable[tuple[str, str, tuple, float | None]]:
        """As `State`'s, from the pages' fingerprints."""
        return [(page.id, page.cluster, page.order, page.score) for page in self.by_exact.get(entry.exact, ())]  # type: ignore[arg-type]

    def _near_scores(
        self, entry: Entry, threshold: float, store: ShingleStore, within: str | None = None,
    ) -> Iterator[tuple[float, str, str, tuple]]:
        """As `State`'s, from the pairs the band shuffle scored (``threshold``, ``store`` and ``within`` are not read:
        the pairs are scored already, `_near_match` keeps those of ``within``)."""
        for score, page_id, cluster in self.near.get(entry.position, ()):
            yield score, page_id, cluster, self.by_id[page_id].order

    def load_leads(self, leads: LeadIndex) -> None:
        for page in self.pages:
            found = self._in_cluster(page.id, page.cluster, None)
            if page.kind == "article" and page.lead_key is not None and found is not None:
                leads.add(found[0], page.lead_key, page.id, page.order)

    def waiting_pages(self, keys: Sequence[int]) -> Iterator[tuple[str, int, tuple, str | None, bytes]]:
        """As `State`'s, from the pages (`teaser_places` keeps the shingles of those under the run's articles' keys)."""
        chosen = set(keys)
        for page in self.pages:
            if page.lead_key in chosen and page.awaits_article():
                yield page.id, page.lead_key, page.order, page.exact, self.fetch_shingles(page.id)

    def fetch_shingles(self, page_id: str) -> bytes:
        return base64.b64decode(self.by_id[page_id].shingles)

    def order_of(self, page_id: str) -> tuple | None:
        """As `State`'s: `load_sketches` reads every remembered page (a cluster's head too, whether or not the run's
        pages match it), the shingles of those a teaser or a cut page may read alone (`teaser_places`)."""
        page = self.by_id.get(page_id)
        return page.order if page is not None else None


# -- decisions on the client ---------------------------------------------------------------------------


def join_heads(
    heads: Sequence[int], entries: Sequence[Entry], similar: dict[int, list[tuple[int, float]]],
) -> tuple[np.ndarray, np.ndarray]:
    """The near step of `decide` over verified pairs: each exact group's head (a position), in canonical
    order, joins the most similar canonical head before it (ties: canonical order), or becomes canonical.
    Each group's canonical record (a position) and score, as `near_decisions` takes them.

    Were samples 001 and 003 a verified pair (both ways, as `score_pairs` results are gathered), 001
    would join 003, the earlier:

    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt"])[0]
    >>> entries = part.load_entries()
    >>> heads = exact_groups(entries).heads.tolist()
    >>> canonical, scores = join_heads(heads, entries, {0: [(1, 0.85)], 1: [(0, 0.85)]})
    >>> heads, canonical.tolist(), scores.tolist()
    ([1, 0], [1, 1], [1.0, 0.85])
    """
    canonical, scores = np.array(heads, dtype=np.int64), np.ones(len(heads))
    joined: set[int] = set()  # the canonical heads so far
    for group, position in enumerate(heads):
        scored = [(score, entries[other]) for other, score in similar.get(position, ()) if other in joined]
        if scored:
            score, other = min(scored, key=lambda pair: (-pair[0], pair[1].order))
            canonical[group], scores[group] = other.position, round(score, 4)
        else:
            joined.add(position)
    return canonical, scores


def teaser_places(entries: Sequence[Entry], pages: Sequence[Page]) -> tuple[set[tuple[int, int | None]], set[str]]:
    """The shingle sets teaser links may read: (position, item block or None for the body), and remembered page ids.

    A listing whose item repeats the lead of sample 003:

    >>> import tempfile
    >>> directory = tempfile.TemporaryDirectory()
    >>> listing = os.path.join(directory.name, "listing.txt")
    >>> with open(listing, "w", encoding="utf-8") as stream:
    ...     _ = stream.write("News\\n\\nPORTAL- On the afternoon of September 10, at the Provincial Convention…")
    >>> part = parse_files(["samples/001_b5f1e6c3974f0a2e.txt", "samples/003_790eb7187b08f3fc.txt", listing])[0]
    >>> entries = part.load_entries()
    >>> wanted, remembered = teaser_places(entries, [])
    >>> wanted == {(1, None), (2, 0)}, remembered  # the article's body and the listing's item 0
    (True, set())
    >>> earlier = Page("0" * 16, "0" * 16, None, "article", entries[1].lead_key, entries[1].order, "")
    >>> teaser_places(entries, [earlier])[1]
    {'0000000000000000'}

    Without the listing, a remembered crawl of sample 003 cut short, which the run's article may hold:

    >>> cut = Page("c" * 16, "c" * 16, None, "article", entries[1].lead_key, (2, -900, True, "", "c" * 16), "")
    >>> teaser_places(entries[:2], [cut])
    ({(1, None)}, {'cccccccccccccccc'})
    >>> directory.cleanup()
    """
    teaser_keys = {entry.lead_key for entry in entries if page_ask(entry) is not None}
    teaser_keys |= {key for entry in entries for _, _, key in entry.items}
    run_keys = {entry.lead_key for entry in entries if entry.kind == "article"}
    article_keys = run_keys | {page.lead_key for page in pages if page.kind == "article"}
    # An article of the run may hold a remembered page cut short, or a short one that waits
    # (`bdtools.dedup.held_cut_pages`): both sets are read.
    cut_keys = {page.lead_key for page in pages if page.awaits_article()} & run_keys
    asked = teaser_keys | cut_keys
    wanted: set[tuple[int, int | None]] = set()
    for entry in entries:
        if entry.lead_key is not None and (
            (entry.kind == "article" and entry.lead_key in asked)
            or (page_ask(entry) is not None and entry.lead_key in article_keys)
        ):
            wanted.add((entry.position, None))
        wanted.update((entry.position, index) for index, _, key in entry.items if key is not None and key in article_keys)
    remembered = {page.id for page in pages if (page.kind == "article" or page.waits) and page.lead_key in asked}
    return wanted, remembered


def decide_all(
    entries: list[Entry], groups: ExactGroups, similar: dict[int, list[tuple[int, float]]], store: ShingleStore,
    threshold: float, state: Remembered | None = None,
) -> Decisions:
    """Every entry's decision, with the local functions in `decide`'s order: near, remembered pages, teasers
    (``groups``: the entries' `exact_groups`, which the client computed once for the band shuffle too).

    Sample 003 twice, and a listing whose item repeats its lead; the client's store holds the part's
    shingle sets at the same places:

    >>> import tempfile
    >>> directory = tempfile.TemporaryDirectory()
    >>> listing = os.path.join(directory.name, "listing.txt")
    >>> with open(listing, "w", encoding="utf-8") as stream:
    ...     _ = stream.write("News\\n\\nPORTAL- On the afternoon of September 10, at the Provincial Convention…")
    >>> part = parse_files(["samples/003_790eb7187b08f3fc.txt", "samples/003_790eb7187b08f3fc.txt", listing])[0]
    >>> store, entries = part.shingles, part.load_entries()
    >>> decisions = decide_all(entries, exact_groups(entries), {}, store, NEAR_THRESHOLD)
    >>> [(decision.status, decision.of, decision.items) for decision in decisions]
    [('unique', None, None), ('exact', '2885f038f46d021e', None), ('unique', None, {0: '2885f038f46d021e'})]
    >>> store.close()
    >>> directory.cleanup()
    """
    decisions = near_decisions(groups, *join_heads(groups.heads.tolist(), entries, similar), decisions_of(entries))
    settle(entries, decisions, store, threshold, state, groups)
    return decisions


# -- the run -------------------------------------------------------------------------------------------


def _import_dask() -> Any:
    try:
        import dask.bag
        import distributed
    except ImportError as error:
        raise RuntimeError(MISSING_DASK) from error
    return dask.bag, distributed


@contextlib.contextmanager
def _client(distributed: Any, scheduler: str | None) -> Iterator[Any]:
    """A client of ``scheduler``, or of a `local_cluster`."""
    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with local_cluster() as cluster, distributed.Client(cluster) as client:
        yield client


@contextlib.contextmanager
def local_cluster(workers: int = LOCAL_WORKERS) -> Iterator[Any]:
    """A LocalCluster of worker processes (one thread each) on the loopback interface, with the Dask
    settings this engine should run with (`CLUSTER_SETTINGS`): a task on a part then runs where the part
    is (`Placed`), and a worker's memory does not grow with the run's length.

    >>> with local_cluster(1) as cluster:  # doctest: +SKIP
    ...     cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    True
    """
    import dask
    import distributed

    with dask.config.set(CLUSTER_SETTINGS):
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    with cluster:
        yield cluster


def run_dask(
    paths: Paths, output: str, scheduler: str | None = None, partitions: int | None = None,
    threshold: float = NEAR_THRESHOLD, sketches: str | None = None, tally: Tally | None = None,
) -> None:
    """``bdtools run`` on a Dask cluster: ``output`` gets the same bytes (``DIR/``: numbered part files).

    Input paths must name the same files on the workers as on the client (a shared file system).

    It needs a cluster (a LocalCluster of two worker processes when ``scheduler`` is None), so this
    example is skipped here; tests/test_engine_dask.py runs it:

    >>> from bdtools.lines import written
    >>> from bdtools.pipeline import run
    >>> run_dask(["samples/"], "out/dask.jsonl")  # doctest: +SKIP
    >>> with open("out/dask.jsonl", "rb") as stream:  # doctest: +SKIP
    ...     stream.read() == b"".join(written(record).line for record in run(["samples/"]))
    True
    """
    bag, distributed = _import_dask()
    tally = tally if tally is not None else Tally()
    files = list(named_files(paths))
    if STDIN in files:
        raise ValueError("the Dask engine reads files, not stdin")
    with _client(distributed, scheduler) as client:
        _run(client, bag, files, output, partitions, threshold, sketches, tally)


def _run(
    client: Any, bag: Any, files: list[str | Reject], output: str, partitions: int | None, threshold: float,
    sketches: str | None, tally: Tally,
) -> None:
    threads = sum(client.nthreads().values()) or 1
    count = max(1, min(len(files), partitions or default_partitions(len(files), threads)))
    size = max(1, -(-len(files) // count))
    blocks = [packed_paths(files[start : start + size]) for start in range(0, len(files), size)]
    parsed = bag.from_sequence(blocks, npartitions=len(blocks)).map_partitions(parse_packed).to_delayed() if files else []
    parts = _placed_parts(client, client.compute(parsed)) if parsed else []
    entries, offsets = _gather_entries(client, parts, tally)
    pages, signatures = load_sketches(sketches)
    groups = exact_groups(entries)
    similar, near_remembered = _near_pairs(client, parts, offsets, len(entries), groups.heads.tolist(), pages, signatures,
                                           threshold)
    wanted, needed = teaser_places(entries, pages)
    waiting = [entry.position for entry in entries if waits(entry)] if sketches else []  # before `_fetch_shingles` drops places
    for page in pages:
        if page.id not in needed:
            page.shingles = ""  # only the teasers' candidate articles are read
    store = ShingleStore()
    try:
        _fetch_shingles(client, parts, offsets, entries, wanted, store)
        state = Remembered(pages, near_remembered) if sketches else None
        decisions = decide_all(entries, groups, similar, store, threshold, state)
        forgotten, joined = held_at_end(state, entries, decisions, store) if state else ([], [])
    finally:
        store.close()
    _write_output(client, parts, offsets, decisions, output, tally)
    if sketches:
        _write_sketches(client, parts, offsets, entries, decisions, sketches, [page_id for page_id, _ in forgotten], joined,
                        waiting)


@dataclass
class Placed:
    """The future of something kept on a worker's disk (a part, a group's pairs, a part's output) and the
    worker that holds it. Tasks on it are asked to run there: a part (its records, entries and shingle
    sets on disk, tens of MB) or a group's pairs would otherwise travel whenever the scheduler finds their
    worker busy, and be held whole in memory on both ends while they do.
    ``worker`` None: anywhere (remembered sketches, scattered from the client).

    >>> placed = Placed(part_future, "tcp://10.0.0.5:39001")  # doctest: +SKIP
    >>> entries, rejects = placed.submit(client, summarise).result()  # doctest: +SKIP
    >>> Placed("remembered").worker is None
    True
    """

    future: Any
    worker: str | None = None

    def submit(self, client: Any, function: Any, *args: Any) -> Any:
        """``client.submit(function, part, *args)`` on the part's worker (any worker should it be lost)."""
        return self.beside(client, function, self.future, *args)

    def beside(self, client: Any, function: Any, *args: Any) -> Any:
        """``client.submit(function, *args)`` on the part's worker: for data the part's tasks read next."""
        return _submit_on(client, self.worker, function, *args)


def _submit_on(client: Any, worker: str | None, function: Any, *args: Any) -> Any:
    """``client.submit(function, *args)`` on ``worker`` (any worker should it be lost, or when None)."""
    where = {"workers": [worker], "allow_other_workers": True} if worker else {}
    return client.submit(function, *args, **where)


@dataclass
class Group:
    """The receivers of a shuffle (parts, or band reducers) that one task serves, one receiver at a time,
    on ``worker`` (None: anywhere). Each sender's output for them travels as one `DiskSplit.picked`, so
    a shuffle makes a task for each sender and group, and one for each group: tasks that grow with the
    parts, not with their square (a task for each sender and receiver made a 20,000-page run in 80
    partitions take 411 s in the near step instead of 7).

    >>> Group("tcp://10.0.0.5:39001", [0, 4]).members
    [0, 4]
    """

    worker: str | None
    members: list[int]


def receiver_groups(holders: Sequence[str | None], threads: dict[str, int]) -> list[Group]:
    """The receivers grouped by the worker that holds each (``holders``), as many groups on a worker as
    it has threads (receivers dealt in turn); receivers held nowhere known (None, or a worker gone) in
    one group that runs anywhere.

    >>> [(group.worker, group.members) for group in receiver_groups(["a", "b", "a", None, "a"], {"a": 2, "b": 1})]
    [('a', [0, 4]), ('b', [1]), ('a', [2]), (None, [3])]
    """
    groups: dict[tuple[str | None, int], Group] = {}
    dealt: collections.Counter[str | None] = collections.Counter()
    for receiver, holder in enumerate(holders):
        worker = holder if holder in threads else None
        slot = dealt[worker] % threads[worker] if worker else 0
        dealt[worker] += 1
        groups.setdefault((worker, slot), Group(worker, [])).members.append(receiver)
    return list(groups.values())


def reducer_holders(reducers: int, threads: dict[str, int]) -> list[str | None]:
    """Where each band reducer runs: dealt in turn to the workers' threads (a reducer holds no part).

    >>> reducer_holders(5, {"b": 1, "a": 2})
    ['a', 'a', 'b', 'a', 'a']
    """
    slots = [worker for worker in sorted(threads) for _ in range(threads[worker])] or [None]
    return [slots[reducer % len(slots)] for reducer in range(reducers)]


def _placed_parts(client: Any, partitions: list[Any]) -> list[Placed]:
    """Each bag partition's `Part` (the partition is ``[part]``), taken out on the worker that parsed it."""
    from distributed import wait

    wait(partitions)
    holders = client.who_has(partitions)
    placed = [Placed(partition, (holders.get(partition.key) or [None])[0]) for partition in partitions]  # none: it failed
    return [Placed(where.submit(client, operator.itemgetter(0)), where.worker) for where in placed]


def default_partitions(files: int, threads: int) -> int:
    """`PARTS_PER_THREAD` partitions a worker thread, or more to keep partitions at `FILES_PER_PART` files.

    >>> default_partitions(20_000, 2), default_partitions(200_000, 2), default_partitions(200_000, 64)
    (8, 80, 256)
    """
    return max(threads * PARTS_PER_THREAD, -(-files // FILES_PER_PART))


def _gather_entries(client: Any, parts: list[Placed], tally: Tally) -> tuple[list[Entry], list[int]]:
    """Every part's compact entries with global positions (input order), and each part's first position."""
    entries: list[Entry] = []
    offsets: list[int] = []
    for data, count, rejects in _in_order((part.submit(client, summarise) for part in parts), _window(client)):
        offsets.append(len(entries))
        tally.records_in += count + len(rejects)
        tally.rejects.extend(rejects)
        for entry in summary_entries(data, count):
            entry.position = len(entries)
            entries.append(entry)
    return entries, offsets


def _near_pairs(
    client: Any, parts: list[Placed], offsets: list[int], run_size: int, heads: list[int], pages: list[Page],
    signatures: list[tuple[int, ...] | None], threshold: float,
) -> tuple[dict[int, list[tuple[int, float]]], dict[int, list[tuple[float, str, str]]]]:
    """The verified pairs at the threshold: between ``heads`` of this run (positions, of ``run_size`` records),
    and between a head and a remembered page."""
    remembered = [Placed(client.scatter(RememberedPart(
        Sketches.of(signatures[start : start + REMEMBERED_PART_SIZE]),
        [base64.b64decode(page.shingles) for page in pages[start : start + REMEMBERED_PART_SIZE]])))
        for start in range(0, len(signatures), REMEMBERED_PART_SIZE)]
    all_parts = parts + remembered
    all_offsets = offsets + [run_size + start for start in range(0, len(signatures), REMEMBERED_PART_SIZE)]
    local_heads: list[list[int]] = [[] for _ in parts]
    for position in heads:
        local_heads[owner(offsets, position)].append(position - offsets[owner(offsets, position)])
    selections = local_heads + [range(len(signatures[start : start + REMEMBERED_PART_SIZE]))
                                for start in range(0, len(signatures), REMEMBERED_PART_SIZE)]
    threads = client.nthreads()
    reducers = max(1, len(parts))  # a reducer's input stays the same size however large the corpus
    bands = [part.submit(client, emit_bands, offset, array("I", chosen), reducers)  # all of a worker's tasks wait at once
             for part, offset, chosen in zip(all_parts, all_offsets, selections, strict=True)]
    paired = [Placed(_submit_on(client, group.worker, pair_reducers, len(group.members), run_size, offsets,
                                _arrived(client, bands, group)), group.worker)
              for group in receiver_groups(reducer_holders(reducers, threads), threads)]
    # A pair that shares several band keys comes from several groups: each part merges its copies, a
    # few parts at a time (the groups' answers for a part wait on disk until their part has merged them).
    merged = _paced((part.beside(client, kept_pairs, *[buckets.submit(client, filed_pairs, p) for buckets in paired])
                     for p, part in enumerate(parts)), _window(client))
    del bands, paired
    every = list(zip(all_parts, all_offsets, strict=True))
    run = every[: len(parts)]
    similar: dict[int, list[tuple[int, float]]] = defaultdict(list)
    near_remembered: dict[int, list[tuple[float, str, str]]] = defaultdict(list)
    # Each round carries more of the first page, for fewer pairs: the low bytes of its sketch rule out
    # most candidates, its sketch scores nearly all the rest, its shingle set the few near the threshold.
    incoming: list[Any] = [[chosen] for chosen in merged]
    for carry, receivers in ((LOW_BYTES, every), (SKETCH, every), (SHINGLES, every)):
        sent = [part.submit(client, send_left, offset, chosen, all_offsets, carry)
                for (part, offset), chosen in zip(run, incoming, strict=True)]
        groups = receiver_groups([part.worker for part, _ in receivers], threads)
        scored = (_submit_on(client, group.worker, score_group, [receivers[r][0].future for r in group.members],
                             [receivers[r][1] for r in group.members], threshold, carry, _arrived(client, sent, group))
                  for group in groups)
        further = []
        for split in _in_order(scored, _window(client)):
            for found, more in split:
                _add_pairs(found, run_size, pages, similar, near_remembered)
                further.append(more)
        del sent
        if not any(map(len, further)):
            break
        incoming = [[chosen] for chosen in split_by_first(merge_pairs(*further), offsets, len(parts))]
    return similar, near_remembered


def _arrived(client: Any, splits: list[Any], group: Group) -> Any:
    """What each sender's split output holds for a group's receivers (`DiskSplit.picked`, cut where the split
    is), gathered on the group's worker `PICKS_AT_ONCE` at a time (`gathered`): a task's inputs travel all
    at once, and every sender's pick at once lifted a worker by 75 MB at 200,000 pages."""
    picks = [client.submit(DiskSplit.picked, split, group.members) for split in splits]
    arrived = _submit_on(client, group.worker, gathered, [], *picks[:PICKS_AT_ONCE])
    for start in range(PICKS_AT_ONCE, len(picks), PICKS_AT_ONCE):
        arrived = _submit_on(client, group.worker, gathered, arrived, *picks[start : start + PICKS_AT_ONCE])
    return arrived


def _paced(submissions: Iterator[Any], window: int) -> list[Any]:
    """The futures a lazy iterator submits, waiting for each before submitting ``window`` more (results not fetched)."""
    from distributed import wait

    futures: list[Any] = []
    for future in submissions:
        futures.append(future)
        if len(futures) > window:
            wait([futures[-window - 1]])
    wait(futures)
    return futures


def _add_pairs(
    found: list[tuple[int, int, float]], run_size: int, pages: list[Page], similar: dict[int, list[tuple[int, float]]],
    near_remembered: dict[int, list[tuple[float, str, str]]],
) -> None:
    """File scored pairs: both ways between pages of this run, by the run's page for a remembered one."""
    for first, second, score in found:
        if second >= run_size:
            page = pages[second - run_size]
            near_remembered[first].append((score, page.id, page.cluster))
        else:
            similar[first].append((second, score))
            similar[second].append((first, score))


def _fetch_shingles(
    client: Any, parts: list[Placed], offsets: list[int], entries: list[Entry], wanted: set[tuple[int, int | None]],
    store: ShingleStore,
) -> None:
    """Copy the wanted shingle sets into the client's store; every entry's places then point into it ((0, 0):
    not fetched). The articles among them get their sketches back, which the teaser step's bound reads."""
    requests: list[list[tuple[int, int | None, tuple[int, int]]]] = [[] for _ in parts]
    for position, block in sorted(wanted, key=lambda item: (item[0], -1 if item[1] is None else item[1])):
        entry = entries[position]
        place = entry.shingles if block is None else next(p for index, p, _ in entry.items if index == block)
        requests[owner(offsets, position)].append((position, block, place))
    for entry in entries:
        entry.shingles = (0, 0)
        entry.items = [(index, (0, 0), key) for index, _, key in entry.items]
    asked = [(p, chosen[start : start + FETCH_AT_ONCE]) for p, chosen in enumerate(requests)
             for start in range(0, len(chosen), FETCH_AT_ONCE)]
    sketched = [[position for position, block, _ in chosen if block is None and entries[position].kind == "article"]
                for _, chosen in asked]
    answers = _in_order(
        (parts[p].submit(client, shingles_of, [place for _, _, place in chosen], [position - offsets[p] for position in articles])
         for (p, chosen), articles in zip(asked, sketched, strict=True)),
        _window(client),
    )
    for (_, chosen), articles, (found, blob) in zip(asked, sketched, answers, strict=True):
        for (position, block, _), data in zip(chosen, found, strict=True):
            entry, place = entries[position], store.add_bytes(data)
            if block is None:
                entry.shingles = place
            else:
                entry.items = [(index, place if index == block else other, key) for index, other, key in entry.items]
        sketches = Sketches(blob)
        for index, position in enumerate(articles):
            entries[position].sketch = store.add_sketch(sketches.signature(index))


def _write_output(
    client: Any, parts: list[Placed], offsets: list[int], decisions: Decisions, output: str, tally: Tally,
) -> None:
    """Emit on the workers: one file written here in input order, or part files written by the workers into ``DIR/``.

    At most `AHEAD_PER_THREAD` parts a worker thread are emitted ahead of the writing, so that the
    workers never hold the whole output (on their disks, until the client has fetched a part's).
    """
    bounds = [*offsets, len(decisions)]
    directory = output.endswith("/")
    names = [os.path.join(output, PART_NAME.format(p)) if directory else None for p in range(len(parts))]
    calls = (Placed(part.submit(client, emit_part, decisions[bounds[p] : bounds[p + 1]], names[p]), part.worker)
             for p, part in enumerate(parts))
    with contextlib.nullcontext() if directory else atomic_output(output, binary=True) as stream:
        for emitted in _ahead(calls, _window(client)):
            size, counts = _take(emitted.submit(client, emitted_size))
            if stream is not None:
                with writing_to(output):  # a full disk names the output; a closed pipe stays itself
                    _fetch_output(client, emitted, size, stream)
            emitted.future.release()
            _merge(tally, counts)
    if directory:
        _remove_stale_parts(output, len(parts))
        missing = [name for name in names if name and not os.path.exists(name)]
        if missing:
            raise RuntimeError(f"the workers wrote {missing[0]} where this machine does not see it: use a shared file system")


def _fetch_output(client: Any, emitted: Placed, size: int, stream: IO[bytes]) -> None:
    """Write a part's output (an `emit_part` on a worker, ``size`` bytes compressed), fetched `READ_BYTES` at a time."""
    chunks = (emitted.submit(client, emitted_chunk, offset, READ_BYTES) for offset in range(0, size, READ_BYTES))
    decompressor = zlib.decompressobj()
    for chunk in _in_order(chunks, AHEAD_PER_THREAD):
        stream.write(decompressor.decompress(chunk))
    stream.write(decompressor.flush())
    if not decompressor.eof:
        raise RuntimeError(f"a part's output arrived cut short ({size} bytes compressed expected)")


def _in_order(submissions: Iterator[Any], window: int) -> Iterator[Any]:
    """The results of the futures a lazy iterator submits, in order, with at most ``window`` running or held."""
    return map(_take, _ahead(submissions, window))


def _ahead(submissions: Iterator[Any], window: int) -> Iterator[Any]:
    """The futures (or `Placed` futures) a lazy iterator submits, in order, with at most ``window`` submitted
    and not yet yielded: the caller takes each one's result, or releases it, in turn."""
    pending: collections.deque[Any] = collections.deque()
    for future in submissions:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _window(client: Any) -> int:
    """`AHEAD_PER_THREAD` for each worker thread of the cluster."""
    return AHEAD_PER_THREAD * (sum(client.nthreads().values()) or 1)


def _take(future: Any) -> Any:
    result = future.result()
    future.release()
    return result


def _merge(tally: Tally, counts: Tally) -> None:
    tally.records_out += counts.records_out
    tally.kinds.update(counts.kinds)
    tally.duplicates += counts.duplicates
    tally.warnings.update(counts.warnings)


def _remove_stale_parts(directory: str, count: int) -> None:
    """Part files of an earlier, larger run would be read as part of this one."""
    for path in glob.glob(os.path.join(directory, "part-*.jsonl")):
        name = os.path.basename(path)
        if name[5:10].isdigit() and int(name[5:10]) >= count:
            os.remove(path)


def _write_sketches(
    client: Any, parts: list[Placed], offsets: list[int], entries: list[Entry], decisions: Decisions, directory: str,
    forgotten: list[str], joined: list[tuple[str, str, float]], short: Sequence[int],
) -> None:
    """Append this run's new canonical pages to the sketches directory: one new ``pages-*.jsonl`` file, written here,
    that first forgets the remembered pages cut short that a new canonical article holds and moves those whose article
    joined a cluster (`bdtools.dedup.held_at_end`, as `bdtools.dedup.remember` does in a state file, before it stores
    the run's pages), and last keeps the run's canonical pages of ``short`` (positions, `bdtools.dedup.waits`) waiting
    (`wait_rows`, as `State.wait`)."""
    chosen: list[list[tuple[int, str]]] = [[] for _ in parts]
    for entry, decision in zip(entries, decisions, strict=True):
        if decision.status == "unique":
            p = owner(offsets, entry.position)
            chosen[p].append((entry.position - offsets[p], decision.cluster))
    waiting = [entries[position].id for position in short if decisions[position].status == "unique"]
    lines = (part.submit(client, sketch_rows, rows) for part, rows in zip(parts, chosen, strict=True) if rows)
    name = os.path.join(directory, f"pages-{time.time_ns():020d}-{os.getpid()}.jsonl")
    with atomic_output(name) as stream:
        stream.write(forget_rows(forgotten) + join_rows(joined))
        stream.writelines(_in_order(lines, _window(client)))
        stream.write(wait_rows(waiting))
