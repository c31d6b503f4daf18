"""Shapes of round 18: the holder of an office "of the" body named after the body, a
delegate's short title, a plural title over a name whose second word is a short title.
Every sentence and name is made up.
"""

from __future__ import annotations

from reader.analysis import Analysis, analyze
from reader.analysis.entities import find_entities
from tests.analysis.support import attributions, mentions, people


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text)}


# -- an office of a body, then its holder ----------------------------------------------
def test_the_holder_of_an_office_of_the_body_is_not_the_bodys_name() -> None:
    for holder in ("Harjono Wibisono", "Harjono"):
        text = (f"Speaker of the National Assembly {holder} has called on officials to "
                "list their farms and boats before the spring recess.\n")
        assert _kinds(text) == {holder: "person", "National Assembly": "organization"}, holder


def test_a_lower_case_office_of_the_body_also_names_its_holder() -> None:
    text = "The chairman of the Harbour Board Tevita Lolohea said the port would reopen.\n"
    assert _kinds(text) == {"Tevita Lolohea": "person", "Harbour Board": "organization"}


def test_a_body_named_on_after_its_head_word_without_an_office_stays_whole() -> None:
    # No office before "of the": the words after the head word are the body's own.
    text = "Members of the Marbeck Council Estates trust met on Monday.\n"
    assert "Marbeck Council Estates" not in people(text)
    assert not people(text)


# -- a delegate ---------------------------------------------------------------------------
def test_del_with_its_full_stop_is_a_delegates_title() -> None:
    text = '"We have waited long enough," said Del. Marisol Quintera of Guam.\n'
    assert people(text) == {"Marisol Quintera"}
    assert attributions(text) == [
        ("We have waited long enough", "Marisol Quintera", "Marisol Quintera")]


def test_delegate_written_out_is_a_title_too() -> None:
    text = "Delegate Amata Faleolo said the territory would not wait.\n"
    assert people(text) == {"Amata Faleolo"}


# -- a plural title over a name after "and" -----------------------------------------------
def test_a_plural_title_covers_a_name_whose_second_word_is_a_short_title() -> None:
    text = ("Co-Premiers Tavan Rithy and Lok Sen agreed on Monday to a new schedule for "
            "the vote.\n")
    assert people(text) == {"Tavan Rithy", "Lok Sen"}


def test_a_short_title_without_its_stop_still_titles_a_name_after_it() -> None:
    # ("Sen Jane Roe": the title of the name after it, whatever came before)
    text = "Senators Tavan Rithy and Sen Jane Holloway met the delegation.\n"
    assert "Sen Jane Holloway" not in people(text)


# -- what only a person undergoes, around a name no table knows -------------------------
# (the names are made of syllables no name list holds, so only the context can tell)
def test_a_court_sentences_accuses_and_charges_people() -> None:
    for sentence in ("The court sentenced Dogota Tsefiar to five years in prison.",
                     "Prosecutors accused Dogota Tsefiar of fraud.",
                     "Police charged Dogota Tsefiar with arson on Friday."):
        assert people(sentence + "\n") == {"Dogota Tsefiar"}, sentence


def test_a_body_accused_is_still_a_body() -> None:
    text = "Regulators accused Quellvara Holdings of hiding its losses.\n"
    assert not people(text)


def test_the_victim_named_as_is_a_person() -> None:
    for sentence in ("Police named the victim as Lunka Taritse.",
                     "Officials identified the dead man as Lunka Taritse, a trader."):
        assert people(sentence + "\n") == {"Lunka Taritse"}, sentence


def test_named_as_a_thing_is_no_person() -> None:
    text = "The council named the new bridge as Lunka Taritse on Monday.\n"
    assert not people(text)


def test_a_lawyer_and_a_fiancee_are_a_persons() -> None:
    for sentence in ("Fipelar Quatseka's lawyer said she would appeal.",
                     "Fipelar Quatseka's fiancee was at the hearing."):
        assert people(sentence + "\n") == {"Fipelar Quatseka"}, sentence


