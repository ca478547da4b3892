"""Language of a line, and of the segments of a line that mixes Vietnamese and English.

Vendorable: imports only the standard library and ``regex``. A statistical detector (langdetect)
is passed in as a callable by the caller, never imported here.

The first pass is by script and costs microseconds: Vietnamese letters (ư ơ ă đ, tone marks) mean
Vietnamese, kana mean Japanese, Hangul Korean, Han alone Chinese; plain ASCII Latin with an
English function word means English. Only what stays ambiguous goes to the detector.

>>> line_language("Lượt người xem:  Views:   1280")
('mixed', (('Lượt người xem:', 'vi'), ('Views:', 'en'), ('1280', 'none')))
>>> line_language("Delegates take a souvenir photo")[0]
'en'
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterable
from typing import NamedTuple

import regex

# A backstop: every pattern is built to run in linear time, and a call on a long text that still runs
# longer than this raises TimeoutError, which the stages turn into a `regex_timeout` warning. Texts up to
# LIMITED_TEXT_CHARS get no limit: a linear pattern cannot run long on them, and a limit costs ~2 µs a call.
REGEX_TIMEOUT_SECONDS = 5.0
LIMITED_TEXT_CHARS = 10_000
_NO_LIMIT: dict[str, float] = {}


def _time_limit(text: str) -> dict[str, float]:
    """The keyword arguments that limit a regex call's time on ``text`` (none for a short text).

    >>> _time_limit("short"), _time_limit("x" * 20_000)
    ({}, {'timeout': 5.0})
    """
    return _NO_LIMIT if len(text) <= LIMITED_TEXT_CHARS else {"timeout": REGEX_TIMEOUT_SECONDS}

Detector = Callable[[str], str | None]
Segment = tuple[str, str]

LANGS = ("vi", "en", "ja", "ko", "zh", "mixed", "none")

# Letters that plain English never has and Vietnamese spelling does (NFC forms).
VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)

# Short English words that show an ASCII line is English prose; Vietnamese has almost none of them.
ENGLISH_FUNCTION_WORDS = frozenset(
    "a an the of and or to in on at by for from with as is are was were be been has have had "
    "this that these those it its which who will would can should not but also into than".split()
)

# Vietnamese function words (conjunctions, prepositions, the copula, markers of plural and tense): Vietnamese prose has
# them in nearly every clause, and the name of a dish, an art or a craft ("bánh tét", "đờn ca tài tử", "sơn mài") none
# but as a joint inside it ("bánh mì với pa tê": `_vietnamese_grammar`).
_VIETNAMESE_FUNCTION_WORDS = frozenset(
    "và của các những được là có đã sẽ đang này đó với trong tại cho về theo để khi thì mà nhưng hoặc bị không cũng "
    "rất đến từ vào trên nhằm nên vì sau qua cùng ở".split()
)
# The function words that join a dish's or a craft's name ("bánh mì với pa tê", "bún bò và chả giò"), and how many
# words a part of such a name has at most ("bánh tráng phơi sương"): a clause's parts are longer, or its verb's marker
# ("được", "đã") is no joint.
_NAME_JOINTS, _NAME_PART_WORDS = frozenset({"và", "với"}), 4
# The conjunction of a list of names ("Binh Duong và Dong Nai team up"): between two capitalised words, no prose's.
_NAME_LIST_JOINT = "và"
# English auxiliaries, which open the predicate after a clause's subject: a name before one is English's subject ("Bánh
# mì với pa tê is sold …"), no Vietnamese heading's words (`_predicated_name`); modal or `do`'s too ("could be found",
# "does well"), but "may", "do", Vietnamese syllables, which `_is_english_word` never reads English.
_PREDICATE_WORDS = frozenset("is are was were has have had does did will would can could shall should might must".split())
# English prose framing those things, when it does not stand around them, has at least this many English-only function
# words of its own; a phrase that a Vietnamese heading borrows whole has one ("internet of things", "learning by doing"),
# beside the joints of a name ("startup of the year": `_own_function_words`).
_FRAME_FUNCTION_WORDS = 2
# The function word that joins a phrase's nouns into a name, as a title's does ("art of the street", "best of the
# best"), and the article after it.
_NAME_JOINT, _JOINT_ARTICLE = "of", "the"

# SharePoint's English labels: too short for any detector, known here.
ENGLISH_LABELS = frozenset(
    label.casefold()
    for label in (
        "Views:", "Font size:", "Content Type:", "Approval Status", "Manage Permissions",
        "Version History", "(Time)", "Share:", "News", "Created at by", "Last modified at by",
    )
)

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Words of one letter that are words: Vietnamese vowels with their marks ("ở", "ý kiến", "ô tô"). Other single letters
# are none ("a", "I", "x", a unit's "đ" after a price).
_ONE_LETTER_WORDS = frozenset(
    case for letter in VIETNAMESE_LETTERS - {"đ"} for case in (letter, letter.upper())
)
# Plain ASCII text is read with stdlib patterns: a word (two letters or more, as `_words` counts them)
# and an English function word.
_ASCII_WORD = re.compile(r"[A-Za-z]{2}")


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of words grouped by their first letter: ``(?:a(?:lso|nd)|t(?:he))``.

    >>> _by_first_letter(["the", "and", "also"])
    '(?:a(?:lso|nd)|t(?:he))'
    """
    tails: dict[str, list[str]] = {}
    for word in sorted(words):
        tails.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(tails[first])})" for first in sorted(tails)) + ")"


# A character beyond ASCII other than a space, punctuation mark or symbol of no script. Text without one
# (English typography: dashes, curly quotes, an ellipsis) has letters of ASCII only, and reads as plain ASCII.
_BEYOND_PLAIN = regex.compile(r"(?V1)[^\x00-\x7f[[\p{P}\p{S}\p{Zs}]&&\p{Common}]]")
_SEGMENT = regex.compile(r"[^:|()]+:?|\([^()]*\)|[:|()]")
# Scripts that name their language, tried in this order (kana before Han: Japanese mixes both).
_SCRIPTS = (
    (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), "ja"),
    (regex.compile(r"\p{Hangul}"), "ko"),
    (regex.compile(r"\p{Han}"), "zh"),
)

# A letter that is neither ASCII nor Vietnamese: text with one is not taken for English by its function words.
_FOREIGN_LETTER = regex.compile(
    "(?V1)[\\p{L}--[a-zA-Z" + "".join(sorted(VIETNAMESE_LETTERS)) + "".join(sorted(VIETNAMESE_LETTERS)).upper() + "]]"
)
# The letters that pattern leaves out: a word of these alone has no foreign letter, and most words skip the
# pattern (a fifth of the time).
_NATIVE_LETTERS = frozenset(string.ascii_letters + "".join(VIETNAMESE_LETTERS) + "".join(VIETNAMESE_LETTERS).upper())

# Words with such letters at this share make a line ambiguous (a German name in English text does not).
_FOREIGN_WORD_SHARE = 0.1

