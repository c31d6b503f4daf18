"""Quote set spk16: invented political news written in the sixteenth round (3 December
2026) to probe, in many shapes, the classes of issue 10 that held-out news scores under
the development set on: sources through an apposition, a colon, a possessive, a fronted
participle or a verb other than "say"; organisations by initials; pronouns by recency
and role (a lead quote whose speaker is named after it, "I" of a letter signed below,
"it" of a country); questions put to someone; anonymous, document and printed sources.
The probes were written before the rules of that round; the pages below gather them, so
the set is fitted now (use it to see that nothing falls, not as a held-out figure).

Built by tools/invented_quotes_attr12.py's `_item` (same fields as
tools/invented_quotes_e.py).

    python tools/score_invented_quotes.py -v spk16
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from invented_quotes_attr12 import _item

ITEMS = [
    _item(  # 0 a lead quote before its speaker, a job that opens a sentence
        "“Nobody ever asked us what we wanted,” she said.\n\n"
        "Orla Penhallow, 61, has farmed the valley for forty years. Her neighbour, Jorge"
        " Castell, a teacher, sees the dam differently.\n\n"
        "“You cannot stop a city from drinking,” Castell said.\n\n"
        "Penhallow shot back at a meeting on Monday: “Then let it drink its own rivers.”\n\n"
        "The teacher laughed it off. “I live on Fifth Street,” he said. “Come visit.”",
        [("she", "Orla Penhallow", "pronoun forward"),
         ("Castell", "Jorge Castell", "name partial"),
         ("Penhallow", "Orla Penhallow", "colon verb"),
         ("he", "Jorge Castell", "pronoun description"),
         ("he", "Jorge Castell", "pronoun continuation")]),
    _item(  # 1 letters to the editor signed below each letter
        "Letters\n\n"
        "When the plant closed, I lost my job. “Who will retrain us?” I asked at the town"
        " meeting. Nobody answered.\n\n"
        "Perrin Alcott, Halden\n\n"
        "The council never listens. “Read the letters,” I told a clerk last week.\n\n"
        "Susan Odegard.",
        [("I", "Perrin Alcott", "pronoun narrator"),
         ("I", "Susan Odegard", "pronoun narrator")]),
    _item(  # 2 an opinion piece: the writer in the closing line
        "My son enlisted in June. “Come home safe,” I told him at the station.\n\n"
        "My father, Lyle Brannock, worked the mine for thirty years. “Never trust a man who"
        " has never been underground,” he used to say.\n\n"
        "Dana Brannock is a teacher in Halden.",
        [("I", "Dana Brannock", "pronoun narrator"),
         ("he", "Lyle Brannock", "pronoun habit")]),
    _item(  # 3 bodies by initials, a newspaper with its country, a union in apposition
        "The Vellmoor Aviation Authority grounded the jets on Friday. “Safety comes first,”"
        " the VAA said.\n\n"
        "The Committee to Protect Pilots agreed. “Rightly so,” the CPP said.\n\n"
        "Norway’s Harbour Ledger newspaper wrote that the decision was “long overdue.”\n\n"
        "The pilots’ union, the Harrowgate Drivers Association, voted to strike. “We have no"
        " choice,” it said. “The owners would not talk,” the union said later.",
        [("the VAA", "Vellmoor Aviation Authority", "org initials"),
         ("the CPP", "Committee to Protect Pilots", "org initials"),
         ("Norway’s Harbour Ledger newspaper", "Harbour Ledger", "newspaper"),
         ("it", "Harrowgate Drivers Association", "pronoun org apposition"),
         ("the union", "Harrowgate Drivers Association", "org description")]),
    _item(  # 4 governments that speak as "it"
        "Norway rejected the proposal on Monday. “It violates our sovereignty,” it said in a"
        " statement.\n\n"
        "The Swedish government was more cautious. “We will study it,” it said.\n\n"
        "Finland’s foreign ministry said nothing for a day. Later it called the plan"
        " “premature.”",
        [("it", "Norway", "pronoun government"),
         ("it", "Sweden", "pronoun government"),
         ("it", "Finland", "pronoun government")]),
    _item(  # 5 questions put to someone, a show title, verbs of manner
        "Senator Ilse Morrow took questions after the vote. Asked whether she regretted it,"
        " Morrow said: “Not for a second.”\n\n"
        "When a reporter asked, “Will you run again?” Morrow replied, “Ask me in June.”\n\n"
        "Her rival, Gunnar Pettel, spoke on Orbit News’ “Weekend Desk.” “A fine day for the"
        " state,” Pettel crowed. “Next time,” Morrow groused.\n\n"
        "Pettel’s verdict on the bill: “Dead on arrival.” Her take: “Nobody won.”",
        [("Morrow", "Ilse Morrow", "name partial participle"),
         ("a reporter", None, "question anonymous"),
         ("Morrow", "Ilse Morrow", "name partial"),
         None,
         ("Pettel", "Gunnar Pettel", "verb"),
         ("Morrow", "Ilse Morrow", "verb"),
         ("Pettel", "Gunnar Pettel", "possessive colon"),
         ("Her", "Ilse Morrow", "pronoun possessive colon")]),
    _item(  # 6 subjects before a negation or a connective; what one was told
        "Lucia Ferraro didn’t vote in the primary. “Anybody but him,” she said.\n\n"
        "Dora Ibsen however stayed home. “Not worth it,” she said.\n\n"
        "Mayor Ana Pirsig came to the gate. She was told to leave. “Not today,” she was told"
        " by Ilse Varga, the guard.",
        [("she", "Lucia Ferraro", "pronoun previous_sentence"),
         ("she", "Dora Ibsen", "pronoun previous_sentence"),
         ("Ilse Varga", "Ilse Varga", "passive agent")]),
    _item(  # 7 printed words, anonymous and document sources
        "Ted Brody, a plumber, came to the rally. “I want someone who listens,” said Brody,"
        " who wore a cap that read “fix the roads first.”\n\n"
        "“It will not pass,” said one aide, who asked that his name be kept out of it. The report"
        " said the plan was “fatally flawed.”",
        [("Brody", "Ted Brody", "name partial"),
         ("a cap", None, "printed"),
         ("one aide", None, "anonymous"),
         ("The report", None, "document")]),
]
