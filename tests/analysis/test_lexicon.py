"""The phrase tables: the fast word split gives what the token pattern gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import lexicon
from reader.analysis.tokens import token_texts


@pytest.mark.parametrize("phrase", [
    "United States", "People's Republic of Tarsia", "Saint-Aubin", "U.S.", "São Miguel",
    "Côte d'Ivoire", "Guinea-Bissau", "Tarsia",
])
def test_split_is_the_token_regex(phrase: str) -> None:
    assert lexicon._split(phrase) == tuple(token_texts(phrase))


def test_tables_built_with_the_regex_alone_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_split", lambda phrase: tuple(token_texts(phrase)))
    slow = lexicon.build_lexicon()
    fast = lexicon.LEXICON
    assert slow.by_first.as_dict() == fast.by_first.as_dict()
    assert slow.upper_by_first.as_dict() == fast.upper_by_first.as_dict()
    assert slow.lower_words == fast.lower_words
    assert slow.country_names == fast.country_names
    assert len(fast.by_first.first_words()) > 1000


def _tables(lex: lexicon.Lexicon) -> tuple[object, ...]:
    return (lex.by_first.as_dict(), lex.upper_by_first.as_dict(), lex.country_names,
            lex.lower_words)


def test_the_cache_file_holds_the_tables_built_now() -> None:
    # Fails after a change to the country table, the known bodies, the collective nouns
    # or the token pattern: run tools/build_regex_cache.py (until then every start builds
    # the tables, slower, with the same answers).
    cached = lexicon.cached_lexicon()
    assert cached is not None
    built = lexicon.build_lexicon()
    assert _tables(cached) == _tables(built)
    assert len(built.by_first.first_words()) > 1000 and built.country_names
    # Phrases again, in the same order: the finders read .kind, .key and .words.
    for table, built_table in ((cached.by_first.as_dict(), built.by_first.as_dict()),
                               (cached.upper_by_first.as_dict(), built.upper_by_first.as_dict())):
        assert list(table) == list(built_table)
        for first, phrases in table.items():
            assert all(type(p) is lexicon.Phrase for p in phrases), first
    assert _tables(lexicon.LEXICON) == _tables(built)


def test_a_cache_written_now_reads_back_the_same(tmp_path: Path) -> None:
    path = str(tmp_path / "lexicon.marshal")
    assert lexicon.write_cache(path) == sum(
        map(len, lexicon.build_lexicon().by_first.made.values()))
    again = lexicon.cached_lexicon(path)
    assert again is not None
    assert _tables(again) == _tables(lexicon.build_lexicon())


def test_a_cache_of_other_sources_or_no_cache_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "lexicon.marshal")
    assert lexicon.cached_lexicon(path) is None  # missing
    (tmp_path / "lexicon.marshal").write_bytes(b"\x00not marshal")
    assert lexicon.cached_lexicon(path) is None  # garbled
    lexicon.write_cache(path)
    assert lexicon.cached_lexicon(path) is not None
    monkeypatch.setattr(lexicon, "KNOWN_ORGS", {**lexicon.KNOWN_ORGS, "Quillfeather Trust": "x"})
    assert lexicon.cached_lexicon(path) is None  # made from other lists
    monkeypatch.setattr(lexicon, "TABLE", lexicon.TABLE + "\nXQ|Qzland|Qzlander|Qzton")
    assert lexicon.cached_lexicon(path) is None
    monkeypatch.setattr(lexicon, "TOKEN_PATTERN", lexicon.TOKEN_PATTERN + "|x")
    assert lexicon.cached_lexicon(path) is None
