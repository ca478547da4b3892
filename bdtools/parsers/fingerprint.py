"""Fingerprints of a page body for deduplication.

Vendorable: imports only the standard library. Fingerprints are taken over the body
paragraphs only (never the footer or the view counter; the caller strips the agency tag), so two
crawls of one article that differ in their view counts or footers get the same fingerprint.

>>> exact_fingerprint(["The  Lead.", "Second paragraph!"]) == exact_fingerprint(["the lead", "second paragraph"])
True
"""

from __future__ import annotations

import hashlib
import itertools
import unicodedata
import zlib
from collections.abc import Iterable, Sequence


class _WordCharacters(dict):
    """A `str.translate` table that keeps letters and digits and turns every other character into a space.

    It fills itself as characters come (``str.isalnum``: what ``[^\\W_]`` matches), and costs half of a
    regex substitution.

    >>> "Ngày 5/1, Bình_Dương!".translate(_WordCharacters())
    'Ngày 5 1  Bình Dương '
    """

    def __missing__(self, code: int) -> int:
        kept = code if chr(code).isalnum() else _SPACE
        self[code] = kept
        return kept


_SPACE = ord(" ")
_KEEP_WORD_CHARACTERS = _WordCharacters()


def normalise(paragraph: str) -> str:
    """A paragraph reduced to its words: NFC, case-folded, no punctuation.

    >>> normalise("On the Afternoon of September 10, at the Center.")
    'on the afternoon of september 10 at the center'
    """
    text = unicodedata.normalize("NFC", paragraph)
    return " ".join(text.casefold().translate(_KEEP_WORD_CHARACTERS).split())


def normalise_body(paragraphs: Iterable[str]) -> str:
    """The body's paragraphs normalised and joined by one space.

    >>> normalise_body(["A  b.", "", "C"])
    'a b c'
    """
    return " ".join(words for words in map(normalise, paragraphs) if words)


def exact_fingerprint(paragraphs: Iterable[str]) -> str | None:
    """A 16-hex-digit hash of the normalised body; None for a body with no words.

    >>> exact_fingerprint(["Hello, world."])
    '878633aa32a3b150'
    >>> exact_fingerprint(["..."]) is None
    True
    """
    return body_hash(normalise_body(paragraphs))


def body_hash(normalised: str) -> str | None:
    """The exact fingerprint of a body that `normalise_body` has already normalised.

    >>> body_hash("hello world")
    '878633aa32a3b150'
    """
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest() if normalised else None


SHINGLE_WORDS = 4
# Near-duplicate sketches read at most this many words of a body (real articles have a few thousand);
# the exact fingerprint always covers the whole body.
MAX_SKETCH_WORDS = 20_000
SKETCH_BINS = 128
_VALUE_BITS = 25  # a 32-bit shingle hash gives 7 bits of bin and 25 bits of value
_EMPTY = 1 << 32  # larger than any value, densified or not
_BIN_BYTES = 5  # a bin's value in band keys: little-endian, wide enough for _EMPTY
_SPACE_BYTE = b" "


def shingle_hashes(normalised: str, size: int = SHINGLE_WORDS) -> list[int]:
    """CRC-32 of every word ``size``-gram of a normalised text's first words (one shingle when shorter), in order.

    CRC-32 is the same on every machine and in every process, unlike Python's ``hash()``.

    >>> shingle_hashes("a b c d e", 4) == [zlib.crc32(b"a b c d"), zlib.crc32(b"b c d e")]
    True
    >>> shingle_hashes("")
    []
    """
    words = normalised.encode().split(maxsplit=MAX_SKETCH_WORDS)[:MAX_SKETCH_WORDS]
    if not words:
        return []
    if len(words) <= size:
        return [zlib.crc32(_SPACE_BYTE.join(words))]
    # zip, join and crc32 chained by map: the loop runs in C, no Python step per shingle. The shifted
    # word lists differ in length: zip stops at the shortest, after the last whole shingle.
    shifted = [words[start:] for start in range(size)]
    return list(map(zlib.crc32, map(_SPACE_BYTE.join, zip(*shifted, strict=False))))


