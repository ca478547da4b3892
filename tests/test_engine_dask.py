"""The Dask engine gives the bytes of the local run: one file, part files, and across runs with a sketches path."""

from __future__ import annotations

import collections
import concurrent.futures
import io
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterator, Sequence

import distributed  # the dev extra installs the dask extra: these tests run in CI
import numpy as np
import psutil  # installed with distributed
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from bdtools import engine_dask
from bdtools.cli import cli
from bdtools.dedup import WAITING_A_KEY, NearIndex
from bdtools.dedup_state import State
from bdtools.engine_dask import MISSING_DASK, owner, run_dask
from bdtools.lines import written
from bdtools.parsers.fingerprint import FINGERPRINT_VERSION, HASH_BITS, estimate_jaccard, sketch
from bdtools.pipeline import Tally, run
from bdtools.records import Reject, dumps
from bdtools.similarity import VERIFY_MARGIN, decides
from bdtools.sketch_numpy import equal_shares

from conftest import (
    REPUBLISHED,
    SHORT_TEMPLATES,
    a_day_earlier,
    after_a_paragraph,
    chained_copies,
    cut_crawl,
    edit_words,
    gallery_text,
    lead_edited,
    load_script,
    near_copy_holds_more,
    paragraph_cut,
    recrawl_of,
    sample_text,
    short_notice_pages,
    short_template_pages,
    teaser_page,
    two_holders,
)

REPO = pathlib.Path(__file__).resolve().parent.parent
PAGES = 400


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """One LocalCluster of two worker processes on the loopback interface for the whole module."""
    with engine_dask.local_cluster(2) as local:
        assert local.scheduler_address.startswith("tcp://127.0.0.1:")
        yield local


@pytest.fixture(scope="module")
def scheduler(cluster: distributed.LocalCluster) -> str:
    return cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("corpus")
    load_script("make_corpus").write_corpus(PAGES, 3, folder)
    return folder


def local_run(paths: Sequence[str], tally: Tally | None = None, **options: object) -> str:
    """What ``bdtools run PATHS -o FILE`` writes (the CLI counts each record written)."""
    tally = tally if tally is not None else Tally()
    lines = []
    for record in run(paths, tally=tally, **options):  # type: ignore[arg-type]
        lines.append(dumps(record) + "\n")
        tally.count(written(record))
    return "".join(lines)


def dask_run(paths: Sequence[str], output: pathlib.Path, tally: Tally | None = None, **options: object) -> str:
    run_dask(paths, str(output), tally=tally, **options)  # type: ignore[arg-type]
    return output.read_text(encoding="utf-8")


def test_samples_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    samples = str(REPO / "samples")
    assert dask_run([samples], tmp_path / "out.jsonl", scheduler=scheduler) == local_run([samples])


def test_galleries_that_open_with_one_intro_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """Photo galleries whose body is one short intro stay apart, and a recrawl of one is exact, as in a local run."""
    folder = tmp_path / "galleries"
    folder.mkdir()
    for name in ("001", "002", "003", "004"):
        (folder / f"{name}.txt").write_text(gallery_text(name, "Một số hình ảnh tại buổi lễ:"), encoding="utf-8")
    (folder / "004_recrawl.txt").write_text(recrawl_of((folder / "004.txt").read_text(encoding="utf-8")), encoding="utf-8")
    got = dask_run([str(folder)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(folder)])
    assert sorted(json.loads(line)["dup"]["status"] for line in got.splitlines()) == ["exact"] + ["unique"] * 4


@pytest.mark.parametrize("across_runs", [False, True])
@pytest.mark.parametrize("template", SHORT_TEMPLATES)
def test_short_bodies_of_one_template_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, template: str, across_runs: bool,
) -> None:
    """Short bodies that share a template's shingles in a row stay apart (their high estimates verified), as locally.
    ``across_runs``: every other page is remembered by a first run (a sketches folder; locally a state file), the rest
    come in a second, whose pairs with a remembered page are verified so too (the band shuffle scored them by their
    estimate alone: 56 of 300 English meeting leads `near` of a remembered one)."""
    path = short_template_pages(tmp_path, template)
    runs = [[str(path)]]
    options: dict[str, object] = {}
    if across_runs:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        runs = [[str(tmp_path / f"half{number}.jsonl")] for number in range(2)]
        for number, (half,) in enumerate(runs):
            pathlib.Path(half).write_text("".join(lines[number::2]), encoding="utf-8")
        options = {"sketches": str(tmp_path / "sketches")}
    state = {"state": str(tmp_path / "state.sqlite")} if across_runs else {}
    for number, paths in enumerate(runs):
        got = dask_run(paths, tmp_path / f"out{number}.jsonl", scheduler=scheduler, **options)
        assert got == local_run(paths, **state), number
        assert {json.loads(line)["dup"]["status"] for line in got.splitlines()} == {"unique"}, number


def test_teaser_pages_and_their_copies_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """An article, a teaser page of it published earlier, its recrawl and a copy whose opening is edited, and a
    listing item that repeats the lead: every copy of the page and the item link to the article, as in a local run."""
    folder = tmp_path / "teasers"
    folder.mkdir()
    article = sample_text("001")
    teaser = teaser_page(article, "08:00")
    lead = teaser.split("\n")[4]
    pages = {"a01.txt": article, "t01.txt": teaser, "t02.txt": recrawl_of(teaser), "l01.txt": f"News\n\n{lead[:195]}...\n",
             "t03.txt": teaser_page(article, "08:00", ("re-establishing", "and"))}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    got = dask_run([str(folder)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(folder)])
    records = [json.loads(line) for line in got.splitlines()]
    links = {link for record in records for link in (record["dup"]["of"], *(block["of"] for block in record["blocks"])) if link}
    assert links == {records[0]["id"]} and sum(record["dup"]["status"] == "teaser" for record in records) == 3


