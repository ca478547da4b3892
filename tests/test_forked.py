"""bdtools.forked: work done by a forked copy of the process, read back in order, and what happens when the
copy cannot be made, fails, or is not waited for."""

from __future__ import annotations

import os
import pathlib
import signal
import threading

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
    with forked(lambda: iter(range(10))):
        pass  # this process leaves without reading (an error, Ctrl-C)
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
