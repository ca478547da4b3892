"""Score bdtools' dedup against the truth of a corpus made by ``scripts/make_corpus.py``.

Usage::

    .venv/bin/python scripts/eval_dedup.py DIR [--threshold 0.8] [--limit N] [--jobs N] [-o out/eval_dedup.json]

Runs ``bdtools.pipeline.run`` over the pages of ``DIR/truth.jsonl`` (the first N with ``--limit``) and
prints precision, recall and F1 per duplicate kind:

* ``exact``: a page is a true positive when its status is ``exact`` and it is in its original's cluster;
  predicted = pages with status ``exact``; truth = pages of kind ``exact``.
* ``near``: the same with status ``near`` and kind ``near`` (true Jaccard ≥ 0.8); a ``distinct-edit``
  page (true Jaccard < 0.8) marked ``near`` counts as a false positive. Recall is also given per band
  of true Jaccard.
* ``teaser_pages``: status ``teaser`` and ``of`` the cluster of the article the page repeats.
* ``teaser_items``: a listing item whose block ``of`` is the cluster of the article it repeats;
  predicted = items with an ``of``; truth = items that repeat an article of the run.
* ``cut_copies`` (a corpus made with ``--cut-recrawls``): a cut recrawl marked ``near`` of a page of its
  original's story (the original, a copy of it, or another cut recrawl of it); predicted = cut recrawls marked
  anything but ``unique``, whether their original is in the run or not; recall: a cut recrawl marked ``near``
  in its original's cluster, of the cut recrawls whose original is in the run. They count among the ``near``
  predictions too (a cut recrawl marked ``near`` of another story is a false positive there).

``false_merges`` counts pairs of distinct articles put in one cluster (per cluster, its distinct
stories minus one); ``edits_merged`` the distinct-edit pages put in their original's cluster;
``canonical_ok`` the share of multi-page clusters whose canonical record is the original or an exact
copy of it. With ``--limit``, pages whose original is outside the run are not scored. The figures go
to ``out/eval_dedup.json`` too.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bdtools.pipeline import run

REPO = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = REPO / "out" / "eval_dedup.json"
JACCARD_BANDS = ((0.8, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.01))
# Truth kind of a copy -> the dup status that is right for it.
COPY_STATUS = {"exact": "exact", "near": "near"}
STORY_KINDS = ("distinct", "exact", "near", "cut")
# The truth kinds of copies with a body of their own (the rest of a story's pages have its original's).
OWN_BODY_KINDS = ("near", "cut")


@dataclass
class Score:
    """Counts of one duplicate kind; ``found`` is the recall numerator when it differs from the precision one."""

    true_positives: int = 0
    predicted: int = 0
    truth: int = 0
    found: int | None = None

    def figures(self) -> dict[str, float | int]:
        found = self.true_positives if self.found is None else self.found
        precision = self.true_positives / self.predicted if self.predicted else 1.0
        recall = found / self.truth if self.truth else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp": self.true_positives, "predicted": self.predicted, "truth": self.truth}


@dataclass
class Outcome:
    """What the pipeline said about each page of the run, by path relative to the corpus."""

    status: dict[str, str] = field(default_factory=dict)
    cluster: dict[str, str] = field(default_factory=dict)
    of: dict[str, str | None] = field(default_factory=dict)
    id: dict[str, str] = field(default_factory=dict)
    items: dict[str, list[str | None]] = field(default_factory=dict)


def load_truth(corpus: pathlib.Path, limit: int | None = None) -> list[dict]:
    """The truth rows of the corpus, the first ``limit`` of them when given."""
    with (corpus / "truth.jsonl").open(encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    return rows[:limit] if limit else rows


def run_pipeline(corpus: pathlib.Path, rows: list[dict], threshold: float, jobs: int) -> Outcome:
    """Run bdtools over the pages of ``rows`` and keep the dup fields."""
    outcome = Outcome()
    paths = [str(corpus / row["path"]) for row in rows]
    for record in run(paths, jobs=jobs, threshold=threshold):
        path = pathlib.Path(record["source"]["path"]).relative_to(corpus).as_posix()
        dup = record["dup"]
        outcome.status[path], outcome.cluster[path], outcome.of[path] = dup["status"], dup["cluster"], dup["of"]
        outcome.id[path] = record["id"]
        outcome.items[path] = [block.get("of") for block in record["blocks"] if block["role"] == "listing_item"]
    return outcome


def body_of(row: dict) -> tuple[str, str] | None:
    """(story, body) of a story page: exact copies share their original's body, a near copy or a cut recrawl has its own."""
    if row["kind"] == "distinct":
        return row["path"], row["path"]
    if row["kind"] == "exact":
        return row["of"], row["of"]
    if row["kind"] in OWN_BODY_KINDS:
        return row["of"], row["path"]
    return None


