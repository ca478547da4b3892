"""`bdtools.workers`: the results in order, every error told, no worker or pipe left behind, and no wait
for good when a worker dies, a signal comes while the input is slow, or the main process dies."""

from __future__ import annotations

import functools
import gc
import json
import multiprocessing
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest

from bdtools import workers
from bdtools.workers import WorkerLost, on_workers

from conftest import REPO

METHODS = ["fork", "spawn"] if sys.platform.startswith("linux") else ["spawn"]


def _square(number: int) -> int:
    return number * number


def _dies_at_five(number: int) -> int:
    if number == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return number


def _raises_at_three(number: int) -> int:
    if number == 3:
        raise ValueError(f"no {number}")
    return number


def _raises_what_cannot_be_pickled(number: int) -> int:
    raise ValueError(lambda: number)


class _TwoPartError(Exception):
    """An error whose class takes other arguments than it gives its base class: pickled, it cannot be unpickled."""

    def __init__(self, page: str, why: str) -> None:
        super().__init__(f"{page}: {why}")


def _raises_what_cannot_be_unpickled(number: int) -> int:
    raise _TwoPartError("page", "bad")


def _gives_what_cannot_be_pickled(number: int) -> object:
    return lambda: number


def _large(number: int) -> bytes:
    return bytes([number % 256]) * 200_000


def _signals_here(number: int) -> list:
    """This worker's handlers of SIGINT and SIGTERM, and whether either is held."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return [signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL,
            signal.SIGINT in held or signal.SIGTERM in held]


def _open_descriptors() -> set[str]:
    """This process's open descriptors, once what earlier tests left to the collector is gone (a process object
    left over closes its sentinel when collected: the set had shrunk between two looks)."""
    gc.collect()
    return set(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, 7, 200])
def test_results_come_in_the_tasks_order_and_no_worker_is_left(method, jobs, count):
    context = multiprocessing.get_context(method)
    assert list(on_workers(_square, range(count), jobs, context)) == [number * number for number in range(count)]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("method", METHODS)
def test_results_larger_than_a_pipe_come_whole_while_tasks_are_still_sent(method):
    results = list(on_workers(_large, range(100), 2, multiprocessing.get_context(method)))
    assert [len(result) for result in results] == [200_000] * 100
    assert [result[0] for result in results] == [number % 256 for number in range(100)]


def _square_slowly_at_one(number: int) -> int:
    if number == 1:
        time.sleep(2.0)
    return number * number


def test_a_result_that_has_come_is_given_before_the_next_task_is_read():
    """A slow input (a stream of records) holds back only the result of the last task sent."""
    got, seen_when_asked = [], []

    def slow_tasks():
        yield 0
        time.sleep(1.0)  # the result of task 0 comes meanwhile
        yield 1
        seen_when_asked.append(list(got))
        yield 2

    for result in on_workers(_square_slowly_at_one, slow_tasks(), 2, multiprocessing.get_context(METHODS[0])):
        got.append(result)
    assert seen_when_asked == [[0]] and got == [0, 1, 4]


@pytest.mark.parametrize("method", METHODS)
def test_a_killed_worker_is_told_after_the_results_before_its_task(method):
    made = []
    with pytest.raises(WorkerLost, match=r"killed by SIGKILL"):
        for result in on_workers(_dies_at_five, range(40), 2, multiprocessing.get_context(method)):
            made.append(result)
    assert made == [0, 1, 2, 3, 4]
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
@pytest.mark.parametrize("method", METHODS)
def test_a_worker_that_dies_after_the_last_task_is_sent_leaves_the_others_to_end(method):
    """A worker killed once it has nothing left to do loses no result: the run ends as it would have, the
    workers after it in turn told to stop too (they waited for their stop for good)."""
    results = on_workers(_square, range(2), 3, multiprocessing.get_context(method))
    assert next(results) == 0
    first_started = min(multiprocessing.active_children(), key=_started_number)
    os.kill(first_started.pid, signal.SIGKILL)
    first_started.join(timeout=10)  # gone before the workers are told to stop
    rest: list = []
    ending = threading.Thread(target=lambda: rest.extend(results), daemon=True)
    ending.start()
    ending.join(timeout=30)
    assert not ending.is_alive() and rest == [1]
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
@pytest.mark.parametrize("method", METHODS)
def test_a_worker_killed_within_a_result_larger_than_its_pipe_is_told_as_lost(method):
    """The pipe then ends within a message, which `multiprocessing.connection` tells as an OSError."""
    context = multiprocessing.get_context(method)
    started: list = []
    workers._start(_large_by_number, context, started, workers.RESULTS_PIPE_BYTES)
    worker = started[0]
    try:
        worker.tasks.send(4_000_000)
        wchan = pathlib.Path(f"/proc/{worker.process.pid}/wchan")
        deadline = time.monotonic() + 30
        while "pipe_write" not in wchan.read_text() and time.monotonic() < deadline:  # stopped by a full pipe
            time.sleep(0.02)
        worker.process.kill()
        with pytest.raises(WorkerLost, match="killed by SIGKILL"):
            worker.result()
    finally:
        worker.process.kill()
        worker.process.join()
        worker.tasks.close()
        worker.results.close()


def _started_number(process: multiprocessing.process.BaseProcess) -> int:
    """The order in which this process started ``process`` ("ForkProcess-3": the third)."""
    return int(process.name.rsplit("-", 1)[1])


def _large_by_number(size: int) -> bytes:
    return bytes(size)


@pytest.mark.parametrize("method", METHODS)
def test_an_error_of_the_work_is_raised_in_the_main_process(method):
    made = []
    with pytest.raises(ValueError, match="no 3") as raised:
        for result in on_workers(_raises_at_three, range(40), 2, multiprocessing.get_context(method)):
            made.append(result)
    assert made == [0, 1, 2]
    assert "_raises_at_three" in str(raised.value.__cause__)  # the worker's traceback
    with pytest.raises(RuntimeError, match="ValueError: <function"):
        list(on_workers(_raises_what_cannot_be_pickled, range(3), 2, multiprocessing.get_context(method)))
    with pytest.raises(RuntimeError, match="_TwoPartError: page: bad") as raised:
        list(on_workers(_raises_what_cannot_be_unpickled, range(3), 2, multiprocessing.get_context(method)))
    assert "_raises_what_cannot_be_unpickled" in str(raised.value.__cause__)
    with pytest.raises(Exception, match="pickle") as raised:
        list(on_workers(_gives_what_cannot_be_pickled, range(3), 2, multiprocessing.get_context(method)))
    assert not isinstance(raised.value, WorkerLost)
    assert multiprocessing.active_children() == []


def test_a_task_that_cannot_be_sent_is_raised_in_the_main_process_after_the_results_before_it():
    tasks = [1, 2, 3, lambda: 4, 5]
    made = []
    with pytest.raises(Exception, match="pickle") as raised:
        for result in on_workers(_square, tasks, 2, multiprocessing.get_context("spawn")):
            made.append(result)
    assert not isinstance(raised.value, WorkerLost)
    assert made == [1, 4, 9]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("method", METHODS)
def test_results_left_unread_end_the_workers_at_once_and_every_pipe_is_closed(method):
    before = _open_descriptors()
    results = on_workers(_large, range(10_000), 2, multiprocessing.get_context(method))
    assert len(next(results)) == 200_000
    started = time.monotonic()
    results.close()  # what `| head -1` or an error of the consumer does
    assert time.monotonic() - started < 5
    assert multiprocessing.active_children() == []
    assert _open_descriptors() == before


def _serve_telling_the_mask(folder: str, *arguments) -> None:
    """`workers._serve`, after writing whether SIGINT and SIGTERM are held as the worker starts."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    pathlib.Path(folder, str(os.getpid())).write_text(json.dumps([signal.SIGINT in held, signal.SIGTERM in held]))
    _real_serve(*arguments)