def sketch(hashes: Iterable[int], bins: int = SKETCH_BINS) -> tuple[int, ...]:
    """One-permutation MinHash with rotation densification: one minimum per bin, no empty bin.

    Each shingle hash falls in bin ``hash % bins`` and competes with the value ``hash >> 7``; an
    empty bin borrows the next non-empty bin's minimum to its right (circularly), offset by the
    distance so borrowed and genuine values never meet by chance. Equal bins estimate Jaccard.

    >>> a = sketch(range(0, 4000, 3)); len(a)
    128
    >>> sketch([]) == (_EMPTY,) * 128
    True
    """
    shift = (bins - 1).bit_length()
    # The smallest hash of a bin has the smallest value (hash >> shift is monotonic): keep hashes, shift once.
    smallest = [_EMPTY << shift] * bins
    for value in hashes:
        index = value % bins
        if value < smallest[index]:
            smallest[index] = value
    mins = [value >> shift for value in smallest]
    empty = mins.count(_EMPTY)
    if empty in (0, bins):
        return tuple(mins)
    filled = list(mins)
    for index in [index for index, value in enumerate(mins) if value == _EMPTY]:
        distance = 1
        while mins[(index + distance) % bins] == _EMPTY:
            distance += 1
        filled[index] = mins[(index + distance) % bins] + (distance << _VALUE_BITS)
    return tuple(filled)


def bin_minima(hashes: Iterable[int], bins: int = SKETCH_BINS) -> dict[int, int]:
    """The smallest value (``hash >> 7``) of each bin a set of shingle hashes reaches: `sketch` before densifying.

    >>> bin_minima([128 * 5 + 3, 128 * 2 + 3, 7])
    {3: 2, 7: 0}
    """
    shift = (bins - 1).bit_length()
    minima: dict[int, int] = {}
    for value in hashes:
        index, rest = value % bins, value >> shift
        if rest < minima.get(index, _EMPTY):
            minima[index] = rest
    return minima


def surely_missing(minima: dict[int, int], signature: Sequence[int]) -> int:
    """How many shingles of a set (given by its `bin_minima`) are certainly not in the set ``signature`` sketches.

    A bin where the set's smallest value lies below the other set's genuine minimum, or where the other
    set has no shingle at all (its value there is borrowed, at least ``1 << 25``), holds a shingle the
    other set lacks; bins are disjoint, so these are distinct shingles: a lower bound on the difference.

    >>> article = sketch([128 * 5 + 3, 128 * 9 + 4])
    >>> surely_missing(bin_minima([128 * 5 + 3]), article), surely_missing(bin_minima([128 * 1 + 3, 6]), article)
    (0, 2)
    """
    borrowed = 1 << _VALUE_BITS
    return sum(1 for index, rest in minima.items() if signature[index] >= borrowed or rest < signature[index])


def estimate_jaccard(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """The share of bins where two sketches agree: an estimate of the Jaccard of their shingle sets.

    >>> estimate_jaccard(sketch(range(1000)), sketch(range(1000)))
    1.0
    >>> estimate_jaccard(sketch(range(0, 100000, 7)), sketch(range(1, 100000, 7))) < 0.1
    True
    """
    if not first or first[0] == _EMPTY:
        return 0.0
    return sum(1 for a, b in zip(first, second, strict=True) if a == b) / len(first)


def band_keys(signature: tuple[int, ...], rows: int = 4) -> list[int]:
    """One key per band of ``rows`` bins, for LSH: two sketches that share a key are candidates.

    With 128 bins and 4 rows (32 bands) a pair at Jaccard 0.8 shares a band with probability
    1 - (1 - 0.8**4)**32 > 0.999999, a pair at 0.3 with probability 0.23.

    >>> len(band_keys(sketch(range(500))))
    32
    """
    packed = b"".join(map(int.to_bytes, signature, itertools.repeat(_BIN_BYTES), itertools.repeat("little")))
    width = rows * _BIN_BYTES
    return [
        zlib.crc32(packed[start * _BIN_BYTES : start * _BIN_BYTES + width], start) for start in range(0, len(signature), rows)
    ]

