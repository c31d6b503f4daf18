"""Turning an article file's bytes into text, or refusing them with a reason.

Order: a byte-order mark, then strict UTF-8 (nearly every file), then a detector
(charset-normalizer) when the file has enough non-ASCII bytes for a guess to mean
something, else cp1252 with replacement (the usual encoding of older Western news).
"""

from __future__ import annotations

import codecs

# A news article is a few kilobytes; a file this big is not one, and reading it would
# stall the list. The message names the limit so the user knows what happened.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024

# Below this many non-ASCII bytes a detector's guess is noise (two accented letters
# read as UTF-16 Chinese); cp1252 is the better bet for such a file.
MIN_DETECTOR_BYTES = 8

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The detector often names a sibling of cp1252 (cp1250, cp775) for Western text whose
# few accented letters all those code pages share; when cp1252 reads the bytes as
# cleanly as the detector's pick, cp1252 is the one meant.
_FALLBACK = "cp1252"
_ASCII_BYTES = bytes(range(128))


class DecodingError(ValueError):
    """Bytes that are not an article's text; the message says why, for the user."""


def decode_article_bytes(raw: bytes) -> tuple[str, str]:
    """The text of an article file and the encoding it was read with.

    Raises DecodingError for an empty file, a binary file (NUL bytes) or one larger
    than MAX_ARTICLE_BYTES. Line endings and control characters are left for the
    sanitiser.
    """
    if not raw:
        raise DecodingError("the file is empty")
    if len(raw) > MAX_ARTICLE_BYTES:
        raise DecodingError(
            f"the file is too large ({len(raw):,} bytes; the limit is "
            f"{MAX_ARTICLE_BYTES:,} bytes)"
        )
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(encoding, errors="replace")
            if "\x00" in text:
                raise DecodingError("the file is binary (it contains NUL bytes)")
            return text, encoding + " (byte-order mark)"
    if b"\x00" in raw:
        raise DecodingError("the file is binary (it contains NUL bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly, "utf-8 (with replacement)"
    high_bytes = len(raw.translate(None, _ASCII_BYTES))  # what is left once ASCII is deleted
    if high_bytes >= MIN_DETECTOR_BYTES:
        detected = _detect(raw)
        if detected is not None:
            return raw.decode(detected, errors="replace"), detected
    return raw.decode(_FALLBACK, errors="replace"), _FALLBACK


def _mostly_utf8(raw: bytes) -> str | None:
    # Scraped news is often UTF-8 with a few stray bytes from another encoding (a cp1252
    # dash pasted in). Valid multi-byte UTF-8 sequences almost never occur by chance in
    # single-byte text, so when they clearly outnumber the invalid bytes the file is
    # UTF-8, and reading it as cp1252 would turn every accent into mojibake ("cafÃ©").
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for char in text if char > "\x7f") - invalid
    return text if valid >= 2 * invalid and valid > 0 else None


def _detect(raw: bytes) -> str | None:
    # Imported here: most files are UTF-8 and never pay for the detector's import.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if _FALLBACK in match.could_be_from_charset and match.percent_chaos <= best.percent_chaos:
            return _FALLBACK
    encoding: str = best.encoding
    return encoding
