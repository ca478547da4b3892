"""``--jobs``: the workers read the page files themselves; the output, the counts and the rejects do not change."""

from __future__ import annotations

import functools
import gzip
import json
import marshal
import os
import subprocess
import sys
import tempfile
import threading

import pytest

from bdtools import ingest, pipeline
from bdtools.ingest import inputs
from bdtools.lines import written, written_after
from bdtools.pipeline import Tally, prepare_line, process, staged, start_method

from conftest import REPO, SAMPLE_FILES, SAMPLES, sample_text


@pytest.fixture
def mixed_inputs(tmp_path):
    """Page files, a JSONL file (gzipped too), a page file that holds JSONL, a missing file and a binary one.
    The first sample is named twice (alone, then in its folder), and the JSONL lines come three times
    with their own ids."""
    records = [{"id": f"{number:016x}", "text": sample_text(prefix)} for number, prefix in enumerate(("001", "003"))]
    jsonl = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records) + "[1]\n"
    (tmp_path / "crawl.jsonl").write_text(jsonl, encoding="utf-8")
    (tmp_path / "crawl.jsonl.gz").write_bytes(gzip.compress(jsonl.encode()))
    (tmp_path / "dump.dat").write_text(jsonl, encoding="utf-8")  # JSONL by its head, not its name
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return [
        str(SAMPLE_FILES[0]), str(tmp_path / "crawl.jsonl"), str(tmp_path / "missing.txt"), str(SAMPLES),
        str(tmp_path / "image.txt"), str(tmp_path / "crawl.jsonl.gz"), str(tmp_path / "dump.dat"),
    ]


