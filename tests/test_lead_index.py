"""LeadIndex.best, which skips articles by bounds, picks what scoring every candidate picks."""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdtools import dedup, forked
from bdtools.decisions import Decisions
from bdtools.dedup import CUT_MAX_SHARE, TEASER_CONTAINMENT, TEASER_MAX_SHARE, LeadIndex, ShingleStore
from bdtools.forked import ForkFailed
from bdtools.parsers.fingerprint import HASH_BITS, sketch

KEY = 42


def brute_force(
    teaser: set[int], articles: list[tuple[str, set[int], tuple]], share: float = TEASER_MAX_SHARE,
) -> tuple[str, float] | None:
    """The documented rule over every candidate: the highest containment at the teaser share or above,
    in an article the teaser is at most ``share`` of (at least twice its size, for a teaser); ties: the
    story first in canonical order."""
    scored = [(len(teaser & shingles) / len(teaser), order, cluster) for cluster, shingles, order in articles
              if teaser and len(teaser) <= share * len(shingles)]
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


@pytest.mark.parametrize("share", [TEASER_MAX_SHARE, CUT_MAX_SHARE])  # a teaser's, a page cut short's
@settings(max_examples=300, deadline=None)
@given(case=teaser_and_articles())
def test_best_is_the_brute_force_choice(share: float, case: tuple[set[int], list[tuple[str, set[int], tuple]]]) -> None:
    teaser, articles = case
    store = ShingleStore()
    try:
        leads = LeadIndex(store)
        for cluster, shingles, order in articles:
            leads.add(cluster, KEY, store.add(shingles), order, store.add_sketch(sketch(shingles)) if shingles else None)
        assert leads.best(store.add(teaser), KEY, share=share) == brute_force(teaser, articles, share)
    finally:
        store.close()


@pytest.mark.parametrize("ranked_bytes", [0, dedup.RANKED_BYTES])
@settings(max_examples=150, deadline=None)
@given(case=teaser_and_articles())
def test_best_is_the_same_when_the_ranked_keys_are_dropped(ranked_bytes, case) -> None:
    """Two keys over different articles, asked in turn: with no room kept for ranked keys each ask drops
    the other key's arrays. While a key's arrays are dropped (or kept), an article that holds the whole
    teaser joins it, and a story moves up in canonical order under a third key: the answers stay the
    brute force's."""
    teaser, articles = case
    store = ShingleStore()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dedup, "RANKED_BYTES", ranked_bytes)
            leads = LeadIndex(store)
            keyed = [(KEY + number % 2, article) for number, article in enumerate(articles)]
            keyed.append((KEY + 1, ("f" * 16, teaser | set(range(len(teaser) * 2 + 1)), (False, "2019", "f" * 16))))
            moved = (KEY + 2, (articles[0][0], set(), (False, "0000", articles[0][0])))
            place = store.add(teaser)

            def add(key: int, article: tuple[str, set[int], tuple]) -> None:
                cluster, shingles, order = article
                leads.add(cluster, key, store.add(shingles), order, store.add_sketch(sketch(shingles)) if shingles else None)

            def expected(key: int, known: list[tuple[int, tuple[str, set[int], tuple]]]) -> tuple[str, float] | None:
                orders: dict[str, tuple] = {}
                for _, (cluster, _, order) in known:
                    orders[cluster] = min(order, orders.get(cluster, order))
                return brute_force(teaser, [(cluster, shingles, orders[cluster]) for under, (cluster, shingles, _) in known
                                            if under == key])

            for item in keyed[:-1]:
                add(*item)
            assert [leads.best(place, key) for key in (KEY, KEY + 1, KEY)] == [
                expected(key, keyed[:-1]) for key in (KEY, KEY + 1, KEY)]
            add(*keyed[-1])
            assert [leads.best(place, key) for key in (KEY + 1, KEY)] == [expected(key, keyed) for key in (KEY + 1, KEY)]
            add(*moved)
            known = [*keyed, moved]
            assert [leads.best(place, key) for key in (KEY + 1, KEY)] == [expected(key, known) for key in (KEY + 1, KEY)]
            assert len(leads.ranked) == (1 if ranked_bytes == 0 else 2)
    finally:
        store.close()


