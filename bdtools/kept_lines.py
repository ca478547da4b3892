"""Output lines that ``bdtools run --jobs N`` keeps where they are made: each worker appends its records'
lines (with holes for dedup's decision, `bdtools.lines.line_ahead`) to a file of its own, and sends the
main process only where each one is. The main process reads a line back when it fills it.
"""

from __future__ import annotations

import marshal
import os
from types import TracebackType
from typing import IO

from bdtools.dedup import read_at

# Each process's file in each folder it keeps lines in: its descriptor (by folder and process id: a forked
# worker inherits its parent's table).
_WRITING: dict[tuple[str, int], int] = {}


def keep_line(folder: str, line: bytes) -> bytes:
    """Append ``line`` to this process's file in ``folder`` (named by its process id); returns its place,
    for `KeptLines.read`. Written straight to the file, not through a buffer: a pool's workers are ended
    without a word.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [marshal.loads(keep_line(folder, line))[1:] for line in (b"first line", b"second")]
    [(0, 10), (10, 6)]
    """
    process = os.getpid()
    descriptor = _WRITING.get((folder, process))
    if descriptor is None:
        path = os.path.join(folder, str(process))
        descriptor = _WRITING[folder, process] = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    offset = os.lseek(descriptor, 0, os.SEEK_END)
    view = memoryview(line)
    while view:
        view = view[os.write(descriptor, view) :]
    return marshal.dumps((process, offset, len(line)))


class KeptLines:
    """Reads the lines kept in ``folder`` back by their places, a file opened once.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, KeptLines(folder) as kept:
    ...     places = [keep_line(folder, line) for line in (b"first line", b"second")]
    ...     [kept.read(place) for place in reversed(places)]
    [b'second', b'first line']
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.reading: dict[int, IO[bytes]] = {}

    def read(self, place: bytes) -> bytes:
        """The line at ``place`` (as `keep_line` gave it)."""
        process, offset, size = marshal.loads(place)
        file = self.reading.get(process)
        if file is None:
            path = os.path.join(self.folder, str(process))
            file = self.reading[process] = open(path, "rb", buffering=0)  # noqa: SIM115  (closed by close)
        return read_at(file, offset, size)

    def close(self) -> None:
        for file in self.reading.values():
            file.close()
        self.reading.clear()

    def __enter__(self) -> KeptLines:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
