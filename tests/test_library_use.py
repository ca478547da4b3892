"""bdtools as a user calls it from Python: the README's and the docstrings' ways of naming inputs and of calling
the stages, and the clear error a wrong argument gets instead of a traceback from deep inside."""

from __future__ import annotations

import datetime
import functools
import json
import pathlib
import re

import pytest

from bdtools.clean import clean
from bdtools.dating import dates
from bdtools.dedup import dedup, prepare
from bdtools.ingest import read
from bdtools.parsers.vndate import find_dates, parse_date, parse_header
from bdtools.pipeline import Tally, process, run, run_lines, through
from bdtools.separate import separate

from conftest import SAMPLE_FILES, SAMPLES

SAMPLE = SAMPLE_FILES[1]


# How a user names a page or a folder: each must read as the same list of names gives it.
NAMINGS = {
    "a file's name alone": SAMPLE.name,
    "a Path alone": pathlib.Path(SAMPLE.name),
    "a list of Paths": [pathlib.Path(SAMPLE.name)],
    "a file's name in bytes": [SAMPLE.name.encode()],
    "a folder's Path alone": pathlib.Path("."),
    # Of a glob's characters, "*" matched every page of the folder.
    "a glob alone": SAMPLE.name[:4] + "*.txt",
    "a glob's Path alone": pathlib.Path(SAMPLE.name[:4] + "*.txt"),
}


