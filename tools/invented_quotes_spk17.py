"""Quote set spk17: invented political news written in the seventeenth round (4 December
2026) to probe, in shapes the earlier sets do not hold, the classes of issue 10: sources
through an apposition or a long description after the verb, a colon after an intervening
clause, a possessive, a fronted participle or a verb other than "say"; pronouns by
recency, role and gender; descriptions of someone named earlier ("the 71-year-old
judge"); ministries, agencies and newspapers that speak; and sources with no entity
(documents, anonymous officials) whose words must be shown.
The probes were written before the rules of that round.

Built by tools/invented_quotes_attr12.py's `_item` (same fields as
tools/invented_quotes_e.py).

    python tools/score_invented_quotes.py -v tools/invented_quotes_spk17.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from invented_quotes_attr12 import _item

ITEMS = [
    _item(  # 0 apposition and long descriptions after the verb
        "The harbour board delayed the dredging contract again on Tuesday.\n\n"
        "“We were promised a decision in March,” said a spokeswoman for the shipping"
        " council, Mirela Quast.\n\n"
        "“Every week costs the port a ship,” said the head of the dockers’ union, Tobias"
        " Renk, who has led it since 2019.\n\n"
        "“Nobody here is dragging their feet,” said the chairman of the board’s finance"
        " committee, retired banker Osric Fellowes.",
        [("Mirela Quast", "Mirela Quast", "apposition after_verb"),
         ("Tobias Renk", "Tobias Renk", "apposition after_verb"),
         ("Osric Fellowes", "Osric Fellowes", "apposition after_verb")]),
    _item(  # 1 a colon after an intervening clause or phrase
        "Ingrid Salo, the transport minister, spent the morning at the depot.\n\n"
        "Salo, noting the delay in the tender, added: “We will not sign a blank cheque.”\n\n"
        "Her deputy, Anton Vihervaara, who had been silent all week, finally spoke up:"
        " “The numbers do not add up.”\n\n"
        "Salo, in a rare interview with the Morning Lantern, put it bluntly: “I am tired of"
        " excuses.”",
        [("Salo", "Ingrid Salo", "colon clause"),
         ("Anton Vihervaara", "Anton Vihervaara", "colon clause"),
         ("Salo", "Ingrid Salo", "colon clause")]),
    _item(  # 2 possessives before a colon or a copula
        "The opposition leader, Berit Holmqvist, called the budget a fraud.\n\n"
        "Holmqvist’s reply to the finance minister: “Show us the receipts.”\n\n"
        "The finance minister, Kasper Lund, was unmoved. Lund’s answer was short: “Read"
        " page nine.”\n\n"
        "Holmqvist’s message to voters was simple: “You are paying for this.”",
        [("Holmqvist", "Berit Holmqvist", "possessive colon"),
         ("Lund", "Kasper Lund", "possessive colon"),
         ("Holmqvist", "Berit Holmqvist", "possessive colon")]),
    _item(  # 3 fronted participles and questions put
        "Defence lawyers for Ruth Abernathy-Cole filed a new motion on Wednesday.\n\n"
        "Speaking outside the courthouse, Abernathy-Cole said: “I have done nothing"
        " wrong.”\n\n"
        "Pressed on the cost of the appeal, her lawyer, Desmond Achterberg, told reporters,"
        " “Justice is never cheap.”\n\n"
        "Asked whether she would testify, Abernathy-Cole smiled. “We will see,” she said.",
        [("Abernathy-Cole", "Ruth Abernathy-Cole", "participle"),
         ("Desmond Achterberg", "Desmond Achterberg", "participle apposition"),
         ("she", "Ruth Abernathy-Cole", "pronoun previous_sentence")]),
    _item(  # 4 verbs other than "say"
        "Senator Halvard Brekke swiped at the governor in a post on Thursday: “He has"
        " never read a budget.”\n\n"
        "Governor Maren Tofte hit back on local radio, calling the senator’s plan “a fairy"
        " tale for children.”\n\n"
        "“Let him run against me,” Tofte quipped.\n\n"
        "Brekke conceded on Friday that his own plan “needs work.”\n\n"
        "The state treasurer, Ole Sandvik, wrote in an op-ed that both were “living in a"
        " dream.”",
        [("Senator Halvard Brekke", "Halvard Brekke", "verb colon"),
         ("Governor Maren Tofte", "Maren Tofte", "verb participle"),
         ("Tofte", "Maren Tofte", "verb"),
         ("Brekke", "Halvard Brekke", "verb"),
         ("Ole Sandvik", "Ole Sandvik", "verb")]),
    _item(  # 5 pronouns by recency, role and gender
        "Mayor Celia Dunmore met the police chief, Arne Kvist, on Monday.\n\n"
        "“We agreed on more foot patrols,” she said afterwards.\n\n"
        "Kvist was less certain. “I need two hundred more officers,” he said. “The city"
        " has not given me one.”\n\n"
        "Dunmore thanked Kvist for his candour. “He tells it straight,” she said.\n\n"
        "The council later rejected the plan. “It is unaffordable,” it said.",
        [("she", "Celia Dunmore", "pronoun gender"),
         ("he", "Arne Kvist", "pronoun previous_sentence"),
         ("he", "Arne Kvist", "pronoun continuation"),
         ("she", "Celia Dunmore", "pronoun subject"),
         ("it", None, "pronoun org")]),
    _item(  # 6 descriptions of someone named earlier
        "Judge Priscilla Yeoman, 71, ruled against the city on Monday.\n\n"
        "“The law is plain,” the 71-year-old judge wrote in her opinion.\n\n"
        "City attorney Felix Marchetti said he would appeal. “We think the court erred,” the"
        " former prosecutor said.\n\n"
        "Yeoman has clashed with the city before. “This court is not a rubber stamp,” the"
        " veteran jurist said in 2022.",
        [("the 71-year-old judge", "Priscilla Yeoman", "description"),
         ("the former prosecutor", "Felix Marchetti", "description"),
         ("the veteran jurist", "Priscilla Yeoman", "description")]),
    _item(  # 7 ministries, agencies and newspapers that speak
        "Vellmoor’s Foreign Ministry summoned the ambassador on Sunday. “This is a grave"
        " provocation,” the ministry said late that night.\n\n"
        "The Department of Coastal Defence said the patrol boat had been “well inside our"
        " waters.”\n\n"
        "The Brenton Courier, a newspaper close to the government, wrote that the incident"
        " was “entirely avoidable.”\n\n"
        "The Harbour Safety Agency said it was “reviewing the footage.”",
        [("the ministry", "Foreign Ministry", "org description"),
         ("The Department of Coastal Defence", "Department of Coastal Defence", "org"),
         ("The Brenton Courier", "Brenton Courier", "newspaper"),
         ("The Harbour Safety Agency", "Harbour Safety Agency", "org")]),
    _item(  # 8 sources with no entity: documents and anonymous officials
        "A leaked memo said the refinery was “a disaster waiting to happen.”\n\n"
        "“We knew for years,” said one engineer, who asked that her name be withheld.\n\n"
        "The indictment reads: “The defendants knowingly falsified records.”\n\n"
        "Two senior officials said the inspection had been “a formality.”",
        [("A leaked memo", None, "document"),
         ("one engineer", None, "anonymous"),
         ("The indictment", None, "document"),
         ("Two senior officials", None, "anonymous")]),
    _item(  # 9 a spokesman for a named person or body, and a subject after a clause
        "Prime Minister Aurelio Cantu faced questions about the pipeline on Friday.\n\n"
        "“The prime minister has full confidence in the regulator,” a spokesman for Cantu"
        " said.\n\n"
        "Lidia Marquez, whose group has sued over the route, was not convinced. “They are"
        " gambling with our water,” Marquez said.\n\n"
        "Cantu, whom critics call stubborn, told parliament that the route was “final.”",
        [("a spokesman", None, "spokesman"),
         ("Marquez", "Lidia Marquez", "name partial"),
         ("Cantu", "Aurelio Cantu", "clause")]),
    _item(  # 10 two people in one sentence; the speaker is the subject
        "Rosa Lindqvist challenged Peter Okafor at the debate. “You voted against the"
        " hospital,” Lindqvist told Okafor.\n\n"
        "Okafor accused Lindqvist of lying. “She knows the record,” he said.\n\n"
        "Lindqvist turned to the audience. “Ask him about the hospital,” she said.",
        [("Lindqvist", "Rosa Lindqvist", "two_speakers"),
         ("he", "Peter Okafor", "pronoun subject"),
         ("she", "Rosa Lindqvist", "pronoun subject")]),
    _item(  # 11 long trailing descriptions, "according to", a signed letter
        "“The wards are full every night,” said Wendeline Marsh-Obi, a 44-year-old nurse"
        " who has worked at the clinic for two decades.\n\n"
        "According to Halloran Voss, the hospital’s director, the new wing is “two years"
        " late.”\n\n"
        "“We cannot wait for another election,” the letter, signed by forty doctors,"
        " said.\n\n"
        "“Money is not the problem,” wrote columnist Anika Strand in the Tribune.",
        [("Wendeline Marsh-Obi", "Wendeline Marsh-Obi", "after_verb description"),
         ("Halloran Voss", "Halloran Voss", "according"),
         ("the letter", None, "document clause"),
         ("columnist Anika Strand", "Anika Strand", "verb")]),
    _item(  # 12 a pronoun past a non-person subject; a campaign that speaks
        "Edmund Ferris toured the new factory on Monday. The plant employs 300 people."
        " “It is a marvel,” he said.\n\n"
        "The Ferris campaign said the visit was “about jobs, not politics.”\n\n"
        "His challenger, Noor Haddad, scoffed. “A photo opportunity,” the first-time"
        " candidate said.",
        [("he", "Edmund Ferris", "pronoun people_only"),
         ("The Ferris campaign", None, "org campaign"),
         ("the first-time candidate", "Noor Haddad", "description")]),
]
