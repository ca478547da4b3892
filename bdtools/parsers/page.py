"""The SharePoint page template of the Binh Duong portals: a role for every line.

Vendorable: imports only the standard library and ``regex``.

>>> page = parse_page("Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\nCỡ chữ: Font size: Giảm (A-)\\n\\n"
...                   "PORTAL - The lead.\\n\\nLượt người xem:  Views:   12\\nChia sẻ:")
>>> page.kind, page.title, page.agency, page.views
('article', 'A title', 'PORTAL', 12)
>>> [(line.number, line.role) for line in page.lines]
[(1, 'date_header'), (2, 'title'), (3, 'font_size_widget'), (5, 'body'), (7, 'views'), (8, 'share')]
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

# A backstop: every pattern is built to run in linear time, and a call on a long text that still runs
# longer than this raises TimeoutError, which the stages turn into a `regex_timeout` warning. Texts up to
# LIMITED_TEXT_CHARS get no limit: a linear pattern cannot run long on them, and a limit costs ~2 µs a call.
REGEX_TIMEOUT_SECONDS = 5.0
LIMITED_TEXT_CHARS = 10_000
# The calls below pass a short text's arguments by position alone: any keyword argument, even none by `**{}`, took
# a `regex` call 250-400 ns more (about 20 calls a page).


def _match(pattern: regex.Pattern, text: str, position: int = 0) -> regex.Match | None:
    """``pattern.match(text, position)``, with the time limit on a long text.

    >>> _match(_SPACES, "a  b", 1).span(), _match(_SPACES, "x" * 20_000) is None
    ((1, 3), True)
    """
    if len(text) <= LIMITED_TEXT_CHARS:
        return pattern.match(text, position)
    return pattern.match(text, position, timeout=REGEX_TIMEOUT_SECONDS)


def _search(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """``pattern.search(text)``, with the time limit on a long text.

    >>> _search(_SPACES, "a  b").span()
    (1, 3)
    """
    if len(text) <= LIMITED_TEXT_CHARS:
        return pattern.search(text)
    return pattern.search(text, timeout=REGEX_TIMEOUT_SECONDS)


def _sub(pattern: regex.Pattern, replacement: str | Callable[[regex.Match], str], text: str) -> str:
    """``pattern.sub(replacement, text)``, with the time limit on a long text.

    >>> _sub(_SPACES, " ", "a  b")
    'a b'
    """
    if len(text) <= LIMITED_TEXT_CHARS:
        return pattern.sub(replacement, text)
    return pattern.sub(replacement, text, timeout=REGEX_TIMEOUT_SECONDS)


# Roles whose lines are the page's content; every other role is boilerplate or metadata.
CONTENT_ROLES = frozenset({"body", "heading", "caption", "listing_item"})

# Roles that only the SharePoint footer has, in the order the portal's template writes them.
_FOOTER_ROLES_IN_ORDER = ("views", "share", "sp_action", "sp_field", "content_type", "audit")
FOOTER_ROLES = frozenset(_FOOTER_ROLES_IN_ORDER)
# The first of these starts the footer; field labels (sp_field) may also stand inside a list view's body.
FOOTER_ANCHORS = FOOTER_ROLES - {"sp_field"}
# Template lines that keep their role wherever they stand between header and footer.
TEMPLATE_ONLY_ROLES = FOOTER_ROLES | {"font_size_widget"}


@dataclass(frozen=True)
class Label:
    """A fixed string of the page template: its role and, for a Vietnamese label, its English gloss.

    >>> LABELS["chia sẻ:"]
    Label(role='share', gloss='Share:')
    >>> lookup_label("Manage PermissionsManage Permissions")
    Label(role='sp_action', gloss=None)
    """

    role: str
    gloss: str | None = None


# The template's known labels, keyed by `label_key`. A new label is one line here.
LABELS: dict[str, Label] = {
    "chia sẻ:": Label("share", "Share:"),
    "chia sẻ": Label("share", "Share"),
    "share:": Label("share"),
    "manage permissions": Label("sp_action"),
    "version history": Label("sp_action"),
    "edit item": Label("sp_action"),
    "delete item": Label("sp_action"),
    "alert me": Label("sp_action"),
    "workflows": Label("sp_action"),
    "approval status": Label("sp_field"),
    "tiêu đề": Label("sp_field", "Title"),
    "hình ảnh": Label("sp_field", "Image"),
    "hình ảnh mô tả": Label("sp_field", "Image description"),
    "tóm tắt": Label("sp_field", "Summary"),
    "nội dung": Label("sp_field", "Content"),
    "link thay thế nội dung": Label("sp_field", "Alternative content link"),
    "ngày xuất bản": Label("sp_field", "Publication date"),
    "tin nổi bật": Label("sp_field", "Featured news"),
    "tác giả": Label("sp_field", "Author"),
    "số trang": Label("sp_field", "Number of pages"),
    "số ảnh": Label("sp_field", "Number of images"),
    "số tiền": Label("sp_field", "Amount"),
    "trạng thái": Label("sp_field", "Status"),
    "lịch sử": Label("sp_field", "History"),
    "số lượt người đọc": Label("sp_field", "Number of readers"),
    "phân loại": Label("sp_field", "Category"),
    "loại bài viết": Label("sp_field", "Article type"),
    "tin liên quan": Label("sp_field", "Related news"),
    "từ khóa": Label("sp_field", "Keywords"),
    "hệ số ảnh": Label("sp_field", "Image coefficient"),
    "hệ số lương cơ sở": Label("sp_field", "Base salary coefficient"),
    "hệ số tin": Label("sp_field", "News coefficient"),
    "tiền nhuận bút": Label("sp_field", "Royalty"),
    "cỡ chữ:": Label("font_size_widget", "Font size:"),
    "giảm": Label("font_size_widget", "Decrease"),
    "mặc định": Label("font_size_widget", "Default"),
    "tăng": Label("font_size_widget", "Increase"),
    "lượt người xem:": Label("views", "Views:"),
    "lượt xem:": Label("views", "Views:"),
    "tin tức": Label("listing_header", "News"),
    "tin tức mở rộng": Label("content_type", "Extended news"),
    "tin tức cơ bản": Label("content_type", "Basic news"),
}

# Headings of a block of links to other articles ("Tin liên quan" is also a field label of the footer's
# form), keyed by `label_key` without a colon.
RELATED_LABELS: dict[str, Label] = {
    "tin liên quan": Label("related_header", "Related news"),
    "các tin liên quan": Label("related_header", "Related news"),
    "tin tức liên quan": Label("related_header", "Related news"),
    "tin bài liên quan": Label("related_header", "Related news"),
    "bài liên quan": Label("related_header", "Related articles"),
    "bài viết liên quan": Label("related_header", "Related articles"),
    "tin khác": Label("related_header", "Other news"),
    "các tin khác": Label("related_header", "Other news"),
    "bài viết khác": Label("related_header", "Other articles"),
    "tin cùng chuyên mục": Label("related_header", "News in the same category"),
    "tin cùng chủ đề": Label("related_header", "News on the same topic"),
    "các bài viết liên quan": Label("related_header", "Related articles"),
    "tin mới hơn": Label("related_header", "Newer news"),
    "tin cũ hơn": Label("related_header", "Older news"),
    "tin đã đưa": Label("related_header", "Earlier news"),
    "các tin đã đưa": Label("related_header", "Earlier news"),
    "xem thêm": Label("related_header", "See also"),
    "đọc thêm": Label("related_header", "Read more"),
    "related news": Label("related_header"),
    "related articles": Label("related_header"),
    "related stories": Label("related_header"),
    "related posts": Label("related_header"),
    "other news": Label("related_header"),
    "other articles": Label("related_header"),
    "more news": Label("related_header"),
    "read more": Label("related_header"),
    "see also": Label("related_header"),
}

# What may stand around a related-news heading: marks, a colon, a count ("» Các tin khác", "Tin liên quan (3):").
_RELATED_DECORATION = regex.compile(r"^[\s»«›‹>•·*|\-–\[]+|(?:\s*\(\d+\))?[\s»«›‹>•·*|:.…\-–\]]*$")

# Credit lines are made of parts "<word> by <Name>" or "<word>: <Name>"; the word names the field of
# `credits` ("Tin, ảnh: <Name>": both words' fields).
CREDIT_FIELDS: dict[str, str] = {
    "reported": "reporter",
    "written": "reporter",
    "photo": "photographer",
    "photos": "photographer",
    "translated": "translator",
    "edited": "editor",
    "reporter": "reporter",
    "reporters": "reporter",
    "translator": "translator",
    "photographer": "photographer",
    "photographed": "photographer",
    "photographers": "photographer",
    "editor": "editor",
    "tin": "reporter",
    "bài": "reporter",
    "ảnh": "photographer",
    "anh": "photographer",  # "Tin, anh: Mai Xuan", written without the marks (but "Anh - Ảnh:" names Anh)
    # Who made the other pictures: a video, a graphic ("Video: Minh Duy", "Đồ họa: Thanh Tâm"; `_PEOPLE_ONLY_FIELD_WORDS`).
    "video": "photographer",
    "clip": "photographer",
    "video clip": "photographer",
    "graphics": "photographer",
    "infographic": "photographer",
    "đồ họa": "photographer",
    "đồ hoạ": "photographer",
    "source": "source",
    "nguồn": "source",
    # Two-word field words: translated (abridged), edited, compiled (and "video clip", above).
    "lược dịch": "translator",
    "biên dịch": "translator",
    "dịch": "translator",  # "Dịch: Hoàng Anh"; alone, "dịch" is an epidemic too (`_PEOPLE_ONLY_FIELD_WORDS`)
    "người dịch": "translator",
    "biên tập": "editor",
    "tổng hợp": "reporter",  # "Tổng hợp: PV", "Tổng hợp: Minh Duy" (`_PEOPLE_ONLY_FIELD_WORDS`)
    # The writer named by a label ("Tác giả: Ngọc Thư", the template's own Author field with its value; "Phóng viên:",
    # "Người viết:", "Author:"); "Thực hiện:" (made by) only for people, as "Thực hiện: Kế hoạch …" tells.
    "tác giả": "reporter",
    "phóng viên": "reporter",
    "người viết": "reporter",
    "thực hiện": "reporter",
    "author": "reporter",
    "authors": "reporter",
    "compiled": "reporter",  # its English twin: "Compiled by PV", "Compiled: VNA" (a source's: `_compiled_from_a_source`)
    # Words of the story that name its writer only beside a picture's word, and only a person ("News and photos: Hong
    # Phuc", "Story and photos by …"; `_WRITING_WORDS`): alone, "News: …" or "Text: …" labels a title, and so may
    # they both ("News and photos: Binh Duong Spring Festival").
    "news": "reporter",
    "text": "reporter",
    "story": "reporter",
    "article": "reporter",
    "words": "reporter",
}
_WRITING_WORDS = frozenset({"news", "text", "story", "article", "words"})
# Field words that label an embedded video or graphic by its title too ("Video: Binh Duong Innovation Region"), or
# open a heading ("Tổng hợp: Các Dự Án Lớn", a summary): a credit only when the names are people's Vietnamese names
# or the newsroom's ("Video: Minh Duy", "Tổng hợp: PV").
_PEOPLE_ONLY_FIELD_WORDS = frozenset(
    {"video", "clip", "video clip", "graphics", "infographic", "đồ họa", "đồ hoạ", "tổng hợp", "compiled", "dịch",
     "thực hiện"}
)
# Compiled: by the newsroom's people ("Tổng hợp: PV", "Compiled by PV"), or from a source that the part names
# ("Tổng hợp: TTXVN", "Compiled: VNA"; `_compiled_from_a_source`).
_COMPILED_FIELD_WORDS = frozenset({"tổng hợp", "compiled"})

# Words that mark a short unterminated line as an image caption rather than a heading.
CAPTION_CUES = (
    "photo", "pictured", "overview of", "panorama", "scene of", "(left)", "(right)",
    "(middle)", "(center)", "(centre)", "(l)", "(r)", "from left",
    # Vietnamese: illustration, overview, from left to right, (left), (right), (middle), souvenir photo.
    "ảnh minh họa", "ảnh minh hoạ", "quang cảnh", "từ trái sang", "từ phải sang", "(trái)", "(phải)",
    "(giữa)", "bìa trái", "bìa phải", "chụp ảnh lưu niệm",
    # The same written without the marks.
    "anh minh hoa", "quang canh", "tu trai sang", "tu phai sang", "chup anh luu niem",
)

# A caption describes people doing something in the picture, a heading names a topic ("Solid foundation for new
# successes", "Building an innovation startup ecosystem", "Set a new vision for Binh Duong"): an English line that
# names people (a title or a group, `_SCENE_PEOPLE`) and right after them, in lower case, a verb of a photographed
# scene in the present (`_SCENE_VERBS`: "Provincial Party Secretary Nguyen Van Loi speaks at the reception", "Provincial leaders
# discuss with ICF leaders", "Delegates perform the groundbreaking ceremony") is a caption wherever it stands. Both
# tables are bounded: the template's people and what its pictures show them doing (a verb alone, "Trade talks with
# Korea", "Official visits to Japan", names no one and stays a heading; nor after "who", "to", an article, a
# preposition or a possessive, `_NO_SCENE_VERB_AFTER`: a clause's verb or a noun; nor people in the possessive,
# "People's Committee work plan": their thing is the subject).
_SCENE_PEOPLE = (
    "mr", "ms", "mrs", "dr", "secretary", "chairman", "chairwoman", "chairperson", "president", "minister", "director",
    "head", "ambassador", "consul", "governor", "mayor", "deputy", "leaders?", "delegates?", "delegations?", "workers?",
    "students?", "pupils?", "children", "members?", "officials?", "officers?", "guests?", "representatives?",
    "teachers?", "farmers?", "doctors?", "visitors?", "tourists?", "artists?", "artisans?", "performers?",
    "athletes?", "soldiers?", "volunteers?", "participants?", "investors?", "residents?", "people", "staff",
)
_SCENE_VERBS = (
    "speak", "talk", "discuss", "present", "hand", "visit", "inspect", "survey", "examine", "check", "welcome", "greet",
    "receive", "meet", "congratulate", "award", "give", "offer", "attend", "perform", "sign", "cut", "plant", "pose",
    "listen", "chair", "deliver", "exchange", "witness", "watch", "tour", "pay", "lay", "shake", "take", "introduce",
    "celebrate", "join", "share", "work", "learn", "practise", "practice", "play", "compete", "dance", "sing", "research",
)
# (with a stop after them as a line's words have: "Leaders visit, encourage workers")
_SCENE_VERB_FORMS = frozenset(
    verb + ending + stop for verb in _SCENE_VERBS for ending in ("", "s", "es") for stop in ("", ",", ";", ":", ".")
)
# After these words a scene verb's form is a clause's ("who visit", "to visit", "will visit") or, as after a possessive
# ("The President's visit to Japan", "Students' research projects"), a topic's noun ("on a working visit").
_NO_SCENE_VERB_AFTER = (
    "who", "that", "to", "will", "can", "must", "should", "a", "an", "the", "its", "their", "his", "her", "our", "of",
    "for", "on", "in", "at", "by", "from", "with", "working", "official", "state",
)
# The verb comes right after the people phrase: the people, then names or a title in capitals ("Secretary Nguyen Van
# Loi", "Mr. Võ Văn Minh", "Mr. Jan van der Berg"), a bracket ("(middle)"), a title after a dash ("- Co-founder of
# …"), a place or body in capitals ("at Eastern International University", "of the Provincial People's Committee", "of
# Binh Duong province") or "of the" and two words at most ("of the two provinces"); a verb's form further on ("Head
# office work plan", "Students and the annual research programme") is a topic's noun.
_NAME = r"(?: (?:[-–] )?\p{Lu}[\p{L}\p{M}'’.-]*| (?:van|von|de|da|di|du|la|le)(?: der| den)?(?= \p{Lu}))"
_PLACE_NOUNS = r"(?: (?:province|city|district|town|commune|ward|county|state))?"
_SCENE_PEOPLE_PHRASE = (
    r"(?:\.?(?:" + _NAME + r"| \([^()]{1,40}\)| (?:of|at|from|in)(?: the)?" + _NAME + "+" + _PLACE_NOUNS
    + r"| of the(?: \p{Ll}+){1,2}?)*?)"
)
_SCENE = regex.compile(
    r"(?i:\b(?:" + "|".join(_SCENE_PEOPLE) + r")\b)(?!['’])" + _SCENE_PEOPLE_PHRASE
    + r"(?<!\b(?i:" + "|".join(_NO_SCENE_VERB_AFTER) + r")|['’]|['’]s) (?:" + "|".join(_SCENE_VERBS) + r")(?:s|es)?\b"
)

# The cues as one pattern of `re`: one scan of a line, 1.6 µs where a search for each took 2.8 (and
# `regex` 7.3).
_CAPTION_CUE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(cue) for cue in CAPTION_CUES) + ")")  # at a word's start

# SharePoint writes its action labels twice in the dump.
_DOUBLED_ACTIONS = {key + key: label for key, label in LABELS.items() if label.role == "sp_action"}

# Footer strings a cut dump may end inside of, with their roles (see `cut_template_role`).
_FOOTER_STRINGS: tuple[tuple[str, str], ...] = tuple(
    [(key + key, label.role) for key, label in LABELS.items() if label.role == "sp_action"]
    + [(key, label.role) for key, label in LABELS.items() if label.role in FOOTER_ROLES]
    + [("lượt người xem: views:", "views"), ("content type:", "content_type"),
       ("created at by", "audit"), ("last modified at by", "audit")]
)

_SPACES = regex.compile(r"\s+")
# The date header's patterns bound every repeat (`_GAP`: the spaces between its parts) but one look-ahead
# that scans the line once, so that `re`, two to three times as fast as `regex` on the lines they fail,
# runs them in linear time without a time limit.
_GAP = r"\s{0,4}"
_WEEKDAY = rf"(?:th[ứu]{_GAP}(?:[2-7]|hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảẩa]y)|ch[ủu]{_GAP}nh[ậa]t|cn|t[2-7])"
# A portal in English names the weekday and the month in English ("Wednesday, January 5, 2022 4:00 PM").
_ENGLISH_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b\.?"
_ENGLISH_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_HEADER_DATE = (
    rf"(?:\d{{1,2}}(?:[/.\-]\d{{1,2}}[/.\-]|{_GAP}th[áa]ng{_GAP}\d{{1,2}}{_GAP},?{_GAP}n[ăa]m{_GAP})"
    rf"|{_ENGLISH_MONTH}{_GAP}\d{{1,2}}(?:st|nd|rd|th)?{_GAP},?{_GAP}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_GAP}{_ENGLISH_MONTH}{_GAP},?{_GAP})\d{{4}}\b"
)
_HEADER_TIME = rf"{_GAP}[,\-|]?{_GAP}\d{{1,2}}[:h]\d{{2}}(?::\d{{2}})?(?:{_GAP}(?:SA|CH|AM|PM))?"
# A zone as vndate reads one: "(GMT+7)", "UTC+07:00", a bare offset with a sign and hh:mm, "+07:00", or a
# zone's name alone, "GMT", "(UTC)", "ICT".
_HEADER_ZONE = (
    rf"(?:{_GAP}(?:\(?(?:GMT|UTC){_GAP}[+\-]\d{{1,2}}(?::?\d{{2}})?\)?|\+\d{{2}}:\d{{2}}"
    rf"|(?:\({_GAP}(?:GMT|UTC|ICT){_GAP}\)|(?:GMT|UTC|ICT)(?![A-Za-z]))))?"
)
_DATE_AND_TIME = rf"{_HEADER_DATE}{_HEADER_TIME}{_HEADER_ZONE}"
# A header: a weekday and the date, then anything short ("- Cập nhật 10:30", "at 4:00 PM | Print") but
# the end of a sentence after an English one ("Saturday, 8 January 2022 was a busy day." is the text's);
# or "Ngày" or nothing before the date, then a time (which a date alone needs: alone, it is a byline's or
# a listing's) and a zone.
_HEADER_FORMS = (
    rf"(?:{_WEEKDAY}{_GAP}[,.\-]?{_GAP}(?:ng[àa]y{_GAP})?{_HEADER_DATE}[^\n]{{0,40}}"
    rf"|{_ENGLISH_WEEKDAY}{_GAP}[,.\-]?{_GAP}{_HEADER_DATE}(?![^\n]*[a-z]{{2}}[.!?]$)[^\n]{{0,40}}"
    rf"|ng[àa]y{_GAP}{_HEADER_DATE}(?:{_HEADER_TIME})?{_HEADER_ZONE}|{_DATE_AND_TIME})$"
)
_DATE_HEADER = re.compile(_HEADER_FORMS, re.IGNORECASE)
# A header led by a label ("Cập nhật:", "Updated:") or its time ("16:00, Thứ 4, …"), as vndate reads one: the
# page's header only where the widget frames it (`_header_line`), as a line elsewhere such a line is an update's
# note or a listing item's date.
_LEAD_LABEL = (
    rf"(?:c[ậa]p{_GAP}nh[ậa]t|ng[àa]y{_GAP}[đd][ăa]ng|[đd][ăa]ng(?:{_GAP}ng[àa]y)?|updated|posted|published)"
    rf"(?:{_GAP}(?:l[úu]c|v[àa]o|on|at))?{_GAP}:?{_GAP}"
)
_LEAD_TIME = rf"\d{{1,2}}[:h]\d{{2}}(?:{_GAP}(?:SA|CH|AM|PM))?{_GAP}[,|\-–]?{_GAP}"
_LED_DATE_HEADER = re.compile(rf"(?:{_LEAD_LABEL}(?:{_LEAD_TIME})?|{_LEAD_TIME}){_HEADER_FORMS}", re.IGNORECASE)
_DATE_AND_TIME_ALONE = re.compile(rf"{_DATE_AND_TIME}$", re.IGNORECASE)
# The words that tell a date header's language; a header of digits alone has none.
_VIETNAMESE_HEADER_WORD = regex.compile(
    rf"(?<!\w)(?:{_WEEKDAY}|ng[àa]y|th[áa]ng|SA|CH|c[ậa]p{_GAP}nh[ậa]t|đăng)(?!\w)", regex.IGNORECASE
)
_ENGLISH_HEADER_WORD = regex.compile(
    rf"(?<!\w)(?:{_ENGLISH_WEEKDAY}|{_ENGLISH_MONTH}|AM|PM|updated|posted|published)(?!\w)", regex.IGNORECASE
)
# A byline: its date (and time, after the date or before it: "Cập nhật lúc 10:30 05/01/2022"), then a bar and the
# author; or the author first.
# (a year of two digits too; a portal in English writes the month's name: "January 5, 2022", "5 Jan 2022")
# The clock's forms after its hour, as vndate reads them (and as a dump that lost the marks writes them): "10:30",
# "10h30", "10h", "10 giờ 30", "10 giờ 30 phút", "10 giờ" (a dump's spaces doubled between its words); a 12-hour mark
# after any ("10:30 AM", "10:30 SA").
_BYLINE_CLOCK_FORMS = (r"[:h]\d{2}", r"h(?!\w)", r"\s*gi[ờo](?:\s*\d{1,2}(?:\s*ph[úu]t)?)?")
_BYLINE_CLOCK = rf"\d{{1,2}}(?i:{'|'.join(_BYLINE_CLOCK_FORMS)})(?:\s?(?i:SA|CH|AM|PM))?"
_CLOCK = regex.compile(_BYLINE_CLOCK)
# The words that join a clock to the date after it ("10:30 ngày 05/01/2022", "10:30 AM on May 16, 2019") or a date
# to the clock after it ("05/01/2022 lúc 10:30", "May 16, 2019 at 10:30 AM"), after a comma or none.
_CLOCK_BEFORE_DATE_JOINERS = ("ngày", "ngay", "on")
_CLOCK_AFTER_DATE_JOINERS = ("lúc", "luc", "at")
_BYLINE_DATE = (
    rf"(?:{_BYLINE_CLOCK},?\s+(?:(?i:{'|'.join(_CLOCK_BEFORE_DATE_JOINERS)})\s+)?)?"
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|(?i:{_ENGLISH_MONTH})\s?\d{{1,2}},?\s\d{{4}}"
    rf"|\d{{1,2}}\s(?i:{_ENGLISH_MONTH})\s\d{{4}})"
    rf"(?:,?\s+(?:(?i:{'|'.join(_CLOCK_AFTER_DATE_JOINERS)})\s+)?{_BYLINE_CLOCK})?"
)
# A byline without a bar opens with its date: a digit, or an English month's name.
_BYLINE_DATE_START = re.compile(rf"\d|{_ENGLISH_MONTH}", re.IGNORECASE)
# A skin may label the byline's date as the header labels its own ("Ngày 05/01/2022 | Nguyễn Trang", "Ngày đăng:",
# "Date:", "Posted on"): only beside the bar, as "Ngày 05/01/2022" alone is a header's form.
_BYLINE_DATE_LABEL = rf"(?i:{_LEAD_LABEL}|(?:ng[àa]y|date){_GAP}:?{_GAP})"
_BYLINE = regex.compile(
    rf"^(?:(?:{_BYLINE_DATE_LABEL}(?=[^|]*\|))?(?P<date>{_BYLINE_DATE})\s*(?:\|\s*(?P<author>[^|]{{0,80}}?))?"
    rf"|(?P<author>[^|\d][^|]{{0,79}}?)\s*\|\s*{_BYLINE_DATE_LABEL}?(?P<date>{_BYLINE_DATE}))\s*$"
)
# (With the Vietnamese marks or without them, as a dump that lost them writes the labels: "Co chu:", "Luot xem:"; any
# spaces between a label's words, as a dump may write a no-break space there, alone or beside a space (HTML's
# "&nbsp; "): "Lượt\xa0người\xa0xem:", "Lượt\xa0 xem:".)
_WIDGET = regex.compile(r"^(?:Cỡ\s+chữ|Co\s+chu|Font\s+size)\s*:", regex.IGNORECASE)
# The widget's buttons, on a line of their own when an extractor breaks the widget over lines (`_widget_part`).
_WIDGET_BUTTONS = regex.compile(r"^(?:(?:Giảm|Giam|Mặc\s+định|Mac\s+dinh|Tăng|Tang)?\s*\(A[-+]?\)\s*)+$", regex.IGNORECASE)
_BARE_WIDGET_BUTTONS = regex.compile(r"^(?:A[-+]?\s*)+$")  # "A-" / "A" / "A+"
_VIEWS = regex.compile(
    r"^(?:Lượt\s+người\s+xem|Lượt\s+xem|Luot\s+nguoi\s+xem|Luot\s+xem|Views)\s*:(?:\s*Views\s*:)?\s*((?:[-−]\s*)?\d[\d.,\s]*+)?$",
    regex.IGNORECASE,
)
_CONTENT_TYPE = regex.compile(r"^Content\s+Type\s*:\s*(.{0,80}?)\s*$", regex.IGNORECASE)
# SharePoint's audit line: "Created at by", or with the time and the user ("... at 05/01/2022 4:00 PM by Admin").
_AUDIT = regex.compile(
    r"^(?:Created|Last\s+modified)\s+at(?:\s+[\d/.:\-]+(?:\s*(?:AM|PM|SA|CH))?)*\s+by(?:\s+[^,;!?]{1,60})?$", regex.IGNORECASE
)
_LABEL_SUFFIX = regex.compile(r"^(.{1,60}?)\s*\(([^()]{1,20})\)$")
_CUT_BRACKET = regex.compile(r"^(.{1,60}?)\s*\([^()]{0,20}$")  # that suffix, cut before its bracket closes
# A credit line is parts "<words> by <names>" or "<words>: <names>" (the words from `CREDIT_FIELDS`, one or
# two joined by a comma or "và"), apart by - – | ; or a comma; a part's names may go on after a separator.
# Its words are possessive (what follows a word is never a letter, so giving letters back never matches): a line
# that is no credit fails in half the time.
_CREDIT_LEAD = regex.compile(
    r"(?i:(\p{L}++(?:\s*[,/]\s*\p{L}++|\s+(?:và|-)\s+\p{L}++|\s(?!by\b)\p{L}++){0,2})(?:\s+by\s*:?|\s*:|\s+(?=courtesy\s)))\s*"
)  # (up to three words: "Ảnh, video clip:")
# "Photo: Courtesy of Becamex IDC", "Photo courtesy of …": an organisation's name follows.
_COURTESY = regex.compile(r"(?i:courtesy\s+of)(?:\s+the)?\s+")  # "the" in lower case: not "The Connected …"
# A source's name as written: an organisation's ("Cục Thống kê tỉnh Bình Dương", "Ministry of Planning and
# Investment": lower-case and function words among capitalised ones) or a web address ("baobinhduong.vn").
# Function words an organisation's name has ("Ministry of Planning and Investment", "Department for …").
_ORGANISATION_JOINERS = frozenset({"of", "and", "for", "the"})
# Vietnamese words of a sentence, that no name of a person or an organisation has ("Theo Bộ Y tế đây là
# biến thể Omicron."), and words a heading or greeting has that no person's name does ("LỜI KẾT", "Ý KIẾN
# CHUYÊN GIA", "CHÚC MỪNG NĂM MỚI"), with their marks.
_VIETNAMESE_SENTENCE_WORDS = frozenset("là đây đó này sẽ đã đang được có không bị cho biết".split())
# (not the given names so spelt, marks and all: Được, Đến, Mừng, Hướng, Tạo; "Văn Được", "Van Duoc" sign off)
_NOT_IN_VIETNAMESE_NAMES = (_VIETNAMESE_SENTENCE_WORDS - {"được"}) | frozenset(
    "các những của với về trong theo tại tin bài lời xem thêm kết mới chúc nghiệm triển ông bà nhìn lại qua "
    "tương lai gian khóa tìm kiếm đọc bạn trên dưới".split()
) | frozenset(  # and such words as a dump that lost the marks writes them, where no name's syllable is so spelt (not
    # "nhung", "trong", "tai", "ve", "den", "duoc": Nhung, Trọng, Tài, Vệ, Đền, Được are names)
    "cac cua se tren duoi voi moi nhin".split()
)
# Given names spelt as a sentence's verbs ("Văn Được", "Thị Mừng" sign off): no name opens with its given name, so
# one of them first opens a heading ("Hướng Dẫn", "Tạo Việc Làm", "Mừng Xuân", "Được Mùa"; "Duoc Mua" without marks).
_GIVEN_NAMES_LIKE_VERBS = frozenset("được đến mừng hướng tạo duoc".split())
# Middle names (without marks): a given name after one of them alone is a name's, though a dump that lost its marks
# spells it as a word no name has ("Van Tin", "Van Trong": Văn Tín, Văn Trọng; "Tin Noi Bat", "Trong Nuoc" head).
_MIDDLE_NAMES = frozenset("van thi minh ngoc thanh huu duc xuan hong kim quoc cong dinh quang".split())
# The given names among those words once their marks are lost (Tín, Trọng, Lài): only they, as the rest name no one
# and a middle name's word opens headings before them too ("Xuan Moi", Xuân Mới, the New Spring of Tết).
_GIVEN_NAMES_LOST_MARKS = frozenset("tin trong lai".split())
# Places and things of the portal's world that the English portal writes as two words without marks, in a name's
# shape: a heading's or a photo essay's last caption, never a sign-off ("Ao Dai", "Ben Thanh", "Cu Chi"). A bounded
# table of what is no person, not a list of names: pen names and names in Western order are open-ended ("Cat Tuong",
# "Sy Trung", "Khoa Nguyen"), and any pair not here signs off.
_UNMARKED_THINGS = frozenset({
    # landmarks, sights and places a heading names beside `_PLACES`' provinces and towns
    "ben thanh", "cu chi", "suoi tien", "dai nam", "lai thieu", "chua ba", "ba den", "nui cau", "ho guom", "cho lon",
    "dong khoi", "thien mu", "my son", "tan dinh", "binh quoi", "nha rong", "dinh doc lap",
    # dress, dishes, crafts and arts
    "ao dai", "non la", "banh mi", "banh xeo", "banh beo", "banh tet", "banh chung", "com tam", "hu tieu", "bun bo",
    "ca phe", "gom su", "son mai", "tho cam", "dan ca", "don ca", "ca tru", "quan ho", "cai luong", "mua roi",
    # and the nouns a heading opens with ("Toàn cảnh", "Liên hoan", "Quê hương", "Bác Hồ")
    "bac ho", "toan canh", "lien hoan", "que huong", "hang ma", "le hoi", "tet nguyen dan",
})
# Syllables that end no name, as no given name is so spelt: the second syllables of the nouns a heading in Title Case
# has ("Kim Ngạch", "Quảng Cáo", "Minh Bạch", "Văn Bản", "Thanh Tra", "Xuất Khẩu", "Nông Thôn"), with their marks;
# and without them, those of which no reading with marks is a given name ("Van Ban", "Xuat Khau": not "bach", Bách,
# "lam", Lâm, "vu", Vũ, "dung", Dũng, "cao", Cao: Văn Cao). "tra" is the marked "thanh tra" as written, so one that lost
# its marks reads alike, "Thanh Trà" as well. Only where nothing else tells names (`sign_off_credits`, a video's maker):
# "By", a joiner between names or a note that they compiled it do ("By Thanh Tra", "Thanh Tra - TH").
_NOT_GIVEN_NAMES = frozenset(
    "ngạch cáo bạch bản tra vụ khẩu tầng sách tục cách nghiệp xuất nhập quả dụng thôn án làm kiện sự động dài".split()
) | frozenset("ngach ban khau sach cach nghiep xuat nhap thon tech ten".split())  # (the English portal's "Hi Tech")
# Where a credit part ends: the line's end (a full stop may stand there) or a separator.
_PART_END = r"(?=[ .]*\Z|\s*[-–|;,])"
# The fields of ministries and stations whose names join two halves with a dash ("Đài Phát thanh - Truyền
# hình Bình Dương", "Sở Lao động - Thương binh và Xã hội", "Binh Duong Radio - Television"), or with the official
# comma of "Bộ Văn hóa, Thể thao và Du lịch": the first half, the second's opening, the second's rest.
_DASHED_FIELDS = (
    (r"phát\s+thanh", r"truyền\s+hình", ""),
    (r"truyền\s+thanh", r"truyền\s+hình", ""),
    (r"lao\s+động", r"thương\s+binh", r"\s+và\s+xã\s+hội"),
    (r"giáo\s+dục", r"đào\s+tạo", ""),
    (r"văn\s+h(?:óa|oá)", r"thể\s+thao", r"\s+và\s+du\s+lịch"),
    (r"radio", r"television", ""),
)
# Their abbreviations, with a spaced dash between them ("Đài PT - TH Bình Dương").
_DASHED_ABBREVIATIONS = (("PT", "TH"), ("GD", "ĐT"), ("LĐ", "TB"))
_FIELD_JOIN = r"(?:\s+[-–]|,)\s+"
# That dash (or comma) inside a body's name, not between a credit's parts.
_NAME_DASH = "(?:" + "|".join(
    [rf"(?<=(?i:{first})){_FIELD_JOIN}(?=(?i:{opening})\b)" for first, opening, _ in _DASHED_FIELDS]
    + [rf"(?<=\b{first})\s[-–]\s(?={second}\b)" for first, second in _DASHED_ABBREVIATIONS]
) + ")"
_NAME_DASH_HERE = regex.compile(_NAME_DASH)
# (Up to fourteen words; more than `_MAX_PLAIN_ORGANISATION_WORDS`, the year of figures and dashes not counted,
# only where its words are as organisations' are (`_shaped_as_an_organisation`): "Nguồn: Sở Lao động - Thương binh
# và Xã hội tỉnh Bình Dương" has eleven, and sentences follow "Theo".)
# A press word in lower case before a newspaper's, a magazine's, a portal's or a station's name ("Theo báo Tuổi Trẻ",
# "Nguồn: tạp chí Kinh tế", "đài VOV"; "bao Tuoi Tre" without the marks): the name's, as its capitalised twin "Báo Tuổi
# Trẻ" is. A capital follows it: "Theo báo cáo, …" (the report) opens a sentence. A gate ("cổng chào", "cổng
# trường") and a memorial ("đài tưởng niệm") are pictured, in either case, marked or not: they open no name.
# "Theo báo cáo …" (according to the report …) opens a sentence in either case, marked or not ("Theo Bao cao cua So"),
# as "Báo cáo" heads no organisation's name (`_ORGANISATION_HEADS`); so does any official document of the report's
# family, in either language ("Theo Kế hoạch số 12/KH-UBND", "According to Decision No. 1234/QD-UBND"), and so do
# the figures and findings such a paper gives ("Theo Thống Kê Của Cục …", "Theo Kết Quả Khảo Sát", "Theo Số Liệu Của
# …", "Theo Đánh giá của Sở …"), as their lower-case twins do ("Theo thống kê của Cục Thống kê, …" is a sentence).
_NOT_A_REPORT = (  # (marked or not, as `_NOT_A_GATE` is written)
    r"(?!(?i:(?:b[áa]o\s+c[áa]o|k[ếe]\s+ho[ạa]ch|quy[ếe]t\s+[đd][ịi]nh|th[ôo]ng\s+(?:b[áa]o|t[ưu])|d[ựu]\s+b[áa]o"
    r"|ngh[ịi]\s+(?:quy[ếe]t|[đd][ịi]nh)|ch[ỉi]\s+th[ịi]|c[ôo]ng\s+v[ăa]n"
    r"|th[ốo]ng\s+k[êe]|k[ếe]t\s+qu[ảa]|[đd][áa]nh\s+gi[áa]|s[ốo]\s+li[ệe]u"  # (the figures a paper gives)
    r")\b|(?:report|plan|decision|resolution|decree|circular|directive)\s+(?:no\.?\s*)?\d))"
)  # (the English words before the document's number: "Plan International", an organisation, stays a source)
_NOT_A_GATE = r"(?!\s+(?i:ch[àa]o|tr[ưu][ờo]ng))"
_NOT_A_MEMORIAL = r"(?!\s+(?i:t[ưu][ởo]ng))"
_LOWER_PRESS_WORD = rf"(?:b[áa]o|t[ạa]p\s+ch[íi]|c[ổo]ng{_NOT_A_GATE}|[đd][àa]i{_NOT_A_MEMORIAL})\s+(?=\p{{Lu}})"
_ORGANISATION_NAME = regex.compile(
    r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s()]*)?(?![\p{L}\p{N}])"
    r"|(?:" + _LOWER_PRESS_WORD + r")?[\p{Lu}\d][\p{L}\p{M}\p{N}.'’&/+-]*"
    r"(?:(?!(?i:\s+cung\s+cấp)" + _PART_END + r")"  # (`_PROVIDED`)
    r"(?:\s+|" + _NAME_DASH + r")[\p{L}\p{N}(&][\p{L}\p{M}\p{N}.'’&/()+-]*){0,13}"
    r"(?:,\s*(?:năm\s+)?(?:19[4-9]\d|20\d\d))?"  # the year of the figures: "Nguồn: Cục Thống kê, năm 2021"
)
# "Tin, ảnh:", "Tin/ảnh:", "Tin - ảnh:", "News and photos:", "Bai va anh:" ("và" as a dump that lost the marks writes it)
_CREDIT_WORDS = regex.compile(r"\s*[,/]\s*|\s+(?:và|va|and|-)\s+")
# Names: capitalised words, or lower-case ASCII ones (a sloppy "reported by mai xuan"), joined by "and",
# "và" or "&", maybe with a parenthesis after them ("(BDO)").
_CREDIT_NAMES = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}.'’/]*|[a-z][a-z.'’]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’/]*|và(?!\w)|[a-z][a-z.'’]*|&)){0,7}(?:\s*\([^()]{1,30}\))?"
)
_CREDIT_SEPARATOR = regex.compile(r"\s*[-–|;,]\s*")
# A full stop that parts two credit sentences: the next opens with field words and "by" or a colon (`_CREDIT_LEAD`).
_NEXT_CREDIT_SENTENCE = regex.compile(r"(?<=\p{L}{2})\.\s+(?=\p{Lu}\p{L}*+(?:\s+by\b|\s*:))")
# "By <names>" alone, the reporter's ("By Mai Xuan"; "By 2030, …" and "By The Numbers" name no person).
_BY_ALONE = regex.compile(r"^By\s+(?=\p{Lu})")
_MIN_BY_NAME_WORDS = 2  # "By Train" names none
# "Theo <names>" ("according to"), the source a Vietnamese article names at its end: "Theo TTXVN"; and its English twin.
_ACCORDING_TO = regex.compile(  # "Theo baobinhduong.vn", "Theo báo Tuổi Trẻ" (`_LOWER_PRESS_WORD`)
    r"^(?:Theo|According\s+to)\s+" + _NOT_A_REPORT + r"(?=\p{Lu}|[a-z0-9-]+\.[a-z]{2,}|" + _LOWER_PRESS_WORD + ")"
)
# Function words spelt like Vietnamese syllables of names without their marks (An, Tô, Thế, Cần, Ôn, Bé, Thân, Thất):
# capitalised, they may stand in a name; only the surnames among them begin one ("The Delegates At …",
# "On The Way Home" describe).
_NAMES_LIKE_FUNCTION_WORDS = frozenset({"an", "to", "the", "can", "on", "be", "than", "that"})
_SURNAMES_LIKE_FUNCTION_WORDS = frozenset({"an", "to", "than"})
_NAME_JOINERS = frozenset({"and", "và", "va", "&"})  # ("va": "và" without its mark, "Mai Xuan va Hong Phuc")
# (as a pattern; not inside a bracket's note, "Minh Duy (Sở Kế hoạch và Đầu tư)", of at most 30 characters: `_CREDIT_NAMES`)
_JOINED_NAMES = regex.compile(r"\s+(?:" + "|".join(sorted(map(regex.escape, _NAME_JOINERS))) + r")\s+(?![^()]{0,30}\))")
# Lower-case words of the sources a credit names, beside names in capitals: "Photo: Binh Duong newspaper",
# "Photo: VNA file", "… Thu Dau Mot city People's Committee" (the names pattern reads lower-case ASCII
# words only).
# Those of an office's name, an English office that signs a notice ("Binh Duong Department of Health": `_english_office`).
_OFFICE_WORDS = frozenset("agency portal office committee center centre department".split())
# (the office's word stands right before them: "Department of Health", "Center for Disease Control")
_OFFICE_HEAD_ENDS = frozenset({"of", "for"})
_ORGANISATION_WORDS = _OFFICE_WORDS | frozenset(
    "newspaper archives archive file files city province magazine television radio news".split()
)
_NOT_NAME_WORDS = _NAME_JOINERS | _ORGANISATION_WORDS
# The words a Vietnamese organisation's name opens with (a newspaper, a portal, a department, a centre, a
# company …): a credit that names one gives its name as written ("Ảnh: Cổng TTĐT tỉnh", "Tin: Trung tâm
# Báo chí tỉnh"), lower-case words and all, as a source's is.
# Vietnamese newspapers and news sites named in Vietnamese syllables alone, as a person or a place is: a source
# after a comma ("Theo TTXVN, Tuổi Trẻ"), without the marks; and the news agencies that an article is compiled from
# with no other source's mark (`_marked_source`: "Tổng hợp: Reuters"; acronyms, "AFP", bear one), Xinhua as
# Vietnamese pages name it ("Tân Hoa Xã"), and the Internet ("Tổng hợp: Internet").
_PRESS_NAMES = frozenset({
    "tuoi tre", "thanh nien", "nhan dan", "nguoi lao dong", "lao dong", "tien phong", "dan tri", "tin tuc",
    "sai gon giai phong", "quan doi nhan dan", "cong an nhan dan", "phap luat", "dau tu", "kinh te do thi",
    "vietnamnet", "vnexpress", "zing", "bao moi", "dan viet", "nong nghiep viet nam", "van hoa", "the thao van hoa",
    "vietnamplus", "bnews", "reuters", "bloomberg", "xinhua", "tan hoa xa", "kyodo", "yonhap", "bernama", "antara",
    "sputnik", "nikkei", "nikkei asia", "internet",
})
# The words an English-language newspaper's name has (case-folded): a source's mark ("Vietnam News", "The Straits
# Times", "The Guardian"; not "Smart City", a heading's words).
_PRESS_WORDS = frozenset({
    "news", "times", "post", "herald", "journal", "daily", "tribune", "gazette", "guardian", "telegraph", "economist",
    "chronicle",
})
_ORGANISATION_HEADS = regex.compile(
    r"(?:(?=\p{Lu})(?i:báo(?!\s+cáo)|cổng" + _NOT_A_GATE + r"|cục|sở(?!\s+hữu)|bộ(?!\s+(?:trưởng|đội|sưu))"
    r"|ban(?!\s+(?:nhạc|đêm|ngày))|đài" + _NOT_A_MEMORIAL + r"|viện(?!\s+trưởng)|hội(?!\s+(?:nghị|thảo|chợ|thi|viên|diễn))|trường"
    r"|ubnd|vp|(?:ủy|uỷ)\s+ban|tỉnh\s+(?:ủy|uỷ)|tỉnh\s+đoàn|thành\s+đoàn|liên\s+đoàn|công\s+an|bệnh\s+viện|tổng\s+cục"
    r"|trung\s+tâm(?!\s+thành\s+phố)|tạp\s+chí|thông\s+tấn\s+xã|công\s+ty|văn\s+phòng|tập\s+đoàn|tổng\s+công\s+ty)\s+\S"
    r"|" + _LOWER_PRESS_WORD + ")"
)  # (not "Báo cáo", a report; "Bộ trưởng", a minister; "Hội nghị", a conference; "Cổng chào", a gate; "Đài tưởng
#    niệm", a memorial; "Trung tâm thành phố", the city centre; a press word in lower case before a name, "báo Tuổi
#    Trẻ", `_LOWER_PRESS_WORD`)
# "Ảnh: Sở Y tế cung cấp": the organisation provided the picture ("cung cấp" ends the part: not "Công ty cung
# cấp nước sạch", a water supply company). In `re`: `regex` looks for the words through the rest of the line
# first, which made a line of many parts take quadratic time.
_PROVIDED = re.compile(r"\s+cung\s+cấp" + _PART_END, re.IGNORECASE)
_LINE_END = regex.compile(r"[ .]*\Z")
# What a picture's credit may name in place of a person: where it came from ("Ảnh: tư liệu", archive; "sưu
# tầm", collected; "Photo: file").
_PICTURE_ORIGINS = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{N}+&.-]*/)?(?i:tư\s+liệu|sưu\s+tầm|internet|file|archives?)(?:/[\p{L}\p{N}+&.-]+)?(?=\s*(?:[-–|;,]|\.?$))"
)
# A Vietnamese syllable without its marks: an initial consonant, one to three vowels, a final consonant
# ("nguyen", "thach", "khuyen"; not "smart", "city", "becamex"). A sign-off's names are such syllables.
_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_SIGN_OFF_WORDS = range(2, 9)
# An initial written against the name after it ("N.Thạch", "T.T.Hằng"), or a space before a name of one word in
# lower case after its capital ("N. Thạch"; not "B. GIẢI PHÁP", "B. Tình Hình Chung", headings' letters, nor
# "Q. Bình Thạnh", a district's).
_INITIAL = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\.(?=\p{L}| \p{Lu}[\p{Ll}\p{M}]*+(?:\s*[,(]|\s*$))")
_MAX_MAKER_WORDS = 2  # a video's or graphic's maker not named in Vietnamese names, with an acronym: "Becamex IDC"
_MAX_PLAIN_ORGANISATION_WORDS = 10
_YEAR_OF_FIGURES = regex.compile(r",\s*(?:năm\s+)?(?:19[4-9]\d|20\d\d)$")
_MAX_ORGANISATION_WORDS = 8  # "Trung tâm Văn hóa Thông tin tỉnh Bình Dương"; more after "Ảnh:" describe
_MAX_SOURCE_TRAILING = 3  # a source's organisation after a comma: "Trung tâm Kiểm soát bệnh tật"
_MAX_LOWER_CASE_RUN = 3  # "Sở Thông tin và Truyền thông", "Hội Nông dân tỉnh": compounds' syllables, places
# Words of places that end an organisation's name ("… tỉnh", "… huyện Dầu Tiếng"), and words of a description
# that no organisation's name has ("do", by; "tại", at; a sentence's).
# A notice's title opens with its kind's word: its body's last line may be the office that issued it.
_NOTICE_TITLE = regex.compile(r"(?i:th[ôo]ng\s+(?:b[áa]o|c[áa]o)|notice|announcement)\b")
# The labels that head a list of people or offices (an official document's recipients, a notice's contacts, a
# meeting's members), keyed without marks: written without their colon ("Nơi nhận" / "Sở Y tế"), the line under them
# is the list's item, not a sign-off under a closing note (`_is_closing_note`), as under "Nơi nhận:".
_LIST_LABELS = frozenset({
    "noi nhan", "kinh gui", "dong kinh gui", "thanh phan", "thanh phan tham du", "lien he", "thong tin lien he",
    "nguoi lien he", "dau moi lien he", "recipients", "contact", "contacts", "contact information", "contact person",
    "participants", "attendees",
})
_PLACE_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "phố", "trấn"})
# How a government body's name opens, lower-case words and all: the body ("Ủy ban nhân dân", "Hội đồng nhân dân"),
# or its head word and its field ("Cổng Thông tin điện tử", "Ban Quản lý (các khu công nghiệp)", "Sở Nông nghiệp và
# Phát triển nông thôn", "Đài Phát thanh - Truyền hình"): one word of the name, not a description's, after which
# only places may follow (`_name_words`).
_NAME_OPENING = regex.compile(
    r"(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân|\S+\s+(?:thông\s+tin\s+điện\s+tử"
    r"|quản\s+lý(?:\s+(?:các\s+)?khu\s+(?:công\s+nghiệp|chế\s+xuất|kinh\s+tế))?|nông\s+nghiệp\s+và\s+phát\s+triển\s+nông\s+thôn"
    + "".join(rf"|{first}{_FIELD_JOIN}{opening}{rest}" for first, opening, rest in _DASHED_FIELDS)
    + r"))\b"
)
_DESCRIPTION_WORDS = _VIETNAMESE_SENTENCE_WORDS | frozenset({"do", "tại", "với", "của", "cùng"})
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}&]+(?![\p{Ll}])")  # "PT", "TB&XH": capitals alone, two or more
_MAX_NAME_WORDS = 4  # a person's name: "Nguyễn Thị Minh Khai"; "Chuyển Đổi Số Toàn Diện" heads
# What a last line in Vietnamese syllables names that no person is (without marks): a section's heading ("KẾT
# LUẬN", "Ý kiến chuyên gia"), or a portal's section, as a title names it ("Kinh Tế", "Văn Hóa - Xã Hội").
_NOT_SIGN_OFFS = frozenset({
    "ket luan", "giai phap", "muc tieu", "nhiem vu", "ket qua", "tin moi", "thong bao", "dinh huong",
    "kien nghi", "de xuat", "tong ket", "tong quan", "y kien", "y kien chuyen gia", "tu khoa",
    "kinh te", "xa hoi", "van hoa", "y te", "giao duc", "the thao", "chinh tri", "phap luat", "quoc te", "doi song",
    "suc khoe", "du lich", "dau tu", "moi truong", "khoa hoc", "cong nghe", "nong nghiep", "cong nghiep", "thoi su",
    "an ninh", "quoc phong", "thuong mai", "tai chinh", "giao thong", "xay dung", "do thi", "chuyen doi so",
    "kinh te so", "xa hoi so", "chinh quyen so", "thi truong",
})
# Places a last line may name, a dateline's or a heading's, in names' shape (without marks): the country, its 63
# provinces and cities (as they are written, "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế" as two, and as spelt of old,
# "Bắc Cạn", "Đắc Lắc"), Bình Dương's towns, other cities, the regions and other countries. They name no unmarked
# sign-off ("Quảng Ninh.", "Thanh Hóa"); a note that its people compiled it marks one, whose names they may be
# ("Thanh Hóa - TH": `sign_off_credits`), and one beside a person's name is a person's too ("Phương Lê - Thái
# Bình": `_vietnamese_name_words`).
_PLACES = frozenset({
    "viet nam", "sai gon", "ha noi", "ho chi minh", "hai phong", "da nang", "can tho",
    "an giang", "ba ria vung tau", "ba ria", "vung tau", "bac giang", "bac kan", "bac can", "bac lieu", "bac ninh",
    "ben tre", "binh dinh", "binh duong", "binh phuoc", "binh thuan", "ca mau", "cao bang", "dak lak", "dac lac",
    "dak nong", "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha tinh", "hai duong",
    "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son",
    "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen", "quang binh",
    "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh", "thai binh",
    "thai nguyen", "thanh hoa", "thua thien hue", "thua thien", "tien giang", "tra vinh", "tuyen quang", "vinh long",
    "vinh phuc", "yen bai",
    "hue", "thu dau mot", "di an", "thuan an", "tan uyen", "bac tan uyen", "ben cat", "bau bang", "dau tieng",
    "phu giao",
    # cities and towns a dateline names beside the provinces', and the country's regions
    "nha trang", "da lat", "ha long", "phu quoc", "hoi an", "sa pa", "sapa", "quy nhon", "buon ma thuot", "pleiku",
    "phan thiet", "bien hoa", "thu duc", "my tho", "rach gia", "ha tien", "con dao", "cam ranh", "mong cai", "cat ba",
    "hong ngu", "sa dec", "cao lanh", "chau doc", "long xuyen", "vi thanh", "nga bay", "tam ky", "tuy hoa", "phan rang",
    "dong xoai", "uong bi", "cam pha", "dong hoi",
    "tay nguyen", "dong nam bo", "tay nam bo", "nam bo", "bac bo", "trung bo", "nam trung bo", "bac trung bo",
    "mien tay", "mien dong", "mien bac", "mien trung", "mien nam", "tay bac", "dong bac", "dong bang song cuu long",
    # countries and continents, as Vietnamese writes them
    "han quoc", "trung quoc", "nhat ban", "hoa ky", "thai lan", "an do", "dai loan", "hong kong", "trieu tien",
    "tay ban nha", "bo dao nha", "thuy dien", "thuy si", "dan mach", "na uy", "tan tay lan", "chau au",
    "chau a", "chau phi", "chau my", "dong nam a",
})
# Places of `_PLACES` whose spelling without marks a person's name shares, by their marks: written with marks, a
# name is the place only as the place is spelt ("Mỹ Thơ", "Nhã Trang", "Hà Long" are people's; "My Tho" either).
_PLACES_BY_MARKS = {"my tho": "mỹ tho", "nha trang": "nha trang", "ha long": "hạ long"}
# Places of `_PLACES` that people bear as their names, marks and all ("Hà Nam", "Hải Dương", "Phú Quốc"): alone as an
# article's sign-off they are its reporter's, not a dateline's or a heading's (a last line heads nothing), where a
# place that is no person's name stays none ("Quảng Ninh", "Nghệ An"; `sign_off_credits`).
_PLACES_PEOPLE_BEAR = frozenset({"ha nam", "hai duong", "phu quoc", "thai binh", "hoa binh", "ha giang"})
_BRACKETED = regex.compile(r"\([^()]*\)")
# A sign-off that names the newsroom's people by their post, without their names (case-folded, without marks, a
# bracket's note left out: "PV", "Nhóm PV (tổng hợp)"): reporter(s), collaborator(s), the editorial board.
_NEWSROOM_SIGN_OFFS = {
    **dict.fromkeys(
        ("pv", "nhom pv", "phong vien", "nhom phong vien", "ctv", "nhom ctv", "cong tac vien", "nhom cong tac vien"),
        "reporter",
    ),
    **dict.fromkeys(("bbt", "ban bien tap"), "editor"),  # (not "BTV": the province's broadcaster as well)
}
# The posts' first words and most words, for a post before the names (`_names_after_a_post`: "CTV Văn Thắng").
_POST_FIRST_WORDS = frozenset(post.split()[0] for post in _NEWSROOM_SIGN_OFFS)
_MAX_POST_WORDS = max(len(post.split()) for post in _NEWSROOM_SIGN_OFFS)
# A post's initials written with full stops, spaced or not ("P.V", "P. V", "C.T.V."), read as the post's.
_INITIALS_DOT = regex.compile(r"\.\s*")
# A sign-off's note that its people compiled the article, after a dash ("PV - Tổng hợp", "Minh Duy - TH", "Minh Duy -
# Compiled"; "- Tong hop" without the marks): no name, left out of the credits; but the source it was compiled from, in
# brackets after it, is the sign-off's source ("PV - Tổng hợp (theo TTXVN)", "PV - Compiled (from VNA)"), and so is
# one the note names in brackets ("Minh Duy (tổng hợp theo TTXVN)"; the bare note "Minh Duy (tổng hợp)" the names keep),
# or that the brackets name with no note, a repost's ("Thu Thảo (theo baobinhduong.vn)", "Hong Phuc (according to VNA)").
_COMPILED_WORD = r"(?i:t[ổo]ng\s+h[ợo]p|compiled)"
# The words that name a source in brackets ("theo TTXVN", "Nguồn: VNA"); "từ"/"from" only after a compiled note
# ("tổng hợp từ TTXVN"): after the names alone they say where the reporter files from ("Hồng Phúc (từ Hà Nội)").
_SOURCE_WORDS = r"theo|ngu[ồo]n|according\s+to|source"
_SOURCE_PART = r"(?:\s*:\s*|\s+)(?P<source>[^()]{1,60}?)\s*\)"
_COMPILED_SOURCE = rf"(?i:{_SOURCE_WORDS}|từ|tu|from){_SOURCE_PART}"
_NOTE_END = r"(?=\s*(?:[-–|;]|\.?\s*$))"  # a note ends the sign-off or its part
_COMPILED_NOTE = regex.compile(
    rf"(?:\s+[-–]\s+(?:{_COMPILED_WORD}|TH)(?:\s*\({_COMPILED_SOURCE})?|\s*\({_COMPILED_WORD}\s*[,:]?\s*{_COMPILED_SOURCE}){_NOTE_END}"
)
# A source in brackets after the names with no note ("Thu Thảo (theo baobinhduong.vn)"): the sign-off's source, as
# the note's is, but no mark that the names are people's ("Quảng Ninh (theo VnExpress)" stays a place).
_SOURCE_NOTE = regex.compile(rf"\s*\((?i:{_SOURCE_WORDS}){_SOURCE_PART}{_NOTE_END}")
# The bare note in brackets ("Thanh Hóa (tổng hợp)"): the names keep it, but it marks the sign-off as the dashed one
# does (`_marked_as_compiled`).
_BARE_COMPILED_NOTE = regex.compile(rf"\(\s*{_COMPILED_WORD}\s*\){_NOTE_END}")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
# Words no name has, in any case but those of `_NAMES_LIKE_FUNCTION_WORDS`: "Photo: Overview of the meeting" describes,
# "Written by 20 experts over…" tells. Lower-case names count only on a line of two parts or more.
_NOT_IN_NAMES = frozenset("a an the of or to in on at by for from with as is are was were be been has have had this that "
                          "these those it its which who will would can should not but also into than over".split())
_MAX_FILE_NAME_CHARS = 80  # before the extension's full stop
# What the extensions below open with ("jpg", "png", "gif", "bmp", "webp", "tif"), in either case: no other character
# is one of these letters to `regex`'s IGNORECASE.
_EXTENSION_FIRST_LETTERS = frozenset("jpgbwtJPGBWT")
_IMAGE_FILE = regex.compile(rf"^[^\n]{{1,{_MAX_FILE_NAME_CHARS}}}?\.(?:jpe?g|png|gif|bmp|webp|tiff?)\s*$", regex.IGNORECASE)
_FUSED_IMAGE_FILE = regex.compile(
    rf"^([^\n]{{1,{_MAX_FILE_NAME_CHARS}}}?\.(?:jpe?g|png|gif|bmp|webp|tiff?))(?=\p{{L}})", regex.IGNORECASE
)
# A tag's dash has a space on one side ("PORTAL - ", "BEGIC- "): "COVID-19 did…", "EU-funded…", "EU-Vietnam
# …" begin with words, not tags. The portals' own tags may stand without a space ("PORTAL-On", "TTĐT-Chiều").
# The Vietnamese portal's own name as its tag, two words ("CỔNG TTĐT - Chiều 4/1, …": the provincial e-portal), marked
# or not, in capitals or not; the one-word tag pattern takes a word alone.
# The Vietnamese portal's name as its tag, in any case, with the marks or without ("CỔNG TTĐT", "Cổng TTĐT", "CONG
# TTDT", "Cổng ttđt", "CỔNG TTDT"): one pattern, not its spellings.
_PORTAL_NAME_TAG = r"(?i:c[ổo]ng\s+tt[đd]t)"
_PORTAL_NAME_ALONE = regex.compile(rf"{_PORTAL_NAME_TAG}$")
_TAG_WORDS = rf"\p{{Lu}}[\p{{Lu}}.]{{1,11}}|Portal|{_PORTAL_NAME_TAG}"
_BARE_TAG = regex.compile(rf"^(?:{_TAG_WORDS})\s?[-–—]\s*$")  # a tag whose teaser wrapped to the next line
_UNSPACED_TAGS = ("PORTAL", "Portal", "BEGIC", "TTĐT", "TTDT")  # ("TTDT": a dump that lost the marks)
# The tags a news agency or paper writes in brackets, before a dash or the sentence's capital ("(BDO) Sáng 5-1, …",
# "(PORTAL) - On …"): a table, since any word in capitals may open a line so ("(VIDEO) …", "(MỚI) …", "(II) …",
# "(UBND) Ủy ban nhân dân": a story's kind, a flag, a numeral, a glossary's abbreviation).
_BRACKETED_TAGS = (
    "BDO", "PORTAL", "Portal", "BEGIC", "TTĐT", "BTV", "TTXVN", "VNA", "VOV", "VTV", "VTC", "SGGP", "QĐND", "NDO", "PLO",
    "CPV", "ĐCSVN", "HNMO", "NLĐO", "TTO", "BNEWS", "VNEWS", "CTTĐT",
    "TTDT", "QDND", "DCSVN", "NLDO", "CTTDT",  # those with a mark, as a dump that lost the marks writes them
)
_AGENCY = regex.compile(
    rf"^({_TAG_WORDS})(?:\s[-–—]\s*|[-–—]\s+)(?=\S)|^({'|'.join(_UNSPACED_TAGS)}|{_PORTAL_NAME_TAG})[-–—](?=\p{{Lu}})"
    rf"|^\(({'|'.join(_BRACKETED_TAGS)}|{_PORTAL_NAME_TAG})\)(?:\s*[-–—]\s*(?=\S)|\s+(?=\p{{Lu}}))"
)
# The tags the portals and agencies write (upper-cased, as `agency_tag` gives them): after a sentence's end, a line
# that one opens is a lead (`_opens_a_lead`).
_KNOWN_TAGS = frozenset(tag.upper() for tag in (*_UNSPACED_TAGS, *_BRACKETED_TAGS))
# A tag's dash stands before this index (`_agency_match`): a tag of 12 characters at most, then a space.
_TAG_DASH_REACH = 14
# A line ends a sentence when its last character but closing quotes and brackets is one of `_TERMINALS`
# (`_is_terminated`: string methods, a fifth of the time of a regex search that scans the whole line).
_TERMINALS = frozenset(".!?…:;。！？")
_CLOSERS = "\"”’')]」』"
_TITLE_ENDING = regex.compile(r"(?:[!?…！？]|\.\.\.)[\"”’')\]」』]*$")
# A listing's title may end in these too, where its other items have titles (`_ends_as_a_title`).
_TITLE_MARKS = frozenset("?!？！")
# A listing item's date alone in the forms a header has not: in brackets, ISO, Japanese, after a label without a time.
_ITEM_DATE = regex.compile(
    r"^\(?(?:(?:Cập nhật|Cap nhat|Ngày đăng|Đăng ngày|Updated|Posted|Published)\s*:?\s*)?"
    r"(?:\d{1,2}([/.\-])\d{1,2}\1\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:,?\s+\d{1,2}[:h]\d{2})?\)?$",
    regex.IGNORECASE,
)
# A bracket closing a line, of a date's length with or without its time: a listing title's item date is one
# (`title_item_date`: "Khởi công dự án … (14/03/2022)").
_CLOSING_BRACKET = regex.compile(r"\s(\([^()]{8,24}\))$")
# (the listing word without its marks too, "TIN TUC - SU KIEN"; a colon after the category is the header's, not the
# category's: "NEWS – EVENTS:")
_LISTING_CATEGORY = regex.compile(r"^(?:News|Tin\s+t[ứu]c)\s*[-–:]\s*(.+?)\s*:?$", regex.IGNORECASE)
# Words a date follows inside a sentence: a teaser's wrapped line that ends in one goes on over a date alone ("… held
# on" / "16/05/2019", "… scheduled for", "… open through", "… vào ngày" / "05/01/2022", "… đến hết"); under any other,
# a date alone is its item's (a teaser cut short).
_BEFORE_DATE_WORDS = frozenset(
    "on from to until till since by before after of in at between for through ngày từ đến tới vào trước sau hôm lúc hết"
    .split()
)
# The portal's sections (its menu's items, a breadcrumb's last part, the category a listing's header names after the
# listing word), Vietnamese and English, as `_section_key` keys them (`_SECTION_NAMES`). A line that is one alone
# above the date header is navigation, no title (`_names_a_section`).
_SECTIONS = (
    "thời sự", "chính trị", "kinh tế", "xã hội", "văn hóa", "văn hóa - xã hội", "văn hóa - thể thao", "thể thao",
    "giáo dục", "y tế", "đầu tư", "du lịch", "sự kiện", "đối ngoại", "pháp luật", "quốc phòng - an ninh",
    "nông nghiệp", "công nghiệp", "khoa học - công nghệ", "thành phố thông minh", "cải cách hành chính",
    "politics", "economy", "society", "culture", "culture - society", "culture - sports", "sports", "education",
    "health", "investment", "tourism", "events", "news - events", "foreign affairs", "smart city", "trade and tourism",
)
_SPACED_DASH = regex.compile(r"\s*[-–—]\s*")
# What ends a section's name on a menu's or a header's line and is no part of it: "NEWS – EVENTS:", "Kinh tế –".
_SECTION_NAME_ENDS = ":-–— \t\xa0"

_DOUBLED_TITLE = regex.compile(r"^(.{2,80}?)\1$")
# Two sentences: an end of one after a word of three small letters or more (not "Mr.", "Dr."), then a capital
# (a caption is one sentence or none).
# The pattern opens with the end's character, with what stands before it looked behind at: the engine skips
# to those characters (opening with the letters, it tried every position: 13.5 µs a line where it searched).
_SENTENCE_BREAK = regex.compile(
    r"(?<=\p{Ll}{3}|\d|\p{Lu}{2})(?<!\b(?:Corp|etc|Ltd|Inc|Prof|Dept|Assoc|Gov))[.!?…][\"”’')]*\s+\p{Lu}"
)
# What opens a list item or a numbered heading (see `_item_mark`), then its text.
_ITEM_FIRST_CHARACTERS = frozenset("-–—•·*+(IVX")  # with a digit, or a bracket second: what an item may open with
_ITEM_MARK = regex.compile(
    r"^(?:(?P<bullet>[-–—•·*+])|(?P<bracketed>\(?(?:[a-zđ]|\d{1,2})\))|(?P<numbered>\d{1,2}\.)|(?P<roman>[IVX]{1,4}\.))\s+\S"
)
# A line that is only a web or mail address.
_ADDRESS = regex.compile(r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")
_TABLE_LINE = regex.compile(r"^\|(?:[^|]*\|){2,}")
# A listing's own controls, each alone on its line: a link to a story ("Read more", "Xem tiếp »", "[Xem tiếp]":
# capitalised or marked, as a wrapped teaser's last words are not) and the page links or count ("1 2 3 4 5 Next »",
# "« Trang trước | Trang sau »", "Trang: 1 2 3", "(1 - 10 / 245)", "Hiển thị 1 - 10 / 245 tin", "Trang 1/25"; not a
# lone word or number, a date range, a year); their Vietnamese words with the marks or without ("Xem tiep", "1 2 3 Tiep »").
_CONTROL_ARROW = regex.compile(r"[«»‹›]|<<|>>")
_LINK_FRAME = r"[\s«»‹›<>|.…:\[\]()]*+"  # arrows, bars, dots and brackets some skins draw around a link
_MORE_LINK = regex.compile(
    rf"{_LINK_FRAME}(?P<words>(?:read|view|see)\s+more|more|details|xem\s+(?:ti[ếe]p|th[êe]m|chi\s+ti[ếe]t)"
    rf"|[đd][ọo]c\s+(?:ti[ếe]p|th[êe]m)|chi\s+ti[ếe]t){_LINK_FRAME}",
    regex.IGNORECASE,
)
# A pager's words, with the Vietnamese marks or without (`_PAGE_LINKS`, `_PAGE_TOKEN`).
# A link of two words is one ("Next page", "Tiếp theo", "Kế tiếp"), ahead of its first word alone.
_PAGE_PHRASES = r"(?:next|previous|prev)\s{1,4}page|ti[ếe]p\s{1,4}theo|k[ếe]\s{1,4}ti[ếe]p"
_PAGE_WORDS = _PAGE_PHRASES + r"|next|previous|prev|first|last|trang|sau|tr[ưu][ớo]c|ti[ếe]p|[đd][ầa]u|cu[ốo]i"
# A page list may have its label ("Trang: 1 2 3 4 5", "Page: 1 2 3"), which counts as one of its words.
_PAGE_LABEL = r"(?:trang|pages?)\s*+:\s*+"
_PAGE_LABEL_START = regex.compile(_PAGE_LABEL, regex.IGNORECASE)  # (read apart: a group in `_PAGE_LINKS` slows it)
_PAGE_LINKS = regex.compile(
    rf"(?:{_PAGE_LABEL})?(?:(?:\d++|" + _PAGE_WORDS + r"|«|»|‹|›|<<|>>|\.\.\.|…)[\s|]*+)++", regex.IGNORECASE
)
# A count of the page's items, in brackets or after its verb ("Hiển thị 1 - 10 / 245 tin", "Showing 11 to 20 of 245
# entries"), or of the pages ("Trang 2/15", "Page: 2 of 10"); the items' nouns, English and Vietnamese.
# (a noun of one syllable or its compound, "tin tức", "bài viết"; a full stop may end the count)
_ITEM_NOUNS = (
    r"(?:tin(?:\s+t[ứu]c)?|b[àa]i(?:\s+vi[ếe]t)?|k[ếe]t\s+qu[ảa]|m[ụu]c|v[ăa]n\s+b[ảa]n|news|items|results|entries"
    r"|documents|articles|posts)\.?"
)
_ITEM_RANGE = (
    r"(?P<first>\d{1,6})\s*(?:[-–]|to|[đd][ếe]n)\s*(?P<last>\d{1,6})\s*(?:/|of|tr[êe]n)\s*(?P<total>\d{1,6})"
)
_PAGE_COUNT = regex.compile(
    rf"\(\s*{_ITEM_RANGE}\s*\)|(?:hi[ểe]n\s+th[ịi]|showing)\s+{_ITEM_RANGE}(?:\s+(?:{_ITEM_NOUNS}))?"
    rf"|(?:{_PAGE_LABEL}|(?:trang|page)\s+)\d+\s*(?:/|of|trên)\s*\d+",
    regex.IGNORECASE,
)
_DIGITS_SLASH = regex.compile(r"\d/\d")
_YEARS = range(1900, 2101)  # a total that is a year, over months ("(3-5/2023)"), counts no items
# A page link's word or number: a line of two of them ("Previous | Next", "Đầu | Trước | 1 | 2 | Sau | Cuối",
# "1 2"), or one beside an arrow ("Sau »"), is a pager; one alone is a wrapped teaser's last word ("first", "12").
_PAGE_TOKEN = regex.compile(r"(?<!\d)\d{1,3}(?!\d)|(?i:" + _PAGE_WORDS + r")(?!\w)")
_MIN_PAGE_TOKENS = 2
# Page words that alone, capitalised, link a listing's next or previous page ("Next", "Tiếp"; "Previous", "Trước");
# "First", "Last", "Sau", "Trang" alone are words of a teaser as much.
_LONE_PAGE_LINKS = frozenset({
    "next", "previous", "prev", "tiếp", "tiep", "trước", "truoc",
    "next page", "previous page", "prev page", "tiếp theo", "tiep theo", "kế tiếp", "ke tiep",
})
# The parts of the day a Vietnamese lead opens with, before its date ("Sáng 3/5, UBND tỉnh …", "Ngày 16/5, …"; with the
# marks or without), and what a date opens with: a sentence opens there, as no wrapped line of a teaser does.
_DAY_PART_OPENERS = frozenset("ngày sáng trưa chiều tối đêm ngay sang trua chieu toi dem".split())
_DATE_START = regex.compile(rf"\d|{_ENGLISH_MONTH}", regex.IGNORECASE)
# Words a lead opens with before a place, a time or a circumstance that a comma closes ("Tại Hội nghị … 2023, Phó Chủ
# tịch …", "Trong năm 2023, …", "Theo kế hoạch, …", "Với mục tiêu …, …", with the marks or without; "According to the
# plan, …", "During the conference, …": English ones that `_NOT_IN_NAMES` lacks, and their Vietnamese twins "Nhờ …",
# "Mặc dù …", "Dưới sự chủ trì …"; not "dù" alone, which unmarked is "Du lịch", tourism); "sao" after one asks why
# ("Tại sao …"), a headline's question; a lead holds a word in lower case, as a headline in Title Case holds none ("Năm
# 2023, Một Năm Nhìn Lại": a year before the comma is no name).
_LEAD_PHRASE_OPENERS = frozenset(
    "tại trong theo với sau qua từ trước nhân nhằm để năm đến vừa hiện nhờ mặc dưới "
    "tai voi tu truoc nhan nham de nam den vua hien nho mac duoi "
    "according during under after following despite thanks".split()
)
_WHY = "sao"
_LOWER_CASE_WORD = regex.compile(r"\s\p{Ll}")
# An English lead's opening day, "June 1, at …": a sentence opens there, but after a word a date follows ("… held on").
_DAY_OPENING = regex.compile(rf"{_ENGLISH_MONTH}\s{{1,4}}\d{{1,2}}(?:st|nd|rd|th)?,", regex.IGNORECASE)
_WIDTH_LINES = 6  # a wrapped teaser's first lines, which tell its wrapper's width (`_heads_wrapped_lines`)
_MIN_HEADLINES = 3  # title lines in a row, one line break apart, that make a listing of headlines alone
_MIN_ALONE_HEADLINES = 2  # the same, when they are the listing's only lines but its controls
# A clause's comma or a sentence's end inside a line: a comma before a word in lower case ("…, at the"), a semicolon,
# the line's first comma when a word that is no name in capitals stands before it ("On May 3, Head …", "At the …
# Center, Mr. …", "Tại Trung tâm … tỉnh, Phó …"); no comma closing the line's opening names, a headline's two parties
# ("Binh Duong, Japan strengthen …"), no full stop after a word of three letters or fewer, an abbreviation's in a
# headline ("TP. Thủ Dầu Một", "TX. Tân Uyên", "Co. Ltd.").
_CLAUSE_BREAK = regex.compile(r"(?<=[\p{L}\p{N}])(?:, \p{Ll}|; \p{L})|(?<=\p{L}{4}|\p{N})\. \p{L}")
# (the line's first comma, matched from its start apart: as an alternative of the search above, ten times slower; at
# the line's end too, where a listing cut a lead's teaser: "Trong 10 tháng đầu năm 2023,")
_FIRST_CLAUSE_COMMA = regex.compile(r"(?!(?:\p{Lu}[^\s,]*\s)*\p{Lu}[^\s,]*,)[^,]*[\p{L}\p{N}],(?: \p{L}|$)")

_MIN_CUT_CHARS = 4
# The footer strings by their first `_MIN_CUT_CHARS` characters, in their order: a cut line of at least that
# many can only be the start of those (a line that is none reads one bucket, not every string).
_FOOTER_STRINGS_BY_HEAD: dict[str, tuple[tuple[str, str], ...]] = {
    head: tuple(item for item in _FOOTER_STRINGS if item[0][:_MIN_CUT_CHARS] == head)
    for head in dict.fromkeys(string[:_MIN_CUT_CHARS] for string, _ in _FOOTER_STRINGS)
}
# The content types a page's footer names (`_cut_content_type`).
_CONTENT_TYPE_NAMES = tuple(key for key, label in LABELS.items() if label.role == "content_type")
_MAX_LABEL_CHARS = 80  # no template string is longer: longer lines skip the label lookups
_MAX_HEADING_CHARS = 80
_MAX_HEADING_WORDS = 12
# A heading may hold a comma when it is this short ("Solid foundation, new successes"); a caption with one
# is longer ("From the success of Horasis 2018, Binh Duong continues to host …").
_MAX_COMMA_HEADING_WORDS = 6
_MAX_QUESTION_HEADING_WORDS = 8
_MAX_CAPTION_CHARS = 300
# A picture's credit at a caption's end: "… phát biểu. Ảnh: H.P", "Đại biểu dự hội nghị - Ảnh: Hồng Phúc",
# "… (Photo: Minh Duy)", ". Anh: Minh Duy" without the marks; read where the line's last characters hold a colon.
_PICTURE_LABEL = r"(?i:ảnh|anh|photo)"
_TRAILING_PICTURE_CREDIT = regex.compile(
    rf"(?:[.\-–—]\s+|\s\(|^\()(?P<credit>{_PICTURE_LABEL}\s*:\s*[^():|]{{1,60}}?)\)?\s*$"
)
# A bracketed picture credit a line opens and leaves open at its end ("… (Ảnh: Minh", "(Photo:"): a caption wrapped
# inside its credit, the names' rest and the closing bracket on the line under it.
_OPEN_PICTURE_CREDIT = regex.compile(rf"(?:^|\s)\((?P<credit>{_PICTURE_LABEL})\s*:[^():|]{{0,60}}$")
_TRAILING_CREDIT_CHARS = 80
_MAX_CREDIT_CHARS = 200
# A title found elsewhere than right after the date header, or one that ends like a sentence, is no longer.
_MAX_TITLE_CHARS = 160
_MAX_TITLE_LINES = 4  # a title wrapped by a crawler, at 40 characters or more
_MAX_UNWRAPPED_LINES = 2  # lines longer than a wrapped one on a page a crawler wrapped (web addresses, tables)
_MIN_WRAPPED_RUN = 3  # lines that fill a wrapped page's width, besides its title's first
# A line under the title that names its author or source: "by Nguyen Trang", "theo Báo Bình Dương" (not "theo
# hướng bền vững", a title's words).
_NAMES_AFTER = regex.compile(r"(?i:by|theo)(?:\s+\p{Lu}[\p{L}\p{M}.]*)+\s*$")
# Prose's sentence ends: a colon ends a label or a related-news heading ("Tin liên quan:") as often as a sentence; a
# semicolon ends a list's item and the Japanese portal's sentences end in "。", "！", "？" (its body under a stray share
# bar goes on as an English one does).
_SENTENCE_ENDS = _TERMINALS - {":"}
_ABBREVIATION_END = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|St|Co|No|TP|TX|TS|ThS|GS|PGS|Q|P|H|X)\.$")  # end no sentence
# Hard-wrapped teasers wrap at about 70 characters: a line longer than this is no wrapped piece.
_MAX_WRAPPED_CHARS = 100
# A hard-wrapped paragraph's lines but its last are at least this long (a wrap at 70-80 characters).
_MIN_WRAPPED_CHARS = 50
_WRAP_FILL = 0.9  # (see `_fills`)
# A mark of prose within a line, that a heading has none of: a comma, a semicolon, a full stop before a space.
_PROSE_MARK = re.compile(r"[,;]|\.\s")
# The dashes a wrap may put at a line's start, as prose has them between words ("Government - Enterprise",
# "Eindhoven – Tampere"); a bullet's other marks ("•", "*") prose has not.
_WRAPPED_DASHES = ("-", "–", "—")
# Words after which a sentence goes on, that end no list item: a wrapped item's line ending in one goes on over a
# capital ("- Completing the data center together with" / "Becamex IDC and …"), as it does after a comma or a dash.
_PHRASE_GOES_ON_WORDS = frozenset(
    "a an the of to in at by for from with and or as into than that which whose its their our between among "
    "của và các những với cho trong tại để theo về từ đến như nhằm giữa cùng hoặc".split()
)
_PHRASE_GOES_ON_MARKS = frozenset(",-–—(")
# Vietnamese words that open a sentence's subject in capitals and no name's, as a lead's does ("Các khu công nghiệp của
# tỉnh …", "Những doanh nghiệp …"), with the marks only ("Nhung" is a given name); headlines open with them too ("Những
# kết quả nổi bật …"): they tell a teaser only where it ends cut short (`_heads_its_teaser`). A wrapped line opens
# with one in capitals only under a sentence's end.
_SUBJECT_OPENERS = frozenset("các những mọi mỗi".split())
# Words a listing's teaser cut short may end in (besides `_PHRASE_GOES_ON_WORDS`): an auxiliary or a determiner before
# its verb or noun, a title before its holder's name, a number's magnitude before its unit ("… have attracted over 2
# billion", "… của tỉnh đã", "… hơn 2 tỷ", "… Vice Chairman of … Mr"). Headlines end in some too ("… over USD 2
# billion", "… the place to be", "… political will"): they tell a teaser only under a lone item's title
# (`_ends_cut_short`), never in a run of headlines. With the marks only, where a word without them ends headlines more
# often ("tư" of "đầu tư" is "tu", "phố" of "Thành Phố" is "Pho"); not "một", "hơn", "nhất", which end names and
# headlines ("Thủ Dầu Một", "… tốt hơn"), nor "được", a verb's complement there too ("… kết quả đạt được"). (A title
# with its full stop, "… Mr.", ends a sentence to `_is_terminated`: a short title's teaser as any finished one.)
_CUT_TEASER_ENDS = frozenset(
    "is are was were be been being has have had will would can could should must this these those such each every "
    "very most some mr mrs ms dr vice deputy hundred thousand million billion trillion "
    "đã sẽ đang bị là mỗi mọi rất khoảng phó trăm nghìn ngàn triệu tỷ tỉ".split()
)
# Words a number follows in a sentence: a month's name ("… on the afternoon of December" / "1. The delegates …"; in
# capitals: "may", "march" are verbs) or a count's ("tháng", "số", "No", "Phase"): a number before a full stop under
# one is the sentence's last word, even the 1 that would open a list.
_BEFORE_NUMBER = regex.compile(
    rf"(?:^|\s)(?:(?=\p{{Lu}})(?i:{_ENGLISH_MONTH})|tháng|quý|số|No|number|[Pp]hase|[Gg]roup|[Ll]evel|[Tt]op)$"
)
# But "tháng" (month) or "quý" (quarter) after a count is a length of time, that no month's number follows: "…
# trong 6 tháng", "… hằng tháng", "… mỗi quý" / "1. Nội dung …" opens a list (a date's "ngày 6 tháng", "Ngày 6
# tháng", "mùng 6 tháng", "sáng 6 tháng" / "1. …" goes on: January; its day's number follows a day's word).
_TIME_COUNTED = regex.compile(
    r"(?:(?<!(?i:ngày|mùng|mồng|hôm|sáng|trưa|chiều|tối|đêm)\s)(?<!\d)\d{1,3}|(?<!\S)(?:hai|ba|bốn|năm|sáu|bảy|tám"
    r"|chín|mười|mươi|vài|mấy|nhiều|các|những|mỗi|hằng|hàng|từng))\s+(?:tháng|quý)$"
)
# An interview's turn: who speaks, then a colon, opens a paragraph of its own, never a wrapped line of the one
# above: the interviewer or a question's or answer's label ("Phóng viên (PV): …", "PV:Thưa ông …", "Q: …"), or a
# person by a title and a name ("- Ông Nguyễn Văn Lợi: …", "TS. Nguyễn Văn A: …", "Bí thư Tỉnh ủy Nguyễn Văn
# Lợi: …", "Ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy: …").
_SPEECH_VERB = r"(?:cho biết|nhấn mạnh|khẳng định|chia sẻ|phát biểu|nói|said|says|stated|noted)\s*:"
_SPEAKER_TURN = regex.compile(
    r"(?:[-–•]\s*)?(?:(?P<interviewer>PV|P\.V|Phóng viên(?:\s*\(PV\))?|Hỏi|Đáp|Q|A|Reporter|Question|Answer)"
    r"|(?P<speaker>(?:Ông|Bà|Anh|Chị|Đồng chí|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|(?:PGS\.\s?)?TS\.?|ThS\.?|GS\.?"
    r"|(?:Phó\s+)?(?:Bí thư|Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng)(?:\s+\p{L}+){0,4}?)"
    r"(?:\s+\p{Lu}[\p{L}\p{M}]*){1,5}(?:\s*\([^()]{1,40}\)|,(?![^:,\n]*" + _SPEECH_VERB + r")[^:,\n]{1,40})?))"
    r"\s*:(?:\s|(?=\p{Lu}))(?!\s*[\"“‘'])"  # (reported speech: "Ông X, Giám đốc Sở Y tế cho biết: “…”")
)
_SPEAKER_REACH = 80  # the colon of a turn's speaker is this near the line's start
# Navigation lines above the date header ("Trang chủ", "Tin tức - Sự kiện", a category): two of any kind
# (a stray "News" line), up to five short unterminated ones.
_MAX_NAV_LINES = 5
# A site menu kept by the dump (one item a line) may run longer: its header is taken when the widget frames it.
_MAX_MENU_LINES = 40
_ANY_NAV_LINES = 2
_MIN_DATED_ITEMS = 2
# A title an extractor put above the date header (the page's h1 first) is told from navigation by the navigation's
# shapes (`_reads_as_a_title_above`), not by its length: none of a breadcrumb's separators, … (a slash beside a digit
# is a date's or a period's, no separator: "quý I/2023", "Quốc khánh 2/9")
_BREADCRUMB_MARK = regex.compile(r"[>»›|·•→]|(?<!\d)/(?!\d)")
# A section's path runs its parts between dashes, spaced or not, three parts or more ("News - Smart City - Investment -
# Trade and Tourism", "Tin tức-Sự kiện-Chính trị"); a title has one dash at most ("Binh Duong Smart City Scheme – Last
# episodes: …", "Bình Dương-Singapore").
_PATH_DASH = regex.compile(r"\s[-–—]\s|(?<=\p{Ll})[-–—](?=\p{Lu})")
# A menu on one line opens with the home page's label before an item ("Trang chủ Tin tức Sự kiện …"; a title may open
# with the word: "Home prices rise …") or is that label alone ("Trang chủ"), or has no word in lower case and only the
# menu's words of one language (`_MENU_WORDS`: "News Investment Tourism …"); a title in Title Case has others ("Binh
# Duong Welcomes Investors From Korea"): `_is_a_menu_line`.
_HOME_MENU = regex.compile(r"^(?i:trang chủ|trang chu|home)(?:\s+\p{Lu}|$)")
_NO_LOWER_CASE_WORD = regex.compile(r"^[^\s\p{Ll}]\S*+(?:\s++[^\s\p{Ll}]\S*+)*+$")
# The portal's menu items besides its sections (`_SECTIONS`) and the listing word: the home page, the portal's pages.
_MENU_ITEMS = (
    "trang chủ", "giới thiệu", "liên hệ", "sơ đồ cổng", "sơ đồ trang", "văn bản", "thủ tục hành chính", "dịch vụ công",
    "hỏi đáp", "tiếng việt", "home", "introduction", "about", "contact", "sitemap", "site map", "documents",
    "administrative procedures", "public services", "english",
)
# A banner the portal or a site puts above the header names the site (its head's words: "Cổng thông tin điện tử tỉnh
# Bình Dương", "Trang thông tin điện tử Sở Y tế", "Welcome to …", "Đang xem: …"; its tail's: "… Electronic
# Information Portal"); a title may name a portal, but not end on the site's own name.
_SITE_BANNER = regex.compile(
    r"^(?i:(?:cổng|trang) thông tin\b|(?:cong|trang) thong tin\b|welcome to\b|đang xem\s*:|dang xem\s*:)"
    r"|(?i:(?:information|electronic) portal)$"
)
# A title that opens like a date header: a colon after the date's year, then words ("…/2020: Bình Dương ghi
# nhận …"); a date with a clock or a note after it ("… lúc 10 giờ 30", "- Cập nhật 10:30") is a date.
_TITLE_AFTER_DATE = regex.compile(r"\d{4}\s*:\s*\p{L}{2,}\s+\p{L}{2,}")
# Roles of labels a body heading may be spelt like: a single share or action label ("Chia sẻ", "Workflows").
# Not a field label: in a display form each one stands above its value, as a heading above its paragraph.
_HEADING_LIKE_LABEL_ROLES = frozenset({"share", "sp_action"})
# Title, widget and byline: the lines a header's date may be missing from.
_HEADER_FIELDS = 3
# What a sign-off stands under: prose or a caption at the body's end, or a related-news block's titles and dates.
_PROSE_ROLES = frozenset({"body", "caption"})
_RELATED_ITEM_ROLES = frozenset({"related_title", "related_date"})
# Template lines come back on every page: the lookups by line text are cached, with a bound.
_CACHE_SIZE = 4096
_NON_DIGITS = regex.compile(r"\D")
# A views count on a line of its own, under its labels written each on a line ("Lượt người xem:" / "Views:" / "93").
_COUNT_ALONE = regex.compile(r"\d[\d.,\s]*+\Z")
_MAX_VIEWS = 2**63  # a count a signed 64-bit column (DuckDB's BIGINT) holds


class Line(NamedTuple):
    """One non-empty line of a page: 1-based line number, stripped text, role (a named tuple: a page
    makes dozens, each twice, and a tuple is the quickest immutable record to build).

    >>> parse_page("Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\n PORTAL - Lead. ").lines[-1]
    Line(number=4, text='PORTAL - Lead.', role='body', blanks_before=1)
    """

    number: int
    text: str
    role: str
    blanks_before: int = 0


# A `Line` made from its four fields by the tuple's own constructor, without the named tuple's Python-level
# ``__new__``: every line of a page is made twice (80 of 280 ns a line).
_new_tuple = tuple.__new__


@dataclass
class Page:
    """What the template says about one page.

    >>> page = parse_page("Thứ 4, Ngày 05/01/2022, 16:00\\nA title\\n\\nPORTAL - Lead.\\n\\nChia sẻ:")
    >>> page.kind, page.title, page.agency, [line.role for line in page.lines]
    ('article', 'A title', 'PORTAL', ['date_header', 'title', 'body', 'share'])
    >>> page = parse_page("News - Smart City\\n\\nBEGIC - Afternoon of March 14th, the board met.")
    >>> page.kind, page.category, [line.role for line in page.lines]
    ('listing', 'Smart City', ['listing_header', 'listing_item'])
    """

    kind: str
    lines: list[Line]
    title: str | None = None
    category: str | None = None
    agency: str | None = None
    views: int | None = None
    content_type: str | None = None
    byline: dict[str, str | None] | None = None
    credits: dict[str, str] | None = None
    warnings: list[tuple[str, str, int | None]] = field(default_factory=list)


def label_key(text: str) -> str:
    """The lookup key of a template label: case-folded, spaces collapsed.

    >>> label_key("Tin  nổi bật ")
    'tin nổi bật'
    """
    # `str.split` finds the spaces `\s` of `regex` finds, in half the time, but for the four information
    # separators (spaces to `str.split` alone).
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _sub(_SPACES, " ", text).strip().casefold()
    return _single_spaced(text).casefold()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def lookup_label(text: str) -> Label | None:
    """The template label a line is, if any; ``Tin nổi bật(Time)`` is the label ``Tin nổi bật``, and
    SharePoint's doubled action labels (``Manage PermissionsManage Permissions``) are their label.

    >>> lookup_label("Tin nổi bật (Time)").role, lookup_label("Version HistoryVersion History").role
    ('sp_field', 'sp_action')
    >>> lookup_label("Binh Duong") is None
    True
    """
    if len(text) > _MAX_LABEL_CHARS:
        return None
    key = label_key(text)
    label = LABELS.get(key) or _DOUBLED_ACTIONS.get(key)
    if label is None and (suffixed := _match(_LABEL_SUFFIX, key)):
        label = LABELS.get(suffixed.group(1))
    if label is None and (unmarked := unmarked_label(text)) and unmarked.role in _UNMARKED_ANYWHERE:
        label = unmarked if " " in key or key.endswith(":") else None  # (a single word, "Tang", may be anything)
    return label


def unmarked_label(text: str) -> Label | None:
    """The template label a line of plain ASCII is once the labels lose their Vietnamese marks, as some dumps write
    them ("Chia se:", "Luot nguoi xem:", "Noi dung"); in the footer any of them, elsewhere those of `_UNMARKED_ANYWHERE`.

    >>> unmarked_label("Chia se:").role, unmarked_label("Tin noi bat(Time)").gloss, unmarked_label("Chia sẻ:")
    ('share', 'Featured news', None)
    """
    key = label_key(text)
    if not key.isascii():
        return None
    label = _UNMARKED_LABELS.get(key)
    if label is None and (suffixed := _match(_LABEL_SUFFIX, key)):
        label = _UNMARKED_LABELS.get(suffixed.group(1))
    return label


@functools.lru_cache(maxsize=_CACHE_SIZE)
def related_label(text: str) -> Label | None:
    """The heading of a related-news block a line is, if any: with or without a colon, marks around it
    (``» Các tin khác``, ``Tin liên quan >>``) or a count after it (``Tin liên quan (3)``).

    >>> related_label("Tin liên quan:").gloss, related_label("» Other news").role, related_label("Other news today")
    ('Related news', 'related_header', None)
    """
    if len(text) > _MAX_LABEL_CHARS:
        return None
    key = _sub(_RELATED_DECORATION, "", label_key(text))
    return RELATED_LABELS.get(key) or _UNMARKED_RELATED_LABELS.get(key)


def _related_titles(lines: list[Line], roles: list[str | None], index: int, end: int) -> int:
    """How many lines of article titles (and their dates, `_is_related_item`) follow a related-news heading
    at ``index``, up to ``end``; 0 when the line is no such heading or no title follows it."""
    if index + 1 >= end or related_label(lines[index].text) is None:
        return 0
    count = titles = 0
    for line, role in zip(lines[index + 1:end], roles[index + 1:end], strict=True):
        if not _is_related_item(line, role):
            break
        count, titles = count + 1, titles + (not _is_date_line(line, role))
    return count if titles else 0


def _is_related_item(line: Line, role: str | None) -> bool:
    """A line of a related-news block under its heading: an article's title (no template line, short,
    without an agency tag, neither a sentence nor a credit: "Binh Duong welcomes investors (05/01/2022)",
    "Why invest in Binh Duong?"), or a title's date on a line of its own."""
    if _is_date_line(line, role):
        return True
    text = line.text
    return (
        role is None and len(text) <= _MAX_TITLE_CHARS and agency_tag(text) is None
        and (not _is_terminated(text) or _search(_TITLE_ENDING, text) is not None)
        and not (len(text) <= _MAX_CREDIT_CHARS and parse_credits(text))
    )


