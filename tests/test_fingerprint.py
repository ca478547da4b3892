"""The fast shingle and sketch code gives what their plain definitions give (fingerprints must never drift:
state files and sketch folders of earlier runs hold them)."""

from __future__ import annotations

import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.parsers.fingerprint import _EMPTY, _VALUE_BITS, SKETCH_BINS, bin_minima, shingle_hashes, sketch, surely_missing

words = st.lists(st.text(alphabet="abcđơư0123456789", min_size=1, max_size=8), max_size=40)


def plain_shingles(normalised: str, size: int = 4) -> list[int]:
    """CRC-32 of each word 4-gram joined by one space; one shingle for a shorter text."""
    tokens = normalised.split()
    if not tokens:
        return []
    if len(tokens) <= size:
        return [zlib.crc32(" ".join(tokens).encode())]
    return [zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1)]


def plain_sketch(hashes: list[int], bins: int = SKETCH_BINS) -> tuple[int, ...]:
    """The minimum of ``hash >> 7`` per bin ``hash % bins``; an empty bin borrows from the right, offset by distance."""
    mins = [min((value >> 7 for value in hashes if value % bins == index), default=_EMPTY) for index in range(bins)]
    if all(value == _EMPTY for value in mins):
        return tuple(mins)
    filled = []
    for index in range(bins):
        distance = next(d for d in range(bins) if mins[(index + d) % bins] != _EMPTY)
        filled.append(mins[(index + distance) % bins] + (distance << _VALUE_BITS) if distance else mins[index])
    return tuple(filled)


@given(words)
@settings(max_examples=300, deadline=None)
def test_shingle_hashes_are_the_crc_of_each_word_4_gram(tokens: list[str]) -> None:
    text = " ".join(tokens)
    assert shingle_hashes(text) == plain_shingles(text)


@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=600))
@settings(max_examples=300, deadline=None)
def test_sketch_is_the_per_bin_minimum_with_densification(hashes: list[int]) -> None:
    assert sketch(hashes) == plain_sketch(hashes)


@given(
    st.sets(st.integers(min_value=0, max_value=2**32 - 1), min_size=1, max_size=300),
    st.sets(st.integers(min_value=0, max_value=2**32 - 1), max_size=60),
    st.sets(st.integers(min_value=0, max_value=2**32 - 1), max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_surely_missing_never_exceeds_what_is_missing(article: set[int], shared: set[int], own: set[int]) -> None:
    """The sketch-based count is a lower bound on |teaser - article|: pruning by it never drops a true teaser."""
    teaser = (set(sorted(article)[: len(shared)]) | own) or {1}
    missing = surely_missing(bin_minima(teaser), sketch(article))
    assert missing <= len(teaser - article)
    assert missing == 0 or teaser - article
