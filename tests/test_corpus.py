"""The synthetic dedup corpus (scripts/make_corpus.py) and bdtools' dedup scored on it (scripts/eval_dedup.py)."""

from __future__ import annotations

import datetime
import itertools
import json
import pathlib

import pytest

from bdtools.variants import HEADER_RE

from conftest import load_script

PAGES = 1000


make_corpus = load_script("make_corpus")
eval_dedup = load_script("eval_dedup")


def tree(folder: pathlib.Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("corpus")
    assert make_corpus.main(["--pages", str(PAGES), "--seed", "1", "-o", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def truth(corpus: pathlib.Path) -> list[dict]:
    return eval_dedup.load_truth(corpus)


def test_deterministic(corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    make_corpus.write_corpus(PAGES, 1, tmp_path)
    assert tree(tmp_path) == tree(corpus)


def test_another_seed_another_corpus(corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    make_corpus.write_corpus(PAGES, 2, tmp_path)
    assert (tmp_path / "truth.jsonl").read_bytes() != (corpus / "truth.jsonl").read_bytes()


def test_truth_matches_files(corpus: pathlib.Path, truth: list[dict]) -> None:
    files = {path for path in tree(corpus) if path != "truth.jsonl"}
    assert [row["path"] for row in truth] == sorted(files)
    kinds = {row["path"]: row["kind"] for row in truth}
    for row in truth:
        if "of" in row:
            assert kinds[row["of"]] == "distinct", row
        for target in row.get("items", []):
            assert target is None or kinds[target] == "distinct", row
        if row["kind"] in ("near", "distinct-edit"):
            assert (row["jaccard"] >= make_corpus.NEAR_JACCARD) == (row["kind"] == "near"), row


def test_mix(truth: list[dict]) -> None:
    kinds = {kind: sum(row["kind"] == kind for row in truth) for kind in ("distinct", "exact", "listing", "teaser")}
    copies = sum(row["kind"] in ("near", "distinct-edit") for row in truth)
    assert kinds == {"distinct": PAGES * 60 // 100, "exact": PAGES * 15 // 100, "listing": PAGES * 5 // 100,
                     "teaser": PAGES * 5 // 100}
    assert copies == PAGES * 15 // 100


def test_pages_in_folders_of_at_most_1000() -> None:
    assert make_corpus.page_path(999) == "000/000999.txt"
    assert make_corpus.page_path(1000) == "001/001000.txt"


def body_paragraphs(text: str) -> list[str]:
    """Terminated paragraphs of more than 12 words between the header and the footer, agency tag stripped."""
    lines = text.split("Lượt người xem")[0].split("\n")[3:]
    return [make_corpus.strip_agency_tag(line) for line in lines
            if make_corpus.TERMINATED.search(line) and len(line.split()) > 12]


def test_distinct_articles_share_few_shingles(corpus: pathlib.Path, truth: list[dict]) -> None:
    shingles = []
    for row in truth:
        if row["kind"] == "distinct":
            body = body_paragraphs((corpus / row["path"]).read_text(encoding="utf-8"))
            shingles.append(set(make_corpus.shingle_hashes(make_corpus.normalise_body(body))))
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(shingles, 2))
    assert worst < 0.3


def published(text: str) -> datetime.date:
    return datetime.datetime.strptime(HEADER_RE.match(text.split("\n")[0])["date"], "%d/%m/%Y").date()


def test_near_copies_neither_longer_nor_earlier(corpus: pathlib.Path, truth: list[dict]) -> None:
    for row in truth:
        if row["kind"] in ("near", "distinct-edit"):
            copy = (corpus / row["path"]).read_text(encoding="utf-8")
            original = (corpus / row["of"]).read_text(encoding="utf-8")
            assert len("".join(body_paragraphs(copy))) < len("".join(body_paragraphs(original))), row
            assert published(copy) >= published(original), row


def test_dedup_meets_targets(corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    output = tmp_path / "eval.json"
    assert eval_dedup.main([str(corpus), "--jobs", "1", "-o", str(output)]) == 0
    figures = json.loads(output.read_text(encoding="utf-8"))
    kinds = figures["kinds"]
    assert figures["false_merges"] == 0
    assert kinds["exact"]["precision"] >= 0.99 and kinds["exact"]["recall"] >= 0.98
    assert kinds["near"]["precision"] >= 0.99 and kinds["near"]["recall"] >= 0.98
    assert figures["edits_merged"] == 0
    assert kinds["teaser_pages"]["recall"] >= 0.95 and kinds["teaser_items"]["recall"] >= 0.95
    assert kinds["teaser_pages"]["precision"] >= 0.99 and kinds["teaser_items"]["precision"] >= 0.99
    assert figures["canonical_ok"] == 1.0


CUT_RECRAWLS = 80


@pytest.fixture(scope="module")
def cut_corpus(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("cut_corpus")
    assert make_corpus.main(["--pages", "400", "--seed", "2", "--cut-recrawls", str(CUT_RECRAWLS), "-o", str(folder)]) == 0
    return folder


def test_cut_recrawls_come_on_top_of_the_corpus_and_end_in_a_word(cut_corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """The cut recrawls are drawn after every other page (the rest is the corpus made without them), and each
    dump ends in the middle of a word of its original's body, its footer gone."""
    make_corpus.write_corpus(400, 2, tmp_path)
    rows = eval_dedup.load_truth(cut_corpus)
    cut = [row for row in rows if row["kind"] == "cut"]
    assert len(cut) == CUT_RECRAWLS
    texts = {(cut_corpus / row["path"]).read_bytes() for row in rows if row["kind"] != "cut"}
    assert texts == {data for path, data in tree(tmp_path).items() if path != "truth.jsonl"}
    for row in cut:
        text = (cut_corpus / row["path"]).read_text(encoding="utf-8")
        original = (cut_corpus / row["of"]).read_text(encoding="utf-8")
        last = text.rsplit("\n", 1)[-1]
        assert "Lượt người xem" not in text and 0 < row["share"] < 1, row
        assert last[-1].isalpha() and any(line.startswith(last) and line != last for line in original.split("\n")), row


def test_dedup_links_every_cut_recrawl_to_its_article(cut_corpus: pathlib.Path, tmp_path: pathlib.Path) -> None:
    output = tmp_path / "eval.json"
    assert eval_dedup.main([str(cut_corpus), "--jobs", "1", "-o", str(output)]) == 0
    figures = json.loads(output.read_text(encoding="utf-8"))
    kinds = figures["kinds"]
    assert kinds["cut_copies"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": CUT_RECRAWLS, "predicted": CUT_RECRAWLS,
                                   "truth": CUT_RECRAWLS}
    assert kinds["near"]["precision"] >= 0.99 and kinds["teaser_pages"]["precision"] >= 0.99
    assert figures["false_merges"] == 0 and figures["canonical_ok"] == 1.0


@pytest.mark.parametrize("option", ["--pages", "--cut-recrawls"])
def test_a_count_below_zero_is_refused(tmp_path, option, capsys):
    """`--cut-recrawls -3` added no page and said nothing."""
    with pytest.raises(SystemExit) as ended:
        make_corpus.main([option, "-3", "-o", str(tmp_path / "corpus")])
    assert ended.value.code == 2 and "-3 is below 0" in capsys.readouterr().err
    assert not (tmp_path / "corpus").exists()


def test_cut_copies_are_scored_whether_their_original_is_in_the_run_or_not(cut_corpus: pathlib.Path) -> None:
    """With `--limit` a cut recrawl's original may be outside the run: its mark still counts for precision (`near` of
    another cut recrawl of its story is right, of another story wrong), and only for precision. The scoring left such
    pages out of the predictions, so a wrong mark there could not lower the precision."""
    rows = eval_dedup.load_truth(cut_corpus)
    cut = [row for row in rows if row["kind"] == "cut"]
    by_original: dict[str, list[dict]] = {}
    for row in cut:
        by_original.setdefault(row["of"], []).append(row)
    twice = next(crawls for crawls in by_original.values() if len(crawls) > 1)
    once = next(crawls[0] for crawls in by_original.values() if len(crawls) == 1)
    other = next(row for row in rows if row["kind"] == "distinct" and row["path"] not in by_original)
    kept = [*twice, once, other]  # the original of every cut recrawl is outside
    outcome = eval_dedup.Outcome()
    for index, row in enumerate(kept):
        outcome.id[row["path"]] = f"{index:016x}"
    marks = {twice[0]["path"]: ("unique", None), **{row["path"]: ("near", twice[0]["path"]) for row in twice[1:]},
             once["path"]: ("near", other["path"]), other["path"]: ("unique", None)}
    for path, (status, head) in marks.items():
        outcome.status[path], outcome.of[path] = status, outcome.id[head] if head else None
        outcome.cluster[path] = outcome.id[head or path]
    score = eval_dedup.score_cut_copies(kept, outcome, {row["path"] for row in kept})
    figures = score.figures()
    assert (figures["tp"], figures["predicted"], figures["truth"], figures["recall"]) == (len(twice) - 1, len(twice), 0, 1.0)
    assert figures["precision"] == round((len(twice) - 1) / len(twice), 4)


@pytest.mark.parametrize("limit", [150, 300])
def test_cut_copies_of_a_limited_run_are_every_cut_recrawl_marked(cut_corpus: pathlib.Path, tmp_path: pathlib.Path,
                                                                   limit: int) -> None:
    """`--limit N`: every cut recrawl of the first N pages that dedup marks is a prediction, and the right ones
    (`near` of their story, whose original or longer cut recrawl is in the run) are all of them; the truth is
    the cut recrawls whose original is in the run."""
    output = tmp_path / "eval.json"
    assert eval_dedup.main([str(cut_corpus), "--limit", str(limit), "--jobs", "1", "-o", str(output)]) == 0
    rows = eval_dedup.load_truth(cut_corpus, limit)
    present = {row["path"] for row in rows}
    outcome = eval_dedup.run_pipeline(cut_corpus, rows, 0.8, 1)
    marked = sum(row["kind"] == "cut" and outcome.status[row["path"]] != "unique" for row in rows)
    cut_copies = json.loads(output.read_text(encoding="utf-8"))["kinds"]["cut_copies"]
    assert marked > cut_copies["truth"] == sum(row["kind"] == "cut" and row["of"] in present for row in rows)
    figures = (cut_copies["predicted"], cut_copies["tp"], cut_copies["precision"], cut_copies["recall"])
    assert figures == (marked, marked, 1.0, 1.0)
