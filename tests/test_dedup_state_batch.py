"""A `--state` run after run against one batch of all runs: generated families of edited copies, recrawls and teaser
pages, split into runs by date (a seeded loop over their shapes: each difference is listed with its seed and page)."""

from __future__ import annotations

import datetime
import pathlib
import random
import re

import pytest

from bdtools.dedup import fingerprint
from bdtools.pipeline import run

from conftest import days_later, edit_words, load_script, on_day, recrawl_of, teaser_page

make_corpus = load_script("make_corpus")

# Seeds 45, 156 and 157 make families that a later run lets a copy out of, with a copy more similar to the let-out
# story than to the remembered page (runs 2 to 4): the state runs kept it `near` of the page.
SEEDS = [*range(12), 45, 156, 157]
FAMILIES = 10  # a run of a seed: 40 to 80 pages
WEEK = datetime.date(2022, 3, 1)
LEAD = re.compile(r"^(PORTAL|BEGIC) - ", re.M)


@pytest.fixture(scope="module")
def roots() -> list[str]:
    """Distinct generated articles that a teaser page can be made of (their lead tagged)."""
    pages = make_corpus.build(300, 1, make_corpus.load_source())
    return [page.text for page in pages if page.kind == "distinct" and LEAD.search(page.text)]


def family(root: str, rng: random.Random) -> list[str]:
    """A story and its versions: edits of it or of an edit (0.5 % to 5 % of the long lines' words out, dated the same
    day as their parent or up to two days later), recrawls of some (up to two days later) and, at times, a teaser page.
    Their Jaccards fall on both sides of the threshold, against their parent and against each other."""
    pages = [root]
    for _ in range(rng.randint(1, 5)):
        parent = rng.choice(pages)
        pages.append(days_later(edit_words(parent, rng.uniform(0.005, 0.05), rng.randrange(1 << 30)), rng.randint(0, 2)))
    recrawls = [days_later(recrawl_of(page), rng.randint(0, 2)) for page in pages if rng.random() < 0.4]
    teasers = [teaser_page(page) for page in [rng.choice(pages)] if rng.random() < 0.3 and LEAD.search(page)]
    return pages + recrawls + teasers


def write_families(folder: pathlib.Path, roots: list[str], seed: int) -> list[str]:
    """The pages of ``FAMILIES`` families, each story on a random day of one week (so that runs split by date cut
    families), as files in random name order."""
    rng = random.Random(seed)
    paths = []
    for number, root in enumerate(rng.sample(roots, FAMILIES)):
        for page in family(on_day(root, WEEK + datetime.timedelta(days=rng.randint(0, 6))), rng):
            path = folder / f"{rng.getrandbits(32):08x}_{number}.txt"
            path.write_text(page, encoding="utf-8")
            paths.append(str(path))
    return sorted(paths)


def by_date(records: dict[str, dict], runs: int) -> list[list[str]]:
    """The paths split into ``runs`` runs by their day of publication (a day's pages in one run; undated ones last)."""
    day = {path: (record["published"] or "9999")[:10] for path, record in records.items()}
    days = sorted(set(day.values()))
    starts = [days[len(days) * number // runs] for number in range(1, runs)]
    number = {path: sum(day[path] >= start for start in starts) for path in records}
    return [[path for path in records if number[path] == run_of] for run_of in range(runs)]


def recrawl_of_an_earlier_near_copy(path: str, split: list[list[str]], batch: dict[str, dict], state: dict) -> bool:
    """Whether the page's two decisions differ as the documented exception allows: it has the body of a `near` copy given
    out in an earlier run, and a state file, which remembers the canonical pages alone, makes it `near` of another story
    of its family (the most similar), where a batch of all makes it its exact group's. Any other difference on such a
    page (another status, a story of another family) is none of it."""
    earlier = next(number for number, paths in enumerate(split) if path in paths)
    body = fingerprint(batch[path]).exact
    story = next((other for other, record in batch.items() if record["id"] == state["cluster"]), None)
    return (
        batch[path]["dup"]["status"] == state["status"] == "near"
        and story is not None and batch[story]["dup"]["status"] == "unique" and family_of(story) == family_of(path)
        and any(batch[other]["dup"]["status"] == "near" and fingerprint(batch[other]).exact == body
                for paths in split[:earlier] for other in paths)
    )


def family_of(path: str) -> str:
    """The number of the family a page's file was written for (`write_families`)."""
    return pathlib.Path(path).stem.rsplit("_", 1)[1]


def differences(folder: pathlib.Path, roots: list[str], seed: int, runs: int) -> list[tuple]:
    """(file name, batch decision, state decision) of each page of a seed's families whose status or story differs
    between one batch of all and ``runs`` state runs by date, but for the documented exception."""
    paths = write_families(folder, roots, seed)
    batch = dict(zip(paths, run(paths), strict=True))
    split = by_date(batch, runs)
    state = str(folder / "seen.sqlite")
    records = {path: record for paths in split for path, record in zip(paths, run(paths, state=state), strict=True)}
    return [
        (pathlib.Path(path).name, batch[path]["dup"], records[path]["dup"]) for path in paths
        if (batch[path]["dup"]["status"], batch[path]["dup"]["cluster"])
        != (records[path]["dup"]["status"], records[path]["dup"]["cluster"])
        and not recrawl_of_an_earlier_near_copy(path, split, batch, records[path]["dup"])
    ]


@pytest.mark.parametrize("runs", [2, 3, 4])
def test_state_runs_by_date_decide_as_one_batch_of_all_but_the_documented_exception(tmp_path, roots, runs):
    """Each page's status and story, run after run with one state file, are those of one batch of all runs; the one
    difference left is a recrawl of a near copy of an earlier run (README, `--state`). The second near pass once asked
    the let-out copies alone: a canonical page of the run that is an edit of one stayed a story of its own; it asked no
    copy of a remembered page after the let-out one, which stayed `near` of the page where it is nearer the let-out one
    (seeds 45, 156 and 157)."""
    found = []
    for seed in SEEDS:
        folder = tmp_path / f"{seed}_{runs}"
        folder.mkdir()
        found += [(seed, *difference) for difference in differences(folder, roots, seed, runs)]
    assert found == []


# The two differences DESIGN (Dedup, `--state`) documents, by seed and runs: the page, its status in one batch of all
# and in the state runs. 138: a teaser page of a lead only a near copy of an earlier run carries is linked to another
# story of its family (not remembered, the near copy leaves no lead row); 182: a near copy of a run's canonical page is
# not matched against a remembered story more similar to it.
DOCUMENTED = {(138, 3): [("ca6b8339_1.txt", "teaser", "teaser")], (138, 4): [("ca6b8339_1.txt", "teaser", "teaser")],
              (182, 4): [("1a7ed7db_8.txt", "near", "near")]}


@pytest.mark.parametrize("runs", [2, 3, 4])
@pytest.mark.parametrize("seed", [138, 182])
def test_seeds_138_and_182_differ_only_as_documented(tmp_path, roots, seed, runs):
    """Seeds 138 and 182 give one page each that a state file decides otherwise than a batch of all (DESIGN, Dedup):
    of the same status, another story."""
    found = [(name, batch["status"], state["status"]) for name, batch, state in differences(tmp_path, roots, seed, runs)]
    assert found == DOCUMENTED.get((seed, runs), [])