@settings(max_examples=200, deadline=None)
@given(teaser_and_articles(), st.booleans())
def test_best_follows_articles_added_after_a_teaser_asked(
    case: tuple[set[int], list[tuple[str, set[int], tuple]]], exclude_first: bool,
) -> None:
    """As in streaming mode: a teaser asks after each addition, a story may gain an earlier article under
    another lead key (it moves up in canonical order under every key), and a story may be excluded (the
    teaser's own)."""
    teaser, articles = case
    keys = [KEY] * len(articles)
    if len(articles) > 1:  # the last article joins the first story, earlier than all, under another key
        cluster, shingles, _ = articles[-1]
        articles[-1], keys[-1] = (articles[0][0], shingles, (False, "0000", cluster)), KEY + 1
    exclude = articles[0][0] if exclude_first else None
    store = ShingleStore()
    try:
        leads = LeadIndex(store)
        place = store.add(teaser)
        for count, ((cluster, shingles, order), key) in enumerate(zip(articles, keys, strict=True), start=1):
            leads.add(cluster, key, store.add(shingles), order, store.add_sketch(sketch(shingles)) if shingles else None)
            known = articles[:count]
            orders = {cluster: min(order for named, _, order in known if named == cluster) for cluster, _, _ in known}
            under_key = [(cluster, shingles, orders[cluster]) for (cluster, shingles, _), key in zip(known, keys, strict=False)
                         if key == KEY and cluster != exclude]
            assert leads.best(place, KEY, exclude=exclude) == brute_force(teaser, under_key)
    finally:
        store.close()


def ranked_now(leads: LeadIndex, key: int) -> tuple:
    """What a teaser reads of ``key``'s candidates (`LeadIndex._ranked`), as comparable values."""
    ranked = leads._ranked(key)
    return (ranked.postings, ranked.stories, ranked.signed.tolist(), ranked.rows.tolist(), ranked.sizes.tolist(),
            ranked.only, ranked.orders)