# A segment is Vietnamese when this share of its words carry Vietnamese letters (Vietnamese prose
# runs at 60-80 %; "Tin liên quan" at a third); English text with a Vietnamese name stays far below.
_VI_WORD_SHARE = 0.3
# English function words, written in lower case, that no Vietnamese syllable is (an, to, in are): a line
# with one, whose words in Vietnamese spelling are all capitalised, is English prose naming people or
# places ("Mr. Nguyễn Văn Lợi and …"); a Vietnamese sentence quoting "… of the Year" has lower-case ones.
_ENGLISH_ONLY_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS - {"a", "an", "to", "in"}
# Of those, Vietnamese syllables too: "than" (coal), "can" (as in "can thiệp"), English only beside a word that
# is no Vietnamese syllable ("Thủ Dầu Một can become a smart city"; "Giá than Bình Dương" is Vietnamese).
_ALSO_VIETNAMESE = frozenset({"than", "can"})
# A Vietnamese syllable written without its marks: an initial consonant of Vietnamese spelling, one run of
# vowels, a final consonant of its ("nguoi", "quyet", "khuyen"); "start", "help", "become", "city" are none.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?")
# A function word in the text lower-cased (its letters are ASCII ones, which lower-case letter for letter): a
# grouped alternation read case-sensitively, half the time of the words read case-insensitively. Apart, those that
# no Vietnamese syllable is, even without its marks (of, and, is, with), and those that one may be (the, to, can: a
# Vietnamese text that lost its marks has "the gioi", "to chuc", "can bo").
_SYLLABLE_FUNCTION_WORDS = frozenset(word for word in ENGLISH_FUNCTION_WORDS if _VIETNAMESE_SYLLABLE.fullmatch(word))
_UNSYLLABIC_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS - _SYLLABLE_FUNCTION_WORDS
# English words in lower case spelled as Vietnamese syllables without their marks: those function words ("to", "in",
# "an") and the common words of the portal's English prose that are ("up", "long", "run", "set", "team"). Beside
# Vietnamese grammar they tell neither language: `_outnumbers_english` counts them for neither side.
_ENGLISH_SYLLABLES = _SYLLABLE_FUNCTION_WORDS | frozenset(
    "up out so no do then such each being going long run set top day team pay due key lot hang bang".split()
)
_ASCII_ENGLISH_ONLY_WORD, _ASCII_SYLLABLE_FUNCTION_WORD = (
    re.compile(r"(?<![a-z])" + _by_first_letter(word for word in words if len(word) > 1) + r"(?![a-z])")
    for words in (_UNSYLLABIC_FUNCTION_WORDS, _SYLLABLE_FUNCTION_WORDS)
)
# Vietnamese written without its marks ("Sang ngay 4/1, UBND tinh to chuc le khoi cong du an"): at least this many
# lower-case words (names are capitalised), all but this share Vietnamese syllables (English prose has a third to a
# half: "the", "can", "team"; such Vietnamese 95-100 %, loanwords and units aside), and fewer than this share English
# function words (English has about half).
_UNMARKED_MIN_WORDS = 6
_UNMARKED_MISS_SHARE = 0.1
_UNMARKED_FUNCTION_SHARE = 1 / 3
_ASCII_WORDS = re.compile(r"[A-Za-z]{2,}")
# A heading's number in capitals ("IV. KET QUA NOI BAT"): no word of either language.
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# A unit's or an abbreviation's consonants ("km", "kg", "ha"'s kin): no word of either language.
_UNIT = re.compile(r"[bcdfghjklmnpqrstvwxz]{1,3}")
# Words of other languages that Vietnamese text writes as they are: no sign of English prose.
_LOANWORDS = frozenset({
    "video", "clip", "online", "website", "email", "internet", "logo", "covid", "startup", "camera", "livestream",
    "hackathon", "game", "gameshow", "show", "marketing", "logistics", "smartphone", "fanpage", "wifi", "laptop",
    "container", "tour", "resort", "fintech", "blockchain", "robot", "drone", "app",
})
# A quotation or a bracket on one line: in English prose, a Vietnamese name quoted or glossed there
# ("The festival “Hương sắc Bình Dương” …", ‘…’, «…», '…') does not make the line Vietnamese. A single quote
# between two letters is an apostrophe ("Binh Duong’s", "don't"): inside a quotation it ends none, and no straight
# one opens after a letter or a digit, nor closes before one. Nor does a single quote before a year's two digits open
# one: it stands for the century ("the '90s", "Expo ‘23,", "Expo ‘23" at the line's end), and a plural's apostrophe
# after it closed a quotation of the English between ("In the '90s, investors' …"); a quotation a number opens
# otherwise is one, also of two digits that a space and words follow ("the ‘3 tại chỗ’ model", "the ‘10 không’
# model"): a year's are followed by `s`, punctuation (no dash: "‘10-không’") or the line's end. Each quotation's scan
# stops at the next quote that is no apostrophe, so the scans do not overlap (linear time).
_NO_CENTURY = r"(?!\p{N}{2}(?:[sS](?![\p{L}\p{N}])|(?!\p{Pd})\p{P}|\s*$))"
_QUOTED = regex.compile(
    r'"[^"\n]*"|“[^”\n]*”|«[^«»\n]*»|\([^()\n]*\)'
    rf"|‘{_NO_CENTURY}(?:[^‘’\n]|(?<=\p{{L}})’(?=\p{{L}}))*+’"
    rf"|(?<![\p{{L}}\p{{N}}])'{_NO_CENTURY}(?:[^'\n]|(?<=\p{{L}})'(?=\p{{L}}))*+'(?![\p{{L}}\p{{N}}])"
)
# A web or mail address ("baobinhduong.vn", "sokhcn@binhduong.gov.vn"): its pieces are no words of a language. It
# starts where a run of its letters does (no letter of such a run before it): tried at each letter, it read the rest
# of the word each time (a long word cost its square), and it finds the same addresses.
_ADDRESS = regex.compile(r"(?<![^\s.@/])[^\s.@/]*+(?:[.@/]++[^\s.@/]++)++")
# What every address has: a `.`, `@` or `/` before a character that is none of them nor an ASCII space. Most lines
# have none (a full stop stands before a space or at the end), and a stdlib search for it spares them the pattern.
_ADDRESS_HINT = re.compile(r"[.@/][^.@/ \t\n\r\f\v]")
# The labels of a credit's fields ("Ảnh: Becamex IDC", "Photo: Nguyễn Văn Lợi"), each with its language and whether it
# credits people only: a name after one tells no language (the page parser's `CREDIT_FIELDS` reads the same words for the
# fields). People-only labels (the page parser's `_PEOPLE_ONLY_FIELD_WORDS`, and a story's word beside a picture's, its
# `_WRITING_WORDS`) label a graphic's or a summary's title too ("Graphics: Lễ Hội Áo Dài Bình Dương"), whose language
# they do not tell: they decide only names that may be people's (`_people_named`). Those of plain ASCII letters in
# Vietnamese ("Tin:", "Anh:") are left out: a line of such letters alone is never split, and "Anh" is a name too.
# Keyed by `_credit_label` ("Tin,ảnh:" and "Tin, ảnh:" are one label). A new label is one word in one row.
class _CreditLabel(NamedTuple):
    lang: str
    people_only: bool


_CREDIT_LABELS = {
    **dict.fromkeys(("ảnh", "nguồn", "bài", "tin , ảnh", "tin và ảnh", "bài và ảnh", "bài , ảnh", "người dịch",
                     "biên dịch", "lược dịch", "biên tập", "tác giả", "phóng viên", "người viết"),
                    _CreditLabel("vi", people_only=False)),
    **dict.fromkeys(("đồ họa", "đồ hoạ", "dịch", "tổng hợp", "thực hiện"), _CreditLabel("vi", people_only=True)),
    **dict.fromkeys(("photo", "photos", "source", "reporter", "photographer", "translator", "editor", "author"),
                    _CreditLabel("en", people_only=False)),
    **dict.fromkeys(("graphics", "news and photos", "story and photos", "text and photos"),
                    _CreditLabel("en", people_only=True)),
}
# A person's name has at most this many words ("Nguyễn Thị Minh Khai"); a longer run of capitalised words is a title.
_MAX_PERSON_WORDS = 4
# The conjunctions a credit joins its names with ("Ảnh: Minh Duy và Becamex IDC"), in lower case as no name is.
_CREDIT_NAME_JOINERS = frozenset({"và", "and"})
# How far into a line its colon may stand for the text before it to be a credit's label: the longest label and room for
# spaces around it. A paragraph's first colon further in is never looked for.
_CREDIT_LABEL_CHARS = max(map(len, _CREDIT_LABELS)) + 4
# The languages a mixed line mixes.
_MIXED_LANGUAGES = frozenset({"vi", "en"})
# A line is mixed when its minority language holds at least this share of its words.
_MIXED_SHARE = 0.15
# A statistical detector is asked only about text of this many words (as `_words` counts them): on fewer it
# guesses, and its guess is slow to come (langdetect runs all its trials when no language wins).
_MIN_DETECT_WORDS = 4
# The language of a line is read from its head: enough for any real line, and bounded for hostile ones.
SAMPLE_CHARS = 4000
_CACHE_SIZE = 4096
# Mixed lines are UI strings and labels: line_language splits no longer line into segments (content_language
# does, for a paragraph read in another language than its page's: a paragraph mixes at any length).
_MAX_MIXED_CHARS = 300
# Languages whose text is plain ASCII letters.
ASCII_LATIN_LANGUAGES = frozenset({"en"})


def is_vietnamese_word(word: str) -> bool:
    """True when a word has a letter of Vietnamese spelling.

    >>> is_vietnamese_word("Lượt"), is_vietnamese_word("Views")
    (True, False)
    """
    return not VIETNAMESE_LETTERS.isdisjoint(word.casefold())


def _words(text: str) -> list[str]:
    """The words of ``text``: runs of letters, two at least but a Vietnamese vowel with its marks (`_ONE_LETTER_WORDS`).

    >>> _words("Công nhân ở Bến Cát, a 2 x 3 km plot")
    ['Công', 'nhân', 'ở', 'Bến', 'Cát', 'km', 'plot']
    """
    if text.isascii():  # (the stdlib pattern, twice as fast: the same words where every letter is ASCII)
        return _ASCII_WORDS.findall(text)
    return [word for word in _WORD.findall(text, **_time_limit(text)) if len(word) > 1 or word in _ONE_LETTER_WORDS]


def detectable(text: str) -> bool:
    """Whether ``text`` (its head, `SAMPLE_CHARS`) has words enough to ask a statistical detector about it.

    >>> detectable("Page 12"), detectable("Smart City"), detectable("Binh Duong Industrial Park Map")
    (False, False, True)
    """
    return len(_words(text[:SAMPLE_CHARS])) >= _MIN_DETECT_WORDS


def few_words_language(text: str) -> str | None:
    """The language of a text too short to ask a detector about (not `detectable`), where its letters and words
    do not tell it: Vietnamese that lost its marks when each word is one of its syllables (`_syllables_alone`),
    else None.

    >>> few_words_language("Hoi nghi tinh"), few_words_language("Smart City"), few_words_language("Page 12")
    ('vi', None, None)
    """
    return "vi" if _syllables_alone(text) else None


