"""LeadIndex.best, which skips articles by bounds, picks what scoring every candidate picks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools.dedup import TEASER_CONTAINMENT, TEASER_MAX_SHARE, LeadIndex, ShingleStore
from bdtools.parsers.fingerprint import HASH_BITS, sketch

KEY = 42


def brute_force(teaser: set[int], articles: list[tuple[str, set[int], tuple]]) -> tuple[str, float] | None:
    """The documented rule over every candidate: the highest containment at the teaser share or above,
    in an article at least twice the teaser's size; ties: the story first in canonical order."""
    scored = [(len(teaser & shingles) / len(teaser), order, cluster) for cluster, shingles, order in articles
              if teaser and len(teaser) <= TEASER_MAX_SHARE * len(shingles)]
    scored = [item for item in scored if item[0] >= TEASER_CONTAINMENT]
    if not scored:
        return None
    score, _, cluster = min(scored, key=lambda item: (-item[0], item[1]))
    return cluster, round(score, 4)


@st.composite
def teaser_and_articles(draw: st.DrawFn) -> tuple[set[int], list[tuple[str, set[int], tuple]]]:
    """Teasers of 10 or 20 shingles and articles that miss 0 to 3 of them: containments of exactly 0.9
    and ties between articles are common, where a bound or tie-break off by one would show. Shingles
    are drawn as hashes are (uniform 30-bit values), which the sketch's bins expect."""
    rng = draw(st.randoms(use_true_random=False))
    teaser = {rng.getrandbits(HASH_BITS) for _ in range(rng.choice([1, 10, 20]))}
    articles = []
    for number in range(rng.randint(1, 8)):
        missed = set(rng.sample(sorted(teaser), min(len(teaser), rng.randint(0, 3))))
        rest = {rng.getrandbits(HASH_BITS) for _ in range(rng.randint(0, 120))}
        order = (rng.random() < 0.2, rng.choice(["2020", "2021", "2022"]), f"{number:016x}")
        articles.append((f"{number:016x}", (teaser - missed) | rest, order))
    return teaser, articles


@settings(max_examples=300, deadline=None)
@given(teaser_and_articles())
def test_best_is_the_brute_force_choice(case: tuple[set[int], list[tuple[str, set[int], tuple]]]) -> None:
    teaser, articles = case
    store = ShingleStore()
    try:
        leads = LeadIndex(store)
        for cluster, shingles, order in articles:
            leads.add(cluster, KEY, store.add(shingles), order, sketch(shingles) if shingles else None)
        assert leads.best(store.add(teaser), KEY) == brute_force(teaser, articles)
    finally:
        store.close()
