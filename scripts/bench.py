"""Measure bdtools against the floor loop and the peer pipeline, on one corpus, in one run.

Usage: python scripts/bench.py CORPUS_DIR [--peer-pages 200] [--repeat 3] [-o out/bench.json]

Prints and writes as JSON, for the same corpus and machine:
1. ``bdtools run`` with ``--jobs 1`` and ``--jobs 2`` as commands, in turn ``--repeat`` times (3): pages/s,
   MB/s, peak RSS of each one's fastest run, and every run's time;
2. each stage alone, in this process, timed record by record in one streaming run: pages/s;
3. the floor loop (read each file, split it into lines, write one JSON line per page): pages/s, the
   fastest of ``--repeat``;
4. the peer pipeline on the first ``--peer-pages`` pages (jusText for boilerplate, seeded langdetect
   per line, dateparser with ``languages=['vi']`` for the header, datasketch MinHashLSH for near
   duplicates): pages/s;
5. start-up: ``bdtools --help`` and ``bdtools parse-date …`` beside ``python -c pass`` (median of 7);
6. the ratios bdtools / peer, floor / bdtools and jobs 2 / jobs 1.
The peer's libraries come with the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from bdtools.clean import clean
from bdtools.dating import dates
from bdtools.dedup import dedup
from bdtools.emit import emit
from bdtools.ingest import expand_paths, read
from bdtools.records import dumps
from bdtools.separate import separate

REPO = pathlib.Path(__file__).resolve().parent.parent


def page_folders(corpus: pathlib.Path) -> list[str]:
    """The corpus's page folders (its truth.jsonl is not a page)."""
    return sorted(str(path) for path in corpus.iterdir() if path.is_dir())


