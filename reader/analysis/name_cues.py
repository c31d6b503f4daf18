"""What in the text says that capitalised words are a person's name.

Word sets and patterns for the people finder (people.py): particles and suffixes inside
names, reporting verbs, role words, bylines, surname endings, sports-result notation,
company words, and small tests on tokens ("is this an initial?", "does a sentence start
here?"). Written here from general knowledge of English news.
"""

from __future__ import annotations

import re

from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    NEVER_NAME,
    ROLE_NOUNS,
)
from reader.analysis.text_at import ends_at, starts_at
from reader.analysis.tokens import Token
from reader.regex_cache import alternation, compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden".
PARTICLES: Final = frozenset({
    "de", "da", "das", "do", "dos", "du", "del", "della", "di", "van", "von", "der", "den",
    "ter", "la", "le", "bin", "ibn", "al", "el", "y", "zu", "los", "las", "binti", "bint",
    "ap", "ferch",
    # Filipino "dela", "delos", "delas" ("Ana dela Cruz"), Scandinavian "af", Dutch "ten",
    # Maghreb and Sahel "ould" ("Sidi ould Quell") and its women's "mint" ("Mariem mint
    # Quell", Hassaniya: "daughter of"), Tuareg "ag"
    "dela", "delos", "delas", "af", "ten", "ould", "mint", "ag",
    # Kikuyu and Congolese "wa" ("son of"), Swahili and Sudanese "wad", Kalenjin "arap"
    "wa", "wad", "arap",
    # Portuguese "e" between two surnames ("Ines Carvalho e Silva")
    "e",
    # Turkic "son of" and "daughter of" after the father's name, before the surname
    # ("Elnur Quliyev oglu Mammadli", Azerbaijani and Uzbek)
    "oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "kizi", "uulu",
})

# The same words ending a name, the surname left out (Kyrgyz usage: "Nurbek Talant
# uulu", "Aizada Bolot kyzy"): a name word after a name word.
PATRONYMIC_ENDS: Final = frozenset({"uulu", "kyzy", "oglu", "ogly", "oğlu", "qizi", "gizi", "kizi"})

# Endings that make a hyphenated word a description: "Elston-based", "Ruritanian-born".
DESCRIPTIVE_ENDINGS: Final = (
    "-based", "-born", "-listed", "-led", "-owned", "-controlled", "-made", "-run",
    "-backed", "-funded", "-style", "-bound", "-speaking", "-registered", "-trained",
    "-elect", "-old", "-time", "-term", "-year", "-seed", "-ranked", "-seeded", "-winning",
)

# A lower-case word right before a token: "in May", "the May crackdown".
LOWER_BEFORE: Final = compiled(r"\b[a-z]+ $")

# Month names that are also names: "Theresa May", but "in May", "May 5".
MONTH_NAMES: Final = frozenset({"May", "June", "April", "August", "March", "Jun", "Mar"})

# Words before a company's name: "packaging company Quellco", "shares of Quellco".
COMPANY_BEFORE: Final = frozenset({
    "company", "group", "firm", "chain", "maker", "makers", "carrier", "giant", "unit",
    "subsidiary", "brewer", "insurer", "bank", "retailer", "manufacturer", "producer",
    "operator", "airline", "conglomerate", "distributor", "supplier", "developer",
    "publisher", "newspaper", "daily", "weekly", "agency", "broker", "brokerage",
    "miner", "drugmaker", "carmaker", "automaker", "chipmaker", "steelmaker", "planemaker",
    "lender", "exporter", "refiner", "shipbuilder", "broadcaster", "club", "startup",
    "start-up", "team", "champions",
    # round 12: more kinds of firm ("the utility Quellgas", "fashion brand Ana Roe")
    "utility", "telecoms", "telco", "consultancy", "brand", "label", "studio", "bottler",
    "distiller", "cooperative", "co-operative",
})
SHARES: Final = frozenset({"shares", "Shares"})
# Right after a name: what a firm has, never a person: "Harlow Sachs shares", "Harlow
# Sachs's stock" (not ", which": it as often takes up the whole clause before it).
COMPANY_AFTER: Final = compiled(r"(?: shares\b| stock\b|['’]s? (?:shares|stock)\b)")
# How every COMPANY_AFTER match starts: a text that does not go on so needs no match.
COMPANY_AFTER_STARTS: Final = (" shares", " stock", "'", "’")
# The staff of a firm before "at" and its name: "analysts at Harlow Sachs".
STAFF_AT: Final = compiled(
    r"\b(?i:analysts?|economists?|strategists?|traders?|dealers?|researchers?|bankers?"
    r"|executives?|employees?|workers?|staff|engineers?|brokers?) at $")

