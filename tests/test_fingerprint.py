"""The fast shingle and sketch code gives what their plain definitions give (fingerprints must never drift:
state files and sketch folders of earlier runs hold them)."""

from __future__ import annotations

import hashlib
import itertools
import sys
import unicodedata
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.parsers.fingerprint import (
    _KEEP_WORD_CHARACTERS,
    EMPTY_BIN,
    SHINGLE_MULTIPLIERS,
    SKETCH_BINS,
    band_keys,
    bin_minima,
    body_hash,
    normalise,
    normalise_body,
    normalised_words,
    paragraph_words,
    shingle_hashes,
    sketch,
    surely_missing,
    text_words,
)

words = st.lists(st.text(alphabet="abcđơư0123456789", min_size=1, max_size=8), max_size=40)
hashes_30_bits = st.integers(min_value=0, max_value=2**30 - 1)


def plain_shingles(normalised: str, size: int = 4) -> list[int]:
    """Per word 4-gram: each word's CRC-32 (missing words are 0 in a text of fewer than 4 words), the first two
    packed first word lowest times the first multiplier, the last two so times the second, summed modulo 2 ** 64,
    top 30 bits."""
    codes = [zlib.crc32(word.encode()) for word in normalised.split()]
    if not codes:
        return []
    codes += [0] * (size - len(codes))
    keys = [(codes[i] | codes[i + 1] << 32, codes[i + 2] | codes[i + 3] << 32) for i in range(len(codes) - size + 1)]
    return [(first * SHINGLE_MULTIPLIERS[0] + second * SHINGLE_MULTIPLIERS[1]) % 2**64 >> 34 for first, second in keys]


# Scripts written without spaces, by the names of their characters (written here again, not read from the module).
UNSPACED_NAMES = (
    "CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA", "HENTAIGANA",
)


def plain_normalise(paragraph: str) -> str:
    """NFC, case-folded, every character that is neither letter nor digit a space, a Han or kana character a
    word of its own, words joined by one space."""
    folded = unicodedata.normalize("NFC", paragraph).casefold()
    spaced = (
        (f" {char} " if unicodedata.name(char, "").startswith(UNSPACED_NAMES) else char) if char.isalnum() else " "
        for char in folded
    )
    return " ".join("".join(spaced).split())


def test_every_letter_and_digit_between_two_letters_reads_as_defined():
    for code in range(sys.maxunicode + 1):
        if chr(code).isalnum():
            paragraph = f"a{chr(code)}b"
            assert normalise(paragraph) == plain_normalise(paragraph), hex(code)


def test_han_and_kana_characters_are_words_of_their_own():
    assert normalise("ビンズオン省の会議、2022年") == "ビ ン ズ オ ン 省 の 会 議 2022 年"
    assert normalise("Smart City 市") == "smart city 市"


def plain_sketch(hashes: list[int], bins: int = SKETCH_BINS) -> tuple[int, ...]:
    """Per bin ``i``: the smallest hash at or above ``i << 23``; when there is none, the smallest hash plus ``1 << 30``."""
    if not hashes:
        return (EMPTY_BIN,) * bins
    borrowed = min(hashes) + (1 << 30)
    return tuple(min((value for value in hashes if value >= index << 23), default=borrowed) for index in range(bins))


@given(words)
@settings(max_examples=300, deadline=None)
def test_shingle_hashes_are_the_multiply_shift_of_each_word_4_gram(tokens: list[str]) -> None:
    text = " ".join(tokens)
    assert shingle_hashes(text) == plain_shingles(text)


# Pairs of numbers whose CRC-32s share their low 16 bits (so shingles of version 5 shared a hash), and titles
# of a listing's pages of such numbers.
LOW_BITS_TWINS = [("140", "16487"), ("0", "26468"), ("10", "33841")]


@pytest.mark.parametrize(("first", "second"), LOW_BITS_TWINS)
def test_short_bodies_that_differ_in_a_word_whose_crc_shares_its_low_bits_differ(first: str, second: str) -> None:
    """A short body's one shingle (`Page N`, `Trang N`) hashes every bit of its words' CRC-32s: two such bodies
    no longer share their hash (and so their whole sketch) once in 65,536."""
    assert zlib.crc32(first.encode()) & 0xFFFF == zlib.crc32(second.encode()) & 0xFFFF
    for template in ("page {}", "trang {}", "xem tiếp trang {} của danh sách"):
        assert shingle_hashes(template.format(first)) != shingle_hashes(template.format(second))