_real_serve = workers._serve


@pytest.mark.parametrize("method", METHODS)
def test_workers_start_with_stop_signals_held_until_they_ignore_ctrl_c_and_die_at_sigterm(method, tmp_path, monkeypatch):
    """The handlers are set before the signals held at the start come through: a SIGTERM that came while a
    worker started, under the main process's handler, would unwind it instead of ending it. (The first
    spawned process of a program starts multiprocessing's resource tracker, which let both through.)"""
    monkeypatch.setattr(workers, "_serve", functools.partial(_serve_telling_the_mask, str(tmp_path)))
    found = list(on_workers(_signals_here, range(4), 2, multiprocessing.get_context(method)))
    assert [json.loads(path.read_text()) for path in tmp_path.iterdir()] == [[True, True]] * 2
    assert found == [[True, True, False]] * 4
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []).isdisjoint({signal.SIGINT, signal.SIGTERM})


# A program whose first spawned processes are `on_workers`' workers: it tells their masks as they start.
_FIRST_SPAWN = """
import json, multiprocessing
from bdtools import workers

context = multiprocessing.get_context("spawn")
start, masks = context.Process.start, []

def start_telling_the_mask(process):
    start(process)
    status = open(f"/proc/{process.pid}/status").read()
    masks.append(int(next(line for line in status.splitlines() if line.startswith("SigBlk")).split()[1], 16))

context.Process.start = start_telling_the_mask
if __name__ == "__main__":
    list(workers.on_workers(abs, range(4), 2, context))
    print(json.dumps(masks))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
def test_a_program_s_first_spawned_workers_start_with_stop_signals_held(tmp_path):
    """In a process of its own: the first spawned process of a program starts multiprocessing's resource tracker,
    which let SIGINT and SIGTERM through in the thread that started it (a test in this process would not be
    the first)."""
    script = tmp_path / "first_spawn.py"
    script.write_text(_FIRST_SPAWN, encoding="utf-8")
    finished = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, cwd=REPO,
                              env=dict(os.environ, PYTHONPATH=str(REPO)))
    held = (1 << (signal.SIGINT - 1)) | (1 << (signal.SIGTERM - 1))
    assert [mask & held for mask in json.loads(finished.stdout)] == [held, held]


@pytest.mark.parametrize("other_thread", [False, True])
@pytest.mark.parametrize("method", METHODS)
def test_a_signal_held_while_a_worker_starts_leaves_no_worker_behind(method, other_thread, monkeypatch):
    """The signal comes through as the start ends: the worker must be among those the clean-up ends. With
    another thread running (a progress line's; in a test run, an earlier test's), the kernel may give it the
    signal: the main thread raised it at once, inside the start, and the worker was left out (flaky in the suite)."""
    context = multiprocessing.get_context(method)
    start, started = context.Process.start, []
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()

    def start_then_interrupt(process):
        start(process)
        started.append(process)
        if len(started) == 2:
            if other_thread:  # as the kernel may choose: the other thread takes the process's signal
                signal.pthread_kill(other.ident, signal.SIGINT)
                time.sleep(0.05)
            else:
                os.kill(os.getpid(), signal.SIGINT)  # held until the start ends

    monkeypatch.setattr(context.Process, "start", start_then_interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            list(on_workers(abs, range(10), 3, context))
    finally:
        release.set()
    assert [process.exitcode for process in started] == [-signal.SIGTERM] * 2  # ended by the clean-up, not on their own


# A main process that starts two workers on input that never ends, then tells their process ids.
_ENDLESS_INPUT = """
import itertools, multiprocessing, sys, time
from bdtools.workers import on_workers