@functools.lru_cache(maxsize=_CACHE_SIZE)
def script_language(text: str) -> str | None:
    """The language that the letters alone tell, or None when they do not tell it.

    >>> script_language("Hình ảnh"), script_language("ビンズオン省"), script_language("1280"), script_language("Smart City")
    ('vi', 'ja', 'none', None)
    """
    text = text[:SAMPLE_CHARS]
    if text.isascii() or _BEYOND_PLAIN.search(text) is None:
        return _ascii_language(text)
    return _letters_language(text)


def _letters_language(text: str) -> str | None:
    """`script_language` read from the text's words, whatever their letters.

    >>> _letters_language("Hình ảnh"), _letters_language("Sổ tay – 2020"), _letters_language("Smart City")
    ('vi', 'vi', None)
    """
    words = _words(text)
    if not words:
        return "none"
    for pattern, lang in _SCRIPTS:
        if pattern.search(text, **_time_limit(text)):
            return lang
    named = False  # English prose whose Vietnamese words are names, quoted, or things it frames (dishes, arts)
    if not VIETNAMESE_LETTERS.isdisjoint(text.casefold()):
        vietnamese = [word for word in words if is_vietnamese_word(word)]
        named = _names_in_english(text, words, vietnamese)
        # (below the share, Vietnamese grammar around fewer English words, or among words that lost their marks, tells
        # it: "Trao giải cuộc thi best of the best cho sinh viên", "Cong nhan ở Ben Cat"; English nouns that a function
        # word alone joins, "Smart City và Startup", stay open, and a Vietnamese lead to a long English quotation
        # English, as most of its words are)
        if not named and (
            len(vietnamese) >= _VI_WORD_SHARE * len(words)
            or _grammar_outnumbers_english(words)
        ):
            return "vi"
    if _FOREIGN_LETTER.search(text, **_time_limit(text)):
        foreign = sum(
            1 for word in words
            if not _NATIVE_LETTERS.issuperset(word) and _FOREIGN_LETTER.search(word, **_time_limit(word))
        )
        if foreign >= _FOREIGN_WORD_SHARE * len(words):
            return None
    lowered = {word.lower() for word in words}
    if named or text.strip().casefold() in ENGLISH_LABELS or not lowered.isdisjoint(_UNSYLLABIC_FUNCTION_WORDS):
        return "en"
    if is_unmarked_vietnamese(words):
        return "vi"
    return "en" if not lowered.isdisjoint(_SYLLABLE_FUNCTION_WORDS) else None


def _names_in_english(text: str, words: list[str], vietnamese: list[str]) -> bool:
    """Whether ``text`` (its ``words``, ``vietnamese`` those in Vietnamese spelling) is English prose naming people
    or places in Vietnamese spelling: those words all capitalised (names), beside an English-only function word or
    English words enough outside quotations and brackets (`_has_english_words`); or quoted, or things named in lower case
    in an English frame (`_english_frame`). A line in capitals shows no name: only the frame, read in lower case, tells.

    >>> line = "Comrade Nguyễn Văn Lợi speaks"
    >>> _names_in_english(line, _words(line), ["Nguyễn", "Văn", "Lợi"])
    True
    >>> line = "Thủ Dầu Một Phát Triển Smart City"
    >>> _names_in_english(line, _words(line), ["Thủ", "Dầu", "Một", "Phát", "Triển"])
    False
    >>> line = "THE FESTIVAL FEATURES ĐỜN CA TÀI TỬ AND LACQUER PAINTING."
    >>> _names_in_english(line, _words(line), ["ĐỜN", "TÀI", "TỬ"])
    True
    """
    if text.isupper():
        # (in capitals no word shows a name, nor a function word its case: the frame read in lower case tells)
        return _english_frame(text.lower())
    if _names_alone_marked(words, vietnamese):
        # The line's own words first, the cheaper test, which most such lines fail; then without a gloss in
        # brackets or a quotation ("Chuyển Đổi Số (digital transformation)" is no English prose). A list's `và` is
        # no word of the line's to count ("Bình Dương và Đồng Nai to build ring road").
        words = _without_name_lists(words)
        return _has_english_function_word(words) or _has_english_words(words) and _has_english_words(
            _without_name_lists(_unquoted_words(text))
        )
    return _has_english_function_word(words) and _english_frame(text)


def _names_alone_marked(words: list[str], vietnamese: list[str]) -> bool:
    """Whether the words in Vietnamese spelling (``vietnamese``, of ``words``) are names: capitalised, but a `và` that
    joins two capitalised words (`_without_name_lists`: "Bình Dương và Đồng Nai team up", a list of names).

    >>> _names_alone_marked("Bình Dương và Đồng Nai team up".split(), ["Bình", "Dương", "và", "Đồng"])
    True
    >>> _names_alone_marked("Bình Dương và doanh nghiệp".split(), ["Bình", "Dương", "và", "nghiệp"])
    False
    """
    if all(word[0].isupper() for word in vietnamese):
        return True  # (most: no joint to look for)
    # (Vietnamese prose fails at its first other word in lower case, before the joints are placed)
    return all(word[0].isupper() or word == _NAME_LIST_JOINT for word in vietnamese) and all(
        word[0].isupper() for word in _without_name_lists(words) if is_vietnamese_word(word)
    )


def _has_english_words(words: list[str]) -> bool:
    """Whether ``words`` (as written; none in Vietnamese spelling in lower case) are English enough: words of ASCII
    letters that no Vietnamese syllable is, in lower case (one at least: a Vietnamese line in Title Case or in
    capitals has none; nor a loanword: "Lễ Hội Đường Hoa Xuân livestream") or capitalised, no fewer than the
    lower-case words that may be Vietnamese syllables.

    >>> _has_english_words(["Mr", "Nguyễn", "Văn", "Lợi", "visits", "Thủ", "Dầu", "Một", "City"])
    True
    >>> _has_english_words(["Bình", "Dương", "Đạt", "Top", "Smart", "City"])  # Title Case: no word in lower case
    False
    >>> _has_english_words(["Bình", "Dương", "hosts", "hoi", "nghi"])  # fewer than those that may be Vietnamese
    False
    >>> _has_english_words(["Lễ", "Hội", "Đường", "Hoa", "Xuân", "livestream"]), _has_english_words(["Mr", "Lợi", "talks"])
    (False, True)
    """
    lower_case = [word for word in words if word.islower() and word not in _LOANWORDS]  # (a loanword tells nothing)
    english = sum(map(_is_no_vietnamese_syllable, lower_case))
    if not english:
        return False
    capitalised = sum(
        1 for word in words if word[0].isupper() and word[1:].islower() and _is_no_vietnamese_syllable(word.lower())
    )
    return english + capitalised >= len(lower_case) - english


def _has_english_function_word(words: list[str]) -> bool:
    """Whether ``words`` (as written) hold an English-only function word (`_ALSO_VIETNAMESE` ones beside a word that
    is no Vietnamese syllable).

    >>> _has_english_function_word(["Giá", "than", "Bình", "Dương"]), _has_english_function_word(["can", "become"])
    (False, True)
    """
    found = _ENGLISH_ONLY_FUNCTION_WORDS.intersection(words)
    return bool(found - _ALSO_VIETNAMESE) or (bool(found) and any(map(_is_no_vietnamese_syllable, words)))


def _is_no_vietnamese_syllable(word: str) -> bool:
    """A lower-case word of ASCII letters that no Vietnamese syllable is, nor a loanword Vietnamese writes.

    >>> [_is_no_vietnamese_syllable(word) for word in ("help", "city", "nguoi", "than", "video", "km", "Start")]
    [True, True, False, False, False, False, False]
    """
    return (
        word.isascii() and word.islower() and not _tells_nothing(word) and _VIETNAMESE_SYLLABLE.fullmatch(word) is None
    )


def _english_frame(text: str) -> bool:
    """Whether ``text`` is English prose once its quotations and brackets are left out: an English-only
    function word there, and every word in Vietnamese spelling there capitalised (a name), or things named in lower
    case that the English frames (`_frames_things`).

    >>> _english_frame('The festival "Hương sắc Bình Dương" attracted thousands of visitors.')
    True
    >>> _english_frame('Lễ hội "Hương sắc" of the Year'), _english_frame("Mr. Lợi of the department (Sở Công thương) said")
    (False, True)
    >>> _english_frame("The festival features đờn ca tài tử and lacquer painting.")
    True
    """
    outside = _unquoted_words(text)
    return _has_english_function_word(outside) and (
        all(word[0].isupper() for word in outside if is_vietnamese_word(word)) or _frames_things(outside)
    )


