"""The invented measuring sets in tools/ are well formed, and their scorers run.

Nothing here asserts what the analyser finds: the sets measure it, they do not test it.
"""

from __future__ import annotations

import re
import runpy
import sys
from collections import Counter
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))

import invented_things11  # noqa: E402
import invented_wire  # noqa: E402
import invented_wire_b  # noqa: E402
import invented_wire_c  # noqa: E402
import invented_wire_d  # noqa: E402
import invented_wire_f  # noqa: E402
import invented_wire_h  # noqa: E402
import invented_wire_s  # noqa: E402
import score_invented_quotes  # noqa: E402
import score_invented_wire  # noqa: E402
from invented_quotes_e import CLASSES  # noqa: E402

WIRE_SETS = {"a": invented_wire.ITEMS, "b": invented_wire_b.ITEMS, "c": invented_wire_c.ITEMS,
             "d": invented_wire_d.ITEMS, "f": invented_wire_f.ITEMS,
             "h": invented_wire_h.ITEMS, "s": invented_wire_s.ITEMS,
             "sh": invented_wire_s.HELD, "things11": invented_things11.ITEMS}


def _whole_word_count(needle: str, text: str) -> int:
    # A capital may follow: list items run together by bad markup ("Sen. Ana RoeRep. ...").
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?![^\W_A-Z])", text))


@pytest.mark.parametrize("name", sorted(WIRE_SETS))
def test_every_gold_mention_is_in_its_text_as_often_as_listed(name: str) -> None:
    for n, item in enumerate(WIRE_SETS[name]):
        for mention, times in Counter(item["mentions"]).items():
            assert _whole_word_count(mention, item["text"]) >= times, (name, n, mention)
        assert all(len(code) == 2 and code.isupper() for code in item["countries"]), (name, n)


def test_set_d_names_its_organisations_as_written() -> None:
    for n, item in enumerate(invented_wire_d.ITEMS):
        for org in item["organizations"]:
            assert org in item["text"], (n, org)
        for person in item["people"]:
            assert person in item["text"], (n, person)


@pytest.mark.parametrize("name", ["e", "g", "i"])
def test_every_gold_quote_and_source_points_into_its_text(name: str) -> None:
    path = score_invented_quotes.SETS[name]
    items = score_invented_quotes.load_items(path)
    assert len(items) >= 35
    # A set may name classes of its own beside set e's, if it lists them.
    allowed = set(CLASSES) | set(runpy.run_path(str(path)).get("CLASSES_USED", ()))
    for n, item in enumerate(items):
        located = score_invented_quotes.locate(item)
        previous_end = 0
        for gq in located:
            start, end = gq["start"], gq["end"]
            assert previous_end <= start < end <= len(item["text"]), n
            assert item["text"][start:end] == gq["text"]
            s, e = gq["source_span"]
            assert item["text"][s:e] == gq["source"]
            assert e <= start or s >= end, (n, "a source lies outside its quote")
            assert gq["cls"] and set(gq["cls"]) <= allowed, n
            previous_end = end


def test_locate_refuses_a_source_that_is_not_in_the_text() -> None:
    item = {"text": "“We won,” Ana Lopes said.", "not_quotes": [],
            "quotes": [{"text": "We won,", "source": "Rui Lopes", "speaker": None,
                        "cls": ["name"]}]}
    with pytest.raises(ValueError, match="source not in text"):
        score_invented_quotes.locate(item)


def test_the_quote_scorer_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert score_invented_quotes.main(["e"]) == 0
    out = capsys.readouterr().out
    for figure in ("quotes", "attributed_quotes", "attribution", "speakers", "he-said"):
        assert re.search(rf"^{figure}\s+(P )?\d\.\d{{3}}", out, re.M), figure


def test_the_quote_scorer_refuses_an_unknown_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert score_invented_quotes.main(["no-such-set.py"]) == 2


def test_the_wire_scorer_prints_its_figures(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["score_invented_wire.py", "d"])
    score_invented_wire.main()
    out = capsys.readouterr().out
    for figure in ("mentions", "panel", "countries", "orgs"):
        assert re.search(rf"^{figure}\s+P \d\.\d{{3}}", out, re.M), figure


def _politics_parts() -> dict[str, list[dict[str, object]]]:
    import invented_politics_t
    return {"t": invented_politics_t.ITEMS, "th": invented_politics_t.HELD,
            "t2": invented_politics_t.MORE}


@pytest.mark.parametrize("part", ["t", "th", "t2"])
def test_politics_set_t_is_well_formed(part: str) -> None:
    for n, item in enumerate(_politics_parts()[part]):
        text = str(item["text"])
        mentions = item["mentions"]
        assert isinstance(mentions, list)
        for mention, times in Counter(mentions).items():
            assert _whole_word_count(mention, text) >= times, (part, n, mention)
        score_invented_quotes.locate(dict(item))


def test_both_scorers_refuse_to_list_the_held_part(monkeypatch: pytest.MonkeyPatch) -> None:
    assert score_invented_quotes.main(["-v", "th"]) == 2
    monkeypatch.setattr(sys, "argv", ["score_invented_wire.py", "-v", "th"])
    with pytest.raises(SystemExit, match="held-out"):
        score_invented_wire.main()


def test_the_wire_scorer_refuses_to_list_the_misses_of_a_held_out_set(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["score_invented_wire.py", "-v", "sh"])
    with pytest.raises(SystemExit, match="held-out"):
        score_invented_wire.main()


def test_quote_set_spk16_points_into_its_texts() -> None:
    items = score_invented_quotes.load_items(score_invented_quotes.SETS["spk16"])
    for n, item in enumerate(items):
        for gq in score_invented_quotes.locate(item):
            s, e = gq["source_span"]
            assert item["text"][s:e] == gq["source"], n
            assert item["text"][gq["start"]:gq["end"]] == gq["text"], n
