"""Countries and known organisations found through the phrase tables.

A country counts however it is named: its name or short form ("DPRK", "U.S."), its
demonym ("North Korean"), its capital standing for its government ("Pyongyang"), or
"the North"/"the South" when the article is about Korea. Names that are also people or
US states (Jordan, Chad, Georgia, Washington) count only when the words around them
do not make them part of a longer name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from reader.analysis.data.countries import (
    AMBIGUOUS_CAPITALS,
    AMBIGUOUS_NAMES,
    CONGO_CUES,
    GIVEN_NAME_COUNTRIES,
    GOVERNMENT_SEATS,
)
from reader.analysis.data.words import (
    HEADLINE_IRREGULAR,
    HEADLINE_VERB_BASES,
    HEADLINE_VERBS,
    HONORIFICS,
    NEVER_NAME,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_WORDS,
    TRADE_HEADS,
    inflect,
)
from reader.analysis.lexicon import LEXICON, Phrase
from reader.analysis.model import Entity
from reader.analysis.names import CITIES, GIVEN_NAMES, SURNAMES, WORLD_SURNAMES
from reader.analysis.organizations import (
    CLUB_FIRST_WORDS,
    foreign_bodies,
    named_parties,
    plays_a_match,
    possessive_bodies,
)
from reader.analysis.slugs import entity_id
from reader.analysis.text_at import ends_at, starts_at
from reader.analysis.tokens import Token, capitalised_tokens, joined
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# "the North" / "the South" standing for the two Koreas (not "the North Korean ...").
_KOREA_SIDE: Final = compiled(r"\b[Tt]he (North|South)\b(?![ \-]?[A-Z])")
# "the two Koreas", "both Koreas": North and South Korea at once (read as the one of the
# two that the article does not name otherwise).
_BOTH_KOREAS: Final = compiled(r"\b(?:[Tt]wo|[Bb]oth) (Koreas)\b")
# "the States" standing for the United States after a preposition or a verb of going ("she
# trains in the States", "moved to the States"); not "the States of Jersey" (its
# parliament), "the States General" or "the Gulf States".
_THE_STATES: Final = compiled(
    r"\b(?:in|to|from|across|around|throughout|visit|visits|visited|visiting|toured|tour)"
    r" the (States)\b(?! of\b| General\b|-General\b| [A-Z])")

# Words before "of" that make "X of <country>" a body's name.
_NAME_OF: Final = frozenset({"Bank", "Agency", "Tour", "Rights", "Fields", "Bishop", "Archbishop",
                      "Church", "Museum", "Friends"})

# Heads of a state's own bodies: "the U.S. Senate", "the Ruritania Defence Ministry" speak
# of the country; "Ruritania Airlines" or "the Ruritania Times" do not.
_STATE_BODIES: Final = frozenset({
    "Department", "Ministry", "Senate", "House", "Congress", "Parliament", "Treasury",
    "Army", "Navy", "Force", "Forces", "Guard", "Guards", "Embassy", "Consulate",
    "Government", "Administration", "Agency", "Bureau", "Office", "Court", "Police",
    "Command", "Corps", "Service", "Reserve", "Cabinet", "Assembly", "Council",
    "Commission", "Authority", "Tribunal", "Directorate", "Secretariat", "Commissariat",
    "Party",
})
# Last words of newspapers' names that are no organisation's head elsewhere: "Ruritania
# Today", "the Ruritania Daily" (a newspaper is not its country).
_PAPER_WORDS: Final = frozenset({"Today", "Daily"})
# Words inside a body's name that make it the nation's: "the Ruritanian National Bank".
_NATIONAL_WORDS: Final = frozenset({"National", "Central", "Federal", "Royal", "State", "Reserve"})

# The last word of a state's form before "of <country>": "Republic of Iceland", "Federal
# Democratic Republic of Nepal", "Grand Duchy of Luxembourg" are the country's official
# names, not bodies named after it.
_STATE_FORMS: Final = frozenset({"Republic", "Kingdom", "State", "States", "Commonwealth",
                          "Principality", "Duchy", "Sultanate", "Emirate", "Federation",
                          "Confederation"})

# US politics just before "Georgia" make it the state.
_US_POLITICS: Final = compiled(
    r"\b(?:[Cc]ongress(?:wo)?man|[Ss]enator|[Gg]overnor|Rep\.|Sen\.|Gov\.|Speaker|Democrat|"
    r"Republican|state of|GOP|[Ll]awmaker|[Pp]rimary|[Dd]elegation)"
)

# Prepositions before an ambiguous capital that make it a venue ("talks in Paris").
_VENUE_WORDS: Final = frozenset({"in", "at", "near", "outside", "from", "of"})
# Nouns before "from" that make the capital after it the government that gives or asks
# ("renewed interest from Washington", "pressure from Lima"), not a place of departure.
_WANTED_FROM: Final = compiled(
    r"\b(?:pressure|interest|support|backing|criticism|demands?|warnings?|threats?|"
    r"opposition|approval|signals?|orders?|requests?|objections?|protests?|aid|help|"
    r"funding|money|sanctions|envoys?|delegation|officials|diplomats) $")
# Nouns of transport or travel before "to" and a capital that make it where the line goes
# ("flights to Quellgrad", "the road to Quellgrad", "visitors to Quellgrad"), not the
# government one writes or goes to ("a letter to Quellgrad", "flew to Quellgrad for talks").
_TRAVEL_TO: Final = compiled(
    r"\b(?:flights?|routes?|trains?|buses|bus|road|highway|railway|pipeline|ferry|ferries"
    r"|cargo|shipments?|visitors|tourists|travell?ers|trips?|holidays?) to $", re.IGNORECASE)
# A list of places after a preposition of place that a capital ends ("in Lagos, Kano and
# Quellgrad", "from Dubai and Quellgrad"; not ", and Quellgrad said": a new clause).
_VENUE_LIST_BEFORE: Final = compiled(
    r"\b(in|at|near|outside|from)(?: [A-Z][\w'’.-]*){1,3}(?:,(?: [A-Z][\w'’.-]*){1,3})*"
    r" (?:and|or) $")
# Nouns of a reaction before "in" and a capital that make the capital the government that
# reacts ("a cool response in Quellgrad", "alarm in Quellgrad"), not a place.
_REACTION_IN: Final = compiled(
    r"\b(?:response|responses|reaction|reactions|anger|alarm|concern|concerns|dismay"
    r"|outrage|fury|irritation|unease|consternation|displeasure) in $")
# What opens the sentence after "In <capital>," when the capital stands for its government:
# its leader or its offices ("In Quellgrad, Chancellor Ana Roe was more restrained", "In
# Quellgrad, the foreign ministry said"), not anyone there ("In Quellgrad, fans cheered").
_GOVERNMENT_AFTER_COMMA: Final = compiled(
    r", (?:(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Foreign "
    r"Minister|Defen[cs]e Minister|Interior Minister)\b|the (?:office of |offices of )?"
    r"(?i:president|prime minister|chancellor|government|foreign ministry|ministry|cabinet|"
    r"palace|presidency|administration)\b|(?:government|ministry|foreign ministry) "
    r"(?:officials|spokesman|spokeswoman|spokesperson)\b)")
# A noun of a government's people, offices and papers right after a seat of government:
# the seat is an adjective ("White House officials", "the Kremlin spokesman", "White House
# Press Secretary Jane Roe", "a Downing Street statement"); not a verb ("the Kremlin
# denied").
_SEAT_AS_MODIFIER: Final = compiled(
    r"[ \u00a0](?:[Oo]fficials?|[Aa]ides?|[Ss]pokes(?:man|woman|person|people|men|women)"
    r"|[Ss]taff(?:ers?)?|[Pp]ress|[Cc]hief|[Dd]eputy|[Ss]enior|[Cc]ounsel|[Ll]awyers?"
    r"|[Aa]dvis[eo]rs?|[Ss]ources?|[Ii]nsiders?|[Cc]orrespondents?|[Rr]eporters?"
    r"|[Dd]octors?|[Pp]hysicians?|[Bb]udget|[Pp]olicy|[Tt]eam|[Cc]ommunications|[Oo]fficers?"
    r"|[Ss]trategists?|[Ee]conomists?|[Mm]emos?|[Ss]tatements?|[Bb]riefings?|[Rr]eadouts?"
    r"|[Ee]nvoys?|[Ll]iaisons?|[Ii]nterns?|[Ee]mployees?|[Ww]ebsite|[Pp]ool)\b")
# Prepositions before any capital that make it the place where something happens ("the
# envoys stayed in Moscow"), not the government that acts ("pressure from Moscow").
_AT_WORDS: Final = frozenset({"in", "at", "near", "outside"})

# Lower-case nouns right after a capital that make it a place or an event's name: "the
# Paris climate accord", "the Seoul marathon", "Moscow residents"; or a market's goods,
# as market reports write them ("London copper rose", "TOKYO GOLD ENDS LOWER").
_PLACE_NOUNS: Final = frozenset("""
agreement agreements accord accords climate summit conference talks treaty protocol
declaration marathon games airport subway metro police mayor residents region suburb
suburbs streets street office bureau correspondent correspondents stock bourse exchange
time hotel university embassy station district zoo traffic home apartment restaurant
area club derby results standings scores scoreboard race meet stocks shares market markets
index trading traders dealers futures bonds
round rounds process consensus framework communique charter convention conventions formula
negotiations meeting meetings
copper aluminium aluminum zinc nickel tin gold silver platinum palladium bullion cocoa coffee
tea sugar rubber palm wheat maize corn soybeans grains grain cotton wool metals interbank
gilts
hospital clinic school college church mosque temple synagogue cathedral museum gallery
theatre theater stadium arena prison jail cemetery square neighbourhood neighborhood slum
nightclub cafe café studio venue courtroom morgue mine mines factory plant dam farm ranch
camp base port harbour harbor barracks depot warehouse oilfield shipyard quarry
""".split())  # noqa: SIM905  (a word list reads best as a block)
_NEXT_LOWER: Final = compiled(r"[ \u00a0]([a-z]+)")
# What follows a city that opens a dateline: "MOSCOW (Reuters) -", "LA PAZ, Bolivia (AP) —",
# "Lima, May 2 -", "LIMA —", "LIMA 2026-05-02", "Lima: " (as Indian and Pakistani papers
# write it).
_DATELINE_AFTER: Final = compiled(
    r"(?:,[^\n,()—–]{1,40})?[ \u00a0]*(?:\([^()\n]{1,40}\)[ \u00a0]*)?(?:[—–]|--?[ \u00a0])"
    r"|[ \u00a0]+\d{4}-\d\d-\d\d|:[ \u00a0]")

# What closes a news agency's credit in a dateline: "LIMA, Peru (AP) —", "LIMA (Reuters) -".
_CREDIT_AFTER: Final = compiled(r"\)[ \u00a0]*(?:[—–]|--?[ \u00a0])")


# Known bodies that every country may have of its own: named with the country before them
# ("the U.S. Senate", "the Ruritanian Red Cross"); an international body is not ("the
# Ruritanian U.N. envoy").
_NATIONAL_BODIES: Final = frozenset({"Senate", "House", "Congress", "Supreme Court", "Red Cross",
                              "Federal Reserve", "State Department", "Justice Department"})
# One-word chambers that before these nouns name a seat or a race, not the body that acts:
# "his Senate seat", "a House race", "the Republican Senate candidate".
_CHAMBERS: Final = frozenset({"Senate", "House", "Congress"})
# (A committee of the chamber is named as the committee, not as the chamber: "a House
# panel", "SENATE PANEL BACKS ...".)
_SEAT_AFTER: Final = compiled(
    r" (?:seats?|races?|candidates?|candidacy|campaigns?|bids?|contests?|primar(?:y|ies)"
    r"|hopefuls?|nominees?|runs?|districts?|terms?|panels?|committees?|subcommittees?"
    r"|hearings?|investigators)\b", re.IGNORECASE)


_HOME_AFTER: Final = compiled(r" (?:prices?|sales|hunting|fires?|arrest|values|building)\b",
                       re.IGNORECASE)


def _chamber_as_modifier(text: str, tokens: list[Token], i: int, end: int,
                         phrase: Phrase) -> bool:
    if end - i != 1 or phrase.key not in _CHAMBERS:
        return False
    m = _SEAT_AFTER.match(text, tokens[i].end)
    if m is None and phrase.key == "House":
        m = _HOME_AFTER.match(text, tokens[i].end)  # "House prices rose": homes, no chamber
    # (in running text only a lower-case noun: "the House Committee on ..." is named so)
    return m is not None and (tokens[i].caps_line or m.group().islower())


def _of_tail(text: str, tokens: list[Token], end: int, claims: list[str | None]) -> int:
    """The end of "of" and the capitalised word after a known body's word ("House of
    Commons", "Congress of Deputies"); `end` itself when no such word follows, or when
    it is a country's name ("the Senate of Ruritania" keeps its country)."""
    n = len(tokens)
    if (end + 1 >= n or tokens[end].text != "of" or not joined(text, tokens[end - 1], tokens[end])
            or not joined(text, tokens[end], tokens[end + 1])):
        return end
    k = end + 1
    if (not _is_name_word(tokens[k]) or claims[k] is not None or tokens[k].text in NEVER_NAME
            or LEXICON.match(tokens, k, False) is not None):
        return end
    # ("House of Commons", "Congress of Elston Dock Workers"; but "House of Representatives
    # Speaker Jane Roe": a title or a given name ends the name)
    k += 1
    while (k < n and k < end + 5 and _is_name_word(tokens[k]) and claims[k] is None
           and joined(text, tokens[k - 1], tokens[k]) and tokens[k].text not in NEVER_NAME
           and tokens[k].text not in HONORIFICS and tokens[k].text not in GIVEN_NAMES
           and ((known := LEXICON.match(tokens, k, False)) is None
                or known.kind == "possessor")):  # ("... of Dock Workers")
        k += 1
    return k


