"""Time our MinHash sketch against datasketch's on the articles of the synthetic corpus.

Usage::

    .venv/bin/python scripts/bench_sketch.py [--pages 2000] [--seed 1] [--rounds 5]

The articles are generated in memory with ``scripts/make_corpus.py``'s functions, and their bodies
normalised (``normalise_body`` over body and heading paragraphs, agency tag stripped) before timing.
Per page, in the same run:

* ``bdtools sketch``: ``shingles_and_sketch(text_words(body))``, what dedup runs (``bdtools/sketch_numpy.py``): the
  distinct shingle hashes (word 4-grams: CRC-32 codes of the words, multiply-shift) and the
  one-permutation MinHash of 128 bins, with numpy;
* ``parser sketch``: ``sketch(shingle_hashes(body))``, the same values from the vendorable parser alone
  (pure Python; without the distinct set);
* ``datasketch update``: ``MinHash(num_perm=128)``, ``update`` with each word 4-gram as UTF-8 bytes;
* ``datasketch batch``: the same with one ``update_batch`` call.

Each is timed over all pages for ``--rounds`` rounds; the fastest round is reported (noise on a
shared machine only ever slows a round down), as µs per page and as each one's time / ours.
Exits with status 1 and a message when datasketch is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib
import random
import sys
import time
from array import array
from collections.abc import Callable
from types import ModuleType

from bdtools.parsers.fingerprint import SHINGLE_WORDS, normalise_body, shingle_hashes, sketch, text_words
from bdtools.sketch_numpy import shingles_and_sketch

SCRIPTS = pathlib.Path(__file__).resolve().parent


def load_script(name: str) -> ModuleType:
    """A module of scripts/ by file name (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def bodies(pages: int, seed: int) -> list[str]:
    """The normalised bodies of ``pages`` new articles made as the corpus makes them."""
    corpus = load_script("make_corpus")
    source = corpus.load_source()
    rng = random.Random(f"bench:{seed}")
    return [normalise_body(corpus.fingerprint_paragraphs(corpus.article(rng, source, when)))
            for when in corpus.publication_times(rng, pages)]


def word_grams(body: str) -> list[bytes]:
    """The word 4-grams of a normalised body as UTF-8 bytes, as ``shingle_hashes`` sees them."""
    words = body.split()
    if len(words) <= SHINGLE_WORDS:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]


def best_time(work: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """The fastest of ``rounds`` passes of ``work`` over ``texts``, in µs per text."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - started)
    return best / len(texts) * 1e6


def bdtools_sketch(body: str) -> tuple[bytes, array[int] | None]:
    return shingles_and_sketch(text_words(body))


def parser_sketch(body: str) -> tuple[int, ...]:
    return sketch(shingle_hashes(body))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="articles to sketch (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the articles (default 1)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds, the fastest is kept (default 5)")
    args = parser.parse_args(argv)
    try:
        from datasketch import MinHash
    except ImportError:
        print("bench_sketch: datasketch is not installed; `.venv/bin/pip install datasketch` and run again",
              file=sys.stderr)
        return 1

    def datasketch_update(body: str) -> MinHash:
        minhash = MinHash(num_perm=128)
        for gram in word_grams(body):
            minhash.update(gram)
        return minhash

    def datasketch_batch(body: str) -> MinHash:
        minhash = MinHash(num_perm=128)
        minhash.update_batch(word_grams(body))
        return minhash

    texts = bodies(args.pages, args.seed)
    words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"{len(texts)} articles, {words:.0f} words each on average; fastest of {args.rounds} rounds")
    baseline = best_time(bdtools_sketch, texts, args.rounds)
    print(f"{'bdtools sketch':<20}{baseline:>10.1f} µs/page")
    for name, work in (
        ("parser sketch", parser_sketch), ("datasketch update", datasketch_update), ("datasketch batch", datasketch_batch),
    ):
        spent = best_time(work, texts, args.rounds)
        print(f"{name:<20}{spent:>10.1f} µs/page  ({spent / baseline:.2f} × ours)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
