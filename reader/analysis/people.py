"""People: full names with their role, and every later short form of them.

A run of capitalised words is a person's name when something says so: a title or rank
before it ("Maj. Gen.", "Mr.", "President"), a role word ("spokesperson", "striker"), a
known given name or an initial first ("Patrick Ryder", "J. Quell"), an East Asian family
name first ("Park Min-jun"), a frequent surname last ("Imran Wilson"), a reporting verb
after it ("Quellbach said"), or the notation of sports results ("Jane Roe (Canada)", "c Roe
b Doe"). Later, a lone surname or first name of a person already found is a mention of
that person ("Ryder", "Mr. Hale", "Jane"), also in ALL-CAPS headlines ("QUELLBACH").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from reader.analysis.data.countries import (
    AMBIGUOUS_CAPITALS,
    AMBIGUOUS_NAMES,
    GIVEN_NAME_COUNTRIES,
)
from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    HEADLINE_IRREGULAR,
    HEADLINE_NOUNS,
    HEADLINE_VERB_BASES,
    HEADLINE_VERBS,
    HONORIFICS,
    MEDIA_WORDS,
    NEVER_NAME,
    NOT_FIRST,
    OFFICE_WORDS,
    ORG_HEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLE_MODIFIERS,
    TITLES_BEFORE_GIVEN_NAME,
    US_STATES,
    inflect,
)
from reader.analysis.model import Entity
from reader.analysis.name_cues import (
    APPOSITION,
    BYLINE_BEFORE,
    BYLINE_BEFORE_ENDS,
    CAP_PARTICLES,
    CAPS_BYLINE,
    COMPANY_BEFORE,
    DATE_BEFORE,
    GROUP_ENDINGS,
    LOWER_BEFORE,
    MONARCHS,
    MONTH_NAMES,
    PARTICLES,
    PERSON_AFTER,
    PERSON_BEFORE,
    PLACE_PREPOSITIONS,
    QUOTED_TITLE,
    REGNAL,
    ROLE_BEFORE,
    ROLE_PREFIX,
    SCORECARD_AFTER,
    SCORECARD_BEFORE,
    SCORECARD_BEFORE_ENDS,
    SHARES,
    SPEECH_ADVERBS,
    SPEECH_BEFORE,
    SPEECH_VERBS,
    SUFFIXES,
    SURNAME_ENDING,
    can_be_in_name,
    ends_like,
    has_article,
    is_initial,
    joined,
    starts_sentence,
    title_lines,
)
from reader.analysis.names import (
    CITIES,
    CORE_GIVEN_NAMES,
    EAST_ASIAN_FAMILY,
    GIVEN_NAMES,
    SURNAMES,
    WORLD_SURNAMES,
)
from reader.analysis.organizations import OrganizationBook
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import LOWER_WORD, Token
from reader.regex_cache import alternation, compiled

# Words that end a name in a title-case headline: verbs in any tense and the nouns that
# follow a name there, less the forms that are themselves frequent names ("Rose", "Banks").
HEADLINE_WORDS: frozenset[str] = HEADLINE_VERBS | frozenset(
    w for w in inflect(HEADLINE_VERB_BASES) | HEADLINE_IRREGULAR | HEADLINE_NOUNS
    if w not in SURNAMES and w not in GIVEN_NAMES and w not in PLACE_WORDS
    and w not in ORG_HEADS and w not in MEDIA_WORDS)


# Lower-case words after "the X" that make X a person's surname: "the Quell administration".
SURNAME_CONTEXT_AFTER = frozenset({
    "administration", "campaign", "presidency", "era", "camp", "aides", "supporters",
    "voters", "allies", "loyalists", "doctrine", "years", "government", "cabinet",
    "family",
})

# A role right after a possessive that makes its owner a person: "Quell's spokesman".
POSSESSED_ROLE = compiled(
    r" (?:(?:former|top|longtime|chief|senior|new|own) ){0,2}(?:"
    + alternation({"spokesman", "spokeswoman", "spokesperson", "wife", "husband", "son",
                   "daughter", "lawyer", "attorney", "aide", "aides", "adviser", "advisers",
                   "advisor", "campaign", "running mate", "biographer", "chief of staff",
                   "press secretary", "brother", "sister", "father", "mother"})
    + r")\b")


# A team's score right after its bracketed country: ") 75", ") 92-90".
# Between two items of a list of names: a comma or "and", and line-wrapped lists break
# after the comma or inside an item ("Jon Roe,\nTed Doe", "Jon\nRoe"); a line-up parts
# its lines with semicolons ("Roe; Doe, Quell; ...").
_LIST_SEPARATOR = compiled(r", ?(?:and )?| and |, ?\n|\n|; ")
# A capitalised word and one of these right before a run: the run ends a longer name.
_NAME_CONNECTORS = frozenset({"of", "on", "for", "and", "de", "del"})
# A line of match results: "Quell Rovers 2 Elston Athletic 1", "Marbeck 88 Doe City 79
# (half-time 40-41)": its names are teams.
# Written for speed, it says what "^[^\d\n]+ \d{1,3} [^\d\n]+ \d{1,3}(?: \([^()\n]*\))?[ \t]*$"
# says: a run without digits can only end where the line's next digit is, so each run
# is taken whole (possessive) and must end in the space before that digit, instead of
# being given back a character at a time on every line. The line after a line break
# (and the first line apart): the search then tries only the line breaks.
_RESULT_LINE_BODY = (r"(?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3} (?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3}"
                     r"(?: \([^()\n]*\))?[ \t]*$")
_FIRST_RESULT_LINE = compiled(_RESULT_LINE_BODY, re.MULTILINE)
_NEXT_RESULT_LINE = compiled(r"\n(" + _RESULT_LINE_BODY + ")", re.MULTILINE)


def result_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line of match results in the text."""
    first = _FIRST_RESULT_LINE.match(text)
    spans = [first.span()] if first is not None else []
    spans.extend(m.span(1) for m in _NEXT_RESULT_LINE.finditer(text))
    return spans
# Words before a storm's given name: "Hurricane Julia", "Cyclone Amara".
# A description of a person ending in a comma right before a name: its lower-case words
# after "the", "a" or a possessive (group 1).
_DESCRIPTION_BEFORE = compiled(r"(?:\b(?:the|a|an|its|his|her|their)|['’]s) ((?:[a-z-]+ )*"
                                 r"[a-z-]+), $")

# The lower-case word right after a token (such words are not all kept as tokens).
_NEXT_WORD = compiled(r" ([a-z]+)\b")

# Words that open the name of a region: "East Marbeck", "Upper Quell".
_COMPASS = frozenset({
    "East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern",
    "Western", "Upper", "Lower", "Greater", "Inner", "Outer", "Northeast", "Northwest",
    "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West",
})

