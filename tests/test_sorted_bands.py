"""SortedBands, which pairs heads up ahead, finds the canonical heads that share a band key with a head."""

from __future__ import annotations

from array import array
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools import dedup
from bdtools.dedup import ShingleStore, SortedBands, packed_keys, rows_of_keys, shared_keys
from bdtools.parsers.fingerprint import BAND_ROWS, SKETCH_BINS, band_keys


def head(position: int) -> SimpleNamespace:
    """What SortedBands reads of a head's entry: its position."""
    return SimpleNamespace(position=position)


@st.composite
def sketched_heads(draw: st.DrawFn) -> tuple[list[SimpleNamespace], int]:
    """Heads at distinct positions, in a random (canonical) order, whose sketches are made of bands drawn
    from a few patterns: a band key shared by one head up to every head, and a head whose two bands share
    a key (the band key is seeded with the band's first bin, which a pattern may repeat)."""
    rng = draw(st.randoms(use_true_random=False))
    size = rng.randint(1, 60)
    patterns = [[rng.getrandbits(32) for _ in range(BAND_ROWS)] for _ in range(rng.randint(1, 6))]
    heads = []
    for position in rng.sample(range(size), rng.randint(1, size)):
        bins = [value for _ in range(SKETCH_BINS // BAND_ROWS) for value in rng.choice(patterns)]
        heads.append(SimpleNamespace(position=position, signature=array("I", bins)))
    return heads, size


@pytest.mark.parametrize(("paired_run_max", "keys_at_once"), [(1, 2048), (2, 1), (3, 3), (4, 2048), (32, 1)])
@settings(max_examples=120, deadline=None)
@given(case=sketched_heads(), canonical=st.lists(st.booleans(), min_size=60, max_size=60))
def test_candidates_are_the_canonical_heads_that_share_a_key(paired_run_max, keys_at_once, case, canonical):
    """Whether a key's heads pair up ahead or the key keeps a list of its canonical heads, the candidates
    are those of the parser's band keys; with ``KEYS_AT_ONCE`` 1 or 3 the keys are computed, and the
    table's rows compared, a few at a time, so runs cross the blocks."""
    heads, size = case
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "PAIRED_RUN_MAX", paired_run_max)
        patch.setattr(dedup, "KEYS_AT_ONCE", keys_at_once)
        store = ShingleStore()
        entries = [SimpleNamespace(sketch=None) for _ in range(size)]  # a position without a head has no sketch
        for head in heads:
            entries[head.position].sketch = store.add_sketch(head.signature)
        bands = SortedBands.of(entries, [head.position for head in heads], store)
        store.close()  # the keys are computed: the bands read no sketch again
        indexed: list[tuple[int, set[int]]] = []
        for number, head in enumerate(heads):
            keys = set(band_keys(head.signature))
            assert bands.candidates(head) == sorted(other for other, other_keys in indexed if other_keys & keys)
            if canonical[number]:
                indexed.append((head.position, keys))
                bands.add(head)


def test_a_key_shared_by_more_heads_than_pair_up_keeps_its_canonical_heads(monkeypatch):
    """Three heads under key 7 with pairs made for runs of two: key 7 makes no pairs, its canonical heads
    are listed as they come; heads 1 and 2 also pair up under key 9, and head 2 is in key 7's run twice."""
    monkeypatch.setattr(dedup, "PAIRED_RUN_MAX", 2)
    keys = np.array([[7, 8, 0], [7, 9, 1], [7, 9, 7], [5, 6, 2]])
    table = packed_keys(np.array([0, 1, 2, 3]), keys)
    bands = SortedBands.paired([np.sort(rows_of_keys(table, shared_keys(keys.reshape(-1).astype(np.uint32))))], 4)
    assert bands.partners.tolist() == [2, 1]
    assert bands.candidates(head(1)) == []
    bands.add(head(0))
    bands.add(head(1))
    assert [run.tolist() for run in bands.crowded_canonical] == [[0, 1]]
    assert bands.candidates(head(2)) == [0, 1]
    assert bands.candidates(head(3)) == []


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.integers(0, 39), max_size=50), ascending=st.booleans())
def test_rows_read_past_the_recent_ones_are_the_rows_read_one_by_one(rows, ascending):
    """`ShingleStore.sketch_rows` without remembering reads spans of rows (`row_spans`: ascending, at most
    `SPAN_GAP` apart, the rows between read and left): the same sketches, in the order asked, as rows read
    one by one."""
    rows = sorted(rows) if ascending else rows
    store = ShingleStore()
    for row in range(40):
        store.add_sketch(range(row * 1000, row * 1000 + SKETCH_BINS))
    try:
        assert store.sketch_rows(rows, remember=False).tolist() == store.sketch_rows(rows).tolist()
        spans = dedup.row_spans(np.array(rows, dtype=np.int64))
        assert [row for span in spans for row in rows[span]] == rows
        assert all(0 <= step <= dedup.SPAN_GAP for span in spans for step in np.diff(rows[span]).tolist())
    finally:
        store.close()
