"""Reading hostile inputs (session 24): every input record comes out, warned for what its reading did, or is reported
with a one-line reason naming its file."""

from __future__ import annotations

import json

import pytest

from bdtools import ingest

from conftest import cp1258

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
}


@pytest.mark.parametrize("case", UNREAD_IN_JSONL)
def test_a_jsonl_file_read_whole_counts_each_lines_unread_bytes_apart_from_its_writers_replacement_characters(case, tmp_path):
    raw, warned = UNREAD_IN_JSONL[case]
    (tmp_path / "crawl.jsonl").write_bytes(raw)
    records = list(ingest.read_path(str(tmp_path / "crawl.jsonl")))
    assert [
        [(warning["code"], warning["message"]) for warning in record["warnings"] if warning["code"] != "legacy_encoding"]
        for record in records
    ] == warned
    assert all("legacy_encoding" in {warning["code"] for warning in record["warnings"]} for record in records)
    assert "\udcfd" not in json.dumps(records)  # the reading's mark is U+FFFD in the record
    (tmp_path / "out.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    assert list(ingest.read_path(str(tmp_path / "out.jsonl"))) == records  # ours pass on: warned once
