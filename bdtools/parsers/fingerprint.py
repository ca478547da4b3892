"""Fingerprints of a page body for deduplication.

Vendorable: imports only the standard library. Fingerprints are taken over the body
paragraphs only (never the footer or the view counter; the caller strips the agency tag), so two
crawls of one article that differ in their view counts or footers get the same fingerprint.

>>> exact_fingerprint(["The  Lead.", "Second paragraph!"]) == exact_fingerprint(["the lead", "second paragraph"])
True
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Sequence


class _WordCharacters(dict):
    """A `str.translate` table that keeps letters and digits and turns every other character into a space;
    a character of a script written without spaces (Han, kana) is a word of its own.

    It fills itself as characters come (``str.isalnum``: what ``[^\\W_]`` matches), and costs half of a
    regex substitution.

    >>> "Ngày 5/1, Bình_Dương!".translate(_WordCharacters()), "市の会議".translate(_WordCharacters())
    ('Ngày 5 1  Bình Dương ', ' 市  の  会  議 ')
    """

    def __missing__(self, code: int) -> int | str:
        kept: int | str = code if chr(code).isalnum() else _SPACE
        if kept == code and any(start <= code <= end for start, end in _UNSPACED_SCRIPTS):
            kept = f" {chr(code)} "
        self[code] = kept
        return kept


# Code point ranges of scripts written without spaces between words (kana and its extensions, CJK
# ideographs, halfwidth katakana): each character is a word, so that their shingles are runs of SHINGLE_WORDS characters.
_UNSPACED_SCRIPTS = (
    (0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F),
    (0x1AFF0, 0x1B16F), (0x20000, 0x3134F),
)


_SPACE = ord(" ")
_KEEP_WORD_CHARACTERS = _WordCharacters()
# The general path (case-fold, then `_KEEP_WORD_CHARACTERS`) on each ASCII character, as a `bytes.translate`
# table: it reads a tenth of the time. (Bytes beyond ASCII never meet it: they stay as they are.)
_KEEP_ASCII_WORD_BYTES = bytes(
    ord(chr(code).casefold().translate(_KEEP_WORD_CHARACTERS)) for code in range(128)
) + bytes(range(128, 256))
# The letters of the Latin blocks (Vietnamese among them) that `_KEEP_WORD_CHARACTERS` keeps as they are,
# and runs of any other character beyond ASCII: in a case-folded paragraph only those runs need the table
# (`str.translate` reads a character in about 30 ns), and the rest the bytes table.
_LATIN_LETTERS = "".join(
    chr(code) for code in (*range(0x80, 0x250), *range(0x1E00, 0x1F00)) if _KEEP_WORD_CHARACTERS[code] == code
)
_BEYOND_LATIN_LETTERS = re.compile(f"[^\\x00-\\x7f{_LATIN_LETTERS}]+")


def paragraph_words(paragraph: str) -> list[bytes]:
    """A paragraph's words, NFC, case-folded, without punctuation, each as its UTF-8 bytes.

    >>> paragraph_words("On Sept. 10, at the Center!"), [word.decode() for word in paragraph_words("Ở Bình Dương")]
    ([b'on', b'sept', b'10', b'at', b'the', b'center'], ['ở', 'bình', 'dương'])
    """
    return paragraph_bytes(paragraph).split()


def paragraph_bytes(paragraph: str) -> bytes:
    """A paragraph's words (`paragraph_words`) as UTF-8, with runs of spaces and nothing else between them.

    >>> paragraph_bytes("On Sept. 10!")
    b'on sept  10 '
    """
    if paragraph.isascii():  # already NFC
        return paragraph.encode().translate(_KEEP_ASCII_WORD_BYTES)
    # The table on the characters beyond ASCII that are no Latin letters, then the bytes table on ASCII (the
    # same as the table on every character: a Vietnamese paragraph in 60 % of its time); every character
    # left beyond ASCII is a letter or a digit, so ASCII whitespace in the bytes is a space.
    text = _BEYOND_LATIN_LETTERS.sub(_kept_word_characters, unicodedata.normalize("NFC", paragraph).casefold())
    return text.encode().translate(_KEEP_ASCII_WORD_BYTES)


def _kept_word_characters(match: re.Match[str]) -> str:
    return match.group().translate(_KEEP_WORD_CHARACTERS)


def normalise(paragraph: str) -> str:
    """A paragraph reduced to its words: NFC, case-folded, no punctuation.

    >>> normalise("On the Afternoon of September 10, at the Center.")
    'on the afternoon of september 10 at the center'
    """
    return b" ".join(paragraph_words(paragraph)).decode()


def normalised_words(paragraphs: Iterable[str]) -> list[bytes]:
    """The words of the body's paragraphs, in order (`paragraph_words`): what the fingerprints hash.

    >>> normalised_words(["A  b.", "", "C"])
    [b'a', b'b', b'c']
    """
    return normalised_bytes(paragraphs).split()


def normalised_bytes(paragraphs: Iterable[str]) -> bytes:
    """The body's words (`normalised_words`) as UTF-8, with runs of spaces and nothing else between them.

    >>> normalised_bytes(["A  b.", "", "C"])
    b'a  b   c'
    """
    return b" ".join(map(paragraph_bytes, paragraphs))


def normalise_body(paragraphs: Iterable[str]) -> str:
    """The body's paragraphs normalised and joined by one space.

    >>> normalise_body(["A  b.", "", "C"])
    'a b c'
    """
    return b" ".join(normalised_words(paragraphs)).decode()


def exact_fingerprint(paragraphs: Iterable[str]) -> str | None:
    """A 16-hex-digit hash of the normalised body; None for a body with no words.

    >>> exact_fingerprint(["Hello, world."])
    '878633aa32a3b150'
    >>> exact_fingerprint(["..."]) is None
    True
    """
    return body_hash(normalised_words(paragraphs))


def body_hash(words: Sequence[bytes]) -> str | None:
    """The exact fingerprint of a body's `normalised_words`.

    >>> body_hash([b"hello", b"world"])
    '878633aa32a3b150'
    """
    return joined_hash(b" ".join(words))


def joined_hash(joined: bytes) -> str | None:
    """`body_hash` of the words that ``joined`` joins by one space.

    >>> joined_hash(b"hello world"), joined_hash(b"")
    ('878633aa32a3b150', None)
    """
    return hashlib.blake2b(joined, digest_size=8).hexdigest() if joined else None


SHINGLE_WORDS = 4
# Near-duplicate sketches read at most this many words of a body (real articles have a few thousand);
# the exact fingerprint always covers the whole body.
MAX_SKETCH_WORDS = 20_000
SKETCH_BINS = 128
# Bumped whenever shingle hashes or sketches change: state files and sketch folders store them (3: each
# Han or kana character is a word; 4: the agency tag a body loses needs a space beside its dash or a
# capital after it, so a body that opens "COVID-19 …" keeps its first word; 5: dedup hashes a body too
# short to tell its page from another with the page's title and captions after it, and a body loses an agency
# tag in brackets, "(BDO) Sáng …", too; 6: a shingle's hash reads every bit of its words' CRC-32s, where the
# low 16 bits made two short bodies that differ in one word equal once in 65,536, and a band that holds one
# shingle's value alone keys its successor too, where it made two small sets that share that shingle candidates).
FINGERPRINT_VERSION = 6
HASH_BITS = 30  # a shingle hash: 7 bits of bin, then 23 bits of value; 30 bits sort as one-digit ints
BIN_SHIFT = HASH_BITS - 7
BIN_STARTS = tuple(index << BIN_SHIFT for index in range(SKETCH_BINS))
WRAP = 1 << HASH_BITS  # added to a value borrowed across the last bin: larger than any hash
EMPTY_BIN = 1 << (HASH_BITS + 1)  # larger than any value, borrowed or not
BAND_ROWS = 4  # bins a band key covers: SKETCH_BINS // BAND_ROWS keys a sketch
_BIN_BYTES = 4  # a bin's value in band keys: little-endian, wide enough for EMPTY_BIN
# A band whose four bins hold one value (a shingle's minimum, its own or borrowed: values rise along a band, so
# its first and last bins tell) tells only that the set holds that shingle: a set of a few shingles fills runs
# of about 128 / its size bins with each, so two such sets that shared one shingle shared the bands of its run, whatever else
# they held (20,000 pages of 6 shingles, one shared by all: nearly every pair a candidate). Such a band's key
# is XORed with the value of the bin after that shingle's own (the next shingle of the set in hash order) times
# this odd number modulo 2 ** 32: two sets share it when they share the shingle and its successor, as a near
# copy does everywhere but around what it adds or lacks.
SUCCESSOR_MULTIPLIER = 0x9E3779B1
# A shingle's two 64-bit keys (its first and second words' CRC-32s, first lowest; its third and fourth words')
# times these odd constants, summed modulo 2 ** 64: the top HASH_BITS bits are the shingle's hash (vector
# multiply-shift hashing, Dietzfelbinger: every bit of a word moves the hash, so two shingles that differ in a
# word share a hash about once in 2 ** HASH_BITS).
SHINGLE_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)
PRODUCT_SHIFT = 64 - HASH_BITS
# A product's low 64 bits in each 128-bit lane (the sum of two then carries into the lane's bit 64 alone).
_LANE_LOW = (b"\xff" * 8 + bytes(8))
# The sum's bits 34..63 moved to bits 32..61 of each 128-bit lane, everything else cleared.
_LANE_MASK = (((1 << HASH_BITS) - 1) << 32).to_bytes(16, "little")
_BIG_ENDIAN = sys.byteorder == "big"


def text_words(normalised: str) -> list[bytes]:
    """The words of a normalised text that its shingles read, as `normalised_words` gives them.

    >>> text_words("a b"), len(text_words("w " * (MAX_SKETCH_WORDS + 5)))
    ([b'a', b'b'], 20000)
    """
    return normalised.encode().split(maxsplit=MAX_SKETCH_WORDS)[:MAX_SKETCH_WORDS]


def word_crcs(words: Sequence[bytes]) -> array[int]:
    """The CRC-32 of each of a body's first words (`normalised_words`), padded with zeros to one whole
    shingle; empty without words: what `shingle_hashes` (and dedup's numpy twin) hash.

    >>> list(word_crcs([b"a", b"b"])) == [zlib.crc32(b"a"), zlib.crc32(b"b"), 0, 0], len(word_crcs([]))
    (True, 0)
    """
    crcs = array("I", map(zlib.crc32, words[:MAX_SKETCH_WORDS]))
    if crcs:
        crcs.extend([0] * (SHINGLE_WORDS - len(crcs)))
    return crcs


def shingle_hashes(normalised: str) -> list[int]:
    """A 30-bit hash of every word 4-gram of a normalised text's first words (one shingle when shorter), in order.

    A 4-gram's two 64-bit keys pack its words' CRC-32s two by two, first word lowest; its hash is the top
    30 bits of ``first_key * SHINGLE_MULTIPLIERS[0] + second_key * SHINGLE_MULTIPLIERS[1]`` modulo 2 ** 64.
    Deterministic on every machine and in every process, unlike Python's ``hash()``.

    >>> crcs = [zlib.crc32(word) for word in (b"a", b"b", b"c", b"d")]
    >>> keys = (crcs[0] | crcs[1] << 32, crcs[2] | crcs[3] << 32)
    >>> product = sum(key * multiplier for key, multiplier in zip(keys, SHINGLE_MULTIPLIERS))
    >>> shingle_hashes("a b c d e")[0] == product % 2**64 >> 34, len(shingle_hashes("a b c d e"))
    (True, 2)
    >>> shingle_hashes("a b") == shingle_hashes("a b"), shingle_hashes("")
    (True, [])
    """
    codes = word_crcs(text_words(normalised))
    if not codes:
        return []
    if _BIG_ENDIAN:
        codes.byteswap()
    # Every step below runs in C over all shingles at once, each shingle in a zero-padded 128-bit lane of
    # one big integer: its first keys in one, its second keys in another, each times its multiplier.
    packed = codes.tobytes()
    shingles = len(codes) - SHINGLE_WORDS + 1
    low = int.from_bytes(_LANE_LOW * shingles, "little")
    pairs = zip((0, 2), SHINGLE_MULTIPLIERS, strict=True)  # each key's first word in the shingle, its multiplier
    total = sum(_word_pair_lanes(packed, word, shingles) * multiplier & low for word, multiplier in pairs)
    total = total >> (PRODUCT_SHIFT - 32) & int.from_bytes(_LANE_MASK * shingles, "little")
    hashes = array("I", total.to_bytes(16 * shingles, "little"))
    if _BIG_ENDIAN:
        hashes.byteswap()
    return hashes[1::4].tolist()


def _word_pair_lanes(packed: bytes, word: int, shingles: int) -> int:
    """Shingle j's key from its ``word``-th word on (eight bytes of CRC-32s, little-endian) in 128-bit lane j of one integer.

    Two arrays read from word ``word`` and the next on hold every other key each, and go to every other lane.
    """
    lanes = array("Q", bytes(16 * shingles))
    for first in range(2):
        count = len(range(first, shingles, 2))
        start = 4 * (word + first)
        lanes[2 * first :: 4] = array("Q", packed[start : start + 8 * count])
    return int.from_bytes(lanes, "little")


def sketch(hashes: Iterable[int]) -> tuple[int, ...]:
    """One-permutation MinHash, densified: bin ``i`` holds the smallest hash at or above ``i << 23``.

    A hash's top 7 bits are its bin, so a bin holds its own minimum when it has one; an empty bin
    borrows the next non-empty bin's minimum to its right (across the last bin: the first bin's, plus
    ``1 << 30``), whose other top bits keep it from ever meeting a genuine value. Equal bins estimate Jaccard.

    >>> bins = sketch([(1 << 23) + 4, 7, 5]); len(bins), bins[0], bins[1] == (1 << 23) + 4, bins[2] == 5 + (1 << 30)
    (128, 5, True, True)
    >>> sketch([5 << 23]) == (5 << 23,) * 6 + ((5 << 23) + (1 << 30),) * 122
    True
    >>> sketch([]) == (EMPTY_BIN,) * 128
    True
    """
    ordered = sorted(hashes)
    if not ordered:
        return (EMPTY_BIN,) * SKETCH_BINS
    ordered.append(ordered[0] + WRAP)
    return tuple(map(ordered.__getitem__, map(bisect.bisect_left, itertools.repeat(ordered, SKETCH_BINS), BIN_STARTS)))


def bin_minima(hashes: Iterable[int]) -> dict[int, int]:
    """The smallest hash of each bin a set of shingle hashes reaches: `sketch` before densifying.

    >>> bin_minima([(3 << 23) + 5, (3 << 23) + 2, 7])
    {3: 25165826, 0: 7}
    """
    minima: dict[int, int] = {}
    for value in hashes:
        index = value >> BIN_SHIFT
        if value < minima.get(index, EMPTY_BIN):
            minima[index] = value
    return minima


def surely_missing(minima: dict[int, int], signature: Sequence[int]) -> int:
    """How many shingles of a set (given by its `bin_minima`) are certainly not in the set ``signature`` sketches.

    A bin where the set's smallest hash lies below the other sketch's value holds a shingle the other
    set lacks: the other set has no hash between the bin's start and its value there (a genuine
    minimum, or one borrowed from a later bin). Bins are disjoint, so these are distinct shingles: a
    lower bound on the difference.

    >>> article = sketch([(5 << 23) + 3, (9 << 23) + 4])
    >>> surely_missing(bin_minima([(5 << 23) + 3]), article), surely_missing(bin_minima([(1 << 23) + 3, 6]), article)
    (0, 2)
    """
    return sum(1 for index, value in minima.items() if value < signature[index])


def estimate_jaccard(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """The share of bins where two sketches agree: an estimate of the Jaccard of their shingle sets.

    >>> spread = [value * 2654435761 % (1 << 30) for value in range(2000)]
    >>> estimate_jaccard(sketch(spread), sketch(spread))
    1.0
    >>> estimate_jaccard(sketch(spread[::2]), sketch(spread[1::2])) < 0.1
    True
    """
    if not first or first[0] == EMPTY_BIN:
        return 0.0
    return sum(1 for a, b in zip(first, second, strict=True) if a == b) / len(first)


def band_keys(signature: Sequence[int]) -> list[int]:
    """One key per band of ``BAND_ROWS`` bins, for LSH: two sketches that share a key are candidates. A band
    that holds one shingle's value alone keys the next shingle too (`SUCCESSOR_MULTIPLIER`).

    With 128 bins and 4 rows (32 bands) a pair at Jaccard 0.8 shares a band with probability
    1 - (1 - 0.8**4)**32 > 0.999999, a pair at 0.3 with probability 0.23.

    >>> len(band_keys(sketch(range(500))))
    32

    Two sets of a few shingles that share one share no band (its run of bins carried it alone):

    >>> shared, own = 5 << 23, [(index << 23) + 1 for index in (20, 40, 60, 80, 100)]
    >>> set(band_keys(sketch([shared, *own]))) & set(band_keys(sketch([shared, *(value + 1 for value in own)])))
    set()
    """
    values = array("I", signature)  # 4 bytes a bin (_BIN_BYTES), little-endian below
    if _BIG_ENDIAN:
        values.byteswap()
    packed = memoryview(values.tobytes())
    width = BAND_ROWS * _BIN_BYTES
    starts = range(0, len(values), BAND_ROWS)
    keys = [zlib.crc32(packed[start * _BIN_BYTES : start * _BIN_BYTES + width], start) for start in starts]
    return [
        key ^ (_successor(signature, signature[start]) * SUCCESSOR_MULTIPLIER & 0xFFFFFFFF)
        if signature[start] == signature[start + BAND_ROWS - 1] else key
        for start, key in zip(starts, keys, strict=True)
    ]


def _successor(signature: Sequence[int], value: int) -> int:
    """The value of the bin after the own bin of the shingle whose minimum ``value`` is (borrowed across the last bin
    or not), the first bin after the last."""
    return signature[((value >> BIN_SHIFT) + 1) % SKETCH_BINS]