# Given names written short with a full stop, before the rest of the name: Spanish and
# Filipino "Ma." (María), Bangladeshi "Md." and Malay "Mohd." (Mohammed), Spanish "Fco."
# (Francisco), old English "Wm.", "Chas.", "Thos.", "Jas.". The tokenizer keeps the stop
# apart ("Ma", "."): "Ma. Luisa Quell" is one name, "Jack Ma. Shares fell" is not.
GIVEN_ABBREVIATIONS: Final = frozenset({"Ma", "Md", "Mohd", "Muhd", "Mhd", "Fco", "Wm", "Chas",
                                 "Thos", "Jas"})

# Generational suffixes that belong to the name: "Thomas A. Roe Jr."
SUFFIXES: Final = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})

# Regnal numbers after a monarch's or a pope's name: "Queen Ann I", "Pope Leo XIII". ("I"
# counts only after such a title: elsewhere it is the pronoun.)
REGNAL = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                    "XIV", "XV", "XVI", "XVII", "XVIII"})
MONARCHS: Final = frozenset({"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
                      "Tsarina", "Kaiser", "Sultan", "Shah", "Prince", "Princess"})

# A pair of quotation marks around a title-case phrase: the title of a work or a slogan
# ("Dances of the Marbeck Moon"), whose words are not a person's name.
QUOTED_TITLE: Final = compiled(r"[\"“]([^\"“”\n.!?]{2,80})[.,!?]?[\"”]")

# Verbs right after a name that make it a person's name.
SPEECH_VERBS: Final = frozenset({
    "said", "says", "told", "added", "asked", "wrote", "writes", "explained", "noted",
    "stated", "replied", "warned", "insisted", "argued", "tweeted", "declared", "admitted",
    "announced", "recalled", "acknowledged", "agreed", "complained", "continued", "claimed",
})
# Adverbs that stand between a speaker and the verb: "Roe later said".
SPEECH_ADVERBS: Final = frozenset({
    "later", "also", "then", "again", "once", "earlier", "previously", "recently",
    "repeatedly", "often", "quickly", "simply", "flatly",
})

# Lower-case words before a name that make it a person's name.
ROLE_BEFORE: Final = ROLE_NOUNS | {"former", "late"}

# Capitalised particles that begin a surname, never a given name: "Van Quell".
CAP_PARTICLES: Final = frozenset({"Van", "Von", "De", "Del", "Della", "Di", "Da", "Du", "La", "Le",
                            "Der", "Den", "Ter", "Al", "El", "Bin", "Ben", "Abu", "St", "St.",
                            "Ap", "Dela", "Delos", "Ould"})

# Bylines: "Reporting by Jane Roe; Editing by Tom Doe".
BYLINE_BEFORE: Final = compiled(
    r"(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Cc]ompiled|[Pp]hotos?|[Pp]hotograph"
    r"|[Ii]nterview|[Ii]llustration|[Ee]dited|[Rr]eported|[Bb]y) by $"
    # (or after a bar of page furniture: "MATCH REPORT | By Ana Roe | 21 May")
    r"|(?:^|\n|\| )(?:[Bb]y|BY) $"
    # a picture's credit opening its line: "Photo: Jane Roe", "Photograph: Jane Roe/Desk"
    r"|(?:^|\n)(?:Photo|Photograph|Picture|Image|Credit)s?: $"
)
# How every BYLINE_BEFORE match ends (see ends_like).
BYLINE_BEFORE_ENDS: Final = ("by ", "By ", "BY ", ": ")
# What only a person does to a work or a side, before "by" and the name: "directed by
# Kiyo Tanabe", "a song composed by ...", "coached by ...", "a header by ..." (not "led"
# nor "founded", said of bodies too). Searched where BYLINE_BEFORE_ENDS ends the text
# before the name.
CREATOR_BY: Final = compiled(
    r"\b(?:directed|co-directed|composed|painted|sung|narrated|choreographed|illustrated"
    r"|photographed|scripted|co-written|authored|coached|captained|voiced|conducted"
    r"|sculpted|succeeded|performed|portrayed|played|seconded"
    # (round 18) who leads a meeting or judges a match: "chaired by", "refereed by"
    r"|chaired|co-chaired|refereed|umpired|officiated"
    # a player's moves: "a header by Tadese Kiros", "a late goal by ..."
    r"|header|goal|shot|strike|cross|pass|penalty|volley|try|tackle) by $")

