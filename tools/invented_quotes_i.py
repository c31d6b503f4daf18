"""Quote set i, written sealed for the seventh round (1 December 2026): kept out of the
repository and away from everyone who changed the analyser, scored blind at the round's
base (4cbca5c) and its end, then published here. Now that it is public it is no longer
blind.

Invented items, mostly long political news in the style of wire copy and newspaper
politics pages, US, UK and international: named speakers with titles, descriptions that
refer back ("the 61-year-old", "the veteran diplomat"), pronouns with two people of one
gender in play, organisations, ministries and governments that speak (a country's name
or capital standing for its government: the speaker is the country), newspapers that
speak beside newspapers that are told things, apposition before and after the quote,
colon introductions (after a possessive too: "the party's statement was blunt:"),
intervening clauses, fronted participles ("Pressed on...", "Asked about..."), verbs other
than say (swiped, quipped, replied, accused, dismissed, wrote, declared, asked), quotes
running over two paragraphs (one gold quote per paragraph, the second a continuation),
quotes split by their credit, partial quotes inside sentences, "according to" an
anonymous source, apostrophes inside British single quotation marks, straight ASCII
quotes, and titles, slogans and names that are not quotes.

Written before the analyser ran on any of it; same fields as tools/invented_quotes_e.py
(speaker: the person, organisation or country that speaks, None when the text names
nobody; a document, an office or an anonymous official is nobody).

    python tools/score_invented_quotes.py -v i
"""

CLASSES_USED = ("name", "apposition", "colon", "intervening", "possessive", "participle",
                "verb", "pronoun", "description", "anonymous", "org", "newspaper",
                "government", "partial", "split", "continuation", "paragraphs",
                "according", "ascii", "document", "previous_sentence", "long",
                "two_speakers", "as_put_it", "group")

