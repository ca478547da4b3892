"""The ``separate`` stage: the language of every block and UI string, glosses, and the body text.

>>> from bdtools.clean import clean
>>> page = "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - The lead of the story.\\n\\nChia sẻ:"
>>> record = separate(clean({"id": "0" * 16, "text": page}))
>>> record["lang"], record["text"], [(item["lang"], item["gloss"]) for item in record["ui"]]
('en', 'PORTAL - The lead of the story.', [('vi', None), ('en', None), ('vi', 'Share:')])
"""

from __future__ import annotations

import functools

from bdtools.langid import detect
from bdtools.parsers.langsplit import (
    REGEX_TIMEOUT_SECONDS,
    SAMPLE_CHARS,
    content_language,
    detectable,
    few_words_language,
    line_language,
    script_language,
)
from bdtools.parsers.page import (
    Label,
    complete_cut,
    control_language,
    header_language,
    lookup_label,
    related_label,
    unmarked_label,
)
from bdtools.records import Record, add_warning, drop_warnings, stage_input

STAGE = "separate"
# Roles whose blocks make up ``text``, in reading order.
TEXT_ROLES = frozenset({"body", "heading", "listing_item"})
# Lines that hold only names, dates or file names: no language.
LANGUAGELESS_ROLES = frozenset({"byline", "image_file", "related_date"})
# A page's date header and a listing item's date line: their words tell their language, digits alone none.
DATE_ROLES = frozenset({"date_header", "listing_date"})
# Lines written by the page's authors rather than the template: they take the page's language.
AUTHORED_UI_ROLES = frozenset({"title", "credit", "listing_header", "nav", "unknown", "related_title", "listing_title"})
# Of those, the lines that are prose rather than labels: never mixed, as a content paragraph is not
# (`content_language`): "Tin: Hồng Phúc - Ảnh: Minh Duy" is Vietnamese.
PROSE_UI_ROLES = frozenset({"title", "credit", "related_title", "listing_title"})
# A listing's controls: the language of their words, one for the line ("Xem tiep" lost its marks but is no English;
# "Sau", after, of "Đầu | Trước | 1 | 2 | Sau | Cuối" is no English word), where they have words.
CONTROL_ROLES = frozenset({"more_link", "pager"})
# The SharePoint template's own strings are English wherever Vietnamese letters do not say otherwise.
TEMPLATE_LANGUAGE = "en"
# UI lines are mostly the template's, the same on every page: their reading is cached, with a bound.
_CACHE_SIZE = 4096
# What follows a views label on its line: the count, as the page writes it ("Luot xem:  1.205").
_COUNT_CHARACTERS = "0123456789., "
# A views line's count is new on every page, and reading the line anew took a quarter of the stage: it is read with
# its count's digits as zeros (the same reading: a digit's value tells no language), cached once for the label.
_DIGITS_AS_ZEROS = str.maketrans("123456789", "000000000")
# A UI line's segments: each piece of the line, its language and its gloss.
UiSegments = tuple[tuple[str, str, str | None], ...]


def page_language(texts: list[str]) -> str | None:
    """The language holding most characters among the texts whose script decides it; where none does, langdetect's
    on their words when they are enough to ask it (`detectable`), else `few_words_language`'s: langdetect guesses
    on a few words, and takes tens of milliseconds to give up on them (pages of "Page 12" ran at 44 a second).

    >>> page_language(["Một đoạn văn bản tiếng Việt dài", "Smart City", "1280"])
    'vi'
    >>> page_language(["Page 12"]), page_language(["Hoi nghi tinh"]), page_language(["Updating content please come back later"])
    (None, 'vi', 'en')
    """
    counts: dict[str, int] = {}  # (a Counter costs a microsecond more a page, twice)
    undecided = []
    for text in texts:
        lang = script_language(text)
        if lang is None:
            undecided.append(text)
        elif lang != "none":
            counts[lang] = counts.get(lang, 0) + len(text)
    if counts:
        return max(sorted(counts), key=counts.__getitem__)
    sample = " ".join(undecided)[:SAMPLE_CHARS]
    return detect(sample) if detectable(sample) else few_words_language(sample)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def template_label(text: str) -> Label | None:
    """The template's label a line is, by the page parser's tables, with its Vietnamese marks or without them; cached,
    as the template's lines and their segments come back on every page.

    >>> template_label("Chia sẻ:").gloss, template_label("Tieu de").gloss, template_label("Binh Duong")
    ('Share:', 'Title', None)
    """
    return lookup_label(text) or related_label(text) or unmarked_label(text)