def test_whoever_meets_a_head_of_state_is_a_person() -> None:
    # (after a headline: a lone line is read as one, where other rules hold)
    text = "Talks in Abuja\n\nEarlier, Dunkami Arlofi met President Emmanuel Okoro in Abuja.\n"
    assert people(text) == {"Dunkami Arlofi", "Emmanuel Okoro"}


def test_a_firm_of_one_word_accused_is_no_person() -> None:
    text = "Regulators accused Quellvara of hiding its losses.\n"
    assert not people(text)


def test_who_chairs_or_referees_is_a_person() -> None:
    for sentence in ("The talks were chaired by Zemdo Quazemshu.",
                     "The final was refereed by Zemdo Quazemshu of Ghana."):
        assert people(sentence + "\n") == {"Zemdo Quazemshu"}, sentence


def test_a_speaker_after_replied_is_a_person() -> None:
    text = 'Talks\n\n"No," replied Tafi Tseka. "Not this year."\n'
    assert people(text) == {"Tafi Tseka"}
    assert [speaker for _, _, speaker in attributions(text)] == ["Tafi Tseka", "Tafi Tseka"]


def test_custody_and_survivors_tell_a_person() -> None:
    for sentence in ("Tseka Shuarshu has been in custody since March.",
                     "Naigo Quadunri is survived by his wife and two sons."):
        assert people(sentence + "\n") == {sentence.split(" ")[0] + " " + sentence.split(" ")[1]}


# -- a quote after a sentence about another person ---------------------------------------
def test_a_sentence_about_another_person_hands_the_next_quote_to_that_person() -> None:
    text = ("Levy vote\n\nCouncilwoman Ines Barragan blamed the mayor. \"We are against "
            "bad math,\" she said.\n\nAsked whether he would compromise, Mayor Theo Lindgren "
            "shrugged. \"I've made my offer.\"\n")
    assert [speaker for _, _, speaker in attributions(text)] == ["Ines Barragan",
                                                                  "Theo Lindgren"]


def test_a_sentence_about_a_thing_leaves_the_next_quote_to_the_last_speaker() -> None:
    text = ("Levy vote\n\n\"We are against bad math,\" Councilwoman Ines Barragan said.\n\n"
            "The committee meets again next week. \"We will be ready.\"\n")
    assert [speaker for _, _, speaker in attributions(text)] == ["Ines Barragan",
                                                                  "Ines Barragan"]


def test_the_rest_of_the_prior_quotes_own_sentence_is_no_sentence_between() -> None:
    text = ('Polls\n\n"It is a coin toss," said Dana Whitlow, an editor for the Marbeck '
            'Political Digest. "It could go either way."\n')
    assert [speaker for _, _, speaker in attributions(text)] == ["Dana Whitlow",
                                                                  "Dana Whitlow"]
    assert people(text) == {"Dana Whitlow"}


# -- a work named like a person after its kind -------------------------------------------
def test_a_work_after_its_kind_is_no_person_though_it_opens_with_a_given_name() -> None:
    for sentence in ("Her album Stella Blue topped the charts in May.",
                     "He read the novel Anna Karenina twice.",
                     "The film Maria Vell opens on Friday."):
        assert not people("Arts\n\n" + sentence + "\n"), sentence


def test_a_name_after_a_works_kind_that_made_it_is_its_maker() -> None:
    for sentence in ("It was the book Jane Holloway wrote in prison.",
                     "We watched the film Ana Quell directed in 1998.",
                     "It is the song Tom Dorrance sings at every show."):
        assert len(people("Arts\n\n" + sentence + "\n")) == 1, sentence


