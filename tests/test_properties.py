"""Property tests: random text and random mutations of the samples never break a stage or lose a line."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bdtools.clean import clean
from bdtools.dating import dates
from bdtools.dedup import dedup
from bdtools.emit import emit
from bdtools.explain import explain_rows
from bdtools.ingest import page_record
from bdtools.pipeline import PAGE_STAGES, process
from bdtools.records import Reject
from bdtools.separate import separate

from conftest import SAMPLE_FILES

SAMPLES = [path.read_text(encoding="utf-8") for path in SAMPLE_FILES]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

page_alphabet = st.sampled_from(list("abc xyz.,:|()-–…\n\n\n\t 0123456789/ThứNgàyđươ語ビ")) | st.characters(codec="utf-8")
random_pages = st.text(alphabet=page_alphabet, max_size=400)


@st.composite
def mutated_samples(draw) -> str:
    """A sample with lines deleted, duplicated, swapped or replaced, cut short, or with text inserted."""
    lines = draw(st.sampled_from(SAMPLES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "replace", "insert"]))
        if operation == "delete" and len(lines) > 1:
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif operation == "replace":
            lines[index] = draw(random_pages)
        else:
            position = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:position] + draw(random_pages) + lines[index][position:]
    text = "\n".join(lines)
    return text[: draw(st.integers(0, len(text)))] if draw(st.booleans()) else text


pages = random_pages | mutated_samples()


def record_of(text: str) -> dict:
    """The page as read; a text with NUL bytes is binary data, rejected by design, and not a case here."""
    record = page_record(text.encode("utf-8"), "page.txt")
    assume(not isinstance(record, Reject))
    return record


@SETTINGS
@given(pages)
def test_no_stage_raises_and_every_line_is_accounted_for(text):
    record = process(record_of(text))
    emitted = emit(next(dedup([record])))
    json.dumps(emitted, ensure_ascii=False)
    source = record_of(text)["text"].split("\n")
    rows = explain_rows(emitted)
    covered = {line for line, *_ in rows}
    assert covered == {number for number, line in enumerate(source, 1) if line.strip()}
    for line, _, _, piece in rows:
        assert piece and piece in source[line - 1]
    lines_with_one_entry = [line for line in covered if sum(row[0] == line for row in rows) == 1]
    for line in lines_with_one_entry:
        assert next(row[3] for row in rows if row[0] == line) == source[line - 1].strip()


@SETTINGS
@given(pages)
def test_stages_are_idempotent(text):
    once = process(record_of(text))
    twice = copy.deepcopy(once)
    for stage in (clean, separate, dates):
        twice = stage(twice)
    assert twice == once


@SETTINGS
@given(pages)
def test_run_equals_the_chain_through_json(text):
    fused = emit(next(dedup([process(record_of(text))])))
    record = json.loads(json.dumps(record_of(text), ensure_ascii=False))
    for _, stage, _ in PAGE_STAGES:
        record = json.loads(json.dumps(stage(record), ensure_ascii=False))
    chained = emit(json.loads(json.dumps(next(dedup([record])), ensure_ascii=False)))
    assert json.dumps(chained, ensure_ascii=False) == json.dumps(fused, ensure_ascii=False)
