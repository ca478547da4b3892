"""Write every variation of every labelled sample, with its labels, for tests of the page family.

Usage::

    .venv/bin/python scripts/make_variants.py --seed 1 -o DIR [--gold PATH] [--samples DIR]

Writes ``DIR/<sample-stem>__<variation>.txt`` for each sample and each variation of
``bdtools.variants.VARIATIONS`` that applies to it (UTF-8, written as bytes: a ``crlf`` page keeps its
CRLF), and ``DIR/labels.tsv`` in the gold format (file, line, role, lang, text; tab-separated, no
quoting) for the non-blank lines of all of them. The text column is the line as written in the
variant, stripped (NFD for ``nfd``, mojibake for ``mojibake``). A summary goes to stderr.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from bdtools.variants import VARIATIONS, label_rows, load_labelled_samples, render, vary

REPO = pathlib.Path(__file__).resolve().parent.parent
LABEL_COLUMNS = ("file", "line", "role", "lang", "text")


def make_variants(samples_dir: pathlib.Path, gold_path: pathlib.Path, seed: int, out_dir: pathlib.Path) -> list[str]:
    """Write the variant pages and labels.tsv into ``out_dir``; the names of the pages written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, int, str, str, str]] = []
    written = []
    for sample_name, page in load_labelled_samples(samples_dir, gold_path).items():
        for variation in VARIATIONS:
            varied = vary(page, variation, seed)
            if varied is None:
                continue
            name = f"{pathlib.Path(sample_name).stem}__{variation}.txt"
            (out_dir / name).write_bytes(render(varied).encode("utf-8"))
            rows += label_rows(name, varied)
            written.append(name)
    lines = ["\t".join(LABEL_COLUMNS)]
    for row in rows:
        fields = [str(field) for field in row]
        if any("\t" in field or "\n" in field or "\r" in field for field in fields):
            raise ValueError(f"{row[0]}:{row[1]}: a tab or line break inside a label field")
        lines.append("\t".join(fields))
    (out_dir / "labels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="seed of every variation (default 1)")
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True, help="directory to write into")
    parser.add_argument("--gold", type=pathlib.Path, default=REPO.parent / "shared" / "gold" / "seed_lines.tsv",
                        help="gold labels of the samples (default ../shared/gold/seed_lines.tsv)")
    parser.add_argument("--samples", type=pathlib.Path, default=REPO / "samples", help="sample pages (default samples/)")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        parser.error(f"no gold file at {args.gold}")
    written = make_variants(args.samples, args.gold, args.seed, args.output)
    print(f"make_variants: {len(written)} pages and labels.tsv in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