def _is_date_line(line: Line, role: str | None) -> bool:
    """A date on a line of its own (a related title's, a listing item's): a date and time, or a date alone, in the
    forms a header has not too (`_ITEM_DATE`: "(20/07/2023)", "Cập nhật: 05/01/2022", "2023-07-20").

    >>> [_is_date_line(Line(1, text, ""), None) for text in ("20/07/2023", "(20/07/2023)", "Cập nhật: 05/01/2022")]
    [True, True, True]
    >>> _is_date_line(Line(1, "Ra mắt mô hình Chi đoàn số (20/07/2023)", ""), None)
    False
    """
    if role is not None:
        return role == "date_header"
    byline = parse_byline(line.text)
    return (byline is not None and byline["author"] is None) or _match(_ITEM_DATE, line.text) is not None


def _related_block(lines: list[Line], roles: list[str | None], start: int, end: int) -> tuple[int, int]:
    """Where a related-news block that ends the body (``lines[start:end]``) begins and ends: its heading and
    article titles, then nothing but the article's sign-off and credit lines up to the footer; ``(end, end)`` when
    there is none. Read from the end once: the credit lines, a sign-off above them (names, as `sign_off_credits`
    reads them, are no news title: a title is a headline), the run of titles above, its first heading with a title
    after it (on a page with a related-news heading at all: most have none)."""
    if not any(len(line.text) <= _MAX_LABEL_CHARS and related_label(line.text) for line in lines[start:end]):
        return end, end
    after = end
    while after > start and len(lines[after - 1].text) <= _MAX_CREDIT_CHARS and parse_credits(lines[after - 1].text):
        after -= 1
    if after > start and roles[after - 1] is None and _marked_sign_off_credits(lines[after - 1].text):
        after -= 1
    first = after
    while first > start and _is_related_item(lines[first - 1], roles[first - 1]):
        first -= 1
    titles = [index for index in range(first, after) if not _is_date_line(lines[index], roles[index])]
    for index in range(max(first - 1, start), titles[-1] if titles else start):
        if related_label(lines[index].text) is not None:
            return index, after
    return end, end


