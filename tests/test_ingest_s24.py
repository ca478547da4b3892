"""Reading hostile inputs (session 24): every input record comes out, warned for what its reading did, or is reported
with a one-line reason naming its file."""

from __future__ import annotations

import codecs
import io
import json
import sys
import unicodedata

import pytest
import regex

from bdtools import ingest

from conftest import SAMPLE_FILES, cp1258

UNDEFINED_BYTE = "that the Windows code page has no character for, replaced by U+FFFD"
INVALID_UTF16 = "of UTF-16 that no character has (a lone surrogate or an odd last byte), replaced by U+FFFD"
LOST = "replacement characters (U+FFFD) in the text: bytes lost before it was read"
# A crawler's line whose text holds U+FFFD it wrote (escaped, as a code page cannot hold the character itself).
WRITTEN = '{"url": "a", "text": "Ng\\ufffdy 05/01/2022, B\\ufffdnh Dương"}\n'
CLEAN = '{"url": "b", "text": "Tỉnh Bình Dương tổng kết năm 2021."}\n'


def utf16_lines(encoding: str, *tails: bytes) -> bytes:
    """JSONL lines in UTF-16 ``encoding`` (its mark with ``utf-16``), each with a tail of bytes at the end of its text."""
    lines = [WRITTEN, CLEAN]
    order = "utf-16-le" if encoding == "utf-16" else encoding
    mark = "\ufeff".encode(order) if encoding == "utf-16" else b""
    return mark + b"".join(
        line[:-3].encode(order) + tail + line[-3:].encode(order) for line, tail in zip(lines, tails, strict=True)
    )



def read_crawl(tmp_path, raw: bytes) -> list:
    """The records and rejects of a JSONL file of ``raw`` bytes."""
    (tmp_path / "crawl.jsonl").write_bytes(raw)
    return list(ingest.read_path(str(tmp_path / "crawl.jsonl")))

# Bytes our reading of a JSONL file read whole could not read are the reading's (`undefined_bytes`, `invalid_utf16`),
# counted by the line, as a page's are; the U+FFFD its writer wrote are `replacement_characters`. Both were counted
# `replacement_characters`, "bytes lost before it was read", and the reading's warned nowhere.
# Each case: the bytes, and each line's warnings but `legacy_encoding`.
UNREAD_IN_JSONL: dict[str, tuple[bytes, list[list[tuple[str, str]]]]] = {
    "Windows-1252, an undefined byte in the second line": (
        WRITTEN.replace("Dương", "Duong").encode("cp1252") + b'{"text": "Caf\xe9 \x81 d\xe9j\xe0"}\n',
        [[("replacement_characters", f"2 {LOST}")],
         [("undefined_bytes", f"1 byte {UNDEFINED_BYTE}")]]),
    "Windows-1258, written and undefined in one line": (
        cp1258(WRITTEN[:-3]) + b" \x8a\x9a" + cp1258(WRITTEN[-3:] + CLEAN),
        [[("undefined_bytes", f"2 bytes {UNDEFINED_BYTE}"), ("replacement_characters", f"2 {LOST}")],
         []]),
    "UTF-16 with its mark, a lone surrogate in the second line": (
        utf16_lines("utf-16", b"", " \ud83d".encode("utf-16-le", "surrogatepass")),
        [[("replacement_characters", f"2 {LOST}")],
         [("invalid_utf16", f"1 code unit {INVALID_UTF16}")]]),
    "UTF-16-LE without a mark, written and lone in one line": (
        utf16_lines("utf-16-le", " \ud83d\ud83d".encode("utf-16-le", "surrogatepass"), b""),
        [[("invalid_utf16", f"2 code units {INVALID_UTF16}"), ("replacement_characters", f"2 {LOST}")],
         []]),
    "UTF-16-BE without a mark, a written U+FFFD itself (not escaped) and a lone surrogate": (
        utf16_lines("utf-16-be", " \ufffd \udc00".encode("utf-16-be", "surrogatepass"), b""),
        [[("invalid_utf16", f"1 code unit {INVALID_UTF16}"), ("replacement_characters", f"3 {LOST}")],
         []]),
    # The reading's U+FFFD in another field than the text: the text's own are its writer's all the same.
    "Windows-1252, an undefined byte in the title, written U+FFFD in the text": (
        b'{"title": "Caf\xe9 \x81", ' + WRITTEN[1:].replace("Dương", "Duong").encode("cp1252"),
        [[("undefined_bytes", f"1 byte {UNDEFINED_BYTE}"), ("replacement_characters", f"2 {LOST}")]]),
    "UTF-16-LE without a mark, a lone surrogate in a key, written U+FFFD in the text": (
        '{"ti'.encode("utf-16-le") + "\udc00".encode("utf-16-le", "surrogatepass")
        + ('tle": "x", ' + WRITTEN[1:] + CLEAN).encode("utf-16-le"),
        [[("invalid_utf16", f"1 code unit {INVALID_UTF16}"), ("replacement_characters", f"2 {LOST}")],
         []]),
    # Lines ended by carriage returns alone (`_carriage_return_lines`): each piece counts its own.
    "UTF-16-LE lines ended by carriage returns, its mark, a written U+FFFD in the first, a lone surrogate in the second": (
        '\ufeff{"text": "Ng\ufffdy"}\r{"text": "B'.encode("utf-16-le") + "\udc00".encode("utf-16-le", "surrogatepass")
        + 'nh"}\r'.encode("utf-16-le"),
        [[("replacement_characters", "1 replacement character (U+FFFD) in the text: bytes lost before it was read")],
         [("invalid_utf16", f"1 code unit {INVALID_UTF16}")]]),
}