# -- page furniture ----------------------------------------------------------------------
def test_a_byline_in_capitals_before_the_agency_without_a_comma() -> None:
    for byline in ("By KAREN OSEI and MIGUEL DUARTE Associated Press",
                   "By KAREN OSEI and MIGUEL DUARTE, Associated Press"):
        text = f"Senate Passes Farm Aid\n\n{byline}\n\nThe Senate passed the bill.\n"
        assert people(text) == {"Karen Osei", "Miguel Duarte"}, byline


def test_a_related_line_of_headlines_names_no_one_by_its_capitals() -> None:
    text = ("Senate Passes Farm Aid\n\nThe Senate passed the bill, Sen. Abby Kerr said.\n\n"
            "Related: Kerr Defends Ethanol Credit | Analysis: What The Vote Means\n")
    assert people(text) == {"Abby Kerr"}


def test_a_phrase_apposition_after_a_quote_names_the_words_not_their_speaker() -> None:
    text = ("Farm bill\n\nSen. Ana Quell said she had not given up.\nShe later added that "
            'the timing was "tight but doable," a phrase aides repeated all afternoon.\n')
    assert attributions(text) == [("tight but doable", "She", "Ana Quell")]


def test_a_pronoun_subject_of_the_sentence_before_takes_the_cue_less_quote() -> None:
    text = ('Budget\n\n"You cannot spend your way out," Treasurer Sunil Varga said.\n'
            "As Kostas Pellas left the stage, he was asked about the plan. He smiled. "
            '"Come back in May."\n')
    assert [speaker for _, _, speaker in attributions(text)] == ["Sunil Varga",
                                                                  "Kostas Pellas"]


# -- a place closing a relative clause before the main verb ------------------------------
def test_a_place_that_closes_a_relative_clause_does_not_speak() -> None:
    for place in ("Sefwi Bekwai", "northern Alberta"):
        text = (f"Cocoa\n\nAma Kuffour, who grows maize on five acres near {place}, said "
                "young trees had died.\n")
        assert people(text) == {"Ama Kuffour"}, place


def test_a_person_closing_a_relative_clause_is_still_found_by_the_name_lists() -> None:
    text = "Talks\n\nAma Kuffour, who met Daniel Mensah, said the talks went well.\n"
    assert people(text) == {"Ama Kuffour", "Daniel Mensah"}



def test_what_befalls_a_person_before_of_and_a_name() -> None:
    for sentence in ("The body of Fitse Mirilo was found on Sunday.",
                     "Relatives of Fitse Mirilo gathered outside the court.",
                     "The trial of Fitse Mirilo opens in May."):
        assert people("Court\n\n" + sentence + "\n") == {"Fitse Mirilo"}, sentence


def test_sets_of_tennis_tell_two_players() -> None:
    text = "Tennis\n\nPeldun Pelfita beat Shutse Fidun 6-3 7-6(5) in the second round.\n"
    assert people(text) == {"Peldun Pelfita", "Shutse Fidun"}


def test_one_score_is_no_sign_of_players() -> None:
    # (a football score: clubs may be named so)
    text = "Football\n\nPeldun Pelfita beat Shutse Fidun 2-0 in the cup on Saturday.\n"
    assert not people(text) & {"Peldun Pelfita", "Shutse Fidun"}


# -- a person's surname as a region's name -------------------------------------------------
def test_a_known_surname_before_a_regions_word_is_the_region() -> None:
    for text in ("Exports\n\nFarmer Tran Van Long said prices fell. Factories in Bac Ninh "
                 "and Hoa Tran provinces doubled output.\n",
                 "Exports\n\nJames Kerala said prices fell. Factories in Kerala state "
                 "doubled output.\n"):
        assert len(mentions(text)) == 1, text


# -- a side after the words said only of sides ---------------------------------------------
def test_city_rivals_and_defending_champions_are_sides() -> None:
    text = ("League\n\nForward Burak Soylu was fouled twice. The derby against city rivals "
            "Marbeck Soylu will be played on Dec. 3, and defending champions Quell Tarn are "
            "fifth.\n")
    assert people(text) == {"Burak Soylu"}
    assert {"Marbeck Soylu", "Quell Tarn"} <= set(_kinds(text))