def _related_lines(lines: list[Line], roles: list[str | None]) -> list[Line]:
    """A related-news block's lines: its headings ("Tin liên quan", then "Tin khác"), the titles of the
    articles it links, their dates."""
    return [_with_role(line, _related_role(line, role)) for line, role in zip(lines, roles, strict=True)]


def _related_role(line: Line, role: str | None) -> str:
    if _is_date_line(line, role):
        return "related_date"
    return "related_header" if related_label(line.text) else "related_title"


def _with_related_roles(lines: list[Line], roles: list[str | None]) -> list[str | None]:
    """The footer's roles with each related-news block's ("Các tin khác" and the titles under it) in place.
    A heading that is a field label of the form ("Tin liên quan") stays one, the line after it may be a
    label the table does not know, but for the label written again (the form's is above it)."""
    roles = roles.copy()
    labels: set[str] = set()  # the field labels read so far
    index = 0
    while index < len(lines):
        heading = roles[index] is None or (roles[index] == "sp_field" and lines[index].text in labels)
        if roles[index] == "sp_field":
            labels.add(lines[index].text)
        titles = _related_titles(lines, roles, index, len(lines)) if heading else 0
        for place in range(index, index + titles + 1 if titles else index):
            roles[place] = _related_role(lines[place], roles[place])
        index += titles + 1
    return roles


@functools.lru_cache(maxsize=_CACHE_SIZE)
def complete_cut(text: str) -> tuple[str, str] | None:
    """The footer string (case-folded) and role of a line that a cut dump ends inside of: a strict prefix of one,
    or a form field's label whose bracket (its type) is cut: the label's string.

    >>> complete_cut("Tin nổi b"), complete_cut("Tin nổi bật(Ti")
    (('tin nổi bật', 'sp_field'), ('tin nổi bật', 'sp_field'))
    """
    if len(text) > _MAX_LABEL_CHARS:
        return None
    folded = label_key(text)
    if len(folded) < _MIN_CUT_CHARS:
        return None
    if "(" in folded and (bracket := _match(_CUT_BRACKET, folded)):
        label = LABELS.get(bracket.group(1))
        return (bracket.group(1), label.role) if label is not None and label.role == "sp_field" else None
    candidates = _FOOTER_STRINGS_BY_HEAD.get(folded[:_MIN_CUT_CHARS], ())
    return next(((string, role) for string, role in candidates if string.startswith(folded) and string != folded), None)


def _cut_content_type(text: str) -> bool:
    """Whether a content type line ends inside a word of a known content type's name (`Tin Tức Mở Rộn`): a cut dump's
    last line (`Tin Tức` may be a name of its own).

    >>> [_cut_content_type("Content Type: " + name) for name in ("Tin Tức Mở Rộn", "Tin Tức Mở Rộng", "Tin Tức")]
    [True, False, False]
    """
    match = _match(_CONTENT_TYPE, text)
    value = label_key(match.group(1)) if match else ""
    return len(value) >= _MIN_CUT_CHARS and any(
        name.startswith(value) and name[len(value) : len(value) + 1] not in ("", " ") for name in _CONTENT_TYPE_NAMES
    )


def cut_template_role(text: str) -> str | None:
    """The footer role of a line that a cut dump ends inside of (`complete_cut`): a strict prefix of a template string,
    or a form field's label cut inside its bracket.

    >>> cut_template_role("Manage PermissionsManage Permiss"), cut_template_role("Lượt người x"), cut_template_role("Bi")
    ('sp_action', 'views', None)
    """
    completed = complete_cut(text)
    return completed[1] if completed else None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def template_role(text: str) -> str | None:
    """The role of a line that the template alone identifies, without context.

    >>> template_role("Lượt người xem:  Views:   1280"), template_role("Created at by")
    ('views', 'audit')
    """
    label = lookup_label(text)
    if label is not None and label.role in FOOTER_ROLES:
        return label.role
    return _pattern_role(text)


_TEMPLATE_PATTERNS = (
    (_DATE_HEADER, "date_header"),
    (_WIDGET, "font_size_widget"),
    (_VIEWS, "views"),
    (_CONTENT_TYPE, "content_type"),
    (_AUDIT, "audit"),
)
# The patterns after the date header's as one, tried in the same order: one call per line instead of four.
# Each is a named group around the whole pattern, so the role is the group that closed last.
_FRAME_LINE = regex.compile("|".join(f"(?P<{role}>{pattern.pattern})" for pattern, role in _TEMPLATE_PATTERNS[1:]),
                            regex.IGNORECASE)
# What the frame's patterns open with ("Cỡ chữ", "Font size", "Lượt xem", "Views", "Content Type", "Created", "Last
# modified"), in either case: no other character is one of these letters to `regex`'s IGNORECASE.
_FRAME_FIRST_LETTERS = frozenset("cflvCFLV")
# The longest line `_DATE_HEADER` matches (a test holds it), and a newline after it, which its `$` allows.
_LONGEST_DATE_HEADER = 105
# A led header's lead is a label and a time at most: the longest line tried as one (`re` has no time limit).
_MAX_LED_HEADER_CHARS = 2 * _LONGEST_DATE_HEADER
_MAX_TEMPLATE_CHARS = max(_MAX_LABEL_CHARS, _LONGEST_DATE_HEADER + 1)


def _pattern_role(text: str) -> str | None:
    """The role of the first of `_TEMPLATE_PATTERNS` that a line matches: the date header's (of `re`), then
    the others' as one.

    >>> _pattern_role("Wednesday, 05/01/2022, 16:00"), _pattern_role("Font size: (A-)"), _pattern_role("News")
    ('date_header', 'font_size_widget', None)
    """
    if _DATE_HEADER.match(text):
        return "date_header"
    return _frame_role(text)


def _frame_role(text: str) -> str | None:
    """The role of the first of the frame's patterns (`_FRAME_LINE`: widget, views, content type, audit) that a
    line matches; each opens with a letter of `_FRAME_FIRST_LETTERS`, which most lines do not (a test holds it).

    >>> _frame_role("Lượt xem: 12"), _frame_role("The views: 12")
    ('views', None)
    """
    if text[:1] not in _FRAME_FIRST_LETTERS:
        return None
    match = _match(_FRAME_LINE, text)
    return match.lastgroup if match else None


def _line_template_role(text: str) -> str | None:
    """`template_role`, without its cache for a line longer than any label or date header (a paragraph of the
    body, new on every page: in the cache, it would only push template lines out): the frame's patterns alone
    may match it.

    >>> _line_template_role("Lượt người xem:  Views:   " + "1" * 200), _line_template_role("Chia sẻ:")
    ('views', 'share')
    """
    if len(text) > _MAX_TEMPLATE_CHARS:
        return _frame_role(text)
    return template_role(text)


def header_language(text: str) -> str:
    """The language of a date header's words: Vietnamese (the template's), English, or none (digits alone).

    >>> [header_language(text) for text in ("Thứ 4, Ngày 05/01/2022, 16:00", "Wednesday, January 5, 2022", "05/01/2022 16:00")]
    ['vi', 'en', 'none']
    >>> header_language("Wednesday, 05/01/2022 - Viet Nam")  # a place's name is no word of the header's
    'en'
    """
    if _search(_VIETNAMESE_HEADER_WORD, text):
        return "vi"
    return "en" if _search(_ENGLISH_HEADER_WORD, text) else "none"


def agency_tag(text: str) -> str | None:
    """The agency tag that leads a paragraph, upper-cased.

    >>> agency_tag("PORTAL- On the afternoon"), agency_tag("Portal – Lead"), agency_tag("Mr. Dung - said")
    ('PORTAL', 'PORTAL', None)
    >>> agency_tag("(BDO) Sáng 5-1, tỉnh họp"), agency_tag("(VIDEO) Lễ hội"), agency_tag("(Ảnh minh họa) Sáng 5-1")
    ('BDO', None, None)
    >>> agency_tag("CỔNG TTĐT - Chiều 4/1, tại"), agency_tag("(CTTĐT) - Sáng 5/1"), agency_tag("CONG TTDT - Chieu 4/1")
    ('CỔNG TTĐT', 'CTTĐT', 'CONG TTDT')
    >>> agency_tag("CỔNG TTDT - Chiều 4/1"), agency_tag("Cổng ttđt - Sáng 6/4")  # (`_PORTAL_NAME_TAG`: any case, marks)
    ('CỔNG TTDT', 'CỔNG TTĐT')
    """
    match = _agency_match(text)
    return (match.group(1) or match.group(2) or match.group(3)).upper() if match else None


def strip_agency_tag(text: str) -> str:
    """A paragraph without its leading agency tag.

    >>> strip_agency_tag("BEGIC – Afternoon of March 4th")
    'Afternoon of March 4th'
    """
    tag = _agency_match(text)  # a match and a slice: half the time of a substitution
    return text[tag.end():] if tag else text


def _agency_match(text: str) -> regex.Match | None:
    """`_AGENCY`'s match of a paragraph; none without a bracket that opens it or a dash where a tag's stands (at most
    12 characters and a space before it), as most paragraphs are: four substring tests, a fifth of the pattern's time."""
    head = text[:_TAG_DASH_REACH]
    if "-" not in head and "–" not in head and "—" not in head and not text.startswith("("):
        return None
    return _match(_AGENCY, text)


def _not_a_name(word: str) -> bool:
    """A function word in a credit's names, whatever its case, but a capitalised one spelt like a Vietnamese name."""
    return word in _NOT_IN_NAMES or (word.casefold() in _NOT_IN_NAMES and word.casefold() not in _NAMES_LIKE_FUNCTION_WORDS)


def _in_brackets(text: str) -> bool:
    return text.startswith("(") and text.endswith(")")


def _mixes_cases(words: list[str]) -> bool:
    """Names in capitals with a lower-case word among them: a description ("Delegates and ICF leaders"), but
    for joiners ("and", "và") and the words of an organisation's name ("Binh Duong newspaper", not
    "Leaders visit Binh Duong province": "visit" describes)."""
    capitalised = [word[0].isupper() for word in words if word[0].isalpha() and word.casefold() not in _NOT_NAME_WORDS]
    return any(capitalised) and not all(capitalised)


def parse_credits(text: str) -> dict[str, str] | None:
    """The people named in a credit line; None unless the whole line is credit parts of known words
    (a sentence that begins "Written by 20 experts, …" is none).

    >>> parse_credits("Reported by Mai Xuan - Translated by Nguyen Trang")
    {'reporter': 'Mai Xuan', 'translator': 'Nguyen Trang'}
    >>> parse_credits("Tin, ảnh: Thanh Hằng - Văn Tâm")
    {'reporter': 'Thanh Hằng, Văn Tâm', 'photographer': 'Thanh Hằng, Văn Tâm'}
    >>> parse_credits("Written by 20 experts over two years, the plan was approved.") is None
    True
    >>> parse_credits("Theo TTXVN"), parse_credits("Theo báo cáo, năm nay tỉnh tăng trưởng 8%.")
    ({'source': 'TTXVN'}, None)
    >>> parse_credits("According to VNA"), parse_credits("According to Mr. Nguyen Van Loi, the plan is ready.")
    ({'source': 'VNA'}, None)
    >>> parse_credits("Nguồn: Cục Thống kê tỉnh Bình Dương"), parse_credits("Photo: Courtesy of Becamex IDC")
    ({'source': 'Cục Thống kê tỉnh Bình Dương'}, {'photographer': 'Becamex IDC'})
    """
    if _in_brackets(text):  # "(Ảnh: Hồng Phúc)"
        text = text[1:-1]
    text = _bracketed_part_apart(text)
    if according := _match(_ACCORDING_TO, text):  # "Theo TTXVN", "According to VNA": its source, as "Nguồn: TTXVN"
        text = "nguồn: " + text[according.end():]
    if by := _match(_BY_ALONE, text):  # "By Mai Xuan": its reporter, as "Reported by Mai Xuan", if a person's name
        credits = _credit_parts("reported by " + text[by.end():], [])
        named = _vietnamese_name_words(credits.get("reporter", "")) if credits is not None else 0
        return credits if named >= _MIN_BY_NAME_WORDS else None
    if not _may_lead_a_credit(text):
        return None
    if ". " in text and len(sentences := _search_split(_NEXT_CREDIT_SENTENCE, text)) > 1:
        return _credits_of_each(sentences)
    return _credit_parts(text, [])


# A credit part's bracket at a line's end, round or square, with the one that opens it ("Mai Xuan [Translated by …]").
_OPENING_BRACKETS = {")": "(", "]": "["}
# The translator's field words: alone in such a bracket after names ("Hoàng Anh (dịch)") they name a translator.
_TRANSLATOR_WORDS = frozenset(word for word, field in CREDIT_FIELDS.items() if field == "translator")


def _bracketed_part_apart(text: str) -> str:
    """A line whose last bracket, round or square, at its end, holds a credit part of its own (its field words
    first) with that part after a dash as another credit part, so that it leaves the names before it: "Mai Xuan
    (Translated by Hoang Anh)", "Mai Xuan [Translated by Hoang Anh]", "Translated by Hoang Anh (Source: Binh Duong
    Newspaper)"; a translator's field word alone there names the names before it (the last dashed part's) a
    translator's, as a part with the word first: "Hoàng Anh (dịch)", "Mai Xuân - Hoàng Anh (dịch)"; any other line as
    it is ("Minh Duy (tổng hợp)", whose names the bare note stays with: `_bare_compiled_note`).

    >>> _bracketed_part_apart("Mai Xuan [Translated by Hoang Anh]"), _bracketed_part_apart("Minh Duy (tổng hợp)")
    ('Mai Xuan - Translated by Hoang Anh', 'Minh Duy (tổng hợp)')
    >>> _bracketed_part_apart("Hoàng Anh (dịch)"), _bracketed_part_apart("Mai Xuân - Hoàng Anh (dịch)")
    ('dịch: Hoàng Anh', 'Mai Xuân - dịch: Hoàng Anh')
    """
    # (most lines: no bracket at the end)
    if not text.endswith((")", "]")) or (opening := text.rfind(_OPENING_BRACKETS[text[-1]])) <= 0:
        return text
    inner = text[opening + 1 : -1]
    if (word := _field_word(inner.strip())) in _TRANSLATOR_WORDS:  # the note alone names the names before it translators'
        return _translated_names(text, opening, word)
    lead = _match(_CREDIT_LEAD, inner)
    if lead is None or not _are_field_words([_field_word(word) for word in _CREDIT_WORDS.split(lead.group(1))]):
        return text
    return f"{text[:opening].rstrip()} - {inner}"


def _translated_names(text: str, opening: int, word: str) -> str:
    """A sign-off whose bracket from ``opening`` holds a translator's field ``word`` alone with that word first before
    the names of its last part (after a dash, a bar or a semicolon), as a part with its field words: "Mai Xuân - dịch:
    Hoàng Anh", "Mai Xuân | dịch: Hoàng Anh"; a part that has its own field (a source's, "Nguồn: Báo Bình Dương
    (dịch)") keeps the note, as it is.

    >>> _translated_names("Mai Xuân - Hoàng Anh (dịch)", 21, "dịch")
    'Mai Xuân - dịch: Hoàng Anh'
    >>> _translated_names("Nguồn: Báo Bình Dương (dịch)", 22, "dịch")
    'Nguồn: Báo Bình Dương (dịch)'
    """
    # (the credits' separators spaced, a comma none: it lists one part's names, "Mai Xuân, Hoàng Anh (dịch)"; a dash
    # between two words may be a place's, "Bà Rịa-Vũng Tàu")
    parts = [
        found for found in _CREDIT_SEPARATOR.finditer(text, 0, opening)
        if found.group().strip() != "," and found.group().strip() != found.group()
    ]
    names_at = parts[-1].end() if parts else 0
    names = text[names_at:opening].rstrip()
    if _match(_CREDIT_LEAD, names) is not None or _match(_ACCORDING_TO, names) is not None:
        return text
    return f"{text[:names_at]}{word}: {names}"