# A byline in capitals on a line of its own: "BY JANE ROE", "BY JANE ROE AND TOM DOE",
# "BY JANE ROE, WIRE STAFF" (the names are group 1; what follows a comma is not a name).
# "BY" first, then a look behind it for the line's start (what "^BY" says): the search
# then jumps from one "BY" to the next instead of trying every character.
CAPS_BYLINE: Final = compiled(r"BY(?<![^\n]BY) ([A-Z][A-Z'’.\- ]*[A-Z.])(?:[,;][^\n]*)?[ \t]*$",
                       re.MULTILINE)

# A lower-case word for a region after a name: "Kwara state", "Quell province".
SUBDIVISIONS: Final = ("state|province|region|district|county|prefecture|governorate|municipality"
                 "|oblast|canton|department|island|valley|river|strait|straits|basin|delta|plateau"
                 "|desert|peninsula|lake|gulf|mountains|hills|archipelago|atoll|reef|glacier"
                 # the plural after two names ("Bac Quell and Thai Roe provinces"; not
                 # "states", a verb too)
                 "|provinces|regions|districts|counties|prefectures|governorates"
                 "|municipalities|oblasts|cantons")
SUBDIVISION_AFTER: Final = compiled(r" (?:" + SUBDIVISIONS + r")\b")
# How every match starts: a text that does not go on so needs no match (most do not).
SUBDIVISION_AFTER_STARTS: Final = tuple(f" {word}" for word in SUBDIVISIONS.split("|"))

# Names in capitals in a byline of running text, as agencies write them: "By JANE ROE and
# TOM DOE", "By JANE ROE, TOM DOE and ANA VIDAL, Wire Staff" (a name of two to four words
# in capitals, then another after "and" or a comma; what follows in title case is where
# they work).
_CAPS_NAME: Final = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){1,3}"
_CAPS_NAMES: Final = rf"{_CAPS_NAME}(?:(?:,? and |, ){_CAPS_NAME})*"
# A byline: "By" opening its line before the names (group 1), what follows a comma to the
# line's end, or an agency or a desk in title case with no comma ("By JANE ROE Wire
# Staff").
MIXED_BYLINE: Final = compiled(
    rf"By(?<![^\n]By) ({_CAPS_NAMES})(?:,[^\n]*| [A-Z][a-z][\w&'’.\-]*"
    r"(?: (?:[A-Z][\w&'’.\-]*|of|the|for|and|in|de)){0,5})?[ \t]*$", re.MULTILINE)
# A credit line with no "By": the names opening their line, then a comma and the agency or
# the desk to the line's end, in title case ("JANE ROE, Associated Press", "JANE ROE and
# TOM DOE, The Quell Courier"). Each capital is tried as a line's start (the look behind),
# so the search jumps from capital to capital.
CREDIT_LINE: Final = compiled(
    rf"[A-Z](?<![^\n][A-Z])(?:[A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{1,3}})"
    rf"(?:(?:,? and |, ){_CAPS_NAME})*"
    r"(?=, (?:[A-Z][\w&'’.\-]*)(?: (?:[A-Z][\w&'’.\-]*|of|the|for|and|in|de)){0,5}[ \t]*$)",
    re.MULTILINE)
# Where the names of MIXED_BYLINE and CREDIT_LINE part.
CAPS_NAMES_SEPARATOR: Final = compiled(r",? and |, ")


