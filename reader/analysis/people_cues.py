"""What the words in and around a run of capitalised words say of it.

A role word or title before it, a reporting verb after it, an apposition, a byline, an
age, a description set off by commas, the notation of sports results, a place's
preposition: the cues by which the people finder (people.py) tells a person's name from
a place's, a team's or a company's.
"""

from __future__ import annotations

from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    MEDIA_WORDS,
    NOT_FIRST,
    OFFICE_WORDS,
    ORG_HEADS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TEAM_PLURALS,
    US_STATES,
)
from reader.analysis.name_cues import (
    APPOSITION,
    ARTICLE_ENDS,
    BYLINE_BEFORE,
    BYLINE_BEFORE_ENDS,
    COMPANY_AFTER,
    COMPANY_AFTER_STARTS,
    COMPANY_BEFORE,
    CREATOR_BY,
    DATE_BEFORE,
    GROUP_ENDINGS,
    KIN_WORDS,
    LONE_AGE_AFTER,
    LOWER_BEFORE,
    MINUTES_AFTER,
    MONARCHS,
    NOT_AFTER_ARTICLE,
    PARTICLES,
    PERSON_AFTER,
    PERSON_BEFORE,
    PLACE_PREPOSITIONS,
    REGNAL,
    ROLE_BEFORE,
    ROLE_PREFIX,
    SCORECARD_AFTER,
    SCORECARD_AFTER_FIRST,
    SCORECARD_BEFORE,
    SCORECARD_BEFORE_ENDS,
    SCORER_LINE,
    SHARES,
    SPEECH_ADVERBS,
    SPEECH_BEFORE,
    SPEECH_VERBS,
    STAFF_AT,
    SUFFIXES,
    ends_like,
    is_initial,
    joined,
    starts_sentence,
)
from reader.analysis.names import (
    CITIES,
    CORE_GIVEN_NAMES,
    EAST_ASIAN_FAMILY,
    GIVEN_NAMES,
    SURNAMES,
    WORLD_SURNAMES,
)
from reader.analysis.people_state import HEADLINE_WORDS, FinderState
from reader.analysis.text_at import Affixes, ends_at, starts_at
from reader.analysis.tokens import Token
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# A capitalised word and one of these right before a run: the run ends a longer name.
_NAME_CONNECTORS: Final = frozenset({"of", "on", "for", "and", "de", "del"})


# What only a firm reports, after its name's possessive: "Marbeck Abbot's net profit
# rose", "Tehnoprod's first-half loss".
# The endings of demonyms ("Ethiopian", "Chinese", "Turkish", "Iraqi", "Dutch"), and what a
# competitor does after a name ("finished second", "won the 5,000 metres").
_DEMONYM_ENDINGS: Final = ("an", "ese", "ish", "i", "ch")
_RESULT_VERB_AFTER: Final = compiled(
    r" (?:won|wins|finished|finishes|took|takes|beat|beats|defeated|edged|clocked|placed"
    r"|scored|scores|claimed|claims|crossed|retained|completed|came (?:second|third|fourth"
    r"|fifth|last|home))\b")
_FIRM_RESULT_AFTER: Final = compiled(
    r"['’]s (?:(?:net|pre-tax|operating|first-half|half-year|quarterly|annual|full-year"
    r"|six-month|nine-month) )?(?:profits?|loss|losses|revenues?|turnover|dividend)\b")


# A description of a person ending in a comma right before a name: its words after
# "the", "a" or a possessive (group 1), the last in lower case ("his Uzbek counterpart,").
_DESCRIPTION_BEFORE: Final = compiled(r"(?:\b(?i:the|a|an|its|his|her|their)|['’]s|s['’]) "
                               r"((?:[A-Za-z-]+ )*(?:[a-z-]+|of (?:the )?"
                               r"(?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*)), $")


# What only a person is or undergoes, right after a lone word (PERSON_AFTER less what a
# country or a body has too: a government, being elected; plus "for his", "for her").
_LONE_PERSON_AFTER: Final = compiled(
    r"['’]s (?:wife|husband|widow|widower|son|sons|daughter|daughters|father|mother|"
    r"brother|sister|children|parents|funeral|birthday|arrest|resignation|assassination|"
    r"murder|acquittal|conviction|wedding|lawyer|lawyers)\b"
    r"| (?:was|has been|had been|is being|was being) (?:arrested|jailed|sentenced|born|"
    r"assassinated|executed|detained|freed|convicted|acquitted|indicted|kidnapped|"
    r"hospitali[sz]ed|buried|murdered|shot dead|stabbed|killed|injured|wounded)\b"
    r"| (?:died|resigned|testified|pleaded|apologi[sz]ed) "
    r"| and (?:his|her) (?:wife|husband|family|son|daughter|children)\b"
    r"| for (?:his|her) ")


