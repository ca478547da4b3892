"""Fingerprints of a page body for deduplication.

Vendorable: imports only the standard library and ``regex``. Fingerprints are taken over the body
paragraphs only (never the footer or the view counter; the caller strips the agency tag), so two
crawls of one article that differ in their view counts or footers get the same fingerprint.

>>> exact_fingerprint(["The  Lead.", "Second paragraph!"]) == exact_fingerprint(["the lead", "second paragraph"])
True
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable

import regex

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def normalise(paragraph: str) -> str:
    """A paragraph reduced to its words: NFC, case-folded, no punctuation.

    >>> normalise("On the Afternoon of September 10, at the Center.")
    'on the afternoon of september 10 at the center'
    """
    text = unicodedata.normalize("NFC", paragraph)
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def normalise_body(paragraphs: Iterable[str]) -> str:
    """The body's paragraphs normalised and joined by one space.

    >>> normalise_body(["A  b.", "", "C"])
    'a b c'
    """
    return " ".join(words for words in map(normalise, paragraphs) if words)


def exact_fingerprint(paragraphs: Iterable[str]) -> str | None:
    """A 16-hex-digit hash of the normalised body; None for a body with no words.

    >>> exact_fingerprint(["Hello, world."])
    '878633aa32a3b150'
    >>> exact_fingerprint(["..."]) is None
    True
    """
    body = normalise_body(paragraphs)
    if not body:
        return None
    return hashlib.blake2b(body.encode("utf-8"), digest_size=8).hexdigest()