def ends_like(text: str, end: int, endings: tuple[str, ...]) -> bool:
    """Whether text[:end] ends with one of `endings`, or does so before a final line
    break: a test that must hold wherever a pattern ending in "$" whose every match ends
    that way can match in search(text, pos, end) ("$" matches before a final "\n" too).
    Cheaper than the search, so it is tried first."""
    if starts_at(text, "\n", end - 1):
        return ends_at(text, endings, end) or ends_at(text, endings, end - 1)
    return ends_at(text, endings, end)

# Verbs before a name that report its words: "said Tom Quell".
SPEECH_BEFORE: Final = frozenset({"said", "says", "added", "wrote", "explained", "noted",
                            "continued", "recalled", "warned", "insisted", "argued",
                            # (round 18) '"No," replied Tom Quell'
                            "replied", "responded", "countered", "conceded", "cautioned"})

# Plural nouns of groups: "Demonstrators said" names no one.
GROUP_ENDINGS: Final = ("ers", "ists", "ians", "ants", "ents", "ors", "ives", "ites", "ans")

# An apposition that says who the person is: "Jean-Luc Quell, the foreign minister",
# "Tal Quell, Ruritania's security adviser".
APPOSITION: Final = compiled(
    r",? (?:(?:the|a|an|his|her|its|their|our|[A-Z][\w.-]*['’]s) (?:[\w’'-]+ ){0,4}?"
    r"|(?:[a-z][\w’'-]* ){0,3}?)(?:"
    + alternation(ROLE_NOUNS)
    # the words for a person ("Mele Roe, the first woman to stand", "a 34-year-old man")
    + r"|woman|man|girl|boy|widow|widower|grandmother|grandfather)\b"
)
# A work named after the word for its kind: "the novel Silent Orchard", "her new album
# Quiet Harbour", "the hit series Marbeck Nights" (its words name no one; not "play",
# "show" or "game", which as often end a clause: "the game Roe won").
_WORK_KINDS: Final = ("novel|film|movie|book|album|song|opera|musical|documentary|series|sitcom"
               "|programme|poem|painting|memoir|ballet|anthem|hymn")
WORK_BEFORE: Final = compiled(
    r"\b(?i:the|a|an|his|her|their|its|new|latest|debut|hit) (?:[a-z-]+ )?(?:"
    + _WORK_KINDS + ") $")
# How every WORK_BEFORE match ends (see ends_like): text that does not end so needs no
# search (which tries the case-blind articles at each of the forty characters before a
# name).
WORK_BEFORE_ENDS: Final = tuple(f" {kind} " for kind in _WORK_KINDS.split("|"))
# The same kinds, and a drama's, before a title set off by commas: "her long-running
# sitcom, Marbeck Nights, ended" (whatever stands before the kind's word).
WORK_APPOSITION_ENDS: Final = tuple(f" {kind}, " for kind in (
    *_WORK_KINDS.split("|"), "soap", "telenovela", "drama", "cartoon", "play"))
# The same kinds in an apposition after a title, its article first: "for Salt Winter, her
# third book,", "Quiet Harbour, a drama about a ferryman" (the kind ends the apposition, or
# words that tell what a work is about go on).
WORK_APPOSITION_AFTER: Final = compiled(
    r", (?:a|an|the|his|her|their|its) (?:[a-z-]+ ){0,2}(?:"
    + _WORK_KINDS + "|soap|telenovela|drama|cartoon|play|collection|comedy|thriller)"
    r"(?=[,.;:]| (?:about|set|published|released|starring|directed|written|based)\b)")
# A person's age right after a lone given name: "Ellie, 8, wants", "Tomas (34) said".
LONE_AGE_AFTER: Final = compiled(r"(?:, \d{1,3},| \(\d{1,3}\))")
# Kin ending a description before a name set off by commas: "his wife, Farida,".
KIN_WORDS: Final = frozenset({
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
    "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
    "nephew", "niece", "cousin", "fiancee", "fiancé", "fiancée", "partner",
})
# An article or a possessive right before a word: "the Rovers", "their Lions".
NOT_AFTER_ARTICLE: Final = compiled(r"(?:^|\W)(?:the|The|their|Their|its|our|Our|['’]s) $")
# What a text before a word ends with where NOT_AFTER_ARTICLE finds one there (its "$"
# also matches before a line break that ends the text): the test of these endings (one
# call, in C) comes first, the search only where one fits.
ARTICLE_ENDS: Final = tuple(word + end for word in ("the", "The", "their", "Their", "its", "our",
                                             "Our", "'s", "’s") for end in (" ", " \n"))
