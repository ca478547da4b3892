"""Benchmark bdtools.parsers.vndate against dateparser on the labelled cases of tests/data/date_cases.tsv.

Usage::

    .venv/bin/python scripts/bench_dates.py [--rounds N] [--show-misses]

Every row of the table is run through each parser in the same process:

* ``vndate``: ``parse_header(input)`` for ``header`` rows, ``parse_date(input, ref)`` for ``date`` rows.
* ``dateparser[vi]``: ``dateparser.parse(input, languages=['vi'], settings=FAIR)``.
* ``dateparser[vi,en]``: ``dateparser.parse(input, languages=['vi', 'en'], settings=FAIR)``.
* ``dateparser[default]``: ``dateparser.parse(input)`` with only ``RELATIVE_BASE`` set when the row has a ref.

``FAIR`` = ``{'TIMEZONE': 'Asia/Ho_Chi_Minh', 'RETURN_AS_TIMEZONE_AWARE': True, 'DATE_ORDER': 'DMY'}``
plus ``RELATIVE_BASE`` = the row's ref (midnight) when it has one, so that year-less dates get the same
reference date as ours.

Scoring rule (dateparser returns a datetime, or None, and cannot say which parts were written):

* expected None (not a date): correct only when the parser returns None;
* the result is converted to UTC+07:00 (an aware result with astimezone, a naive one is taken as
  Vietnam local time, and so is one returned in the requested Asia/Ho_Chi_Minh zone, whose
  historical LMT offset of +07:07 before 1906 would otherwise shift 1900 dates) and compared at the
  precision of the expected value:

  - month (``2022-01``): year and month equal, and the time is 00:00:00 (no invented time);
  - day (``2022-01-05``): the date equal and the time 00:00:00 (a non-midnight time was invented);
  - minute / second (``2022-01-05T16:00:00+07:00``): date, hour, minute and second all equal.

  For month precision the day dateparser fills in is ignored (it cannot express "no day").
* vndate is held to a stricter rule: its ``value`` string must equal the expected value exactly
  (so ``2022-01-05`` for an expected ``2022-01`` counts as wrong).

Timing: each parser does one untimed warm-up pass (dateparser loads its language data then; this pass
is the one scored), then ``--rounds`` timed passes over all rows (vndate: 20 times as many).  The mean
time per string of the fastest pass is reported (best-of-N, as ``timeit`` advises, because shared
machines add noise that is never in the parser's favour), and the speed ratio is dateparser's time per
string / vndate's (how many times faster vndate is).

If dateparser is not installed, the script prints a message and exits with status 0 after printing
vndate's own figures.
"""

from __future__ import annotations

import argparse
import datetime
import pathlib
import re
import sys
import time
from collections.abc import Callable
from typing import Any

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bdtools.parsers import vndate  # noqa: E402

CASES_TSV = REPO / "tests" / "data" / "date_cases.tsv"
KEYS = ("fn", "input", "ref", "value", "precision", "weekday_ok", "year_inferred", "text")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
FAIR: dict[str, Any] = {"TIMEZONE": "Asia/Ho_Chi_Minh", "RETURN_AS_TIMEZONE_AWARE": True, "DATE_ORDER": "DMY"}