def timed_command(arguments: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB, the largest process of the command's tree) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(arguments, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"bench: {' '.join(arguments)} failed with status {status}")
    return time.perf_counter() - started, usage.ru_maxrss


def timed_run(folders: list[str], jobs: int) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one ``bdtools run --jobs JOBS`` over the folders."""
    with tempfile.TemporaryDirectory() as folder:
        output = pathlib.Path(folder) / "out.jsonl"
        return timed_command([sys.executable, "-m", "bdtools", "run", "-q", "--jobs", str(jobs), "-o", str(output), *folders])


def bench_runs(folders: list[str], pages: int, megabytes: float, repeat: int) -> list[dict]:
    """``bdtools run`` with ``--jobs 1`` and ``--jobs 2``, taken in turn ``repeat`` times; the figures of
    each one's fastest run (on a shared machine the slower runs measure its neighbours), all times kept.
    """
    timings: dict[int, list[tuple[float, int]]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs, times in timings.items():
            times.append(timed_run(folders, jobs))
    runs = []
    for jobs, times in timings.items():
        seconds, rss = min(times)
        runs.append({"jobs": jobs, "seconds": round(seconds, 3), "pages_per_s": round(pages / seconds, 1),
                     "mb_per_s": round(megabytes / seconds, 2), "peak_rss_mib": round(rss / 1024, 1),
                     "all_seconds": [round(taken, 3) for taken, _ in times]})
    return runs


def bench_stages(paths: list[str]) -> dict[str, float]:
    """Pages per second of each stage alone, timed record by record in one streaming run.

    Records flow as in ``bdtools run`` (dedup spills them), rather than all being held in memory
    between stages: with tens of thousands of live records the garbage collector's passes would be
    charged to whichever stage happens to allocate (dedup's unspill most of all).
    """
    seconds: Counter[str] = Counter()

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = work()
        seconds[name] += time.perf_counter() - started
        return result

    def page_stages() -> Iterator[dict]:
        pages = read(paths)
        while (record := timed("read", lambda: next(pages, None))) is not None:
            for stage in (clean, separate, dates):
                record = timed(stage.__name__, lambda stage=stage, record=record: stage(record))
            yield record

    marked = dedup(page_stages())
    while (record := timed("dedup", lambda: next(marked, None))) is not None:
        timed("emit", lambda record=record: dumps(emit(record)))
    # The dedup generator pulls the page stages: their time is inside its own.
    seconds["dedup"] -= sum(seconds[name] for name in ("read", "clean", "separate", "dates"))
    return {name: round(len(paths) / seconds[name], 1) for name in ("read", "clean", "separate", "dates", "dedup", "emit")}


def floor_loop(paths: list[str], output: pathlib.Path) -> float:
    """Pages per second of the floor: read each file, split it into lines, write one JSON line per page."""
    started = time.perf_counter()
    with output.open("w", encoding="utf-8") as stream:
        for path in paths:
            with open(path, encoding="utf-8") as page:
                lines = page.read().split("\n")
            stream.write(json.dumps({"path": path, "lines": lines}, ensure_ascii=False) + "\n")
    return round(len(paths) / (time.perf_counter() - started), 1)


def peer_pipeline(paths: list[str]) -> float:
    """Pages per second of the pipeline glued from the usual libraries."""
    import dateparser
    import justext
    from datasketch import MinHash, MinHashLSH
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    stoplist = justext.get_stoplist("English")
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    started = time.perf_counter()
    for index, path in enumerate(paths):
        text = pathlib.Path(path).read_text(encoding="utf-8")
        lines = [line for line in text.split("\n") if line.strip()]
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
        body = [p.text for p in justext.justext(html.encode("utf-8"), stoplist) if not p.is_boilerplate]
        for line in lines:
            try:
                detect(line)
            except LangDetectException:
                pass
        dateparser.parse(lines[0] if lines else "", languages=["vi"])
        words = " ".join(body).lower().split()
        sketch = MinHash(num_perm=128)
        sketch.update_batch([" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))])
        lsh.query(sketch)
        lsh.insert(str(index), sketch)
    return round(len(paths) / (time.perf_counter() - started), 2)


def startup_seconds(repeats: int = 7) -> dict[str, float]:
    """Median wall time of ``bdtools --help``, ``bdtools parse-date …`` and, as the baseline, ``python -c pass``,
    the three in turn: a start-up is CPU-bound Python (``parse-date``'s mostly the date patterns' compiling), so
    another job on the shared machine slows it, and taken one command at a time such a job fell on one command's
    runs alone (``parse-date`` 0.339 s in a bench run, 0.19 s alone, the same code)."""
    bdtools = [sys.executable, "-m", "bdtools"]
    commands = {
        "python_pass": [sys.executable, "-c", "pass"],
        "help": [*bdtools, "--help"],
        "parse_date": [*bdtools, "parse-date", "Thứ 4, Ngày 05/01/2022, 16:00"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - started)
    return {name: round(statistics.median(taken), 3) for name, taken in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--peer-pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each bdtools command and of the floor loop")
    parser.add_argument("-o", "--output", type=pathlib.Path, default=REPO / "out" / "bench.json")
    args = parser.parse_args(argv)
    folders = page_folders(args.corpus)
    paths = list(expand_paths(folders))
    megabytes = sum(os.path.getsize(path) for path in paths) / 1e6
    args.output.parent.mkdir(parents=True, exist_ok=True)
    runs = bench_runs(folders, len(paths), megabytes, args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        floor = max(floor_loop(paths, pathlib.Path(folder) / "floor.jsonl") for _ in range(args.repeat))
    stages = bench_stages(paths)
    peer = peer_pipeline(paths[: args.peer_pages])
    startup = startup_seconds()
    single = runs[0]["pages_per_s"]
    figures = {
        "corpus": {"pages": len(paths), "megabytes": round(megabytes, 1)},
        # The machine is shared: its load when the run ended (1, 5 and 15 minutes) tells a quiet run from another.
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "run": runs,
        "stages_pages_per_s": stages,
        "floor_pages_per_s": floor,
        "peer_pages_per_s": peer,
        "peer_pages": min(args.peer_pages, len(paths)),
        "startup_seconds": startup,
        "ratios": {
            "bdtools_over_peer": round(single / peer, 1),
            "floor_over_bdtools": round(floor / single, 2),
            "jobs2_over_jobs1": round(runs[1]["pages_per_s"] / single, 2),
            "parse_date_startup_over_python": round(startup["parse_date"] / startup["python_pass"], 2),
        },
    }
    args.output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