# The lower-case word right after a word, and those that may follow a person as the
# object of a verb ("arrested Quell on Monday"; "arrested Marbeck fans" is no person).
_NEXT_LOWER: Final = compiled(r" ([a-z]+)\b")
# "police named the victim as", "identified the dead man as": a person's noun before "as",
# so the name after it is that person's (the noun is the match's group)
_NAMED_AS_BEFORE: Final = compiled(
    r"\b(?:named|identified|names|identifies) (?:the |a |an |one )?(?:[a-z-]+ ){0,2}"
    r"([a-z-]+) as $")
_NAMED_AS_ENDS: Final = (" as ",)
# What happens to a person or who a person leaves, before "of" and a name of two words or
# more: "the body of Ana Roe", "relatives of", "the trial of", "the widow of".
_PERSON_OF_BEFORE: Final = compiled(
    r"\b(?i:body|bodies|relatives|family|funeral|killing|murder|death|widow|widower|arrest|"
    r"trial|assassination|kidnapping|abduction|extradition|wife|husband|son|daughter|"
    r"mother|father|brother|sister|grandson|granddaughter|lawyer|lawyers) of $")
_PERSON_OF_ENDS: Final = (" of ",)
# A match of tennis (sets, no team plays them) between two names: "Ana Roe beat Tal Doe
# 6-3 7-6(5)"; the verb before the second name, the score after it.
_WIN_VERBS: Final = ("beat|beats|defeated|defeats|downed|ousted|edged|upset|overcame|stunned"
                     "|routed|outlasted|eliminated")
_SETS: Final = r"\d-\d(?:\(\d+\))?,? \d-\d"
_RESULT_VERB_BEFORE: Final = compiled(r"\b(?:" + _WIN_VERBS + ") $")
_SETS_AFTER: Final = compiled(" " + _SETS)
_SETS_AFTER_PERSON: Final = compiled(
    r" (?:" + _WIN_VERBS + r") [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
    r"(?: \([A-Z][\w .'’-]*\))? " + _SETS)
# Verbs of PERSON_BEFORE that a firm of one word undergoes as often ("accused Quellco of
# fraud"): a cue for a name of two words or more only.
_FIRMS_UNDERGO_TOO: Final = frozenset({"accused", "charged"})
# Nouns of a person that ROLE_NOUNS (words of a job or a part) does not hold.
_PERSON_NOUNS: Final = frozenset({"man", "woman", "boy", "girl", "child", "dead", "deceased",
                                  "person", "mother", "father", "son", "daughter"})
# The words of a result between two teams named by their countries ("Holland beat Wales",
# "Wales drew with Holland"): both are the countries' teams, not a player named so.
_RESULT_BETWEEN: Final = compiled(
    r" (?:beat|beats|defeated|defeats|edged|thrashed|routed|overcame|stunned|upset|drew with"
    r"|draw with|lost to|lose to|held|hold|play|plays|played|face|faces|faced|meet|meets|met"
    r"|v|vs\.?|versus) ")
_AFTER_OBJECT: Final = frozenset({
    "on", "in", "at", "for", "after", "over", "and", "with", "as", "last", "near", "outside",
    "from", "during", "without", "but", "while", "when", "because", "early", "late",
    "earlier", "later", "who", "before", "following", "amid", "today", "yesterday", "or",
    # (round 18) "sentenced Roe to five years", "elected Roe to the board", "accused Roe
    # of fraud", "charged Roe with theft"
    "to", "of",
})


# Prepositions before a place, not "of" ("the daughter of Jane Roe"), not "to".
_PLACE_PREPOSITION: Final = compiled(r"(?:^|\s)(?:from|in|at|near|outside) $")
# How every match ends (see ends_like).
_PLACE_PREPOSITION_ENDS: Final = ("from ", "in ", "at ", "near ", "outside ")


# A team's score right after its bracketed country: ") 75", ") 92-90".
_SCORE_AFTER: Final = compiled(r" \d{1,3}(?:-\d{1,3})?(?: [A-Z(]|$|\n)")



# What may stand between two words of a role, or a role and the name: space, a hyphen, a
# possessive's apostrophe, a bracket or quote mark closing the role ("(Harbour Board
# chairman) Ivo Marsh").
_ROLE_JOINS: Final = frozenset({" ", "  ", "", "-", "'", "’", "' ", "’ ", ") ", "” ", '" '})
# Words that open a run of capitalised words before a name without being its role.
_NOT_ROLE_WORDS: Final = frozenset({"s", "the", "a", "an", "by", "of", "in", "at", "for", "from",
                             "with", "and", "to", "on", "as"})