# Lower-case words that may stand inside a role: "Fisheries Department spokesperson".
ROLE_PREFIX: Final = frozenset({
    "former", "deputy", "acting", "vice", "chief", "senior", "top", "assistant", "press",
    "national", "security", "general", "foreign", "defense", "defence", "prime", "then",
    "interim", "outgoing", "incoming", "new", "presidential", "campaign", "s", "the",
})

# Endings that mark a surname in many languages (Slavic, Romanian, Greek, Turkish, ...).
SURNAME_ENDINGS: Final = (
    "ov", "ova", "ev", "eva", "enko", "escu", "ski", "sky", "ska", "vic", "vić", "vich",
    "ovich", "idis", "opoulos", "oglu", "oğlu", "shvili", "dze", "yan", "yev", "yeva", "ovna",
    "evna", "czyk", "wicz", "eanu", "aki", "ini", "elli", "etti",
    # Sinhala and other South Asian surnames: "-singhe", "-nayake", "-wardena", "-uddin"
    "singhe", "singha", "nayake", "nayaka", "wardena", "wardene", "ratne", "ratna", "sekara",
    "sekera", "suriya", "pakse", "pakshe", "deniya", "tunga", "weera", "uddin", "ullah")
SURNAME_ENDING: Final = compiled("(?:" + "|".join(SURNAME_ENDINGS) + ")$")


def surname_ending(word: str) -> bool:
    """Whether SURNAME_ENDING.search(word) finds one: for a word without a line break
    (every token), whether it ends with one of SURNAME_ENDINGS, as "$" matches only at
    the end then (str.endswith with the tuple is a native call; the search tries the
    fifty endings at every character of the word, some 6,000 instructions)."""
    if "\n" in word:
        return SURNAME_ENDING.search(word) is not None
    return word.endswith(SURNAME_ENDINGS)

# Sports results: a cricket scorecard ("c Roe b Doe", "T. Quell run out") and
# bowling figures ("Doe 10-1-35-2"); a scorer's minute ("Quell (31st)").
SCORECARD_BEFORE: Final = compiled(
    r"(?:^|[\s(])(?:c|b|st|lbw b|c and b|c sub) $"
    r"|(?:^|[\s(,;])\d{1,2} - $"  # a football line-up: "2 - Tom Quell"
)
# A scorer's minutes right after the name in a list of scorers: "Roe 23", "Roe 23, 67",
# "Roe 45+2 pen", "Roe 88'", ending the item ("Rovers 2 (Doe 23)" is a team's score, and
# so is "Elston 207 and 88").
MINUTES_AFTER: Final = compiled(
    r" (?:1[0-2]\d|\d{1,2})(?:\+\d{1,2})?'?(?: (?:pen|og|o\.g\.|penalty)\b\.?)?"
    r"(?:, (?:1[0-2]\d|\d{1,2})(?:\+\d{1,2})?'?(?: (?:pen|og|o\.g\.|penalty)\b\.?)?)*"
    r"(?:[,;).](?!\d)|$)", re.MULTILINE)
# A team's score and its scorers in brackets after its name: "Sparta Lemmer 1 (Roe 44)".
TEAM_SCORE_AFTER: Final = compiled(r" \d{1,3} \([A-Z]")
# A row of a league table after a name: four numbers or more to the end of the line
# ("Quell Rovers 24 17 5 2 41 12 56"); a golfer's rounds read the same, so only after a
# word that is no given name.
TABLE_ROW_AFTER: Final = compiled(r"(?:[ \t]+-?\d{1,3}){4,}[ \t]*(?:\n|$)")
def number_after(text: str, end: int) -> bool:
    """Whether a space and a digit come right after `end`, as every match of
    TEAM_SCORE_AFTER and MINUTES_AFTER at `end` starts: cheaper than either match (most
    names are followed by a word), so it is tried first. (\\d is a decimal digit.)"""
    return starts_at(text, " ", end) and text[end + 1:end + 2].isdecimal()


