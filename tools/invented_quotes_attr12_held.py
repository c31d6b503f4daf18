"""Quote set attr12, held-out third: written by attr12 in the same sitting as
tools/invented_quotes_attr12.py (2 December 2026), of the same kinds (political news, US and
other countries), before the analyser was run on either. Its misses were never read while
the round's rules were written: only its totals were counted, at the round's base and at
its end. Now that it is in the repository it is an open set like the others.

Built by tools/invented_quotes_attr12.py's `_item` (same fields as
tools/invented_quotes_e.py).

    python tools/score_invented_quotes.py attr12h
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from invented_quotes_attr12 import _item

ITEMS = [
    _item(  # 0 France: a pension reform and strikes
        "PARIS — France’s labour minister, Hélène Marchetti, said on Wednesday that the"
        " government would not withdraw its pension reform despite a fourth day of strikes that"
        " shut down rail lines across the country.\n\n"
        "“The reform is fair, it is necessary, and it will be applied,” Marchetti told the"
        " broadcaster France Info. “We have listened for six months.”\n\n"
        "The leader of the largest union, Jean-Baptiste Kerouac-Lemaire, called her comments"
        " “an insult to the people in the streets.”\n\n"
        "“If the minister thinks we are tired, she has not met our members,” the union leader"
        " said at a rally in Lyon.\n\n"
        "The Élysée Palace did not comment. But an adviser to President Antoine Rivaud, speaking"
        " anonymously, said the president was “serene” and would not"
        " intervene.\n\n"
        "Opposition lawmakers have filed a motion of censure. Its author, the centrist deputy"
        " Solène Abadie, said the government had “lost the country and is now losing the"
        " Assembly.”\n\n"
        "Marchetti, 47, is seen as a possible successor to the prime minister. Asked whether the"
        " row had damaged her chances, she laughed. “I am not running for anything except the"
        " next train,” she said.\n\n"
        "Le Quotidien National, the country’s oldest daily, wrote in an editorial that both"
        " sides were “prisoners of their own speeches.”\n\n"
        "Kerouac-Lemaire said strikes would go on all weekend. “We will stop when"
        " they stop,” he said.",
        [("Marchetti", "Hélène Marchetti", "name verb"),
         ("Marchetti", "Hélène Marchetti", "continuation"),
         ("The leader of the largest union, Jean-Baptiste Kerouac-Lemaire",
          "Jean-Baptiste Kerouac-Lemaire", "apposition verb partial"),
         ("the union leader", "Jean-Baptiste Kerouac-Lemaire", "description"),
         ("an adviser to President Antoine Rivaud", None, "anonymous partial participle"),
         ("Its author, the centrist deputy Solène Abadie", "Solène Abadie",
          "apposition possessive partial"),
         ("she", "Hélène Marchetti", "pronoun participle previous_sentence"),
         ("Le Quotidien National", "Le Quotidien National", "newspaper partial verb"),
         ("he", "Jean-Baptiste Kerouac-Lemaire", "pronoun previous_sentence")]),
    _item(  # 1 Nigeria: a governorship rerun
        "ABUJA — Nigeria’s electoral commission said on Monday that it would rerun the"
        " governorship election in Kogi State after finding that results from more than two"
        " hundred polling units had been altered.\n\n"
        "“We cannot certify numbers we know to be false,” the commission’s chairman, Professor"
        " Emeka Okonkwo-Bello, told reporters at a briefing in the capital.\n\n"
        "The governing party’s candidate, Alhaji Musa Danladi, who had been declared the winner,"
        " said he would challenge the decision in court. “The people of Kogi have spoken, and no"
        " commission can unspeak them,” Danladi said in a statement.\n\n"
        "His main rival, Funmilayo Adeyemi-Cole, welcomed the ruling. “Today the ballot has"
        " beaten the bullet,” she told supporters in Lokoja. “Never in my life have I seen a"
        " commission say no,” said a voter, Hauwa Ibrahim, 34.\n\n"
        "A spokesman for the commission, asked whether the rerun would be held before the rainy"
        " season, said only that a date would be announced “in due course.”\n\n"
        "Election observers from the West African regional bloc had reported “widespread"
        " irregularities” in their preliminary findings, according to a copy of their report.\n\n"
        "Danladi, 61, a former senator, has run the state’s finances as commissioner for a"
        " decade. Supporters gathered outside his home chanting “Musa or nothing.”\n\n"
        "The chairman said security forces would guard the rerun. “Anybody who touches a ballot"
        " box will answer to the law,” Okonkwo-Bello said.",
        [("the commission’s chairman, Professor Emeka Okonkwo-Bello", "Emeka Okonkwo-Bello",
          "apposition possessive verb"),
         ("Danladi", "Alhaji Musa Danladi", "name"),
         ("she", "Funmilayo Adeyemi-Cole", "pronoun"),
         ("a voter, Hauwa Ibrahim", "Hauwa Ibrahim", "apposition"),
         ("A spokesman for the commission", None, "anonymous partial participle"),
         ("Election observers from the West African regional bloc", None,
          "group partial verb"),
         ("Supporters", None, "group"),
         ("Okonkwo-Bello", "Emeka Okonkwo-Bello", "name")]),
    _item(  # 2 Australia: a tax on electric cars
        "CANBERRA — Australia’s opposition leader, Fiona McTavish-Reilly, promised on Sunday to"
        " scrap a planned tax on electric vehicles if she wins the election due by May.\n\n"
        "“Australians who bought an electric car did the right thing, and this government wants"
        " to punish them for it,” McTavish-Reilly told a press conference in Melbourne.\n\n"
        "The treasurer, Daniel Kostopoulos, said the opposition’s sums did not add up. “She has"
        " promised to cut a tax without saying how she would pay for the roads,” he said. “That"
        " is not a policy, that is a wish.”\n\n"
        "The prime minister, Graham Whitlock-Hayes, stayed out of the row, telling reporters in"
        " Perth only that the budget was “the treasurer’s business.”\n\n"
        "A spokeswoman for the Electric Vehicle Council said the tax would “slow the transition"
        " at the worst possible moment.”\n\n"
        "McTavish-Reilly, 49, a former barrister, has led the opposition for eighteen months. She"
        " has been trailing in the polls but has narrowed the gap.\n\n"
        "“We are closer than anyone in Canberra thinks,” the opposition leader said on Sunday."
        " “And we are getting closer every week.”\n\n"
        "Kostopoulos, speaking later on Sky radio, said he looked forward to the contest. “Bring"
        " it on,” the treasurer said.",
        [("McTavish-Reilly", "Fiona McTavish-Reilly", "name verb"),
         ("he", "Daniel Kostopoulos", "pronoun apposition"),
         ("he", "Daniel Kostopoulos", "pronoun continuation"),
         ("The prime minister, Graham Whitlock-Hayes", "Graham Whitlock-Hayes",
          "apposition participle partial"),
         ("A spokeswoman for the Electric Vehicle Council", None, "anonymous partial"),
         ("the opposition leader", "Fiona McTavish-Reilly", "description"),
         ("the opposition leader", "Fiona McTavish-Reilly", "description continuation"),
         ("the treasurer", "Daniel Kostopoulos", "description participle")]),
    _item(  # 3 Poland: judges and the president's signature
        "WARSAW — Poland’s parliament voted on Friday to overturn a law that gave the justice"
        " minister power over the appointment of judges, a change the European Commission had"
        " demanded before releasing billions in frozen funds.\n\n"
        "“Today we give the courts back to the citizens,” the justice minister, Tomasz"
        " Wierzbicki, said in the chamber after the vote.\n\n"
        "The opposition party that passed the original law walked out before the vote. Its"
        " leader in parliament, Jarosław Kulesza-Nowak, called the new law “revenge disguised as"
        " reform.”\n\n"
        "“They are not restoring independence, they are installing their own people,”"
        " Kulesza-Nowak told reporters in the corridor.\n\n"
        "The president, Andrzej Malinowski, who is aligned with the opposition, has not said"
        " whether he will sign the bill. His spokesman, Marek Szczepański, said the president"
        " would “study the text with great care.”\n\n"
        "In Brussels, a Commission spokeswoman said the vote was “an important step” but that the"
        " money would not be released until the law took effect.\n\n"
        "Wierzbicki, a former judge, said he was confident of the president’s signature. “He"
        " swore an oath to the constitution, and this law is the constitution,” the minister"
        " said.\n\n"
        "Kulesza-Nowak, 63, dismissed that. “The minister should read his own bill before he"
        " quotes the constitution,” he said.",
        [("the justice minister, Tomasz Wierzbicki", "Tomasz Wierzbicki", "apposition"),
         ("Its leader in parliament, Jarosław Kulesza-Nowak", "Jarosław Kulesza-Nowak",
          "apposition possessive verb partial"),
         ("Kulesza-Nowak", "Jarosław Kulesza-Nowak", "name verb"),
         ("His spokesman, Marek Szczepański", "Marek Szczepański",
          "apposition possessive partial"),
         ("a Commission spokeswoman", None, "anonymous partial"),
         ("the minister", "Tomasz Wierzbicki", "description"),
         ("he", "Jarosław Kulesza-Nowak", "pronoun previous_sentence two_speakers")]),
    _item(  # 4 Turkey and Sweden: a burning and a summons
        "ANKARA — Turkey’s foreign ministry summoned the Swedish ambassador on Thursday after a"
        " protester burned a copy of the Quran outside the Turkish embassy in Stockholm.\n\n"
        "“This vile act is an attack on every Muslim and on the values Sweden claims to defend,”"
        " the ministry declared in a written statement.\n\n"
        "Sweden’s foreign minister, Elin Lindqvist-Sandberg, condemned the burning but said her"
        " government could not ban it. “Our constitution protects speech we find offensive,” she"
        " said. “That is the price of freedom, and it is sometimes a heavy one.”\n\n"
        "President Recep Aydın Korkmaz went further. Speaking to members of his party in"
        " parliament, he said Sweden should “not expect our support” for its NATO membership.\n\n"
        "A senior Turkish official, speaking on condition of anonymity, told reporters the"
        " summons was “the minimum.”\n\n"
        "In Stockholm, the police said the protester had a permit and had broken no law. A"
        " police spokesman, Anders Holmgren, said officers had been present “to protect public"
        " order, not to endorse anything.”\n\n"
        "Lindqvist-Sandberg, 44, is in her first year in the post. Asked whether the row could"
        " delay NATO accession, the minister said only: “We are in close contact with our"
        " Turkish friends.”",
        [("the ministry", "Turkey", "government org description"),
         ("she", "Elin Lindqvist-Sandberg", "pronoun apposition"),
         ("she", "Elin Lindqvist-Sandberg", "pronoun continuation"),
         ("he", "Recep Aydın Korkmaz", "pronoun participle partial previous_sentence"),
         ("A senior Turkish official", None, "anonymous partial participle"),
         ("A police spokesman, Anders Holmgren", "Anders Holmgren", "apposition partial"),
         ("the minister", "Elin Lindqvist-Sandberg", "description colon participle")]),
    _item(  # 5 Indonesia: a dam collapse
        "JAKARTA — Indonesia’s president, Bambang Wicaksono, ordered an investigation on Saturday"
        " into the collapse of a dam in West Java that killed at least nineteen people.\n\n"
        "“Whoever is responsible will be held responsible, whatever their rank,” Wicaksono said"
        " during a visit to the site, his boots caked in mud.\n\n"
        "The public works minister, Sri Rahayu Hartono, said the dam had passed an inspection in"
        " March. “The report we received said it was safe,” she said. “We want to know who wrote"
        " that report.”\n\n"
        "A villager who lost two relatives in the flood, Dedi Kurniawan, said residents had"
        " complained about cracks for years. “We told the district office, we told the province,"
        " we told everyone,” he said. “Nobody came.”\n\n"
        "The district head, Asep Firmansyah, denied receiving any complaints. “There is no letter"
        " in my office about cracks,” the district head said.\n\n"
        "Environmental group Walhi Nusantara said in a written statement"
        " that the disaster was “the price"
        " of building fast and checking slowly.”\n\n"
        "Hartono, a civil engineer by training, said the ministry would inspect every dam of the"
        " same design within a month. “We will not wait for the next one,” the minister said.",
        [("Wicaksono", "Bambang Wicaksono", "name"),
         ("she", "Sri Rahayu Hartono", "pronoun apposition"),
         ("she", "Sri Rahayu Hartono", "pronoun continuation"),
         ("he", "Dedi Kurniawan", "pronoun apposition long"),
         ("he", "Dedi Kurniawan", "pronoun continuation"),
         ("the district head", "Asep Firmansyah", "description"),
         ("Environmental group Walhi Nusantara", "Walhi Nusantara", "org partial"),
         ("the minister", "Sri Rahayu Hartono", "description")]),
    _item(  # 6 Italy: asylum centres abroad
        "ROME — Italy’s interior minister, Gianluca Ferrantelli, defended a deal to process"
        " asylum seekers in Albania on Monday, a day after a court in Rome ordered the release of"
        " the first twelve people sent there.\n\n"
        "“The judges have made a political decision, and we will respond with a political one,”"
        " Ferrantelli said on the state broadcaster.\n\n"
        "Italy’s National Association of Magistrates said in a written statement"
        " that judges had “simply"
        " applied European law” and called the minister’s words “an attack on the independence"
        " of the courts.”\n\n"
        "The leader of the opposition Democratic Party, Chiara Benedetti-Sforza, said the scheme"
        " had cost “eight hundred million euros to move twelve people across the sea and back.”"
        " “It is the most expensive ferry service in Europe,” she said.\n\n"
        "Prime Minister Lorenza Valente did not comment directly, but a person close to her said"
        " she was “irritated, not worried.”\n\n"
        "Ferrantelli, a senior figure in the governing League, said the government would issue a"
        " decree listing safe countries of origin. “Then there will be nothing for the judges to"
        " interpret,” he said.",
        [("Ferrantelli", "Gianluca Ferrantelli", "name"),
         ("Italy’s National Association of Magistrates", "National Association of Magistrates",
          "org partial"),
         ("Italy’s National Association of Magistrates", "National Association of Magistrates",
          "org partial verb continuation"),
         ("The leader of the opposition Democratic Party, Chiara Benedetti-Sforza",
          "Chiara Benedetti-Sforza", "apposition partial long"),
         ("she", "Chiara Benedetti-Sforza", "pronoun"),
         ("a person close to her", None, "anonymous partial"),
         ("he", "Gianluca Ferrantelli", "pronoun previous_sentence")]),
    _item(  # 7 Pakistan: a former prime minister sentenced
        "ISLAMABAD — Pakistan’s former prime minister, Imtiaz Qureshi, was sentenced on Wednesday"
        " to seven years in prison on corruption charges, days before an election in which his"
        " party has been barred from using its symbol.\n\n"
        "“This verdict was written before the trial began,” his lawyer, Salman Akhtar Butt, told"
        " reporters outside the court in Rawalpindi. “We will appeal, and we will win.”\n\n"
        "The information minister, Nadia Farooqui, said the court had acted on evidence. “The law"
        " has taken its course, nothing more and nothing less,” she said at a news"
        " conference.\n\n"
        "Qureshi, 71, has been in custody since August. In a message read out by his sister,"
        " Aleena Qureshi, he urged supporters to vote: “They can lock the door, but they cannot"
        " lock the ballot.”\n\n"
        "The United States said it was following the case closely. A State Department"
        " spokesman, Daniel Whitcombe, said Washington wanted elections that were “free, fair and"
        " credible.”\n\n"
        "The former prime minister’s party said in a written statement"
        " that it would not boycott the"
        " vote. Its secretary general, Omar Ayub Niazi, said the verdict would “only fill the"
        " polling stations.”\n\n"
        "Farooqui dismissed the idea that the verdict would help Qureshi. “Sympathy does not win"
        " elections,” the minister said.",
        [("his lawyer, Salman Akhtar Butt", "Salman Akhtar Butt", "apposition possessive verb"),
         ("his lawyer, Salman Akhtar Butt", "Salman Akhtar Butt", "continuation"),
         ("she", "Nadia Farooqui", "pronoun apposition"),
         ("he", "Imtiaz Qureshi", "pronoun colon intervening"),
         ("A State Department spokesman, Daniel Whitcombe", "Daniel Whitcombe",
          "apposition partial"),
         ("Its secretary general, Omar Ayub Niazi", "Omar Ayub Niazi",
          "apposition possessive partial"),
         ("the minister", "Nadia Farooqui", "description")]),
    _item(  # 8 US: the Iowa caucuses, three candidates
        "DES MOINES, Iowa — Two days before the Iowa caucuses, Senator Evelyn Thornbury and former"
        " Gov. Marcus Adeyemi traded their sharpest attacks yet, each accusing the other of"
        " misleading voters about their records on farm subsidies.\n\n"
        "“Marcus voted to cut crop insurance three times when he was governor,” Thornbury told a"
        " crowd in Ames. “Now he wants you to forget it.”\n\n"
        "Adeyemi, speaking an hour later in Cedar Rapids, said the senator was “rewriting history"
        " with a crayon.” “Evelyn has been in Washington so long she thinks Iowa is a suburb,” he"
        " said.\n\n"
        "A third candidate, the businesswoman Carla Whitfield-Nunez, has gained ground in recent"
        " polls by staying out of the fight. “While they argue about the past, I am talking"
        " about next year’s harvest,” she said at a diner in Ankeny.\n\n"
        "Thornbury’s campaign manager, Ruth Engelhardt, said the senator’s internal polling"
        " showed her “comfortably ahead.” The Adeyemi campaign called that claim “a fantasy with"
        " a margin of error.”\n\n"
        "The Des Moines Courier-Gazette, which endorsed Thornbury last week, wrote that the race"
        " had become “a contest of grievances.”\n\n"
        "Thornbury, 67, brushed aside questions about her age at a rally on Saturday night. “I"
        " have more energy than the two of them put together,” she said. Whitfield-Nunez laughed"
        " when told of the remark. “The senator can keep her energy,” the businesswoman said."
        " “I will take the votes.”\n\n"
        "Adeyemi ended his day at a fire hall in Marshalltown. “I am the only one in this race"
        " who has balanced a budget,” the former governor said.",
        [("Thornbury", "Evelyn Thornbury", "name verb"),
         ("Thornbury", "Evelyn Thornbury", "continuation"),
         ("Adeyemi", "Marcus Adeyemi", "participle partial intervening"),
         ("he", "Marcus Adeyemi", "pronoun"),
         ("she", "Carla Whitfield-Nunez", "pronoun apposition two_speakers"),
         ("Thornbury’s campaign manager, Ruth Engelhardt", "Ruth Engelhardt",
          "apposition possessive partial"),
         ("The Adeyemi campaign", "Adeyemi campaign", "org verb partial"),
         ("The Des Moines Courier-Gazette", "Des Moines Courier-Gazette",
          "newspaper verb partial"),
         ("she", "Evelyn Thornbury", "pronoun previous_sentence two_speakers"),
         ("the businesswoman", "Carla Whitfield-Nunez", "description"),
         ("the businesswoman", "Carla Whitfield-Nunez", "description continuation"),
         ("the former governor", "Marcus Adeyemi", "description long")]),
    _item(  # 9 Chile: a shorter working week
        "SANTIAGO — Chile’s president, Camila Errázuriz Vidal, signed a law on Monday that cuts"
        " the working week from 45 to 40 hours over five years, fulfilling a central campaign"
        " promise.\n\n"
        "“Time is the one thing we cannot give back to our workers, so today we are returning"
        " some of it,” Errázuriz said at a ceremony in the presidential palace.\n\n"
        "The employers’ federation, the Confederation of Production and Commerce, said the law"
        " would “hurt small businesses most.” Its president, Álvaro Larraín Echeverría, said in"
        " an interview that many firms would “simply hire fewer people.”\n\n"
        "The labour minister, Jeannette Huenchumilla, rejected that. “Every country that has"
        " shortened the week has become more productive, not less,” she said.\n\n"
        "A lawmaker from the opposition Independent Democratic Union, Felipe Cruzat Montes, voted"
        " against the law. “The president is spending money that small shops do not have,” the"
        " deputy said.\n\n"
        "Errázuriz, 41, the youngest president in Chile’s history, said she would meet business"
        " leaders next month. “My door has never been closed to them,” the president said."
        " “Neither has my ear.”\n\n"
        "Unions said they would watch the rollout closely. A leader of the CUT labor federation,"
        " who requested anonymity because talks were continuing, said workers would “hold the"
        " government to every hour.”",
        [("Errázuriz", "Camila Errázuriz Vidal", "name"),
         ("The employers’ federation, the Confederation of Production and Commerce",
          "Confederation of Production and Commerce", "org apposition partial"),
         ("Its president, Álvaro Larraín Echeverría", "Álvaro Larraín Echeverría",
          "apposition possessive partial intervening"),
         ("she", "Jeannette Huenchumilla", "pronoun apposition"),
         ("the deputy", "Felipe Cruzat Montes", "description"),
         ("the president", "Camila Errázuriz Vidal", "description"),
         ("the president", "Camila Errázuriz Vidal", "description continuation"),
         ("A leader of the CUT labor federation", None, "anonymous partial long")]),
]
