"""Lines made before dedup decides (`bdtools.lines`) are, once filled, the bytes of the record path:
on the samples and their variations, on a generated corpus, for any JSON data and any decision."""

from __future__ import annotations

import marshal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.decisions import Decision
from bdtools.dedup import settled_record
from bdtools.emit import emit
from bdtools.ingest import read
from bdtools.lines import finished_line, line_ahead, written
from bdtools.pipeline import Tally, process, records_only, run, run_lines
from bdtools.records import FIELDS

from conftest import REPO, load_script, write_variations

MARKER = "bdtools\x00hole"


def record_path(record: dict, decision: Decision) -> object:
    """What ``bdtools run`` wrote before lines were made ahead: the decision applied, emit, the line."""
    return written(emit(settled_record(marshal.dumps(record), decision)))


def decisions_for(record: dict) -> list[Decision]:
    """Every kind of decision, with a teaser link on each listing item (and on the first block)."""
    blocks = record.get("blocks") or []
    items = {index: f"{index:016x}" for index, block in enumerate(blocks) if block.get("role") == "listing_item"}
    return [
        Decision("unique", None, None, record["id"]),
        Decision("exact", "a" * 16, 1.0, "a" * 16),
        Decision("near", "b" * 16, 0.8031, "b" * 16),
        Decision("teaser", "c" * 16, 0.95, "c" * 16),
        Decision("unique", None, None, record["id"], items=items | ({0: "d" * 16} if blocks else {})),
    ]


@pytest.fixture(scope="module")
def varied_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("pages")
    write_variations(folder)
    return [process(record) for record in records_only(read([str(REPO / "samples"), str(folder)]), Tally())]


def test_filled_lines_are_the_record_paths_bytes_on_the_samples_and_their_variations(varied_records):
    assert len(varied_records) > 50
    assert any(block["role"] == "listing_item" for record in varied_records for block in record["blocks"])
    for record in varied_records:
        before = marshal.dumps(record)
        data = line_ahead(record)
        assert marshal.dumps(record) == before  # the record itself is left as it came
        pieces, kept, _, _ = marshal.loads(data)
        assert kept is None and len(pieces) - 1 == 1 + len(record["blocks"])
        for decision in decisions_for(record):
            assert finished_line(data, decision) == record_path(record, decision)


def test_a_record_whose_line_cannot_have_holes_travels_whole_and_gives_the_same_bytes(varied_records):
    record = dict(varied_records[1], title=MARKER, extra={"count": 2**70})
    for odd in (dict(record, extra={}), dict(varied_records[1], extra={"count": 2**70})):
        data = line_ahead(odd)
        pieces, kept, _, _ = marshal.loads(data)
        assert pieces is None and marshal.loads(kept) == odd
        for decision in decisions_for(odd):
            assert finished_line(data, decision) == record_path(odd, decision)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=["Cs"])) | st.just(MARKER),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=12,
)
blocks = st.lists(
    st.dictionaries(st.sampled_from(["role", "text", "lang", "of", "x"]), json_values, max_size=4), max_size=5
)
records = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=16), "blocks": blocks},
    optional={
        **{name: json_values for name in FIELDS if name not in ("id", "blocks", "warnings")},
        "warnings": st.lists(st.fixed_dictionaries({"code": st.text(max_size=8)}), max_size=2),
        "stray": json_values,
    },
)
decisions = st.builds(
    Decision,
    st.sampled_from(["unique", "exact", "near", "teaser"]),
    st.none() | st.text(max_size=16),
    st.none() | st.floats(0, 1),
    st.text(max_size=16),
    st.dictionaries(st.integers(0, 4), st.text(max_size=16), max_size=3),
)


@given(records, decisions)
@settings(max_examples=300, deadline=None)
def test_any_record_and_decision_give_the_record_paths_bytes(record: dict, decision: Decision) -> None:
    decision.items = {index: of for index, of in decision.items.items() if index < len(record["blocks"])}
    assert finished_line(line_ahead(record), decision) == record_path(record, decision)


def test_run_lines_are_runs_records_written_with_one_or_two_jobs_batch_and_streaming(tmp_path):
    load_script("make_corpus").write_corpus(300, 5, tmp_path)
    paths = [str(REPO / "samples"), *sorted(str(folder) for folder in tmp_path.iterdir() if folder.is_dir())]
    for streaming in (False, True):
        expected = [written(record) for record in run(paths, streaming=streaming)]
        assert len(expected) == 305
        for jobs in (1, 2):
            assert list(run_lines(paths, jobs=jobs, streaming=streaming)) == expected
