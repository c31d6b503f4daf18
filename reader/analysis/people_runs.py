"""Pass 2 of the people finder: runs of capitalised words, and what each names.

A run is cut at titles, organisation head words and headline verbs; each stretch of
name words in it is a person's name when a table or a cue (people_cues.py) says so, a
region's, a team's, a storm's or a work's when those say so, and is left open (for the
short forms, people_short_forms.py) when nothing decides it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from reader.analysis.data.countries import (
    GIVEN_NAME_COUNTRIES,
)
from reader.analysis.data.words import (
    BUILDING_SURNAMES,
    COMPANY_PREFIXES,
    COMPANY_SUFFIXES,
    HEADLINE_NOUNS,
    HEADLINE_VERB_BASES,
    HONORIFICS,
    MEDIA_WORDS,
    NEVER_NAME,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    ROLE_NOUNS,
    TEAM_PLURALS,
    TITLE_MODIFIERS,
    TITLES_BEFORE_GIVEN_NAME,
    US_STATES,
)
from reader.analysis.name_cues import (
    CAP_PARTICLES,
    CAPS_BYLINE,
    CAPS_NAMES_SEPARATOR,
    COMPANY_BEFORE,
    CREDIT_LINE,
    GIVEN_ABBREVIATIONS,
    MIXED_BYLINE,
    PARTICLES,
    PATRONYMIC_ENDS,
    PORTFOLIO_BEFORE,
    PORTFOLIO_BEFORE_ENDS,
    PORTFOLIO_OFFICES,
    PORTFOLIO_WORDS,
    REGNAL,
    SPEECH_VERBS,
    SUBDIVISION_AFTER,
    SUBDIVISION_AFTER_STARTS,
    SUFFIXES,
    TABLE_ROW_AFTER,
    TEAM_SCORE_AFTER,
    WORK_APPOSITION_AFTER,
    WORK_APPOSITION_ENDS,
    WORK_BEFORE,
    WORK_BEFORE_ENDS,
    can_be_in_name,
    ends_like,
    has_article,
    is_initial,
    joined,
    number_after,
    starts_sentence,
    surname_ending,
)
from reader.analysis.names import (
    CITIES,
    CORE_GIVEN_NAMES,
    EAST_ASIAN_FAMILY,
    GIVEN_NAMES,
    SURNAMES,
    WORLD_SURNAMES,
)
from reader.analysis.organizations import (
    CLUB_FIRST_WORDS,
    CLUB_ONLY_FIRST_WORDS,
    CLUB_ONLY_WORDS,
    NOT_BODIES,
    letters_name_a_body,
    plays_a_match,
    possessive_tail,
)
from reader.analysis.people_short_forms import ShortForms
from reader.analysis.people_state import HEADLINE_WORDS, VERB_ENDINGS
from reader.analysis.text_at import Affixes, ends_at, starts_at
from reader.analysis.tokens import running_form
from reader.regex_cache import alternation, compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Given names that are also words that never stand in a name elsewhere ("Said the
# minister"): a name word only before another word of a name.
_GIVEN_NEVER_NAME: Final = frozenset({"Said"})

# Korean family names that are words never in a name elsewhere ("Oh" the interjection):
# a family name right before a given name of two syllables joined by a hyphen, as Korean
# given names are written ("Oh Min-jun said"; "Oh, Min-jun said" is the interjection).
_FAMILY_NEVER_NAME: Final = frozenset({"Oh"})
_KOREAN_GIVEN: Final = compiled(r"[A-Z][a-z]{1,5}-[a-z]{2,5}$")
# What follows such a word when it is the surname of the name before it and no verb: the
# verb itself, in lower case ("Amara Said said", "Omar Said told").
_VERB_AFTER_SURNAME: Final = (" said", " says", " told", " added", " wrote", " asked")


# The prepositions before a place that place_in_list() reads ("in", "near", "outside"; not
# "from" nor "at", which as often come before a person: "a letter from Jane Roe").
_PLACE_IN: Final = compiled(r"(?:^|\s)(?:in|near|outside) $")


# Nouns and verbs whose "in" comes before a person: "faith in Jane Roe".
_TRUST_IN: Final = compiled(r"\b(?:confidence|faith|trust|belief|believe[sd]?|believing|interest"
                     r"|interested|role|part|stake|hope|pride|rival|opponent|successor"
                     r"|partner|ally|allies) in $")


# PLACE_PREFIXES that open men's names too, before a given name: "Sidi Ahmed Quell".
_NAME_OPENING_PREFIXES: Final = frozenset({"Sidi"})


# Words that open the name of a region: "East Marbeck", "Upper Quell".
_COMPASS: Final = frozenset({
    "East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern",
    "Western", "Upper", "Lower", "Greater", "Inner", "Outer", "Northeast", "Northwest",
    "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West",
})


# Group nouns that end a body's or a band's name, never a person's ("the Liberal People's
# Party", "the Quell Sisters").
_GROUP_LAST: Final = frozenset({"People", "Peoples", "Women", "Men", "Youth", "Children", "Workers",
                         "Citizens", "Veterans", "Farmers", "Peasants", "Patriots", "Nations",
                         "Brothers", "Sisters", "Twins",
                         # the same in the languages of family firms ("Quellini Fratelli")
                         "Fratelli", "Hermanos", "Frères", "Irmãos"})


# A lower-case insertion in brackets inside a name, before its next capitalised word.
_LOWER_INSERTION: Final = compiled(r" [(\[][a-z][a-z'’ -]{0,30}[)\]] (?=[A-Z])")


# A lower-case word (in a line of running text).
_LOWER_WORD_IN: Final = compiled(r"(?<![\w'’-])[a-z]{2,}\b")


# Words that make the words after them a newspaper's name: "the Daily Quell", "the Elston
# Weekly Record".
_PAPER_FIRST: Final = frozenset({"Daily", "Weekly"})


# Kinds of ships, before a ship's name.
_VESSEL_WORDS: Final = frozenset({
    "tanker", "frigate", "ship", "vessel", "ferry", "yacht", "trawler", "freighter",
    "destroyer", "submarine", "cruiser", "corvette", "schooner", "liner", "barge", "tugboat",
    "dredger", "icebreaker", "warship", "steamer", "supertanker", "containership",
    "boat", "catamaran", "trimaran", "sloop", "ketch", "dinghy", "lifeboat", "gunboat",
    "steamboat", "riverboat", "hovercraft", "canoe", "dhow", "galleon", "clipper", "airship",
    # animals are named like people too: "the giant panda Mei Lin", "his dog, Captain Rex"
    "panda", "elephant", "gorilla", "chimpanzee", "orangutan", "giraffe", "rhino",
    "rhinoceros", "hippo", "lion", "lioness", "tiger", "tigress", "whale", "orca", "dolphin",
    "dog", "puppy", "cat", "kitten", "parrot", "camel", "mare", "stallion", "colt", "filly",
    "gelding", "racehorse", "greyhound", "bull", "cow", "pony", "mascot", "koala",
})

# Kinds of bands and spacecraft, which are named like people, before a name: "the band
# Iron Meadow", "the lunar probe Juno Ascent".
_CRAFT_KINDS: Final = ("band", "probe", "spacecraft", "rover", "lander", "orbiter", "capsule",
                "satellite", "telescope", "rocket", "spaceship", "spaceplane")
# (a craft is named or called so too, after words that tell its kind: "a Ruritanian
# lunar orbiter named Ana Quell", "a lander called Tomas")
_CRAFT_BEFORE: Final = compiled(r"\b(?i:the|a|an|his|her|their|its|new) (?:[A-Za-z-]+ ){0,3}?(?:"
                         + "|".join(_CRAFT_KINDS) + r") (?:named |called |dubbed )?$")
_CRAFT_NAMED_ENDS: Final = tuple(f" {kind} {verb} " for kind in _CRAFT_KINDS
                          for verb in ("named", "called", "dubbed"))
_CRAFT_BEFORE_ENDS: Final = tuple(f" {kind} " for kind in _CRAFT_KINDS) + _CRAFT_NAMED_ENDS

# What a craft does after its name ("the spacecraft Ana Quell will reach Mars", "the
# rocket Tomas Vell lifted off").
# What a work's maker does, said right after a name that follows a work's kind: "the
# book Jane Roe wrote", "the film Ana Quell directed in 1998", "the song Tom Doe sings"
# (the name is the maker's; a work's name is followed by anything else: "her album Stella
# Blue topped the charts").
_MAKER_VERB_AFTER: Final = compiled(
    r" (?:(?:also |later |once |first |had |has )?(?:wrote|co-wrote|written|directed|"
    r"co-directed|produced|made|recorded|sang|sings|released|published|created|composed|"
    r"penned|narrated|narrates|starred|stars|shot|edited|performed|performs|played|plays|"
    r"painted|designed|voiced|voices|choreographed|adapted|filmed|cites|cited|loved|loves|"
    r"chose|picked|praised|called|named|described|read|reads|says|said|told|recalls|"
    r"recalled)|(?:is|was|has been) (?:making|writing|directing|filming))\b")
_CRAFT_VERB_AFTER: Final = compiled(
    r" (?:will (?:reach|land|orbit|launch|lift off|fly|map|study|dock)|is due to (?:reach"
    r"|land|launch)|reached|landed|orbited|orbits|lifted off|blasted off|touched down"
    r"|docked|splashed down|was launched|is orbiting|was (?:lost|destroyed) (?:in|on|after))"
    r"\b")

# What is done to a prize, before "the" and its name: "won the Golden Bear".
_PRIZE_BEFORE: Final = compiled(r"\b(?:won|wins|win|winning|awarded|receive[ds]?|receiving|took"
                         r"|scooped|claimed|collected|lifted|retained|clinched) the $")

# Kin in the plural, which open a sentence before the given names of the kin it names:
# "Brothers Milan and Tomas Roe opened a bakery".
_PLURAL_KIN: Final = frozenset({"Brothers", "Sisters", "Cousins", "Twins", "Siblings", "Spouses"})

# Letters in brackets after a name in a picture's caption: where the person stands.
_CAPTION_PLACES: Final = frozenset({"L", "R", "C", "L-R", "R-L", "Centre", "Center"})

# First words of Malaysian titles of two words with "Sri": "Tan Sri", "Puan Sri", "Datuk
# Sri", "Dato' Sri", "Toh Puan" is one already ("Toh" and "Puan").
_SRI_TITLES: Final = frozenset({"Tan", "Puan", "Datuk", "Dato", "Dato'", "Datin"})

# Letters before a ship's name: "MV Salma Quell", "HMS Edward Roe", "USS Tom Doe".
_SHIP_PREFIXES: Final = frozenset({"MV", "HMS", "USS", "HMAS", "HMCS", "HMNZS", "RFA", "USNS",
                                   "RV", "FV", "RMS",
                                   # Indonesian: kapal motor, kapal motor penumpang, the
                                   # navy's
                                   "KM", "KMP", "KRI",
                                   # (round 18) Fiji's, India's and Pakistan's navies
                                   "RFNS", "INS", "PNS"})

# Every word vessel_before() takes for a kind of ship or animal.
_VESSEL_KINDS: Final = _VESSEL_WORDS | {"carrier"}

# A work's or a product's kind before its name set off by commas: "her sitcom, Marbeck
# Nights,", "her new perfume, Ana Quell Noir,".
_THING_APPOSITION_ENDS: Final = (*WORK_APPOSITION_ENDS, " perfume, ", " fragrance, ", " scent, ",
                          " cologne, ", " handbag, ",
                          # (round 18) "The ferry, the Daw Khin Hla, was carrying ..."
                          *(f" {kind}, the " for kind in sorted(_VESSEL_WORDS)))

# A ship's or an animal's kind in an apposition after its name: "the Princess Ama, a
# ferry, ...", "Captain Rex, the ship's dog." (the kind ends the apposition, or a verb
# or a participle that a ship takes goes on: "a trawler registered in Elston").
_VESSEL_APPOSITION: Final = compiled(
    r", (?:a|an|the) (?:[a-z-]+ ){0,2}(?:" + alternation(sorted(_VESSEL_WORDS))
    + r")(?=[,.;]| (?:that|which|carrying|flagged|registered|owned|bound|operated|with)\b)")

# A number right after a name that "the" opens: a boat's or a craft's, not a person's
# ("the crews of the Ana Quell 07 and the Tom Roe 12"); the number ends the clause or a
# word of the clause follows (not "the Elston 10,000", a race, nor "3.5").
_HULL_NUMBER_AFTER: Final = compiled(r" \d{1,3}(?=[,;:)](?!\d)|\.(?!\d)| (?:and|or|had|has|was|were"
                              r"|is|sank|which|that|with|carrying|docked|sailed|arrived"
                              r"|departed|berthed|anchored|left port)\b)")

# A building's or a place's kind in an apposition after a name that "the" opens: "at the
# Ana Quell, a hall named after the poet," (a person is not "the Ana Quell").
_VENUE_APPOSITION: Final = compiled(
    r", (?:a|an|the) (?:[a-z-]+ ){0,2}(?:hall|venue|theatre|theater|auditorium|stadium"
    r"|arena|temple|mosque|church|shrine|cathedral|building|complex|museum|library|gallery"
    r"|hotel|monument|memorial|mausoleum|park|garden|square|market|palace|fort|tower"
    r"|bridge|dam|canal|reservoir|school|college|hospital|cinema|club)"
    r"(?=[,.;]| (?:named|built|opened|that|which|where|in|on|near|off|with|of)\b)")

# A place's kind in an apposition after its name: "Velka Dobra, a village of 300 people,",
# "Tashi Roe, a 6,900-metre peak near the border" (a person is "a village elder", "a
# farm worker", "a founder of the city": the kind ends the apposition, or a word of
# where or what size follows, and no preposition comes before it).
_PLACE_APPOSITION: Final = compiled(
    r", (?:a|an|the) (?:(?!(?:of|for|at|with|from|by|to|in|on|and|or|the|a|an)\b)[\w,.-]+ )"
    r"{0,3}?(?:village|town|township|hamlet|settlement|city"
    r"|suburb|district|province|county|municipality|commune|region|peak|mountain|volcano"
    r"|glacier|river|lake|island|atoll|archipelago|valley|plateau|desert|oasis|port"
    r"|harbour|harbor|bay|reef|crater|mine|oilfield|gasfield|reserve|plantation"
    r"|neighbourhood|neighborhood|slum|camp)"
    r"(?=[,.;]| (?:of|in|on|near|north|south|east|west|about|some|with|where|that|which"
    r"|bordering|outside|close|home|known|once|just|high|along|at|off)\b)")

# A firm's kind set off by commas before its name: "A ferry operator, Vestland Sjo,
# said", "the Danish-owned carrier, Nordfly,": a description before a name of no given
# name names a firm ("a spokeswoman for the firm, Ana Roe," does not: a preposition
# before the description makes the name the spokeswoman's).
_FIRM_APPOSITION_BEFORE: Final = compiled(
    r"(?:^|\W)(?<!\bfor )(?<!\bof )(?<!\bat )(?<!\bwith )(?<!\bfrom )(?<!\bby )(?<!\bto )"
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose) "
    r"(?:(?!(?:for|of|at|with|from|by|to|in|on|and|or|the|a|an)\b)[\w-]+ ){0,3}(?:"
    + "|".join(sorted(COMPANY_BEFORE - {"club", "team", "champions", "daily", "weekly",
                                         "unit", "giant"}))
    + r"), $")

# An apposition after a name that says it is a body ("Peachtree Quell, a super PAC whose
# donors ...", "Marbeck Doe, the carmaker, said"): the kind ends the apposition or a
# clause about the body follows. Kinds no person is called (not "a developer", "a
# producer", "a broker").
_BODY_APPOSITION_KINDS: Final = (
    "company|group|firm|chain|maker|carrier|subsidiary|brewer|insurer|bank|retailer"
    "|manufacturer|airline|conglomerate|newspaper|agency|brokerage|drugmaker|carmaker"
    "|automaker|chipmaker|steelmaker|lender|refiner|shipbuilder|broadcaster|startup"
    "|start-up|utility|consultancy|brand|label|studio|cooperative|co-operative|PAC"
    "|political action committee|charity|nonprofit|non-profit|think tank|foundation"
    "|coalition|lobby|trade association|trade body|watchdog|regulator")
_BODY_APPOSITION_AFTER: Final = compiled(
    r", (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:" + _BODY_APPOSITION_KINDS + r")"
    r"(?=[,.;:]| (?:that|which|whose|based|founded|owned|run|backed|funded|with|named"
    r"|set up|started|formed|led|headed|controlled|listed|known)\b)")

# What follows a name that "the" opens where the name is the whole noun phrase: a
# clause's end or its verb ("the Carmen Vale Panel said", "the Neville Brand Quartet
# played"), not a noun it qualifies ("the Jane Roe case" may be hers).
_AFTER_THE_NAME: Final = compiled(
    r"(?:[,.;:)]| (?:" + alternation(sorted(SPEECH_VERBS | {
        "is", "was", "has", "had", "have", "will", "would", "can", "could", "may", "must",
        "found", "released", "published", "played", "opened", "closed", "won", "lost",
        "confirmed", "estimated", "ruled", "issued", "awarded", "gave", "made", "took"}))
    + r")\b)")

# What a ship does right after its name: "the Maria Quell ran aground".
_VESSEL_AFTER: Final = compiled(r" (?:ran aground|capsized|was refloated|docked (?:at|in)|"
                         r"was towed|was boarded|ran onto|sailed|sank|berthed|set sail"
                         r"|put to sea|was (?:unloaded|launched|seized|impounded|hijacked"
                         r"|scrapped|christened|moored|sunk|sighted|detained))\b")


# A team's score ending a line of results, or before its scorers in brackets.
_SCORE_ENDS_LINE: Final = compiled(r" \d{1,3}(?: \(|[ \t]*(?:\n|$))")
# Results run together in a sentence ("Quell Rovers 2 Marbeck Celtic 0, Elston Town 1
# ..."): the first team's score, the second team and its score, then a comma, a
# semicolon or the sentence's end; and the second team's side of it.
_PAIR_AFTER = compiled(r" \d{1,2} (?:[A-Z][\w'’.-]*(?: |(?=\d))){1,4}\d{1,2}(?:[,;]|\.?(?:\s|$))")
_SCORE_ENDS_PAIR: Final = compiled(r" \d{1,2}(?:[,;]|\.?(?:\s|$))")


# Last words of names of bodies and places that are never a person's: "Quell
# International" (an airport, a firm, a charity).
# A news site's words before a caption or a picture's credit: "Image caption", "Media
# caption", "Image copyright Quell Press", "Image source, Quell Press".
_FURNITURE_WORDS: Final = frozenset({"Image", "Media", "Video", "Photo", "Audio", "Picture"})
_FURNITURE_AFTER: Final = (" caption", " copyright", " source", " playback")

# Before a club that lends or takes a player ("on loan from Jorge Quellmann"): clubs are
# named after people too.
_LOAN_BEFORE: Final = ("on loan from ", "on loan to ", "on loan at ", "on loan with ",
                "loaned from ", "loaned to ", "loaned out to ")

# Before a side, said only of sides: "city rivals Quell Roe", "defending champions Marbeck
# Doe" (not "rivals" alone: "his rivals Jane Roe and Tom Doe" are people).
_SIDE_BEFORE: Final = (
    *(f"{kind} {noun} " for kind in ("city", "local", "title", "derby", "league",
                                      "relegation", "cross-town", "Cup", "cup")
      for noun in ("rivals", "opponents", "champions", "holders", "leaders")),
    "defending champions ", "reigning champions ", "cup holders ")

# Plural articles of French and Spanish that open a side's nickname ("Les Bleus", "Los
# Pumas", "Las Leonas"); "Les" is a given name too ("Les Dennis").
_PLURAL_ARTICLES: Final = frozenset({"Les", "Los", "Las"})

# Words that end a town's name (and so a club's) and are surnames too ("Elston Town",
# "Marbeck City"): no sign alone that the words before them name a person ("Tom Town"
# has a given name first).
_TOWN_WORDS: Final = frozenset({"Town", "City", "County", "Borough", "Village", "Township"})

_NEVER_A_PERSON_LAST: Final = frozenset({"International", "Internacional", "Internationale",
                                  "Worldwide", "Global",
                                  # a desk under a byline: "Wire Staff", "Herald Staff"
                                  "Staff"})


# Tennis sets after a name ("6-3 6-4", "7-6 (7-4) 6-2"), and "beat" and the loser before
# them.
_SETS: Final = r" [0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))?(?: [0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))?)+\b"
_SET_SCORES: Final = compiled(_SETS)
_TENNIS_VERBS: Final = (" beat ", " bt ", " defeated ", " d. ")
_TENNIS_WIN: Final = compiled(r" (?:beat|bt|defeated|d\.) (?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*"
                       + _SETS)


# Months as a dateline writes them before the day ("Jan 4", "May 3", "Sept. 9").
_MONTHS: Final = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "June", "Jul", "July", "Aug",
                     "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March",
                     "April", "August", "September", "October", "November", "December"})


# A role right after a name and a comma, with one word before it at most: "Mei-Hua
# Thornbury, a chemist," ("Monte Quell, a town whose mayor" is a town).
_ROLE_APPOSITION: Final = compiled(r", (?:a|an|the|his|her) (?:[A-Za-z-]+ )?(?:"
                            + alternation(ROLE_NOUNS) + r")\b")


# Titles that name characters of works as often as people ("the song Sister Moon", "the
# film “Captain Ahab Returns”"): before a work's kind or in a quoted title they open its
# name; an office ("the memoir President Roe wrote") does not.
_CHARACTER_TITLES: Final = frozenset({
    "Sister", "Brother", "Lady", "Lord", "Captain", "Queen", "King", "Prince", "Princess",
    "Uncle", "Aunt", "Auntie", "Doctor", "Father", "Mother", "Saint", "Sir", "Miss", "Mister",
    "Madame", "Madam", "Dame", "Duke", "Duchess", "Count", "Countess", "Baron", "Emperor",
    "Empress", "Mr", "Mr.", "Mrs", "Mrs.", "Dr", "Dr.",
})
# The first words for which thing_run asks titled_place or titled_work (one look-up for
# the many runs that open with neither).
_TITLE_OPENERS: Final = frozenset(HONORIFICS) | _CHARACTER_TITLES


# A team's score right after a venue's name and a colon, in a line of results ("Elston
# Wells: Quellshire 214 (...)").
_TEAM_SCORE_NEXT: Final = compiled(r" [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} \d{1,3}\b")


# What follows a team's or a car's name in a line of results after the driver's or the
# rider's country ("Jane Roe (Kenya), Quell Ford, 1:31.552", "Ann Doe (Peru) Quell Team
# 4:21:33"): a time or a score, or "same time".
_TIME_AFTER: Final = compiled(r",? (?:\d|same time\b|s\.t\.)")


# Words for a kind of firm that no person is called, opening a sentence before the firm's
# name ("Carmaker Vestra Holm said", "Insurer Tamsin Quell posted"): lower case in running
# text, where COMPANY_BEFORE reads them.
_FIRM_KINDS: Final = frozenset({
    "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "planemaker",
    "toymaker", "insurer", "reinsurer", "lender", "retailer", "refiner", "exporter",
    "conglomerate", "airline", "broadcaster", "brokerage", "shipbuilder", "distiller",
    "bottler", "wholesaler", "homebuilder", "supermarket", "telecoms", "start-up", "startup",
})
_FIRM_KINDS_OPENING: Final = frozenset(kind.capitalize() for kind in _FIRM_KINDS)

def _is_name_word(word: str) -> bool:
    return word in GIVEN_NAMES or word in SURNAMES or word in WORLD_SURNAMES




# A firm's kind in an apposition after its name: "Penhallow Rourke, the Elston law firm,
# said", "Abbot Marsh and Rourke Bell, two local law firms," (up to three words before
# the kind, none a preposition, and nothing after it but the apposition's end or a verb:
# not "Jane Roe, the firm's founder", "Jane Roe, the founder of the firm").
# A firm's kind after a possessive or "the", then its name set off by commas: "her firm,
# Quell Roe Partners, is now run by", "the practice, Marbeck Doe," (searched only where
# the text before the name ends so; not after a preposition: "a spokeswoman for the
# firm, Lhakpa Roe," is the spokeswoman).
_FIRM_BEFORE_APPOSITION: Final = compiled(
    r"\b(?<!for )(?<!of )(?<!at )(?<!with )(?<!from )(?<!by )(?<!to )"
    r"(?i:her|his|their|its|our|my|the) (?:[a-z-]+ )?(?:firm|company|practice|studio"
    r"|consultancy|partnership|brand|label|startup|start-up), $")
_FIRM_BEFORE_APPOSITION_ENDS: Final = tuple(f" {kind}, " for kind in (
    "firm", "company", "practice", "studio", "consultancy", "partnership", "brand", "label",
    "startup", "start-up"))

_FIRM_APPOSITION: Final = compiled(
    r", (?:the|a|an|two|three|both) (?:(?!(?:of|at|for|in|with|from|to|and|on|by) )"
    r"[A-Za-z-]+ ){0,3}(?:firm|company|group|bank|lender|insurer|carmaker|automaker"
    r"|drugmaker|chipmaker|steelmaker|maker|manufacturer|retailer|airline|conglomerate"
    r"|brewer|miner|exporter|refiner|broadcaster|chain|subsidiary|partnership|consultancy"
    r"|brokerage)s?(?=[,.;]| (?:said|says|which|that|based|has|had|is|was|will)\b)")


# Last words of English place names that are also frequent surnames ("Royal Wells",
# "Kellbrook Green", "Abbot Heath"; "Ann Hill" is a person): a place after a place's
# preposition when the first word is no given name.
_PLACE_SURNAMES: Final = frozenset({
    "Wells", "Hill", "Hills", "Green", "Heath", "Vale", "Wood", "Woods", "Brook", "Ford",
    "Cross", "Mills", "Moor", "Dale", "Hole", "End", "Common", "Downs", "Fields",
})


# A match's result after a team and its country in brackets: "Red Quell (Latvia) beat
# Dinamo Elston (Estonia) 92-90": one score, not a tennis player's sets ("6-3 6-4").
_RESULT_AFTER_BRACKET: Final = compiled(
    r"(?:beat|bt|drew with|drew|lost to|defeated|v|vs\.?) [^\n]{1,60}?\) \d{1,3}-\d{1,3}"
    r"(?![\d-]| \d)")
_ONE_SCORE: Final = compiled(r"\d{1,3}-\d{1,3}(?![\d-]| \d)")
_MATCH_VERB_ENDS: Final = ("beat ", " bt ", "drew with ", "lost to ", "defeated ", " v ", " vs ",
                    " vs. ")


# A player's position or a coach after a club's name, alone or after a second club:
# "the former Hadley Vale and Quellton skipper", "the Marbeck Rovers striker".
_SQUAD_ROLE_AFTER: Final = compiled(
    r"(?: and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})? (?:skipper|captain|striker"
    r"|midfielder|defender|forward|goalkeeper|keeper|winger|full-back|centre-back|coach"
    r"|manager|fly-half|scrum-half|batsman|bowler|wicketkeeper|all-rounder|playmaker"
    r"|quarterback|pitcher|outfielder|linebacker)\b")
# The lamas named by their title alone, as a person is by a name: "the Dalai Lama".
_LAMA_TITLES: Final = frozenset({"Dalai", "Panchen", "Karmapa"})
# An age set off after a name: "Tom Post, 54,".
_AGE_AFTER_NAME: Final = compiled(r", \d{1,3},")
# Second words of places whose first is "New", which are also surnames or given names.
_AFTER_NEW: Final = frozenset({"York", "Jersey", "Mexico", "Hampshire", "Orleans", "Haven",
                               "England", "Zealand", "Delhi", "Brunswick", "Castle", "Britain"})
# What a headline or a sentence's first word says of a player, not a club before the
# position: "Veteran striker Kofi Asare", "Teenage winger Ana Roe".
_PLAYER_ADJECTIVES: Final = frozenset({
    "Veteran", "Young", "Teenage", "Teenaged", "Star", "Injured", "Experienced", "Rookie",
    "Prolific", "Talented", "Uncapped", "Legendary", "Ageing", "Aging", "Record", "Reserve",
    "Substitute", "Stand-in", "Interim", "Caretaker", "Outgoing", "Incoming", "Sacked",
    "Departing", "Serial", "Evergreen", "Stalwart", "Inspirational", "Fit-again", "Suspended",
})
# How every match of _SQUAD_ROLE_AFTER without a second club starts (see squad_of).
_SQUAD_ROLE_WORDS: Final = frozenset({
    "skipper", "captain", "striker", "midfielder", "defender", "forward", "goalkeeper",
    "keeper", "winger", "full-back", "centre-back", "coach", "manager", "fly-half",
    "scrum-half", "batsman", "bowler", "wicketkeeper", "all-rounder", "playmaker",
    "quarterback", "pitcher", "outfielder", "linebacker"})
_SQUAD_ROLE_STARTS: Final = tuple(sorted(" " + w for w in _SQUAD_ROLE_WORDS))
# Three names or more after a line's opening words and colon: a side's line-up.
_LINEUP_AFTER: Final = compiled(r"(?:[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,3}"
                         r"(?: \([^()\n]{1,30}\))?, ){2}[A-Z]")
# What a match report says of a player named by surname alone (player_context).
_PLAYER_AFTER: Final = compiled(
    r" (?:put|fired|headed|shot|struck|volleyed|nodded|slotted|steered|drilled|curled)"
    r" (?:the (?:hosts|visitors|home side|champions|leaders)|his (?:side|team|club)"
    r"|them|[A-Z][\w'’-]+) (?:ahead|in front)\b"
    r"| (?:scored|netted|headed|grabbed|struck|converted|added|completed|hit|curled"
    r"|volleyed|fired|slotted|missed) his\b")
_PLAYER_POSSESSION: Final = compiled(
    r"(?:\d{1,3}(?:st|nd|rd|th)-minute |late |early |first-half |second-half )?"
    r"(?:header|volley|hat-trick|brace|free kick|free-kick|equaliser|equalizer|penalty"
    r" kick|spot kick|spot-kick|tap-in|own goal|own-goal)\b")
_PLAYER_BEFORE: Final = compiled(
    r"(?:\b(?:goals?|header|strike|penalty|volley|equali[sz]er|winner|hat-trick|brace"
    r"|double) (?:from|by)"
    r"|\b(?:levell?ed|equali[sz]ed|replied|scored|led|went ahead|pulled one back) through"
    r") $")
_PLAYER_BEFORE_ENDS: Final = (" from ", " by ", " through ")
# What a leader's surname comes before, after "the": "the Quell administration".
_LEADER_TERM_AFTER: Final = compiled(r" (?:administration|presidency|premiership|chancellorship)\b")
# Endings of the Portuguese diminutive that Brazilian players' and artists' single names
# take ("Juninho"-like).
_DIMINUTIVE_ENDINGS: Final = ("inho", "inha")
# The verbs of a match between two sides, and its one score: "beat ... 2-0".
_PLAYS_AFTER: Final = compiled(r" (?:beat|defeated|thrashed|edged|drew with|lost to) ")
_PLAYS_BEFORE: Final = compiled(r" (?:beat|defeated|thrashed|edged|drew with|lost to) $")
_PLAYS_BEFORE_ENDS: Final = (" beat ", " defeated ", " thrashed ", " edged ", " drew with ",
                      " lost to ")
_ONE_SCORE_AFTER: Final = compiled(r" \d{1,3}-\d{1,3}(?![\d-]| \d)")
# A position or a coach between a club's name and the name of who holds it: "Godoy Quell
# coach Ana Roe" (clubs_before_roles() reads the club's name back from there).
# The space first: a pattern that opens with a literal is searched for that character
# alone. The words are grouped by their first letter, so a space before any other word
# is passed over after one test a letter; and the character before the space, which must
# be a word's or a mark's, is asked of the few matches found (a look-behind asked it at
# every space: the search was four times the instructions). Same matches: a role word
# holds no space, so none can start inside a match turned away for that character.
def _role_words(words: Iterable[str]) -> str:
    """The words as an alternation by first letter: "c(?:aptain|oach)|k(?:eeper)"."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words):
        by_letter.setdefault(word[0], []).append(word[1:])
    # (no re.escape: the words hold letters and hyphens only, which stand for themselves)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_letter.items())