ITEMS = [
    {
        "text": (
            "WASHINGTON — A bipartisan plan to keep the government open through March"
            " collapsed on Thursday after the Senate's top Republican withdrew his support"
            " hours before a vote.\n\n"
            "Sen. Harlan Beaumont of Kentucky, the Republican leader, said the final draft"
            " had been “loaded with gifts for lobbyists.”\n\n"
            "“I signed up for a spending freeze, not a Christmas tree,” Beaumont told"
            " reporters outside his office. “Strip the earmarks out and we can talk.”\n\n"
            "“Nobody back home asked for a jazz museum in Baltimore,” the 71-year-old senator"
            " added, without saying which other provisions he objected to.\n\n"
            "Democrats were furious. Sen. Rosalind Achebe-Ward of Oregon, who negotiated the"
            " deal for her party, called the reversal “sabotage dressed up as thrift.”\n\n"
            "“We spent six weeks on this,” she said. “He read it on Tuesday.”"
        ),
        "quotes": [
            {"text": "loaded with gifts for lobbyists.", "source": "Sen. Harlan Beaumont",
             "speaker": "Harlan Beaumont", "cls": ["name", "partial", "intervening"]},
            {"text": "I signed up for a spending freeze, not a Christmas tree,",
             "source": "Beaumont", "speaker": "Harlan Beaumont", "cls": ["name", "verb"]},
            {"text": "Strip the earmarks out and we can talk.", "source": "Beaumont",
             "speaker": "Harlan Beaumont", "cls": ["continuation"]},
            {"text": "Nobody back home asked for a jazz museum in Baltimore,",
             "source": "the 71-year-old senator", "speaker": "Harlan Beaumont",
             "cls": ["description", "verb"]},
            {"text": "sabotage dressed up as thrift.", "source": "Sen. Rosalind Achebe-Ward",
             "speaker": "Rosalind Achebe-Ward", "cls": ["name", "verb", "partial",
                                                       "intervening"]},
            {"text": "We spent six weeks on this,", "source": "she",
             "speaker": "Rosalind Achebe-Ward", "cls": ["pronoun"]},
            {"text": "He read it on Tuesday.", "source": "she",
             "speaker": "Rosalind Achebe-Ward", "cls": ["continuation", "pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "LONDON — Downing Street has rejected calls for an inquiry into the award of a £2bn"
            " hospital contract, after The Northern Ledger revealed that the winning bidder had"
            " given money to the governing party.\n\n"
            "A No 10 spokesman said: ‘The process was run by officials at arm’s length from"
            " ministers, and the prime minister has full confidence in it.’\n\n"
            "The newspaper, which first reported the donations on Saturday, said in an"
            " editorial that the government’s answer ‘raises more questions than it"
            " settles’.\n\n"
            "The opposition health spokeswoman, Imogen Lacey-Farrant, went further. ‘If this"
            " were a council in my constituency, the police would already be involved,’ she"
            " told a Sunday radio programme."
        ),
        "quotes": [
            {"text": "The process was run by officials at arm’s length from ministers, and"
                     " the prime minister has full confidence in it.",
             "source": "A No 10 spokesman", "speaker": None, "cls": ["anonymous", "colon"]},
            {"text": "raises more questions than it settles", "source": "The newspaper",
             "speaker": "Northern Ledger", "cls": ["newspaper", "description", "partial",
                                                   "intervening"]},
            {"text": "If this were a council in my constituency, the police would already be"
                     " involved,", "source": "she", "speaker": "Imogen Lacey-Farrant",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "NAIROBI — The Kenyan government on Monday accused a British oil company of hiding"
            " the scale of a spill in Turkana and ordered it to pay for the clean-up.\n\n"
            "In a statement, the Ministry of Environment said: “Falcon Ridge Energy knew of the"
            " leak for eleven days before informing anyone.”\n\n"
            "Falcon Ridge, which is listed in London, denied that. Its chief executive, Duncan"
            " McAllister-Rae, said in an interview that the company had reported the leak"
            " “within the hour” of confirming it.\n\n"
            "“We are not going to be lectured on transparency by people who lost the"
            " inspection reports,” he said."
        ),
        "quotes": [
            {"text": "Falcon Ridge Energy knew of the leak for eleven days before informing"
                     " anyone.", "source": "the Ministry of Environment",
             "speaker": "Ministry of Environment", "cls": ["org", "colon"]},
            {"text": "within the hour", "source": "Its chief executive, Duncan McAllister-Rae",
             "speaker": "Duncan McAllister-Rae", "cls": ["apposition", "partial"]},
            {"text": "We are not going to be lectured on transparency by people who lost the"
                     " inspection reports,", "source": "he", "speaker": "Duncan McAllister-Rae",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "LAGOS — Nigeria’s statistics office has delayed the release of its inflation"
            " figures for a second month, prompting accusations that the government is hiding"
            " the cost of its currency reforms.\n\n"
            "“The figures will be published when they are ready, and not a day before,” said a"
            " spokeswoman for the office, Folasade Adekunle-Weir.\n\n"
            "Opposition senator Ikechukwu Danjuma-Oti was unconvinced. Speaking to reporters in"
            " Abuja, the senator described the delay as “the oldest trick in the book.”\n\n"
            "“When the numbers are good, they are early,” Danjuma-Oti said. “When the numbers"
            " are bad, they are lost in the post.”"
        ),
        "quotes": [
            {"text": "The figures will be published when they are ready, and not a day before,",
             "source": "a spokeswoman for the office, Folasade Adekunle-Weir",
             "speaker": "Folasade Adekunle-Weir", "cls": ["apposition"]},
            {"text": "the oldest trick in the book.", "source": "the senator",
             "speaker": "Ikechukwu Danjuma-Oti", "cls": ["description", "participle",
                                                        "partial", "verb"]},
            {"text": "When the numbers are good, they are early,", "source": "Danjuma-Oti",
             "speaker": "Ikechukwu Danjuma-Oti", "cls": ["name"]},
            {"text": "When the numbers are bad, they are lost in the post.",
             "source": "Danjuma-Oti", "speaker": "Ikechukwu Danjuma-Oti",
             "cls": ["continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The city council voted 7-6 on Tuesday to cancel the mayor’s request for an extra"
            " $4 million for snow removal, the third storm of the winter still on its way.\n\n"
            "Mayor Estelle Brandvold-Ames, noting that the city had already spent its snow"
            " budget for the year, added: “We will plough the bus routes first and the"
            " cul-de-sacs when we can.”\n\n"
            "Brandvold-Ames’s reply to the council members who voted no was shorter: “Find me"
            " the money.”\n\n"
            "Council member Terrence Obi-Lund, whose ward on the east side is always cleared"
            " last, said residents there were “sick of being an afterthought.”"
        ),
        "quotes": [
            {"text": "We will plough the bus routes first and the cul-de-sacs when we can.",
             "source": "Mayor Estelle Brandvold-Ames", "speaker": "Estelle Brandvold-Ames",
             "cls": ["intervening", "colon", "verb"]},
            {"text": "Find me the money.", "source": "Brandvold-Ames",
             "speaker": "Estelle Brandvold-Ames", "cls": ["possessive", "colon"]},
            {"text": "sick of being an afterthought.",
             "source": "Council member Terrence Obi-Lund", "speaker": "Terrence Obi-Lund",
             "cls": ["intervening", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "BISHKEK — Kyrgyzstan’s interior minister faced calls to resign on Wednesday after"
            " riot police opened fire on protesters in the southern city of Osh, killing"
            " two.\n\n"
            "Pressed on whether he would step down, Interior Minister Rustam Nazarbekov"
            " replied: “I have work to finish, and I intend to finish it.”\n\n"
            "Facing a no-confidence motion next week, the 58-year-old minister insisted that"
            " the officers had acted “within the law.”\n\n"
            "Opposition lawmaker Gulnara Asanbekova said: “Police shot at unarmed people. That"
            " is not the law. That is a crime.”"
        ),
        "quotes": [
            {"text": "I have work to finish, and I intend to finish it.",
             "source": "Interior Minister Rustam Nazarbekov", "speaker": "Rustam Nazarbekov",
             "cls": ["participle", "colon", "verb"]},
            {"text": "within the law.", "source": "the 58-year-old minister",
             "speaker": "Rustam Nazarbekov", "cls": ["description", "participle", "partial",
                                                    "verb"]},
            {"text": "Police shot at unarmed people. That is not the law. That is a crime.",
             "source": "Opposition lawmaker Gulnara Asanbekova", "speaker": "Gulnara Asanbekova",
             "cls": ["colon", "name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Congresswoman Danielle Ferreira-Holt swiped at the Speaker in a post on Wednesday"
            " night: “If he spent half as much time on the farm bill as he does on cable news,"
            " we would have passed it in June.”\n\n"
            "The Speaker, Rep. Carl Junkin of Ohio, shrugged off the jab. “I’ve been called"
            " worse by better,” he quipped at his weekly news conference.\n\n"
            "A statement from the Speaker’s office later promised that the farm bill would get"
            " a vote “before the harvest is in.”"
        ),
        "quotes": [
            {"text": "If he spent half as much time on the farm bill as he does on cable news,"
                     " we would have passed it in June.",
             "source": "Congresswoman Danielle Ferreira-Holt",
             "speaker": "Danielle Ferreira-Holt", "cls": ["verb", "colon", "intervening"]},
            {"text": "I’ve been called worse by better,", "source": "he",
             "speaker": "Carl Junkin", "cls": ["pronoun", "verb"]},
            {"text": "before the harvest is in.", "source": "the Speaker’s office",
             "speaker": None, "cls": ["org", "partial", "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "MANCHESTER — In a speech to party members on Saturday, the opposition leader,"
            " Siobhan Farrelly-Okoro, launched a policy paper titled “A Fair Share for Every"
            " Town.”\n\n"
            "“For forty years, every government has promised to rebalance this country, and"
            " every government has built another railway to London.\n\n"
            "“We will do it differently,” she told the hall. “The money will be spent by the"
            " people who live where it is spent.”\n\n"
            "Her deputy, Alun Prydderch, told the Evening Courier that the plans would be"
            " costed “down to the last penny” before the election."
        ),
        "quotes": [
            {"text": "For forty years, every government has promised to rebalance this"
                     " country, and every government has built another railway to London.",
             "source": "she", "speaker": "Siobhan Farrelly-Okoro",
             "cls": ["paragraphs", "pronoun"]},
            {"text": "We will do it differently,", "source": "she",
             "speaker": "Siobhan Farrelly-Okoro", "cls": ["pronoun", "paragraphs"]},
            {"text": "The money will be spent by the people who live where it is spent.",
             "source": "she", "speaker": "Siobhan Farrelly-Okoro",
             "cls": ["continuation", "pronoun"]},
            {"text": "down to the last penny", "source": "Her deputy, Alun Prydderch",
             "speaker": "Alun Prydderch", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": ["A Fair Share for Every Town."],
    },
    {
        "text": (
            "WASHINGTON — The Defense Department on Tuesday disputed a report that it had drawn"
            " up plans to withdraw half of the American troops stationed in Poland.\n\n"
            "“No such plan exists, and none is being drafted,” the department replied in"
            " writing.\n\n"
            "The report, published on Monday by The Harbor Tribune, cited two officials who had"
            " seen the options. The newspaper said in a note to readers that it “stands by"
            " every word.” Its executive editor, Margery Quist, was more direct. “We reported"
            " what the documents say,” Quist said."
        ),
        "quotes": [
            {"text": "No such plan exists, and none is being drafted,", "source": "the department",
             "speaker": "Defense Department", "cls": ["org", "description"]},
            {"text": "stands by every word.", "source": "The newspaper",
             "speaker": "Harbor Tribune", "cls": ["newspaper", "partial", "description"]},
            {"text": "We reported what the documents say,", "source": "Quist",
             "speaker": "Margery Quist", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "HONIARA — China on Friday accused Australia of “Cold War thinking” after Canberra"
            " offered to pay for a new police barracks in the Solomon Islands.\n\n"
            "A spokesman for the Chinese foreign ministry, Zhou Jianming, told a regular"
            " briefing in Beijing that the Pacific was “not anyone’s backyard.”\n\n"
            "Australia’s Pacific minister, Bronwyn Tallis-Murray, said the offer had been made"
            " at the request of the Solomon Islands government. “We go where we are invited,”"
            " she said."
        ),
        "quotes": [
            {"text": "Cold War thinking", "source": "China", "speaker": "China",
             "cls": ["government", "partial", "verb"]},
            {"text": "not anyone’s backyard.",
             "source": "A spokesman for the Chinese foreign ministry, Zhou Jianming",
             "speaker": "Zhou Jianming", "cls": ["apposition", "partial"]},
            {"text": "We go where we are invited,", "source": "she",
             "speaker": "Bronwyn Tallis-Murray", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "BRUSSELS — A trade agreement between the European Union and the Andean states is"
            " “as good as dead,” according to a senior European diplomat involved in the"
            " talks.\n\n"
            "The EU’s trade commissioner, Henrik Sælen-Moretti, was more guarded. “Nothing is"
            " dead until I say it is dead,” Sælen-Moretti told the European Parliament’s trade"
            " committee on Wednesday. “But I will not pretend it is well.”\n\n"
            "French farmers have fought the deal for years. Their umbrella body, Copa-Terre,"
            " vowed in a statement to “fight every clause.”"
        ),
        "quotes": [
            {"text": "as good as dead,", "source": "a senior European diplomat", "speaker": None,
             "cls": ["anonymous", "according", "partial"]},
            {"text": "Nothing is dead until I say it is dead,", "source": "Sælen-Moretti",
             "speaker": "Henrik Sælen-Moretti", "cls": ["name"]},
            {"text": "But I will not pretend it is well.", "source": "Sælen-Moretti",
             "speaker": "Henrik Sælen-Moretti", "cls": ["continuation"]},
            {"text": "fight every clause.", "source": "Their umbrella body, Copa-Terre",
             "speaker": "Copa-Terre", "cls": ["org", "apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "ISLAMABAD — Prime Minister Aamir Latif Chaudhry met the opposition leader, Junaid"
            " Hassan Mirza, on Sunday, their first meeting in two years.\n\n"
            "Chaudhry later told reporters the talks had been “frank but useful.” He said: “We"
            " agreed to meet again before the budget.”\n\n"
            "Mirza gave a different account. “The prime minister listened, which is new,” he"
            " said. “Whether he heard anything, we will see.”"
        ),
        "quotes": [
            {"text": "frank but useful.", "source": "Chaudhry", "speaker": "Aamir Latif Chaudhry",
             "cls": ["name", "partial"]},
            {"text": "We agreed to meet again before the budget.", "source": "He",
             "speaker": "Aamir Latif Chaudhry", "cls": ["pronoun", "colon"]},
            {"text": "The prime minister listened, which is new,", "source": "he",
             "speaker": "Junaid Hassan Mirza", "cls": ["pronoun"]},
            {"text": "Whether he heard anything, we will see.", "source": "he",
             "speaker": "Junaid Hassan Mirza", "cls": ["continuation", "pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "SPRINGFIELD, Ill. — Gov. Mireille Okonkwo-Dunn signed the so-called “Second"
            " Chance” bill into law on Monday. The measure, which passed the state House 61-38,"
            " seals the records of people convicted of minor drug offences after seven"
            " years.\n\n"
            "“A mistake at nineteen should not be a life sentence at forty,” Okonkwo-Dunn said"
            " at the signing ceremony.\n\n"
            "The state’s largest police union, the Fraternal Alliance of Officers, opposed the"
            " bill. Its president, Dwayne Kessler-Hunt, said the law would “tie the hands” of"
            " employers who need to check applicants.\n\n"
            "The governor is often mentioned as a future Senate candidate, and her memoir,"
            " “Daughter of Two Rivers,” spent six weeks on the bestseller list."
        ),
        "quotes": [
            {"text": "A mistake at nineteen should not be a life sentence at forty,",
             "source": "Okonkwo-Dunn", "speaker": "Mireille Okonkwo-Dunn", "cls": ["name"]},
            {"text": "tie the hands", "source": "Its president, Dwayne Kessler-Hunt",
             "speaker": "Dwayne Kessler-Hunt", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": ["Second Chance", "Daughter of Two Rivers,"],
    },
    {
        "text": (
            "WARSAW — Tomasz Wierzbicki-Nowak, a retired general who commanded Polish troops in"
            " Afghanistan, said on Monday that he would run for president next year.\n\n"
            "“I have served this country in uniform. Now I want to serve it without one,” the"
            " 61-year-old told a rally in Lublin.\n\n"
            "The former general has never held elected office. Asked about his lack of"
            " experience, he replied: “Neither had most of the people who rebuilt this country"
            " after 1989.”\n\n"
            "The governing party’s spokeswoman, Agnieszka Lewandowska-Ruiz, dismissed his bid as"
            " “a hobby for a pensioner.”"
        ),
        "quotes": [
            {"text": "I have served this country in uniform. Now I want to serve it without"
                     " one,", "source": "the 61-year-old", "speaker": "Tomasz Wierzbicki-Nowak",
             "cls": ["description", "verb"]},
            {"text": "Neither had most of the people who rebuilt this country after 1989.",
             "source": "he", "speaker": "Tomasz Wierzbicki-Nowak",
             "cls": ["pronoun", "participle", "colon", "verb"]},
            {"text": "a hobby for a pensioner.",
             "source": "The governing party’s spokeswoman, Agnieszka Lewandowska-Ruiz",
             "speaker": "Agnieszka Lewandowska-Ruiz", "cls": ["apposition", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Rail operator Whitlock Brothers said on Thursday it would cut 300 jobs and close"
            " eleven ticket offices, blaming the government’s cap on fares.\n\n"
            "“We have been left with no choice by the fare cap,” the company told"
            " its staff.\n\n"
            "The transport secretary, Kwame Asante-Bligh, told MPs that the cap was “not up for"
            " renegotiation.” The Railworkers’ Federation called the cuts “a cynical bargaining"
            " tactic” and said it would ballot its members on strikes."
        ),
        "quotes": [
            {"text": "We have been left with no choice by the fare cap,", "source": "the company",
             "speaker": "Whitlock Brothers", "cls": ["org", "description", "verb"]},
            {"text": "not up for renegotiation.",
             "source": "The transport secretary, Kwame Asante-Bligh",
             "speaker": "Kwame Asante-Bligh", "cls": ["apposition", "partial"]},
            {"text": "a cynical bargaining tactic", "source": "The Railworkers’ Federation",
             "speaker": "Railworkers’ Federation", "cls": ["org", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "YEREVAN — Armenia’s foreign minister, Lilit Ghazaryan-Petrosyan, ruled out talks"
            " on Monday while shelling continued near the border. “We will sit at the table,”"
            " she said, “the day the guns on the other side of it fall silent.”\n\n"
            "In Baku, presidential aide Farid Aliyarov accused Yerevan of “playing to a Western"
            " audience.”"
        ),
        "quotes": [
            {"text": "We will sit at the table,", "source": "she",
             "speaker": "Lilit Ghazaryan-Petrosyan", "cls": ["pronoun", "split"]},
            {"text": "the day the guns on the other side of it fall silent.", "source": "she",
             "speaker": "Lilit Ghazaryan-Petrosyan", "cls": ["split", "continuation"]},
            {"text": "playing to a Western audience.", "source": "presidential aide Farid Aliyarov",
             "speaker": "Farid Aliyarov", "cls": ["name", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "GENEVA — The World Food Programme warned on Tuesday that it would halve rations in"
            " the refugee camps of eastern Chad next month unless donors found $120 million.\n\n"
            "“We are choosing between feeding fewer people and feeding everyone less,” the"
            " agency’s country director, Ousmane Diallo-Ferrer, said.\n\n"
            "Chad’s government replied that it “cannot carry the consequences"
            " alone.”"
        ),
        "quotes": [
            {"text": "We are choosing between feeding fewer people and feeding everyone less,",
             "source": "the agency’s country director, Ousmane Diallo-Ferrer",
             "speaker": "Ousmane Diallo-Ferrer", "cls": ["apposition", "description"]},
            {"text": "cannot carry the consequences alone.", "source": "Chad’s government",
             "speaker": "Chad", "cls": ["government", "partial", "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "DES MOINES, Iowa (AP) - A bill raising the state's diesel tax by 6 cents a gallon"
            " passed the Iowa House on Wednesday after four hours of debate.\n\n"
            "\"This is a tax increase wearing a fake mustache,\" said state Rep. Hollis Brandt,"
            " a Republican from Dubuque.\n\n"
            "\"It is a user fee, and the users are trucks,\" replied Rep. Mariana Esquivel-Tate,"
            " the bill's Democratic sponsor.\n\n"
            "Gov. Leonard Skarsgaard has not said whether he will sign it. His spokesman, Phil"
            " Amundsen, said only that the governor \"will read it carefully.\""
        ),
        "quotes": [
            {"text": "This is a tax increase wearing a fake mustache,",
             "source": "state Rep. Hollis Brandt", "speaker": "Hollis Brandt",
             "cls": ["ascii", "name"]},
            {"text": "It is a user fee, and the users are trucks,",
             "source": "Rep. Mariana Esquivel-Tate", "speaker": "Mariana Esquivel-Tate",
             "cls": ["ascii", "verb", "name"]},
            {"text": "will read it carefully.", "source": "His spokesman, Phil Amundsen",
             "speaker": "Phil Amundsen", "cls": ["ascii", "apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The home secretary, Rachel Oduya-Kent, and the justice secretary, Miriam Halloway,"
            " clashed in cabinet on Tuesday over prison places, according to two people in the"
            " room.\n\n"
            "Halloway later told the Commons justice committee that she had asked the Treasury"
            " for 5,000 more cells. “I have asked politely and I have asked loudly,” she"
            " said.\n\n"
            "Oduya-Kent played down the row on a visit to Birmingham on Wednesday. “Nobody in"
            " this cabinet is at war with anybody,” she told reporters. “We are arguing about"
            " money, which is what cabinets are for.”"
        ),
        "quotes": [
            {"text": "I have asked politely and I have asked loudly,", "source": "she",
             "speaker": "Miriam Halloway", "cls": ["pronoun"]},
            {"text": "Nobody in this cabinet is at war with anybody,", "source": "she",
             "speaker": "Rachel Oduya-Kent", "cls": ["pronoun"]},
            {"text": "We are arguing about money, which is what cabinets are for.",
             "source": "she", "speaker": "Rachel Oduya-Kent",
             "cls": ["continuation", "pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The Daily Meridian reported on Sunday that the chancellor had shelved plans to"
            " raise fuel duty before the spring.\n\n"
            "“The chancellor has made no such decision,” a Treasury source told the paper,"
            " adding that “every option remains on the table.”\n\n"
            "The Meridian’s political editor, Tobias Rennick, wrote that the choice would"
            " “define the rest of this parliament.”"
        ),
        "quotes": [
            {"text": "The chancellor has made no such decision,", "source": "a Treasury source",
             "speaker": None, "cls": ["anonymous"]},
            {"text": "every option remains on the table.", "source": "a Treasury source",
             "speaker": None, "cls": ["anonymous", "participle", "partial"]},
            {"text": "define the rest of this parliament.",
             "source": "The Meridian’s political editor, Tobias Rennick",
             "speaker": "Tobias Rennick", "cls": ["apposition", "verb", "partial",
                                                 "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "MEXICO CITY — President Ernesto Villaseñor Robles on Wednesday dismissed a US State"
            " Department report on human rights in Mexico as “an insult from people who do not"
            " know us.”\n\n"
            "“They write about Mexico from an office in Washington,” Villaseñor said at his"
            " morning news conference. “Let them come and see.”\n\n"
            "The State Department stood by the report. Its spokesman, Caleb Overstreet, told"
            " reporters that the findings were “based on evidence, not opinion.”"
        ),
        "quotes": [
            {"text": "an insult from people who do not know us.",
             "source": "President Ernesto Villaseñor Robles",
             "speaker": "Ernesto Villaseñor Robles",
             "cls": ["name", "verb", "partial", "intervening"]},
            {"text": "They write about Mexico from an office in Washington,",
             "source": "Villaseñor", "speaker": "Ernesto Villaseñor Robles", "cls": ["name"]},
            {"text": "Let them come and see.", "source": "Villaseñor",
             "speaker": "Ernesto Villaseñor Robles", "cls": ["continuation"]},
            {"text": "based on evidence, not opinion.", "source": "Its spokesman, Caleb Overstreet",
             "speaker": "Caleb Overstreet", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "LUSAKA — Zambia’s main opposition party on Friday demanded the resignation of the"
            " energy minister, Chanda Mwape, after the third nationwide blackout in a"
            " month.\n\n"
            "The United Progressive Front’s statement was blunt: “The minister has failed. He"
            " should go today, not after the next blackout.”\n\n"
            "Mwape, a former engineer at the Kariba dam, told parliament the blackouts were"
            " caused by drought. “I cannot make it rain,” he said."
        ),
        "quotes": [
            {"text": "The minister has failed. He should go today, not after the next blackout.",
             "source": "The United Progressive Front", "speaker": "United Progressive Front",
             "cls": ["org", "possessive", "colon"]},
            {"text": "I cannot make it rain,", "source": "he", "speaker": "Chanda Mwape",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "UNITED NATIONS — Ghana’s envoy at the United Nations, Abena Kuffour-Ansah,"
            " accused the Security Council on Thursday of talking while the Sahel went"
            " hungry.\n\n"
            "“This council has spent three years discussing the wording of its concern,” the"
            " veteran diplomat said. “The people of the Sahel would settle for less concern and"
            " more food.”\n\n"
            "Russia’s deputy envoy, Dmitri Zhukovin, accused her of “grandstanding for the"
            " cameras.”"
        ),
        "quotes": [
            {"text": "This council has spent three years discussing the wording of its concern,",
             "source": "the veteran diplomat", "speaker": "Abena Kuffour-Ansah",
             "cls": ["description"]},
            {"text": "The people of the Sahel would settle for less concern and more food.",
             "source": "the veteran diplomat", "speaker": "Abena Kuffour-Ansah",
             "cls": ["continuation", "description"]},
            {"text": "grandstanding for the cameras.",
             "source": "Russia’s deputy envoy, Dmitri Zhukovin", "speaker": "Dmitri Zhukovin",
             "cls": ["apposition", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "ROME — Former Prime Minister Arturo Benedetti-Sala wrote on social media on"
            " Saturday that the government’s budget was “a love letter to the banks.”\n\n"
            "“Italy deserves better than this,” he added in a second post an hour later.\n\n"
            "Italy’s Ministry of Economy and Finance replied in a statement: “The budget was"
            " approved by the European Commission without a single objection.”"
        ),
        "quotes": [
            {"text": "a love letter to the banks.", "source": "Former Prime Minister Arturo"
             " Benedetti-Sala", "speaker": "Arturo Benedetti-Sala",
             "cls": ["verb", "partial", "name"]},
            {"text": "Italy deserves better than this,", "source": "he",
             "speaker": "Arturo Benedetti-Sala", "cls": ["pronoun", "verb"]},
            {"text": "The budget was approved by the European Commission without a single"
                     " objection.", "source": "Italy’s Ministry of Economy and Finance",
             "speaker": "Ministry of Economy and Finance", "cls": ["org", "colon", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "CANBERRA — The Greens will block the government’s housing bill in the Senate unless"
            " it includes a rent freeze, the party’s leader, Mehreen Tuck-Alvarez, said on"
            " Sunday.\n\n"
            "“No freeze, no deal,” Tuck-Alvarez told a television interviewer. “It is that"
            " simple.”\n\n"
            "Housing Minister Declan Moriarty accused the Greens of “holding first-home buyers"
            " hostage.” He said the bill would go to a vote on Thursday “with or without"
            " them.”"
        ),
        "quotes": [
            {"text": "No freeze, no deal,", "source": "Tuck-Alvarez",
             "speaker": "Mehreen Tuck-Alvarez", "cls": ["name"]},
            {"text": "It is that simple.", "source": "Tuck-Alvarez",
             "speaker": "Mehreen Tuck-Alvarez", "cls": ["continuation"]},
            {"text": "holding first-home buyers hostage.",
             "source": "Housing Minister Declan Moriarty", "speaker": "Declan Moriarty",
             "cls": ["name", "partial", "verb"]},
            {"text": "with or without them.", "source": "He", "speaker": "Declan Moriarty",
             "cls": ["pronoun", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "NEW DELHI — The opposition on Tuesday accused the government of rushing a data"
            " protection bill through the lower house without debate.\n\n"
            "“This bill was introduced at eleven and passed by half past twelve. That is not"
            " lawmaking, that is a stampede,” said Meenakshi Raghavan-Iyer, a senior leader of"
            " the National Progressive Forum.\n\n"
            "Minister of State for Electronics Arvind Suri rejected the criticism, saying the"
            " bill had been “discussed for five years, in every forum imaginable.”"
        ),
        "quotes": [
            {"text": "This bill was introduced at eleven and passed by half past twelve. That is"
                     " not lawmaking, that is a stampede,", "source": "Meenakshi Raghavan-Iyer",
             "speaker": "Meenakshi Raghavan-Iyer", "cls": ["name", "apposition"]},
            {"text": "discussed for five years, in every forum imaginable.",
             "source": "Minister of State for Electronics Arvind Suri", "speaker": "Arvind Suri",
             "cls": ["participle", "partial", "name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "BUENOS AIRES — Tens of thousands of public employees marched to the presidential"
            " palace on Thursday against a third round of wage cuts.\n\n"
            "Union leader Graciela Pintos Ferrer addressed the crowd from the back of a truck."
            " “They cut our wages by a third and call it courage,” she said. “We call it"
            " theft.”\n\n"
            "The presidential spokesman, Manuel Ardiles, said the government would not"
            " “negotiate in the street.”"
        ),
        "quotes": [
            {"text": "They cut our wages by a third and call it courage,", "source": "she",
             "speaker": "Graciela Pintos Ferrer", "cls": ["pronoun"]},
            {"text": "We call it theft.", "source": "she", "speaker": "Graciela Pintos Ferrer",
             "cls": ["continuation", "pronoun"]},
            {"text": "negotiate in the street.", "source": "The presidential spokesman, Manuel"
             " Ardiles", "speaker": "Manuel Ardiles", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "OSLO — Norway’s hospitals will run out of intensive care beds by February if the"
            " flu season follows last year’s pattern, doctors warned on Monday.\n\n"
            "“We are already moving patients between cities at night,” said Dr. Hannelore"
            " Bakke-Osei, who runs the intensive care unit at St. Olav’s Hospital in Trondheim"
            " and has advised the government on pandemics.\n\n"
            "The health minister, Erlend Sørvik, told the public broadcaster that he had"
            " ordered 60 more beds. “We will have them by winter,” Sørvik said."
        ),
        "quotes": [
            {"text": "We are already moving patients between cities at night,",
             "source": "Dr. Hannelore Bakke-Osei", "speaker": "Hannelore Bakke-Osei",
             "cls": ["name", "apposition"]},
            {"text": "We will have them by winter,", "source": "Sørvik",
             "speaker": "Erlend Sørvik", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "MANILA — The national police chief told a Senate hearing on Tuesday that there were"
            " no secret detention sites in the country.\n\n"
            "“There are no secret prisons in this country,” the police chief, General Rodolfo"
            " Macaspac-Dizon, declared at the start of his testimony.\n\n"
            "Senator Liza Marcelo-Tan, who chairs the committee, held up a photograph of a"
            " locked room in a warehouse in Pampanga. “Then whose is this?” she asked."
        ),
        "quotes": [
            {"text": "There are no secret prisons in this country,",
             "source": "the police chief, General Rodolfo Macaspac-Dizon",
             "speaker": "Rodolfo Macaspac-Dizon", "cls": ["apposition", "verb"]},
            {"text": "Then whose is this?", "source": "she", "speaker": "Liza Marcelo-Tan",
             "cls": ["pronoun", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "DUBLIN — An inquiry into the deaths of eleven children in state care found on"
            " Thursday that social workers had raised the alarm about each of them.\n\n"
            "“The state failed these children at every level,” the report said. “Warnings"
            " were written down, filed and forgotten.”\n\n"
            "Its author, the retired judge Anselm Okafor-Reed, told reporters in"
            " Dublin: “In forty years on the bench I have never read files like these.”"
        ),
        "quotes": [
            {"text": "The state failed these children at every level,", "source": "the report",
             "speaker": None, "cls": ["document"]},
            {"text": "Warnings were written down, filed and forgotten.", "source": "the report",
             "speaker": None, "cls": ["document", "continuation"]},
            {"text": "In forty years on the bench I have never read files like these.",
             "source": "Its author, the retired judge Anselm Okafor-Reed",
             "speaker": "Anselm Okafor-Reed", "cls": ["apposition", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "LONDON — At prime minister’s questions, the Conservative leader, Sir Nigel"
            " Ashdown-Pryce, read out the waiting-list figures for every hospital trust in"
            " Yorkshire. “Will she apologise to these patients?” he asked.\n\n"
            "The prime minister, Catherine Mbeki-Lowe, replied: “I will apologise when he"
            " apologises for the fourteen years that came before.”"
        ),
        "quotes": [
            {"text": "Will she apologise to these patients?", "source": "he",
             "speaker": "Nigel Ashdown-Pryce", "cls": ["pronoun", "verb"]},
            {"text": "I will apologise when he apologises for the fourteen years that came"
                     " before.", "source": "The prime minister, Catherine Mbeki-Lowe",
             "speaker": "Catherine Mbeki-Lowe", "cls": ["apposition", "colon", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "JAKARTA — Indonesia’s ban on the export of raw bauxite drew fire at home on"
            " Monday, when the Jakarta daily Suara Nusantara wrote in an editorial that the ban"
            " was “a gift to smugglers.”\n\n"
            "Trade Minister Bambang Prasetyo Wibowo defended the policy in parliament. “We will"
            " not export raw ore so that others can get rich from it,” he said."
        ),
        "quotes": [
            {"text": "a gift to smugglers.", "source": "the Jakarta daily Suara Nusantara",
             "speaker": "Suara Nusantara", "cls": ["newspaper", "verb", "partial"]},
            {"text": "We will not export raw ore so that others can get rich from it,",
             "source": "he", "speaker": "Bambang Prasetyo Wibowo", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "WASHINGTON — Senate Republicans released a 300-page report on Monday accusing the"
            " administration of misleading Congress about the cost of its border contracts.\n\n"
            "The White House’s answer came within the hour: “This is a partisan document"
            " written by staff who never interviewed a single witness.”\n\n"
            "Sen. Wade Hollister, the Idaho Republican who led the investigation, said the"
            " administration had refused every request. “We asked for interviews. They said"
            " no,” Hollister said."
        ),
        "quotes": [
            {"text": "This is a partisan document written by staff who never interviewed a"
                     " single witness.", "source": "The White House", "speaker": "White House",
             "cls": ["org", "possessive", "colon"]},
            {"text": "We asked for interviews. They said no,", "source": "Hollister",
             "speaker": "Wade Hollister", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "MANCHESTER — A former city councillor, Derek Ainsworth, was jailed for four years"
            " on Friday for taking bribes from a building firm in return for planning"
            " votes.\n\n"
            "“You betrayed the people who elected you,” Judge Philippa Moran-Quayle told him as"
            " she passed sentence.\n\n"
            "Ainsworth, 58, showed no emotion. Outside court, his solicitor, Imran"
            " Siddiqui-Hale, said Ainsworth would appeal: “The sentence is manifestly"
            " excessive.”"
        ),
        "quotes": [
            {"text": "You betrayed the people who elected you,",
             "source": "Judge Philippa Moran-Quayle", "speaker": "Philippa Moran-Quayle",
             "cls": ["name", "verb"]},
            {"text": "The sentence is manifestly excessive.",
             "source": "his solicitor, Imran Siddiqui-Hale", "speaker": "Imran Siddiqui-Hale",
             "cls": ["apposition", "colon", "intervening"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "PODGORICA — Montenegro’s parliament on Friday approved a new government led by"
            " Milica Radonjić-Vuković, ending five months of deadlock.\n\n"
            "“Our first job is to finish what the last three governments started: the road to"
            " Brussels,” Radonjić-Vuković told lawmakers before the vote.\n\n"
            "The opposition Popular Bloc voted against. Its leader, Nebojša Kljajić, said the"
            " coalition would “not survive the winter.”\n\n"
            "Serbia’s foreign ministry said it expected the new government"
            " to “protect the rights of all citizens, whatever language they speak.”"
        ),
        "quotes": [
            {"text": "Our first job is to finish what the last three governments started: the"
                     " road to Brussels,", "source": "Radonjić-Vuković",
             "speaker": "Milica Radonjić-Vuković", "cls": ["name"]},
            {"text": "not survive the winter.", "source": "Its leader, Nebojša Kljajić",
             "speaker": "Nebojša Kljajić", "cls": ["apposition", "partial"]},
            {"text": "protect the rights of all citizens, whatever language they speak.",
             "source": "Serbia’s foreign ministry", "speaker": "Serbia",
             "cls": ["government", "partial", "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Former President Gideon Marwick’s charitable foundation is under investigation by"
            " the state attorney general over $14 million in unexplained payments, officials"
            " confirmed on Tuesday. Marwick, 79, founded the charity after leaving office, and"
            " his name is on its hospitals in three countries.\n\n"
            "A spokesman for the foundation said in an email that its accounts were “in order"
            " and audited every year.”\n\n"
            "Marwick’s former chief of staff, Luis Carrasco-Bell, said he had not spoken to"
            " his old boss in a year. “I read about the foundation’s troubles in the papers,"
            " like everyone else,” he said."
        ),
        "quotes": [
            {"text": "in order and audited every year.",
             "source": "A spokesman for the foundation", "speaker": None,
             "cls": ["anonymous", "partial"]},
            {"text": "I read about the foundation’s troubles in the papers, like everyone"
                     " else,", "source": "he", "speaker": "Luis Carrasco-Bell",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "TOKYO — Sakuragawa Motors is recalling 1.2 million cars worldwide to replace"
            " faulty airbag sensors, a problem it first learned of two years ago.\n\n"
            "“We deeply regret the worry this has caused our customers,” it said in a"
            " statement on Wednesday.\n\n"
            "Japan’s transport ministry said it would inspect the company’s head office. The"
            " ministry’s vehicle safety director, Kenji Morioka, told reporters the delay was"
            " unacceptable. “The delay in reporting is itself a safety problem,” Morioka"
            " said."
        ),
        "quotes": [
            {"text": "We deeply regret the worry this has caused our customers,", "source": "it",
             "speaker": "Sakuragawa Motors", "cls": ["org", "pronoun"]},
            {"text": "The delay in reporting is itself a safety problem,", "source": "Morioka",
             "speaker": "Kenji Morioka", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "WELLINGTON — At 29, Aroha Tipene-Walsh is the youngest member of New Zealand’s"
            " cabinet, and she did not expect to be there.\n\n"
            "“I never planned to be a politician,” says Tipene-Walsh. “I planned to be a"
            " netball coach.”\n\n"
            "Her critics say she is out of her depth. “She is a gifted communicator with"
            " nothing to communicate,” says the opposition’s conservation spokesman, Grant"
            " Ruatara."
        ),
        "quotes": [
            {"text": "I never planned to be a politician,", "source": "Tipene-Walsh",
             "speaker": "Aroha Tipene-Walsh", "cls": ["name", "verb"]},
            {"text": "I planned to be a netball coach.", "source": "Tipene-Walsh",
             "speaker": "Aroha Tipene-Walsh", "cls": ["continuation"]},
            {"text": "She is a gifted communicator with nothing to communicate,",
             "source": "the opposition’s conservation spokesman, Grant Ruatara",
             "speaker": "Grant Ruatara", "cls": ["apposition", "verb", "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "BAKU — Azerbaijan ordered the closure of a Russian state news agency’s bureau on"
            " Friday and expelled its two correspondents.\n\n"
            "Moscow called the move “an unfriendly act that will not go unanswered.”\n\n"
            "A presidential spokeswoman in Baku, Leyla Hasanova-Guliyeva, said the agency had"
            " “spread lies about our armed forces for a year.”"
        ),
        "quotes": [
            {"text": "an unfriendly act that will not go unanswered.", "source": "Moscow",
             "speaker": "Russia", "cls": ["government", "partial", "verb"]},
            {"text": "spread lies about our armed forces for a year.",
             "source": "A presidential spokeswoman in Baku, Leyla Hasanova-Guliyeva",
             "speaker": "Leyla Hasanova-Guliyeva", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "PARADISE SPRINGS, Calif. — Standing in the ash of what had been the town’s only"
            " pharmacy, the mayor, Eduardo Rentería, struggled to speak. “Everything we built in"
            " thirty years is gone,” he said.\n\n"
            "Gov. Patricia Lindgren-Soto, who toured the town by helicopter on Sunday, promised"
            " residents: “We will rebuild every home, and we will start this month.”"
        ),
        "quotes": [
            {"text": "Everything we built in thirty years is gone,", "source": "he",
             "speaker": "Eduardo Rentería", "cls": ["pronoun", "participle"]},
            {"text": "We will rebuild every home, and we will start this month.",
             "source": "Gov. Patricia Lindgren-Soto", "speaker": "Patricia Lindgren-Soto",
             "cls": ["intervening", "colon", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "CONCORD, N.H. — In an opinion piece in The Granite Courier on Sunday, former Gov."
            " Nathaniel Osei-Brandt proposed abolishing the state’s property tax for anyone"
            " over 70. “Nobody should have to sell the house they paid for to pay the tax on"
            " it,” he wrote.\n\n"
            "The Courier’s editorial board, in a separate piece, called the idea “worth a"
            " serious hearing, if not a vote.”"
        ),
        "quotes": [
            {"text": "Nobody should have to sell the house they paid for to pay the tax on it,",
             "source": "he", "speaker": "Nathaniel Osei-Brandt", "cls": ["pronoun", "verb"]},
            {"text": "worth a serious hearing, if not a vote.",
             "source": "The Courier’s editorial board", "speaker": "Granite Courier",
             "cls": ["newspaper", "partial", "verb", "intervening", "possessive"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "NUKU’ALOFA, Tonga — Tonga’s main port needs dredging within five years or large"
            " cargo ships will stop calling, its director warned on Tuesday.\n\n"
            "“The harbour was dredged in 1974 and not since,” said the port’s director, Vaiula"
            " Tofilau. “Ships are getting bigger and we are getting shallower.\n\n"
            "“If nothing is done by 2030, the container ships will stop coming, and so will the"
            " food.”"
        ),
        "quotes": [
            {"text": "The harbour was dredged in 1974 and not since,",
             "source": "the port’s director, Vaiula Tofilau", "speaker": "Vaiula Tofilau",
             "cls": ["apposition", "possessive"]},
            {"text": "Ships are getting bigger and we are getting shallower.",
             "source": "the port’s director, Vaiula Tofilau", "speaker": "Vaiula Tofilau",
             "cls": ["continuation", "paragraphs"]},
            {"text": "If nothing is done by 2030, the container ships will stop coming, and so"
                     " will the food.", "source": "the port’s director, Vaiula Tofilau",
             "speaker": "Vaiula Tofilau", "cls": ["continuation", "paragraphs"]},
        ],
        "not_quotes": [],
    },
    # ---- items 42-51: added at 21:15 UTC after the first baseline run showed the set
    # too easy on the whole; written before the analyser ran on any of them, from the
    # kinds real political news has that items 0-41 lack (credits in the sentence before,
    # long quotes credited at their end, two speakers in one sentence, "as X put it",
    # groups speaking), not from the analyser's misses (not looked at).
    {
        "text": (
            "DENVER — Three years after she lost her seat by 212 votes, former state Sen."
            " Maribel Okafor-Sandoval is running again, and she is not apologising for the"
            " vote that cost her the first time.\n\n"
            "Okafor-Sandoval, who backed a gas tax increase that her district hated, spoke to"
            " supporters in a church basement in Pueblo on Saturday.\n\n"
            "“I would cast that vote again tomorrow. The roads are still falling apart, and"
            " everyone who called me names for it knows it.”\n\n"
            "Her Republican opponent, Travis Lindqvist-Bauer, has made the tax the centre of"
            " his campaign. In an interview on Friday he said voters had “long memories and"
            " short patience.”"
        ),
        "quotes": [
            {"text": "I would cast that vote again tomorrow. The roads are still falling apart,"
                     " and everyone who called me names for it knows it.",
             "source": "Okafor-Sandoval", "speaker": "Maribel Okafor-Sandoval",
             "source_after": "vote that cost her the first time.",
             "cls": ["name", "previous_sentence"]},
            {"text": "long memories and short patience.", "source": "he",
             "speaker": "Travis Lindqvist-Bauer", "cls": ["pronoun", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“We were told the mine was safe. We were told the gas monitors worked. We were"
            " told our sons would come home. None of it was true,” said Thandiwe Mokoena-Dube,"
            " whose son Sipho was among the 14 miners killed, speaking outside the inquiry in"
            " Rustenburg on Tuesday.\n\n"
            "The mine’s owner, Karee Platinum, has blamed a contractor. The contractor, Lebone"
            " Engineering, blames the owner."
        ),
        "quotes": [
            {"text": "We were told the mine was safe. We were told the gas monitors worked. We"
                     " were told our sons would come home. None of it was true,",
             "source": "Thandiwe Mokoena-Dube", "speaker": "Thandiwe Mokoena-Dube",
             "cls": ["name", "long"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "ATHENS — The two men who want to lead Greece’s main opposition party met in a"
            " televised debate on Wednesday night, and agreed on almost nothing.\n\n"
            "“This party has lost four elections in a row by pretending to be the government’s"
            " quieter twin,” said Stavros Kalogeropoulos, a former labour minister, but his"
            " rival, Nikos Vardakis-Lemos, shot back: “And before that it lost by shouting.”\n\n"
            "Members vote on Sunday."
        ),
        "quotes": [
            {"text": "This party has lost four elections in a row by pretending to be the"
                     " government’s quieter twin,", "source": "Stavros Kalogeropoulos",
             "speaker": "Stavros Kalogeropoulos", "cls": ["name", "apposition"]},
            {"text": "And before that it lost by shouting.",
             "source": "his rival, Nikos Vardakis-Lemos", "speaker": "Nikos Vardakis-Lemos",
             "cls": ["apposition", "colon", "verb", "two_speakers"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The governor’s budget, as Assembly Speaker Renata Castellanos-Whyte put it on"
            " Thursday, “asks the schools to do more with the same money for the fourth year"
            " running.”\n\n"
            "Gov. Alden Marsh-Petit has said the state cannot afford more. His budget director,"
            " Priya Venkataraman, went further in testimony to the appropriations committee."
            " Asked whether any new money was coming for schools, she said: “Not this year,"
            " and probably not next.”"
        ),
        "quotes": [
            {"text": "asks the schools to do more with the same money for the fourth year"
                     " running.", "source": "Assembly Speaker Renata Castellanos-Whyte",
             "speaker": "Renata Castellanos-Whyte", "cls": ["as_put_it", "partial",
                                                           "intervening"]},
            {"text": "Not this year, and probably not next.", "source": "she",
             "speaker": "Priya Venkataraman", "cls": ["pronoun", "participle", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "KYIV — Hundreds of relatives of missing soldiers gathered outside the defence"
            " ministry on Saturday, holding photographs and chanting “Bring them home.”\n\n"
            "Oksana Melnychuk-Hrytsenko, whose husband has been missing since the spring, said"
            " the families had been sent from office to office for months. “Everyone is very"
            " sorry. Nobody knows anything,” she said.\n\n"
            "A deputy minister, Viktor Savchenko, came out to meet them. He told the crowd that"
            " a new register of the missing would open next week. Some in the crowd shouted"
            " back that they had heard that before."
        ),
        "quotes": [
            {"text": "Bring them home.", "source": "relatives of missing soldiers",
             "speaker": None, "cls": ["group", "participle"]},
            {"text": "Everyone is very sorry. Nobody knows anything,", "source": "she",
             "speaker": "Oksana Melnychuk-Hrytsenko", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Senate Majority Leader Corinne Abernathy-Vance met the president at the White"
            " House on Monday to talk about the debt limit. She came out sounding no more"
            " hopeful than she went in.\n\n"
            "“The president wants a clean increase. We want a conversation about spending."
            " Those two things can both happen, but not if one side refuses to sit down,”"
            " Abernathy-Vance told reporters on the White House driveway.\n\n"
            "The White House press secretary, Jonah Whitlock-Achebe, said the president had"
            " been “clear and consistent” and would not negotiate over the debt limit."
        ),
        "quotes": [
            {"text": "The president wants a clean increase. We want a conversation about"
                     " spending. Those two things can both happen, but not if one side refuses"
                     " to sit down,", "source": "Abernathy-Vance",
             "speaker": "Corinne Abernathy-Vance", "cls": ["name", "long"]},
            {"text": "clear and consistent",
             "source": "The White House press secretary, Jonah Whitlock-Achebe",
             "speaker": "Jonah Whitlock-Achebe", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "BERLIN — Chancellor Friederike Lange-Oduya defended her government’s decision to"
            " extend the lives of two coal plants on Tuesday, a day after her Green coalition"
            " partners threatened to walk out.\n\n"
            "Lange-Oduya met the Green leader, Jonas Behrendt, for two hours in the"
            " chancellery. Afterwards she told a news agency that the coalition was"
            " “bruised but intact.” Behrendt was less sure. He said his party would decide"
            " at a meeting on Friday. “We did not come into government to burn more coal,”"
            " he said."
        ),
        "quotes": [
            {"text": "bruised but intact.", "source": "she", "speaker": "Friederike Lange-Oduya",
             "cls": ["pronoun", "partial"]},
            {"text": "We did not come into government to burn more coal,", "source": "he",
             "speaker": "Jonas Behrendt", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "NAIROBI — Kenya’s opposition coalition said on Sunday it would boycott next"
            " month’s by-elections, calling the electoral commission “a branch office of the"
            " ruling party.”\n\n"
            "The commission’s chairman, Jeremiah Kiplagat Soi, rejected that. “We have"
            " published every result at every polling station for ten years,” he said. “Anyone"
            " can check our work.”\n\n"
            "Interior Minister Halima Abdi Warsame warned that anyone who tried to stop the"
            " vote by force “will meet the full force of the law.”"
        ),
        "quotes": [
            {"text": "a branch office of the ruling party.",
             "source": "Kenya’s opposition coalition", "speaker": None,
             "cls": ["group", "participle", "partial"]},
            {"text": "We have published every result at every polling station for ten years,",
             "source": "he", "speaker": "Jeremiah Kiplagat Soi", "cls": ["pronoun"]},
            {"text": "Anyone can check our work.", "source": "he",
             "speaker": "Jeremiah Kiplagat Soi", "cls": ["continuation", "pronoun"]},
            {"text": "will meet the full force of the law.",
             "source": "Interior Minister Halima Abdi Warsame", "speaker": "Halima Abdi Warsame",
             "cls": ["name", "partial", "verb", "intervening"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "‘They Took the Pier and Gave Us a Car Park’\n\n"
            "SOUTHPORT-ON-SEA — Residents packed the town hall on Monday night to oppose the"
            " council’s plan to demolish the Victorian pier. Pensioner Margaret Ellison-Pugh,"
            " 81, drew the loudest applause. ‘My father fished off that pier. My children"
            " learnt to swim under it. You will not knock it down for forty parking spaces,’"
            " she told councillors.\n\n"
            "The council leader, Colin Bracewell, said the pier was unsafe and that repairing"
            " it would cost ‘more than the council spends on libraries in five years’."
        ),
        "quotes": [
            {"text": "My father fished off that pier. My children learnt to swim under it. You"
                     " will not knock it down for forty parking spaces,", "source": "she",
             "speaker": "Margaret Ellison-Pugh", "cls": ["pronoun", "long"]},
            {"text": "more than the council spends on libraries in five years",
             "source": "The council leader, Colin Bracewell", "speaker": "Colin Bracewell",
             "cls": ["apposition", "partial"]},
        ],
        "not_quotes": ["They Took the Pier and Gave Us a Car Park"],
    },
    {
        "text": (
            "WASHINGTON — The Supreme Court on Friday agreed to hear a challenge to a Texas"
            " law requiring age checks on social media apps.\n\n"
            "The law’s author, state Rep. Curtis Hallam, welcomed the decision. “Parents in"
            " Texas have been waiting for this,” Hallam said in a statement. Tech industry"
            " groups, which sued to block the law, said it would force millions of adults to"
            " hand over identity documents. NetChoice-style coalitions have won similar cases"
            " in lower courts.\n\n"
            "“The First Amendment does not have an age limit,” said Dana Oyelowo-Fitch, a"
            " lawyer for the Digital Liberty Project, one of the plaintiffs."
        ),
        "quotes": [
            {"text": "Parents in Texas have been waiting for this,", "source": "Hallam",
             "speaker": "Curtis Hallam", "cls": ["name"]},
            {"text": "The First Amendment does not have an age limit,",
             "source": "Dana Oyelowo-Fitch", "speaker": "Dana Oyelowo-Fitch",
             "cls": ["name", "apposition"]},
        ],
        "not_quotes": [],
    },
]