@pytest.mark.parametrize("case", UNREAD_IN_JSONL)
def test_a_jsonl_file_read_whole_counts_each_lines_unread_bytes_apart_from_its_writers_replacement_characters(case, tmp_path):
    raw, warned = UNREAD_IN_JSONL[case]
    records = read_crawl(tmp_path, raw)
    assert [
        [(warning["code"], warning["message"]) for warning in record["warnings"] if warning["code"] != "legacy_encoding"]
        for record in records
    ] == warned
    assert all("legacy_encoding" in {warning["code"] for warning in record["warnings"]} for record in records)
    assert "\udcfd" not in json.dumps(records)  # the reading's mark is U+FFFD in the record
    (tmp_path / "out.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    assert list(ingest.read_path(str(tmp_path / "out.jsonl"))) == records  # ours pass on: warned once


PAGE = "Thứ 4, Ngày 05/01/2022, 16:00\nTỉnh Bình Dương tổ chức hội nghị\nPORTAL - Sáng ngày 5/1, UBND tỉnh họp.\nChia sẻ:\n"
CJK_PAGE = "2022年1月5日\n平陽省人民委員会は会議を開催しました。\n"
INVALID_UTF32 = "of UTF-32 that no character has (a surrogate, beyond U+10FFFF or cut short), replaced by U+FFFD"
# UTF-32 pages: their mark (FF FE 00 00) opens with UTF-16-LE's, and was read so, its NULs warned `nul_bytes` and
# `nul_padding`; UTF-32-BE with its mark and UTF-32 without one were `binary data (control characters)`.
# Each case: the bytes, the text and encoding read, and the warnings.
UTF32_PAGES: dict[str, tuple[bytes, str, str, list[str]]] = {
    "UTF-32 with its mark (LE)": (PAGE.encode("utf-32"), PAGE, "utf-32", []),
    "UTF-32-BE with its mark": (codecs.BOM_UTF32_BE + PAGE.encode("utf-32-be"), PAGE, "utf-32", []),
    "UTF-32-LE without a mark": (PAGE.encode("utf-32-le"), PAGE, "utf-32-le", []),
    "UTF-32-BE without a mark": (PAGE.encode("utf-32-be"), PAGE, "utf-32-be", []),
    "UTF-32-BE without a mark, Japanese": (CJK_PAGE.encode("utf-32-be"), CJK_PAGE, "utf-32-be", []),
    "UTF-32-LE without a mark, a crash's padding": (PAGE.encode("utf-32-le") + bytes(4099), PAGE, "utf-32-le", ["nul_padding"]),
    "UTF-32 with its mark, a crash's padding": (PAGE.encode("utf-32") + bytes(4096), PAGE, "utf-32", ["nul_padding"]),
    "UTF-32 with its mark, a code unit beyond U+10FFFF": (
        PAGE.encode("utf-32") + b"\xff\xff\xff\x7f", PAGE + "\ufffd", "utf-32", ["invalid_utf32"]),
    # UTF-16-LE's mark and a NUL character open with UTF-32-LE's mark: read as UTF-32, every code unit was U+FFFD.
    "UTF-16 with its mark, a NUL character first": (
        codecs.BOM_UTF16_LE + ("\0" + PAGE).encode("utf-16-le"), PAGE, "utf-16", ["nul_bytes"]),
    "UTF-16 with its mark, a NUL character first, Japanese": (
        codecs.BOM_UTF16_LE + ("\0" + CJK_PAGE).encode("utf-16-le"), CJK_PAGE, "utf-16", ["nul_bytes"]),
    "UTF-32 with its mark, two code units no character has": (
        PAGE.encode("utf-32") + b"\x00\xd8\x00\x00" * 2, PAGE + "\ufffd" * 2, "utf-32", ["invalid_utf32"]),
}


@pytest.mark.parametrize("case", UTF32_PAGES)
def test_a_utf32_page_is_read_as_utf32_and_a_utf16_one_that_opens_as_it_as_utf16(case, tmp_path):
    raw, text, encoding, warned = UTF32_PAGES[case]
    (tmp_path / "page.txt").write_bytes(raw)
    [record] = ingest.read_path(str(tmp_path / "page.txt"))
    assert (record["text"], record["source"]["encoding"]) == (text, encoding)
    assert [warning["code"] for warning in record.get("warnings", [])] == warned


def test_a_utf32_code_unit_no_character_has_is_counted_as_the_readings():
    record = ingest.page_record(PAGE.encode("utf-32") + b"\x00\xd8\x00\x00" * 2, "page.txt")
    assert [(warning["code"], warning["message"]) for warning in record["warnings"]] == [
        ("invalid_utf32", f"2 code units {INVALID_UTF32}")]


@pytest.mark.parametrize("raw", [
    bytes(range(1, 40)).replace(b"", b"\x00\x00\x00")[3:],  # 32-bit numbers, small: control characters as UTF-32
    "A\nB\nC\nD\nE\nF\nG\nH\n".encode("utf-16-le"),  # UTF-16 whose every other character is a line feed: U+A0041 ...
])
def test_bytes_that_read_as_utf32_but_are_no_writing_are_read_as_before(raw):
    """UTF-32 is taken only for written characters: other bytes go on to the UTF-16 and binary tests as before."""
    try:
        decoded = ingest.decode(raw)
    except ingest.NotText as error:
        assert str(error).startswith("binary data")
    else:
        assert not decoded.encoding.startswith("utf-32")


UTF32_LINES = [{"url": "a", "text": PAGE}, {"url": "b", "text": "PORTAL - Tin tức tỉnh Bình Dương."}]


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-32 BE with its mark"])
@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.dump"])
def test_a_utf32_jsonl_file_gives_every_record(encoding, name, tmp_path):
    """A UTF-32 JSONL file (named so or known by its head) was one reject `not JSON` per line, or binary data."""
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in UTF32_LINES)
    raw = codecs.BOM_UTF32_BE + text.encode("utf-32-be") if encoding.endswith("mark") else text.encode(encoding)
    (tmp_path / name).write_bytes(raw)
    records = list(ingest.read_path(str(tmp_path / name)))
    expected = [(line["text"], line["url"]) for line in UTF32_LINES]
    assert [(record["text"], record["extra"]["url"]) for record in records] == expected
    assert all([warning["code"] for warning in record["warnings"]] == ["legacy_encoding"] for record in records)