_ROLE_BEFORE_NAME: Final = compiled(r" (?:" + _role_words(_SQUAD_ROLE_WORDS) + r") (?=[A-Z])")
_BEFORE_ROLE_SPACE: Final = compiled(r"[\w'’.-]")


def roles_before_names(text: str) -> Iterator[int]:
    """Where a space and a role word before a name start ("... Quell coach Ana Roe"), the
    space after a word or a mark (as " (?<=[\\w'’.-] )(?:coach|...) (?=[A-Z])" finds)."""
    before = _BEFORE_ROLE_SPACE.match
    for m in _ROLE_BEFORE_NAME.finditer(text):
        start = m.start()
        if start > 0 and before(text, start - 1) is not None:
            yield start
_CLUB_OWNER_ENDS: Final = ("former ", "ex-", "the ", "The ")
_SQUAD_OWNER_ENDS: Final = (*_CLUB_OWNER_ENDS, " and ")


# Endings of adjectives that open a sentence before a people's or a group's plural
# ("Nomadic Tuaregs said", "Ethnic Quellanders", "Hardline Marbeckists", "Right-wing
# Boeren"): no first word of a person's name ends so but given names, asked first.
_ADJECTIVE_ENDINGS: Final = ("ic", "al", "ical", "ous", "ive", "line", "wing", "ed", "less", "ful")


# The kinds of _THING_AFTER that make the name a body's.
_BODY_KINDS: Final = (" newspaper", " tabloid", " flight", " flights", " airliner",
                      " news agency")


# A group named after its kind: "a hacker collective known as Grey Quell", "a militia
# called Tom Doe" (searched only where the text before the name ends in one of the verbs).
_GROUP_NAMED_BEFORE: Final = compiled(
    r"\b(?:group|gang|militia|band|cell|network|faction|movement|outfit|collective|crew"
    r"|cartel|syndicate|firm|company|party|club|team|unit|charity|campaign) (?:known as"
    r"|called|named|dubbed|calling itself) (?:the )?$")
_NAMED_ENDS = ("known as ", "called ", "named ", "dubbed ", "itself ", "as the ", "called the ",
               "named the ", "dubbed the ", "itself the ")


# Corporate offices that end a run after a firm's name: "Quellbank CEO", "Marbeck Abbot
# CFO" (a person has no chief executive).
_FIRM_OFFICES: Final = frozenset({"CEO", "CFO", "COO", "CTO"})


# A row of a league's standings after a team's name: six whole numbers or more to the
# line's end ("Marbeck Quell 5 2 0 3 6 8 6").
_STANDINGS_ROW_AFTER: Final = compiled(r"(?:[ \t]+-?\d{1,3}){6,}[ \t]*(?:\n|$)")


# Ships called carriers ("the carrier Quellair" is an airline).
_CARRIER_KINDS: Final = ("bulk carrier ", "aircraft carrier ", "gas carrier ", "ore carrier ",
                  "car carrier ", "LNG carrier ", "crude carrier ")


# Short forms of months that are also syllables of names, inside a name between two of
# its words ("Khin Mar Lwin", "Lee Jun Seok") or after a family name ("Wang Jun").
_MONTH_NAME_WORDS: Final = frozenset({"Mar", "Jun"})

# Titles written short without their full stop that are surnames too ("Sen" of Ravi Sen,
# "Gen", "Col", "Maj"): never a name word elsewhere (NEVER_NAME), a surname after a
# given name when no other name word follows ("Ravi Sen said"; "Sen Jane Roe" is the
# title of the name after it).
_TITLE_SURNAMES: Final = frozenset({"Sen", "Gen", "Gov", "Rep", "Col", "Lt", "Sgt", "Maj", "Capt",
                             "Cpl", "Adm", "Prof", "Rev"})


# Titles that a person's name may hold after a given name ("Abdirahman Sheikh Hassan
# Nur", "Martin Luther King", "Ahmad Haji Yusof"): ranks of birth, religion and custom,
# never an office.
_NAME_INNER_TITLES: Final = frozenset({
    "Sheikh", "Sheikha", "Shaykh", "Sultan", "Emir", "King", "Queen", "Prince", "Princess",
    "Lord", "Lady", "Sir", "Dame", "Baron", "Baroness", "Count", "Countess", "Duke",
    "Duchess", "Haji", "Hajji", "Alhaji", "Hajia", "Alhaja", "Mullah", "Maulana", "Mawlana",
    "Mufti", "Imam", "Sri", "Seri", "Shri", "Pandit", "Swami", "Tun", "Datuk", "Dato",
    "Ratu", "Daw", "U", "Father", "Brother", "Sister", "Khun", "Oba", "Igwe", "Ooni",
    "Togbe", "Kyai", "Ayatollah", "Rabbi", "Ustaz", "Qari", "Mawlawi", "Maulvi", "Molvi",
    "Bishop", "Cardinal", "Pope", "Saint", "Emperor", "Empress", "Caliph", "Prophet",
})

# A city's office right after a city's name: "former Savannah mayor Ana Roe", "the
# Lagos police chief" (the offices of a place, not the "spokesman" a person has).
_CIVIC_ROLE_AFTER: Final = compiled(
    r" (?:mayor|deputy mayor|city council|council|councillor|councilman|councilwoman"
    r"|police chief|police|fire chief|sheriff|city manager|city hall|district attorney)\b")

# Words before a storm's given name: "Hurricane Julia", "Cyclone Amara".
_STORM_WORDS: Final = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"})




# Lower-case nouns after a name that make it a thing's only after "the" (the group "the"
# of _THING_AFTER), being also verbs or a person's work ("the Ivar Quell field", "the Tom
# Roe march", "the Ama Doe method", "the Ana Quell school"; "a Jane Roe lecture" may be
# hers).
_THINGS_AFTER_THE: Final = ("field", "oilfield", "gasfield", "platform", "rig", "mine", "pit",
                     "colliery", "dam", "reservoir", "march", "rally", "parade", "festival",
                     "lecture", "lectures", "method", "effect", "formula", "cup", "school",
                     "academy", "library", "building", "tower", "centre", "center", "hangar",
                     "terminal", "complex", "campus", "hall", "institute", "satellite",
                     "probe", "telescope", "spacecraft", "rover", "lander", "race",
                     "tournament")