def _credits_of_each(sentences: list[str]) -> dict[str, str] | None:
    """The credits of a line whose parts are sentences ("Reported by Mai Xuan. Translated by Nguyen Trang"): each
    a credit line, or none of them.

    >>> parse_credits("Reported by Mai Xuan. Translated by Nguyen Trang")
    {'reporter': 'Mai Xuan', 'translator': 'Nguyen Trang'}
    >>> parse_credits("Photo: N. Thạch"), parse_credits("Reported by Mai Xuan. The plan was approved by the board")
    ({'photographer': 'N. Thạch'}, None)
    """
    named: dict[str, str] = {}
    for sentence in sentences:
        credits = _credit_parts(sentence, []) if _may_lead_a_credit(sentence) else None
        if credits is None:
            return None
        named.update((key, f"{named[key]}, {names}" if key in named else names) for key, names in credits.items())
    return named


def _search_split(pattern: regex.Pattern, text: str) -> list[str]:
    """``pattern.split(text)``, with the time limit on a long text."""
    if len(text) <= LIMITED_TEXT_CHARS:
        return pattern.split(text)
    return pattern.split(text, timeout=REGEX_TIMEOUT_SECONDS)


def _may_lead_a_credit(text: str) -> bool:
    """Whether a line has what ends a credit part's field words (`_CREDIT_LEAD`): a colon, "by" or "courtesy", in
    any case (to `regex`'s IGNORECASE, no other characters are their letters but "ſ", which case-folds to "s"; a
    test holds it): most lines have none, and skip the credit patterns.

    >>> _may_lead_a_credit("Photo BY Minh Duy"), _may_lead_a_credit("Binh Duong welcomes investors")
    (True, False)
    """
    if ":" in text:
        return True
    folded = text.casefold()
    return "by" in folded or "courtesy" in folded


# `parse_credits` cached, for the body's lines: a credit line is read for its role, then for its credits (about
# 20 µs each time). Its dicts are shared: read, never changed.
_body_credits = functools.lru_cache(maxsize=_CACHE_SIZE)(parse_credits)


def _credit_parts(text: str, fields: list[str]) -> dict[str, str] | None:
    """`parse_credits` of a line whose parts each open with their field words, or, the first, name the
    people of ``fields`` without them (a sign-off's names are its reporter's)."""
    named: dict[str, list[str]] = {}
    position = parts = 0
    lower_case = people_only = story_alone = False
    while position < len(text):
        separator = ""
        if position and (found := _match(_CREDIT_SEPARATOR, text, position)):
            separator, position = found.group().strip(), found.end()
        lead = _match(_CREDIT_LEAD, text, position)
        lead_words = [_field_word(word) for word in _CREDIT_WORDS.split(lead.group(1))] if lead is not None else []
        further_source = False
        if lead is not None and (_are_field_words(lead_words) or _are_field_words(lead_words, among_parts=True)):
            # (a story's word alone credits its writer only beside another part with its field words: below)
            story_alone = story_alone or not _are_field_words(lead_words)
            fields, position = [CREDIT_FIELDS[word] for word in lead_words], lead.end()
            people_only = _PEOPLE_ONLY_FIELD_WORDS.issuperset(lead_words) or not _WRITING_WORDS.isdisjoint(lead_words)
            if len(lead_words) == 1 and lead_words[0] in _COMPILED_FIELD_WORDS and _compiled_from_a_source(text, position):
                fields, people_only = ["source"], False
            if len(fields) > 1:
                fields = list(dict.fromkeys(fields))  # "Ảnh/video: …" names its photographer once
        elif not fields:
            return None
        elif position and all(key == "source" for key in fields):
            # A source's name goes on no further part ("Theo Chủ tịch X, Bình Dương sẽ …" tells), but another
            # source's name in capitals after a comma ("Nguồn: TTXVN, VnExpress").
            if separator != ",":
                return None
            further_source = True
        if courtesy := _match(_COURTESY, text, position):
            position = courtesy.end()
        names, organisation = _part_names(text, position, fields, courtesy is not None)
        if (
            names is None or (further_source and not _another_source(names.group()))
            or (people_only and not _names_a_maker(names.group(), organisation))
        ):
            return None
        lower_case = lower_case or (not organisation and names.group()[0].islower())
        written = names.group().strip().rstrip(".")
        post = _newsroom_post(written) if fields == ["source"] else None  # "Theo PV": the paper's own people, no source
        for key in [post] if post else fields:
            named.setdefault(key, []).append(_names_apart(written))
        position, parts = names.end(), parts + (lead is not None)
        if organisation and (provided := _PROVIDED.match(text, position)):
            position = provided.end()
        if _match(_LINE_END, text, position):
            break
        if not _match(_CREDIT_SEPARATOR, text, position):
            return None
    if lower_case and parts < 2:  # "Photo: delegates" describes; "reported by mai xuan - translated by …" credits
        return None
    if story_alone and parts < 2:  # "Story: Binh Duong Spring Festival", "Text: Hong Phuc" alone label a title
        return None
    return {key: ", ".join(names) for key, names in named.items()} or None


def _field_word(word: str) -> str:
    """A credit part's lead word case-folded, as `CREDIT_FIELDS` keys it with its marks where a dump lost them.

    >>> _field_word("Nguon"), _field_word("Tong hop"), _field_word("Photo")
    ('nguồn', 'tổng hợp', 'photo')
    >>> _field_word(unicodedata.normalize("NFD", "Dịch")) == "dịch"  # (composed: a page not through clean's NFC)
    True
    """
    folded = unicodedata.normalize("NFC", word.casefold())  # (a page given unnormalised: "dịch" decomposed, NFD)
    return _MARKED_FIELD_WORDS.get(folded, folded)


def _compiled_from_a_source(text: str, position: int) -> bool:
    """Whether a part that says what the article was compiled from names a source at ``position``, not people:
    another source's name (`_another_source`: "TTXVN", "Báo Tuổi Trẻ"), or several joined by "và", "and" or "&"
    ("TTXVN và VnExpress", as `Nguồn:` reads them), that each bear a source's mark (`_marked_source`: a heading's
    or a section's words in Title Case are none, "Results and Tasks", "Smart City"), not the newsroom's post ("PV",
    "PV và TTXVN").

    >>> parse_credits("Tổng hợp: TTXVN"), parse_credits("Tổng hợp: PV"), parse_credits("Tổng hợp: Các Dự Án Lớn")
    ({'source': 'TTXVN'}, {'reporter': 'PV'}, None)
    >>> parse_credits("Tổng hợp: TTXVN và VnExpress"), parse_credits("Compiled: VNA"), parse_credits("Tổng hợp: Smart City")
    ({'source': 'TTXVN và VnExpress'}, {'source': 'VNA'}, None)
    """
    name = _credit_names(text, position, organisation=True)
    if name is None:
        return False
    return all(
        _newsroom_post(part) is None and _another_source(part) and _marked_source(part)
        for part in _search_split(_JOINED_NAMES, name.group())
    )


def _marked_source(name: str) -> bool:
    """Whether a source's name bears a source's mark: an organisation's head word, a newspaper's name
    (`_PRESS_NAMES`) or an English one's word (`_PRESS_WORDS`), a word with capitals inside ("TTXVN", "VnExpress") or
    a web address.

    >>> _marked_source("VnExpress"), _marked_source("Báo Bình Dương"), _marked_source("Results")
    (True, True, False)
    >>> _marked_source("Vietnam News"), _marked_source("Smart City")
    (True, False)
    """
    return (
        _ORGANISATION_HEADS.match(name) is not None or _without_marks(name) in _PRESS_NAMES
        or any(
            sum(map(str.isupper, word)) > 1 or "." in word.rstrip(".") or word.casefold() in _PRESS_WORDS
            for word in name.split()
        )
    )


def _names_apart(names: str) -> str:
    """A credit's names joined by "và", "and" or "&" (`_JOINED_NAMES`, not in a bracket's note) listed apart by
    commas, as a dash or comma parts them, where each is people's Vietnamese names or the newsroom's post
    (`_newsroom_post`), a place's name as a person's (`_vietnamese_name_words` marked: whether a sign-off names
    places alone, `sign_off_credits` asks of the names apart, "Mai Xuân và Hà Nam"); other names keep their joiner: a
    firm's ("Ernst & Young", "Johnson & Johnson"), a name with an organisation's ("Hong Phuc and Binh Duong
    Newspaper"), an organisation's in capitalised syllables, whose first part opens like one (`_ORGANISATION_HEADS`:
    "Sở Tài Nguyên và Môi Trường", one department).

    >>> _names_apart("Mai Xuan and Hong Phuc"), _names_apart("Hồng Phúc và CTV"), _names_apart("Ernst & Young")
    ('Mai Xuan, Hong Phuc', 'Hồng Phúc, CTV', 'Ernst & Young')
    >>> _names_apart("Sở Tài Nguyên và Môi Trường"), _names_apart("Mai Xuân và Hà Nam")
    ('Sở Tài Nguyên và Môi Trường', 'Mai Xuân, Hà Nam')
    """
    parts = _search_split(_JOINED_NAMES, names)
    if len(parts) == 1 or not all(
        (_vietnamese_name_words(part, marked=True) and not _ORGANISATION_HEADS.match(part)) or _newsroom_post(part)
        for part in parts
    ):
        return names
    return ", ".join(parts)


def _names_a_maker(name: str, organisation: bool) -> bool:
    """Whether a video's or graphic's credit names its maker: people's Vietnamese names, or a name of at most
    two words with an acronym ("BTV", "Becamex IDC", "TTXVN"), not a title ("Video: Binh Duong Innovation
    Region", "Video: Highlights").

    >>> _names_a_maker("Minh Duy", False), _names_a_maker("TTXVN", False), _names_a_maker("Smart City", False)
    (True, True, False)
    """
    words = name.split()
    if len(words) <= _MAX_MAKER_WORDS and any(len(word) > 1 and word.isupper() for word in words):
        return True
    return not organisation and _vietnamese_name_words(name) > 0 and not _ends_in_no_given_name(name)


def _are_field_words(words: list[str], among_parts: bool = False) -> bool:
    """Whether a credit part's lead words are field words, no two the same without their marks ("Anh - Ảnh:"
    names Anh, then opens the photographer's part), a story's word (`_WRITING_WORDS`) beside a picture's, or alone
    ``among_parts``, where the line has another credit part with its field words ("Story: Mai Xuan - Photo: Hong Phuc").

    >>> _are_field_words(["story"]), _are_field_words(["story"], among_parts=True), _are_field_words(["story", "photos"])
    (False, True, True)
    """
    return all(word in CREDIT_FIELDS for word in words) and (
        len(words) < 2 or len({_without_marks(word) for word in words}) == len(words)
    ) and (among_parts or _WRITING_WORDS.isdisjoint(words) or any(CREDIT_FIELDS[word] == "photographer" for word in words))


def _part_names(text: str, position: int, fields: list[str], courtesy: bool) -> tuple[regex.Match | None, bool]:
    """A credit part's names from ``position``, and whether they are an organisation's (a source's, one "courtesy
    of", one that provided the picture, "Ảnh: do Ban tổ chức cung cấp", one that opens like a Vietnamese
    organisation's name, `_names_an_organisation`) or a picture's origin ("Ảnh: tư liệu") rather than people's."""
    if courtesy or all(key == "source" for key in fields):
        return _credit_names(text, position, organisation=True), True
    people = _credit_names(text, position, organisation=False)
    if people is not None and people.group()[0].isupper() and _ends_part(text, people.end()):
        if _match(_NAME_DASH_HERE, text, people.end()):  # "Photo: Binh Duong Radio - Television": one name
            name = _credit_names(text, position, organisation=True)
            if name is not None and _names_no_description(text, name, fields):
                return name, True
            return people, False
        if not _in_word_hyphen(text, people.end()):  # "Ảnh: Đài PT-TH Bình Dương": an organisation's, maybe
            return people, False  # (the usual case, read first: the other readings' patterns cost 2 µs a line)
    if "photographer" in fields and (origin := _match(_PICTURE_ORIGINS, text, position)):
        return origin, True
    start = position + 3 if text.startswith("do ", position) else position  # "do" (by)
    name = _credit_names(text, start, organisation=True)
    if (
        name is not None and (_PROVIDED.match(text, name.end()) or _match(_ORGANISATION_HEADS, text, start))
        and _names_no_description(text, name, fields)
    ):
        return name, True
    return people, False


def _names_no_description(text: str, name: regex.Match, fields: list[str]) -> bool:
    """Whether an organisation's reading of a credit part is its name, not a description of the picture: no
    description's word, and either who provided it ("Ảnh: Gia đình nạn nhân cung cấp", not "… do công ty cung
    cấp") or a name as organisations' are (`_names_an_organisation`: "Ảnh: Đài PT - TH tỉnh đưa tin" describes)."""
    return _DESCRIPTION_WORDS.isdisjoint(name.group().casefold().split()) and (
        _PROVIDED.match(text, name.end()) is not None or _names_an_organisation(name.group(), fields)
    )


def _in_word_hyphen(text: str, position: int) -> bool:
    """Whether a hyphen at ``position`` joins two abbreviations into one ("PT-TH", "GD-ĐT", "LĐ-TB&XH"), with no
    space around it; between names ("Minh Duy-Hồng Phúc", "Báo Bình Dương-Minh Duy") it parts them.

    >>> _in_word_hyphen("Đài PT-TH", 6), _in_word_hyphen("Trường Giang-Minh Duy", 12)
    (True, False)
    """
    if text[position : position + 1] != "-":
        return False
    before = text[:position].rsplit(None, 1)[-1] if text[:position].strip() else ""
    return _ABBREVIATION.fullmatch(before) is not None and _ABBREVIATION.match(text, position + 1) is not None


def _names_an_organisation(name: str, fields: list[str]) -> bool:
    """Whether a name that opens like a Vietnamese organisation's is one: after a photo's field alone, which
    opens captions too, at most `_MAX_ORGANISATION_WORDS` words, no more than `_MAX_LOWER_CASE_RUN` lower-case
    ones in a row, as a name's compound words have them, and after its last capitalised word one such word at
    most but words of places ("Ảnh: Trung tâm Truyền thông tỉnh", "Ảnh: Sở Y tế"; "Ảnh: Sở Xây dựng họp báo",
    "Ảnh: Báo Bình Dương trao quà" describe).

    >>> [_names_an_organisation(name, ["photographer"]) for name in ("Trung tâm Truyền thông tỉnh", "Báo Bình Dương trao quà")]
    [True, False]
    >>> [_names_an_organisation(name, ["photographer"]) for name in ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh họp")]
    [True, False]
    """
    return any(key != "photographer" for key in fields) or _shaped_as_an_organisation(name)


def _shaped_as_an_organisation(name: str) -> bool:
    """`_names_an_organisation`'s test of a name's words, whatever its field.

    >>> _shaped_as_an_organisation("Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương")
    True
    """
    words, opened = _name_words(name)
    run = longest = 0
    for word in words:
        run = run + 1 if not word[0].isupper() else 0
        longest = max(longest, run)
    trailing = 0 if opened else 1
    return len(words) <= _MAX_ORGANISATION_WORDS and longest <= _MAX_LOWER_CASE_RUN and _trailing_words(words) <= trailing


def _only_places_after_the_opening(name: str) -> bool:
    """Whether a long name's words after a body's opening (`_NAME_OPENING`) are capitalised or places' alone: a
    verb there ("Ủy ban nhân dân tỉnh Bình Dương gửi Bộ Công Thương") makes it a sentence."""
    words, opened = _name_words(name)
    return opened and all(word[0].isupper() or word.casefold() in _PLACE_WORDS for word in words[1:])


def _name_words(name: str) -> tuple[list[str], bool]:
    """An organisation's name's words, a government body's name's opening as one (`_NAME_OPENING`), and whether it
    opens so (then only places, capitalised or not, may follow its last capitalised word).

    >>> _name_words("Ban Quản lý các khu công nghiệp tỉnh"), _name_words("Sở Y tế")
    ((['Ban Quản lý các khu công nghiệp', 'tỉnh'], True), (['Sở', 'Y', 'tế'], False))
    """
    opening = _NAME_OPENING.match(name)
    rest = name[opening.end() :] if opening else name
    words = _words_without_dashes(rest)
    return ([opening.group(), *words], True) if opening else (words, False)


def _words_without_dashes(text: str) -> list[str]:
    """A name's words, the dashes between its halves left out ("Lao động - Thương binh").

    >>> _words_without_dashes("Sở Lao động - Thương binh")
    ['Sở', 'Lao', 'động', 'Thương', 'binh']
    """
    return [word for word in text.split() if word not in ("-", "–")]


def _trailing_words(words: list[str]) -> int:
    """How many words after a name's last capitalised one are no words of places (a compound's syllables, or a
    description's: "Trung tâm Kiểm soát bệnh tật" 3, "Bộ Y tế vừa ban hành hướng dẫn mới" 7, "Hội Nông dân tỉnh" 1).

    >>> _trailing_words("Viện Hàn lâm Khoa học xã hội".split()), _trailing_words("Bộ Y tế vừa ban hành hướng dẫn".split())
    (2, 6)
    """
    count = 0
    for word in reversed(words):
        if word[0].isupper():
            break
        count += word.casefold() not in _PLACE_WORDS
    return count


def _ends_part(text: str, position: int) -> bool:
    """Whether a credit part may end at ``position``: the line's end (or a full stop there), or a separator."""
    return (
        _match(_LINE_END, text, position) is not None
        or _match(_CREDIT_SEPARATOR, text, position) is not None
    )


def _another_source(name: str) -> bool:
    """Whether a name after a source's and a comma is another source's: its words in capitals, or a web
    address, and not Vietnamese syllables alone, a person's or a place's name, but a newspaper's
    (`_PRESS_NAMES`) or an organisation's ("Nguồn: TTXVN, VnExpress", "baobinhduong.vn", "Tuổi Trẻ", "Báo Nhân
    Dân"; not "Bình Dương sẽ …", "1900", "Theo TTXVN, Minh Duy", "Theo BBC, Hà Nội").

    >>> _another_source("VnExpress"), _another_source("Tuổi Trẻ"), _another_source("Hà Nội")
    (True, True, False)
    """
    if _ORGANISATION_HEADS.match(name) is not None:  # "Theo TTXVN, Bộ Y tế" (not "…, Sở Y tế cung cấp số liệu")
        words, opened = _name_words(name)
        trailing = 0 if opened else _MAX_SOURCE_TRAILING
        return _DESCRIPTION_WORDS.isdisjoint(name.casefold().split()) and _trailing_words(words) <= trailing
    return all(word[0].isupper() or "." in word.rstrip(".") for word in name.split()) and (
        not _in_syllables(_WORD.findall(name)) or _without_marks(name) in _PRESS_NAMES
    )


def _in_syllables(words: list[str]) -> bool:
    """Whether words are capitalised Vietnamese syllables, as a person's or a place's name has them."""
    return bool(words) and all(word[0].isupper() and _VIETNAMESE_SYLLABLE.fullmatch(_without_marks(word)) for word in words)


def _credit_names(text: str, position: int, organisation: bool) -> regex.Match | None:
    """The names a credit part gives from ``position``: people's (`_CREDIT_NAMES`, with no function word and
    no description: "Photo: Delegates and ICF leaders" describes), or, after a source's field or "courtesy
    of", an organisation's as written (`_ORGANISATION_NAME`)."""
    if organisation:
        name = _match(_ORGANISATION_NAME, text, position)
        words = name.group().split() if name is not None else []
        vietnamese = name is not None and not name.group().isascii()  # its syllables may be spelt as English words
        if not words or any(
            (_not_a_name(word) and not (vietnamese and word.casefold() in _NAMES_LIKE_FUNCTION_WORDS))
            or (word.casefold() in _VIETNAMESE_SENTENCE_WORDS and before.casefold() != "hàng")
            for before, word in zip(["", *words[:-1]], words, strict=True) if word.casefold() not in _ORGANISATION_JOINERS
        ):  # ("hàng không", aviation, is a name's: "Cục Hàng không Việt Nam"; "an" of "Bộ Công an", police)
            return None  # "Source: Investors are returning to the province"
        core = _YEAR_OF_FIGURES.sub("", name.group())  # "…, năm 2022" and a dash are no words of the name
        if len(_words_without_dashes(core)) > _MAX_PLAIN_ORGANISATION_WORDS and (
            not _shaped_as_an_organisation(core) or not _only_places_after_the_opening(core)
        ):
            return None  # "Theo Bộ Y tế cả nước ghi nhận 15.000 ca mắc mới ngày 5/9." tells
        return None if words[-1].endswith(".") and words[-1][0].islower() else name  # "… cho biết." tells
    names = _match(_CREDIT_NAMES, text, position)
    words = _BRACKETED.sub(" ", names.group()).split() if names is not None else []  # not "(tổng hợp)"
    if not words or any(map(_not_a_name, words)) or (words[0].casefold() in _NOT_IN_NAMES - _SURNAMES_LIKE_FUNCTION_WORDS):
        return None
    return None if _mixes_cases(words) else names  # "… Nguyen Van Loi speaks" describes too


def sign_off_credits(text: str) -> dict[str, str] | None:
    """The credits of an article's sign-off: a line that opens with Vietnamese names alone, the reporters, as a
    credit line gives them after its field word ("Minh Duy", "NGỌC THẠCH", "Phương Lê - Thanh Tâm", "Minh Duy
    (tổng hợp)"), or with the newsroom's post ("PV", "BBT"), maybe followed by other credit parts ("Mai Xuan -
    Translated by Nguyen Trang"), a note after a dash that they compiled it left out (`_COMPILED_NOTE`); None for
    anything else (a heading, "Smart City Vision").

    >>> sign_off_credits("Phương Lê - Thanh Tâm"), sign_off_credits("Smart City Vision")
    ({'reporter': 'Phương Lê, Thanh Tâm'}, None)
    >>> sign_off_credits("N.Thạch - T.T.Hằng"), sign_off_credits("Mai Xuan - Translated by Nguyen Trang")
    ({'reporter': 'N.Thạch, T.T.Hằng'}, {'reporter': 'Mai Xuan', 'translator': 'Nguyen Trang'})
    >>> sign_off_credits("Nhóm PV"), sign_off_credits("BBT")  # the newsroom's post (`_NEWSROOM_SIGN_OFFS`)
    ({'reporter': 'Nhóm PV'}, {'editor': 'BBT'})
    >>> sign_off_credits("PV - Tổng hợp"), sign_off_credits("PV - Ảnh: Minh Duy")  # a note that they compiled it
    ({'reporter': 'PV'}, {'reporter': 'PV', 'photographer': 'Minh Duy'})
    >>> sign_off_credits("Quảng Ninh."), sign_off_credits("Thanh Hóa - TH")  # a place's name, but after the note
    (None, {'reporter': 'Thanh Hóa'})
    >>> sign_off_credits("Thanh Hóa (tổng hợp)")  # the bare note in brackets marks it too, and stays with the names
    {'reporter': 'Thanh Hóa (tổng hợp)'}
    >>> sign_off_credits("Thu Thảo (theo baobinhduong.vn)")  # a repost's source in brackets, with no note
    {'reporter': 'Thu Thảo', 'source': 'baobinhduong.vn'}
    >>> sign_off_credits("Ao Dai"), sign_off_credits("Thanh Tra - Translated by Nguyen Trang")  # a thing; a translator's
    (None, {'reporter': 'Thanh Tra', 'translator': 'Nguyen Trang'})
    """
    text = _bracketed_part_apart(text)
    noted = _sub(_COMPILED_NOTE, _compiled_from, text)
    marked = noted != text or _bare_compiled_note(text)
    text = _sub(_SOURCE_NOTE, _compiled_from, noted) if "(" in noted else noted  # (a test: most sign-offs have no bracket)
    if (post := _newsroom_post(text)) is not None:
        return {post: text.strip().rstrip(".")}
    if (after_post := _names_after_a_post(text)) is not None:
        return after_post
    named = _credit_parts(text, ["reporter"])
    if named is None or "reporter" not in named or related_label(text) is not None:  # "Xem Thêm"
        return None
    if (post := _newsroom_post(named["reporter"])) is not None:  # the post, then parts with their field words
        return {post: named["reporter"], **{key: names for key, names in named.items() if key != "reporter"}}
    people = marked or _borne_by_people(named["reporter"])  # (places' names that people bear: "Hà Nam")
    # A translator's part, unlike a photographer's or a source's, never follows a heading or a caption: it tells names.
    told = marked or "translator" in named
    if (
        _vietnamese_name_words(named["reporter"], people) not in _SIGN_OFF_WORDS
        or _has_caption_cue(named["reporter"])
        or (not told and (_ends_in_no_given_name(named["reporter"]) or _names_an_unmarked_thing(named["reporter"])))
    ):
        return None  # (a caption's cue: "Ông Hùng (phải)"; a heading's noun or a thing's name, unless a note marks
        # names: "Kim Ngạch", "Ao Dai")
    return named


def _marked_sign_off_credits(text: str) -> dict[str, str] | None:
    """`sign_off_credits` of a sign-off that a mark tells from a headline in names' shape, as under a related-news
    block's titles: the newsroom's post, before the names too, a note that its people compiled it, or a credit part
    after the names ("PV", "CTV Văn Thắng", "Minh Duy - TH", "Mai Xuan - Translated by Nguyen Trang"). Names alone
    are None there: "Minh Duy" has the shape of a section's title in Title Case ("Kinh Tế", "Văn Hóa - Xã Hội").

    >>> _marked_sign_off_credits("Minh Duy - TH"), _marked_sign_off_credits("Minh Duy"), _marked_sign_off_credits("Kinh Tế")
    ({'reporter': 'Minh Duy'}, None, None)
    """
    credits = sign_off_credits(text)
    if credits is None or len(credits) > 1 or "reporter" not in credits:
        return credits
    marked = _newsroom_post(credits["reporter"]) is not None or _marked_as_compiled(text)
    return credits if marked or _names_after_a_post(text) is not None else None


def _marked_as_compiled(text: str) -> bool:
    """Whether a sign-off bears a note that its people compiled the article, after a dash (`_COMPILED_NOTE`) or
    bare in brackets (`_BARE_COMPILED_NOTE`): a mark that its names are people's, a place's as well.

    >>> _marked_as_compiled("Thanh Hóa - TH"), _marked_as_compiled("Thanh Hóa (tổng hợp)"), _marked_as_compiled("Thanh Hóa")
    (True, True, False)
    """
    return _search(_COMPILED_NOTE, text) is not None or _bare_compiled_note(text)


def _borne_by_people(names: str) -> bool:
    """Whether a sign-off's names, apart by commas, are each a place's that people bear as their names
    (`_PLACES_PEOPLE_BEAR`): a mark that they are people's, as a compiled note is.

    >>> _borne_by_people("Hà Nam"), _borne_by_people("Hải Dương, Phú Quốc"), _borne_by_people("Hà Nam, Quảng Ninh")
    (True, True, False)
    """
    return all(_without_marks(name).strip(" .") in _PLACES_PEOPLE_BEAR for name in names.split(","))


def _bare_compiled_note(text: str) -> bool:
    """Whether a sign-off ends its names with the bare note in brackets that its people compiled the article.

    >>> _bare_compiled_note("Minh Duy (tổng hợp)"), _bare_compiled_note("Minh Duy (tổng hợp theo TTXVN)")
    (True, False)
    """
    return "(" in text and _search(_BARE_COMPILED_NOTE, text) is not None


def _compiled_from(note: regex.Match) -> str:
    """What a sign-off's note that its people compiled the article (`_COMPILED_NOTE`) leaves: nothing, or, with the
    source it names in brackets, that source as a credit part of its own.

    >>> _sub(_COMPILED_NOTE, _compiled_from, "PV - Tổng hợp (theo TTXVN)"), _sub(_COMPILED_NOTE, _compiled_from, "PV - TH")
    ('PV - nguồn: TTXVN', 'PV')
    """
    return f" - nguồn: {source}" if (source := note.group("source")) else ""


def _newsroom_post(names: str) -> str | None:
    """The credit field of names that are the newsroom's post (`_NEWSROOM_SIGN_OFFS`, a bracket's note left out, its
    initials with full stops or without: "P.V", "PV").

    >>> _newsroom_post("Nhóm PV (tổng hợp)"), _newsroom_post("Ban biên tập"), _newsroom_post("Minh Duy")
    ('reporter', 'editor', None)
    >>> _newsroom_post("P.V"), _newsroom_post("C.T.V."), _newsroom_post("P. V")
    ('reporter', 'reporter', 'reporter')
    """
    return _NEWSROOM_SIGN_OFFS.get(_INITIALS_DOT.sub("", _without_marks(_BRACKETED.sub("", names))).strip())


def _names_after_a_post(text: str) -> dict[str, str] | None:
    """The credits of a sign-off whose newsroom post stands before the names (`_NEWSROOM_SIGN_OFFS`: "CTV Văn Thắng",
    "Phóng viên Hồng Phúc"): the names, as `sign_off_credits` reads them alone, in the post's field; None for another
    line ("PV Power tăng trưởng", a company's name).

    >>> _names_after_a_post("CTV Văn Thắng"), _names_after_a_post("PV Gas"), _names_after_a_post("Văn Thắng")
    ({'reporter': 'Văn Thắng'}, None, None)
    """
    words = text.split()
    if not words or _without_marks(words[0]) not in _POST_FIRST_WORDS:  # (a cheap test first: few open with a post)
        return None
    for count in range(1, min(len(words), _MAX_POST_WORDS + 1)):
        if (post := _newsroom_post(" ".join(words[:count]))) is not None:
            named = sign_off_credits(" ".join(words[count:]))
            return {post: named["reporter"]} if named is not None and set(named) == {"reporter"} else None
    return None


def _vietnamese_name_words(names: str, marked: bool = False) -> int:
    """How many words people's Vietnamese names have, a credit's names apart by commas (initials written
    against a name count: "N.Thạch"); 0 for anything else: a word not in capitals or no Vietnamese syllable
    without its marks, a word no name has (`_NOT_IN_VIETNAMESE_NAMES`), a name of more than `_MAX_NAME_WORDS`
    words or one of `_NOT_SIGN_OFFS` (a heading, a section), or names each of `_PLACES` but in a sign-off a note
    ``marked`` as one (a place beside people is a person's name: "Phương Lê - Thái Bình").

    >>> _vietnamese_name_words("Phương Lê, N.Thạch"), _vietnamese_name_words("Cổng chào Bình Dương")
    (4, 0)
    >>> _vietnamese_name_words("Thanh Hóa"), _vietnamese_name_words("Thanh Hóa", marked=True)
    (0, 2)
    >>> _vietnamese_name_words("Bà Rịa, Vũng Tàu"), _vietnamese_name_words("Phương Lê, Thái Bình")
    (0, 4)
    """
    names = _JOINED_NAMES.sub(", ", _BRACKETED.sub(" ", names))  # "Mai Xuan and Hong Phuc": two names
    initials = len(_INITIAL.findall(names))
    names = _INITIAL.sub("", names) if initials else names  # "N.Thạch": the given names' initials, then a name
    words = [word for word in _WORD.findall(names) if word.casefold() not in _NAME_JOINERS]
    if not _in_syllables(words) or (
        any(word.casefold() in _NOT_IN_VIETNAMESE_NAMES for word in words) and not _given_names_lost_marks(names)
    ):
        return 0
    if any(_opens_with_a_verb(name) for name in names.split(",")):  # "Hướng Dẫn": a heading, "Văn Hướng" a name
        return 0
    bare = [_WORD.findall(_without_marks(name)) for name in names.split(",")]
    joined = [" ".join(name) for name in bare]
    if any(len(name) > _MAX_NAME_WORDS for name in bare) or not _NOT_SIGN_OFFS.isdisjoint(joined):
        return 0
    places = not marked and all(map(_names_a_place, names.split(","), joined))
    return 0 if places else len(words) + initials


def _given_names_lost_marks(names: str) -> bool:
    """Whether each name, apart by commas, with a word no name has (`_NOT_IN_VIETNAMESE_NAMES`) is two words, a
    middle name (`_MIDDLE_NAMES`) and a given name (`_GIVEN_NAMES_LOST_MARKS`), written without marks: Văn Tín, Văn
    Trọng as a dump that lost the marks writes them (a name with its marks spells the sentence's word as it is: "Thị
    Trong" names none; nor does "Xuan Moi", Xuân Mới, a heading).

    >>> _given_names_lost_marks("Van Tin"), _given_names_lost_marks("Minh Duy, Van Trong")
    (True, True)
    >>> _given_names_lost_marks("Tin Noi Bat"), _given_names_lost_marks("Thị Trong"), _given_names_lost_marks("Van Tin Moi")
    (False, False, False)
    >>> _given_names_lost_marks("Xuan Moi"), _given_names_lost_marks("Thi Lai")
    (False, True)
    """
    for name in names.split(","):
        words = [word.casefold() for word in _WORD.findall(name)]
        if _NOT_IN_VIETNAMESE_NAMES.isdisjoint(words):
            continue
        if len(words) != 2 or words[0] not in _MIDDLE_NAMES or words[1] not in _GIVEN_NAMES_LOST_MARKS or not name.isascii():
            return False
    return True


def _opens_with_a_verb(name: str) -> bool:
    """Whether a name's first word is a given name spelt as a verb (`_GIVEN_NAMES_LIKE_VERBS`): a heading's.

    >>> _opens_with_a_verb("Hướng Dẫn"), _opens_with_a_verb(" Duoc Mua"), _opens_with_a_verb("Văn Được")
    (True, True, False)
    """
    first = _WORD.search(name)
    return first is not None and unicodedata.normalize("NFC", first.group().casefold()) in _GIVEN_NAMES_LIKE_VERBS


def _ends_in_no_given_name(names: str) -> bool:
    """Whether a name's last word, where its given name stands, is a syllable no given name is (`_NOT_GIVEN_NAMES`),
    of any of the names apart by commas.

    >>> _ends_in_no_given_name("Kim Ngạch"), _ends_in_no_given_name("Minh Duy, Van Ban"), _ends_in_no_given_name("Văn Cao")
    (True, True, False)
    """
    last = (_WORD.findall(name)[-1:] for name in names.split(","))
    return any(unicodedata.normalize("NFC", word[0].casefold()) in _NOT_GIVEN_NAMES for word in last if word)


def _names_an_unmarked_thing(names: str) -> bool:
    """Whether any of the names apart by commas, written without marks, is a place's or a thing's of
    `_UNMARKED_THINGS` ("Ao Dai", "Ben Thanh"): no person's. Any other pair may be one, a pen name or a name in
    Western order.

    >>> _names_an_unmarked_thing("Ao Dai"), _names_an_unmarked_thing("Minh Duy, Ben Thanh"), _names_an_unmarked_thing("Bến Thành")
    (True, True, False)
    >>> _names_an_unmarked_thing("Ao\u00a0Dai"), _names_an_unmarked_thing("Cat Tuong"), _names_an_unmarked_thing("Khoa Nguyen")
    (True, False, False)
    """
    for name in names.split(","):
        words = _WORD.findall(name)
        # (the words, not the name, are asked for marks: SharePoint's no-break space may stand between them)
        if all(map(str.isascii, words)) and " ".join(words).casefold() in _UNMARKED_THINGS:
            return True
    return False


def _names_a_place(name: str, bare: str) -> bool:
    """Whether a name, ``bare`` without its marks, is a place's of `_PLACES`, by its marks where it has them and
    `_PLACES_BY_MARKS` tells the place from a person's name.

    >>> _names_a_place("Mỹ Tho", "my tho"), _names_a_place("My Tho", "my tho"), _names_a_place("Mỹ Thơ", "my tho")
    (True, True, False)
    """
    if bare not in _PLACES:
        return False
    spelt = _PLACES_BY_MARKS.get(bare)
    return spelt is None or " ".join(_WORD.findall(unicodedata.normalize("NFC", name.casefold()))) in (bare, spelt)


def _without_marks(text: str) -> str:
    """Case-folded, without Vietnamese marks: "Ngọc Thạch" → "ngoc thach"."""
    bare = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(character for character in bare if not unicodedata.combining(character))


def _keyed_without_marks(labels: dict[str, Label]) -> dict[str, Label]:
    """A label table's Vietnamese labels keyed as a dump that lost the marks writes them.

    >>> _keyed_without_marks({"chia sẻ:": Label("share", "Share:"), "share:": Label("share")})
    {'chia se:': Label(role='share', gloss='Share:')}
    """
    return {_without_marks(key): label for key, label in labels.items() if not key.isascii()}


# The words of a listing's controls (`listing_control`) by language, keyed as a dump writes them with their marks or
# without (`control_language`).
_CONTROL_WORDS = {
    "en": ("read", "view", "see", "more", "details", "next", "previous", "prev", "first", "last", "page", "pages", "of",
           "showing"),
    "vi": ("xem", "tiếp", "thêm", "chi", "tiết", "đọc", "trang", "sau", "trước", "đầu", "cuối", "trên", "hiển", "thị"),
}
_CONTROL_WORD_LANGUAGES = {_without_marks(word): lang for lang, words in _CONTROL_WORDS.items() for word in words}
# The Vietnamese labels without their marks (`unmarked_label`); outside the footer only those that start it and the
# widget's (a field's label, "Noi dung", may be a heading there).
_UNMARKED_LABELS = _keyed_without_marks(LABELS)
_UNMARKED_ANYWHERE = FOOTER_ANCHORS | {"font_size_widget"}
# The related-news headings so written ("Tin lien quan", "Cac tin khac"; `related_label`).
_UNMARKED_RELATED_LABELS = _keyed_without_marks(RELATED_LABELS)
# The credits' Vietnamese field words as a dump that lost the marks writes them ("Nguon:", "Bai:", "Tong hop:"), to
# their keys (`_field_word`; "anh" is read as "ảnh", the same field).
_MARKED_FIELD_WORDS = {_without_marks(word): word for word in CREDIT_FIELDS if not word.isascii()}


