"""scripts/bench.py: the bdtools runs it times (the peer pipeline needs the bench extra, which CI does not install)."""

from __future__ import annotations

import json

import pytest

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


bench_families = load_script("bench_families")


def test_each_family_is_run_and_compared_with_the_generated_pages():
    figures = bench_families.bench_families(REPO / "samples", 5, 1)
    assert list(figures) == list(bench_families.FAMILIES)
    assert figures["generated"]["pages_ratio"] == 1.0 and figures["generated"]["mb_ratio"] == 1.0
    for family in figures.values():
        assert family["pages_per_s"] > 0 and len(family["all_seconds"]) == 1
        # the ratios come from the unrounded times: the rounded figures agree with them to their rounding
        seconds_ratio = min(figures["generated"]["all_seconds"]) / min(family["all_seconds"])
        assert family["pages_ratio"] == pytest.approx(seconds_ratio, rel=0.01, abs=0.006)
        assert family["mb_ratio"] > 0
    # the long articles hold their body paragraphs eight times: several times the bytes of the same pages
    assert figures["long articles"]["megabytes"] > 3 * figures["generated"]["megabytes"]
    assert figures["few words"]["megabytes"] < figures["generated"]["megabytes"] / 10


def test_the_families_make_the_forms_they_name():
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "samples").glob("*.txt"))]
    families = {name: make(texts) for name, make in bench_families.FAMILIES.items()}
    assert families["generated"] == texts
    assert all(text.isascii() or "ư" not in text for text in families["without marks"])
    assert "Luot nguoi xem" in families["without marks"][1]
    assert all("\r\n" in text and "\n" not in text.replace("\r\n", "") for text in families["crlf + nfd"])
    assert "Ä" in families["mojibake"][1]
    assert len(set(families["few words"])) == len(texts) == len(set(families["short articles"]))


def test_start_up_commands_are_timed_in_turn_so_a_burst_of_load_falls_on_each(monkeypatch):
    ran = []
    monkeypatch.setattr(bench.subprocess, "run", lambda command, **_: ran.append(command[-1]))
    medians = bench.startup_seconds(repeats=2)
    assert ran == ["pass", "--help", "Thứ 4, Ngày 05/01/2022, 16:00"] * 2
    assert list(medians) == ["python_pass", "help", "parse_date"]
