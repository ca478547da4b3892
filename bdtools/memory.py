"""Memory a run gives back: a large array goes back to the system as soon as it is freed.

glibc's malloc serves a request of at least its mmap threshold (128 KB at start) with pages of its own,
which go back to the system when freed; but each such block freed raises the threshold to its size (up
to 32 MB), and from then on arrays below that size come from the heap, whose freed pages stay in the
process (it trims only a free top of the heap above twice the threshold). The decision step makes and
frees arrays of tens of megabytes and then thousands of smaller ones: on 200,000 pages the heap kept
about 40 MB that nothing used until the run ended. `release_large_frees` fixes the threshold.
"""

from __future__ import annotations

import ctypes

MMAP_THRESHOLD_BYTES = 128 * 1024
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number


def release_large_frees() -> bool:
    """Fix the C library's mmap threshold at `MMAP_THRESHOLD_BYTES` for this process and the processes it
    forks; False where the C library has no ``mallopt`` to do it with (it is not glibc's), which changes nothing.

    >>> import platform
    >>> release_large_frees() == (platform.libc_ver()[0] == "glibc")
    True
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError, TypeError):  # no such symbol; no C library to load by None (Windows)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
