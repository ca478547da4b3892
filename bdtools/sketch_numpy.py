"""Shingle sets and sketches with numpy: the values of `bdtools.parsers.fingerprint`, computed as arrays.

The parser's ``shingle_hashes``, ``sketch``, ``estimate_jaccard`` and ``surely_missing`` are the
definition (pure Python, so that the parser stays vendorable); dedup runs these twins, which do the
per-shingle and per-bin work (packing, multiply-shift, sorting, one search per bin, comparing one sketch
with many) as a few array operations. ``tests/test_sketch_numpy.py`` holds the two equal.

>>> from bdtools.parsers.fingerprint import shingle_hashes, sketch, text_words, word_crcs
>>> distinct, signature = shingles_and_sketch(word_crcs(text_words("the board met on the plan for the new year")))
>>> sorted(array("I", distinct)) == sorted(set(shingle_hashes("the board met on the plan for the new year")))
True
>>> tuple(signature) == sketch(shingle_hashes("the board met on the plan for the new year"))
True
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from bdtools.parsers.fingerprint import (
    BAND_ROWS,
    BIN_SHIFT,
    BIN_STARTS,
    MAX_SKETCH_WORDS,
    PRODUCT_SHIFT,
    SHINGLE_MULTIPLIERS,
    SHINGLE_WORDS,
    SKETCH_BINS,
    SUCCESSOR_MULTIPLIER,
    WRAP,
)

_FIRST_MULTIPLIER, _SECOND_MULTIPLIER = map(np.uint64, SHINGLE_MULTIPLIERS)
_SHIFT = np.uint64(PRODUCT_SHIFT)
# A shingle hash has HASH_BITS (30) bits, and a value borrowed across the last bin one more: 4 bytes each.
_BOUNDS = np.array(BIN_STARTS, dtype=np.uint32)
_WRAP_32 = np.uint32(WRAP)
_SUCCESSOR_MULTIPLIER = np.uint32(SUCCESSOR_MULTIPLIER)
_BIN_INDICES = np.arange(SKETCH_BINS, dtype=np.uint32)
_CRC_POLYNOMIAL = 0xEDB88320  # CRC-32 as zlib computes it (reflected)
_SPACE = ord(" ")


def _crc_table() -> np.ndarray:
    """The CRC-32 remainder of each byte value: the table that zlib's byte-at-a-time loop reads."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(_CRC_POLYNOMIAL), table >> 1).astype(np.uint32)
    return table


_CRC_TABLE = _crc_table()
# CRC-32 is linear in a text's bytes: a word's is the XOR of what each byte adds to the register, which depends
# on the byte and on how many bytes follow it in the word, and of the CRC-32 of as many zero bytes (zlib's
# initial and final inversions). Words longer than the tables are left to zlib.
_TABLE_DEPTH = 64


def _byte_by_distance() -> np.ndarray:
    """Row k, column b: what byte b adds to the CRC-32 register with k bytes after it (the space, which parts
    words, adds nothing), flattened."""
    tables = np.empty((_TABLE_DEPTH, 256), dtype=np.uint32)
    row = _CRC_TABLE
    for distance in range(_TABLE_DEPTH):
        tables[distance] = row
        row = _CRC_TABLE[row & 0xFF] ^ (row >> 8)
    tables[:, _SPACE] = 0
    return tables.ravel()


_BYTE_BY_DISTANCE = _byte_by_distance()
_ZEROS_CRC = np.array([zlib.crc32(bytes(length)) for length in range(_TABLE_DEPTH + 1)], dtype=np.uint32)


class BodyWords(NamedTuple):
    """A normalised body's words as `body_words` reads them: each one's CRC-32, and all joined by one space.

    >>> BodyWords(np.array([zlib.crc32(b"a")], dtype=np.uint32), b"a").crcs.tolist() == [zlib.crc32(b"a")]
    True
    """

    crcs: np.ndarray
    joined: bytes