def _frames_things(words: list[str]) -> bool:
    """Whether ``words`` (as written, an English-only function word among them) are an English frame around Vietnamese
    things named in lower case, dishes, arts and crafts ("bánh tét", "đờn ca tài tử"): no Vietnamese function word
    (`_VIETNAMESE_FUNCTION_WORDS`), which a Vietnamese sentence quoting an English phrase has ("… về internet of things
    và …"), an English word in lower case beside the function words (no Vietnamese syllable: "sold", "painting"), and
    an English-only function word outside titles (`_outside_titles`: "Smart Communities of the Year"); and English
    around those things (`_wraps_vietnamese`) or two English-only function words of its own at least
    (`_own_function_words`): a Vietnamese heading, often without a function word of its own, borrows an English phrase
    whole, with one ("Hội thảo internet of things", "Tuyển dụng nhân sự marketing and sales") or with a name's joints
    ("Cuộc thi khởi nghiệp startup of the year for students"), while English prose wraps what it names or has its own
    ("performance at the").

    >>> _frames_things("Bánh bèo bánh bò and bánh tét are sold at the market".split())
    True
    >>> _frames_things("Doanh nghiệp đầu tư vào công nghệ internet of things".split())
    False
    >>> _frames_things("Hội thảo internet of things".split()), _frames_things("Đờn ca tài tử performance at the festival".split())
    (False, True)
    >>> _frames_things("Thủ Dầu Một nhận giải Smart Communities of the Year".split()), _frames_things(["Lễ", "hội", "of", "the"])
    (False, False)
    >>> _frames_things("Cuộc thi khởi nghiệp startup of the year for students".split())
    False
    """
    if _vietnamese_grammar(words) or not any(
        word not in ENGLISH_FUNCTION_WORDS and _is_no_vietnamese_syllable(word) for word in words
    ):
        return False
    own = _outside_titles(words)
    return _has_english_function_word(own) and (
        _wraps_vietnamese(words) or _own_function_words(own) >= _FRAME_FUNCTION_WORDS
    )


def _grammar_outnumbers_english(words: list[str]) -> bool:
    """Whether ``words`` (as written) hold Vietnamese grammar (`_vietnamese_grammar`) among more Vietnamese words than
    English ones (`_outnumbers_english`), each word read for English (`_is_english_word`) once for both.

    >>> _grammar_outnumbers_english("Trao giải cuộc thi best of the best cho sinh viên".split())
    True
    >>> _grammar_outnumbers_english("Smart City và Startup".split()), _grammar_outnumbers_english(["Bánh", "tét"])
    (False, False)
    """
    lowered = _lowered_with_function_word(words)
    if lowered is None:
        return False  # (most lines: no word is read for English)
    english = [_is_english_word(word) for word in words]
    return _grammar_among(words, lowered, english) and _outnumbers_english(words, english)


def _lowered_with_function_word(words: list[str]) -> list[str] | None:
    """``words`` in lower case where one is a Vietnamese function word (`_VIETNAMESE_FUNCTION_WORDS`, in any case); None
    where none is: no grammar to look for, and no word read for English (most lines).

    >>> _lowered_with_function_word(["Bánh", "Và", "tét"]), _lowered_with_function_word(["Bánh", "tét"])
    (['bánh', 'và', 'tét'], None)
    """
    lowered = [word.lower() for word in words]
    return None if _VIETNAMESE_FUNCTION_WORDS.isdisjoint(lowered) else lowered


def _vietnamese_grammar(words: list[str]) -> bool:
    """Whether ``words`` (as written) hold a Vietnamese function word (`_VIETNAMESE_FUNCTION_WORDS`, in any case) of the
    line's own grammar: any but the joint of a name's short parts that English prose names, on a line that English opens
    (`_vietnamese_opens`), between two English words (`_is_english_word`) and beside neither (`_names_joint`: "enjoyed
    bánh mì với pa tê at the market": the dish's joint; "best of the best cho sinh viên" joins the English phrase into
    the sentence), or in a name that opens the line as English's subject (`_predicated_name`: "Bánh mì với pa tê is
    sold"): `_grammar_among`.

    >>> _vietnamese_grammar("Trao giải cuộc thi best of the best cho sinh viên".split())
    True
    >>> _vietnamese_grammar("The delegation enjoyed bánh mì với pa tê at the market".split())
    False
    >>> _vietnamese_grammar("Sinh viên thực tập on the job ở doanh nghiệp".split()), _vietnamese_grammar(["Bánh", "tét"])
    (True, False)
    >>> _vietnamese_grammar("Bánh mì với pa tê is sold at the market".split())
    False
    """
    lowered = _lowered_with_function_word(words)
    return lowered is not None and _grammar_among(words, lowered, [_is_english_word(word) for word in words])


def _grammar_among(words: list[str], lowered: list[str], english: list[bool]) -> bool:
    """`_vietnamese_grammar` of ``words`` (as written) that hold a function word, ``lowered`` them in lower case and
    ``english`` each one's `_is_english_word`, as the caller read them.

    >>> words = "Sinh viên thực tập on the job ở doanh nghiệp".split()
    >>> _grammar_among(words, [word.lower() for word in words], [_is_english_word(word) for word in words])
    True
    """
    if True not in english:
        return True
    first = english.index(True)
    if _vietnamese_opens(words, first):
        return True
    start = first if _predicated_name(words, first) else 0  # (the joints of English's subject are the name's)
    return any(
        lowered[i] in _VIETNAMESE_FUNCTION_WORDS and not _names_joint(lowered, english, i) for i in range(start, len(words))
    )


def _names_joint(lowered: list[str], english: list[bool], i: int) -> bool:
    """Whether the word at ``i`` of ``lowered`` joins the short parts of a name (`_NAME_JOINTS`, each part one word to
    `_NAME_PART_WORDS` ones) that English words (``english``) stand around: "bánh mì với pa tê" in English prose, where
    "giúp doanh nghiệp tăng năng suất và giảm chi phí" is a clause and "Bình Dương được trao giải" a verb's.

    >>> words = "enjoyed bánh mì với pa tê at".split()
    >>> _names_joint(words, [True, False, False, False, False, False, True], 3)
    True
    """
    if lowered[i] not in _NAME_JOINTS:
        return False
    reach = _NAME_PART_WORDS + 1  # (no further: a long paragraph's every `và` looks at a few words only)
    before = next((j for j in range(i - 1, max(i - 1 - reach, -1), -1) if english[j]), i - 1)
    after = next((j for j in range(i + 1, min(i + 1 + reach, len(english))) if english[j]), i + 1)
    return before < i - 1 and after > i + 1


def _outnumbers_english(words: list[str], english: list[bool]) -> bool:
    """Whether ``words`` (as written) hold more Vietnamese words other than function words, in Vietnamese spelling or, in
    lower case (names are capitalised), Vietnamese syllables without their marks that are no English words
    (`_ENGLISH_SYLLABLES`: "to", "up", "long" count for neither side), than English ones (``english``, each word's
    `_is_english_word`).

    >>> def outnumbers(line): return _outnumbers_english(line.split(), list(map(_is_english_word, line.split())))
    >>> outnumbers("Trao giải cuộc thi best of the best cho sinh viên")
    True
    >>> outnumbers("Cong nhan ở Ben Cat"), outnumbers("Smart City và Startup")
    (True, False)
    >>> outnumbers("Dong Nai và Binh Duong to link up on transport in the long run")
    False
    """
    balance = 0
    for word, is_english in zip(words, english, strict=True):
        if is_english:
            balance -= 1
        elif word.lower() not in _VIETNAMESE_FUNCTION_WORDS and (
            is_vietnamese_word(word)
            or word.islower() and word not in _ENGLISH_SYLLABLES and _VIETNAMESE_SYLLABLE.fullmatch(word) is not None
        ):
            balance += 1
    return balance > 0


def _vietnamese_opens(words: list[str], first_english: int) -> bool:
    """Whether a word in Vietnamese spelling stands before ``words``' first English one (at ``first_english``), and the
    words before it are no thing's name that the English predicates (`_predicated_name`): a heading's Vietnamese.

    >>> _vietnamese_opens("Hội thảo internet of things".split(), 2), _vietnamese_opens("The bánh mì".split(), 0)
    (True, False)
    >>> _vietnamese_opens("Bánh mì với pa tê is sold".split(), 5)
    False
    """
    return any(map(is_vietnamese_word, words[:first_english])) and not _predicated_name(words, first_english)


def _predicated_name(words: list[str], first_english: int) -> bool:
    """Whether the words of ``words`` before the first English one (at ``first_english``) are a thing's name that English
    predicates: short parts (`_NAME_PART_WORDS` words at most) that a joint may join (`_NAME_JOINTS`), no other Vietnamese
    function word, and an English auxiliary right after them (`_PREDICATE_WORDS`): "Bánh mì với pa tê is sold …",
    "Đờn ca tài tử is a performance …"; "Doanh nghiệp tuyển dụng và đào tạo nhân sự for …" is a Vietnamese clause.

    >>> _predicated_name("Bún bò và chả giò are served".split(), 5), _predicated_name("Sinh viên được tham gia is".split(), 4)
    (True, False)
    """
    if first_english >= len(words) or words[first_english].lower() not in _PREDICATE_WORDS:
        return False
    part = 0  # words of the name's part so far
    for word in words[:first_english]:
        lowered = word.lower()
        if lowered in _NAME_JOINTS and part:
            part = 0
        elif lowered in _VIETNAMESE_FUNCTION_WORDS or part == _NAME_PART_WORDS:
            return False
        else:
            part += 1
    return part > 0


