"""An invented set of news items with quotes, for the quote finder and the attribution
of each quote (a held-out proxy, not a test): US politics, courts, business, sport and
international news, written in several house styles.

Every item is made up (names, places of events, figures). The expectations were written
before the analyser was run on any of them and are kept as written: fix one only when it
is plainly an annotation mistake, never to agree with the analyser.

Per item: `quotes`, one entry per pair of quotation marks that someone is reported as
saying (or per transcript line), in text order:
- `text`: the quoted words as written (inside the marks), found in the item's text
  after the previous quote;
- `source`: the words that name who speaks, as written ("the senator", "a spokeswoman
  for the ministry, Dana Oki", "he"); its place is its whole-word occurrence nearest to
  the quote, outside it (`source_after`, a string of the text, moves the search to
  after that string when the nearest one is not the one meant);
- `speaker`: whom it resolves to (a person's fullest name, an organisation's name, a
  country for its government), or None when the text names nobody;
- `cls`: the classes of difficulty the quote belongs to (see CLASSES).
`not_quotes`: quoted words that are not quotes (titles of works, scare quotes, names):
reporting them costs precision.

Scored by `python tools/score_invented_quotes.py [-v] [e | PATH]`.
"""

from __future__ import annotations

from typing import TypedDict


class _QuoteBase(TypedDict):
    text: str
    source: str
    speaker: str | None
    cls: list[str]


class GoldQuote(_QuoteBase, total=False):
    source_after: str


class QuoteItem(TypedDict):
    text: str
    quotes: list[GoldQuote]
    not_quotes: list[str]


CLASSES = {
    "name": "the source is a name next to the quote",
    "apposition": "a name reached through an apposition or a long description",
    "colon": "a colon introduces the quote",
    "intervening": "a clause stands between the source and the quote",
    "possessive": "the source is a possessive (\"Roe's reply:\")",
    "participle": "a fronted participle clause opens the sentence",
    "verb": "a reporting verb other than say/tell",
    "pronoun": "the source is a pronoun, resolved by recency, role and gender",
    "description": "a description refers back to a person or body named earlier",
    "anonymous": "a description that names nobody",
    "org": "an organisation or a government speaks",
    "newspaper": "a newspaper speaks (an organisation, not its country)",
    "partial": "a fragment quoted inside the reporter's sentence",
    "split": "one sentence split by its attribution",
    "continuation": "a quote that goes on from the one before",
    "given_name": "the speaker is named by a given name alone",
    "transcript": "a transcript line (\"ROE: ...\"), no quotation marks",
    "ascii": "straight ASCII quotation marks",
}


