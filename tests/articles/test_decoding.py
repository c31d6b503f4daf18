"""Decoding article bytes: BOM, UTF-8, detector, cp1252 fallback, refusals."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles.decoding import (
    MAX_ARTICLE_BYTES,
    DecodingError,
    decode_article_bytes,
)

FRENCH = "Le café de José coûte 5 € — « très cher », dit-il. Naïve façade; the “quoted” end."
RUSSIAN = "Президент России Владимир Путин заявил в среду, что страна готова к переговорам."


def test_utf8_is_read_strictly() -> None:
    assert decode_article_bytes("naïve 日本".encode()) == ("naïve 日本", "utf-8")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_mark_picks_the_encoding_and_is_dropped(bom: bytes, codec: str) -> None:
    text, encoding = decode_article_bytes(bom + FRENCH.encode(codec))
    assert text == FRENCH
    assert encoding.startswith(codec)


def test_western_text_in_cp1252_is_not_read_as_a_sibling_code_page() -> None:
    text, encoding = decode_article_bytes(FRENCH.encode("cp1252"))
    assert text == FRENCH
    assert encoding == "cp1252"


def test_cyrillic_code_page_is_detected() -> None:
    text, _ = decode_article_bytes(RUSSIAN.encode("cp1251"))
    assert text == RUSSIAN


def test_few_non_ascii_bytes_fall_back_to_cp1252_without_guessing() -> None:
    # Two accented bytes: a detector would guess wildly (UTF-16 Chinese, say).
    assert decode_article_bytes("Caf\xe9 \x80 5".encode("latin-1")) == ("Café € 5", "cp1252")


def test_undefined_cp1252_bytes_become_replacement_characters() -> None:
    text, _ = decode_article_bytes(b"ab\x81cd")
    assert text == "ab\ufffdcd"


def test_empty_file_is_refused() -> None:
    with pytest.raises(DecodingError, match="empty"):
        decode_article_bytes(b"")


def test_binary_file_is_refused() -> None:
    with pytest.raises(DecodingError, match="binary"):
        decode_article_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_utf16_file_with_nul_characters_is_refused() -> None:
    with pytest.raises(DecodingError, match="binary"):
        decode_article_bytes(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))


def test_file_over_the_limit_is_refused_with_the_limit_named() -> None:
    with pytest.raises(DecodingError, match="too large") as info:
        decode_article_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    assert f"{MAX_ARTICLE_BYTES:,}" in str(info.value)


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    raw = (FRENCH * 2).encode("utf-8") + b" stray \x96 dash"
    text, encoding = decode_article_bytes(raw)
    assert text == FRENCH * 2 + " stray \ufffd dash"
    assert encoding.startswith("utf-8")


def test_single_byte_text_is_not_taken_for_broken_utf8() -> None:
    text, encoding = decode_article_bytes(FRENCH.encode("cp1252"))
    assert (text, encoding) == (FRENCH, "cp1252")


def test_text_without_ascii_still_goes_to_the_detector() -> None:
    chinese = "中国外交部发言人周三表示，中方愿意与各方合作。"
    text, encoding = decode_article_bytes(chinese.encode("gb18030"))
    assert text == chinese
    assert encoding == "gb18030"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused_with_a_reason(raw: bytes) -> None:
    try:
        text, encoding = decode_article_bytes(raw)
    except DecodingError as exc:
        assert str(exc)
        return
    assert isinstance(text, str) and encoding
    assert "\x00" not in text
