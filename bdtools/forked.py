"""Work done by a forked copy of this process while this one goes on: under ``run --jobs N`` the decision
step runs in the main process alone, with the workers' cores idle, and a copy made by ``fork`` needs
nothing sent to it (`bdtools.dedup.link_all_teasers` gives it half the teaser asks).
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NoReturn

# The signals held from just before a fork until each process has the handlers it keeps: a copy that took
# Ctrl-C or SIGTERM with this process's handlers would unwind through its clean-up (the kept lines' folder
# removed under the main process), and so would a `--jobs` worker (`bdtools.workers`).
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
# Linux's prctl option that signals a process when its parent dies.
_PR_SET_PDEATHSIG = 1


class _End:
    """What the copy writes after its last item: the main process knows then that nothing is missing."""


def fork_is_safe() -> bool:
    """Whether this process may fork: on Linux, while it runs one thread (a fork copies the locks that other
    threads hold, such as the progress line's, and a copy that takes one waits for good).

    >>> import time
    >>> thread = threading.Thread(target=time.sleep, args=(0.2,))
    >>> thread.start(); fork_is_safe(); thread.join()
    False
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


def leave_stop_signals_to_the_main_process() -> None:
    """A helper process's own handlers (a forked copy's, a `--jobs` worker's), set before the signals held at
    its start come through: Ctrl-C left to the main process, which ends the run with one line, and death at
    once at SIGTERM (the main process's handler, which it inherits, is for that one's clean-up).

    >>> before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    >>> leave_stop_signals_to_the_main_process()
    >>> signal.getsignal(signal.SIGINT) is signal.SIG_IGN, signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    (True, True)
    >>> _ = signal.signal(signal.SIGINT, before[0]), signal.signal(signal.SIGTERM, before[1])
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def stop_signals_held() -> Iterator[set[int]]:
    """`STOP_SIGNALS` held in this thread (and in what it forks or starts) while in it, handled at its end;
    gives the signal mask from before, which a forked process sets once it has its own handlers. In the main
    thread, one that another thread of the process takes (the kernel gives a process's signal to any thread that
    does not block it) is held too: noted by a handler of the moment, and raised again at the end.

    >>> with stop_signals_held() as before:
    ...     signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []), signal.SIGINT in before
    (True, False)
    """
    caught: list[int] = []
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        handlers = {
            number: signal.signal(number, lambda number, frame: caught.append(number))
            for number in STOP_SIGNALS if signal.getsignal(number) is not None  # (None: a handler not of Python's)
        }
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield mask
    finally:
        # The mask back (what comes now is noted, no handler of the caller's runs yet), then the handlers, then what
        # was noted sent again: each step done even when a handler raises between two (after the first is back).
        _each_run([
            functools.partial(signal.pthread_sigmask, signal.SIG_SETMASK, mask),
            # (SIGINT's last: a Ctrl-C that comes meanwhile, the common case, finds every other handler back)
            *(functools.partial(signal.signal, number, handlers[number]) for number in sorted(handlers, reverse=True)),
            lambda: [signal.raise_signal(number) for number in dict.fromkeys(caught)],
        ])


def _each_run(steps: list[Callable[[], object]]) -> None:
    """Each of ``steps`` in turn, the later ones run even when one raises (its error then goes on).

    >>> done = []
    >>> try:
    ...     _each_run([lambda: 1 / 0, lambda: done.append("second")])
    ... except ZeroDivisionError:
    ...     done
    ['second']
    """
    if steps:
        try:
            steps[0]()
        finally:
            _each_run(steps[1:])


class ForkFailed(RuntimeError):
    """The copy ended before its last item (killed, or its work raised), or none was made (`fork_is_safe`):
    the caller does the work whose items it has not read itself.

    >>> with forked(lambda: iter([1 / 0])) as items:
    ...     try:
    ...         list(items)
    ...     except ForkFailed:
    ...         print("the work is done here instead")
    the work is done here instead
    """


@contextlib.contextmanager
def forked(produce: Callable[[], Iterable[Any]]) -> Iterator[Iterator[Any]]:
    """``produce()``'s items (picklable values), made in a forked copy of this process from the moment this is
    entered; reading them waits for the copy, and raises `ForkFailed` if it ended before its last item
    (the items read until then are right: the caller does the rest). The copy writes its items into a
    pipe, each pickled alone, once ``produce`` has made them all (a full pipe never stops its work, and
    this process reads them one at a time: none waits here as a list), ignores Ctrl-C, dies at SIGTERM
    and when this process dies, and ends without running this process's clean-up or flushing its buffers
    (the output's among them); at the exit it is killed if still running, and reaped.

    Where a fork is not safe (`fork_is_safe`), or fails, no copy is made, and reading raises `ForkFailed` at once.

    >>> def squares():
    ...     return (number * number for number in range(4))
    >>> with forked(squares) as made:
    ...     try:
    ...         found = list(made)
    ...     except ForkFailed:  # no copy made, or it failed: the work is done here
    ...         found = list(squares())
    >>> found
    [0, 1, 4, 9]
    """
    parent = os.getpid()
    reading, writing = os.pipe()
    child = -1
    try:
        with stop_signals_held() as mask:
            if fork_is_safe():
                with contextlib.suppress(OSError):
                    child = os.fork()
            if child == 0:
                _copy(produce, parent, reading, writing, mask)
        os.close(writing)
        writing = -1
        with open(reading, "rb") as stream:
            reading = -1
            yield _items(stream if child > 0 else None)
    finally:
        for descriptor in (reading, writing):
            if descriptor >= 0:
                os.close(descriptor)
        if child > 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)


def _copy(produce: Callable[[], Iterable[Any]], parent: int, reading: int, writing: int, mask: set[int]) -> NoReturn:
    """The copy's life: its handlers and death signal set before the signals are let through, then
    ``produce``'s items into the pipe, then ``os._exit`` whatever happens."""
    status = 1
    try:
        leave_stop_signals_to_the_main_process()
        _killed_with(parent)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(reading)
        pickled = [pickle.dumps(item, pickle.HIGHEST_PROTOCOL) for item in produce()]
        with open(writing, "wb") as stream:
            stream.writelines(pickled)
            pickle.dump(_End(), stream)
        status = 0
    finally:
        os._exit(status)


def _killed_with(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` dies (it may have died already: then end now)."""
    import ctypes  # in the copy alone: the main process never needs it

    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _items(stream: IO[bytes] | None) -> Iterator[Any]:
    """The copy's items as they are read, then `ForkFailed` unless its end mark came (``stream`` None: no copy)."""
    if stream is None:
        raise ForkFailed("no forked copy: this process may not fork")
    while True:
        try:
            item = pickle.load(stream)
        except (EOFError, pickle.UnpicklingError):  # nothing more, or an item cut short
            raise ForkFailed("the forked copy ended before its work was done") from None
        if isinstance(item, _End):
            return
        yield item