# The letters before a final -s that keep a lone word a possible surname ("Kallas",
# "Mitsotakis", "Papadopoulos", "Marcus", "Tsipras", "Hughes").
_VOWELS_AND_S: Final = frozenset("aeiouysAEIOUYS")


# Before a source named in two words, whoever they are ("according to Yindi Marrawuy";
# a body's name has its head word, which the runs read first).
_ACCORDING_TO: Final = ("according to ", "According to ")


# The tuples the rules ask for at an offset of every run (or more), as Affixes: the
# same answers as starts_at/ends_at with the tuple, most at one look-up (text_at.py
# says why).
_COMPANY_AFTER_AT: Final = Affixes(COMPANY_AFTER_STARTS)
_POSSESSIVE_AT: Final = Affixes(("'s ", "’s "))
_ARTICLE_AT: Final = Affixes(ARTICLE_ENDS)
_COMMA_OR_BRACKET_AT: Final = Affixes((", ", " ("))


# A verb or a clause's end after a name: "... hit the post", "... scored", "..., who"
# (a past tense, a present's -s, or a verb of the list; not a noun: "Ruritania's Trojan
# horse").
_VERB_OR_END_AFTER: Final = compiled(
    r"(?: (?:[a-z]+ed|[a-z]+[^s]s|hit|won|beat|put|set|led|made|took|gave|told|met|ran|lost"
    r"|got|came|went|saw|struck|shot|kept|left|sent|broke|threw|caught|fell|held|said|will"
    r"|would|could|can|may|might|must|has|had|is|was)\b|[,.;:])")