def _wraps_vietnamese(words: list[str]) -> bool:
    """Whether a word in Vietnamese spelling stands between two English ones (in lower case, no Vietnamese syllable,
    or English-only function words) among ``words``: English prose around the things it names.

    >>> _wraps_vietnamese("A plate of cơm tấm costs about".split()), _wraps_vietnamese("Hội thảo internet of things".split())
    (True, False)
    """
    english = [i for i, word in enumerate(words) if _is_english_word(word)]
    return bool(english) and any(map(is_vietnamese_word, words[english[0] + 1 : english[-1]]))


def _is_english_word(word: str) -> bool:
    """An English-only function word (in any case) or a lower-case word that no Vietnamese syllable is.

    >>> [_is_english_word(word) for word in ("Of", "festival", "startup", "sinh", "Festival")]
    [True, True, False, False, False]
    """
    return word.lower() in _ENGLISH_ONLY_FUNCTION_WORDS or _is_no_vietnamese_syllable(word)


def _own_function_words(words: list[str]) -> int:
    """How many of ``words`` (in any case) are English-only function words of an English frame's own: where Vietnamese
    opens the line (a word in Vietnamese spelling before the first English one, `_is_english_word`), those that join
    a name (`_NAME_JOINT`, "of the") belong to the phrase a Vietnamese heading borrows, and count for nothing.

    >>> _own_function_words("The festival features đờn ca tài tử and lacquer painting".split())
    2
    >>> _own_function_words("Ngày hội tuyển sinh open day of the university".split())
    0
    >>> _own_function_words("Đờn ca tài tử performance of the troupe at the festival".split())
    2
    """
    lowered = [word.lower() for word in words]
    first_english = next((i for i, word in enumerate(words) if _is_english_word(word)), len(words))
    joints = _vietnamese_opens(words, first_english)
    return sum(
        1 for i, word in enumerate(lowered)
        if word in _ENGLISH_ONLY_FUNCTION_WORDS
        and not (joints and (word == _NAME_JOINT or word == _JOINT_ARTICLE and lowered[i - 1 : i] == [_NAME_JOINT]))
    )


def _unquoted_words(text: str) -> list[str]:
    """The words of ``text`` outside its quotations, brackets and web or mail addresses (`_own_text`).

    >>> _unquoted_words('The festival "Hương sắc" (2023), www.binhduong.gov.vn')
    ['The', 'festival']
    >>> _unquoted_words("Binh Duong’s slogans ‘Hương sắc’, «Sắc xuân» and 'Bình Dương’s pride'")
    ['Binh', 'Duong', 'slogans', 'and']
    """
    return _words(_own_text(text))


def _own_text(text: str) -> str:
    """``text`` with its quotations, brackets and web or mail addresses blanked out: its author's own words.

    >>> _own_text('Ông Kodde nói: “Binh Duong is the best” (VNA), baobinhduong.vn')
    'Ông Kodde nói:    ,  '
    """
    return _without_addresses(_QUOTED.sub(" ", text))


def _without_addresses(text: str) -> str:
    """``text`` with its web and mail addresses blanked out (`_ADDRESS`), asked only of one with a hint of them.

    >>> _without_addresses("Nguồn: baobinhduong.vn, sokhcn@binhduong.gov.vn"), _without_addresses("Mr. Lợi said.")
    ('Nguồn:    ', 'Mr. Lợi said.')
    """
    return _ADDRESS.sub(" ", text) if _ADDRESS_HINT.search(text) else text


def _ascii_language(text: str) -> str | None:
    """`script_language` of text whose letters are ASCII ones, without listing its words unless it may be Vietnamese
    without its marks (`is_unmarked_vietnamese`): English by a label or a function word.

    >>> _ascii_language("Smart City"), _ascii_language("Views:"), _ascii_language("In 2020"), _ascii_language("1280 – x")
    (None, 'en', 'en', 'none')
    >>> _ascii_language("Theo ke hoach, du an se duoc trien khai trong 3 nam")
    'vi'
    """
    if not _ASCII_WORD.search(text):
        return "none"
    lowered = text.lower()
    if _ASCII_ENGLISH_ONLY_WORD.search(lowered) or text.strip().casefold() in ENGLISH_LABELS:  # a paragraph's "of" comes soon
        return "en"
    if is_unmarked_vietnamese(_ASCII_WORDS.findall(text)):
        return "vi"
    return "en" if _ASCII_SYLLABLE_FUNCTION_WORD.search(lowered) else None


def is_unmarked_vietnamese(words: list[str]) -> bool:
    """Whether a text's words (as written) are Vietnamese that lost its marks: enough lower-case ones
    (`_UNMARKED_MIN_WORDS`), loanwords and units aside, nearly all Vietnamese syllables, few English function words.

    >>> is_unmarked_vietnamese("Cac dai bieu thuc hien nghi thuc khoi cong du an".split())
    True
    >>> is_unmarked_vietnamese("It can be seen that the team is in the top ten".split())
    False
    >>> is_unmarked_vietnamese("km kg cm mm ml video".split())  # (they tell nothing of it)
    False
    """
    lower = [word for word in words if word.islower()]
    if len(lower) < _UNMARKED_MIN_WORDS:
        return False
    most_misses = _UNMARKED_MISS_SHARE * len(lower)  # (at least the share of the words that tell)
    syllables, misses, function_words = 0, 0, 0
    for word in lower:  # (English prose has run out of misses within a few words: no word list of it is made)
        if _VIETNAMESE_SYLLABLE.fullmatch(word) is not None:  # (no loanword nor unit is one)
            syllables += 1
            function_words += word in ENGLISH_FUNCTION_WORDS
        elif is_vietnamese_word(word):  # (one that kept its marks: "Lay ý kien nguoi dan ve du an")
            syllables += 1
        elif not _tells_nothing(word):
            misses += 1
            if misses > most_misses:
                return False
    told = syllables + misses
    return (
        told >= _UNMARKED_MIN_WORDS and misses <= _UNMARKED_MISS_SHARE * told
        and function_words < _UNMARKED_FUNCTION_SHARE * told
    )


def _tells_nothing(word: str) -> bool:
    """Whether a lower-case word is a loanword or a unit, which Vietnamese writes as English does."""
    return word in _LOANWORDS or _UNIT.fullmatch(word) is not None


def _syllables_alone(text: str) -> bool:
    """Whether a text has words, each one (in lower case) fit for Vietnamese that lost its marks, or a heading's
    number, and fewer than a third English function words ("TO CHUC", "Di An": tổ, An): a short line of such a page
    ("IV. KET QUA NOI BAT", "Tin lien quan"), too short for `is_unmarked_vietnamese` to tell.

    >>> _syllables_alone("IV. KET QUA NOI BAT"), _syllables_alone("OUTSTANDING RESULTS"), _syllables_alone("2022")
    (True, False, False)
    >>> _syllables_alone("II. TO CHUC THUC HIEN"), _syllables_alone("to be in the top ten")
    (True, False)
    """
    words: list[str] = []
    for word in _ASCII_WORDS.findall(text):
        if _ROMAN_NUMERAL.fullmatch(word) is None:
            word = word.lower()
            if _is_no_vietnamese_syllable(word):
                return False  # (English, on a Vietnamese page: at its first words, no list of them made)
            words.append(word)
    return bool(words) and sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS) < _UNMARKED_FUNCTION_SHARE * len(words)


def _word_counts(segments: Iterable[Segment]) -> dict[str, int]:
    """How many words the segments of each language hold."""
    counts: dict[str, int] = {}
    for piece, piece_lang in segments:
        counts[piece_lang] = counts.get(piece_lang, 0) + _word_count(piece)
    return counts


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _word_count(text: str) -> int:
    """How many words `_words` finds in a text; cached, as a template line's segments come back on every page
    ("Lượt người xem:" and "Views:" beside the count of a page's views).

    >>> _word_count("Lượt người xem:"), _word_count("1280")
    (3, 0)
    """
    return len(_words(text))


def _segments_language(segments: list[Segment]) -> str | None:
    """``mixed`` when a line's segments mix Vietnamese and English, the fewer words of the two at least `_MIXED_SHARE`
    of theirs; ``vi`` when its English segments are names or addresses alone (`_names_alone`: the script leaves them
    open, and a segment it leaves open reads English) beside Vietnamese prose of more words ("Quang cảnh hội nghị. Ảnh:
    Minh Duy"); else None (the line's script tells).

    >>> _segments_language(split_segments("Lượt người xem:  Views:   1280"))
    'mixed'
    >>> _segments_language(split_segments("Becamex IDC: Khởi công dự án"))
    'vi'
    >>> _segments_language(split_segments("Investment Promotion Conference: Bình Dương"))  # (no prose beside: a name)
    'mixed'
    >>> _segments_language(split_segments("Tết Nguyên đán: Binh Duong Workers Return Home"))  # (a headline)
    'mixed'
    """
    counts = _word_counts(segments)
    if not (counts.get("vi") and counts.get("en")):
        return None
    names = sum(_word_count(piece) for piece, lang in segments if lang == "en" and _names_alone(piece))
    # (fewer words than the Vietnamese: a name beside a sentence; an English headline in Title Case, as the English
    # portal writes them, outnumbers the Vietnamese name before it: "Tết Nguyên đán: Binh Duong Workers Return Home")
    if names and names < counts["vi"] and any(lang == "vi" and _vietnamese_prose(_words(piece)) for piece, lang in segments):
        counts["en"] -= names
        if not counts["en"]:
            return "vi"
    return "mixed" if _holds_mixed_share(counts) else None


