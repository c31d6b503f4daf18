"""Lists of names (team line-ups, panels) on invented text: a list in which enough items
are known people makes its other name-shaped items people too, also when the list is
wrapped over lines or holds a name with a particle."""

from __future__ import annotations

from reader.analysis.entities import find_entities


def people(text: str) -> set[str]:
    return {text[s:e] for ent in find_entities(text) if ent.kind == "person"
            for s, e in ent.mentions}


def test_a_list_wrapped_after_its_commas_stays_one_list() -> None:
    text = ("Squad: John Miller, Robert Davis,\nTovrik Pallenhaze, Quillon Marbesk,\n"
            "Yaddo Fenwhistle, Mary Smith.")
    assert {"Tovrik Pallenhaze", "Quillon Marbesk", "Yaddo Fenwhistle"} <= people(text)


def test_a_list_wrapped_inside_an_item_stays_one_list() -> None:
    text = "Squad: John Miller, Robert Davis, Tovrik\nPallenhaze, Quillon Marbesk, Mary Smith."
    assert {"Tovrik", "Pallenhaze", "Quillon Marbesk"} <= people(text)


def test_a_name_with_a_particle_does_not_break_the_list() -> None:
    text = ("Squad: John Miller, Ana de Souza, Tovrik Pallenhaze, Quillon Marbesk, "
            "Yaddo Fenwhistle, Brim Oskatello.")
    assert {"Ana de Souza", "Tovrik Pallenhaze", "Quillon Marbesk"} <= people(text)


def test_a_line_break_between_sentences_does_not_join_lists() -> None:
    # two short lists of places, one per line, next to a list of people: the places
    # stay places because no list of them has people in it
    text = "Visited: Lyon, Turin, Graz.\nSquad: John Miller, Robert Davis, Mary Smith."
    assert people(text) == {"John Miller", "Robert Davis", "Mary Smith"}