# What makes a line one of scorers: a heading, a penalty or own goal, a minute's mark,
# or scorers in brackets after a team's score ("Rovers 2 (Roe 23, Doe 67)").
SCORER_LINE: Final = compiled(
    r"(?:^|\n)(?:[A-Z][a-z]+ )?(?:[Ss]corers?|[Gg]oals?|[Gg]oalscorers?|[Tt]ries)\b[^\n]{0,3}[:-]"
    r"| (?:pen|og|o\.g\.)\b|\d' |\d \([A-Z]")
# How every SCORECARD_BEFORE match ends (see ends_like).
SCORECARD_BEFORE_ENDS: Final = ("c ", "b ", "t ", "- ")
# A date before " 3 - ": a dateline ("LAGOS, July 3 - Floods ..."), not a line-up.
DATE_BEFORE: Final = compiled(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2} - $")
SCORECARD_AFTER: Final = compiled(
    r"^ (?:c |b |st |lbw |run out|not out|retired |\d+(?:\.\d)?-\d+-\d+-\d+)"
    r"|^ \((?:pen |penalty )?\d+(?:st|nd|rd|th)?\b[^()\n]{0,24}\)"
    r"|^ \d+(?:st|nd|rd|th)? min"
    r"|^ \d\d(?: \d\d)+\b"
    # a bowler's wickets and runs in a summary, "(Tom Quell 4-38)": no match score has
    # two-digit goals
    r"|^ \d-\d\d\d?[,;)]"
)
# The characters after the space that every SCORECARD_AFTER match can start with, but
# for a digit.
SCORECARD_AFTER_FIRST: Final = frozenset("cbslrn(")

# What only a person is or does, right after a name: an age, "who", kin or a death
# after a possessive, being arrested or elected, dying or resigning, "and his wife".
PERSON_AFTER: Final = compiled(
    # an age set off by commas or ending the sentence ("Roe, 54, said", "named the driver
    # as Ana Roe, 34."; not a decimal)
    r"(?:, \d{1,3}(?:,|[.;](?!\d))| \(\d{1,3}\))"
    r"|,? who\b"
    r"|['’]s (?:wife|husband|widow|widower|son|sons|daughter|daughters|father|mother|"
    r"brother|sister|children|parents|death|funeral|birthday|arrest|resignation|"
    # (round 18) whom a person has and a body does not call so ("Roe's lawyer said")
    r"girlfriend|boyfriend|fiancee|fiancée|lawyer|lawyers|defence lawyer|defense lawyer|"
    r"assassination|murder|killing|acquittal|conviction|wedding|presidency|"
    r"premiership|administration|government|cabinet|re-election)\b"
    r"| (?:was|has been|had been|is being|was being|is to be) (?:arrested|jailed|killed|"
    r"elected|re-elected|sentenced|born|assassinated|executed|detained|freed|convicted|"
    r"acquitted|indicted|kidnapped|sworn in|hospitali[sz]ed|buried|married|injured|"
    r"wounded|imprisoned|murdered|shot dead|stabbed|appointed|nominated|sacked|dismissed|"
    r"inaugurated|knighted|crowned|ordained|deported|extradited|promoted|in custody)\b"
    r"| (?:is|was) survived by\b"
    r"| (?:died|resigned|married|testified|pleaded|apologi[sz]ed|retired) "
    # (round 18) who meets a head of state or government ("Roe met President Doe")
    r"| (?:met|meets|will meet|is to meet|met with) (?:President|Prime Minister|Premier|King|"
    r"Queen|Pope|Chancellor|Emperor|Crown Prince)\b"
    r"| and (?:his|her) (?:wife|husband|family|son|daughter|children)\b"
    # a verb and "his" or "himself": "Roe released his returns" (a firm has "its")
    r"| (?:also |then |later |again )?[a-z]{3,}(?:ed|s) (?:his|himself|herself)\b"
)
# Before a lone surname: words that come before people ("alongside Quell", "than Quell").
PEOPLE_PREPOSITION: Final = compiled(r"\b(?:alongside|against|than|versus|beside|besides) $")
# After one: what a candidate or a player does ("Quell leading", "Quell trails").
PERSON_VERB_AFTER: Final = compiled(
    r" (?:leading|trailing|leads|trails|ranks|ranked|campaigning|campaigns|vowed|vows"
    r"|promised|promises|insisted|insists|argued|argues|urged|urges|conceded|concedes)\b")
