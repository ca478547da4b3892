"""dedup's numpy twin gives exactly the parser's shingle sets and sketches: the parser is the definition,
and state files and sketch folders written by either must match the other."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.parsers.fingerprint import MAX_SKETCH_WORDS, normalise_body, shingle_hashes, sketch
from bdtools.sketch_numpy import distinct_shingles, shingles_and_sketch

from conftest import SAMPLE_FILES

words = st.lists(st.text(alphabet="abcđơư0123456789", min_size=1, max_size=8), max_size=60)


def assert_twins(text: str) -> None:
    hashes = shingle_hashes(text)
    distinct, signature = shingles_and_sketch(text)
    assert array("I", distinct).tolist() == sorted(set(hashes))
    assert distinct == distinct_shingles(text)
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
