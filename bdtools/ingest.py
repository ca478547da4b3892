"""The ``read`` stage: page files, directories, globs and JSONL streams become records.

Bytes are decoded (BOM, UTF-8, UTF-32, UTF-16, then Windows-1258; binary data is refused), mojibake is repaired
by ftfy over the whole document, and the text is NFC with ``\\n`` line ends.

>>> record = page_record("Thứ 4\\r\\nNội dung".encode("utf-8"), "a.txt")
>>> record["text"], record["source"]["encoding"]
('Thứ 4\\nNội dung', 'utf-8')
"""

from __future__ import annotations

import codecs
import glob
import gzip
import hashlib
import io
import itertools
import os
import re
import stat
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ftfy
import regex
from ftfy import badness

from bdtools.records import BYTE_ORDER_MARK, Record, Reject, add_warning, parse_jsonl_line, schema_problem

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PAGE_SUFFIX = ".txt"
GZIP_SUFFIX = ".gz"
GZIP_MAGIC = b"\x1f\x8b"  # what gzip data opens with, whatever its file's name ("page.TXT.GZ", a page saved gzipped)
STDIN = "-"
STAGE = "read"
# What the readers take: names of files, folders, globs and stdin, as str or path-like objects (bytes too), or one such
# name alone.
Name = str | bytes | os.PathLike
Paths = Name | Iterable[Name]
_REPAIR_MESSAGES = {
    "invalid_utf8": "invalid UTF-8 bytes were replaced by U+FFFD",
    "legacy_encoding": "not UTF-8: read as UTF-16, UTF-32 or a Windows code page",
    "mojibake": "mojibake was repaired",
    "nul_bytes": "NUL bytes were removed",
    "nul_padding": "NUL bytes that padded the end of the input (a crash's) were removed",
}
# A JSONL line's repairs: its padding ended its line, which may stand in the middle of the input (a crash's hole).
_LINE_REPAIR_MESSAGES = {**_REPAIR_MESSAGES, "nul_padding": "NUL bytes that padded the end of its line (a crash's) were removed"}

# A lone surrogate is a JSON string's invalid UTF-8: the code a page file's bad bytes get, a message that says what it was.
_LONE_SURROGATE_MESSAGE = "a lone surrogate (half a character: a string cut mid-emoji) was replaced by U+FFFD"
_REPLACEMENTS_MESSAGE = "{} (U+FFFD) in the text: bytes lost before it was read"
# What U+FFFD our reading put in for bytes it could not read, by the reading (UTF-8's is `_REPAIR_MESSAGES`'s, uncounted:
# `invalid_utf8`), and the message that counts them.
_UNREAD_CODES = {
    "utf-16": "invalid_utf16", "utf-32": "invalid_utf32", "cp1258": "undefined_bytes", "cp1252": "undefined_bytes",
}
_UNREAD_MESSAGES = {
    "invalid_utf16": "{} of UTF-16 that no character has (a lone surrogate or an odd last byte), replaced by U+FFFD",
    "invalid_utf32": "{} of UTF-32 that no character has (a surrogate, beyond U+10FFFF or cut short), replaced by U+FFFD",
    "undefined_bytes": "{} that the Windows code page has no character for, replaced by U+FFFD",
}
_UNREAD_NOUNS = {"invalid_utf16": "code unit", "invalid_utf32": "code unit", "undefined_bytes": "byte"}
# What reading a JSONL file whole puts in for bytes it cannot read (`_unread_marked`), until `jsonl_record` has found
# those of the line's text and made them U+FFFD: a lone surrogate, which no reading of a code page or UTF-16 gives,
# tells each line's own, and its text's, from the U+FFFD its writer wrote (`_replacements` tells a page's by reading
# its bytes twice).
_UNREAD_MARK = "\udcfd"
_UNREAD_HANDLER = "bdtools.unread"
codecs.register_error(_UNREAD_HANDLER, lambda error: (_UNREAD_MARK, error.end))
_DUPLICATE_ID_MESSAGE = "an earlier record has this line's own id: it is kept under extra.id, the record's made from its place"
# A record of ours keeps its fields as the stages wrote them: the id it gave up is named in the warning.
_TAKEN_ID_MESSAGE = (
    "an earlier record of another source (source.sha256) has this record's id {!r}: the record's is made from its place"
)
# The run's JSONL ids so far, each with the hash of its record's `source.sha256` (an int: 32 bytes kept, not the 113 of
# the text; two sources of one hash are as unlikely as two pages of one made id, 64 bits), or None for a record of
# ours read from a page file (`_of_another_source`). A foreign line's entry is its text's hash with the last bit turned
# (`_A_LINE`): a later line of that text is a copy of the line, which takes another id, and a record of ours of that
# source is the line's own record, which keeps it, in either order (`_free_for_line`).
SeenIds = dict[str, int | None]
_A_LINE = 1

