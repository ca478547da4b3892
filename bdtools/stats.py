"""``bdtools stats``: what a JSONL file of records holds, for people (a table) or machines (JSON).

>>> summary = summarize([{"kind": "article", "lang": "en", "published": "2022-01-05T16:00:00+07:00",
...                       "dup": {"status": "unique"}, "warnings": [], "views": 12}])
>>> summary["kinds"], summary["published_by_month"], summary["views"]["max"]
({'article': 1}, {'2022-01': 1}, 12)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from bdtools.records import Record

TOP_WARNINGS = 10


def summarize(records: Iterable[Record]) -> dict[str, Any]:
    """Counts by kind, language, publication year and month, duplicate status and warning; views summary.

    >>> summary = summarize([{"kind": "article", "lang": "en", "published": "2022-01-05T16:00:00+07:00", "views": 10}])
    >>> summary["kinds"], summary["published_by_month"], summary["views"]["total"]
    ({'article': 1}, {'2022-01': 1}, 10)
    """
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    years: Counter[str] = Counter()
    months: Counter[str] = Counter()
    duplicates: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    views: list[int] = []
    total = 0
    for record in records:
        total += 1
        kinds[record.get("kind") or "unknown"] += 1
        langs[record.get("lang") or "none"] += 1
        if published := record.get("published"):
            years[published[:4]] += 1
            months[published[:7]] += 1
        duplicates[(record.get("dup") or {}).get("status") or "not deduplicated"] += 1
        warnings.update(warning["code"] for warning in record.get("warnings") or [])
        if isinstance(record.get("views"), int):
            views.append(record["views"])
    return {
        "records": total,
        "kinds": dict(kinds.most_common()),
        "langs": dict(langs.most_common()),
        "published_by_year": dict(sorted(years.items())),
        "published_by_month": dict(sorted(months.items())),
        "duplicates": dict(duplicates.most_common()),
        "top_warnings": dict(warnings.most_common(TOP_WARNINGS)),
        "views": _views_summary(views),
    }


def _views_summary(views: list[int]) -> dict[str, Any]:
    if not views:
        return {"pages": 0, "min": None, "median": None, "mean": None, "max": None, "total": 0}
    return {
        "pages": len(views), "min": min(views), "median": statistics.median(views),
        "mean": round(statistics.fmean(views), 1), "max": max(views), "total": sum(views),
    }


def render_table(summary: dict[str, Any]) -> str:
    """The summary as aligned text tables, one section per count.

    >>> print(render_table({"records": 2, "kinds": {"article": 2}, "views": {"pages": 0}}))
    records  2
    <BLANKLINE>
    kinds
      article  2
    <BLANKLINE>
    views
      pages  0
    """
    lines = [f"records  {summary['records']}"]
    for section, values in summary.items():
        if section == "records":
            continue
        lines += ["", section.replace("_", " ")]
        width = max((len(str(key)) for key in values), default=0)
        lines += [f"  {str(key).ljust(width)}  {value}" for key, value in values.items()] or ["  (none)"]
    return "\n".join(lines)