ITEMS: list[QuoteItem] = [
    {
        "text": (
            "Senator Harlan Pruitt-Vasquez on Tuesday dropped his objection to the highway"
            " bill. “We got what we needed for rural districts,” said Pruitt-Vasquez, a"
            " Republican from Wyoming. His office later released a statement. “The senator"
            " will vote yes,” a spokeswoman for the senator, Dana Okimoto, said."
        ),
        "quotes": [
            {"text": "We got what we needed for rural districts,", "source": "Pruitt-Vasquez",
             "speaker": "Harlan Pruitt-Vasquez", "cls": ["name"]},
            {"text": "The senator will vote yes,",
             "source": "a spokeswoman for the senator, Dana Okimoto",
             "speaker": "Dana Okimoto", "cls": ["apposition"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The city's bridges need $2 billion of repairs, engineers say. Mayor Beatriz"
            " Olaechea, noting the delay in federal funds, added: “We will not wait for the"
            " federal government to fix our bridges.” Council member Tobias Wren disagreed:"
            " “This is a campaign speech, not a plan.”"
        ),
        "quotes": [
            {"text": "We will not wait for the federal government to fix our bridges.",
             "source": "Mayor Beatriz Olaechea", "speaker": "Beatriz Olaechea",
             "cls": ["intervening", "colon"]},
            {"text": "This is a campaign speech, not a plan.",
             "source": "Council member Tobias Wren", "speaker": "Tobias Wren",
             "cls": ["colon", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The defence rested its case on Thursday after three weeks. Prosecutor Amara"
            " Nwankwo-Bell's reply: “The jury has heard every excuse but the truth.” Judge"
            " Helmut Castagna adjourned the trial until Monday."
        ),
        "quotes": [
            {"text": "The jury has heard every excuse but the truth.",
             "source": "Amara Nwankwo-Bell", "speaker": "Amara Nwankwo-Bell",
             "cls": ["possessive", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Speaking to reporters outside the court in Cork, defence lawyer Ruairí Gallagher"
            " said: “My client has always said he was at home that night.” Asked whether he"
            " would appeal, Gallagher said only: “We will read the judgment first.”"
        ),
        "quotes": [
            {"text": "My client has always said he was at home that night.",
             "source": "defence lawyer Ruairí Gallagher", "speaker": "Ruairí Gallagher",
             "cls": ["participle", "colon"]},
            {"text": "We will read the judgment first.", "source": "Gallagher",
             "speaker": "Ruairí Gallagher", "cls": ["participle", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Governor Priscilla Ahn-Delacroix swiped at her rival in a post on Sunday: “Some"
            " of us were working while others were golfing.” Her opponent, state treasurer"
            " Marcus Whitlow, shot back hours later, writing that “the governor's calendar is"
            " public.” Whitlow also insisted, “I have missed no votes this year.”"
        ),
        "quotes": [
            {"text": "Some of us were working while others were golfing.",
             "source": "Governor Priscilla Ahn-Delacroix", "speaker": "Priscilla Ahn-Delacroix",
             "cls": ["verb", "colon"]},
            {"text": "the governor's calendar is public.",
             "source": "Her opponent, state treasurer Marcus Whitlow",
             "speaker": "Marcus Whitlow", "cls": ["verb", "apposition", "partial"]},
            {"text": "I have missed no votes this year.", "source": "Whitlow",
             "speaker": "Marcus Whitlow", "cls": ["verb", "name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Fatima Zahra Bennani, the airline's chief executive, met union leaders on Monday."
            " Their leader, Jonas Eklund, left the meeting early. “Nothing has changed,” he"
            " said. Bennani was more hopeful. “We are closer than we were last week,” she told"
            " reporters."
        ),
        "quotes": [
            {"text": "Nothing has changed,", "source": "he", "speaker": "Jonas Eklund",
             "cls": ["pronoun"]},
            {"text": "We are closer than we were last week,", "source": "she",
             "speaker": "Fatima Zahra Bennani", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Coach Dragan Petković praised striker Emeka Obi after the 2-0 win. Petković said"
            " the team had grown in confidence since the winter break. “We defended as a unit"
            " for ninety minutes,” he said."
        ),
        "quotes": [
            {"text": "We defended as a unit for ninety minutes,", "source": "he",
             "speaker": "Dragan Petković", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Senator Ruth Calloway-Meier, 63, has sat on the banking committee for two"
            " decades. “Regulators were asleep at the wheel,” the 63-year-old senator said on"
            " Wednesday. Representative Elias Thorne announced a hearing. “We will subpoena"
            " the records if we have to,” the Vermont Democrat said."
        ),
        "quotes": [
            {"text": "Regulators were asleep at the wheel,", "source": "the 63-year-old senator",
             "speaker": "Ruth Calloway-Meier", "cls": ["description"]},
            {"text": "We will subpoena the records if we have to,",
             "source": "the Vermont Democrat", "speaker": "Elias Thorne",
             "cls": ["description"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The State Department announced on Friday that its embassy in Juba would remain"
            " open. “The safety of our staff is the first priority,” the department added in a"
            " written note. Brazil's foreign ministry called the ceasefire talks “a last"
            " chance.”"
        ),
        "quotes": [
            {"text": "The safety of our staff is the first priority,", "source": "the department",
             "speaker": "State Department", "cls": ["org", "description"]},
            {"text": "a last chance.", "source": "Brazil's foreign ministry", "speaker": "Brazil",
             "cls": ["org", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The Coastal Standard, a Mombasa newspaper, attacked the county government on"
            " Sunday over flooding in the old town. “The city has given up on its poorest"
            " districts,” the influential daily wrote in an editorial."
        ),
        "quotes": [
            {"text": "The city has given up on its poorest districts,",
             "source": "the influential daily", "speaker": "The Coastal Standard",
             "cls": ["newspaper", "description", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The band's new album, “Ashes of Tuesday,” went straight to number one in Beirut"
            " and Amman. Lead singer Noor Haddad said: “We recorded it in a barn in eleven"
            " days.” The group's so-called “farewell tour” has now been extended twice."
        ),
        "quotes": [
            {"text": "We recorded it in a barn in eleven days.",
             "source": "Lead singer Noor Haddad", "speaker": "Noor Haddad",
             "cls": ["colon", "name"]},
        ],
        "not_quotes": ["Ashes of Tuesday,", "farewell tour"],
    },
    {
        "text": (
            "Rohan Deshpande-Iyer started his software company in a garage in Pune in 2004."
            " “We had two laptops and one fan,” Deshpande-Iyer said. “Twenty years later we"
            " employ four thousand people.\n\n"
            "“I still answer my own email, and I still sit by the window.”\n\n"
            "The company is worth about $3 billion."
        ),
        "quotes": [
            {"text": "We had two laptops and one fan,", "source": "Deshpande-Iyer",
             "speaker": "Rohan Deshpande-Iyer", "cls": ["name"]},
            {"text": "Twenty years later we employ four thousand people.",
             "source": "Deshpande-Iyer", "speaker": "Rohan Deshpande-Iyer",
             "cls": ["continuation"]},
            {"text": "I still answer my own email, and I still sit by the window.",
             "source": "Deshpande-Iyer", "speaker": "Rohan Deshpande-Iyer",
             "cls": ["continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Senator Lyle Abernathy questioned the former finance director, Oksana Kovalenko,"
            " for three hours. An extract from the transcript:\n\n"
            "SEN. ABERNATHY: Did you approve the payment?\n\n"
            "MS. KOVALENKO: I did not. I learned of it in March, from the auditors.\n\n"
            "SEN. ABERNATHY: And you told nobody?\n\n"
            "MS. KOVALENKO: I told the board in writing.\n"
        ),
        "quotes": [
            {"text": "Did you approve the payment?", "source": "SEN. ABERNATHY",
             "speaker": "Lyle Abernathy", "cls": ["transcript"]},
            {"text": "I did not. I learned of it in March, from the auditors.",
             "source": "MS. KOVALENKO", "speaker": "Oksana Kovalenko", "cls": ["transcript"]},
            {"text": "And you told nobody?", "source": "SEN. ABERNATHY",
             "speaker": "Lyle Abernathy", "cls": ["transcript"]},
            {"text": "I told the board in writing.", "source": "MS. KOVALENKO",
             "speaker": "Oksana Kovalenko", "cls": ["transcript"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "A federal judge struck down the state's ban on drag shows on Tuesday. Judge"
            " Celestine Mwangi-Odhiambo wrote in her ruling: “The state has not shown that the"
            " ban serves any purpose but to silence.” Lawyers for the state said they would"
            " appeal. “We respectfully disagree with the court,” said Attorney General Hollis"
            " Brandvold."
        ),
        "quotes": [
            {"text": "The state has not shown that the ban serves any purpose but to silence.",
             "source": "Judge Celestine Mwangi-Odhiambo", "speaker": "Celestine Mwangi-Odhiambo",
             "cls": ["verb", "colon"]},
            {"text": "We respectfully disagree with the court,",
             "source": "Attorney General Hollis Brandvold", "speaker": "Hollis Brandvold",
             "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Shares of Vantor Systems fell 11 percent after the company cut its annual"
            " forecast. “Demand in Europe is softer than we expected,” chief financial officer"
            " Mei-Ling Gaskell told analysts on a call. Analysts at Brightwater Partners called"
            " the cut “a clearing of the decks.”"
        ),
        "quotes": [
            {"text": "Demand in Europe is softer than we expected,",
             "source": "chief financial officer Mei-Ling Gaskell", "speaker": "Mei-Ling Gaskell",
             "cls": ["name"]},
            {"text": "a clearing of the decks.", "source": "Analysts at Brightwater Partners",
             "speaker": "Brightwater Partners", "cls": ["org", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“I felt nothing in my knee until the last lap,” Ugandan runner Joshua Kiprop"
            " Chelimo said after finishing fourth in the 10,000 metres. His coach, Piet"
            " Hendriks, was blunter: “He should not have started.”"
        ),
        "quotes": [
            {"text": "I felt nothing in my knee until the last lap,",
             "source": "Ugandan runner Joshua Kiprop Chelimo",
             "speaker": "Joshua Kiprop Chelimo", "cls": ["apposition"]},
            {"text": "He should not have started.", "source": "His coach, Piet Hendriks",
             "speaker": "Piet Hendriks", "cls": ["apposition", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Foreign Minister Nomvula Dlamini-Sithole of South Africa called for an immediate"
            " ceasefire. “Every day of delay costs lives,” Dlamini-Sithole told the Security"
            " Council. Russia's envoy, Gennady Sorokin, said the draft resolution was"
            " “one-sided and unacceptable.”"
        ),
        "quotes": [
            {"text": "Every day of delay costs lives,", "source": "Dlamini-Sithole",
             "speaker": "Nomvula Dlamini-Sithole", "cls": ["name"]},
            {"text": "one-sided and unacceptable.", "source": "Russia's envoy, Gennady Sorokin",
             "speaker": "Gennady Sorokin", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“We firmly oppose any official exchanges between Washington and the island,”"
            " China's foreign ministry said on Tuesday, after a delegation of American"
            " lawmakers landed in Taipei."
        ),
        "quotes": [
            {"text": "We firmly oppose any official exchanges between Washington and the island,",
             "source": "China's foreign ministry", "speaker": "China", "cls": ["org"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The spending plan was “dead on arrival,” according to Representative Gwendolyn"
            " Achebe-Strauss, who chairs the appropriations panel."
        ),
        "quotes": [
            {"text": "dead on arrival,", "source": "Representative Gwendolyn Achebe-Strauss",
             "speaker": "Gwendolyn Achebe-Strauss", "cls": ["partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“No one is above the law,” said Maj. Gen. Oluwaseun Adebayo-Price, the army's"
            " chief lawyer, as the court martial opened in Abuja."
        ),
        "quotes": [
            {"text": "No one is above the law,", "source": "Maj. Gen. Oluwaseun Adebayo-Price",
             "speaker": "Oluwaseun Adebayo-Price", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Three water mains burst in the old quarter this week. “The pipes are older than"
            " the city itself,” a senior engineer at the water authority said, speaking on"
            " condition of anonymity."
        ),
        "quotes": [
            {"text": "The pipes are older than the city itself,",
             "source": "a senior engineer at the water authority", "speaker": None,
             "cls": ["anonymous"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "A report by the Nordic Refugee Council was published on Monday. “Conditions in"
            " the camps fall far short of minimum standards,” the report said. It called on"
            " donors to double their aid."
        ),
        "quotes": [
            {"text": "Conditions in the camps fall far short of minimum standards,",
             "source": "the report", "speaker": None, "cls": ["anonymous"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“You will have your answer by Friday,” Prime Minister Lucie Hrabalová told"
            " striking doctors outside her office in Prague."
        ),
        "quotes": [
            {"text": "You will have your answer by Friday,",
             "source": "Prime Minister Lucie Hrabalová", "speaker": "Lucie Hrabalová",
             "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Nkechi Obiora-Lindgren, the union's president, criticised the mine's chairman,"
            " Torsten Wikström, on Wednesday. “He has never once visited the shafts,” she"
            " said."
        ),
        "quotes": [
            {"text": "He has never once visited the shafts,", "source": "she",
             "speaker": "Nkechi Obiora-Lindgren", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The European Commission said the new rules for online platforms were"
            " “proportionate and long overdue.” The Digital Commerce Alliance, a lobby group,"
            " said they would “chill innovation.”"
        ),
        "quotes": [
            {"text": "proportionate and long overdue.", "source": "The European Commission",
             "speaker": "European Commission", "cls": ["org", "partial"]},
            {"text": "chill innovation.",
             "source": "The Digital Commerce Alliance, a lobby group",
             "speaker": "Digital Commerce Alliance",
             "cls": ["org", "partial", "apposition"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“The vote,” said Councillor Ifeoma Adeyemi-Grant, “was rigged from the start.”"
            " The electoral officer denied it."
        ),
        "quotes": [
            {"text": "The vote,", "source": "Councillor Ifeoma Adeyemi-Grant",
             "speaker": "Ifeoma Adeyemi-Grant", "cls": ["split"]},
            {"text": "was rigged from the start.", "source": "Councillor Ifeoma Adeyemi-Grant",
             "speaker": "Ifeoma Adeyemi-Grant", "cls": ["split", "continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "In an editorial on Saturday, The Harbour Times said the council's plan for the"
            " docks was “a betrayal of the waterfront and everyone who works on it.”"
        ),
        "quotes": [
            {"text": "a betrayal of the waterfront and everyone who works on it.",
             "source": "The Harbour Times", "speaker": "The Harbour Times",
             "cls": ["newspaper", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Asked if she would run again, Senator Alma Rosenqvist-Dubois laughed. “Ask me in a"
            " year,” she said."
        ),
        "quotes": [
            {"text": "Ask me in a year,", "source": "she", "speaker": "Alma Rosenqvist-Dubois",
             "cls": ["pronoun", "participle"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Hoang Thi Mai, who sells noodles near the central station, says business has"
            " halved since the metro line closed. “Nobody comes downtown any more,” she says."
        ),
        "quotes": [
            {"text": "Nobody comes downtown any more,", "source": "she",
             "speaker": "Hoang Thi Mai", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Footballer Kwabena Osei-Tutu wrote on Instagram on Sunday: “Thank you Accra, I"
            " will be back.” His club, Ashanti Stars, confirmed the transfer an hour later."
        ),
        "quotes": [
            {"text": "Thank you Accra, I will be back.", "source": "Footballer Kwabena Osei-Tutu",
             "speaker": "Kwabena Osei-Tutu", "cls": ["verb", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Agriculture Minister Tomás Ibarra-Lund met the farmers' leader, Rosa Quispe"
            " Huanca, on Monday. “Prices will be reviewed next month,” the minister said."
            " Quispe replied that “reviews do not feed families.”"
        ),
        "quotes": [
            {"text": "Prices will be reviewed next month,", "source": "the minister",
             "speaker": "Tomás Ibarra-Lund", "cls": ["description"]},
            {"text": "reviews do not feed families.", "source": "Quispe",
             "speaker": "Rosa Quispe Huanca", "cls": ["verb", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The typhoon destroyed the only school in Kamaishi. “We will rebuild,” Mayor Kenji"
            " Watabe said on Tuesday. “The school will open again before winter,” he added."
        ),
        "quotes": [
            {"text": "We will rebuild,", "source": "Mayor Kenji Watabe", "speaker": "Kenji Watabe",
             "cls": ["name"]},
            {"text": "The school will open again before winter,", "source": "he",
             "speaker": "Kenji Watabe", "cls": ["pronoun", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The film “Night Train to Lviv” won the jury prize in Locarno on Saturday."
            " Director Oksana Melnyk-Bauer said: “It is a film about waiting.” She will"
            " present it on the talk show “Late Desk” next week."
        ),
        "quotes": [
            {"text": "It is a film about waiting.", "source": "Director Oksana Melnyk-Bauer",
             "speaker": "Oksana Melnyk-Bauer", "cls": ["colon", "name"]},
        ],
        "not_quotes": ["Night Train to Lviv", "Late Desk"],
    },
    {
        "text": (
            "Orvella Foods recalled 40,000 jars of baby food on Thursday after a customer found"
            " glass in one. “We are acting out of an abundance of caution,” the company said."
        ),
        "quotes": [
            {"text": "We are acting out of an abundance of caution,", "source": "the company",
             "speaker": "Orvella Foods", "cls": ["org", "description"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Police in Ibadan arrested two men after the robbery of a bullion van. “Both"
            " suspects are in custody and a third is being sought,” police spokesman Sergeant"
            " Femi Adekunle said."
        ),
        "quotes": [
            {"text": "Both suspects are in custody and a third is being sought,",
             "source": "police spokesman Sergeant Femi Adekunle", "speaker": "Femi Adekunle",
             "cls": ["apposition"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Diego Alvarenga, who has coached the national team since 2019 and whose contract"
            " runs out in June, said on Friday: “I want to finish the job I started.”"
        ),
        "quotes": [
            {"text": "I want to finish the job I started.", "source": "Diego Alvarenga",
             "speaker": "Diego Alvarenga", "cls": ["intervening", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Yusuf Demirci and his sister Elif have run the bakery on the square for 30"
            " years. “We never closed, not even after the earthquake,” Yusuf said. “He means"
            " we never closed for long,” Elif said, laughing."
        ),
        "quotes": [
            {"text": "We never closed, not even after the earthquake,", "source": "Yusuf",
             "speaker": "Yusuf Demirci", "cls": ["given_name"]},
            {"text": "He means we never closed for long,", "source": "Elif", "speaker": "Elif",
             "cls": ["given_name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Labour MP Aisling Cavanagh-Moore asked the prime minister at question time: “Will"
            " he apologise to the families today?” The prime minister, Gideon Farrant, replied"
            " that he had “nothing to apologise for.”"
        ),
        "quotes": [
            {"text": "Will he apologise to the families today?",
             "source": "Labour MP Aisling Cavanagh-Moore", "speaker": "Aisling Cavanagh-Moore",
             "cls": ["verb", "colon"]},
            {"text": "nothing to apologise for.", "source": "The prime minister, Gideon Farrant",
             "speaker": "Gideon Farrant", "cls": ["apposition", "verb", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Sergeant Maria Kowalski arrested Dmitri Rusu at the border on Sunday. “I did"
            " nothing wrong,” he told the court in Chisinau on Monday."
        ),
        "quotes": [
            {"text": "I did nothing wrong,", "source": "he", "speaker": "Dmitri Rusu",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The World Health Organization warned on Thursday that the outbreak “could spread"
            " to neighbouring countries within weeks.” The government's so-called “rapid"
            " response plan” has yet to reach the border districts, union leader Bogdan"
            " Iliescu said."
        ),
        "quotes": [
            {"text": "could spread to neighbouring countries within weeks.",
             "source": "The World Health Organization", "speaker": "World Health Organization",
             "cls": ["org", "partial", "verb"]},
        ],
        "not_quotes": ["rapid response plan"],
    },
    {
        "text": (
            'Oyunbileg Batsaikhan, the herders\' association leader, said the winter had'
            ' killed a third of the animals. "People are leaving for the city," she said.'
            ' "Whole valleys are empty." The government in Ulaanbaatar promised aid.'
        ),
        "quotes": [
            {"text": "People are leaving for the city,", "source": "she",
             "speaker": "Oyunbileg Batsaikhan", "cls": ["pronoun", "ascii"]},
            {"text": "Whole valleys are empty.", "source": "she",
             "speaker": "Oyunbileg Batsaikhan", "cls": ["continuation", "ascii"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            'Shares of Kestrel Air jumped 9 percent. "We see a very strong summer," chief'
            ' executive Anders Lykke-Holm told investors, adding that fuel costs were'
            ' "finally under control."'
        ),
        "quotes": [
            {"text": "We see a very strong summer,", "source": "chief executive Anders Lykke-Holm",
             "speaker": "Anders Lykke-Holm", "cls": ["name", "ascii"]},
            {"text": "finally under control.", "source": "chief executive Anders Lykke-Holm",
             "speaker": "Anders Lykke-Holm", "cls": ["verb", "partial", "ascii"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“It is a dark day for press freedom.” Those were the words of Marguerite"
            " Ndiaye-Fall, editor of the Dakar weekly Le Regard, after two of her reporters"
            " were jailed."
        ),
        "quotes": [
            {"text": "It is a dark day for press freedom.", "source": "Marguerite Ndiaye-Fall",
             "speaker": "Marguerite Ndiaye-Fall", "cls": ["intervening"]},
        ],
        "not_quotes": [],
    },
]