@pytest.mark.parametrize("notice", ["english", "vietnamese"])
def test_a_listing_item_repeating_a_short_notice_s_whole_lead_same_bytes_and_across_runs(
    scheduler: str, tmp_path: pathlib.Path, notice: str,
) -> None:
    """A listing item that repeats a short notice's whole lead (over half its body) links to it, and a page of that
    lead alone stays no teaser, in the bytes of the local run; across runs with a sketches directory, as with a
    state file, the item links to the remembered notice."""
    folder = tmp_path / "notice"
    folder.mkdir()
    for name, text in short_notice_pages(notice).items():
        (folder / name).write_text(text, encoding="utf-8")
    got = dask_run([str(folder)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(folder)])
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, name in enumerate(["a.txt", "l.txt", "p.txt"]):
        across = dask_run([str(folder / name)], tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert across == local_run([str(folder / name)], state=state), number
        got += across
    records = [json.loads(line) for line in got.splitlines()]
    story = records[0]["id"]
    assert [[block["of"] for block in record["blocks"]] for record in records if record["kind"] == "listing"] == [
        [story, None]] * 2
    assert {record["dup"]["status"] for record in records} == {"unique"}


def test_cut_crawls_same_bytes_and_across_runs(scheduler: str, tmp_path: pathlib.Path) -> None:
    """Cut crawls of two articles (two published the day before them) are near copies of them, and one of an article
    not in the run unique, in the bytes of the local run. Across runs with a sketches directory, as with a state
    file: cut crawls of an article remembered are its near copies, an article after its remembered cut crawl unique."""
    folder = tmp_path / "cuts"
    folder.mkdir()
    first, second = sample_text("001"), sample_text("003")
    pages = {"a1.txt": first, "a2.txt": second, "c1_10.txt": cut_crawl(first, 0.1),
             "c1_30.txt": a_day_earlier(cut_crawl(first, 0.3)), "c1_90.txt": a_day_earlier(cut_crawl(first, 0.9)),
             "c2_60.txt": cut_crawl(second, 0.6), "c2_90.txt": cut_crawl(second, 0.9),
             "c4_60.txt": cut_crawl(sample_text("004"), 0.6)}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    got = dask_run([str(folder)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(folder)])
    records = [json.loads(line) for line in got.splitlines()]
    statuses = {pathlib.Path(record["source"]["path"]).name: record["dup"]["status"] for record in records}
    assert statuses == {name: "unique" if name[0] == "a" or name == "c4_60.txt" else "near" for name in pages}
    runs = [["a1.txt"], ["c1_30.txt", "c1_90.txt"], ["c2_90.txt"], ["a2.txt"]]
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, names in enumerate(runs):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
        runs[number] = [json.loads(line)["dup"]["status"] for line in got.splitlines()]
    assert runs == [["unique"], ["near", "near"], ["unique"], ["unique"]]


def test_a_crawl_cut_just_above_its_footer_same_bytes_and_across_runs(scheduler: str, tmp_path: pathlib.Path) -> None:
    """A crawl cut just above its footer holds its article's whole body: in one run both it and its recrawl are `exact`
    of the article, the bytes of the local run; across runs with a sketches directory, as with a state file, the
    article after its remembered cut crawl is `unique`, not its exact copy."""
    folder = tmp_path / "cut"
    folder.mkdir()
    article = sample_text("001")
    for name, text in {"a.txt": article, "c.txt": paragraph_cut(article), "r.txt": paragraph_cut(article)}.items():
        (folder / name).write_text(text, encoding="utf-8")
    got = dask_run([str(folder)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(folder)])
    assert [json.loads(line)["dup"]["status"] for line in got.splitlines()] == ["unique", "exact", "exact"]
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, name in enumerate(["c.txt", "a.txt"]):
        got = dask_run([str(folder / name)], tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run([str(folder / name)], state=state), number
        assert json.loads(got)["dup"]["status"] == "unique", number


def test_a_remembered_teaser_page_waits_for_its_article_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """A teaser page run a day before its article, then the article, a listing item of its lead and a recrawl of the
    page, then another recrawl: with sketches as with a state file, which keeps the page waiting (`State.wait`), the
    article takes it and the item and both recrawls link to the article, as in one run of all. The sketches kept the
    page a story for good: the item and the recrawls linked to it (the recrawls `exact` of it)."""
    folder = tmp_path / "waiting"
    folder.mkdir()
    article = sample_text("003")
    lead = next(line for line in article.split("\n") if line.startswith(("PORTAL", "BEGIC")))
    early = a_day_earlier(teaser_page(article))
    pages = {"t1.txt": early, "a.txt": article, "l.txt": f"News\n\n{lead[:150]}…\n", "r1.txt": recrawl_of(early),
             "r2.txt": recrawl_of(early)}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    alone = [json.loads(line) for line in local_run([str(folder / name) for name in pages]).splitlines()]
    story = alone[1]["id"]
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    records = []
    for number, names in enumerate([["t1.txt"], ["a.txt", "l.txt", "r1.txt"], ["r2.txt"]]):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
        records += [json.loads(line) for line in got.splitlines()]
    assert [(record["dup"]["of"], [block["of"] for block in record["blocks"] if block["of"]]) for record in records] == [
        (None, []), (None, []), (None, [story]), (story, []), (story, [])]
    assert [(record["dup"]["of"], [block["of"] for block in record["blocks"] if block["of"]]) for record in alone] == [
        (story, []), (None, []), (None, [story]), (story, []), (story, [])]
    assert [page.id for page in engine_dask.load_sketches(sketches)[0]] == [story, alone[2]["id"]]  # the page forgotten


def test_the_sketches_keep_the_latest_pages_waiting_under_a_key_as_a_state_file() -> None:
    """`wait` rows keep the latest `WAITING_A_KEY` short pages of a lead key waiting, in the order the runs wrote them,
    as `State.wait` keeps them: a page forgotten waits no more and leaves its place to another, one waiting again
    keeps its place (the second past the cap stops waiting after the first)."""
    directory = tempfile.TemporaryDirectory()
    part = engine_dask.parse_files([str(REPO / "samples" / "003_790eb7187b08f3fc.txt")])[0]
    row = json.loads(engine_dask.sketch_rows(part, [(0, "a" * 16)]))
    ids = [f"{number:016x}" for number in range(WAITING_A_KEY + 3)]
    waits = [ids[:WAITING_A_KEY], [ids[WAITING_A_KEY], ids[2], *ids[WAITING_A_KEY + 1 :]]]
    pages = "".join(json.dumps({**row, "id": page_id, "cluster": page_id}) + "\n" for page_id in ids)
    runs = [pages + engine_dask.wait_rows(waits[0]), engine_dask.forget_rows(ids[1:2]), engine_dask.wait_rows(waits[1])]
    for number, rows in enumerate(runs):
        (pathlib.Path(directory.name) / f"pages-{number}.jsonl").write_text(rows, encoding="utf-8")
    remembered, _ = engine_dask.load_sketches(directory.name)
    directory.cleanup()
    state = State(":memory:")
    state.wait([(row["lead_key"], page_id) for page_id in waits[0]], WAITING_A_KEY)
    state.forget([(ids[1], row["lead_key"])])
    state.wait([(row["lead_key"], page_id) for page_id in waits[1]], WAITING_A_KEY)
    waiting = sorted(page_id for (page_id,) in state.connection.execute("SELECT id FROM waiting"))
    state.close()
    assert [page.id for page in remembered if page.waits] == waiting
    assert [page.id for page in remembered if not page.waits] == [ids[0], ids[2]]


def test_a_remembered_cut_crawl_is_forgotten_once_its_article_came_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """A cut crawl remembered, then its article with a recrawl of the cut crawl, then another recrawl: with sketches as
    with a state file, each recrawl is `near` of the article (the one beside it was `exact` of the cut crawl), and the
    sketches directory forgets the cut crawl as the state file does (it kept it: the last recrawl was its `exact` copy)."""
    folder = tmp_path / "forgotten"
    folder.mkdir()
    article = sample_text("001")
    cut = cut_crawl(article, 0.6)
    for name, text in {"c.txt": cut, "a.txt": article, "r.txt": recrawl_of(cut), "s.txt": cut}.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    runs: list[list[tuple[str, str | None]]] = []
    for number, names in enumerate([["c.txt"], ["a.txt", "r.txt"], ["s.txt"]]):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
        runs.append([(json.loads(line)["dup"]["status"], json.loads(line)["dup"]["of"]) for line in got.splitlines()])
    story = json.loads(got)["dup"]["cluster"]
    assert runs == [[("unique", None)], [("unique", None), ("near", story)], [("near", story)]]
    assert [page.id for page in engine_dask.load_sketches(sketches)[0]] == [story]


def test_a_remembered_cut_crawl_follows_its_article_into_a_remembered_cluster_same_bytes(
    scheduler: str, tmp_path: pathlib.Path,
) -> None:
    """An earlier version of an article (its lead edited) remembered, then a crawl of the new version cut after its
    lead, then the new version (`near` of the old) with a recrawl of the cut crawl, then another recrawl: with
    sketches as with a state file, each recrawl is `near` of the old version, and the sketches directory moves the cut
    crawl into its cluster (a ``join`` row; it kept it a story of its own: the last recrawl was its `exact` copy)."""
    folder = tmp_path / "joined"
    folder.mkdir()
    article = sample_text("001")
    cut = after_a_paragraph(article, 0)
    for name, text in {"r.txt": lead_edited(article), "c.txt": cut, "a.txt": article, "d.txt": cut + "\n",
                       "e.txt": cut + "\n\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    runs: list[list[tuple[str, str | None]]] = []
    for number, names in enumerate([["r.txt"], ["c.txt"], ["a.txt", "d.txt"], ["e.txt"]]):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
        runs.append([(json.loads(line)["dup"]["status"], json.loads(line)["dup"]["of"]) for line in got.splitlines()])
    story = json.loads(got)["dup"]["cluster"]
    assert runs == [[("unique", None)], [("unique", None)], [("near", story), ("near", story)], [("near", story)]]
    assert {page.cluster for page in engine_dask.load_sketches(sketches)[0]} == {story}


def test_a_remembered_cut_crawl_follows_its_article_into_a_cluster_of_its_run_same_bytes(
    scheduler: str, tmp_path: pathlib.Path,
) -> None:
    """A crawl of an article cut after its lead remembered, then a run with an earlier version of the article (its lead
    edited: the run's story) and the article, `near` of it, then a recrawl of the cut crawl: with sketches as with a
    state file, the recrawl is `near` of the earlier version (it was the cut crawl's `exact` copy: only the run's
    canonical articles were asked which remembered cut pages they hold), and the sketches directory moves the cut crawl
    into its cluster."""
    folder = tmp_path / "run_cluster"
    folder.mkdir()
    article = sample_text("001")
    cut = after_a_paragraph(article, 0)
    for name, text in {"c.txt": cut, "b.txt": lead_edited(article), "a.txt": article, "d.txt": cut + "\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, names in enumerate([["c.txt"], ["b.txt", "a.txt"], ["d.txt"]]):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
    story = json.loads(got)["dup"]["cluster"]
    assert (json.loads(got)["dup"]["status"], json.loads(got)["dup"]["of"]) == ("near", story)
    assert {page.cluster for page in engine_dask.load_sketches(sketches)[0]} == {story}


def runs_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, runs: list[dict[str, str]], reversed_run: int | None = None,
) -> tuple[list[str], str, str]:
    """Each run's pages (``reversed_run``'s in reverse order) through the Dask engine with a sketches directory and
    locally with a state file, checked byte-identical: the outputs, the state file's and the directory's paths."""
    for pages in runs:
        for name, text in pages.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    outputs = []
    for number, pages in enumerate(runs):
        paths = [str(tmp_path / name) for name in (reversed(pages) if number == reversed_run else pages)]
        outputs.append(dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches))
        assert outputs[-1] == local_run(paths, state=state), number
    return outputs, state, sketches


@pytest.mark.parametrize("dates", REPUBLISHED)
@pytest.mark.parametrize("reverse", [False, True])
def test_of_two_articles_that_hold_a_remembered_cut_crawl_the_claim_does_not_depend_on_input_order_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, reverse: bool, dates: str,
) -> None:
    """A crawl cut after its lead remembered, then two articles that both hold it whole, each `near` of a remembered
    page of its own, in either input order, then a recrawl of the cut crawl: with sketches as with a state file the
    recrawl is `near` of the same story whatever the order (the article that holds the most of the cut crawl, then the
    first in canonical order, claims it), and the sketches directory moves the cut crawl into that cluster. Ties go
    to the story first in canonical order, the holder's (the review found the holder's own order deciding)."""
    story_name, redate = REPUBLISHED[dates]
    runs = two_holders(sample_text("001"), sample_text("003"))
    if redate is not None:
        runs[0]["r.txt"] = runs[0]["r.txt"].replace(*redate, 1)
    outputs, _, sketches = runs_same_bytes(scheduler, tmp_path, runs, 1 if reverse else None)
    ids = {name: json.loads(line)["id"] for name, line in zip(runs[0], outputs[0].splitlines(), strict=True)}
    cut, earlier = ids["c.txt"], ids[story_name]
    assert json.loads(outputs[2])["dup"] == {"status": "near", "of": earlier, "score": 1.0, "cluster": earlier}
    assert {page.id: page.cluster for page in engine_dask.load_sketches(sketches)[0]}[cut] == earlier


@pytest.mark.parametrize("other_remembered", [True, False])
def test_a_near_copy_that_holds_more_of_a_remembered_cut_crawl_claims_it_before_a_canonical_article_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, other_remembered: bool,
) -> None:
    """A crawl cut after its lead remembered, then a run whose article, `near` of the run's story, holds it whole and
    whose canonical article holds 0.94 of it and joins a remembered page, then a recrawl of the cut crawl: with
    sketches as with a state file the recrawl is `near` of the near copy's story, 1.0, as in a batch of all (the
    review found the canonical article claiming first), and the sketches directory moves the cut crawl there; also
    when the canonical article is a story of its own (no earlier version remembered: the second review found the cut
    crawl forgotten at the run's end, the recrawl `near` of that article)."""
    runs = near_copy_holds_more(sample_text("001"), sample_text("003"), other_remembered)
    outputs, state, sketches = runs_same_bytes(scheduler, tmp_path, runs)
    story = json.loads(outputs[1].splitlines()[0])["id"]
    cut = json.loads(outputs[0].splitlines()[0])["id"]
    assert json.loads(outputs[2])["dup"] == {"status": "near", "of": story, "score": 1.0, "cluster": story}
    pages = engine_dask.load_sketches(sketches)[0]
    assert {page.id: page.cluster for page in pages}[cut] == story
    # the story's order, which ties between holders read, is known to the sketches as to the state file, though no
    # page of the last run matched the story (the recrawl matched the cut crawl in its cluster)
    remembered, local = engine_dask.Remembered(pages, {}), State(state)
    assert [remembered.order_of(page.id) for page in pages] == [local.order_of(page.id) for page in pages]
    assert remembered.order_of(story) is not None
    local.close()


