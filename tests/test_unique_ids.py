"""Ids are unique in an output: a downstream index keyed by ``id`` loses no record, and every ``of`` and
``cluster`` names one record. A JSONL line whose own id an earlier line has gets an id made from its
place; a record of ours given twice, or a file named twice, is a reject."""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

from bdtools import ingest

from conftest import REPO, SAMPLE_FILES, SAMPLES, sample_text


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bdtools", *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def output_records(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_ids_unique_and_named(records: list[dict]) -> None:
    """Each id once; each ``of`` and ``cluster`` an id of the output."""
    ids = [record["id"] for record in records]
    assert len(set(ids)) == len(ids)
    named = {record["dup"]["of"] for record in records} | {record["dup"]["cluster"] for record in records}
    named |= {block["of"] for record in records for block in record["blocks"] or []}
    assert named - {None} <= set(ids)


@pytest.fixture
def recrawl(tmp_path: pathlib.Path) -> pathlib.Path:
    """A crawler's JSONL that names pages by their URL: an article crawled twice (its view count grew), and
    another article given the same id by mistake."""
    first, other = sample_text("003"), sample_text("001")
    again = re.sub(r"(Views:\s+)(\d+)", r"\g<1>1\2", first)
    assert again != first
    lines = [{"id": "url-1", "url": "https://example.vn/1", "text": first},
             {"id": "url-2", "url": "https://example.vn/2", "text": other},
             {"id": "url-1", "url": "https://example.vn/1", "text": again},
             {"id": "url-2", "url": "https://example.vn/3", "text": other.replace("PORTAL", "BEGIC", 1)}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_line_whose_own_id_is_taken_gets_one_of_its_place_and_keeps_its_own_under_extra(recrawl, tmp_path, jobs):
    out = tmp_path / "out.jsonl"
    finished = run_cli("run", str(recrawl), "--jobs", jobs, "-o", str(out))
    assert finished.returncode == 0, finished.stderr
    records = output_records(out)
    assert_ids_unique_and_named(records)
    assert [record["id"] for record in records[:2]] == ["url-1", "url-2"]
    for number, record in ((3, records[2]), (4, records[3])):
        payload = json.loads(recrawl.read_text(encoding="utf-8").splitlines()[number - 1])["text"].encode()
        assert record["id"] == ingest.record_id(str(recrawl), number, payload)
        assert record["extra"]["id"] == ("url-1" if number == 3 else "url-2")
        assert [warning["code"] for warning in record["warnings"]] == ["duplicate_id"]
    # The recrawl is still linked to the first crawl: the body is the same.
    assert records[2]["dup"]["cluster"] == records[0]["dup"]["cluster"]
    assert "duplicate_id 2" in finished.stderr.splitlines()[-1]


def test_jobs_give_the_same_bytes_with_taken_ids(recrawl, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        run_cli("run", str(recrawl), str(recrawl.with_name("crawl.jsonl")), "--jobs", jobs, "-o", str(out))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_ids_are_unique_across_the_jsonl_inputs_of_a_run(recrawl, tmp_path):
    """A second file whose lines repeat the first's ids (another crawl of the same site)."""
    second = tmp_path / "second.jsonl"
    second.write_text(recrawl.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_cli("run", str(recrawl), str(second), "-o", str(out))
    records = output_records(out)
    assert len(records) == 8
    assert_ids_unique_and_named(records)
    assert sum(record.get("extra", {}).get("id") is not None and "duplicate_id" in str(record["warnings"])
               for record in records) == 6


def test_our_records_given_twice_are_rejects_and_counted(tmp_path):
    out, records_file, rejects = tmp_path / "out.jsonl", tmp_path / "records.jsonl", tmp_path / "rejects.jsonl"
    run_cli("run", str(SAMPLES), "-o", str(records_file))
    (tmp_path / "copy.jsonl").write_text(records_file.read_text(encoding="utf-8"), encoding="utf-8")
    finished = run_cli("dedup", str(records_file), str(tmp_path / "copy.jsonl"), "-o", str(out), "--rejects", str(rejects))
    assert finished.returncode == 0 and "Traceback" not in finished.stderr
    assert output_records(out) == output_records(records_file)
    reasons = [json.loads(line)["reason"] for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert reasons == ["a record with 'source' whose 'id' an earlier record has"] * len(SAMPLE_FILES)
    assert finished.stderr.splitlines()[-1].startswith(f"bdtools dedup: {2 * len(SAMPLE_FILES)} in, {len(SAMPLE_FILES)} out")


@pytest.mark.parametrize("names", [
    ["{folder}", "{folder}/001_b5f1e6c3974f0a2e.txt"],  # a file of a folder named before
    ["{folder}/001_b5f1e6c3974f0a2e.txt", "{folder}"],  # a file named before its folder
    ["{folder}/00[01]*.txt", "{folder}/001_b5f1e6c3974f0a2e.txt"],  # a glob's file
    ["{folder}", "{folder}/./"],  # the same folder by another name
])
def test_a_file_named_twice_is_read_once_and_reported(names, tmp_path):
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    finished = run_cli("run", *[name.format(folder=SAMPLES) for name in names], "-o", str(out), "--rejects", str(rejects))
    records = output_records(out)
    assert_ids_unique_and_named(records)
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert rejected and {reject["reason"] for reject in rejected} == {"named twice: read once"}
    # Each file that the names give is read once: as many records as distinct files, a reject for each repeat.
    given = [os.path.realpath(path) for name in names for path in _files_of(name.format(folder=SAMPLES))]
    assert sorted(os.path.realpath(record["source"]["path"]) for record in records) == sorted(set(given))
    assert len(rejected) == len(given) - len(set(given))
    assert finished.returncode == 0, finished.stderr


def _files_of(name: str) -> list[str]:
    """The files one name gives alone."""
    return list(ingest.expand_paths([name]))


def test_a_missing_file_under_a_folder_named_before_is_no_file_named_twice(tmp_path):
    (tmp_path / "page.txt").write_text(sample_text("001"), encoding="utf-8")
    finished = run_cli("run", str(tmp_path), str(tmp_path / "gone.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert finished.returncode == 1
    assert f"bdtools: {tmp_path / 'gone.txt'}: cannot read: No such file or directory" in finished.stderr.splitlines()


def test_names_that_share_nothing_cost_no_real_path_a_file(monkeypatch):
    real_paths = []
    original = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda path: real_paths.append(path) or original(path))
    files = list(ingest.named_files([str(SAMPLE_FILES[0]), str(REPO / "tests")]))
    assert all(isinstance(file, str) for file in files) and len(files) > 2
    assert len(real_paths) <= 3  # the names, not each file under the folder
