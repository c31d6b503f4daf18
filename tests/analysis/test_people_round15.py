"""People of round 15: bands and spacecraft after the word for their kind, prizes that
are won, fairs and festivals named "Days" or "Fair", works named in an apposition after
their title, and a party's leader after "of". Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(text) if e.kind == "organization"}


# -- a band or a craft after its kind ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The folk band Copper Lantern toured Chile in May.",
    "Engineers lost contact with the lunar orbiter Vesper Gale on Sunday.",
    "The satellite Morning Kestrel was launched from a base in the south.",
])
def test_a_band_or_a_craft_after_its_kind_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_one_word_after_a_craft_kind_may_be_who_a_clause_names() -> None:
    # ("the probe Roe ordered": an inquiry and who ordered it)
    assert people("Senator Ilse Marwood spoke. The probe Marwood ordered found nothing.") == {
        "Ilse Marwood"}


# -- a prize that is won --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The documentary won the Bronze Heron at a festival in Riga.",
    "Poet Sanna Vellamo was awarded the Amber Quill on Friday.",
])
def test_a_prize_that_is_won_names_no_one(text: str) -> None:
    assert not {"Bronze Heron", "Amber Quill"} & people(text)


def test_a_person_near_won_the_stays_a_person() -> None:
    text = "Laura Penhale won the vote, and the Laura Penhale camp cheered."
    assert "Laura Penhale" in people(text)


# -- "Days", "Fair", "Carnival" ending an event's name ---------------------------------------
@pytest.mark.parametrize("text", [
    "Her film opened at the Danube Short Film Days on Friday.",
    "Crowds filled the Marbeck County Fair on Sunday.",
    "He sang at the Elston Harbour Carnival last year.",
])
def test_an_event_named_days_fair_or_carnival_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_surname_days_or_fair_after_a_given_name_stays_a_person() -> None:
    assert people("Coach Martin Days said the side was tired. Helen Fair agreed.") == {
        "Martin Days", "Helen Fair"}


# -- a work named in an apposition after its title -------------------------------------------
@pytest.mark.parametrize("text", [
    "She was shortlisted for Iron Orchard, her second novel, in March.",
    "He directed Cold Meridian, a drama about a lighthouse keeper.",
])
def test_a_work_in_an_apposition_after_its_title_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_person_whose_apposition_is_a_trade_named_after_a_work_stays_a_person() -> None:
    assert people("She thanked Ada Pellow, a film editor, and Tom Ridd, the book's author.") == {
        "Ada Pellow", "Tom Ridd"}


# -- a party's leader after "of" ------------------------------------------------------------
def test_a_leader_after_a_partys_name_and_of_is_a_person() -> None:
    text = "The Green Harbour Party of Ilka Varga won 31 seats. Varga said she would govern."
    assert people(text) == {"Ilka Varga"}
    assert _orgs(text) == {"Green Harbour Party"}


@pytest.mark.parametrize(("text", "body"), [
    ("The Union of Democratic Farmers met on Monday.", "Union of Democratic Farmers"),
    ("The Alliance of Coastal States met in Apia.", "Alliance of Coastal States"),
])
def test_a_party_named_with_of_and_no_person_keeps_its_name(text: str, body: str) -> None:
    assert body in _orgs(text)


# -- given names joined by a hyphen ----------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Ole-Kristian Sandvold spoke at the hearing on Monday.", "Ole-Kristian Sandvold"),
    ("The prize went to Anna-Lena Strömqvist, a chemist.", "Anna-Lena Strömqvist"),
])
def test_two_given_names_joined_by_a_hyphen_open_a_name(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_joined_given_name_takes_the_first_names_sex() -> None:
    from reader.analysis.names import GIVEN_NAMES
    assert GIVEN_NAMES.get("Anna-Lena") == GIVEN_NAMES.get("Anna")
    assert "Ben-David" not in GIVEN_NAMES  # a particle first: a surname
    assert "Anna-lena" not in GIVEN_NAMES


# -- kin in the plural opening a sentence ------------------------------------------------------
def test_plural_kin_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Brothers Radek and Ivo Hrubecký opened a bakery in Brno."
    names = {e.name: [text[a:b] for a, b in e.mentions] for e in find_entities(text)
             if e.kind == "person"}
    assert names == {"Radek Hrubecký": ["Radek"], "Ivo Hrubecký": ["Ivo Hrubecký"]}


def test_a_surname_that_is_a_kin_word_stays_in_its_name() -> None:
    assert people("Coach Nathan Cousins said the side was tired.") == {"Nathan Cousins"}


# -- where a person stands in a picture ---------------------------------------------------
def test_a_captions_place_in_brackets_names_no_body() -> None:
    text = "Ilona Varsányi (L) and Pham Duc Long (C) hold the cup beside Ruth Abebe (R)."
    assert _orgs(text) == set()
    assert people(text) == {"Ilona Varsányi", "Pham Duc Long", "Ruth Abebe"}


def test_a_club_in_brackets_after_a_player_is_still_a_body() -> None:
    assert _orgs("Tomas Quell (Marbeck United) scored twice.") == {"Marbeck United"}


# -- a nickname written after a full name ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lawmakers chose Abdiqani Warsame Nuur, known as Dhegey, on Friday. Dhegey thanked them.",
    'Lawmakers chose Abdiqani Warsame Nuur "Dhegey" on Friday. Dhegey thanked them.',
])
def test_a_nickname_after_a_full_name_is_that_persons(text: str) -> None:
    found = [(e.name, [text[a:b] for a, b in e.mentions]) for e in find_entities(text)
             if e.kind == "person"]
    assert found == [("Abdiqani Warsame Nuur", ["Abdiqani Warsame Nuur", "Dhegey", "Dhegey"])]


def test_a_quotation_after_a_name_is_no_nickname() -> None:
    text = 'Mayor Elin Tovik told Per Aasen "Marbeck is ready" and left. Marbeck cheered.'
    assert {"Elin Tovik", "Per Aasen"} <= people(text)


# -- encyclopedic copy: telescopes named after people, titles of religious history ----------
def test_a_telescope_named_after_someone_names_no_one() -> None:
    assert people("The Ines Marbeck Space Telescope sent its first images.") == set()


def test_a_prophet_or_a_caliph_is_a_title() -> None:
    assert people("Caliph Harun ruled from the city; Prophet Ilyas is honoured there.") == {
        "Harun", "Ilyas"}


# -- the glottal stop of Polynesian names -----------------------------------------------------
def test_a_given_name_after_the_glottal_stop_letter_is_a_given_name() -> None:
    assert people("Voters in Haʻapai backed ʻAna Tuipulotu Lavaka over two rivals.") == {
        "ʻAna Tuipulotu Lavaka"}


# -- a demonym before a competitor's name --------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Eritrean Habtom Werede Kiros won the stage in the hills.", "Habtom Werede Kiros"),
    ("Behind him, Ethiopian Gudeta Abera finished third.", "Gudeta Abera"),
])
def test_a_demonym_before_a_name_that_wins_or_finishes_names_a_competitor(
        text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize("text", [
    "Marbeck Airlines won an award; Ruritanian Marbeck Airways won another.",
    "Chinese New Year came early, and Ethiopian Coffee Board staff won praise.",
])
def test_a_demonym_before_a_bodys_or_a_feasts_name_names_no_one(text: str) -> None:
    assert people(text) == set()


# -- a name and its country after "of" -----------------------------------------------------------
def test_a_name_of_two_words_and_its_country_after_of_is_a_person() -> None:
    assert people("Gudeta Abera of Kenya held off Yonas Kiros of Eritrea.") == {
        "Gudeta Abera", "Yonas Kiros"}


@pytest.mark.parametrize("text", [
    "Deposits at the Commercial Bank of Ethiopia rose.",
    "Storms crossed the Gulf of Mexico and reached the Kingdom of Spain.",
    "He met the Supreme Leader of Iran on Friday.",
])
def test_a_bodys_or_a_places_name_before_of_and_a_country_names_no_one(text: str) -> None:
    assert people(text) == set()


# -- family names of two syllables -------------------------------------------------------------
def test_a_chinese_or_korean_family_name_of_two_syllables_opens_a_name() -> None:
    assert people("The prize went to Tan Wei, Zhuge Lan and Hwangbo Seul.") == {
        "Tan Wei", "Zhuge Lan", "Hwangbo Seul"}


# -- a ship named like a person, by what it does ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ingrid Halvorsen was unloaded at the quay on Monday.",
    "Last week the Amara Quell sailed for Mombasa with 300 containers.",
])
def test_a_ship_named_like_a_person_after_the_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_person_who_sails_keeps_the_name() -> None:
    assert people("Ingrid Halvorsen sailed for Mombasa on Monday.") == {"Ingrid Halvorsen"}


# -- observatories and laboratories are bodies ---------------------------------------------------
def test_an_observatory_or_a_laboratory_that_speaks_is_a_body() -> None:
    text = "The Quellberg Observatory said the comet was bright; the Marbeck Laboratory agreed."
    assert _orgs(text) == {"Quellberg Observatory", "Marbeck Laboratory"}


# -- who is put in an office, who takes over from whom; the Kalenjin "arap" --------------------
def test_being_appointed_or_taking_over_from_someone_says_a_name_is_a_persons() -> None:
    text = ("Fepulea'i Lotoa Ulugia was appointed chief justice on Monday. Ulugia replaces"
            " Leota Sione Aumua.")
    assert people(text) == {"Fepulea'i Lotoa Ulugia", "Leota Sione Aumua"}


def test_a_body_that_is_appointed_or_replaced_stays_no_person() -> None:
    assert people("The board appointed Quell Partners; the law replaces the Marbeck Act.") == set()


def test_the_kalenjin_particle_arap_stays_in_the_name() -> None:
    text = "Elder Kiptoo arap Sigilai opened the meeting. Arap Sigilai spoke first."
    assert [[text[a:b] for a, b in e.mentions] for e in find_entities(text)
            if e.kind == "person"] == [["Kiptoo arap Sigilai", "Arap Sigilai"]]


# -- newspapers of other languages -------------------------------------------------------------
def test_a_newspaper_named_in_its_own_language_is_a_body_not_a_person() -> None:
    text = "The Hokuriku Shimbun said Mori would run; the Marbeck Dagblad disagreed."
    assert "Hokuriku Shimbun" not in people(text)
    assert {"Hokuriku Shimbun", "Marbeck Dagblad"} <= _orgs(text)


# -- a Mongolian father's name in the genitive ----------------------------------------------------
def test_a_mongolian_name_opened_by_the_fathers_name_is_a_person() -> None:
    text = "Gombojavyn Altankhuyag took the title. Altankhuyag is 24; Dorjiin Saruul was second."
    assert people(text) == {"Gombojavyn Altankhuyag", "Dorjiin Saruul"}


# -- a country after a title-case headline's verb ---------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("Earthquake Hits Taiwan Before Dawn\nThe quake struck at 4 a.m.", "TW"),
    ("Storm Lashes Mozambique, Killing Nine\nWinds reached 200 km/h.", "MZ"),
])
def test_a_country_after_a_headlines_verb_is_a_country(text: str, code: str) -> None:
    assert code in {e.code for e in find_entities(text) if e.kind == "country"}


def test_a_country_inside_a_firms_name_in_a_headline_stays_the_firms() -> None:
    text = "Air Canada Cuts Flights To Ruritania\nThe airline said so."
    assert "CA" not in {e.code for e in find_entities(text) if e.kind == "country"}


# -- given names with accents, Irish and Vietnamese names as written ---------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Senator Máirtín Ó Fearghail-Quell voted; Siún Ní Dhomhnaill-Roe abstained.",
     "Siún Ní Dhomhnaill-Roe"),
    ("The court jailed Đỗ Văn Quý for six years.", "Đỗ Văn Quý"),
])
def test_a_name_written_with_its_accents_is_found(text: str, name: str) -> None:
    assert name in people(text)


def test_an_accented_given_name_is_read_as_its_plain_form() -> None:
    from reader.analysis.names import GIVEN_NAMES
    assert GIVEN_NAMES.get("Pádraig") == GIVEN_NAMES.get("Padraig") == "male"


# -- whom a person meets ------------------------------------------------------------------------
def test_a_name_after_met_is_a_persons() -> None:
    text = "Premier Tavita Roe met Paetong Wiset on Friday and later Ishiba Kenta."
    assert {"Tavita Roe", "Paetong Wiset"} <= people(text)


def test_a_name_before_a_noun_after_met_is_no_persons() -> None:
    assert people("The envoy met Quellmoor Tanvik elders on Monday.") == set()


# -- what only a person does, before "by" --------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The only goal came from a header by Gatwech Lual after the break.", "Gatwech Lual"),
    ("The anthem, performed by Oyunbileg Tsend, opened the games.", "Oyunbileg Tsend"),
    ("The motion was seconded by Fepuleai Ulugia.", "Fepuleai Ulugia"),
])
def test_a_players_move_or_a_performance_before_by_names_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


# -- a name joined by "and" to a person's full name -----------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Ilse Marwood and Tadese Kiros were arrested at the border.", "Tadese Kiros"),
    ("The couple, Tadese Kiros and Ilse Marwood, married in June.", "Tadese Kiros"),
])
def test_a_name_joined_to_a_persons_by_and_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "Ilse Marwood and Quell Rovers fans sang on Monday.",
    "Ilse Marwood and Quell Valley protested; Ilse Marwood and Marbeck Holdings agreed.",
])
def test_a_body_or_a_place_joined_to_a_person_by_and_stays_none(text: str) -> None:
    assert people(text) == {"Ilse Marwood"}


# -- a surname after a particle that is a word of English too ----------------------------------
def test_a_surname_after_a_lower_case_particle_is_part_of_the_name_whatever_word_it_is() -> None:
    text = "The panel heard Sanne ten Have and Joost de Will. Ten Have spoke first."
    assert people(text) == {"Sanne ten Have", "Joost de Will"}


# -- one person for a long name and a shorter one ----------------------------------------------
def _people_mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [text[a:b] for a, b in e.mentions] for e in find_entities(text)
            if e.kind == "person"}


@pytest.mark.parametrize(("text", "name"), [
    ("Judge Rosa Inés Quintero Laverde ruled. Rosa Quintero said she would retire.",
     "Rosa Inés Quintero Laverde"),
    ("Park Ji-won won gold. Ji-won Park said she had trained for years.", "Park Ji-won"),
    ("Hans-Dieter van der Quell spoke; Hans van der Quell later denied it.",
     "Hans-Dieter van der Quell"),
])
def test_a_shorter_form_of_a_long_name_is_the_same_person(text: str, name: str) -> None:
    assert list(_people_mentions(text)) == [name]


def test_a_parents_name_at_the_start_of_a_burmese_name_is_another_person() -> None:
    text = "Kyaw Zin Htet spoke of his father, Kyaw Zin, who died in 1990."
    assert set(_people_mentions(text)) == {"Kyaw Zin Htet", "Kyaw Zin"}


# -- more legal forms of firms ---------------------------------------------------------------------
def test_a_firm_named_with_llp_oy_kk_or_srl_is_a_body() -> None:
    text = "Lawyers at Tanvik Marbeck LLP, Quellberg Oy and Roe Doe Srl disagreed."
    assert _orgs(text) == {"Tanvik Marbeck LLP", "Quellberg Oy", "Roe Doe Srl"}
    assert people(text) == set()


# -- Malaysian titles of two words with "Sri" ---------------------------------------------------
def test_tan_sri_and_puan_sri_are_titles_and_sri_alone_opens_a_name() -> None:
    text = ("Tan Sri Goh Kah Wee and Puan Sri Chong Mei Yin attended; Sri Wulandari Hasan"
            " spoke, and Datuk Sri Azlan Harun agreed.")
    assert _people_mentions(text) == {
        "Goh Kah Wee": ["Goh Kah Wee"], "Chong Mei Yin": ["Chong Mei Yin"],
        "Sri Wulandari Hasan": ["Sri Wulandari Hasan"], "Azlan Harun": ["Azlan Harun"]}


def test_a_players_name_ending_in_junior_is_the_short_form_of_his_full_name() -> None:
    text = "Forward Rodrygo Júnior dos Anjos scored twice. Rodrygo Júnior thanked the fans."
    assert list(_people_mentions(text)) == ["Rodrygo Júnior dos Anjos"]
