"""Quote set attr12: invented political news written by attr12 in the twelfth round
(2 December 2026), US and other countries, in the style of wire copy and newspaper politics
pages: long articles where two people of one sex speak in turn, sources given as
descriptions that refer back to someone named earlier ("the 58-year-old Democrat", "the
governor", "the Wyoming senator"), unnamed sources that name nobody ("a senior aide to the
governor", "the ministry's spokeswoman", "one of the officials", "the official"),
organisations, ministries, offices and newspapers that speak, appositions, colons,
possessives ("Ocampo's message to investors was simple:"), fronted participles ("Asked
whether...", "Speaking to reporters..."), verbs other than say, continuations, and a
placard and a scare quote that are not quotes.

Written in one sitting with its held-out third, tools/invented_quotes_attr12_held.py,
before the analyser was run on either; the misses of this file were read to find classes,
those of the held-out third never were (only its totals are counted).

Each item is built by `_item` from its text and one spec per pair of quotation marks, in
text order: (source as written, speaker, classes[, source_after]), or None for quoted
words that are not a quote. The fields it produces are those of
tools/invented_quotes_e.py (speaker: the person, organisation or country that speaks,
None when the text names nobody; a document, an office or an anonymous official is
nobody; a country's foreign ministry speaks for the country).

    python tools/score_invented_quotes.py -v attr12
"""

from __future__ import annotations

import re
from typing import Any

Spec = tuple[Any, ...] | None


def _item(text: str, specs: list[Spec], marks: str = "“”") -> dict[str, Any]:
    opening, closing = marks
    inner = re.findall(re.escape(opening) + "([^" + closing + "]*)" + re.escape(closing), text)
    if len(inner) != len(specs):
        raise ValueError(f"{len(inner)} quoted spans, {len(specs)} specs: {text[:50]!r}")
    quotes: list[dict[str, Any]] = []
    not_quotes: list[str] = []
    for words, spec in zip(inner, specs, strict=True):
        if spec is None:
            not_quotes.append(words)
            continue
        gq: dict[str, Any] = {"text": words, "source": spec[0], "speaker": spec[1],
                              "cls": spec[2].split()}
        if len(spec) > 3:
            gq["source_after"] = spec[3]
        quotes.append(gq)
    return {"text": text, "quotes": quotes, "not_quotes": not_quotes}