_THE_BEFORE: Final = compiled(r"\b[Tt]he (?:(?!late )[a-z-]+ )?$")


# A lower-case noun after a name that makes it the name of a place, a prize, a brand
# or an index named after someone: "Jomo Quellata airport", "the Dow Quell index".
_THING_AFTER: Final = compiled(
    r"(?: (?:Jr\.?|Sr\.?|[IVX]{1,4}))? (?:airport|stadium|arena|racecourse|bridge|hospital"
    r"|university|college|avenue|boulevard|street|square|station|index|indices|average|prize|award"
    r"|trophy|museum|holiday|laws|doctrine|whisky|whiskey|brand|symposium|futures"
    # a body's kind: the name is the body's ("Le Quell newspaper said", "a Quell Air
    # flight"), an organisation
    r"|newspaper|tabloid|flight|flights|airliner|news agency"
    # a market's index after the kind of shares it follows: "the Dow Quell industrial
    # average", "the Elston Marbeck composite index"
    r"|(?:industrial|composite|all-share|share|stock|blue-chip|benchmark|transport"
    r"|transportation|utilities|utility|price|futures|bond|small-cap|mid-cap) (?:index"
    r"|indices|average|indexes)"
    # a road, a park, a hall or a prize named after someone ("Tran Quell road", "the
    # Ama Roe gardens"), a law of science ("the Quell-Roe theorem")
    r"|road|lane|highway|expressway|motorway|park|gardens|theatre|theater|gallery"
    r"|monument|mausoleum|medal|scholarship|fellowship|regatta|marathon|theorem|conjecture"
    r"|syndrome|equation|(?P<the>" + "|".join(_THINGS_AFTER_THE) + r"))\b")

# The characters that can follow the space _THING_AFTER's every match opens with: a
# suffix's ("Jr", "Sr", "III") or a lower-case letter, which each of its words opens with
# (tests/analysis/test_prechecks.py reads the pattern to check it).
_THING_AFTER_SECOND: Final = frozenset("abcdefghijklmnopqrstuvwxyzJSIVX")

# A disease, a law of science or a rule named after someone, after the name's possessive
# ("Quell's disease", "Roe's little theorem"; "Jane Roe's disease" is hers: asked of no
# given name).
_NAMED_LAWS: Final = ("disease", "syndrome", "law", "laws", "theorem", "principle", "paradox",
               "razor", "constant", "equation", "conjecture", "hypothesis", "palsy",
               "sarcoma", "chorea", "lymphoma", "anomaly")
_NAMED_LAW_AFTER: Final = compiled(r" (?:[a-z]+ )?(?:" + "|".join(_NAMED_LAWS) + r")\b")


# What follows a lone name after "the" that makes it a thing's (a hotel, a ship, a venue):
# the clause's end or a preposition, a verb of being or having.
_AFTER_THE_THING: Final = compiled(r"(?:[,.;:!?)]| (?:in|at|on|of|and|was|is|has|had|will|sank"
                            r"|docked|opened|closed|reopened)\b)")


# Words of other languages that open the name of a street, a square, a museum, a ground
# or a race, before a person's name ("Rua Ana Quell", "Jalan Tom Roe", "Museo Elena
# Doe", "Ronde van Quell"): a place or an event, when another name word follows.
_PLACE_HEADS_BEFORE: Final = frozenset({
    "Rua", "Praça", "Avenida", "Calle", "Carrera", "Piazza", "Viale", "Corso", "Rue",
    "Jalan", "Jl.", "Ulitsa", "Prospekt", "Aleja", "Paseo", "Largo", "Museo", "Musée",
    "Museu", "Estadio", "Estádio", "Stade", "Parque", "Parc", "Aeropuerto", "Aeroporto",
    "Teatro", "Théâtre", "Palacio", "Palazzo", "Palais", "Avinguda", "Carrer", "Passeig",
    "Praia", "Ronde", "Vuelta", "Volta", "Hotel", "Casa", "Château", "Hacienda", "Quinta",
    "Fazenda", "Masjid",
    # a meeting, a race or a cup named after someone ("Memorial Ana Quell", "Prix Tom Roe")
    "Memorial", "Trofeo", "Premio", "Prix", "Copa", "Coupe", "Taça", "Torneo", "Pokal",
    # (round 18) schools and colleges named after someone ("the Liceo Ana Quell")
    "Liceo", "Lycée", "Colegio", "Escuela", "Instituto", "Universidad", "Gimnasio",
    "Gymnasium", "Escola", "Colégio",
})
# Words before a name that make it a team's: "Team Quell-Doe", "Scuderia Roe".
_TEAM_FIRST: Final = frozenset({"Team", "Scuderia"})
# A team's officers written after "Team" as a title ("Team Principal Ana Roe"): a person
# follows, not the team's name.
_TEAM_OFFICES: Final = frozenset({"Boss", "Principal", "Manager", "Owner", "Chief", "Director",
                           "Captain", "Leader", "Coach", "Doctor", "Founder", "Chairman"})
# The first words of a run for which classify() looks for one of those.
_HEAD_OPENERS: Final = _PLACE_HEADS_BEFORE | _TEAM_FIRST | {"The"}




# "on Quellvision's": a channel's possessive after "on", before a programme's name.
_SHOW_OWNER_BEFORE: Final = compiled(r"\b(?:on|On) [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?['’]s $")


# A preposition of place right before a lone word: "the village of", "from", "near",
# also with "the" ("Bedouins in the Negev told reporters": no article opens a name).
_PLACES_BEFORE: Final = "of|from|in|at|near|outside"
_PLACE_BEFORE: Final = compiled(r"(?:^|\s)(?:" + _PLACES_BEFORE + ") (?:the )?$")
# How every match ends (see ends_like).
_PLACE_BEFORE_ENDS: Final = (*(f"{word} " for word in _PLACES_BEFORE.split("|")), "the ")


# Titles and role words as a line in capitals writes them ("CEO", "MINISTER", "STRIKER"):
# a person's name follows ("SAYS CEO JANE ROE TO RETIRE"), as in running text.
_CAPS_TITLES: Final = frozenset(
    {w.upper() for w in HONORIFICS if w not in TITLE_MODIFIERS and len(w) > 2}
    | {w.upper() for w in ROLE_NOUNS if len(w) > 2 and "-" not in w})


# Short words that a title-case subhead writes with a capital, running text in lower case
# ("Water Bills To Rise In Spring", "Fresh Doubts Over Bridge Plan"): next to a run, they
# ask whether its line is a subhead (in_subhead).
_SUBHEAD_WORDS: Final = frozenset({
    "To", "For", "Of", "In", "On", "At", "As", "Over", "With", "After", "From", "Amid",
    "Into", "Against", "Is", "Are", "By", "Than", "Up", "Off", "Out", "And", "Or", "But",
    # (round 18) articles, which running text writes with a capital only opening a name
    # ("What The Vote Means"; "told The Quell Courier" is on a long line in lower case)
    "The", "A", "An",
})


# Peerages that open an office's name as a modifier does: "the Lord Chancellor", "the
# Lord Mayor" (before a name they are its title: "Lord Ashcombe", "Lord King").
_OFFICE_PEERAGES: Final = frozenset({"Lord", "Lady"})


# Months that are given names too, which NOT_FIRST keeps from opening a name; a name
# after all before a surname (month_given_name), but for the words before a date.
_MONTH_GIVEN_NAMES: Final = frozenset({"April", "June", "August"})
_BEFORE_A_DATE: Final = frozenset({
    "in", "on", "by", "since", "until", "till", "from", "of", "last", "next", "this", "early",
    "late", "mid", "during", "before", "after", "through", "between", "and", "or", "to",
    "that", "each", "every",
})


# The gaps joined() takes as one phrase whatever the words are (and "" after an
# initial), and every gap joined_across() can take: runs() calls them only for those.
_JOINING_GAPS: Final = (" ", "\u00a0")
_JOINED_ACROSS_GAPS: Final = (" '", " ‘", ". ", "\n")

# What opens a quoted or bracketed nickname after a name word: 'Hector "Ace" Quell'.
_NICKNAME_OPENINGS: Final = (' "', " “", " (")


# The tuples the rules ask for at an offset of every run (or more), as Affixes: the
# same answers as starts_at/ends_at with the tuple, most at one look-up (text_at.py
# says why).
_LOAN_BEFORE_AT: Final = Affixes(_LOAN_BEFORE)
_SIDE_BEFORE_AT: Final = Affixes(_SIDE_BEFORE)
_BODY_APPOSITION_AT: Final = Affixes((", a ", ", an ", ", the ", ", its ", ", their "))
_PORTFOLIO_BEFORE_AT: Final = Affixes(PORTFOLIO_BEFORE_ENDS)
_CRAFT_NAMED_AT: Final = Affixes(_CRAFT_NAMED_ENDS)
_CRAFT_BEFORE_AT: Final = Affixes(_CRAFT_BEFORE_ENDS)
_PLAYS_BEFORE_AT: Final = Affixes(_PLAYS_BEFORE_ENDS)
_SQUAD_OWNER_AT: Final = Affixes(_SQUAD_OWNER_ENDS)
_SQUAD_ROLE_AT: Final = Affixes(_SQUAD_ROLE_STARTS)
_NAMED_AT: Final = Affixes(_NAMED_ENDS)
_SUBDIVISION_AFTER_AT: Final = Affixes(SUBDIVISION_AFTER_STARTS)
_WORK_BEFORE_AT: Final = Affixes(WORK_BEFORE_ENDS)
_PLACE_BEFORE_AT: Final = Affixes(_PLACE_BEFORE_ENDS)
_PLAYER_BEFORE_AT: Final = Affixes(_PLAYER_BEFORE_ENDS)
_TENNIS_VERBS_AT: Final = Affixes(_TENNIS_VERBS)
_THING_APPOSITION_AT: Final = Affixes(_THING_APPOSITION_ENDS)
_FIRM_BEFORE_APPOSITION_AT: Final = Affixes(_FIRM_BEFORE_APPOSITION_ENDS)
_THE_AT: Final = Affixes(("the ", "The "))
_POSSESSIVE_AT: Final = Affixes(("'s ", "’s "))
_COLON_OR_BRACKET_AT: Final = Affixes((":", " ("))


