"""The separate stage's reading of UI lines that end in a count (views lines): the same as reading them anew."""

from __future__ import annotations

import pytest

from bdtools.separate import counted_ui_language, ui_language

# Views lines as the portals write them: the seeds' own, counts with separators, labels without their marks, and
# lines with no count or a count of zeros (read as they are).
VIEWS_LINES = [
    "Lượt người xem:  Views:   1280",
    "Lượt người xem:  Views:   25",
    "Lượt người xem:  Views:   10058",
    "Luot xem:  1.205",
    "Lượt xem: 57",
    "Luot nguoi xem: Views: 57",
    "Views: 1,024",
    "Views: 0",
    "Lượt người xem:  Views:",
    "4096",
]


@pytest.mark.parametrize("text", VIEWS_LINES)
@pytest.mark.parametrize("page_lang", ["en", "vi", None])
def test_a_counted_line_reads_as_the_line_read_anew(text: str, page_lang: str | None) -> None:
    assert counted_ui_language("views", text, page_lang) == ui_language.__wrapped__("views", text, page_lang)


def test_every_count_of_a_label_is_one_cached_reading() -> None:
    ui_language.cache_clear()
    readings = [counted_ui_language("views", f"Lượt người xem:  Views:   {count}", "en") for count in (1280, 7759, 4213)]
    assert [segments[-1][0] for _, _, segments in readings] == ["1280", "7759", "4213"]
    assert ui_language.cache_info().misses == 1
