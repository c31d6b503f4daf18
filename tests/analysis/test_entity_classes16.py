"""Entity classes of round 16 that real scraped news has everywhere: short titles that are
surnames too, and the others below. Every sentence and name is made up.
"""

from __future__ import annotations

from reader.analysis.entities import find_entities
from tests.analysis.support import attributions, mentions, people


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [text[s:t] for s, t in e.mentions]
            for e in find_entities(text) if e.kind == "person"}


# -- a short title without its full stop as a surname -------------------------------------
def test_a_short_title_after_a_given_name_is_its_surname() -> None:
    text = ("The economist Ravi Sen said growth would slow. Sen added that prices were "
            "rising.")
    assert _mentions(text) == {"Ravi Sen": ["Ravi Sen", "Sen"]}


def test_short_title_surnames_in_other_shapes() -> None:
    assert people("Singer Nadia Col performed on Saturday.") == {"Nadia Col"}
    assert people("Professor Maya Sen, who studies voting, said turnout was high.") == {
        "Maya Sen"}
    assert people("Amit Sen and Kiran Sen were both elected.") == {"Amit Sen", "Kiran Sen"}
    assert people("The talk was given by Maya Sen Gupta, an economist.") == {
        "Maya Sen Gupta"}


def test_a_short_title_before_a_name_stays_a_title() -> None:
    assert mentions("The bill was backed by Sen Jane Roe and Rep Tom Doe.") == [
        "Jane Roe", "Tom Doe"]
    assert mentions("The march was led by Gen Omar Haddad and Col Ivo Marsh.") == [
        "Ivo Marsh", "Omar Haddad"]
    assert mentions("Lt Gen Ravi Kumar said the drill went well.") == ["Ravi Kumar"]


# -- names in capitals in a byline or credit line of running text -------------------------
def test_names_in_capitals_after_by_are_people() -> None:
    text = ("By MARTA QUELLING and OSWIN BRAKE\nHerald Staff\n\nThe council voted on Tuesday "
            "to close the harbour road.")
    assert _mentions(text) == {"Marta Quelling": ["MARTA QUELLING"],
                               "Oswin Brake": ["OSWIN BRAKE"]}
    text = ("By JANE ROWNTREE, TOBIAS KELL and ANIKA VOSS, Herald Staff\nThe hearing lasted "
            "three hours.")
    assert people(text) == {"Jane Rowntree", "Tobias Kell", "Anika Voss"}
    text = "By SIOBHAN MACREADY\nBusiness Writer\nShares rose. Macready reported from Elston."
    assert _mentions(text) == {"Siobhan Macready": ["SIOBHAN MACREADY", "Macready"]}


def test_names_in_capitals_before_a_comma_and_the_desk_are_people() -> None:
    text = "DERRICK HALVORSEN, Herald Staff\n\nThe storm moved north on Friday."
    assert _mentions(text) == {"Derrick Halvorsen": ["DERRICK HALVORSEN"]}
    text = "KOFI ANSAH and LUISA MONTERO, The Quell Courier\nThe port reopened."
    assert people(text) == {"Kofi Ansah", "Luisa Montero"}


def test_a_place_or_a_heading_in_capitals_before_a_comma_is_no_one() -> None:
    for line in ("NEW YORK, Herald Staff", "BREAKING NEWS, Live Updates",
                 "OPEN DAY, Final Round", "MARY ESTHER, Florida", "GLEN ELLYN, Ill.",
                 "CHARLES TOWN, Herald Staff"):
        assert people(f"{line}\nThe vote is due today.") == set()


# -- a news site's caption word before a quoted caption -----------------------------------
def test_the_caption_word_is_no_speaker() -> None:
    text = ("Media caption Quorvath Blenn: 'We were not warned'\n\nResidents say the flood "
            "came without notice.")
    assert attributions(text) == [("We were not warned", "Quorvath Blenn", "Quorvath Blenn")]
    assert {e.name for e in find_entities(text) if e.kind == "organization"} == set()