def _holds_mixed_share(counts: dict[str, int]) -> bool:
    """Whether the fewer words of Vietnamese and English in ``counts`` (words by language, "none" not counted) are at
    least `_MIXED_SHARE` of the words.

    >>> _holds_mixed_share({"vi": 2, "en": 4, "none": 1}), _holds_mixed_share({"en": 1, "vi": 7})
    (True, False)
    """
    total = sum(count for key, count in counts.items() if key != "none")
    return min(counts.get("vi", 0), counts.get("en", 0)) >= _MIXED_SHARE * total


def _credit_reading(text: str, known: Detector | None = None) -> tuple[str, tuple[Segment, ...]] | None:
    """`line_language`'s reading of a line that a credit's label opens (`_credit_at`): the label's language where names
    alone follow it (`_names_credited`), words in its language ("Photo: file photo") or words that tell no language
    (lower-case syllables without their marks, a loanword: "ảnh: minh duy", "Photo: minh duy", no names called so:
    decided by the label's row alone); mixed, the label's segment and the rest's, where the rest is in the other of
    Vietnamese and English (``known``, else `_credited_words_language`): a caption after the names ("Photo: Minh Duy
    với các em học sinh"), a headline ("Ảnh: Binh Duong Province Welcomes Investors From Korea"); else None (the line's
    words tell). A people-only label labels a title too: what follows it but people's names (also in lower case,
    "Đồ họa: minh duy") is read with it, as any line is.

    >>> _credit_reading("Photo: Minh Duy với các em học sinh")
    ('mixed', (('Photo:', 'en'), ('Minh Duy với các em học sinh', 'vi')))
    >>> _credit_reading("Ảnh: Minh Duy"), _credit_reading("Ảnh: tư liệu"), _credit_reading("Đồ họa: Binh Duong Smart City")
    (('vi', ()), ('vi', ()), None)
    >>> _credit_reading("ảnh: minh duy"), _credit_reading("Photo: minh duy"), _credit_reading("Nguồn: baobinhduong.vn")
    (('vi', ()), ('en', ()), None)
    """
    found = _credit_at(text)
    if found is None:
        return None
    colon, label = found
    tail = text[colon + 1 :]
    named = _names_credited(label, tail)
    if named:
        return named, ()
    tail = tail.strip()
    tail_lang = (known and known(tail)) or _credited_words_language(tail)
    if label.people_only:
        # (a title follows such a label too: only words of no language that may be people's names are the label's)
        return (label.lang, ()) if tail_lang is None and _people_named(_credited_names(_words(tail))) else None
    if tail_lang in (None, label.lang):
        return label.lang, ()
    if {label.lang, tail_lang} != _MIXED_LANGUAGES:
        return None
    return "mixed", ((text[: colon + 1].strip(), label.lang), (tail, tail_lang))


def _credited_words_language(tail: str) -> str | None:
    """The language of the words after a credit's label (``tail``, no names) by their script, an address "none", the
    conjunctions that join a credit's names left out (`_CREDIT_NAME_JOINERS`: "minh duy and hoang anh" is no English);
    words the script leaves open are English where English words outnumber possible syllables (`_has_english_words`:
    "file photo", "archive"), else they tell none (syllables without their marks, a loanword: "minh duy", "internet").

    >>> _credited_words_language("tư liệu"), _credited_words_language("file photo"), _credited_words_language("minh duy")
    ('vi', 'en', None)
    >>> _credited_words_language("internet"), _credited_words_language("baobinhduong.vn")
    (None, 'none')
    >>> _credited_words_language("minh duy and hoang anh"), _credited_words_language("pupils and teachers")
    (None, 'en')
    """
    tail = _without_addresses(tail)
    words = _words(tail)
    unjoined = [word for word in words if word.lower() not in _CREDIT_NAME_JOINERS]
    if len(unjoined) < len(words):  # (most credits have no conjunction: their text is read as it is)
        tail = " ".join(unjoined)
    lang = script_language(tail)
    # (an English word without a function word leaves the script open, as a syllable without its marks does)
    return "en" if lang is None and _has_english_words(unjoined) else lang


def _credit_language(text: str) -> str | None:
    """The language of a credit's label (`_CREDIT_LABELS`, the text before the line's first colon) where it is the
    line's (`_credit_reading`: names alone, words in its language or of none follow it); else None. A label is looked up first,
    a table's lookup: most lines have none.

    >>> _credit_language("Ảnh: Becamex IDC (2023)"), _credit_language("Photo: Nguyễn Văn Lợi (VNA)")
    ('vi', 'en')
    >>> _credit_language("Nguồn: Ministry of Planning and Investment"), _credit_language("Source: Sở Công Thương")
    ('vi', 'en')
    >>> _credit_language("Nguồn: baobinhduong.vn"), _credit_language("Tết: Workers Return"), _credit_language("Ảnh: tư liệu")
    (None, None, 'vi')
    >>> _credit_language("Tin,ảnh: Becamex IDC"), _credit_language("Graphics: Lễ Hội Áo Dài Bình Dương")
    ('vi', None)
    """
    reading = _credit_reading(text)
    return None if reading is None or reading[1] else reading[0]  # (a mixed reading has its segments)


def _credit_at(text: str) -> tuple[int, _CreditLabel] | None:
    """Where the colon after a credit's label that opens ``text`` stands, and the label (`_CREDIT_LABELS`); None where
    none opens it (most lines: a colon looked for `_CREDIT_LABEL_CHARS` in at most, and a table's lookup).

    >>> _credit_at("Ảnh: Minh Duy"), _credit_at("Quang cảnh hội nghị. Ảnh: Minh Duy")
    ((3, _CreditLabel(lang='vi', people_only=False)), None)
    """
    colon = text.find(":", 0, _CREDIT_LABEL_CHARS)
    found = _CREDIT_LABELS.get(_credit_label(text[:colon])) if colon > 0 else None
    return None if found is None else (colon, found)


def _names_credited(label: _CreditLabel, tail: str) -> str | None:
    """The language of ``label`` where ``tail``, the text after it, is names alone: capitalised words (outside web or
    mail addresses: "Nguồn: baobinhduong.vn" names no one) that a conjunction may join (`_CREDIT_NAME_JOINERS`),
    function words inside a name in Title Case (`_outside_titles`), a bracketed agency or year after them; and, after
    a people-only label, names that may be people's (`_people_named`); no headline in Title Case (`_written_as_a_name`).
    Else None.

    >>> _names_credited(_CREDIT_LABELS["ảnh"], " Minh Duy và Becamex IDC"), _names_credited(_CREDIT_LABELS["ảnh"], " tư liệu")
    ('vi', None)
    >>> print(_names_credited(_CREDIT_LABELS["ảnh"], " Binh Duong Province Welcomes Investors From Korea"))
    None
    """
    names = _credited_names(_outside_titles(_words(_without_addresses(tail))))
    if not any(names) or not all(map(_written_as_a_name, names)):
        return None
    return label.lang if not label.people_only or _people_named(names) else None


def _credited_names(words: list[str]) -> list[list[str]]:
    """``words`` (after a credit's label) apart at the conjunctions that join its names (`_CREDIT_NAME_JOINERS`, in any
    case: a line in Title Case or in capitals writes them so, and a joint is no word of a name).

    >>> _credited_names("Minh Duy và Becamex IDC".split()), _credited_names("Minh Duy And Hoàng Anh".split())
    ([['Minh', 'Duy'], ['Becamex', 'IDC']], [['Minh', 'Duy'], ['Hoàng', 'Anh']])
    """
    names: list[list[str]] = [[]]
    for word in words:
        if word.lower() in _CREDIT_NAME_JOINERS:
            names.append([])
        else:
            names[-1].append(word)
    return names


def _written_as_a_name(name: list[str]) -> bool:
    """Whether ``name`` (its words) is written as a name is: capitalised words, and no English-only function word
    capitalised after the first. A name writes its joints in lower case ("Ministry of Planning and Investment", which
    `_outside_titles` has left out) and may open with an article ("The Saigon Times"); a headline in Title Case, as the
    English portal writes its titles, capitalises them ("Binh Duong Province Welcomes Investors From Korea"). A name in
    capitals shows no case, its joints' neither ("MINISTRY OF FINANCE"): it is written as one.

    >>> [_written_as_a_name(name.split()) for name in ("The Saigon Times", "Investors From Korea", "Minh duy")]
    [True, False, False]
    >>> _written_as_a_name("MINISTRY OF FINANCE".split())
    True
    """
    return all(word[0].isupper() for word in name) and (
        all(map(str.isupper, name)) or not any(word.lower() in _ENGLISH_ONLY_FUNCTION_WORDS for word in name[1:])
    )


