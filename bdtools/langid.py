"""Seeded langdetect, loaded on first use, for the lines the script cannot decide.

langdetect is random unless seeded ("Approval Status" flips between it and et); we seed it once, ask
for the most probable language, and keep the answer only when it is confident.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator
from typing import Any

import orjson

_MIN_PROBABILITY = 0.9
_SEED = 0


@functools.cache
def _detect_langs() -> Callable[[str], list]:
    """langdetect's ``detect_langs``, seeded, its profiles loaded (`loaded_factory`). Until the factory is
    whole it is not langdetect's: an interrupt while it loads (Ctrl-C, bdtools' SIGTERM) leaves none
    half-loaded, and the next call loads it again."""
    from langdetect import DetectorFactory, detect_langs, detector_factory

    DetectorFactory.seed = _SEED
    if detector_factory._factory is None:  # langdetect's one factory, which its detect_langs reads
        with _collector_paused():
            detector_factory._factory = loaded_factory(detector_factory.PROFILES_DIRECTORY)
    return detect_langs


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection within: the profiles' table makes 87,000 lists without a cycle among them, and
    the collections they set off walked the table again and again (half of its loading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def loaded_factory(folder: str) -> Any:
    """A langdetect ``DetectorFactory`` holding the profiles langdetect ships (in ``folder``), the same languages
    in the same order and the same table of probabilities as its ``load_profile`` fills (a test holds them
    equal; its checks for other profiles, a language given twice or a word of more than three characters,
    are left out: the shipped ones have neither), in about half its time: ``load_profile`` reads the files
    with the standard library's JSON and fills the table a word at a time through a method call (0.2-0.25 s
    a process, 5 % of ``run --jobs 1`` on 5,000 generated pages).

    >>> from langdetect import detector_factory
    >>> factory = loaded_factory(detector_factory.PROFILES_DIRECTORY)
    >>> len(factory.langlist), factory.word_lang_prob_map["ư"][factory.langlist.index("vi")] > 0
    (55, True)
    """
    from langdetect import DetectorFactory

    names = os.listdir(folder)
    # Every word's row has a place for each file in the folder (as load_profile counts them), zero where
    # a language's profile lacks the word; rows in the order the words first come. One profile is read at a
    # time: the 55 parsed at once took 4-6 MB more of the process's memory to the end of a run.
    zeros = [0.0] * len(names)
    table: dict[str, list[float]] = {}
    languages = []
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, "rb") as file:
            profile = orjson.loads(file.read())
        index, n_words = len(languages), profile["n_words"]
        languages.append(profile["name"])
        for word, count in profile["freq"].items():
            row = table.get(word)
            if row is None:
                row = table[word] = zeros.copy()
            row[index] = 1.0 * count / n_words[len(word) - 1]
    factory = DetectorFactory()
    factory.langlist = languages
    factory.word_lang_prob_map = table
    return factory


def detect(text: str) -> str | None:
    """The language code langdetect is confident of (``zh-cn`` becomes ``zh``), else None.

    >>> detect("The meeting was held at the provincial convention center this afternoon")
    'en'
    """
    from langdetect.lang_detect_exception import LangDetectException

    try:
        best = _detect_langs()(text)[0]
    except LangDetectException:
        return None
    return best.lang.split("-")[0] if best.prob >= _MIN_PROBABILITY else None