def test_a_bare_page_with_the_body_of_a_remembered_cut_crawl_takes_it_over_same_bytes(
    scheduler: str, tmp_path: pathlib.Path,
) -> None:
    """A crawl cut after its lead remembered, then a bare page of that lead, then a recrawl of the cut crawl: with
    sketches as with a state file, the bare page is the story (the recrawl its `exact` copy, as in a batch of the
    three), and the sketches directory forgets the cut crawl."""
    folder = tmp_path / "bare"
    folder.mkdir()
    article = sample_text("001")
    cut = after_a_paragraph(article, 0)
    lead = next(line for line in article.split("\n") if line.startswith("PORTAL"))
    for name, text in {"c.txt": cut, "t.txt": lead, "r.txt": recrawl_of(cut)}.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, name in enumerate(["c.txt", "t.txt", "r.txt"]):
        got = dask_run([str(folder / name)], tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run([str(folder / name)], state=state), number
    story = json.loads(got)["dup"]["cluster"]
    assert json.loads(got)["dup"]["status"] == "exact"
    assert [page.id for page in engine_dask.load_sketches(sketches)[0]] == [story]


def test_copies_of_a_remembered_page_across_runs_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """An edited copy of a page remembered by an earlier run and the edited copy's recrawl: the recrawl is what the
    edited copy is of the remembered page (`near`, its score; it was `exact`, 1.0), with sketches as with a state file."""
    folder = tmp_path / "copies"
    folder.mkdir()
    page = sample_text("001")
    edited = page.replace("PORTAL - ", "PORTAL - Yesterday, ", 1)
    for name, text in {"a.txt": page, "c.txt": edited, "d.txt": recrawl_of(edited)}.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, names in enumerate([["a.txt"], ["c.txt", "d.txt"]]):
        paths = [str(folder / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches)
        assert got == local_run(paths, state=state), number
    copies = [json.loads(line)["dup"] for line in got.splitlines()]
    assert copies[0] == copies[1] and copies[0]["status"] == "near"


def test_a_near_copy_of_a_copy_of_a_remembered_page_same_bytes(scheduler: str, tmp_path: pathlib.Path) -> None:
    """Near copies of a run's page that joins a remembered page are scored against that page (their exact group's head
    scored by the band shuffle), with sketches as with a state file. Under the threshold against it (the copy of the
    copy, its recrawl and its edit) they stay in its cluster by their score against the run's page (single link): the
    client holds no sketches of the run's pages to decide them again among its canonical records, as a local batch
    does (a story of their own, as a batch of all the runs makes them)."""
    folder = tmp_path / "chained"
    folder.mkdir()
    pages = chained_copies()
    pages["e_edit.txt"] = edit_words(pages["c_copy_of_copy.txt"], 0.01, seed=21)
    pages["f_edit.txt"] = edit_words(pages["b_copy.txt"], 0.005, seed=5)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    runs = [["a_page.txt"], sorted(pages)[1:]]
    outputs = []
    for number, names in enumerate(runs):
        paths = [str(folder / name) for name in names]
        outputs.append((dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches),
                        local_run(paths, state=state)))
    assert outputs[0][0] == outputs[0][1]
    got, expected = (dict(zip(runs[1], output.splitlines(), strict=True)) for output in outputs[1])
    kept, let_out = ["b_copy.txt", "f_edit.txt"], ["c_copy_of_copy.txt", "d_recrawl.txt", "e_edit.txt"]
    assert [got[name] for name in kept] == [expected[name] for name in kept]
    assert [json.loads(got[name])["dup"]["status"] for name in runs[1]] == ["near"] * 5
    assert sorted(json.loads(expected[name])["dup"]["status"] for name in let_out) == ["exact", "near", "unique"]


@pytest.mark.parametrize(
    ("sample", "share", "seed", "threshold"),
    [
        ("002", 0.03, 5, 0.8),  # Jaccard 0.830 with the page, an estimate of 0.766: near
        ("002", 0.04, 2, 0.8),  # 0.793, an estimate of 0.820: unique
        ("003", 0.04, 5, 0.75),  # 0.743, an estimate of 0.773: unique
    ],
)
def test_a_copy_of_a_remembered_page_near_the_threshold_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, sample: str, share: float, seed: int, threshold: float,
) -> None:
    """An edited copy of a remembered page (with its recrawl) whose estimate against it lies near the threshold, on
    the other side of their true Jaccard, is decided by that Jaccard with a sketches folder as with a state file (the
    band shuffle scored a pair with a remembered page by its estimate alone: `near` at 0.7734 where the local run let
    it out, `unique` where it was `near` at 0.8301)."""
    edited = edit_words(sample_text(sample), share, seed)
    pages = {"a_page.txt": sample_text(sample), "b_edited.txt": edited, "c_recrawl.txt": recrawl_of(edited)}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    for number, names in enumerate([["a_page.txt"], ["b_edited.txt", "c_recrawl.txt"]]):
        paths = [str(tmp_path / name) for name in names]
        got = dask_run(paths, tmp_path / f"run{number}.jsonl", scheduler=scheduler, sketches=sketches, threshold=threshold)
        assert got == local_run(paths, state=state, threshold=threshold), number