def _credit_label(text: str) -> str:
    """``text`` (a credit's label, before its colon) as `_CREDIT_LABELS` keys it: case-folded, its commas (a slash is
    one, as the page parser reads "Tin/ảnh:") and words apart by single spaces.

    >>> _credit_label(" Tin,ảnh "), _credit_label("Bài ,  Ảnh"), _credit_label("Tin/ảnh")
    ('tin , ảnh', 'bài , ảnh', 'tin , ảnh')
    """
    label = text.strip().casefold()
    if "," not in label and "/" not in label:
        return label  # (most: a template's label, a heading's lead; the table's keys have single spaces)
    return " ".join(label.replace("/", ",").replace(",", " , ").split())


def _people_named(names: list[list[str]]) -> bool:
    """Whether a credit's ``names`` (`_credited_names`) may be people's, as the page parser asks of a graphic's maker:
    each name Vietnamese syllables (with their marks or without) of at most `_MAX_PERSON_WORDS` words, or of two words at
    most with an acronym ("Becamex IDC", "TTXVN"); an English title ("Binh Duong Smart City Roadmap") or a longer one
    ("Lễ Hội Áo Dài Bình Dương") is none.

    >>> _people_named([["Minh", "Duy"], ["Nguyễn", "Văn", "Lợi"]]), _people_named(["Lễ Hội Áo Dài Bình Dương".split()])
    (True, False)
    >>> _people_named(["Binh Duong Smart City".split()]), _people_named([["Becamex", "IDC"], ["TTXVN"]])
    (False, True)
    """
    return all(map(_may_be_a_persons_name, names))


def _may_be_a_persons_name(name: list[str]) -> bool:
    """Whether ``name`` (its words) may be a person's or a newsroom's (`_people_named`).

    >>> [_may_be_a_persons_name(name.split()) for name in ("Minh Duy", "Becamex IDC", "Smart City")]
    [True, True, False]
    """
    if len(name) <= 2 and any(len(word) > 1 and word.isupper() for word in name):
        return True
    return len(name) <= _MAX_PERSON_WORDS and all(
        is_vietnamese_word(word) or _VIETNAMESE_SYLLABLE.fullmatch(word.lower()) is not None for word in name
    )


def _names_alone(piece: str) -> bool:
    """Whether a segment is names or addresses alone: each of its words outside web or mail addresses is capitalised,
    and its letters tell no language, or tell English by function words inside a name in Title Case alone
    (`_outside_titles`: "(Department of Planning and Investment)", an agency's name glossed).

    >>> _names_alone("Becamex IDC:"), _names_alone("(BTV)"), _names_alone("www.binhduong.gov.vn")
    (True, True, True)
    >>> _names_alone("(Ministry of Industry and Trade)"), _names_alone("Views:"), _names_alone("Smart city")
    (True, False, False)
    >>> _names_alone("Minister of the province"), _names_alone("In 2020:")  # (English by a function word outside titles)
    (False, False)
    """
    lang = script_language(piece)
    if lang not in (None, "en") or lang == "en" and piece.count(" ") < 2:  # (a title's function word: three words)
        return False
    words = _words(_without_addresses(piece))
    own = words if lang is None else _outside_titles(words)
    # (read English, it must lose a function word to the titles: "Views:", a label, is English by its table)
    return (lang is None or len(own) < len(words)) and all(word[0].isupper() for word in own)


def _vietnamese_left_open(text: str, lang: str | None) -> bool:
    """On a Vietnamese page, whether a line that the script reads English or leaves open (``lang``, en or None) is its
    Vietnamese, without asking a detector: plain ASCII whose words are all syllables (`_syllables_alone`; English to
    the script by a function word a syllable may be, "TO CHUC THUC HIEN"), or, left open, Vietnamese prose among
    names and loanwords, a word in Vietnamese spelling among them ("Smart City và Startup", "Tổng quan Binh Duong Smart
    City": langdetect said English; "Smart City Index – top ten", no such word, is no Vietnamese by its syllables).

    >>> _vietnamese_left_open("II. TO CHUC THUC HIEN", "en"), _vietnamese_left_open("Smart City và Startup", None)
    (True, True)
    >>> _vietnamese_left_open("Smart City Index – top ten", None), _vietnamese_left_open("Smart City and Startup", "en")
    (False, False)
    """
    if text.isascii():
        return _syllables_alone(text)
    if lang is not None:
        return False
    words = _words(text[:SAMPLE_CHARS])
    return any(map(is_vietnamese_word, words)) and _vietnamese_prose(words)


def _speaks_vietnamese(text: str) -> bool:
    """Whether a paragraph's own words (outside its quotations, brackets and addresses) are Vietnamese prose in at least
    `_MIXED_SHARE` of them: its segments (`_SEGMENT`: apart at ``:``) whose words are (`_vietnamese_prose`).

    >>> _speaks_vietnamese("Ông Kodde nói: Binh Duong is one of the top regions."), _speaks_vietnamese("Smart City và Startup")
    (True, True)
    >>> _speaks_vietnamese("Mr. Nguyễn Văn Lợi said: the province will grow."), _speaks_vietnamese("The “Nông thôn mới” plan")
    (False, False)
    """
    own = _own_text(text[:SAMPLE_CHARS])
    total = vietnamese = 0
    for piece in _SEGMENT.findall(own, **_time_limit(own)):
        words = _words(piece)
        total += len(words)
        if _vietnamese_prose(words):
            vietnamese += len(words)
    return vietnamese > 0 and vietnamese >= _MIXED_SHARE * total


def _vietnamese_prose(words: list[str]) -> bool:
    """Whether ``words`` (as written) are Vietnamese prose, not English naming people or places: no English-only function
    word (but inside a title in Title Case, `_outside_titles`: "Top 7 Smart Communities of the Year"), and a word in
    Vietnamese spelling in lower case (names are capitalised); or, where none has its marks, the lower-case words all
    Vietnamese syllables, loanwords and units aside, fewer than a third of them English function words
    (`_UNMARKED_FUNCTION_SHARE`: "Smart City va Startup"; "Smart City in Binh Duong", "top ten in Asia" are English).

    >>> _vietnamese_prose("Ông Kodde nhấn mạnh".split()), _vietnamese_prose("Ong Kodde nhan manh".split())
    (True, True)
    >>> _vietnamese_prose("Mr. Nguyễn Văn Lợi said".split()), _vietnamese_prose("Smart City in Binh Duong".split())
    (False, False)
    >>> _vietnamese_prose("top ten in Asia".split()), _vietnamese_prose("Theo ong Mark Kruger".split())
    (False, True)
    >>> _vietnamese_prose("Hiệp hội The European Chamber of Commerce in Vietnam".split())
    True
    >>> _vietnamese_prose("Di An và Thuan An to set up a bus route".split())  # (a list of names, English words beside)
    False
    """
    lower = _prose_words(words)
    marked = not "".join(lower).isascii() and any(map(is_vietnamese_word, lower))  # (its letters are none of ASCII)
    if not marked and any(map(_is_no_vietnamese_syllable, lower)):
        return False  # (English prose, most such segments: no title to read, a word at a time)
    if _has_english_function_word(words) and _has_english_function_word(_outside_titles(words)):  # (the cheaper first)
        return False
    if marked:
        return True
    # (English that fits the syllables, "top ten in Asia", has its function words at a third, as `_syllables_alone`)
    told = [word for word in lower if word.isascii() and not _tells_nothing(word)]
    function_words = sum(1 for word in told if word in ENGLISH_FUNCTION_WORDS)
    return bool(told) and function_words < _UNMARKED_FUNCTION_SHARE * len(told)


def _prose_words(words: list[str]) -> list[str]:
    """The words in lower case of ``words`` (as written; names are capitalised), but a `và` that joins two capitalised
    words (`_NAME_LIST_JOINT`, a list of names: "Binh Duong và Dong Nai") beside others: the line's prose is theirs.
    Where the joints are its only such words ("Smart City và Startup"), they are its grammar, and kept.

    >>> _prose_words("Binh Duong và Dong Nai team up".split()), _prose_words("Smart City và Startup".split())
    (['team', 'up'], ['và'])
    """
    lower = [word for word in words if word.islower()]
    if _NAME_LIST_JOINT not in lower:
        return lower  # (most lines)
    return [word for word in _without_name_lists(words) if word.islower()] or lower