@given(st.lists(hashes_30_bits, max_size=600))
@settings(max_examples=300, deadline=None)
def test_sketch_is_the_per_bin_minimum_with_densification(hashes: list[int]) -> None:
    assert sketch(hashes) == plain_sketch(hashes)


@given(
    st.sets(hashes_30_bits, min_size=1, max_size=300),
    st.sets(hashes_30_bits, max_size=60),
    st.sets(hashes_30_bits, max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_surely_missing_never_exceeds_what_is_missing(article: set[int], shared: set[int], own: set[int]) -> None:
    """The sketch-based count is a lower bound on |teaser - article|: pruning by it never drops a true teaser."""
    teaser = (set(sorted(article)[: len(shared)]) | own) or {1}
    missing = surely_missing(bin_minima(teaser), sketch(article))
    assert missing <= len(teaser - article)
    assert missing == 0 or teaser - article


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
@settings(max_examples=500, deadline=None)
def test_a_paragraph_is_normalised_as_defined_whatever_its_characters(paragraph: str) -> None:
    """ASCII paragraphs take a `bytes.translate` table, the others a `str.translate` one: both give the definition."""
    assert normalise(paragraph) == plain_normalise(paragraph)


# Text of the Latin blocks (Vietnamese letters among them), with the punctuation, marks, spaces and other
# scripts' characters that a paragraph holds beside them.
latin_text = st.text(
    st.characters(max_codepoint=0x24F) | st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF)
    | st.sampled_from("–—“”‘’…·•«»\u00a0\u200b\u0301\u0323ǅﬁßİ\u212a市のカ한ا١")
)


@given(latin_text)
@settings(max_examples=500, deadline=None)
def test_a_latin_paragraph_reads_as_the_table_read_on_every_character_gives(paragraph: str) -> None:
    """Beyond ASCII, only the characters that are no Latin letters meet the `str.translate` table (the letters
    it keeps as they are, the bytes table ASCII): the words of the table on every character, and the definition's."""
    whole = unicodedata.normalize("NFC", paragraph).casefold().translate(_KEEP_WORD_CHARACTERS).encode().split()
    assert paragraph_words(paragraph) == whole
    assert normalise(paragraph) == plain_normalise(paragraph)


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=127)) | st.text(), max_size=6))
@settings(max_examples=400, deadline=None)
def test_the_words_dedup_hashes_are_those_of_the_normalised_body(paragraphs: list[str]) -> None:
    """Dedup hashes a body's words as bytes, never joined into one text: they are the definition's words,
    the same shingles, and the same exact hash as the joined text's."""
    words = normalised_words(paragraphs)
    body = " ".join(normalised for normalised in map(plain_normalise, paragraphs) if normalised)
    assert words == [word.encode() for word in body.split()] == text_words(normalise_body(paragraphs))
    assert body_hash(words) == (hashlib.blake2b(body.encode(), digest_size=8).hexdigest() if body else None)


# Short bodies as dedup reads them (a body under 16 words with its page's title after it), of families whose pages
# share one shingle and nothing more: a template's words around numbers.
SMALL_FAMILIES = {
    "short article": "short lead number {n} of the day title {n}",
    "groundbreaking": "khởi công dự án {n} tại khu {m}",
    "gallery": "hình ảnh buổi lễ {n} năm {m}",
    "notice": "thông báo tuyển dụng {n} ngày {m}",
}


def band_sets(texts: list[str]) -> list[set[int]]:
    return [set(band_keys(sketch(shingle_hashes(text)))) for text in texts]


@pytest.mark.parametrize("template", SMALL_FAMILIES.values(), ids=SMALL_FAMILIES)
def test_small_sets_that_share_one_shingle_are_no_candidates(template: str) -> None:
    """The bands that one shared shingle's run of bins filled alone were shared (78 % to 99 % of such pairs shared a
    band: every pair of 20,000 pages a candidate, dedup quadratic); now they key the whole sketch. A near copy (a
    word more) still shares a band."""
    texts = [template.format(n=n, m=n + 7) for n in range(200)]
    keys = band_sets(texts)
    assert not any(first & second for first, second in itertools.combinations(keys, 2))
    assert all(own & copy for own, copy in zip(keys, band_sets([f"{text} nay" for text in texts]), strict=True))
