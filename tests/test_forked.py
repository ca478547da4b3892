"""bdtools.forked: work done by a forked copy of the process, read back in order, and what happens when the
copy cannot be made, fails, or is not waited for."""

from __future__ import annotations

import io
import os
import pathlib
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from bdtools import forked as forked_module
from bdtools.forked import ForkFailed, forked

real_fork_is_safe = forked_module.fork_is_safe


@pytest.fixture(autouse=True)
def fork_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forks allowed whatever threads other tests' libraries (Dask's) left running: the copies here only
    pickle and write. The test of a thread that forbids them says so itself."""
    monkeypatch.setattr(forked_module, "fork_is_safe", lambda: True)


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process ids of the copies `forked` makes."""
    made: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        child = real_fork()
        if child:
            made.append(child)
        return child

    monkeypatch.setattr(forked_module.os, "fork", fork)
    return made


def test_many_items_come_back_in_order_past_a_full_pipe():
    items = [(number, "x" * (number % 50)) for number in range(60_000)]  # some 2 MB pickled: many pipes full
    with forked(lambda: iter(items)) as read:
        assert list(read) == items


def test_a_copy_whose_work_raises_fails_and_prints_nothing(capfd):
    def produce():
        yield 1
        raise ValueError("broken")

    with forked(produce) as read, pytest.raises(ForkFailed):
        list(read)
    assert capfd.readouterr() == ("", "")


def test_a_killed_copy_fails(copies):
    def produce():
        os.kill(os.getpid(), signal.SIGKILL)
        yield 1

    with forked(produce) as read, pytest.raises(ForkFailed):
        list(read)
    assert len(copies) == 1


def test_the_copy_flushes_none_of_this_process_buffers(tmp_path):
    """What this process has written but not flushed is written once: the copy leaves by ``os._exit``."""
    target = tmp_path / "out.txt"
    with open(target, "w", encoding="utf-8") as stream:
        stream.write("written once\n")
        with forked(lambda: iter([1, 2])) as read:
            assert list(read) == [1, 2]
    assert target.read_text(encoding="utf-8") == "written once\n"


def test_a_copy_not_read_is_killed_and_reaped(copies):
    def produce():
        time.sleep(60)
        yield 1

    started = time.monotonic()
    with forked(produce):
        pass  # this process leaves without reading (an error, Ctrl-C): the copy, still working, is killed
    assert time.monotonic() - started < 30
    assert len(copies) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(copies[0], os.WNOHANG)  # already reaped: no zombie left
    assert not pathlib.Path(f"/proc/{copies[0]}").exists()


def test_no_copy_beside_another_thread(copies, monkeypatch):
    monkeypatch.setattr(forked_module, "fork_is_safe", real_fork_is_safe)
    started, finish = threading.Event(), threading.Event()
    thread = threading.Thread(target=lambda: started.set() or finish.wait(10))
    thread.start()
    started.wait(10)
    try:
        with forked(lambda: iter([1])) as read, pytest.raises(ForkFailed, match="may not fork"):
            list(read)
    finally:
        finish.set()
        thread.join()
    assert copies == []


def test_the_copy_ignores_ctrl_c():
    """Ctrl-C reaches the whole process group; the main process handles it, the copy works on."""

    def produce():
        os.kill(os.getpid(), signal.SIGINT)
        yield "still here"

    with forked(produce) as read:
        assert list(read) == ["still here"]


def test_a_signal_right_after_the_fork_waits_for_the_copy_s_own_handlers(monkeypatch):
    """Ctrl-C that reaches the copy before it has set its handlers is held until they are set (ignored),
    never handled by this process's handler there, which would unwind through this process's clean-up."""
    real_fork = os.fork

    def fork_then_signal() -> int:
        child = real_fork()
        if child == 0:
            try:
                os.kill(os.getpid(), signal.SIGINT)
            except KeyboardInterrupt:
                os._exit(3)  # the handler ran in the copy: it would have unwound through the test
        return child

    monkeypatch.setattr(forked_module.os, "fork", fork_then_signal)
    with forked(lambda: iter([1, 2])) as read:
        assert list(read) == [1, 2]


