"""bdtools: clean, dated, deduplicated JSONL from page dumps of Vietnamese provincial portals.

Every stage is a plain function over a record (a dict)::

    from bdtools.pipeline import run
    records = list(run(["samples/"]))

The stage functions live in their own modules: ``bdtools.ingest.read``, ``bdtools.clean.clean``,
``bdtools.separate.separate``, ``bdtools.dating.dates``, ``bdtools.dedup.dedup``, ``bdtools.emit.emit``.
"""

__version__ = "0.1.0"
