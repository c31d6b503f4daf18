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


def test_dead_bytes_are_reclaimed_once_they_outweigh_the_live_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_module, "COMPACT_MIN_DEAD", 100)  # a small library
    spill = TextSpill()
    texts = {spill.put(f"text {n}:".encode() * 20): f"text {n}:".encode() * 20
             for n in range(10)}
    assert None not in texts
    handles = list(texts)
    full = spill.size
    for handle in handles[:4]:  # four of ten gone: dead < live, nothing moves yet
        assert handle is not None
        spill.free(handle)
    extra = spill.put(b"one more")
    assert extra is not None and spill.size == full + len(b"one more")
    for handle in handles[4:7]:  # seven of ten gone: dead > live, the next write reclaims
        assert handle is not None
        spill.free(handle)
    last = spill.put(b"and the last")
    assert last is not None
    kept = {h: texts[h] for h in handles[7:]}
    kept[extra], kept[last] = b"one more", b"and the last"
    assert spill.size == sum(len(v) for v in kept.values()) == spill.live
    for handle, data in kept.items():
        assert handle is not None and spill.get(handle) == data  # moved, whole


def test_articles_that_are_gone_give_their_space_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replaced articles (a refresh, a full text) must not make the spill grow forever."""
    monkeypatch.setattr(model_module, "COMPACT_MIN_DEAD", 1000)
    spill = TextSpill()
    monkeypatch.setattr(model_module, "TEXTS", spill)
    articles = [article_from_text(f"Headline {n}\n{_body(n)}\n") for n in range(30)]
    grown = spill.size
    survivors = articles[::10]
    del articles  # 27 of 30 dropped, as a refresh that replaced them would
    for n in range(30, 60):  # the next ones written reclaim the space of the old
        article_from_text(f"Headline {n}\n{_body(n)}\n")
    assert spill.compactions >= 1 and spill.size < 2 * grown
    model_module._unpack.cache_clear()
    assert [a.text for a in survivors] == [f"Headline {n}\n{_body(n)}\n" for n in (0, 10, 20)]


def test_a_copy_of_an_article_keeps_its_text_when_the_original_goes() -> None:
    import copy

    article = article_from_text(f"Headline copy\n{_body(7)}\n")
    twin = copy.copy(article)
    del article
    model_module._unpack.cache_clear()
    assert twin.text == f"Headline copy\n{_body(7)}\n"


def test_a_compaction_that_cannot_write_keeps_every_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(model_module, "COMPACT_MIN_DEAD", 10)
    spill = TextSpill()
    handles = [spill.put(bytes([65 + n]) * 50) for n in range(6)]
    real = tempfile.TemporaryFile

    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    for handle in handles[:5]:
        assert handle is not None
        spill.free(handle)
    late = spill.put(b"late")  # the copy cannot be made: the old file stays as it was
    assert late is not None and spill.get(late) == b"late"
    assert handles[5] is not None and spill.get(handles[5]) == bytes([70]) * 50
    monkeypatch.setattr(tempfile, "TemporaryFile", real)
    assert spill.compactions == 0


def test_texts_come_back_whole_while_others_are_freed_and_the_file_compacted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_module, "COMPACT_MIN_DEAD", 64)
    spill = TextSpill()
    wrong: list[str] = []

    def churn(worker: int) -> None:
        kept: dict[int, bytes] = {}
        for n in range(300):
            data = f"{worker}:{n};".encode() * (n % 5 + 1)
            handle = spill.put(data)
            assert handle is not None
            if n % 3:
                spill.free(handle)  # most die at once, as replaced articles do
            else:
                kept[handle] = data
            for old, expected in list(kept.items())[-5:]:
                if spill.get(old) != expected:
                    wrong.append(f"{worker}:{n}")
        wrong.extend(str(h) for h, d in kept.items() if spill.get(h) != d)

    threads = [threading.Thread(target=churn, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert spill.compactions > 0


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