def _dateline_credit(text: str, start: int, end: int) -> bool:
    """True for a body named in brackets in a line-opening dateline ("OSLO (Reuters) -",
    "LIMA, Peru (AP) —"): the credit says who wrote the story, not whom it is about."""
    if start == 0 or text[start - 1] != "(" or _CREDIT_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start - 1]
    return 0 < len(before) <= 60 and before[0].isupper() and not any(
        c in before for c in ";:!?—–")


# A US state's name written near "Georgia" makes it one of them too, and so do the
# state's own big cities ("ATLANTA, Georgia", "GEORGIA'S GOVERNOR SWORN IN IN ATLANTA").
_US_STATE_NEAR: Final = compiled(
    r"\b(?:Alabama|Florida|Tennessee|Carolina|Virginia|Texas|Ohio|Arizona|Nevada|"
    r"Michigan|Pennsylvania|Wisconsin|Iowa|Mississippi|Louisiana|Kentucky|Atlanta|Savannah"
    r"|Macon|Washington state)\b", re.IGNORECASE)
# A member of Congress from Georgia as US papers write it ("Sen. Jane Roe (D-Ga.)",
# "Rep. John Doe, R-Ga.,"): the article's "Georgia" is the state.
_GEORGIA_MEMBER: Final = compiled(r"\b[DRI]-Ga\.")
# Words of the country Georgia that keep "Georgia" the country in an article that also
# names the US state.
_GEORGIA_CUES: Final = ("Tbilisi", "TBILISI", "Caucasus", "CAUCASUS", "Abkhaz", "Ossetia", "Batumi")

# Words after "Georgia" that make it the US state.
_STATE_CUES: Final = frozenset({
    "Democrat", "Democrats", "Republican", "Republicans", "state", "State", "Gov.",
    "Governor", "governor", "Senate", "House", "University", "Tech", "Bulldogs",
    "primary", "voters", "county", "County", "Power",
})


# The lower-case words the country finder looks at (see tokens.tokenize).
KEEP_LOWER: frozenset[str] = (
    LEXICON.lower_words | _VENUE_WORDS | frozenset(w for w in _STATE_CUES if w.islower())
    | frozenset({"of", "in", "the", "and", "or"})
)


@lru_cache(maxsize=4)
def _names_a_georgia_member(text: str) -> bool:
    """True when the text names a member of Congress from Georgia and nothing of the
    country Georgia (read once per text: a long article may hold many "Georgia")."""
    return _GEORGIA_MEMBER.search(text) is not None and not any(
        cue in text for cue in _GEORGIA_CUES)


def _georgia_the_state(text: str, tokens: list[Token], i: int, before: Token | None,
                       before_claim: str | None) -> bool:
    """True when "Georgia" at token i is the US state: a word of US politics or of the
    state after it ("Georgia Republicans", "Georgia's governor") or before it ("a
    congresswoman from Georgia"), a town before it ("Marbeck, Georgia"), or another
    state or one of its cities near it ("Florida, Georgia and Ohio")."""
    tok = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text == "s" and text[tok.end:after.start] in ("'", "’"):
        after = tokens[i + 2] if i + 2 < len(tokens) else None  # "Georgia's governor"
    if after is not None and after.key in _STATE_CUES and after.start - tok.end <= 3:
        return True
    if _US_STATE_NEAR.search(text, max(0, tok.start - 40), min(len(text), tok.end + 40)):
        return True  # "Florida, Georgia and Ohio": one of the US states
    if _names_a_georgia_member(text):
        return True  # "Sen. Jane Roe (D-Ga.) ... growers in Georgia"
    if before is not None:
        between = text[before.end:tok.start]
        if between == ", " and before.cap and before_claim is None:  # "Marbeck, Georgia"
            return True
        if _US_POLITICS.search(text, max(0, tok.start - 50), tok.start):
            return True  # "a congresswoman from Georgia"
    return False


def _joined_run(text: str, tokens: list[Token], i: int, size: int) -> bool:
    """True when the tokens i..i+size-1 are written as one phrase (no line break or comma)."""
    for k in range(i, i + size - 1):
        between = text[tokens[k].end:tokens[k + 1].start]
        if len(between) > 2 or "\n" in between or "," in between:
            return False
    return True


# Surnames in the census lists that after a country's name make another kind of name
# ("India Today", "Kenya Cup").
_NOT_A_SURNAME: Final = ORG_HEADS | PLACE_WORDS | frozenset({
    "Daily", "Southern", "Northern", "Eastern", "Western", "Post", "Times", "Today", "Gate",
    "House", "Cup", "Open", "Test", "Power", "Street", "Inc", "Ink", "Rubber", "Tea", "Pale",
})


def _plural_demonym(word: str) -> bool:
    """True for a demonym's plural ("Americans", "Danes"): a people, never a surname."""
    return word.endswith("s") and any(
        phrase.kind == "demonym" and len(phrase.words) == 1
        for phrase in LEXICON.by_first.get(word[:-1]) or ())


def _is_name_word(tok: Token) -> bool:
    return tok.cap and not tok.caps_line and not tok.text.isupper()


def _country_reading_holds(text: str, tokens: list[Token], i: int, end: int,
                           phrase: Phrase, before_claim: str | None) -> bool:
    """False when an ambiguous name is here a person's name, a state or a team."""
    surface = tokens[i].text if end - i == 1 else ""
    before = tokens[i - 1] if i > 0 else None
    if (phrase.kind == "demonym" and before is not None and before.text in GIVEN_NAMES
            and joined(text, before, tokens[i]) and not (
                _plural_demonym(surface) and _after_sentence_end(text, before))):
        # "Tom Cuban", "Jane English"; but "Many Americans" opening a sentence is no one's
        # name ("the Cleveland Indians" is a team's)
        return False
    if (phrase.kind == "country" and before is not None and before_claim is None
            and before.text in GIVEN_NAMES and before.text not in CITIES
            and _is_name_word(before) and joined(text, before, tokens[i])
            and not _after_sentence_end(text, tokens[i])):
        return False  # "Tomás Andorra", "Ana Kenya": a surname (not "Sydney Australia")
    after = tokens[end] if end < len(tokens) else None
    if tokens[i].key == "Georgia" and end - i == 1 and _georgia_the_state(
            text, tokens, i, before, before_claim):
        return False
    if surface in GIVEN_NAME_COUNTRIES:
        return not (after is not None and _is_name_word(after) and joined(
            text, tokens[i], after) and (after.text in SURNAMES or after.text in WORLD_SURNAMES
                                         or after.text in GIVEN_NAMES)
            and after.text not in HONORIFICS and after.text not in _NOT_A_SURNAME)
    if surface not in AMBIGUOUS_NAMES and surface not in AMBIGUOUS_CAPITALS:
        return True
    if before is not None and joined(text, before, tokens[i]):
        # "Jane Jordan", "Tom Washington", "Gen. Washington"
        if before.text in GIVEN_NAMES or before.text in HONORIFICS:
            return False
        if _is_name_word(before) and before.text not in NEVER_NAME:
            return False  # (but "On Friday Washington said")
    if (after is not None and joined(text, tokens[i], after) and _is_name_word(after)
            and after.text not in HONORIFICS and after.text not in NEVER_NAME):
        return False  # "Jordan Quell", "Washington Ledger", "Chad Roe" (not "Oslo Monday said")
    # "climate talks in Paris": a place, not a government; but "pressure from Washington",
    # "alarm in Tokyo"
    return not (phrase.kind == "capital" and before is not None
                and before.text in _VENUE_WORDS and joined(text, before, tokens[i])
                and not (before.text == "from" and _WANTED_FROM.search(
                    text, max(0, before.start - 24), before.start) is not None)
                and not (before.text == "in" and _REACTION_IN.search(
                    text, max(0, before.start - 16), before.end + 1) is not None))


