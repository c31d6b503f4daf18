"""What an apposition or a family firm tells about a name (round 16): a place's kind after
a name ("X, a village of 300 people"), a firm's kind set off before it ("A ferry operator,
X, said"), "the X, which", a person who shares the name of the family's firm, and the
Hassaniya "mint" (daughter of) with a short form written after it. Every sentence and name
is made up.
"""

from __future__ import annotations

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text)}


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [text[s:t] for s, t in e.mentions]
            for e in find_entities(text) if e.kind == "person"}


# -- a place's kind in an apposition after the name -------------------------------------
def test_a_peak_or_a_village_in_apposition_names_no_one() -> None:
    text = ("The climbers reached Dorje Lhamu Ri, a 6,900-metre peak near the border, on "
            "Friday. Rescuers later reached Velka Dobrava, a village of 300 people, by "
            "road. Mayor Ana Kovarik said the bridge was gone.")
    assert people(text) == {"Ana Kovarik"}


def test_a_person_described_by_a_place_word_stays_a_person() -> None:
    text = ("Tomas Vellik, a village elder, said the well was dry. Ana Kovarik, a farm "
            "worker, agreed. The square is named after Emil Strand, a founder of the city.")
    assert people(text) == {"Tomas Vellik", "Ana Kovarik", "Emil Strand"}


# -- a firm's kind set off by commas before the name ------------------------------------
def test_a_firm_described_before_its_name_is_a_body() -> None:
    text = ("A Norwegian-owned ferry operator, Vestland Sjofart, said it would cancel "
            "sailings. Ana Berg, a passenger, said she was worried.")
    kinds = _kinds(text)
    assert kinds.get("Vestland Sjofart") == "organization"
    assert people(text) == {"Ana Berg"}


def test_a_spokeswoman_for_the_firm_named_after_it_is_a_person() -> None:
    text = ("A spokeswoman for the firm, Lhamo Tsedup, said the mine would reopen. "
            "Her firm, Quellbrook Roe Partners, is run by her brother.")
    kinds = _kinds(text)
    assert kinds.get("Lhamo Tsedup") == "person"
    assert kinds.get("Quellbrook Roe Partners") == "organization"


# -- "the X, which" ---------------------------------------------------------------------
def test_a_name_after_the_and_before_which_is_a_thing() -> None:
    text = ("The crew sailed aboard a converted schooner, the Marta Helvig, which called at "
            "ten ports. Captain Ole Brann said the voyage took a year.")
    assert people(text) == {"Ole Brann"}


def test_a_company_before_which_stays_a_company() -> None:
    text = ("The firms will set up a venture called the Quell Tong Company Ltd, which "
            "will make pumps.")
    assert _kinds(text).get("Quell Tong Company Ltd") == "organization"


# -- a person who shares the name of the family's firm -----------------------------------
def test_a_person_named_like_the_family_firm_is_a_person() -> None:
    text = ("Shares in Okorie Textiles rose 4 percent on Monday. Chinedu Okorie, whose "
            "grandfather founded the mill, said it would hire. Shares in Ravi Dutta Mills "
            "fell. The chairman's father, Anil Dutta, ran the firm for years.")
    found = people(text)
    assert {"Chinedu Okorie", "Anil Dutta"} <= found
    assert "Ravi Dutta Mills" not in found and "Okorie Textiles" not in found


def test_a_firm_named_with_its_legal_form_elsewhere_is_no_person() -> None:
    text = ("The supplier competes with Harlan Controls Inc and Vestra Corp. Harlan "
            "Controls and Vestra have been building plants in Mexico.")
    assert "Harlan Controls" not in people(text)


# -- "mint" (daughter of) and a short form written after it ------------------------------
def test_a_short_form_after_its_particle_is_the_full_name() -> None:
    text = ("The opposition, led by Lemina mint Abdallahi Vall, came second. \u201cWe will "
            "appeal,\u201d mint Abdallahi Vall told local media.")
    found = _mentions(text)
    assert list(found) == ["Lemina mint Abdallahi Vall"]
    assert found["Lemina mint Abdallahi Vall"] == ["Lemina mint Abdallahi Vall",
                                                    "mint Abdallahi Vall"]


def test_the_same_words_without_the_particle_stay_apart() -> None:
    text = ("The opposition, led by Lemina mint Abdallahi Vall, came second. Abdallahi "
            "Vall, a lawyer, said the count was fair.")
    assert people(text) == {"Lemina mint Abdallahi Vall", "Abdallahi Vall"}


# -- a name that "the" opens, as the whole noun phrase -----------------------------------
def test_a_name_after_the_before_a_verb_or_a_clause_end_is_no_one() -> None:
    text = ("The comet was confirmed by the Minor Planets Registry, the Harlan Vale "
            "Observatory announced. A study for the Carmen Quell Panel said the river was "
            "clean.")
    found = people(text)
    assert "Minor Planets Registry" not in found
    assert "Carmen Quell Panel" not in found
    assert _kinds(text).get("Harlan Vale Observatory") == "organization"


def test_a_name_after_the_before_a_noun_or_a_title_stays_a_person() -> None:
    text = ("She studied the Jane Roe case for years. The deal was blessed by the Dalai "
            "Lama, and Tom Doe said so.")
    assert {"Jane Roe", "Tom Doe"} <= people(text)


# -- head words of bodies: a First Nation, a panel, an ensemble, a tour firm --------------
def test_a_first_nation_an_ensemble_and_a_tour_firm_are_bodies() -> None:
    text = ("Darlene Roe, grand chief of the neighbouring Cree Nation of Moose Lake, said "
            "her people would sue. Tickets for the Elm Street Quartet sold out, and Blue "
            "Ridge Treks said its trips would resume.")
    kinds = _kinds(text)
    assert people(text) == {"Darlene Roe"}
    assert kinds.get("Cree Nation of Moose Lake") == "organization"
    assert kinds.get("Elm Street Quartet") == "organization"
    assert kinds.get("Blue Ridge Treks") == "organization"


# -- a lone surname after its lower-case particle ----------------------------------------
def test_a_lone_surname_takes_its_particle() -> None:
    text = ("Result: Veldhoven 2 (Olisa 12, 56) Quellburg 1 (de Groot 80). The equaliser "
            "came from van Persen, who had come on at half-time.")
    found = _mentions(text)
    assert found.get("de Groot") == ["de Groot"]
    assert found.get("van Persen") == ["van Persen"]


def test_a_particle_of_a_body_stays_the_body_s() -> None:
    text = "The Banco de Roe said rates rose. Fans of Club de Quell cheered."
    assert people(text) == set()


# -- Sherpa day names, also towns' names -------------------------------------------------
def test_sherpa_day_names_open_a_name_even_where_they_are_towns() -> None:
    text = ("The climbers, guided by Pemba Tashi Sherpa and Nima Sherpa, reached the top. "
            "Mingma Dorje, 31, said the rope held.")
    assert people(text) == {"Pemba Tashi Sherpa", "Nima Sherpa", "Mingma Dorje"}
