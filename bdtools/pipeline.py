"""The stages in order, the fused ``run``, and its parallel map.

``run`` gives the same records as the piped chain ``read | clean | separate | dates | dedup | emit``:
each page stage is a pure function, dedup alone looks across records.

>>> [record["kind"] for record in run(["samples/"])]
['listing', 'article', 'article', 'article', 'article']
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from bdtools.clean import clean
from bdtools.dating import dates
from bdtools.decisions import Decision
from bdtools.dedup import NEAR_THRESHOLD, Prepared, decided, dedup_of_unique_ids, fingerprint, settled_record
from bdtools.dedup import prepare as prepare_for_dedup
from bdtools.emit import emit
from bdtools.forked import fork_is_safe
from bdtools.ingest import Paths, inputs, read_path
from bdtools.kept_lines import KeptLines, keep_line
from bdtools.lines import Written, finished_line, line_ahead, written
from bdtools.records import Record, Reject, RejectLog
from bdtools.separate import separate
from bdtools.workers import on_workers

Stage = Callable[[Record], Record]

# The per-page stages in order, each with the field whose presence shows it has run.
PAGE_STAGES: tuple[tuple[str, Stage, str], ...] = (
    ("clean", clean, "blocks"),
    ("separate", separate, "lang"),
    ("dates", dates, "published"),
)
CHUNK_SIZE = 64
# Page files one process takes through a `Steps` stage together, step by step (`--jobs 1`; a worker takes
# its chunk of CHUNK_SIZE so).
BATCH_SIZE = 32


@dataclass
class Tally:
    """What a run read, wrote and rejected: in = out + dropped + rejected.

    >>> tally = Tally(records_in=3, dropped=1, rejects=RejectLog([Reject("a.jsonl", 2, "not a JSON object")]))
    >>> tally.count(written({"kind": "article", "dup": {"status": "exact"}, "warnings": [{"code": "weekday_mismatch"}]}))
    >>> tally.summary("run")
    'bdtools run: 3 in, 1 out (1 article), 1 dropped, 1 rejected, 1 duplicates; warnings: weekday_mismatch 1'
    """

    records_in: int = 0
    records_out: int = 0
    rejects: RejectLog = field(default_factory=RejectLog)
    warnings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    dropped: int = 0

    def count(self, item: Written) -> None:
        """Count one record written out."""
        self.records_out += 1
        if item.kind:
            self.kinds[item.kind] += 1
        if item.status not in (None, "unique"):
            self.duplicates += 1
        self.warnings.update(item.warnings)

    def as_dict(self) -> dict:
        """The counts as JSON-ready data, for ``--stats``.

        >>> rejects = RejectLog([Reject("a.jsonl", 2, "not a JSON object")])
        >>> Tally(records_in=2, records_out=1, rejects=rejects).as_dict()["rejected"]
        {'count': 1, 'by_reason': {'not a JSON object': 1}}
        """
        reasons = self.rejects.reasons
        return {
            "records_in": self.records_in,
            "records_out": self.records_out,
            "dropped": self.dropped,
            "rejected": {"count": len(self.rejects), "by_reason": dict(sorted(reasons.items()))},
            "kinds": dict(sorted(self.kinds.items())),
            "duplicates": self.duplicates,
            "warnings": dict(sorted(self.warnings.items())),
        }

    def summary(self, command: str) -> str:
        """One line for stderr."""
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(self.kinds.items()))
        warned = ", ".join(f"{code} {count}" for code, count in sorted(self.warnings.items()))
        return (
            f"bdtools {command}: {self.records_in} in, {self.records_out} out"
            + (f" ({kinds})" if kinds else "")
            + (f", {self.dropped} dropped" if self.dropped else "")
            + f", {len(self.rejects)} rejected, {self.duplicates} duplicates"
            + (f"; warnings: {warned}" if warned else "")
        )


def through(record: Record, stage_name: str) -> Record:
    """Run the page stages up to and including ``stage_name`` that the record has not been through.

    >>> record = through({"id": "0" * 16, "text": "News\\n\\nBEGIC - A teaser of the story."}, "separate")
    >>> record["kind"], record["lang"], "published" in record
    ('listing', 'en', False)
    """
    return page_steps(stage_name)(record)


def process(record: Record) -> Record:
    """All page stages on one record.

    >>> record = process({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead."})
    >>> record["kind"], record["lang"], record["published"]
    ('article', 'en', '2022-01-05T16:00:00+07:00')
    """
    return through(record, PAGE_STAGES[-1][0])


def process_and_emit(record: Record) -> Record:
    """All page stages on one record, then its output projection (what ``bdtools emit`` writes).

    >>> list(process_and_emit({"id": "0" * 16, "text": "PORTAL - Lead."}))[:3]
    ['id', 'source', 'text']
    """
    return emit(process(record))


@dataclass(frozen=True)
class Steps:
    """A stage as steps, that a batch of records goes through one step at a time: each step over every
    record, then the next. Each record meets the steps in turn, as one call of the stage gives, but a
    step's code and data (patterns, tables, caches) stay in the processor's caches over the batch: the
    page stages and dedup's per-record work of ``bdtools run`` took 700 µs a generated page instead of
    820 in batches of 32.

    >>> twice = Steps((str.strip, str.upper)).then(len)
    >>> twice(" ab "), twice.over([" ab ", "cde"])
    (2, [2, 3])
    """

    steps: tuple[Callable[[Any], Any], ...]

    def __call__(self, item: Any) -> Any:
        for step in self.steps:
            item = step(item)
        return item

    def then(self, step: Callable[[Any], Any]) -> Steps:
        """These steps, then ``step``."""
        return Steps((*self.steps, step))

    def over(self, items: list[Any]) -> list[Any]:
        """The stage of each item, in order, made step by step."""
        for step in self.steps:
            items = [step(item) for item in items]
        return items


@functools.lru_cache(maxsize=len(PAGE_STAGES))
def page_steps(stage_name: str) -> Steps:
    """`through` ``stage_name`` as `Steps`: each page stage up to it on a record that has not been through it
    (``stage_name`` itself always), one step a stage.

    >>> record = page_steps("separate")({"id": "0" * 16, "text": "News\\n\\nBEGIC - A teaser of the story."})
    >>> record["kind"], record["lang"], "published" in record
    ('listing', 'en', False)
    >>> page_steps("dedup")
    Traceback (most recent call last):
    ValueError: no page stage 'dedup': one of clean, separate, dates
    """
    names = [name for name, _, _ in PAGE_STAGES]
    if stage_name not in names:
        raise ValueError(f"no page stage {stage_name!r}: one of {', '.join(names)}")
    steps = []
    for name, stage, marker in PAGE_STAGES:
        steps.append(stage if name == stage_name else functools.partial(_unless_through, stage, marker))
        if name == stage_name:
            break
    return Steps(tuple(steps))


def _unless_through(stage: Stage, marker: str, record: Record) -> Record:
    return record if marker in record else stage(record)


def prepare(record: Record) -> Prepared:
    """All page stages on one record, then the part of dedup's work that needs no other record.

    >>> prepared = prepare({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead."})
    >>> prepared.fingerprint.id, prepared.fingerprint.kind, len(prepared.fingerprint.signature)
    ('0000000000000000', 'article', 128)
    """
    return PREPARE_STEPS(record)


def _process_chunk(stage: Callable[[Record], Any], chunk: list[Record]) -> list[Any]:
    return [stage(record) for record in chunk]


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def records_only(items: Iterable[Any], tally: Tally) -> Iterator[Any]:
    """Records (or what a stage made of them), counting them; rejects are kept in the tally.

    >>> tally = Tally()
    >>> from bdtools.ingest import read
    >>> len(list(records_only(read(["samples/", "no/such/file.txt"]), tally))), tally.records_in, len(tally.rejects)
    (5, 6, 1)
    """
    for item in items:
        tally.records_in += 1
        if isinstance(item, Reject):
            tally.rejects.append(item)
        else:
            yield item


def start_method() -> str:
    """How ``--jobs`` starts its workers: ``fork`` where it is safe (`bdtools.forked.fork_is_safe`: the workers
    inherit the modules already imported, where ``spawn`` imports them again in each), else ``spawn``.

    >>> import threading, time
    >>> thread = threading.Thread(target=time.sleep, args=(0.2,))
    >>> thread.start(); start_method(); thread.join()
    'spawn'
    """
    return "fork" if fork_is_safe() else "spawn"


def process_all(records: Iterable[Record], jobs: int = 1, stage: Callable[[Record], Any] = process) -> Iterator[Any]:
    """``stage`` (the page stages) over many records, in input order, on ``jobs`` processes.

    >>> from bdtools.ingest import read
    >>> [record["kind"] for record in process_all(read(["samples/"]), jobs=1)]
    ['listing', 'article', 'article', 'article', 'article']
    """
    if jobs <= 1:
        yield from map(stage, records)
        return
    for chunk in _on_workers(functools.partial(_process_chunk, stage), _chunks(records, CHUNK_SIZE), jobs):
        yield from chunk


def _on_workers(work: Callable[[Any], Any], tasks: Iterable[Any], jobs: int) -> Iterator[Any]:
    """``work`` on each of ``tasks``, in ``jobs`` processes (`bdtools.workers`); the results in order."""
    return on_workers(work, tasks, jobs, multiprocessing.get_context(start_method()))


def run(
    paths: Paths, jobs: int = 1, tally: Tally | None = None, threshold: float = NEAR_THRESHOLD,
    streaming: bool = False, state: str | None = None,
) -> Iterator[Record]:
    """read, clean, separate, dates, dedup and emit in one process (or ``jobs`` for the page stages); ``paths`` as
    `bdtools.ingest.read` takes them. An input that cannot be read gives no record: ``tally`` keeps its Reject.

    >>> tally = Tally()
    >>> [(record["kind"], record["published"]) for record in run(["samples/001_b5f1e6c3974f0a2e.txt"], tally=tally)]
    [('article', '2022-01-05T16:00:00+07:00')]
    >>> tally.records_in
    1
    """
    for record in dedup_of_unique_ids(prepared_records(paths, jobs, tally), threshold, streaming, state):
        yield emit(record)


def staged(
    paths: Paths, jobs: int = 1, tally: Tally | None = None, stage: Callable[[Record], Any] = process,
) -> Iterator[Any]:
    """The records of ``paths``, each through ``stage`` on ``jobs`` processes, in input order; ``tally``
    counts them and keeps the rejects. Each process reads the page files it is given; the main one reads
    every other input (`bdtools.ingest.inputs`).

    >>> tally = Tally()
    >>> [record["kind"] for record in staged(["samples/00[01]*.txt", "no/such/file.txt"], tally=tally)]
    ['listing', 'article']
    >>> tally.records_in, [reject.reason for reject in tally.rejects]
    (3, ['cannot read: No such file or directory'])
    """
    tally = tally if tally is not None else Tally()
    through_batch = functools.partial(_through_batch, stage)
    if jobs <= 1:
        batches = map(through_batch, _page_batches(inputs(paths), BATCH_SIZE))
    else:
        batches = _on_workers(through_batch, _chunks(inputs(paths), CHUNK_SIZE), jobs)
    for results in batches:
        yield from records_only(results, tally)


def _page_batches(items: Iterable[str | Record | Reject], size: int) -> Iterator[list[str | Record | Reject]]:
    """Consecutive page files (their paths) in batches of up to ``size``; any other item alone, as soon as it
    comes (a record read from stdin is not kept waiting for the next).

    >>> list(_page_batches(["a.txt", "b.txt", "c.txt", {"id": "x"}, "d.txt"], 2))
    [['a.txt', 'b.txt'], ['c.txt'], [{'id': 'x'}], ['d.txt']]
    """
    batch: list[str | Record | Reject] = []
    for item in items:
        if not isinstance(item, str):
            if batch:
                yield batch
            batch = []
            yield [item]
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def staged_lines(
    paths: Paths, jobs: int = 1, tally: Tally | None = None, stage: Callable[[Record], Written] = written,
) -> Iterator[Written]:
    """`staged` for a stage that ends in a written line (a stage command's): under ``jobs`` > 1 each worker
    keeps its lines in a file of its own (`bdtools.kept_lines`) and sends their places, read back here in
    order. Through the pipes the lines (about 1 MB a task of 64 pages) were copied three times over, and a
    worker writing one after Ctrl-C could block the pool's ending for good.

    >>> from bdtools.lines import written_after
    >>> [item.kind for item in staged_lines(["samples/"], jobs=2, stage=functools.partial(written_after, clean))]
    ['listing', 'article', 'article', 'article', 'article']
    """
    if jobs <= 1:
        yield from staged(paths, jobs, tally, stage)
        return
    with worker_files() as (folder, kept):
        for item in staged(paths, jobs, tally, functools.partial(_kept_written, folder, stage)):
            yield item._replace(line=kept.read(item.line))


def prepared_records(paths: Paths, jobs: int = 1, tally: Tally | None = None) -> Iterator[Prepared]:
    """`staged` through `prepare`: each record's bytes and fingerprint, in input order, what dedup reads.
    Under ``jobs`` > 1 each worker keeps the bytes in a file of its own (`kept_after`), read back here
    as they come, as `staged_lines` does with lines.

    >>> import marshal
    >>> [marshal.loads(item.data)["kind"] for item in prepared_records(["samples/00[01]*.txt"], jobs=2)]
    ['listing', 'article']
    """
    if jobs <= 1:
        yield from staged(paths, jobs, tally, PREPARE_STEPS)
        return
    with worker_files() as (folder, kept):
        for item in staged(paths, jobs, tally, kept_after(folder, PREPARE_STEPS)):
            yield Prepared(kept.read(item.data), item.fingerprint)


@contextlib.contextmanager
def worker_files() -> Iterator[tuple[str, KeptLines]]:
    """A temporary folder for the workers' files of kept lines (`bdtools.kept_lines`), and the reader of
    them; both gone at the end.

    >>> with worker_files() as (folder, kept):
    ...     kept.read(keep_line(folder, b"a line"))
    b'a line'
    """
    with tempfile.TemporaryDirectory(prefix="bdtools-lines-") as folder, KeptLines(folder) as kept:
        yield folder, kept


def _kept_written(folder: str, stage: Callable[[Record], Written], record: Record) -> Written:
    """``stage``'s written line kept in this process's file in ``folder``: its place stands for the line."""
    item = stage(record)
    return item._replace(line=keep_line(folder, item.line))


def _through_batch(stage: Callable[[Record], Any], items: list[str | Record | Reject]) -> list[Any]:
    """``stage`` over the records of some input items (page files, read here, or records), in order, a
    `Steps` stage step by step over them all; rejects pass.

    >>> items = ["samples/000_2a2882c010271b55.txt", {"id": "0" * 16, "text": "x"}, "no/such/file.txt"]
    >>> [getattr(item, "reason", None) or item["kind"] for item in _through_batch(page_steps("clean"), items)]
    ['listing', 'unknown', 'cannot read: No such file or directory']
    """
    read_items = [read for item in items for read in (read_path(item) if isinstance(item, str) else (item,))]
    records = [item for item in read_items if not isinstance(item, Reject)]
    done = iter(stage.over(records) if isinstance(stage, Steps) else [stage(record) for record in records])
    return [item if isinstance(item, Reject) else next(done) for item in read_items]


def _line_and_fingerprint(record: Record) -> Prepared:
    return Prepared(line_ahead(record), fingerprint(record))


# `prepare_line` and `prepare` as steps, which ``bdtools run`` and ``bdtools dedup`` take batches of records through.
PREPARE_LINE_STEPS = page_steps(PAGE_STAGES[-1][0]).then(_line_and_fingerprint)
PREPARE_STEPS = page_steps(PAGE_STAGES[-1][0]).then(prepare_for_dedup)


def prepare_line(record: Record) -> Prepared:
    """All page stages on one record, then dedup's per-record work and the record's output line with
    holes for dedup's decision (`bdtools.lines.line_ahead`): what ``bdtools run`` does where the page stages run.

    >>> import marshal
    >>> prepared = prepare_line({"id": "0" * 16, "text": "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead."})
    >>> prepared.fingerprint.kind, len(marshal.loads(prepared.data)[0]) - 1  # holes: the body's "of" and "dup"
    ('article', 2)
    """
    return PREPARE_LINE_STEPS(record)


def kept_after(folder: str, prepare_here: Steps) -> Steps:
    """``prepare_here`` (`PREPARE_LINE_STEPS`, `PREPARE_STEPS`), then its bytes kept in this process's file in
    ``folder`` (`bdtools.kept_lines`): what a ``--jobs N`` worker sends back is their place and the fingerprint.

    >>> import marshal, os, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     kept = kept_after(folder, PREPARE_LINE_STEPS)({"id": "0" * 16, "text": "A title"})
    ...     process, offset, size = marshal.loads(kept.data)
    ...     process == os.getpid(), offset, size == os.path.getsize(os.path.join(folder, str(process)))
    (True, 0, True)
    """
    return prepare_here.then(functools.partial(_kept_prepared, folder))


def _kept_prepared(folder: str, prepared: Prepared) -> Prepared:
    return Prepared(keep_line(folder, prepared.data), prepared.fingerprint)


def run_lines(
    paths: Paths, jobs: int = 1, tally: Tally | None = None, threshold: float = NEAR_THRESHOLD,
    streaming: bool = False, state: str | None = None,
) -> Iterator[Written]:
    """`run`'s records as written lines (``bdtools run``): in batch mode each line is made beside the
    page stages, and dedup's decision filled in after (`bdtools.lines`), the same bytes.

    >>> [item.kind for item in run_lines(["samples/"], jobs=1)]
    ['listing', 'article', 'article', 'article', 'article']
    """
    if streaming:
        yield from map(written, run(paths, jobs, tally, threshold, streaming, state))
        return
    yield from _decided_lines(paths, jobs, tally, threshold, state, PREPARE_LINE_STEPS, finished_line)


def dedup_lines(
    paths: Paths, jobs: int = 1, tally: Tally | None = None, threshold: float = NEAR_THRESHOLD,
    streaming: bool = False, state: str | None = None,
) -> Iterator[Written]:
    """``bdtools dedup``'s records as written lines: the page stages a record has not been through, then
    dedup, in input order; in batch mode under ``jobs`` > 1 the workers keep the records' bytes.

    >>> [(item.kind, item.status) for item in dedup_lines(["samples/001_b5f1e6c3974f0a2e.txt"], jobs=2)]
    [('article', 'unique')]
    """
    if streaming:
        yield from map(written, dedup_of_unique_ids(prepared_records(paths, jobs, tally), threshold, streaming, state))
        return
    yield from _decided_lines(paths, jobs, tally, threshold, state, PREPARE_STEPS, _settled_line)


def _decided_lines(
    paths: Paths, jobs: int, tally: Tally | None, threshold: float, state: str | None,
    prepare_here: Steps, finish: Callable[[bytes, Decision], Written],
) -> Iterator[Written]:
    """Batch dedup of what ``prepare_here`` made of each record, ``finish`` making each one's line from
    its bytes and decision. Under ``jobs`` > 1 the workers keep the bytes (15.7 KB a generated page of
    output line): through the pipes they were copied three times over, then spilled by this process,
    which read them back from its spill as it now reads the workers' files."""
    with contextlib.ExitStack() as resources:
        stage, data_of = prepare_here, _as_spilled
        if jobs > 1:
            folder, kept = resources.enter_context(worker_files())
            stage, data_of = kept_after(folder, prepare_here), kept.read
        # Under --jobs the workers' cores are idle in the decision step: a forked copy may take some of it.
        for data, decision in decided(staged(paths, jobs, tally, stage), threshold, state, helped=jobs > 1):
            yield finish(data_of(data), decision)


def _settled_line(data: bytes, decision: Decision) -> Written:
    return written(settled_record(data, decision))


def _as_spilled(data: bytes) -> bytes:
    return data