@settings(max_examples=200, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_an_article_joining_a_ranked_key_takes_the_place_a_sort_gives_it(rng) -> None:
    """Articles join a key a teaser asked about (streaming mode), and leave it: each is put in place among the
    ranked postings (`LeadIndex._rank_added`), or taken out of them (`Ranked.kept`), which then are what
    ranking them afresh gives: stories with
    several articles, orders that tie, an exact copy of a story's article, articles without a sketch,
    remembered pages, a story that moves up in canonical order (under another key)."""
    store = ShingleStore()
    try:
        leads = LeadIndex(store)
        for _ in range(rng.randint(1, 12)):
            cluster = rng.choice(["a", "b", "c", "d"]) * 16
            shingles = {rng.getrandbits(HASH_BITS) for _ in range(rng.randint(0, 30))}
            source = rng.choice([store.add(shingles), "remembered"])
            signed = store.add_sketch(sketch(shingles)) if shingles and rng.random() < 0.8 else None
            order = (False, rng.choice(["2020", "2021", "2022"]), cluster)
            leads.add(cluster, rng.choice([KEY, KEY, KEY + 1]), source, order, signed, rng.choice([None, "e" * 16]))
            if rng.random() < 0.3:  # a story's pages leave (taken by their article), or a remembered page
                removed = rng.choice(["a", "b", "c", "d"]) * 16
                if rng.random() < 0.5:
                    leads.remove(removed, KEY)
                else:
                    leads.remove_page("remembered", KEY)
            kept = ranked_now(leads, KEY)
            leads.unrank(KEY)
            assert kept == ranked_now(leads, KEY)
    finally:
        store.close()


@pytest.mark.parametrize("taken", [False, True])
def test_a_key_is_ranked_once_while_articles_join_it(monkeypatch, taken: bool) -> None:
    """A short page asks after each article of its key joins (notices opening alike, each an article too,
    under a boilerplate lead), or after each joins and leaves (``taken``: a teaser page its article took):
    the key's postings were sorted again at each ask, N asks of N postings."""
    ranked, rank = [], dedup.Ranked.of
    monkeypatch.setattr(dedup.Ranked, "of", lambda *args: ranked.append(len(args[0])) or rank(*args))
    store = ShingleStore()
    try:
        leads = LeadIndex(store)
        teaser = set(range(10))
        place = store.add(teaser)
        for number in range(50):
            shingles = teaser | set(range(100 + 40 * number, 140 + 40 * number))
            leads.add(f"{number:016x}", KEY, store.add(shingles), (False, "2021", f"{number:016x}"),
                      store.add_sketch(sketch(shingles)))
            assert leads.best(place, KEY) == ("0" * 16, 1.0)
            if taken and number:
                leads.remove(f"{number:016x}", KEY)
    finally:
        store.close()
    assert ranked == [1]


# Few characters, so that strings are often prefixes of each other: zero bytes, the bytes the escape uses,
# a lone surrogate, characters of two to four bytes in UTF-8.
ORDER_TEXT = st.text(st.sampled_from(["\x00", "\x01", "\x02", "a", "\x7f", "é", "\ud800", "\U0001f600"]), max_size=4)
# An id may come as any JSON value in a record given to `bdtools dedup`.
IDS = st.one_of(ORDER_TEXT, st.none(), st.integers(), st.integers(-(2**80), 2**80), st.floats(allow_nan=False).filter(
    lambda value: value != 0 or math.copysign(1, value) > 0))  # -0.0 equals 0.0, but its bytes differ
CANONICAL_ORDERS = st.tuples(st.booleans(), ORDER_TEXT, st.integers(-(2**62), 0), IDS)


def _comparable(first: tuple, second: tuple) -> bool:
    """Whether Python compares the two tuples, and not an int with a float (the keys order those by type)."""
    try:
        _ = first < second
    except TypeError:
        return False
    return not any(isinstance(one, float) != isinstance(other, float) for one, other in zip(first, second, strict=False)
                   if isinstance(one, int | float) and isinstance(other, int | float))


@settings(max_examples=300, deadline=None)
@given(orders=st.lists(st.one_of(CANONICAL_ORDERS, st.tuples(st.booleans(), ORDER_TEXT, ORDER_TEXT)), max_size=12))
def test_order_keys_sort_as_the_orders_do(orders):
    """A story's order is kept as `order_key` bytes: they sort as the tuples do, for canonical orders (with
    ids of any JSON type) and shorter ones, with zero bytes, prefixes and lone surrogates in the strings;
    equal only for equal tuples."""
    for first in orders:
        for second in orders:
            if _comparable(first, second):
                assert (first < second) == (dedup.order_key(first) < dedup.order_key(second))
                assert (first == second) == (dedup.order_key(first) == dedup.order_key(second))


@pytest.mark.parametrize("remembered", [False, True])
@pytest.mark.parametrize("ranked_bytes", [0, dedup.RANKED_BYTES])
@settings(max_examples=150, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_a_batch_indexed_at_once_answers_as_one_by_one(ranked_bytes, remembered, rng) -> None:
    """`LeadIndex.add_batch` (columns) against `add` of the same articles in input order, in their cluster
    ids: clusters kept as positions and as ids, two canonical records with one id (one story), exact copies
    in one story and in two, orders that tie (a batch alone ranks its stories once), then a remembered
    article added one by one (orders compared as bytes), and teasers that exclude a story. Both pick the
    same story, whose id the batch's cluster value names."""
    store = ShingleStore()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dedup, "RANKED_BYTES", ranked_bytes)
            teaser = {rng.getrandbits(HASH_BITS) for _ in range(rng.choice([10, 20]))}
            exacts = [f"{rng.getrandbits(64):016x}" for _ in range(3)] + ["0" * 16, "f" * 16]  # and the extremes
            ids = [rng.choice(["a", "b", "c", "d"]) * 16 for _ in range(rng.randint(1, 12))]
            entries, decisions = [], Decisions(ids.__getitem__)
            for position, page_id in enumerate(ids):
                missed = set(rng.sample(sorted(teaser), min(len(teaser), rng.randint(0, 3))))
                shingles = (teaser - missed) | {rng.getrandbits(HASH_BITS) for _ in range(rng.randint(0, 80))}
                order = (False, rng.choice(["2020", "2021"]), -10, page_id)
                entries.append(dedup.Entry(
                    position, page_id, order, rng.choice([*exacts, None]), store.add_sketch(sketch(shingles)), len(shingles),
                    "article" if rng.random() < 0.9 else "listing", store.add(shingles), rng.choice([KEY, KEY + 1, None]),
                ))
                cluster = rng.choice([rng.randrange(position + 1), rng.choice(["r" * 16, "a" * 16])])
                decisions.append("unique", cluster, None)
            at_once, one_by_one = LeadIndex(store), LeadIndex(store)
            at_once.add_batch(entries, decisions, dedup.exact_groups(entries))
            for entry in entries:
                if entry.kind == "article":
                    one_by_one.add(decisions.cluster_id(entry.position), entry.lead_key, entry.shingles, entry.order,
                                   entry.sketch, entry.exact)
            for leads in (at_once, one_by_one) if remembered else ():
                shingles = teaser | set(range(100))
                leads.add("r" * 16, KEY, store.add(shingles), (False, "2019", "r" * 16), store.add_sketch(sketch(shingles)))
            place = store.add(teaser)
            for key, exclude in [(key, exclude) for key in (KEY, KEY + 1) for exclude in (None, "a" * 16, "r" * 16, "b" * 16)]:
                found = at_once.best(place, key, exclude)
                named = (decisions.id_for(found[0]), found[1]) if found else None
                assert named == one_by_one.best(place, key, exclude)
    finally:
        store.close()


def failing_after(count: int) -> Callable[[Callable[[], Iterable[Any]]], Any]:
    """A `forked` whose copy is lost after ``count`` of its items are read: what a copy killed while its
    pipe is full gives."""

    @contextlib.contextmanager
    def fails(produce: Callable[[], Iterable[Any]]) -> Iterator[Iterator[Any]]:
        with forked.forked(produce) as items:
            def cut() -> Iterator[Any]:
                yield from itertools.islice(items, count)
                raise ForkFailed("killed")

            yield cut()

    return fails


@pytest.mark.parametrize("helped", ["alone", "helped", "copy fails"])
@pytest.mark.parametrize("ranked_bytes", [0, dedup.RANKED_BYTES])
@settings(max_examples=100, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_teasers_asked_key_by_key_get_the_links_asked_in_input_order(ranked_bytes, helped, rng) -> None:
    """`link_all_teasers` (every ask sorted by lead key) against `link_teasers` entry by entry, the short
    pages first, longest first, each one linked no story (`LeadIndex.teasers`), then the others in input
    order: articles under three keys, listings whose items ask under any of them (or have no key), short
    pages that are unique (asked, their own story excluded: ids repeat, so a story may be theirs) or
    exact copies of one before them (not asked: linked as it is). Asked key by key, no key's ranked
    candidates are left held. Helped, a
    forked copy answers the second half of the asks, whatever their number (`HELPED_ASKS` 1; forks
    allowed whatever threads other tests left); when the copy fails after some of its answers, the
    rest are answered here (an answer made again would exclude the story it linked)."""
    store = ShingleStore()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dedup, "RANKED_BYTES", ranked_bytes)
            patch.setattr(dedup, "HELPED_ASKS", 1)
            patch.setattr(forked, "fork_is_safe", lambda: True)
            if helped == "copy fails":
                patch.setattr(dedup, "forked", failing_after(rng.randint(0, 6)))
            keys = [KEY, KEY + 1, KEY + 2]
            leads_of = {key: {rng.getrandbits(HASH_BITS) for _ in range(rng.choice([10, 20]))} for key in keys}
            entries, clusters = [], []
            for position in range(rng.randint(1, 30)):
                key, page_id = rng.choice(keys), rng.choice("abcdef") * 16
                missed = set(rng.sample(sorted(leads_of[key]), min(len(leads_of[key]), rng.randint(0, 3))))
                kind, copied = rng.choice(["article", "article", "listing", "short"]), None
                if kind == "article":
                    shingles = (leads_of[key] - missed) | {rng.getrandbits(HASH_BITS) for _ in range(rng.randint(0, 80))}
                    entry = dedup.Entry(position, page_id, (False, rng.choice(["2020", "2021"]), page_id), None,
                                        store.add_sketch(sketch(shingles)), len(shingles), "article", store.add(shingles), key)
                elif kind == "listing":
                    items = tuple((index, store.add(leads_of[item_key] - missed), item_key if rng.random() < 0.9 else None)
                                  for index, item_key in enumerate(rng.choices(keys, k=rng.randint(1, 4))))
                    entry = dedup.Entry(position, page_id, (False, "2022", page_id), None, None, 0, "listing", (0, 0),
                                        items=items)
                else:
                    shorts = [other for other in entries if other.short and clusters[other.position] == other.position]
                    copied = rng.choice(shorts) if shorts and rng.random() < 0.2 else None
                    if copied is not None:
                        key, place = copied.lead_key, copied.shingles
                    else:
                        place = store.add(leads_of[key] - missed)
                    entry = dedup.Entry(position, page_id, (False, "2022", page_id), None, None, len(leads_of[key]), "article",
                                        place, key, short=True)
                entries.append(entry)
                clusters.append(position if copied is None else copied.position)
            results = []
            for link in ("all", "one by one"):
                decisions = dedup.decisions_of(entries)
                for position, cluster in enumerate(clusters):
                    decisions.append(*(("unique", position, None) if cluster == position else ("exact", cluster, 1.0)))
                leads = LeadIndex(store)
                leads.add_batch(entries, decisions, dedup.exact_groups(entries))
                if link == "all":
                    dedup.link_all_teasers(entries, decisions, leads, helped=helped != "alone")
                    assert not leads.ranked and leads.ranked_bytes == 0, "each key's candidates go once it is answered"
                else:
                    for entry in sorted(entries, key=lambda entry: -entry.shingles[1] if entry.short else 0):
                        dedup.link_teasers(entry, decisions, leads)
                        if entry.short and decisions.status(entry.position) == "teaser":
                            leads.teasers.add(entry.position)
                    for position, cluster in enumerate(clusters):
                        if decisions.status(cluster) == "teaser" and cluster != position:
                            decisions.set(position, "teaser", decisions.cluster(cluster), decisions.score(cluster))
                results.append([(decision.status, decision.of, decision.score, decision.items) for decision in decisions])
            assert results[0] == results[1]
    finally:
        store.close()
