"""Ids are unique in an output: a downstream index keyed by ``id`` loses no record, and every ``of`` and
``cluster`` names one record. A JSONL line whose own id an earlier JSONL record has gets an id made from
its place; records of ours keep theirs, as every stage passes them on; a file named twice is a reject."""

from __future__ import annotations

import glob
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
    """Two JSONL files that share ids, between page files that the workers read."""
    second = tmp_path / "second.jsonl"
    second.write_text(recrawl.read_text(encoding="utf-8"), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        finished = run_cli("run", str(SAMPLE_FILES[0]), str(recrawl), str(SAMPLE_FILES[1]), str(second), str(SAMPLE_FILES[2]),
                           "--jobs", jobs, "-o", str(out))
        assert finished.returncode == 0, finished.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert_ids_unique_and_named([json.loads(line) for line in outputs[0].splitlines()])


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


def test_our_records_given_twice_keep_their_ids_and_the_second_is_exact_of_the_first(tmp_path):
    """Records of ours are passed on as they are, as every stage passes them on: dedup marks a record met
    again under its id a copy of it, as it marks a page a state file remembers."""
    records_file, copy, out = tmp_path / "records.jsonl", tmp_path / "copy.jsonl", tmp_path / "out.jsonl"
    run_cli("run", str(SAMPLES), "-o", str(records_file))
    copy.write_text(records_file.read_text(encoding="utf-8"), encoding="utf-8")
    finished = run_cli("dedup", str(records_file), str(copy), "-o", str(out))
    assert finished.returncode == 0 and "Traceback" not in finished.stderr
    records = output_records(out)
    first, again = records[: len(SAMPLE_FILES)], records[len(SAMPLE_FILES):]
    assert [record["id"] for record in first] == [record["id"] for record in again]
    assert [record["dup"] for record in again] == [
        {"status": "exact", "of": record["id"], "score": 1.0, "cluster": record["id"]} for record in first
    ]


def piped(paths: list[str]) -> bytes:
    """The stages one by one, as the README chains them."""
    stages = [["read", *paths], ["clean", "-"], ["separate", "-"], ["dates", "-"], ["dedup", "-"], ["emit", "-"]]
    data = b""
    for stage in stages:
        data = subprocess.run([sys.executable, "-m", "bdtools", *stage, "-q"], input=data, cwd=REPO,
                              capture_output=True, check=True).stdout
    return data


def test_run_and_the_piped_stages_agree_when_ids_repeat(tmp_path):
    """A JSONL line that repeats the id made for a line before it (renamed, both ways), and one that repeats a
    page file's id (kept, both ways: neither way reads the page's id before it writes)."""
    page_id = output_records_of(run_cli("run", str(SAMPLE_FILES[1]), "-q").stdout)[0]["id"]
    first = {"text": sample_text("003")}
    made = ingest.record_id(str(tmp_path / "crawl.jsonl"), 1, first["text"].encode())
    lines = [first, {"id": made, "text": sample_text("004")}, {"id": page_id, "text": sample_text("002")}]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    names = [str(SAMPLE_FILES[1]), str(crawl)]
    by_run = run_cli("run", *names, "-q").stdout.encode()
    assert by_run == piped(names)
    records = output_records_of(by_run.decode())
    assert records[2]["extra"] == {"id": made} and records[2]["id"] != made
    assert records[3]["id"] == page_id == records[0]["id"]


def test_run_and_the_piped_stages_agree_when_a_jsonl_line_takes_a_page_id_before_the_page(tmp_path):
    """The page after the line: `clean -` reads the page's record, of another source, after the line's with its id;
    it was renamed there, where `run`'s workers read the page and nothing compares its id. Both keep it."""
    page_id = output_records_of(run_cli("run", str(SAMPLE_FILES[1]), "-q").stdout)[0]["id"]
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps({"id": page_id, "text": sample_text("002")}, ensure_ascii=False) + "\n", encoding="utf-8")
    names = [str(crawl), str(SAMPLE_FILES[1])]
    by_run = run_cli("run", *names, "-q").stdout.encode()
    assert by_run == piped(names)
    assert [record["id"] for record in output_records_of(by_run.decode())] == [page_id, page_id]


