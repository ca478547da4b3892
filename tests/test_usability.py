"""What makes bdtools pleasant from a shell: stats, progress, colours, a CLI reference that cannot drift, DuckDB."""

from __future__ import annotations

import io
import json
import os
import pathlib
import re
import subprocess
import sys
import time

import duckdb
import pytest

from bdtools import __version__
from bdtools.cli import cli
from bdtools.progress import Progress

from conftest import REPO, sample_text, write_variations


@pytest.fixture(scope="module")
def emitted(tmp_path_factory) -> str:
    target = tmp_path_factory.mktemp("out") / "samples.jsonl"
    subprocess.run([sys.executable, "-m", "bdtools", "run", "samples/", "-q", "-o", str(target)], cwd=REPO, check=True)
    return str(target)


def test_stats_table_and_json(runner, emitted):
    table = runner.invoke(cli, ["stats", emitted])
    assert table.exit_code == 0
    assert re.search(r"^  article  4$", table.stdout, re.MULTILINE) and re.search(r"^  2022-01  1$", table.stdout, re.MULTILINE)
    summary = json.loads(runner.invoke(cli, ["stats", "--json", emitted]).stdout)
    assert summary["kinds"] == {"article": 4, "listing": 1} and summary["langs"] == {"en": 5}
    assert summary["published_by_year"] == {"2019": 1, "2020": 1, "2022": 1, "2023": 1}
    assert summary["duplicates"] == {"unique": 5}
    assert summary["views"] == {"pages": 4, "min": 25, "median": 160.0, "mean": 406.2, "max": 1280, "total": 1625}


def test_records_carry_the_version(emitted):
    with open(emitted, encoding="utf-8") as stream:
        assert {json.loads(line)["bdtools_version"] for line in stream} == {__version__}


def test_summary_line_has_counts_time_and_rate(runner, in_repo):
    result = runner.invoke(cli, ["run", "samples/", "-o", "/dev/null"])
    assert re.fullmatch(
        r"bdtools run: 5 in, 5 out \(4 article, 1 listing\), 0 rejected, 0 duplicates; \d+\.\d s, \d+ pages/s\n", result.stderr
    )


def test_progress_shows_count_rate_and_eta_then_clears():
    class Tally:
        records_in = 0

    stream = io.StringIO()
    tally = Tally()
    with Progress(tally, 10, enabled=True, stream=stream):
        for _ in range(5):
            tally.records_in += 1
            time.sleep(0.1)
    shown = stream.getvalue()
    assert re.search(r"\r\d+/10 pages  \d+ pages/s  ETA \d+ s", shown) and shown.endswith("\r\x1b[K")
    quiet = io.StringIO()
    with Progress(tally, 10, enabled=False, stream=quiet):
        time.sleep(0.3)
    assert quiet.getvalue() == ""


def test_writing_to_a_device_leaves_the_device_alone(runner, in_repo):
    assert runner.invoke(cli, ["run", "samples/", "-q", "-o", "/dev/null"]).exit_code == 0
    assert not os.path.isfile("/dev/null") and not list(pathlib.Path("/dev").glob(".bdtools-*"))


def test_no_progress_when_stderr_is_not_a_terminal(in_repo):
    command = [sys.executable, "-m", "bdtools", "run", "samples/", "-o", "/dev/null"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert "\r" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_explain_is_coloured_on_a_terminal_and_plain_when_piped(runner, in_repo):
    page = "samples/003_790eb7187b08f3fc.txt"
    coloured = runner.invoke(cli, ["explain", page], color=True).stdout
    plain = runner.invoke(cli, ["explain", page]).stdout
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, "scripts/cli_reference.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_shell_completion_script_is_generated(in_repo):
    environment = {"_BDTOOLS_COMPLETE": "bash_source", "PATH": str(REPO / ".venv" / "bin")}
    result = subprocess.run([sys.executable, "-m", "bdtools"], env=environment, capture_output=True, text=True)
    assert result.returncode == 0 and "_bdtools_completion()" in result.stdout


def test_duckdb_reads_the_output_and_counts_articles_per_month(emitted):
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")  # as the README's recipe: months in Vietnam time
    columns = connection.execute(f"DESCRIBE SELECT * FROM read_json_auto('{emitted}')").fetchall()
    types = {name: column_type for name, column_type, *_ in columns}
    assert types["published"].startswith("TIMESTAMP")
    rows = connection.execute(
        f"SELECT strftime(published, '%Y-%m') AS month, count(*) FROM read_json_auto('{emitted}') "
        "WHERE kind = 'article' GROUP BY month ORDER BY month"
    ).fetchall()
    assert rows == [("2019-05", 1), ("2020-09", 1), ("2022-01", 1), ("2023-09", 1)]


def test_duckdb_reads_one_type_a_field_across_the_page_family(tmp_path):
    """Over the samples, every generated variation of them, and headers, bylines and credits in their
    other forms, each field reads as one type: a header without a time still gives a timestamp (the day's
    start, with a ``no_time`` warning), a byline with a time still a date, credits all their keys."""
    folder = tmp_path / "pages"
    folder.mkdir()
    write_variations(folder)
    page = sample_text("002")
    forms = {
        "long_header": ("Thứ 5, Ngày 16/05/2019, 15:00", "Thứ Năm, ngày 16 tháng 5 năm 2019"),
        "date_only_header": ("Thứ 5, Ngày 16/05/2019, 15:00", "Ngày 16/05/2019"),
        "timed_byline": ("16/05/2019 | Nguyen Trang", "16-05-2019 11:00 | Nguyen Trang"),
    }
    for name, (old, new) in forms.items():
        assert old in page
        (folder / f"{name}.txt").write_text(page.replace(old, new), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "bdtools", "run", str(folder), "-q", "-o", str(out)], cwd=REPO, check=True)
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
    described = connection.execute(f"DESCRIBE SELECT * FROM read_json_auto('{out}')").fetchall()
    types = {name: column_type for name, column_type, *_ in described}
    assert types["published"] == "TIMESTAMP WITH TIME ZONE" and types["views"] == "BIGINT"
    assert types["byline"] == "STRUCT(date DATE, date_raw VARCHAR, author VARCHAR)"
    # A field no page fills reads as "NULL"; each is there, in order ("source", a keyword, quoted).
    field = r'(\w+|"NULL")'
    keys = ", ".join(rf'"?{key}"? {field}' for key in ("reporter", "translator", "photographer", "editor", "source"))
    assert re.fullmatch(rf"STRUCT\({keys}\)", types["credits"])
    rows = dict(connection.execute(
        f"SELECT regexp_extract(source.path, '([a-z_]+)\\.txt$', 1), strftime(published, '%Y-%m-%d %H:%M') "
        f"FROM read_json_auto('{out}') WHERE source.path LIKE '%header.txt'"
    ).fetchall())
    assert rows == {"long_header": "2019-05-16 00:00", "date_only_header": "2019-05-16 00:00"}
    lines = out.read_text(encoding="utf-8").splitlines()
    records = {pathlib.Path(record["source"]["path"]).stem: record for record in map(json.loads, lines)}
    assert [warning["code"] for warning in records["long_header"]["warnings"]] == ["no_time"]
    assert records["timed_byline"]["byline"]["date"] == "2019-05-16"