def test_utf32_jsonl_on_stdin_gives_every_record(monkeypatch):
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in UTF32_LINES)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-32"))))
    assert [record["text"] for record in ingest.read_stdin()] == [line["text"] for line in UTF32_LINES]


def cp1258_decomposed(text: str) -> bytes:
    """Windows-1258 as a writer that decomposes every tone writes it: each tone a combining mark after its letter, even
    where the code page has the letter precomposed (``à`` as ``a`` and U+0300); the other marks (â, ă, ơ) composed."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(
        unicodedata.normalize("NFC", "".join(mark for mark in cluster if mark not in TONES))
        + "".join(mark for mark in cluster if mark in TONES)
        for cluster in regex.findall(r"\X", decomposed)
    ).encode("cp1258")


TONES = "\u0300\u0301\u0303\u0309\u0323"
CODE_PAGE_FORMS = {"Windows-1258": cp1258, "Windows-1258 with every tone decomposed": cp1258_decomposed}


@pytest.mark.parametrize("form", CODE_PAGE_FORMS)
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name[:3])
def test_a_windows_1258_page_comes_out_nfc_as_its_utf8_twin_not_garbled(form, sample):
    """Windows-1258 writes Vietnamese with combining tones (finding 2 of session 23: not reproduced; held here)."""
    twin = ingest.page_record(sample.read_bytes(), "page.txt")
    record = ingest.page_record(CODE_PAGE_FORMS[form](sample.read_text(encoding="utf-8")), "page.txt")
    assert record["text"] == twin["text"] and unicodedata.is_normalized("NFC", record["text"])
    assert [warning["code"] for warning in record["warnings"]] == ["legacy_encoding"]


@pytest.mark.parametrize("form", CODE_PAGE_FORMS)
def test_a_windows_1258_jsonl_line_comes_out_nfc(form, tmp_path):
    [record] = read_crawl(tmp_path, CODE_PAGE_FORMS[form](json.dumps({"text": PAGE}, ensure_ascii=False) + "\n"))
    assert record["text"] == PAGE and [warning["code"] for warning in record["warnings"]] == ["legacy_encoding"]


# NFKD input (DESIGN: the text is made NFC, not NFKC; ftfy's width and ligature fixes are off): its tones compose again,
# and the compatibility forms NFKD took apart stay apart (nothing can tell them); NFC input keeps its own.
COMPATIBILITY = "Thứ 4, Ngày 05/01/2022\nＢＥＧＩＣ ﬁnance oﬃce ① Tỉnh Bình Dương phát triển ²\n"


@pytest.mark.parametrize(("form", "text"), [
    ("NFC", COMPATIBILITY),
    ("NFD", COMPATIBILITY),
    ("NFKC", "Thứ 4, Ngày 05/01/2022\nBEGIC finance office 1 Tỉnh Bình Dương phát triển 2\n"),
    ("NFKD", "Thứ 4, Ngày 05/01/2022\nBEGIC finance office 1 Tỉnh Bình Dương phát triển 2\n"),
])
def test_compatibility_forms_are_kept_and_tones_compose_whatever_the_normal_form(form, text, tmp_path):
    raw = unicodedata.normalize(form, COMPATIBILITY)
    assert ingest.page_record(raw.encode(), "page.txt")["text"] == text
    (tmp_path / "crawl.jsonl").write_text(json.dumps({"text": raw}) + "\n", encoding="utf-8")
    assert [record["text"] for record in ingest.read_path(str(tmp_path / "crawl.jsonl"))] == [text]


# JSONL lines ended by carriage returns alone (old Mac files, some crawlers): the file was one line, one reject `not JSON:
# Extra data`, and none of its records came out. Each case: the bytes, and each item as (line, text or reject reason).
CR_LINES: dict[str, tuple[bytes, list[tuple[int, str]]]] = {
    "carriage returns alone": (
        b'{"text": "a"}\r{"text": "b"}\r{"text": "c"}\r', [(1, "a"), (2, "b"), (3, "c")]),
    "carriage returns, a blank line among them, then line feeds": (
        b'{"text": "a"}\r\r{"text": "b"}\n{"text": "c"}\r\n{"text": "d"}\n', [(1, "a"), (3, "b"), (4, "c"), (5, "d")]),
    "a carriage return inside an object (JSON's blank space) is no line end": (
        b'{"text": "a",\r"url": "x"}\n{"text": "b"}\n', [(1, "a"), (2, "b")]),
    "a piece that is no record: the line stays one reject": (
        b'{"text": "a"}\r{"text": 5}\n{"text": "b"}\n', [(1, "not JSON: Extra data (column 15)"), (2, "b")]),
    "in Windows-1258": (
        cp1258('{"text": "Bình Dương"}\r{"text": "Thủ Dầu Một"}\r'), [(1, "Bình Dương"), (2, "Thủ Dầu Một")]),
    "in UTF-16": ('{"text": "a"}\r{"text": "b"}\r'.encode("utf-16"), [(1, "a"), (2, "b")]),
}


@pytest.mark.parametrize("case", CR_LINES)
def test_jsonl_lines_ended_by_carriage_returns_alone_give_their_records(case, tmp_path):
    raw, expected = CR_LINES[case]
    items = read_crawl(tmp_path, raw)
    assert [
        (item["source"]["line"], item["text"]) if isinstance(item, dict) else (item.line, item.reason) for item in items
    ] == expected


# What reading such a line repaired is its pieces' that hold it: a crash's padding ends the last piece alone, and a
# piece without U+FFFD had no invalid UTF-8 (every piece was warned both, and its written U+FFFD left uncounted).
# Each case: the bytes, each record's warnings.
CR_LINE_REPAIRS: dict[str, tuple[bytes, list[list[str]]]] = {
    "a crash's padding after the last piece": (
        '{"text": "Bình Dương"}\r{"text": "Thủ Dầu Một"}\r'.encode() + bytes(64), [[], ["nul_padding"]]),
    "a crash's padding, then a line feed": (
        '{"text": "Bình Dương"}\r{"text": "Thủ Dầu Một"}'.encode() + bytes(8) + b"\n", [[], ["nul_padding"]]),
    "invalid UTF-8 in the first piece": (
        b'{"text": "B\xecnh"}\r' + '{"text": "Thủ Dầu Một"}\r'.encode(), [["invalid_utf8"], []]),
    "invalid UTF-8 in the second piece": (
        '{"text": "Tỉnh Bình Dương"}\r{"text": "Thủ Dầu Một, B'.encode() + b'\xecnh"}\r', [[], ["invalid_utf8"]]),
}


@pytest.mark.parametrize("case", CR_LINE_REPAIRS)
def test_pieces_of_a_line_ended_by_carriage_returns_are_warned_for_their_own_repairs(case, tmp_path):
    raw, warned = CR_LINE_REPAIRS[case]
    records = read_crawl(tmp_path, raw)
    assert [[warning["code"] for warning in record.get("warnings", [])] for record in records] == warned


# A JSONL file read whole is read again with the reading's U+FFFD marked (`_unread_marked`): it must be the text
# the reading gave. UTF-16-BE's NULs before an ASCII line feed that may be its own NUL characters, but were padding
# (read whole, binary data), were read again whole: a line of NUL characters, `not JSON`, where the reading's text
# had none. Each case: bytes whose reading puts in U+FFFD.
MARKED_AS_READ = {
    "UTF-16-BE, a lone surrogate, padding then an ASCII line feed": (
        '{"text": "Bình Dương"}'.encode("utf-16-be") + "\udc00\n".encode("utf-16-be", "surrogatepass") + bytes(27) + b"\n"),
    "UTF-16-BE, a lone surrogate, a shorter padding then an ASCII line feed": (
        '{"text": "Bình Dương"}'.encode("utf-16-be") + "\udc00\n".encode("utf-16-be", "surrogatepass") + bytes(11) + b"\n"),
    "UTF-16-LE, a lone surrogate, padding then an ASCII line feed": (
        '{"text": "Bình Dương"}'.encode("utf-16-le") + "\udc00\n".encode("utf-16-le", "surrogatepass") + bytes(27) + b"\n"),
    "UTF-16 with its mark, an odd run of padding": (
        '\ufeff{"text": "B\udc00nh"}\n'.encode("utf-16-le", "surrogatepass") + bytes(7)),
    "UTF-32 with its mark, a surrogate, padding": (
        '\ufeff{"text": "B\udc00nh Dương"}\n'.encode("utf-32-be", "surrogatepass") + bytes(9)),
    "Windows-1252, an undefined byte": b'{"text": "Caf\xe9 \x81 d\xe9j\xe0 vu"}\n',
}


@pytest.mark.parametrize("case", MARKED_AS_READ)
def test_a_jsonl_file_marked_for_its_unread_bytes_is_the_text_its_reading_gave(case):
    raw = MARKED_AS_READ[case]
    decoded = ingest.decode(raw)
    assert "\ufffd" in decoded.text
    assert ingest._unread_marked(raw, decoded).replace(ingest._UNREAD_MARK, "\ufffd") == decoded.text
