"""scripts/bench.py: the bdtools runs it times (the peer pipeline needs the bench extra, which CI does not install)."""

from __future__ import annotations

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