ITEMS = [
    _item(  # 0 US state: a governor's veto
        "SACRAMENTO, Calif. — Gov. Teresa Valdivieso-Clarke vetoed a $4 billion transit bill on"
        " Friday, setting up a showdown with the Democratic majority that passed it two weeks"
        " ago.\n\n"
        "“This bill spends money we do not have on trains nobody will ride,” the governor said"
        " in a written statement. “I will not sign a promise I cannot keep.”\n\n"
        "The Assembly speaker, Raymond Ostrowski, said he had the votes to override the veto."
        " “She has picked the wrong fight in the wrong year,” Ostrowski told reporters in the"
        " Capitol.\n\n"
        "A senior aide to the governor, who would discuss the private talks only if not"
        " named, said the two sides had been “close to a deal” as late as Wednesday night.\n\n"
        "Ostrowski disputed that account. “Close is a word people use when they want you to"
        " stop asking,” the 58-year-old Democrat said.\n\n"
        "Transit unions, which spent heavily on the campaign for the bill, were blunt. “Every"
        " commuter in this state just got a lesson in who the governor works for,” said Lorna"
        " Mbeki-Shaw, president of the Amalgamated Transit Workers local.\n\n"
        "Valdivieso-Clarke, a former county prosecutor, has vetoed more bills than any governor"
        " in two decades. Asked on Thursday whether she feared an override, she shrugged. “Let"
        " them count,” she said.\n\n"
        "Her chief of staff, Dominic Farrell, later sent lawmakers a memo describing the bill as"
        " “a blank check with a bow on it.”\n\n"
        "The memo also warned that the administration would “use every tool available” to block"
        " the spending, according to two people who had read it.\n\n"
        "Ostrowski said the override vote would come next week. “We are not asking"
        " permission,” he said.",
        [("the governor", "Teresa Valdivieso-Clarke", "description"),
         ("the governor", "Teresa Valdivieso-Clarke", "continuation description"),
         ("Ostrowski", "Raymond Ostrowski", "name verb"),
         ("A senior aide to the governor", None, "anonymous partial intervening"),
         ("the 58-year-old Democrat", "Raymond Ostrowski", "description"),
         ("Lorna Mbeki-Shaw", "Lorna Mbeki-Shaw", "name apposition"),
         ("she", "Teresa Valdivieso-Clarke", "pronoun participle"),
         ("Her chief of staff, Dominic Farrell", "Dominic Farrell",
          "apposition possessive partial long"),
         ("The memo", None, "document partial according"),
         ("he", "Raymond Ostrowski", "pronoun")]),
    _item(  # 1 UK: a backbench revolt, single quotation marks
        "LONDON — The chancellor, Priya Raghunathan, faced a revolt from her own backbenches on"
        " Tuesday over plans to means-test the winter fuel allowance.\n\n"
        "‘We were elected to protect pensioners, not to send them forms,’ said Geoffrey Hallam,"
        " the MP for Ashby Vale, who is organising the rebels.\n\n"
        "Treasury officials insisted the policy would survive. A Treasury spokeswoman said:"
        " ‘The chancellor has been clear that the public finances must be repaired, and this"
        " measure is part of that.’\n\n"
        "Raghunathan herself struck a defiant note. ‘I would rather be unpopular for a year than"
        " irresponsible for a decade,’ she told the Commons.\n\n"
        "The shadow chancellor, Marcus Doyle-Pennington, mocked the plan. ‘She has found the one"
        " group of voters who still turn out, and decided to annoy them,’ he said.\n\n"
        "Hallam, a former soldier who has sat in the Commons since 2010, said he had gathered"
        " more than forty names. ‘The whips can count as well as I can,’ the veteran"
        " backbencher added.\n\n"
        "A government source said the rebels were ‘making noise for their local papers’ and"
        " would fold before the vote.\n\n"
        "The Daily Sentinel, which has campaigned against the policy, said in its leader column"
        " that the government was ‘picking the pockets of the frail’.\n\n"
        "Downing Street said the prime minister retained ‘full confidence’ in the chancellor.",
        [("Geoffrey Hallam", "Geoffrey Hallam", "name apposition"),
         ("A Treasury spokeswoman", None, "anonymous colon"),
         ("she", "Priya Raghunathan", "pronoun previous_sentence"),
         ("he", "Marcus Doyle-Pennington", "pronoun"),
         ("the veteran backbencher", "Geoffrey Hallam", "description verb"),
         ("A government source", None, "anonymous partial"),
         ("The Daily Sentinel", "Daily Sentinel", "newspaper partial intervening"),
         ("Downing Street", "Downing Street", "org partial")],
        marks="‘’"),
    _item(  # 2 India: clashes and a minister under fire
        "NEW DELHI — India’s home minister, Arvind Subramaniam, accused the opposition on Sunday"
        " of “playing with fire” in the northeastern state of Manipur, where three days of"
        " clashes have left at least eleven people dead.\n\n"
        "Addressing a rally in Guwahati, Subramaniam said the opposition Congress party had"
        " “encouraged the mobs with its silence.”\n\n"
        "The Congress leader in the lower house, Rakesh Bhattacharjee, rejected the charge."
        " “The home minister is responsible for law and order, not us,” he told reporters in"
        " Parliament. “He should resign.”\n\n"
        "The chief minister of Manipur, Thokchom Ibomcha Devi, appealed for calm. “Nobody gains"
        " from burning a neighbour’s house,” she said in a televised address.\n\n"
        "A senior police officer in Imphal, who requested anonymity because he was not"
        " authorised to brief the media, said the force was “stretched beyond anything we"
        " have seen.”\n\n"
        "Subramaniam, a close ally of the prime minister, has rarely faced such criticism from"
        " within his own party. But on Saturday a veteran lawmaker from the governing bloc, Mohan"
        " Lal Trivedi, said the government had been “too slow by a week.”\n\n"
        "Trivedi later softened his remarks. “I support the minister fully,” the 74-year-old"
        " said. “I only asked for more speed.”\n\n"
        "The Ministry of Home Affairs said in a written statement"
        " that additional paramilitary units had"
        " been sent and that the situation was “under control.”\n\n"
        "Bhattacharjee was unconvinced. “Under control is what they said last month,” he"
        " said.",
        [("India’s home minister, Arvind Subramaniam", "Arvind Subramaniam",
          "apposition verb partial long"),
         ("Subramaniam", "Arvind Subramaniam", "participle partial"),
         ("he", "Rakesh Bhattacharjee", "pronoun apposition"),
         ("he", "Rakesh Bhattacharjee", "pronoun continuation"),
         ("she", "Thokchom Ibomcha Devi", "pronoun"),
         ("A senior police officer in Imphal", None, "anonymous partial long"),
         ("a veteran lawmaker from the governing bloc, Mohan Lal Trivedi", "Mohan Lal Trivedi",
          "apposition partial long"),
         ("the 74-year-old", "Mohan Lal Trivedi", "description"),
         ("the 74-year-old", "Mohan Lal Trivedi", "description continuation"),
         ("The Ministry of Home Affairs", "Ministry of Home Affairs", "org partial"),
         ("he", "Rakesh Bhattacharjee", "pronoun two_speakers")]),
    _item(  # 3 Brazil: a betting tax
        "BRASÍLIA — Brazil’s finance minister, Otávio Nascimento Prado, defended a new tax on"
        " online betting on Tuesday, telling a Senate committee that the industry had “grown"
        " faster than our ability to regulate it.”\n\n"
        "Senators from the opposition were unmoved. Senator Cláudia Ferraz Lobo, who chairs the"
        " committee, put it bluntly: “This is a tax on the poor dressed up as a tax on vice.”\n\n"
        "Prado replied that most bettors were middle-class men in their thirties. “The data do"
        " not support the senator,” he said.\n\n"
        "The betting companies’ trade group, the Brazilian Gaming Association, warned in a"
        " statement that the tax would “push millions of players to illegal sites.”\n\n"
        "Its president, Rodrigo Almeida Sampaio, went further in remarks to the newspaper"
        " O Correio Paulista. “The government is killing the goose before it has laid a single"
        " egg,” he said.\n\n"
        "President Luíza Monteiro has backed her minister. Speaking to reporters in São Paulo,"
        " the president said the tax was “a matter of public health, not of revenue.”\n\n"
        "Lobo, a former judge, scoffed at that. “If it is about health, why does the Treasury"
        " need the money by March?” the senator asked.\n\n"
        "A government official involved in the negotiations said the administration expected"
        " the bill to pass “with a few scratches.”",
        [("Brazil’s finance minister, Otávio Nascimento Prado", "Otávio Nascimento Prado",
          "apposition participle partial long"),
         ("Senator Cláudia Ferraz Lobo", "Cláudia Ferraz Lobo", "colon intervening verb"),
         ("he", "Otávio Nascimento Prado", "pronoun previous_sentence"),
         ("The betting companies’ trade group, the Brazilian Gaming Association",
          "Brazilian Gaming Association", "org apposition verb partial"),
         ("he", "Rodrigo Almeida Sampaio", "pronoun previous_sentence"),
         ("the president", "Luíza Monteiro", "description participle partial"),
         ("the senator", "Cláudia Ferraz Lobo", "description verb"),
         ("A government official involved in the negotiations", None,
          "anonymous partial")]),
    _item(  # 4 Japan: a no-confidence vote, two men in turn
        "TOKYO — Japan’s prime minister, Kenji Morimoto, survived a no-confidence vote on Friday,"
        " but a rebellion in his own party left him weaker than at any time since he took"
        " office.\n\n"
        "“The vote is over, and the work begins again tomorrow,” Morimoto said after the result"
        " was read out in the lower house.\n\n"
        "The motion was brought by the main opposition party, whose leader, Takeshi Hanamura,"
        " accused the government of “governing by apology.” “Every week there is a new scandal"
        " and a new bow,” Hanamura said. “Bowing is not a policy.”\n\n"
        "Seventeen members of the governing party abstained. One of them, the former defence"
        " minister Ryo Kawabata, said he had acted “out of loyalty to the party, not to the"
        " man.”\n\n"
        "Kawabata, 66, is widely seen as a rival to Morimoto. He denied that he was preparing a"
        " leadership challenge. “I have no plans, and I have no faction,” he told reporters."
        " “I have only a conscience.”\n\n"
        "Morimoto did not respond to that directly. Asked later whether he trusted Kawabata, he"
        " paused before answering. “I trust every member who voted with me,” he said.\n\n"
        "The chief cabinet secretary, Aiko Tsukamoto, said the government would press ahead with"
        " its defence budget. “Nothing about today changes the security situation in our"
        " region,” she said.\n\n"
        "The daily Nihon Keizai Herald said in an editorial that the vote was “a warning, not a"
        " verdict.”\n\n"
        "Hanamura said the opposition would try again in the autumn. “We lost tonight by forty"
        " votes,” the opposition leader said. “Next time it will be four.”",
        [("Morimoto", "Kenji Morimoto", "name"),
         ("whose leader, Takeshi Hanamura", "Takeshi Hanamura", "apposition verb partial"),
         ("Hanamura", "Takeshi Hanamura", "name"),
         ("Hanamura", "Takeshi Hanamura", "continuation"),
         ("One of them, the former defence minister Ryo Kawabata", "Ryo Kawabata",
          "apposition partial long"),
         ("he", "Ryo Kawabata", "pronoun previous_sentence two_speakers"),
         ("he", "Ryo Kawabata", "pronoun continuation"),
         ("he", "Kenji Morimoto", "pronoun participle two_speakers"),
         ("she", "Aiko Tsukamoto", "pronoun"),
         ("The daily Nihon Keizai Herald", "Nihon Keizai Herald", "newspaper partial"),
         ("the opposition leader", "Takeshi Hanamura", "description long"),
         ("the opposition leader", "Takeshi Hanamura", "description continuation")]),
    _item(  # 5 South Africa: power cuts, unnamed sources
        "JOHANNESBURG — South Africa’s energy ministry said on Thursday that scheduled power"
        " cuts would return next week after two units at a coal-fired station broke down.\n\n"
        "“We regret the inconvenience, but the grid must be protected,” the ministry’s"
        " spokeswoman said in a statement.\n\n"
        "The announcement drew fury from business groups. “Every hour of darkness costs this"
        " economy jobs it cannot afford to lose,” said Thandiwe Mokoena, chief executive of the"
        " Gauteng Chamber of Commerce.\n\n"
        "The opposition Democratic Alliance’s energy spokesman, Pieter van Wyk, said the minister"
        " should appear before Parliament. “He owes the country an explanation, not a press"
        " release,” van Wyk said.\n\n"
        "The minister, Sibusiso Nkosi, was travelling in China and could not be reached. His"
        " office said he would “address the matter on his return.”\n\n"
        "A senior engineer at the utility, who spoke on condition that he not be named, said the"
        " units had been “run into the ground” for years. “Nobody wanted to pay for"
        " maintenance,” the engineer said.\n\n"
        "Residents of Soweto, some of whom have been without reliable power for months, were"
        " scathing. “They promise light every winter,” said Nomvula Dlamini, a 52-year-old"
        " nurse. “Every winter we buy candles.”\n\n"
        "Nkosi, a former trade unionist, took office last year promising to end the cuts by"
        " December.",
        [("the ministry’s spokeswoman", None, "anonymous description possessive"),
         ("Thandiwe Mokoena", "Thandiwe Mokoena", "name apposition"),
         ("van Wyk", "Pieter van Wyk", "name"),
         ("His office", None, "document possessive partial"),
         ("A senior engineer at the utility", None, "anonymous partial"),
         ("the engineer", None, "anonymous description"),
         ("Nomvula Dlamini", "Nomvula Dlamini", "name apposition"),
         ("Nomvula Dlamini", "Nomvula Dlamini", "continuation")]),
    _item(  # 6 Canada: a dental plan, two women
        "OTTAWA — Canada’s health minister, Geneviève Lapointe-Roy, announced on Wednesday a"
        " national dental plan for children, the first expansion of public health coverage in a"
        " generation.\n\n"
        "“No child in this country should have to miss school because of a toothache,”"
        " Lapointe-Roy said at a clinic in Gatineau. “Starting in July, no child will.”\n\n"
        "The Conservative health critic, Marjorie Kowalczyk, said the plan would cost billions"
        " and duplicate provincial programs. “The minister has announced a program before she"
        " has found a dentist willing to run it,” she said.\n\n"
        "Alberta’s premier, Douglas Fairweather, said his province had not been consulted."
        " “Health care is provincial, and Ottawa knows it,” Fairweather said in a statement.\n\n"
        "The Canadian Dental Association said it welcomed the goal but had “serious concerns"
        " about the fee schedule.”\n\n"
        "Lapointe-Roy, a pediatrician before she entered politics, said she expected the"
        " provinces to come on board. Kowalczyk, for her part, said she would ask the auditor"
        " general to review the costs.\n\n"
        "“We will follow every dollar,” she told reporters in the foyer of the House of"
        " Commons.\n\n"
        "A senior government official, speaking on background, said the plan had been costed at"
        " about $3 billion a year “and not a cent more.”\n\n"
        "The Ottawa Ledger reported on Thursday that two provinces were already negotiating side"
        " deals. Asked about the report, the minister said: “I do not comment on negotiations,"
        " but I welcome every conversation.”",
        [("Lapointe-Roy", "Geneviève Lapointe-Roy", "name"),
         ("Lapointe-Roy", "Geneviève Lapointe-Roy", "continuation"),
         ("she", "Marjorie Kowalczyk", "pronoun apposition"),
         ("Fairweather", "Douglas Fairweather", "name"),
         ("The Canadian Dental Association", "Canadian Dental Association", "org partial"),
         ("she", "Marjorie Kowalczyk", "pronoun previous_sentence two_speakers"),
         ("A senior government official", None, "anonymous partial intervening"),
         ("the minister", "Geneviève Lapointe-Roy", "description colon participle")]),
    _item(  # 7 Mexico: security strategy
        "MEXICO CITY — Mexico’s president, Ximena Aldana Robles, defended her security strategy"
        " on Monday after a weekend of violence in the state of Guerrero left twenty-three"
        " people dead.\n\n"
        "“We are not going back to the war of the past,” Aldana said at her daily morning news"
        " conference. “Hugs, not bullets, is not a slogan. It is a plan.”\n\n"
        "Critics were unconvinced. Senator Fernando Ibarra Castillo of the opposition National"
        " Action Party called the strategy “a white flag with a press office.”\n\n"
        "Guerrero’s governor, Rosalba Quintero, pleaded for federal help. “We have the police of"
        " a village and the problems of a country,” the governor told the radio station Radio"
        " Fórmula Sur.\n\n"
        "The Defence Ministry announced that two thousand troops of the National Guard"
        " would arrive in the state by Wednesday “to restore order, not to occupy.”\n\n"
        "Aldana, asked whether she would meet the governor, said a meeting was “already on the"
        " calendar.”\n\n"
        "Ibarra, 55, a former state attorney general, said troops alone would not solve the"
        " problem. “You cannot send soldiers to fight an accountant,” the senator said,"
        " referring to the cartels’ financial networks.\n\n"
        "A security analyst at the Colegio de México, Andrés Peña Villalobos, said both sides"
        " were “talking past the victims.”",
        [("Aldana", "Ximena Aldana Robles", "name"),
         ("Aldana", "Ximena Aldana Robles", "continuation"),
         ("Senator Fernando Ibarra Castillo", "Fernando Ibarra Castillo",
          "verb partial long"),
         ("the governor", "Rosalba Quintero", "description verb"),
         ("The Defence Ministry", "Defence Ministry", "org partial long"),
         ("Aldana", "Ximena Aldana Robles", "participle partial intervening"),
         ("the senator", "Fernando Ibarra Castillo", "description"),
         ("A security analyst at the Colegio de México, Andrés Peña Villalobos",
          "Andrés Peña Villalobos", "apposition partial")]),
    _item(  # 8 Philippines: a Senate inquiry
        "MANILA — The Philippine Senate opened an inquiry on Tuesday into the purchase of 40"
        " patrol boats that critics say cost three times their market price.\n\n"
        "Senator Ramon Villaluz-Cruz, who chairs the blue ribbon committee, opened the hearing"
        " with a warning. “If anyone in this room lied to us last year, today is the day to"
        " correct the record,” he said.\n\n"
        "The defence secretary, Gilberto Manalastas, denied any wrongdoing. “Every peso was"
        " spent according to the law,” he testified. “Every contract was reviewed by three"
        " offices.”\n\n"
        "Villaluz-Cruz held up a copy of the contract. “Then why are there two signatures on"
        " page forty and none on page forty-one?” the senator asked.\n\n"
        "Manalastas said he would provide the missing pages “within the week.”\n\n"
        "A former navy officer, Captain Liza Bautista-Reyes, told the committee she had warned"
        " her superiors in 2022. “I wrote three memos, and I received three silences,” she"
        " said.\n\n"
        "Malacañang Palace, the president’s office, said in a written statement that the president"
        " “welcomes any inquiry that strengthens public trust.”\n\n"
        "Outside the Senate, protesters held placards reading “Boats, Not Bribes.”\n\n"
        "The committee will resume on Thursday. Manalastas, 68, a retired general, has said he"
        " will attend. “I have nothing to hide,” the secretary told reporters as he left. “I"
        " will be here.”",
        [("he", "Ramon Villaluz-Cruz", "pronoun previous_sentence"),
         ("he", "Gilberto Manalastas", "pronoun verb"),
         ("he", "Gilberto Manalastas", "pronoun continuation"),
         ("the senator", "Ramon Villaluz-Cruz", "description verb"),
         ("Manalastas", "Gilberto Manalastas", "name partial"),
         ("she", "Liza Bautista-Reyes", "pronoun apposition"),
         ("Malacañang Palace", "Malacañang Palace", "org apposition partial"),
         None,
         ("the secretary", "Gilberto Manalastas", "description verb"),
         ("the secretary", "Gilberto Manalastas", "description continuation")]),
    _item(  # 9 Kenya: a loan, unnamed officials
        "NAIROBI — Kenya’s treasury will seek a new loan from the International Monetary Fund,"
        " two officials with knowledge of the talks said on Wednesday, weeks after protests"
        " forced the government to withdraw a tax bill.\n\n"
        "“The numbers leave no other option,” one of the officials said. “We either borrow or we"
        " stop paying salaries.”\n\n"
        "The Treasury Cabinet Secretary, Wanjiru Kamau-Odhiambo, declined to confirm the talks."
        " “I will not negotiate in the newspapers,” she told a parliamentary committee.\n\n"
        "The IMF’s resident representative in Nairobi said in an email that the fund “stands"
        " ready to support Kenya” but gave no details.\n\n"
        "Opposition leader Peter Otieno Ouma said any new loan would be “a second tax bill"
        " through the back door.”\n\n"
        "“The young people who marched in June were not marching for the IMF,” Ouma said at a"
        " rally in Kisumu. “They were marching against it.”\n\n"
        "An economist at the University of Nairobi, Dr. Grace Njeri Mwangi, said the treasury"
        " had few good choices. “Every road from here runs through a creditor,” she said.\n\n"
        "Kamau-Odhiambo, the first woman to hold the post, has said repeatedly that Kenya will"
        " not default. “Kenya pays its debts,” the cabinet secretary said last month.",
        [("one of the officials", None, "anonymous"),
         ("one of the officials", None, "anonymous continuation"),
         ("she", "Wanjiru Kamau-Odhiambo", "pronoun"),
         ("The IMF’s resident representative in Nairobi", None,
          "anonymous possessive partial"),
         ("Opposition leader Peter Otieno Ouma", "Peter Otieno Ouma", "name partial"),
         ("Ouma", "Peter Otieno Ouma", "name"),
         ("Ouma", "Peter Otieno Ouma", "continuation"),
         ("she", "Grace Njeri Mwangi", "pronoun apposition"),
         ("the cabinet secretary", "Wanjiru Kamau-Odhiambo", "description")]),
    _item(  # 10 US House: a subpoena, two men in turn
        "WASHINGTON — The House Judiciary Committee voted along party lines on Wednesday to"
        " subpoena the attorney general, escalating a fight over the department’s handling of an"
        " investigation into a former Cabinet secretary.\n\n"
        "Rep. Curtis Langford of Ohio, the committee’s Republican chairman, said the department"
        " had ignored “six letters and two deadlines.” “We asked nicely,” he said. “Now we are"
        " asking with a subpoena.”\n\n"
        "The committee’s top Democrat, Rep. Jerome Whitaker of Maryland, called the vote “a stunt"
        " for cable television.” He said the chairman had not even read the department’s"
        " replies.\n\n"
        "“He is not interested in answers,” Whitaker said. “He is interested in clips.”\n\n"
        "Langford, a former prosecutor who is running for the Senate next year, rejected that."
        " “I have read every page they sent, all eleven of them,” he said.\n\n"
        "The Justice Department said in a written statement"
        " that it had “engaged in good faith” with the"
        " committee and would respond to the subpoena “through the appropriate channels.”\n\n"
        "Attorney General Miriam Castellano-Reyes has not commented publicly. A department"
        " spokeswoman said the attorney general was “focused on the work of the department.”\n\n"
        "Whitaker, 70, has served on the committee since 1999. He said he had seen “subpoenas"
        " used for oversight and subpoenas used for theater.” “This one has a ticket booth,” the"
        " Maryland Democrat said.\n\n"
        "Langford said he expected compliance within two weeks. Asked what he would do if the"
        " attorney general refused, he said: “Then we will see her in court.”",
        [("Rep. Curtis Langford", "Curtis Langford", "apposition partial long"),
         ("he", "Curtis Langford", "pronoun"),
         ("he", "Curtis Langford", "pronoun continuation"),
         ("The committee’s top Democrat, Rep. Jerome Whitaker", "Jerome Whitaker",
          "apposition possessive verb partial"),
         ("Whitaker", "Jerome Whitaker", "name"),
         ("Whitaker", "Jerome Whitaker", "continuation"),
         ("he", "Curtis Langford", "pronoun previous_sentence two_speakers"),
         ("The Justice Department", "Justice Department", "org partial"),
         ("The Justice Department", "Justice Department", "org partial continuation"),
         ("A department spokeswoman", None, "anonymous partial"),
         ("He", "Jerome Whitaker", "pronoun partial previous_sentence"),
         ("the Maryland Democrat", "Jerome Whitaker", "description"),
         ("he", "Curtis Langford", "pronoun colon participle two_speakers")]),
    _item(  # 11 Germany: a coalition row
        "BERLIN — Germany’s governing coalition came close to collapse on Monday after the"
        " finance minister, Konstantin Reuter, refused to approve extra spending for the"
        " railways.\n\n"
        "“The debt brake is in the constitution, not in my mood,” Reuter told reporters at the"
        " finance ministry. “I do not have the power to ignore it, and neither does anyone"
        " else.”\n\n"
        "The transport minister, Annegret Wolters-Kühn of the Greens, accused her colleague of"
        " “hiding behind paragraphs while the trains fall apart.”\n\n"
        "Chancellor Matthias Oberländer tried to calm the dispute. “Coalitions argue; that is"
        " what they are for,” the chancellor said at a news conference with the Dutch prime"
        " minister. “What matters is that they decide.”\n\n"
        "A spokesman for the Greens’ parliamentary group said the party would “not accept"
        " another year of closed stations.”\n\n"
        "Reuter, 52, the leader of the pro-business Free Democrats, has threatened before to"
        " leave the government. Asked whether he would do so now, he smiled. “I am still here,"
        " as you can see,” he said.\n\n"
        "Wolters-Kühn said she would bring the issue to the cabinet on Wednesday. “We will have"
        " a decision or we will have a problem,” she said.\n\n"
        "The Rheinische Stimme, citing people close to the chancellor, said a private dinner"
        " with both ministers had been “frank but friendly.”",
        [("Reuter", "Konstantin Reuter", "name verb"),
         ("Reuter", "Konstantin Reuter", "continuation"),
         ("The transport minister, Annegret Wolters-Kühn", "Annegret Wolters-Kühn",
          "apposition verb partial"),
         ("the chancellor", "Matthias Oberländer", "description"),
         ("the chancellor", "Matthias Oberländer", "description continuation"),
         ("A spokesman for the Greens’ parliamentary group", None, "anonymous partial"),
         ("he", "Konstantin Reuter", "pronoun participle"),
         ("she", "Annegret Wolters-Kühn", "pronoun"),
         ("The Rheinische Stimme", "Rheinische Stimme",
          "newspaper partial intervening")]),
    _item(  # 12 Argentina: currency controls
        "BUENOS AIRES — Argentina’s economy minister, Sebastián Ocampo Ferrer, unveiled a plan on"
        " Tuesday to lift currency controls before December, a promise that has defeated"
        " three of his predecessors.\n\n"
        "Ocampo’s message to investors was simple: “The peso will be free, and it will be free"
        " this year.”\n\n"
        "The central bank governor, Lucía Bernardotti, who must carry out the plan, was more"
        " cautious. “Free is a destination, not a date,” she said at a separate event.\n\n"
        "Union leaders called a general strike for Thursday. “The minister is freeing the peso"
        " and jailing the wage,” said Héctor Saldívar, secretary general of the CGT labor"
        " federation.\n\n"
        "The Peronist senator Cristina Ayala Montenegro, a frequent critic of the government,"
        " wrote on social media that the plan was “a gift to speculators wrapped in the"
        " flag.”\n\n"
        "President Javier Echeverría Luna defended his minister in a radio interview."
        " “Sebastián has my full support, today and tomorrow,” the president said.\n\n"
        "An analyst at a Buenos Aires consultancy, who requested anonymity because his firm"
        " advises the government, said markets would “want to see it before they believe it.”\n\n"
        "Bernardotti, 58, a former IMF economist, said the bank had enough reserves for an"
        " orderly transition. Asked how much, she declined to say. “Enough,” she said.",
        [("Ocampo", "Sebastián Ocampo Ferrer", "possessive colon"),
         ("she", "Lucía Bernardotti", "pronoun apposition"),
         ("Héctor Saldívar", "Héctor Saldívar", "name apposition"),
         ("The Peronist senator Cristina Ayala Montenegro", "Cristina Ayala Montenegro",
          "verb partial intervening"),
         ("the president", "Javier Echeverría Luna", "description"),
         ("An analyst at a Buenos Aires consultancy", None, "anonymous partial long"),
         ("she", "Lucía Bernardotti", "pronoun participle previous_sentence")]),
    _item(  # 13 South Korea: a special prosecutor bill
        "SEOUL — South Korea’s opposition-controlled National Assembly passed a bill on Thursday"
        " to appoint a special prosecutor to investigate the first lady, setting up a likely"
        " veto by President Yoon Jae-hyuk.\n\n"
        "“No one in this country stands above the law, and that includes the president’s"
        " family,” the leader of the main opposition Democratic Party, Park Min-seo, said after"
        " the vote.\n\n"
        "The presidential office called the bill “political persecution disguised as justice”"
        " and said the president would exercise his right of veto.\n\n"
        "A senior presidential aide told reporters on condition of anonymity that the veto would"
        " come “before the ink is dry.”\n\n"
        "The governing party’s floor leader, Choo Kyung-ho, said the opposition was abusing its"
        " majority. “They have passed more special prosecutor bills in a year than the last"
        " three parliaments combined,” he said.\n\n"
        "Park, a former human rights lawyer, said the opposition would not be deterred. “If he"
        " vetoes it, we will pass it again,” she told reporters. “And again.”\n\n"
        "Choo, 61, dismissed the threat. “She can pass it a hundred times,” the floor leader"
        " said. “The result will be the same.”\n\n"
        "A poll published by the daily Seoul Morning Post showed 58 percent of respondents"
        " supported an investigation.",
        [("the leader of the main opposition Democratic Party, Park Min-seo", "Park Min-seo",
          "apposition long"),
         ("The presidential office", None, "document verb partial"),
         ("A senior presidential aide", None, "anonymous partial"),
         ("he", "Choo Kyung-ho", "pronoun apposition"),
         ("she", "Park Min-seo", "pronoun previous_sentence"),
         ("she", "Park Min-seo", "pronoun continuation"),
         ("the floor leader", "Choo Kyung-ho", "description"),
         ("the floor leader", "Choo Kyung-ho", "description continuation")]),
    _item(  # 14 US state: an attorney general's lawsuit
        "AUSTIN, Texas — The state’s attorney general, Wade Pritchett, sued three of the"
        " country’s largest pharmacy chains on Monday, accusing them of fueling the opioid"
        " epidemic in rural counties.\n\n"
        "“These companies filled prescriptions they knew were fake, and they did it by the"
        " truckload,” Pritchett said at a news conference in the capitol. “Texans paid for it"
        " with their lives.”\n\n"
        "The lawsuit, filed in state court in Travis County, seeks more than $2 billion in"
        " damages.\n\n"
        "A spokesman for one of the chains, Medline Rx, said the company “strongly disputes” the"
        " allegations and would fight them in court. Another chain, CareCorner, said in a"
        " statement that it had “cooperated fully with every regulator.”\n\n"
        "Pritchett, 63, is widely expected to run for governor next year. His likely opponent in"
        " the Republican primary, Lt. Gov. Dale Hendershot, questioned the timing. “Funny how"
        " these lawsuits always show up a year before an election,” Hendershot said in a radio"
        " interview.\n\n"
        "The 63-year-old attorney general brushed off the criticism. “The opioid crisis did not"
        " check the election calendar, and neither do I,” he said.\n\n"
        "Families of overdose victims who attended the news conference welcomed the suit. “My"
        " son would be thirty this year,” said Brenda Oyelaran, of Lubbock, holding a"
        " photograph. “I want somebody to say his name in a courtroom.”",
        [("Pritchett", "Wade Pritchett", "name"),
         ("Pritchett", "Wade Pritchett", "continuation"),
         ("A spokesman for one of the chains, Medline Rx", None, "anonymous partial"),
         ("CareCorner", "CareCorner", "org apposition partial"),
         ("Hendershot", "Dale Hendershot", "name"),
         ("he", "Wade Pritchett", "pronoun description previous_sentence"),
         ("Brenda Oyelaran", "Brenda Oyelaran", "name apposition"),
         ("Brenda Oyelaran", "Brenda Oyelaran", "continuation")]),
    _item(  # 15 Spain: financing talks, a scare quote
        "MADRID — Spain’s government and the Catalan regional executive agreed on Friday to"
        " resume talks on financing, ending a six-month freeze that began when Madrid rejected"
        " what Barcelona called a “fiscal pact.”\n\n"
        "The minister for territorial policy, Begoña Urquijo Sanz, said the talks would start"
        " “without preconditions on either side.”\n\n"
        "“We have spent too long talking about each other instead of with each other,” she said"
        " after meeting the Catalan economy councillor, Jordi Puigvert i Riba.\n\n"
        "Puigvert, for his part, said Catalonia would not give up its demand. “We come to the"
        " table with the same proposal we left with,” he told reporters in Barcelona.\n\n"
        "The conservative Popular Party, the main opposition, denounced the agreement. Its"
        " spokeswoman in Congress, Rocío Alcántara, said the government was “selling the"
        " equality of Spaniards in instalments.” “This is not a negotiation, it is a purchase,”"
        " Alcántara added.\n\n"
        "Sources in the prime minister’s office said the first meeting would take place “before"
        " Christmas, if the calendar allows.”\n\n"
        "Regional elections in Catalonia are due in eighteen months. A senior Catalan official"
        " said the timing was “not an accident.”",
        [None,
         ("The minister for territorial policy, Begoña Urquijo Sanz", "Begoña Urquijo Sanz",
          "apposition partial"),
         ("she", "Begoña Urquijo Sanz", "pronoun previous_sentence"),
         ("he", "Jordi Puigvert i Riba", "pronoun previous_sentence"),
         ("Its spokeswoman in Congress, Rocío Alcántara", "Rocío Alcántara",
          "apposition possessive partial"),
         ("Alcántara", "Rocío Alcántara", "name verb"),
         ("Sources in the prime minister’s office", None, "anonymous partial"),
         ("A senior Catalan official", None, "anonymous partial")]),
    _item(  # 16 Scotland: an independence mandate, two men in turn
        "EDINBURGH — Scotland’s first minister, Callum Strachan, announced on Tuesday that he"
        " would seek a fresh mandate for independence at next year’s Holyrood election, reviving"
        " a question that has divided his party since the last referendum.\n\n"
        "“If the people of Scotland vote for it, Westminster will have to listen,” Strachan told"
        " party members in Perth. “Democracy is not a request.”\n\n"
        "The Scottish Conservative leader, Alasdair Munro, called the plan “a distraction from"
        " the NHS waiting lists.” “He is talking about flags because he cannot talk about"
        " hospitals,” Munro said.\n\n"
        "The UK government’s Scotland secretary, Iain Drummond-Hay, said the question had been"
        " settled in 2014. He told the BBC that the UK government would “not entertain another"
        " referendum in this parliament.”\n\n"
        "Strachan, 45, who took over as party leader last spring, faces doubts within his own"
        " ranks. A senior party figure, speaking privately, said the announcement had been made"
        " “without asking anyone in the group.”\n\n"
        "Munro said the first minister was “out of ideas.” The first minister, asked about the"
        " criticism, smiled. “Alasdair says that every week,” he said. “One week he may be"
        " right.”\n\n"
        "Drummond-Hay, a former banker, said he would meet Strachan next month. “My door is open,"
        " but the answer will not change,” the Scotland secretary said.",
        [("Strachan", "Callum Strachan", "name verb"),
         ("Strachan", "Callum Strachan", "continuation"),
         ("The Scottish Conservative leader, Alasdair Munro", "Alasdair Munro",
          "apposition verb partial"),
         ("Munro", "Alasdair Munro", "name"),
         ("He", "Iain Drummond-Hay", "pronoun partial previous_sentence"),
         ("A senior party figure", None, "anonymous partial participle"),
         ("Munro", "Alasdair Munro", "name partial"),
         ("he", "Callum Strachan", "pronoun participle two_speakers"),
         ("he", "Callum Strachan", "pronoun continuation"),
         ("the Scotland secretary", "Iain Drummond-Hay", "description long")]),
    _item(  # 17 Ghana: illegal mining
        "ACCRA — Ghana’s parliament approved a bill on Friday that would impose prison terms for"
        " illegal gold mining, after a year of protests over poisoned rivers.\n\n"
        "“Our rivers are turning the colour of coffee, and our children are drinking it,” said"
        " the lands minister, Kwabena Asante-Boateng, as he opened the debate.\n\n"
        "The minority leader, Abena Owusu-Ansah, said her party supported the bill but doubted it"
        " would be enforced. “A law nobody enforces is just a poem,” she said.\n\n"
        "The Ghana Chamber of Mines said it welcomed the law, which it said would “separate"
        " responsible miners from criminals.”\n\n"
        "Small-scale miners protested outside parliament. One of them, a 29-year-old from the"
        " Western Region who gave his name only as Kofi, said the law would “take the bread from"
        " thousands of families.”\n\n"
        "Asante-Boateng said the government would offer licences and training to small miners."
        " “We are not against mining,” the minister said. “We are against murder of the"
        " land.”\n\n"
        "The president, Nana Kwame Osei-Tutu, is expected to sign the bill next week. His office"
        " said he would do so “with pride.”",
        [("the lands minister, Kwabena Asante-Boateng", "Kwabena Asante-Boateng",
          "apposition"),
         ("she", "Abena Owusu-Ansah", "pronoun apposition"),
         ("The Ghana Chamber of Mines", "Ghana Chamber of Mines", "org partial intervening"),
         ("Kofi", "Kofi", "apposition long partial"),
         ("the minister", "Kwabena Asante-Boateng", "description"),
         ("the minister", "Kwabena Asante-Boateng", "description continuation"),
         ("His office", None, "document possessive partial")]),
    _item(  # 18 Sweden: citizenship rules
        "STOCKHOLM — Sweden’s migration minister, Johan Lindberg-Åkesson, proposed on Thursday to"
        " double the waiting time for citizenship to ten years, a plan that split the governing"
        " coalition.\n\n"
        "“Citizenship should be the end of integration, not the beginning,” Lindberg-Åkesson"
        " said in a debate article in the newspaper Nordisk Morgon.\n\n"
        "The Liberals, the smallest party in the coalition, said they would not support the plan"
        " in its current form. Their leader, Karin Sjöström, said it “punishes people who have"
        " done everything right.”\n\n"
        "“We did not join this government to make life harder for nurses and engineers,”"
        " Sjöström told the news agency TT.\n\n"
        "The Social Democrats, the largest opposition party, called the proposal “symbolic"
        " politics at its worst.”\n\n"
        "Prime Minister Ulf Bergqvist backed his minister but left room for compromise. “Every"
        " proposal can be improved in negotiations,” the prime minister said. “That is how"
        " Sweden works.”\n\n"
        "A migration researcher at Lund University, Dr. Amira Haddad-Lund, said the change would"
        " make Sweden’s rules among the strictest in Europe. “It sends a message to everyone who"
        " arrived in the last decade,” she said. “The message is: wait.”\n\n"
        "Lindberg-Åkesson, 39, said he was open to talks but would not drop the core of the"
        " plan. “Ten years is the number,” he said.",
        [("Lindberg-Åkesson", "Johan Lindberg-Åkesson", "name"),
         ("Their leader, Karin Sjöström", "Karin Sjöström", "apposition possessive partial"),
         ("Sjöström", "Karin Sjöström", "name verb"),
         ("The Social Democrats", "Social Democrats", "org verb partial apposition"),
         ("the prime minister", "Ulf Bergqvist", "description"),
         ("the prime minister", "Ulf Bergqvist", "description continuation"),
         ("she", "Amira Haddad-Lund", "pronoun apposition"),
         ("she", "Amira Haddad-Lund", "pronoun continuation"),
         ("he", "Johan Lindberg-Åkesson", "pronoun previous_sentence")]),
    _item(  # 19 US: the White House and wildfire aid
        "WASHINGTON — The White House on Tuesday rejected a proposal from Senate Republicans to"
        " tie aid for wildfire victims to cuts in foreign assistance, calling it “a hostage note"
        " with a return address.”\n\n"
        "The press secretary, Danielle Okafor-Briggs, told reporters at the daily briefing that"
        " the president would “not trade one emergency for another.”\n\n"
        "“People in Oregon and California are sleeping in their cars,” Okafor-Briggs said. “They"
        " do not need a debate about Bolivia.”\n\n"
        "Senate Majority Leader Thomas Ridgeway, a Republican from Wyoming, said the White House"
        " was “more interested in a fight than a fix.”\n\n"
        "A senior administration official, who briefed reporters anonymously, said"
        " the president had called Ridgeway on Monday night. The call was “cordial but short,”"
        " the official said.\n\n"
        "Ridgeway, 72, has led Senate Republicans for six years and has rarely lost a spending"
        " fight. “I have seen this movie before,” the Wyoming senator told reporters. “I know"
        " how it ends.”\n\n"
        "The Federal Emergency Management Agency said in a written statement"
        " that its disaster fund could"
        " run dry “within three weeks” without new money.\n\n"
        "Gov. Patricia Lindqvist of Oregon, a Democrat, pleaded with both sides. “My constituents"
        " do not care whose idea it was,” the governor said. “They care whether the check"
        " arrives.”",
        [("The White House", "White House", "org participle partial"),
         ("The press secretary, Danielle Okafor-Briggs", "Danielle Okafor-Briggs",
          "apposition partial"),
         ("Okafor-Briggs", "Danielle Okafor-Briggs", "name"),
         ("Okafor-Briggs", "Danielle Okafor-Briggs", "continuation"),
         ("Senate Majority Leader Thomas Ridgeway", "Thomas Ridgeway", "apposition partial"),
         ("the official", None, "anonymous description"),
         ("the Wyoming senator", "Thomas Ridgeway", "description verb"),
         ("the Wyoming senator", "Thomas Ridgeway", "description continuation"),
         ("The Federal Emergency Management Agency", "Federal Emergency Management Agency",
          "org partial"),
         ("the governor", "Patricia Lindqvist", "description"),
         ("the governor", "Patricia Lindqvist", "description continuation")]),
]