@pytest.mark.parametrize("partitions", [None, 1, 7])
def test_corpus_same_bytes_and_tally(
    scheduler: str, corpus: pathlib.Path, tmp_path: pathlib.Path, partitions: int | None,
) -> None:
    """truth.jsonl is in the corpus folder: its lines (no text field) are rejects, counted as locally."""
    local_tally, dask_tally = Tally(), Tally()
    expected = local_run([str(corpus)], local_tally)
    got = dask_run([str(corpus)], tmp_path / "out.jsonl", dask_tally, scheduler=scheduler, partitions=partitions)
    assert got == expected
    assert dask_tally.as_dict() == local_tally.as_dict()
    assert list(dask_tally.rejects) == list(local_tally.rejects)
    assert dask_tally.as_dict()["rejected"]["count"] == PAGES
    for status in ("exact", "near", "teaser"):
        assert f'"status":"{status}"' in got


def test_teaser_data_fetched_a_few_sets_at_a_time_gives_the_same_bytes(
    scheduler: str, corpus: pathlib.Path, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The client asks a part for its shingle sets (and its articles' sketches) in batches: batches of
    two sets, most of them split across requests, give the bytes of the local run."""
    monkeypatch.setattr(engine_dask, "FETCH_AT_ONCE", 2)
    got = dask_run([str(corpus)], tmp_path / "out.jsonl", scheduler=scheduler)
    assert got == local_run([str(corpus)])
    linked = [block["of"] for line in got.splitlines() for block in json.loads(line)["blocks"] if block.get("of")]
    assert linked  # teasers were linked: the fetched sets and sketches were read


def test_output_fetched_in_small_chunks_gives_the_same_bytes(
    scheduler: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The client fetches each part's compressed output `READ_BYTES` at a time: chunks of 100 bytes (every
    page's line alone compresses to more, so each part's output spans several) give the bytes of the
    local run."""
    monkeypatch.setattr(engine_dask, "READ_BYTES", 100)
    samples = [str(REPO / "samples")]
    got = dask_run(samples, tmp_path / "out.jsonl", scheduler=scheduler, partitions=2)
    assert min(len(zlib.compress(line.encode(), engine_dask.OUTPUT_COMPRESSION)) for line in got.splitlines()) > 100
    assert got == local_run(samples)


def test_output_cut_short_is_an_error_not_a_shorter_file() -> None:
    """A part's compressed output that arrives without its end raises: a truncated file is never written quietly."""
    packed = zlib.compress(b'{"id": "a"}\n' * 1000)

    class Chunks:  # stands in for the client and the emitted part: each chunk task answers at once
        def submit(self, client: object, function: object, offset: int, size: int) -> concurrent.futures.Future:
            future: concurrent.futures.Future = concurrent.futures.Future()
            future.set_result(packed[offset : offset + size] if offset + size < len(packed) else b"")
            future.release = lambda: None  # type: ignore[attr-defined]
            return future

    with pytest.raises(RuntimeError, match="cut short"):
        engine_dask._fetch_output(None, Chunks(), len(packed), io.BytesIO())  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [0.7, 0.9])
def test_other_thresholds(scheduler: str, corpus: pathlib.Path, tmp_path: pathlib.Path, threshold: float) -> None:
    paths = [str(corpus / "000")]
    expected = local_run(paths, threshold=threshold)
    assert dask_run(paths, tmp_path / "out.jsonl", scheduler=scheduler, threshold=threshold) == expected


def test_part_files(scheduler: str, corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-00009.jsonl").write_text("stale\n")
    run_dask([str(corpus / "000")], f"{out}/", scheduler=scheduler, partitions=4)
    parts = sorted(out.glob("part-*.jsonl"))
    assert [part.name for part in parts] == [f"part-{index:05d}.jsonl" for index in range(4)]
    assert "".join(part.read_text(encoding="utf-8") for part in parts) == local_run([str(corpus / "000")])


def test_sketches_across_runs_as_state(scheduler: str, corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Two runs over two halves, then the first half again: as with one --state file, copies of pages seen before are marked."""
    files = sorted(str(path) for path in (corpus / "000").glob("*.txt"))
    halves = [files[: len(files) // 2], files[len(files) // 2 :], files[: len(files) // 2]]
    state, sketches = str(tmp_path / "state.sqlite"), str(tmp_path / "sketches")
    outputs = []
    for number, half in enumerate(halves):
        expected = local_run(half, state=state)
        got = dask_run(half, tmp_path / f"run{number}.jsonl", scheduler=scheduler, partitions=3, sketches=sketches)
        assert got == expected, number
        outputs.append(got)
    first_ids = {line.split('"', 4)[3] for line in outputs[0].splitlines()}
    second_clusters = {line.rsplit('"cluster":"', 1)[1][:16] for line in outputs[1].splitlines()}
    assert first_ids & second_clusters, "the second run marks copies of the first run's pages"
    assert '"status":"unique"' not in outputs[2]
    assert len(list(pathlib.Path(sketches).glob("pages-*.jsonl"))) == 3


# A sketch row's recorded version: none (rows written before versions were recorded read as 1), or the version before
# this one (its shingle hashes and band keys are another's: version 5 kept 16 bits of each word's CRC-32).
@pytest.mark.parametrize("version", [None, FINGERPRINT_VERSION - 1])
def test_sketches_of_other_fingerprints_are_refused_naming_file_and_line(tmp_path: pathlib.Path, version: int | None) -> None:
    part = engine_dask.parse_files([str(path) for path in sorted((REPO / "samples").glob("00[13]_*.txt"))])[0]
    rows = engine_dask.sketch_rows(part, [(0, "a" * 16), (1, "b" * 16)]).splitlines()
    older = json.loads(rows[1])
    if version is None:
        del older["fingerprint"]
    else:
        older["fingerprint"] = version
    path = tmp_path / "pages-1.jsonl"
    path.write_text(rows[0] + "\n" + json.dumps(older) + "\n", encoding="utf-8")
    refusal = (rf"^{re.escape(str(path))}:2: a page of fingerprint version {version or 1}, "
               rf"this bdtools makes version {FINGERPRINT_VERSION};")
    with pytest.raises(ValueError, match=refusal):
        engine_dask.load_sketches(str(tmp_path))


# A row of the sketches directory damaged, as a torn write or another tool leaves it: (how the second row's text is
# changed, what the error says of it). It was a traceback (KeyError), or an error far from the file (binascii.Error,
# a sketch of another width in the band shuffle) or naming no file (json.JSONDecodeError).
SKETCH_ROW_DAMAGES = [
    (lambda line: line[: len(line) // 2], "no JSON: Unterminated string starting at"),  # torn: the last line cut
    (lambda line: "[1, 2]", "no JSON object"),
    (lambda line: json.dumps({key: value for key, value in json.loads(line).items() if key != "order"}), "no 'order'"),
    (lambda line: json.dumps({**json.loads(line), "sketch": json.loads(line)["sketch"][:1]}), "damaged sketch"),
    (lambda line: json.dumps({**json.loads(line), "sketch": ["x"] * 128}), "damaged sketch"),
    (lambda line: json.dumps({**json.loads(line), "shingles": "AQI="}), "damaged shingles"),  # 2 bytes
    (lambda line: json.dumps({**json.loads(line), "shingles": "not base64!"}), "damaged shingles"),
    (lambda line: json.dumps({**json.loads(line), "shingles": "AAAAAé=="}), "damaged shingles"),  # not ASCII
    (lambda line: json.dumps({**json.loads(line), "order": None}), "damaged order"),
    (lambda line: json.dumps({**json.loads(line), "id": 7}), "damaged id"),
    (lambda line: json.dumps({**json.loads(line), "cluster": None}), "damaged cluster"),
    # A join or forget row in place of the page's: the first page's cluster moved to none, by a score of text.
    (lambda line: engine_dask.join_rows([("a" * 16, None, 0.97)]), "damaged cluster"),
    (lambda line: engine_dask.join_rows([("a" * 16, "b" * 16, "0.97")]), "damaged score"),
    (lambda line: engine_dask.forget_rows(["a" * 16]).replace('"a', '["a').replace('a"', 'a"]'), "damaged forget"),
]


@pytest.mark.parametrize(("damage", "said"), SKETCH_ROW_DAMAGES)
def test_a_damaged_sketches_row_is_refused_naming_file_and_line(tmp_path: pathlib.Path, damage, said: str) -> None:
    """The Dask engine's read of its state, as a damaged row of a --state file is refused: one ValueError naming the
    file and the line (`run --engine dask` shows it in one line)."""
    part = engine_dask.parse_files([str(path) for path in sorted((REPO / "samples").glob("00[13]_*.txt"))])[0]
    rows = engine_dask.sketch_rows(part, [(0, "a" * 16), (1, "b" * 16)]).splitlines()
    path = tmp_path / "pages-1.jsonl"
    path.write_text(rows[0] + "\n" + damage(rows[1]), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"^{re.escape(str(path))}:2: not a usable sketches row \({re.escape(said)}"):
        engine_dask.load_sketches(str(tmp_path))


def listening(process: psutil.Process) -> set[str]:
    """The addresses that a process and its children listen on."""
    processes = [process, *process.children(recursive=True)]
    return {conn.laddr.ip for each in processes for conn in each.net_connections(kind="inet") if conn.status == "LISTEN"}


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_own_local_cluster_on_loopback(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    """Without a scheduler the engine starts its own cluster, which listens on the loopback interface alone."""
    seen: set[str] = set()
    inner = engine_dask._run

    def spy(client: distributed.Client, *args: object) -> None:
        seen.update(listening(psutil.Process()))
        inner(client, *args)

    monkeypatch.setattr(engine_dask, "_run", spy)
    samples = str(REPO / "samples")
    assert dask_run([samples], tmp_path / "out.jsonl") == local_run([samples])
    assert seen == {"127.0.0.1"}


def test_stdin_refused(scheduler: str, tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="stdin"):
        run_dask(["-"], str(tmp_path / "out.jsonl"), scheduler=scheduler)


def test_missing_dask(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(RuntimeError, match="pip install 'bdtools\\[dask\\]'") as raised:
        run_dask([str(REPO / "samples")], str(tmp_path / "out.jsonl"))
    assert str(raised.value) == MISSING_DASK


def test_owner_skips_empty_parts() -> None:
    assert [owner([0, 3, 3, 7], position) for position in range(9)] == [0, 0, 0, 2, 2, 2, 2, 3, 3]


def test_cli_engine_dask_writes_the_local_bytes_rejects_and_stats(scheduler: str, tmp_path: pathlib.Path) -> None:
    """``bdtools run --engine dask`` on the samples and a bad file: same records, same rejects, in = out + rejected."""
    (tmp_path / "bad.jsonl").write_text('{"text": "PORTAL - a page"}\n[1, 2]\n', encoding="utf-8")
    inputs = [str(REPO / "samples"), str(tmp_path / "bad.jsonl")]
    outputs = {}
    for engine in ("local", "dask"):
        folder = tmp_path / engine
        options = ["--scheduler", scheduler] if engine == "dask" else []
        result = CliRunner().invoke(cli, ["run", *inputs, "--engine", engine, *options, "-o", str(folder / "out.jsonl"),
                                          "--rejects", str(folder / "rejects.jsonl"), "--stats", str(folder / "stats.json")])
        assert result.exit_code == 0, result.output
        assert "bdtools run: 7 in, 6 out" in result.stderr
        outputs[engine] = [(folder / name).read_text(encoding="utf-8") for name in ("out.jsonl", "rejects.jsonl", "stats.json")]
    assert outputs["dask"] == outputs["local"]
    stats = json.loads(outputs["dask"][2])
    assert stats["records_in"] == stats["records_out"] + stats["rejected"]["count"] == 7


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "dask", "--streaming"], "--streaming cannot be used with --engine dask"),
        (["--engine", "dask", "--state", "seen.sqlite"], "--state (use --sketches) cannot be used with --engine dask"),
        (["--engine", "dask", "--drop", "--jobs", "2"], "--jobs, --drop cannot be used with --engine dask"),
        (["--sketches", "seen/"], "--sketches needs --engine dask"),
        (["--scheduler", "tcp://127.0.0.1:1", "-o", "out/"], "--scheduler, -o DIR/ needs --engine dask"),
    ],
)
def test_cli_refuses_options_of_the_other_engine(options: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["run", str(REPO / "samples"), *options])
    assert result.exit_code == 2
    assert message in result.stderr


def test_cli_without_dask_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    result = CliRunner().invoke(cli, ["run", "--engine", "dask", str(REPO / "samples"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {MISSING_DASK}\n"
    assert not (tmp_path / "out.jsonl").exists()


def test_nothing_of_dask_is_imported_at_start_up() -> None:
    """``bdtools --help`` and a local run import no Dask module."""
    code = (
        "import sys; from bdtools.cli import cli\n"
        "for args in (['--help'], ['run', 'samples/', '-q', '-o', '/dev/null']):\n"
        "    try: cli(args)\n"
        "    except SystemExit: pass\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')], sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, capture_output=True)


def test_bench_script_compares_with_jobs_2_and_writes_json(corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """``make bench``'s Dask step runs, finds the same bytes as ``--jobs 2`` and writes its figures."""
    figures = tmp_path / "bench-dask.json"
    command = [sys.executable, str(REPO / "scripts" / "bench_dask.py"), str(corpus), "--workers", "2", "-o", str(figures)]
    subprocess.run(command, check=True, capture_output=True)
    written = json.loads(figures.read_text(encoding="utf-8"))
    assert written["same_bytes"] is True and written["pages"] == PAGES
    assert len(written["worker_peak_rss_mb"]) == 2


def test_each_round_hands_on_exactly_the_pairs_the_next_needs(tmp_path: pathlib.Path) -> None:
    """A pair near the threshold passes the low-byte bound, comes back unsure from the sketch round,
    and the shingle round scores it as the local `NearIndex.similarity` does."""
    text = (REPO / "samples" / "003_790eb7187b08f3fc.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    body_lines = [i for i, line in enumerate(lines) if len(line.split()) > 25]
    edited = "\n".join(line for i, line in enumerate(lines) if i != body_lines[-1])  # its last long paragraph cut
    other = (REPO / "samples" / "001_b5f1e6c3974f0a2e.txt").read_text(encoding="utf-8")
    source = tmp_path / "pair.jsonl"
    source.write_text("".join(json.dumps({"id": name * 16, "text": page}) + "\n"
                              for name, page in (("a", text), ("b", edited), ("c", other))), encoding="utf-8")
    part = engine_dask.parse_files([str(source)])[0]
    first, second, unrelated = part.load_entries()
    signature = part.shingles.signature
    assert not decides(estimate_jaccard(signature(first.sketch), signature(second.sketch)), 0.8)  # the sketches cannot decide

    def score(pairs: list[int], carry: str) -> tuple[list, list[int]]:
        sent = engine_dask.send_left(part, 0, [array("Q", pairs)], [0], carry)
        kept, further = engine_dask.score_pairs(part, 0, sent, 0.8, carry)
        return kept, further.tolist()

    near, far = 0 << 32 | 1, 0 << 32 | 2
    assert score([near, far], engine_dask.LOW_BYTES) == ([], [near])  # the unrelated page is ruled out
    assert score([near], engine_dask.SKETCH) == ([], [near])
    expected = NearIndex({}, part.shingles, 0.8).similarities(first, [second.sketch], [second].__getitem__)[0]  # type: ignore[arg-type]
    assert expected >= 0.8
    assert score([near], engine_dask.SHINGLES) == ([(0, 1, expected)], [])
    assert estimate_jaccard(signature(first.sketch), signature(unrelated.sketch)) < 0.8 - VERIFY_MARGIN


HASHES = st.lists(st.integers(0, 2**HASH_BITS - 1), min_size=1, max_size=300)


@given(HASHES, HASHES)
def test_the_low_byte_bound_is_never_below_the_estimate(first: list[int], second: list[int]) -> None:
    shared = first[: len(first) // 2] + second  # sets that overlap
    a, b = sketch(first), sketch(shared)
    sketches = engine_dask.Sketches.of([a, b])
    lows, bins = sketches.low_bytes(), sketches.bins()
    assert equal_shares(bins[:1], bins[1:]).tolist() == [estimate_jaccard(a, b)]
    assert equal_shares(lows[:1], lows[1:]).tolist()[0] >= estimate_jaccard(a, b)


BAND_VALUES = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 39)), max_size=120)


@given(BAND_VALUES, st.integers(1, 40), st.sampled_from([1, 3, 1000]))
def test_pair_bands_makes_every_pair_of_a_shared_key_once_whatever_its_batches(
    values: list[tuple[int, int]], run_size: int, batch: int,
) -> None:
    """Few keys, so that some are shared by many pages (the corpus's hot buckets): batches of a few pairs
    give the pairs of one batch, split by the part of their first page."""
    offsets = [0, 10, 10, 25]  # one part empty
    reducer_input = [array("Q", [key << 32 | position for key, position in values])]
    expected = {(a, b) for key, a in values for other_key, b in values if key == other_key and a < b and a < run_size}
    expected |= {(b, a) for key, a in values for other_key, b in values if key == other_key and b < a and b < run_size}
    old = engine_dask.PAIRS_AT_ONCE
    engine_dask.PAIRS_AT_ONCE = batch
    try:
        split = engine_dask.PairBuckets(len(offsets))
        engine_dask.pair_bands(reducer_input, run_size, offsets, split)
    finally:
        engine_dask.PAIRS_AT_ONCE = old
    found = [[engine_dask.unpack_pair(packed) for packed in part.tolist()] for part in split]
    assert sorted(pair for part in found for pair in part) == sorted(expected)
    assert all(part == sorted(set(part)) for part in found)
    assert all(engine_dask.owner(offsets, first) == p for p, part in enumerate(found) for first, _ in part)


def test_what_a_shuffle_keeps_between_its_steps_waits_on_disk() -> None:
    """A task's output split by receiver (band keys, a reducer's pairs, scoring messages) and a part's
    candidate pairs are files: their objects stay small in memory, give back what was put in, and travel
    pickled with their bytes should Dask move them."""
    import pickle

    sent = engine_dask.Sent(np.array([4], dtype=np.uint32), np.ones((1, 128), dtype=np.uint8), np.array([1]), np.array([9]))
    split = engine_dask.DiskSplit([array("Q", range(50_000)), sent])
    kept = engine_dask.kept_pairs(np.arange(50_000, dtype=np.uint64)[::-1].copy(), array("Q", [3]))
    assert sys.getsizeof(split.__dict__) + sys.getsizeof(split.bounds) < 1_000
    assert split[0].tolist() == list(range(50_000))
    assert pickle.loads(pickle.dumps(split))[1].pairs().tolist() == [4 << 32 | 9] and split[1].carried.sum() == 128
    assert kept.pairs().tolist() == list(range(50_000)) == pickle.loads(pickle.dumps(kept)).pairs().tolist()
    with pytest.raises(IndexError):
        split[2]
    buckets = engine_dask.PairBuckets(3)
    for start in range(0, 50_000, 1_000):  # a reducer's batches, filed as they come
        buckets.add(1, np.arange(start, start + 1_000, dtype=np.uint64)[::-1])
    assert buckets.file.size() == 50_000 * 8
    # what it keeps of each chunk in memory: its place, 16 bytes (the pairs themselves are on disk)
    assert all(chunks.typecode == "Q" for chunks in buckets.chunks) and sum(map(sys.getsizeof, buckets.chunks)) < 50 * 16 + 1_000
    assert buckets[1].tolist() == list(range(50_000)) == pickle.loads(pickle.dumps(buckets))[1].tolist()
    assert buckets[0].tolist() == buckets[2].tolist() == []
    with pytest.raises(IndexError):
        buckets[3]


def test_local_cluster_workers_keep_no_profile_and_short_logs(scheduler: str) -> None:
    """Dask's statistical profiler keeps up to 1,000 s of samples on every worker, and its low-level logs
    1,000 events each: memory that grows with a run's length (and CPU the stages need). A worker gathers
    up to 50 MB of other workers' results in one message. The cluster of ``--engine dask`` runs without
    the profiler, with logs of 100 events and messages of 1 MiB."""
    import dask

    def logs(dask_worker: distributed.Worker) -> set[int | None]:
        return {dask_worker.state.log.maxlen, dask_worker.state.stimulus_log.maxlen, dask_worker.transfer_incoming_log.maxlen}

    with distributed.Client(scheduler) as client:
        assert set(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values()) == {False}
        assert set(client.run(lambda dask_worker: len(dask_worker.profile_history)).values()) == {0}
        assert list(client.run(logs).values()) == [{100}, {100}]
        assert set(client.run(lambda dask_worker: dask_worker.state.transfer_message_bytes_limit).values()) == {2**20}


PATH_TEXT = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)), min_size=1)