# Combining forms that stand for a country in a compound with another country or people:
# "Sino-Japanese", "Franco-German", "Anglo-Irish" (alone, "Anglo-Saxon", they do not).
_COMBINING_FORMS: Final = {
    "Sino": "CN", "Franco": "FR", "Anglo": "GB", "Indo": "IN", "Russo": "RU", "Italo": "IT",
    "Greco": "GR", "Graeco": "GR", "Turco": "TR", "Germano": "DE", "Hispano": "ES",
    "Luso": "PT", "Nippo": "JP", "Serbo": "RS", "Austro": "AT",
}
# Parts of a compound that name no country but leave the others standing: "Afro-Cuban",
# "Arab-Israeli".
_NEUTRAL_PARTS: Final = frozenset({"Arab", "Asian", "European", "African", "Latin", "Afro", "Euro"})
# Lower-case parts after a demonym that make it a language, not the country.
_LANGUAGE_PARTS: Final = frozenset({"speaking", "speaker", "speakers", "language", "languages"})
# The rest of a compound after its first part: "-led", "-Japanese", "-based."
_COMPOUND_REST: Final = compiled(r"(?:[-‐][^\W\d_][\w.’']*)+")
_HYPHEN: Final = compiled(r"[-‐]")
_CAPITAL_AFTER_HYPHEN: Final = compiled(r"[-‐][^\W\d_a-z]")
_ABBREVIATION: Final = compiled(r"(?:[A-Za-z]\.)+")


def _part_code(part: str, after_prefix: bool) -> str | None:
    """The country a capitalised part of a compound names ("U.S.", "Japanese"), a capital
    only after a lower-case prefix ("pro-Moscow"); None when it names none."""
    phrases = LEXICON.by_first.get(part)
    if phrases is None and part.isupper() and len(part) > 3:
        phrases = LEXICON.upper_by_first.get(part)
    for phrase in phrases or ():
        if len(phrase.words) == 1 and (phrase.kind in ("country", "demonym")
                                       or (after_prefix and phrase.kind == "capital")):
            return phrase.key
    return None


def compound_countries(word: str) -> tuple[list[str], int] | None:
    """The countries a hyphenated compound names ("US-led": US; "Sino-Japanese": CN, JP;
    "anti-American": US) and the length of the compound without a closing full stop or
    "'s"; None when it is not such a compound ("Anglo-Saxon", "Russian-speaking")."""
    found = _compound_parts(word)
    if found is None:
        return None
    parts, length = found
    return [code for code, _, _ in parts], length


def _compound_parts(word: str) -> tuple[list[tuple[str, int, int]], int] | None:
    """compound_countries, with where in the word each country's part lies."""
    length = len(word)
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            length -= 2
    parts = word[:length].replace("‐", "-").split("-")
    if parts[-1].endswith(".") and not _ABBREVIATION.fullmatch(parts[-1]):
        parts[-1] = parts[-1].rstrip(".")
        length = len("-".join(parts))
    found: dict[str, tuple[int, int]] = {}
    combining: dict[str, tuple[int, int]] = {}
    lower_seen = prefix = False
    at = 0
    for n, part in enumerate(parts):
        where = (at, at + len(part))
        at += len(part) + 1
        if not part:
            return None
        if part[0].islower():
            if n == 0:
                prefix = True  # "anti-American", "pro-Moscow"
                continue
            if not found or part in _LANGUAGE_PARTS:
                return None
            lower_seen = True  # "US-led", "Russian-backed"
            continue
        if lower_seen:
            return None
        code = _part_code(part, prefix)
        if code is not None:
            found.setdefault(code, where)
        elif part in _COMBINING_FORMS and n < len(parts) - 1:
            combining.setdefault(_COMBINING_FORMS[part], where)
        elif part not in _NEUTRAL_PARTS:
            return None
    if not found:
        return None
    merged = {**combining, **{c: w for c, w in found.items() if c not in combining}}
    ordered = sorted(merged.items(), key=lambda item: item[1])
    return [(code, s, e) for code, (s, e) in ordered], length


Compound = tuple[int, int, list[tuple[str, int, int]]]


def _compound_at(text: str, start: int, end: int) -> Compound | None:
    """The compound a country phrase at start..end opens ("U.S.-led", "U.S.-Mexico"), as
    (start, end, [(code, part start, part end), ...]), or None when no hyphen follows it."""
    m = _COMPOUND_REST.match(text, end)
    if m is None:
        return None
    found = _compound_parts(text[start:m.end()])
    if found is None:
        return None
    parts, length = found
    return start, start + length, [(code, start + s, start + e) for code, s, e in parts]


# The end of a compound of birth or origin before a demonym: "an Ethiopian-born Dutch
# runner" names both countries (not "Bosnian Serbs": a people of the first's country).
_BORN_COMPOUND: Final = compiled(r"[-‐](?:born|raised|bred)$")


# Prefixes that open a compound with a country's name, demonym or capital, capitalised
# at a sentence's start or in a headline ("Anti-American protests", "Pro-Moscow rebels",
# "Post-Soviet states", "ANTI-AMERICAN"; in lower case they are read by
# _prefixed_compounds).
_PREFIXES: Final = frozenset({"anti", "pro", "post", "pre", "non", "ex", "neo"})


def _prefixed_at(text: str, start: int, end: int) -> Compound | None:
    """The compound that a capitalised prefix at text[start:end] opens ("Anti-American"),
    as _compound_at gives it, or None."""
    m = _COMPOUND_REST.match(text, end)
    if m is None:
        return None
    found = _compound_parts(text[start:end].lower() + text[end:m.end()])
    if found is None:
        return None
    parts, length = found
    return start, start + length, [(code, start + s, start + e) for code, s, e in parts]


def _add_compound(compound: Compound, tokens: list[Token], i: int,
                  country_spans: dict[str, list[tuple[int, int]]],
                  claims: list[str | None]) -> int:
    """Records a compound's countries, claims its tokens from token i; the index of the
    first token after it. One country has the whole compound as its mention ("U.S.-led"
    is no bare "U.S."); of several, each has its own part (mentions never overlap), the
    last with the hyphen before it and what follows ("Sino-" "-Indian", "-Mexico-led")."""
    start, end, parts = compound
    if len(parts) == 1:
        country_spans.setdefault(parts[0][0], []).append((start, end))
    else:
        for n, (code, s, e) in enumerate(parts):
            if n == len(parts) - 1:
                s, e = s - 1, end
            country_spans.setdefault(code, []).append((s, e))
    k = i
    while k < len(tokens) and tokens[k].start < end:
        claims[k] = "country"
        k += 1
    return k


def _capital_is_government(text: str, tokens: list[Token], i: int, end: int,
                           claims: list[str | None]) -> bool:
    """False when a capital is here a place or part of another name, not its government:
    "stayed in Moscow", a dateline ("MOSCOW (Reuters) -"), "the Paris accord",
    "Tokyo Stock Exchange"; true for "Moscow said", "talks with Beijing"."""
    first, last = tokens[i], tokens[end - 1]
    before = tokens[i - 1] if i > 0 else None
    if before is not None and (
            before.text.lower() if before.caps_line or _after_sentence_end(text, before)
            else before.text) in _AT_WORDS and joined(text, before, first):
        # ("In Quellgrad, ..." opening a sentence too)
        # "the Foreign Ministry in Kyiv": where a state's body sits, its government;
        # "drew a cool response in Canberra": the government's reaction
        return (i > 1 and tokens[i - 2].text in _STATE_BODIES
                and joined(text, tokens[i - 2], before)) or (
                    before.text == "in" and _REACTION_IN.search(
                        text, max(0, before.start - 16), before.end + 1) is not None) or (
                    # "In Quellgrad, Chancellor Ana Roe said": the sentence is the
                    # government's
                    before.text.lower() == "in" and _after_sentence_end(text, before)
                    and _GOVERNMENT_AFTER_COMMA.match(text, last.end) is not None)
    if before is not None and i > 1 and before.text == "of" and joined(text, before, first) and (
            (head := tokens[i - 2].key) in ORG_HEADS or head in PLACE_WORDS or head in _NAME_OF):
        return False  # "the University of Quellgrad", "the Port of Quellgrad": a name's end
    if before is not None and before.text == "to" and _TRAVEL_TO.search(
            text, max(0, before.start - 14), before.end + 1) is not None:
        return False  # "flights to Quellgrad", "returned to Quellgrad": where one goes
    if _left_capital(text, first.start, last.end):
        return False  # "the last soldiers left Quellgrad": where one leaves
    if _OF_A_PLACE_AFTER.match(text, last.end):
        return False  # "Santiago de Cuba", "Santiago de Compostela": another city's name
    if ends_at(text, (" and ", " or "), first.start) and (
            m := _VENUE_LIST_BEFORE.search(text, max(0, first.start - 60), first.start)):
        # "offices in Lagos and Quellgrad": one more place where something is (but
        # "pressure from Elston and Quellgrad")
        return m.group(1) == "from" and _WANTED_FROM.search(
            text[max(0, m.start() - 24):m.start()].lower()) is not None
    line_start = text.rfind("\n", 0, first.start) + 1
    if not text[line_start:first.start].strip() and _DATELINE_AFTER.match(text, last.end):
        return False
    if (before is not None and _is_name_word(before) and claims[i - 1] is None
            and joined(text, before, first) and before.text not in NEVER_NAME
            and before.text not in NOT_FIRST and before.text not in HONORIFICS
            and before.text not in HEADLINE_VERBS and not _after_sentence_end(text, before)):
        return False  # "Rampla Montevideo", "Sparta Quellgrad": a club's name, not the state
    after = tokens[end] if end < len(tokens) else None
    if (after is not None and _is_name_word(after) and joined(text, last, after)
            and after.text not in HONORIFICS and after.text not in NEVER_NAME
            and after.text not in HEADLINE_VERBS):  # "Moscow Monday said", "Kremlin Says"
        return False
    if (after is not None and after.caps_line and last.caps_line and joined(text, last, after)
            and (after.key in PLACE_WORDS or after.key.lower() in _PLACE_NOUNS)):
        return False  # "VIENNA MARATHON RESULTS", "OSLO GRAND PRIX": an event's name
    m = _NEXT_LOWER.match(text, last.end)
    return m is None or m.group(1) not in _PLACE_NOUNS


