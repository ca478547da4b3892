"""Dedup's decisions: one record's (`Decision`), and a run's as columns (`Decisions`); and the rule that no whole
page is a near copy of a page cut short, nor a cut page of a shorter one (`may_be_near`).

A decision's ``of`` is None for a unique record and its ``cluster`` otherwise; a unique record's cluster
is its own id. So a run keeps, for each record, a status code, a cluster and a score: about 17 bytes,
where a `Decision` with its strings took about 150.

>>> decisions = Decisions(["a" * 4, "b" * 4].__getitem__)
>>> decisions.append("unique", 0, None)
>>> decisions.append("near", 0, 0.85)
>>> decisions[1].as_field()
{'status': 'near', 'of': 'aaaa', 'score': 0.85, 'cluster': 'aaaa'}
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

STATUSES = ("unique", "exact", "near", "teaser")
_STATUS_CODES = {status: code for code, status in enumerate(STATUSES)}

# The first value of a canonical order (`bdtools.dedup.canonical_order`) ranks what the page holds: whether it is
# undated (False, True) for a whole page, this for a page cut short (`bdtools.dedup.cut_short`), which so comes after
# every whole page (its order goes on with its length, then as a whole page's). A whole page's order is as before cut
# pages were ranked: a state file's stays right.
CUT_RANK = 2


def cut_page(order: Sequence) -> bool:
    """Whether a canonical order is that of a page cut short (`CUT_RANK`).

    >>> cut_page((False, "2022-01-05T16:00:00+07:00", -30, "a")), cut_page((CUT_RANK, -30, True, "", "a"))
    (False, True)
    """
    return order[0] >= CUT_RANK


def may_be_near(copy: Sequence, canonical: Sequence) -> bool:
    """Whether a page may be a near copy of a canonical record, by their canonical orders: not when the canonical
    record holds less of their story, a page cut short where the page is whole (it lacks what the page holds), or
    cut shorter than the page is (its order's second value is minus its length). Streaming mode and a state file
    meet pages first seen first; in a batch no such canonical record comes before the page in canonical order, and a
    head made without its order (``copy`` is ``()``) may be a copy of any canonical record before it.

    >>> whole, cut = (False, "2022-01-05T16:00:00+07:00", -30, "a"), (CUT_RANK, -30, True, "", "b")
    >>> longer = (CUT_RANK, -40, True, "", "c")
    >>> may_be_near(whole, cut), may_be_near(cut, cut), may_be_near(cut, longer), may_be_near(longer, cut), may_be_near((), cut)
    (False, True, True, False, True)
    """
    if not copy or not cut_page(canonical):
        return True
    return cut_page(copy) and copy[1] >= canonical[1]


def may_be_exact(copy: Sequence, canonical: Sequence) -> bool:
    """Whether a page may be an exact copy of a canonical record with its body (one exact hash), by their canonical
    orders: not a whole page of a cut one (an article cut just above its footer holds its body, not its footer). Of two
    cut pages either may be the other's, unlike `may_be_near`: their lengths differ only where their texts do in
    what the hash leaves out (an agency tag, punctuation), and neither holds more of their story.

    >>> whole, cut = (False, "2022-01-05T16:00:00+07:00", -30, "a"), (CUT_RANK, -30, True, "", "b")
    >>> longer = (CUT_RANK, -31, True, "", "c")
    >>> may_be_exact(whole, cut), may_be_exact(cut, whole), may_be_exact(longer, cut), may_be_exact((), cut)
    (False, True, True, True)
    """
    return not copy or cut_page(copy) or not cut_page(canonical)


# A cluster: the position in the run of its canonical record, or a story's id when the run does not hold
# that record (a remembered page, or a story a teaser link found by id).
Cluster = int | str


@dataclass(slots=True)
class Decision:
    """The dup field of a record and the teaser links of its items (block index → story; None: no links).

    >>> decision = Decision("unique", None, None, "f" * 16, items={0: "2885f038f46d021e"})
    >>> decision.as_field()
    {'status': 'unique', 'of': None, 'score': None, 'cluster': 'ffffffffffffffff'}
    """

    status: str
    of: str | None
    score: float | None
    cluster: str
    items: dict[int, str] | None = None

    def as_field(self) -> dict:
        return {"status": self.status, "of": self.of, "score": self.score, "cluster": self.cluster}


class Decisions(Sequence[Decision]):
    """A run's decisions, position by position, as columns; ``decisions[position]`` makes the `Decision`.

    ``id_of`` gives the id of the record at a position: a cluster kept as a position is read as that id.

    >>> decisions = Decisions(["a" * 4, "b" * 4, "c" * 4].__getitem__)
    >>> for status, cluster, score in (("unique", 0, None), ("exact", 0, 1.0), ("unique", 2, None)):
    ...     decisions.append(status, cluster, score)
    >>> decisions.set(2, "teaser", "r" * 4, 0.95)
    >>> decisions.items[2] = {0: "aaaa"}
    >>> [(decision.status, decision.of, decision.score, decision.cluster) for decision in decisions]
    [('unique', None, None, 'aaaa'), ('exact', 'aaaa', 1.0, 'aaaa'), ('teaser', 'rrrr', 0.95, 'rrrr')]
    >>> decisions.status(2), decisions.cluster(1), decisions[2].items, len(decisions[1:])
    ('teaser', 0, {0: 'aaaa'}, 2)
    """

    def __init__(self, id_of: Callable[[int], str]) -> None:
        self.id_of = id_of
        self.statuses = bytearray()
        self.clusters = array("i")  # ≥ 0: a position in the run; < 0: ``self.named[-1 - value]``; 4 bytes a record
        self.scores = array("d")  # NaN: no score
        self.named: list[str] = []
        self._named_at: dict[str, int] = {}
        self.items: dict[int, dict[int, Cluster]] = {}  # a listing's teaser links (block index -> story), by its position

    def append(self, status: str, cluster: Cluster, score: float | None) -> None:
        """The decision of the next position."""
        code, value, kept_score = self._kept(status, cluster, score)
        self.statuses.append(code)
        self.clusters.append(value)
        self.scores.append(kept_score)

    def extend(self, statuses: bytes, clusters: bytes, scores: bytes) -> None:
        """The decisions of the next positions, as the machine bytes of three columns: a status code
        (`STATUSES`) a byte, the clusters as 4-byte ints (positions only), the scores as 8-byte floats (NaN: None).

        >>> decisions = Decisions(str)
        >>> decisions.extend(bytes([0, 2]), array("i", [0, 0]).tobytes(), array("d", [math.nan, 0.9]).tobytes())
        >>> [(decision.status, decision.of, decision.score) for decision in decisions]
        [('unique', None, None), ('near', '0', 0.9)]
        """
        if not len(statuses) * 8 == 2 * len(clusters) == len(scores):
            raise ValueError("the columns hold different numbers of decisions")
        self.statuses += statuses
        self.clusters.frombytes(clusters)
        self.scores.frombytes(scores)

    def set(self, position: int, status: str, cluster: Cluster, score: float | None) -> None:
        """Decide ``position`` again (its teaser links stay)."""
        self.statuses[position], self.clusters[position], self.scores[position] = self._kept(status, cluster, score)

    def _kept(self, status: str, cluster: Cluster, score: float | None) -> tuple[int, int, float]:
        """A decision as its columns keep it: the status code, the cluster value, the score (NaN: None)."""
        if not isinstance(cluster, int):
            if cluster not in self._named_at:
                self._named_at[cluster] = len(self.named)
                self.named.append(cluster)
            cluster = -1 - self._named_at[cluster]
        return _STATUS_CODES[status], cluster, math.nan if score is None else score

    def status(self, position: int) -> str:
        return STATUSES[self.statuses[position]]

    def positions_of(self, status: str) -> Iterator[int]:
        """The positions of the records of ``status``, ascending.

        >>> decisions = Decisions(str)
        >>> for status in ("unique", "near", "exact", "near"):
        ...     decisions.append(status, 0, None)
        >>> list(decisions.positions_of("near"))
        [1, 3]
        """
        code = _STATUS_CODES[status]
        return (position for position, kept in enumerate(self.statuses) if kept == code)

    def copy_of(self, position: int) -> tuple[str, Cluster, float | None]:
        """The decision of an exact copy of the record at ``position``: its `exact` copy when it is canonical, else what
        it is (a batch's exact group follows its head).

        >>> decisions = Decisions(str)
        >>> decisions.append("unique", 0, None)
        >>> decisions.append("near", 0, 0.9)
        >>> decisions.copy_of(0), decisions.copy_of(1)
        (('exact', 0, 1.0), ('near', 0, 0.9))
        """
        if self.status(position) == "unique":
            return "exact", position, 1.0
        return self.status(position), self.cluster(position), self.score(position)

    def score(self, position: int) -> float | None:
        score = self.scores[position]
        return None if math.isnan(score) else score

    def cluster(self, position: int) -> Cluster:
        """The cluster of ``position`` as kept: a position in the run, or an id."""
        return self.cluster_of(self.clusters[position])

    def cluster_of(self, value: int) -> Cluster:
        """The cluster a value of the clusters column stands for: a position in the run, or an id."""
        return value if value >= 0 else self.named[-1 - value]

    def cluster_id(self, position: int) -> str:
        """The id of the cluster of ``position``."""
        return self.id_for(self.cluster(position))

    def __len__(self) -> int:
        return len(self.statuses)

    def __iter__(self) -> Iterator[Decision]:
        return map(self.__getitem__, range(len(self)))  # type: ignore[arg-type]

    def __getitem__(self, position: int | slice) -> Decision | list[Decision]:  # type: ignore[override]
        if isinstance(position, slice):
            return [self[index] for index in range(*position.indices(len(self)))]  # type: ignore[misc]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("Decisions index out of range")
        status, cluster, links = self.status(position), self.cluster_id(position), self.items.get(position)
        if links is not None:
            links = {index: self.id_for(story) for index, story in links.items()}
        return Decision(status, None if status == "unique" else cluster, self.score(position), cluster, links)

    def id_for(self, cluster: Cluster) -> str:
        """The id a cluster value stands for."""
        return self.id_of(cluster) if isinstance(cluster, int) else cluster