class RunReader(ShortForms):
    """Pass 2: the runs of capitalised words."""

    # Whether the text writes a kind of ship or animal at all (runs() tells, once): most
    # texts write none, and then no run needs the look at the word before it.
    vessel_kinds_written = True
    # The same for the nouns of _NAMED_LAW_AFTER ("Quell's disease").
    named_laws_written = True
    # The first token of a run that a title before another run covers (-1: none): the
    # name after "and" of a plural title ("Senators Roe and Doe"), the name after the
    # body of an office ("Speaker of the Federal Assembly Bouzid").
    titled_run_next = -1
    # The token after the last name read as a place by place_in_list (-1: none).
    place_list_end = -1

    def caps_bylines(self) -> None:
        """The names of a byline written in capitals ("BY JANE ROE AND TOM DOE"): the runs
        skip lines in capitals, where a name is found only as the short form of one found
        in the running text."""
        text, tokens = self.text, self.tokens
        starts: list[int] | None = None
        for m in CAPS_BYLINE.finditer(text):
            if starts is None:
                starts = [t.start for t in tokens]
            at = m.start(1)
            for part in m.group(1).split(" AND "):
                words = part.split()
                first = bisect_left(starts, at)
                at += len(part) + len(" AND ")
                last = first + len(words)
                if not (2 <= len(words) <= 4) or last > len(tokens):
                    continue
                run = tokens[first:last]
                if any(self.claims[q] is not None for q in range(first, last)) or not all(
                        t.caps_line and (is_initial(t.text) or not t.key.isupper())
                        and t.key not in NEVER_NAME and t.key not in ORG_HEADS
                        and t.key not in PLACE_WORDS for t in run):
                    continue
                self.add_person(first, last, GIVEN_NAMES.get(run[0].key), None,
                                display=" ".join(t.key for t in run))
        credits = [(m.start(1), m.group(1), True) for m in MIXED_BYLINE.finditer(text)
                   ] if "By " in text else []
        # A credit line opens its line: the pattern is tried at each line's start, not
        # searched for (a search tries it at every capital of the text: a fiftieth of the
        # time of a short article).
        at = 0
        size = len(text)
        while at >= 0:
            # (and only where a capital follows, or a mark a capital run may hold, as in
            # every match: most lines open with a word in title case, and each match
            # tried is a method call of some 2,000 instructions)
            if (at + 1 < size and "A" <= text[at] <= "Z"
                    and ("A" <= text[at + 1] <= "Z" or text[at + 1] in "'’.-")):
                credit = CREDIT_LINE.match(text, at)
                if credit is not None:
                    credits.append((credit.start(), credit.group(), False))
            at = text.find("\n", at)
            if at >= 0:
                at += 1

        if credits:
            # (the tokens' starts, for finding each name's tokens by halving: made once,
            # not for each line that may be a credit, as a headline in capitals may)
            if starts is None:
                starts = [t.start for t in tokens]
            for at, names, by in credits:
                self.caps_credit(at, names, by, starts)

    def dateline_after(self, end: int) -> bool:
        """True when the comma at offset `end` opens a US state or its abbreviation or a
        country ("MARY ESTHER, Florida", "GLEN ELLYN, Ill.", "VICTORIA FALLS, Zimbabwe"):
        the words in capitals before it are a dateline's town, not a writer."""
        text = self.text
        word_end = text.find(" ", end + 2, end + 40)
        line_end = text.find("\n", end + 2)
        if line_end < 0:
            line_end = len(text)
        first = text[end + 2:line_end if word_end < 0 else min(word_end, line_end)]
        if "." in first or first in US_STATES:
            return True
        return any(s == end + 2 for c in self.countries for s, _ in c.mentions)

    def caps_credit(self, at: int, names: str, by: bool, starts: list[int]) -> None:
        """The names in capitals of a byline or credit line of running text, from offset
        `at` ("By JANE ROE and TOM DOE", "JANE ROE, Wire Staff"): each a name of two to
        four words with a given name first (or, after "By", a surname last), no place's
        ("NEW YORK, Wire Staff"), shown as running text writes it ("Jane Roe"). `starts`:
        each token's start."""
        tokens, claims = self.tokens, self.claims
        if not by and self.dateline_after(at + len(names)):
            return
        pos = 0
        for sep in [*CAPS_NAMES_SEPARATOR.finditer(names), None]:
            end = len(names) if sep is None else sep.start()
            first = bisect_left(starts, at + pos)
            last = bisect_left(starts, at + end)
            pos = end if sep is None else sep.end()
            run = tokens[first:last]
            if not 2 <= len(run) <= 4 or any(claims[q] is not None for q in range(first, last)):
                continue
            words = [running_form(t.text) for t in run]
            if not all(t.cap and not t.caps_line and t.text.isupper() for t in run) or any(
                    w in NEVER_NAME or w in ORG_HEADS or w in PLACE_WORDS
                    for w in words) or " ".join(words) in CITIES or words[0] in PLACE_PREFIXES:
                continue
            if words[-1] in _TOWN_WORDS:
                continue  # "CHARLES TOWN, Desk": a town
            if not (words[0] in GIVEN_NAMES or (by and (words[-1] in SURNAMES
                                                        or words[-1] in WORLD_SURNAMES))):
                continue
            self.add_person(first, last, GIVEN_NAMES.get(words[0]), None,
                            display=" ".join(words))

    def person_was_body(self, name: str) -> None:
        """The person found before under `name`, now known to be a firm's name: the
        mentions become the firm's."""
        person = self.people.get(name)
        if person is None or len(person.words) < 2 or person.role:
            return  # (not one a role named: "founder Tom Quell", of Tom Quell shares)
        del self.people[name]
        tokens = self.tokens
        starts = [t.start for t in tokens]
        for s, e in person.mentions:
            first = bisect_left(starts, s)
            last = first
            while last < len(tokens) and tokens[last].end <= e:
                self.claims[last] = None
                last += 1
            if last > first:
                self.orgs.add_run(self.text, tokens, self.claims, first, last)

    def player_context(self, k: int) -> bool:
        """True for a lone word that a match report says is a player: "Quell put the
        hosts ahead", "Quell scored his second", "Quell's header", "a penalty from
        Quell", "levelled through Quell" (what a club does is said of "their" side, not
        "his"; a club's goal is "its", and no club is scored "through")."""
        text, tok = self.text, self.tokens[k]
        s, e = tok.start, tok.end
        if starts_at(text, " ", e) and _PLAYER_AFTER.match(text, e) is not None:
            return True
        if _POSSESSIVE_AT.starts(text, e) and _PLAYER_POSSESSION.match(
                text, e + 3) is not None:
            return True
        return _PLAYER_BEFORE_AT.ends(text, s) and _PLAYER_BEFORE.search(
            text, max(0, s - 40), s) is not None

    def lineup_head(self, i: int, j: int) -> bool:
        """True for the run i..j-1 opening a line before a colon and a list of three names
        or more: the side whose line-up follows ("King Quell: Ana Roe, Tom Doe, Ian Vale,
        ..."), titled or named like a person as it may be."""
        text, tokens = self.text, self.tokens
        s, e = tokens[i].start, tokens[j - 1].end
        return (starts_at(text, ": ", e) and (s == 0 or text[s - 1] == "\n")
                and _LINEUP_AFTER.match(text, e + 2) is not None)

    def plays_a_body(self, start: int, end: int) -> bool:
        """True for tokens start..end-1 one side of a match of one score whose other side
        is a club the text told by its coach or a player ("Velez Quell beat Godoy Roe
        2-0", "Godoy Roe drew with Velez Quell 1-1")."""
        text, tokens = self.text, self.tokens
        s, e = tokens[start].start, tokens[end - 1].end
        m = _PLAYS_AFTER.match(text, e) if self.bodies else None
        if m is not None:
            rest = text[m.end():m.end() + 60]
            for body in self.bodies:
                if rest.startswith(body) and _ONE_SCORE_AFTER.match(rest, len(body)):
                    return True
        if not _PLAYS_BEFORE_AT.ends(text, s):
            return False  # (most names: at once)
        before = _PLAYS_BEFORE.search(text, max(0, s - 16), s)
        if before is None or not _ONE_SCORE_AFTER.match(text, e):
            return False
        # (the side before the verb a club the finder named: "Torpedo Quell beat ...")
        subject = start - 1  # (the tokens are the capitalised words)
        if subject >= 0 and self.claims[subject] == "organization" and (
                tokens[subject].end == before.start()):
            return True
        head = text[max(0, before.start() - 60):before.start()]
        return any(head.endswith(body) for body in self.bodies)

    def clubs_before_roles(self) -> None:
        """The clubs named before a position or a coach and the name of who holds it
        ("Godoy Quell coach Ana Roe", "Marbeck Vale striker Tom Doe"): bodies, wherever
        the text names them, also before this (a given name first is a person's:
        "Serena Roe coach Tom Doe" is her coach)."""
        if _SQUAD_ROLE_WORDS.isdisjoint(self.lower_words):
            return
        text, tokens, claims = self.text, self.tokens, self.claims
        starts: list[int] | None = None
        for at in roles_before_names(text):
            if starts is None:
                starts = [t.start for t in tokens]
            k = bisect_left(starts, at + 1)
            first = k
            while (first > 0 and k - first < 3 and tokens[first - 1].cap
                   and not tokens[first - 1].caps_line and claims[first - 1] is None
                   and can_be_in_name(tokens[first - 1])
                   and text[tokens[first - 1].end:tokens[first].start] == " "):
                first -= 1
            if first == k or tokens[first].text in GIVEN_NAMES or any(
                    t.text in HONORIFICS or t.text in NEVER_NAME or t.text in HEADLINE_WORDS
                    for t in tokens[first:k]) or (
                    first == k - 1 and tokens[first].text in _PLAYER_ADJECTIVES):
                continue  # ("Veteran striker Kofi Asare": what the player is)
            self.bodies.add(" ".join(text[tokens[first].start:tokens[k - 1].end].split()))

    def runs(self) -> None:
        tokens, claims, text = self.tokens, self.claims, self.text
        self.clubs_before_roles()
        # (the kind's word before a name is a word the text writes in lower case)
        self.vessel_kinds_written = not _VESSEL_KINDS.isdisjoint(self.lower_words)
        self.named_laws_written = not self.lower_words.isdisjoint(_NAMED_LAWS)
        n = len(tokens)
        # In a title-case headline a verb in any tense ends a run ("Roe Netted Twice As
        # Club Won"): it is neither a name nor the start of an organisation's.
        headline_end = self.headline_end
        # Only a capitalised token opens a run (or a title in a line of capitals: never a
        # word that starts in lower case), so the walk visits those alone.
        i = 0  # the first token not read yet
        for k in self.capitalised:
            if k < i:
                continue  # (a token of the run or the title read last)
            tok = tokens[k]
            if claims[k] is not None or tok.caps_line:
                if tok.caps_line and tok.text in _CAPS_TITLES and claims[k] is None:
                    i = self.caps_titled(k)
                continue
            if tok.text in _FURNITURE_WORDS and self.page_furniture(k):
                claims[k] = "other"  # "Image caption ...": a site's word, no name
                continue
            i = k
            j = i + 1
            while j < n and claims[j] is None:
                # (what lies between the two tokens decides most of the tests below, read
                # here once: insertion() and nickname() are asked only where it opens one)
                between = text[tokens[j - 1].end:tokens[j].start]
                if (between not in _JOINING_GAPS
                        and (between != "" or not joined(text, tokens[j - 1], tokens[j]))
                        and not (between in _JOINED_ACROSS_GAPS and self.joined_across(j, i))):
                    past = self.insertion(j) if between.startswith((" (", " [")) else None
                    if past is not None:
                        j = past  # "Ana (the elder) Vidal": the name goes on after it
                    else:
                        nick = self.nickname(j) if between in _NICKNAME_OPENINGS else j
                        if nick == j:
                            break
                        j = nick + 1  # the nickname and the surname after it
                        continue
                nxt = tokens[j]
                if nxt.text in _FURNITURE_WORDS and self.page_furniture(j):
                    break  # "... Tomas Weller Image caption Fans ...": the site's word
                name_like = (nxt.cap and not nxt.caps_line
                             and (nxt.text not in HEADLINE_WORDS or self.noun_before_head(j)
                                  or self.after_particle(j))
                             and not (nxt.start < headline_end and self.verb_form(nxt.text)))
                particle = (nxt.text in PARTICLES and j + 1 < n
                            and (tokens[j + 1].cap or tokens[j + 1].text in PARTICLES)
                            and (joined(text, nxt, tokens[j + 1]) or self.joined_across(j + 1)))
                if not (name_like or particle or (
                        nxt.text in PATRONYMIC_ENDS and tokens[j - 1].cap and between == " ")):
                    break
                j += 1
            self.classify(i, j)
            i = j

    def caps_titled(self, k: int) -> int:
        """A name after a title or a role word in a line in capitals ("BRIEF-QUELLCO SAYS
        CEO JANE ROE-DOE TO RETIRE", "SOCCER - ROVERS SIGN DEFENDER TOMAS QUELL"): two to
        four words up to the headline's verb or the line's end, a given name first or a
        surname last and no word the text writes in lower case. Shown as running text
        writes it ("Jane Roe-Doe"). The index of the token to read next."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        m = k + 1
        while (m < n and m - k <= 5 and tokens[m].caps_line and claims[m] is None
               and text[tokens[m - 1].end:tokens[m].start] == " "):
            key = tokens[m].key
            if (key in NEVER_NAME or key in HEADLINE_WORDS or key in HONORIFICS
                    or tokens[m].text in _CAPS_TITLES or key in ORG_HEADS or key in PLACE_WORDS
                    or self.verb_form(key) or not key[:1].isupper()
                    or not all(p.isalpha() for p in key.split("-"))):
                break
            m += 1
        size = m - k - 1
        if not 2 <= size <= 4:
            return k + 1
        words = [t.key for t in tokens[k + 1:m]]
        first, last = words[0], words[-1]
        if any(w.lower() in self.lower_words or w in CITIES for w in words):
            return k + 1
        if not (first in GIVEN_NAMES or last in SURNAMES or last in WORLD_SURNAMES
                or surname_ending(last) or "-" in last):
            return k + 1
        self.add_person(k + 1, m, GIVEN_NAMES.get(first), None, display=" ".join(words))
        return m

    def joined_across(self, j: int, run_start: int | None = None) -> bool:
        """True when tokens j-1 and j are words of one name parted by a Polynesian glottal
        stop typed as an apostrophe ("Viliami 'Ulu'ave Tangitau"; not a quoted word, which a
        quote mark closes), by the full stop of a given name written short ("Ma. Luisa
        Quell", "Md. Karim Doe") or by a hard wrap: a single newline after a given name, a
        particle or any word of a name that a given name opens (the run from `run_start`),
        in running text ("Ana⏎Vidal", "Jan de⏎Vries", "Ana Lucía⏎Vidal Soto")."""
        tokens, text = self.tokens, self.text
        prev, tok = tokens[j - 1], tokens[j]
        between = text[prev.end:tok.start]
        # (runs() asks only where the gap is one of _JOINED_ACROSS_GAPS: widen it with
        # a new gap here)
        if between in (" '", " ‘"):
            return (prev.cap and tok.cap and tok.text[0] in "AEIOU"
                    and text[tok.end:tok.end + 1] not in ("'", "’"))
        if between == ". ":
            return self.abbreviated_given(j - 1) and tok.cap and not tok.caps_line
        if between == "\n" and self.page_furniture(j):
            return False  # "Image copyright Tomas Weller⏎Image caption ...": a site's word
        if between != "\n" or not tok.cap or tok.caps_line or not (
                prev.text in GIVEN_NAMES or prev.text in PARTICLES or is_initial(prev.text)
                or (run_start is not None and run_start < j - 1 and can_be_in_name(prev)
                    and tok.text not in ORG_HEADS and tok.text not in PLACE_WORDS
                    and not (tok.text.endswith("s") and self.plural_group(j))
                    and (self.role_before(run_start)
                         or any(tokens[q].text in HONORIFICS or tokens[q].text in GIVEN_NAMES
                                for q in range(run_start, j - 1))))):
            return False
        # Both lines running text (a lower-case word on each: "Police said Ana⏎Vidal, 34,
        # was"), not a list of names, a heading, a label ("Player of the day: Ana⏎Next
        # match") or a dateline; the name ends at the word after the break.
        after = text[tok.end:tok.end + 2]
        if not (after[:1] in (",", ";", ".") or (after[:1] == " " and after[1:].islower())):
            return False
        line_start = text.rfind("\n", 0, prev.start) + 1
        if text.find(":", line_start, prev.start) >= 0:
            return False
        line_end = text.find("\n", tok.end)
        return (_LOWER_WORD_IN.search(text, line_start, prev.start) is not None
                and _LOWER_WORD_IN.search(text, tok.end, len(text) if line_end < 0 else line_end)
                is not None)

    def page_furniture(self, k: int) -> bool:
        """True for token k a news site's word before a picture's or a video's caption or
        credit ("Image caption", "Media caption", "Image copyright", "Image source,"):
        page furniture, no word of a name."""
        tok = self.tokens[k]
        return tok.text in _FURNITURE_WORDS and starts_at(self.text, _FURNITURE_AFTER, tok.end)

    def abbreviated_given(self, k: int) -> bool:
        """True for token k a given name written short before the rest of the name ("Ma."
        of "Ma. Luisa Quell"), opening it: first in its run or after a title ("Senator
        Ma. Luisa Quell"), not after a name ("Jack Ma. Shares fell")."""
        tokens = self.tokens
        tok = tokens[k]
        if tok.text not in GIVEN_ABBREVIATIONS or not starts_at(self.text, ". ", tok.end):
            return False
        if k == 0:
            return True
        prev = tokens[k - 1]
        return (not prev.cap or not joined(self.text, prev, tok) or prev.text in HONORIFICS
                or prev.text.lower() in ROLE_NOUNS)

    def insertion(self, j: int) -> int | None:
        """Past a lower-case insertion in brackets after a given name: "Ana (the elder)
        Vidal", "Kofi [no relation] Mensah-Boateng": the index of the name word after it
        (the tokens inside are kept in the name as a nickname's are), or None."""
        tokens, text = self.tokens, self.text
        prev = tokens[j - 1]
        if not starts_at(text, (" (", " ["), prev.end) or prev.text not in GIVEN_NAMES:
            return None
        m = _LOWER_INSERTION.match(text, prev.end)
        if m is None:
            return None
        k = j
        while k < len(tokens) and tokens[k].start < m.end():
            k += 1
        if k >= len(tokens) or tokens[k].start != m.end() or self.claims[k] is not None:
            return None
        for q in range(j, k):
            self.nick.add(q)
        return k

    def nickname(self, j: int) -> int:
        """Past a quoted nickname or a bracketed insertion inside a name: 'Hector "Ace"
        Quell', "Anna Maria (Mia) Quell", "Alan (A.J.) Quell" (the index of the token after
        it), or j itself when there is none."""
        tokens, text = self.tokens, self.text
        prev = tokens[j - 1]
        opening = text[prev.end:tokens[j].start]
        if not prev.cap or opening not in _NICKNAME_OPENINGS:
            return j
        closings = (") ",) if opening == " (" else ('" ', "” ")
        for m in range(j, min(j + 4, len(tokens) - 1)):
            after = text[tokens[m].end:tokens[m + 1].start]
            if after in closings:
                if not (tokens[j].cap and tokens[m + 1].text[0].isupper()
                        and all(self.claims[q] is None for q in range(j, m + 2))):
                    return j
                if opening == " (" and not all(
                        can_be_in_name(t) or is_initial(t.text) for t in tokens[j:m + 2]):
                    return j
                for q in range(j, m + 1):
                    self.nick.add(q)
                return m + 1
            if after not in (" ",):
                return j
        return j

    def classify(self, i: int, j: int) -> None:
        """Decide what the run of capitalised tokens i..j-1 names."""
        tokens = self.tokens
        if self.thing_run(i, j):
            return  # a ship, a horse or a work named like a person
        if self.lineup_head(i, j):
            self.body_run(i, j)  # "King Quell: Ana Roe, Tom Doe, ...": the side's name
            return
        if ((_LOAN_BEFORE_AT.ends(self.text, tokens[i].start)
             or _SIDE_BEFORE_AT.ends(self.text, tokens[i].start)) and tokens[i].text != "The"):
            # "joined on loan from Jorge Quellmann", "city rivals Quell Roe": a club, named
            # after someone as it may be
            self.orgs.add_run(self.text, tokens, self.claims, i, j)
            return
        # Titles: the name starts after the last title word that is not the run's last.
        k = i
        sex: str | None = None
        # (the name after "and" that a plural title before the first one covers:
        # "Senators Kaminski and Halvorsen")
        titled = i == self.titled_run_next
        for m in range(i, j - 1):
            if m > i and tokens[m - 1].text in GIVEN_NAMES and tokens[m - 1].text not in (
                    HONORIFICS) and not titled and not (
                    tokens[m].text in HONORIFICS and tokens[m].text not in _NAME_INNER_TITLES):
                break  # "Abdirahman Sheikh Hassan Nur": a title inside a name is part of it
                # (an office never is: "Kerala Finance Minister Tom Roe", though the
                # broad tables hold "Kerala" as a given name)
            if tokens[m].text in HONORIFICS and tokens[m].text not in TITLE_MODIFIERS:
                sex = HONORIFICS[tokens[m].text] or sex
                titled = True
                k = m + 1
            elif (tokens[m].text in TITLES_BEFORE_GIVEN_NAME
                  and tokens[m + 1].text in GIVEN_NAMES):
                sex = TITLES_BEFORE_GIVEN_NAME[tokens[m].text] or sex
                titled = True
                k = m + 1
            elif "-" in tokens[m].text and all(
                    part in HONORIFICS for part in tokens[m].text.split("-")):
                titled = True  # "Major-General", "Lieutenant-Colonel"
                k = m + 1
            elif (m + 2 < j and tokens[m + 1].text == "Sri" and tokens[m].text in _SRI_TITLES
                  and joined(self.text, tokens[m], tokens[m + 1])):
                # "Tan Sri Lim Kok Seng", "Puan Sri Wong Mei Ling": Malaysian titles of two
                # words ("Sri" alone opens names: "Sri Mulyani")
                titled = True
                k = m + 2
                self.claims[m + 1] = "other"  # (no short form of a "Sri Mulyani")
            elif (m > i and tokens[m].text == "Sri" and tokens[m - 1].text in _SRI_TITLES
                  and joined(self.text, tokens[m - 1], tokens[m])):
                titled = True  # (the second word of "Puan Sri", "Datuk Sri")
                k = m + 1
                self.claims[m] = "other"
            elif (m > i and tokens[m + 1].text in GIVEN_NAMES
                  and tokens[m].text not in GIVEN_NAMES and tokens[m].text.lower() in ROLE_NOUNS
                  and tokens[m].text not in _CHARACTER_TITLES):
                # "Former Champion Lars Eklund", "Olympic Champion Ama Serwaa": a role
                # written with a capital after another word and before a given name is a
                # title ("Uncle Sam", a character, keeps it; a role word opening the run
                # may be a place's: "from Abbot Heath")
                titled = True
                k = m + 1
            elif (tokens[m].text[-1] == "s" and j - m <= 4
                  and starts_at(self.text, " and ", tokens[j - 1].end)
                  and self.plural_title(tokens[m].text)
                  and (after_and := self.run_after_and(j)) >= 0):
                # "Presidents Clintock and Bushnell", "Prime Ministers Holland and Nash":
                # a title of the name after it and of the one after "and" (alone it is
                # none: "Queens Park Rangers")
                titled = True
                k = m + 1
                self.titled_run_next = after_and
        if k == i and _PORTFOLIO_BEFORE_AT.ends(self.text, tokens[i].start):
            k = self.past_portfolio(i, j)
            if k == j:
                return  # "Minister for Tourism and ...": the portfolio alone
            titled = titled or k > i  # "Minister of State for Health Priya Roe": an office's title
        if k == j - 1 and k > i and tokens[k].text == "Mother" and tokens[k - 1].text == "Queen":
            # "the Queen Mother": the whole title is how she is named, "Mother" is no name
            self.add_person(k - 1, j, "female", None)
            return
        first_word = tokens[i].text
        if (first_word in HONORIFICS or first_word in TITLE_MODIFIERS or first_word == "The") and (
                self.title_alone(i, j)):
            return  # an office named without its holder
        last = j - 1
        if j - i == 1 and tokens[i].text.isupper() and self.ranked_caps_surname(i):
            # "1. STRAUMEN (Switzerland) 1:51.20": a surname alone in a line of results
            self.add_person(i, j, None, None, display="-".join(
                p.capitalize() for p in tokens[i].text.split("-")))
            return
        if ((j - i == 1 or (j - i == 2 and tokens[i].text == "The")) and last > 0
                and tokens[last].text.isupper() and len(tokens[last].text) > 1
                and tokens[last].text not in NOT_BODIES and self.names_a_body(last)
                and not self.known_surname_shouted(last)):
            # "the broadcaster QTV", "The BJP said", "Ruritania's ACB": letters for a body
            self.orgs.add_run(self.text, tokens, self.claims, last, j)
            return
        if (k == i and j - i > 1 and tokens[i].text.lower() in ROLE_NOUNS
                and tokens[i].text not in GIVEN_NAMES
                and (j - i > 2 or tokens[i + 1].text.lower() not in ROLE_NOUNS)
                and starts_sentence(self.text, tokens[i])):
            # "Seamer Kasun Roe took four", "Farmer Grant Pellow said", "Villager Suparmi
            # said" (one who has one name): a role noun opens the sentence (also one that
            # is a surname: no name opens with its surname)
            k = i + 1
            titled = True
        if (k == i and j - i > 1 and tokens[i].text in _PLURAL_KIN
                and tokens[i + 1].text in GIVEN_NAMES and starts_sentence(self.text, tokens[i])):
            # "Brothers Milan and Tomas Roe", "Cousins Leila and Omar Haddad": kin opening
            # the sentence before a given name (some are surnames too: "Ben Cousins")
            k = i + 1
            surname = self.kin_surname_after_and(k, j) if j - k == 1 else -1
            if surname >= 0:
                # ("Sisters Amani and Neema Roe": the first one's surname is the second's)
                given = tokens[k].text
                self.add_person(k, j, GIVEN_NAMES.get(given) or None, None,
                                display=f"{given} {tokens[surname].text}")
                return
        if tokens[k].text in PLACE_PREFIXES and not (
                k == i and j - k > 2 and (tokens[j - 1].text in ORG_HEADS
                                          or tokens[j - 1].text in COMPANY_SUFFIXES)) and not (
                # "Sidi Mohamed ould Quell": the Maghreb honorific opens a man's name
                # before a given name too (a town of the gazetteer stays one)
                tokens[k].text in _NAME_OPENING_PREFIXES and j - k > 2
                and tokens[k + 1].text in GIVEN_NAMES
                and " ".join(t.text for t in tokens[k:j]) not in CITIES):
            return  # "Los Angeles", "Port Elston" (but "San Quell Corp", "the Santa Marbeca
            # Chronicle": a place's name opening a body's, read below)
        if tokens[i].text in _HEAD_OPENERS and not titled and j - i > 1:
            head = i + 1 if tokens[i].text == "The" else i  # ("The Museo Elena Doe")
            if (j - head > 1 and tokens[head].text in _PLACE_HEADS_BEFORE
                    # (a given name too, as a person's cue may tell: "Rua Kereama, a
                    # teacher")
                    and not (tokens[head].text in GIVEN_NAMES
                             and self.person_cue_beyond_speech(head, j))):
                self.mark_thing(i, j)  # "Rua Ana Quell", "Museo Elena Doe"
                return
            if tokens[i].text in _TEAM_FIRST:
                if j - i > 2 and tokens[i + 1].text in _TEAM_OFFICES:
                    # "Team Boss Harlan Voss said": the team's officer, then a name
                    self.claims[i] = self.claims[i + 1] = "other"
                    self.classify(i + 2, j)
                    return
                self.body_run(i, j)  # "Team Quell-Doe placed three riders": a team
                return
        if (1 < j - i <= 4 and tokens[j - 1].text in _FIRM_OFFICES and k == i
                and tokens[i].text not in GIVEN_NAMES and tokens[i].text not in NEVER_NAME
                and all(can_be_in_name(t) for t in tokens[i:j - 1])):
            # "Marbeck Abbot CEO", "Senate Grills Quellbank CEO": the firm before its
            # officer
            self.body_run(i, j - 1)
            return
        if (titled and 1 < k - i <= 4 and tokens[k - 1].text in _FIRM_OFFICES
                and tokens[i].text not in GIVEN_NAMES and tokens[i].text not in HONORIFICS
                and tokens[i].text not in NEVER_NAME
                and all(can_be_in_name(t) for t in tokens[i:k - 1])):
            # "grilled Quellbank Abbot CEO Tom Roe": the firm, then its officer
            self.body_run(i, k - 1)
        if tokens[i].text in _STORM_WORDS and j - i > 1:
            for m in range(i, j):
                self.claims[m] = "other"  # "Hurricane Julia", "Typhoon Noru": a storm
            name_at = i
            while name_at < j and tokens[name_at].text in _STORM_WORDS:
                name_at += 1
            if name_at < j - 1:
                # and so wherever the text names it again, a name of two words or more:
                # "Ana Marbeck weakened over land" (one, "Julia", may open a person's)
                self.things.add(" ".join(self.text[tokens[name_at].start:tokens[j - 1].end]
                                         .split()))
            return
        if (j - i > 1 and tokens[i].text in _FIRM_KINDS_OPENING
                and starts_sentence(self.text, tokens[i])):
            # "Carmaker Vestra Holm said", "Insurer Tamsin Quell posted": a firm's kind
            # opening the sentence, before the firm's name
            self.body_run(i + 1, possessive_tail(self.text, tokens, self.claims, j))
            return
        if tokens[i].text in COMPANY_PREFIXES and j - i > 1:
            # "PT Marbeck Sentosa", "PJSC Quellneft": a legal form opens a company's name
            self.orgs.add_run(self.text, self.tokens, self.claims, i, j)
            return
        if tokens[i].text in CLUB_ONLY_FIRST_WORDS and j - i > 1 and not tokens[i].caps_line:
            # "FC Quellby signed a defender", "Dynamo Marbeck fired its coach": a word that
            # only opens a club's name, wherever the club stands (no result needed)
            end = i + 1
            while end < j and tokens[end].text not in HONORIFICS:
                end += 1  # (a title ends it: "FC Quellby Coach Jane Roe")
            self.orgs.add_run(self.text, self.tokens, self.claims, i, end)
            if end < j:
                self.classify(end, j)
            return
        for m in range(k, k if self.person_named_like_a_body(k, j, titled) else j):
            if tokens[m].text in ORG_HEADS or (m > k and tokens[m].text in COMPANY_SUFFIXES):
                # "Tamsin Bros", "Elder Fargo AG": a legal form ends a company's name.
                # The organisation ends with its head word(s); what follows is read anew
                # ("Critics Accuse Board Of Ignoring Roe": Roe is not the board's).
                end = m + 1
                while end < j and tokens[end].text in ORG_HEADS:
                    end += 1
                # ("Speaker of the Federal Assembly Tarek Bouzid": the office's holder)
                officer = end < j and self.officer_of(i, end, j)
                # (a title right before the head word is part of the body's name: "the
                # General Court", "the Attorney General Office")
                begin = i if not titled or (m == k and not tokens[k - 1].text.endswith(".")
                                            ) else k
                if begin == k and (general := self.general_opens_body(i, k, m)) is not None:
                    begin = general
                if self.title_lines and self.in_title_line(tokens[m]):
                    # In a title-case headline a verb ends what goes before the head word
                    # and the nouns after it are the headline's ("Budget Faces Council
                    # Revolt": no "Faces Council Revolt")
                    # (a verb's base form only after the run's first word: "Critics Accuse
                    # Water Board", but "Hope Foundation")
                    for q in range(begin, m):
                        word = tokens[q].text
                        if (word in HEADLINE_WORDS or self.verb_form(word) or (
                                q > begin and word.lower() in HEADLINE_VERB_BASES)):
                            begin = q + 1
                    # Capitals there are no sign of a name: a body of two words or more
                    # must be written so in the text below ("Clinton Campaign Stalls":
                    # the text says "the Clinton campaign")
                    name = self.text[tokens[begin].start:tokens[m].end]
                    if m > begin and self.text.find(name, self.title_lines[0][1]) < 0:
                        for q in range(begin, m + 1):
                            self.claims[q] = "other"
                        if m + 1 < j:
                            self.classify(m + 1, j)
                        return
                elif end < j and not self.head_ends_org(end) and not officer:
                    end = j
                self.orgs.add_run(self.text, self.tokens, self.claims, begin, end)
                if end < j:
                    if officer:
                        self.titled_run_next = end
                    self.classify(end, j)
                return
            if m > k and tokens[m].text in MEDIA_WORDS and m - k >= 2:
                # "The Jane Roe Morning Show": the host's name comes first
                j = m
                while j - k > 2 and tokens[k].text not in GIVEN_NAMES:
                    k += 1
                j = min(j, k + 2)
                break
            if tokens[m].text in _PAPER_FIRST and m + 1 < j and not titled:
                # "the Elston Daily News", "Daily Quell": a newspaper's name
                self.orgs.add_run(self.text, tokens, self.claims, i, j)
                return
            if m > k and tokens[m].text in PLACE_WORDS:
                if any(t.text in ORG_HEADS for t in tokens[m + 1:j]):
                    continue  # "the Quell Islands Forum", "the Elston Valley Authority"
                if m == j - 1 and not titled and plays_a_match(
                        self.text, tokens[k].start, tokens[m].end, tokens[m].text):
                    # "Marbeck United beat Quell City 2-1": clubs, not places
                    self.orgs.add_run(self.text, tokens, self.claims, k, j)
                elif tokens[i].start >= self.headline_end:
                    self.mark_thing(i, j)
                return  # "Elm Road", "Greater Marbeck Open"
        if tokens[k].text in _COMPASS and j - k > 1 and not titled:
            last_word = tokens[j - 1].text  # ("Western Quell Wanderers": a club's word)
            if plays_a_match(self.text, tokens[k].start, tokens[j - 1].end,
                             last_word if last_word in CLUB_ONLY_WORDS else None):
                self.orgs.add_run(self.text, tokens, self.claims, k, j)  # "Central Quell beat"
            return  # "East Marbeck", "Upper Quell": a region
        # The run may hold several names or a name after other words ("Quellco CEO
        # Jane Roe"): take each stretch of name words in turn.
        in_headline = tokens[i].start < self.headline_end
        pos = k
        while pos < j:
            start = pos
            # (has_article, verb_form and plural_title are asked only of a word that
            # passes their first test, here in line: each call was some 1,500
            # instructions, three for every word of every run)
            while start < j and ((not can_be_in_name(tokens[start])
                                  and not (tokens[start].text in _GIVEN_NEVER_NAME
                                           and self.given_never_name(start, j))
                                  and not (tokens[start].text == "Will"
                                           and self.modal_given_name(start, j))
                                  and not (tokens[start].text in _FAMILY_NEVER_NAME
                                           and self.family_never_name(start, j)))
                                 or ((word := tokens[start].text)[:1].islower()
                                     and has_article(word))
                                 or (word.endswith(VERB_ENDINGS) and self.verb_form(word)
                                     and self.reads_as_verb(start, j, in_headline))
                                 or (word in NOT_FIRST and not (
                                     word in _MONTH_GIVEN_NAMES
                                     and self.month_given_name(start, j)))
                                 or word in HEADLINE_WORDS
                                 or (word.endswith("s") and self.plural_title(word))):
                start += 1
            # (the word the loop above stopped at can be in a name: the name has it)
            end = min(start + 1, j)
            while end < j and (can_be_in_name(tokens[end]) or tokens[end].text in PARTICLES
                               or end in self.nick
                               or (end > start + 1 and self.after_particle(end))
                               or (tokens[end].text in _GIVEN_NEVER_NAME
                                   and (self.given_never_name(end, j)
                                        # "Amara Said said": a surname before the verb
                                        or (end > start and end + 1 == j
                                            and starts_at(self.text, _VERB_AFTER_SURNAME,
                                                          tokens[end].end))))
                               or (end > start and self.caps_surname(end))
                               or (end == start + 1 and tokens[end].text in _TITLE_SURNAMES
                                   and self.title_surname(end, j, titled and start == k))
                               or (end > start and tokens[end].text in _MONTH_NAME_WORDS
                                   and ((end + 1 < j and can_be_in_name(tokens[end + 1]))
                                        # "Wang Jun said": a given name after a family
                                        # name, not a date ("Jun 4")
                                        or (end == start + 1
                                            and tokens[start].text in EAST_ASIAN_FAMILY
                                            and not number_after(self.text,
                                                                 tokens[end].end))))):
                if end > start and in_headline and self.verb_form(tokens[end].text):
                    break  # "President Roe Extradited From ...": a verb of the headline
                end += 1
            while end > start and tokens[end - 1].text in PARTICLES and not (
                    end - start > 1 and tokens[end - 1].text in PATRONYMIC_ENDS):
                end -= 1  # (but "Nurbek Talant uulu": "son of Talant" ends the name)
            if end <= start:
                return
            self.classify_name(i, start, end, titled and start == k, sex, start == i)
            pos = end

    def classify_name(self, i: int, start: int, end: int, titled: bool,
                      sex: str | None, whole: bool = True) -> None:
        """Decide whether tokens start..end-1 of the run starting at i are a person's name
        (`whole` when they are the run itself, with nothing cut off before them)."""
        tokens = self.tokens
        if (end - start == 1 and not titled and tokens[start].key in CITIES
                and _CIVIC_ROLE_AFTER.match(self.text, tokens[start].end) is not None):
            self.claims[start] = "other"  # "former Savannah mayor Ana Roe": the city
            return  # whose office she held (no short form of a Savannah Roe either)
        if (end - start == 2 and not titled and tokens[start].text in _PLURAL_ARTICLES
                and self.plural_after_article(start + 1)):
            for m in range(start, end):
                self.claims[m] = "other"  # "Les Bleus", "Los Pumas": a side's nickname
            return
        if end - start <= 2 and start >= 2 and tokens[start - 1].text in PARTICLES and (
                self.glued_initial(start - 2)):
            # "A.de Quell c Roe b Doe": an initial glued to the particle of the surname
            self.add_person(start - 2, end, None, None)
            return
        if end - start == 1 and start > i and tokens[start - 1].text.isupper():
            surname = self.caps_surname_first(i, start, end)
            if surname < start:
                # "1. QUELLSTADT Thomas (Austria) 1:45.32": shown as running text writes it
                given_name = tokens[start].text
                shown = [t.text.lower() if t.text.lower() in PARTICLES else t.text.capitalize()
                         for t in tokens[surname:start]]
                self.add_person(surname, end, GIVEN_NAMES.get(given_name), None,
                                display=" ".join([given_name, *shown]))
                return
        named_again = False
        # "Miss Universe Jane Roe", "Ruritanian-born Tom Doe": a given name
        # further in starts the name.
        # Not after a role word ("senator Syed Naveed Hasan Roe": the name starts there)
        # nor for a family name written first ("Hoang Thi Lan"), an initial ("R. Tissa
        # Perera") or a particle ("El Tahar Quell") opening the name.
        if (not titled and end - start > 2 and tokens[start].text not in GIVEN_NAMES
                and tokens[start].text not in EAST_ASIAN_FAMILY
                and not is_initial(tokens[start].text)
                and not self.abbreviated_given(start)
                and tokens[start].text not in CAP_PARTICLES
                and not self.unknown_name_word(start) and not self.role_before(start)
                # (nor a competitor's whole name before the country in brackets, which no
                # word but the name's stands in: "1. Sofia Lopes Mendes (Brazil) 14.52")
                and not self.country_after(end)):
            for m in range(start + 1, end - 1):
                if tokens[m].text in GIVEN_NAMES and tokens[m].text not in CAP_PARTICLES:
                    if self.named_again(tokens[start].text):
                        # "Lautaro Ignacio Quenaya ... Lautaro ran": a given name of no table
                        # before another given name, the whole a name
                        named_again = True
                    else:
                        start = m
                    break
        # "Jane Roe Speaks Directly": in a title-case headline a name is a given
        # name and one more word; other names there are known only from the text below.
        headline = tokens[start].start < self.headline_end or (
            # a subhead further down reads as the headline does
            ((start > 0 and tokens[start - 1].text in _SUBHEAD_WORDS)
             or (end < len(tokens) and tokens[end].text in _SUBHEAD_WORDS))
            and self.in_subhead(start))
        if headline and not titled:
            # "Filipino Boxer Nonito Dacera Wins Title": a role's word as a title
            if start > 0 and self.headline_role_before(start):
                titled = True
            elif end - start > 2 and self.headline_role_before(start + 1):
                start += 1
                titled = True
        if headline and not titled:
            # Its words are linked to the people of the text below, but for a given name
            # and a word that is a surname or comes again in the text.
            if end - start >= 2 and tokens[start].text in GIVEN_NAMES:
                second = tokens[start + 1].text
                if (second in SURNAMES or second in WORLD_SURNAMES or self.cap_count(second) > 1
                        or surname_ending(second)):
                    self.add_person(start, start + 2, GIVEN_NAMES[tokens[start].text], None)
            return
        if headline:
            # After a title, the name runs over the words that read as one: "Island Queen
            # Sails Home" names no one, "President Quellbach Flies In" names Quellbach.
            stop = start
            while stop < end and self.headline_name_word(stop):
                stop += 1
            if stop == start:
                return
            end = stop
        size = end - start
        first, last = tokens[start].text, tokens[end - 1].text
        # (asked once: a dozen tests below read it)
        given_first = first in GIVEN_NAMES
        # Where the name starts and ends, and the two characters after it, read once: most
        # tests below look right after the name first (a score, a bracket, a comma).
        name_start, name_end = tokens[start].start, tokens[end - 1].end
        after = self.text[name_end:name_end + 2]
        # (where the text before the name ends, past a line break right before it: what
        # ends_like() reads, for endings that end in no line break)
        before_end = (name_start - 1 if starts_at(self.text, "\n", name_start - 1)
                      else name_start)
        if (first in PLACE_PREFIXES and not (first in _NAME_OPENING_PREFIXES and size > 2
                                             and tokens[start + 1].text in GIVEN_NAMES)) or (
                first in _COMPASS and size > 1 and not titled):
            return  # "St Elston", "San Marbeck", "East Marbeck" (a region)
        if size == 1 and first in _MONTHS and (after[:1] == " " and after[1:].isdecimal()):
            self.claims[start] = "other"  # "LAGOS, Jan 4 (Reuters)": a date, not a team
            return
        if not titled and ((self.result_lines and self.in_result_line(tokens[start])
                            and not self.scorecard(start, end))
                           or ((after[:1] == " " and after[1:].isdecimal()) and (
                               TEAM_SCORE_AFTER.match(self.text, name_end)
                               # "Quell 2 (Roe 23) Elston 0": the other team, after the
                               # first one's scorers
                               or (not given_first
                                   and ends_at(self.text, ") ", name_start)
                                   and _SCORE_ENDS_LINE.match(self.text, name_end))
                               or (TABLE_ROW_AFTER.match(self.text, name_end)
                                   is not None and (not given_first or (
                                       # a standings row of six numbers or more (played,
                                       # won, drawn, lost, for, against, points) is a
                                       # team's, whatever its first word; a golfer's
                                       # rounds and total are five
                                       _STANDINGS_ROW_AFTER.match(
                                           self.text, name_end) is not None)))
                               or (self.result_pair(start, end) and not given_first)))
                           or (first in CLUB_FIRST_WORDS and end - start > 1 and (
                               # ("Spartak Quell signed Tom Roe": a word only clubs open
                               # with; others, "Real", "Union", only playing a match)
                               first in CLUB_ONLY_FIRST_WORDS or plays_a_match(
                                   self.text, name_start, name_end,
                                   None)))):
            # a team in a line of results (not its scorers in brackets), before its score
            # and scorers ("Sparta Lemmer 1 (Roe 44)") or in a league table's row ("Quell
            # Rovers 24 17 5 2 41 12 56"; a golfer's rounds read the same, so only after a
            # word that is no given name): a club, with the letters of its form before the
            # name ("FC", "AS", "SV")
            while (start > i and tokens[start - 1].text.isupper()
                   and len(tokens[start - 1].text) <= 4):
                start -= 1
            self.orgs.add_run(self.text, tokens, self.claims, start, end)
            return
        if (not titled and start == i and start > 0 and not given_first
                and len(first) > 1
                and tokens[start - 1].text in COMPANY_BEFORE
                and joined(self.text, tokens[start - 1], tokens[start])):
            # "copper miner Quellbor", "the Ruritanian club Sporting Elston": a company's or
            # a club's name ("the club Jane Roe founded": a person), with a possessive
            # inside it ("the club Quell's Old Boys")
            self.orgs.add_run(self.text, tokens, self.claims, start,
                              possessive_tail(self.text, tokens, self.claims, end))
            return
        if not titled and self.quoted_titles and self.in_quoted_title(start, end):
            for m in range(start, end):
                self.claims[m] = "other"  # a film, a book, a song or a slogan
            return
        # (thing_run asked already for the run's first word: it goes on to here only
        # when no ship's kind stands before it)
        if (not titled and start != i and self.vessel_kinds_written
                and self.vessel_before(start)):
            for m in range(start, end):
                self.claims[m] = "other"  # "the tanker Maria Quell": a ship
            return
        # (the work's name may open with a word the name left out: "the film Dear Ana
        # Quell")
        opening = -1 if titled else start if not given_first else (
            i if start > i and tokens[i].text not in GIVEN_NAMES else -1)
        if (opening < 0 and not titled and size > 1
                and _MAKER_VERB_AFTER.match(self.text, name_end) is None
                and not starts_at(self.text, "'s", name_end)
                and not starts_at(self.text, "’s", name_end)):
            opening = start  # "her album Stella Blue topped the charts": the work's name
        if (opening >= 0
                and (_WORK_BEFORE_AT.ends(self.text, before_end) if opening == start
                     else ends_like(self.text, tokens[opening].start, WORK_BEFORE_ENDS))
                and WORK_BEFORE.search(self.text, max(0, tokens[opening].start - 40),
                                       tokens[opening].start) is not None):
            # "the novel Silent Orchard": a work ("the book Jane Roe wrote": its author)
            for m in range(opening, end):
                self.claims[m] = "other"
            return
        craft_named = not titled and _CRAFT_NAMED_AT.ends(self.text, name_start)
        if ((craft_named or (size > 1 and _CRAFT_BEFORE_AT.ends(self.text, name_start)
                             and (opening == start
                                  # "the spacecraft Ana Quell will reach Mars": a given
                                  # name first, then what only a craft does ("the probe
                                  # Ana Roe designed" names its designer)
                                  or (not titled and given_first
                                      and _CRAFT_VERB_AFTER.match(self.text, name_end)
                                      is not None))))
                and _CRAFT_BEFORE.search(self.text, max(0, name_start - 48), name_start)
                is not None):
            # "the band Iron Meadow", "the lunar probe Juno Ascent": a band or a craft of
            # two words or more (one word after the kind may be whom a clause names: "the
            # probe Roe ordered"; not after "named": "a rover named Tomas"), and so
            # wherever the text names it again ("the Juno Ascent will map ...")
            for m in range(start, end):
                self.claims[m] = "other"
            self.things.add(" ".join(self.text[name_start:name_end].split()))
            return
        if (not titled and _THE_AT.ends(self.text, name_start)
                and _PRIZE_BEFORE.search(self.text, max(0, name_start - 16), name_start)
                is not None):
            # "she won the Golden Bear", "was awarded the Amber Quill": a prize, whatever
            # its first word (a person is not won)
            for m in range(start, end):
                self.claims[m] = "other"
            return
        if (size == 1 and not titled and after[:1] == " "
                and _THE_AT.ends(self.text, name_start)
                and _LEADER_TERM_AFTER.match(self.text, name_end) is not None
                and first not in US_STATES and first not in PLACE_WORDS
                and first not in NOT_FIRST and first not in ORG_HEADS
                and first.lower() not in self.lower_words):
            # "the Kettering administration", "the Marcos presidency": a leader named once
            # by surname, a town's or a given name's as it may be
            self.singles.append((start, None))
            return
        if (size == 1 and not titled and number_after(self.text, name_end)
                and self.plausible_scorer(start) and self.scorecard(start, end)):
            # "(Hamers 22, van Dongen 59)": scorers and their minutes, though the word
            # ends like a plural or names a town too (after a particle)
            self.singles.append((start, None))
            return
        if not titled and self.place_run(start, end) and not (
                # "Jeev Raman (India) 71 68": a surname of the world's tables that is a
                # town's too, after a word that is no place, with a player's country
                size > 1 and tokens[end - 1].key in WORLD_SURNAMES
                and first not in CITIES and self.country_after(end)) and not (
                given_first and size > 1
                and (self.country_after(end) or self.scorecard(start, end)
                     # "Teodor Brasov was elected", "Ana Quell, 41,": what only a person is
                     or self.person_context(start, end)
                     # "Tendai Moyo said": a given name and a surname that is a town's
                     # too, speaking (a city's own name speaks alone: "Bandar Abbas said")
                     or self.speech_after(end)
                     # "directed by Kiyo Tanabe", "said Tendai Moyo", "CNN's Ana Lima"
                     or self.context_before(start, end))) and not (
                size > 1 and _ROLE_APPOSITION.match(self.text, name_end) is not None):
            # (nor "Mei-Hua Thornbury, a chemist": a surname that is a town's too)
            # (but "Yui Takamatsu (Japan)", "Rik Hoogeveen 44": a player, not a city)
            if plays_a_match(self.text, name_start, name_end, None):
                # "Marbeck beat Quell 2-1": a place that plays is its club
                self.orgs.add_run(self.text, tokens, self.claims, start, end)
                return
            if end - start == 1:
                self.open_runs.append((start, end, whole))  # "the Lagos administration"
            return
        if after == " &" and starts_at(self.text, " & ", name_end):
            self.firm(start, end)  # "Quell & Sons", "Roe & Doe"
            return
        if (size == 2 and not titled and last in _PLACE_SURNAMES and not given_first
                and after[:1] not in ("'", "’")
                and self.place_preposition_before(start)
                and not self.company_context(start, end)):  # ("an economist at Quell Hill")
            # "police in Royal Wells said", "a farm near Kellbrook Green": a town (and
            # so wherever the text names it again)
            for m in range(start, end):
                self.claims[m] = "other"
            self.things.add(f"{first} {last}")
            return
        if (not titled and after == " ("
                and not given_first and self.team_in_result(start, end)):
            # "Red Quell (Latvia) beat Dinamo (Estonia) 92-90": clubs, not players
            self.body_run(start, end)
            return
        if not titled and self.plays_a_body(start, end):
            # "Velez Quell beat Godoy Roe 2-0 ... Godoy Roe coach Ana Doe": who plays a
            # club is a club
            self.body_run(start, end)
            return
        if (not titled and (_SQUAD_OWNER_AT.ends(self.text, name_start)
                            or _SQUAD_ROLE_AT.starts(self.text, name_end))
                and self.squad_of(start, end)):
            # "the former Hadley Vale and Quellton skipper": clubs
            self.body_run(start, end)
            return
        if (not titled and _NAMED_AT.ends(self.text, name_start)
                and _GROUP_NAMED_BEFORE.search(self.text, max(0, name_start - 40),
                                               name_start) is not None):
            # "a hacker collective known as Grey Quell": the group's name
            self.body_run(start, end)
            return
        if (not titled and after == ", "
                and _FIRM_APPOSITION.match(self.text, name_end) is not None):
            # "Penhallow Rourke, the Elston law firm, said": a firm named after people
            self.body_run(start, end)
            return
        if (not titled and after == ", " and start == i
                and _FIRM_BEFORE_APPOSITION_AT.ends(self.text, name_start)
                and _FIRM_BEFORE_APPOSITION.search(self.text, max(0, name_start - 40),
                                                   name_start) is not None):
            # "Her firm, Quell Roe Partners, is run by ...": the firm named after people
            self.body_run(start, end)
            return
        if (not titled and _SUBDIVISION_AFTER_AT.starts(self.text, name_end)
                and SUBDIVISION_AFTER.match(self.text, name_end)):
            return  # "Kwara state", "Quell province": a region
        # (after a title only with "the" before it: "the General Quell highway")
        # (and only after a space and a lower-case letter or a suffix's capital, as every
        # match starts: most names fail that at once, and the match tried its ninety words
        # one by one after every name with a space after it)
        thing_after = None if (titled and not (tokens[i].text == "The" or ends_at(
            self.text, ("the ", "The "), tokens[i].start))) or not (
                after[:1] == " " and after[1:] in _THING_AFTER_SECOND) else _THING_AFTER.match(
                    self.text, name_end)
        if thing_after is not None and thing_after.group("the") and _THE_BEFORE.search(
                self.text, max(0, name_start - 20), name_start) is None:
            thing_after = None  # ("a Jane Roe lecture" may be hers)
        if thing_after is not None and not (
                thing_after.group().endswith((" newspaper", " tabloid")) and given_first):
            # (but "the Jane Roe newspaper column": the writer's)
            if thing_after.group().endswith(_BODY_KINDS) and self.with_suffix(end) == end:
                self.body_run(start, end)
                return
            # "Jomo Quellata airport", "the Dow Quell index": a place or a thing named
            # after someone (the suffix of "King Jr. holiday" too)
            for m in range(start, self.with_suffix(end)):
                self.claims[m] = "other"
            return
        if (self.named_laws_written and not titled
                and _POSSESSIVE_AT.starts(self.text, tokens[end - 1].end)
                and _NAMED_LAW_AFTER.match(self.text, tokens[end - 1].end + 2) is not None
                and not given_first):
            self.mark_thing(start, end)  # "Quell's disease", "Roe's law": named after
            return
        if (not titled and not given_first and start > 1
                and self.tokens[start - 1].text in ("s", "S")
                and _SHOW_OWNER_BEFORE.search(self.text, max(0, name_start - 30),
                                              name_start) is not None):
            return  # "on Quellvision's Morning Brew": a programme of the channel
        if (size > 1 and not titled and given_first
                and " ".join(t.key for t in tokens[start:end]) in CITIES
                and not self.person_cue_beyond_speech(start, end)):
            # "Bandar Abbas said", "residents of Monte Azul Paulista": a city of the
            # gazetteer named like a person speaks for its people or is where they live;
            # a person of that name is known by a role, an age, an apposition.
            for m in range(start, end):
                self.claims[m] = "other"
            return
        # (a title or a role word before the name: asked here once, read below too)
        roled = titled or self.role_before(start)
        if not roled and self.company_context(start, end):
            # "analysts at Harlow Sachs", "Harlow Sachs shares": a firm, and so wherever
            # the text names it again ("Harlow Sachs expects growth"), also before, where
            # it was read as a person ("Harlow Sachs said ... Harlow Sachs shares fell")
            self.body_run(start, end)
            self.person_was_body(" ".join(self.text[name_start:name_end].split()))
            return
        if (not titled and start == i and after[:1] == ")"
                and self.bracketed_after_person(start, end)):
            if size == 1 and first in _CAPTION_PLACES:
                self.claims[start] = "other"  # "Ana Roe (L) and Tom Doe (R)": a caption's
                return  # places in the picture ("(C)": centre; or a side's captain)
            # "Dwight Quell (Aston Marbeck)", "Roe (Elston Rangers) 12": what a list puts
            # in brackets after a player is the club or the country, not another person
            self.orgs.add_run(self.text, tokens, self.claims, start, end)
            return
        if size == 2 and first in _LAMA_TITLES and last == "Lama":
            self.add_person(start, end, "male", None)  # "the Dalai Lama": how he is named
            return
        if (size > 1 and last.lower() in ROLE_NOUNS and not given_first
                and last not in SURNAMES and last not in GIVEN_NAMES
                and last not in WORLD_SURNAMES):
            return  # "By Staff Reporter", "Special Correspondent": a role, not a name
        if (size > 1 and last in BUILDING_SURNAMES and not titled
                and (not given_first
                     or (start == i and _THE_AT.ends(self.text, name_start)))
                and not self.person_cue_beyond_speech(start, end)):
            # "talks at Marlowe Hall", "Quellmoor House said", "in the Tom Doe Hall" (no
            # article opens a person's name)
            for m in range(start, end):
                self.claims[m] = "other"
            return
        if size > 1 and not titled and self.team_plural(end - 1):
            # "Tom Doe Rangers drew", "fans of Kofi Roe Stars": a club named after someone
            # ends in a plural of no name table, as a group's name does
            self.orgs.add_run(self.text, tokens, self.claims, start, end)
            return
        if last in _GROUP_LAST:
            if not headline:
                self.mark_thing(start, end)
            return  # "the Liberal People's Party", "Rural Women's League": a body's name
        if (last in ("Bill", "Bills") and size == 2 and not titled and not given_first
                and first not in SURNAMES and ends_at(self.text, ("the ", "The "), name_start)):
            self.mark_thing(start, end)  # "the Crime Bill", "the Farm Bill": a law's draft
            return
        if (size == 2 and last[-1] == "s" and not titled and first.endswith(_ADJECTIVE_ENDINGS)
                and not given_first and first not in SURNAMES
                and self.plural_group(end - 1)):
            return  # "Nomadic Tuaregs said", "Ethnic Hazaras": a people, opening a sentence
        if (after in ("' ", "’ ") and not titled
                and self.text[name_start - 1:name_start] in ("'", "‘")
                and self.text[name_end + 2:name_end + 3].isupper()):
            self.mark_thing(start, end)  # a ring name before the name: "'El Toro' Ramon Quell"
            return
        if size == 1:
            if first in PLACE_WORDS or first in NOT_FIRST or first in US_STATES:
                return
            if (not titled and ends_at(self.text, " the ", name_start)
                    and _AFTER_THE_THING.match(self.text, name_end) is not None):
                # "guests at the Adlova, her hotel", "played the Quell in Leeds": no
                # person is "the" and a surname alone (but "the Quell administration")
                self.mark_thing(start, end)
                return
            if (not titled and given_first and end < len(tokens)
                    and tokens[end].text in REGNAL and tokens[end].text not in ("V", "X")
                    and self.regnal_after(start)):
                # "Henry VIII", "Louis XIV": a monarch or a pope named without the title
                self.add_person(start, end + 1, GIVEN_NAMES[first], None)
                return
            if (not titled and _PLACE_BEFORE_AT.ends(self.text, before_end)
                    and not roled
                    and _PLACE_BEFORE.search(self.text, max(0, name_start - 12),
                                             name_start)
                    and not (whole and self.player_context(start))):
                # "a farmer from Quellbury, said": the place closes a description
                self.open_runs.append((start, end, whole))
                return
            if roled:
                self.singles.append((start, sex))
            elif self.plausible_single(start) and (
                    self.name_cue(start, end)
                    or (whole and (self.lone_person_context(start) or self.tennis_result(start)
                                   or self.country_possessor_person(start)))
                    # "Renanzinho", "Quellinha": the Portuguese diminutive of a player's
                    # or an artist's one name (no town of the gazetteer)
                    or (first.endswith(_DIMINUTIVE_ENDINGS) and len(first) > 6
                        and first not in CITIES and first not in PLACE_WORDS)
                    or (whole and self.player_context(start))):
                self.singles.append((start, None))
            else:
                self.open_runs.append((start, end, True))
            return
        # A quoted nickname inside the name counts as none of its words, and says that
        # the words around it name someone: 'Dingaan "The Rose" Khumalo'
        nicked = sum(1 for m in range(start + 1, end - 1) if m in self.nick) if self.nick else 0
        words = size - nicked - sum(1 for t in tokens[start:end] if t.text in PARTICLES)
        if words > 4 and not (words == 5 and given_first and (
                tokens[start + 1].text in GIVEN_NAMES or words < size)):
            return  # (but "Ana Paula Vasconcelos da Silva Santos": an Iberian name)
        given = GIVEN_NAMES.get(first)
        if first in US_STATES and not titled and not (
                given is not None and size == 2 and self.state_named_person(start, end)):
            return  # "Ohio Hawks", "Texas Rangers" (but "his rival, Carolina Quell")
        if first in _AFTER_NEW and not titled and name_start >= 4 and (
                self.text[name_start - 4:name_start] == "New "):
            return  # "the New York Democrat said": a place's second word ("New" opens no
            # name), not a surname opening a name
        strong = (titled or given is not None or is_initial(first)
                  or self.abbreviated_given(start)
                  # "Kenya Wanjiru": the country finder left it as a given name
                  or first in GIVEN_NAME_COUNTRIES
                  or (first in EAST_ASIAN_FAMILY and (size <= 3 or (
                      # "Nguyen Thi Quynh Hoa": a Vietnamese name of four words
                      size == 4 and tokens[start + 1].text in ("Thi", "Van", "Thị", "Văn"))))
                  # "Tsakhiagiin Enkhbold": a Mongolian father's name in the genitive first
                  or (size == 2 and len(first) > 5 and first.endswith(("iin", "yn"))
                      and first not in CITIES and first.lower() not in self.lower_words)
                  or any(has_article(t.text) for t in tokens[start + 1:end]) or nicked > 0
                  or named_again
                  # last: most names have a given name first, and need no cue
                  or self.name_cue(start, end))
        weak = (size - nicked <= 3 and first not in US_STATES
                and first.lower() not in self.lower_words and last.lower() not in self.lower_words
                and (((last in SURNAMES or last in WORLD_SURNAMES)
                      # "the Opposition Leader", "Lord Chancellor": a title last is an
                      # office's, a name only with a given name first or a cue
                      and last not in HONORIFICS
                      # "after leaving Elston Town": a town's or a club's last word
                      and last not in _TOWN_WORDS)
                     or surname_ending(last)
                     or self.double_barrelled(end - 1))
                # "Deportivo del Marbeck": a club or a house; a name with a particle
                # needs a given name or a cue
                and not (size == 3 and tokens[start + 1].text in PARTICLES))
        if (last in self.companies and not (
                # "founder Jane Roe", "managing director Anand Roe" of Roe & Sons: a
                # person sharing the family's name (a first word of no name table too);
                # "Ana Roe said" with a given name first and no firm's word after, where
                # the text names Roe Textiles elsewhere (a family's firm and its people)
                (given is not None or (size > 1 and first not in self.companies))
                and (roled or (given is not None and size > 1
                               and not self.firm_name_run(start, end)))
                and not self.after_company_word(start))) or (
                first in self.companies and not given
                and not (self.apposition_after(end) and first in EAST_ASIAN_FAMILY
                         and size == 2)):
            if self.after_company_word(start) and all(
                    t.text in self.companies for t in tokens[start:end]):
                # "copper miner Quellco", "shares of Quell Doe": a company's name
                self.orgs.add_run(self.text, tokens, self.claims, start, end)
            return  # "Roe Industries"; but "founder Jane Roe" of Roe Industries is a person
        if not (strong or weak):
            # looked at last: the other signs are cheaper and decide most runs
            strong = self.person_context(start, end)
        if not (strong or weak):
            if not headline:
                self.open_runs.append((start, end, whole))
            return
        if not roled and size > 1 and self.whole_phrase_after_the(start, end, given):
            # "the Carmen Vale Panel said", "the Minor Planets Registry announced": English
            # gives a person's name no article (left to the organisations, named or not)
            self.mark_thing(start, end)
            return
        if (not roled and given is not None and size > 1 and not named_again
                and self.place_in_list(start, end)):
            # "power cuts in Marcos Quell, Ana Doe and Elston Vale": towns of no
            # gazetteer named like people, where a place is
            self.open_runs.append((start, end, whole))
            return
        if sex is None and given is not None:
            sex = given
        display = None
        shouted = [m for m in range(start + 1, end)
                   if tokens[m].text.isupper() and len(tokens[m].text) > 2
                   and m not in self.nick and self.caps_surname(m)]
        if shouted:
            # "Wilfred KIPRUTO": shown as running text writes it
            display = " ".join(
                "-".join(p.capitalize() for p in tokens[m].text.split("-")) if m in shouted
                else tokens[m].text for m in range(start, end))
        self.add_person(start, end, sex, self.role_text(i, start), self.with_suffix(end),
                        display=display)
        if named_again:
            self.first_named_again.add(" ".join(self.text[name_start:tokens[
                self.with_suffix(end) - 1].end].split()))

    def place_in_list(self, start: int, end: int) -> bool:
        """True for a name shaped like a person's right after "in", "near" or "outside"
        (or after a name so read and a comma or "and": "in Ana Doe, Tom Quell and ..."),
        with nothing around it that only a person has: no possessive, no reporting verb,
        no apposition, no role, and its last word named nowhere else in the text (a
        person's surname comes again: "faith in Jane Roe ... Roe said")."""
        tokens, text = self.tokens, self.text
        s = tokens[start].start
        before = text[max(0, s - 8):s]
        if self.place_list_end > 0 and 0 <= start - self.place_list_end <= 1 and (
                text[tokens[self.place_list_end - 1].end:s] in (", ", " and ", ", and ")):
            pass  # the next item of a list of places
        elif _PLACE_IN.search(before) is None or _TRUST_IN.search(
                text, max(0, s - 24), s) is not None:
            return False
        e = tokens[end - 1].end
        if (starts_at(text, ("'s", "’s", "'", "’", " ("), e)
                or self.cap_count(tokens[end - 1].text) > 1
                or self.speech_after(end) or self.apposition_after(end)
                or self.person_cue_beyond_speech(start, end)):
            return False
        self.place_list_end = end
        return True

    def state_named_person(self, start: int, end: int) -> bool:
        """True for a given name that is a US state's too, and a surname ("Georgia Quell",
        "Carolina Roe"), told a person by a role before it, a cue, an apposition, or the
        surname named alone elsewhere in the text (a reporting verb is no sign: "Georgia
        Power said"); not a club's or a firm's last word ("Carolina Panthers", "Virginia
        Tech")."""
        last = self.tokens[end - 1].text
        if (last in ORG_HEADS or last in TEAM_PLURALS or last in PLACE_WORDS
                or last in COMPANY_SUFFIXES or last in CLUB_FIRST_WORDS or last.endswith("s")
                or last.lower() in self.lower_words):
            return False
        return (self.role_before(start) or self.apposition_after(end)
                or self.person_context(start, end) or self.cap_count(last) > 1
                # the notation of results: "Georgia Quell (Kenya) 66 68"
                or self.country_after(end) or self.scorecard(start, end))

    def in_subhead(self, k: int) -> bool:
        """True for token k on a short line of its own below the headline, in title case
        with a capitalised short word inside ("Water Bills To Rise In Spring", "SEE ALSO:
        Grace Period For Tenants Ends"; the words after a label's colon): a subhead, whose
        capitals are no sign of a name."""
        text, tok = self.text, self.tokens[k]
        if k > 0 and self.tokens[k - 1].text in ("By", "BY"):
            return False  # a byline's name ("MATCH REPORT | By Ana Roe | 21 May")
        start = text.rfind("\n", 0, tok.start) + 1
        end = text.find("\n", tok.end)
        if end < 0:
            end = len(text)
        if start == 0 or end - start > 120:
            return False
        line = text[start:end]
        colon = line.rfind(": ", 0, tok.start - start)
        words = line[colon + 2:].split() if colon >= 0 else line.split()
        if len(words) < 3 or words[-1][-1] in ".,;:" or not any(
                w in _SUBHEAD_WORDS for w in words[1:-1]):
            return False
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        return sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words)

    def after_particle(self, k: int) -> bool:
        """True for token k a capitalised word of no lower-case line right after a
        lower-case particle that a given name opens the name before: the surname, whatever
        word it is too ("Bram ten Have", "Joost de Will")."""
        tokens = self.tokens
        if k < 2 or not tokens[k].cap or tokens[k].caps_line or not tokens[k].text.isalpha():
            return False
        particle = tokens[k - 1]
        if particle.text not in PARTICLES or not particle.text.islower() or not (
                self.text[particle.end:tokens[k].start] == " "
                and self.text[tokens[k - 2].end:particle.start] == " "):
            return False
        q = k - 2
        while q > 0 and tokens[q].text in PARTICLES:
            q -= 1  # "Ana van der Have"
        return tokens[q].text in GIVEN_NAMES and tokens[q].cap

    def kin_surname_after_and(self, k: int, j: int) -> int:
        """For a given name alone at token k (j == k + 1) after kin in the plural, the
        index of the surname of the given name and surname after " and " that the kin
        share ("Brothers Milan and Tomas Roe": "Roe"), or -1."""
        tokens = self.tokens
        if tokens[k].text not in GIVEN_NAMES:
            return -1
        q = self.run_after_and(j)
        if q < 0 or q + 1 >= len(tokens) or tokens[q].text not in GIVEN_NAMES:
            return -1
        surname = tokens[q + 1]
        if (not can_be_in_name(surname) or not joined(self.text, tokens[q], surname)
                or surname.text in GIVEN_NAMES):
            return -1
        if q + 2 < len(tokens) and tokens[q + 2].cap and joined(self.text, surname,
                                                                  tokens[q + 2]):
            return -1  # ("... and Tomas Roe Quell": which of them is the surname)
        return q + 1

    def run_after_and(self, j: int) -> int:
        """The index of the capitalised token right after " and " that follows token j-1
        ("Senators Kaminski and Halvorsen"), or -1."""
        tokens = self.tokens
        at = tokens[j - 1].end + len(" and ")
        if not starts_at(self.text, " and ", tokens[j - 1].end):
            return -1
        for q in range(j, min(j + 2, len(tokens))):
            if tokens[q].start == at and tokens[q].cap:
                return q
        return -1

    def month_given_name(self, k: int, j: int) -> bool:
        """True for token k a month that is a given name too ("April", "June", "August")
        before a word of a name in its run ..j-1, and no date: "April Ndlovu said", "the nurse,
        June Mahlangu," (not "in June Mahlangu joined", "by August Quell had", "June 4")."""
        tokens, text = self.tokens, self.text
        if tokens[k].text not in _MONTH_GIVEN_NAMES or k + 1 >= j:
            return False
        nxt = tokens[k + 1]
        word = nxt.text
        if (not can_be_in_name(nxt) or word.lower() in self.lower_words or word in NOT_FIRST
                or word in CITIES or word in PLACE_WORDS or word in ORG_HEADS
                or word in HONORIFICS):
            return False  # "June Elections", "August Bank Holiday"
        before = text[max(0, tokens[k].start - 12):tokens[k].start].split()
        return not before or before[-1].lower() not in _BEFORE_A_DATE


    def title_alone(self, i: int, j: int) -> bool:
        """True for the run i..j-1 titles without a name, also after the "The" that opens a
        sentence: one title ("the Speaker", "The Pope prayed"; but "the Treasury" is a
        body), a modifier and titles ("the Grand Duke", "The Crown Prince", "The First
        Lady"), or titles that end in a word no name table holds ("the Attorney General",
        "The Major General said"), or a peerage before an office ("the Lord Chancellor",
        "The Lord Mayor"). Titles ending in a surname name its bearer ("Senator King",
        "Judge Bishop")."""
        tokens = self.tokens
        b = i + 1 if tokens[i].text == "The" and j - i > 1 else i
        if j - b > 3:
            return False
        first, last = tokens[b].text, tokens[j - 1].text
        if j - b == 1:
            return first in HONORIFICS and first not in ORG_HEADS
        if not (first in HONORIFICS or first in TITLE_MODIFIERS) or not all(
                t.text in HONORIFICS and t.text not in ORG_HEADS for t in tokens[b + 1:j]):
            return False
        return first in TITLE_MODIFIERS or (
            first in _OFFICE_PEERAGES and last not in _CHARACTER_TITLES) or not (
            last in SURNAMES or last in GIVEN_NAMES or last in WORLD_SURNAMES)

    def ranked_caps_surname(self, k: int) -> bool:
        """True for token k a word in capitals alone after a rank at a line's start and
        before its country in brackets and a result: "1. STRAUMEN (Switzerland) 1:51.20",
        "12 OKONEKE (Germany) 45" (a surname as results write it; not letters of a team
        of no country, nor a word of the text's lower case or of the bodies' letters)."""
        tokens, text = self.tokens, self.text
        tok = tokens[k]
        word = tok.text
        if (len(word) < 4 or not word.replace("-", "").isalpha() or word in NOT_BODIES
                or k + 1 >= len(tokens) or self.claims[k + 1] != "country"
                or not starts_at(text, " (", tok.end) or tok.caps_line
                or word.lower() in self.lower_words):
            return False
        line_start = text.rfind("\n", 0, tok.start) + 1
        rank = text[line_start:tok.start]
        if not (rank[:1].isdecimal() and rank.rstrip(". ").isdecimal() and len(rank) <= 5):
            return False
        close = text.find(")", tokens[k + 1].end, tokens[k + 1].end + 30)
        if close < 0 or text[close + 1:close + 2] != " " or not (
                text[close + 2:close + 3].isdecimal()):
            return False
        # a surname of the tables, or made like one, or written again in running text
        # (a team's letters are none of these: "1. QTEAM (Spain) 45:12:33")
        last = word.rpartition("-")[2].capitalize()
        return (last in SURNAMES or last in WORLD_SURNAMES
                or surname_ending(last)
                or self.cap_count("-".join(p.capitalize() for p in word.split("-"))) > 0)

    def modal_given_name(self, k: int, j: int) -> bool:
        """True for token k "Will" the given name of the one name word after it that ends
        the run i..j-1: inside a sentence (the verb is written in lower case there: "said
        Will Doe", "the coach, Will Doe,"), or opening it before a verb of speech in the
        past ("Will Doe said ..."; "Will Doe win?" asks)."""
        if k + 2 != j:
            return False
        tokens = self.tokens
        tok, nxt = tokens[k], tokens[k + 1]
        if (not can_be_in_name(nxt) or nxt.text in GIVEN_NAMES or tok.caps_line
                or self.text[tok.end:nxt.start] != " " or self.in_title_line(tok)):
            return False
        return (not starts_sentence(self.text, tok)
                or starts_at(self.text, _VERB_AFTER_SURNAME, nxt.end))

    def given_never_name(self, k: int, j: int) -> bool:
        """True for token k a given name that is also a word never in a name elsewhere
        ("Said" of Said Benali; "Said the minister" is a verb) before another name word of
        the run i..j-1 that is no given name ("Said Jane Roe" reads as the verb)."""
        if k + 1 >= j:
            return False
        nxt = self.tokens[k + 1]
        return can_be_in_name(nxt) and nxt.text not in CORE_GIVEN_NAMES and not self.in_title_line(
            self.tokens[k])

    def family_never_name(self, k: int, j: int) -> bool:
        """True for token k a Korean family name that is also a word never in a name
        elsewhere ("Oh") right before a Korean given name of the run i..j-1, hyphenated
        ("Oh Min-jun"), a space apart."""
        if k + 1 >= j:
            return False
        tok, nxt = self.tokens[k], self.tokens[k + 1]
        return (self.text[tok.end:nxt.start] == " "
                and _KOREAN_GIVEN.match(nxt.text) is not None and not self.in_title_line(tok))

    def headline_role_before(self, k: int) -> bool:
        """True for a role word in title case right before token k in a title-case
        headline ("Veteran Striker Tomas Quell Retires"), where every word is capitalised:
        a title there as "striker" is in running text."""
        prev = self.tokens[k - 1]
        return (prev.cap and prev.text.lower() in ROLE_NOUNS and prev.text not in GIVEN_NAMES
                and prev.text not in SURNAMES and joined(self.text, prev, self.tokens[k]))

    def glued_initial(self, k: int) -> bool:
        """True for token k a capital letter glued by its full stop to the particle after
        it, as scorecards write "A.de Quell", "J.van Roe" (the particle then the surname
        after a space), all unclaimed."""
        tokens, text = self.tokens, self.text
        tok, particle = tokens[k], tokens[k + 1]
        return (len(tok.text) == 1 and tok.text.isupper() and starts_at(text, ".", tok.end)
                and particle.start == tok.end + 1 and starts_at(text, " ", particle.end)
                and self.claims[k] is None and self.claims[k + 1] is None
                and (k == 0 or not text[tok.start - 1].isalnum()))

    def caps_surname_first(self, i: int, start: int, end: int) -> int:
        """The first token of a surname in capitals written before the given name at
        token start, as ski and other results write it: "STANGEL Tomas (Austria)", "VAN
        DER QUELL Ana (Netherlands)" (the given name's country in brackets after it); or
        start when there is none."""
        tokens, text = self.tokens, self.text
        if tokens[start].text not in GIVEN_NAMES or not self.country_after(end):
            return start
        q = start
        while (q > i and start - q < 3 and tokens[q - 1].text.isupper()
               and len(tokens[q - 1].text) >= 2 and tokens[q - 1].text.replace("-", "").isalpha()
               and text[tokens[q - 1].end:tokens[q].start] == " "):
            q -= 1
        if q < start and len(tokens[start - 1].text) < 3:
            return start  # ("UN Jane Roe"?): the surname's last word is a word of its own
        return q

    def known_surname_shouted(self, k: int) -> bool:
        """True for token k in capitals the surname of a person named before ("Kalani
        Mahoe won ... MAHOE said"): the short forms link it to them, it names no body."""
        word = self.tokens[k].text
        if len(word) < 4:
            return False
        return any(p.words[-1].upper() == word and len(p.words) > 1
                   for p in self.people.values()) or any(
            # (or of a name no cue has decided yet: "Kalani Mahoe won")
            e - s > 1 and self.tokens[e - 1].text.upper() == word for s, e, _ in self.open_runs)

    def past_portfolio(self, i: int, j: int) -> int:
        """The first token after the portfolio that opens the run i..j-1 right after an
        office and "for" or "of" ("Minister of State for Health Priya Roe", "Governor of
        Quell State Tom Doe", "Commissioner for Tourism and Antiquities Ana Roe": the
        portfolio's words up to its last, claimed as no one's), or i when there is none."""
        tokens, text = self.tokens, self.text
        s = tokens[i].start
        q = i - 1
        if q > 0 and tokens[q].text in ("of", "and"):
            q -= 1  # ("for" is no token)
        if q < 0 or tokens[q].text not in PORTFOLIO_OFFICES:
            return i
        last = -1
        for m in range(i, j):
            t = tokens[m].text
            if t in PORTFOLIO_WORDS or t in PLACE_WORDS or t in ORG_HEADS:
                last = m
        if last < 0:
            return i
        office = PORTFOLIO_BEFORE.search(text, max(0, s - 90), s)
        if office is None:
            return i
        for m in range(i, last + 1):
            self.claims[m] = "other"
        q = i - 1
        while q > 0 and tokens[q].start > office.start():
            q -= 1
        self.portfolio_offices[last + 1] = q  # the role starts at the office
        return last + 1

    def name_cue(self, start: int, end: int) -> bool:
        """True when the words around tokens start..end-1 say they name a person: a role
        word before them, a reporting verb after them, their country in brackets, a
        scorecard, a byline, an apposition, a description set off by commas, ", who".
        (Asked only where the answer is needed: most names have a given name first and
        need none of these tests, each of which reads the text around the name.)"""
        return (self.role_before(start) or self.speech_after(end)
                or self.country_after(end) or self.scorecard(start, end)
                or self.context_before(start, end) or self.apposition_after(end)
                or self.description_before(start, end) or self.who_after(start, end)
                or self.country_of_after(start, end))

    def plural_after_article(self, k: int) -> bool:
        """True for token k a plural after a plural article of French or Spanish ("Bleus"
        of "Les Bleus", "Pumas" of "Los Pumas"): an -s or -x ending, no surname nor given
        name of the tables ("Les Dennis" is a man)."""
        t = self.tokens[k].text
        return (t.endswith(("s", "x")) and len(t) > 3 and t not in SURNAMES
                and t not in WORLD_SURNAMES and t not in GIVEN_NAMES)

    def title_surname(self, k: int, j: int, titled: bool) -> bool:
        """True for token k a short title without its full stop that is the surname of the
        given name right before it ("Ravi Sen said", "Maya Sen, who"): the last word of
        its run i..j-1, one space after the given name, in running text; or before the
        run's last word when that is no given name ("Maya Sen Gupta"; "Tom Sen Jane"
        reads as a title before a name). After a title the word before needs to be no
        known given name when the short title ends the run ("Premiers Roe and Lok Sen")."""
        tokens = self.tokens
        prev = tokens[k - 1]
        if not ((prev.text in GIVEN_NAMES or (titled and k + 1 == j)) and not prev.caps_line
                and self.text[prev.end:tokens[k].start] == " "
                and not starts_at(self.text, ".", tokens[k].end)):
            return False
        if k + 1 == j:
            return True
        nxt = tokens[k + 1]
        return (k + 2 == j and can_be_in_name(nxt) and nxt.text not in GIVEN_NAMES
                and self.text[tokens[k].end:nxt.start] == " ")

    def caps_surname(self, k: int) -> bool:
        """True for token k a surname in capitals after a given name in running text, as
        results and French-style news write it: "Wilfred KIPRUTO (Kenya)", "Norberto
        TELLEZ-ARIAS"."""
        tokens = self.tokens
        tok = tokens[k]
        t = tok.text
        if (len(t) < 3 or not t.isupper() or tok.caps_line or "." in t or self.claims[k]
                or t in REGNAL or t in SUFFIXES):
            return False
        if k + 1 < len(tokens) and tokens[k + 1].cap and not tokens[k + 1].text.isupper() and (
                joined(self.text, tok, tokens[k + 1])):
            return False  # "Virginia AFL-CIO President": letters inside a longer name
        prev = tokens[k - 1].text
        if prev in US_STATES:
            return False
        return prev in GIVEN_NAMES or (k >= 2 and prev.isupper() and len(prev) > 2
                                       and tokens[k - 2].text in GIVEN_NAMES)

    def bracketed_after_person(self, start: int, end: int) -> bool:
        """True for tokens start..end-1 all that stands in brackets right after a person's
        name: "Jane Roe (Marbeck United)"."""
        tokens, text = self.tokens, self.text
        s, e = tokens[start].start, tokens[end - 1].end
        if start == 0 or text[s - 2:s] != " (" or text[e:e + 1] != ")":
            return False
        if self.claims[start - 1] != "person" or tokens[start - 1].end != s - 2:
            return False
        # ("Abu Quell (Roe) said": a known person's name in brackets says who is meant)
        known = {w for p in self.people.values() for w in p.words}
        return not any(t.text in known for t in tokens[start:end])

    def thing_run(self, i: int, j: int) -> bool:
        """True (the tokens claimed) when the run i..j-1 names a thing named like a
        person, title and all: a ship after its kind ("the liner Queen Ama"), a work set
        off by commas after its kind ("her sitcom, Uncle Kofi, ended"), a horse of the
        racing notation ("Sir Tom, ridden by"), or words one of those had before."""
        tokens, text = self.tokens, self.text
        s, e = tokens[i].start, tokens[j - 1].end
        end = j
        thing = None
        if self.things:
            name = " ".join(text[s:e].split())
            # (after "The" opening a sentence too: "The Salma Quell was carrying rice")
            the = 1 if name.startswith("The ") else 0
            thing = next((t for t in self.things
                          if name == t or name.startswith(t + " ")
                          or (the and (name[4:] == t or starts_at(name, t + " ", 4)))), None)
            if thing is not None:
                # (a hard-wrapped name is one space apart)
                end = i + len(thing.split()) + (0 if name.startswith(thing) else the)
        if thing is None and self.bodies:
            name = " ".join(text[s:e].split())
            body = next((b for b in self.bodies if name == b or name.startswith(b + " ")),
                        None)
            if body is not None:
                # a body this finder told by its context, named again ("Carmaker Vestra
                # Holm ... Vestra Holm said")
                end = i + len(body.split())
                self.orgs.add_run(text, tokens, self.claims, i, end)
                if end < j:
                    self.classify(end, j)
                return True
        # (slices, not startswith/endswith with offsets: those are method calls through
        # the interpreter, a thousand instructions each, and this is asked of every run)
        if (thing is None and text[e:e + 1] == "," and s >= 2 and text[s - 2:s] == ", "
                and tokens[i].text not in GIVEN_NAMES
                and _FIRM_APPOSITION_BEFORE.search(text, max(0, s - 80), s) is not None):
            # "A ferry operator, Vestland Sjo, said": the firm the description names
            self.body_run(i, j)
            return True
        if (thing is None and text[e:e + 2] == ", " and j - i > 1
                and (tokens[i].text not in GIVEN_NAMES or j - i > 2)
                and _BODY_APPOSITION_AT.starts(text, e)
                and _BODY_APPOSITION_AFTER.match(text, e) is not None):
            # "Peachtree Quell, a super PAC whose ...": a body, by its apposition
            self.body_run(i, j)
            return True
        if thing is None and not (
                (self.vessel_kinds_written and self.vessel_before(i))
                or (starts_at(text, ",", e) and (
                    _THING_APPOSITION_AT.ends(text, s)
                    or (self.vessel_kinds_written
                        and _VESSEL_APPOSITION.match(text, e) is not None)
                    or WORK_APPOSITION_AFTER.match(text, e) is not None
                    or (_THE_AT.ends(text, s)
                        and (_VENUE_APPOSITION.match(text, e) is not None
                             # "a converted trawler, the Hallvard Roe, which called at"
                             # (not "the Quell Tong Company Ltd, which": a body)
                             or (starts_at(text, ", which ", e)
                                 and tokens[j - 1].text not in COMPANY_SUFFIXES
                                 and tokens[j - 1].text not in ORG_HEADS)))
                    or _PLACE_APPOSITION.match(text, e) is not None))
                or ((_THE_AT.ends(text, s) or (
                        tokens[i].text == "The" and j - i > 1))
                    and starts_at(text, " ", e) and (_VESSEL_AFTER.match(text, e) is not None
                                                     or _HULL_NUMBER_AFTER.match(text, e)
                                                     is not None))
                or (j - i > 1 and tokens[j - 1].text in _NEVER_A_PERSON_LAST)
                or (j - i > 1 and (tokens[i].text in _SHIP_PREFIXES or (
                    tokens[i].text == "The" and tokens[i + 1].text in _SHIP_PREFIXES
                    and j - i > 2)))
                or (tokens[i].text in _TITLE_OPENERS and (
                    self.titled_place(i, j)
                    or (tokens[i].text in _CHARACTER_TITLES and self.titled_work(i, j))))):
            # (each test below first asks one character of the text: most runs stop there)
            if ((s == 0 or text[s - 1] == "\n") and _COLON_OR_BRACKET_AT.starts(text, e)
                    and self.venue_label(i, j)):
                if tokens[i].text == "At":
                    i += 1  # "At Elston Wells:" (the run opens the line)
                    s = tokens[i].start
            elif self.claims[i - 1] == "country" and self.team_after_country(i, j):
                # "Jane Roe (Kenya), Quell Ford, 1:31.552": the driver's car or team
                self.body_run(i, j)
                return True
            else:
                return False
        for m in range(i, min(end, j)):
            self.claims[m] = "other"
        self.things.add(" ".join(text[s:tokens[min(end, j) - 1].end].split()))
        ship = self.ship_named(i, min(end, j))
        if ship > i:
            # "MV Salma Quell ... the Salma Quell": the ship without its prefix too
            self.things.add(" ".join(text[tokens[ship].start:tokens[min(end, j) - 1].end]
                                     .split()))
        if end < j:
            self.classify(end, j)
        return True

    def whole_phrase_after_the(self, start: int, end: int, given: str | None) -> bool:
        """True when "the" in lower case opens the name start..end-1 and a clause's end
        or verb follows it: "the Carmen Vale Panel said" (not "the Jane Roe case"). The
        name opens with a given name or ends in no surname ("the Dalai Lama" and "the
        Aga Khan" end in titles and stay people)."""
        tokens, text = self.tokens, self.text
        s, e = tokens[start].start, tokens[end - 1].end
        last = tokens[end - 1].text
        return (s >= 5 and text[s - 5:s] == " the "
                and (given is not None or (last not in SURNAMES and last not in WORLD_SURNAMES))
                and last not in HONORIFICS and tokens[start].text not in HONORIFICS
                and _AFTER_THE_NAME.match(text, e) is not None)

    def ship_named(self, i: int, j: int) -> int:
        """The first token of a ship's name after its prefix opening the run i..j-1
        ("MV Salma Quell", "The HMS Edward Roe"), or i when the run opens with none."""
        tokens = self.tokens
        k = i + 1 if tokens[i].text == "The" else i
        return k + 1 if j - k > 1 and tokens[k].text in _SHIP_PREFIXES else i

    def mark_thing(self, start: int, end: int) -> None:
        """Tokens start..end-1 name a place, a work or a group named after someone ("the
        Kranich Theatre", "Oakes Brothers"): marked, so that no surname in them is taken
        for a person of the text who shares it ("producer Ilse Kranich"), and left
        unclaimed for the organisations ("Quell Harbour" may be a club)."""
        self.thing_tokens.update(range(start, end))

    def body_run(self, start: int, end: int) -> None:
        """Tokens start..end-1 name an organisation that their context tells (a firm's
        kind, a result, a player's position): claimed, and the name kept, so that the
        text's other mentions of it are the body's too."""
        tokens = self.tokens
        self.orgs.add_run(self.text, tokens, self.claims, start, end)
        self.bodies.add(" ".join(self.text[tokens[start].start:tokens[end - 1].end].split()))

    def double_barrelled(self, k: int) -> bool:
        """True for token k two capitalised parts joined by a hyphen of which the last
        is a surname of the tables and neither a city nor a given name's only reading
        ("Tamuno-Briggs", "Kiwanuka-Lubega"; not "Guinea-Bissau", "Rolls-Royce" alone
        in a run, which a given name or a cue must then open)."""
        t = self.tokens[k].text
        if t.count("-") != 1:
            return False
        head, tail = t.split("-")
        if not (head[:1].isupper() and tail[:1].isupper() and len(head) > 1 and len(tail) > 1):
            return False
        return ((tail in SURNAMES or tail in WORLD_SURNAMES or head in SURNAMES
                 or head in WORLD_SURNAMES)
                and tail not in CITIES and head not in CITIES)

    def tennis_result(self, k: int) -> bool:
        """True for a lone word on either side of "beat" in a tennis result, whose set
        scores are single digits ("Quell beat Doe 6-3 6-4"; clubs win by one score,
        volleyball and badminton teams by two-digit sets)."""
        text = self.text
        e = self.tokens[k].end
        if starts_at(text, " ", e) and text[e + 1:e + 2].isdecimal():
            s = self.tokens[k].start
            return (_TENNIS_VERBS_AT.ends(text, s)
                    and _SET_SCORES.match(text, e) is not None)
        return _TENNIS_VERBS_AT.starts(text, e) and _TENNIS_WIN.match(text, e) is not None

    def titled_place(self, i: int, j: int) -> bool:
        """True for a title and one word right after "in" or "near" ("fighting in Sheikh
        Quell", "a school near Prince Elston"): a place named after someone ("in Sheikh
        Quell's view" is the person's)."""
        tokens, text = self.tokens, self.text
        if j - i != 2 or tokens[i].text not in HONORIFICS or tokens[i].text in TITLE_MODIFIERS:
            return False
        s, e = tokens[i].start, tokens[j - 1].end
        return (ends_at(text, (" in ", " near "), s)
                and not starts_at(text, ("'s", "’s", "'", "’"), e))

    def titled_work(self, i: int, j: int) -> bool:
        """True for a run opened by a title that names a character ("Sister", "Captain",
        "King"): a work's name after its kind ("the song Sister Moon", "her novel Lady
        Orchid") or a title in quotation marks ("“Captain Ahab Returns”")."""
        tokens = self.tokens
        if j - i < 2:
            return False
        if self.quoted_titles and self.in_quoted_title(i, j):
            return True
        s = tokens[i].start
        return (ends_like(self.text, s, WORK_BEFORE_ENDS)
                and WORK_BEFORE.search(self.text, max(0, s - 40), s) is not None)

    def venue_label(self, i: int, j: int) -> bool:
        """True for a ground's name opening a line of results before a colon: "At Elston
        Wells: Quellshire 214 ...", "At Marbeck Green (Quell):", or with no "At" before a
        team and its score ("Elston Wells: Quellshire 214 (T. Roe 84)")."""
        tokens, text = self.tokens, self.text
        e = tokens[j - 1].end
        if starts_at(text, ":", e):
            after = e + 1
        elif starts_at(text, " (", e):
            close = text.find("):", e, e + 40)
            if close < 0 or "\n" in text[e:close]:
                return False
            after = close + 2
        else:
            return False
        if tokens[i].text == "At":
            return j - i > 1 and tokens[i + 1].cap
        return _TEAM_SCORE_NEXT.match(text, after) is not None

    def team_after_country(self, i: int, j: int) -> bool:
        """True for the run right after a person and a country in brackets, before a time
        or a score: the car or the team of a driver or a rider in a line of results
        ("Jane Roe (Kenya), Quell Ford, 1:31.552", "Ann Doe (Peru) Quell Team 4:21:33";
        "Jane Roe (Kenya), Ann Doe (Peru)" is two people)."""
        tokens, text, claims = self.tokens, self.text, self.claims
        s = tokens[i].start
        if i < 2 or not (starts_at(text, "), ", s - 3) or starts_at(text, ") ", s - 2)):
            return False
        if _TIME_AFTER.match(text, tokens[j - 1].end) is None:
            return False
        q = i - 1
        while q > 0 and claims[q] == "country" and q > i - 4:
            q -= 1
        return claims[q] == "person" and starts_at(text, " (", tokens[q].end)

    def squad_of(self, start: int, end: int) -> bool:
        """True for tokens start..end-1 a club before a player's position or a coach,
        after "the", "former" or another club and "and": "the former Hadley Vale and
        Quellton skipper", "the Marbeck Rovers striker" (a given name first is a
        player's, which the caller asks first)."""
        text, tokens = self.text, self.tokens
        s = tokens[start].start
        if tokens[start].text in GIVEN_NAMES or (
                end - start == 1 and tokens[start].text in _PLAYER_ADJECTIVES):
            return False  # ("Veteran striker Roe": what the player is)
        if not (ends_at(text, _CLUB_OWNER_ENDS, s) or (
                ends_at(text, " and ", s) and start > 1
                and self.claims[start - 2] == "organization")):
            # "Godoy Quell coach Ana Roe said": the club before its coach or player
            # named after the role
            m = _SQUAD_ROLE_AFTER.match(text, tokens[end - 1].end)
            return (m is not None and m.group().count(" ") == 1
                    and text[m.end():m.end() + 1] == " "
                    and text[m.end() + 1:m.end() + 2].isupper())
        return _SQUAD_ROLE_AFTER.match(text, tokens[end - 1].end) is not None

    def team_in_result(self, start: int, end: int) -> bool:
        """True for tokens start..end-1 before their country in brackets in a match's
        result of one score: "Red Quell (Latvia) beat Dinamo (Estonia) 92-90", either
        side (players' results have sets, "Ana Roe (Chile) beat Mei Doe (Peru) 6-3 6-4",
        or given names, which the caller asks first)."""
        text = self.text
        e = self.tokens[end - 1].end
        close = text.find(") ", e, e + 40)
        if close < 0 or "\n" in text[e:close]:
            return False
        if _ONE_SCORE.match(text, close + 2) is not None:
            return ends_at(text, _MATCH_VERB_ENDS, self.tokens[start].start)
        return _RESULT_AFTER_BRACKET.match(text, close + 2) is not None

    def team_plural(self, k: int) -> bool:
        """True for token k a club's plural nickname that no name table holds ("Rangers",
        "Stars", "Wanderers"; not "Hawks", a surname too): the last word of a club's or a
        band's name, never of a person's; one that is a surname too after a city's
        name ("Atlanta Hawks", "Lisbon Royals"; "Tony Hawks" is a person)."""
        t = self.tokens[k].text
        if t not in TEAM_PLURALS or t in GIVEN_NAMES:
            return False
        if t not in SURNAMES and t not in WORLD_SURNAMES:
            return True
        before = self.tokens[k - 1].text if k > 0 else ""
        return before in CITIES and before not in GIVEN_NAMES

    def vessel_before(self, k: int) -> bool:
        """True when the word right before token k is a kind of ship: "the tanker Maria
        Quell", "the frigate Almirante Roe" (ships are named like people)."""
        s = self.tokens[k].start
        if not self.vessel_kinds_written or s < 2 or self.text[s - 1] != " ":
            return False
        gap = 2 if self.text[s - 2] == "," else 1  # "his dog, Captain Rex,"
        if not self.text[s - gap - 1].islower():
            return False
        word_start = self.text.rfind(" ", max(0, s - 17), s - gap) + 1
        word = self.text[word_start:s - gap]
        if word == "carrier":  # "the bulk carrier Princess Ama" (a "carrier" alone flies)
            return ends_at(self.text, _CARRIER_KINDS, s)
        return word in _VESSEL_WORDS

    def person_named_like_a_body(self, k: int, j: int, titled: bool) -> bool:
        """True for tokens k..j-1 a given name and a surname that is also a body's head
        word, which a title or a cue only a person has makes a person's name ("Mayor Tom
        Post", "Ana Council, the chief executive,", "Tom Press, 54,"): no body has a
        given name and a role."""
        tokens = self.tokens
        # (the cheap tests first: asked of every run, and most have no body's head word)
        if (j - k != 2 or tokens[k + 1].text not in ORG_HEADS
                or tokens[k].text not in GIVEN_NAMES or tokens[k + 1].text not in SURNAMES):
            return False
        return titled or self.person_cue_beyond_speech(k, j) or (
            _AGE_AFTER_NAME.match(self.text, tokens[j - 1].end) is not None)

    def person_cue_beyond_speech(self, start: int, end: int) -> bool:
        """A cue that only a person has, not a city that speaks through its council:
        a role word, a country or a score of a results table, an apposition that is a
        role ("Ana Monte Azul, a chemist"; not "Monte Azul, a town whose mayor"), an age."""
        return (self.role_before(start) or self.country_after(end)
                or self.scorecard(start, end)
                or _ROLE_APPOSITION.match(self.text, self.tokens[end - 1].end) is not None
                or self.description_before(start, end) or self.person_context(start, end))

    def names_a_body(self, k: int) -> bool:
        """True for letters after a company's descriptor, "the" or a possessive, which
        name a body ("the broadcaster QTV", "the BJP", "Ruritania's ACB")."""
        prev, tok = self.tokens[k - 1], self.tokens[k]
        if self.text[tok.end:tok.end + 1] == "-":
            return False  # ("the EB-5 visa": a programme's name)
        if self.text[prev.end:tok.start] == " " and (
                prev.text in COMPANY_BEFORE or prev.text in ("the", "The") or (
                    prev.text == "s" and self.text[prev.start - 1:prev.start] in ("'", "\u2019"))):
            return True
        return letters_name_a_body(self.text, tok)  # ("KPLC said", "according to CENI")

    def reads_as_verb(self, k: int, j: int, in_headline: bool) -> bool:
        """An -ing or -ed word opening a name reads as a verb or a modifier in a headline
        (the first line, title case or not), opening a sentence, or before a given name
        ("Crooked Jane Roe"); elsewhere it is a name of its own ("journalist Maykeling
        Quell")."""
        tok = self.tokens[k]
        return (in_headline or starts_sentence(self.text, tok)
                or (k + 1 < j and self.tokens[k + 1].text in GIVEN_NAMES)
                or "\n" not in self.text[:tok.start])

    def headline_name_word(self, k: int) -> bool:
        """True for token k after a title in a title-case headline that reads as a name
        word: in a name table, an initial, written again in the text below, made like a
        surname ("Orlova-Brandt", "Demirkovic") or right before a verb of the headline
        ("Tarsoe Extradited"). "Queen Sails Home" names no one."""
        word = self.tokens[k].text
        if (word in GIVEN_NAMES or word in SURNAMES or word in WORLD_SURNAMES
                or word in EAST_ASIAN_FAMILY or is_initial(word) or self.cap_count(word) > 1
                or surname_ending(word)):
            return True
        if "-" in word and all(part[:1].isupper() for part in word.split("-")):
            return True
        if k + 1 < len(self.tokens):
            after = self.tokens[k + 1].text
            return after in HEADLINE_WORDS or self.verb_form(after)
        return False

    def result_pair(self, start: int, end: int) -> bool:
        """True when tokens start..end-1 are a team of a result written in a sentence
        ("Quell Rovers 2 Marbeck Celtic 0, ..."), before its score (a space and a digit
        follow them: number_after)."""
        text, at = self.text, self.tokens[end - 1].end
        d = at + 1
        while d < len(text) and d - at <= 3 and text[d].isdecimal():
            d += 1
        after = text[d:d + 2]
        if after[:1] == " " and after[1:].isupper():  # (the first team: its rival follows)
            return _PAIR_AFTER.match(text, at) is not None
        if d - at > 3 or (after and _SCORE_ENDS_PAIR.match(text, at) is None):
            return False
        # (the second team: "<first team> 2 " before it)
        b = self.tokens[start].start - 1
        if b < 3 or text[b] != " " or not text[b - 1].isdecimal():
            return False
        b -= 1
        while b > 0 and b > self.tokens[start].start - 4 and text[b - 1].isdecimal():
            b -= 1
        return b > 1 and text[b - 1] == " " and (text[b - 2].isalpha() or text[b - 2] in "'’.")

    def general_opens_body(self, i: int, k: int, m: int) -> int | None:
        """The token of "General" among the title words i..k-1 when it is the first word
        of the body whose head word is token m ("the General Election Commission", "the
        General Labour Union": a portfolio's word may follow it), or None: a name word
        after it ("General Jane Roe Foundation")."""
        tokens = self.tokens
        q = k - 1
        while q > i and tokens[q].text != "General":
            q -= 1
        if tokens[q].text != "General" or any(
                _is_name_word(tokens[p].text) for p in range(q + 1, m)):
            return None
        return q

    def noun_before_head(self, j: int) -> bool:
        """True when token j, a headline's noun ("Policy", "Plan"), stands in running text
        right before a body's head word, inside the body's name ("the Monetary Policy
        Committee", "the Quell Foreign Policy Institute"): the run goes on."""
        tokens = self.tokens
        return (j + 1 < len(tokens) and tokens[j].text in HEADLINE_NOUNS
                and tokens[j].start >= self.headline_end and tokens[j + 1].text in ORG_HEADS
                and not tokens[j + 1].caps_line and self.claims[j + 1] is None
                and joined(self.text, tokens[j], tokens[j + 1]))

    def firm(self, start: int, end: int) -> None:
        """Tokens start..end-1 and the capitalised words after their " & " name a firm."""
        tokens, text = self.tokens, self.text
        j = end
        if j < len(tokens) and tokens[j].cap and self.claims[j] is None and (
                text[tokens[j - 1].end:tokens[j].start] == " & "):
            j += 1
            while (j < len(tokens) and tokens[j].cap and self.claims[j] is None
                   and joined(text, tokens[j - 1], tokens[j])):
                j += 1
        span = (tokens[start].start, tokens[j - 1].end)
        for m in range(start, j):
            self.claims[m] = "organization"
        self.orgs.add(" ".join(text[span[0]:span[1]].split()), span)

    def officer_of(self, i: int, end: int, j: int) -> bool:
        """True when the body's run follows an office and "of the" and a name comes after
        its head word ("Speaker of the Federal Assembly Tarek Bouzid", "chairman of the
        Harbour Board Quell"): the office is the person's, so the name is not the body's."""
        tokens = self.tokens
        if i < 3 or j - end > 3 or tokens[i - 1].text != "the" or tokens[i - 2].text != "of":
            return False
        office = tokens[i - 3].text
        if office not in HONORIFICS and office.lower() not in ROLE_NOUNS:
            return False
        return all(can_be_in_name(t) and t.text not in PLACE_WORDS and t.text not in NEVER_NAME
                   for t in tokens[end:j])

    def head_ends_org(self, end: int) -> bool:
        """True when the words after an organisation's head word are not part of its name:
        a capitalised preposition, a verb or a person's name in a headline."""
        word = self.tokens[end].text
        return (word in NEVER_NAME or word in HEADLINE_WORDS or self.verb_form(word)
                or word in HONORIFICS or word in GIVEN_NAMES)
