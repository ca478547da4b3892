"""A progress line on stderr while a run reads its pages: count, pages/s and, when known, ETA.

It polls the run's tally from a background thread, so the pipeline knows nothing of it.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import IO, Any

_INTERVAL_SECONDS = 0.2


def progress_line(done: int, total: int | None, seconds: float) -> str:
    """The text of the progress line.

    >>> progress_line(50, 200, 2.0)
    '50/200 pages  25 pages/s  ETA 6 s'
    >>> progress_line(50, None, 2.0)
    '50 pages  25 pages/s'
    """
    rate = done / seconds if seconds > 0 else 0.0
    if total is None:
        return f"{done} pages  {rate:.0f} pages/s"
    eta = (total - done) / rate if rate > 0 else 0.0
    return f"{done}/{total} pages  {rate:.0f} pages/s  ETA {eta:.0f} s"


class Progress:
    """Shows ``tally.records_in`` every 0.2 s until stopped; does nothing when not enabled.

    The line is rewritten in place (``\\r``) and cleared when the run ends:

    >>> import io
    >>> from bdtools.pipeline import Tally
    >>> stream = io.StringIO()
    >>> with Progress(Tally(records_in=50), 200, enabled=True, stream=stream):
    ...     deadline = time.monotonic() + 5  # the first line comes after 0.2 s
    ...     while not stream.getvalue() and time.monotonic() < deadline:
    ...         time.sleep(0.01)
    >>> "\\r50/200 pages" in stream.getvalue(), stream.getvalue().endswith("\\r\\x1b[K")
    (True, True)
    >>> quiet = io.StringIO()
    >>> with Progress(Tally(records_in=50), 200, enabled=False, stream=quiet):
    ...     pass
    >>> quiet.getvalue()
    ''
    """

    def __init__(self, tally: Any, total: int | None, enabled: bool, stream: IO[str] = sys.stderr) -> None:
        self.tally, self.total, self.enabled, self.stream = tally, total, enabled, stream
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Progress:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        if self.enabled:
            self._stop.set()
            self._thread.join()
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _run(self) -> None:
        while not self._stop.wait(_INTERVAL_SECONDS):
            line = progress_line(self.tally.records_in, self.total, time.monotonic() - self.started)
            self.stream.write(f"\r{line}\x1b[K")
            self.stream.flush()
