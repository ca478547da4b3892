"""SortedBands, which pairs heads up ahead, finds the canonical heads that share a band key with a head."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools import dedup
from bdtools.dedup import SortedBands, packed_keys, shared_rows


def head(position: int) -> SimpleNamespace:
    """What SortedBands reads of a head's entry: its position."""
    return SimpleNamespace(position=position)


@st.composite
def heads_and_keys(draw: st.DrawFn) -> tuple[list[int], np.ndarray, int]:
    """Heads at distinct positions, in a random (canonical) order, with a few bands of keys drawn from a
    small alphabet: runs of one key from a single head up to every head, and a head whose bands repeat a key."""
    rng = draw(st.randoms(use_true_random=False))
    size = rng.randint(1, 60)
    positions = rng.sample(range(size), rng.randint(1, size))
    alphabet = rng.randint(1, 40)
    keys = np.array([[rng.randrange(alphabet) for _ in range(4)] for _ in positions], dtype=np.uint32)
    return positions, keys, size


@pytest.mark.parametrize(("paired_run_max", "keys_at_once"), [(1, 2048), (2, 1), (3, 2048), (32, 1)])
@settings(max_examples=150, deadline=None)
@given(case=heads_and_keys(), canonical_share=st.floats(0, 1))
def test_candidates_are_the_canonical_heads_that_share_a_key(paired_run_max, keys_at_once, case, canonical_share):
    """Whether a key's heads pair up ahead or stay in the table of crowded keys, the same candidates;
    with ``KEYS_AT_ONCE`` 1 the table's rows are compared 32 at a time, so runs cross the blocks."""
    positions, keys, size = case
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "PAIRED_RUN_MAX", paired_run_max)
        patch.setattr(dedup, "KEYS_AT_ONCE", keys_at_once)
        bands = SortedBands(shared_rows(packed_keys(np.array(positions), keys)), size)
        canonical: list[tuple[int, set[int]]] = []
        for number, (position, row) in enumerate(zip(positions, keys, strict=True)):
            expected = sorted(other for other, other_keys in canonical if other_keys & set(row.tolist()))
            assert bands.candidates(head(position)) == expected
            if number < canonical_share * len(positions):
                canonical.append((position, set(row.tolist())))
                bands.add(head(position))


def test_a_key_shared_by_more_heads_than_pair_up_keeps_its_canonical_heads(monkeypatch):
    """Three heads under key 7 with pairs made for runs of two: key 7 makes no pairs, its canonical heads
    are listed as they come; heads 1 and 2 also pair up under key 9, and head 2 is in key 7's run twice."""
    monkeypatch.setattr(dedup, "PAIRED_RUN_MAX", 2)
    keys = np.array([[7, 8, 0], [7, 9, 1], [7, 9, 7], [5, 6, 2]])
    bands = SortedBands(shared_rows(packed_keys(np.array([0, 1, 2, 3]), keys)), 4)
    assert bands.partners.tolist() == [2, 1]
    assert bands.candidates(head(1)) == []
    bands.add(head(0))
    bands.add(head(1))
    assert bands.crowded_canonical == [[0, 1]]
    assert bands.candidates(head(2)) == [0, 1]
    assert bands.candidates(head(3)) == []