def load_cases(path: pathlib.Path = CASES_TSV) -> list[dict[str, str]]:
    """The labelled rows (the same table and escapes as tests/test_vndate.py)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        row = dict(zip(KEYS, line.split("\t"), strict=True))
        row["input"] = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), row["input"])
        rows.append(row)
    return rows


def _ref(row: dict[str, str]) -> datetime.date | None:
    return datetime.date.fromisoformat(row["ref"]) if row["ref"] else None


def run_ours(row: dict[str, str]) -> str | None:
    found = vndate.parse_header(row["input"]) if row["fn"] == "header" else vndate.parse_date(row["input"], _ref(row))
    return found.value if found else None


def ours_correct(row: dict[str, str], got: str | None) -> bool:
    return got == (None if row["value"] == "-" else row["value"])


def dateparser_correct(row: dict[str, str], got: datetime.datetime | None) -> bool:
    expected = row["value"]
    if expected == "-" or got is None:
        return expected == "-" and got is None
    if got.tzinfo is None or getattr(got.tzinfo, "zone", None) == "Asia/Ho_Chi_Minh":
        got = got.replace(tzinfo=vndate.VN_TZ)  # wall-clock time in Vietnam (pytz gives LMT +07:07 before 1906)
    else:
        got = got.astimezone(vndate.VN_TZ)
    midnight = (got.hour, got.minute, got.second, got.microsecond) == (0, 0, 0, 0)
    if len(expected) == 7:  # month
        return (got.year, got.month) == (int(expected[:4]), int(expected[5:7])) and midnight
    if len(expected) == 10:  # day
        return got.date().isoformat() == expected and midnight
    want = datetime.datetime.fromisoformat(expected)
    return got.replace(microsecond=0) == want


def make_dateparser_runners(dateparser: Any) -> dict[str, Callable[[dict[str, str]], Any]]:
    def settings(row: dict[str, str], base: dict[str, Any]) -> dict[str, Any]:
        ref = _ref(row)
        out = dict(base)
        if ref is not None:
            out["RELATIVE_BASE"] = datetime.datetime(ref.year, ref.month, ref.day)
        return out

    return {
        "dateparser[vi]": lambda row: dateparser.parse(row["input"], languages=["vi"], settings=settings(row, FAIR)),
        "dateparser[vi,en]": lambda row: dateparser.parse(row["input"], languages=["vi", "en"], settings=settings(row, FAIR)),
        "dateparser[default]": lambda row: dateparser.parse(row["input"], settings=settings(row, {})),
    }


def measure(
    run: Callable[[dict[str, str]], Any],
    judge: Callable[[dict[str, str], Any], bool],
    rows: list[dict[str, str]],
    rounds: int,
) -> tuple[int, float, list[tuple[dict[str, str], Any]]]:
    """(number correct, seconds per string in the fastest timed pass, misses) for one parser."""
    answers = [run(row) for row in rows]  # warm-up pass, also the one that is scored
    misses = [(row, got) for row, got in zip(rows, answers, strict=True) if not judge(row, got)]
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for row in rows:
            run(row)
        best = min(best, time.perf_counter() - started)
    return len(rows) - len(misses), best / len(rows), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes for dateparser (vndate does 20x more)")
    parser.add_argument("--show-misses", action="store_true", help="list the rows each parser got wrong")
    args = parser.parse_args(argv)

    rows = load_cases()
    print(f"{len(rows)} labelled strings from {CASES_TSV.relative_to(REPO)}")
    results: dict[str, tuple[int, float, list[tuple[dict[str, str], Any]]]] = {}
    results["vndate"] = measure(run_ours, ours_correct, rows, args.rounds * 20)

    try:
        import dateparser  # type: ignore[import-untyped]
    except ImportError:
        dateparser = None
    if dateparser is not None:
        for name, run in make_dateparser_runners(dateparser).items():
            results[name] = measure(run, dateparser_correct, rows, args.rounds)

    print(f"{'parser':<22}{'correct':>12}{'share':>9}{'µs/string':>12}{'vndate is':>14}")
    ours_time = results["vndate"][1]
    for name, (correct, per_string, _) in results.items():
        ratio = "" if name == "vndate" else f"{per_string / ours_time:,.0f}x faster"
        print(f"{name:<22}{correct:>6}/{len(rows):<5}{correct / len(rows):>9.1%}{per_string * 1e6:>12.1f}{ratio:>14}")
    if args.show_misses:
        for name, (_, _, misses) in results.items():
            print(f"\n{name}: {len(misses)} misses")
            for row, got in misses:
                print(f"  {row['fn']:<6} {row['input'][:60]!r:<64} ref={row['ref'] or '-':<10} want={row['value']:<26} got={got}")
    if dateparser is None:
        print("dateparser is not installed (pip install dateparser); only vndate was measured.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