def test_rivals_alone_may_be_people() -> None:
    text = "Primary\n\nHis rivals Jane Holloway and Tom Dorrance agreed to a debate.\n"
    assert people(text) == {"Jane Holloway", "Tom Dorrance"}


def test_a_club_named_like_a_person_that_beat_a_club_in_a_relative_clause() -> None:
    text = ("League\n\nThe win keeps Galata on course for a title. Tarsus Quellmann, who "
            "beat Konya 3-0 on Friday, are second.\n")
    assert not people(text)


# -- initials of two letters, bodies by apposition, documents, clubs, slogans, bylines ---
def test_two_letter_initials_of_transliterated_names() -> None:
    text = ("Cabinet\n\nParliament approved a cabinet led by Prime Minister Ts. Oyunbileg. "
            "Kh. Battulga and Sh. Enkhbayar were named ministers. Oyunbileg was pleased.\n")
    assert people(text) == {"Ts. Oyunbileg", "Kh. Battulga", "Sh. Enkhbayar"}
    assert mentions(text).count("Oyunbileg") == 1


def test_an_apposition_of_a_bodys_kind_makes_a_body() -> None:
    text = ("Ads\n\nThe ads were paid for by Peachtree Quell, a super PAC whose largest "
            "donor is a builder.\n")
    assert _kinds(text) == {"Peachtree Quell": "organization"}


def test_an_apposition_of_a_persons_work_keeps_a_person() -> None:
    text = ("Ads\n\nMarta Lindqvist, a developer, said the ads lied. Ana Quell, a bank "
            "manager, did not.\n")
    assert people(text) == {"Marta Lindqvist", "Ana Quell"}


def test_the_constitution_does_not_speak_as_a_person() -> None:
    text = 'Senate\n\n"The Constitution says advice and consent," Sen. Ana Quell said.\n'
    assert people(text) == {"Ana Quell"}


def test_a_clubs_plural_that_is_a_surname_too_after_a_city() -> None:
    text = "Match\n\nElston Athletic beat Lisbon Royals 2-1. The Atlanta Hawks lost.\n"
    assert not people(text)
    assert people("Match\n\nTony Hawks said the match was dull.\n") == {"Tony Hawks"}


def test_a_slogan_in_title_case_with_its_stop_inside_the_marks() -> None:
    text = ('Rally\n\nHe boarded his campaign bus, which is painted with the slogan "Safe '
            'Streets, Low Taxes."\n')
    assert not people(text)


def test_a_byline_after_a_bar_of_page_furniture() -> None:
    text = ("Match\n\nMATCH REPORT | By Saoirse Ní Bhriain | 21 September 1996\n"
            "Elston Athletic beat Lisbon Royals 2-1 on Saturday.\n")
    assert people(text) == {"Saoirse Ní Bhriain"}


# -- quotes: a comment shared, an opener with no comma, a request after a quote ----------
def test_a_quote_shared_with_the_comment_is_the_subjects() -> None:
    for opener in ("", "Within minutes "):
        text = (f"Debate\n\n{opener}Curtis Vang had shared it with the comment \"The mayor "
                'still has not answered the question."\n')
        assert attributions(text) == [
            ("The mayor still has not answered the question", "Curtis Vang",
             "Curtis Vang")], opener


def test_a_short_opener_without_a_comma_before_the_subject() -> None:
    text = ('Debate\n\n"We lost," Ana Roe said. On Monday Tom Doe hit back. '
            '"She is wrong."\n')
    assert [speaker for _, _, speaker in attributions(text)] == ["Ana Roe", "Tom Doe"]


def test_a_place_in_the_opener_is_not_the_subject() -> None:
    text = 'Debate\n\nIn France Ana Roe was praised. "We did it."\n'
    assert [speaker for _, _, speaker in attributions(text)] == ["Ana Roe"]


