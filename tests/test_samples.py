"""End to end on the five sample pages: the facts a user checks first."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from bdtools.cli import cli
from bdtools.parsers.page import LABELS
from bdtools.records import SCHEMA

from conftest import REPO, credits_of

EXPECTED = {
    "001": ("2022-01-05T16:00:00+07:00", 1280),
    "002": ("2019-05-16T15:00:00+07:00", 93),
    "003": ("2020-09-14T11:00:00+07:00", 25),
    "004": ("2023-09-18T10:00:00+07:00", 227),
}
CHAIN = ("clean", "separate", "dates", "dedup", "emit")


@pytest.fixture(scope="module")
def run_output() -> str:
    from click.testing import CliRunner

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        result = CliRunner().invoke(cli, ["run", "samples/"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def records(run_output) -> list[dict]:
    return [json.loads(line) for line in run_output.splitlines()]


def by_prefix(records, prefix):
    return next(r for r in records if r["source"]["path"].split("/")[-1].startswith(prefix))


def test_five_records_one_listing_four_articles(records):
    assert [r["kind"] for r in records] == ["listing", "article", "article", "article", "article"]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_published_and_views(records, prefix):
    record = by_prefix(records, prefix)
    assert (record["published"], record["views"]) == EXPECTED[prefix]
    assert record["content_type"] == "Tin Tức Mở Rộng"
    assert record["lang"] == "en"
    assert not record["warnings"]


def test_article_metadata(records):
    first = by_prefix(records, "001")
    assert first["title"].startswith("Destination of")
    assert first["agency"] == "PORTAL"
    assert first["credits"] == credits_of(reporter="Mai Xuan", translator="Nguyen Trang")
    assert by_prefix(records, "002")["byline"] == {"date": "2019-05-16", "date_raw": "16/05/2019", "author": "Nguyen Trang"}
    assert by_prefix(records, "002")["agency"] == "BEGIC"
    assert by_prefix(records, "003")["agency"] == "PORTAL"


def test_listing_metadata(records):
    listing = by_prefix(records, "000")
    assert listing["category"] == "Smart City"
    assert listing["agency"] == "BEGIC"
    assert [b["role"] for b in listing["blocks"]] == ["listing_item"] * 10
    assert listing["published"] is None


def test_body_dates_are_read_against_published(records):
    values = {d["text"]: (d["value"], d["year_inferred"]) for d in by_prefix(records, "003")["dates"]}
    assert values["September 10"] == ("2020-09-10", True)
    mentions = {d["value"] for d in by_prefix(records, "001")["dates"]}
    assert {"2021-11-01", "2021-07"} <= mentions


def test_no_vietnamese_ui_string_or_label_in_text(records):
    labels = [key for key in LABELS if len(key) > 3]
    ui_strings = {item["text"] for r in records for item in r["ui"] if item["role"] not in ("title",)}
    for record in records:
        text = record["text"]
        folded = text.casefold()
        assert not [label for label in labels if f"\n{label}\n" in f"\n{folded}\n"]
        assert not [s for s in ui_strings if s in text.split("\n\n")]
        for marker in ("Lượt người xem", "Chia sẻ", "Manage Permissions", "Content Type", "Cỡ chữ", "Created at by"):
            assert marker not in text


def test_every_non_empty_line_is_in_blocks_or_ui_once(records):
    for record in records:
        path = REPO / record["source"]["path"]
        lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if line.strip()]
        placed = sorted(entry["line"] for entry in record["blocks"] + record["ui"])
        assert placed == lines


def test_records_validate_against_schema(records, runner):
    result = runner.invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert schema == json.loads(json.dumps(SCHEMA))
    for record in records:
        jsonschema.validate(record, schema, format_checker=jsonschema.FormatChecker())


def test_golden_file(run_output):
    golden = (REPO / "tests" / "golden" / "samples.jsonl").read_text(encoding="utf-8")
    assert run_output == golden, "regenerate with `make golden` and review the diff"


def test_run_equals_the_piped_chain_in_process(run_output, runner, in_repo):
    stream = runner.invoke(cli, ["read", "samples/"]).stdout
    for stage in CHAIN:
        result = runner.invoke(cli, [stage], input=stream)
        assert result.exit_code == 0, result.output
        stream = result.stdout
    assert stream == run_output


def test_run_equals_the_shell_pipeline_and_jobs_do_not_change_bytes(run_output, tmp_path):
    bdtools = f"{sys.executable} -m bdtools"
    chain = " | ".join([f"{bdtools} read samples/ -q"] + [f"{bdtools} {stage} -q" for stage in CHAIN])
    piped = subprocess.run(chain, shell=True, cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert piped == run_output
    out = tmp_path / "jobs2.jsonl"
    command = [sys.executable, "-m", "bdtools", "run", "samples/", "--jobs", "2", "-q", "-o", str(out)]
    subprocess.run(command, cwd=REPO, check=True)
    assert out.read_text(encoding="utf-8") == run_output


def test_two_runs_give_identical_bytes(run_output, runner, in_repo):
    assert runner.invoke(cli, ["run", "samples/"]).stdout == run_output


def test_stage_commands_with_two_jobs_give_the_same_bytes(run_output):
    bdtools = f"{sys.executable} -m bdtools"
    chain = " | ".join([f"{bdtools} read samples/ -q"] + [f"{bdtools} {stage} -q --jobs 2" for stage in CHAIN])
    piped = subprocess.run(chain, shell=True, cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert piped == run_output