def body_words(normalised: bytes) -> BodyWords:
    """The CRC-32 (zlib's) of each word of a normalised body (`normalised_bytes`: words between runs of spaces, the
    byte 0x20 alone; any other byte, a tab too, is a word's), and its words joined by one space, read as
    arrays: splitting it into a bytes object a word, and a call of zlib each, took half of dedup's per-record
    work.

    >>> words = body_words(b" the  board met ")
    >>> words.crcs.tolist() == [zlib.crc32(word) for word in (b"the", b"board", b"met")], words.joined
    (True, b'the board met')
    """
    codes = np.frombuffer(normalised, dtype=np.uint8)
    in_word = np.zeros(len(codes) + 2, dtype=bool)
    np.not_equal(codes, _SPACE, out=in_word[1:-1])
    edges = np.flatnonzero(in_word[1:] != in_word[:-1])  # where each word starts, then ends
    starts, ends = edges[::2], edges[1::2]
    kept = in_word[1:-1].copy()
    kept[starts[1:] - 1] = True  # the space before each word but the first
    return BodyWords(_word_crcs(codes, starts, ends), codes[kept].tobytes())


def _word_crcs(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The CRC-32 of each word of ``codes`` (bytes) that starts and ends there."""
    if not len(ends):
        return np.empty(0, dtype=np.uint32)
    last = ends[-1]
    # Each byte up to the last word's end: how many bytes follow it in the word it is in (or that follows it),
    # then its place in the tables.
    gaps = ends.copy()
    gaps[1:] -= ends[:-1]
    places = np.repeat(ends, gaps) - np.arange(1, last + 1)
    np.minimum(places, _TABLE_DEPTH - 1, out=places)
    places <<= 8
    places += codes[:last]
    register = np.zeros(last + 1, dtype=np.uint32)  # the XOR of what the bytes before each place add
    np.bitwise_xor.accumulate(_BYTE_BY_DISTANCE[places], out=register[1:])
    lengths = ends - starts
    crcs = register[ends] ^ register[starts] ^ _ZEROS_CRC[np.minimum(lengths, _TABLE_DEPTH)]
    if lengths.max() > _TABLE_DEPTH:
        for word in np.flatnonzero(lengths > _TABLE_DEPTH):
            crcs[word] = zlib.crc32(codes[starts[word] : ends[word]])
    return crcs


def _sorted_hashes(crcs: Sequence[int]) -> np.ndarray:
    """The shingle hashes of a body's words (`shingle_hashes`), sorted, given the words' CRC-32s (`word_crcs`, or
    `body_words`' of every word).

    >>> from bdtools.parsers.fingerprint import shingle_hashes, word_crcs
    >>> _sorted_hashes(word_crcs([b"a", b"b", b"c", b"d", b"e"])).tolist() == sorted(shingle_hashes("a b c d e"))
    True
    """
    codes = np.asarray(crcs, dtype="<u4")[:MAX_SKETCH_WORDS]
    if not len(codes):
        return np.empty(0, dtype=np.uint32)
    if len(codes) < SHINGLE_WORDS:  # one whole shingle, as `word_crcs` pads it
        codes = np.concatenate((codes, np.zeros(SHINGLE_WORDS - len(codes), dtype="<u4")))
    shingles = len(codes) - SHINGLE_WORDS + 1
    # The key of words j and j + 1 is the eight bytes from word j's CRC-32 on, read little-endian: one 64-bit view
    # a word (overlapping; the view's last one ends at the array's end), copied aligned: two products read it.
    # Shingle j's keys are pairs j and j + 2.
    pairs = np.ndarray((len(codes) - 1,), dtype="<u8", buffer=codes, strides=(codes.itemsize,)).copy()
    keys = pairs[:shingles] * _FIRST_MULTIPLIER  # modulo 2 ** 64
    keys += pairs[2:] * _SECOND_MULTIPLIER
    keys >>= _SHIFT
    hashes = keys.astype(np.uint32)  # 30 bits
    hashes.sort()
    return hashes


def _distinct(ordered: np.ndarray) -> bytes:
    """Sorted hashes without repeats, as ``array("I")`` bytes (what dedup's shingle store keeps)."""
    if len(ordered) < 2:
        return ordered.tobytes()
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first].tobytes()


def distinct_shingles(crcs: Sequence[int]) -> bytes:
    """The distinct shingle hashes of a body's words, given their CRC-32s (`word_crcs`, `body_words`), ascending, as
    ``array("I")`` bytes.

    >>> from bdtools.parsers.fingerprint import shingle_hashes, text_words, word_crcs
    >>> shingles = distinct_shingles(word_crcs(text_words("a b c d e a b c d")))
    >>> sorted(array("I", shingles)) == sorted(set(shingle_hashes("a b c d e a b c d")))
    True
    """
    return _distinct(_sorted_hashes(crcs))


def shingles_and_sketch(crcs: Sequence[int]) -> tuple[bytes, array[int] | None]:
    """The distinct shingle hashes of a body's words, given their CRC-32s (`distinct_shingles`), and its `sketch` as
    ``array("I")``, None without words.

    >>> from bdtools.parsers.fingerprint import word_crcs
    >>> shingles_and_sketch([])
    (b'', None)
    >>> len(shingles_and_sketch(word_crcs([b"a", b"b", b"c", b"d", b"e"]))[1])
    128
    """
    ordered = _sorted_hashes(crcs)
    if not len(ordered):
        return b"", None
    # A bin's value is the smallest hash at or above its start; past the last hash, the first one plus WRAP.
    extended = np.empty(len(ordered) + 1, dtype=np.uint32)
    extended[:-1] = ordered
    extended[-1] = ordered[0] + _WRAP_32
    signature = array("I", extended[np.searchsorted(extended, _BOUNDS)].tobytes())
    return _distinct(ordered), signature


def band_key_rows(rows: np.ndarray) -> np.ndarray:
    """`band_keys` of each sketch row at once: ``zlib.crc32`` of each band's little-endian bytes, seeded
    with the band's first bin, computed a byte column at a time over every row and band together; a band of
    one lender XOR its successor's value times ``SUCCESSOR_MULTIPLIER``.

    >>> from bdtools.parsers.fingerprint import band_keys, sketch
    >>> signature = sketch(range(500))
    >>> band_key_rows(np.array([signature, signature], dtype=np.uint32))[1].tolist() == band_keys(signature)
    True
    """
    data = np.ascontiguousarray(rows, dtype="<u4").view(np.uint8).reshape(len(rows), SKETCH_BINS // BAND_ROWS, -1)
    crc = np.broadcast_to(np.arange(0, SKETCH_BINS, BAND_ROWS, dtype=np.uint32) ^ np.uint32(0xFFFFFFFF), data.shape[:2])
    for column in range(data.shape[2]):
        crc = _CRC_TABLE[(crc ^ data[:, :, column]) & 0xFF] ^ (crc >> 8)
    keys = crc ^ np.uint32(0xFFFFFFFF)
    values = np.asarray(rows, dtype=np.uint32)
    firsts, lasts = values[:, ::BAND_ROWS], values[:, BAND_ROWS - 1 :: BAND_ROWS]
    alone = np.nonzero(firsts == lasts)
    if len(alone[0]):
        following = ((firsts[alone] >> np.uint32(BIN_SHIFT)) + np.uint32(1)) % np.uint32(SKETCH_BINS)
        keys[alone] ^= values[alone[0], following] * _SUCCESSOR_MULTIPLIER  # modulo 2 ** 32
    return keys


def equal_shares(firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """The share of equal columns per row (rows pair up, or one row meets every row): of two sketches'
    bins, `estimate_jaccard`; of their low bytes, a bound above it.

    >>> equal_shares(np.array([[1, 2, 3, 4], [1, 2, 3, 4]]), np.array([[1, 2, 0, 0], [1, 2, 3, 4]])).tolist()
    [0.5, 1.0]
    >>> equal_shares(np.array([[1, 2, 3, 4], [1, 0, 0, 0]]), np.array([1, 2, 3, 0])).tolist()
    [0.75, 0.5]
    """
    return (firsts == seconds).sum(axis=1) / firsts.shape[1]


def genuine_bins(rows: np.ndarray) -> np.ndarray:
    """How many bins of each sketch (the last axis) hold their own minimum, not one borrowed from a later bin:
    about the set's size for a set of a few shingles.

    >>> from bdtools.parsers.fingerprint import sketch
    >>> genuine_bins(np.array([sketch([5 << 23, 9 << 23]), sketch(range(0, 1 << 30, 1 << 23))])).tolist()
    [2, 128]
    """
    return (np.asarray(rows, dtype=np.uint32) >> np.uint32(BIN_SHIFT) == _BIN_INDICES).sum(axis=-1)


def common_count(firsts: np.ndarray, seconds: np.ndarray) -> int:
    """How many values two ascending arrays of distinct values share (two shingle sets as the store keeps
    them): a binary search of the smaller in the larger, a quarter of a set intersection's time here.

    >>> common_count(np.array([2, 5, 9, 11], dtype=np.uint32), np.array([1, 5, 11, 12, 20], dtype=np.uint32))
    2
    >>> common_count(np.array([], dtype=np.uint32), np.array([3], dtype=np.uint32))
    0
    """
    small, large = (firsts, seconds) if len(firsts) <= len(seconds) else (seconds, firsts)
    return int(np.count_nonzero(in_sorted(small, large)))


def jaccard(firsts: np.ndarray, seconds: np.ndarray) -> float:
    """The Jaccard of two ascending arrays of distinct values (two shingle sets as the store keeps them); 0.0 for two
    empty ones.

    >>> jaccard(np.array([2, 5, 9, 11], dtype=np.uint32), np.array([1, 5, 11, 12, 20], dtype=np.uint32))
    0.2857142857142857
    """
    # Both sets hold distinct values: the union's size follows from the intersection's.
    common = common_count(firsts, seconds)
    total = len(firsts) + len(seconds) - common
    return common / total if total else 0.0


def in_sorted(values: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in ``ordered`` (ascending), as a mask: a binary search of each.

    >>> in_sorted(np.array([5, 1, 12, 9]), np.array([2, 5, 9, 11])).tolist(), in_sorted(np.array([3]), np.array([])).tolist()
    ([True, False, False, True], [False])
    """
    if not len(ordered):
        return np.zeros(len(values), dtype=bool)
    found = np.searchsorted(ordered, values)
    np.minimum(found, len(ordered) - 1, out=found)
    return ordered[found] == values


def bin_minima_arrays(distinct: bytes) -> tuple[np.ndarray, np.ndarray]:
    """`bin_minima` of ``array("I")`` bytes of distinct hashes, as two arrays: the bins reached, their minima.

    >>> bins, minima = bin_minima_arrays(array("I", [(3 << 23) + 5, (3 << 23) + 2, 7]).tobytes())
    >>> bins.tolist(), minima.tolist()
    ([0, 3], [7, 25165826])
    """
    values = np.sort(np.frombuffer(distinct, dtype=np.uint32))
    bins = values >> BIN_SHIFT
    first = np.empty(len(values), dtype=bool)
    first[:1] = True
    np.not_equal(bins[1:], bins[:-1], out=first[1:])
    return bins[first].astype(np.intp), values[first]


def surely_missing_counts(minima: tuple[np.ndarray, np.ndarray], rows: np.ndarray) -> np.ndarray:
    """`surely_missing` of one set (its `bin_minima_arrays`) against each sketch row at once.

    >>> from bdtools.parsers.fingerprint import sketch
    >>> article = np.array([sketch([(5 << 23) + 3, (9 << 23) + 4])], dtype=np.uint32)
    >>> surely_missing_counts(bin_minima_arrays(array("I", [(1 << 23) + 3, 6]).tobytes()), article).tolist()
    [2]
    """
    bins, values = minima
    return (rows[:, bins] > values).sum(axis=1)
