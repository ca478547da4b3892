"""Work on several processes, its results in order: what ``--jobs N`` runs the page stages on.

Each worker has a pipe of its own for its tasks and one for its results: task *i* goes to worker
*i* mod N, and its result is read from that worker's pipe, so the order costs nothing and no lock is
shared. (`multiprocessing.Pool` shares one queue of tasks, whose lock an idle worker holds while it
waits: a worker killed then, or a pool ended while its task thread waited on slow input, left the run
waiting for good.) A worker that dies is seen when a result of its is next due, as its results' pipe
ends: `WorkerLost`.

The main thread reads the tasks and the results, where a signal reaches it at once; a feeder thread
writes the tasks into the workers' pipes (a task larger than a pipe is written while the results are
read). The workers ignore Ctrl-C (the main process ends the run, with one line) and die at once at SIGTERM.
"""

from __future__ import annotations

import collections
import contextlib
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import resource_tracker
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any

from bdtools.forked import STOP_SIGNALS, leave_stop_signals_to_the_main_process, stop_signals_held

try:
    from fcntl import F_GETPIPE_SZ, F_SETPIPE_SZ, fcntl
except ImportError:  # no pipe size to set but on Linux
    F_GETPIPE_SZ = F_SETPIPE_SZ = None

# A worker's results (about 180 KB a task of 64 generated pages) wait in its pipe while the main thread works
# on those before: in a pipe of Linux's default 64 KB the worker waited until each was read (8 % of `run --jobs
# 2`'s time; 1 MB is 2.6 % faster than 256 KB). All of a user's pipes may hold 64 MB by default, beyond which
# new pipes get a page or two: the workers' results' pipes take a quarter of that at most.
RESULTS_PIPE_BYTES = 1 << 20
RESULTS_PIPES_BYTES_IN_ALL = 16 << 20
_DEFAULT_PIPE_BYTES = 1 << 16
# Tasks sent ahead of the result read next, a worker: enough that none waits for its next task, few
# enough that tasks read from stdin (a megabyte each at most) are not all held here.
TASKS_AHEAD = 4


class WorkerLost(RuntimeError):
    """A worker ended before it sent all its results (killed, most often by the kernel short of memory).

    >>> import multiprocessing, os
    >>> try:
    ...     list(on_workers(os._exit, [0], 1, multiprocessing.get_context("spawn")))
    ... except WorkerLost as error:
    ...     print(error)
    a worker process ended (status 0) before its work was done
    """


@dataclass
class _Worker:
    """One worker process and this process's ends of its two pipes."""

    process: Any
    tasks: Connection
    results: Connection

    def result(self) -> Any:
        """The worker's next result; the error its work raised is raised here, with the worker's traceback."""
        try:
            message = self.results.recv_bytes()
        except (EOFError, OSError):  # OSError: the pipe ended within a result ("got end of file during message")
            self.process.join(timeout=5)
            if self.process.exitcode is None:
                raise
            how = _how_it_ended(self.process.exitcode)
            raise WorkerLost(f"a worker process ended ({how}) before its work was done") from None
        done, value, trace = pickle.loads(message)
        if not done:
            raise value from _WorkerTraceback(trace)
        return value


class _WorkerTraceback(Exception):
    """Where an error raised in a worker was raised there: the cause of that error raised here."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


def _how_it_ended(exitcode: int | None) -> str:
    """``Process.exitcode`` in words.

    >>> _how_it_ended(-9), _how_it_ended(1)
    ('killed by SIGKILL', 'status 1')
    """
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        return f"killed by {signal.Signals(-exitcode).name}"
    return f"status {exitcode}"


def on_workers(work: Callable[[Any], Any], tasks: Iterable[Any], jobs: int, context: Any) -> Iterator[Any]:
    """``work`` (picklable) on each of ``tasks``, in ``jobs`` processes started by the `multiprocessing`
    ``context``; the results in the tasks' order. An error ``work`` raises is raised here, `WorkerLost` for
    a worker that died. The workers are gone when this ends, however it ends.

    >>> import multiprocessing
    >>> list(on_workers(abs, range(-3, 3), 2, multiprocessing.get_context("spawn")))
    [3, 2, 1, 0, 1, 2]
    """
    workers: list[_Worker] = []
    feed: queue.SimpleQueue = queue.SimpleQueue()
    feeder = _Feeder(feed, workers)
    finished = False
    if context.get_start_method() != "fork":  # its first start lets SIGINT and SIGTERM through, held or not
        resource_tracker.ensure_running()
    try:
        for _ in range(jobs):
            _start(work, context, workers, _results_pipe_bytes(jobs))
        feeder.start()
        yield from _results(tasks, workers, feed, feeder)
        finished = True
    finally:
        feed.put(None)
        _stop(workers, feeder, finished)


def _results_pipe_bytes(jobs: int) -> int:
    """How much each of ``jobs`` workers' results' pipes holds: `RESULTS_PIPE_BYTES`, less where they would hold
    more than `RESULTS_PIPES_BYTES_IN_ALL` in all, a power of two (as the kernel rounds a pipe's size up to
    one), never less than a pipe holds unwidened.

    >>> [_results_pipe_bytes(jobs) >> 10 for jobs in (2, 16, 17, 24, 1000)]
    [1024, 1024, 512, 512, 64]
    """
    share = max(_DEFAULT_PIPE_BYTES, RESULTS_PIPES_BYTES_IN_ALL // jobs)
    return min(RESULTS_PIPE_BYTES, 1 << (share.bit_length() - 1))


def _results(tasks: Iterable[Any], workers: list[_Worker], feed: queue.SimpleQueue, feeder: _Feeder) -> Iterator[Any]:
    """The tasks handed to the feeder in turn, each worker's next, `TASKS_AHEAD` a worker at most
    ahead of the result read; the results read in the same order, each as soon as it has come, before
    the next task is read (a slow input holds back only the result of the last task sent)."""
    waiting: collections.deque[_Worker] = collections.deque()
    for number, task in enumerate(tasks):
        worker = workers[number % len(workers)]
        feed.put((worker, task))
        waiting.append(worker)
        while waiting and (len(waiting) >= TASKS_AHEAD * len(workers) or waiting[0].results.poll()):
            yield feeder.checked(waiting.popleft())
    while waiting:
        yield feeder.checked(waiting.popleft())


class _Feeder(threading.Thread):
    """The thread that writes the tasks into the workers' pipes, in the order given, until ``None``. If a
    write fails (a task that cannot be pickled) it closes every pipe of tasks: the workers end once they
    have done what they were sent, and the main thread raises the write's error."""

    def __init__(self, feed: queue.SimpleQueue, workers: list[_Worker]) -> None:
        super().__init__(name="bdtools-feeder", daemon=True)
        self.feed, self.workers = feed, workers
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for worker, task in iter(self.feed.get, None):
                worker.tasks.send(task)
            for worker in self.workers:
                with contextlib.suppress(BrokenPipeError):  # one that died idle: the others still wait for theirs
                    worker.tasks.send(None)
        except BrokenPipeError:  # a worker died (or was stopped): its results' pipe ended too
            pass
        except Exception as error:  # noqa: BLE001 - raised by the main thread
            self.error = error
            for worker in self.workers:
                worker.tasks.close()

    def checked(self, worker: _Worker) -> Any:
        """``worker``'s next result; where its pipe ended because a task could not be written, that error."""
        try:
            return worker.result()
        except WorkerLost:
            if self.error is not None:
                raise self.error from None
            raise