# A team's score after its name in a line of results: "Quell Marbeck 2 Elston 1", "...
# 2 (Roe 12)", a row of a table ("... 5 4 1 0 12 2 13") or the line's end.
_SCORE_AFTER: Final = compiled(r"[ \t]+\d{1,3}(?:[ \t]+[A-Z(\d]|[ \t]*(?:\n|$))")
# A line of results opened by a city alone: "Quellstad 24 Marbeck 10".
_SCORE_LINE_AFTER = compiled(r"[ \t]+\d{1,3}[ \t]+[A-Z][^\n]{0,60}?[ \t]\d{1,3}[ \t]*(?:\n|$)")
_SCORE_LINE_BEFORE: Final = compiled(r"(?:^|\n)[A-Z][^\n]{0,60}?[ \t]\d{1,3}[ \t]+$")
_A_SCORE: Final = compiled(r"\b\d{1,2}-\d{1,2}\b")
_SCORE_ENDS: Final = compiled(r"[ \t]+\d{1,3}[ \t]*(?:\n|$)")


def _club_of_a_city(text: str, tokens: list[Token], i: int, end: int,
                    claims: list[str | None]) -> tuple[int, int] | None:
    """The tokens (first, end) of a club's name that ends in a capital at tokens i..end-1
    ("Sparta Quellgrad 2 Elston 1", "Dinamo Quellgrad beat ...") or is the capital alone
    in a line of results ("Quellgrad 24 Marbeck 10"): a club, not the government. None
    when the words around it say no match is played."""
    first = i
    while first > 0 and i - first < 3 and claims[first - 1] is None:
        before = tokens[first - 1]
        if (not _is_name_word(before) or not joined(text, before, tokens[first])
                or before.text in NEVER_NAME or before.text in HONORIFICS
                or before.text in HEADLINE_VERBS):
            break
        first -= 1
        if _after_sentence_end(text, before):
            break  # (the sentence's or the line's first word opens the name)
    last_end = tokens[end - 1].end
    start = tokens[first].start
    if first == i:
        before_line = text[text.rfind("\n", 0, start) + 1:start]
        if ((not before_line and _SCORE_LINE_AFTER.match(text, last_end))
                or (before_line and _SCORE_ENDS.match(text, last_end)
                    and _SCORE_LINE_BEFORE.search(text, max(0, start - 70), start))):
            return i, end  # a city for its club in a line of results
        if (plays_a_match(text, start, last_end, None)
                and _A_SCORE.search(text, last_end, min(len(text), last_end + 50))):
            return i, end  # "Quellgrad beat Marbeck Rovers 3-1": the city's club
        return None
    if (tokens[first].text in CLUB_FIRST_WORDS or _SCORE_AFTER.match(text, last_end)
            or plays_a_match(text, start, last_end, None)):
        return first, end
    return None


def _official_name_start(text: str, tokens: list[Token], i: int,
                         claims: list[str | None]) -> int | None:
    """The first token of a state's form before "of (the) <country>" at token i ("Republic
    of Iceland", "Federal Democratic Republic of Nepal"), or None."""
    k = i - 1
    if k > 0 and tokens[k].text == "the" and joined(text, tokens[k], tokens[i]):
        k -= 1
    if k < 1 or tokens[k].text != "of" or not joined(text, tokens[k], tokens[k + 1]):
        return None
    k -= 1
    if tokens[k].text not in _STATE_FORMS or not joined(text, tokens[k], tokens[k + 1]):
        return None
    while (k > 0 and claims[k - 1] is None and _is_name_word(tokens[k - 1])
           and tokens[k - 1].text not in NEVER_NAME and joined(text, tokens[k - 1], tokens[k])
           and not _after_sentence_end(text, tokens[k])):
        k -= 1
    return k


# Words that open a company's, an agency's, a ship's or a place's name before a country's,
# even as a sentence's first word: "Air Ruritania cut fares", "Statistics Elstonia said"
# (a national statistics office), "HMS Elstonia sailed", "the MV Ruritania", "Lake
# Elstonia", "Mount Ruritania", "Team Elstonia named 40 swimmers" (a national team's name).
_NAME_OPENERS: Final = frozenset({"Air", "Radio", "Aero", "Statistics", "Lake", "Mount", "Mt",
                           "HMS", "USS", "HMAS", "HMCS", "HMNZS", "RMS", "MV", "MS", "SS",
                           "INS", "RFA", "USNS", "Team"})
# Of those, the words that open a body's name: "Air Ruritania", "Statistics Elstonia".
_FIRM_OPENERS: Final = frozenset({"Air", "Radio", "Aero", "Statistics"})
# Words after a country's name that make it a river's or its land's: "the Niger delta",
# "the Congo basin" (in capitals PLACE_WORDS reads "River" and "Valley").
_RIVER_AFTER: Final = compiled(r" (?:river|delta|basin|estuary|valley|Delta|Basin|Estuary)\b")


# A title-case headline's verbs, in every tense ("Hits", "Warned", "Visiting"), and those
# of storms and quakes.
_HEADLINE_VERB_FORMS: Final = HEADLINE_VERBS | HEADLINE_IRREGULAR | inflect(
    HEADLINE_VERB_BASES | frozenset({"batter", "pound", "lash", "rock", "jolt", "flood",
                                     "ravage", "grip", "rattle", "shake", "hammer", "sweep"}))


def _inside_a_name(text: str, tokens: list[Token], i: int, end: int,
                   claims: list[str | None]) -> bool:
    """True when a country's name is part of a longer name: "Air Ruritania", "Bank of Canada",
    "Ireland Open", "U.S. Treasury"."""
    if end < len(tokens):
        after = tokens[end]
        if (after.key in PLACE_WORDS or after.key in _SEA_WORDS) and joined(
                text, tokens[end - 1], after):  # (key: "OPEN" in a headline is "Open")
            return True
        if _opens_an_event(text, tokens, end, at_once=True):
            return True  # "the Ruritania Amateur Championship", "the Elstonia Women's Cup"
        body = _body_head_after(text, tokens, end, claims)
        if body is not None and tokens[body].key not in _STATE_BODIES and not any(
                tokens[k].key in _NATIONAL_WORDS for k in range(end, body + 1)):
            return True  # "Ruritania Airlines": the company's name, not the country
    if tokens[end - 1].text in AMBIGUOUS_NAMES and _RIVER_AFTER.match(text, tokens[end - 1].end):
        return True  # "the Niger delta": the river's, not the country's
    start = tokens[i].start
    if i > 0 and ends_at(text, _PLACE_OF_ENDS, start) and _PLACE_OF_BEFORE.search(
            text, max(0, start - 30), start) is not None:
        return True  # "Santiago de Cuba": a city named after its country
    if _OF_A_PLACE_AFTER.match(text, tokens[end - 1].end):
        return True  # "America de Cali", "Brasil de Pelotas": a club named with its town
    if i > 0:
        before = tokens[i - 1]
        if (before.text in _NAME_OPENERS and claims[i - 1] is None
                and joined(text, before, tokens[i])):
            return True  # "Air Ruritania" opening a sentence, "HMS Ruritania" (a ship)
        if (before.cap and not before.caps_line and claims[i - 1] is None
                and joined(text, before, tokens[i]) and before.text not in NEVER_NAME
                and before.text not in NOT_FIRST and before.text not in HONORIFICS
                and not before.text.isupper() and not _after_sentence_end(text, before)
                and not (before.text in _HEADLINE_VERB_FORMS
                         and _title_case_line(text, before.start))):
            # "Air Canada", "Radio Ireland" (not a title-case headline's verb: "Earthquake
            # Hits Taiwan", "Typhoon Batters Ruritania")
            return True
        word = before.text.lower() if before.caps_line else before.text  # "TOUR OF ..."
        if word in ("of", "in", "the") and i > 1 and joined(text, before, tokens[i]):
            k = i - 2
            if word == "the":  # "Rally of the Netherlands"
                if tokens[k].text.lower() != "of" or not joined(text, tokens[k], before):
                    return False
                k -= 1
            if k < 0 or not joined(text, tokens[k], tokens[k + 1]):
                return False
            head = tokens[k].key
            if head in _STATE_FORMS:
                return False  # "Republic of Iceland": the country's official name
            if word == "in" and ((head not in ORG_HEADS and head not in _NAME_OF)
                                        or _after_sentence_end(text, tokens[k])):
                # "the World Cup in Ruritania": where it is held; "Police in Ruritania
                # said": capitalised as a sentence's start ("Rights in Ruritania" is a name)
                return False
            if head in ORG_HEADS or head in PLACE_WORDS or head in _NAME_OF:
                return True  # "Bank of Canada", "Rally of the Netherlands"
    return False


# Lower-case nouns of a named thing right before its name: "the tanker Liberian Pride",
# "the band Japan", "the filly Spanish Dancer", "club America" (the thing's name, no
# mention of the country; not nouns that are also verbs before a country: "play",
# "book", "show", nor "team" or "side": "the team Argentina sent").
_THING_NOUNS: Final = frozenset("""
band club ship tanker freighter trawler ferry liner vessel yacht frigate destroyer submarine
cruiser horse racehorse filly colt mare gelding stallion film movie documentary album song
novel restaurant chicken
""".split())  # noqa: SIM905  (a word list reads best as a block)
# A US state (its name or its abbreviation as US papers write it) after a country's
# name and a comma: the country's name is a US town's ("Mexico, Missouri,", "PERU,
# Ind. (AP) —"); not "Georgia", itself a country, nor "Washington", a capital.
_US_TOWN_STATE: Final = compiled(
    r", (?:(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware"
    r"|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine"
    r"|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska"
    r"|Nevada|New (?:Hampshire|Jersey|Mexico|York)|(?:North|South) (?:Carolina|Dakota)"
    r"|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|Tennessee|Texas|Utah|Vermont"
    r"|Virginia|West Virginia|Wisconsin|Wyoming)(?=[,.;:(\n]| [(—–-]|$)"
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]"
    r"|W\.Va)\.)")
# Verbs of leaving before a capital: where one leaves, not the government ("soldiers
# left Bamako", "fled Quellgrad", "evacuated from Quellgrad"; but "Tehran's offer").
_LEAVING_VERBS: Final = frozenset("""
left leave leaves leaving fled flee flees fleeing evacuated evacuate quit quits abandoned
""".split())  # noqa: SIM905


def _word_before(text: str, start: int) -> str:
    """The word right before text[start:] and one space ("" when there is none)."""
    if start < 2 or text[start - 1] != " ":
        return ""
    k = text.rfind(" ", max(0, start - 16), start - 1)
    return text[k + 1:start - 1] if k >= 0 else text[max(0, start - 16):start - 1]