# The readers of names, and `run_lines` whose workers read the page files (their names come from the main process).
READERS = {
    "read": lambda paths, tally: read(paths), "run": run, "run_lines": run_lines,
    "run_lines --jobs 2": functools.partial(run_lines, jobs=2),
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize("paths", NAMINGS.values(), ids=NAMINGS.keys())
def test_inputs_named_as_a_user_names_them_read_as_a_list_of_names(reader, paths, monkeypatch):
    """One name alone is one input, not its characters (of "samples/", "/" names the root folder, which a run
    would walk); a Path or bytes name reads as its str does."""
    monkeypatch.chdir(SAMPLES)
    expected = [SAMPLE.name] if paths != pathlib.Path(".") else [path.name for path in SAMPLE_FILES]
    tally = Tally()
    given = list(reader(paths, tally=tally))
    assert [pathlib.Path(_source(item)).name for item in given] == expected
    assert not tally.rejects


def _source(item: object) -> str:
    """The source path of a record or of a written line."""
    record = json.loads(item.line) if hasattr(item, "line") else item
    return record["source"]["path"]


PAGE = SAMPLE.read_text(encoding="utf-8")
# What a user may hand a stage by mistake, and the clear error it gets: the stage and the record named, and what to
# do. Before, a traceback from deep inside the page parser or dedup, or (a page that skipped clean) no error at all:
# dedup called two copies of one page unique, separate and dates gave no language and no date.
RAW = {"id": "p1", "text": PAGE}
NOT_CLEANED = "record 'p1' has not been through clean"
WRONG_INPUTS = [
    ("clean", "bytes for text", {"id": "p1", "text": PAGE.encode()}, TypeError, "record 'p1': 'text' is bytes, not str"),
    ("clean", "None for text", {"id": "p1", "text": None}, TypeError, "record 'p1': 'text' is NoneType, not str"),
    ("clean", "the page's text", PAGE, TypeError, "a record is a dict with a 'text' string, not str"),
    ("clean", "None", None, TypeError, "a record is a dict with a 'text' string, not NoneType"),
    ("separate", "a page not through clean", RAW, ValueError, NOT_CLEANED),
    ("dates", "a page not through clean", RAW, ValueError, NOT_CLEANED),
    ("dedup", "a page not through clean", RAW, ValueError, NOT_CLEANED),
    ("dedup", "a record without an id", process({"text": PAGE}), ValueError, "a record has no 'id'"),
]
STAGES = {"clean": clean, "separate": separate, "dates": dates}


# Dedup is asked in both its modes; the page stages have one.
WRONG_CALLS = [(stage, what, mode, *rest) for stage, what, *rest in WRONG_INPUTS
               for mode in (("batch", "streaming") if stage == "dedup" else ("",))]


@pytest.mark.parametrize(
    "stage, mode, record, error, message", [(stage, mode, *rest) for stage, _, mode, *rest in WRONG_CALLS],
    ids=[f"{stage}: {what}" + (f" ({mode})" if mode else "") for stage, what, mode, *_ in WRONG_CALLS],
)
def test_a_stage_given_what_it_cannot_take_says_so(stage, mode, record, error, message):
    if stage == "dedup":
        call = functools.partial(lambda given: list(dedup(given, streaming=mode == "streaming")), [record])
    else:
        call = functools.partial(STAGES[stage], record)
    with pytest.raises(error, match=f"^{stage}: {re.escape(message)}"):
        call()


# Two records given `dedup` under one id, as a user's own ids may repeat: (what the second is, whether it is refused).
# Of another body (or none) both were `unique`, of one cluster's name; one met again with its body is its `exact` copy,
# as the CLI marks our records given twice (tests/test_unique_ids.py).
OTHER_PAGE = SAMPLE_FILES[3].read_text(encoding="utf-8")
ONE_ID_TWICE = [
    ("another page", lambda: process({"id": "p1", "text": OTHER_PAGE}), True),
    ("a page without a body", lambda: process({"id": "p1", "text": "Lượt người xem:  Views:   12"}), True),
    ("the page crawled again", lambda: process({"id": "p1", "text": PAGE.replace("Views:", "Views: 1", 1)}), False),
    ("the same record", lambda: process(dict(RAW)), False),
]


@pytest.mark.parametrize("prepared", [False, True], ids=["records", "prepared"])
@pytest.mark.parametrize("mode", ["batch", "streaming"])
@pytest.mark.parametrize(("what", "second", "refused"), ONE_ID_TWICE, ids=[what for what, *_ in ONE_ID_TWICE])
def test_dedup_refuses_two_records_of_other_bodies_under_one_id(what, second, refused, mode, prepared):
    records = [process(dict(RAW)), second()]
    given = [prepare(record) for record in records] if prepared else records

    def marked() -> list[dict]:
        return list(dedup(given, streaming=mode == "streaming"))

    if refused:
        with pytest.raises(ValueError, match="^dedup: record 'p1' is given twice, with other bodies: an id names one record$"):
            marked()
    else:
        assert [record["dup"]["status"] for record in marked()] == ["unique", "exact"]


# What each stage is rightly given, that the checks must let through: the stage before's record (dates needs only
# clean's blocks), a page without text (read as an empty page, as before), a record read back from run's output.
RIGHT_INPUTS = [
    ("clean", "a page without text", lambda: {"id": "p1"}),
    ("separate", "a cleaned page", lambda: clean(dict(RAW))),
    ("dates", "a cleaned page, not separated", lambda: clean(dict(RAW))),
    ("dates", "a separated page", lambda: separate(clean(dict(RAW)))),
    ("dedup", "a dated page", lambda: process(dict(RAW))),
    ("dates", "run's output, through the stages it lacks", lambda: through(next(run([SAMPLE])), "dates")),
]


@pytest.mark.parametrize("stage, make", [(stage, make) for stage, _, make in RIGHT_INPUTS],
                         ids=[f"{stage}: {what}" for stage, what, _ in RIGHT_INPUTS])
def test_a_stage_takes_what_the_stage_before_gives(stage, make):
    record = make()
    if stage == "dedup":  # dedup gives the record back from its spill: a copy, marked
        assert next(dedup([record]))["dup"]["status"] == "unique"
    else:
        assert STAGES[stage](record) is record


def test_through_names_the_page_stages_when_given_another():
    """Before, a name of no page stage (dedup, emit, a typo) ran every page stage without a word."""
    with pytest.raises(ValueError, match=r"^no page stage 'dedup': one of clean, separate, dates$"):
        through({"id": "p1", "text": PAGE}, "dedup")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: parse_date("Thứ 4, Ngày 05/01/2022, 16:00".encode()), "parse_date takes a str, not bytes (decode it first)"),
        (lambda: parse_date(None), "parse_date takes a str, not NoneType"),
        (lambda: parse_header("Ngày 05/01/2022, 16:00".encode()), "parse_header takes a str, not bytes (decode it first)"),
        (lambda: find_dates(b"On December 30, it rained."), "find_dates takes a str, not bytes (decode it first)"),
        (lambda: parse_date("ngày 05/01", ref="2022-01-09"), "parse_date takes a datetime.date as ref, not str"),
        (lambda: find_dates("Sáng 5/1, tỉnh họp.", ref=20220109), "find_dates takes a datetime.date as ref, not int"),
    ],
    ids=["parse_date bytes", "parse_date None", "parse_header bytes", "find_dates bytes", "ref as a str", "ref as an int"],
)
def test_the_date_parser_says_what_it_takes(call, message):
    with pytest.raises(TypeError, match=f"^{re.escape(message)}"):
        call()


def test_the_date_parser_takes_a_datetime_for_its_reference_day():
    assert parse_date("ngày 05/01", ref=datetime.datetime(2022, 1, 9, 8, 30)).value == "2022-01-05"