def _start(work: Callable[[Any], Any], context: Any, workers: list[_Worker], pipe_bytes: int) -> None:
    """A worker process running ``work`` on the tasks of its own pipe (its results' pipe widened to
    ``pipe_bytes``), added to ``workers`` as soon as it runs (a signal held while it started comes through
    after: its clean-up must find it). Each pipe's ends are held only where they are used, so that one ends
    when the process at its other end dies: this process closes the worker's ends, and a forked worker
    closes this process's ends that it was born with (its own pipes' and the earlier workers'), else it
    would wait for tasks for good once this process had died."""
    task_reader, task_writer = context.Pipe(duplex=False)
    result_reader, result_writer = context.Pipe(duplex=False)
    _widen(result_reader, pipe_bytes)
    ours = [end for worker in workers for end in (worker.tasks, worker.results)] + [task_writer, result_reader]
    inherited = ours if context.get_start_method() == "fork" else []
    process = context.Process(target=_serve, args=(work, task_reader, result_writer, inherited), daemon=True)
    try:
        with stop_signals_held():  # in the worker until its own handlers are set (`_serve`)
            process.start()
            workers.append(_Worker(process, task_writer, result_reader))
    finally:
        task_reader.close()
        result_writer.close()


def _widen(pipe: Connection, size: int) -> None:
    """On Linux, ``pipe`` holds up to ``size`` bytes (if the system allows as many: else it stays as it was).

    >>> import multiprocessing
    >>> reader, writer = multiprocessing.Pipe(duplex=False)
    >>> _widen(reader, 1 << 18)
    >>> F_SETPIPE_SZ is None or fcntl(writer.fileno(), F_GETPIPE_SZ) == 1 << 18
    True
    """
    if F_SETPIPE_SZ is not None:
        with contextlib.suppress(OSError):
            fcntl(pipe.fileno(), F_SETPIPE_SZ, size)


def _serve(work: Callable[[Any], Any], tasks: Connection, results: Connection, inherited: list[Connection]) -> None:
    """A worker's life: the main process's ends of the pipes closed (``inherited``), its handlers set
    before the signals held at its start come through, then each task of its pipe answered,
    ``(True, result, None)`` or ``(False, error, traceback)`` (a result that cannot be pickled is such an
    error), until ``None`` or the pipe's end."""
    for end in inherited:
        end.close()
    leave_stop_signals_to_the_main_process()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    with contextlib.suppress(EOFError, BrokenPipeError):
        for task in iter(tasks.recv, None):
            try:
                outcome = ForkingPickler.dumps((True, work(task), None), pickle.HIGHEST_PROTOCOL)
            except Exception as error:  # noqa: BLE001 - sent to the main process, which raises it
                outcome = ForkingPickler.dumps((False, _picklable(error), traceback.format_exc()), pickle.HIGHEST_PROTOCOL)
            results.send_bytes(outcome)


def _picklable(error: Exception) -> Exception:
    """``error``, or a `RuntimeError` that tells it where it cannot be pickled, or unpickled (an error whose
    class takes other arguments than it gives its base class).

    >>> _picklable(ValueError("bad")), _picklable(ValueError(lambda: 0)).__class__.__name__
    (ValueError('bad'), 'RuntimeError')
    """
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any error of pickling
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _stop(workers: list[_Worker], feeder: _Feeder, finished: bool) -> None:
    """The workers' end, once the feeder has been given its ``None``: each waited for as it ends at its
    own ``None``, or, when its results were not all read (an error, Ctrl-C, ``| head``), killed at once."""
    for worker in workers:
        if not finished:
            worker.process.terminate()
        worker.process.join()
    if feeder.ident is not None:  # its writes end once the workers are gone
        feeder.join()
    for worker in workers:
        worker.tasks.close()
        worker.results.close()