def test_captions_in_other_shapes_name_their_speaker() -> None:
    text = 'Video caption Benedikt Roorda: "We will be back"'
    assert attributions(text) == [("We will be back", "Benedikt Roorda", "Benedikt Roorda")]
    text = ('Media caption "It was terrifying" - Ines Marlow describes the blast\n\n'
            "The blast shook the port.")
    assert attributions(text) == [("It was terrifying", "Ines Marlow", "Ines Marlow")]
    text = ('Image caption, Brandvik: "We need help"\n\nMayor Ilse Brandvik said the town '
            "had run out of sandbags.")
    assert attributions(text) == [("We need help", "Brandvik", "Ilse Brandvik")]


# -- "according to" before a name no table knows -----------------------------------------
def test_a_source_of_two_words_after_according_to_is_a_person() -> None:
    assert people("Nobody was hurt, according to Yindi Marrawuy.") == {"Yindi Marrawuy"}
    assert people("According to Quorvath Blenn of the farmers' union, the harvest "
                  "failed.") == {"Quorvath Blenn"}


def test_a_body_after_according_to_is_no_person() -> None:
    for body in ("Marbeck Analytics", "Tarsian Rights Watch", "Elston Police",
                 "Quell Bank"):
        assert people(f"Prices rose, according to {body}.") == set()


# -- an age ending the sentence after a name ----------------------------------------------
def test_an_age_ending_the_sentence_says_a_person() -> None:
    assert people("Police named the driver as Rune Kvale, 34.") == {"Rune Kvale"}
    assert people("The victims were named as Quorvath Blenn, 34; and Ana Roe.") == {
        "Quorvath Blenn", "Ana Roe"}
    assert people("The score was Marbeck Rovers, 34.5 points.") == set()


# -- "Will", a given name and a modal verb ----------------------------------------------
def test_will_before_a_surname_is_a_given_name() -> None:
    assert mentions("Will Doe said the plan was dead.") == ["Will Doe"]
    assert mentions('"It is over," said Will Harlow.') == ["Will Harlow"]
    assert mentions("The coach, Will Harlow, was sacked.") == ["Will Harlow"]


def test_will_asking_a_question_is_no_name() -> None:
    assert mentions("Will Marbeck win the vote?") == []
    assert mentions("Will Harlow Win Again?") == []
    assert mentions("It was the Will of the People.") == []


# -- a name opening a quotation in single curly marks ------------------------------------
def test_a_curly_opening_mark_before_a_name_is_no_glottal_stop() -> None:
    # (the closing mark after an "s" closes the quotation all the same)
    text = "‘Ines Marlow will lead us’: party names new chief"
    assert mentions(text) == ["Ines Marlow"]
    text = "‘Oscar Lindgren will lead us’, the chairman said."
    assert mentions(text) == ["Oscar Lindgren"]


def test_a_verb_of_a_quoted_title_case_headline_ends_the_name() -> None:
    # (a headline alone, as a feed gives an item's title)
    assert people("'Tomasz Kowalczyk Deserves Better': Players Rally Behind Coach") == {
        "Tomasz Kowalczyk"}
    assert people("Halina Brzoska Needs More Time, Says Coach") == {"Halina Brzoska"}


# -- things and sides named like people --------------------------------------------------
def test_a_town_word_last_is_no_sign_of_a_surname() -> None:
    assert people("He joined Quellby Athletic in 2019 after leaving Elston Town.") == set()
    assert people("She moved to Elston Town in May.") == set()
    assert people("Tom Town said he was ready.") == {"Tom Town"}


def test_a_number_and_a_ship_verb_after_a_titled_name_make_a_ship() -> None:
    assert people("The Queen Mary 2 docked in Elston on Sunday.") == set()
    assert people("The Queen Ama 3 sailed at dawn.") == set()


def test_a_plural_after_a_french_or_spanish_article_is_a_side() -> None:
    assert people("Les Bleus beat the Socceroos 4-1 in their opening game.") == set()
    assert people("Coach Ana Roe said Los Pumas were ready.") == {"Ana Roe"}
    assert people("Les Dennis hosted the show.") == {"Les Dennis"}