# An apposition after a country's name that says it is something else: a place within
# a country, a firm, a thing or a person ("Macedonia, the northern Greek region,",
# "Iceland, the frozen-food chain,", "Jordan, the 24-year-old striker,"); not "Kenya, the
# region's biggest economy," nor "Chad, a landlocked country".
_OTHER_KIND_AFTER: Final = compiled(
    r", (?:the|a|an) (?:[\w'’-]+ ){0,4}?(?:region|province|state|county|town|city|village"
    r"|district|river|island|peninsula|valley|chain|retailer|company|firm|brand|label|band"
    r"|club|horse|racehorse|ship|vessel|tanker|film|album|song|novel|restaurant|hotel|bakery"
    r"|supermarket|singer|rapper|actor|actress|player|striker|midfielder|defender"
    r"|goalkeeper|forward|winger|coach|boxer|pitcher|guard|jockey|driver|rider)"
    r"(?=[,.;]| (?:in|near|on|that|which|whose|based|from)\b)")
# A capitalised name right before " of " and a country: "Niall Roe of Ireland".
_NAME_BEFORE_OF: Final = compiled(r"[A-Z][\w'’.-]+ [A-Z][\w'’-]+$")
# The words that open a sentence's first phrase, which a comma closes ("In neighbouring
# Ruritania, the town of Quellgrad ...": no apposition).
_OPENING_PHRASE: Final = compiled(
    r"(?:^|[.!?:;\n][ \u00a0\"“]*)(?:In|At|From|Across|Throughout) [^.!?\n]*$")


def _after_a_nationality(text: str, start: int) -> bool:
    """True when a country's name in brackets closes right before `start` ("Moretti
    (Italy) Bahrain ..."): in a line of results the name after it is the rider's or the
    driver's team, no second country."""
    k = text.rfind("(", max(0, start - 40), start - 2)
    if k < 0:
        return False
    inner = text[k + 1:start - 2]
    words = tuple(inner.split())
    return bool(words) and any(
        phrase.kind == "country" and phrase.words == words
        for phrase in LEXICON.by_first.get(words[0]) or ())


# Capitalised words of the compass that with a country's name make the name of one of its
# regions or states ("South China", "North China", "Western Australia", "South
# Australia"); the countries named so ("South Africa", "North Korea", "East Timor") are
# phrases of their own and matched first. The forms in -ern may open a sentence as a
# lower-case adjective would ("Northern Iraq was hit": Iraq), the others not.
_COMPASS_WORDS: Final = frozenset({
    "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
    "Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern",
    "Southeastern", "Southwestern",
})


# The words of a line, and the small words a Title-Case headline leaves in lower case.
_LINE_WORDS: Final = compiled(r"[^\W\d_][\w'’-]*")
_HEADLINE_SMALL_WORDS: Final = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "as", "by",
    "from", "vs", "v",
})


def _title_case_line(text: str, pos: int) -> bool:
    """True when the line holding text[pos] reads as a Title-Case headline: 3 to 16
    words, not ending in a full stop, every word capitalised but the small ones ("Chad
    Votes In Presidential Runoff")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    if not line or line.endswith("."):
        return False
    words = _LINE_WORDS.findall(line)
    if not 3 <= len(words) <= 16:
        return False
    return all(w[0].isupper() for w in words if w.lower() not in _HEADLINE_SMALL_WORDS)


def _compass_region(text: str, tokens: list[Token], i: int,
                    claims: list[str | None]) -> bool:
    """True when the country's name at token i follows a capitalised compass word that
    makes them together a region's name ("South China", "Western Australia")."""
    if i == 0 or claims[i - 1] is not None:
        return False
    before = tokens[i - 1]
    if before.key not in _COMPASS_WORDS or not joined(text, before, tokens[i]):
        return False
    return not (before.key.endswith("ern") and _after_sentence_end(text, before))


def _named_thing_or_town(text: str, start: int, end: int) -> bool:
    """True when the country's name, demonym or capital at text[start:end] opens a named
    thing's name after a noun of things ("the tanker Liberian Pride"), is a US town's
    name before its state ("Mexico, Missouri") or something else that an apposition
    says ("Iceland, the frozen-food chain,")."""
    if _word_before(text, start) in _THING_NOUNS:
        return True
    if starts_at(text, ") ", start - 2) and _after_a_nationality(text, start):
        return True  # "1. Luca Moretti (Italy) Bahrain Victorious 4:12:01": his team
    if not starts_at(text, ", ", end):
        return False
    return _US_TOWN_STATE.match(text, end) is not None or (
        _OTHER_KIND_AFTER.match(text, end) is not None
        and _OPENING_PHRASE.search(text, max(0, start - 40), start) is None
        # ("Niall Roe of Ireland, the Ryder Cup player,": the apposition is the
        # person's, of whom the country is said)
        and not (text[start - 4:start] == " of " and text[start - 5:start - 4].isalpha()
                 and _NAME_BEFORE_OF.search(text, max(0, start - 40), start - 4) is not None))


def _left_capital(text: str, start: int, end: int) -> bool:
    """True when the capital at text[start:end] is where one leaves ("left Bamako",
    "evacuated from Bangui"), not a government's possession ("left Sanaa's offer")."""
    word = _word_before(text, start)
    if word == "from":
        word = _word_before(text, start - 5)
    return word in _LEAVING_VERBS and not starts_at(text, ("'s", "’s"), end)


# A demonym that names a language, not its country: after "in", "into" or a verb of
# speaking, writing or learning, alone or in a list of languages ("written in Kazakh and
# Russian", "speaks fluent Portuguese and some French", "translated into Spanish in
# 1952"), or before a word of language ("Russian speakers"); a
# demonym after "ethnic" names a people ("ethnic Uzbeks in Kyrgyzstan"). A noun after
# it makes it the adjective of its country: "in Russian territory", "in German bonds",
# "in Chinese and Russian hands".
_LANGUAGE_BEFORE: Final = compiled(
    r"(?:\b(?:in|into|from|speaks?|spoke|spoken|speaking|fluent|learn(?:s|ed|t|ing)?"
    r"|teach(?:es|ing)?|taught|stud(?:y|ies|ied|ying)|writes?|wrote|written|dubbed"
    r"|subtitled|translated) )"
    r"(?:(?:fluent|some|good|basic|broken|little|perfect) )?"
    r"(?:[A-Z][a-z]+(?:, | and | or )(?:(?:fluent|some|good|basic|little) )?){0,4}$")
# What may follow a language's name: a mark, a small word, or more languages ending so.
_LANGUAGE_AFTER: Final = compiled(
    r"(?:(?:,? (?:and|or) |, )(?:(?:some|fluent|good|basic|little) )?"
    r"(?:[A-Z][a-z]+(?:, | and | or )){0,4}[A-Z][a-z]+)?"
    r"(?:[,.;:!?)\n]|$| (?:as|but|with|before|after|at|on|to|for|from|by|is|was|were|in"
    r"|are|will|has|have|had|instead|only|too|while|since|until)\b"
    # (a clause going on: "translated into Quellish and Ruritanian and adapted for ...")
    r"| and (?=[a-z]))")
_LANGUAGE_WORDS: Final = (" language", " speakers", " speaker", " speaking")
# A demonym as the subject of a sentence about a language ("Portuguese is the official
# language of ...", "Spanish is spoken across ...", "Tagalog and English are the official
# languages", "where Spanish was spoken by the elite").
_LANGUAGE_SUBJECT: Final = compiled(
    r"(?: (?:and|or) [A-Z][a-z]+)? (?:is|was|are|were|remains|remained|became|has been)"
    r"(?: (?:widely|mostly|mainly|largely|still|also|commonly|now|officially|often))?"
    r" (?:spoken|taught|understood|(?:an?|the|one of the) (?:\w+ ){0,2}?languages?\b)")


def _language_or_people(text: str, start: int, end: int) -> bool:
    """True when the demonym at text[start:end] names a language or a people, not its
    country (see _LANGUAGE_BEFORE)."""
    if starts_at(text, _LANGUAGE_WORDS, end):
        return True  # "the Russian language", "Russian speakers in Narva"
    if _word_before(text, start).lower() == "ethnic":
        return True  # "ethnic Uzbeks"
    if _LANGUAGE_SUBJECT.match(text, end) is not None:
        return True  # "Portuguese is the official language of Brazil"
    return (_LANGUAGE_AFTER.match(text, end) is not None
            and _LANGUAGE_BEFORE.search(text, max(0, start - 60), start) is not None)


# Waters named after a people, which are no mention of their country: "the Philippine
# Sea", "the Ruritanian Gulf" (a demonym before a body's or an event's name still is one).
_SEA_WORDS: Final = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Bight", "Trench",
                        "Channel"})

# A firm's legal form after its name: " & Co", " & Co. Inc.", ", Inc.", " Ltd".
_LEGAL_FORM_AFTER: Final = compiled(
    r"(?: (?:&|and) Co\b\.?)?(?:,? (?:Inc|Ltd|Corp|Co|LLC|Plc|plc|AG|SA|NV|GmbH)\b\.?)+"
    r"| (?:&|and) Co\b\.?")
# Last words of a place's name that a demonym may open: "Indian River County", "Russian
# Hill", "Mexican Hat Springs" (places of other countries, named after a people).
_PLACE_LAST_WORDS: Final = frozenset({
    "County", "River", "Springs", "Wells", "Creek", "Hills", "Hill", "Point", "Beach", "Falls",
    "Lake", "Valley", "Island", "Bay", "Township", "Parish"})


def _opens_a_place(text: str, tokens: list[Token], end: int) -> bool:
    """Whether the capitalised words right after a demonym end in a place's last word
    ("Indian River County": a county of another country, not India)."""
    if end < len(tokens) and tokens[end].text in GIVEN_NAMES:
        return False  # "Australian Anthony Hill": a person of that people
    k = end
    while (k < len(tokens) and k - end < 3 and tokens[k].cap and not tokens[k].caps_line
           and joined(text, tokens[k - 1], tokens[k])):
        if tokens[k].text in _PLACE_LAST_WORDS:
            return True
        k += 1
    return False


# Words after a country's name that make it a company's ("Kenya Power", "India Cements",
# "Ghana Cocoa Board" has its own head word): trades and goods that name firms, not the
# body heads of ORG_HEADS (some are surnames: "Samantha Power" is a person).
_FIRM_WORDS: Final = frozenset("""
Power Air Oil Gas Steel Cement Cements Sugar Coffee Tea Railways Rail Ports Airports
Electric Electricity Breweries Brewery Tobacco Cables Fertilizers Fertilisers Paper Mills
Re Life Shipping Lines Telecommunications Mobile Cellular Post Grain Cotton Copper Gold
Diamonds Minerals Metals Flour Dairy Meat Beverages Distillers Glass Tyres Tires Motors
Lamps Tubes Pipes Batteries Plastics Fibres Fibers Tiles Ceramics Jute Garments Refineries
Fisheries Plantations Oils Matches
""".split())  # noqa: SIM905  (a word list reads best as a block)
_SHARES_BEFORE: Final = compiled(r"\b[Ss]hares (?:of|in) $")