def test_inputs_give_page_files_as_paths_and_the_rest_as_records(mixed_inputs):
    items = list(inputs(mixed_inputs))
    paths = [item for item in items if isinstance(item, str)]
    assert paths == [mixed_inputs[0], *map(str, SAMPLE_FILES[1:]), mixed_inputs[4]]
    read_here = [getattr(item, "reason", None) or item["id"] for item in items if not isinstance(item, str)]
    jsonl = ["0000000000000000", "0000000000000001", "not a JSON object"]
    # The lines given again keep their own ids under extra, and get ids made from their places.
    again = [(path, number, prefix) for path in mixed_inputs[5:] for number, prefix in ((1, "001"), (2, "003"))]
    made = [ingest.record_id(path, number, sample_text(prefix).encode()) for path, number, prefix in again]
    assert read_here == [
        *jsonl, "cannot read: No such file or directory", "named twice: read once",
        made[0], made[1], "not a JSON object", made[2], made[3], "not a JSON object",
    ]
    extras = [item["extra"] for item in items if isinstance(item, dict) and "extra" in item]
    assert extras == [{"id": "0000000000000000"}, {"id": "0000000000000001"}] * 2


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of two inputs: every test input is split among the workers, out of step with one another."""
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 2)


@pytest.mark.parametrize("stage", [process, prepare_line, pipeline.PREPARE_LINE_STEPS])
def test_two_jobs_give_what_one_gives_with_the_same_counts_and_rejects(mixed_inputs, small_chunks, stage):
    results = {}
    for jobs in (1, 2):
        tally = Tally()
        made = list(staged(mixed_inputs, jobs, tally, stage))
        results[jobs] = (made, tally.records_in, list(tally.rejects))
    assert results[1] == results[2]
    made, records_in, rejects = results[1]
    # Records: a sample, the 2 of each JSONL input (three of them) and the 4 other samples of the folder;
    # rejects: the three JSONL inputs' bad lines, the missing file, the sample named twice and the binary file.
    assert (len(made), records_in) == (11, 17)
    assert [(reject.path.rsplit("/", 1)[-1], reject.reason.split(":")[0]) for reject in rejects] == [
        ("crawl.jsonl", "not a JSON object"), ("missing.txt", "cannot read"), (SAMPLE_FILES[0].name, "named twice"),
        ("image.txt", "binary data (NUL bytes)"), ("crawl.jsonl.gz", "not a JSON object"), ("dump.dat", "not a JSON object"),
    ]


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_steps_over_batches_give_what_the_stage_gives_each_record(mixed_inputs, monkeypatch, batch_size):
    """A batch goes through `Steps` a step at a time: the same records as a call a record, whatever the
    stages each record has been through already, and the same as `prepare_line` and `prepare`."""
    def held(stage):  # the records and fingerprints a prepare stage gives
        return [(marshal.loads(item.data), item.fingerprint) for item in staged(mixed_inputs, 1, Tally(), stage)]

    expected_prepared = held(pipeline.prepare)
    monkeypatch.setattr(pipeline, "BATCH_SIZE", batch_size)
    records = list(staged(mixed_inputs, 1, Tally(), functools.partial(pipeline.through, stage_name="clean")))
    records += list(staged(mixed_inputs, 1, Tally(), functools.partial(pipeline.through, stage_name="dates")))
    for name, _, _ in pipeline.PAGE_STAGES:
        expected = [pipeline.through(marshal.loads(marshal.dumps(record)), name) for record in records]
        assert pipeline.page_steps(name).over([marshal.loads(marshal.dumps(record)) for record in records]) == expected
    lines = list(staged(mixed_inputs, 1, Tally(), prepare_line))
    assert list(staged(mixed_inputs, 1, Tally(), pipeline.PREPARE_LINE_STEPS)) == lines
    # A record's marshal bytes mark the objects other references share (the caches' strings), which depends on
    # what else is alive: the records they hold are compared.
    assert held(pipeline.PREPARE_STEPS) == expected_prepared


def test_the_main_process_reads_no_page_file(mixed_inputs, small_chunks, monkeypatch):
    opened = []
    original = ingest._read_bytes
    monkeypatch.setattr(ingest, "_read_bytes", lambda path: opened.append(path) or original(path))
    list(staged(mixed_inputs, 2, Tally(), process))
    # Forked or spawned, the workers' reads are not seen here: only the inputs that are not page files.
    assert opened == [mixed_inputs[1], mixed_inputs[2], mixed_inputs[5], mixed_inputs[6]]
    opened.clear()
    list(staged(mixed_inputs, 1, Tally(), process))
    assert len(opened) == 10  # one process reads all: the 7 named inputs, the folder's 4 samples not read already


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_pipe_open_only_in_the_main_process_is_read_there(method, monkeypatch):
    monkeypatch.setattr(pipeline, "start_method", lambda: method)
    reading, writing = os.pipe()
    with os.fdopen(writing, "wb") as stream:
        stream.write(sample_text("001").encode())
    try:
        made = list(staged([f"/dev/fd/{reading}"], 2, tally := Tally(), process))
    finally:
        os.close(reading)
    assert ([record["kind"] for record in made], list(tally.rejects)) == (["article"], [])


def test_workers_fork_on_linux_with_one_thread_and_spawn_beside_other_threads(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert start_method() == ("fork" if sys.platform.startswith("linux") else "spawn")
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert start_method() == "spawn"


def test_spawned_workers_give_the_same_records(mixed_inputs, small_chunks, monkeypatch):
    monkeypatch.setattr(pipeline, "start_method", lambda: "spawn")
    expected = [written(record) for record in staged(mixed_inputs, 1, Tally(), process)]
    assert [written(record) for record in staged(mixed_inputs, 2, Tally(), process)] == expected


def test_run_with_two_jobs_writes_the_same_bytes_summary_and_rejects(mixed_inputs, tmp_path):
    outputs = {}
    for jobs in ("1", "2"):
        target, rejects = tmp_path / f"out{jobs}.jsonl", tmp_path / f"rejects{jobs}.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "bdtools", "run", *mixed_inputs, "--jobs", jobs, "-o", str(target), "--rejects", str(rejects)],
            capture_output=True, text=True, cwd=REPO, check=False,
        )
        summary = done.stderr.strip().splitlines()[-1].rsplit(";", 1)[0]  # without the time and rate
        outputs[jobs] = (done.returncode, target.read_bytes(), rejects.read_bytes(), summary)
    assert outputs["1"] == outputs["2"]
    assert outputs["1"][0] == 1  # a file could not be read
    assert outputs["1"][3].startswith("bdtools run: 17 in, 11 out")


@pytest.mark.parametrize("lines_of", ["run_lines", "dedup_lines"])
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_two_jobs_keep_the_lines_in_the_workers_and_leave_no_file(
    mixed_inputs, small_chunks, monkeypatch, tmp_path, method, lines_of,
):
    """Under ``--jobs 2`` each worker keeps its records' output lines (``run``) or bytes (``dedup``) in a file
    of its own and sends back where they are (`bdtools.kept_lines`): the same lines, places of a few bytes
    through the pipes where the lines took kilobytes, and no file left after the run."""
    monkeypatch.setattr(pipeline, "start_method", lambda: method)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporary"))
    (tmp_path / "temporary").mkdir()
    received: dict[int, list[int]] = {1: [], 2: []}
    deciding = pipeline.decided

    def watched(items, *arguments, **keywords):
        return deciding((received[jobs].append(len(item.data)) or item for item in items), *arguments, **keywords)

    monkeypatch.setattr(pipeline, "decided", watched)
    lines = {}
    for jobs in (1, 2):
        lines[jobs] = [line.line for line in getattr(pipeline, lines_of)(mixed_inputs, jobs=jobs)]
    assert lines[1] == lines[2] and len(lines[1]) == 11
    assert max(received[2]) < 30 < 1000 < min(received[1])
    assert list((tmp_path / "temporary").iterdir()) == []


@pytest.mark.parametrize("lines_of", ["run_lines", "dedup_lines"])
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_streaming_dedup_keeps_the_bytes_in_the_workers_too(mixed_inputs, small_chunks, monkeypatch, tmp_path, method, lines_of):
    """``--streaming`` under ``--jobs 2`` reads its records' bytes from the workers' files too
    (`pipeline.prepared_records`): the same lines as one process writes, places through the pipes."""
    monkeypatch.setattr(pipeline, "start_method", lambda: method)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporary"))
    (tmp_path / "temporary").mkdir()
    sent: dict[int, list[int]] = {1: [], 2: []}
    staging = pipeline.staged

    def watched(paths, jobs, *arguments):
        return (sent[jobs].append(len(item.data)) or item for item in staging(paths, jobs, *arguments))

    monkeypatch.setattr(pipeline, "staged", watched)
    lines = {jobs: [item.line for item in getattr(pipeline, lines_of)(mixed_inputs, jobs, streaming=True)] for jobs in (1, 2)}
    assert lines[1] == lines[2] and len(lines[1]) == 11
    assert max(sent[2]) < 30 < 1000 < min(sent[1])
    assert list((tmp_path / "temporary").iterdir()) == []


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_stage_commands_keep_their_lines_in_the_workers_too(mixed_inputs, small_chunks, monkeypatch, tmp_path, method):
    """A stage command's written lines (`staged_lines`) are kept in the workers' files under ``--jobs 2``:
    the same items as one process makes, places through the pipes, and no file left after the run."""
    monkeypatch.setattr(pipeline, "start_method", lambda: method)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporary"))
    (tmp_path / "temporary").mkdir()
    stage = functools.partial(written_after, functools.partial(pipeline.through, stage_name="dates"))
    sent: list[int] = []
    staging = pipeline.staged

    def watched(*arguments):
        return (sent.append(len(item.line)) or item for item in staging(*arguments))

    made = {jobs: list(pipeline.staged_lines(mixed_inputs, jobs, Tally(), stage)) for jobs in (1, 2)}
    monkeypatch.setattr(pipeline, "staged", watched)
    assert list(pipeline.staged_lines(mixed_inputs, 2, Tally(), stage)) == made[2] == made[1] and len(made[1]) == 11
    assert max(sent) < 30 < 1000 < min(len(item.line) for item in made[1])
    assert list((tmp_path / "temporary").iterdir()) == []
