"""The ``read`` stage: page files, directories, globs and JSONL streams become records.

Bytes are decoded (BOM, UTF-8, UTF-16, then Windows-1258), mojibake is repaired by ftfy over the
whole document, and the text is NFC with ``\\n`` line ends.

>>> record = page_record("Thứ 4\\r\\nNội dung".encode("utf-8"), "a.txt")
>>> record["text"], record["source"]["encoding"]
('Thứ 4\\nNội dung', 'utf-8')
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import os
import sys
import unicodedata
from collections.abc import Iterable, Iterator

import ftfy
from ftfy import badness

from bdtools.records import FIELDS, Record, Reject, parse_jsonl_line

JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LEGACY_ENCODING = "cp1258"


class NotText(ValueError):
    """Bytes that are not text in any encoding we read."""


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with.

    >>> decode("Chia sẻ".encode("utf-16"))
    ('Chia sẻ', 'utf-16')
    >>> decode(b"Ng\\xe0y")
    ('Ngày', 'cp1258')
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        even, odd = raw[0::2].count(0), raw[1::2].count(0)
        if max(even, odd) > len(raw) // 4:
            encoding = "utf-16-le" if odd > even else "utf-16-be"
            return raw.decode(encoding, errors="replace"), encoding
        raise NotText("binary data (NUL bytes)")
    return raw.decode(_LEGACY_ENCODING, errors="replace"), _LEGACY_ENCODING


def normalise_text(text: str) -> str:
    """Mojibake repaired (over the whole document), NFC, ``\\n`` line ends.

    >>> normalise_text("Ná»™i dung\\r\\nTiÃªu Ä‘á»\\x81")
    'Nội dung\\nTiêu đề'
    """
    if badness.is_bad(text):
        text = ftfy.fix_and_explain(text, _FTFY_CONFIG).text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def record_id(path: str, position: int | None, payload: bytes) -> str:
    """A stable 16-hex-digit id from where a page came from and its bytes.

    >>> record_id("a.txt", None, b"x")
    'b44bfcd33f9fbc7e'
    """
    digest = hashlib.sha256(f"{path}\0{position}\0".encode())
    digest.update(payload)
    return digest.hexdigest()[:16]


def page_record(raw: bytes, path: str) -> Record | Reject:
    """One raw page dump as a record."""
    try:
        text, encoding = decode(raw)
    except NotText as error:
        return Reject(path, None, str(error))
    source = {
        "path": path, "line": None, "bytes": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(), "encoding": encoding,
    }
    return {"id": record_id(path, None, raw), "source": source, "text": normalise_text(text)}


def jsonl_record(line: str, path: str, number: int) -> Record | Reject:
    """One JSONL line as a record: ours pass through unchanged, foreign ones get id and source."""
    value = parse_jsonl_line(line, path, number)
    if isinstance(value, Reject) or "source" in value:
        return value
    payload = value["text"].encode("utf-8")
    record: Record = {
        "id": value.get("id") or record_id(path, number, payload),
        "source": {
            "path": path, "line": number, "bytes": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(), "encoding": None,
        },
        "text": normalise_text(value["text"]),
    }
    extra = {key: item for key, item in value.items() if key not in FIELDS}
    if extra or "extra" in value:
        record["extra"] = {**(value.get("extra") or {}), **extra}
    return record


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, found under directories (recursive, sorted) or matched by globs; '-' is stdin.

    A name that is none of these is yielded as it is, so that reading it reports the error.
    """
    for path in paths:
        if path == STDIN or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        else:
            yield from sorted(glob.glob(path, recursive=True)) or [path]


def _walk(directory: str) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(directory, followlinks=True):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _is_jsonl(path: str, head: bytes) -> bool:
    if path.endswith(JSONL_SUFFIXES):
        return True
    if path != STDIN and path.endswith(".txt"):
        return False
    return head.lstrip()[:1] == b"{"


def read_path(path: str) -> Iterator[Record | Reject]:
    """Records from one file or stdin; an unreadable file gives one Reject."""
    try:
        if path == STDIN:
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as stream:
                raw = stream.read()
    except OSError as error:
        yield Reject(path, None, f"cannot read: {error.strerror or error}")
        return
    if not _is_jsonl(path, raw[:64]):
        yield page_record(raw, path)
        return
    try:
        text, _ = decode(raw)
    except NotText as error:
        yield Reject(path, None, str(error))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield jsonl_record(line, path, number)


def read(paths: Iterable[str]) -> Iterator[Record | Reject]:
    """Every record of every input, in order.

    >>> [record["source"]["path"] for record in read(["samples/"])][:2]
    ['samples/000_2a2882c010271b55.txt', 'samples/001_b5f1e6c3974f0a2e.txt']
    """
    for path in expand_paths(paths):
        yield from read_path(path)