def _without_name_lists(words: list[str]) -> list[str]:
    """``words`` (as written) without each `và` that joins two capitalised words (`_NAME_LIST_JOINT`: "Binh Duong và
    Dong Nai"), a list's joint, no word of the line's prose.

    >>> _without_name_lists("Binh Duong và Dong Nai và các tỉnh".split())
    ['Binh', 'Duong', 'Dong', 'Nai', 'và', 'các', 'tỉnh']
    """
    if _NAME_LIST_JOINT not in words:
        return words  # (most lines: no joint to place)
    last = len(words) - 1
    return [
        word for i, word in enumerate(words)
        if not (word == _NAME_LIST_JOINT and 0 < i < last and words[i - 1][0].isupper() and words[i + 1][0].isupper())
    ]


def _outside_titles(words: list[str]) -> list[str]:
    """``words`` (as written) without the English function words inside a title or a name in Title Case, between two
    capitalised words ("Smart Communities of the Year", "Chamber of Commerce in Vietnam"): no sign of English prose.
    After a Vietnamese name (`_ends_vietnamese_name`: "Nguyễn Thị Cúc from Cù Lao") such a word is the prose's, as no
    English title's words are Vietnamese syllables, but for a list's conjunction (`_CREDIT_NAME_JOINERS`).

    >>> _outside_titles("Tổ chức Intelligent Community Forum công bố Top Communities of the Year".split())[-3:]
    ['Top', 'Communities', 'Year']
    >>> _outside_titles("Binh Duong the province of the Year".split())  # (after a word in lower case: prose)
    ['Binh', 'Duong', 'the', 'province', 'of', 'the', 'Year']
    >>> _outside_titles("Ms. Nguyễn Thị Cúc from Cù Lao and Mr. Lợi".split())[4:]
    ['from', 'Cù', 'Lao', 'Mr.', 'Lợi']
    """
    kept: list[str] = []
    run: list[str] = []  # function words since the last capitalised word
    for word in words:
        if word in ENGLISH_FUNCTION_WORDS and kept and (
            run
            or kept[-1][0].isupper() and (word in _CREDIT_NAME_JOINERS or not _ends_vietnamese_name(kept))
        ):
            run.append(word)
            continue
        if not word[0].isupper():
            kept.extend(run)
        run = []
        kept.append(word)
    return kept + run


def _ends_vietnamese_name(words: list[str]) -> bool:
    """Whether ``words`` (as written) end with a Vietnamese name: capitalised Vietnamese syllables, with their marks or
    without, one in Vietnamese spelling at least among the last `_MAX_PERSON_WORDS` ("Nguyễn Thị Cúc", "Võ Văn Minh");
    a title's English words ("Smart Communities", "Bình Dương Chamber") end none.

    >>> _ends_vietnamese_name("Ms. Võ Văn Minh".split()), _ends_vietnamese_name("Bình Dương Chamber".split())
    (True, False)
    >>> _ends_vietnamese_name("Binh Duong".split()), _ends_vietnamese_name("bánh Minh".split())
    (False, False)
    """
    tail = words[-_MAX_PERSON_WORDS:]
    if all(map(str.isascii, tail)):
        return False  # (most: an English title's words or a name without its marks, told without a pattern)
    for word in reversed(tail):
        if not word[0].isupper():
            return False
        if not word.isascii():
            return is_vietnamese_word(word)
        if _VIETNAMESE_SYLLABLE.fullmatch(word.lower()) is None:
            return False
    return False


def split_segments(text: str, known: Detector | None = None) -> list[Segment]:
    """Split a line at ``:``, ``|`` and parentheses into runs of one language each; ``known`` tells a piece's
    language first where it can (a template's label the caller's table knows), else its script.

    >>> split_segments("Tin nổi bật(Time)")
    [('Tin nổi bật', 'vi'), ('(Time)', 'en')]
    >>> split_segments("Luot nguoi xem: Views: 57", {"Luot nguoi xem:": "vi"}.get)
    [('Luot nguoi xem:', 'vi'), ('Views:', 'en'), ('57', 'none')]
    """
    spans: list[tuple[int, int, str]] = []
    for match in _SEGMENT.finditer(text, **_time_limit(text)):
        piece = match.group().strip()
        if not piece:
            continue
        lang = (known and known(piece)) or script_language(piece) or "en"
        if spans and spans[-1][2] == lang:
            spans[-1] = (spans[-1][0], match.end(), lang)
        else:
            spans.append((match.start(), match.end(), lang))
    segments = [(text[start:end].strip(), lang) for start, end, lang in spans]
    return segments


def _segments_reading(text: str, known: Detector | None = None) -> tuple[str, tuple[Segment, ...]] | None:
    """`line_language`'s reading of a line by its segments (`_segments_language`), with the segments of a mixed one;
    None where they do not tell.

    >>> _segments_reading("Tin nổi bật(Time)"), _segments_reading("Tin nổi bật")
    (('mixed', (('Tin nổi bật', 'vi'), ('(Time)', 'en'))), None)
    """
    segments = split_segments(text, known)
    lang = _segments_language(segments)
    return None if lang is None else (lang, tuple(segments) if lang == "mixed" else ())


@functools.lru_cache(maxsize=_CACHE_SIZE)
def line_language(
    text: str, detect: Detector | None = None, default: str | None = None, known: Detector | None = None
) -> tuple[str, tuple[Segment, ...]]:
    """The language of a line and, for a mixed line, its segments (else an empty list).

    ``known`` tells the language of the line, or of a segment, where the caller knows it (a template's labels:
    "Chia se:" is Vietnamese without its marks), before the script. ``detect`` is asked only about text that
    the script and the function words leave ambiguous, and not about plain ASCII on a page whose language is
    written in plain ASCII (``default``, the page's language, answers there: no detector tells English from
    its neighbours on short lines), nor on a Vietnamese page about plain ASCII whose words are all Vietnamese
    syllables, fewer than a third of them English function words (its Vietnamese without the marks, English by "TO"
    or "AN" alone to the script); ``default`` also answers for lines too short to ask about.

    A credit, its label and names after it, is the label's language whatever the names' letters, and mixed where the
    words after the label are in the other language (`_credit_reading`); but a line ``known`` tells is its answer.
    Results are cached: the template's lines come back on every page.

    >>> line_language("Content Type: Tin Tức Mở Rộng")
    ('mixed', (('Content Type:', 'en'), ('Tin Tức Mở Rộng', 'vi')))
    >>> line_language("Expanding international relations", default="en")
    ('en', ())
    """
    lang = known and known(text)  # (the caller's word on the whole line first, as for any other line)
    credited = None if lang else _credit_reading(text, known)  # (before the letters: the names' tell theirs)
    if credited:
        return credited
    lang = lang or script_language(text)
    if (lang in ("vi", "none") or lang is None) and len(text) <= _MAX_MIXED_CHARS:
        by_segments = _segments_reading(text, known)
        if by_segments is not None:
            return by_segments
    if default == "vi" and lang in (None, "en") and _vietnamese_left_open(text, lang):
        return default, ()
    if lang is not None:
        return lang, ()
    if text.isascii() and default in ASCII_LATIN_LANGUAGES:
        return default, ()
    if detect is not None and detectable(text):
        detected = detect(text[:SAMPLE_CHARS])
        if detected:
            return detected, ()
    return default or "en", ()


def content_language(text: str, detect: Detector | None = None, default: str | None = None) -> str:
    """The language of an authored paragraph: `line_language`'s, but a paragraph is never mixed (only
    template strings are): one that mixes the page's language (``default``) with another is the page's
    (a Vietnamese sentence naming "Smart Communities of the Year", an English one glossing a name in
    Vietnamese; on a Vietnamese page, one whose own words are Vietnamese prose around an English quotation,
    `_speaks_vietnamese`); else it takes the language of most of its words. A paragraph longer than a template
    string (`_MAX_MIXED_CHARS`) that is not the page's language is read by its segments here, up to `SAMPLE_CHARS`.

    >>> content_language("Becamex IDC và The Connected Places Catapult (CPC) ký kết hợp tác phát triển thành phố thông minh")
    'vi'
    >>> content_language("Ông Jan Kodde nhấn mạnh: “Binh Duong is one of the most dynamic regions in Asia”.", default="vi")
    'vi'
    """
    lang, segments = line_language(text, detect, default)
    if lang == default:
        return lang
    if len(text) > _MAX_MIXED_CHARS and lang != "mixed" and script_language(text) in ("vi", "none", None):
        # (line_language splits template strings alone, short ones; a paragraph of any length may mix)
        lang, segments = _segments_reading(text[:SAMPLE_CHARS]) or (lang, segments)
    if lang != "mixed":
        # (the script's reading of the whole line, or the detector's, counts the quotation's words as the line's)
        # (a credit's names, "Photo: Nguyễn Văn Lợi và Minh Duy", are the label's language: `_credit_language`)
        vietnamese = default == "vi" and lang != "none" and not _credit_language(text) and _speaks_vietnamese(text)
        return default if vietnamese else lang
    counts = _word_counts(segments)
    counts.pop("none", None)
    # (a credit's label is a segment of its own at any share, `_credit_reading`: one word before a caption of many in the
    # other language is no mix of the page's language, and the caption's language is the paragraph's)
    if default in counts and _holds_mixed_share(counts):
        return default
    return max(sorted(counts), key=counts.__getitem__)
