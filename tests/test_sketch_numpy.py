"""dedup's numpy twin gives exactly the parser's shingle sets, sketches, estimates and teaser bounds: the
parser is the definition, and state files and sketch folders written by either must match the other."""

from __future__ import annotations

import zlib
from array import array

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.parsers.fingerprint import (
    HASH_BITS,
    MAX_SKETCH_WORDS,
    SKETCH_BINS,
    band_keys,
    bin_minima,
    estimate_jaccard,
    normalise_body,
    normalised_bytes,
    normalised_words,
    shingle_hashes,
    sketch,
    surely_missing,
    text_words,
    word_crcs,
)
from bdtools.sketch_numpy import (
    band_key_rows,
    bin_minima_arrays,
    body_words,
    common_count,
    distinct_shingles,
    equal_shares,
    shingles_and_sketch,
    surely_missing_counts,
)

from conftest import SAMPLE_FILES

words = st.lists(st.text(alphabet="abcđơư0123456789", min_size=1, max_size=8), max_size=60)


def assert_twins(text: str) -> None:
    hashes = shingle_hashes(text)
    distinct, signature = shingles_and_sketch(word_crcs(text_words(text)))
    assert array("I", distinct).tolist() == sorted(set(hashes))
    assert distinct == distinct_shingles(word_crcs(text_words(text)))
    assert shingles_and_sketch(body_words(text.encode()).crcs) == (distinct, signature)
    assert (tuple(signature) if signature is not None else None) == (sketch(hashes) if hashes else None)


@given(words)
@settings(max_examples=400, deadline=None)
def test_numpy_twin_equals_the_parser_on_any_words(tokens: list[str]) -> None:
    assert_twins(" ".join(tokens))


def test_numpy_twin_equals_the_parser_on_the_samples() -> None:
    for path in SAMPLE_FILES:
        assert_twins(normalise_body(path.read_text(encoding="utf-8").splitlines()))


def test_numpy_twin_reads_as_many_words_as_the_parser() -> None:
    text = " ".join(f"w{number % 997}" for number in range(MAX_SKETCH_WORDS + 50))
    assert len(shingle_hashes(text)) == MAX_SKETCH_WORDS - 3
    assert_twins(text)


hash_sets = st.sets(st.integers(0, 2**HASH_BITS - 1), min_size=1, max_size=300)


@given(hash_sets, st.lists(hash_sets, min_size=1, max_size=5))
@settings(max_examples=300, deadline=None)
def test_one_sketch_against_many_equals_the_parser_pair_by_pair(own: set[int], others: list[set[int]]) -> None:
    # Overlapping sets, so that estimates are spread out rather than all near 0.
    sketches = [sketch(own | other) for other in others] + [sketch(own)]
    rows = np.array(sketches[:-1], dtype=np.uint32)
    expected = [estimate_jaccard(sketches[-1], one) for one in sketches[:-1]]
    assert equal_shares(rows, np.array(sketches[-1], dtype=np.uint32)).tolist() == expected


@given(hash_sets, st.lists(hash_sets, min_size=1, max_size=5))
@settings(max_examples=300, deadline=None)
def test_teaser_bounds_equal_the_parser_article_by_article(teaser: set[int], articles: list[set[int]]) -> None:
    sketches = [sketch(article | set(list(teaser)[::2])) for article in articles]  # articles holding part of the teaser
    minima = bin_minima_arrays(array("I", teaser).tobytes())
    assert dict(zip(minima[0].tolist(), minima[1].tolist(), strict=True)) == bin_minima(teaser)
    counts = surely_missing_counts(minima, np.array(sketches, dtype=np.uint32)).tolist()
    assert counts == [surely_missing(bin_minima(teaser), one) for one in sketches]


# Any 32-bit bin values: hashes, borrowed values and the empty bin among them.
bins = st.integers(0, (1 << 32) - 1) | st.just(1 << (HASH_BITS + 1))


