"""The ``separate`` stage: the language of every block and UI string, glosses, and the body text.

>>> from bdtools.clean import clean
>>> page = "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - The lead of the story.\\n\\nChia sẻ:"
>>> record = separate(clean({"id": "0" * 16, "text": page}))
>>> record["lang"], record["text"], [(item["lang"], item["gloss"]) for item in record["ui"]]
('en', 'PORTAL - The lead of the story.', [('vi', None), ('en', None), ('vi', 'Share:')])
"""

from __future__ import annotations

from collections import Counter

from bdtools.langid import detect
from bdtools.parsers.langsplit import SAMPLE_CHARS, line_language, script_language
from bdtools.parsers.page import complete_cut, lookup_label
from bdtools.records import Record

# Roles whose blocks make up ``text``, in reading order.
TEXT_ROLES = frozenset({"body", "heading", "listing_item"})
# Lines that hold only names, dates or file names: no language.
LANGUAGELESS_ROLES = frozenset({"byline", "image_file"})
# Lines written by the page's authors rather than the template: they take the page's language.
AUTHORED_UI_ROLES = frozenset({"title", "credit", "listing_header", "nav", "unknown"})
# The SharePoint template's own strings are English wherever Vietnamese letters do not say otherwise.
TEMPLATE_LANGUAGE = "en"


def page_language(texts: list[str]) -> str | None:
    """The language holding most characters among the texts whose script decides it.

    >>> page_language(["Một đoạn văn bản tiếng Việt dài", "Smart City", "1280"])
    'vi'
    """
    counts: Counter[str] = Counter()
    undecided = []
    for text in texts:
        lang = script_language(text)
        if lang is None:
            undecided.append(text)
        elif lang != "none":
            counts[lang] += len(text)
    if counts:
        return max(sorted(counts), key=counts.__getitem__)
    return detect(" ".join(undecided)[:SAMPLE_CHARS]) if undecided else None


def gloss(text: str, lang: str | None) -> str | None:
    """The English meaning of a Vietnamese template label.

    >>> gloss("Tin nổi bật", "vi"), gloss("Binh Duong", "en")
    ('Featured news', None)
    """
    if lang != "vi":
        return None
    label = lookup_label(text)
    return label.gloss if label else None


def _ui_default(role: str, page_lang: str | None) -> str | None:
    if role in LANGUAGELESS_ROLES:
        return "none"
    return page_lang if role in AUTHORED_UI_ROLES else TEMPLATE_LANGUAGE


def separate(record: Record) -> Record:
    """Fill ``lang`` of blocks, ui and the record, glosses and segments; ``text`` becomes the body."""
    blocks = record.get("blocks") or []
    ui = record.get("ui") or []
    guess = page_language([block["text"] for block in blocks])
    for block in blocks:
        block["lang"] = line_language(block["text"], detect, default=guess)[0]
    chars: Counter[str] = Counter()
    for block in blocks:
        if block["lang"] not in ("none", "mixed"):
            chars[block["lang"]] += len(block["text"])
    lang = max(sorted(chars), key=chars.__getitem__) if chars else guess
    for item in ui:
        if item["role"] in LANGUAGELESS_ROLES:
            item["lang"], segments = "none", []
        else:
            # A line a cut dump ends in is read as the template string it would have been.
            known = item["role"] in AUTHORED_UI_ROLES or lookup_label(item["text"]) is not None
            completed = None if known else complete_cut(item["text"])
            text = completed[0] if completed else item["text"]
            item["lang"], segments = line_language(text, default=_ui_default(item["role"], lang))
            segments = [] if completed else segments
        item["gloss"] = gloss(item["text"], item["lang"])
        item["segments"] = [{"text": text, "lang": seg_lang, "gloss": gloss(text, seg_lang)} for text, seg_lang in segments]
    record["lang"] = lang
    record["text"] = "\n\n".join(
        block["text"] for block in blocks if block["role"] in TEXT_ROLES and block["lang"] == lang
    )
    return record
