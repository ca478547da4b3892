"""Peak memory of ``bdtools run --jobs 1`` as the corpus grows: what the dedup index costs a page.

Usage: python scripts/bench_memory.py CORPUS_DIR [CORPUS_DIR ...] [-o out/bench-memory.json]

Each corpus (a folder made by ``scripts/make_corpus.py``) is run once over its page folders (its
``truth.jsonl`` is not a page), with the peak RSS of the run. Then, for each corpus past the smallest,
the peak's growth over the smallest's, a page more: the memory that grows with the corpus (dedup's
entries and its decision step), where the process's own and the bounded caches cancel out. The target
is under 300 bytes a page. A 200,000-page corpus takes about five minutes.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import page_folders, timed_run  # noqa: E402  (this script's folder is on the path)

from bdtools.ingest import expand_paths  # noqa: E402


def growth(runs: list[dict]) -> list[dict]:
    """Each run past the smallest corpus's, with its peak's growth over that one's, in bytes a page more.

    >>> growth([{"pages": 100, "peak_rss_mib": 10.0}, {"pages": 1100, "peak_rss_mib": 11.0}])
    [{'pages': 1100, 'over_pages': 100, 'bytes_a_page': 1048.6}]
    """
    smallest = min(runs, key=lambda run: run["pages"])
    return [
        {"pages": run["pages"], "over_pages": smallest["pages"],
         "bytes_a_page": round((run["peak_rss_mib"] - smallest["peak_rss_mib"]) * 2**20 / (run["pages"] - smallest["pages"]), 1)}
        for run in sorted(runs, key=lambda run: run["pages"]) if run["pages"] > smallest["pages"]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=pathlib.Path, nargs="+")
    parser.add_argument("-o", "--output", type=pathlib.Path, default=REPO / "out" / "bench-memory.json")
    options = parser.parse_args(argv)
    runs = []
    for corpus in options.corpora:
        folders = page_folders(corpus)
        seconds, rss = timed_run(folders, jobs=1)
        runs.append({"corpus": str(corpus), "pages": len(list(expand_paths(folders))), "seconds": round(seconds, 1),
                     "peak_rss_mib": round(rss / 1024, 1)})
        print(f"{corpus}: {runs[-1]['pages']} pages, peak RSS {runs[-1]['peak_rss_mib']} MiB, {seconds:.1f} s", flush=True)
    result = {"runs": runs, "growth": growth(runs) if len(runs) > 1 else []}
    for step in result["growth"]:
        print(f"{step['over_pages']} -> {step['pages']} pages: {step['bytes_a_page']} bytes a page more")
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