# Sketches of sets of a few shingles: runs of one borrowed value, bands of one lender (and its successor).
small_sketches = st.sets(st.integers(0, (1 << HASH_BITS) - 1), min_size=1, max_size=8).map(sketch).map(list)


@given(st.lists(st.lists(bins, min_size=SKETCH_BINS, max_size=SKETCH_BINS) | small_sketches, min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_band_key_rows_equal_the_parsers_band_keys(signatures: list[list[int]]) -> None:
    keys = band_key_rows(np.array(signatures, dtype=np.uint32))
    assert keys.tolist() == [band_keys(signature) for signature in signatures]


def test_band_key_rows_of_the_samples_and_of_empty_sketches() -> None:
    signatures = [
        shingles_and_sketch(word_crcs(normalised_words([path.read_text(encoding="utf-8")])))[1] for path in SAMPLE_FILES
    ]
    signatures.append(array("I", [1 << (HASH_BITS + 1)] * SKETCH_BINS))
    assert band_key_rows(np.array(signatures, dtype=np.uint32)).tolist() == [band_keys(signature) for signature in signatures]


# Shingle sets as the store keeps them, drawn from a small range so that they share values, often all.
shingle_sets = st.sets(st.integers(0, 60) | st.integers(0, (1 << 32) - 1), max_size=80)


@given(shingle_sets, shingle_sets)
@settings(max_examples=400, deadline=None)
def test_common_count_is_the_size_of_the_intersection(first: set[int], second: set[int]) -> None:
    arrays = [np.array(sorted(values), dtype=np.uint32) for values in (first, second)]
    assert common_count(*arrays) == common_count(*reversed(arrays)) == len(first & second)


def test_common_count_of_the_samples_shingles() -> None:
    """Two samples' stored sets against each other and against themselves."""
    sets = [np.frombuffer(distinct_shingles(word_crcs(normalised_words([path.read_text(encoding="utf-8")]))), dtype=np.uint32)
            for path in SAMPLE_FILES[1:3]]
    assert common_count(sets[0], sets[0]) == len(sets[0]) > 100
    assert common_count(*sets) == len(set(sets[0].tolist()) & set(sets[1].tolist()))


# A normalised body's bytes: words of any bytes but ASCII whitespace (letters, digits, UTF-8 beyond ASCII), between
# runs of spaces.
word_bytes = st.binary(min_size=1, max_size=90).map(lambda raw: raw.translate(None, b" \t\n\r\x0b\x0c")) | st.sampled_from(
    [b"a", "đường".encode(), b"9"]
)
normalised_bodies = st.lists(st.tuples(st.sampled_from([b" ", b"  ", b""]), word_bytes), max_size=40).map(
    lambda pairs: b"".join(gap + word + b" " for gap, word in pairs if word)
)


@given(normalised_bodies | st.sampled_from([b"", b" ", b"x" * 64, b"x" * 65, b" " + b"y" * 300 + b"  z"]))
@settings(max_examples=400, deadline=None)
def test_body_words_read_each_word_as_zlib_and_split_do(normalised: bytes) -> None:
    """`body_words` reads CRC-32s from tables by a byte's distance from its word's end: zlib's of each word
    `bytes.split` gives (words longer than the tables among them), and the words joined by a space."""
    words = body_words(normalised)
    assert words.crcs.dtype == np.uint32
    assert words.crcs.tolist() == [zlib.crc32(word) for word in normalised.split()]
    assert words.joined == b" ".join(normalised.split())


def test_body_words_of_the_samples() -> None:
    for path in SAMPLE_FILES:
        paragraphs = path.read_text(encoding="utf-8").splitlines()
        words = body_words(normalised_bytes(paragraphs))
        assert words.crcs.tolist() == [zlib.crc32(word) for word in normalised_words(paragraphs)]
        assert words.joined == normalise_body(paragraphs).encode()
