"""Time ``bdtools run`` on page families the generated corpus does not hold, each against generated pages in one run.

Usage: python scripts/bench_families.py CORPUS_DIR [--pages 2000] [--repeat 3] [-o out/bench-families.json]

Each family is ``--pages`` JSONL records made from the corpus's first pages (or, for pages of a few words, of their
own): the generated pages as they are, the same without their Vietnamese marks, with CRLF and NFD, as mojibake,
with their body paragraphs written eight times, and pages of a few words or of one short lead each. ``bdtools run
--jobs 1`` reads each family's file, the families taken in turn ``--repeat`` times, and the fastest run counts.
Prints and writes as JSON each family's pages/s and MB/s, and its ratio to the generated pages' (a family far
below 1 is a pathology: pages of a few words once ran at 44 pages/s, langdetect trying on each).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
import unicodedata
from collections.abc import Callable

from bench import timed_command

from bdtools.ingest import expand_paths
from bdtools.variants import mojibake_text, without_marks

LONG_COPIES = 8


def crlf_nfd(text: str) -> str:
    """``text`` with CRLF line ends, its letters decomposed (NFD)."""
    return unicodedata.normalize("NFD", text).replace("\n", "\r\n")


def long_article(text: str) -> str:
    """``text`` with each paragraph of its body (a line of 200 characters or more) written `LONG_COPIES` times.

    >>> long_article("Title\\n\\n" + "x" * 200).count("x" * 200)
    8
    """
    return "\n\n".join(
        "\n\n".join([line] * LONG_COPIES) if len(line) >= 200 else line for line in text.split("\n\n")
    )


def few_words(number: int) -> str:
    """A page of a few words: an error or stub page."""
    return f"Page {number}"


def short_article(number: int) -> str:
    """An article of one short lead, its number in it."""
    return f"Thứ 4, Ngày 05/01/2022, 16:00\nTitle {number}\n\nPORTAL - Short lead number {number} of the day."


# Each family: the texts it makes of the corpus's first pages.
FAMILIES: dict[str, Callable[[list[str]], list[str]]] = {
    "generated": lambda texts: texts,
    "without marks": lambda texts: list(map(without_marks, texts)),
    "crlf + nfd": lambda texts: list(map(crlf_nfd, texts)),
    "mojibake": lambda texts: list(map(mojibake_text, texts)),
    "long articles": lambda texts: list(map(long_article, texts)),
    "few words": lambda texts: [few_words(number) for number in range(len(texts))],
    "short articles": lambda texts: [short_article(number) for number in range(len(texts))],
}


def write_family(texts: list[str], path: pathlib.Path) -> float:
    """The texts as JSONL records at ``path``; its size in MB."""
    lines = (json.dumps({"id": f"{number:016x}", "text": text}, ensure_ascii=False) for number, text in enumerate(texts))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.stat().st_size / 1e6


def bench_families(corpus: pathlib.Path, pages: int, repeat: int) -> dict[str, dict]:
    """Each family's figures: pages/s and MB/s of its fastest ``run --jobs 1``, every run's time, the ratio to generated."""
    paths = [path for path in expand_paths([str(corpus)]) if path.endswith(".txt")][:pages]
    texts = [pathlib.Path(path).read_text(encoding="utf-8") for path in paths]
    with tempfile.TemporaryDirectory() as folder:
        files = {name: pathlib.Path(folder) / f"family{index}.jsonl" for index, name in enumerate(FAMILIES)}
        megabytes = {name: write_family(make(texts), files[name]) for name, make in FAMILIES.items()}
        times: dict[str, list[float]] = {name: [] for name in FAMILIES}
        output = pathlib.Path(folder) / "out.jsonl"
        for _ in range(repeat):
            for name, path in files.items():
                command = [sys.executable, "-m", "bdtools", "run", "-q", "--jobs", "1", "-o", str(output), str(path)]
                times[name].append(timed_command(command)[0])
    # Ratios come from the unrounded figures: a few small pages on a loaded machine round to 0.0 MB/s.
    base_seconds, base_megabytes = min(times["generated"]), megabytes["generated"]
    figures = {}
    for name, taken in times.items():
        seconds = min(taken)
        figures[name] = {"pages_per_s": round(len(texts) / seconds, 1), "mb_per_s": round(megabytes[name] / seconds, 2),
                         "megabytes": round(megabytes[name], 2), "all_seconds": [round(each, 3) for each in taken],
                         "pages_ratio": round(base_seconds / seconds, 2),
                         "mb_ratio": round(megabytes[name] * base_seconds / (base_megabytes * seconds), 2)}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("-o", "--output", type=pathlib.Path, default=pathlib.Path("out/bench-families.json"))
    arguments = parser.parse_args(argv)
    figures = bench_families(arguments.corpus, arguments.pages, arguments.repeat)
    for name, family in figures.items():
        print(f"{name:15} {family['pages_per_s']:9,.1f} pages/s ({family['pages_ratio']:5.2f}×)"
              f"  {family['mb_per_s']:6.2f} MB/s ({family['mb_ratio']:5.2f}×)")
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