def test_a_crawler_line_does_not_keep_the_id_of_a_page_record_of_ours_read_before_it(tmp_path):
    """A page file's record of ours is compared with no other record of ours, but its id is still taken: a foreign
    line that gives it is renamed, as before."""
    [page] = ingest.read([str(SAMPLE_FILES[1])])
    records = tmp_path / "records.jsonl"
    crawl = {"id": page["id"], "text": sample_text("002")}
    records.write_text(json.dumps(page, ensure_ascii=False) + "\n" + json.dumps(crawl, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    ours, line = ingest.read([str(records)])
    assert ours["id"] == page["id"] and line["extra"] == {"id": page["id"]}
    assert line["id"] == ingest.record_id(str(records), 2, crawl["text"].encode("utf-8"))


# A crawler's line and the record of ours read from it (same `source.sha256`), in an order: which keep the line's id.
# One source's copies keep it in either order (the line after its record was renamed, `duplicate_id`); a copy of the
# line itself is renamed, as every foreign line whose own id an earlier line has.
LINE_AND_ITS_RECORD_ORDERS = {
    "the line, then its record": (["line", "record"], [True, True]),
    "its record, then the line": (["record", "line"], [True, True]),
    "its record, the line, then the line again": (["record", "line", "line"], [True, True, False]),
    "the line, the line again, then its record": (["line", "line", "record"], [True, False, True]),
}


@pytest.mark.parametrize("order", LINE_AND_ITS_RECORD_ORDERS)
def test_a_crawler_line_and_its_own_record_keep_its_id_in_either_order(order, tmp_path):
    kinds, kept = LINE_AND_ITS_RECORD_ORDERS[order]
    line = {"id": "https://example.vn/1", "url": "https://example.vn/1", "text": sample_text("003")}
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    [record] = ingest.read([str(crawl)])
    given = {"line": line, "record": record}
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("".join(json.dumps(given[kind], ensure_ascii=False) + "\n" for kind in kinds), encoding="utf-8")
    read = list(ingest.read([str(mixed)]))
    assert [item["id"] == line["id"] for item in read] == kept
    assert [[w["code"] for w in item.get("warnings", [])] for item in read] == [[] if k else ["duplicate_id"] for k in kept]


def output_records_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


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
    """The files one name gives alone: the file, a directory's files, or a glob's."""
    if os.path.isdir(name):
        return [os.path.join(root, file) for root, _, files in os.walk(name) for file in files if not file.startswith(".")]
    return glob.glob(name) or [name]


def test_a_missing_file_under_a_folder_named_before_is_no_file_named_twice(tmp_path):
    (tmp_path / "page.txt").write_text(sample_text("001"), encoding="utf-8")
    finished = run_cli("run", str(tmp_path), str(tmp_path / "gone.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert finished.returncode == 1
    assert f"bdtools: {tmp_path / 'gone.txt'}: cannot read: No such file or directory" in finished.stderr.splitlines()


def test_links_to_a_file_or_a_folder_named_before_are_named_twice(tmp_path):
    """By device and inode: a symbolic link to a folder walked before, one to a file named before, a hard link."""
    folder, other = tmp_path / "d", tmp_path / "e"
    folder.mkdir()
    other.mkdir()
    (other / "x.txt").write_text(sample_text("001"), encoding="utf-8")
    (folder / "link").symlink_to(other, target_is_directory=True)
    os.link(other / "x.txt", tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(other / "x.txt")
    items = list(ingest.named_files([str(folder), str(other), str(other / "x.txt"), str(tmp_path / "hard.txt"),
                                     str(tmp_path / "soft.txt")]))
    assert items[0] == str(folder / "link" / "x.txt")
    assert [getattr(item, "reason", None) for item in items[1:]] == ["named twice: read once"] * 4


def test_many_file_names_cost_one_status_a_name(monkeypatch):
    """A shell glob gives thousands of names: each is looked at once (no real path of it, no walk up its folders)."""
    looked = []
    original = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *args, **kwargs: looked.append(path) or original(path, *args, **kwargs))
    names = [str(path) for path in SAMPLE_FILES]
    assert list(ingest.named_files(names)) == names
    assert len(looked) == len(names)


def test_a_link_named_after_its_files_folder_was_walked_is_named_twice(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "x.txt").write_text(sample_text("001"), encoding="utf-8")
    (tmp_path / "soft.txt").symlink_to(folder / "x.txt")
    items = list(ingest.named_files([str(folder), str(tmp_path / "soft.txt")]))
    assert items[0] == str(folder / "x.txt") and items[1].reason == "named twice: read once"


def test_stdin_named_twice_is_read_once_and_reported(tmp_path):
    """``run - -`` read stdin once and said nothing (``1 in``), where a file named twice is reported."""
    rejects = tmp_path / "rejects.jsonl"
    finished = subprocess.run(
        [sys.executable, "-m", "bdtools", "run", "-", "-", "--rejects", str(rejects)],
        input=sample_text("001").encode("utf-8"), capture_output=True, cwd=REPO, timeout=300,
    )
    assert len(finished.stdout.splitlines()) == 1
    assert [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()] == [
        {"path": "-", "line": None, "reason": "named twice: read once", "raw": None}
    ]


@pytest.fixture(scope="module")
def two_outputs(tmp_path_factory) -> list[pathlib.Path]:
    """The outputs of two crawls that gave one id, `url-1`, to two different pages: run apart, each keeps it."""
    folder = tmp_path_factory.mktemp("two_outputs")
    outputs = []
    for name, sample in (("a", "001"), ("b", "003")):
        crawl, out = folder / f"crawl-{name}.jsonl", folder / f"out-{name}.jsonl"
        crawl.write_text(json.dumps({"id": "url-1", "url": "https://example.vn/1", "text": sample_text(sample)},
                                    ensure_ascii=False) + "\n", encoding="utf-8")
        finished = run_cli("run", str(crawl), "-o", str(out))
        assert finished.returncode == 0 and output_records(out)[0]["id"] == "url-1", finished.stderr
        outputs.append(out)
    return outputs


def run_on(given: str, paths: list[pathlib.Path], *args: str) -> tuple[list[dict], str]:
    """The records and stderr of ``bdtools ARGS`` over ``paths``, named as files or joined on stdin (``-``)."""
    if given == "file":
        names, data = [str(path) for path in paths], b""
    else:
        names, data = ["-"], b"".join(path.read_bytes() for path in paths)
    finished = subprocess.run([sys.executable, "-m", "bdtools", *args, *names], input=data, cwd=REPO, capture_output=True,
                              timeout=300)
    stderr = finished.stderr.decode("utf-8")
    assert finished.returncode == 0 and "Traceback" not in stderr, stderr
    return output_records_of(finished.stdout.decode("utf-8")), stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("given", ["file", "stdin"])
@pytest.mark.parametrize("command", ["run", "dedup"])
def test_our_records_of_other_sources_given_one_id_are_two_records(two_outputs, given, jobs, command):
    """Two outputs of different inputs merged: both records came out `unique` under one id, `url-1`, silently (the
    library's dedup refuses them). The second, of another ``source.sha256``, is another record: its id is made from
    its place as a crawler's taken id is, the warning naming the id it had; its fields are kept."""
    records, stderr = run_on(given, two_outputs, command, "--jobs", jobs, "-q")
    assert_ids_unique_and_named(records)
    first, second = records
    path = str(two_outputs[1]) if given == "file" else "-"
    number = 1 if given == "file" else 2
    assert first["id"] == "url-1"
    assert second["id"] == ingest.record_id(path, number, second["text"].encode("utf-8"))
    assert second["warnings"] == [{"stage": "read", "code": "duplicate_id", "line": None, "message": (
        "an earlier record of another source (source.sha256) has this record's id 'url-1': the record's is made from its place"
    )}]
    assert second["extra"] == {"url": "https://example.vn/1"} and second["source"] == output_records(two_outputs[1])[0]["source"]
    assert [record["dup"]["status"] for record in records] == ["unique", "unique"]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("given", ["file", "stdin"])
def test_our_record_given_twice_keeps_its_id_on_stdin_too(two_outputs, given, jobs, tmp_path):
    """A copy of one output (the same ``source.sha256``) is the same record: it keeps its id, `exact` of the first."""
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(two_outputs[0].read_bytes())
    records, _ = run_on(given, [two_outputs[0], copy], "dedup", "--jobs", jobs, "-q")
    assert [record["id"] for record in records] == ["url-1", "url-1"]
    assert records[1]["dup"] == {"status": "exact", "of": "url-1", "score": 1.0, "cluster": "url-1"}
    assert "warnings" not in records[1] or not records[1]["warnings"]
