"""scripts/bench.py: the bdtools runs it times (the peer pipeline needs the bench extra, which CI does not install)."""

from __future__ import annotations

import json

from conftest import REPO, load_script

bench = load_script("bench")


def test_each_jobs_count_is_run_in_turn_and_its_fastest_run_counts():
    runs = bench.bench_runs([str(REPO / "samples")], 5, 0.02, 2)
    assert [run["jobs"] for run in runs] == [1, 2]
    for run in runs:
        assert len(run["all_seconds"]) == 2
        assert run["seconds"] == min(run["all_seconds"])
        # the rate comes from the fastest run's unrounded time and is rounded to 0.1 page/s; "seconds" is
        # rounded to the millisecond: the two agree within both roundings
        rounding = 0.05 + 5 * 0.0005 / (run["seconds"] - 0.0005) ** 2
        assert abs(run["pages_per_s"] - 5 / run["seconds"]) <= rounding + 1e-9
        assert run["peak_rss_mib"] > 10


bench_memory = load_script("bench_memory")
make_corpus = load_script("make_corpus")


def test_the_memory_bench_runs_each_corpus_and_gives_the_growth_a_page(tmp_path):
    for pages in (40, 120):
        make_corpus.write_corpus(pages, 1, tmp_path / f"c{pages}")
    output = tmp_path / "memory.json"
    assert bench_memory.main([str(tmp_path / "c120"), str(tmp_path / "c40"), "-o", str(output)]) == 0
    result = json.loads(output.read_text())
    larger, smaller = result["runs"]
    assert (larger["pages"], smaller["pages"]) == (120, 40)  # page files only: truth.jsonl is no page
    assert smaller["peak_rss_mib"] > 10
    expected = round((larger["peak_rss_mib"] - smaller["peak_rss_mib"]) * 2**20 / 80, 1)
    assert result["growth"] == [{"pages": 120, "over_pages": 40, "bytes_a_page": expected}]


def test_the_growth_is_taken_over_the_smallest_corpus():
    runs = [{"pages": 300, "peak_rss_mib": 12.0}, {"pages": 100, "peak_rss_mib": 10.0}, {"pages": 200, "peak_rss_mib": 10.5}]
    assert bench_memory.growth(runs) == [
        {"pages": 200, "over_pages": 100, "bytes_a_page": 5242.9},
        {"pages": 300, "over_pages": 100, "bytes_a_page": 10485.8},
    ]