# ftfy's mojibake repair alone (`fix_encoding` and the options it reads): a page garbled in part reads as its clean
# twin. Its other fixes are off: they change what a clean page keeps (`&amp;`, full-width letters, ligatures, terminal
# escapes, control characters, curly quotes), and its line breaks (U+2028, U+2029, NEL) numbered every line below
# one more than the file's. Its NFC too: `normalise_text` gives it after `_utf8_letter`, as an NFD page's combining
# marks garbled as Windows-1258 (a grave accent and a continuation byte's character) compose with their letters.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False, normalization=None,
)
# UTF-32-LE's mark before UTF-16-LE's, which opens it (FF FE 00 00: UTF-16's mark and a NUL character, which no text has).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF16_OR_32_BOMS = tuple(bom for bom, encoding in _BOMS if encoding != "utf-8-sig")
# Letters that Windows-1258 gives and Windows-1252 does not, and the other way round (NFC).
_VIETNAMESE_ONLY = "ăđơưĂĐƠƯảẩẳẻểỉỏổởủửỷạậặẹệịọộợụựỵ"
_WESTERN_ONLY = "ãðõýÃÐÕÝþÞ"
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# C0 control characters but tab, line feed, vertical tab, form feed and carriage return; and DEL. Binary data
# read as UTF-16 or a Windows code page is full of them (NUL pairs, lengths, offsets), a page has none.
_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"
# More than one character in this many a control character or U+FFFD (bytes no character has), over the whole
# text or its first `_HEAD_CHARS`, is binary data: a file format opens with a header of them, and a container
# of text (zip, tar) shows them there only.
_BINARY_ONE_IN = 20
_HEAD_CHARS = 64
# Code points no writing uses (`unicodedata.category`): control characters (but `_LINE_SPACES`), surrogates, private
# use, unassigned.
_UNWRITTEN_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
_LINE_SPACES = frozenset("\t\n\v\f\r")
# The byte order of UTF-16 without BOM is where the NULs of this many first bytes are: a whole file's cost
# as much as the test for binary data.
_BYTE_ORDER_BYTES = 4096
# Blank space (ASCII's), and with NUL: bytes of these alone, two NULs in a row among them, are a crash's padding of an
# empty page.
_BLANK = b" \t\n\v\f\r"
_BLANK_OR_NUL = _BLANK + b"\x00"
_NUL_PADDING_ONLY = "NUL padding only (a crash's): an empty page"
# NULs in a row that no UTF-16 text holds (thirty-one NUL characters or more): a crash's padding whatever follows it.
_PADDING_RUN = 64
# Mojibake of UTF-8 read as Windows-1252 or Latin-1 always shows a lead byte (Â..ô) followed by a
# continuation byte (U+0080..U+00BF or a Windows-1252 punctuation mark): a cheap test before ftfy's
# (`_MOJIBAKE_PAIR`, with Windows-1258's own pairs, `_CP1258_PAIR`).
# (`regex`, not `re`: it scans a page for this pair in a fifth of the time.)
_CP1252_PUNCTUATION = ("\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_CONTINUATION = "\u0080-\u00bf" + _CP1252_PUNCTUATION
_MOJIBAKE_PAIR = regex.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
# Windows-1258 with its nine undefined bytes read as Latin-1's characters (as ftfy's sloppy Windows-1252 does): what
# a page written in UTF-8 shows, read whole by a Vietnamese Windows reader. Its combining tone marks (bytes CC, D2,
# DE, EC, F2) are UTF-8 lead bytes no Vietnamese letter of NFC text has.
_CP1258_CHARACTERS = "".join(bytes([byte]).decode("cp1258", errors="ignore") or chr(byte) for byte in range(256))
_SLOPPY_CP1258 = codecs.charmap_build(_CP1258_CHARACTERS)
# The combining marks of an NFD page's letters: Vietnamese's (grave, acute, circumflex, tilde, breve, hook above, horn,
# dot below) and the diaeresis of a foreign name ("Jürgen"), and the Windows-1258 and Windows-1252 characters of their
# UTF-8 continuation bytes (their lead byte CC is Windows-1258's grave accent, Windows-1252's "Ì").
_NFD_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0308\u0309\u031b\u0323"
_CP1258_MARK_TAILS = "".join(_CP1258_CHARACTERS[mark.encode()[1]] for mark in _NFD_MARKS)
_CP1252_MARK_TAILS = "".join(bytes([mark.encode()[1]]).decode("sloppy-windows-1252") for mark in _NFD_MARKS)
# Windows-1258's own leftovers of a UTF-8 letter: its "Ă" (lead byte C3) or its grave accent (CC, an NFD page's marks)
# before a continuation byte's character, as the note on `_MOJIBAKE_LETTER` tells. Clean Vietnamese shows none, and
# ftfy does not see them: "NgĂ\u00a0y 24/02/2020" is no bad text to it.
_CP1258_LEFTOVER = f"\u0102[{_CONTINUATION}]|\u0300[{regex.escape(_CP1258_MARK_TAILS)}]"
_CP1258_PAIR = regex.compile(_CP1258_LEFTOVER)
# A capital "Ă" or "Â" after a space, a line's start or an opening quote, before a closing quote, "»", "›", "…" or a
# no-break space (a space, on a SharePoint page) that no letter follows: the letter named ("chữ “Ă”", "«Â»") in clean
# text. Read as Windows-1258 or -1252 it would be "Ô", "Ò", "à", "û" or a lone "”" (UTF-8's C3 94 ...), which a page
# garbled so shows beside other garble ("Ă” tĂ´" is "Ô tô"; "Ă”ng", a letter after, is "Ông"): on a page that shows
# clean Vietnamese (`_READ_RIGHT`), `_garbled` looks for that other garble without it. A garbled no-break space, "Â"
# and one, stands after a dash or a full stop ("BEGIC -Â\u00a0Recently") or before a word: an English body's only
# garble under a clean header, no letter named.
_OPENING_QUOTES = "\u201c\u2018\u00ab\u2039"
_LONE_CAPITAL = regex.compile(
    f"(?<![^ \t\n{_OPENING_QUOTES}])[\u0102\u00c2](?=[\u00a0\u201d\u2019\u00bb\u203a\u2026](?!\\p{{L}}))"
)
# Vietnamese letters that no Windows code page has (ạ ả ấ … ỹ, NFC's): text read right, in part at least.
_READ_RIGHT = regex.compile("[\u1ea0-\u1ef9]")
# A whole two- or three-byte UTF-8 sequence read as Windows-1252 ("Æ¡" is "ơ", "á»…" is "ễ"): what ftfy
# leaves where clean and garbled Vietnamese share a document, and `_utf8_letter` repairs. Two-byte ones only
# of Vietnamese letters beyond Latin-1 (lead bytes C4-C6: ă đ ĩ ũ ơ ư), never before a no-break space: a
# clean "LÊ", "VÕ" or "×" before one would read as such a pair.
# Windows-1258 reads the lead byte C3 (à, á, â, ã, è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý: most of Vietnamese) as "Ă",
# not "Ã": "NgĂ\u00a0y" is "Ngày". A Vietnamese syllable never ends with ă, so a clean "Ă" is never followed by a
# continuation byte's character (a no-break space, "ª", "¹"), which ftfy, knowing no Windows-1258, leaves. Its
# grave accent (U+0300) is the lead byte CC of a combining mark, which an NFD page's letters carry: "ù›" is "ư".
# Only the continuation bytes of Vietnamese's own marks follow it (`_CP1258_MARK_TAILS`): a clean NFD grave accent
# before a no-break space, "…", "”" or "»" ("bà\u00a0", "bà”") is no garble, and read as one gave a mark no
# Vietnamese letter has ("ba̠", "ba̔"). Windows-1252 reads that lead byte CC as "Ì": "NgaÌ€y", "TieÌ‚u" (an NFD page's
# line garbled beside clean ones, where ftfy's run of one code page breaks), mended before the same continuation bytes
# (`_CP1252_MARK_TAILS`: "€", "\u0081", "‚", "ƒ", "†", "ˆ", "‰", "›", "£"), which no clean "Ì" stands before, and
# only after its letter (an NFD page's base letters are ASCII) or the mark before it: "Ì€50" after a space is left.
# (The lookahead of every lead character first: `regex` then scans for that one class, in half the time of the
# alternatives without it, a third of theirs with the Windows-1258 one.)
_MOJIBAKE_LETTER = regex.compile(
    f"(?=[\u00c4-\u00c6\u00cc\u00e0-\u00ef\u0102\u0300])"
    f"(?:[\u00c4-\u00c6][\u0080-\u009f\u00a1-\u00bf{_CP1252_PUNCTUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|(?<=[a-zA-Z{regex.escape(_CP1252_MARK_TAILS)}])\u00cc[{regex.escape(_CP1252_MARK_TAILS)}]|{_CP1258_LEFTOVER})"
)


class NotText(ValueError):
    """Bytes that are not text in any encoding we read.

    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    Traceback (most recent call last):
    ...
    bdtools.ingest.NotText: binary data (NUL bytes)
    >>> page_record(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR", "logo.png").reason
    'binary data (NUL bytes)'
    """


@dataclass(frozen=True)
class Decoded:
    """Text, the encoding it was read with, and what had to be repaired (warning codes).

    >>> decode("Chia sẻ:".encode("utf-8"))
    Decoded(text='Chia sẻ:', encoding='utf-8', repairs=())
    >>> decode("Ngày đăng: 05/01/2022".encode("utf-8") + b"\\xff").repairs
    ('invalid_utf8',)
    """

    text: str
    encoding: str
    repairs: tuple[str, ...] = ()


def _vietnamese_evidence(text: str) -> int:
    """How much more a decoding looks like Vietnamese than like Western European text."""
    return sum(text.count(char) for char in _VIETNAMESE_ONLY) - sum(text.count(char) for char in _WESTERN_ONLY)


def decode(raw: bytes) -> Decoded:
    """Bytes as text: BOM, UTF-8, UTF-32 or UTF-16 without BOM, then Windows-1258 or Windows-1252.

    Mostly-UTF-8 bytes with a few invalid sequences stay UTF-8, the bad bytes replaced (``invalid_utf8``).
    Bytes without a BOM are binary data when they read as control characters (`_refuse_binary`): as UTF-16
    without BOM, as a Windows code page, and as valid UTF-8 too (7-bit data with no NUL is).

    >>> decode("Chia sẻ".encode("utf-16")).text, decode("Chia sẻ".encode("utf-32")).encoding
    ('Chia sẻ', 'utf-32')
    >>> decode("Ngày đăng".encode("cp1258")).encoding, decode("Café déjà".encode("cp1252")).encoding
    ('cp1258', 'cp1252')
    >>> decode(b"\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x03\\x00>\\x00")
    Traceback (most recent call last):
    ...
    bdtools.ingest.NotText: binary data (control characters)
    >>> decode(bytes(range(1, 128)) * 4)
    Traceback (most recent call last):
    ...
    bdtools.ingest.NotText: binary data (control characters)
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _with_bom(raw, encoding)
    if b"\x00" in raw:
        return _with_nuls(raw)
    return _utf8(raw) or _windows_code_page(raw)


def _with_bom(raw: bytes, encoding: str) -> Decoded:
    """Bytes that open with ``encoding``'s byte order mark, as that encoding: invalid UTF-8 replaced and warned
    (``invalid_utf8``) as it is without the mark, so that a JSONL file's repaired lines are found (`read_path`). A
    crash's padding is taken off (``nul_padding``) by the rule of bytes without the mark (`_unpadded`).

    >>> _with_bom(codecs.BOM_UTF8 + "Ngày".encode() + b"\\xff", "utf-8-sig").repairs
    ('invalid_utf8',)
    >>> _with_bom(codecs.BOM_UTF16_LE + "Ngày".encode("utf-16-le") + bytes(7), "utf-16")
    Decoded(text='Ngày', encoding='utf-16', repairs=('nul_padding',))
    >>> _with_bom(codecs.BOM_UTF16_LE + "\\0Ngày".encode("utf-16-le"), "utf-32")
    Decoded(text='\\x00Ngày', encoding='utf-16', repairs=())
    """
    unpadded = _unpadded(raw, encoding)
    padding = ("nul_padding",) * (unpadded is not raw)
    try:
        return Decoded(unpadded.decode(encoding), encoding, padding)
    except UnicodeDecodeError:
        repairs = ("invalid_utf8",) if encoding == "utf-8-sig" else ()
        text = unpadded.decode(encoding, errors="replace")
    # UTF-16-LE's mark and a NUL character open as UTF-32-LE's mark does: its text read as UTF-32 is U+FFFD but for a
    # code unit in 65,536 (two UTF-16 characters, the second under U+0011); UTF-32's own has a few, a crawler's damage.
    if raw.startswith(codecs.BOM_UTF32_LE) and text.count("\ufffd") * 2 > len(text):
        return _with_bom(raw, "utf-16")
    return Decoded(text, encoding, repairs + padding)


def _unpadded(raw: bytes, encoding: str) -> bytes:
    """``raw``, read in ``encoding``, without a crash's padding (`_without_padding`); ``raw`` itself when it has none.
    In UTF-16 without the blank space after it too, in whole characters (`_whole_characters`: an odd run of NULs left
    half of one, an invented last line, U+FFFD or U+0A00); kept whole when the NULs may be the text's own before its
    line end (`_utf16_nul_ending`). UTF-32's every character holds NULs (a line feed, 0A 00 00 00): the NULs that end
    it are taken off but for those of its last character (`_utf32_unpadded`).

    >>> _unpadded("Thứ 4".encode("utf-16-le") + bytes(3) + b"\\n", "utf-16").decode("utf-16-le")
    'Thứ 4'
    >>> _unpadded(b"Th\\xe1\\xbb\\xa9 4" + bytes(3) + b"\\n", "utf-8")
    b'Th\\xe1\\xbb\\xa9 4\\n'
    """
    if encoding.startswith("utf-32"):
        return _utf32_unpadded(raw)
    kept, blank = _without_padding(raw)
    if kept is raw:
        return raw
    if not encoding.startswith("utf-16"):
        return kept + blank
    return raw if _utf16_nul_ending(raw, len(kept), blank) else _whole_characters(kept)


def _utf32_unpadded(raw: bytes) -> bytes:
    """UTF-32 bytes without the NULs that end them (a crash's padding) but for those of their last character; ``raw``
    itself when there are none.

    >>> _utf32_unpadded("Thứ 4\\n".encode("utf-32-le") + bytes(4096)).decode("utf-32-le")
    'Thứ 4\\n'
    """
    kept = _whole_characters(raw.rstrip(b"\x00"), 4)
    return raw if len(kept) == len(raw) else kept


def _whole_characters(kept: bytes, unit: int = 2) -> bytes:
    """UTF-16 (or UTF-32: a ``unit`` of 4) bytes ``kept`` of a padded text, with the NUL bytes of its last character
    that the padding took (UTF-16-LE's ASCII letter, UTF-16-BE's U+4E00) given back.

    >>> _whole_characters("Thứ 4".encode("utf-16-le")[:-1]).decode("utf-16-le")
    'Thứ 4'
    """
    return kept + b"\x00" * (-len(kept) % unit)


def _utf8(raw: bytes) -> Decoded | None:
    """Bytes as UTF-8: valid (binary data when `_refuse_binary` refuses it), or mostly so, the few invalid sequences
    replaced (``invalid_utf8``); None when they are no UTF-8.

    >>> _utf8("Ngày đăng: 05/01/2022".encode("utf-8") + b"\\xff").repairs, _utf8("Nội dung".encode("utf-16-le")) is None
    (('invalid_utf8',), True)
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_binary(text, raw, unread=False)  # a control character is one byte of UTF-8, as in Latin-1
        return Decoded(text, "utf-8")
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if sum(1 for char in replaced if char > "\x7f") > 2 * bad:
        return Decoded(replaced, "utf-8", ("invalid_utf8",))
    return None


def _with_nuls(raw: bytes) -> Decoded:
    """Bytes with NULs: UTF-8 with stray NULs, else UTF-16 without BOM (`_utf16_without_bom`).

    UTF-16 puts a NUL in every other byte of ASCII-range text, and its text beyond that range is no UTF-8: bytes that
    are UTF-8 (`_utf8`; NUL is a character of it) with at most one NUL in `_BINARY_ONE_IN` are UTF-8, their NULs kept
    as U+0000 (`_without_nuls` takes them out of a page's text; in JSONL they are no JSON). A run of NULs that ends
    the bytes (more than one: UTF-16's last ASCII letter ends with one), or ends them but for blank space (a line
    feed written after it), is the padding a crash leaves, taken off (``nul_padding``, `_without_padding`) before the
    UTF-8 and code page tests, and before UTF-16's of twenty characters or more (those before blank space that may be
    the text's own NUL characters, `_utf16_nul_ending`, only when the text read with them is binary data).
    Bytes of NULs and blank space alone are a page of nothing, refused as such (`_NUL_PADDING_ONLY`), not as binary data.

    >>> _with_nuls("Chia sẻ: Nội dung bài viết.".encode("utf-8") + b"\\x00" * 4096)
    Decoded(text='Chia sẻ: Nội dung bài viết.', encoding='utf-8', repairs=('nul_padding',))
    >>> _with_nuls("Chia sẻ: Nội dung bài viết.".encode("utf-16-le")).encoding
    'utf-16-le'
    >>> _with_nuls(bytes(4096) + b"\\n")
    Traceback (most recent call last):
    ...
    bdtools.ingest.NotText: NUL padding only (a crash's): an empty page
    """
    if b"\x00\x00" in raw and not raw.strip(_BLANK_OR_NUL):  # UTF-16's blank text has one NUL between its characters
        raise NotText(_NUL_PADDING_ONLY)
    if (utf32 := _utf32_without_bom(raw)) is not None:
        return utf32
    kept, blank = _without_padding(raw)
    padded = kept is not raw
    text = kept + blank  # the blank space after the padding is a page's
    if text.count(0) * _BINARY_ONE_IN <= len(text) and (decoded := _utf8(text)) is not None:
        return Decoded(decoded.text, decoded.encoding, decoded.repairs + ("nul_padding",) * padded)
    if _code_page_with_stray_nuls(text):
        decoded = _windows_code_page(text)
        return Decoded(decoded.text, decoded.encoding, decoded.repairs + ("nul_padding",) * padded)
    # UTF-16 under twenty characters, which the one-in-twenty tests cannot judge, is a binary header's more likely.
    if not padded or len(kept) < 2 * _BINARY_ONE_IN:
        return _utf16_without_bom(raw)
    # NULs before blank space may be UTF-16 text's own NUL characters before its line end (BE's 00 00 00 0A, LE's
    # 00 00 0A 00): read whole unless so many that the text so read is binary data.
    if _utf16_nul_ending(raw, len(kept), blank):
        try:
            return _utf16_without_bom(raw)
        except NotText:
            pass
    decoded = _utf16_without_bom(_whole_characters(kept))
    return Decoded(decoded.text, decoded.encoding, ("nul_padding",))


def _utf32_without_bom(raw: bytes) -> Decoded | None:
    """Bytes with NULs as UTF-32 without BOM: whole characters of it (a crash's padding taken off, `_utf32_unpadded`),
    the highest byte of each a NUL (the last of four in UTF-32-LE, the first in UTF-32-BE), read without error as
    written characters (`_is_writing`) and no binary data (`_refuse_binary`); None when they are no such text (UTF-16's
    Latin text has a NUL in every other byte, but a letter in the next, beyond U+10FFFF; binary data is told as before).

    >>> _utf32_without_bom("Thứ 4\\n".encode("utf-32-be") + bytes(9))
    Decoded(text='Thứ 4\\n', encoding='utf-32-be', repairs=('nul_padding',))
    >>> _utf32_without_bom("Thứ 4\\n".encode("utf-16-le")) is None, _utf32_without_bom(bytes([1, 0, 0, 0]) * 9) is None
    (True, True)
    """
    # First a character of the Basic Multilingual Plane (two NULs, as no UTF-16 text opens) as UTF-32 writes it: a
    # UTF-16 page pays for no more.
    if raw[2:4] != b"\x00\x00" and raw[:2] != b"\x00\x00":
        return None
    unpadded = _utf32_unpadded(raw)
    if len(unpadded) % 4:
        return None
    encoding = next((order for order, high in _UTF32_HIGH_BYTES if unpadded[high::4].count(0) * 4 == len(unpadded)), None)
    if encoding is None:
        return None
    try:
        text = unpadded.decode(encoding)
        _refuse_binary(text, text.encode("latin-1", "ignore"))
    except (UnicodeDecodeError, NotText):
        return None
    return Decoded(text, encoding, ("nul_padding",) * (unpadded is not raw)) if _is_writing(text) else None


# Where UTF-32's highest byte (a NUL in every character, none beyond U+10FFFF) stands in four, by byte order.
_UTF32_HIGH_BYTES = (("utf-32-le", 3), ("utf-32-be", 0))


def _without_padding(raw: bytes) -> tuple[bytes, bytes]:
    """``raw`` without the NULs (two or more: UTF-16's last ASCII letter ends with one) that end it but for blank space,
    a crash's padding, and that blank space (a line end that a later write added, in ASCII or in UTF-16, whose blank
    characters hold one NUL each), given apart; ``raw`` itself and no blank space when there are none. UTF-16 text's
    own NULs before its blank space (UTF-16-BE's "一\\n", 4E 00 00 0A) are told by `_utf16_nul_ending`.

    >>> _without_padding(b"Chia se:" + bytes(4096) + b"\\n"), _without_padding(b"Th\\x00")
    ((b'Chia se:', b'\\n'), (b'Th\\x00', b''))
    >>> _without_padding("Chia se:".encode("utf-16-le") + bytes(4096) + "\\r\\n".encode("utf-16-le"))[1]
    b'\\r\\x00\\n\\x00'
    """
    filled = raw.rstrip(_BLANK_OR_NUL)
    tail = raw[len(filled):]
    end = tail.rfind(b"\x00\x00") + 2  # after the padding's last NUL: UTF-16's blank space holds one at a time
    start = len(tail[:end].rstrip(b"\x00"))
    if end - start < 2:
        return raw, b""
    return raw[:len(filled) + start], tail[end:]


def _utf16_nul_ending(raw: bytes, kept: int, blank: bytes) -> bool:
    """Whether the NULs after the first ``kept`` bytes of ``raw`` and its ``blank`` space after them may be UTF-16
    text's own: a run shorter than `_PADDING_RUN` before blank space, and from the text's last whole character on,
    NUL characters and blank space in `_utf16_order` (UTF-16-BE's NUL character and line feed are 00 00 00 0A, as three
    NULs and an ASCII line feed are). An odd number of bytes, or ASCII's CRLF (0D 0A: U+0D0A, or U+0A0D), is no such.

    >>> page = "Thứ 4, Ngày 05/01/2022".encode("utf-16-be")
    >>> [_utf16_nul_ending(page + nuls + b"\\n", len(page), b"\\n") for nuls in (b"\\x00" * 3, bytes(4096), bytes(4))]
    [True, False, False]
    """
    if not blank or len(raw) - len(blank) - kept >= _PADDING_RUN:
        return False
    ending = raw[kept + kept % 2:].decode(_utf16_order(raw), errors="replace")
    return not ending.strip("\x00" + _BLANK.decode())


def _code_page_with_stray_nuls(raw: bytes) -> bool:
    """Whether bytes with NULs that are no UTF-8 are a Windows code page's text with stray NULs, not UTF-16 without BOM:
    at most one NUL in `_BINARY_ONE_IN`, no other control byte, and three or more of their line feeds, over a third,
    that UTF-16 in either byte order reads as no line feed, or NULs by line feeds at even and odd offsets alike
    (`_nuls_by_line_feeds_at_both_offsets`). Line feeds alone do not tell: a CJK letter's byte is one in 256 a line
    feed (U+4E0A "上"); nor do controls alone: a page of kana has none. But a CJK letter's low byte is a control one
    time in ten, and a kana page's line feeds are all UTF-16's; a code page's stray NULs stand by few of its line
    feeds, or, a NUL by every line feed (UTF-16 reads half of them as line feeds, more with blank lines), at offsets
    of both kinds.

    >>> page = "Ngày đăng: 05/01/2022\\n\\nBinh Dương\\n\\nViews: 57".encode("cp1258")
    >>> _code_page_with_stray_nuls(page.replace(b"\\n", b"\\x00\\n", 1))
    True
    >>> [_code_page_with_stray_nuls(text.encode("utf-16-le")) for text in ("ひらがな\\nカタカナ\\n", "上海\\n")]
    [False, False]
    """
    nuls = raw.count(0)
    if nuls * _BINARY_ONE_IN > len(raw) or len(raw.translate(None, _CONTROL_BYTES)) + nuls < len(raw):
        return False
    line_feeds = raw.count(b"\n")
    utf16 = max(raw.decode(order, errors="replace").count("\n") for order in ("utf-16-le", "utf-16-be"))
    return line_feeds - utf16 >= 3 and 3 * (line_feeds - utf16) > line_feeds or _nuls_by_line_feeds_at_both_offsets(raw)


# A NUL just before or after a line feed byte.
_NUL_BY_LINE_FEED = re.compile(rb"\x00(?=\n)|(?<=\n)\x00")


def _nuls_by_line_feeds_at_both_offsets(raw: bytes) -> bool:
    """Whether three or more NULs by a line feed stand at even offsets and three or more at odd ones: a code page's
    line has any length, UTF-16's characters two bytes. In UTF-16-LE such a NUL is a high byte, at an odd offset (the
    line feed's own, 0A 00, or an ASCII character's before it); at an even one it would be the low byte of U+0A00,
    which is no character, or of a U+xx00 after a Gurmukhi or Gujarati letter (U+0Axx). UTF-16-BE is the mirror.

    >>> text = "Ngày đăng: 05/01/2022\\n\\nBinh Dương\\nViews: 57\\n\\nTin\\n\\nTrang\\n"
    >>> _nuls_by_line_feeds_at_both_offsets(text.encode("cp1258").replace(b"\\n", b"\\x00\\n"))
    True
    >>> [_nuls_by_line_feeds_at_both_offsets(text.encode(order)) for order in ("utf-16-le", "utf-16-be")]
    [False, False]
    """
    odd = even = 0
    for match in _NUL_BY_LINE_FEED.finditer(raw):
        odd += match.start() & 1
        even += not match.start() & 1
    return min(odd, even) >= 3


def _without_nuls(text: str) -> tuple[str, tuple[str, ...]]:
    """A page's text without its NULs (U+0000: a page has none to show, and its lines stay where they were), and the
    warning that says so (``nul_bytes``) when it had some.

    >>> _without_nuls("Chia sẻ:\\x00 Nội dung"), _without_nuls("Chia sẻ:")
    (('Chia sẻ: Nội dung', ('nul_bytes',)), ('Chia sẻ:', ()))
    """
    return (text.replace("\x00", ""), ("nul_bytes",)) if "\x00" in text else (text, ())


def _utf16_without_bom(raw: bytes) -> Decoded:
    """Bytes with NULs as UTF-16, in the byte order `_utf16_order` finds. Binary data unless more than half its
    characters are Latin-1 (a NUL high byte) or it is all but written characters (`_is_writing`: a page of
    Japanese, Chinese or Korean), or when `_refuse_binary` refuses it.

    >>> _utf16_without_bom("Thứ 4".encode("utf-16-be"))
    Decoded(text='Thứ 4', encoding='utf-16-be', repairs=())
    >>> _utf16_without_bom("1月7日午後、省人民委員会は会議を開催しました。\\n".encode("utf-16-le")).encoding
    'utf-16-le'
    """
    encoding = _utf16_order(raw)
    text = raw.decode(encoding, errors="replace")
    latin = text.encode("latin-1", "ignore")
    if 2 * len(latin) <= len(text) and not _is_writing(text):
        raise NotText("binary data (NUL bytes)")
    _refuse_binary(text, latin)
    return Decoded(text, encoding)


def _utf16_order(raw: bytes) -> str:
    """UTF-16's byte order of ``raw`` without BOM: little-endian when the first `_BYTE_ORDER_BYTES` hold more NULs at
    odd positions (the high bytes of Latin text) than at even ones.

    >>> _utf16_order("Thứ 4".encode("utf-16-be")), _utf16_order("Thứ 4".encode("utf-16-le"))
    ('utf-16-be', 'utf-16-le')
    """
    head = raw[:_BYTE_ORDER_BYTES]
    return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"


def _is_writing(text: str) -> bool:
    """Whether at most one character in `_BINARY_ONE_IN` is one that no writing uses (`_UNWRITTEN_CATEGORIES`) or
    U+FFFD: random 16-bit numbers read as UTF-16 are one in seven such, a page in any script none.

    >>> _is_writing("ビンズオン省人民委員会\\r\\n"), _is_writing("\\ue000\\udc00\\U000e0080\\uffff\\x00" * 3 + "会議")
    (True, False)
    """
    unwritten = sum(
        1 for character in text if unicodedata.category(character) in _UNWRITTEN_CATEGORIES and character not in _LINE_SPACES
    )
    return (unwritten + text.count("\ufffd")) * _BINARY_ONE_IN <= len(text)


def _windows_code_page(raw: bytes) -> Decoded:
    """Bytes as Windows-1258 when that reads as more Vietnamese than Windows-1252 reads as Western European;
    binary data when `_refuse_binary` refuses it (the code pages keep the control characters' bytes).

    >>> _windows_code_page("Ngày đăng".encode("cp1258")).encoding
    'cp1258'
    """
    vietnamese = raw.decode("cp1258", errors="replace")
    if _vietnamese_evidence(unicodedata.normalize("NFC", vietnamese)) > 0:
        decoded = Decoded(vietnamese, "cp1258", ("legacy_encoding",))
    else:
        decoded = Decoded(raw.decode("cp1252", errors="replace"), "cp1252", ("legacy_encoding",))
    _refuse_binary(decoded.text, raw)
    return decoded


def _refuse_binary(text: str, latin: bytes, unread: bool = True) -> None:
    """Raise `NotText` when the text, or its head, has `_too_many_controls`. ``latin`` holds the text's control
    characters as bytes: its characters of Latin-1, or the bytes a code page read it from. ``unread``: whether a
    U+FFFD stands for bytes the reading could not read (in valid UTF-8 it is a character its writer wrote: a page
    whose marked letters a crawler lost is text).

    >>> _refuse_binary("Nội dung\\r\\n", b"Ni dung\\r\\n")
    >>> stored = "PK\\x03\\x04\\x14\\x00\\x00\\x00\\x00\\x00" + "Nội dung. " * 50  # a zip's header, then the text it holds
    >>> _refuse_binary(stored, stored.encode("latin-1", "ignore"))
    Traceback (most recent call last):
    ...
    bdtools.ingest.NotText: binary data (control characters)
    >>> _refuse_binary("Th\\ufffd 4, Ng\\ufffdy 05/01/2022", b"Th 4, Ngy 05/01/2022", unread=False)
    """
    head = text[:_HEAD_CHARS]
    if _too_many_controls(text, latin, unread) or _too_many_controls(head, head.encode("latin-1", "ignore"), unread):
        raise NotText("binary data (control characters)")


def _too_many_controls(text: str, latin: bytes, unread: bool = True) -> bool:
    """Whether more than one character in `_BINARY_ONE_IN` is a control character or (when ``unread``) U+FFFD, the
    control characters counted as the `_CONTROL_BYTES` of ``latin`` (at C speed; see `_refuse_binary`).

    >>> _too_many_controls("Nội\\tdung\\r\\n", b"Ni\\tdung\\r\\n"), _too_many_controls("\\x00\\x01Nội dung", b"\\x00\\x01Ni dung")
    (False, True)
    >>> lost = "\\ufffd\\ufffd Nội dung"  # a code page's undefined bytes, or, in valid UTF-8, characters
    >>> _too_many_controls(lost, b" Ni dung"), _too_many_controls(lost, b" Ni dung", unread=False)
    (True, False)
    """
    controls = len(latin) - len(latin.translate(None, _CONTROL_BYTES))
    return (controls + (text.count("\ufffd") if unread else 0)) * _BINARY_ONE_IN > len(text)


def normalise_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Mojibake repaired (over the whole document), zero-width characters removed, NFC, ``\\n`` line ends.

    >>> normalise_text("Ná»™i dung\\r\\nTiÃªu Ä‘á»\\x81\\u200b")
    ('Nội dung\\nTiêu đề', ('mojibake',))
    """
    repairs: tuple[str, ...] = ()
    if "\r" in text:  # a tenth of the time of two replaces that find nothing
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _ZERO_WIDTH:
        if char in text:
            text = text.replace(char, "")
    if _garbled(text):
        fixed = _mended(text)
        repairs = ("mojibake",) if fixed != text else ()
        text = fixed
    composed = unicodedata.normalize("NFC", text)
    # Mojibake NFD-normalised afterwards: NFD split the garble's letters ("Ã" as "A" and a tilde), which compose again.
    # Composed first, an NFD page garbled (its marks garbled as Windows-1258's grave accent) would not mend: so only
    # text that is garbled once composed, mended only when that gives clean text. (A clean NFC page's NFC is itself.)
    if composed is not text and _garbled(composed) and not _garbled(mended := _mended(composed)):
        return unicodedata.normalize("NFC", mended), ("mojibake",)
    return composed, repairs


def _mended(text: str) -> str:
    """``text`` garbled (`_garbled`) as its UTF-8 bytes give it again (`_read_as_utf8`), else as ftfy mends it, and
    the `_MOJIBAKE_LETTER` that either leaves mended.

    >>> _mended("NgĂ y 06/04/2021, Thá»© 3")
    'Ngày 06/04/2021, Thứ 3'
    """
    fixed = _read_as_utf8(text) or ftfy.fix_and_explain(text, _FTFY_CONFIG).text
    if _MOJIBAKE_LETTER.search(fixed):
        fixed = _MOJIBAKE_LETTER.sub(_utf8_letter, fixed)
    return fixed


def _sloppy_cp1258(text: str) -> bytes:
    """The bytes that ``text`` is Windows-1258 of (`_SLOPPY_CP1258`); `UnicodeEncodeError` when it is no such text.

    >>> _sloppy_cp1258("NgĂ\u00a0y \u0081")
    b'Ng\\xc3\\xa0y \\x81'
    """
    return codecs.charmap_encode(text, "strict", _SLOPPY_CP1258)[0]


# The code pages a page written in UTF-8 is read whole as, by the function that gives its bytes back (ftfy's sloppy
# Windows-1252 gives its five undefined bytes the Latin-1 characters, as a reader that does not fail on them shows
# them; `_sloppy_cp1258` does so for Windows-1258, the Vietnamese code page).
_READ_AS = (
    lambda text: text.encode("sloppy-windows-1252"), lambda text: text.encode("latin-1"), _sloppy_cp1258,
)


def _garbled(text: str) -> bool:
    """Whether ``text`` shows UTF-8 read as Windows-1252, a `_MOJIBAKE_PAIR` that ftfy finds bad, or as Windows-1258,
    a `_CP1258_PAIR` (which a page's header alone may show: "Thù›̀\x81 2, NgĂ\u00a0y" has no Windows-1252 pair). A
    `_LONE_CAPITAL` on a line of clean Vietnamese (`_READ_RIGHT`) is no garble: the letter "Ă" or "Â" named before a
    closing quote (`_unless_named`); on a line without such letters (an English line garbled, its no-break spaces
    "Â\u00a0", a breadcrumb's "Â»", under a clean header) it is one.

    >>> [_garbled(text) for text in ("Ngày 24/02", "NgĂ\u00a0y 24/02", "Nga\u0300€y", "ĂN UỐNG", "Ba\u0300\u00a0Rịa")]
    [False, True, True, False, False]
    >>> [_garbled(text) for text in ("Chữ “Ă” và chữ “Â” là nguyên âm.", "Ă”ng Nguyễn", "Ă” tĂ´ điện", "Â\u00a0\\nThe")]
    [False, True, True, True]
    >>> [_garbled("Thứ 4, Ngày 05/01/2022\\n" + line) for line in ("Ông VĂN Â\u00a0 phát biểu", "Home Â» News Â» Events")]
    [False, True]
    """
    if not _shows_mojibake(text):
        return False
    if _LONE_CAPITAL.search(text) is None or _READ_RIGHT.search(text) is None:
        return True
    return _shows_mojibake(_LONE_CAPITAL.sub(_unless_named, text))


def _unless_named(match: regex.Match[str]) -> str:
    """Nothing for a `_LONE_CAPITAL` after an opening quote or on a line that shows clean Vietnamese (`_READ_RIGHT`),
    a letter named ("the letter “Ă”", "Dãy nhà “Â”", "Ông NGUYỄN VĂN Â\u00a0 phát biểu"); the match itself otherwise.
    A crawler garbles a page a line at a time: an English line under a clean header shows its no-break space between
    spaces ("Views: Â\u00a0 57"), alone ("Â\u00a0") or a breadcrumb's "»" ("Home Â» News") as such a capital, after
    no opening quote and with no letter of clean Vietnamese.

    >>> _LONE_CAPITAL.sub(_unless_named, "Khu phố Ă\u00a0, phường\\nThe letter “Â”\\nThe project Â\u00a0 was approved")
    'Khu phố \\xa0, phường\\nThe letter “”\\nThe project Â\\xa0 was approved'
    """
    text, start = match.string, match.start()
    if start and text[start - 1] in _OPENING_QUOTES:
        return ""
    end = text.find("\n", start)
    return "" if _READ_RIGHT.search(text, text.rfind("\n", 0, start) + 1, len(text) if end < 0 else end) else match.group()


def _shows_mojibake(text: str) -> bool:
    """Whether ``text`` holds a `_MOJIBAKE_PAIR` that ftfy finds bad or a `_CP1258_PAIR` (`_garbled`)."""
    if _MOJIBAKE_PAIR.search(text) is not None and badness.is_bad(text):
        return True
    # `in` before the pattern: a third of a clean page's scan for it (or for both in one: a range of lead characters,
    # `_MOJIBAKE_PAIR`'s, is what `regex` scans fast, a set of them ten times slower).
    return ("\u0102" in text or "\u0300" in text) and _CP1258_PAIR.search(text) is not None


def _read_as_utf8(text: str) -> str | None:
    """The text of a page written in UTF-8 and read whole as Windows-1252, Latin-1 or Windows-1258 (`_READ_AS`), as its
    bytes give it again; None when ``text`` is no such page (a character none writes, bytes that are no UTF-8, or
    garbled still). ftfy gives the same text a piece at a time, at a hundred times the cost (4.3 ms a generated page),
    and knows no Windows-1258.

    >>> _read_as_utf8("Chia sẻ: Nội dung".encode().decode("cp1252")), _read_as_utf8("Lượt người xem: Ä‘"), _read_as_utf8("Ã©")
    ('Chia sẻ: Nội dung', None, 'é')
    >>> _read_as_utf8("Ngày đăng: Thứ 4".encode().decode("cp1258"))
    'Ngày đăng: Thứ 4'
    """
    for as_bytes in _READ_AS:
        try:
            fixed = as_bytes(text).decode("utf-8")
        except UnicodeError:
            continue
        return None if _garbled(fixed) else fixed
    return None


def _utf8_letter(match: regex.Match[str]) -> str:
    """The letter (or combining mark, an NFD page's, or punctuation of three bytes, "”" as "â€\u009d") whose UTF-8
    bytes a `_MOJIBAKE_LETTER` match shows in Windows-1252 or Windows-1258 (their undefined bytes as Latin-1's), or the
    match as it is (a sequence that is none of these stays).

    >>> _MOJIBAKE_LETTER.sub(_utf8_letter, "Nguyá»…n, vá»›i, hÆ¡n, Tá»‰nh á»§y, Â», ’’’, LÊ\u00a0VĂN")
    'Nguyễn, với, hơn, Tỉnh ủy, Â», ’’’, LÊ\xa0VĂN'
    >>> _MOJIBAKE_LETTER.sub(_utf8_letter, "NgĂ\u00a0y, TiĂªu, Ä‘Ă¡nh, Má»\u009aI, u\u0300›ng, ĂN, Ă")
    'Ngày, Tiêu, đánh, MỚI, u\u031bng, ĂN, Ă'
    >>> _MOJIBAKE_LETTER.sub(_utf8_letter, "NgaÌ€y, ThuÌ›Ì\u0081, sẻâ€\u009d, KÌ”")
    'Nga\u0300y, Thu\u031b\u0301, sẻ”, KÌ”'
    """
    for as_bytes in (lambda text: text.encode("sloppy-windows-1252"), _sloppy_cp1258):
        try:
            letter = as_bytes(match.group()).decode("utf-8")
        except UnicodeError:
            continue
        return letter if unicodedata.category(letter)[0] in "LMP" else match.group()
    return match.group()


def record_id(path: str, position: int | None, payload: bytes) -> str:
    """A stable 16-hex-digit id from where a page came from and its bytes.

    >>> record_id("a.txt", None, b"x")
    'b44bfcd33f9fbc7e'
    """
    digest = hashlib.sha256(f"{path}\0{position}\0".encode("utf-8", "surrogateescape"))  # a name's own bytes
    digest.update(payload)
    return digest.hexdigest()[:16]


def _with_repairs(record: Record, repairs: Iterable[str], messages: dict[str, str] = _REPAIR_MESSAGES) -> Record:
    for code in repairs:
        add_warning(record, STAGE, code, messages[code])
    return record


def _replacements_counted(record: Record, written: int) -> Record:
    """``record``, warned ``replacement_characters`` with their count when its input ``written`` U+FFFD as characters:
    bytes a crawler lost before us (a marked letter it could not read). Not those our reading put there (`_replacements`).
    A page's or a foreign line's, once: a record of ours passes on with the warning its first reading gave.

    >>> _replacements_counted({"text": "Ng\\ufffdy 05/01/2022, B\\ufffdnh D\\u01b0\\u01a1ng"}, 2)["warnings"][0]["message"]
    '2 replacement characters (U+FFFD) in the text: bytes lost before it was read'
    """
    if written:
        message = _REPLACEMENTS_MESSAGE.format(_counted(written, "replacement character"))
        add_warning(record, STAGE, "replacement_characters", message)
    return record


def _counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, in the plural but for one: every warning's count.

    >>> _counted(1, "replacement character"), _counted(9, "replacement character")
    ('1 replacement character', '9 replacement characters')
    """
    return f"{count} {noun}" + "s" * (count != 1)


def _unread_warned(record: Record, encoding: str, replaced: int) -> Record:
    """``record``, warned with the count of U+FFFD its reading in ``encoding`` put in for bytes it could not read:
    UTF-16's (`invalid_utf16`) or a Windows code page's (`undefined_bytes`); UTF-8's are `invalid_utf8` already.

    >>> _unread_warned({"text": "Gi\\ufffda"}, "cp1258", 1)["warnings"][0]["message"]
    '1 byte that the Windows code page has no character for, replaced by U+FFFD'
    """
    if not replaced:  # every page but a few: no look-up
        return record
    code = _unread_code(encoding)
    if code is not None:
        add_warning(record, STAGE, code, _UNREAD_MESSAGES[code].format(_counted(replaced, _UNREAD_NOUNS[code])))
    return record


def _unread_code(encoding: str) -> str | None:
    """The warning code of the U+FFFD a reading in ``encoding`` put in (`_UNREAD_CODES`); None for UTF-8's, which are
    ``invalid_utf8``.

    >>> _unread_code("utf-16-le"), _unread_code("cp1252"), _unread_code("utf-8")
    ('invalid_utf16', 'undefined_bytes', None)
    """
    return _UNREAD_CODES.get(encoding.removesuffix("-le").removesuffix("-be"))


def _replacements(raw: bytes, encoding: str, text: str) -> tuple[int, int]:
    """How many U+FFFD of ``text``, read from ``raw`` in ``encoding``, our reading put in for bytes it could not read
    (invalid UTF-8, a code page's byte no character has, UTF-16's lone surrogate or odd last byte), and how many
    ``raw`` holds as characters (or as mojibake of them that the reading mended).

    >>> _replacements(b"Gi\\x8aa Ng\\xef\\xbf\\xbdy", "utf-8", "Gi\\ufffda Ng\\ufffdy")
    (1, 1)
    """
    if "\ufffd" not in text:  # a tenth of the time of `count` on a page that has none (0.2 against 1.1 µs)
        return 0, 0
    replaced = raw.decode(encoding, errors="replace").count("\ufffd") - raw.decode(encoding, errors="ignore").count("\ufffd")
    replaced = min(replaced, text.count("\ufffd"))
    return replaced, text.count("\ufffd") - replaced


def _bytes_read(raw: bytes, decoded: Decoded) -> bytes:
    """The bytes of ``raw`` that its reading ``decoded`` read: without a crash's padding (`_unpadded`), whose odd run
    after UTF-16 text leaves half a code unit, which is no U+FFFD of the reading's (`_replacements`).

    UTF-16 without a mark whose NULs before blank space `_unpadded` keeps (they may be its own NUL characters) lost them
    all the same when so read it was binary data (`_with_nuls`): the reading took them off, and read whole characters.

    >>> raw = "B\ufffdnh".encode("utf-16") + bytes(7)
    >>> _bytes_read(raw, decode(raw)).decode("utf-16")
    'B\ufffdnh'
    >>> raw = '{"text": "Bình Dương"}\\n'.encode("utf-16-be") + bytes(11) + b"\\n"
    >>> _bytes_read(raw, decode(raw)).decode("utf-16-be")
    '{"text": "Bình Dương"}\\n'
    """
    if "nul_padding" not in decoded.repairs:
        return raw
    unpadded = _unpadded(raw, decoded.encoding)
    return _whole_characters(_without_padding(raw)[0]) if unpadded is raw else unpadded


def page_record(raw: bytes, path: str) -> Record | Reject:
    """One raw page dump as a record.

    >>> record = page_record("Thứ 4\\r\\nChia sẻ:".encode("utf-8-sig"), "a.txt")
    >>> record["text"], record["source"]["encoding"], len(record["id"])
    ('Thứ 4\\nChia sẻ:', 'utf-8-sig', 16)
    >>> page_record(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "image.png").reason
    'binary data (NUL bytes)'
    """
    try:
        decoded = decode(raw)
    except NotText as error:
        return Reject(shown_path(path), None, str(error))
    # Only bytes with a NUL give text one: the bytes' search is memchr, the text's (of marked letters) 3 µs a page.
    text, nuls = _without_nuls(decoded.text) if b"\x00" in raw else (decoded.text, ())
    text, repairs = normalise_text(text)
    source = {
        "path": shown_path(path), "line": None, "bytes": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(), "encoding": decoded.encoding,
    }
    record = {"id": record_id(path, None, raw), "source": source, "text": text}
    replaced, written = _replacements(_bytes_read(raw, decoded), decoded.encoding, text)
    record = _unread_warned(_with_repairs(record, decoded.repairs + nuls + repairs), decoded.encoding, replaced)
    return _replacements_counted(record, written)


def _without_lone_surrogates(value: Any) -> Any:
    """JSON strings may escape lone surrogates (``"\\ud800"``), which UTF-8 cannot write: U+FFFD instead.

    >>> _without_lone_surrogates({"text": "Bình Dương \\ud83d", "\\udc00": ["\\U0001f600"]})
    {'text': 'Bình Dương \ufffd', '\ufffd': ['😀']}
    """
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def jsonl_record(
    line: str, path: str, number: int, seen_ids: SeenIds | None = None, repairs: tuple[str, ...] = (),
    unread: int = 0, encoding: str = "utf-8",
) -> Record | Reject:
    """One JSONL line as a record: ours pass through unchanged, foreign ones get id and source. ``repairs``: what
    reading the line repaired (`_utf8_lines`), warned on the record, ours too; ``unread``: how many bytes its reading in
    ``encoding`` could not read, each `_UNREAD_MARK` in ``line`` (`_unread_marked`), made U+FFFD, warned as a page's are
    (`_unread_warned`), and those of its text not counted among those its writer wrote (``replacement_characters``).

    ``seen_ids``, the ids of the run's JSONL records so far (`SeenIds`), makes ids unique: a foreign line whose own
    id is one of them gets an id made from its place, as a line without one does, and a ``duplicate_id``
    warning, but for the record of ours read from the line's text, which it is a copy of (`_free_for_line`). This
    record's id is added to it. A record of ours keeps its id when the record that has it came from the same source
    (``source.sha256``), as the stages pass records on: two copies of one output give each id twice, as
    ``bdtools run`` reads each copy. One of another source (two outputs of inputs that share a crawler's id) is
    another record: its id is made from its place too, the warning naming the id it had. A record of a page file
    is compared with no record of ours (`_of_another_source`).

    >>> jsonl_record('{"text": "PORTAL - a teaser"}', "pages.jsonl", 1)["source"]["line"]
    1
    >>> jsonl_record("[1, 2]", "pages.jsonl", 2).reason
    'not a JSON object'
    >>> jsonl_record('{"id": [1], "source": {}, "text": "x"}', "records.jsonl", 3).reason
    "a record with 'source' needs a non-empty string 'id'"
    >>> jsonl_record('{"id": "a", "source": {}, "text": "x", "blocks": 5}', "records.jsonl", 4).reason
    "a record with 'source' whose 'source' has no 'path'"
    >>> again = jsonl_record('{"id": "a1", "text": "x"}', "pages.jsonl", 5, seen_ids={"a1": 0})
    >>> again["id"] == record_id("pages.jsonl", 5, b"x"), again["extra"], again["warnings"][0]["code"]
    (True, {'id': 'a1'}, 'duplicate_id')
    >>> import json
    >>> source = {"path": "crawl.jsonl", "line": 1, "bytes": 1, "encoding": None}
    >>> lines = [json.dumps({"id": "p1", "source": {**source, "sha256": sha * 64}, "text": "x"}) for sha in "001"]
    >>> seen = {}
    >>> first, copy, other = [jsonl_record(line, "out.jsonl", 9, seen) for line in lines]
    >>> first["id"], copy["id"], other["id"] == record_id("out.jsonl", 9, b"x"), other["warnings"][0]["code"]
    ('p1', 'p1', True, 'duplicate_id')
    """
    shown = shown_path(path)
    unread_in_text = 0
    if unread:  # the reading's U+FFFD, marked (`_whole_lines`): those in the text are not its writer's, the others' no text's
        unread_in_text = _unread_in_text(line)
        line = line.replace(_UNREAD_MARK, "\ufffd")
    value = parse_jsonl_line(line, shown, number)
    if isinstance(value, Reject):
        return value
    mended = False
    if _SURROGATE_ESCAPE.search(line):  # a pair escaped is one character already: only a lone half is mended
        value, given = _without_lone_surrogates(value), value
        mended = value != given
    if "source" in value:  # ours, passed on as they are: dedup names clusters by id, so it must be a string
        if not _is_id(value.get("id")):
            return Reject(shown, number, "a record with 'source' needs a non-empty string 'id'", line)
        problem = schema_problem(value)
        if problem is not None:
            return Reject(shown, number, f"a record with 'source' whose {problem}", line)
        source = None if value["source"]["line"] is None else hash(value["source"]["sha256"])
        if _of_another_source(seen_ids, value["id"], source):
            given_id, value["id"] = value["id"], record_id(path, number, _payload(value["text"]))
            add_warning(value, STAGE, "duplicate_id", _TAKEN_ID_MESSAGE.format(given_id))
        _add_id(seen_ids, value["id"], source)
        value = _with_repairs(_lone_surrogates_warned(value, mended), repairs, _LINE_REPAIR_MESSAGES)
        return _unread_warned(value, encoding, unread)
    payload = _payload(value["text"])
    text, repaired = normalise_text(value["text"])
    own_id = value.get("id")
    digest = hashlib.sha256(payload).hexdigest()
    kept_id = _is_id(own_id) and _free_for_line(seen_ids, own_id, hash(digest))
    record: Record = {
        "id": own_id if kept_id else record_id(path, number, payload),
        "source": {"path": shown, "line": number, "bytes": len(payload), "sha256": digest, "encoding": None},
        "text": text,
    }
    # Nothing of the input is lost: every other field, schema names included, goes under extra.
    extra = {key: item for key, item in value.items() if key not in ("text", "extra") and not (key == "id" and kept_id)}
    if extra or "extra" in value:
        given = value.get("extra")
        # A crawler's own "extra" object holds more fields, unless one is named like a field of the line's
        # own: then it stays whole, as any other value of it does, under "extra" (nothing is lost either way).
        if isinstance(given, dict) and given.keys().isdisjoint(extra):
            record["extra"] = {**given, **extra}
        else:
            record["extra"] = {**extra, **({"extra": given} if "extra" in value else {})}
    if seen_ids is not None:  # the line holds its id now, where its own record of ours held it before
        seen_ids[record["id"]] = hash(digest) ^ _A_LINE
    if _is_id(own_id) and not kept_id:
        add_warning(record, STAGE, "duplicate_id", _DUPLICATE_ID_MESSAGE)
    # A line's bytes our reading replaced, or its lone surrogates, are ``invalid_utf8``: its U+FFFD are then not counted.
    # A code page's or UTF-16's are counted apart (``unread``), as a page's are: those its text holds are not its writer's.
    written = 0 if mended or "invalid_utf8" in repairs else max(0, text.count("\ufffd") - unread_in_text)
    record = _with_repairs(_lone_surrogates_warned(record, mended), repairs + repaired, _LINE_REPAIR_MESSAGES)
    return _replacements_counted(_unread_warned(record, encoding, unread), written)


def _unread_in_text(line: str) -> int:
    """How many `_UNREAD_MARK` of a JSONL ``line`` read whole (`_unread_marked`) stand in its text field: a line's
    U+FFFD in another field are no text's, and its text's other U+FFFD its writer's. JSON strings hold the mark as it
    is (the standard parser keeps a lone surrogate); 0 for a line that is no record.

    >>> _unread_in_text('{"title": "\\udcfd", "text": "Ng\\ufffdy \\udcfd"}'), _unread_in_text('{"text": 5} \\udcfd')
    (1, 0)
    """
    value = parse_jsonl_line(line, "", 0)
    return 0 if isinstance(value, Reject) else value["text"].count(_UNREAD_MARK)


def _payload(text: str) -> bytes:
    """A JSONL line's text as the bytes its record's id and ``source`` are of (a lone surrogate kept as it came)."""
    return text.encode("utf-8", errors="surrogatepass")


def _lone_surrogates_warned(record: Record, mended: bool) -> Record:
    """``record``, with the ``invalid_utf8`` warning when its line's lone surrogates were ``mended``."""
    if mended:
        add_warning(record, STAGE, "invalid_utf8", _LONE_SURROGATE_MESSAGE)
    return record


def _is_id(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _of_another_source(seen_ids: SeenIds | None, value: str, source: int | None) -> bool:
    """Whether an earlier record of ours of another source than ``source`` has the id ``value``. A page file's record
    (a source of None) is compared with none: its id, made from its path and bytes, is no other page's, and
    ``bdtools run``'s reader never sees it (its workers read the pages), so the piped stages, which read it as ours,
    would rename where ``run`` does not. A foreign line's own id is still taken by it (`jsonl_record`).

    >>> _of_another_source({"url-1": 7}, "url-1", 8), _of_another_source({"url-1": None}, "url-1", 8)
    (True, False)
    """
    if seen_ids is None or source is None:
        return False
    held = seen_ids.get(value, source)
    return held is not None and held != source and held != source ^ _A_LINE


def _free_for_line(seen_ids: SeenIds | None, value: str, source: int) -> bool:
    """Whether a foreign line of text hash ``source`` keeps its own id ``value``: no earlier record has it, or the
    record of ours read from this line's source (`SeenIds`) does; a copy of the line, a page file's record or another
    source's takes it.

    >>> _free_for_line({"url-1": 7}, "url-1", 7), _free_for_line({"url-1": 7 ^ _A_LINE}, "url-1", 7)
    (True, False)
    """
    return seen_ids is None or seen_ids.get(value, source) == source


def _add_id(seen_ids: SeenIds | None, value: str, source: int | None) -> None:
    if seen_ids is not None:
        seen_ids.setdefault(value, source)  # the first record of an id is the one a later copy is of


def names(paths: Paths) -> Iterator[str]:
    """Each name of ``paths`` as a str: one name alone is one name, not the characters of it (of ``"samples/"``,
    ``"/"`` would name the root folder); a path-like object or bytes is its file system name.

    >>> import pathlib
    >>> list(names("samples/")), list(names([pathlib.Path("samples"), b"a.txt"]))
    (['samples/'], ['samples', 'a.txt'])
    """
    return map(os.fsdecode, [paths] if isinstance(paths, (str, bytes, os.PathLike)) else paths)


def expand_paths(paths: Paths) -> Iterator[str]:
    """Files named, found under directories (recursive, sorted) or matched by globs; '-' is stdin. Each
    file once: a later name of a file read already is left out (`named_files` reports it).

    A name that is none of these is yielded as it is, so that reading it reports the error.

    >>> list(expand_paths(["samples/00[01]*.txt", "samples/001_b5f1e6c3974f0a2e.txt"]))
    ['samples/000_2a2882c010271b55.txt', 'samples/001_b5f1e6c3974f0a2e.txt']
    """
    return (item for item in named_files(paths) if isinstance(item, str))


def named_files(paths: Paths) -> Iterator[str | Reject]:
    """`expand_paths`, with a Reject for each file that an earlier name gave already: named twice (or by a
    link to it, a hard one too), found again under a directory named before, or named by itself or a
    symbolic link after its directory was walked; ``-`` (stdin) named again. Files and directories are told
    apart by device and inode. (A hard link to a file found only in a walk is not caught: a walk keeps no key a file.)

    >>> items = named_files(["samples/", "samples/0*1_*.txt"])
    >>> [item if isinstance(item, str) else (item.path, item.reason) for item in items][-2:]
    ['samples/004_1d0961e87c14cec6.txt', ('samples/001_b5f1e6c3974f0a2e.txt', 'named twice: read once')]
    >>> [item if isinstance(item, str) else (item.path, item.reason) for item in named_files(["-", "-"])]
    ['-', ('-', 'named twice: read once')]
    """
    seen = _SeenFiles()
    stdin_named = False
    for path in names(paths):
        if path == STDIN:  # stdin is read once: a second "-" would read nothing, silently
            yield named_twice(path) if stdin_named else path
            stdin_named = True
            continue
        status = _status(path)
        if status is not None and stat.S_ISDIR(status.st_mode):
            found = seen.walk(path)
        elif status is not None:
            found = iter([(path, seen.named(path, status))])
        else:
            found = seen.matched(path)
        for file, repeated in found:
            yield named_twice(file) if repeated else file


def named_twice(path: str) -> Reject:
    """The Reject of a file that an earlier name gave already.

    >>> named_twice("a.txt").reason
    'named twice: read once'
    """
    return Reject(shown_path(path), None, "named twice: read once")


# What reading an input, gzip data among it, may raise (`_read_failure`).
_READ_ERRORS = (OSError, EOFError, zlib.error)


def _read_failure(path: str, error: OSError | EOFError | zlib.error) -> Reject:
    """The Reject of an input whose reading raised ``error``: the system's reason, or gzip data cut short or corrupt.

    >>> _read_failure("a.gz", EOFError()).reason, _read_failure("a.gz", zlib.error()).reason
    ('cannot read: gzip data cut short', 'cannot read: corrupt gzip data')
    """
    if isinstance(error, EOFError):
        return cannot_read(path, "gzip data cut short")
    if isinstance(error, zlib.error):
        return cannot_read(path, "corrupt gzip data")
    return cannot_read(path, error)


def cannot_read(path: str, why: OSError | str) -> Reject:
    """The Reject of an input that cannot be read: a file, a folder, stdin.

    >>> cannot_read("a.txt", FileNotFoundError(2, "No such file or directory")).reason, cannot_read("-", "stdin is closed").reason
    ('cannot read: No such file or directory', 'cannot read: stdin is closed')
    """
    reason = (why.strerror or str(why)) if isinstance(why, OSError) else why
    return Reject(shown_path(path), None, f"cannot read: {reason}")


def _status(path: str) -> os.stat_result | None:
    """``os.stat`` of ``path`` (links followed); None when there is nothing there to read."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _key(status: os.stat_result) -> int:
    """A file's or directory's device and inode as one int (a tuple of two takes twice the memory)."""
    return status.st_dev << 64 | status.st_ino


class _SeenFiles:
    """The files named so far (and matched by globs) and the directories walked, by `_key`: what tells a
    later name's files that were read already. Files found under a directory are not kept one by one,
    so that memory does not grow with a walked corpus; a later name of one is found by its directories."""

    def __init__(self) -> None:
        self.files: set[int] = set()
        self.directories: set[int] = set()
        self.unlisted: set[str] = set()  # the absolute paths of the folders a walk could not list

    def named(self, path: str, status: os.stat_result | None = None) -> bool:
        """Whether the file named ``path`` (its ``status`` when known) was given already (it is kept as
        given now); a name that is no file (a missing one, for reading to report) never was."""
        status = status or _status(path)
        if status is None or not stat.S_ISREG(status.st_mode):
            return False
        key = _key(status)
        repeated = key in self.files or self._under_walked_directory(path)
        self.files.add(key)
        return repeated

    def _under_walked_directory(self, path: str) -> bool:
        """Whether a folder of ``path``, or of the file a link ``path`` points to, was walked (and not a folder
        under it that the walk could not list)."""
        if not self.directories:
            return False
        places = [os.path.abspath(path)] + ([os.path.realpath(path)] if os.path.islink(path) else [])
        for place in places:
            folder, parent = place, None
            while folder != parent:
                folder, parent = os.path.dirname(folder), folder
                if folder in self.unlisted:
                    break
                status = _status(folder)
                if status is not None and _key(status) in self.directories:
                    return True
        return False

    def walk(self, directory: str) -> Iterator[tuple[str | Reject, bool]]:
        """The files under ``directory`` (sorted, recursive, links followed, hidden files and folders left
        out), each with whether it was given already: in a directory an earlier name walked, or named before.
        A directory met twice in one walk (a link loop) is walked once, silently; one that cannot be listed
        (or looked at) is a Reject, and not walked: a file in it named later is read then."""
        walked: set[int] = set()
        folders = [directory]
        while folders:
            folder = folders.pop()
            try:
                key = _key(os.stat(folder))
                if key in walked:
                    continue
                with os.scandir(folder) as scan:
                    entries = sorted(scan, key=lambda entry: entry.name)
            except OSError as error:
                self.unlisted.add(os.path.abspath(folder))
                yield cannot_read(folder, error), False
                continue
            walked.add(key)
            earlier = key in self.directories
            subfolders = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if _is_directory(entry):
                    subfolders.append(entry.path)
                elif special := _special_kind(entry):
                    yield _left_unread(entry.path, special), False
                else:
                    yield entry.path, earlier or self._named_before(entry)
            folders.extend(reversed(subfolders))
        self.directories |= walked

    def matched(self, pattern: str) -> Iterator[tuple[str | Reject, bool]]:
        """The files a glob matches (sorted), each with whether it was given already; a pattern that matches
        nothing is yielded itself, for reading to report. A pipe, socket or device matched is a Reject, as in
        a walk: a pattern names none of its matches."""
        for name in sorted(glob.glob(pattern, recursive=True)) or [pattern]:
            status = _status(name)
            special = _SPECIAL_KINDS.get(stat.S_IFMT(status.st_mode)) if status is not None else None
            yield (_left_unread(name, special), False) if special else (name, self.named(name, status))

    def _named_before(self, entry: os.DirEntry) -> bool:
        if not self.files:
            return False
        try:
            return _key(entry.stat()) in self.files
        except OSError:
            return False


def _is_directory(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


# The kinds of file that are neither folder nor regular file, by `stat.S_IFMT`: reading one found in a walk
# may wait for ever (a named pipe without a writer) or never end (``/dev/zero``).
_SPECIAL_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def _left_unread(path: str, special: str) -> Reject:
    """The Reject of a pipe, socket or device that a walk or a glob found, and that is not read."""
    return cannot_read(path, f"{special} in a folder (name it to read it)")


def _special_kind(entry: os.DirEntry) -> str | None:
    """What a walked entry that is no folder is when it is no regular file either (a pipe, a socket, a device);
    None for a regular file, and for a link to nothing, whose reading reports it. ``is_file`` asks the
    folder's listing, no system call, for an entry that is no link."""
    try:
        return None if entry.is_file() else _SPECIAL_KINDS.get(stat.S_IFMT(entry.stat().st_mode))
    except OSError:
        return None


# How much of an input's head tells JSONL from a page: its first text after a byte order mark and blank lines.
_SNIFF_BYTES = io.DEFAULT_BUFFER_SIZE


def _is_jsonl(path: str, head: bytes) -> bool:
    if path.endswith(JSONL_SUFFIXES):
        return True
    if path != STDIN and path.endswith(PAGE_SUFFIX):
        return False
    # After a byte order mark, UTF-8's, UTF-16's or UTF-32's (its BE mark, 00 00 FE FF, is UTF-16-BE's after NULs); NULs
    # stripped too: UTF-16's and UTF-32's "{" has them beside it (`_is_utf16_or_32`).
    return head.removeprefix(codecs.BOM_UTF8).lstrip(b"\x00").removeprefix(codecs.BOM_UTF16_LE).removeprefix(
        codecs.BOM_UTF16_BE
    ).lstrip(_BLANK_OR_NUL)[:1] == b"{"


# A page file is read with system calls, a block at a time: 5.6 µs a 4 KB page, where a buffered file
# object took 9.6. (A block under glibc's mmap threshold, which `bdtools.memory` fixes at 128 KB.)
_READ_BLOCK = 1 << 16
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _read_bytes(path: str) -> bytes:
    """The bytes of a file, or a gzip file (decompressed).

    >>> len(_read_bytes("samples/001_b5f1e6c3974f0a2e.txt")) == os.path.getsize("samples/001_b5f1e6c3974f0a2e.txt")
    True
    """
    descriptor = os.open(path, _READ_FLAGS)
    try:
        blocks = []
        while block := os.read(descriptor, _READ_BLOCK):
            blocks.append(block)
    finally:
        os.close(descriptor)
    raw = blocks[0] if len(blocks) == 1 else b"".join(blocks)
    return gzip.decompress(raw) if raw.startswith(GZIP_MAGIC) or path.endswith(GZIP_SUFFIX) else raw


# A JSONL line, as text, with what reading it repaired (warning codes) and how many U+FFFD the reading put in it.
_Line = tuple[str, tuple[str, ...], int]


def _jsonl_records(
    lines: Iterable[_Line], path: str, seen_ids: SeenIds | None, encoding: str = "utf-8",
) -> Iterator[Record | Reject]:
    number = 0
    for line, repairs, unread in lines:
        number += 1
        # A mark alone is a blank line too: a joined file's that was written as a mark and a blank line.
        if not line.lstrip(BYTE_ORDER_MARK).strip():
            if "nul_padding" in repairs:  # a line of NULs alone: no record to warn, and not lost silently
                yield Reject(shown_path(path), number, _NUL_PADDING_REJECT)
            continue
        item = jsonl_record(line.rstrip("\r\n"), path, number, seen_ids, repairs, unread, encoding)
        pieces = _carriage_return_lines(line, item)
        if not pieces:
            yield item
            continue
        last = number + len(pieces) - 1
        for piece_number, piece in enumerate(pieces, start=number):
            if piece.strip():
                own = piece.count(_UNREAD_MARK) if unread else 0  # each piece's own, marked (`_whole_lines`)
                own_repairs = _piece_repairs(repairs, piece, piece_number == last)
                yield jsonl_record(piece, path, piece_number, seen_ids, own_repairs, own, encoding)
        number = last  # the lines after them are numbered on from them


def _piece_repairs(repairs: tuple[str, ...], piece: str, last: bool) -> tuple[str, ...]:
    """What reading a line repaired (``repairs``) that its ``piece`` (`_carriage_return_lines`) holds: a crash's padding
    ends the ``last`` piece alone, and invalid UTF-8 is replaced by U+FFFD, so a piece without one had none (one with a
    U+FFFD is warned, as the text cannot tell its writer's from the reading's).

    >>> _piece_repairs(("nul_padding", "invalid_utf8"), '{"text": "Bình"}', last=False)
    ()
    >>> _piece_repairs(("nul_padding", "invalid_utf8"), '{"text": "B\\ufffdnh"}', last=True)
    ('nul_padding', 'invalid_utf8')
    """
    return tuple(
        code for code in repairs
        if (code != "nul_padding" or last) and (code != "invalid_utf8" or "\ufffd" in piece)
    )


# A carriage return that no line feed follows: JSON strings hold none (it is escaped, `\r`), so between JSON values it
# ends a line, as old Mac files and some crawlers write them (`_carriage_return_lines`).
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")


def _carriage_return_lines(line: str, item: Record | Reject) -> list[str]:
    """The lines of a JSONL ``line`` whose reading ``item`` is a Reject, split at its `_LONE_CARRIAGE_RETURN`, when each
    (but blank ones) is a JSON object with its text; none otherwise (a line that is one record, or one that is no JSON
    but for such breaks too, stays one reject: `{…}\\r{…}\\r` was one, `not JSON: Extra data`). Asked only of a reject.

    >>> line, reject = '{"text": "a"}\\r{"text": "b"}\\r', Reject("a.jsonl", 1, "not JSON: Extra data")
    >>> _carriage_return_lines(line, reject), _carriage_return_lines(line + "{", reject)
    (['{"text": "a"}', '{"text": "b"}'], [])
    """
    if not isinstance(item, Reject) or _LONE_CARRIAGE_RETURN.search(line) is None:
        return []
    pieces = _LONE_CARRIAGE_RETURN.split(line.rstrip("\r\n"))
    readable = all(isinstance(parse_jsonl_line(piece, "", 0), dict) for piece in pieces if piece.strip())
    return pieces if readable else []


# What a line of NULs alone is rejected as: a crash's padding at the input's end, or its hole in the middle (a crawler
# started again after it), which a stream cannot tell apart until its end.
_NUL_PADDING_REJECT = "a line of NUL bytes alone (a crash's): no record"


def _utf8_lines(lines: Iterable[bytes]) -> Iterator[_Line]:
    """JSONL lines' bytes as UTF-8 (as read from a file or stdin, each with its line feed but the last): invalid bytes
    replaced (``invalid_utf8``), and the NULs that end a line but for its blank space, a crash's padding (two or more:
    UTF-8 text holds none, and a JSON line no NUL at all), taken off (``nul_padding``, `_without_padding`).

    >>> list(_utf8_lines([b'{"text": "N\\xe1\\xbb\\x99i"}\\n', b'{"text": "\\xff"}\\n', b"{}\\x00\\x00"]))
    [('{"text": "Nội"}\\n', (), 0), ('{"text": "\\ufffd"}\\n', ('invalid_utf8',), 0), ('{}', ('nul_padding',), 0)]
    """
    for line in lines:
        repairs: tuple[str, ...] = ()
        if line.rstrip(_BLANK).endswith(b"\x00\x00"):  # the bytes of a page's padding, read line by line
            kept, blank = _without_padding(line)
            line, repairs = kept + blank, ("nul_padding",) * (kept is not line)
        try:
            yield line.decode("utf-8"), repairs, 0
        except UnicodeDecodeError:  # counted as ``invalid_utf8``, uncounted, as a page's are
            yield line.decode("utf-8", errors="replace"), repairs + ("invalid_utf8",), 0


def read_stdin(seen_ids: SeenIds | None = None) -> Iterator[Record | Reject]:
    """Stdin: JSONL is read line by line as it arrives (``tail -f | bdtools …``); a raw page whole.

    >>> saved = sys.stdin
    >>> sys.stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "0000000000000000", "text": "PORTAL - Lead."}\\n[1]\\n'))
    >>> [(item.get("text"), item.get("id")) if isinstance(item, dict) else item.reason for item in read_stdin()]
    [('PORTAL - Lead.', '0000000000000000'), 'not a JSON object']
    >>> sys.stdin = saved
    """
    if sys.stdin is None:
        yield cannot_read(STDIN, "stdin is closed")
        return
    try:
        yield from _stdin_records(sys.stdin.buffer, seen_ids)
    except _READ_ERRORS as error:
        yield _read_failure(STDIN, error)


def _stdin_records(stream: Any, seen_ids: SeenIds | None) -> Iterator[Record | Reject]:
    if not hasattr(stream, "peek"):  # an in-memory stdin (tests, embedding): no need to stream it
        stream = io.BufferedReader(io.BytesIO(stream.read()))
    if stream.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC):  # "zcat"'s work, done as it streams
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))
    # A byte order mark, then whole blank lines, are read on until text comes, which tells JSONL from a
    # page: they are given back to either, so that line numbers stay as they were (a page keeps its mark).
    bom = stream.read(len(codecs.BOM_UTF8)) if stream.peek(len(codecs.BOM_UTF8)).startswith(codecs.BOM_UTF8) else b""
    lead = b""
    while (head := stream.peek(_SNIFF_BYTES)) and not (lead + head).strip():
        if not (whole_lines := head.rfind(b"\n") + 1):
            break
        lead += stream.read(whole_lines)
    if not (bom or lead or head):
        return  # nothing at all: no page, as an empty stream of records holds none ("… | bdtools clean" after nothing)
    if _is_jsonl(STDIN, lead + head) and _is_utf16_or_32(lead + head):  # read whole, as a file in UTF-16 is
        yield from _jsonl_bytes_records(lead + stream.read(), STDIN, seen_ids)
    elif _is_jsonl(STDIN, lead + head):
        lines = itertools.chain(io.BytesIO(lead), stream)
        yield from _jsonl_records(_utf8_lines(lines), STDIN, seen_ids)
    else:
        yield page_record(bom + lead + stream.read(), STDIN)


def shown_path(path: str) -> str:
    """A path as records and messages name it: bytes of a file name that are not UTF-8 (which Python keeps
    as lone surrogates, and no UTF-8 output can hold) become U+FFFD.

    >>> shown_path("samples/a.txt"), shown_path(os.fsdecode(b"bad\\xff.txt"))
    ('samples/a.txt', 'bad\ufffd.txt')
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_path(path: Name, seen_ids: SeenIds | None = None) -> Iterator[Record | Reject]:
    """Records from one file, gzip file or stdin; an unreadable file gives one Reject. JSONL ids are made
    unique among its own and ``seen_ids`` (see `jsonl_record`).

    >>> [record["source"]["path"] for record in read_path("samples/001_b5f1e6c3974f0a2e.txt")]
    ['samples/001_b5f1e6c3974f0a2e.txt']
    >>> [item.reason for item in read_path("no/such/file.txt")]
    ['cannot read: No such file or directory']
    """
    seen_ids = {} if seen_ids is None else seen_ids
    path = os.fsdecode(path)
    if path == STDIN:
        yield from read_stdin(seen_ids)
        return
    try:
        raw = _read_bytes(path)
    except _READ_ERRORS as error:
        yield _read_failure(path, error)
        return
    if not _is_jsonl(path.removesuffix(GZIP_SUFFIX), raw[:_SNIFF_BYTES]):
        yield page_record(raw, path)
        return
    yield from _jsonl_bytes_records(raw, path, seen_ids)


def _jsonl_bytes_records(raw: bytes, path: str, seen_ids: SeenIds | None) -> Iterator[Record | Reject]:
    """The records of JSONL bytes, a file's or stdin's. UTF-8 with NULs (a crash's hole or padding: `record / NULs /
    record`, a record cut by them) or bytes that are no UTF-8 is read line by line (`_utf8_lines`), each bad line a
    reject or warned alone: the page test for binary data, whole, rejected a file of 200 records for a 4 KB hole.
    UTF-16 or UTF-32 (`_is_utf16_or_32`) or a code page is read whole, each record warned ``legacy_encoding`` and what the reading
    repaired, and the bytes of its line the reading could not read counted (`_unread_marked`).

    >>> items = _jsonl_bytes_records(b'{"text": "a"}\\n\\x00\\x00\\x00\\x00\\n{"text": "b"}\\n', "c.jsonl", {})
    >>> [item["text"] if isinstance(item, dict) else item.line for item in items]
    ['a', 2, 'b']
    """
    if b"\x00" not in raw or _is_utf16_or_32(raw) or not raw.strip(_BLANK_OR_NUL):  # NULs alone: `_NUL_PADDING_ONLY`
        try:
            decoded = decode(raw)
        except NotText as error:
            yield Reject(shown_path(path), None, str(error))
            return
        if decoded.encoding not in ("utf-8", "utf-8-sig") or not decoded.repairs:
            repairs = decoded.repairs + ("legacy_encoding",) * decoded.encoding.startswith(("utf-16", "utf-32"))
            lines = _whole_lines(_unread_marked(raw, decoded), repairs)
            yield from _jsonl_records(lines, path, seen_ids, decoded.encoding)
            return
    # Line by line, as stdin: the lines repaired are warned, and a line's NULs judged as the line's (`_utf8_lines`).
    yield from _jsonl_records(_utf8_lines(io.BytesIO(raw)), path, seen_ids)


def _whole_lines(text: str, repairs: tuple[str, ...]) -> Iterator[_Line]:
    """The lines of JSONL ``text`` read whole, each with the reading's ``repairs``, but ``nul_padding`` the last line's
    alone: the padding ended the input, not every line (each record was warned); and the count of its `_UNREAD_MARK`,
    which stay in the line until `jsonl_record` has told those of its text (`_unread_in_text`) and made them U+FFFD.

    >>> list(_whole_lines('{"text": "a"}\\n{"text": "\\udcfd"}', ("nul_padding", "legacy_encoding")))
    [('{"text": "a"}', ('legacy_encoding',), 0), ('{"text": "\\udcfd"}', ('nul_padding', 'legacy_encoding'), 1)]
    """
    lines = text.split("\n")
    every = tuple(code for code in repairs if code != "nul_padding")
    marked = _UNREAD_MARK in text
    for number, line in enumerate(lines, start=1):
        yield line, repairs if number == len(lines) else every, line.count(_UNREAD_MARK) if marked else 0


def _unread_marked(raw: bytes, decoded: Decoded) -> str:
    """The text of ``raw`` as ``decoded`` read it, but for the U+FFFD its reading (UTF-16's, a code page's) put in for
    bytes it could not read: `_UNREAD_MARK` each, so that a JSONL file read whole counts each line's (`_whole_lines`).
    ``decoded``'s own text when it has no U+FFFD or was read as UTF-8 (whose lines are read apart, `_utf8_lines`).

    >>> raw = "{}\\n".encode("cp1252") + b'{"text": "Caf\\xe9 \\x81 \\\\ufffd"}'
    >>> _unread_marked(raw, decode(raw)).split("\\n")[1]
    '{"text": "Café \\udcfd \\\\ufffd"}'
    """
    if "\ufffd" not in decoded.text or _unread_code(decoded.encoding) is None:
        return decoded.text
    return _bytes_read(raw, decoded).decode(decoded.encoding, errors=_UNREAD_HANDLER)


def _is_utf16_or_32(head: bytes) -> bool:
    """Whether JSONL bytes are UTF-16 or UTF-32: a byte order mark of either, or a NUL beside their first character
    (``{``), which no UTF-8 line holds.

    >>> _is_utf16_or_32('{"text": "Ngày"}'.encode("utf-16-be")), _is_utf16_or_32(b'\\x00\\x00\\n{"text": "Ng\\xc3\\xa0y"}')
    (True, False)
    >>> _is_utf16_or_32('{"text": "Ngày"}'.encode("utf-32")), _is_utf16_or_32('{"text": "Ngày"}'.encode("utf-32-be"))
    (True, True)
    """
    return head.startswith(_UTF16_OR_32_BOMS) or head.lstrip(_BLANK_OR_NUL)[1:2] == b"\x00"


def streamed(path: str) -> bool:
    """Whether ``path`` is read as a stream of records (stdin, a file named JSONL) rather than as a page file.

    >>> streamed("-"), streamed("crawl.jsonl.gz"), streamed("samples/001_b5f1e6c3974f0a2e.txt")
    (True, True, False)
    """
    return path == STDIN or path.removesuffix(GZIP_SUFFIX).endswith(JSONL_SUFFIXES)


def page_file(path: str) -> bool:
    """Whether ``path`` is a regular file that holds one page by its name (``.txt``, ``.txt.gz``): any
    process can read it by its path. Other files may hold JSONL (`_is_jsonl` reads their head); a pipe
    such as ``/dev/fd/63`` is open only in this process.

    >>> page_file("samples/001_b5f1e6c3974f0a2e.txt"), page_file("samples/"), page_file("no/such/file.txt")
    (True, False, False)
    """
    return path.removesuffix(GZIP_SUFFIX).endswith(PAGE_SUFFIX) and os.path.isfile(path)


def inputs(paths: Paths) -> Iterator[str | Record | Reject]:
    """Every input in order: a `page_file` as its path, for the process that handles it to read
    (`read_path`), and the records of every other input, read here as they come.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as stream:
    ...     _ = stream.write('{"id": "0000000000000000", "text": "PORTAL - Lead."}\\n')
    >>> [item if isinstance(item, str) else item["id"] for item in inputs(["samples/001_b5f1e6c3974f0a2e.txt", stream.name])]
    ['samples/001_b5f1e6c3974f0a2e.txt', '0000000000000000']
    >>> os.remove(stream.name)
    """
    seen_ids: SeenIds = {}
    for path in named_files(paths):
        if isinstance(path, Reject) or page_file(path):
            yield path
        else:
            yield from read_path(path, seen_ids)


def read(paths: Paths) -> Iterator[Record | Reject]:
    """Every record of every input, in order: ``paths`` names files, folders, globs or ``-`` (stdin), as str or
    `pathlib.Path`, in a list or one alone (`names`).

    >>> [record["source"]["path"] for record in read(["samples/"])][:2]
    ['samples/000_2a2882c010271b55.txt', 'samples/001_b5f1e6c3974f0a2e.txt']
    """
    seen_ids: SeenIds = {}
    for path in named_files(paths):
        if isinstance(path, Reject):
            yield path
        else:
            yield from read_path(path, seen_ids)