class RunCues(FinderState):
    """The cues in and around a run of capitalised tokens."""

    def company_context(self, start: int, end: int) -> bool:
        """True for words around a run that say it is a firm or a body, never a person:
        "analysts at Harlow Sachs", "Harlow Sachs shares"."""
        text = self.text
        s, e = self.tokens[start].start, self.tokens[end - 1].end
        if _COMPANY_AFTER_AT.starts(text, e) and COMPANY_AFTER.match(text, e) is not None:
            return True
        if (_POSSESSIVE_AT.starts(text, e) and _FIRM_RESULT_AFTER.match(text, e) is not None
                and self.tokens[start].text not in GIVEN_NAMES):
            return True  # "Marbeck Abbot's net profit rose" ("Jane Roe's profits": hers)
        return (starts_at(text, " at ", s - 4)
                and STAFF_AT.search(text, max(0, s - 28), s) is not None)

    def after_company_word(self, k: int) -> bool:
        """True for "maker Lu Power", "shares of Roe Motors": the words name a company."""
        if k == 0:
            return False
        prev = self.tokens[k - 1]
        return prev.text in COMPANY_BEFORE or (
            k > 1 and prev.text in ("of", "in") and self.tokens[k - 2].text in SHARES)

    def firm_name_run(self, start: int, end: int) -> bool:
        """True when tokens start..end-1 are a company's name as the text writes it: each
        a word the text gives a firm ("shares in Ana Roe Textiles"), or, here or
        elsewhere, a firm's legal form or "&" right after them ("Ana Roe Ltd", "Roe &
        Sons")."""
        tokens, text = self.tokens, self.text
        if all(t.text in self.companies for t in tokens[start:end]):
            return True
        # Written so anywhere ("Quell Controls Inc ... Quell Controls said"): looked for
        # only here, for the few runs of a given name that end in a firm's word.
        name = text[tokens[start].start:tokens[end - 1].end]
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name):at + len(name) + 12]
            if after.startswith(" & ") or (after[:1] in (" ", ",") and after.lstrip(", ")
                                           .split(" ", 1)[0].rstrip(".,;") in COMPANY_SUFFIXES):
                return True
            at = text.find(name, at + len(name))
        return False

    def unknown_name_word(self, k: int) -> bool:
        """True for a word in no table at all that the text never writes in lower case
        ("Raila" of Raila Odhiambo Otieno): a rare given name more likely than a word
        that describes the person."""
        t = self.tokens[k].text
        return (t.lower() not in self.lower_words and t not in CITIES and t not in SURNAMES
                and t not in WORLD_SURNAMES and t not in NOT_FIRST and t not in PLACE_WORDS
                and t not in ORG_HEADS and t not in MEDIA_WORDS and t not in HEADLINE_WORDS
                and t.lower() not in ROLE_NOUNS and not t.isupper()
                and not t.endswith(("ian", "ist", "ese", "ish", "ic", "an"))  # "Libertarian"
                and not starts_sentence(self.text, self.tokens[k]))

    def place_run(self, start: int, end: int) -> bool:
        """True for a city's name ("Port Elston", "Marbeck") or a club named after its
        city ("Rovers Marbeck"), unless the words are also a person's name: a frequent
        surname alone, a well-known given name first, an initial."""
        tokens = self.tokens
        first, last = tokens[start].key, tokens[end - 1].key
        if end - start == 1:
            return first in CITIES and first not in SURNAMES and first not in GIVEN_NAMES
        if " ".join(t.key for t in tokens[start:end]) in CITIES:
            # "Jose Panganiban", "Elizabeth City": a place after "in", "from", "near"
            return first not in CORE_GIVEN_NAMES or self.place_preposition_before(start)
        return (last in CITIES and last not in SURNAMES and first not in CORE_GIVEN_NAMES
                and first not in EAST_ASIAN_FAMILY and not is_initial(first)
                # "Tigist Bekele Ayana": a given name and two more words end in a surname
                # that is also a town's name more often than in a town
                and not (end - start >= 3 and first in GIVEN_NAMES)
                and not self.role_before(start))

    def regnal_after(self, k: int) -> bool:
        """True when a regnal number follows token k ("Pope Leo XIII", "Queen Ann I")."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or self.claims[k + 1] is not None:
            return False
        nxt = tokens[k + 1]
        if self.text[tokens[k].end:nxt.start] != " ":
            return False
        if nxt.text in REGNAL:
            return True
        return nxt.text == "I" and k > 0 and tokens[k - 1].text in MONARCHS

    def with_suffix(self, end: int) -> int:
        """Take in a generational suffix: "Roe Jr.", "Roe, Jr."."""
        tokens = self.tokens
        if end < len(tokens) and tokens[end].text in SUFFIXES and self.claims[end] is None:
            between = self.text[tokens[end - 1].end:tokens[end].start]
            if between in (" ", ", "):
                return end + 1
        return end

    def plausible_single(self, k: int) -> bool:
        tok = self.tokens[k]
        t = tok.text
        if t.lower() in self.lower_words or t in NOT_FIRST or t in US_STATES:
            return False
        if t in self.companies or (t.endswith(GROUP_ENDINGS) and len(t) > 5):
            return False
        if t.endswith("s") and self.plural_group(k):
            return False
        return not t.isupper()

    def plausible_scorer(self, k: int) -> bool:
        """plausible_single for a lone word before a scorer's minutes: a town's name only
        after a particle ("van Dongen 59": the town is Dongen), and a word ending in -s
        no plural ("Hamers 22": a group scores no goal), but a team's ("Rovers")."""
        tok = self.tokens[k]
        t = tok.text
        if tok.key in CITIES and not (k > 0 and self.tokens[k - 1].text in PARTICLES
                                      and self.text[self.tokens[k - 1].end:tok.start] == " "):
            return False
        if (t.lower() in self.lower_words or t in NOT_FIRST or t in US_STATES
                or t in TEAM_PLURALS):
            return False
        return t not in self.companies and not t.isupper()

    def plural_group(self, k: int) -> bool:
        """True for a lone capitalised plural that names a family or a group, not one
        person: after "the" ("the Okonkwos said", "the Haddads"), or a plural of no name
        table ("Tories said", "Rebels said", "Pilgrims told"). A surname ending in -s
        ("Jones", "Mitsotakis", "Kallas", "Marcus") is not one."""
        t = self.tokens[k].text
        if len(t) < 4 or t.endswith(("'s", "’s", "ss")):
            return False
        s = self.tokens[k].start
        if starts_at(self.text, ("the ", "The "), s - 4):
            return True  # a family or a team: "the Okonkwos", "the Rovers"
        if t in SURNAMES or t in WORLD_SURNAMES or t in GIVEN_NAMES:
            return False
        # Plurals of English nouns end in a consonant and -s, or in -ies; names of other
        # languages that end in -s mostly end in a vowel and -s ("-os", "-is", "-as"),
        # but for a movement's followers ("Zapatistas") and the plural of a word the text
        # writes alone ("the Kikuyu ... Kikuyus said").
        return (t.endswith(("ies", "istas", "istes")) or t[-2] not in _VOWELS_AND_S
                or self.cap_count(t[:-1]) > 0)

    def role_before(self, k: int) -> bool:
        """True when a role word ("spokesperson", "striker") comes right before token k."""
        if k == 0:
            return False
        prev = self.tokens[k - 1]
        # (the words first, the space between after: most words before a name are none)
        return (prev.text in ROLE_BEFORE or (prev.text in OFFICE_WORDS and prev.cap)
                # "Seamer Kasun Roe took four wickets": a role noun starting the sentence
                or (prev.cap and prev.text.lower() in ROLE_NOUNS
                    and starts_sentence(self.text, prev))) and joined(
                        self.text, prev, self.tokens[k])

    def context_before(self, start: int, end: int) -> bool:
        """A byline, a reporting verb, or an organisation's or country's possessive before
        the name: "Editing by Jane Roe", "said Tom Quell", "CNN's Ann Doe"; or a demonym
        before a name of two or three words that wins or finishes ("Ethiopian Tadese
        Quell finished second": a runner; "Ethiopian Airlines" is one word)."""
        if start == 0:
            return False
        tokens, text = self.tokens, self.text
        tok = tokens[start]
        prev = tokens[start - 1]
        between = text[prev.end:tok.start]
        if between == " " and prev.text in SPEECH_BEFORE:
            # "said Quell, whose career": a lone word needs the clause to end after it
            return end - start > 1 or text[tok.end:tok.end + 1] in (",", ".", ";", "")
        if end - start == 2 and ends_at(text, _ACCORDING_TO, tok.start):
            # "according to Yindi Marrawuy": a source of two words, neither a plural nor a
            # word the text writes in lower case ("according to Marbeck Analytics")
            return not any(t.text.endswith("s") or t.text.lower() in self.lower_words
                           for t in tokens[start:end])
        if (ends_like(text, tok.start, BYLINE_BEFORE_ENDS)  # most names fail this at once
                and (BYLINE_BEFORE.search(text, max(0, tok.start - 14), tok.start)
                     or CREATOR_BY.search(text, max(0, tok.start - 20), tok.start))):
            return True
        if (end - start > 1 and prev.text in ("s", "S") and start > 1 and between == " "
                and self.claims[start - 2] in ("organization", "country")):
            return True
        return (1 < end - start <= 3 and between == " " and self.claims[start - 1] == "country"
                and prev.text.endswith(_DEMONYM_ENDINGS) and not prev.caps_line
                and _RESULT_VERB_AFTER.match(text, tokens[end - 1].end) is not None
                and not any(t.text in PLACE_WORDS or t.text in ORG_HEADS
                            or t.text.lower() in self.lower_words for t in tokens[start:end]))

    def person_context(self, start: int, end: int) -> bool:
        """What only a person is or does, said right after or before the name: an age
        ("Roe, 54,"), "who", kin or a death ("Roe's widow"), being arrested, elected or
        born, dying or resigning, "and his wife"; "arrested Roe", "elected Roe"."""
        if end - start < 2:
            return False  # a lone word: a team ("the Rovers, who") as often as a person
        text = self.text
        s = self.tokens[start].start
        before = text[max(0, s - 24):s].split()
        if ends_at(text, _PERSON_OF_ENDS, s) and _PERSON_OF_BEFORE.search(
                text, max(0, s - 20), s) is not None:
            return True  # (also opening a sentence: "Relatives of Ana Roe gathered")
        if len(before) >= 2 and before[-1] in _NAME_CONNECTORS and before[-2][:1].isupper():
            return False  # "the Institute on Tidal Affairs, who": the tail of a name
        e = self.tokens[end - 1].end
        if PERSON_AFTER.match(text, e, e + 40) is not None:
            return True
        if text[e:e + 1] == " " and ((_SETS_AFTER.match(text, e) is not None
                                      and _RESULT_VERB_BEFORE.search(text, max(0, s - 14), s)
                                      is not None)
                                     or _SETS_AFTER_PERSON.match(text, e) is not None):
            return True
        if not (before and text[s - 1:s] == " " and before[-1] in PERSON_BEFORE):
            if before and before[-1] == "as" and ends_at(text, _NAMED_AS_ENDS, s):
                named = _NAMED_AS_BEFORE.search(text, max(0, s - 60), s)
                return named is not None and (named.group(1) in ROLE_NOUNS
                                              or named.group(1) in _PERSON_NOUNS)
            return False
        # "police arrested Tom Quell on Monday", not "they met Elston Marbeck officials"
        nxt = _NEXT_LOWER.match(text, e)
        return nxt is None or nxt.group(1) in _AFTER_OBJECT

    def lone_person_context(self, k: int) -> bool:
        """What only a person is or undergoes, around a lone word no table knows (a
        surname of any culture): an age ("Kabore, 45,"), kin or a trial after its
        possessive ("Quell's widow"), being arrested, jailed or born, dying or resigning,
        "for his"; "police arrested Quell". Not after an article or a possessive ("the
        Rovers, 45,"), not a city, a place's or a body's word."""
        tok = self.tokens[k]
        t, s = tok.text, tok.start
        if (t in CITIES or t in PLACE_WORDS or t in ORG_HEADS or t in HONORIFICS
                or t in NOT_FIRST or (_ARTICLE_AT.ends(self.text, s) and (
                    NOT_AFTER_ARTICLE.search(self.text, max(0, s - 8), s)))):
            return False
        # (a known person's surname is theirs: the short forms say whose; asked last, as
        # it walks over the people found so far, and most words have no cue at all)
        return self.lone_person_cue(tok) and not any(
            p.words[-1] == t for p in self.people.values())

    def country_possessor_person(self, k: int) -> bool:
        """A lone word of the name lists after a country's possessive, before a verb or a
        clause's end: "Ruritania's Quellmann hit the post", "Ruritania's Ana said" (a
        country's people are named so; its firms and bodies by words no name list holds,
        or by a body's word: "Ruritania's Quellneft", "Ruritania's Senate")."""
        tokens = self.tokens
        if k < 2 or tokens[k - 1].text != "s" or self.claims[k - 2] != "country":
            return False
        tok = tokens[k]
        t, text = tok.text, self.text
        if text[tokens[k - 1].start - 1:tokens[k - 1].start] not in ("'", "’") or (
                text[tokens[k - 1].end:tok.start] != " "):
            return False
        if not (t in GIVEN_NAMES or t in SURNAMES or t in WORLD_SURNAMES) or t.isupper() or (
                t in CITIES or t in ORG_HEADS or t in PLACE_WORDS or t in NOT_FIRST
                or t in HONORIFICS or t in self.companies or t.lower() in self.lower_words):
            return False
        return _VERB_OR_END_AFTER.match(text, tok.end) is not None

    def lone_person_cue(self, tok: Token) -> bool:
        """The words around a lone word that say what only a person is or undergoes (see
        lone_person_context)."""
        s, e = tok.start, tok.end
        text = self.text
        if _COMMA_OR_BRACKET_AT.starts(text, e) and text[e + 2:e + 3].isdecimal():
            age = LONE_AGE_AFTER.match(text, e)  # ", 45, had", not ", 6,000 soldiers"
            return age is not None and not text[age.end():age.end() + 1].isdecimal()
        if _LONE_PERSON_AFTER.match(text, e, e + 40) is not None:
            return True
        if text[s - 1:s] != " ":
            return False
        before = text.rfind(" ", max(0, s - 16), s - 1)
        verb = text[before + 1:s - 1]
        if verb not in PERSON_BEFORE or verb in _FIRMS_UNDERGO_TOO:
            return False
        # "police arrested Quell on Monday", not "police arrested Marbeck fans"
        nxt = _NEXT_LOWER.match(text, e)
        return nxt is None or nxt.group(1) in _AFTER_OBJECT

    def description_before(self, start: int, end: int) -> bool:
        """True for a name set off by commas after a description of a person: "the head of
        the port authority, Tal Quell, said", "Ruritania's head of state, Ana Roe."."""
        tokens, text = self.tokens, self.text
        s, e = tokens[start].start, tokens[end - 1].end
        if not starts_at(text, ", ", s - 2) or text[e:e + 1] not in (",", "."):
            return False
        m = _DESCRIPTION_BEFORE.search(text, max(0, s - 72), s)
        if m is None:
            return False
        words = m.group(1).split()
        if end - start < 2:
            # a lone word after kin or a role ending the description: "His wife, Farida,"
            return words[-1] in ROLE_NOUNS or words[-1] in KIN_WORDS
        return any(w in ROLE_NOUNS or w == "head" for w in words)

    def who_after(self, start: int, end: int) -> bool:
        """True for a lone word followed by ", who" that no article or possessive opens,
        or a given name followed by an age: "welcomed by Tarkovsen, who called it overdue",
        "Ellie, 8, wants" ("the Rovers, who" is a team)."""
        e = self.tokens[end - 1].end
        # (an age's first digit is two characters on: ", 8," and " (8)")
        if end - start != 1 or not (starts_at(self.text, ", who ", e) or (
                self.text[e + 2:e + 3].isdecimal()
                and LONE_AGE_AFTER.match(self.text, e) is not None)):
            return False  # (", 8, wants": an age says so too, for a given name)
        if self.text[e:e + 3] != ", w" and self.tokens[start].text not in GIVEN_NAMES:
            return False
        if self.tokens[start].text.endswith("shire"):
            return False  # "Marbeckshire, who batted first": a county's team
        s = self.tokens[start].start
        if not _ARTICLE_AT.ends(self.text, s):
            return True  # (NOT_AFTER_ARTICLE finds nothing there)
        before = self.text[max(0, s - 8):s]
        return NOT_AFTER_ARTICLE.search(before) is None

    def apposition_after(self, end: int) -> bool:
        """True for "Jean-Luc Quell, the foreign minister of Ruritania"."""
        e = self.tokens[end - 1].end
        after = self.text[e:e + 2]
        if after == ",\n":  # a hard wrap after the comma ("Roe,⏎her driver, was")
            return APPOSITION.match(", " + self.text[e + 2:e + 60].replace("\n", " ")) is not None
        if after not in (", ", ",\u00a0"):
            return False
        return APPOSITION.match(self.text, e, e + 60) is not None

    def speech_after(self, end: int) -> bool:
        if end >= len(self.tokens):
            return False
        nxt = self.tokens[end]
        between = self.text[self.tokens[end - 1].end:nxt.start]
        if between not in (" ", ", "):
            return False
        if nxt.text in SPEECH_ADVERBS and end + 1 < len(self.tokens):
            # "Roe later said", "Roe also told": an adverb between the name and the verb
            verb = self.tokens[end + 1]
            return (self.text[nxt.end:verb.start] == " " and verb.text in SPEECH_VERBS
                    and between == " ")
        return nxt.text in SPEECH_VERBS and not (between == ", " and self.ends_relative(end))

    def ends_relative(self, end: int) -> bool:
        """True when the run ending at token end - 1 closes a relative clause set off by
        commas ("Ama Roe, who farms near Sefwi Bekwai, said"): the verb after the comma
        is the clause's subject's, not the run's."""
        text = self.text
        s = self.tokens[self.run_start(end)].start
        lo = max(0, s - 120)
        who = max(text.rfind(", who ", lo, s), text.rfind(", which ", lo, s))
        if who < 0:
            return False
        clause = text[who + 2:s]
        return not any(mark in clause for mark in (",", ".", "\"", "“", "”", ";", ":"))

    def country_after(self, end: int) -> bool:
        """True for "Jane Roe (Canada)": a name followed by its country in brackets."""
        if end >= len(self.tokens):
            return False
        tokens, text = self.tokens, self.text
        between = text[tokens[end - 1].end:tokens[end].start]
        if between.strip() != "(" or self.claims[end] != "country":
            return False
        # "Rovers (Canada) 75 Elston (Ireland) 70": a team's score follows, a player's
        # result table has the player's given name
        close = text.find(")", tokens[end].end, tokens[end].end + 40)
        first = self.tokens[self.run_start(end)].text
        return (first.split("-")[0] in GIVEN_NAMES or close < 0
                or _SCORE_AFTER.match(text, close + 1) is None)

    def country_of_after(self, start: int, end: int) -> bool:
        """True for a name of two or three words followed by "of" and a country: "Tadese
        Quell of Ethiopia finished second" (not "the Commercial Bank of Ruritania", "the
        Gulf of Mexico": a body's, a place's or an office's word, or "the" before)."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        if not 1 < end - start <= 3 or end + 1 >= n or tokens[end].text != "of":
            return False
        c = end + 1
        if (claims[c] != "country" or text[tokens[end - 1].end:tokens[end].start] != " "
                or text[tokens[end].end:tokens[c].start] != " "):
            return False
        while c + 1 < n and claims[c + 1] == "country" and joined(text, tokens[c], tokens[c + 1]):
            c += 1
        if c + 1 < n and tokens[c + 1].cap and joined(text, tokens[c], tokens[c + 1]):
            return False  # "... of Ruritania Airways"
        if ends_at(text, ("the ", "The "), tokens[start].start):
            return False
        return not any(t.text in PLACE_WORDS or t.text in ORG_HEADS or t.text in HONORIFICS
                       or t.text in NOT_FIRST or t.text.lower() in ROLE_NOUNS
                       or t.text.lower() in self.lower_words for t in tokens[start:end])

    def run_start(self, end: int) -> int:
        """The first token of the run of joined capitalised words that ends at end - 1."""
        k = end - 1
        while k > 0 and self.tokens[k - 1].cap and joined(self.text, self.tokens[k - 1],
                                                          self.tokens[k]):
            k -= 1
        return k

    def scorecard(self, start: int, end: int) -> bool:
        """True for the names of a cricket scorecard or a list of scorers."""
        text = self.text
        s, e = self.tokens[start].start, self.tokens[end - 1].end
        # The searches only where they can match: most names fail these first tests.
        if (ends_like(text, s, SCORECARD_BEFORE_ENDS)
                and SCORECARD_BEFORE.search(text, max(0, s - 8), s) is not None
                and DATE_BEFORE.search(text, max(0, s - 16), s) is None):
            return True
        if not starts_at(text, " ", e):
            return False
        after = text[e + 1:e + 2]
        if ((after in SCORECARD_AFTER_FIRST or after.isdecimal())
                and SCORECARD_AFTER.match(text[e:e + 24]) is not None):
            return True
        # "Goals: Roe 23, Doe 67 pen": a list of scorers with their minutes
        if not after.isdecimal() or MINUTES_AFTER.match(text, e) is None:
            return False
        if end - start == 1 and not self.plausible_scorer(start):
            return False  # "Durham 114.": a team's total
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        return SCORER_LINE.search(text, max(0, line_start - 1),
                                  len(text) if line_end < 0 else line_end) is not None

    def role_text(self, run_start: int, name_start: int) -> str | None:
        """The words before the name that say what the person is."""
        tokens, text = self.tokens, self.text
        # (after an office's portfolio the role runs back from the office's word)
        k = self.portfolio_offices.get(name_start, name_start) if self.portfolio_offices else (
            name_start)
        first = k
        while k > 0:
            prev = tokens[k - 1]
            # Only what _ROLE_JOINS holds stands between a role's words; any other mark
            # ends the role ("Exports fell to Japan. Analyst Kim Ha-eun": "Analyst"; an
            # abbreviation keeps its dot inside its token, "Maj. Gen.").
            if text[prev.end:tokens[k].start].replace("\xa0", " ") not in _ROLE_JOINS:
                break
            if not (prev.text in HONORIFICS or prev.text in ROLE_NOUNS
                    or prev.text in ROLE_PREFIX
                    or self.claims[k - 1] in ("country", "organization")
                    or (k - 1 >= run_start and prev.cap)):
                break
            k -= 1
            first = k
        # A byline's "By", or a capitalised article or preposition opening the run, is
        # no part of the role.
        while first < name_start and tokens[first].text.casefold() in _NOT_ROLE_WORDS:
            first += 1
        last = name_start - 1
        # A possessive right before the name names the owner ("Norway's Eirik Haldorsen",
        # "CNN's Ana Ruiz"): shown without the "'s" ("Norway's Prime Minister
        # Jonas Berg" keeps it).
        if last - first >= 1 and tokens[last].text == "s" and (
                text[tokens[last - 1].end:tokens[last].start] in ("'", "’")):
            last -= 1
        if first > last:
            return None
        return text[tokens[first].start:tokens[last].end] or None

    def place_preposition_before(self, k: int) -> bool:
        """True for "in Lima", "near Marbeck": a place's preposition right before token k."""
        start = self.tokens[k].start
        return ends_like(self.text, start, _PLACE_PREPOSITION_ENDS) and (
            _PLACE_PREPOSITION.search(self.text, max(0, start - 8), start) is not None)

    def reads_as_month(self, k: int) -> bool:
        """True for "in May", "since May", "May 5", "the May vote"."""
        tok = self.tokens[k]
        after = self.text[tok.end:tok.end + 2]
        if after[:1] == " " and after[1:2].isdigit():
            return True
        return LOWER_BEFORE.search(self.text, max(0, tok.start - 20), tok.start) is not None

    def country_context(self, k: int) -> bool:
        """True when token k reads as a country: "in Jordan", "Jordan and Turkey",
        "Holland beat Wales" (a result between two countries' teams)."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        if k > 0:
            prev = tokens[k - 1]
            between = text[prev.end:tokens[k].start]
            if between == " " and prev.text in PLACE_PREPOSITIONS:
                return True
            if claims[k - 1] == "country" and (between in (", ", " and ", " or ")
                                               or _RESULT_BETWEEN.fullmatch(between)):
                return True
            if prev.text in ("and", "or") and k > 1 and claims[k - 2] == "country":
                return True
        if k + 1 < n:
            nxt = tokens[k + 1]
            between = text[tokens[k].end:nxt.start]
            if claims[k + 1] == "country" and (between in (", ", " and ", " or ")
                                               or _RESULT_BETWEEN.fullmatch(between)):
                return True
            if nxt.text in ("and", "or") and k + 2 < n and claims[k + 2] == "country":
                return True
        return False
