"""A body's shingle set and sketch computed with numpy: the values of `bdtools.parsers.fingerprint`, twice as fast.

The parser's ``shingle_hashes`` and ``sketch`` are the definition (pure Python, so that the parser stays
vendorable); dedup runs this twin, which does the per-shingle work (packing, multiply-shift, sorting,
one search per bin) as a few array operations. ``tests/test_sketch_numpy.py`` holds the two equal.

>>> from bdtools.parsers.fingerprint import shingle_hashes, sketch
>>> distinct, signature = shingles_and_sketch("the board met on the plan for the new year")
>>> sorted(array("I", distinct)) == sorted(set(shingle_hashes("the board met on the plan for the new year")))
True
>>> tuple(signature) == sketch(shingle_hashes("the board met on the plan for the new year"))
True
"""

from __future__ import annotations

from array import array

import numpy as np

from bdtools.parsers.fingerprint import (
    BIN_STARTS,
    PRODUCT_SHIFT,
    SHINGLE_MULTIPLIER,
    SHINGLE_WORDS,
    WRAP,
    word_crcs,
)

_CODE_MASK = np.uint64(0xFFFF)
_CODE_SHIFTS = [np.uint64(16 * place) for place in range(SHINGLE_WORDS)]
_MULTIPLIER = np.uint64(SHINGLE_MULTIPLIER)
_SHIFT = np.uint64(PRODUCT_SHIFT)
_BOUNDS = np.array(BIN_STARTS, dtype=np.uint64)
_WRAP_64 = np.uint64(WRAP)


def _sorted_hashes(normalised: str) -> np.ndarray:
    """The text's shingle hashes (`shingle_hashes`), sorted.

    >>> from bdtools.parsers.fingerprint import shingle_hashes
    >>> _sorted_hashes("a b c d e").tolist() == sorted(shingle_hashes("a b c d e"))
    True
    """
    crcs = word_crcs(normalised)
    if not crcs:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(crcs, dtype=np.uint32).astype(np.uint64) & _CODE_MASK
    shingles = len(codes) - SHINGLE_WORDS + 1
    keys = codes[:shingles].copy()
    for place in range(1, SHINGLE_WORDS):
        keys |= codes[place : place + shingles] << _CODE_SHIFTS[place]
    keys *= _MULTIPLIER  # modulo 2 ** 64, as the parser's lanes are masked
    keys >>= _SHIFT
    keys.sort()
    return keys


def _distinct(ordered: np.ndarray) -> bytes:
    """Sorted hashes without repeats, as ``array("I")`` bytes (what dedup's shingle store keeps)."""
    if len(ordered) < 2:
        return ordered.astype(np.uint32).tobytes()
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first].astype(np.uint32).tobytes()


def distinct_shingles(normalised: str) -> bytes:
    """The text's distinct shingle hashes, in ascending order, as ``array("I")`` bytes.

    >>> from bdtools.parsers.fingerprint import shingle_hashes
    >>> sorted(array("I", distinct_shingles("a b c d e a b c d"))) == sorted(set(shingle_hashes("a b c d e a b c d")))
    True
    """
    return _distinct(_sorted_hashes(normalised))


def shingles_and_sketch(normalised: str) -> tuple[bytes, array[int] | None]:
    """The text's distinct shingle hashes (`distinct_shingles`) and its `sketch` as ``array("I")``, None without words.

    >>> shingles_and_sketch("")
    (b'', None)
    >>> len(shingles_and_sketch("a b c d e")[1])
    128
    """
    ordered = _sorted_hashes(normalised)
    if not len(ordered):
        return b"", None
    # A bin's value is the smallest hash at or above its start; past the last hash, the first one plus WRAP.
    extended = np.append(ordered, ordered[0] + _WRAP_64)
    signature = array("I", extended[np.searchsorted(extended, _BOUNDS)].astype(np.uint32).tobytes())
    return _distinct(ordered), signature