def label_language(text: str) -> str | None:
    """Vietnamese for a label of plain ASCII the template's tables gloss (theirs are Vietnamese, their English ones have
    no gloss): one that lost its marks, whose script does not tell it; else None (a label with its marks: its script).

    >>> label_language("Luot nguoi xem:"), label_language("Views:"), label_language("Binh Duong")
    ('vi', None, None)
    >>> label_language("Luot xem: 57"), label_language("Views: 57")
    ('vi', None)
    """
    if not text.isascii() or text.isdigit():  # (a views line's count: a new one on every page)
        return None
    label = template_label(text)
    if label is None and text[-1:].isdigit():  # a views line with its count, "Luot xem: 57": its label's
        label = template_label(text.rstrip(_COUNT_CHARACTERS))
    return "vi" if label is not None and label.gloss else None


def gloss(text: str, lang: str | None) -> str | None:
    """The English meaning of a Vietnamese template label.

    >>> gloss("Tin nổi bật", "vi"), gloss("Các tin khác", "vi"), gloss("Binh Duong", "en"), gloss("Chia se:", "vi")
    ('Featured news', 'Other news', None, 'Share:')
    """
    if lang != "vi":
        return None
    label = template_label(text)
    return label.gloss if label else None


def _ui_default(role: str, page_lang: str | None) -> str | None:
    if role in LANGUAGELESS_ROLES:
        return "none"
    return page_lang if role in AUTHORED_UI_ROLES else TEMPLATE_LANGUAGE


@functools.lru_cache(maxsize=_CACHE_SIZE)
def ui_language(role: str, text: str, page_lang: str | None) -> tuple[str, str | None, UiSegments]:
    """Language, gloss and segments (text, language, gloss) of a UI line; cached, as the template's lines repeat.

    >>> ui_language("views", "Lượt người xem:  Views:   1280", "en")[2][0]
    ('Lượt người xem:', 'vi', 'Views:')
    >>> ui_language("date_header", "Thứ 4, Ngày 05/01/2022, 4:00 CH (GMT+7)", "en")
    ('vi', None, ())
    >>> ui_language("date_header", "Wednesday, 05/01/2022, 16:00", "vi")
    ('en', None, ())
    >>> ui_language("listing_date", "Thứ 5, 14/03/2019", "en"), ui_language("listing_date", "16/05/2019", "en")
    (('vi', None, ()), ('none', None, ()))
    >>> ui_language("credit", "Tin: Hồng Phúc - Ảnh: Minh Duy", "vi")
    ('vi', None, ())
    >>> ui_language("pager", "Đầu | Trước | 1 | 2 | Sau | Cuối", "en"), ui_language("more_link", "Xem tiep", "en")
    (('vi', None, ()), ('vi', None, ()))
    """
    if role in LANGUAGELESS_ROLES:
        lang, segments = "none", ()
    elif role in DATE_ROLES:  # its words' language (weekday, "Ngày"), whatever clock or zone follows
        lang, segments = header_language(text), ()
    elif role in PROSE_UI_ROLES:
        lang, segments = content_language(text, default=page_lang), ()
    elif role in CONTROL_ROLES and (words_lang := control_language(text)):
        lang, segments = words_lang, ()
    else:
        # A line a cut dump ends in is read as the template string it would have been.
        whole = role in AUTHORED_UI_ROLES or lookup_label(text) is not None
        completed = None if whole else complete_cut(text)
        lang, segments = line_language(
            completed[0] if completed else text, default=_ui_default(role, page_lang), known=label_language
        )
        segments = () if completed else segments
    return lang, gloss(text, lang), tuple((piece, piece_lang, gloss(piece, piece_lang)) for piece, piece_lang in segments)