def parse_byline(text: str) -> dict[str, str | None] | None:
    """A byline's raw date and author.

    >>> parse_byline("16/05/2019 | Nguyen Trang")
    {'date_raw': '16/05/2019', 'author': 'Nguyen Trang'}
    >>> parse_byline("Ngày 05/01/2022 | Nguyễn Trang")
    {'date_raw': '05/01/2022', 'author': 'Nguyễn Trang'}
    """
    if "|" not in text and not _BYLINE_DATE_START.match(text):  # (its author-first form tried every length)
        return None
    match = _match(_BYLINE, text)
    if not match:
        return None
    return {"date_raw": match.group("date"), "author": _single_spaced(match.group("author") or "") or None}


def _byline_credits_apart(page: Page, byline: dict[str, str | None]) -> dict[str, str | None]:
    """A byline whose author is credit parts: names that go on with other parts ("28/03/2023 | Mai Xuan - Translated
    by Hoang Anh", read as a sign-off, `sign_off_credits`) or parts with their field words ("Reported by Mai Xuan",
    "Translated by Hoang Anh", `parse_credits`): the author the reporter's names (None if no part names them), the
    other parts the page's credits; any other byline as it is.

    >>> page = Page("article", [])
    >>> _byline_credits_apart(page, {"date_raw": "05/01/2022", "author": "Translated by Hoang Anh"}), page.credits
    ({'date_raw': '05/01/2022', 'author': None}, {'translator': 'Hoang Anh'})
    """
    author = byline["author"]
    if author is None:
        return byline
    labelled = _match(_CREDIT_LEAD, author) is not None  # (field words first: "Bài: PV", "Reported by …")
    if len(author.split()) <= 2 and not labelled:  # (names alone: "Nguyễn Trang", "BBT")
        return byline
    credits = sign_off_credits(author) or parse_credits(author)
    if credits is None or (set(credits) == {"reporter"} and not labelled):  # (as written: "Mai Xuan and Hong Phuc")
        return byline
    if others := {key: names for key, names in credits.items() if key != "reporter"}:
        page.credits = {**(page.credits or {}), **others}
    return {**byline, "author": credits.get("reporter")}


def _single_spaced(text: str) -> str:
    """A name read from a template line (a content type, a category, an author) with each run of spaces one space:
    a dump may write the template's spaces as no-break spaces, and a twin of the page must name the same.

    >>> _single_spaced("Tin\xa0Tức \xa0Mở Rộng ")
    'Tin Tức Mở Rộng'
    """
    return " ".join(text.split())


def _is_terminated(text: str, ends: frozenset[str] = _TERMINALS) -> bool:
    """Whether a line ends a sentence: a terminal mark (one of ``ends``), maybe with closing quotes or brackets after
    it (and, as a pattern's ``$`` allows, one newline).

    >>> _is_terminated('He said "yes."'), _is_terminated("(Còn nữa)"), _is_terminated("Tin liên quan:"), _is_terminated(")")
    (True, False, True, False)
    >>> _is_terminated("Tin liên quan:", _SENTENCE_ENDS)
    False
    """
    return text.removesuffix("\n").rstrip(_CLOSERS)[-1:] in ends


def _body_lines(line: Line, previous: Line | None, following: Line | None, before: Line | None = None) -> list[Line]:
    """A line between header and footer as one or two pieces: a fused file name goes apart (``before``: the piece
    above ``previous``)."""
    fused = _fused_image_file(line.text)
    if fused and not _is_image_file(line.text):
        name, caption = fused.group(1), line.text[fused.end():]
        return [Line(line.number, name, "image_file"), Line(line.number, caption, "caption", line.blanks_before)]
    return [_with_role(line, _body_role(line, previous, following, before))]


def _may_name_a_file(text: str) -> bool:
    """Whether a full stop and an extension's first letter stand where an image file's extension may open, after 1
    to `_MAX_FILE_NAME_CHARS` characters: most lines of the body have none there, and skip the file patterns (a
    test holds it).

    >>> _may_name_a_file("IMG_0123.jpg"), _may_name_a_file("Mr. Dung and Binh Duong welcome investors from Japan")
    (True, False)
    """
    dot = text.find(".", 1, _MAX_FILE_NAME_CHARS + 1)
    while dot != -1:
        if text[dot + 1 : dot + 2] in _EXTENSION_FIRST_LETTERS:
            return True
        dot = text.find(".", dot + 1, _MAX_FILE_NAME_CHARS + 1)
    return False


def _is_image_file(text: str) -> bool:
    """A line that is an image file's name alone (`_IMAGE_FILE`)."""
    return _may_name_a_file(text) and _match(_IMAGE_FILE, text) is not None


def _fused_image_file(text: str) -> regex.Match | None:
    """An image file's name with a caption fused to it (`_FUSED_IMAGE_FILE`); group 1 is the name."""
    return _match(_FUSED_IMAGE_FILE, text) if _may_name_a_file(text) else None


def _body_role(line: Line, previous: Line | None, following: Line | None, before: Line | None = None) -> str:
    """Body, heading, caption, credit or image file for a line between header and footer (``previous``:
    the piece before it there, ``before`` the one above that; ``following``: the line after it)."""
    text = line.text
    if len(text) <= _MAX_CREDIT_CHARS and _body_credits(text):
        return "credit"
    if _is_image_file(text):
        return "image_file"
    if (
        len(text) > _MAX_CAPTION_CHARS or _is_list_item(line, previous, following) or _is_table_row(text)
        or _is_address(text) or _is_interview_turn(text, previous, following)  # (a question without its "?")
    ):
        return "body"
    if caption_credits(text) or _opens_a_picture_credit(text) or _closes_a_picture_credit(line, previous):
        return "caption"
    terminated = _is_terminated(text)
    cue = not terminated and _has_caption_cue(text)  # (a terminated line needs none: lowering long ones costs)
    if not terminated and not cue and _is_marked_heading(line, previous):
        return "heading"
    if _in_captions_place(line, previous):  # its caption, but a lead or a paragraph of sentences, or a paragraph's heading
        if agency_tag(text) is not None or _search(_SENTENCE_BREAK, text) or (terminated and _reads_as_a_lead(text)):
            return "body"
        return "heading" if not terminated and not cue and _heads_a_paragraph(text, following) else "caption"
    if text.endswith(":"):  # it announces what follows
        return "body"
    chained = previous is not None and previous.role == "caption" and _is_image_caption(previous, before)
    if terminated:
        if chained and _ends_a_wrapped_caption(line):
            return "caption"
        return "heading" if previous is not None and _is_question_heading(text) else "body"
    if cue or chained:
        return "caption"
    if following is not None and following.blanks_before == 0 and _credits_a_picture(following.text):
        return "caption"  # a picture's credit right under it: "Delegates attend the ceremony" / "Photo: Hong Phuc"
    if _in_brackets(text):  # "(Continued)", "(Còn nữa)": a note of the text's
        return "body"
    return "heading" if _heading_shaped(text) and not _describes_a_scene(text) else "caption"


def _credits_a_picture(text: str) -> bool:
    """Whether a line is a picture's credit alone ("Photo: Hong Phuc") or opens one a wrap cut ("(Ảnh: Minh").

    >>> _credits_a_picture("Photo: Hong Phuc"), _credits_a_picture("(Ảnh: Minh"), _credits_a_picture("Bài: Minh Duy")
    (True, True, False)
    """
    return _opens_a_picture_credit(text) or set(_body_credits(text) or ()) == {"photographer"}


def _closes_a_picture_credit(line: Line, previous: Line | None) -> bool:
    """Whether a line right under a caption that leaves a picture credit's bracket open (`_opens_a_picture_credit`)
    closes it: the credit's rest ("Quang cảnh hội nghị (Ảnh: Minh" / "Duy)").

    >>> above = Line(7, "Quang cảnh hội nghị (Ảnh: Minh", "caption")
    >>> _closes_a_picture_credit(Line(8, "Duy)", None), above), _closes_a_picture_credit(Line(8, "Duy)", None, 1), above)
    (True, False)
    """
    return (
        ")" in line.text and not line.blanks_before and previous is not None and previous.role == "caption"
        and _opens_a_picture_credit(previous.text)
    )


def _describes_a_scene(text: str) -> bool:
    """Whether a line names people and what they do in a picture (`_SCENE`): a caption's sentence, not a heading's topic.

    >>> _describes_a_scene("Provincial leaders discuss with ICF leaders"), _describes_a_scene("Set a new vision for Binh Duong")
    (True, False)
    >>> _describes_a_scene("Trade talks with Korea"), _describes_a_scene("Support for workers who visit the city")
    (False, False)
    >>> _describes_a_scene("The President's visit to Japan"), _describes_a_scene("Head office work plan for 2024")
    (False, False)
    >>> _describes_a_scene("Mr. Nguyen Van Loi (middle) speaks at the ceremony")
    True
    """
    # (a set's test first: most headings hold none of the verbs, and the pattern costs 4 µs a line)
    return not _SCENE_VERB_FORMS.isdisjoint(text.split()) and _search(_SCENE, text) is not None


# The Vietnamese twin of `_SCENE`, asked only of a sentence in the caption's place (a lead or a caption there): people
# of the template's pictures, then names or a title in capitals, a bracket or the unit's noun ("lãnh đạo tỉnh", "Phó Chủ
# tịch UBND tỉnh Nguyễn Văn Lộc"), then what they do there ("trao quà", "thăm hỏi", "tham quan").
_VI_SCENE_PEOPLE = (
    "lãnh đạo", "đại biểu", "đồng chí", "ông", "bà", "chủ tịch", "bí thư", "giám đốc", "công nhân", "học sinh",
    "sinh viên", "đoàn viên", "du khách", "người dân", "cán bộ", "chiến sĩ", "nghệ nhân", "vận động viên",
)
_VI_SCENE_VERBS = (
    "trao", "tặng", "thăm", "phát biểu", "cắt băng", "kiểm tra", "khảo sát", "tiếp đón", "chúc mừng", "ký", "trồng",
    "chụp ảnh", "tham dự", "tham quan", "làm việc", "bấm nút", "động thổ", "biểu diễn", "thi đấu",
    "trao đổi", "lắng nghe", "chủ trì", "đón", "dâng hương", "dâng hoa",
)
_VI_SCENE = regex.compile(
    r"(?i:\b(?:" + "|".join(_VI_SCENE_PEOPLE) + r"))"
    r"(?: \p{Lu}[\p{L}\p{M}.-]*| \([^()]{1,40}\)| (?:tỉnh|huyện|thành phố|thị xã|xã|phường)){0,8}?"
    r" (?:" + "|".join(_VI_SCENE_VERBS) + r")\b"
)


def _reads_as_a_lead(text: str) -> bool:
    """Whether a terminated line in the caption's place is a paragraph of one sentence: longer than a heading, opening
    as a lead does (`_opens_a_sentence`: "Theo Thị đoàn Bến Cát, tuyến đường …", "In 2021, the province …"), with no
    cue and naming no scene (a caption describes the picture: "At the ceremony, Provincial leaders present gifts …").

    >>> _reads_as_a_lead("Theo Thị đoàn Bến Cát, tuyến đường dài hơn 1 km được lắp đặt hệ thống đèn chiếu sáng, trồng hoa.")
    True
    >>> _reads_as_a_lead("At the ceremony, Provincial leaders present gifts to policy families in An Binh commune.")
    False
    >>> _reads_as_a_lead("Chiều 4/1, lãnh đạo tỉnh trao quà cho công nhân có hoàn cảnh khó khăn tại Khu công nghiệp VSIP.")
    False
    """
    return (
        len(text) > _MAX_HEADING_CHARS and _opens_a_sentence(text) and not _has_caption_cue(text)
        and not _describes_a_scene(text) and _search(_VI_SCENE, text) is None
    )


def _ends_a_wrapped_caption(line: Line) -> bool:
    """Whether a terminated line right under a caption in the caption's place, no blank line between, is that caption's
    wrapped rest: one sentence no longer than a heading ("Youth union members plant trees along the road" / "National
    Highway 13 through Thu Dau Mot city."); a paragraph set under a caption is longer ("Overview of the meeting" /
    "In 2021, the province planted …").

    >>> _ends_a_wrapped_caption(Line(10, "National Highway 13 through Thu Dau Mot city.", None))
    True
    >>> _ends_a_wrapped_caption(Line(10, "National Highway 13 through Thu Dau Mot city.", None, 1))
    False
    """
    text = line.text
    return not line.blanks_before and len(text) <= _MAX_HEADING_CHARS and _search(_SENTENCE_BREAK, text) is None


def _heading_shaped(text: str) -> bool:
    """Whether an unterminated line is short as a heading is, with no comma but in one of a few words
    ("Solid foundation, new successes"); a longer one is a caption.

    >>> _heading_shaped("Kết quả đạt được"), _heading_shaped("Delegates, guests and members of the union plant trees")
    (True, False)
    """
    words = len(text.split())
    short = len(text) <= _MAX_HEADING_CHARS and words <= _MAX_HEADING_WORDS
    return short and ("," not in text or words <= _MAX_COMMA_HEADING_WORDS)


def _heads_a_paragraph(text: str, following: Line | None) -> bool:
    """Whether a line in the caption's place is the heading of the paragraph right under it, no blank line between (a
    dump parts a caption from the text by one: "photo.jpg" / "Kết quả đạt được" / "Trong năm 2021, …"): heading-shaped
    and naming no scene (`_describes_a_scene`), over a sentence longer than a heading, opening as a sentence does (a
    caption wrapped onto two lines has a short line under it, or one that goes on in lower case: "… present gifts to
    policy families" / "in An Binh commune, …").

    >>> paragraph = Line(10, "Trong năm 2021, toàn tỉnh đã trồng được hơn 50.000 cây xanh trên các tuyến đường, công viên.", None)
    >>> _heads_a_paragraph("Kết quả đạt được", paragraph), _heads_a_paragraph("Kết quả đạt được", Line(10, "Quốc lộ 13", None))
    (True, False)
    >>> _heads_a_paragraph("Kết quả đạt được", Line(10, "t" + paragraph.text[1:], None))
    False
    """
    return (
        following is not None and following.blanks_before == 0 and len(following.text) > _MAX_HEADING_CHARS
        and not following.text[0].islower() and _is_terminated(following.text) and _heading_shaped(text)
        and not _describes_a_scene(text)  # (a caption whose paragraph the dump set right under it)
    )


def _in_captions_place(line: Line, previous: Line | None) -> bool:
    """Whether a line stands where a picture's caption does: after two blank lines, where the dump left the picture, or
    right under the picture's file name.

    >>> _in_captions_place(Line(9, "Đoàn viên trồng cây", None), Line(8, "tuyen-duong.jpg", "image_file"))
    True
    >>> _in_captions_place(Line(9, "Đoàn viên trồng cây", None, 1), Line(8, "tuyen-duong.jpg", "image_file"))
    False
    """
    return line.blanks_before >= 2 or (line.blanks_before == 0 and previous is not None and previous.role == "image_file")


def caption_credits(text: str) -> dict[str, str] | None:
    """The credits of a picture's credit at a caption's end (`_TRAILING_PICTURE_CREDIT`); None for a line without one.

    >>> caption_credits("Ông Võ Văn Minh phát biểu chỉ đạo hội nghị. Ảnh: H.P")
    {'photographer': 'H.P'}
    >>> caption_credits("Đại biểu tham dự hội nghị - Ảnh: Hồng Phúc"), caption_credits("Ảnh: Hồng Phúc")
    ({'photographer': 'Hồng Phúc'}, None)
    >>> caption_credits("Dai bieu du hoi nghi – Anh: Minh Duy"), caption_credits("Đại biểu dự hội nghị. Anh: Minh Duy")
    ({'photographer': 'Minh Duy'}, None)
    >>> caption_credits("The delegates meet Ms. Anh: Nguyen Thi Lan")  # (a title's full stop ends no sentence)
    >>> caption_credits("Delegates at the booth (Photo: Minh\\nDuy)")  # (a caption wrapped inside its credit)
    {'photographer': 'Minh Duy'}
    """
    tail = text[-_TRAILING_CREDIT_CHARS:]
    if ":" not in tail:
        return None
    found = _search(_TRAILING_PICTURE_CREDIT, tail)
    if found is None or _ABBREVIATION_END.search(tail, 0, found.start("credit") - 1):
        return None
    if _names_anh(found, text):
        return None
    # (a wrapped caption's lines are joined by a newline, which may fall inside the names: "(Photo: Minh" / "Duy)")
    named = _body_credits(_single_spaced(found.group("credit")))
    return named if named is not None and set(named) == {"photographer"} else None


def _opens_a_picture_credit(text: str) -> bool:
    """Whether a line ends inside a bracketed picture credit it opens (`_OPEN_PICTURE_CREDIT`): a caption wrapped
    inside its credit, the line under it the credit's rest ("Quang cảnh hội nghị (Ảnh: Minh" / "Duy)").

    >>> _opens_a_picture_credit("(Ảnh: Minh"), _opens_a_picture_credit("Quang cảnh hội nghị (Ảnh:")
    (True, True)
    >>> _opens_a_picture_credit("(Ảnh: Minh Duy)"), _opens_a_picture_credit("Gặp gỡ chị Lan (Anh: Minh")
    (False, False)
    """
    if text.count("(") <= text.count(")"):  # (a cheap test first: most lines leave no bracket open)
        return False
    found = _search(_OPEN_PICTURE_CREDIT, text[-_TRAILING_CREDIT_CHARS:])
    return found is not None and not _names_anh(found, text)


def _names_anh(found: regex.Match, text: str) -> bool:
    """Whether the credit label ``found`` in ``text`` is the name Anh: on a line with its marks "Anh" is a name;
    "ảnh" without them, the picture's, a dash or quotes beside."""
    return found.group("credit")[:3].casefold() == "anh" and _without_marks(text) != text.casefold()


def _is_image_caption(line: Line, above: Line | None) -> bool:
    """A caption in the caption's place (after two blank lines, or right under an image file's name: `_in_captions_place`,
    ``above`` the line above it) or with a cue: a second caption may follow it (two photos, or a caption wrapped onto
    two lines); a line that follows a caption only by being short starts no chain."""
    return _in_captions_place(line, above) or _has_caption_cue(line.text)


def _is_question_heading(text: str) -> bool:
    """A short untagged question: a heading ("Why an innovation startup ecosystem?") after the body's first
    line (a lead may ask one); an interview's questions are longer, or name who asks ("Q: …?")."""
    return (
        text.endswith("?") and len(text.split()) <= _MAX_QUESTION_HEADING_WORDS and ":" not in text and agency_tag(text) is None
    )


def _is_list_item(line: Line, previous: Line | None, following: Line | None) -> bool:
    """An item of a list: marked (`_item_mark`) as the line right above or under it is (``1. …`` then
    ``2. …``, blank lines between or not; ``II. …`` then ``1. …`` are a heading and its sub-heading), or a bullet
    (``- …``) after a line that announces a list (ending in a colon) or outside the caption's place. A
    numbered line alone (``1. Về kinh tế`` before its paragraph) is a heading, and so is a Roman-numbered one."""
    mark = _item_mark(line.text)
    if mark is None or mark == "roman":  # "II. …" numbers a section
        return False
    if any(neighbour is not None and _item_mark(neighbour.text) == mark for neighbour in (previous, following)):
        return True
    return mark == "bullet" and (
        (previous is not None and previous.text.endswith(":")) or not _in_captions_place(line, previous)
    )


def _item_mark(text: str) -> str | None:
    """What marks a line as a list item: a bullet, a letter or a number before a bracket, a number before a
    full stop, a Roman numeral before one; None for an unmarked line.

    >>> [_item_mark(text) for text in ("- Một", "a) Hai", "2. Ba", "II. Bốn", "Năm")]
    ['bullet', 'bracketed', 'numbered', 'roman', None]
    """
    if not (text[:1] in _ITEM_FIRST_CHARACTERS or text[:1].isdigit() or text[1:2] == ")"):  # a cheap test first
        return None
    match = _match(_ITEM_MARK, text)
    return match.lastgroup if match else None


def _is_address(text: str) -> bool:
    """A line that is only a web or mail address."""
    return ("@" in text or text.startswith(("http", "www."))) and _match(_ADDRESS, text) is not None


def _is_table_row(text: str) -> bool:
    """A row of a flattened table: cells apart by tabs, or between bars."""
    return "\t" in text or (text.startswith("|") and _match(_TABLE_LINE, text) is not None)


def _is_marked_heading(line: Line, previous: Line | None) -> bool:
    """A short line without a caption cue that its form marks as a heading, after a caption too: numbered
    (``2. Về xã hội``, ``II. KẾT QUẢ``), or two words or more in capitals (``DIGITAL GOVERNMENT``; not
    ``GRDP (%)``, nor a caption in capitals in the caption's place, `_in_captions_place`)."""
    text = line.text
    if len(text) > _MAX_HEADING_CHARS:
        return False
    words = text.split()
    if len(words) > _MAX_HEADING_WORDS:
        return False
    if _item_mark(text) in ("numbered", "roman"):
        return True
    return (
        text.isupper() and sum(any(map(str.isalpha, word)) for word in words) >= 2 and not _in_captions_place(line, previous)
    )


def _has_caption_cue(text: str) -> bool:
    return _CAPTION_CUE.search(text.casefold()) is not None  # `re`: a fixed alternation runs in linear time


def _no_role(text: str) -> None:
    """No role for any line: what `_nonempty_lines` gives a line unless it is told its role."""
    return None


def _nonempty_lines(text: str, role_of: Callable[[str], str | None] = _no_role) -> list[Line]:
    """A page's non-empty lines, stripped, each with the role ``role_of`` gives its text ("" for none).

    >>> [tuple(line) for line in _nonempty_lines(" A title\\n\\n\\nChia sẻ:", template_role)]
    [(1, 'A title', '', 0), (4, 'Chia sẻ:', 'share', 2)]
    """
    lines: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        lines.append(_new_tuple(Line, (number, stripped, role_of(stripped) or "", blanks if lines else 0)))
        blanks = 0
    return lines


def _with_role(line: Line, role: str) -> Line:
    return _new_tuple(Line, (line.number, line.text, role, line.blanks_before))


def _footer_start(lines: list[Line], roles: list[str | None], after: int) -> int | None:
    """The first footer anchor after the header that is no heading spelt like a label (`_is_label_heading`,
    with another anchor after it, or a dump that does not end in the footer: one cut short) nor in a stray run
    (`_stray_run_end`); else the run of field labels that ends the page."""
    anchors = (i for i in range(after, len(roles)) if roles[i] in FOOTER_ANCHORS)  # read as far as needed: most pages two
    stray_end = after
    for anchor, later in itertools.pairwise(itertools.chain(anchors, [None])):
        if anchor < stray_end:
            continue
        if (end := _stray_run_end(lines, roles, anchor)) is not None:
            stray_end = end
        elif not _is_label_heading(lines, roles, anchor) or (later is None and roles[-1] in FOOTER_ROLES):
            return anchor
    start = len(roles)
    while start > after and roles[start - 1] == "sp_field":
        start -= 1
    return start if start < len(roles) else None