# Verbs in the past tense that a lone surname opening a sentence does ("Roe scored").
_PAST_VERBS = frozenset({
    "scored", "netted", "struck", "equalised", "equalized", "headed", "converted", "saved",
    "added", "took", "made", "hit", "claimed", "finished", "replied", "insisted", "denied",
    "resigned", "died", "joined", "served", "spent", "returned", "arrived", "testified",
})
_STORM_WORDS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"})
# A lower-case word for a region after a name: "Kwara state", "Quell province".
_SUBDIVISION_AFTER = compiled(
    r" (?:state|province|region|district|county|prefecture|governorate|municipality"
    r"|oblast|canton|department|island|valley|river)\b")
# A preposition of place right before a lone word: "the village of", "from", "near".
# Prepositions before a place, not "of" ("the daughter of Jane Roe"), not "to".
_PLACE_PREPOSITION = compiled(r"(?:^|\s)(?:from|in|at|near|outside) $")
_PLACE_BEFORE = compiled(r"(?:^|\s)(?:of|from|in|at|near|outside) $")
_SCORE_AFTER = compiled(r" \d{1,3}(?:-\d{1,3})?(?: [A-Z(]|$|\n)")


@dataclass(slots=True)
class _Person:
    name: str
    words: tuple[str, ...]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None
    first_at: int = 0