def counted_ui_language(role: str, text: str, page_lang: str | None) -> tuple[str, str | None, UiSegments]:
    """`ui_language` of a line that may end in a count (a views line's): read with the count's digits as zeros, the
    reading cached for every count, and its segments' pieces taken back from the line.

    >>> counted_ui_language("views", "Lượt người xem:  Views:   1280", "en")[2][-1]
    ('1280', 'none', None)
    """
    label = text.rstrip(_COUNT_CHARACTERS)
    masked = label + text[len(label) :].translate(_DIGITS_AS_ZEROS)
    if masked == text:
        return ui_language(role, text, page_lang)
    lang, line_gloss, segments = ui_language(role, masked, page_lang)
    return lang, line_gloss, _pieces_from(text, masked, segments)


def _pieces_from(text: str, masked: str, segments: UiSegments) -> UiSegments:
    """Segments read from ``masked`` (``text`` with some characters replaced, one for one) with their pieces cut
    from ``text`` at the same places (a line's segments are pieces of it, in order)."""
    pieces = []
    start = 0
    for piece, piece_lang, piece_gloss in segments:
        start = masked.index(piece, start)
        pieces.append((text[start : start + len(piece)], piece_lang, piece_gloss))
        start += len(piece)
    return tuple(pieces)


def separate(record: Record) -> Record:
    """Fill ``lang`` of blocks, ui and the record, glosses and segments; ``text`` becomes the body.

    Should a pattern run past its time limit, every language is left unknown (None), ``text`` holds
    every text block, and a ``regex_timeout`` warning says so.

    >>> from bdtools.clean import clean
    >>> page = "Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead.\\n\\nChia sẻ:"
    >>> record = separate(clean({"id": "0" * 16, "text": page}))
    >>> record["lang"], record["text"], record["ui"][-1]["gloss"]
    ('en', 'PORTAL - Lead.', 'Share:')
    """
    stage_input(record, STAGE)
    drop_warnings(record, STAGE)
    try:
        return _separate(record)
    except TimeoutError:
        blocks = record.get("blocks") or []
        for item in [*blocks, *(record.get("ui") or [])]:
            item["lang"] = None
        for item in record.get("ui") or []:
            item["gloss"], item["segments"] = None, []
        record["lang"] = None
        record["text"] = "\n\n".join(block["text"] for block in blocks if block["role"] in TEXT_ROLES)
        add_warning(record, STAGE, "regex_timeout", f"a pattern ran past {REGEX_TIMEOUT_SECONDS} s: languages left unknown")
        return record


def _separate(record: Record) -> Record:
    blocks = record.get("blocks") or []
    ui = record.get("ui") or []
    guess = page_language([block["text"] for block in blocks])
    for block in blocks:
        block["lang"] = content_language(block["text"], detect, default=guess)
    chars: dict[str, int] = {}
    for block in blocks:
        if block["lang"] not in ("none", "mixed"):
            chars[block["lang"]] = chars.get(block["lang"], 0) + len(block["text"])
    lang = max(sorted(chars), key=chars.__getitem__) if chars else guess
    for item in ui:
        role = item["role"]
        reading = counted_ui_language if role == "views" else ui_language
        item["lang"], item["gloss"], segments = reading(role, item["text"], lang)
        item["segments"] = [
            {"text": text, "lang": seg_lang, "gloss": seg_gloss} for text, seg_lang, seg_gloss in segments
        ] if segments else []  # (most lines have none: no comprehension to run)
    record["lang"] = lang
    record["text"] = "\n\n".join(
        block["text"] for block in blocks if block["role"] in TEXT_ROLES and block["lang"] == lang
    )
    return record