def test_a_request_after_a_quote_is_no_cue_for_it() -> None:
    text = ('Appeal\n\nThe senator sent an email on Sunday. "They think they can buy this '
            'seat," the email said. "Do not let them." It asked for gifts of $25 or more.\n')
    assert [source for _, source, _ in attributions(text)] == ["the email", "the email"]


# -- a capital standing for its government at a sentence's start -------------------------
def test_in_the_capital_its_leader_or_offices_speak_for_the_country() -> None:
    text = ("Allies\n\nThe reaction was muted. In Berlin, Chancellor Dora Kleist was more "
            "restrained. In Seoul, the office of President Seo Min-jae issued a statement. "
            "In Paris, fans cheered.\n")
    codes = {e.code for e in find_entities(text) if e.kind == "country"}
    assert codes == {"DE", "KR"}


def test_a_player_whose_surname_is_a_towns_too_before_a_country() -> None:
    text = ("GOLF - LEADING SCORES.\nSEOGWIPO 1996-09-06\nLeading scores:\n"
            "139 Jeev Raman (India) 71 68, Oh Jae-min 73 67\n")
    assert "Jeev Raman" in people(text)


def test_a_firm_named_after_its_owner_in_a_whose_apposition() -> None:
    text = ("Cycling\n\nHe beat Wim Verhaegen, whose family haulage firm, Verhaegen "
            "Transport, sponsors his team.\n")
    assert _kinds(text) == {"Wim Verhaegen": "person", "Verhaegen Transport": "organization"}


# -- transcripts ---------------------------------------------------------------------------
_TRANSCRIPT = ("HOST: Senator, thanks for joining us.\n\nSEN. RUTH ABERNATHY: Glad to be here."
               "\n\nHOST: Why?\n\nABERNATHY: Because it taxes our farmers. And \"Protection\" "
               "is the wrong word.\n")


def test_a_transcripts_surname_label_is_the_person_its_full_label_named() -> None:
    ents = [e for e in analyze(_TRANSCRIPT).entities if e.kind == "person"]
    assert [(e.name, [_TRANSCRIPT[s:t] for s, t in e.mentions]) for e in ents] == [
        ("Ruth Abernathy", ["RUTH ABERNATHY", "ABERNATHY"])]


def test_the_contracts_quotes_are_in_marks_and_a_transcripts_lines_apart() -> None:
    doc = analyze(_TRANSCRIPT).to_json()
    assert [q["text"] for q in doc["quotes"]] == ['"Protection"']
    assert [q["text"] for q in doc["lines"]] == ["Senator, thanks for joining us.",
                                                 "Glad to be here."]
    again = Analysis.from_json(doc)
    assert [q.text for q in again.quotes] == [q.text for q in analyze(_TRANSCRIPT).quotes]


# -- set v: offices, bodies, ships, particles --------------------------------------------
def test_an_office_after_a_place_word_the_tables_hold_as_a_given_name() -> None:
    for text in ("Budget\n\nKerala Finance Minister Thomas Varghese Kurian said no.\n",
                 "Water\n\nVictorian Premier Anh Tran Whitfield said no.\n"):
        assert people(text) == {text.split("\n")[2].split(" Minister ")[-1].split(
            " Premier ")[-1].removesuffix(" said no.")}, text


def test_a_rank_of_custom_inside_a_name_stays_part_of_it() -> None:
    assert people("Somalia\n\nAbdirahman Sheikh Hassan Nur said no.\n") == {
        "Abdirahman Sheikh Hassan Nur"}


def test_a_hyphenated_office_alone_names_no_one() -> None:
    text = "Audit\n\nBut the state's Auditor-General warned in a report that waits grew.\n"
    assert not people(text)