class _Finder:
    def __init__(self, text: str, tokens: list[Token], claims: list[str | None],
                 organizations: list[Entity], countries: list[Entity],
                 lower_words: set[str] | None = None) -> None:
        self.text = text
        self.tokens = tokens
        self.claims = claims
        self.countries = countries
        self.people: dict[str, _Person] = {}
        self.lower_words = (set(LOWER_WORD.findall(text)) if lower_words is None
                            else lower_words)
        self.singles: list[tuple[int, str | None]] = []  # (token index, sex the title tells)
        self._surname_sex: dict[str, str] | None = None  # made once the singles are known
        # Runs no cue decided: (start, end, whole), whole when nothing was cut off before.
        self.open_runs: list[tuple[int, int, bool]] = []
        self.title_lines = title_lines(text) if tokens else []
        self.companies = self.company_words()
        self.nick: set[int] = set()  # tokens of quoted nicknames inside names
        self.quoted_titles = self.title_spans()
        self.result_lines = result_lines(text)
        self._cap_counts: dict[str, int] | None = None
        self._lowered: dict[str, list[str]] = {}  # a person's name words in lower case
        # Organisations by name, and their mentions by the offset they end at.
        self.orgs = OrganizationBook(organizations)

    def company_words(self) -> set[str]:
        """Words that name a company in this text ("Quellco SA", "Roe & Doe Ltd", "company
        Quellco", "shares of Quellco"), read off the tokens."""
        text, tokens = self.text, self.tokens
        words: set[str] = set()
        n = len(tokens)
        for k, tok in enumerate(tokens):
            t = tok.text
            if t in COMPANY_SUFFIXES:
                if k > 0 and tokens[k - 1].cap and text[tokens[k - 1].end:tok.start] == " ":
                    words.add(tokens[k - 1].text)
                    if k > 1 and text[tokens[k - 2].end:tokens[k - 1].start] == " & ":
                        words.add(tokens[k - 2].text)
                continue
            if t in COMPANY_BEFORE:
                m = k + 1
            elif t in SHARES and k + 1 < n and tokens[k + 1].text in ("of", "in") and (
                    text[tok.end:tokens[k + 1].start] == " "):
                m = k + 2
            else:
                continue
            prev = tokens[m - 1]
            while m < n and tokens[m].cap and text[prev.end:tokens[m].start] == " ":
                words.add(tokens[m].text)
                prev = tokens[m]
                m += 1
        return words

    def title_spans(self) -> list[tuple[int, int]]:
        """Quoted phrases in title case: titles of works and slogans ("Dances of the Marbeck
        Moon", "Hold Fast"), whose words name no one."""
        out = []
        for m in QUOTED_TITLE.finditer(self.text):
            words = m.group(1).split()
            long_words = [w for w in words if len(w) > 3]
            if 1 < len(words) <= 8 and long_words and all(w[0].isupper() for w in long_words):
                out.append(m.span(1))
        return out

    def in_quoted_title(self, start: int, end: int) -> bool:
        s, e = self.tokens[start].start, self.tokens[end - 1].end
        return any(a <= s and e <= b for a, b in self.quoted_titles)

    def in_result_line(self, tok: Token) -> bool:
        return any(s <= tok.start < e for s, e in self.result_lines)

    def in_title_line(self, tok: Token) -> bool:
        return any(s <= tok.start < e for s, e in self.title_lines)

    # -- pass 2: runs of capitalised words --------------------------------------------
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

    def runs(self) -> None:
        tokens, claims, text = self.tokens, self.claims, self.text
        n = len(tokens)
        # In a title-case headline a verb in any tense ends a run ("Roe Netted Twice As
        # Club Won"): it is neither a name nor the start of an organisation's.
        headline_end = self.title_lines[0][1] if self.title_lines else 0
        i = 0
        while i < n:
            tok = tokens[i]
            if claims[i] is not None or not tok.cap or tok.caps_line:
                i += 1
                continue
            j = i + 1
            while j < n and claims[j] is None:
                if not joined(text, tokens[j - 1], tokens[j]):
                    nick = self.nickname(j)
                    if nick == j:
                        break
                    j = nick + 1  # the nickname and the surname after it
                    continue
                nxt = tokens[j]
                name_like = (nxt.cap and not nxt.caps_line and nxt.text not in HEADLINE_WORDS
                             and not (nxt.start < headline_end and self.verb_form(nxt.text)))
                particle = (nxt.text in PARTICLES and j + 1 < n
                            and (tokens[j + 1].cap or tokens[j + 1].text in PARTICLES)
                            and joined(text, nxt, tokens[j + 1]))
                if not (name_like or particle):
                    break
                j += 1
            self.classify(i, j)
            i = j

    def nickname(self, j: int) -> int:
        """Past a quoted nickname or a bracketed insertion inside a name: 'Hector "Ace"
        Quell', "Anna Maria (Mia) Quell", "Alan (A.J.) Quell" (the index of the token after
        it), or j itself when there is none."""
        tokens, text = self.tokens, self.text
        prev = tokens[j - 1]
        opening = text[prev.end:tokens[j].start]
        if not prev.cap or opening not in (' "', " “", " ("):
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
        # Titles: the name starts after the last title word that is not the run's last.
        k = i
        sex: str | None = None
        titled = False
        for m in range(i, j - 1):
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
        if j - i == 1 and tokens[i].text in HONORIFICS:
            return  # a title alone
        if (k == i and j - i > 2 and tokens[i].text.lower() in ROLE_NOUNS
                and tokens[i].text not in SURNAMES and tokens[i].text not in GIVEN_NAMES
                and starts_sentence(self.text, tokens[i])):
            k = i + 1  # "Seamer Kasun Roe took four": a role noun opens the sentence
            titled = True
        if tokens[k].text in PLACE_PREFIXES:
            return  # "Los Angeles", "Port Elston"
        if tokens[i].text in _STORM_WORDS and j - i > 1:
            for m in range(i, j):
                self.claims[m] = "other"  # "Hurricane Julia", "Typhoon Noru": a storm
            return
        for m in range(k, j):
            if tokens[m].text in ORG_HEADS:
                # The organisation ends with its head word(s); what follows is read anew
                # ("Critics Accuse Board Of Ignoring Roe": Roe is not the board's).
                end = m + 1
                while end < j and tokens[end].text in ORG_HEADS:
                    end += 1
                if end < j and not self.head_ends_org(end):
                    end = j
                self.orgs.add_run(self.text, self.tokens, self.claims, i if not titled else k,
                                  end)
                if end < j:
                    self.classify(end, j)
                return
            if m > k and tokens[m].text in MEDIA_WORDS and m - k >= 2:
                # "The Jane Roe Morning Show": the host's name comes first
                j = m
                while j - k > 2 and tokens[k].text not in GIVEN_NAMES:
                    k += 1
                j = min(j, k + 2)
                break
            if m > k and tokens[m].text in PLACE_WORDS:
                return  # "Elm Road", "Greater Marbeck Open"
        if tokens[k].text in _COMPASS and j - k > 1 and not titled:
            return  # "East Marbeck", "Upper Quell": a region
        # The run may hold several names or a name after other words ("Quellco CEO
        # Jane Roe"): take each stretch of name words in turn.
        in_headline = bool(self.title_lines) and self.in_title_line(tokens[i])
        pos = k
        while pos < j:
            start = pos
            while start < j and (not can_be_in_name(tokens[start])
                                 or has_article(tokens[start].text)
                                 or self.verb_form(tokens[start].text)
                                 or tokens[start].text in NOT_FIRST
                                 or tokens[start].text in HEADLINE_WORDS
                                 or self.plural_title(tokens[start].text)):
                start += 1
            end = start
            while end < j and (can_be_in_name(tokens[end]) or tokens[end].text in PARTICLES
                               or end in self.nick):
                if end > start and in_headline and self.verb_form(tokens[end].text):
                    break  # "President Roe Extradited From ...": a verb of the headline
                end += 1
            while end > start and tokens[end - 1].text in PARTICLES:
                end -= 1
            if end <= start:
                return
            self.classify_name(i, start, end, titled and start == k, sex, start == i)
            pos = end

    def classify_name(self, i: int, start: int, end: int, titled: bool,
                      sex: str | None, whole: bool = True) -> None:
        """Decide whether tokens start..end-1 of the run starting at i are a person's name
        (`whole` when they are the run itself, with nothing cut off before them)."""
        tokens = self.tokens
        # "Miss Universe Jane Roe", "Ruritanian-born Tom Doe": a given name
        # further in starts the name.
        # Not after a role word ("senator Syed Naveed Hasan Roe": the name starts there)
        # nor for a family name written first ("Hoang Thi Lan").
        if (not titled and end - start > 2 and tokens[start].text not in GIVEN_NAMES
                and tokens[start].text not in EAST_ASIAN_FAMILY
                and not self.unknown_name_word(start) and not self.role_before(start)):
            for m in range(start + 1, end - 1):
                if tokens[m].text in GIVEN_NAMES and tokens[m].text not in CAP_PARTICLES:
                    start = m
                    break
        # "Jane Roe Speaks Directly": in a title-case headline a name is a given
        # name and one more word; other names there are known only from the text below.
        headline = bool(self.title_lines) and self.in_title_line(tokens[start])
        if headline and not titled:
            # Its words are linked to the people of the text below, but for a given name
            # and a word that is a surname or comes again in the text.
            if end - start >= 2 and tokens[start].text in GIVEN_NAMES:
                second = tokens[start + 1].text
                if (second in SURNAMES or second in WORLD_SURNAMES or self.cap_count(second) > 1
                        or SURNAME_ENDING.search(second) is not None):
                    self.add_person(start, start + 2, GIVEN_NAMES[tokens[start].text], None)
            return
        size = end - start
        first, last = tokens[start].text, tokens[end - 1].text
        if first in PLACE_PREFIXES or (first in _COMPASS and size > 1 and not titled):
            return  # "St Elston", "San Marbeck", "East Marbeck" (a region)
        if not titled and self.result_lines and self.in_result_line(tokens[start]):
            return  # a team in a line of results
        if not titled and self.quoted_titles and self.in_quoted_title(start, end):
            for m in range(start, end):
                self.claims[m] = "other"  # a film, a book, a song or a slogan
            return
        if not titled and self.place_run(start, end):
            if end - start == 1:
                self.open_runs.append((start, end, whole))  # "the Lagos administration"
            return
        if self.text.startswith(" & ", tokens[end - 1].end):
            self.firm(start, end)  # "Quell & Sons", "Roe & Doe"
            return
        cue = (titled or self.role_before(start) or self.speech_after(end)
               or self.country_after(end) or self.scorecard(start, end)
               or self.context_before(start, end) or self.apposition_after(end)
               or self.description_before(start, end))
        if not titled and _SUBDIVISION_AFTER.match(self.text, tokens[end - 1].end):
            return  # "Kwara state", "Quell province": a region
        if size == 1:
            if first in PLACE_WORDS or first in NOT_FIRST or first in US_STATES:
                return
            if (not titled and first in GIVEN_NAMES and end < len(tokens)
                    and tokens[end].text in REGNAL and tokens[end].text not in ("V", "X")
                    and self.regnal_after(start)):
                # "Henry VIII", "Louis XIV": a monarch or a pope named without the title
                self.add_person(start, end + 1, GIVEN_NAMES[first], None)
                return
            if (not titled and not self.role_before(start)
                    and _PLACE_BEFORE.search(self.text, max(0, tokens[start].start - 8),
                                             tokens[start].start)):
                # "a farmer from Quellbury, said": the place closes a description
                self.open_runs.append((start, end, whole))
                return
            if titled or self.role_before(start):
                self.singles.append((start, sex))
            elif cue and self.plausible_single(start):
                self.singles.append((start, None))
            else:
                self.open_runs.append((start, end, True))
            return
        if size - sum(1 for t in tokens[start:end] if t.text in PARTICLES) > 4:
            return
        given = GIVEN_NAMES.get(first)
        if first in US_STATES and not titled:
            return  # "Ohio Hawks", "Texas Rangers"
        strong = (cue or given is not None or is_initial(first)
                  # "Kenya Wanjiru": the country finder left it as a given name
                  or first in GIVEN_NAME_COUNTRIES
                  or (first in EAST_ASIAN_FAMILY and size <= 3)
                  or any(has_article(t.text) for t in tokens[start + 1:end]))
        weak = (size <= 3 and first not in US_STATES and first.lower() not in self.lower_words
                and last.lower() not in self.lower_words
                and (last in SURNAMES or last in WORLD_SURNAMES
                     or SURNAME_ENDING.search(last) is not None)
                # "Deportivo del Marbeck": a club or a house; a name with a particle
                # needs a given name or a cue
                and not (size == 3 and tokens[start + 1].text in PARTICLES))
        if (last in self.companies and not (
                given is not None and (titled or self.role_before(start))
                and not self.after_company_word(start))) or (
                first in self.companies and not given
                and not (self.apposition_after(end) and first in EAST_ASIAN_FAMILY
                         and size == 2)):
            return  # "Roe Industries"; but "founder Jane Roe" of Roe Industries is a person
        if not (strong or weak):
            # looked at last: the other signs are cheaper and decide most runs
            strong = self.person_context(start, end)
        if not (strong or weak):
            if not headline:
                self.open_runs.append((start, end, whole))
            return
        if sex is None and given is not None:
            sex = given
        self.add_person(start, end, sex, self.role_text(i, start), self.with_suffix(end))

    def after_company_word(self, k: int) -> bool:
        """True for "maker Lu Power", "shares of Roe Motors": the words name a company."""
        if k == 0:
            return False
        prev = self.tokens[k - 1]
        return prev.text in COMPANY_BEFORE or (
            k > 1 and prev.text in ("of", "in") and self.tokens[k - 2].text in SHARES)

    @staticmethod
    def plural_title(word: str) -> bool:
        """"Presidents", "Ministers", "Generals": titles or roles of several people, which
        start no one's name."""
        if len(word) < 4 or not word.endswith("s") or word in SURNAMES or word in GIVEN_NAMES:
            return False
        single = word[:-1]
        return single in HONORIFICS or single.lower() in ROLE_NOUNS

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

    def head_ends_org(self, end: int) -> bool:
        """True when the words after an organisation's head word are not part of its name:
        a capitalised preposition, a verb or a person's name in a headline."""
        word = self.tokens[end].text
        return (word in NEVER_NAME or word in HEADLINE_WORDS or self.verb_form(word)
                or word in HONORIFICS or word in GIVEN_NAMES)

    @staticmethod
    def verb_form(word: str) -> bool:
        """A capitalised -ing or -ed word that is not a name: "Injecting", "Praised"."""
        return (len(word) >= 5 and word.endswith(("ing", "ed")) and word not in GIVEN_NAMES
                and word not in SURNAMES)

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
        return not t.isupper()

    def role_before(self, k: int) -> bool:
        """True when a role word ("spokesperson", "striker") comes right before token k."""
        if k == 0:
            return False
        prev = self.tokens[k - 1]
        if not joined(self.text, prev, self.tokens[k]):
            return False
        if prev.text in ROLE_BEFORE or (prev.text in OFFICE_WORDS and prev.cap):
            return True
        # "Seamer Kasun Roe took four wickets": a role noun starting the sentence
        return (prev.cap and prev.text.lower() in ROLE_NOUNS
                and starts_sentence(self.text, prev))

    def context_before(self, start: int, end: int) -> bool:
        """A byline, a reporting verb, or an organisation's or country's possessive before
        the name: "Editing by Jane Roe", "said Tom Quell", "CNN's Ann Doe"."""
        if start == 0:
            return False
        tokens, text = self.tokens, self.text
        tok = tokens[start]
        prev = tokens[start - 1]
        between = text[prev.end:tok.start]
        if between == " " and prev.text in SPEECH_BEFORE:
            # "said Quell, whose career": a lone word needs the clause to end after it
            return end - start > 1 or text[tok.end:tok.end + 1] in (",", ".", ";", "")
        if (ends_like(text, tok.start, BYLINE_BEFORE_ENDS)  # most names fail this at once
                and BYLINE_BEFORE.search(text, max(0, tok.start - 14), tok.start)):
            return True
        return (end - start > 1 and prev.text in ("s", "S") and start > 1 and between == " "
                and self.claims[start - 2] in ("organization", "country"))

    def person_context(self, start: int, end: int) -> bool:
        """What only a person is or does, said right after or before the name: an age
        ("Roe, 54,"), "who", kin or a death ("Roe's widow"), being arrested, elected or
        born, dying or resigning, "and his wife"; "arrested Roe", "elected Roe"."""
        if end - start < 2:
            return False  # a lone word: a team ("the Rovers, who") as often as a person
        text = self.text
        s = self.tokens[start].start
        before = text[max(0, s - 24):s].split()
        if len(before) >= 2 and before[-1] in _NAME_CONNECTORS and before[-2][:1].isupper():
            return False  # "the Institute on Tidal Affairs, who": the tail of a name
        e = self.tokens[end - 1].end
        if PERSON_AFTER.match(text, e, e + 40) is not None:
            return True
        return bool(before) and text[s - 1:s] == " " and before[-1] in PERSON_BEFORE

    def description_before(self, start: int, end: int) -> bool:
        """True for a name set off by commas after a description of a person: "the head of
        the port authority, Tal Quell, said", "Ruritania's head of state, Ana Roe."."""
        tokens, text = self.tokens, self.text
        s, e = tokens[start].start, tokens[end - 1].end
        if (end - start < 2 or not text.startswith(", ", s - 2)
                or text[e:e + 1] not in (",", ".")):
            return False
        m = _DESCRIPTION_BEFORE.search(text, max(0, s - 72), s)
        return m is not None and any(
            w in ROLE_NOUNS or w == "head" for w in m.group(1).split())

    def apposition_after(self, end: int) -> bool:
        """True for "Jean-Luc Quell, the foreign minister of Ruritania"."""
        e = self.tokens[end - 1].end
        if self.text[e:e + 2] not in (", ", ",\u00a0"):
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
        return nxt.text in SPEECH_VERBS

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
        return text.startswith(" ", e) and SCORECARD_AFTER.match(text[e:e + 24]) is not None

    def role_text(self, run_start: int, name_start: int) -> str | None:
        """The words before the name that say what the person is."""
        tokens, text = self.tokens, self.text
        k = name_start
        first = name_start
        while k > 0:
            prev = tokens[k - 1]
            between = text[prev.end:tokens[k].start]
            if "\n" in between or "," in between or len(between) > 2:
                break
            if not (prev.text in HONORIFICS or prev.text in ROLE_NOUNS
                    or prev.text in ROLE_PREFIX
                    or self.claims[k - 1] in ("country", "organization")
                    or (k - 1 >= run_start and prev.cap)):
                break
            k -= 1
            first = k
        while first < name_start and tokens[first].text in ("s", "the", "The"):
            first += 1
        if first >= name_start:
            return None
        return text[tokens[first].start:tokens[name_start - 1].end] or None

    def add_person(self, start: int, end: int, sex: str | None, role: str | None,
                   name_end: int | None = None, display: str | None = None) -> None:
        """A person named by tokens start..end-1 (their full name may run to name_end:
        "Thomas A. Roe Jr." is named with the suffix, mentioned without it; `display`, the
        name as running text writes it, for a name written in capitals)."""
        tokens = self.tokens
        last = tokens[(name_end or end) - 1]
        name = display or " ".join(self.text[tokens[start].start:last.end].split())
        words = (tuple(display.split()) if display
                 else tuple(t.text for t in tokens[start:end]))
        person = self.people.get(name)
        if person is None:
            person = _Person(name=name, words=words, first_at=tokens[start].start)
            self.people[name] = person
        person.mentions.append((tokens[start].start, tokens[end - 1].end))
        if role and not person.role:
            person.role = role
        if sex and not person.gender:
            person.gender = sex
        for m in range(start, name_end or end):
            self.claims[m] = "person"

    # -- pass 3: short forms --------------------------------------------------------
    def cap_count(self, word: str) -> int:
        """How often a capitalised word occurs in the text."""
        if self._cap_counts is None:
            counts: dict[str, int] = {}
            for tok in self.tokens:
                if tok.cap:
                    counts[tok.text] = counts.get(tok.text, 0) + 1
            self._cap_counts = counts
        return self._cap_counts.get(word, 0)

    def recurring_surnames(self) -> None:
        """An undecided pair whose last word also stands alone elsewhere in the text is a
        person: "Jane Quell ... Quell said" (a place or a team is rarely cut so)."""
        tokens, claims, text = self.tokens, self.claims, self.text
        alone: dict[str, int] = {}
        for k, tok in enumerate(tokens):
            if (claims[k] is None and tok.cap and not tok.caps_line
                    and (not starts_sentence(text, tok) or self.opens_as_name(k))
                    and (k == 0 or not (tokens[k - 1].cap or tokens[k - 1].text in PARTICLES)
                         or not joined(text, tokens[k - 1], tok))
                    and (k + 1 == len(tokens) or not tokens[k + 1].cap
                         or not joined(text, tok, tokens[k + 1]))):
                alone[tok.text] = alone.get(tok.text, 0) + 1
        surnames_known = {p.words[-1] for p in self.people.values()}
        remaining = []
        for start, end, whole in self.open_runs:
            first, last = tokens[start].text, tokens[end - 1].text
            if (whole and 1 < end - start <= 3
                    and (alone.get(last, 0) > 0 or self.run_next_to_person(start, end))
                    and claims[start] is None
                    and not last.endswith("s") and first not in surnames_known
                    and first not in US_STATES and first.lower() not in self.lower_words
                    and last.lower() not in self.lower_words and last not in self.companies
                    and not last.isupper() and not self.place_run(start, end)):
                self.add_person(start, end, GIVEN_NAMES.get(first), self.role_text(start, start))
            else:
                remaining.append((start, end, whole))
        self.open_runs = remaining

    def opens_as_name(self, k: int) -> bool:
        """A word opening a sentence that reads as a surname there: followed by a comma or
        a reporting verb ("Adesanya, born in ...", "Adesanya said") and in no table of
        other words, never written in lower case."""
        tok = self.tokens[k]
        t = tok.text
        if not (self.text.startswith(", ", tok.end) or self.speech_after(k + 1)):
            return False
        return (t.lower() not in self.lower_words and t not in NOT_FIRST and t not in NEVER_NAME
                and t not in HEADLINE_WORDS and t not in PLACE_WORDS and t not in ORG_HEADS
                and t not in CITIES and t not in HONORIFICS and len(t) > 2)

    def lone_names(self) -> None:
        """A capitalised word named once, alone, that the words around it make a person's
        surname: "the Quell administration", "Quell's spokesman", "Quell and Jane Roe"."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        open_singles = {start for start, end, _ in self.open_runs if end - start == 1}
        first_names = {p.words[0] for p in self.people.values() if len(p.words) > 1}
        for k in sorted(open_singles):
            tok = tokens[k]
            t = tok.text
            if t in first_names or (k + 1 < n and tokens[k + 1].cap
                                    and joined(text, tok, tokens[k + 1])):
                continue  # a known person's first name, or the start of a longer name
            if claims[k] is not None or tok.caps_line or t.isupper() or len(t) < 3:
                continue
            if starts_sentence(text, tok):
                if self.surname_opening_sentence(k):
                    self.singles.append((k, None))  # "Asamoah-Boateng scored twice"
                continue
            if (not self.plausible_single(k)
                    or t in PLACE_WORDS or t in ORG_HEADS or t in HONORIFICS
                    or t in self.companies):
                continue
            prev = tokens[k - 1] if k > 0 else None
            nxt = tokens[k + 1] if k + 1 < n else None
            after = text[tok.end:tok.end + 3]
            cue = False
            if (nxt is not None and nxt.text in SURNAME_CONTEXT_AFTER and prev is not None
                    and prev.text in ("the", "The") and joined(text, prev, tok)
                    and joined(text, tok, nxt)):
                cue = True  # "the Quell administration"
            elif after[:2] in ("'s", "’s") and POSSESSED_ROLE.match(text, tok.end + 2):
                cue = True  # "Quell's former spokesman"
            elif not (t in CITIES and t not in SURNAMES) and self.next_to_person(k):
                cue = True  # "Quell and Jane Roe", "Jane Roe or Quell"
            if cue:
                self.singles.append((k, None))

    def surname_opening_sentence(self, k: int) -> bool:
        """A lone word opening a sentence that is a surname in the name lists (or two of
        them joined by a hyphen), never a place or a word the text writes in lower case,
        followed by a verb in the past tense: "Boateng scored", "Asamoah-Boateng struck"."""
        text = self.text
        tok = self.tokens[k]
        t = tok.text
        verb = _NEXT_WORD.match(text, tok.end)
        if (verb is None or verb.group(1) not in _PAST_VERBS or len(t) < 4
                or t.lower() in self.lower_words or t in CITIES or not self.plausible_single(k)
                or t in PLACE_WORDS or t in ORG_HEADS or t in HONORIFICS or t in NOT_FIRST):
            return False
        parts = t.split("-")
        if len(parts) > 2 or not all(p[:1].isupper() for p in parts):
            return False
        return all(p in SURNAMES or p in WORLD_SURNAMES for p in parts) and not any(
            p in CITIES or p.lower() in self.lower_words for p in parts)

    def run_next_to_person(self, start: int, end: int) -> bool:
        """"Jane Roe and Oyelaran Adebayo met": an undecided pair joined to a person by
        "and" or "or" is one too."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        if (end + 1 < n and tokens[end].text in ("and", "or") and claims[end + 1] == "person"
                and joined(text, tokens[end - 1], tokens[end])
                and joined(text, tokens[end], tokens[end + 1])):
            return True
        return (start >= 2 and tokens[start - 1].text in ("and", "or")
                and claims[start - 2] == "person"
                and joined(text, tokens[start - 2], tokens[start - 1])
                and joined(text, tokens[start - 1], tokens[start]))

    def next_to_person(self, k: int) -> bool:
        """True when token k and a person are joined by "and" or "or"."""
        tokens, text, claims = self.tokens, self.text, self.claims
        for link, other in ((k + 1, k + 2), (k - 1, k - 2)):
            if not (0 <= other < len(tokens) and tokens[link].text in ("and", "or")):
                continue
            left, right = sorted((k, other))
            if (claims[other] == "person" and joined(text, tokens[left], tokens[link])
                    and joined(text, tokens[link], tokens[right])):
                return True
        return False

    def short_forms(self) -> None:
        self.recurring_surnames()
        self.lone_names()
        self.merge_variants()
        by_last: dict[str, list[_Person]] = {}
        by_first: dict[str, list[_Person]] = {}
        # The first of two surnames ("Castillo" of Pedro Castillo Terrones): taken for a
        # short form only where the word is cued as a person's on its own ("Castillo
        # said", "President Castillo"), as such a word may be a place or a creed too.
        by_inner: dict[str, list[_Person]] = {}
        for person in self.people.values():
            last = person.words[-1]
            by_last.setdefault(last, []).append(person)
            if has_article(last):
                by_last.setdefault(last[0].upper() + last[1:], []).append(person)  # "Al-Rashid"
            inner = list(person.words[1:-1])
            before_particle = False
            while inner and inner[-1] in PARTICLES:
                inner.pop()  # "Lula" of Luiz Inacio Lula da Silva
                before_particle = True
            if (inner and person.words[0] in GIVEN_NAMES and inner[-1][:1].isupper()
                    and (before_particle or inner[-1] not in CORE_GIVEN_NAMES)
                    and not is_initial(inner[-1])):
                by_inner.setdefault(inner[-1], []).append(person)
            if len(person.words) > 1 and person.words[0] in EAST_ASIAN_FAMILY:
                by_last.setdefault(person.words[0], []).append(person)  # "Park" of Park Min-jun
            first_word = person.words[0]
            if len(person.words) > 1 and (first_word in GIVEN_NAMES or (
                    # a first name in no list ("Tedros" of Dr. Tedros Adhanom), of a person
                    # a title or role marks, unless the text uses the word otherwise
                    person.role is not None
                    and first_word[:1].isupper() and first_word.lower() not in self.lower_words
                    and not is_initial(first_word) and first_word not in CITIES
                    and first_word not in HONORIFICS and first_word not in CAP_PARTICLES
                    and first_word not in EAST_ASIAN_FAMILY)):
                by_first.setdefault(first_word, []).append(person)
        # Undecided runs: a known person's last words ("Mar Quell" of Ana Lia Mar Quell), or
        # a new person sharing a known surname ("Ruth Quell" after "Tom Quell").
        for start, end, _ in self.open_runs:
            words = tuple(t.text.lower() for t in self.tokens[start:end])
            found = by_last.get(self.tokens[end - 1].text)
            if not found:
                continue
            fitting = [person for person in found if len(person.words) > len(words)
                       and tuple(w.lower() for w in person.words[-len(words):]) == words]
            if fitting:
                person = (self.namesake(fitting, start, None, latest=False)
                          if end - start == 1 else fitting[0])
                self.mention_span(person, *self.along_name(person, start, end), None)
            else:
                if len(words) > 1 and self.claims[start] is None:
                    self.add_person(start, end, GIVEN_NAMES.get(self.tokens[start].text), None)
        # Titled or reported single names: a known person's surname, or a new person.
        org_words = self.orgs.words()
        for k, sex in self.singles:
            if self.claims[k] is not None:
                continue
            tok = self.tokens[k]
            if tok.text in org_words and tok.text not in by_last:
                continue  # "Fisheries said" after "the Fisheries Department"
            found = self.namesakes_fitting(by_last.get(tok.text) or by_inner.get(tok.text)
                                           or self.called_by_first(tok.text), k, sex)
            if found:
                person = self.namesake(found, k, sex)
                self.mention_span(person, k, k + 1, sex)
                if tok.text == person.words[0] and person not in by_first.get(tok.text, []):
                    by_first.setdefault(tok.text, []).append(person)  # "Prayuth" again later
            else:
                end = k + 1
                if self.regnal_after(k):
                    end = k + 2  # "Queen Ann I": the number is part of the name
                name = " ".join(t.text for t in self.tokens[k:end])
                person = _Person(name=name, words=(tok.text,), first_at=tok.start)
                self.people[name] = person
                by_last.setdefault(tok.text, []).append(person)
                self.mention_span(person, k, end, sex)
        # Every other capitalised token that is a known surname or first name.
        stolen: set[tuple[int, int]] = set()
        for k, tok in enumerate(self.tokens):
            claim = self.claims[k]
            if not tok.cap:
                continue
            if claim == "country":
                # "Jordan" and "Washington" are people where a Jordan or Washington is.
                if tok.text not in AMBIGUOUS_NAMES and tok.text not in AMBIGUOUS_CAPITALS:
                    continue
                if tok.key not in by_last or self.country_context(k):
                    continue
                stolen.add((tok.start, tok.end))
            elif claim is not None:
                continue
            key = tok.key
            found = by_last.get(key)
            shouted = False
            if found is None and len(key) >= 5 and key.isupper() and not tok.caps_line:
                shouted = True  # "ROE-QUELL, speaking": a surname in capitals
                key = "-".join(p.capitalize() for p in key.split("-"))
                found = by_last.get(key)
            if found is None and key in by_inner and not self.place_preposition_before(k) and (
                    key in SURNAMES or key in WORLD_SURNAMES
                    or PERSON_AFTER.match(self.text, tok.end, tok.end + 40) is not None
                    or self.speech_after(k + 1)
                    or (key not in CITIES and key.lower() not in self.lower_words
                        and key not in org_words and key not in GIVEN_NAMES)):
                found = by_inner[key]  # "Castillo, 49, was": the first of two surnames
            if found is None:
                found = by_first.get(key)
                if found is None or len(found) > 1 or key in by_last:
                    continue
                nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if nxt is not None and nxt.key in by_last and joined(self.text, tok, nxt):
                    continue  # "DORIAN KESTREL": the surname takes the given name with it
            if (not tok.caps_line and tok.text.isupper() and len(tok.text) > 1
                    and not (shouted and key in by_last)):
                continue  # an acronym; but "ROE-QUELL, speaking": a surname in capitals
            if starts_sentence(self.text, tok) and key.lower() in self.lower_words:
                continue
            if key in self.companies or (key in MONTH_NAMES and self.reads_as_month(k)):
                continue
            person = self.namesake(found, k, None)
            first = k
            if k > 0 and self.claims[k - 1] is None:
                prev = self.tokens[k - 1]  # "JANE QUELL", "Jane Quell Speaks ..."
                if (prev.key in GIVEN_NAMES or prev.key == person.words[0]) and joined(
                        self.text, prev, tok) and prev.caps_line == tok.caps_line:
                    first = k - 1
            first, stop = self.along_name(person, first, k + 1)
            self.mention_span(person, first, stop, None)
        if stolen:
            for country in self.countries:
                country.mentions[:] = [m for m in country.mentions if m not in stolen]

    def along_name(self, person: _Person, start: int, end: int) -> tuple[int, int]:
        """The mention of `person` at tokens start..end-1 widened over the unclaimed
        neighbours that go on with the words of the name, particles included:
        "Fernández de Córdoba" of Lucía Fernández de Córdoba, read from one of its
        words (a surname that is also a city is not a run of its own)."""
        tokens, text, claims = self.tokens, self.text, self.claims
        size = end - start
        if len(person.words) <= size:
            return start, end
        words = self._lowered.get(person.name)
        if words is None:
            words = self._lowered[person.name] = [w.lower() for w in person.words]
        if not ((start > 0 and claims[start - 1] is None
                 and tokens[start - 1].key.lower() in words)
                or (end < len(tokens) and claims[end] is None
                    and tokens[end].key.lower() in words)):
            return start, end  # most mentions: no word of the name right next to them
        at = [p for p in range(len(words) - size + 1)
              if [t.key.lower() for t in tokens[start:end]] == words[p:p + size]]
        if not at:
            return start, end
        p = at[-1]
        while (p > 1 and start > 0 and claims[start - 1] is None
               and tokens[start - 1].key.lower() == words[p - 1]
               and joined(text, tokens[start - 1], tokens[start])):
            start -= 1  # not back to the first word: a given name is not a short form
            p -= 1
        q = p + (end - start)
        stop = end
        while (q < len(words) and stop < len(tokens) and claims[stop] is None
               and tokens[stop].key.lower() == words[q]
               and joined(text, tokens[stop - 1], tokens[stop])):
            stop += 1
            q += 1
        while stop > end and tokens[stop - 1].text in PARTICLES:
            stop -= 1  # never ending on "de"
        return start, stop

    def called_by_first(self, word: str) -> list[_Person] | None:
        """The one person whose name starts with `word`, for a titled or reported word that
        is no one's surname: "PM Prayuth" after Prayuth Chan-ocha (Thai, Indonesian and
        Burmese news name people by their first name)."""
        found = [p for p in self.people.values() if len(p.words) > 1 and p.words[0] == word]
        return found if len(found) == 1 else None

    def place_preposition_before(self, k: int) -> bool:
        """True for "in Lima", "near Marbeck": a place's preposition right before token k."""
        start = self.tokens[k].start
        return _PLACE_PREPOSITION.search(self.text, max(0, start - 8), start) is not None

    def reads_as_month(self, k: int) -> bool:
        """True for "in May", "since May", "May 5", "the May vote"."""
        tok = self.tokens[k]
        after = self.text[tok.end:tok.end + 2]
        if after[:1] == " " and after[1:2].isdigit():
            return True
        return LOWER_BEFORE.search(self.text, max(0, tok.start - 20), tok.start) is not None

    def country_context(self, k: int) -> bool:
        """True when token k reads as a country: "in Jordan", "Jordan and Turkey"."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        if k > 0:
            prev = tokens[k - 1]
            between = text[prev.end:tokens[k].start]
            if between == " " and prev.text in PLACE_PREPOSITIONS:
                return True
            if claims[k - 1] == "country" and between in (", ", " and ", " or "):
                return True
            if prev.text in ("and", "or") and k > 1 and claims[k - 2] == "country":
                return True
        if k + 1 < n:
            nxt = tokens[k + 1]
            between = text[tokens[k].end:nxt.start]
            if claims[k + 1] == "country" and between in (", ", " and ", " or "):
                return True
            if nxt.text in ("and", "or") and k + 2 < n and claims[k + 2] == "country":
                return True
        return False

    def merge_variants(self) -> None:
        """One person for "Tom Roe" and "Thomas A. Roe Jr." (same surname, same initial)
        and for "Ana Lia Mar Quell" and "Mar Quell" (the last words of a longer name)."""
        people = sorted(self.people.values(), key=lambda p: -len(p.words))
        by_last: dict[str, list[_Person]] = {}
        for person in people:
            by_last.setdefault(person.words[-1], []).append(person)
        for short in people:
            if len(short.words) < 2:
                continue
            tail = tuple(w.lower() for w in short.words)
            for full in by_last[short.words[-1]]:
                if full is short or full.name not in self.people:
                    continue
                if len(full.words) <= len(short.words) or full.words[-1] != short.words[-1]:
                    continue
                if (full.words[0][0] == short.words[0][0]
                        or tuple(w.lower() for w in full.words[-len(tail):]) == tail):
                    full.mentions.extend(short.mentions)
                    full.role = full.role or short.role
                    full.gender = full.gender or short.gender
                    full.first_at = min(full.first_at, short.first_at)
                    del self.people[short.name]
                    break

    def namesakes_fitting(self, found: list[_Person] | None, k: int,
                          sex: str | None) -> list[_Person]:
        """The people a titled surname at token k may stand for: those whose sex fits
        the title's, or for a title that tells none ("President Roe"), the sex the
        other titles of that surname tell most ("Mr. Roe"). None left: "Mr. Roe" and
        "Ana Roe" are two people."""
        if not found:
            return []
        titled = self.titled_as(found, k)
        if titled:
            return titled  # "Governor Roe" is the governor, whoever else is a Roe
        if sex is None:
            sex = self.surname_sex().get(self.tokens[k].text)
        if sex is not None:
            found = [p for p in found if self.person_sex(p) in (sex, None)]
        return found

    def surname_sex(self) -> dict[str, str]:
        """The sex the titles before each lone surname tell, by majority."""
        if self._surname_sex is None:
            votes: dict[str, dict[str, int]] = {}
            for k, sex in self.singles:
                if sex is not None:
                    count = votes.setdefault(self.tokens[k].text, {})
                    count[sex] = count.get(sex, 0) + 1
            self._surname_sex = {word: max(count, key=lambda s: count[s])
                                 for word, count in votes.items()
                                 if len(count) == 1 or len(set(count.values())) > 1}
        return self._surname_sex

    def namesake(self, found: list[_Person], k: int, sex: str | None,
                 latest: bool = True) -> _Person:
        """Which of several people sharing a name token k stands for: the ones that fit
        the sex its title tells ("Mrs. Roe"), the title before it ("Governor Roe" is the
        governor); of those, the one named last (`latest`) or else the one named first,
        the article's principal (for a bare surname). The first pronoun after the name
        was tried as a sign of sex too: it as often stands for someone else."""
        if len(found) < 2:
            return found[0]
        tok = self.tokens[k]
        fits = found
        if sex is not None:
            fits = [p for p in fits if self.person_sex(p) in (sex, None)] or fits
        fits = self.titled_as(fits, k) or fits
        return self.closest(fits, tok.start) if latest else fits[0]

    def titled_as(self, found: list[_Person], k: int) -> list[_Person]:
        """Those of `found` whose role holds the title right before token k."""
        tok = self.tokens[k]
        if k == 0 or not self.tokens[k - 1].cap or not joined(self.text, self.tokens[k - 1],
                                                             tok):
            return []
        title = self.tokens[k - 1].text.rstrip(".").lower()
        return [p for p in found if p.role and title in p.role.lower().replace(".", "")]

    @staticmethod
    def person_sex(person: _Person) -> str | None:
        if person.gender or len(person.words) < 2:
            return person.gender
        return GIVEN_NAMES.get(person.words[0]) or None

    def closest(self, found: list[_Person], at: int) -> _Person:
        """Of several people sharing a name, the one named last before `at` (the first
        one named when all come later)."""
        before = [p for p in found if p.first_at <= at]
        return max(before, key=lambda p: p.first_at) if before else found[0]

    def mention_span(self, person: _Person, start: int, end: int, sex: str | None) -> None:
        person.mentions.append((self.tokens[start].start, self.tokens[end - 1].end))
        for m in range(start, end):
            self.claims[m] = "person"
        if sex and not person.gender:
            person.gender = sex

    # -- pass 4: lists of names -------------------------------------------------------
    def name_lists(self) -> None:
        """A comma-separated list of which at least a third (and two) are people makes all
        its items people.

        ("Roe, Doe, Quell, Marsh, Yarrow" in a team line-up).
        """
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        items: list[tuple[int, int]] = []  # current list: token ranges
        k = 0
        while k < n:
            tok = tokens[k]
            if not tok.cap or tok.caps_line or (claims[k] not in (None, "person")):
                if items:  # (most tokens end no list: none is open)
                    self._close_list(items)
                    items = []
                k += 1
                continue
            j = k + 1
            # a person found already runs on over a particle ("Ana de Soto")
            while j < n and ((tokens[j].cap and claims[j] in (None, "person"))
                             or claims[j] == claims[j - 1] == "person") and joined(
                    text, tokens[j - 1], tokens[j]):
                j += 1
            if items:
                between = text[tokens[items[-1][1] - 1].end:tok.start]
                if _LIST_SEPARATOR.fullmatch(between) is None:
                    self._close_list(items)
                    items = []
            items.append((k, j))
            k = j
        self._close_list(items)

    def _close_list(self, items: list[tuple[int, int]]) -> None:
        if len(items) < 3:
            return
        claims = self.claims
        known = sum(1 for s, e in items if claims[s] == "person")
        if known < 2 or known * 3 < len(items) or known == len(items):
            return
        for s, e in items:
            if claims[s] is not None or e - s > 3:
                continue
            if not all(can_be_in_name(t) and t.text not in NOT_FIRST
                       for t in self.tokens[s:e]) or (e - s > 1 and self.place_run(s, e)):
                continue
            self.add_person(s, e, GIVEN_NAMES.get(self.tokens[s].text), None)

    def particles_before(self) -> None:
        """A short form that leaves out the particle opening the surname ("Santos Filho"
        read for "Dos Santos Filho" of João Pedro dos Santos Filho) takes it back."""
        text = self.text
        for person in self.people.values():
            words = person.words
            if not any(w in PARTICLES for w in words[1:-1]):
                continue
            mentions = []
            for s, e in person.mentions:
                tail = text[s:e].split()
                p = len(words) - len(tail)
                if p > 1 and words[p - 1] in PARTICLES and [
                        w.lower() for w in words[p:]] == [w.lower() for w in tail]:
                    w = words[p - 1]
                    before = text[max(0, s - len(w) - 1):s]
                    if before.lower() == w + " " and (s - len(w) - 1 == 0 or not text[
                            s - len(w) - 2].isalnum()) and self.claims_free(s - len(w) - 1):
                        s -= len(w) + 1
                mentions.append((s, e))
            person.mentions = mentions

    def claims_free(self, start: int) -> bool:
        """True when no country or organisation mention starts at offset `start`."""
        return all(s != start for c in self.countries for s, _ in c.mentions)

    def entities(self) -> list[Entity]:
        return [
            Entity(id=entity_id("person", p.name), kind="person", name=p.name,
                   mentions=sorted(set(p.mentions)), role=p.role, gender=p.gender)
            for p in self.people.values()
        ]


def find_people(text: str, tokens: list[Token], claims: list[str | None],
                organizations: list[Entity], countries: list[Entity],
                lower_words: set[str] | None = None) -> list[Entity]:
    """Every person named in the text; organisations found on the way join `organizations`.

    Country mentions that turn out to be a person's name ("Jordan" of Jane Jordan) are
    taken out of `countries`. `lower_words` are the words the text writes in lower case
    (as `tokenize` collects them); they are found here when not given.
    """
    finder = _Finder(text, tokens, claims, organizations, countries, lower_words)
    finder.caps_bylines()
    finder.runs()
    finder.short_forms()
    finder.name_lists()
    finder.particles_before()
    return finder.entities()