def test_a_club_lending_a_player_is_no_person() -> None:
    text = "The striker joined on loan from Jorge Quellmann in January."
    assert [(e.kind, e.name) for e in find_entities(text)] == [
        ("organization", "Jorge Quellmann")]
    assert people("Ana Roe is on loan to Tomas Vell until June.") == {"Ana Roe"}


# -- the people of a credit line say nothing ---------------------------------------------
def test_no_pronoun_stands_for_the_writer_of_the_byline() -> None:
    text = 'By Ingrid Solberg\n\n"The water came fast," she said. "We lost the barn."'
    assert [speaker for _, _, speaker in attributions(text)] == [None, None]
    text = ("DERRICK HALVORSEN, Herald Staff\n\n\"Nobody warned us,\" he said. The storm "
            "moved north.")
    assert attributions(text) == [("Nobody warned us", "he", None)]
    text = '(Photo by Kenji Arakawa/Quell Press)\n"They never came back," he said.'
    assert attributions(text) == [("They never came back", "he", None)]


def test_a_pronoun_after_a_byline_still_finds_the_story_s_person() -> None:
    text = ('By Ingrid Solberg\n\nOSLO — Tomas Vell resigned on Friday. "I have no '
            'regrets," he said.')
    assert attributions(text) == [("I have no regrets", "he", "Tomas Vell")]


def test_a_desk_under_a_byline_is_no_person() -> None:
    text = 'By JANE ROWNTREE\nWire Staff\n\n"We will rebuild," the mayor said on Monday.'
    assert people(text) == {"Jane Rowntree"}
    assert attributions(text) == [("We will rebuild", "the mayor", None)]


def test_the_caption_word_joins_no_name() -> None:
    text = "Image copyright Tomas Weller\nImage caption Fans wait outside the hall."
    assert _mentions(text) == {"Tomas Weller": ["Tomas Weller"]}
    # (scraped pages run the furniture into one line)
    text = ("Image copyright Quell Press Image caption Tomas Weller Image caption Fans wait "
            "outside the hall.")
    assert _mentions(text) == {"Tomas Weller": ["Tomas Weller"]}
    assert {e.name for e in find_entities(text) if e.kind == "organization"} == {
        "Quell Press"}


def test_a_caption_run_on_after_other_furniture_names_its_speaker() -> None:
    text = ('Media playback is unsupported on your device. Media caption Quorvath Blenn: "We '
            'were not warned"\n\nResidents say the flood came without notice.')
    assert attributions(text) == [("We were not warned", "Quorvath Blenn", "Quorvath Blenn")]


def test_a_picture_s_credit_is_a_person_s_cue() -> None:
    # ("Arakawa" is a town's name too: without the cue the pair reads as a place)
    assert people("Photo: Kenji Arakawa\n\nThe talks went on.") == {"Kenji Arakawa"}
    assert people("The talks went on.\nPhotograph: Kenji Arakawa/Quell Press") == {
        "Kenji Arakawa"}
    assert people("Venue: Kenji Arakawa\nThe talks went on.") == set()


# -- a body's name and its letters written twice -----------------------------------------
def test_a_longer_name_spelled_by_letters_written_twice_is_one_body() -> None:
    # (the second mention raised ValueError: the first had moved to the longer name)
    text = ("The Elston Competition and Markets Authority (ECMA) fined the firm. Later the "
            "Elston Competition and Markets Authority (ECMA) said more. ECMA said.")
    bodies = [e for e in find_entities(text) if e.kind == "organization"]
    assert [(e.name, len(e.mentions)) for e in bodies] == [
        ("Elston Competition and Markets Authority", 5)]


# -- a craft named like a person ---------------------------------------------------------
def test_a_craft_with_a_given_name_first_is_no_one_when_it_does_what_craft_do() -> None:
    assert people("The spacecraft Ana Quell will reach Mars in 2031.") == set()
    assert people("The rocket Tomas Vell lifted off at dawn.") == set()
    assert people("The probe Ana Roe designed will reach Mars.") == {"Ana Roe"}
