"""When a sketch estimate decides a pair of pages, and else their true Jaccard: the one rule of dedup's near pairs.

A batch and streaming mode (`bdtools.dedup.NearIndex`), a state file's remembered pages (`bdtools.dedup_state.State`)
and the Dask engine's shuffle (`bdtools.engine_dask.score_pairs`) decide a pair by it, so that they agree near the
threshold: a 128-bin estimate is off by 0.035 (one standard deviation at 0.8) and a short body's sketch is runs of a
few values.

>>> from bdtools.parsers.fingerprint import sketch
>>> many = np.array(sketch(range(0, 1 << 30, 1 << 23)), dtype=np.uint32)
>>> similarities(many, np.array([many]), 0.8, lambda index: 0.5)
[1.0]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from bdtools.parsers.fingerprint import EMPTY_BIN
from bdtools.sketch_numpy import equal_shares, genuine_bins

# A sketch estimate this close to the threshold is checked against the true Jaccard (4 standard
# deviations of a 128-bin estimate at 0.8).
VERIFY_MARGIN = 0.15
# A sketch of fewer genuine bins than this (`genuine_bins`: a set of about 36 shingles or fewer) is runs of a few
# values, each shingle deciding a run of bins at once: two short bodies of one template that share its shingles in
# a row (a Jaccard of 0.5) can agree on 122 of 128 bins. Such a pair's estimate above the threshold is verified.
FEW_GENUINE_BINS = 32


def decides(estimate: Any, threshold: float) -> Any:
    """Whether a sketch estimate lies far enough from the threshold to decide a pair (elementwise for a numpy array).

    >>> decides(0.5, 0.8), decides(0.7, 0.8)
    (True, False)
    """
    return abs(estimate - threshold) > VERIFY_MARGIN


def decided_by_sketches(estimates: np.ndarray, threshold: float, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """`decides` for the pairs of sketch rows of ``firsts`` and ``seconds`` (or one row meeting every row), but an
    estimate above the threshold only where both sketches hold `FEW_GENUINE_BINS` genuine bins or more. One below it
    stays decided: the dask engine's first round drops such pairs by an upper bound of their estimate.

    >>> from bdtools.parsers.fingerprint import sketch
    >>> few, many = sketch([5 << 23, 9 << 23]), sketch(range(0, 1 << 30, 1 << 23))
    >>> decided_by_sketches(np.array([1.0, 1.0, 0.2]), 0.8, np.array([few, many, few]), np.array(many)).tolist()
    [False, True, True]
    """
    decided = decides(estimates, threshold)
    high = np.flatnonzero(decided & (estimates > threshold))
    if len(high):
        genuine = np.minimum(*(genuine_bins(rows if rows.ndim == 1 else rows[high]) for rows in (firsts, seconds)))
        decided[high] = genuine >= FEW_GENUINE_BINS
    return decided


def similarities(own: np.ndarray, others: np.ndarray, threshold: float, true_jaccard: Callable[[int], float]) -> list[float]:
    """A sketch row's similarity to each row of ``others``: the estimate where it decides (`decided_by_sketches`),
    else ``true_jaccard(i)`` for row i, the Jaccard of the two shingle sets, read only for such a pair. A sketch of
    no shingles is like nothing.

    >>> from bdtools.parsers.fingerprint import sketch
    >>> own, other = (np.array(sketch(range(start, 1 << 30, 1 << 22)), dtype=np.uint32) for start in (0, 1 << 21))
    >>> mixed = np.where(np.arange(128) < 100, own, other)  # 100 of 128 bins own's: an estimate of 0.78
    >>> similarities(own, np.array([own, other, mixed]), 0.8, lambda index: 0.83)
    [1.0, 0.0, 0.83]
    >>> similarities(np.array(sketch([]), dtype=np.uint32), np.array([own]), 0.8, lambda index: 1.0)
    [0.0]
    """
    if own[0] == EMPTY_BIN:
        return [0.0] * len(others)
    estimates = equal_shares(others, own)
    scores = estimates.tolist()
    for index in np.flatnonzero(~decided_by_sketches(estimates, threshold, others, own)).tolist():
        scores[index] = true_jaccard(index)
    return scores