def test_the_copy_dies_with_this_process(tmp_path):
    """A main process killed outright (SIGKILL, out of memory) takes its copy with it: no orphan works on."""
    script = textwrap.dedent("""
        import os, sys, time
        from bdtools.forked import forked
        def produce():
            time.sleep(60)
            yield 1
        with forked(produce):
            with open(sys.argv[1], "w") as out:
                out.write(open(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read())
            time.sleep(60)
    """)
    children = tmp_path / "children"
    process = subprocess.Popen([sys.executable, "-c", script, str(children)], cwd=pathlib.Path(__file__).parent.parent)
    deadline = time.monotonic() + 30
    while not (children.exists() and children.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    copy = int(children.read_text().split()[0])
    process.kill()
    process.wait()
    deadline = time.monotonic() + 10
    while pathlib.Path(f"/proc/{copy}").exists() and "Z" not in _state(copy) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pathlib.Path(f"/proc/{copy}").exists() or "Z" in _state(copy)


def _state(process: int) -> str:
    """The process's state letter (Z: dead, not yet reaped by its new parent), or "" once it is gone."""
    try:
        return pathlib.Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return ""


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_a_fork_that_raises_leaves_the_signals_and_no_pipe(monkeypatch):
    """A fork refused with another error than OSError (at interpreter shutdown) is raised, with Ctrl-C and
    SIGTERM let through again and the pipe closed."""
    def refused() -> int:
        raise RuntimeError("can't fork at interpreter shutdown")

    monkeypatch.setattr(forked_module.os, "fork", refused)
    before = _open_descriptors()
    with pytest.raises(RuntimeError, match="shutdown"), forked(lambda: iter([1])):
        pass
    assert _open_descriptors() == before
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_an_item_cut_short_is_a_failed_copy():
    """A copy killed while it wrote an item larger than the pipe's atomic write leaves part of it."""
    cut = io.BytesIO(pickle.dumps("x" * 10_000)[:100])
    with pytest.raises(ForkFailed):
        list(forked_module._items(cut))


# Ctrl-C sent over and over to another thread while the main thread holds and lets go the stop signals: how many
# times a round left a stop signal blocked or a handler of the moment in place.
_HOLD_RACE = """
import signal, sys, threading, time
from bdtools.forked import STOP_SIGNALS, stop_signals_held
armed = False
def interrupt(number, frame):  # Ctrl-C's handler, raising only in the round (never in the checks)
    if armed:
        raise KeyboardInterrupt
signal.signal(signal.SIGINT, interrupt)
before = {number: signal.getsignal(number) for number in STOP_SIGNALS}
stop = threading.Event()
def pester():
    while not stop.is_set():
        time.sleep(0.0002)
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)  # this thread takes it, as the kernel may choose
threading.Thread(target=pester, daemon=True).start()
wrong = rounds = 0
deadline = time.monotonic() + float(sys.argv[1])
while time.monotonic() < deadline:
    rounds += 1
    try:
        armed = True
        with stop_signals_held():
            sum(range(100))
    except KeyboardInterrupt:
        pass
    finally:
        armed = False
    left = (signal.pthread_sigmask(signal.SIG_BLOCK, []) & STOP_SIGNALS,
            {number: signal.getsignal(number) for number in STOP_SIGNALS})
    if left != (set(), before):
        wrong += 1
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
        for number, handler in before.items():
            signal.signal(number, handler)
stop.set()
print(rounds, wrong)
"""


def test_a_signal_that_another_thread_takes_while_the_hold_ends_leaves_nothing_held():
    """The hold's end puts the mask and the handlers back in steps: a Ctrl-C that came between two (its handler
    raising there) left SIGTERM's handler of the moment in place, or both signals blocked for good."""
    finished = subprocess.run([sys.executable, "-c", _HOLD_RACE, "1.5"], capture_output=True, text=True, timeout=60,
                              cwd=pathlib.Path(__file__).resolve().parent.parent)
    rounds, wrong = map(int, finished.stdout.split())
    assert rounds > 1000 and wrong == 0