def slowly():
    for number in itertools.count():
        time.sleep(0.2)
        yield number

if __name__ == "__main__":
    results = on_workers(abs, slowly(), 2, multiprocessing.get_context(sys.argv[1]))
    next(results)
    print(*[process.pid for process in multiprocessing.active_children()], flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
@pytest.mark.parametrize("method", METHODS)
def test_the_workers_end_when_the_main_process_dies(method, tmp_path):
    script = tmp_path / "endless.py"
    script.write_text(_ENDLESS_INPUT, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), method], cwd=REPO, stdout=subprocess.PIPE, text=True,
                               env=dict(os.environ, PYTHONPATH=str(REPO)))
    pids = [int(pid) for pid in process.stdout.readline().split()]
    assert len(pids) == 2
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in pids if _running(pid)]
    for pid in left:  # not to outlive a failing test
        os.kill(pid, signal.SIGKILL)
    assert left == []


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that has not ended (a zombie has)."""
    try:
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


ARTICLE = (REPO / "samples" / "003_790eb7187b08f3fc.txt").read_text(encoding="utf-8")


def _run_on_open_stdin(tmp_path: pathlib.Path) -> tuple[subprocess.Popen, list[int]]:
    """``bdtools run --jobs 2 -`` given a record (less than a task) on a stdin left open; its workers' ids once they run."""
    process = subprocess.Popen([sys.executable, "-m", "bdtools", "run", "--jobs", "2", "-", "-o", str(tmp_path / "out.jsonl")],
                               cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    process.stdin.write(json.dumps({"text": ARTICLE}) + "\n")
    process.stdin.flush()
    children = pathlib.Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 30
    while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the workers have set their handlers
    return process, [int(pid) for pid in children.read_text().split()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
def test_a_worker_killed_while_the_input_waits_ends_the_run_in_one_line(tmp_path):
    """`multiprocessing.Pool` replaced a worker killed while it had no task, and waited for good for one
    killed while it held the lock of the tasks' queue (an idle worker waits holding it), or had a task."""
    process, pids = _run_on_open_stdin(tmp_path)
    os.kill(pids[0], signal.SIGKILL)
    time.sleep(0.2)
    try:
        _, stderr = process.communicate((json.dumps({"text": ARTICLE}) + "\n") * 200, timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1
    assert stderr.splitlines() == ["Error: a worker process ended (killed by SIGKILL) before its work was done"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
def test_sigterm_ends_a_run_at_once_while_its_input_waits(tmp_path):
    """`multiprocessing.Pool`'s end waited for its task thread, which waited for the next input line."""
    process, pids = _run_on_open_stdin(tmp_path)
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)  # its input still open
    finally:
        process.kill()
        process.stdin.close()
    assert (process.returncode, process.stderr.read().splitlines()) == (143, ["bdtools: terminated"])
    assert not any(_running(pid) for pid in pids)
    assert list(tmp_path.iterdir()) == []


def test_how_a_worker_ended_is_told_in_words():
    assert [workers._how_it_ended(code) for code in (-signal.SIGKILL, -signal.SIGTERM, 0, 3)] == [
        "killed by SIGKILL", "killed by SIGTERM", "status 0", "status 3",
    ]
