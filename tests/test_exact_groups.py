"""`exact_groups` and `near_decisions` (numpy columns) against plain definitions of the same rules."""

from __future__ import annotations

import random

import numpy as np
import pytest

from bdtools.decisions import Decisions
from bdtools.dedup import Entry, exact_groups, near_decisions, order_key


def random_entries(rng: random.Random) -> list[Entry]:
    """Entries with few exact hashes (some absent), and orders that tie: shared dates, lengths and ids."""
    hashes = [f"{rng.getrandbits(64):016x}" for _ in range(rng.randrange(1, 6))] + ["0" * 16, "f" * 16]
    entries = []
    for position in range(rng.randrange(0, 40)):
        published = rng.choice([None, "2022-01-05T16:00:00+07:00", "2020-09-10T00:00:00+07:00"])
        order = (published is None, published or "", -rng.choice([10, 20]), rng.choice("abc") * 16)
        exact = rng.choice(hashes) if rng.random() < 0.9 else None
        entries.append(Entry(position, order[3], order, exact, None, 1, "article", (0, 0)))
    return entries


def plain_heads(entries: list[Entry]) -> list[int]:
    """Each exact group's first record in canonical order (ties: input order); heads in canonical order,
    ties in the order their hashes first appear."""
    heads: dict[str, int] = {}
    for entry in entries:
        if entry.exact is None:
            continue
        if entry.exact not in heads or order_key(entry.order) < order_key(entries[heads[entry.exact]].order):
            heads[entry.exact] = entry.position
    return sorted(heads.values(), key=lambda position: order_key(entries[position].order))


@pytest.mark.parametrize("seed", range(60))
def test_groups_and_decisions_follow_the_plain_rules(seed):
    rng = random.Random(seed)
    entries = random_entries(rng)
    groups = exact_groups(entries)
    heads = plain_heads(entries)
    assert groups.heads.tolist() == heads
    keys = [order_key(entry.order) for entry in entries]
    ranks = groups.ranks.tolist()
    assert sorted(set(ranks)) == list(range(len(set(keys))))  # dense: one place an order
    for first in range(len(entries)):
        for second in range(len(entries)):
            assert (ranks[first] < ranks[second], ranks[first] == ranks[second]) == (
                keys[first] < keys[second], keys[first] == keys[second])
    head_of = {entries[position].exact: group for group, position in enumerate(heads)}
    assert groups.of.tolist() == [head_of.get(entry.exact, -1) for entry in entries]
    # A near step: some groups join an earlier canonical group's head.
    canonical, scores = groups.heads.copy(), np.ones(len(heads))
    for group in range(1, len(heads)):
        if rng.random() < 0.4:
            canonical[group], scores[group] = canonical[rng.randrange(group)], round(rng.uniform(0.8, 1.0), 4)
    decisions = near_decisions(groups, canonical, scores, Decisions(lambda position: entries[position].id))
    for entry, decision in zip(entries, decisions, strict=True):
        if entry.exact is None or canonical[head_of[entry.exact]] == entry.position:
            expected = ("unique", None, None, entry.id)
        else:
            other = entries[int(canonical[head_of[entry.exact]])]
            score = 1.0 if other.exact == entry.exact else float(scores[head_of[entry.exact]])
            expected = ("exact" if other.exact == entry.exact else "near", other.id, score, other.id)
        assert (decision.status, decision.of, decision.score, decision.cluster) == expected
