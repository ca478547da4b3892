"""The command line as a user meets it: help, version, parse-date, explain, pipes and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bdtools import __version__
from bdtools.cli import cli
from bdtools.pipeline import run

from conftest import REPO

COMMANDS = ("read", "clean", "separate", "dates", "dedup", "emit", "run", "explain", "parse-date", "schema", "stats")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"bdtools {command}" in result.output


def test_version(runner):
    assert runner.invoke(cli, ["--version"]).output.strip() == f"bdtools, version {__version__}"


def test_parse_date_arguments_and_empty_line_for_no_date(runner):
    result = runner.invoke(cli, ["parse-date", "Thứ 4, Ngày 05/01/2022, 16:00", "24/7", "Thứ 5, Ngày 16/05/2019"])
    assert result.stdout.split("\n") == ["2022-01-05T16:00:00+07:00", "", "2019-05-16", ""]


def test_parse_date_reads_stdin_and_ref(runner):
    result = runner.invoke(cli, ["parse-date", "--ref", "2022-01-05"], input="December 30\nOn the afternoon of January 3\n")
    assert result.stdout.splitlines() == ["2021-12-30", "2022-01-03"]


def test_parse_date_json(runner):
    result = runner.invoke(cli, ["parse-date", "--json", "Thứ 3, Ngày 05/01/2022, 16:00", "nothing"])
    first, second = map(json.loads, result.stdout.splitlines())
    assert first["value"] == "2022-01-05T16:00:00+07:00" and first["weekday_ok"] is False
    assert first["precision"] == "minute" and first["span"] == [0, 29]
    assert second == {"input": "nothing", "value": None}


def test_parse_date_reads_a_header_as_run_does(runner, tmp_path):
    """An American header read day first by parse-date ("Sunday, 2/6/2022" as 2 June, a wrong weekday), month first by run."""
    header = "Sunday, 2/6/2022 9:15 AM"
    (tmp_path / "page.txt").write_text(f"{header}\nA title\n\nPORTAL - The board met.\n", encoding="utf-8")
    (record,) = run([str(tmp_path / "page.txt")])
    result = runner.invoke(cli, ["parse-date", "--json", header])
    assert json.loads(result.stdout)["value"] == record["published"] == "2022-02-06T09:15:00+07:00"


def test_parse_date_bad_ref_is_a_usage_error(runner):
    result = runner.invoke(cli, ["parse-date", "--ref", "yesterday", "x"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_explain_is_tab_separated_in_line_order(runner, in_repo):
    result = runner.invoke(cli, ["explain", "samples/002_c57f6a351f2965d6.txt"])
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert [row[:3] for row in rows[:4]] == [
        ["1", "date_header", "vi"], ["2", "title", "en"], ["3", "font_size_widget", "mixed"], ["4", "byline", "none"],
    ]
    assert [int(row[0]) for row in rows] == sorted(int(row[0]) for row in rows)


def test_stage_command_on_raw_pages_runs_the_earlier_stages(runner, in_repo):
    result = runner.invoke(cli, ["dates", "samples/001_b5f1e6c3974f0a2e.txt"])
    (record,) = map(json.loads, result.stdout.splitlines())
    assert record["published"] == "2022-01-05T16:00:00+07:00" and record["lang"] == "en"


def test_output_file_and_summary(runner, in_repo, tmp_path):
    target = tmp_path / "sub" / "out.jsonl"
    result = runner.invoke(cli, ["run", "samples/", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5
    assert result.stderr.startswith("bdtools run: 5 in, 5 out (4 article, 1 listing), 0 rejected, 0 duplicates; ")
    assert list(target.parent.iterdir()) == [target]


def test_closed_stdout_ends_quietly():
    command = f"{sys.executable} -m bdtools run samples/ samples/ samples/ | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert json.loads(result.stdout)["kind"] == "listing"


def test_python_dash_m_and_stdin(tmp_path):
    page = (REPO / "samples" / "003_790eb7187b08f3fc.txt").read_bytes()
    result = subprocess.run([sys.executable, "-m", "bdtools", "run", "-", "-q"], input=page, capture_output=True, check=True)
    (record,) = map(json.loads, result.stdout.decode().splitlines())
    assert record["source"]["path"] == "-" and record["views"] == 25


@pytest.mark.parametrize("command", ["read", "clean", "separate", "dates", "dedup", "emit", "run", "stats"])
def test_a_command_without_paths_reads_stdin(runner, command):
    page = (REPO / "samples" / "003_790eb7187b08f3fc.txt").read_text(encoding="utf-8")
    result = runner.invoke(cli, [command, "-q"] if command != "stats" else [command, "--json"], input=page)
    assert result.exit_code == 0, result.output
    if command == "stats":
        assert json.loads(result.stdout)["records"] == 1
    else:
        (record,) = map(json.loads, result.stdout.splitlines())
        assert record["source"]["path"] == "-"


@pytest.mark.parametrize("count", [1, 1024, 1025, 2049])
def test_every_reject_is_told_on_a_line_of_its_own_in_order(runner, tmp_path, count):
    # The lines go to stderr REJECT_LINES_AT_ONCE to an echo: none lost or joined at a chunk's edge.
    path = tmp_path / "truth.jsonl"
    path.write_text("".join(f'{{"id": "{number}"}}\n' for number in range(count)), encoding="utf-8")
    result = runner.invoke(cli, ["read", str(path), "-o", str(tmp_path / "out.jsonl")])
    told = result.stderr.splitlines()
    assert told[:-1] == [f"bdtools: {path}:{number}: no string field 'text'" for number in range(1, count + 1)]
    assert told[-1].startswith(f"bdtools read: {count} in, 0 out, {count} rejected")