def _is_label_heading(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether a share or action label, written once and without its colon, is a body heading spelt like one
    ("Workflows", "Chia sẻ"): prose follows it."""
    text = lines[index].text
    return (
        roles[index] in _HEADING_LIKE_LABEL_ROLES and lookup_label(text) is not None and not _doubled_title(text)
        and not text.endswith(":") and _prose_follows(lines, roles, index)
    )


# At most this many footer anchors (a share bar and a views count) stand apart from the footer as a stray run; the
# footer itself opens with more (the views count, the share bar, the actions: four on the portal's pages).
_MAX_STRAY_ANCHORS = 2


def _stray_run_end(lines: list[Line], roles: list[str | None], start: int) -> int | None:
    """The end of the run of footer lines from the anchor at ``start`` (`_share_bar_end`) where it is a stray run that
    an extractor put above, among or under the header's fields or amid the body, not the footer: at most
    `_MAX_STRAY_ANCHORS` anchors, the body going on right under them (`_body_goes_on`; under the footer stand template
    lines, a related-news heading or titles, the portal's note, or nothing); None for the footer, or no run.

    >>> lines = _nonempty_lines("Chia sẻ:\\nPORTAL - The lead.\\nMore.\\nChia sẻ:\\nManage Permissions", _line_template_role)
    >>> roles = [line.role or None for line in lines]
    >>> _stray_run_end(lines, roles, 0), _stray_run_end(lines, roles, 3)
    (1, None)
    """
    end = start
    while end < len(roles) and roles[end] in FOOTER_ANCHORS and end - start <= _MAX_STRAY_ANCHORS:
        end += 1
    # (roles first: the footer, most pages' only anchors, fails there; a heading spelt like a label ends no run)
    if (
        end - start > _MAX_STRAY_ANCHORS or end == len(roles) or roles[end] is not None
        or _is_label_heading(lines, roles, end - 1)
    ):
        return None
    end += _split_views_count(lines, roles, end)  # (a views count alone under its views line, with it)
    stray = (
        _body_goes_on(lines, roles, end) or _lead_stands(lines, roles, start, end) or _footer_again(lines, roles, start, end)
    )
    return end if stray else None


def _body_goes_on(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether the body goes on at ``index``, under a stray run of footer lines: prose, a sentence no template knows
    (its end no colon) that is no related-news heading or title (`related_label`, `_is_related_item`: "Tin liên
    quan:", "Why invest in Binh Duong?"), another line no template nor related-news heading knows under it. The footer
    has none of these, or one alone: the portal's note under its views count ("Ghi rõ nguồn … khi phát hành lại thông
    tin từ website này.") has the share bar or a related-news heading under it.

    >>> lines = _nonempty_lines("Chia sẻ:\\nPORTAL - The lead of the story.\\nThe second paragraph.")
    >>> _body_goes_on(lines, [None] * 3, 1), _body_goes_on(lines[:2], [None] * 2, 1)
    (True, False)
    >>> lines = _nonempty_lines("Share:\\nRelated news:\\nWhy invest in Binh Duong?\\nBinh Duong welcomes investors")
    >>> _body_goes_on(lines, [None] * 4, 1), _body_goes_on(lines, [None] * 4, 2)
    (False, False)
    """
    if index + 1 >= len(lines) or roles[index] is not None or roles[index + 1] is not None:
        return False
    line = lines[index]
    return (
        _is_terminated(line.text, _SENTENCE_ENDS) and related_label(line.text) is None
        and not _is_related_item(line, None) and related_label(lines[index + 1].text) is None
    )


def _lead_stands(lines: list[Line], roles: list[str | None], start: int, index: int) -> bool:
    """Whether the article's lead, a line its agency tag opens ("PORTAL - …"), stands at ``index`` or under a heading
    there, below a stray run of footer lines from ``start``: the body goes on under the run though that paragraph is
    its only one (the footer's note and a related-news block's titles bear no tag). A tagged line under the run with
    the lead above it is none: a related item's teaser under a footer cut short.

    >>> lines = _nonempty_lines("Chia sẻ:\\nSolid foundation\\nPORTAL - The lead.\\nLượt xem: 5", _line_template_role)
    >>> roles = [line.role or None for line in lines]
    >>> _lead_stands(lines, roles, 0, 1), _lead_stands(lines, roles, 0, 2), _lead_stands(lines[:2], roles[:2], 0, 1)
    (True, True, False)
    >>> _lead_stands([Line(1, "PORTAL - The lead.", ""), *lines], [None, *roles], 1, 2)
    False
    """
    for at in (index, index + 1):
        if at >= len(lines) or roles[at] is not None:
            return False
        if agency_tag(lines[at].text) is not None:  # (the lines above the run read only then, on few pages)
            return not any(roles[above] is None and agency_tag(lines[above].text) is not None for above in range(start))
        if _is_terminated(lines[at].text):  # (a sentence there, no heading: the lead would be it)
            return False
    return False


def _footer_again(lines: list[Line], roles: list[str | None], start: int, end: int) -> bool:
    """Whether a run of footer lines from ``start`` to ``end`` has one paragraph under it and then the footer with
    one of the run's own lines again (its share bar, its views count): the footer has each once, so the run is a
    stray one, the paragraph the body (no note of the portal's, which has the footer's other lines under it). A
    footer that goes on under the paragraph in the template's order (`_goes_on_in_order`: views, note, share bar)
    is the run's own, a line of it doubled further down ("Lượt người xem: Views: 5" / note / "Chia sẻ:" / the
    views line again).

    >>> lines = _nonempty_lines("Chia sẻ:\\nPORTAL - The lead.\\nLượt xem: 5\\nChia sẻ:", _line_template_role)
    >>> roles = [line.role or None for line in lines]
    >>> _footer_again(lines, roles, 0, 1), _footer_again(lines[:3], roles[:3], 0, 1)
    (True, False)
    >>> lines = _nonempty_lines("Lượt xem: 5\\nGhi rõ nguồn.\\nChia sẻ:\\nLượt xem: 5", _line_template_role)
    >>> _footer_again(lines, [line.role or None for line in lines], 0, 1)
    False
    """
    return (
        end + 1 < len(roles) and roles[end] is None and roles[end + 1] in FOOTER_ANCHORS
        and _is_terminated(lines[end].text, _SENTENCE_ENDS) and related_label(lines[end].text) is None
        and not set(roles[start:end]).isdisjoint(roles[end + 1 :]) and not _goes_on_in_order(roles, start, end)
    )


# The footer's lines' places in the template's order.
_FOOTER_ORDER = {role: rank for rank, role in enumerate(_FOOTER_ROLES_IN_ORDER)}


def _goes_on_in_order(roles: list[str | None], start: int, end: int) -> bool:
    """Whether the anchor under the line at ``end`` comes after every anchor of the run from ``start`` in the
    template's order (`_FOOTER_ORDER`): the run and that footer are one footer, a note between them. (A views count
    alone under its views line has no role in the run.)

    >>> _goes_on_in_order(["views", None, "share"], 0, 1), _goes_on_in_order(["share", None, "views"], 0, 1)
    (True, False)
    """
    return _FOOTER_ORDER[roles[end + 1]] > max(_FOOTER_ORDER[role] for role in roles[start:end] if role is not None)


def _prose_follows(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line after ``index`` is prose no template knows: a sentence, or longer than a heading."""
    if index + 1 >= len(lines) or roles[index + 1] is not None:
        return False
    text = lines[index + 1].text
    return len(text) > _MAX_HEADING_CHARS or _is_terminated(text)


def _doubled_title(text: str) -> regex.Match | None:
    """SharePoint's doubled title line (``About usAbout us``); group 1 is the title."""
    return _match(_DOUBLED_TITLE, text)


def parse_page(text: str) -> Page:
    """Give every non-empty line of a page dump a role and read the page's metadata.

    Should a pattern still run past `REGEX_TIMEOUT_SECONDS`, the page keeps every line, as ``unknown``,
    with a ``regex_timeout`` warning.

    >>> parse_page("").warnings
    [('empty', 'the page has no text', None)]
    >>> parse_page(b"PORTAL - Lead.")
    Traceback (most recent call last):
    TypeError: parse_page takes a str, not bytes
    """
    if not isinstance(text, str):  # (a vendored copy has no record checks before it: bytes failed deep inside)
        raise TypeError(f"parse_page takes a str, not {type(text).__name__}")
    try:
        lines = _nonempty_lines(text, _line_template_role)
        if not lines:
            return Page("unknown", [], warnings=[("empty", "the page has no text", None)])
        return _parse_lines(lines)
    except TimeoutError:
        message = f"a pattern ran past {REGEX_TIMEOUT_SECONDS} s: every line is left unknown"
        lines = [_with_role(line, "unknown") for line in _nonempty_lines(text)]
        return Page("unknown", lines, warnings=[("regex_timeout", message, None)])


# Template lines that no listing has: a list view's field labels, and an article's font-size widget (which a dump cut
# short above its footer keeps when it lost its date line, or begins at the title).
_NOT_LISTING_ROLES = frozenset({"sp_field", "font_size_widget"})


def _parse_lines(lines: list[Line]) -> Page:
    """The page of its non-empty lines, each with the role the template alone gives it (a template line keeps
    that line wherever its role stays: the footer's lines go to the page as they are)."""
    roles = [line.role or None for line in lines]
    cut = roles[-1] is None and cut_template_role(lines[-1].text)
    if cut:
        roles[-1] = cut
        lines[-1] = _with_role(lines[-1], cut)
    header = _header_line(lines, roles)
    # (where the header's fields begin above its date line, read once here for both checks and the header's parse)
    top = 0 if header is None else _fields_above(lines, roles, header)
    if header is not None and (
        # (the header's fields may stand above its date line, navigation above them)
        not (_navigation_above(lines, roles, header, _ANY_NAV_LINES) or _navigation_above(lines, roles, top, _ANY_NAV_LINES))
        or _dates_items(roles) or _dates_an_item(lines, roles, header) or _dates_a_listing(lines, roles, header)
    ):
        header = None  # a listing's dated item or a list view's date value, not a page's header
    footer = _footer_start(lines, roles, 0 if header is None else header + 1)
    stray = _stray_run_under_listing_header(lines, roles) if header is None and footer is None else 0
    if (
        header is None and footer is None and _NOT_LISTING_ROLES.isdisjoint(roles) and not _doubled_title(lines[0].text)
        # (with no footer found, a footer anchor that is no heading spelt like a label is one `_footer_start` stepped
        # over as a stray run, `_stray_run_end`, no footer under it: no listing's, which would take it for an item;
        # read framed, it is nav; but right under a listing's header, which no article's title is, the listing's nav)
        and all(
            role not in FOOTER_ANCHORS or _is_label_heading(lines, roles, index)
            for index, role in enumerate(roles[stray:], stray)
        )
    ):
        return _parse_listing(lines, stray)
    page = _parse_framed(lines, roles, header, footer, top)
    if cut or (roles[-1] == "content_type" and _cut_content_type(lines[-1].text)):
        page.warnings.append(("truncated", "the dump ends inside the footer", lines[-1].number))
    return page


def _header_line(lines: list[Line], roles: list[str | None]) -> int | None:
    """Where the date header may be: in the first ``_MAX_NAV_LINES + 1`` lines, under the header's fields standing
    there (`_under_its_fields`), or under a longer site menu (up to ``_MAX_MENU_LINES``) when the font-size widget
    follows it among the header's fields. On a page with no
    such line, a header led by a label or its time (`_LED_DATE_HEADER`): where the widget follows it so, or, on a
    page with a footer, the one such line in the first lines (a site's "updated" note above the header is none,
    and several are a listing's items).

    >>> menu = [Line(number, "Menu", "", 0) for number in range(7)]
    >>> lines = menu + [Line(8, "Cập nhật: 05/01/2022 16:00", "", 0), Line(9, "A title", "", 0), Line(10, "Cỡ chữ:", "", 0)]
    >>> _header_line(lines, [None] * 9 + ["font_size_widget"]), _header_line(lines, [None] * 10)
    (7, None)
    """
    plain = next((index for index, role in enumerate(roles[: _MAX_MENU_LINES + 1]) if role == "date_header"), None)
    if plain is not None and (plain <= _MAX_NAV_LINES or _framed(roles, plain) or _under_its_fields(lines, roles, plain)):
        return plain
    led = [index for index, line in enumerate(lines[: _MAX_MENU_LINES + 1])
           if roles[index] is None and len(line.text) <= _MAX_LED_HEADER_CHARS and _LED_DATE_HEADER.match(line.text)]
    framed = [index for index in led if _framed(roles, index)]
    if framed:
        return framed[0]
    return led[0] if len(led) == 1 and led[0] <= _MAX_NAV_LINES and plain is None and _has_frame(roles) else None


def _under_its_fields(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether the date line at ``index`` stands under the header's fields (`_fields_above`), navigation above them
    in the first ``_MAX_NAV_LINES`` lines (`_navigation_above`): its search reaches past them.

    >>> nav = _nonempty_lines("Trang chủ\\nTin tức\\nKinh tế\\nBình Dương họp báo\\nCỡ chữ: Font size:", _line_template_role)
    >>> lines = nav + _nonempty_lines("05/01/2022 | Nguyễn Trang\\nThứ 4, Ngày 05/01/2022, 16:00")
    >>> roles = [line.role or None for line in lines[:6]] + ["date_header"]
    >>> _under_its_fields(lines, roles, 6), _under_its_fields(lines[:3] + lines[6:], roles[:3] + roles[6:], 3)
    (True, False)
    """
    top = _fields_above(lines, roles, index)
    return top < index and top <= _MAX_NAV_LINES and _navigation_above(lines, roles, top, _ANY_NAV_LINES)


def _framed(roles: list[str | None], index: int) -> bool:
    """Whether the font-size widget follows the line at ``index`` among the header's fields."""
    return "font_size_widget" in roles[index + 1 : index + 1 + _HEADER_FIELDS]


def _parse_header(page: Page, lines: list[Line], roles: list[str | None], header: int, top: int) -> int:
    """Nav lines, date header, then title, widget and byline in any order (the title before the byline), the
    header's fields from ``top`` (`_fields_above`) on; the index of the first line after them."""
    _nav_lines(page, lines, roles, 0, top)
    if top < header:  # the fields above the date line, read up to it (a title right above it ends there)
        _nav_lines(page, lines, roles, _parse_header_fields(page, lines[:header], roles[:header], top), header)
    page.lines.append(_with_role(lines[header], "date_header"))
    start = _parse_header_fields(page, lines, roles, header + 1)
    if page.title is None and top == header and header and _titles_from_above(page, lines[header - 1], roles[header - 1]):
        page.title, page.lines[header - 1] = lines[header - 1].text, _with_role(lines[header - 1], "title")
    if page.title is None:
        page.warnings.append(("no_title", "no title line after the date header", lines[header].number))
    return start


def _titles_from_above(page: Page, line: Line, role: str | None) -> bool:
    """Whether the line right above the date header is the page's title, where none stands under it (an extractor put
    the h1 first): the header's fields read (the widget or a byline), and the line no template line that reads as a
    title (`_reads_as_a_title_above`).

    >>> page = Page("article", [Line(2, "Cỡ chữ: Font size:", "font_size_widget")])
    >>> _titles_from_above(page, Line(1, "Bình Dương họp báo", ""), None)
    True
    >>> _titles_from_above(Page("article", []), Line(1, "Bình Dương họp báo", ""), None)
    False
    """
    return (
        role is None and (page.byline is not None or any(field.role == "font_size_widget" for field in page.lines))
        and _reads_as_a_title_above(line.text)
    )


def _reads_as_a_title_above(text: str) -> bool:
    """Whether a line above the date header reads as a title, not as navigation, whatever its length: no sentence (a
    question or exclamation may be one), at most `_MAX_TITLE_CHARS`, and none of the navigation's shapes: a
    breadcrumb's separators (`_BREADCRUMB_MARK`), a section's path of dashed parts (`_PATH_DASH`), a menu on one line
    or the home page's label (`_is_a_menu_line`), the site's banner (`_SITE_BANNER`), a listing's header or a section's name
    (`_names_a_section`: "Tin tức", "News - Smart City", "Kinh tế"), a section led by its tag ("CCHC - Cải cách hành
    chính").

    >>> _reads_as_a_title_above("Bình Dương họp báo"), _reads_as_a_title_above("Why invest in Binh Duong?")
    (True, True)
    >>> [_reads_as_a_title_above(text) for text in ("Trang chủ", "Tin tức", "CCHC - Cải cách hành chính", "Bạn đang ở:",
    ...  "News - Smart City - Investment - Trade and Tourism - Events", "Home News Investment Tourism Culture Society",
    ...  "Welcome to Binh Duong Province Electronic Information Portal", "Trang chủ > Tin tức > Kinh tế")]
    [False, False, False, False, False, False, False, False]
    """
    return (
        len(text) <= _MAX_TITLE_CHARS and (not _is_terminated(text) or _search(_TITLE_ENDING, text) is not None)
        and _search(_BREADCRUMB_MARK, text) is None and len(_PATH_DASH.findall(text)) < 2
        and not _is_a_menu_line(text) and _search(_SITE_BANNER, text) is None
        and not _names_a_section(text) and agency_tag(text) is None
    )


def _names_a_section(text: str) -> bool:
    """Whether a line names one of the portal's sections: a listing's header (`_is_listing_header`: "Tin tức", "News -
    Smart City") or a section's name alone (`_SECTION_NAMES`: "Kinh tế", "Văn hoá – Xã hội", "Culture - Sports").

    >>> [_names_a_section(text) for text in ("Kinh tế", "Văn hoá – Xã hội", "News", "Kinh tế Bình Dương tăng tốc")]
    [True, True, True, False]
    """
    return _section_key(text) in _SECTION_NAMES or _match(_LISTING_CATEGORY, text) is not None


def _section_key(text: str) -> str:
    """A line's text as `_SECTION_NAMES` holds a section's name: case-folded, without its marks (a dump may lose them,
    "TIN TUC - SU KIEN"; "hóa" and "hoá" one key), single-spaced, its dashes spaced, a colon or dash after it off.

    >>> _section_key("Văn hóa–Xã  hội"), _section_key("NEWS – EVENTS:")
    ('van hoa - xa hoi', 'news - events')
    """
    return _without_marks(_SPACED_DASH.sub(" - ", " ".join(text.rstrip(_SECTION_NAME_ENDS).split())))


# A listing's header without its category: the listing word alone ("News", "Tin tức"), keyed as a section's name.
_LISTING_WORD_NAMES = ("News", "Tin tức")
_LISTING_WORDS = frozenset(map(_section_key, _LISTING_WORD_NAMES))
_SECTION_NAMES = frozenset(map(_section_key, _SECTIONS)) | _LISTING_WORDS
# The words of the portal's menu items, as `_section_key` keys them, one set a language (the English items are
# ASCII, the Vietnamese ones marked): a line of one set's words alone is a menu. Apart, since keyed without marks
# Vietnamese words spell English ones ("thể" "the", "sơ" "so", "đồ" "do", "hệ" "he"): "THE NEWS" is no menu.
_MENU_ITEM_NAMES = (*_SECTIONS, *_MENU_ITEMS, *_LISTING_WORD_NAMES)
_LANGUAGE_TOGGLES = ("english", "tiếng việt")  # (the switch to the other portal, in either portal's menu)
_MENU_WORDS = tuple(
    frozenset(
        word for item in (*_LANGUAGE_TOGGLES, *(item for item in _MENU_ITEM_NAMES if item.isascii() is english))
        for word in _WORD.findall(_section_key(item))
    )
    for english in (True, False)
)


def _is_a_menu_line(text: str) -> bool:
    """Whether a line is a menu on one line: the home page's label before an item or alone (`_HOME_MENU`), or the
    menu's words of one language alone (`_MENU_WORDS`), none in lower case, and no number (a menu's items have none;
    a title in capitals may: "EVENTS 2023").

    >>> [_is_a_menu_line(text) for text in ("Trang chủ Tin tức", "Home News Investment Tourism Culture", "TIN TUC KINH TE")]
    [True, True, True]
    >>> _is_a_menu_line("Binh Duong Welcomes Investors From Korea"), _is_a_menu_line("Home prices rise")
    (False, False)
    >>> _is_a_menu_line("THE NEWS"), _is_a_menu_line("Events 2023"), _is_a_menu_line("THỂ THAO")
    (False, False, True)
    """
    if _search(_HOME_MENU, text) is not None:
        return True
    if _search(_NO_LOWER_CASE_WORD, text) is None or any(character.isdigit() for character in text):
        return False
    words = _WORD.findall(_section_key(text))
    return any(menu_words.issuperset(words) for menu_words in _MENU_WORDS)


def _fields_above(lines: list[Line], roles: list[str | None], header: int) -> int:
    """Where the header's fields right above its date line at ``header`` begin (``header`` for none): up to
    `_HEADER_FIELDS` lines, each field once, the widget, a byline with its author (`_fields_under`) or a line that
    reads as the title (`_reads_as_a_title_above`), the widget or a byline among them (a title alone there is
    `_titles_from_above`'s: the fields under the date line tell it), and no title under the date line (`_title_under`:
    a section's name on a breadcrumb's own line, "Kinh tế", is no title above a byline there). An extractor may put
    the date line anywhere in the header, under the byline too.

    >>> lines = _nonempty_lines("Trang chủ\\nBình Dương họp báo\\n05/01/2022 | Hồng Phúc\\nThứ 4, Ngày 05/01/2022, 16:00")
    >>> _fields_above(lines, [None, None, None, "date_header"], 3), _fields_above([lines[1], lines[3]], [None, "date_header"], 1)
    (1, 1)
    """
    top, found, title_under = header, set(), None
    while top > 0 and header - top < _HEADER_FIELDS:
        index = top - 1
        if _fields_under(lines, roles, index, False, None):
            field = roles[index] or "byline"
        elif roles[index] is None and _reads_as_a_title_above(lines[index].text) and not (
            title_under := _title_under(lines, roles, header) if title_under is None else title_under
        ):
            field = "title"
        else:
            break
        if field in found:
            break
        found.add(field)
        top = index
    return top if found - {"title"} else header


def _title_under(lines: list[Line], roles: list[str | None], header: int) -> bool:
    """Whether the title stands under the date line at ``header``, the template's place: the first line under the
    header's fields there (the widget, a byline) is one no template knows that `_is_title` reads as a title.

    >>> lines = _nonempty_lines("Thứ 4, Ngày 05/01/2022, 16:00\\nBình Dương họp báo\\nCỡ chữ: Font size:")
    >>> _title_under(lines, ["date_header", None, "font_size_widget"], 0), _title_under(lines[:1], ["date_header"], 0)
    (True, False)
    """
    index = header + 1
    while index < len(lines) and index - header <= _HEADER_FIELDS and _fields_under(lines, roles, index, False, None):
        index += 1
    return index < len(lines) and roles[index] is None and _is_title(lines, roles, index, header + 1)


def _parse_header_fields(page: Page, lines: list[Line], roles: list[str | None], start: int) -> int:
    """Title, widget and byline from ``start``, in any order (the title before the byline); the index of
    the first line after them."""
    first, widget = start, any(line.role == "font_size_widget" for line in page.lines)  # (one read above the date line)
    while start < len(lines):
        line = lines[start]
        continuing = widget and page.lines[-1].role == "font_size_widget"  # (the widget written over lines)
        if (roles[start] == "font_size_widget" or _widget_part(line.text, continuing)) and (not widget or continuing):
            widget, role = True, "font_size_widget"
        elif start == first and roles[start] == "date_header" and not _may_be_title(lines, roles, start, first):
            role = "date_header"  # the date again, alone (a second header line): the fields go on after it
        elif _clock_and_date_alone(line.text, roles[start]) and _author_s_byline_among(page, lines, roles, start):
            role = "nav"  # the date again with its clock and no author, among the fields: no byline, they go on after it
        elif roles[start] in FOOTER_ANCHORS and (
            _field_follows(page, lines, roles, end := _share_bar_end(lines, roles, start), widget)
            or _stray_run_end(lines, roles, start) is not None
        ):
            # footer lines an extractor put among the header's fields or under its last, as above them (a split count
            # with its views line)
            _nav_lines(page, lines, roles, start, end)
            start = end
            continue
        elif page.byline is None and (byline := parse_byline(line.text)):
            page.byline, role = _byline_credits_apart(page, byline), "byline"
        elif (
            # (the title before the byline, or, with no blank line above, under one read first: an order some skins use)
            page.title is None and (page.byline is None or not line.blanks_before)
            and _may_be_title(lines, roles, start, first)
            and ((wrapped := _wrapped_title_lines(lines, roles, start)) > 1 or _is_title(lines, roles, start, first))
            and (page.byline is None or _body_opens_at(lines, roles, start + wrapped))
        ):
            page.title, role = line.text, "title"
            for _ in range(wrapped - 1):  # a title wrapped over lines: one title
                page.lines.append(_with_role(line, role))
                start += 1
                line = lines[start]
                page.title = f"{page.title} {line.text}"
        elif page.title is not None and roles[start] is None and _fields_under(lines, roles, start + 1, widget, page.byline):
            # a subtitle, a sapo or a credit under the title, the widget or byline under it: a line of the body's
            _read_body_line(page, line, page.lines[-1], lines[start + 1], lead_read=page.agency is not None)
            start += 1
            continue
        else:
            break
        page.lines.append(_with_role(line, role))
        start += 1
    return start


def _author_s_byline_among(page: Page, lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether a byline with its author's name is among the header's fields, read already or in the
    `_HEADER_FIELDS` lines after ``index``: a date and clock alone there is then a second date line, else the
    page's byline ("05/01/2022 10:30" under the widget, no author on the page).

    >>> page, lines = Page("article", []), _nonempty_lines("10:30 05/01/2022\\n05/01/2022 | Hồng Phúc")
    >>> _author_s_byline_among(page, lines, [None, None], 0), _author_s_byline_among(page, lines[:1], [None], 0)
    (True, False)
    """
    return (page.byline is not None and page.byline["author"] is not None) or any(
        _fields_under(lines, roles, later, True, None) for later in range(index + 1, index + 1 + _HEADER_FIELDS)
    )


def _clock_and_date_alone(text: str, role: str | None) -> bool:
    """Whether a header line is a date and its clock alone, no author: the date header's form ("05/01/2022 10:30") or
    a byline's with no bar ("10:30 05/01/2022", "05/01/2022 lúc 10:30"), a second date line, not the byline (a date
    alone may be one: "16/05/2019").

    >>> _clock_and_date_alone("10:30 05/01/2022", None), _clock_and_date_alone("05/01/2022 | Nguyễn Trang", None)
    (True, False)
    >>> _clock_and_date_alone("16/05/2019", None), _clock_and_date_alone("05/01/2022 10:30", "date_header")
    (False, True)
    """
    if role == "date_header":
        return _DATE_AND_TIME_ALONE.match(text) is not None
    if role is not None or "|" in text:
        return False
    byline = parse_byline(text)
    return byline is not None and byline["author"] is None and _search(_CLOCK, byline["date_raw"]) is not None


def _body_opens_at(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether what stands at ``index``, under a title read under the byline, is where a title ends: the widget, the
    body after a blank line, the lead (its agency tag), or the dump's end. In a dump with no blank lines a heading
    under the byline is followed by none of these (another heading, a short paragraph), and stays the body's.

    >>> lines = _nonempty_lines("Title\\nPORTAL - Lead.\\nHeading\\nShort paragraph")
    >>> _body_opens_at(lines, [None] * 4, 1), _body_opens_at(lines, [None] * 4, 3), _body_opens_at(lines, [None] * 4, 4)
    (True, False, True)
    """
    if index >= len(lines):
        return True
    line = lines[index]
    return (
        roles[index] == "font_size_widget" or _widget_part(line.text, False) or line.blanks_before > 0
        or agency_tag(line.text) is not None
    )


def _widget_part(text: str, continuing: bool) -> bool:
    """Whether a line is a part of the font-size widget written over lines: its buttons ("Giảm (A-) Mặc định (A)",
    before its label too), or, right under another part (``continuing``), a label or a button bare ("Font size:",
    "Tăng", "A+").

    >>> _widget_part("Giảm (A-) Mặc định (A)", False), _widget_part("Tăng", True), _widget_part("Tăng", False)
    (True, True, False)
    """
    if "(" in text and _match(_WIDGET_BUTTONS, text) is not None:  # (a title, most lines here, has no bracket)
        return True
    if not continuing:
        return False
    label = lookup_label(text)
    return (label is not None and label.role == "font_size_widget") or _match(_BARE_WIDGET_BUTTONS, text) is not None


def _opens_with_byline(lines: list[Line], roles: list[str | None]) -> bool:
    """Whether a page without its header begins at the byline, in the template's form: its date, then its author's
    name ("14/09/2020 | Nguyen Trang"; not "Hà Nội | 05/01/2022", "Giá Vàng | 05/01/2022": a place's, a table's).

    >>> _opens_with_byline(_nonempty_lines("14/09/2020 | Nguyen Trang\\nLead."), [None, None])
    True
    """
    byline = parse_byline(lines[0].text)
    return byline is not None and lines[0].text.startswith(byline["date_raw"]) and _fields_under(lines, roles, 0, True, None)


def _fields_under(lines: list[Line], roles: list[str | None], index: int, widget: bool, byline: object) -> bool:
    """Whether the line at ``index`` is a header field not read yet: the widget, or a byline with its author's
    name ("16/05/2019 | Nguyen Trang", "Nguyen Trang | May 16, 2019"; not a date alone, which may be a
    notice's, nor a table's row, "Giá vàng | 05/01/2022")."""
    if index >= len(lines):
        return False
    if roles[index] == "font_size_widget":
        return not widget
    found = parse_byline(lines[index].text) if byline is None else None
    author = found["author"] if found is not None else None
    return author is not None and all(word[:1].isupper() for word in author.split())


def _wrapped_title_lines(lines: list[Line], roles: list[str | None], index: int) -> int:
    """How many lines the title at ``index`` takes: up to `_MAX_TITLE_LINES`, the widget or a byline right
    under the last, each line but the last broken after a speaker's colon ("Chủ tịch UBND tỉnh Võ Văn Minh:" /
    "Tập trung phục hồi kinh tế") or mid-sentence (the next line opens in lower case: "… Tập trung phục hồi" /
    "kinh tế …") or, on a page a crawler wrapped (`_wrap_width`), a wrapped piece (the next
    line's first word would not have fitted on it within the page's width, no sentence's end but an
    abbreviation's, "Mr.", "TP."), the others with no blank line above, no template line, byline, credit,
    caption cue or tagged lead, and not the line above again; 1 for any other title (a subtitle, a sapo or a
    credit under it)."""
    width: int | None = -1  # not measured yet: most titles have the widget or a blank line under them
    for count in range(2, _MAX_TITLE_LINES + 1):
        last, above = index + count - 1, lines[index + count - 2].text
        if last + 1 >= len(lines) or roles[last] is not None or lines[last].blanks_before:
            break
        if width == -1:
            width = _wrap_width(lines, roles, index)
        if not _continues_title(lines[last].text, above, width):
            break
        if roles[last + 1] == "font_size_widget" or parse_byline(lines[last + 1].text) is not None:
            return count
    return 1


def _wrap_width(lines: list[Line], roles: list[str | None], title: int) -> int | None:
    """The width a crawler wrapped a page's lines at: the longest of its lines that no template knows after the
    title's first (at ``title``), of `_MAX_WRAPPED_CHARS` or fewer, when no more than `_MAX_UNWRAPPED_LINES`
    are longer (a web address may be) and `_MIN_WRAPPED_RUN` or more fill it to `_WRAP_FILL`, as a wrapper
    fills its lines; None for a page with its paragraphs on lines of their own, or of a few short lines (a
    photo report's captions, a notice's items).

    >>> lines = _nonempty_lines("A title\\n" + "\\n".join(["x" * 70] * 3 + ["y" * 20]))
    >>> _wrap_width(lines, [None] * len(lines), 0), _wrap_width(lines[:3], [None] * 3, 0)
    (70, None)
    """
    lengths = [len(line.text) for line, role in zip(lines[title + 1 :], roles[title + 1 :], strict=True) if role is None]
    if sum(length > _MAX_WRAPPED_CHARS for length in lengths) > _MAX_UNWRAPPED_LINES:
        return None
    width = max((length for length in lengths if length <= _MAX_WRAPPED_CHARS), default=0)
    filled = sum(width * _WRAP_FILL <= length <= width for length in lengths)
    return width if filled >= _MIN_WRAPPED_RUN else None


def _names_after(text: str) -> bool:
    """Whether a line is "by" or "theo" and names alone (an author's, a source's)."""
    return text[:1] in "bBtT" and _match(_NAMES_AFTER, text) is not None


def _continues_title(text: str, above: str, width: int | None) -> bool:
    """Whether a line goes on a title whose line above is ``above``, on a page wrapped at ``width``."""
    if above.endswith(":") or (text[:1].islower() and not _is_terminated(above)):  # after the speaker; mid-sentence
        broken = len(above) <= _MAX_TITLE_CHARS and len(text) <= _MAX_TITLE_CHARS
    else:
        broken = (
            width is not None and len(above) * _WRAP_FILL <= width and len(text) <= width
            and _fills(above, text, width, first=False)
            and (above[-1:] not in _SENTENCE_ENDS or _ABBREVIATION_END.search(above) is not None)
        )
    return (
        broken and text != above and not _names_after(text) and agency_tag(text) is None
        and parse_byline(text) is None and not parse_credits(text) and not _has_caption_cue(text)
    )


def _dates_items(roles: list[str | None]) -> bool:
    """Whether the date lines are a listing's, one an item: several apart, and neither the widget nor a
    footer line on the page (an article's header has one date line, or two together)."""
    if roles.count("date_header") < _MIN_DATED_ITEMS:  # (most pages: one)
        return False
    dated = [index for index, role in enumerate(roles) if role == "date_header"]
    return dated[-1] - dated[0] >= len(dated) and not _has_frame(roles)


def _dates_an_item(lines: list[Line], roles: list[str | None], header: int) -> bool:
    """Whether the date line at ``header``, under another line on a page without the widget and a footer, dates a
    listing's item: a date and time alone ("05/01/2022 16:00"), or any date line, a weekday's too ("Thứ 5,
    16/05/2019"), between an item's title and its teaser under a listing's category header ("News - Smart City" /
    title / date / teaser: `_titles`), the teaser no title line, one that asks or exclaims included, and the page's
    last paragraph but listing controls (an article's header under a breadcrumb of two lines has its title there,
    "Why …?" or longer than a title line, and its body under it). Above the item's title it dates the item right
    under the listing's header, the item's teaser the page's last paragraph ("News" / date / title / teaser); under a
    breadcrumb's other lines, or above more paragraphs, it may be an article's header, and stays one.

    >>> lines = _nonempty_lines("News - Smart City\\n\\nA title\\nThứ 5, 16/05/2019\\nBEGIC - The lead.", _line_template_role)
    >>> _dates_an_item(lines, [line.role or None for line in lines], 2)
    True
    """
    if not header or _has_frame(roles):
        return False
    if _DATE_AND_TIME_ALONE.match(lines[header].text):
        return True
    if _is_listing_header(lines[header - 1].text):  # right under the header: "News" / date / title / teaser
        return _titles(lines, header + 1, False) and _ends_the_page(lines, header + 3)
    if _dated_under_its_teaser(lines, roles, header):
        return True
    return (
        _titles(lines, header - 1, False) and not _stands_as_a_title(lines, header + 1)
        and _ends_the_page(lines, header + 2) and any(_is_listing_header(line.text) for line in lines[: header - 1])
    )


# At least this many tagged paragraphs under a listing's header are its teasers (an article has one tagged lead).
_MIN_TAGGED_TEASERS = 2


def _dates_a_listing(lines: list[Line], roles: list[str | None], header: int) -> bool:
    """Whether the date line at ``header`` is the site's date over a listing, no article's header: a listing's header
    right under it ("Thứ 2, Ngày 15/05/2023" / "Tin tức - Sự kiện"), on a page without the widget and a footer, and
    teasers under that, `_MIN_TAGGED_TEASERS` tagged paragraphs or more.

    >>> lines = _nonempty_lines("Thứ 2, Ngày 15/05/2023\\nTin tức\\nTTĐT - Sáng 10/3, …\\nTTĐT - Chiều 13/3, …")
    >>> _dates_a_listing(lines, [line.role or None for line in lines], 0)
    True
    >>> _dates_a_listing(lines[:3], [line.role or None for line in lines[:3]], 0)
    False
    """
    if header + 1 >= len(lines) or not _is_listing_header(lines[header + 1].text) or _has_frame(roles):
        return False
    tagged = (line for line in lines[header + 2 :] if agency_tag(line.text) is not None)
    return len(list(itertools.islice(tagged, _MIN_TAGGED_TEASERS))) == _MIN_TAGGED_TEASERS


def _stands_as_a_title(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` is a title line (`_is_title_line`, one that asks or exclaims too) that the line
    under it does not go on (`_goes_on`, under an unfinished sentence): no hard-wrapped teaser's first piece.

    >>> lines = _nonempty_lines("Why invest in Binh Duong?\\nBinh Duong is a smart city.\\n" + "On the afternoon of "
    ...                         "September 05, at the Provincial Convention and\\nExhibition Center, the board met.")
    >>> _stands_as_a_title(lines, 0), _stands_as_a_title(lines, 2)
    (True, False)
    """
    following = lines[index + 1 : index + 2]
    return _is_title_line(lines[index : index + 1], True) and not (
        following and not following[0].blanks_before and not _is_terminated(lines[index].text)
        and _goes_on(lines[index : index + 1], following[0], lambda: False)
    )


def _dated_under_its_teaser(lines: list[Line], roles: list[str | None], header: int) -> bool:
    """Whether the date line at ``header`` dates the teaser right above it, under the listing's header, and ends the
    page but listing controls ("News" / teaser / "Thứ 5, 16/05/2019": a listing of one item dated under its teaser).
    An article's header under a breadcrumb has its navigation above it (`_is_nav_like`: short, no sentence), its
    title and body under it.

    >>> lines = _nonempty_lines("News\\n\\nBEGIC - The lead of the story.\\nThứ 5, 16/05/2019", _line_template_role)
    >>> _dated_under_its_teaser(lines, [line.role or None for line in lines], 2)
    True
    >>> lines = _nonempty_lines("News\\nSmart City\\nThứ 5, 16/05/2019", _line_template_role)
    >>> _dated_under_its_teaser(lines, [line.role or None for line in lines], 2)
    False
    """
    return (
        header >= 2 and _is_listing_header(lines[header - 2].text) and not _is_nav_like(lines[header - 1], roles[header - 1])
        and _ends_the_page(lines, header + 1)
    )


def _is_listing_header(text: str) -> bool:
    """Whether a line is a listing's header: its category after the listing word ("News - Smart City",
    `_LISTING_CATEGORY`), or that word alone (`_LISTING_WORDS`: "News", "Tin tức").

    >>> _is_listing_header("Tin tức - Sự kiện"), _is_listing_header("News"), _is_listing_header("Thành phố thông minh")
    (True, True, False)
    """
    return _section_key(text) in _LISTING_WORDS or _match(_LISTING_CATEGORY, text) is not None


def _ends_the_page(lines: list[Line], index: int) -> bool:
    """Whether the paragraph that goes on at ``index`` (no blank line above its lines: a wrapped teaser's) is the
    page's last but listing controls ("Xem tiếp", "1 2 3 Next »")."""
    return all(listing_control(line.text) for line in lines[index:] if line.blanks_before)


def _has_frame(roles: list[str | None]) -> bool:
    """Whether the page has the article's widget or a footer line: a date line there is a header, though
    its date and time stand alone or other date lines follow."""
    return any(role == "font_size_widget" or role in FOOTER_ROLES for role in roles)


def _navigation_above(lines: list[Line], roles: list[str | None], index: int, any_lines: int, top: int = 0) -> bool:
    """Whether the lines above the header line at ``index`` (below ``top``, the footer lines put first:
    `_share_bar_end`) may be navigation: at most ``any_lines`` of any kind, or more that each look like
    navigation (`_is_nav_like`)."""
    return index - top <= any_lines or all(map(_is_nav_like, lines[top:index], roles[top:index]))


def _share_bar_end(lines: list[Line], roles: list[str | None], start: int) -> int:
    """The end of the run of footer lines from ``start`` (``start`` for none) that an extractor may put above or
    among the header's fields (the share bar, the views count, a views count alone under its split views line, the
    content type: `_in_footer_run`), a heading spelt like a label (`_is_label_heading`) none of them.

    >>> lines = _nonempty_lines("Chia sẻ:\\nLượt xem: 12\\nA title", _line_template_role)
    >>> _share_bar_end(lines, [line.role or None for line in lines], 0)
    2
    """
    end = start
    while end < len(roles) and _in_footer_run(lines, roles, end):
        end += 1
    return end


def _in_footer_run(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether the line at ``index`` may stand in a run of footer lines put above or among the header's fields: a
    footer anchor, no heading spelt like a label, or a views count alone under its views line (`_split_views_count`)."""
    role = roles[index]
    if role is None:
        return _split_views_count(lines, roles, index)
    return role in FOOTER_ANCHORS and not _is_label_heading(lines, roles, index)


def _nav_lines(page: Page, lines: list[Line], roles: list[str | None], start: int, end: int) -> None:
    """The lines from ``start`` to ``end``, above or among the header's fields, onto the page as nav; the footer lines
    among them give their fields still (the views count, a split one's too, and the content type).

    >>> lines = _nonempty_lines("Lượt người xem:  Views:\\n12\\nA title", _line_template_role)
    >>> page = Page("article", [])
    >>> _nav_lines(page, lines, [line.role or None for line in lines], 0, 2)
    >>> [line.role for line in page.lines], page.views
    (['nav', 'nav'], 12)
    """
    for index in range(start, end):
        line, role = lines[index], roles[index]
        page.lines.append(_with_role(line, "nav"))
        if role in _FIELD_ROLES:
            _read_footer_field(page, line.text, role)
        elif role is None and _split_views_count(lines, roles, index):
            _read_footer_field(page, line.text, "views", alone=True)


def _field_follows(page: Page, lines: list[Line], roles: list[str | None], index: int, widget: bool) -> bool:
    """Whether the line at ``index`` may be a header field not read yet: the widget, a title, a byline."""
    if index >= len(lines):
        return False
    role = roles[index]
    if role == "font_size_widget":
        return not widget
    return role is None and (page.title is None or (page.byline is None and parse_byline(lines[index].text) is not None))


def _is_nav_like(line: Line, role: str | None) -> bool:
    """A line that may stand above the date header as navigation: short, no sentence (a breadcrumb's
    "Bạn đang ở:" ends in a colon), no template line, no doubled SharePoint title."""
    text = line.text
    return (
        role is None and len(text) <= _MAX_HEADING_CHARS and (text.endswith(":") or not _is_terminated(text))
        and not _doubled_title(text)
    )


def _may_be_title(lines: list[Line], roles: list[str | None], index: int, first: int) -> bool:
    """A line no template knows, or, right after the date header, a title that opens like one
    ("Thứ Hai, 14/9/2020: Bình Dương ghi nhận …", not a second date alone)."""
    if roles[index] is None:
        return True
    if index != first or roles[index] != "date_header":
        return False
    return _search(_TITLE_AFTER_DATE, lines[index].text) is not None


def _is_title(lines: list[Line], roles: list[str | None], index: int, first: int) -> bool:
    """Whether a header line is the title: framed by the widget or byline that follow it; else unterminated
    (short, unless it is the header's first line, the template's place of the title); else, in that place,
    a short question, exclamation or trailing-off with no agency tag (a lead's full stop says body)."""
    text = lines[index].text
    if index + 1 < len(lines) and (roles[index + 1] == "font_size_widget" or parse_byline(lines[index + 1].text) is not None):
        return True
    if not _is_terminated(text):
        return index == first or len(text) <= _MAX_TITLE_CHARS
    return (
        index == first and len(text) <= _MAX_TITLE_CHARS and agency_tag(text) is None
        and _search(_TITLE_ENDING, text) is not None
    )


def _parse_framed(
    lines: list[Line], roles: list[str | None], header: int | None, footer: int | None, top: int
) -> Page:
    """A page with a date header, a footer or field labels: an article or another list view (``top`` where the
    header's fields begin, `_fields_above`)."""
    page = Page("article", [])
    start = 0
    if header is not None:
        start = _parse_header(page, lines, roles, header, top)
    elif (doubled := _list_view_title(lines, roles)) or "sp_field" in roles[: len(lines) if footer is None else footer]:
        page.kind = "other"
        if doubled:
            page.title = doubled.group(1)
            page.lines.append(_with_role(lines[0], "title"))
            start = 1
    else:
        page.warnings.append(("no_header", "no date header: the page may begin mid-body", lines[0].number))
        top = _share_bar_end(lines, roles, 0)
        reach = top + _MAX_NAV_LINES + _HEADER_FIELDS
        widget = next((i for i, role in enumerate(roles[:reach]) if role == "font_size_widget"), None)
        first = max((widget or 0) - 1, top)
        while first > top and _in_footer_run(lines, roles, first):  # (footer lines between the title and the widget)
            first -= 1
        if widget is not None and _navigation_above(lines, roles, first, _HEADER_FIELDS - 2, top):  # widget in the first three
            # the header's other lines are there: the title before the widget, navigation above it
            _nav_lines(page, lines, roles, 0, first)
            start = _parse_header_fields(page, lines, roles, first)
        elif _opens_with_byline(lines, roles):  # the dump begins at the byline, the header's last field
            start = _parse_header_fields(page, lines, roles, 0)
    if footer is not None and footer < start:  # a footer line above the header's fields (a share bar put first) is nav
        footer = _footer_start(lines, roles, start)
    end = footer if footer is not None else len(lines)
    related, after = _related_block(lines, roles, start, end)
    _parse_body(page, *_unwrapped(lines[start:related], roles[start:related]))
    if footer is not None:  # (a cut dump's last line may be a heading whose paragraph was cut)
        _read_sign_off(page)
    page.lines += _related_lines(lines[related:after], roles[related:after])
    _parse_body(page, lines[after:end], roles[after:end])  # the sign-off and credit lines under the block
    if after > related or footer is None:  # (cut short, its last line may be a sentence's piece: a mark must tell)
        _read_sign_off(page, marked=True, after=_RELATED_ITEM_ROLES if after > related else _PROSE_ROLES)
    if footer is None:
        page.warnings.append(("no_footer", "no SharePoint footer: the page may be cut short", lines[-1].number))
        last = page.lines[-1] if page.lines else None
        if last is not None and last.role in CONTENT_ROLES and not _is_terminated(last.text):
            page.lines[-1] = _with_role(last, "body")
            page.warnings.append(("truncated", "the dump ends inside a paragraph", last.number))
        elif last is not None and last.role == "title":  # (an article never ends at its title: the dump was cut there)
            page.warnings.append(("truncated", "the dump ends at its title", last.number))
    _parse_footer(page, lines[end:], roles[end:])
    _credit_captions(page)
    return page


def _list_view_title(lines: list[Line], roles: list[str | None]) -> regex.Match | None:
    """A list view's doubled title on the page's first line (`_doubled_title`), unless that line is a template's: a
    footer's doubled action ("Manage PermissionsManage Permissions" opens a dump cut at its head) is that action.

    >>> _list_view_title(_nonempty_lines("About usAbout us"), [None]).group(1)
    'About us'
    >>> _list_view_title(_nonempty_lines("Version HistoryVersion History"), ["sp_action"]) is None
    True
    """
    return _doubled_title(lines[0].text) if roles[0] is None else None


def _credit_captions(page: Page) -> None:
    """The photographers the captions name at their ends (`caption_credits`), each once, in their order, as the
    page's photographer, unless a credit line or the sign-off named one."""
    if "photographer" in (page.credits or {}):
        return
    named = [credits["photographer"] for text in _caption_texts(page) if (credits := caption_credits(text))]
    if named:
        page.credits = {**(page.credits or {}), "photographer": ", ".join(dict.fromkeys(named))}


def _caption_texts(page: Page) -> list[str]:
    """The page's captions, a caption line that leaves a bracket open joined to the caption line under it: a caption
    wrapped inside its credit ("… (Ảnh: Minh" / "Duy)") names the photographer whole.

    >>> page = Page("article", [Line(7, "Quang cảnh hội nghị (Ảnh: Minh", "caption"), Line(8, "Duy)", "caption")])
    >>> _caption_texts(page)
    ['Quang cảnh hội nghị (Ảnh: Minh Duy)']
    """
    texts: list[str] = []
    open_bracket = False
    for line in page.lines:
        if line.role != "caption":
            open_bracket = False
            continue
        if open_bracket:
            texts[-1] = f"{texts[-1]} {line.text}"
        else:
            texts.append(line.text)
        open_bracket = texts[-1].count("(") > texts[-1].count(")")
    return texts


def _unwrapped(
    lines: list[Line], roles: list[str | None], bare: bool = False
) -> tuple[list[Line], list[str | None]]:
    """The body's lines with each hard-wrapped paragraph joined into one line by ``\n`` (as a listing's
    teasers are): the lines of a run without blank lines that `_wraps_into` its paragraph are its pieces.
    In a body with at most one blank-line break (no paragraph breaks), a line that ends a sentence ends its
    paragraph, but on a ``bare`` page (no header, footer or listing header: a teaser's paragraph alone)."""
    blank_breaks = sum(1 for line in lines[1:] if line.blanks_before)
    if blank_breaks == len(lines) - 1:  # a blank line above every line: nothing wrapped (most pages)
        return lines, roles
    groups: list[list[Line]] = []
    group_roles: list[str | None] = []
    widths: list[int] = []  # each group's longest line
    spaced = bare or blank_breaks >= 2
    numbered = 0  # the number of the last numbered item above: the list's next number opens an item (`_list_breaks`)
    for line, role in zip(lines, roles, strict=True):
        if groups and _wraps_into(groups[-1], group_roles[-1], widths[-1], line, role, spaced, numbered):
            groups[-1].append(line)
            widths[-1] = max(widths[-1], len(line.text))
        else:
            groups.append([line])
            group_roles.append(role)
            widths.append(len(line.text))
            if _item_mark(line.text) == "numbered":
                numbered = _item_number(line.text)
    joined = [
        group[0] if len(group) == 1 else
        Line(group[0].number, "\n".join(piece.text for piece in group), group[0].role, group[0].blanks_before)
        for group in groups
    ]
    return joined, group_roles


def _wraps_into(
    group: list[Line], above_role: str | None, width: int, line: Line, role: str | None, spaced: bool, numbered: int
) -> bool:
    """Whether ``line`` goes on the paragraph of ``group``'s lines (its longest line ``width``),
    hard-wrapped: no blank line between, neither a template line, a wrapped piece above (`_wrapped_piece`, up to
    `_MAX_WRAPPED_CHARS`) that the line's first word would not have fitted
    on, no longer one under it, neither a table row or image, no list between them (`_list_breaks`, ``numbered``
    the number of the last numbered item above, 0 for none), and the line
    opens no lead, byline or credit (a tagged line opens a lead only after a sentence's end)."""
    piece, text = group[-1].text, line.text
    return (
        line.blanks_before == 0 and above_role is None and role is None
        and len(piece) <= _MAX_WRAPPED_CHARS and len(text) <= _MAX_WRAPPED_CHARS
        and _wrapped_piece(piece, text, len(group) == 1)
        and _fills(piece, text, width, len(group) == 1)
        and (spaced or not _is_terminated(piece))
        and not any(map(_stands_alone, (piece, text))) and not _list_breaks(group, text, numbered)
        and (not _is_terminated(piece) or not _opens_a_lead(text, group[0].text))  # ("… Netherlands," / "WTA - Korea …")
        and not parse_credits(text) and not parse_byline(text) and _turn_speaker(text) is None
        and (len(text) >= _MIN_WRAPPED_CHARS or not _names_after_a_sentence(piece, text))  # (a short line's test)
    )


def _names_after_a_sentence(piece: str, text: str) -> bool:
    """Whether ``text``, under a line that ends a sentence (closing quotes or brackets after its mark or not; not an
    abbreviation's full stop, "Mr."), is a sign-off's names alone (`sign_off_credits`): a wrap leaves none on a
    paragraph's last line after its full stop, a paragraph ends there ("… trong năm tới." / "Minh Duy").

    >>> _names_after_a_sentence("Tỉnh sẽ cải thiện môi trường đầu tư trong năm tới.", "Minh Duy")
    True
    >>> _names_after_a_sentence("Ông Lợi nói: “Tỉnh sẽ cải thiện môi trường đầu tư.”", "Minh Duy")
    True
    >>> _names_after_a_sentence("The delegates were welcomed by Mr.", "Minh Duy")
    False
    """
    return (  # (at most eight words first: most lines under a sentence's end are the next sentence's)
        text.count(" ") < _SIGN_OFF_WORDS.stop and (ended := piece.rstrip(_CLOSERS))[-1:] in _SENTENCE_ENDS
        and text[:1].isupper() and _ABBREVIATION_END.search(ended) is None and sign_off_credits(text) is not None
    )


def _opens_a_lead(text: str, first: str) -> bool:
    """Whether a line under a sentence's end opens a tagged lead (a teaser's, on a listing or a bare page): its tag is
    one the portals write (`_KNOWN_TAGS`), or the one that opened the paragraph above, ``first`` (teasers of one
    portal); another word in capitals before a dash opens a sentence of the paragraph ("… community service space." /
    "WTA - Tampere and experts …", wrapped at 60 columns).

    >>> _opens_a_lead("BEGIC - Afternoon of March 4th, …", "The meeting ended."), _opens_a_lead("WTA - Tampere and …", "At …")
    (True, False)
    >>> _opens_a_lead("BDT - Sáng 5-1, …", "BDT - Chiều 4-1, tỉnh họp.")
    True
    """
    tag = agency_tag(text)
    return tag is not None and (tag in _KNOWN_TAGS or _PORTAL_NAME_ALONE.match(tag) is not None or tag == agency_tag(first))


def _wrapped_piece(piece: str, text: str, first: bool) -> bool:
    """Whether ``piece`` is long enough to be a wrapped line above ``text``: `_MIN_WRAPPED_CHARS`, or that with the
    first word of ``text`` (a long word, "Institutions/Universities)", or a wrap at 60 columns, leaves a short piece
    above it), a paragraph's first line only above a line that is no shorter (a short heading above a short line of
    prose stays apart).

    >>> _wrapped_piece("From the above vision, Binh Duong together with",
    ...                "international partners from Eindhoven - Netherlands, WTA -", True)
    True
    >>> _wrapped_piece("Smart City Vision of Binh Duong province", "Binh Duong is a smart city now.", True)
    False
    """
    if len(piece) >= _MIN_WRAPPED_CHARS:
        return True
    return _reach(piece, text) >= _MIN_WRAPPED_CHARS and (not first or len(text) >= _MIN_WRAPPED_CHARS)


def _turn_speaker(text: str) -> str | None:
    """Who opens a line as an interview's turn (`_SPEAKER_TURN`): ``interviewer``, ``speaker`` or None.

    >>> _turn_speaker("- Ông Nguyễn Văn Lợi: Trước hết, tỉnh sẽ tập trung phục hồi kinh tế."), _turn_speaker("PV:Thưa ông")
    ('speaker', 'interviewer')
    >>> _turn_speaker("Mục tiêu: tăng trưởng 8%") is None
    True
    """
    if text.find(":", 0, _SPEAKER_REACH) == -1:
        return None
    turn = _match(_SPEAKER_TURN, text)
    return turn.lastgroup if turn is not None else None


def _is_interview_turn(text: str, previous: Line | None, following: Line | None) -> bool:
    """A line of the text that an interview's turn opens: the interviewer's or a label's, or a person's next to
    another turn ("Ông Võ Văn Minh: Chủ tịch UBND tỉnh phát biểu tại hội nghị" between paragraphs captions a
    photo), without a caption's cue ("Mr. Mai Hung Dung (middle): …")."""
    speaker = _turn_speaker(text)
    if speaker is None or _has_caption_cue(text):
        return False
    return speaker == "interviewer" or any(
        neighbour is not None and _turn_speaker(neighbour.text) is not None for neighbour in (previous, following)
    )


def _fills(piece: str, text: str, width: int, first: bool) -> bool:
    """Whether the first word of ``text`` (to its first space: a no-break space breaks no line) would not have
    fitted on ``piece`` within ``width``, the run's longest line: a wrapper broke the line there. Some
    wrappers aim below their limit (GNU fmt, at 93 %): `_WRAP_FILL` of the width will do, but under the
    run's ``first`` line for a line that opens in capitals (a caption or heading above a longer paragraph
    ended on purpose; inside a paragraph, a line may open with a name)."""
    needed = max(width, len(text)) * (1 if first and not text[:1].islower() else _WRAP_FILL)
    return _reach(piece, text) > needed


def _reach(piece: str, text: str) -> int:
    """How long ``piece`` would have been with the first word of ``text`` (to its first space) on it: past the width
    its wrapper had, when it broke the line there.

    >>> _reach("The province applied the model (Government - Enterprise –", "Institutions/Universities) and")
    84
    """
    return len(piece) + 1 + len(text.partition(" ")[0])


def _stands_alone(text: str) -> bool:
    """A table row or an image file name (alone or fused to its caption): no piece of a paragraph."""
    return _is_table_row(text) or _is_image_file(text) or _fused_image_file(text) is not None


def _list_breaks(group: list[Line], text: str, numbered: int) -> bool:
    """Whether a list parts the paragraph of ``group``'s lines and the line under it: a marked line (``- …``, ``2. …``)
    opens an item after an item, a sentence's end, or a heading (a paragraph's first line with no comma, semicolon or
    full stop in it, as short as a heading is), but a dash under a line of prose cut mid-sentence is a wrapped one
    ("…, Mr. Tran Thanh Liem" / "- Chairman of …", "… kinh" / "- tế xã hội"), and so is a number before a full stop, a
    sentence's last word ("… on the afternoon of November" / "5. The delegates …"), but the next of the list above
    (``numbered`` the last item's number: "2." under an item's line that opens with a name, "Bình Dương, …", and ends
    mid-sentence) or, with none above, a list's first (1.); under a heading too, a dash before a word in lower case
    ("… levels of science" / "- technology and …") or under a line that goes on (`_goes_on_after`: "… model
    (Government - Enterprise" / "– Institutions …"), and a number after a word a number follows (`_BEFORE_NUMBER`: "…
    of December" / "1. The delegates …", even the list's next; not "tháng" after a count, `_TIME_COUNTED`: "… trong 6
    tháng" / "1. …"). A line under an item goes on it in mid-sentence only:
    in lower case, or after a comma, a dash or a word a sentence goes on after (`_PHRASE_GOES_ON_WORDS`: "- Hoàn thiện
    … khu đô thị" / "mới của tỉnh.", "… together with" / "Becamex IDC …")."""
    piece, item = group[-1].text, _item_mark(group[0].text) is not None
    if (mark := _item_mark(text)) is not None:
        if item or _is_terminated(piece):
            return True
        dash = mark == "bullet" and text.startswith(_WRAPPED_DASHES)
        if (dash and (text[1:].lstrip()[:1].islower() or _goes_on_after(piece))) or (
            mark == "numbered" and _search(_BEFORE_NUMBER, piece) and not _search(_TIME_COUNTED, piece)
        ):
            return False  # (a sentence's words: wrapped, whatever the line above)
        heading = len(group) == 1 and len(piece) <= _MAX_HEADING_CHARS and not _PROSE_MARK.search(piece)
        wrapped = dash or mark == "numbered" and _item_number(text) != numbered + 1
        return not wrapped or heading
    return item and not text[:1].islower() and not _goes_on_after(piece)


def _goes_on_after(piece: str) -> bool:
    """Whether a line ends mid-phrase: in a comma, a dash or a bracket's opening, a word a sentence goes on after
    (`_PHRASE_GOES_ON_WORDS`), or inside a bracket it opened.

    >>> _goes_on_after("- Completing the data center together with"), _goes_on_after("- Training officials now")
    (True, False)
    >>> _goes_on_after("The province applied the Triple Helix model (Government - Enterprise")
    True
    """
    if piece[-1:] in _PHRASE_GOES_ON_MARKS or piece.rpartition(" ")[2].casefold() in _PHRASE_GOES_ON_WORDS:
        return True
    return "(" in piece and piece.count("(") > piece.count(")")


def _ends_cut_short(text: str) -> bool:
    """Whether the line under a lone item's title ends as its teaser cut short may: mid-phrase (`_goes_on_after`), or in
    an auxiliary, a determiner, a title or a number's magnitude that waits for its word (`_CUT_TEASER_ENDS`).

    >>> [_ends_cut_short(text) for text in ("Các khu công nghiệp của tỉnh đã thu hút hơn 2 tỷ", "Parks have attracted over",
    ...                                     "The parks have", "Binh Duong attracts 2 billion USD")]
    [True, False, True, False]
    """
    return text.rpartition(" ")[2].casefold() in _CUT_TEASER_ENDS or _goes_on_after(text)


def _item_number(text: str) -> int:
    """The number of a numbered item (`_item_mark` "numbered").

    >>> _item_number("12. Phát triển nguồn nhân lực")
    12
    """
    return int(text.partition(".")[0])


def _read_sign_off(page: Page, marked: bool = False, after: frozenset[str] = _PROSE_ROLES) -> None:
    """The body's last line but credit lines and image files, a heading or caption after prose or a caption
    (or under a related-news block's titles, ``after``), or a body line its full stop made one (`_stopped_sign_off`),
    that only names people (`sign_off_credits`; ``marked``, a sign-off that a mark tells from a headline or a cut
    sentence's piece: `_marked_sign_off_credits`), is the article's sign-off: a credit naming its reporter (unless a
    credit line named one); so are two such headings, a reporter a line (`_signs_off_above`)."""
    read = _marked_sign_off_credits if marked else sign_off_credits
    index = _over(page.lines, len(page.lines) - 1, ("credit", "image_file"))
    first = index - 1 if index > 1 and _signs_off_above(page.lines, index, read) else index
    if first < 1 or _heads_a_picture(page.lines, index):  # (no line before it: a body of one line, or none)
        return
    last = page.lines[index]
    at = _over(page.lines, first - 1, ("image_file",))  # (a picture between the prose and the sign-off)
    note = (  # (what may sign off first: most last lines are prose)
        (last.role in ("heading", "caption") or _stopped(last.text)) and _is_closing_note(page.lines, at, read)
    )
    above = page.lines[_over(page.lines, at - 1, ("image_file",)) if note else at]
    if (
        (last.role not in ("heading", "caption") and not _stopped_sign_off(last, above))
        or above.role not in after or above.text.endswith(":")
    ):
        return  # (under a line that ends in a colon, a list's item: "Thành phần:" / "PV")
    signed = " - ".join(line.text for line in page.lines[first : index + 1])
    if named := read(signed) or (not marked and _is_notice(page.title) and _office_credits(signed)):
        page.lines[first : index + 1] = [_with_role(line, "credit") for line in page.lines[first : index + 1]]
        page.credits = {**named, **(page.credits or {})}
        if note:  # it heads nothing but the sign-off: the body's closing line
            page.lines[at] = _with_role(page.lines[at], "body")


def _is_notice(title: str | None) -> bool:
    """Whether a page's title names it a notice ("Thông báo lịch tiếp công dân", "Notice on …"), which the office that
    issues it signs.

    >>> _is_notice("Thông báo lịch tiếp công dân tháng 1/2022"), _is_notice("Bình Dương phát động cuộc thi")
    (True, False)
    """
    return title is not None and _match(_NOTICE_TITLE, title) is not None


def _office_credits(text: str) -> dict[str, str] | None:
    """The credits of a notice's last line after prose that names no people (`sign_off_credits`) but the office that
    issued it, its source ("Sở Thông tin và Truyền thông", "VP UBND tỉnh": `_ORGANISATION_HEADS`, in an organisation's
    shape, or its English twin, `_english_office`; unterminated or with a single full stop; on an article such a line
    heads, "Sở Y tế tỉnh").

    >>> _office_credits("VP UBND tỉnh"), _office_credits("Sở Y tế tỉnh."), _office_credits("Sở Y tế khuyến cáo người dân")
    ({'source': 'VP UBND tỉnh'}, {'source': 'Sở Y tế tỉnh'}, None)
    >>> _office_credits("Binh Duong Department of Health")
    {'source': 'Binh Duong Department of Health'}
    """
    office = text[:-1] if _stopped(text) else text
    if _is_terminated(office) or not (
        (_match(_ORGANISATION_HEADS, office) is not None and _shaped_as_an_organisation(office)) or _english_office(office)
    ):
        return None
    return {"source": office}


def _english_office(text: str) -> bool:
    """Whether a line is an English office's name: its words capitalised but an organisation's function words
    (`_ORGANISATION_JOINERS`), at most `_MAX_PLAIN_ORGANISATION_WORDS`, headed by an office's word (`_OFFICE_WORDS`:
    the last before "of" or "for", or the last: "Binh Duong Department of Health", "Provincial People's Committee"),
    its articles and possessives where a name has them (`_joins_as_a_name`).

    >>> [_english_office(text) for text in ("Department of Information and Communications", "Provincial People's Committee",
    ...                                      "Smart City Development", "The department informs residents")]
    [True, True, False, False]
    >>> [_english_office(text) for text in ("Guidance of the Department of Health", "Department of Health's Guidance",
    ...                                      "Contact the Office", "Office Hours")]
    [False, False, False, False]
    """
    words = text.split()
    folded = [word.casefold() for word in words]
    head = next((index for index, word in enumerate(folded) if word in _OFFICE_HEAD_ENDS), len(words)) - 1
    return (
        text.isascii() and head >= 0 and len(words) <= _MAX_PLAIN_ORGANISATION_WORDS and folded[head] in _OFFICE_WORDS
        and all(word[0].isupper() or word in _ORGANISATION_JOINERS for word in words) and _joins_as_a_name(folded)
    )


def _joins_as_a_name(words: list[str]) -> bool:
    """Whether the articles and possessives among an English office's (case-folded) words stand as a name has them: "the"
    after "of", "for" or "and" ("Office of the People's Committee", not "Contact the Office"), a possessive before an
    office's word ("People's Committee", not "Department of Health's Guidance").

    >>> _joins_as_a_name("office of the provincial people's committee".split()), _joins_as_a_name(["contact", "the", "office"])
    (True, False)
    """
    return all(
        (word != "the" or (index > 0 and words[index - 1] in _ORGANISATION_JOINERS - {"the"}))
        and (not word.endswith("'s") or (index + 1 < len(words) and words[index + 1] in _OFFICE_WORDS))
        for index, word in enumerate(words)
    )


def _is_closing_note(lines: list[Line], index: int, read: Callable[[str], dict[str, str] | None]) -> bool:
    """Whether the heading at ``index``, right above the sign-off, is the body's closing note, which heads nothing: under
    prose, naming nobody itself (``read``: two such lines of names are a sign-off's or a list's) and no list's label
    (`_LIST_LABELS`) ("Xem chi tiết tại file đính kèm" / "Hồng Phúc", "Hotline: 0274 3822 822" / "Sở Y tế").

    >>> lines = [Line(6, "Sáng 6/4, tỉnh họp báo.", "body"), Line(8, "Xem chi tiết tại file đính kèm", "heading")]
    >>> _is_closing_note(lines, 1, sign_off_credits), _is_closing_note(lines, 0, sign_off_credits)
    (True, False)
    >>> _is_closing_note([lines[0], Line(8, "Nơi nhận", "heading")], 1, sign_off_credits)  # a list's label: its item under it
    False
    """
    if index < 1 or lines[index].role != "heading":
        return False
    above = lines[_over(lines, index - 1, ("image_file",))]
    return (
        above.role in _PROSE_ROLES and not above.text.endswith(":") and read(lines[index].text) is None
        and _without_marks(lines[index].text).rstrip(" :") not in _LIST_LABELS
    )


def _heads_a_picture(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` stands right above an image file's name, no blank line between: it heads the
    picture ("Nông Thôn" / "photo.jpg"), no sign-off (a sign-off is parted from a picture under it by a blank line).

    >>> lines = [Line(8, "Nông Thôn", "heading"), Line(9, "photo.jpg", "image_file")]
    >>> _heads_a_picture(lines, 0), _heads_a_picture([lines[0], lines[1]._replace(blanks_before=1)], 0)
    (True, False)
    """
    return index + 1 < len(lines) and lines[index + 1].role == "image_file" and lines[index + 1].blanks_before == 0


def _over(lines: list[Line], index: int, roles: tuple[str, ...]) -> int:
    """The index of the first line at or above ``index`` (the first line at the least) whose role is none of ``roles``:
    over pictures (``("image_file",)``), what a line under a picture follows in the text.

    >>> _over([Line(8, "The meeting ended.", "body"), Line(9, "photo.jpg", "image_file")], 1, ("image_file",))
    0
    """
    while index > 0 and lines[index].role in roles:
        index -= 1
    return index


def _signs_off_above(lines: list[Line], index: int, read: Callable[[str], dict[str, str] | None]) -> bool:
    """Whether the line above a sign-off's last line, with no blank line between, is a heading that names people
    (``read``) as the last does: a sign-off of two lines, a reporter a line ("Minh Duy" / "Hồng Phúc"; more lines
    of names are a list, no sign-off).

    >>> above, line = Line(7, "Minh Duy", "heading"), Line(8, "Hồng Phúc", "heading")
    >>> _signs_off_above([above, line], 1, sign_off_credits)
    True
    >>> _signs_off_above([above, line._replace(blanks_before=1)], 1, sign_off_credits)
    False
    """
    line, above = lines[index], lines[index - 1]
    return line.blanks_before == 0 and line.role == above.role == "heading" and read(above.text) is not None


def _stopped_sign_off(line: Line, above: Line) -> bool:
    """Whether a body line may be a sign-off written with a full stop ("Minh Duy.", "PV - Tổng hợp."): one line, short
    as a heading is, ending in a single full stop (its names are then asked: `sign_off_credits`), but not under
    one of its kind that names people, a list's last name ("Nguyễn Văn An." / "Trần Thị Bình."; above it, the last
    piece of a paragraph it was wrapped into).

    >>> prose = Line(8, "The meeting ended.", "body")
    >>> _stopped_sign_off(Line(9, "Minh Duy.", "body"), prose), _stopped_sign_off(Line(9, "Còn nữa...", "body"), prose)
    (True, False)
    >>> _stopped_sign_off(Line(9, "Trần Thị Bình.", "body"), Line(8, "Nguyễn Văn An.", "body"))
    False
    """
    piece = above.text.rpartition("\n")[2]
    return (
        line.role == "body" and "\n" not in line.text and _stopped(line.text)
        and not (above.role == "body" and _stopped(piece) and sign_off_credits(piece) is not None)
    )


def _stopped(text: str) -> bool:
    """Whether a line is short as a heading is and ends in a single full stop."""
    return text.endswith(".") and not text.endswith("..") and len(text) <= _MAX_HEADING_CHARS


def _parse_body(page: Page, lines: list[Line], roles: list[str | None]) -> None:
    """The lines between header and footer. Template lines keep their roles there, but in an article a
    share or action label that prose follows is a heading spelt like one ("Workflows", "Chia sẻ")."""
    previous: Line | None = None
    lead_read = page.agency is not None  # (a tagged lead between the title and the widget; an untagged sapo is none)
    stray_end = 0
    for index, (line, role) in enumerate(zip(lines, roles, strict=True)):
        if index < stray_end:
            continue
        # (footer lines amid the body, as in the header: `_footer_start` stepped over them on the whole page as a stray
        # run, which the body's lines alone, the footer cut off under them, no longer tell)
        if role in FOOTER_ANCHORS and (stray_end := _share_bar_end(lines, roles, index)) > index:
            _nav_lines(page, lines, roles, index, stray_end)
            previous = page.lines[-1]
            continue
        kept = role in TEMPLATE_ONLY_ROLES and not (page.kind == "article" and _is_body_s_label(lines, roles, index))
        following = lines[index + 1] if index + 1 < len(lines) else None
        if kept:
            page.lines.append(_with_role(line, role))
        else:
            lead_read = _read_body_line(page, line, previous, following, lead_read)
        previous = page.lines[-1]


def _is_body_s_label(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether a template label amid an article's body is the body's own line: a share or action label spelt as a
    heading (`_is_label_heading`), or a form field's label with lines no template knows on both sides and no other
    label two lines off, a heading or a table's cell ("Lịch sử", "Nội dung", "Số tiền"; the footer's fields stand
    under its anchors or run to the page's end, or in a form each above its value: "Tóm tắt" / value / "Nội dung").

    >>> lines = _nonempty_lines("PORTAL - The lead.\\nLịch sử\\nThe pagoda was built in 1741.", _line_template_role)
    >>> roles = [line.role or None for line in lines]
    >>> _is_body_s_label(lines, roles, 1), _is_body_s_label(lines[:2], roles[:2], 1)
    (True, False)
    """
    if roles[index] == "sp_field":  # (a field's label alone at the body's end may open the footer's fields: kept)
        return (
            0 < index < len(roles) - 1 and roles[index - 1] is None and roles[index + 1] is None
            and roles[max(index - 2, 0) : index + 3].count("sp_field") == 1
        )
    return _is_label_heading(lines, roles, index)


def _read_body_line(page: Page, line: Line, previous: Line | None, following: Line | None, lead_read: bool) -> bool:
    """A line of the body onto the page, as its pieces (`_body_lines`): the body's first piece of prose (its
    lead, unless ``lead_read``) gives the page's agency tag, a credit line its credits; whether the lead is read."""
    # (the line above a caption tells whether it stood in the caption's place; no other line's role asks it)
    before = page.lines[-2] if previous is not None and previous.role == "caption" and len(page.lines) > 1 else None
    for piece in _body_lines(line, previous, following, before):
        if piece.role == "body" and not lead_read:
            page.agency, lead_read = agency_tag(piece.text), True
        if piece.role == "credit":
            page.credits = {**(page.credits or {}), **(_body_credits(piece.text) or {})}
        page.lines.append(piece)
    return lead_read


def _parse_footer(page: Page, lines: list[Line], roles: list[str | None]) -> None:
    """The footer's lines: template lines, a related-news block (`_with_related_roles`), and `unknown`
    lines with a warning."""
    if None in roles:  # a label without its marks? lines no template knows: a related-news block's among them?
        unmarked = [None if role else unmarked_label(line.text) for line, role in zip(lines, roles, strict=True)]
        roles = [label.role if label else role for label, role in zip(unmarked, roles, strict=True)]
        roles = _with_related_roles(lines, roles)
    # Template lines come with their roles (`_nonempty_lines`): a line is made again only where its role is another.
    counts = [index for index in range(1, len(roles)) if roles[index] is None and _split_views_count(lines, roles, index)]
    for index in counts:
        roles[index] = "views"
    lines = [line if line.role == role else _with_role(line, role or "unknown") for line, role in zip(lines, roles, strict=True)]
    page.lines += lines
    for index, (line, role) in enumerate(zip(lines, roles, strict=True)):
        if role is None:
            page.warnings.append(("unknown_line", f"a footer line the template does not know: {line.text[:60]!r}", line.number))
        elif role in _FIELD_ROLES:
            _read_footer_field(page, line.text, role, alone=index in counts)


# The footer lines that give the page a field (`_read_footer_field`).
_FIELD_ROLES = frozenset({"views", "content_type"})


def _read_footer_field(page: Page, text: str, role: str, alone: bool = False) -> None:
    """The views count or content type a footer line gives, onto the page, wherever the line stands (the footer, or
    above or among the header's fields, as nav); ``alone``: a views count on a line of its own (`_split_views_count`).

    >>> page = Page("article", [])
    >>> _read_footer_field(page, "Lượt người xem:  Views:   12", "views")
    >>> _read_footer_field(page, "Content Type: News", "content_type")
    >>> page.views, page.content_type
    (12, 'News')
    """
    if role == "views" and (count := _count(text) if alone else _views_count(text)) is not None:
        page.views = count  # (a views line without its count leaves the one read: "93" / "Views:")
    elif role == "content_type" and (match := _match(_CONTENT_TYPE, text)):
        page.content_type = _single_spaced(match.group(1)) or None


def _split_views_count(lines: list[Line], roles: list[str | None], index: int) -> bool:
    """Whether the footer line at ``index`` is a views count alone, under a views line without one (the views line's
    labels written each on a line: "Lượt người xem:" / "Views:" / "93")."""
    return (
        index > 0 and roles[index - 1] == "views" and _views_count(lines[index - 1].text) is None
        and _match(_COUNT_ALONE, lines[index].text) is not None
    )


def _views_count(text: str) -> int | None:
    """The count of a views line; None for none, a negative one, or one past what a 64-bit column holds."""
    match = _match(_VIEWS, text)
    return _count((match.group(1) or "") if match else "")


def _count(written: str) -> int | None:
    """A count as written ("1 280", "1.280"); None for none, a negative one, or one past what a 64-bit column holds."""
    digits = "" if written.startswith(("-", "−")) else _NON_DIGITS.sub("", written)
    if not digits or len(digits.lstrip("0")) > len(str(_MAX_VIEWS)):  # (int() refuses over 4,300 digits)
        return None
    count = int(digits)
    return count if count < _MAX_VIEWS else None


def _table_cells(line: Line) -> list[Line]:
    """A flattened listing table: title cells (SharePoint writes a title twice: a doubled cell is one, kept
    once, whatever its length or ending) and teaser cells."""
    cells = [cell for cell in (cell.strip() for cell in line.text.strip("|").split("|")) if cell]
    pieces: list[Line] = []
    for index, cell in enumerate(cells):
        if pieces and pieces[-1].text == cell:
            continue
        doubled = index + 1 < len(cells) and cells[index + 1] == cell
        teaser = not doubled and (agency_tag(cell) is not None or _is_terminated(cell) or len(cell) > _MAX_HEADING_CHARS)
        pieces.append(Line(line.number, cell, "listing_item" if teaser else "listing_title"))
    return pieces


def _paragraphs(lines: list[Line], titled: bool, headlines: frozenset[int]) -> list[Line]:
    """Lines joined into paragraphs where no blank line parts them (hard-wrapped teasers), by ``\\n``,
    unless a line opens a teaser, a title or an item's date of its own (`_opens_paragraph`; ``titled``: see
    `_is_title_line`; in a listing that dates its items, `_dates_its_items`, no item's date goes on a teaser), or is
    a headline, or stands under one (``headlines``: their line numbers, `_headlines`)."""
    groups: list[list[Line]] = []
    unspaced = not any(line.blanks_before for line in lines[1:])
    dated = functools.cache(lambda: _dates_its_items(lines))  # (asked only of a date under an unfinished line)
    for index, line in enumerate(lines):
        if (
            groups and line.blanks_before == 0 and not _match(_TABLE_LINE, line.text)
            and line.number not in headlines and groups[-1][-1].number not in headlines
            and listing_control(line.text) is None and listing_control(groups[-1][-1].text) is None
            and not _opens_paragraph(lines, index, groups, unspaced, titled, dated)
        ):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [
        Line(group[0].number, "\n".join(line.text for line in group), group[0].role, group[0].blanks_before) for group in groups
    ]


def _opens_paragraph(
    lines: list[Line], index: int, groups: list[list[Line]], unspaced: bool, titled: bool, dated: Callable[[], bool]
) -> bool:
    """Whether a listing line with no blank line before it opens a paragraph (``groups``: the paragraphs so far, the
    last one open): any line after an item's date; after a title, a teaser or an item's date; after a line that ends
    a sentence, or an unfinished one that the line does not go on (`_goes_on`), a tagged line, an item's date, a
    title above a teaser, or (in a listing with no blank line at all) a line too long to be a wrapped one after a
    long one. A wrapped line that happens to begin like a tag (``WTA - Korea and…``), that begins a sentence or
    that is a date ending an unfinished one (``… held on`` / ``16/05/2019``) stays in its teaser, but for an item's
    date in a listing that dates its items (``dated()``: the teaser's date, under a short teaser or a wrapped one's
    full last line), and for the next item's title above its date and teaser under a teaser whose own title and
    date stand above it (`_dated_above`: that listing dates its items above their teasers).

    >>> lines = _nonempty_lines("A title\\n16/05/2019\\nBEGIC - The lead.", _line_template_role)
    >>> [_opens_paragraph(lines, index, [[lines[index - 1]]], False, False, lambda: False) for index in (1, 2)]
    [True, True]
    """
    line, group = lines[index], groups[-1]
    if _is_item_date(group):
        return True
    if _is_title_line(group, titled):
        return (
            _opens_teaser(line) or _is_item_date([line]) or _heads_its_teaser(group[0], line, False, _under(lines, index))
            or _heads_wrapped_lines(group[0].text, lines, index)
        )
    if not _is_terminated(group[-1].text) and _goes_on(group, line, dated):
        return _dated_above(groups, titled) and _titles(lines, index, titled)
    long_lines = unspaced and min(len(group[-1].text), len(line.text)) > _MAX_WRAPPED_CHARS
    return _opens_with_tag(line) or _is_item_date([line]) or long_lines or _titles(lines, index, titled)


def _dated_above(groups: list[list[Line]], titled: bool) -> bool:
    """Whether the open paragraph of ``groups`` (a teaser) stands under its item's title and date.

    >>> _dated_above([[Line(3, "A title", "")], [Line(4, "16/05/2019", "")], [Line(5, "BEGIC - The lead", "")]], False)
    True
    """
    return len(groups) > 2 and _is_item_date(groups[-2]) and _is_title_line(groups[-3], titled)


def _goes_on(group: list[Line], line: Line, dated: Callable[[], bool]) -> bool:
    """Whether a line goes on the unfinished sentence that ends the teaser of ``group``'s lines: it opens in lower
    case, or the line above may be a hard-wrapped piece (no longer than `_MAX_WRAPPED_CHARS`) that the line's
    first word would not have fitted on within the teaser's longest line (`_fills`), and it is no item's date under
    a wrapped teaser's lines (their width known) but after a word that a date follows in a sentence
    (`_BEFORE_DATE_WORDS`: "… held on" / "16/05/2019"), and none in a listing that dates its items (``dated()``,
    `_dates_its_items`). A teaser on one long line without its full stop ends there, and so does a wrapped one
    above a line that would have fitted on its last: the item's date, the next item's title; a wrapped one's full
    last line above its date; in a dated listing, a short teaser above its date too.

    >>> long_line = [Line(3, "PORTAL - " + "The board met on the smart city plan " * 3, "")]
    >>> date, undated = Line(4, "16/05/2019", ""), lambda: False
    >>> _goes_on(long_line, date, undated), _goes_on(long_line, Line(4, "and set the tasks of the year.", ""), undated)
    (False, True)
    >>> short_line = [Line(3, "BEGIC - The province met the investors from Japan, Korea and", "")]
    >>> _goes_on(short_line, date, undated), _goes_on(short_line, date, lambda: True)
    (True, False)
    >>> first = Line(3, "BEGIC - The investors from Japan and Korea meet the province", "")
    >>> last = "at the fair of the new industrial park of Bau Bang {}"
    >>> [_goes_on([first, Line(4, last.format(end), "")], date, undated) for end in ("today", "on")]
    [False, True]
    """
    text = line.text
    if text[:1].islower():
        return True
    piece, width = group[-1].text, max(len(member.text) for member in group)
    return (
        len(piece) <= _MAX_WRAPPED_CHARS and _fills(piece, text, width, len(group) == 1)
        and not (_is_item_date([line]) and ((len(group) > 1 and not _leads_a_date(piece)) or dated()))
    )


def _leads_a_date(text: str) -> bool:
    """Whether a line ends in a word that a date follows in a sentence (`_BEFORE_DATE_WORDS`).

    >>> _leads_a_date("The meeting is held on"), _leads_a_date("Hội nghị diễn ra vào ngày"), _leads_a_date("the arena")
    (True, True, False)
    """
    return text.rpartition(" ")[2].casefold() in _BEFORE_DATE_WORDS


def _dates_its_items(lines: list[Line]) -> bool:
    """Whether a listing's lines date its items on lines of their own: `_MIN_DATED_ITEMS` items' dates or more
    (`_is_item_date`). Its teasers end in no date then, whether they lack their full stops or not.

    >>> _dates_its_items(_nonempty_lines("BEGIC - A lead\\n16/05/2019\\nPORTAL - Another\\n14/05/2019", _line_template_role))
    True
    """
    return sum(_is_item_date([line]) for line in lines) >= _MIN_DATED_ITEMS


def title_item_date(text: str) -> str | None:
    """The item's date that a listing title closes with in brackets, in a form an item's date on a line of its own
    has (`_ITEM_DATE`), else None: a date the title names otherwise is its story's.

    >>> title_item_date("Khởi công dự án đường Vành đai 3 (14/03/2022)"), title_item_date("Hội chợ (15 - 17/3/2022)")
    ('(14/03/2022)', None)
    >>> title_item_date("Binh Duong prepares the fair of 15/3/2022")
    """
    found = _search(_CLOSING_BRACKET, text)
    return found.group(1) if found and _match(_ITEM_DATE, found.group(1)) else None


def listing_control(text: str) -> str | None:
    """The role of a listing's control line: ``more_link`` or ``pager``; None for any other.

    >>> [listing_control(text) for text in ("Read more", "Xem tiếp »", "1 2 3 4 5 Next »", "(1 - 10 / 245)", "Trang sau", "Next")]
    ['more_link', 'more_link', 'pager', 'pager', 'pager', 'pager']
    >>> [listing_control(text) for text in ("[Xem tiếp]", "(Read more)", "Trang: 1 2 3", "Hiển thị 1 - 10 / 245 tin")]
    ['more_link', 'more_link', 'pager', 'pager']
    >>> [listing_control(text) for text in ("(Details)", "(More)", "Details", "More", "(more)")]
    ['more_link', 'more_link', None, None, None]
    >>> [listing_control(text) for text in ("Page: 12", "Trang: 12", "Showing 1 to 10 of 245 entries", "Page: 2 of 10")]
    ['pager', 'pager', 'pager', 'pager']
    >>> [listing_control(text) for text in ("2022", "…", "more ...", "first", "20-25/11", "(3-5/2023)", "05", "2020 2021")]
    [None, None, None, None, None, None, None, None]
    """
    if len(text) > _MAX_HEADING_CHARS:
        return None
    arrow = _search(_CONTROL_ARROW, text) is not None
    if more := _MORE_LINK.fullmatch(text):
        words = more.group("words")
        lone = words.casefold() in ("more", "details")  # (a heading's or a teaser's word, but framed as a link is)
        return "more_link" if arrow or (words[0].isupper() and (not lone or _bracketed(text, more))) else None
    if (count := _PAGE_COUNT.fullmatch(text)) and _counts_items(count):
        return "pager"
    if not _PAGE_LINKS.fullmatch(text):
        return None
    label = _PAGE_LABEL_START.match(text)  # one word of the pager's ("Page:", unlike "Trang", is no page word)
    tokens = _PAGE_TOKEN.findall(text, label.end() if label else 0)
    enough = len(tokens) + (label is not None) >= _MIN_PAGE_TOKENS
    return "pager" if enough or (arrow and tokens) or _is_lone_page_link(tokens) else None


def _bracketed(text: str, more: regex.Match) -> bool:
    """Whether a more link's words stand in brackets ("(Details)", "[More »]"), a frame that tells a link as an arrow does.

    >>> [_bracketed(text, _MORE_LINK.fullmatch(text)) for text in ("(Details)", "[More »]", "Details", "More...")]
    [True, True, False, False]
    """
    return any(mark in "([" for mark in text[: more.start("words")]) and any(mark in ")]" for mark in text[more.end("words") :])


def _is_lone_page_link(tokens: list[str]) -> bool:
    """Whether a pager line's one word or phrase is a link to the next or previous page (`_LONE_PAGE_LINKS`),
    capitalised as a link is ("Next", "Tiếp theo"; a teaser's last words wrapped onto a line of their own are in lower
    case: "next").

    >>> [_is_lone_page_link([token]) for token in ("Next", "Tiếp  theo", "next", "First")]
    [True, True, False, False]
    """
    return len(tokens) == 1 and tokens[0][:1].isupper() and _single_spaced(tokens[0]).casefold() in _LONE_PAGE_LINKS


def control_language(text: str) -> str | None:
    """The language of a listing control's words, by `_CONTROL_WORDS`, with their marks or without ("Xem tiep »" is
    Vietnamese that lost them); None for numbers and arrows alone.

    >>> [control_language(text) for text in ("Xem tiep »", "1 2 3 Tiếp »", "Read more", "1 2 3 »")]
    ['vi', 'vi', 'en', None]
    """
    for word in _WORD.findall(text):
        if lang := _CONTROL_WORD_LANGUAGES.get(_without_marks(word)):
            return lang
    return None


def _counts_items(count: regex.Match) -> bool:
    """Whether a "(first - last / total)" count is of a page's items, not months of a year, whose slash stands
    between digits ("(3-5/2023)", "(1 - 6/2023)"): a page of items that starts where a page of that size would,
    or the last page.

    >>> [_counts_items(_PAGE_COUNT.fullmatch(text)) for text in ("(11 - 20 / 245)", "(1 - 10 / 2021)", "(1 - 6/2023)")]
    [True, True, False]
    """
    if count.group("first") is None:
        return True  # "Trang 1/25"
    first, last, total = (int(count.group(name)) for name in ("first", "last", "total"))
    months = last <= 12 and total in _YEARS and _search(_DIGITS_SLASH, count.group()) is not None
    return 1 <= first <= last <= total and ((first - 1) % (last - first + 1) == 0 or last == total) and not months


def _titles(entries: list[Line], index: int, titled: bool) -> bool:
    """Whether the entry (line or paragraph) at ``index`` is the title of the teaser after it: a title line
    (`_is_title_line`), then nothing but items' dates up to a line that opens a teaser, no blank line right under
    it (a line apart may be an archive's heading, "Tháng 12/2021", or a short teaser; blank lines may follow the
    dates).

    >>> entries = _nonempty_lines("A title\\n16/05/2019\\nBEGIC - The lead.\\n\\nA line\\n\\nBEGIC - Next.", _line_template_role)
    >>> _titles(entries, 0, False), _titles(entries, 3, False), _titles(entries, 5, False)
    (True, False, False)
    """
    if index >= len(entries) or not _is_title_line([entries[index]], titled):  # (a date line last: no title under it)
        return False
    for position, entry in enumerate(entries[index + 1:]):
        if (entry.blanks_before and not position) or listing_control(entry.text) is not None:
            return False  # (the line above a more link is the teaser it goes on: title, teaser, more link)
        if not _is_item_date([entry]):
            apart, at = position > 0, index + position + 1  # (a teaser with its own date right under it: a listing dated so)
            return _opens_teaser(entry) or (
                _heads_its_teaser(entries[index], entry, apart, _under(entries, at)) and not (apart and _dated_under(entries, at))
            ) or _heads_wrapped_lines(entries[index].text, entries, at)
    return False


def _wrapped_run(entries: list[Line], index: int) -> list[str]:
    """The first lines of the teaser that opens at ``index`` (`_WIDTH_LINES` at most): a joined paragraph's, or the
    lines from ``index`` with no blank line above them that no tag, item's date or control opens, up to the first
    under it that ends a sentence (a teaser's last: the next item's title may follow it).

    >>> entries = _nonempty_lines("A title\\nThe lead.\\nIt goes\\non here.\\nNext title", _line_template_role)
    >>> _wrapped_run(entries, 1), _wrapped_run([Line(2, "The lead goes\\non here.", "")], 0)
    (['The lead.', 'It goes', 'on here.'], ['The lead goes', 'on here.'])
    """
    if "\n" in entries[index].text:
        return entries[index].text.split("\n", _WIDTH_LINES)[:_WIDTH_LINES]
    run = [entries[index].text]
    for entry in entries[index + 1 : index + _WIDTH_LINES]:
        if entry.blanks_before or _opens_teaser(entry) or _is_item_date([entry]) or listing_control(entry.text):
            break
        run.append(entry.text)
        if _is_terminated(entry.text):
            break
    return run


def _heads_wrapped_lines(title: str, entries: list[Line], index: int) -> bool:
    """Whether a title line stands apart from the hard-wrapped teaser lines at ``index`` under it (`_wrapped_run`), as
    their wrapper's width tells: it is at least their longest line and below the reach (`_reach`) of each that ends
    no sentence with the next's first word (their last line left out: a wrapper leaves it short, and under a teaser
    cut without its full stop it may be the next item's title). A wrapped piece above them would be no longer than
    that width and too long for their first word; a title is longer than their reach (within `_WRAP_FILL`: some
    wrappers aim below their width), or so short that the word, which opens in a capital, would have fitted within
    their longest line (`_fills`, as for a heading above a paragraph); or they open a sentence as no wrapped line does
    (`_opens_a_sentence`, or a lead's day, "June 1, at …", `_DAY_OPENING`, after a title that no date goes on). One
    line or a line in lower case under it tells no width, nor the opening of a teaser; a line in lower case or one
    that ends mid-phrase (`_goes_on_after`) is no title, and one that asks or exclaims is a wrapped teaser's first.

    >>> run = _nonempty_lines("Recently, Binh Duong Smart City Scheme has achieved fundamental results.\\n"
    ...                       "The project is increasingly contributing to the socio-economic\\n"
    ...                       "development process of Binh Duong province, creating breakthroughs in\\nintegration.")
    >>> _heads_wrapped_lines("Smart City Scheme – Last episodes: Positioning Binh Duong brand in the international arena", run, 0)
    True
    >>> _heads_wrapped_lines("Becamex IDC launches digital transformation in public", run, 0)
    True
    >>> run = _nonempty_lines("Vietnamese partners at the fair of the new industrial park of Bau Bang\\non Tuesday.")
    >>> _heads_wrapped_lines("The delegates of the province and the investors from Japan and Korea met", run, 0)
    False
    """
    if title[:1].islower() or _is_terminated(title) or _goes_on_after(title):
        return False
    run = _wrapped_run(entries, index)
    if len(run) < 2 or run[0][:1].islower():
        return False
    if _opens_a_lead_under(run[0], title):
        return True
    pieces = run[:-1]
    reaches = [_reach(line, below) for line, below in itertools.pairwise(pieces) if not _is_terminated(line)]
    return (
        bool(reaches) and len(title) * _WRAP_FILL >= min(reaches)
    ) or not _fills(title, run[0], max(map(len, pieces)), True)


def _dated_under(entries: list[Line], index: int) -> bool:
    """Whether an item's date stands right under the entry at ``index``, no blank line between.

    >>> entries = _nonempty_lines("Binh Duong attracts FDI\\n16/05/2019\\nThe fair opens.\\n17/05/2019", _line_template_role)
    >>> _dated_under(entries, 2), _dated_under(entries, 3)
    (True, False)
    """
    following = _under(entries, index)
    return following is not None and not following.blanks_before and _is_item_date([following])


def _under(entries: list[Line], index: int) -> Line | None:
    """The entry right under the one at ``index`` (blank lines between or not), None under the last.

    >>> _under([Line(3, "A title", ""), Line(4, "The lead.", "")], 0).text, _under([Line(3, "A title", "")], 0)
    ('The lead.', None)
    """
    return entries[index + 1] if index + 1 < len(entries) else None


def _heads_its_teaser(title: Line, entry: Line, apart: bool, below: Line | None = None) -> bool:
    """Whether a short untagged entry under a title line (items' dates between them: ``apart``; ``below``: the entry
    under it) is its teaser, not the title's paragraph going on: it opens in a capital and ends a sentence or an
    ellipsis, the title ends no phrase mid-way (`_goes_on_after`: "… an agreement with" / "The Connected Places
    Catapult."), and the title is no wrapped piece above it (`_wraps_above`: too short to be one, or so short that the
    entry's first word would have fitted on it), or dates stand between, or it opens a sentence (`_opens_a_sentence`),
    as no wrapped line does; one that ends no sentence (a teaser cut short: "Tối 26/6, tại Khu công nghiệp Bàu Bàng,
    Thành phố Thủ Dầu Một") only under a title that ends none (under a sentence's end, a sentence may go on its
    paragraph; a question or an exclamation that is no wrapped piece is a title, "Why invest in Binh Duong?") and if
    it opens one, or ends where no headline does (`_ends_cut_short`: "Các khu công nghiệp của tỉnh đã") under a title
    that is no wrapped piece above it, or under any when it opens a subject as a sentence does (`_SUBJECT_OPENERS`:
    "Các …" under "Bình Dương thu hút hơn 2 tỷ USD vốn FDI trong 10 tháng đầu năm"), or stands above a more link (the
    teaser the link goes on) under a title that is no wrapped piece above it ("Binh Duong: exports rise, imports
    fall" / "Becamex IDC launches …" / "Read more"); those two never under a line that opens a lead going on to it
    (`_leads_into`: "Nhờ cải thiện môi trường đầu tư, tỉnh Bình" / "Dương đã …", wrapped by bytes). Where nothing
    tells, the title goes on its teaser's paragraph: its words stay in the text, as a teaser's read as a title would
    not.

    >>> teaser = Line(4, "The province met the investors from Japan.", "")
    >>> _heads_its_teaser(Line(3, "Smart city plan", ""), teaser, False)
    True
    >>> _heads_its_teaser(Line(3, "The province held a meeting on the smart city with investors from", ""),
    ...                   Line(4, "Japan and Korea on Tuesday.", ""), False)
    False
    >>> _heads_its_teaser(Line(3, "Provincial People's Committee discusses investment in logistics and supply chains", ""),
    ...                   Line(4, "At Tan Uyen Town on May 3, the board met the investors...", ""), False)
    True
    >>> _heads_its_teaser(Line(3, "Thành phố Thủ Dầu Một tiếp đoàn công tác", ""), Line(5, "Tối 26/6, tại Khu công", ""), True)
    True
    >>> _heads_its_teaser(Line(3, "Bình Dương thu hút vốn FDI", ""), Line(4, "Các khu công nghiệp của tỉnh đã", ""), False)
    True
    >>> title, teaser = Line(3, "Binh Duong: exports rise, imports fall", ""), Line(4, "Becamex IDC launches a park", "")
    >>> _heads_its_teaser(title, teaser, False), _heads_its_teaser(title, teaser, False, Line(5, "Read more", ""))
    (False, True)
    >>> _heads_its_teaser(Line(3, "Why invest in Binh Duong?", ""), Line(4, "In the first 10 months of 2023,", ""), False)
    True
    >>> _heads_its_teaser(Line(3, "Bình Dương thu hút hơn 2 tỷ USD vốn FDI trong 10 tháng đầu năm", ""),
    ...                   Line(4, "Các khu công nghiệp của tỉnh đã", ""), False)
    True
    """
    text = entry.text
    if not text[:1].isupper() or _goes_on_after(title.text):
        return False
    too_long = len(title.text) > _MAX_WRAPPED_CHARS  # (no wrapped piece: a wrapper broke no line past that)
    unwrapped = too_long or not _wraps_above(title.text, text)  # (no wrapped piece above it)
    if not _is_terminated(text):  # (a teaser cut short, its dump cut mid-line, still opens as a lead does or ends cut)
        if _is_terminated(title.text) and not (unwrapped and _ends_as_a_title(title.text)):
            return False
        cut = _ends_cut_short(text)
        if too_long or _opens_a_lead_under(text, title.text) or (cut and unwrapped):
            return True
        subject = cut and text.partition(" ")[0].casefold() in _SUBJECT_OPENERS
        more = unwrapped and below is not None and listing_control(below.text) == "more_link"
        return (subject or more) and not _leads_into(title.text, text)  # (a lead's first line, its width untold)
    return apart or unwrapped or _opens_a_lead_under(text, title.text)


def _wraps_above(piece: str, text: str) -> bool:
    """Whether a paragraph's first line may be a hard-wrapped piece above ``text``: long enough to be one
    (`_wrapped_piece`) and too long for the first word of ``text`` within the width ``text`` shows (`_fills`): a
    wrapper that broke a line that short would have put the word on it; or opening a lead that goes on to ``text``
    (`_leads_into`), whatever its width.

    >>> title = "Binh Duong attracts over 2 billion USD of FDI in ten months"
    >>> _wraps_above(title, "Các khu công nghiệp của tỉnh đã")
    True
    >>> _wraps_above(title, "Binh Duong's industrial parks have attracted over 2 billion USD of")
    False
    >>> _wraps_above("Từ đầu năm đến nay, kim ngạch xuất khẩu của tỉnh", "Bình Dương đạt hơn 20 tỷ USD, tăng 8% so với cùng kỳ.")
    True
    """
    return _wrapped_piece(piece, text, True) and (_fills(piece, text, len(text), True) or _leads_into(piece, text))


def _leads_into(piece: str, text: str) -> bool:
    """Whether ``piece`` opens a lead that goes on to ``text`` (`_opens_a_sentence`, the comma that closes its opening
    phrase on either line, or a lead's day, `_DAY_OPENING`): a teaser's first line, as no headline opens, whatever
    its width; a wrapper that counts bytes (GNU fmt) leaves a Vietnamese line of many marks short ("Nhờ cải thiện
    môi trường đầu tư, tỉnh Bình" / "Dương đã thu hút hơn 2 tỷ USD vốn đầu tư trực"), and fmt, aiming below its
    width, may leave a word off a line it would have fitted on ("August 8, at the …, Do Thanh Dat - Standing" /
    "Vice Chairman of …").

    >>> _leads_into("Dưới sự chủ trì của Phó Chủ tịch UBND tỉnh", "Nguyễn Văn Dành, hội nghị đã bàn nhiều giải pháp")
    True
    >>> _leads_into("August 8, at the Binh Duong Innovation Center", "Vice Chairman of the Provincial People's Committee")
    True
    >>> _leads_into("Binh Duong: exports rise, imports fall", "Becamex IDC launches a new industrial park in Bau Bang")
    False
    """
    return _match(_DAY_OPENING, piece) is not None or _opens_a_sentence(f"{piece} {text}")


def _opens_a_lead_under(text: str, title: str) -> bool:
    """Whether a line under a title opens a lead as no wrapped line does: a sentence (`_opens_a_sentence`), or a lead's
    day, "June 1, at …" (`_DAY_OPENING`), after a title that no date goes on (`_leads_a_date`).

    >>> _opens_a_lead_under("October 24, at the Science and Technology Park", "Binh Duong reports on smart city plan")
    True
    >>> _opens_a_lead_under("October 24, at the Science and Technology Park", "The fair of the industrial park is held on")
    False
    """
    return _opens_a_sentence(text) or (_match(_DAY_OPENING, text) is not None and not _leads_a_date(title))


def _opens_a_sentence(text: str) -> bool:
    """Whether a line opens with a function word in capitals (`_NOT_IN_NAMES`) that is no name's: one no name has
    ("At", "In"), or one spelt like a name (`_NAMES_LIKE_FUNCTION_WORDS`: "On", "The") before a word in lower case
    or a date ("On May 3"); or with a Vietnamese lead's part of the day before its date (`_DAY_PART_OPENERS`: "Sáng
    3/5", as "On the evening of" in English; "Sang", without the marks, is a name too); or with a lead's word before a
    place, a time or a circumstance a comma closes (`_opens_a_lead_phrase`: "Trong năm 2023, …", "According to …, …").

    >>> [_opens_a_sentence(text) for text in ("At Tan Uyen on May 3", "On the evening of", "The Connected Places", "Binh Duong")]
    [True, True, False, False]
    >>> [_opens_a_sentence(text) for text in ("On May 3, the board", "Sáng 3/5, UBND tỉnh", "Sang, the Chairman")]
    [True, True, False]
    >>> [_opens_a_sentence(text) for text in ("Trong năm 2023, tỉnh", "Tại sao nên đầu tư?", "Voi muc tieu tren, Binh")]
    [True, False, True]
    """
    words = text.split(maxsplit=2)
    if not words or not words[0][:1].isupper():
        return False
    first, dated = words[0].casefold(), len(words) > 1 and _DATE_START.match(words[1]) is not None
    if first in _DAY_PART_OPENERS:
        return dated
    if first in _LEAD_PHRASE_OPENERS:
        return _opens_a_lead_phrase(text, words)
    if first not in _NOT_IN_NAMES:
        return False
    return _not_a_name(words[0]) or (len(words) > 1 and (words[1][:1].islower() or dated))


def _opens_a_lead_phrase(text: str, words: list[str]) -> bool:
    """Whether a line that opens with a lead's word (`_LEAD_PHRASE_OPENERS`, its first of ``words``, split as
    `_opens_a_sentence` splits them) opens a lead: a phrase follows that the line's first comma closes
    (`_FIRST_CLAUSE_COMMA`: no names in capitals alone before it, "Tai Nguyen, …" and "Nam Dinh, …" are names; at the
    line's end, a teaser cut there), no "sao" asks why ("Tại sao …"), and a word in lower case stands in it
    (`_LOWER_CASE_WORD`: none in a headline in Title Case, "Năm 2023, Một Năm Nhìn Lại").

    >>> [_opens_a_lead_phrase(text, text.split(maxsplit=2)) for text in ("Theo kế hoạch, UBND tỉnh sẽ",
    ...     "Tai Hoi nghi xuc tien dau tu, Pho", "Tai Nguyen, a young engineer", "According to the plan, the")]
    [True, True, False, True]
    >>> _opens_a_lead_phrase("Tại sao Bình Dương, Đồng Nai hút vốn?", ["Tại", "sao", "Bình Dương, Đồng Nai hút vốn?"])
    False
    >>> _opens_a_lead_phrase("Năm 2023, Một Năm Nhìn Lại", ["Năm", "2023,", "Một Năm Nhìn Lại"])
    False
    >>> _opens_a_lead_phrase("Trong 10 tháng đầu năm 2023,", ["Trong", "10", "tháng đầu năm 2023,"])
    True
    """
    return (
        len(words) > 1 and words[1].casefold() != _WHY and _match(_FIRST_CLAUSE_COMMA, text) is not None
        and _search(_LOWER_CASE_WORD, text) is not None
    )


def _is_item_date(group: list[Line]) -> bool:
    """A listing paragraph of one line that dates an item: a date on a line of its own (`_is_date_line`, with the
    forms of `_ITEM_DATE`: ``Updated: 16/05/2019``, ``(16/05/2019)``, ``2019-05-16``, ``2022年1月5日``), a byline
    (date first: "16/05/2019 | Nguyen Trang"), one led by its label (``Cập nhật: 05/01/2022 16:00``); above or under
    the item's title or teaser.

    >>> lines = _nonempty_lines("16/05/2019\\nCập nhật: 05/01/2022\\n(2019-05-16)\\n2022\\n16/05/2019.")
    >>> [_is_item_date([line]) for line in lines]
    [True, True, True, False, False]
    """
    line = group[0]
    if len(group) != 1 or len(line.text) > _MAX_LED_HEADER_CHARS:
        return False
    if _is_date_line(line, line.role or None):
        return True
    byline = parse_byline(line.text)
    if byline is not None and line.text.startswith(byline["date_raw"]):
        return True
    return _LED_DATE_HEADER.match(line.text) is not None


def _opens_teaser(line: Line) -> bool:
    """A line that begins a teaser rather than continues one: tagged, or too long to be a wrapped piece."""
    return _opens_with_tag(line) or len(line.text) > _MAX_WRAPPED_CHARS


def _opens_with_tag(line: Line) -> bool:
    """A line that opens with an agency tag, or is one alone (its teaser wrapped to the next line)."""
    return agency_tag(line.text) is not None or _match(_BARE_TAG, line.text) is not None


def _is_title_line(group: list[Line], titled: bool) -> bool:
    """A paragraph of one short line without an agency tag, no item's date, that ends no sentence, or, in a listing
    whose other items have titles (``titled``), asks or exclaims (`_ends_as_a_title`: "Why invest in Binh Duong?";
    elsewhere it may be a teaser's first sentence): a title, where a teaser follows.

    >>> [_is_title_line([Line(3, text, "")], titled) for text, titled in (("Why invest?", True), ("Why invest?", False))]
    [True, False]
    """
    text = group[0].text
    return (
        len(group) == 1 and len(text) <= _MAX_TITLE_CHARS and (not _is_terminated(text) or (titled and _ends_as_a_title(text)))
        and not _opens_with_tag(group[0]) and not _is_item_date(group)
    )


def _ends_as_a_title(text: str) -> bool:
    """Whether a line ends in a question or exclamation mark (`_TITLE_MARKS`), maybe with closing quotes or brackets
    after it: a listing's title may (not in "…": a teaser cut short).

    >>> _ends_as_a_title("Why invest in Binh Duong?"), _ends_as_a_title('"Go green!"'), _ends_as_a_title("The fair draws…")
    (True, True, False)
    """
    return text.rstrip(_CLOSERS)[-1:] in _TITLE_MARKS


def _listing_role(paragraphs: list[Line], index: int, titled: bool) -> str:
    """A listing paragraph's role: an item's date on a line of its own is a ``listing_date``; a title line
    right above its teaser (items' dates between or not) is its ``listing_title``; any other paragraph is a
    ``listing_item``."""
    if _is_item_date([paragraphs[index]]):
        return "listing_date"
    return "listing_title" if _titles(paragraphs, index, titled) else "listing_item"


def _listing_entries(lines: list[Line], titled: bool, headlines: frozenset[int]) -> list[Line]:
    """A listing's lines under its header as its entries: paragraphs (`_paragraphs`), a flattened table's cells,
    controls, each with its role (``titled``: see `_is_title_line`; ``headlines``: `_headlines` of the lines)."""
    entries: list[Line] = []
    paragraphs = _paragraphs(lines, titled, headlines)
    for index, paragraph in enumerate(paragraphs):
        if _match(_TABLE_LINE, paragraph.text):
            entries += _table_cells(paragraph)
        elif control := listing_control(paragraph.text):
            entries.append(_with_role(paragraph, control))
        elif paragraph.number in headlines:
            entries.append(_with_role(paragraph, "listing_title"))
        else:
            entries.append(_with_role(paragraph, _listing_role(paragraphs, index, titled)))
    return entries


def _headlines(lines: list[Line]) -> frozenset[int]:
    """The line numbers of a listing's headlines: a run of `_MIN_HEADLINES` title lines or more (`_is_title_line`,
    one that asks or exclaims too; two that are the listing's only lines but controls), one line break apart, each
    opening in a capital and no longer than a wrapped piece (`_opens_teaser`), no control, of which no two in a row
    could be one paragraph's wrapped pieces (`_wraps_alike`), a blank line, a control or the page's end under the last
    (`_closes_headlines`): titles alone, no teaser under them. Closed by the page's end, the run needs `_MIN_HEADLINES`
    above its last line: a dump cut short may end in a teaser's wrapped lines, the
    last cut at any length, which tells no width ("Phê duyệt đề án …" / "UBND tỉnh vừa phê duyệt … của tỉnh" / "Bình
    Dương giai đoạn 2021 - 2025, … với nhiều": a title and its teaser).

    >>> lines = _nonempty_lines("Smart city plan approved by the province\\nWhy invest in Binh Duong?\\n"
    ...                         "Becamex IDC launches digital transformation in public transport\\nTiếp theo »")
    >>> sorted(_headlines(lines))
    [1, 2, 3]
    """
    found: set[int] = set()
    run: list[Line] = []
    end = Line(0, "", "", 1)  # (a blank line after the last closes its run)
    for index, line in enumerate([*lines, end]):
        headline = _may_be_headline(line)
        if run and (line.blanks_before or not headline):
            alone = run[0] is lines[0] and all(listing_control(other.text) for other in lines[index:])
            if _closes_headlines(run, line, line is end, alone):
                found.update(member.number for member in run)
            run = []
        if headline:
            run.append(line)
    return frozenset(found)


def _closes_headlines(run: list[Line], line: Line, end: bool, alone: bool) -> bool:
    """Whether ``line`` (or the page's ``end``) under a ``run`` of title lines (`_may_be_headline`) closes a run of
    headlines: a blank line, a control or the page's end (a line right under the run that is none of it, a teaser's,
    may go on its last: a wrapped piece), `_MIN_HEADLINES` of them (at the page's end one more: a dump cut short may
    end in a teaser's wrapped lines), or two, the listing's only lines but controls (``alone``), above a blank line or
    a control but a more link: a listing of two titles (a more link goes on the line above it, a lone item's teaser),
    unless the second opens a lead under the first (`_leads_under`: a lone item's teaser cut short with no mark,
    "In the morning of September 17, Nguyen H", still opens as a lead does, as no headline does, but for one that asks
    or exclaims, a headline's end), or ends as a teaser cut short may (`_ends_cut_short`: "… của tỉnh đã", "… hơn 2 tỷ",
    the cheaper reading of two lines alone; in a longer run "… USD 2 billion" is a headline); no two in a row a
    paragraph's wrapped pieces (`_wraps_alike`), and not the end of a teaser that a more link goes on (`_ends_a_teaser`).

    >>> run = [Line(3, "Smart city plan approved by the province", ""), Line(4, "Binh Duong joins the Smart21", "")]
    >>> [_closes_headlines(run, Line(5, text, "", blanks), False, True) for text, blanks in (("Next »", 0), ("Forum", 1))]
    [True, True]
    >>> _closes_headlines(run, Line(5, "Xem tiếp", ""), False, True)
    False
    >>> item = [run[0], Line(4, "In the morning of September 17, Nguyen H", "")]
    >>> _closes_headlines(item, Line(5, "« 1 2 3", ""), False, True)
    False
    >>> lead, end = Line(5, "BEGIC - The lead.", ""), Line(0, "", "", 1)
    >>> _closes_headlines(run, lead, False, True), _closes_headlines(run, end, True, True)
    (False, False)
    """
    control = listing_control(line.text)
    if not (line.blanks_before or control is not None):
        return False
    pair = alone and control != "more_link"
    least = _MIN_HEADLINES + 1 if end else _MIN_ALONE_HEADLINES if pair else _MIN_HEADLINES
    return (
        len(run) >= least and not any(map(_wraps_alike, run, run[1:], run[2:]))
        and not (control == "more_link" and _ends_a_teaser(run))
        and not (
            len(run) == _MIN_ALONE_HEADLINES
            and (_leads_under(run[1].text, run[0].text) or _ends_cut_short(run[1].text))
        )
    )


def _leads_under(text: str, title: str) -> bool:
    """Whether the second of two lines alone opens a lead under the first (`_opens_a_lead_under`) and ends no title's
    way: a teaser cut short ends mid-sentence, not in a question or exclamation mark (`_ends_as_a_title`), which a
    headline that opens as a lead does may ("In 2023, where will FDI go?").

    >>> _leads_under("In the morning of September 17, Nguyen H", "Smart city plan"), _leads_under("In 2023, why FDI?", "A")
    (True, False)
    """
    return _opens_a_lead_under(text, title) and not _ends_as_a_title(text)


def _may_be_headline(line: Line) -> bool:
    """A title line (`_is_title_line`, one that asks or exclaims too) that opens in a capital and ends no phrase
    mid-way (`_goes_on_after`: a wrapped piece may, "… Director of the Department of"), no longer than a wrapped
    piece (`_MAX_WRAPPED_CHARS`: untagged, a title line opens no teaser, `_opens_teaser`), no listing control; one
    that ends as a teaser cut short may (`_ends_cut_short`, "… USD 2 billion") is a headline in a run, and two alone
    are told apart by `_closes_headlines`."""
    text = line.text
    return (
        text[:1].isupper() and len(text) <= _MAX_WRAPPED_CHARS and _is_title_line([line], True) and not _goes_on_after(text)
        and listing_control(text) is None
    )


def _wraps_alike(first: Line, second: Line, third: Line) -> bool:
    """Whether three lines one line break apart may be a paragraph's, wrapped at one width: the longest is no longer
    than the first or the second would have been with the next line's first word (`_reach`), as a wrapper broke
    them, the first two long enough to be wrapped lines (`_wrapped_piece`: headlines shorter than a wrap's width are
    no wrapped pieces, "Binh Duong: exports rise, imports fall"), and one of the first two is a sentence's piece
    (`_is_prose_piece`); headlines of like lengths are whole phrases, each.

    >>> wrapped = ("On the afternoon of September 05, at the Provincial Convention and",
    ...            "Exhibition Center, Provincial Party Secretary Nguyen Van Loi chaired a", "working session")
    >>> headlines = ("Smart city plan approved by the province", "Why invest in Binh Duong?", "Binh Duong joins the Smart21")
    >>> _wraps_alike(*(Line(3, text, "") for text in wrapped)), _wraps_alike(*(Line(3, text, "") for text in headlines))
    (True, False)
    >>> alike = ("Becamex IDC reviews startup programs in digital transformation",
    ...          "Becamex IDC welcomes high-tech industrial parks in green growth",
    ...          "Becamex IDC launches digital transformation in public transport")
    >>> _wraps_alike(*(Line(3, text, "") for text in alike))
    False
    >>> short = ("Binh Duong: exports rise, imports fall", "Smart city plan approved by the province", "Why invest?")
    >>> _wraps_alike(*(Line(3, text, "") for text in short))
    False
    """
    longest = max(len(first.text), len(second.text), len(third.text))
    return (
        longest < min(_reach(first.text, second.text), _reach(second.text, third.text))
        and _wrapped_piece(first.text, second.text, False) and _wrapped_piece(second.text, third.text, False)
        and (_is_prose_piece(first.text) or _is_prose_piece(second.text))
    )


def _is_prose_piece(text: str) -> bool:
    """Whether a line is a piece of a sentence rather than a whole headline: it ends mid-phrase (`_goes_on_after`), or
    holds a clause's comma or a sentence's end before more words (`_CLAUSE_BREAK`, `_FIRST_CLAUSE_COMMA`: "On May 3,
    at …", "… results. The project"), as a teaser's wrapped lines do and a portal's headlines, short phrases, do not
    (a comma closing a line's opening names joins a headline's two parties: "Binh Duong, Japan strengthen …").

    >>> _is_prose_piece("At Tan Uyen Town on May 3, Head of the Provincial"), _is_prose_piece("Binh Duong joins the Smart21")
    (True, False)
    >>> _is_prose_piece("TP. Thủ Dầu Một tổ chức hội nghị"), _is_prose_piece("… the results. The project")
    (False, True)
    >>> _is_prose_piece("Binh Duong, Japan strengthen cooperation"), _is_prose_piece("Sáng 16/5, tại Trung tâm")
    (False, True)
    >>> _is_prose_piece("At the Provincial Administrative Center, Vice Chairman Nguyen Van Danh received")
    True
    """
    return (
        _goes_on_after(text) or _search(_CLAUSE_BREAK, text) is not None
        or _match(_FIRST_CLAUSE_COMMA, text) is not None
    )


def _ends_a_teaser(run: list[Line]) -> bool:
    """Whether a run of title lines above a more link ends in a teaser's wrapped lines, cut short (mid-word or not):
    its last line under a sentence's piece (`_is_prose_piece`) long enough to be a wrapped one (`_wrapped_piece`) that
    its first word would not have fitted on (`_fills`), as a wrapper breaks a teaser; the link goes on that teaser
    ("… on May 3, Head of the Provincial" / "Smart Ci" / "Xem tiếp").

    >>> piece = Line(4, "At Tan Uyen Town Administrative Center on May 3, Head of the Provincial", "")
    >>> _ends_a_teaser([Line(3, "Smart city plan", ""), piece, Line(5, "Smart Ci", "")])
    True
    >>> _ends_a_teaser([Line(3, "Becamex IDC welcomes high-tech industrial parks in green growth", ""),
    ...                 Line(4, "Becamex IDC launches digital transformation in public transport", "")])
    False
    """
    if len(run) < 2:
        return False
    upper, last = run[-2].text, run[-1].text
    return _is_prose_piece(upper) and _wrapped_piece(upper, last, False) and _fills(upper, last, len(upper), False)


def _is_heading_like(line: Line) -> bool:
    """A short unterminated line, or one that names a section with a colon after it ("Tin tức:", "NEWS – EVENTS:"):
    what a listing's category header is; a sentence after the listing word is none ("News: Binh Duong hosts a forum.",
    a bare page's first paragraph).

    >>> [_is_heading_like(Line(1, text, "")) for text in ("Kinh tế:", "News: Binh Duong hosts a forum.", "Tin tức")]
    [True, False, True]
    """
    return len(line.text.split()) <= _MAX_HEADING_WORDS and (
        not _is_terminated(line.text)
        or (not _is_terminated(line.text, _SENTENCE_ENDS) and _names_a_section(line.text))
    )


def _bare_paragraphs(lines: list[Line]) -> list[Line] | None:
    """The paragraphs of a page without header, footer or listing header, hard-wrapped ones joined (`_unwrapped`): a
    page whose first line is no listing's header (`_is_heading_like`), or that is one hard-wrapped paragraph (its
    first piece, unterminated, only looked like one); None for a listing.

    >>> wrapped = ("At the headquarters of the Provincial People's Committee on\\n"
    ...            "December 9, the delegates of Binh Duong met partners from Korea.")
    >>> [line.number for line in _bare_paragraphs(_nonempty_lines(wrapped))]
    [1]
    >>> _bare_paragraphs(_nonempty_lines("News - Smart City\\n\\nBinh Duong joins the Smart21 communities."))
    """
    roles: list[str | None] = [None] * len(lines)
    if len(lines) == 1 or not _is_heading_like(lines[0]):
        joined = _unwrapped(lines, roles)[0]
        # A sentence's end at a line's end may be a wrap's only on a page a wrap cut mid-sentence: one-line
        # sentences of like lengths, no blank line between, are paragraphs each.
        return joined if len(joined) == len(lines) else _unwrapped(lines, roles, bare=True)[0]
    if lines[1].blanks_before:  # (a listing's header stands apart, or a teaser's title: no wrapped piece)
        return None
    joined = _unwrapped(lines, roles, bare=True)[0]
    return joined if len(joined) == 1 else None


def _may_title_a_question(lines: list[Line], entries: list[Line]) -> bool:
    """Whether a listing's line that asks or exclaims (`_ends_as_a_title`) may title a teaser, the listing's ``lines``
    under its header read as ``entries`` with none such: where the listing's other items have titles, or where it is
    the listing's first line, right under its header, over a teaser cut short (a lone item's title: "Why invest in
    Binh Duong?" / "In the first 10 months of 2023,"). Over a whole teaser, in a listing of teasers alone, it may be
    a teaser's first sentence on a line of its own. Its entries are read again then, such a line a title line
    (`_is_title_line`): one that is no wrapped piece above a teaser cut short (`_heads_its_teaser`) titles it.

    >>> lines = _nonempty_lines("Why invest in Binh Duong?\\nIn the first 10 months of 2023,\\n« 1 2 3")
    >>> _may_title_a_question(lines, [_with_role(lines[0], "listing_item"), _with_role(lines[2], "pager")])
    True
    >>> _may_title_a_question(lines[:1] + [Line(2, "The province met the investors.", "")], lines[:2])
    False
    """
    if not any(_ends_as_a_title(line.text) for line in lines):
        return False
    return any(entry.role == "listing_title" for entry in entries) or (
        len(lines) > 1 and _ends_as_a_title(lines[0].text) and not lines[1].blanks_before
        and not _is_terminated(lines[1].text)
    )


def _stray_run_under_listing_header(lines: list[Line], roles: list[str | None]) -> int:
    """Where a listing's items begin under a stray run of footer lines (`_stray_run_end`: a share bar, a views count)
    that an extractor put right under the listing's header on the page's first line (`_is_listing_header`); 0 where
    no such run stands there.

    >>> lines = _nonempty_lines("Tin tức - Sự kiện\\nChia sẻ:\\nTTĐT - Sáng 9/10, Tỉnh ủy họp.\\nTTĐT - Tối 15/9, Tỉnh đoàn họp.",
    ...                         _line_template_role)
    >>> roles = [line.role or None for line in lines]
    >>> _stray_run_under_listing_header(lines, roles), _stray_run_under_listing_header(lines[1:], roles[1:])
    (2, 0)
    """
    if len(roles) < 3 or roles[1] not in FOOTER_ANCHORS or roles[0] is not None or not _is_listing_header(lines[0].text):
        return 0
    return _stray_run_end(lines, roles, 1) or 0


def _parse_listing(lines: list[Line], stray: int = 0) -> Page:
    """The listing of a page's lines, a stray run of footer lines under its header up to ``stray`` its nav
    (`_stray_run_under_listing_header`)."""
    nav = []
    if (
        len(lines) > 2 and _is_heading_like(lines[0]) and _is_heading_like(lines[1])
        and (
            _match(_LISTING_CATEGORY, lines[1].text)
            or (lines[0].role == "date_header" and _is_listing_header(lines[1].text))  # (`_dates_a_listing`)
        )
    ):
        nav, lines = [_with_role(lines[0], "nav")], lines[1:]  # "News" above "News - Smart City"; the site's date
    first = lines[0]
    if (paragraphs := _bare_paragraphs(lines)) is not None:
        page = Page("unknown", [_with_role(line, "body") for line in paragraphs])
        page.warnings.append(("no_header", "neither a date header, a listing header nor a footer", first.number))
        return page
    page = Page("listing", [*nav, _with_role(first, "listing_header")])
    category = _match(_LISTING_CATEGORY, first.text)
    page.category = _single_spaced(category.group(1) if category else first.text.rstrip(_SECTION_NAME_ENDS))
    _nav_lines(page, lines, [line.role or None for line in lines[:stray]], 1, stray)
    items = lines[stray or 1 :]
    headlines = _headlines(items)  # (titled or not: it asks `_is_title_line` as titled)
    entries = _listing_entries(items, False, headlines)
    if _may_title_a_question(items, entries):
        entries = _listing_entries(items, True, headlines)  # a question or exclamation above a teaser is a title too
    page.lines += entries
    if _cut_in_last_teaser(entries):
        page.warnings.append(("truncated", "the dump ends inside a teaser", entries[-1].number))
    tags = {agency_tag(line.text) for line in page.lines if line.role == "listing_item"} - {None}
    page.agency = tags.pop() if len(tags) == 1 else None
    return page


def _cut_in_last_teaser(entries: list[Line]) -> bool:
    """Whether a listing's dump was cut inside its last teaser: the last entry (no control under it, the page went on;
    no title, which ends no sentence) a teaser that ends no sentence where the listing's other teasers end theirs (a
    portal that cuts its teasers short with no mark tells no cut by the last).

    >>> whole, cut = Line(3, "TTĐT - Sáng 9/10, Tỉnh ủy họp.", "listing_item"), Line(5, "TTĐT - Tối 15/9, tại", "listing_item")
    >>> _cut_in_last_teaser([whole, cut]), _cut_in_last_teaser([whole, whole]), _cut_in_last_teaser([cut, cut])
    (True, False, False)
    >>> _cut_in_last_teaser([whole, cut, Line(7, "« 1 2 3", "pager")]), _cut_in_last_teaser([])
    (False, False)
    """
    if not entries or entries[-1].role != "listing_item" or _is_terminated(entries[-1].text):
        return False
    return all(_is_terminated(entry.text) for entry in entries[:-1] if entry.role == "listing_item")