def test_bodies_by_their_kind_after_them_or_in_an_apposition() -> None:
    text = ("Talks\n\nThe official Dala news agency quoted President Yerlan Beisenov. The "
            "port was financed by Dasman Holding of Kuwait. Maize is bought by millers, "
            "including Mwangi Brothers Milling, a Nakuru firm named after its founders.\n")
    assert people(text) == {"Yerlan Beisenov"}
    assert {"Dala", "Dasman Holding", "Mwangi Brothers Milling"} <= set(_kinds(text))


def test_ships_by_a_navys_prefix_or_a_kind_before_the_comma() -> None:
    text = ("Ferry\n\nThe ferry, the Daw Khin Hla, was carrying 120 people. Japan donated a "
            "patrol boat, the RFNS Ratu Semi, to Fiji.\n")
    assert not people(text)


def test_a_short_form_takes_back_every_particle_of_the_surname() -> None:
    text = ('Protest\n\nInterior Minister Carlos de la Puente met them. "Open," de la '
            'Puente told reporters. Minister Jan van der Linden agreed. "Yes," van der '
            "Linden said.\n")
    assert mentions(text) == ["Carlos de la Puente", "Jan van der Linden", "de la Puente",
                              "van der Linden"]


def test_a_city_before_its_office_is_no_person() -> None:
    text = ("Race\n\nHis opponent, former Savannah mayor Yolanda Pressley-Grant, called the "
            "plan weak. Savannah Guthrie said the mayor was right.\n")
    assert mentions(text) == ["Savannah Guthrie", "Yolanda Pressley-Grant"]


def test_a_school_named_after_someone_is_no_person() -> None:
    text = "Poet\n\nA school in Antofagasta, the Liceo Amparo Valdivieso, bears her name.\n"
    assert not people(text)


def test_a_short_form_of_the_first_of_two_surnames_takes_its_particles() -> None:
    text = ('Protest\n\nInterior Minister Rosa María de la Puente Huamán met them. "Open," '
            "de la Puente told reporters.\n")
    assert mentions(text) == ["Rosa María de la Puente Huamán", "de la Puente"]


def test_a_first_name_that_is_a_towns_too_reporting_is_the_person() -> None:
    text = ('Palm\n\nPlantation Minister Datuk Seri Rahimah binti Osman met officials. '
            '"They will pay," Rahimah told reporters.\n')
    assert mentions(text) == ["Rahimah", "Rahimah binti Osman"]


# -- quotes of set v's open read -----------------------------------------------------------
def test_british_marks_with_the_comma_after_the_closing_mark() -> None:
    text = ('Vote\n\nThe new MP, Aisha Rahman, thanked her opponents. She promised to hold '
            '"surgeries in every ward, every month", she told supporters.\n')
    assert attributions(text) == [("surgeries in every ward, every month", "she",
                                   "Aisha Rahman")]


def test_a_call_for_quoted_words_is_the_callers() -> None:
    text = ('Summit\n\nPrime Minister Josaia Vunivalu opened the meeting with a call for '
            '"money that arrives in years, not decades". Vunivalu said more.\n')
    assert [speaker for _, _, speaker in attributions(text)] == ["Josaia Vunivalu"]


def test_a_participle_after_an_article_is_a_modifier_of_the_subject() -> None:
    text = ("Protest\n\nThe ruling party's national spokesperson, Sambit Mishra-Raut, went "
            'further, calling the protest "a drama scripted for the next election."\n')
    assert [speaker for _, _, speaker in attributions(text)] == ["Sambit Mishra-Raut"]


def test_an_office_after_an_article_is_a_description_not_a_body() -> None:
    text = ('Vote\n\nAisha Rahman won the seat. The new MP, 44, thanked her opponents and '
            'promised to hold "surgeries in every ward."\n')
    assert _kinds(text) == {"Aisha Rahman": "person"}
    assert attributions(text) == [("surgeries in every ward", "The new MP", "Aisha Rahman")]