def head_bodies(rows: list[dict], outcome: Outcome) -> dict[str, tuple[str, str] | None]:
    """Each page's canonical record's (story, body) (`body_of`; None: a unique page, or a head of no story)."""
    bodies = {row["path"]: body_of(row) for row in rows}
    path_of = {record_id: path for path, record_id in outcome.id.items()}
    return {row["path"]: bodies.get(path_of.get(outcome.of[row["path"]] or "", "")) for row in rows}


def score_copies(rows: list[dict], outcome: Outcome, present: set[str]) -> dict[str, Score]:
    """Exact and near copies, as pairs of a page and its cluster's canonical record.

    Recall: an exact copy in its original's cluster, marked ``exact`` or canonical itself (an exact copy
    may be the canonical record: same date, same length, smaller id); a near copy in its original's
    cluster, marked ``near``. Precision: a page marked ``exact`` whose canonical record has the same
    body (its original or an exact copy of it); a page marked ``near`` whose canonical record is of the
    same story with another body.
    """
    scores = {kind: Score() for kind in COPY_STATUS}
    bodies, heads = {row["path"]: body_of(row) for row in rows}, head_bodies(rows, outcome)
    for row in rows:
        path = row["path"]
        status = outcome.status[path]
        if status in scores:
            scores[status].predicted += 1
            mine, head = bodies[path], heads[path]
            same_story = mine is not None and head is not None and mine[0] == head[0]
            scores[status].true_positives += same_story and (mine[1] == head[1]) == (status == "exact")
        if row["kind"] in COPY_STATUS and row["of"] in present:
            scores[row["kind"]].truth += 1
    return scores


def copy_recall(rows: list[dict], outcome: Outcome, present: set[str]) -> dict[str, int]:
    """Copies found: in the original's cluster with the right status."""
    right = {"exact": ("exact", "unique"), "near": ("near",)}
    found: Counter[str] = Counter()
    for row in rows:
        if row["kind"] in right and row["of"] in present:
            path = row["path"]
            found[row["kind"]] += (outcome.status[path] in right[row["kind"]]
                                   and outcome.cluster[path] == outcome.cluster[row["of"]])
    return found


