"""Quote set attr12 probes: invented pages written by attr12 in the twelfth round (2
December 2026) after the first rules had landed, to probe the classes of the open set
on new text before any rule for them was written: long political articles where two or
three people of one sex speak in turn ("he" for the subject of the sentence before, not
for the last man named), descriptions that refer back by office, age or party, a
country's ministry named again, and people and bodies nobody names. Counted before the
rules they led to; fitted since.

Built by tools/invented_quotes_attr12.py's `_item` (same fields as
tools/invented_quotes_e.py).

    python tools/score_invented_quotes.py -v tools/invented_quotes_attr12_probes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from invented_quotes_attr12 import _item

ITEMS = [
    _item(  # 0 a state senate race: three men
        "PHOENIX — State Sen. Raul Ybarra, a Democrat, and former Rep. Glen Hackett, a"
        " Republican, met on Tuesday night for the only debate of the race for the open"
        " Senate seat, with a third man, the independent Terrence Obi, pressing both.\n\n"
        "Ybarra went first. “My opponent voted against every water bill that reached the"
        " floor,” he said. “Arizona cannot afford that again.”\n\n"
        "Hackett, 61, shot back that the Democrat had “never balanced a family budget, let"
        " alone a state one.” He accused Ybarra of taking money from developers. “Follow the"
        " checks,” he said.\n\n"
        "Obi, a retired fire chief, said both men had “spent more time attacking each other"
        " than fighting fires.” Asked whether he could win, he laughed. “Ask me in"
        " November,” he said.\n\n"
        "The moderator pressed Ybarra on his attendance record. The senator conceded that he"
        " had missed votes during his father’s illness. “I make no apology for that,” the"
        " 48-year-old said.\n\n"
        "Hackett, asked about the same issue, declined to criticise him. “Family comes"
        " first,” the former congressman said. “That is one thing we agree on.”\n\n"
        "After the debate, Ybarra’s campaign manager, Dolores Pizarro, said the senator had"
        " “won on substance.” A spokesman for Hackett said the Republican had “shown what a"
        " leader looks like.”",
        [("he", "Raul Ybarra", "pronoun previous_sentence"),
         ("he", "Raul Ybarra", "pronoun continuation"),
         ("Hackett", "Glen Hackett", "name partial"),
         ("he", "Glen Hackett", "pronoun previous_sentence two_speakers"),
         ("Obi", "Terrence Obi", "name partial apposition"),
         ("he", "Terrence Obi", "pronoun participle two_speakers"),
         ("the 48-year-old", "Raul Ybarra", "description"),
         ("the former congressman", "Glen Hackett", "description participle"),
         ("the former congressman", "Glen Hackett", "description continuation"),
         ("Ybarra’s campaign manager, Dolores Pizarro", "Dolores Pizarro",
          "apposition possessive partial"),
         ("A spokesman for Hackett", None, "anonymous partial")]),
    _item(  # 1 a cabinet row abroad: two women, two men
        "CANBERRA — The foreign minister, Helen Marsh, and the trade minister, Joanne Pike,"
        " clashed in cabinet on Monday over a trade deal with Indonesia, according to three"
        " people who were in the room.\n\n"
        "Marsh later played down the row. “Ministers disagree; that is the job,” she told"
        " reporters in Sydney. Pike was less diplomatic. “I will not sign a deal that sells"
        " out our farmers,” she said.\n\n"
        "The prime minister, Alan Webber, backed his foreign minister. “Helen has my"
        " confidence,” he said. The opposition leader, Craig Dunn, said the government was"
        " “at war with itself.” “They cannot agree on lunch,” the 57-year-old said.\n\n"
        "Webber, asked whether Pike would keep her job, paused. “Everyone is staying,” the"
        " prime minister said.\n\n"
        "Indonesia’s trade ministry said it hoped the deal would be signed “without further"
        " delay.” “We are ready when Australia is,” the ministry said.\n\n"
        "Pike, 44, a former farmer from Queensland, is popular in rural seats. She said she"
        " would raise the matter again on Thursday. “This is not finished,” she said.",
        [("she", "Helen Marsh", "pronoun previous_sentence"),
         ("she", "Joanne Pike", "pronoun previous_sentence two_speakers"),
         ("he", "Alan Webber", "pronoun apposition"),
         ("The opposition leader, Craig Dunn", "Craig Dunn", "apposition partial"),
         ("the 57-year-old", "Craig Dunn", "description"),
         ("the prime minister", "Alan Webber", "description participle"),
         ("Indonesia’s trade ministry", "Indonesia", "government partial"),
         ("the ministry", "Indonesia", "government description"),
         ("she", "Joanne Pike", "pronoun previous_sentence")]),
    _item(  # 2 a city budget: descriptions by office and party
        "CHICAGO — Mayor Denise Hollis unveiled a $16 billion budget on Wednesday that"
        " closes a deficit without raising property taxes, but the City Council’s finance"
        " chairman, Ald. Martin Kowal, said it relied on “money that does not exist.”\n\n"
        "“We found savings in every department,” the mayor said at City Hall. “Nobody’s"
        " taxes are going up.”\n\n"
        "Kowal, a Democrat who has often clashed with Hollis, said the budget assumed federal"
        " grants that had not been approved. “It is a budget built on hope,” the alderman"
        " said.\n\n"
        "The city’s inspector general, Priya Raman, has warned of similar gaps before. In a"
        " report last month, she wrote that the city had overstated revenue “in four of the"
        " last five years.”\n\n"
        "A spokeswoman for the mayor said the grants were “as good as certain.” The Civic"
        " Federation, a budget watchdog, called the plan “a step in the right direction.”\n\n"
        "Hollis, 52, a former teacher, is up for re-election next spring. “I will run on"
        " this budget,” the first-term mayor said.",
        [("the City Council’s finance chairman, Ald. Martin Kowal", "Martin Kowal",
          "apposition possessive partial long"),
         ("the mayor", "Denise Hollis", "description"),
         ("the mayor", "Denise Hollis", "description continuation"),
         ("the alderman", "Martin Kowal", "description"),
         ("she", "Priya Raman", "pronoun verb partial intervening"),
         ("A spokeswoman for the mayor", None, "anonymous partial"),
         ("The Civic Federation", "Civic Federation", "org verb partial apposition"),
         ("the first-term mayor", "Denise Hollis", "description")]),
]