def _firm_or_club(text: str, tokens: list[Token], i: int, end: int,
                  claims: list[str | None]) -> tuple[int, int] | None:
    """The tokens (first, end) of a company's or a club's name that holds a country's name
    at tokens i..end-1: a club's first word before it ("FC Armenia", "Atlético Peru"), a
    trade's word after it ("Kenya Power"), or capitalised words after it and the firm's
    shares around them ("Uganda Sugar Mills shares", "shares of Ghana Cocoa Traders")."""
    if i > 0 and tokens[i - 1].text in CLUB_FIRST_WORDS and claims[i - 1] is None and joined(
            text, tokens[i - 1], tokens[i]) and not tokens[i - 1].caps_line:
        return i - 1, end
    if i > 0 and tokens[i - 1].text in _FIRM_OPENERS and claims[i - 1] is None and joined(
            text, tokens[i - 1], tokens[i]):
        return i - 1, end  # "Air Ruritania", "Statistics Elstonia": the body's name
    if end >= len(tokens):
        return None
    if tokens[end - 1].caps_line:
        # "RURITANIA POWER SAYS PROFIT UP": a trade's word and then the headline's verb
        if (end + 1 < len(tokens) and tokens[end].key in _FIRM_WORDS and claims[end] is None
                and joined(text, tokens[end - 1], tokens[end]) and tokens[end].caps_line
                and tokens[end + 1].key in HEADLINE_VERBS):
            return i, end + 1
        return None
    k = end
    while (k < len(tokens) and k < end + 3 and _is_name_word(tokens[k]) and claims[k] is None
           and tokens[k].text not in NEVER_NAME and joined(text, tokens[k - 1], tokens[k])):
        k += 1
    if k == end:
        return None
    if tokens[end].text in _FIRM_WORDS and k == end + 1:
        return i, k
    if k == end + 1 and tokens[end].text in CITIES and (
            _SCORE_AFTER.match(text, tokens[end].end)
            or plays_a_match(text, tokens[i].start, tokens[end].end, None)):
        return i, k  # "Ruritania Quellgrad 3 Elston 1": a club named after its country
    if starts_at(text, (" shares", " stock", "'s shares", "\u2019s shares"), tokens[k - 1].end) or (
            ends_at(text, (" of ", " in "), tokens[i].start)
            and _SHARES_BEFORE.search(text, max(0, tokens[i].start - 10), tokens[i].start)):
        return i, k
    return None


# Last words of an event's name after a country's and a word or two: "the Ruritania
# Amateur Championship", "the Elstonia Women's Cup" (a body's or place's word right after
# the country is read by _body_head_after and PLACE_WORDS).
_EVENT_ENDS: Final = frozenset({
    "Open", "Cup", "Championship", "Championships", "Games", "Trophy", "Classic", "Masters",
    "Marathon", "Rally", "Tournament", "Prix", "Series", "Derby", "Stakes", "Slam", "Sevens",
    "Invitational", "League",
})
# Last words of an event's or a league's name that may follow a country's name or demonym
# at once ("the Ruritanian Open", "the Elstonian Grand Prix", "QUELLISH FIRST DIVISION
# RESULTS"): a country's name or demonym inside the name of a league or a competition is
# no mention of the country. (A war named after one is: "the Ruritania War" speaks of it.)
_EVENT_ENDS_AT_ONCE: Final = _EVENT_ENDS | {"Tour", "Bundesliga", "Premiership", "Guineas", "Oaks",
                                     "Lig", "Liga", "Ligue", "Serie", "Eredivisie", "Superliga"}
# "Division" ends a league's name only after one of these: "the Elstonian First Division"
# (not "the Ruritanian 3rd Armoured Division").
_LEAGUE_RANKS: Final = frozenset({"First", "Second", "Third", "Fourth", "Premier", "Top", "Super",
                           "National"})
# The only words a line of capitals may hold between a country and its event's last word:
# "ELSTONIAN FIRST DIVISION", "QUELLISH GRAND PRIX", "RURITANIA RUGBY LEAGUE".
_CAPS_EVENT_MIDDLE: Final = _LEAGUE_RANKS | {"Grand", "Rugby", "Football", "Amateur", "Junior",
                                      "Indoor", "Motorcycle", "Women's", "Ladies"}
# A league or a competition named in lower case after a demonym: "the Ruritanian first
# division", "the Elstonian cup final", "the Quellish championships".
_LOWER_LEAGUE: Final = compiled(
    r" (?:(?:first|second|third|top|premier|super) (?:division|league)|league|cup"
    r"|championships?|derby)\b")
# A city named after its country, in Spanish or Portuguese: "Santiago de Cuba".
_PLACE_OF_ENDS: Final = (" de ", " del ", " do ", " da ")
# "de" and a capitalised word after a country's name: a club or a place named with its
# town in Spanish or Portuguese ("America de Cali"), not the country.
_OF_A_PLACE_AFTER: Final = compiled(r" (?:de|del|do|da|dos|das) [A-Z]")
_PLACE_OF_BEFORE: Final = compiled(r"(?<![\w'’-])[A-Z][a-zà-ÿ]+ (?:de|del|do|da) $")


def _opens_an_event(text: str, tokens: list[Token], end: int, at_once: bool = False) -> bool:
    """True when one or two capitalised words after a country's name (tokens end...) and
    then an event's last word follow it: the country opens the event's name. With
    `at_once` (a demonym, or a country's name before "Division"), the event's last word may come
    right after it ("the Ruritanian Open"); in a line of capitals too ("ELSTONIAN FIRST
    DIVISION RESULTS", but not "RURITANIAN WINS ELSTON MARATHON")."""
    k = end
    caps = tokens[end - 1].caps_line
    if at_once and not caps and _LOWER_LEAGUE.match(text, tokens[end - 1].end):
        return True
    while k < len(tokens) and k < end + 4:
        tok, prev = tokens[k], tokens[k - 1]
        between = text[prev.end:tok.start]
        if tok.text == "s" and between in ("'", "\u2019"):
            k += 1  # "Women's"
            continue
        if between != " " or (tok.key in NEVER_NAME and tok.key not in _LEAGUE_RANKS):
            return False  # ("First" never starts a name, but opens "First Division")
        if (caps and not tok.caps_line) or (not caps and not _is_name_word(tok)):
            return False
        key = tok.key
        if key in _EVENT_ENDS or (at_once and (
                key in _EVENT_ENDS_AT_ONCE
                or (key == "Division" and tokens[k - 1].key in _LEAGUE_RANKS))):
            return k > end or at_once  # (right after the country, PLACE_WORDS has read it)
        if caps and key not in _CAPS_EVENT_MIDDLE:
            return False  # (a headline's other words: "RURITANIAN RUNNERS SWEEP MARATHON")
        k += 1
    return False


def _body_head_after(text: str, tokens: list[Token], end: int,
                     claims: list[str | None]) -> int | None:
    """The index of a body's head word that ends the capitalised words right after a
    country's name ("U.S. Treasury Department", "Ruritania Airlines": the name is the
    body's), or None."""
    if tokens[end - 1].caps_line:
        return _caps_body_head_after(text, tokens, end, claims)
    k = end
    while k < len(tokens) and k < end + 4:
        tok = tokens[k]
        if tok.text in _PAPER_WORDS and tok.cap and joined(text, tokens[k - 1], tok):
            return k
        if (not _is_name_word(tok) or claims[k] is not None or tok.text in NEVER_NAME
                or not joined(text, tokens[k - 1], tok)):
            return None
        if tok.text in ORG_HEADS and not (
                tok.text in TRADE_HEADS and k + 1 < len(tokens) and tokens[k + 1].cap
                and joined(text, tok, tokens[k + 1])):
            return k  # (a trade goes on with the body's head: "U.S. Fisheries Department")
        if tok.text in HONORIFICS:
            return None  # "U.S. Defense Secretary Jane Roe": a title, not a body
        k += 1
    return None


# Head words of a company's or a paper's name that a headline in capitals may end a name
# in, right after a country's name or one word after it ("RURITANIA AIRWAYS PROFIT UP",
# "ELSTONIA PORTS AUTHORITY SAYS"); not "Squad" or "Unit" ("RURITANIA NAME SQUAD").
_CAPS_HEADS: Final = TRADE_HEADS | frozenset({
    "Corp", "Corporation", "Company", "Ltd", "Inc", "Plc", "Group", "Board", "Authority",
    "Times", "Post", "Herald", "Airlines", "Airways", "Bank"})


def _caps_word(tok: Token) -> bool:
    """A word of a headline in capitals that may be part of a name (no headline verb)."""
    key = tok.key
    return (tok.caps_line and len(key) > 1 and key not in HEADLINE_VERBS
            and key not in NEVER_NAME)


def _caps_body_head_after(text: str, tokens: list[Token], end: int,
                          claims: list[str | None]) -> int | None:
    """_body_head_after in a headline in capitals: a company's head one or two words after
    the country ("RURITANIA AIRWAYS", "ELSTONIA PORTS AUTHORITY"), or None."""
    k = end
    while k < len(tokens) and k < end + 2:
        tok = tokens[k]
        if not _caps_word(tok) or claims[k] is not None or not joined(text, tokens[k - 1], tok):
            return None
        if tok.key in _CAPS_HEADS:
            return k
        k += 1
    return None


def _names_a_private_body(text: str, tokens: list[Token], end: int,
                          claims: list[str | None]) -> bool:
    """True when a demonym opens the name of a body that is not the state's ("the Ruritanian
    Federation of Teachers", "Ruritanian Airlines"): the demonym is part of that name. A
    state's body ("the Ruritanian Foreign Ministry", "... National Bank") speaks of it."""
    if (end < len(tokens) and tokens[end].text in _FIRM_WORDS and claims[end] is None
            and joined(text, tokens[end - 1], tokens[end]) and not tokens[end].caps_line
            and not (end + 1 < len(tokens) and tokens[end + 1].cap
                     and joined(text, tokens[end], tokens[end + 1]))):
        return True  # "Ruritanian Air", "Elstonian Copper": a firm named by its trade
    head = _body_head_after(text, tokens, end, claims)
    if head is None or tokens[head].key in _STATE_BODIES:
        return False
    return not any(tokens[k].key in _NATIONAL_WORDS for k in range(end, head + 1))