def near_recall_by_band(rows: list[dict], outcome: Outcome, present: set[str]) -> dict[str, dict[str, float | int]]:
    """Recall of near copies per band of true Jaccard."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        if row["kind"] != "near" or row["of"] not in present:
            continue
        band = next(f"{low:.2f}-{min(high, 1.0):.2f}" for low, high in JACCARD_BANDS if low <= row["jaccard"] < high)
        total[band] += 1
        found[band] += outcome.status[row["path"]] == "near" and outcome.cluster[row["path"]] == outcome.cluster[row["of"]]
    return {band: {"recall": round(found[band] / total[band], 4), "truth": total[band]} for band in sorted(total)}


def score_teaser_pages(rows: list[dict], outcome: Outcome, present: set[str]) -> Score:
    """Teaser pages: status teaser and linked to the cluster of the article they repeat."""
    score = Score(predicted=sum(status == "teaser" for status in outcome.status.values()))
    for row in rows:
        if row["kind"] == "teaser" and row["of"] in present:
            score.truth += 1
            path = row["path"]
            score.true_positives += outcome.status[path] == "teaser" and outcome.of[path] == outcome.cluster[row["of"]]
    return score


def score_cut_copies(rows: list[dict], outcome: Outcome, present: set[str]) -> Score:
    """Cut recrawls. Precision: of every cut recrawl of the run marked anything but ``unique``, those marked ``near``
    of a page of their own story (their original, a copy of it, or another cut recrawl of it: with ``--limit`` the
    original may be outside the run, and the longer cut recrawl is then the story); recall: of the cut recrawls whose
    original is in the run, those marked ``near`` in its cluster."""
    score, found = Score(), 0
    heads = head_bodies(rows, outcome)
    for row in rows:
        if row["kind"] != "cut":
            continue
        status, head = outcome.status[row["path"]], heads[row["path"]]
        score.predicted += status != "unique"
        score.true_positives += status == "near" and head is not None and head[0] == row["of"]
        if row["of"] in present:
            score.truth += 1
            found += status == "near" and outcome.cluster[row["path"]] == outcome.cluster[row["of"]]
    score.found = found
    return score


def score_teaser_items(rows: list[dict], outcome: Outcome, present: set[str]) -> Score:
    """Listing items: linked to the cluster of the article they repeat, unlinked when it is not in the run."""
    score = Score()
    for row in rows:
        if row["kind"] != "listing":
            continue
        links = outcome.items[row["path"]]
        if len(links) != len(row["items"]):
            print(f"eval_dedup: {row['path']}: {len(links)} items read, {len(row['items'])} written", file=sys.stderr)
        for target, link in zip(row["items"], links, strict=False):
            score.predicted += link is not None
            if target in present:
                score.truth += 1
                score.true_positives += link == outcome.cluster[target]
    return score


def merges(rows: list[dict], outcome: Outcome, present: set[str]) -> dict[str, float | int]:
    """False merges of distinct stories, distinct-edits merged with their original, canonical records right."""
    stories: dict[str, set[str]] = defaultdict(set)
    originals = {}
    for row in rows:
        if row["kind"] in STORY_KINDS and (row["kind"] == "distinct" or row["of"] in present):
            story = row["path"] if row["kind"] == "distinct" else row["of"]
            stories[outcome.cluster[row["path"]]].add(story)
            if row["kind"] not in OWN_BODY_KINDS:
                originals[outcome.id[row["path"]]] = story
    edits_merged = sum(row["kind"] == "distinct-edit" and row["of"] in present
                       and outcome.cluster[row["path"]] == outcome.cluster[row["of"]] for row in rows)
    sizes = Counter(outcome.cluster.values())
    multi = [cluster for cluster, size in sizes.items() if size > 1 and cluster in stories]
    right = sum(originals.get(cluster) in stories[cluster] and len(stories[cluster]) == 1 for cluster in multi)
    return {"false_merges": sum(len(found) - 1 for found in stories.values()), "edits_merged": edits_merged,
            "distinct_edits": sum(row["kind"] == "distinct-edit" for row in rows),
            "canonical_ok": round(right / len(multi), 4) if multi else 1.0}


def evaluate(corpus: pathlib.Path, threshold: float = 0.8, limit: int | None = None, jobs: int = 1) -> dict:
    """All figures of one evaluation run."""
    rows = load_truth(corpus, limit)
    present = {row["path"] for row in rows}
    started = time.perf_counter()
    outcome = run_pipeline(corpus, rows, threshold, jobs)
    seconds = time.perf_counter() - started
    copies = score_copies(rows, outcome, present)
    for kind, found in copy_recall(rows, outcome, present).items():
        copies[kind].found = found
    kinds = {"exact": copies["exact"], "near": copies["near"], "teaser_pages": score_teaser_pages(rows, outcome, present),
             "teaser_items": score_teaser_items(rows, outcome, present), "cut_copies": score_cut_copies(rows, outcome, present)}
    return {"corpus": str(corpus), "pages": len(rows), "threshold": threshold, "seconds": round(seconds, 1),
            "kinds": {name: score.figures() for name, score in kinds.items()},
            "near_recall_by_jaccard": near_recall_by_band(rows, outcome, present),
            **merges(rows, outcome, present)}


def report(figures: dict) -> str:
    """The figures as a few lines for a person."""
    lines = [f"{figures['pages']} pages, threshold {figures['threshold']}, pipeline {figures['seconds']} s",
             f"{'kind':<14}{'precision':>10}{'recall':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'truth':>7}"]
    for name, kind in figures["kinds"].items():
        lines.append(f"{name:<14}{kind['precision']:>10.4f}{kind['recall']:>8.4f}{kind['f1']:>8.4f}"
                     f"{kind['tp']:>7}{kind['predicted']:>7}{kind['truth']:>7}")
    bands = ", ".join(f"{band}: {value['recall']:.4f} of {value['truth']}"
                      for band, value in figures["near_recall_by_jaccard"].items())
    lines.append(f"near recall by true Jaccard: {bands}")
    lines.append(f"false merges: {figures['false_merges']}; distinct-edits merged: {figures['edits_merged']} of "
                 f"{figures['distinct_edits']}; canonical record right: {figures['canonical_ok']:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=pathlib.Path, help="folder written by scripts/make_corpus.py")
    parser.add_argument("--threshold", type=float, default=0.8, help="near-duplicate threshold (default 0.8)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of truth.jsonl")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), help="processes for the page stages")
    parser.add_argument("-o", "--output", type=pathlib.Path, default=OUTPUT, help="JSON figures (default out/eval_dedup.json)")
    args = parser.parse_args(argv)
    if not (args.corpus / "truth.jsonl").exists():
        parser.error(f"no truth.jsonl in {args.corpus}")
    figures = evaluate(args.corpus, args.threshold, args.limit, args.jobs)
    print(report(figures))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