# ... and right before one: "police arrested Jane Roe", "voters elected Jane Roe".
PERSON_BEFORE: Final = frozenset({
    "arrested", "jailed", "sentenced", "elected", "re-elected", "assassinated", "executed",
    "detained", "kidnapped", "married", "murdered", "acquitted", "convicted", "indicted",
    # (round 15) who takes over from whom, and who is put in or out of an office
    "succeeds", "succeeded", "succeeding", "replaces", "replacing", "appointed",
    "nominated", "sacked", "deported", "extradited",
    # and whom a person meets
    "met", "meets", "meeting",
    # (round 18) whom a court or a prosecutor charges ("accused Roe of", "charged Roe
    # with"; a firm accused is named with its legal form or head word, read before)
    "accused", "charged",
})

# Words before a place name: "in Jordan", "to Washington".
PLACE_PREPOSITIONS: Final = frozenset({"in", "to", "from", "into", "across", "toward", "towards"})

# The lower-case words the people finder looks at (see tokens.tokenize).
KEEP_LOWER: frozenset[str] = (
    ROLE_NOUNS | ROLE_BEFORE | ROLE_PREFIX | SPEECH_VERBS | SPEECH_ADVERBS | SPEECH_BEFORE
    | PARTICLES
    | PLACE_PREPOSITIONS | COMPANY_BEFORE | SHARES | COMPANY_SUFFIXES
    | frozenset({"of", "and", "or", "the", "s", "in", "by"})
    | frozenset({"administration", "campaign", "presidency", "era", "camp", "aides",
                 "supporters", "voters", "allies", "loyalists", "doctrine", "years",
                 "government", "cabinet", "family"})
)

SENTENCE_END: Final = frozenset(".!?:;\n\"“”'‘’—–-(")


def starts_sentence(text: str, tok: Token) -> bool:
    """True when nothing but quotes, brackets and spaces follow a sentence end before tok."""
    k = tok.start - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in SENTENCE_END


def is_initial(t: str) -> bool:
    """"J." or run-together initials "J.B.", "A.J.P." (never an abbreviation "Gen."), or a
    two-letter initial of a transliterated name ("Ts. Oyunbileg")."""
    if len(t) == 2:
        return t[1] == "." and t[0].isupper()
    if len(t) == 3 and t in DIGRAPH_INITIALS:
        return True
    return len(t) <= 8 and _INITIALS.fullmatch(t) is not None


# Initials of two letters: one Cyrillic or Mongolian letter written with two Latin ones
# ("Ts. Oyunbileg", "Kh. Battulga", "Sh. Enkhbayar"); the tokenizer keeps their stop.
DIGRAPH_INITIALS: Final = frozenset({"Ts.", "Kh.", "Sh.", "Zh.", "Ch."})


_INITIALS: Final = compiled(r"(?:[A-Z]\.){2,4}")
_ARTICLE_NAME: Final = compiled(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ul|ud)[-‐][A-Z]")


def has_article(t: str) -> bool:
    """True for a name part joined to a lower-case Arabic article: "al-Rashid" (only a
    word starting in lower case: callers may test that first)."""
    return t[:1].islower() and _ARTICLE_NAME.match(t) is not None


def can_be_in_name(tok: Token) -> bool:
    """A token that can be part of a person's name in running text."""
    t = tok.text
    if not tok.cap or tok.caps_line or t in NEVER_NAME:
        return False
    if "-" in t and (t.endswith(DESCRIPTIVE_ENDINGS) or descriptive_compound(t)):
        return False
    if len(t) > 1 and t.isupper() and "." not in t and t not in SUFFIXES:
        return False  # NATO, FBI
    return t[-1] != "." or is_initial(t)  # an initial "J." is, "Gen." is not


