"""`Decisions` (a run's decisions as columns) against the `Decision` objects they stand for."""

from __future__ import annotations

import random

import pytest

from bdtools.decisions import STATUSES, Decision, Decisions


def random_cluster(rng: random.Random, size: int) -> int | str:
    """A position of the run, or the id of a story outside it (a few ids, so that they repeat)."""
    return rng.randrange(size) if rng.random() < 0.6 else rng.choice(["r" * 16, "s" * 16, "0" * 15 + "1", "é" * 4])


def expected(ids: list[str], status: str, cluster: int | str, score: float | None) -> Decision:
    named = ids[cluster] if isinstance(cluster, int) else cluster
    return Decision(status, None if status == "unique" else named, score, named)


@pytest.mark.parametrize("seed", range(20))
def test_columns_give_the_decisions_they_were_given(seed):
    """Random appends, decisions made again and teaser links: each position reads back as the `Decision`
    built from the same values, with a position's cluster read as that record's id."""
    rng = random.Random(seed)
    size = rng.randrange(1, 60)
    ids = [f"{rng.getrandbits(64):016x}" for _ in range(size)]
    decisions, model = Decisions(ids.__getitem__), []
    for _ in range(size):
        status, cluster = rng.choice(STATUSES), random_cluster(rng, size)
        score = None if status == "unique" else rng.choice([1.0, 0.8031, rng.random()])
        decisions.append(status, cluster, score)
        model.append(expected(ids, status, cluster, score))
    for _ in range(size):
        position = rng.randrange(size)
        if rng.random() < 0.5:
            status, cluster = rng.choice(STATUSES), random_cluster(rng, size)
            score = None if status == "unique" else rng.random()
            decisions.set(position, status, cluster, score)
            links = model[position].items  # a decision made again keeps its teaser links
            model[position] = expected(ids, status, cluster, score)
            model[position].items = links
        else:
            links = {rng.randrange(5): rng.choice(ids)}
            decisions.items[position] = links
            model[position].items = links
    assert list(decisions) == model
    assert decisions[-1] == model[-1] and decisions[1:3] == model[1:3]
    assert [decisions.status(position) for position in range(size)] == [decision.status for decision in model]
    assert [decisions.cluster_id(position) for position in range(size)] == [decision.cluster for decision in model]
    for outside in (size, -size - 1):
        with pytest.raises(IndexError):
            decisions[outside]
