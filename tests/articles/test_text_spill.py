"""Article texts are kept packed in the spill file, not in memory, and come back whole."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.articles import article_from_text
from reader.articles import model as model_module
from reader.articles.model import TextSpill


def _body(n: int) -> str:
    return f"Article {n} with Ünïcode ’quotes’. " * 20


def test_a_text_is_written_to_the_spill_and_read_back_whole() -> None:
    before = model_module.TEXTS.size
    article = article_from_text(f"Headline one\n{_body(1)}\n", path=Path("news/one.txt"))
    place = object.__getattribute__(article, "_text_packed")
    assert isinstance(place, int)
    assert model_module.TEXTS.size > before  # written there
    model_module._unpack.cache_clear()  # read from the file, not the kept unpacked copy
    assert article.text == f"Headline one\n{_body(1)}\n"


def test_a_short_text_stays_as_it_is() -> None:
    article = article_from_text("Short\nA few words.\n")
    assert object.__getattribute__(article, "_text_packed") == "Short\nA few words.\n"


def test_texts_stay_packed_in_memory_when_no_temporary_file_can_be_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    spill = TextSpill()

    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    import tempfile

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    monkeypatch.setattr(model_module, "TEXTS", spill)
    article = article_from_text(f"Headline two\n{_body(2)}\n")
    assert isinstance(object.__getattribute__(article, "_text_packed"), bytes)
    assert article.text == f"Headline two\n{_body(2)}\n"
    assert spill.put(b"more") is None  # and it does not try again for every article


def test_texts_written_from_several_threads_each_come_back_as_written() -> None:
    spill = TextSpill()
    places: dict[int, int] = {}

    def write(worker: int) -> None:
        for n in range(200):
            key = worker * 1000 + n
            place = spill.put(f"{key}:".encode() * (n % 7 + 1))
            assert place is not None
            places[key] = place

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(places) == 800
    for key, place in places.items():
        assert spill.get(place) == f"{key}:".encode() * (key % 1000 % 7 + 1)


def test_search_words_made_later_are_the_same_and_only_in_that_thread() -> None:
    """The first screenful's articles make their word lists when first asked (the app's
    loader thread asks after the first frame): the same words as made at once."""
    import threading

    from reader.articles import article_from_text
    from reader.articles.model import search_words_later

    text = "Héadline Of Tuesday\nThe minister's talks resumed; \"Peace now,\" envoys said. (AP)\n"
    now = article_from_text(text)
    made_elsewhere: list[object] = []
    with search_words_later():
        later = article_from_text(text)
        worker = threading.Thread(target=lambda: made_elsewhere.append(article_from_text(text)))
        worker.start()
        worker.join()
    assert object.__getattribute__(later, "_search_words") is None  # not made yet
    assert isinstance(object.__getattribute__(made_elsewhere[0], "_search_words"), str)
    assert sorted(later.search_words.split()) == sorted(now.search_words.split())
    assert {"héadline", "minister", "peace", "ap"} <= set(now.search_words.split())
    assert object.__getattribute__(later, "_search_words") == later.search_words  # kept
    after = article_from_text(text)
    assert isinstance(object.__getattribute__(after, "_search_words"), str)