# What ends a quoted title before a mention, and what may close it after one.
_TITLE_BREAK: Final = compiled(r"[”\n.!?;:]")
_TITLE_END: Final = compiled(r"[”\"\n.!?;:]")
# Words a title in quotation marks may hold in lower case ("Born in the Delta").
_TITLE_SMALL_WORDS: Final = frozenset({"a", "an", "the", "of", "in", "on", "and", "or", "for", "to",
                                "at", "by", "with", "from"})


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside a short title in quotation marks (a song, a
    book, a slogan: “American Skies”, "Letters From Lima"), not in a quoted sentence."""
    lo = max(0, start - 40)
    # (searches, not a walk over the characters: most mentions have no mark near them)
    k = max(text.rfind('"', lo, start), text.rfind("“", lo, start))
    if k < 0 or _TITLE_BREAK.search(text, k + 1, start) is not None:
        return False
    close = _TITLE_END.search(text, end, min(len(text), end + 40))
    if close is None or close.group() not in "”\"":
        return False
    words = [w.strip("()") for w in text[k + 1:close.start()].rstrip(",").split()]
    return 2 <= len(words) <= 6 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words)


def _after_sentence_end(text: str, tok: Token) -> bool:
    k = tok.start - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?:;\n"


def _prefixed_compounds(text: str, lower_words: set[str],
                        country_spans: dict[str, list[tuple[int, int]]]) -> None:
    """Mentions of the countries in compounds that open with a lower-case prefix
    ("anti-American", "pro-Moscow"): the tokenizer drops such words, and `lower_words`
    (every word of the text that starts with a lower-case letter) holds them."""
    found = []
    for word in lower_words:
        if "-" in word and _CAPITAL_AFTER_HYPHEN.search(word) is not None:
            compound = _compound_parts(word)
            if compound is not None:
                found.append((word, compound))
    for word, (parts, length) in sorted(found):  # sorted: the same order on every run
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if ((pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-‐"))
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-‐"))):
                _add_compound((pos, pos + length, [(c, pos + s, pos + e) for c, s, e in parts]),
                              [], 0, country_spans, [])
            pos = text.find(word, end)


def _firms_in_capitals(text: str, firm_names: set[str],
                       caps_spans: list[tuple[str, tuple[int, int]]],
                       country_spans: dict[str, list[tuple[int, int]]],
                       org_spans: dict[str, list[tuple[int, int]]]) -> None:
    """A firm named after its country by its trade in the article's running text is
    that firm in a headline in capitals too ("JAPAN TOBACCO PROFIT FALLS ... Japan
    Tobacco said"), though "ZAMBIA COPPER OUTPUT RISES" alone keeps its country."""
    upper = {name.upper(): name for name in firm_names}
    for code, (start, _) in caps_spans:
        for caps, name in upper.items():
            end = start + len(caps)
            if starts_at(text, caps, start) and not text[end:end + 1].isalnum():
                spans = country_spans[code]
                spans[:] = [s for s in spans if s[0] != start]
                if not spans:
                    del country_spans[code]
                org_spans.setdefault(name, []).append((start, end))
                break


# The surfaces that may name either Congo (the table gives them to the Republic).
_EITHER_CONGO: Final = frozenset({"Congo", "Congolese", "CONGO", "CONGOLESE"})


def _resolve_congo(text: str, country_spans: dict[str, list[tuple[int, int]]]) -> None:
    """"Congo" and "Congolese" are the Democratic Republic's when the article names it or
    one of its places (Goma, Kivu) and nothing of the Republic's (Brazzaville): the
    larger country is the one most news means. When both are named, a bare "Congo" is
    the one whose name or place was written last before it."""
    either = [s for s in country_spans["CG"] if text[s[0]:s[1]] in _EITHER_CONGO]
    if not either:
        return
    republic = [s[0] for s in country_spans["CG"] if text[s[0]:s[1]] not in _EITHER_CONGO]
    republic += _cue_starts(text, CONGO_CUES["CG"])
    democratic = [s[0] for s in country_spans.get("CD", ())]
    democratic += _cue_starts(text, CONGO_CUES["CD"])
    if not democratic:
        return
    if not republic:
        country_spans.setdefault("CD", []).extend(country_spans.pop("CG"))
        return
    # Both are named ("the Democratic Republic of Congo ... across the river, the
    # Republic of Congo"): a bare "Congo" is the one named last before it.
    democratic.sort()
    republic.sort()
    moved = [s for s in either if _last_before(democratic, s[0]) > _last_before(republic, s[0])]
    if moved:
        gone = set(moved)
        country_spans["CG"] = [s for s in country_spans["CG"] if s not in gone]
        if not country_spans["CG"]:
            del country_spans["CG"]
        country_spans.setdefault("CD", []).extend(moved)


def _last_before(starts: list[int], pos: int) -> int:
    """The last of the sorted `starts` before `pos` (-1 when there is none)."""
    k = bisect_left(starts, pos)
    return starts[k - 1] if k else -1


def _cue_starts(text: str, places: tuple[str, ...]) -> list[int]:
    """Where the places of `places` are written in `text` (as written or in capitals)."""
    starts = []
    for place in places:
        for form in (place, place.upper()):
            k = text.find(form)
            while k >= 0:
                starts.append(k)
                k = text.find(form, k + 1)
    return starts


# The words of capitals that wire services write before a headline, joined to its first
# word by a hyphen ("BRIEF-", "UPDATE-", "RPT-"): no part of the word they are joined to.
_WIRE_SLUGS: Final = frozenset({
    "BRIEF", "UPDATE", "RPT", "REFILE", "CORRECTED", "CORRECTION", "EXCLUSIVE", "ANALYSIS",
    "INSIGHT", "FACTBOX", "WRAPUP", "PREVIEW", "TIMELINE", "COLUMN", "INTERVIEW", "FEATURE",
    "SPECIAL", "BREAKINGVIEWS", "DIARY", "POLL", "URGENT", "FLASH", "TABLE", "BUZZ",
})


def _after_wire_slug(text: str, tokens: list[Token], i: int, cut: int,
                     country_spans: dict[str, list[tuple[int, int]]],
                     claims: list[str | None]) -> int:
    """A country named right after a wire service's word at token i ("BRIEF-ZAMBIA'S
    COPPER OUTPUT RISES", "UPDATE-SOUTH AFRICA TO ..."); `cut` is where the word after the
    hyphen starts in the token. The index of the first token after it."""
    tok = tokens[i]
    rest = Token(tok.start + cut, tok.end, tok.text[cut:], tok.caps_line, True)
    window = [rest, *tokens[i + 1:i + 6]]
    phrase = LEXICON.match(window, 0, True) or LEXICON.match(window, 0, False)
    if phrase is None or phrase.kind not in ("country", "demonym"):
        return i + 1
    size = len(phrase.words)
    if not _joined_run(text, window, 0, size):
        return i + 1
    country_spans.setdefault(phrase.key, []).append((rest.start, window[size - 1].end))
    for k in range(i, i + size):
        claims[k] = "country"
    return i + size


# What follows a person's name alone where the person acts or speaks: "Dane said",
# "Jordan also scored", "Andorra, 22, joined" (not "German officials said"; in a
# sentence, "... of Kenya beat ..." is the country's team).
_ACTS_AFTER: Final = compiled(
    r" (?:said|says|added|told|asked|wrote|scored|was|is|has|had|will|would|did|does|also"
    r"|who|won|lost|beat|denied|insisted|admitted|struck|played|finished|took)\b"
    r"|,[ \u00a0]\d{1,2},")
# What may follow a person's surname alone: a mark or a possessive ("Dane's reply",
# "... the bill, said Dane."), not a noun ("French voters").
_MARKS_AFTER: Final = frozenset(",.;:!?)\n'’")


def _named_person_again(text: str, tok: Token, surname: bool) -> bool:
    """Whether a country's name or demonym that named a person of the article ("Tomás
    Andorra", "Russell Dane", "Jordan Vale") stands at `tok` for that person again: not
    after "the" ("the Dane said" is a people's word), and followed by a verb of what a
    person does or says or by an age. A `surname` (read after a given name, and no name
    often given to people) may stand anywhere, also before a mark or a possessive; any
    other only where it opens a sentence outside a headline of capitals ("Jordan also
    scored", not "visited Jordan, ...")."""
    start, end = tok.start, tok.end
    if text[max(0, start - 4):start].lower() == "the ":
        return False
    if surname and (end >= len(text) or text[end] in _MARKS_AFTER):
        return True
    if _ACTS_AFTER.match(text, end) is None:
        return False
    return surname or (not tok.caps_line and _after_sentence_end(text, tok))


# Countries of immigrants whose demonym after another names both: "Italian American",
# "Chinese Canadian", "Greek Australian".
_HERITAGE_NATIONS: Final = frozenset({"US", "CA", "AU", "GB", "NZ"})


# The words a phrase starts with, in running text or in capitals (LEXICON.by_first and
# LEXICON.upper_by_first): a token in neither starts none (one look-up, not two).
_FIRST_WORDS: Final = (frozenset(LEXICON.by_first.first_words())
                       | frozenset(LEXICON.upper_by_first.first_words()))


def find_countries(text: str, tokens: list[Token], claims: list[str | None],
                   lower_words: set[str] | None = None,
                   capitalised: Sequence[int] | None = None) -> tuple[list[Entity], list[Entity]]:
    """Country and known-organisation mentions; claims their tokens in `claims`.
    `lower_words`, the words of the text that start with a lower-case letter, are
    searched for compounds such as "anti-American"; `capitalised` are the indexes of the
    capitalised tokens (tokens.capitalised_tokens), found here when not given."""
    country_spans: dict[str, list[tuple[int, int]]] = {}
    org_spans: dict[str, list[tuple[int, int]]] = {}
    # Every phrase is looked up by its first token in one of these: only a capitalised
    # word found in one can start a phrase, and the loop below visits only those.
    # (A word with a hyphen may be a compound: "US-led", "Sino-Indian".)
    starts = [k for k in (capitalised_tokens(tokens) if capitalised is None else capitalised)
              if (t := tokens[k].text) in _FIRST_WORDS or "-" in t]
    i = 0  # the first token not yet taken by a phrase
    possessors: list[int] = []
    body_heads: list[int] = []
    # Countries' names and demonyms read in a person's name, each with whether it was the
    # surname after a given name ("Tomás Andorra", "Russell Dane").
    named_people: dict[str, bool] = {}
    georgia_state = False  # "Georgia" read once as the US state
    # Ambiguous names left out in a Title-Case headline ("Chad Votes In Runoff"): the
    # country when the article names it otherwise.
    in_headlines: list[tuple[int, str]] = []
    # Firms named after a country by their trade in running text ("Ruritania Tobacco"),
    # and the country mentions in lines of capitals, which may be those firms again.
    firm_names: set[str] = set()
    caps_spans: list[tuple[str, tuple[int, int]]] = []
    for start in starts:
        if start < i:
            continue
        i = start
        tok = tokens[i]
        phrase = LEXICON.match(tokens, i, tok.caps_line)
        if phrase is None and tok.caps_line:
            phrase = LEXICON.match(tokens, i, False)
        elif phrase is None and len(tok.text) > 2 and tok.text.isupper():
            phrase = LEXICON.match(tokens, i, True)  # "GERMANY - Bunds extended losses"
        if phrase is None:
            hyphen = _HYPHEN.search(tok.text)
            if hyphen is not None and tok.text[:hyphen.start()] in _WIRE_SLUGS:
                i = _after_wire_slug(text, tokens, i, hyphen.end(), country_spans, claims)
                continue
            if hyphen is not None:
                compound = _compound_at(text, tok.start, tok.start + hyphen.start())
                if compound is None and tok.text[:hyphen.start()].lower() in _PREFIXES:
                    compound = _prefixed_at(text, tok.start, tok.start + hyphen.start())
                if compound is not None:  # "US-led", "Sino-Japanese", "Anti-American"
                    i = _add_compound(compound, tokens, i, country_spans, claims)
            continue
        if phrase.kind == "possessor":
            possessors.append(i)  # "People" of "the People's Party": read below
            continue
        if phrase.kind == "body_head":
            body_heads.append(i)  # "Partido" of "Partido Renovación Nacional": read below
            continue
        size = len(phrase.words)
        end = i + size
        if not _joined_run(text, tokens, i, size):
            continue
        span = (tok.start, tokens[end - 1].end)
        if phrase.kind == "other":
            for k in range(i, end):
                claims[k] = "other"
        elif phrase.kind == "organization":
            if _dateline_credit(text, span[0], span[1]):
                for k in range(i, end):
                    claims[k] = "other"
                i = end
                continue
            if _chamber_as_modifier(text, tokens, i, end, phrase):
                for k in range(i, end):
                    claims[k] = "other"
                i = end
                continue
            name = phrase.key
            tail = _of_tail(text, tokens, end, claims)
            if tail > end:  # "House of Commons": the known word opens a longer name
                end = tail
                span = (span[0], tokens[end - 1].end)
                name = " ".join(text[span[0]:span[1]].split())
            elif text[span[1]:span[1] + 1] in (" ", ","):
                legal = _LEGAL_FORM_AFTER.match(text, span[1])
                if legal is not None:
                    # "Morgan Stanley & Co Inc": the firm's legal form is part of the
                    # mention (left alone, "Inc" was read as a body of its own)
                    span = (span[0], legal.end())
                    while end < len(tokens) and tokens[end].end <= legal.end():
                        end += 1
            first = i
            while (phrase.key in _NATIONAL_BODIES and not tok.caps_line and first > 0
                   and claims[first - 1] == "country"
                   and joined(text, tokens[first - 1], tokens[first])):
                first -= 1
            if first < i:  # "the U.S. Senate": named with its country, which keeps its mention
                name = " ".join(text[tokens[first].start:tokens[i - 1].end].split()) + " " + name
            org_spans.setdefault(name, []).append(span)
            for k in range(i, end):
                claims[k] = "organization"
        elif (end - i == 1 and (surname := named_people.get(tok.text)) is not None
              and _named_person_again(text, tok, surname)) or (
                not _country_reading_holds(text, tokens, i, end, phrase,
                                           claims[i - 1] if i else None)):
            if tok.key == "Georgia" and not georgia_state and _georgia_the_state(
                    text, tokens, i, tokens[i - 1] if i else None, claims[i - 1] if i else None):
                georgia_state = True
            if end - i == 1:
                # "Tomás Andorra ... Andorra, 22,", "Mark German ... German added": the
                # person's name alone again later (a name often given to people, "Jordan",
                # only where it opens a sentence)
                named_people[tok.text] = named_people.get(tok.text, False) or (
                    i > 0 and tokens[i - 1].text in GIVEN_NAMES
                    and tok.text not in AMBIGUOUS_NAMES)
                if (tok.text in AMBIGUOUS_NAMES and phrase.kind == "country"
                        and _title_case_line(text, tok.start)):
                    in_headlines.append((i, phrase.key))  # "Chad Votes In Runoff": below
            continue  # left for the people finder: "Jane Jordan"
        elif phrase.kind == "country" and (named := _firm_or_club(text, tokens, i, end, claims)):
            first, last = named  # "Kenya Power", "FC Armenia": a company's or a club's name
            org_span = (tokens[first].start, tokens[last - 1].end)
            org_spans.setdefault(" ".join(text[org_span[0]:org_span[1]].split()),
                                 []).append(org_span)
            for k in range(first, last):
                claims[k] = "organization"
            if first == i and tokens[last - 1].text in _FIRM_WORDS:
                firm_names.add(text[org_span[0]:org_span[1]])  # "Japan Tobacco"
            end = max(end, last)
        elif phrase.kind == "capital" and (named := _club_of_a_city(text, tokens, i, end,
                                                                     claims)):
            first, last = named  # "Sparta Quellgrad 2", "Dinamo Quellgrad beat ...": a club
            org_span = (tokens[first].start, tokens[last - 1].end)
            org_spans.setdefault(" ".join(text[org_span[0]:org_span[1]].split()),
                                 []).append(org_span)
            for k in range(first, last):
                claims[k] = "organization"
        elif phrase.kind == "demonym" and i > 0 and claims[i - 1] == "country" and (
                text[tokens[i - 1].end:tok.start] == " ") and not tok.caps_line and (
                phrase.key not in _HERITAGE_NATIONS) and not _BORN_COMPOUND.search(
                    tokens[i - 1].text):
            # "a Ruritanian Elstonian leader", "Bosnian Serbs": the second names a people of
            # the first's country, not its own country (but "an Italian American family"
            # names both)
            for k in range(i, end):
                claims[k] = "other"
        elif phrase.kind == "country" and _compass_region(text, tokens, i, claims):
            for k in range(i - 1, end):  # "South China", "Western Australia": a region
                claims[k] = "other"
        elif _named_thing_or_town(text, span[0], span[1]) or (
                phrase.kind == "country" and _inside_a_name(text, tokens, i, end, claims)) or (
                phrase.kind == "demonym" and end < len(tokens) and tokens[end].key in _SEA_WORDS
                and joined(text, tokens[end - 1], tokens[end])) or (
                phrase.kind == "demonym" and _opens_a_place(text, tokens, end)) or (
                phrase.kind == "capital"
                and not _capital_is_government(text, tokens, i, end, claims)
        ) or (phrase.kind == "demonym" and (
                (end - i == 1 and _language_or_people(text, span[0], span[1]))
                or _names_a_private_body(text, tokens, end, claims)
                or _opens_an_event(text, tokens, end, at_once=True))
              ) or _in_quoted_title(text, span[0], span[1]):
            for k in range(i, end):
                claims[k] = "other"
            if (phrase.kind == "demonym" and end < len(tokens) and not tok.caps_line
                    and tokens[end].text in _FIRM_WORDS
                    and joined(text, tokens[end - 1], tokens[end])):
                firm_names.add(text[span[0]:tokens[end].end])  # "Ruritanian Air"
        else:
            first = i
            if phrase.kind != "capital":
                official = _official_name_start(text, tokens, i, claims)
                if official is not None:
                    first = official  # "Republic of Iceland"
                    span = (tokens[official].start, span[1])
                elif (end < len(tokens) and tokens[end].text == "Republic"
                      and joined(text, tokens[end - 1], tokens[end])):
                    end += 1  # "the Gabonese Republic"
                    span = (span[0], tokens[end - 1].end)
            compound = _compound_at(text, span[0], span[1])
            if compound is not None:
                i = _add_compound(compound, tokens, first, country_spans, claims)
                continue
            country_spans.setdefault(phrase.key, []).append(span)
            if tok.caps_line:
                caps_spans.append((phrase.key, span))
            for k in range(first, end):
                claims[k] = "country"
        i = end
    if lower_words:
        _prefixed_compounds(text, lower_words, country_spans)
    if firm_names and caps_spans:
        _firms_in_capitals(text, firm_names, caps_spans, country_spans, org_spans)
    for k, code in in_headlines:
        if code in country_spans and claims[k] is None:
            country_spans[code].append((tokens[k].start, tokens[k].end))
            claims[k] = "country"
    if "CG" in country_spans:
        _resolve_congo(text, country_spans)
    for name in [n for n in org_spans if n in GOVERNMENT_SEATS]:
        # "White House officials", "a Kremlin spokesman": the seat as an adjective
        # names its country's government, as a demonym would ("US officials"); the seat
        # that acts or is a place ("the White House said", "at the Kremlin") stays the body.
        spans = org_spans[name]
        modifiers = [span for span in spans if _SEAT_AS_MODIFIER.match(text, span[1])]
        if modifiers:
            country_spans.setdefault(GOVERNMENT_SEATS[name], []).extend(modifiers)
            taken = set(modifiers)
            spans[:] = [span for span in spans if span not in taken]
            if not spans:
                del org_spans[name]
    if georgia_state and "GE" in country_spans and not any(
            text[s:e] != "Georgia" and text[s:e] != "GEORGIA" for s, e in country_spans["GE"]
    ) and not any(cue in text for cue in _GEORGIA_CUES):
        # "ATLANTA, Georgia — ... Georgia's budget": the article's Georgia is the state
        del country_spans["GE"]
    if ("KP" in country_spans) != ("KR" in country_spans):
        # "South Korea ... the two Koreas": the other one is named too (one span can be
        # only one entity's mention)
        other = "KR" if "KP" in country_spans else "KP"
        for m in _BOTH_KOREAS.finditer(text) if "Koreas" in text else ():
            country_spans.setdefault(other, []).append(m.span(1))
    # (every match holds " the States": a text without it is not searched, the pattern
    # opening with a word of twelve being tried at every character)
    for m in _THE_STATES.finditer(text) if " the States" in text else ():
        country_spans.setdefault("US", []).append(m.span(1))
    if "KP" in country_spans or "KR" in country_spans:
        # (every match holds "he North" or "he South": the pattern, opening with \b, is
        # tried at every character of a text that holds neither)
        for m in (_KOREA_SIDE.finditer(text)
                  if "he North" in text or "he South" in text else ()):
            code = "KP" if m.group(1) == "North" else "KR"
            country_spans.setdefault(code, []).append((m.start(), m.end()))
    countries = [
        Entity(id=entity_id("country", code), kind="country",
               name=LEXICON.country_names[code], mentions=spans, code=code)
        for code, spans in country_spans.items()
    ]
    orgs = [
        Entity(id=entity_id("organization", name), kind="organization", name=name,
               mentions=spans)
        for name, spans in org_spans.items()
    ]
    if possessors:
        possessive_bodies(text, tokens, claims, orgs, possessors)
    if body_heads:
        foreign_bodies(text, tokens, claims, orgs, body_heads)
    if lower_words:
        named_parties(text, tokens, claims, orgs, lower_words)
    return countries, orgs
