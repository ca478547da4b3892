"""Inputs a shell user hands the stages: an empty pipe, gzip data under any name or on stdin, bad lines for
`explain`, a state file in a folder not made yet (each went wrong once)."""

from __future__ import annotations

import gzip
import json

import pytest

from bdtools.cli import cli

from conftest import SAMPLE_FILES, sample_text


@pytest.mark.parametrize("stage", ["read", "clean", "separate", "dates", "dedup", "emit", "run"])
def test_an_empty_pipe_gives_no_record(runner, stage):
    """A stage after one that wrote nothing (a `read` of an empty folder, a `jq` that matched nothing) made up an
    empty page's record: the piped chain no longer equalled `run`."""
    result = runner.invoke(cli, [stage, "-"], input=b"")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("name", ["page.TXT.GZ", "page_saved_gzipped.txt", "page.txt.gz"])
def test_gzip_data_is_read_whatever_its_file_s_name(runner, tmp_path, name):
    """Only a lower-case ".gz" name was decompressed: the rest were refused as "binary data (NUL bytes)"."""
    (tmp_path / name).write_bytes(gzip.compress(sample_text("001").encode("utf-8")))
    result = runner.invoke(cli, ["run", str(tmp_path / name), "-q"])
    (record,) = map(json.loads, result.stdout.splitlines())
    assert (result.exit_code, record["published"]) == (0, "2022-01-05T16:00:00+07:00")


def test_gzip_data_on_stdin_is_read(runner):
    result = runner.invoke(cli, ["run", "-", "-q"], input=gzip.compress(sample_text("001").encode("utf-8")))
    (record,) = map(json.loads, result.stdout.splitlines())
    assert (result.exit_code, record["published"]) == (0, "2022-01-05T16:00:00+07:00")


def test_gzip_data_cut_short_on_stdin_is_a_reject_not_a_traceback(runner):
    result = runner.invoke(cli, ["run", "-"], input=gzip.compress(b"PORTAL - Lead.")[:12])
    assert (result.exit_code, result.stdout) == (1, "")
    assert "bdtools: -: cannot read: gzip data cut short" in result.stderr.splitlines()


def test_explain_names_every_bad_line_of_a_jsonl_file(runner, tmp_path):
    """Only the first reject was told, without its line number."""
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"text": "BEGIC - A teaser."}\n[1]\n{"text": "x\n', encoding="utf-8")
    result = runner.invoke(cli, ["explain", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"bdtools: {path}:2: not a JSON object", f"bdtools: {path}:3: not JSON: Unterminated string starting at (column 10)",
    ]


def test_a_state_file_s_folder_is_made(runner, tmp_path):
    """A state file in a folder not made yet was "not a usable state file" (an output's folder is made)."""
    state = tmp_path / "new" / "sub" / "state.sqlite"
    result = runner.invoke(cli, ["run", str(SAMPLE_FILES[0]), "-q", "--state", str(state)])
    assert result.exit_code == 0 and state.is_file()
