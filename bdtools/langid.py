"""Seeded langdetect, loaded on first use, for the lines the script cannot decide.

langdetect is random unless seeded ("Approval Status" flips between it and et); we seed it once, ask
for the most probable language, and keep the answer only when it is confident.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

_MIN_PROBABILITY = 0.9
_SEED = 0


@functools.cache
def _detect_langs() -> Callable[[str], list]:
    """langdetect's ``detect_langs``, seeded, its profiles loaded. Its loader turns any exception, Ctrl-C
    and SystemExit (bdtools' SIGTERM) among them, into a ``LangDetectException`` and keeps the profiles it
    has read: such an interrupt is raised again, and the half-loaded factory dropped for the next call."""
    from langdetect import DetectorFactory, detect_langs, detector_factory

    DetectorFactory.seed = _SEED
    try:
        detector_factory.init_factory()
    except BaseException as error:
        detector_factory._factory = None  # langdetect's one factory, made again by init_factory
        if isinstance(error.__context__, (KeyboardInterrupt, SystemExit)):
            raise error.__context__ from None
        raise
    return detect_langs


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