REJECTS = st.builds(Reject, PATH_TEXT, st.none(), st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",))))


@given(st.lists(PATH_TEXT | st.sampled_from(["dir/\udcff.txt", "crawl/000/000001.txt"]) | REJECTS, max_size=30))
def test_a_partition_carries_its_paths_packed_and_gives_them_back(paths: list[str | Reject]) -> None:
    """The task graph carries a partition's paths as one zlib block: any paths (an undecodable byte kept as
    a lone surrogate by the file system's encoding included) and the walk's rejects with their reasons (a
    file named twice, a folder that cannot be listed) come back in order."""
    packed = engine_dask.packed_paths(paths)
    assert isinstance(packed, bytes) and engine_dask.unpacked_paths(packed) == paths


def test_a_partition_of_crawl_paths_packs_small() -> None:
    """What a worker keeps of a partition's task input: a crawl's paths share their folders, so 2,500 of
    them (`FILES_PER_PART`) pack to a small share of their text."""
    paths = [f"/shared/crawl/binhduong/{number // 1000:03d}/{number:06d}.txt" for number in range(engine_dask.FILES_PER_PART)]
    assert len(engine_dask.packed_paths(paths)) * 10 < len("".join(paths))


def test_an_empty_folder_gives_an_empty_output(tmp_path: pathlib.Path, scheduler: str) -> None:
    (tmp_path / "empty").mkdir()
    output, tally = tmp_path / "out.jsonl", Tally()
    run_dask([str(tmp_path / "empty")], str(output), scheduler=scheduler, tally=tally)
    assert output.read_bytes() == b"" and tally.records_in == 0


class TaskCounter(distributed.diagnostics.plugin.SchedulerPlugin):
    """Counts the tasks the scheduler finishes, by the name of their function."""

    def __init__(self) -> None:
        self.finished: collections.Counter[str] = collections.Counter()

    def transition(self, key: object, start: str, finish: str, *args: object, **kwargs: object) -> None:
        if finish == "memory":
            self.finished[distributed.utils.key_split(key)] += 1


def test_the_near_step_makes_tasks_in_proportion_to_the_parts_not_their_square(
    cluster: distributed.LocalCluster, corpus: pathlib.Path, tmp_path: pathlib.Path,
) -> None:
    """Each shuffle of the near step makes a task for each sender and `Group` of receivers (a worker
    thread's parts), not for each sender and receiver: four times the parts, about four times the tasks.
    A task for each pair of parts made a run in 80 partitions spend minutes in the near step. The
    output stays the local run's."""
    expected = local_run([str(corpus)])
    tasks = []
    for partitions in (4, 16):
        counter = TaskCounter()
        cluster.scheduler.add_plugin(counter, name="task-counter")
        try:
            got = dask_run([str(corpus)], tmp_path / "out.jsonl", scheduler=cluster.scheduler_address, partitions=partitions)
            assert got == expected
        finally:
            cluster.scheduler.remove_plugin(name="task-counter")
        assert counter.finished["picked"] > 0 and counter.finished["score_group"] > 0  # the shuffles ran
        tasks.append(sum(counter.finished.values()))
    assert tasks[1] < 4.5 * tasks[0], tasks  # a task for each pair of parts: 16 times the shuffles' tasks


WORKERS = st.sampled_from(["tcp://a:1", "tcp://b:1", "tcp://gone:1", None])


@given(st.lists(WORKERS, max_size=60), st.dictionaries(st.sampled_from(["tcp://a:1", "tcp://b:1"]), st.integers(1, 4)))
def test_receiver_groups_serve_each_receiver_once_on_its_worker(holders: list[str | None], threads: dict[str, int]) -> None:
    """Every receiver in exactly one group, in its worker's (a worker's groups no more than its threads
    and dealt evenly), and those held by no known worker in one group that runs anywhere."""
    groups = engine_dask.receiver_groups(holders, threads)
    assert sorted(r for group in groups for r in group.members) == list(range(len(holders)))
    for group in groups:
        assert all((holders[r] if holders[r] in threads else None) == group.worker for r in group.members)
        assert group.members == sorted(group.members)
    for worker, count in threads.items():
        sizes = [len(group.members) for group in groups if group.worker == worker]
        assert len(sizes) <= count and (not sizes or max(sizes) - min(sizes) <= 1)
    assert sum(group.worker is None for group in groups) <= 1
    reducers = engine_dask.reducer_holders(len(holders), threads)
    assert len(engine_dask.receiver_groups(reducers, threads)) == min(len(holders), sum(threads.values()) or 1)


PACKED_PAIRS = st.lists(st.integers(0, 2**40), max_size=50)


@given(st.lists(PACKED_PAIRS, max_size=30), st.sampled_from([1, 5, 1000]))
def test_pair_buckets_merge_the_copies_of_several_reducers_as_they_read(chunks: list[list[int]], batch: int) -> None:
    """A group's reducers file copies of the same pairs (a pair shares several band keys): reading a
    part's pairs gives each once, sorted, however often the chunks are merged on the way."""
    buckets = engine_dask.PairBuckets(2)
    for chunk in chunks:
        buckets.add(1, np.unique(np.array(chunk + chunk[: len(chunk) // 2], dtype=np.uint64)))
    old = engine_dask.PAIRS_AT_ONCE
    engine_dask.PAIRS_AT_ONCE = batch
    try:
        assert buckets[1].tolist() == sorted({pair for chunk in chunks for pair in chunk})
    finally:
        engine_dask.PAIRS_AT_ONCE = old
    assert buckets[0].tolist() == []


@pytest.mark.parametrize("batch", [1, 2, 5, 10_000])
def test_a_round_scores_a_message_in_batches_as_each_pair_alone(batch: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """`score_pairs` compares a message's pairs `PAIRS_AT_ONCE` at a time, finding each pair's first as
    it goes: whatever the batches, each pair is scored by its own two rows, as the local rule does."""
    samples = sorted(str(path) for path in (REPO / "samples").glob("00[1-4]_*.txt"))
    part = engine_dask.parse_files(samples * 3)[0]  # 12 pages: each sample three times
    count = len(part.load_entries())
    pairs = array("Q", [first << 32 | second for first in range(count) for second in range(first + 1, count)])
    offsets = [0, 5]  # the seconds of positions 5 and up are another part's (here the same part, at offset 0)
    monkeypatch.setattr(engine_dask, "PAIRS_AT_ONCE", batch)
    copies = []
    for carry in (engine_dask.LOW_BYTES, engine_dask.SKETCH):
        rows = engine_dask.carried_rows(part.sketches(), carry)
        for sent in engine_dask.send_left(part, 0, [pairs], offsets, carry):
            expected = sent.pairs()
            firsts, seconds = (expected >> 32).astype(np.int64), (expected & 0xFFFFFFFF).astype(np.int64)
            shares = np.array([equal_shares(rows[a : a + 1], rows[b : b + 1])[0] for a, b in zip(firsts, seconds, strict=True)])
            kept, further = engine_dask.score_pairs(part, 0, [sent], 0.8, carry)
            if carry == engine_dask.LOW_BYTES:
                assert kept == [] and further.tolist() == expected[shares >= 0.8 - VERIFY_MARGIN].tolist()
            else:
                decided = decides(shares, 0.8)
                assert further.tolist() == expected[~decided].tolist()
                chosen = decided & (shares >= 0.8)
                assert kept == list(zip(firsts[chosen].tolist(), seconds[chosen].tolist(), shares[chosen].tolist(), strict=True))
                copies.extend(kept)
    assert copies  # each sample's copies were found


@given(st.lists(PACKED_PAIRS, max_size=6), st.booleans())
def test_merge_pairs_gives_the_distinct_pairs_sorted_and_leaves_its_inputs_alone(chunks: list[list[int]], on_disk: bool) -> None:
    """`merge_pairs` sorts in place what it owns (a copy, or pairs read fresh from a `PairFile`): never a
    caller's array, which a Dask task may be given again."""
    arrays = [np.array(chunk, dtype=np.uint64) for chunk in chunks]
    inputs = [engine_dask.kept_pairs(values) for values in arrays] if on_disk else arrays
    expected = sorted({value for chunk in chunks for value in chunk})
    assert engine_dask.merge_pairs(*inputs).tolist() == expected
    assert [values.tolist() for values in arrays] == chunks
