"""Time the Dask engine against ``bdtools run --jobs 2`` on the same corpus, in one run.

Usage::

    .venv/bin/python scripts/bench_dask.py CORPUS_DIR [--workers 2] [--partitions N] [-o out/bench-dask.json]

Both read the corpus's page folders (its truth.jsonl is no page), write to a temporary folder and
must give the same bytes. The Dask figure counts the whole
``run_dask`` call on an already started `bdtools.engine_dask.local_cluster` (N worker processes, one
thread each, as ``--engine dask`` starts); the cluster's start-up is shown apart. Peak memory: the
maximum resident set of each worker process (``resource.getrusage``, asked through ``client.run``), of
the client, and of ``bdtools run``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import page_folders  # noqa: E402  (this script's folder is on the path)

from bdtools.engine_dask import local_cluster, run_dask  # noqa: E402
from bdtools.pipeline import Tally  # noqa: E402


def peak_rss_mb() -> float:
    """This process's peak resident set in MB (Linux reports kB).

    >>> peak_rss_mb() > 0
    True
    """
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_local(folders: list[str], output: pathlib.Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB, the largest of the process and its pool) of ``bdtools run --jobs N``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bdtools", "run", *folders, "--jobs", str(jobs), "-q", "-o", str(output)], check=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(before, after) / 1024


def main(argv: list[str] | None = None) -> int:
    import distributed

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a corpus folder (scripts/make_corpus.py)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, and --jobs of the local run (default 2)")
    parser.add_argument("--partitions", type=int, default=None, help="Dask partitions (default: 4 per worker)")
    parser.add_argument("-o", "--output", help="also write the figures here, as JSON")
    args = parser.parse_args(argv)
    folders = page_folders(pathlib.Path(args.corpus))
    with tempfile.TemporaryDirectory() as folder:
        local_out, dask_out = pathlib.Path(folder) / "local.jsonl", pathlib.Path(folder) / "dask.jsonl"
        local_seconds, local_peak = time_local(folders, local_out, args.workers)
        started = time.perf_counter()
        with local_cluster(args.workers) as cluster, distributed.Client(cluster) as client:
            startup = time.perf_counter() - started
            tally = Tally()
            started = time.perf_counter()
            run_dask(folders, str(dask_out), scheduler=cluster.scheduler_address, partitions=args.partitions, tally=tally)
            dask_seconds = time.perf_counter() - started
            workers = client.run(peak_rss_mb)
        same = filecmp.cmp(local_out, dask_out, shallow=False)
    pages = tally.records_out
    print(f"corpus: {args.corpus}, {tally.records_in} inputs, {pages} pages, {len(tally.rejects)} rejected; same bytes: {same}")
    print(f"bdtools run --jobs {args.workers}: {local_seconds:.2f} s ({pages / local_seconds:.0f} pages/s), "
          f"peak RSS {local_peak:.0f} MB (largest process)")
    print(f"run_dask, {args.workers} workers: {dask_seconds:.2f} s ({pages / dask_seconds:.0f} pages/s); "
          f"cluster start-up {startup:.2f} s apart")
    print(f"dask / local time: {dask_seconds / local_seconds:.2f}")
    for address, peak in sorted(workers.items()):
        print(f"  worker {address}: peak RSS {peak:.0f} MB")
    print(f"  client: peak RSS {peak_rss_mb():.0f} MB")
    if args.output:
        figures = {
            "pages": pages, "workers": args.workers, "same_bytes": same, "local_seconds": round(local_seconds, 3),
            "dask_seconds": round(dask_seconds, 3), "dask_over_local": round(dask_seconds / local_seconds, 3),
            "cluster_startup_seconds": round(startup, 3), "local_peak_rss_mb": round(local_peak, 1),
            "worker_peak_rss_mb": [round(peak, 1) for _, peak in sorted(workers.items())],
            "client_peak_rss_mb": round(peak_rss_mb(), 1),
        }
        pathlib.Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        pathlib.Path(args.output).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