def descriptive_compound(t: str) -> bool:
    """A hyphenated description, not a name: "Top-seeded", "Award-winning", "T-shirt"."""
    head, _, tail = t.rpartition("-")
    if len(head) == 1:
        return True  # "T-shirt", "X-ray", "U-turn"
    if not tail.islower():
        return False
    if tail in ROLE_NOUNS:
        return True  # "Ex-champion", "Co-founder": a role, not a name
    return (len(tail) >= 5 and tail.endswith("ed")) or (len(tail) >= 6 and tail.endswith("ing"))


def joined(text: str, left: Token, right: Token) -> bool:
    between = text[left.end:right.start]
    return between == " " or between == "\u00a0" or (between == "" and is_initial(left.text))


def title_lines(text: str) -> list[tuple[int, int]]:
    """The headline, when the text opens with one in title case ("Jane Roe Speaks
    Directly to Voters"). Only the first line: further capitalised lines are mostly lists
    of names and results."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return []  # a single line is a text, not a headline over one
    line = text[start:end]
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words) and not any(
            # a word of a sentence in lower case ("Voters in Quellmore elected Mayor Tobias
            # Wren and Councillor Hester Plume."): a lead sentence full of names, not a
            # headline (which writes only short words and prepositions so)
            w[0].islower() and len(w) > 4 and w not in _TITLE_CASE_LOWER for w in words):
        return [(start, end)]
    return []


# Longer words that a title-case headline may keep in lower case (the prepositions and
# conjunctions of the style guides).
_TITLE_CASE_LOWER: Final = frozenset({
    "about", "above", "across", "after", "against", "along", "among", "around", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite",
    "during", "except", "inside", "outside", "since", "through", "throughout", "toward",
    "towards", "under", "underneath", "until", "unlike", "within", "without", "while",
    "where", "whether", "because", "though", "although", "unless",
})


# The words of a government portfolio, which a title writes between the office and the
# name: "Minister of State for Health Priya Roe", "Commissioner for Water Affairs Tom
# Doe", "Minister for Tourism and Antiquities Ana Quell" (the name starts after the last
# of them). Kinds of government business, from general knowledge.
PORTFOLIO_WORDS: Final = frozenset("""
Affairs Health Finance Defence Defense Education Justice Trade Industry Industries
Agriculture Energy Environment Transport Transportation Labour Labor Tourism Culture
Sport Sports Youth Women Development Planning Security Interior Fisheries Mines
Mining Works Housing Communications Communication Information Technology Economy
Commerce Forestry Forests Lands Land Water Resources Relations Cooperation Co-operation
Integration Reconstruction Welfare Services Revenue Budget Investment Innovation Science
Research Telecommunications Aviation Petroleum Oil Power Electricity Veterans Immigration
Customs Prisons Heritage Arts Broadcasting Family Children Gender Equality Rights
Antiquities Infrastructure Irrigation Livestock Privatisation Privatization Employment
Enterprise Treasury Administration Decentralisation Decentralization Reform Reforms
Endowments Minerals Hydrocarbons Solidarity Management Climate Ports Shipping Railways
Roads Highways Food Nutrition Protection Competition Territories Refugees Sanitation
Construction Wildlife Parks Mineral Gas Statistics Elections Cabinet Unification
Reunification Taxation Territory Diaspora Fiscal Monetary
""".split())  # noqa: SIM905  (a word list reads best as a block)

# The office and "for" or "of" (and any portfolio words and "and" after them) before a
# run of capitalised words: "Minister of State for ", "Commissioner for Tourism and ".
_OFFICES: Final = ("Minister|Ministers|Secretary|Secretaries|Commissioner|Commissioners|Governor"
            "|Minister-designate|Undersecretary|Under-Secretary|Administrator")
PORTFOLIO_BEFORE: Final = compiled(
    r"\b(?:" + _OFFICES + r")(?: of State)? (?:for|of)(?: the)? "
    r"(?:[A-Z][\w'’-]* )*(?:and (?:[A-Z][\w'’-]* )*)?$")
# How the text before such a run ends.
PORTFOLIO_BEFORE_ENDS: Final = (" for ", " of ", " and ")
# The word before "for" or "of" and such a run: an office, "State" of "Minister of State
# for", or a portfolio's last word before "and" (tested before the search, which is
# dearer).
PORTFOLIO_OFFICES: Final = frozenset(_OFFICES.split("|")) | {"State"} | PORTFOLIO_WORDS
