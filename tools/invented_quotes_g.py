"""Quote set g, written sealed: kept out of the repository and away from everyone who
changed the analyser during the sixth round (1 December 2026), scored blind at its start
(62c167f) and its end, then published here. Now that it is public it is no longer blind.

Invented items, longer than set e's and in other styles: multi-paragraph political and
court reports with several speakers of one gender, pronoun chains across paragraphs,
newspapers that are told things (not speakers) beside newspapers that speak, British
single quotation marks, guillemets, em-dash credits, headline quotes, interview Q&A,
a quote whose source comes in the next sentence, plural and anonymous sources, and
titles, nicknames and scare quotes that are not quotes.

Written before the analyser ran on any of it; same fields as tools/invented_quotes_e.py.

    python tools/score_invented_quotes.py -v g
"""

CLASSES_USED = ("name", "apposition", "colon", "intervening", "possessive", "participle",
                "verb", "pronoun", "description", "anonymous", "org", "newspaper",
                "partial", "split", "continuation", "given_name", "transcript", "ascii")

ITEMS = [
    {
        "text": (
            "Two senators from the same state clashed on Wednesday over a plan to sell federal"
            " land near Lake Tahoe.\n\n"
            "Senator Carlos Medeiros-Platt, who wrote the bill, said the sale would pay for"
            " wildfire crews. “Every acre we sell funds ten firefighters,” he said.\n\n"
            "His colleague, Senator Owen Lindqvist-Hart, called the plan reckless. “You do not"
            " sell the family silver to pay the electric bill,” Lindqvist-Hart said. He added"
            " that he would try to block the vote.\n\n"
            "Medeiros-Platt was unmoved. “My colleague has had six years to offer something"
            " better,” he told reporters."
        ),
        "quotes": [
            {"text": "Every acre we sell funds ten firefighters,", "source": "he",
             "speaker": "Carlos Medeiros-Platt", "cls": ["pronoun"]},
            {"text": "You do not sell the family silver to pay the electric bill,",
             "source": "Lindqvist-Hart", "speaker": "Owen Lindqvist-Hart", "cls": ["name"]},
            {"text": "My colleague has had six years to offer something better,",
             "source": "he", "speaker": "Carlos Medeiros-Platt", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Minister: ‘No Retreat On Fuel Tax’\n\n"
            "The finance minister, Adaeze Obiakor-Lund, told parliament on Tuesday that the"
            " government would not drop its fuel duty rise. ‘We will not retreat,’ Ms"
            " Obiakor-Lund said. ‘The roads must be paid for by those who use them.’\n\n"
            "The shadow chancellor, Graham Pettifer, accused her of ‘picking the pockets of"
            " rural drivers’."
        ),
        "quotes": [
            {"text": "No Retreat On Fuel Tax", "source": "Minister",
             "speaker": "Adaeze Obiakor-Lund", "cls": ["colon"]},
            {"text": "We will not retreat,", "source": "Ms Obiakor-Lund",
             "speaker": "Adaeze Obiakor-Lund", "cls": ["name"]},
            {"text": "The roads must be paid for by those who use them.",
             "source": "Ms Obiakor-Lund", "speaker": "Adaeze Obiakor-Lund",
             "cls": ["continuation"]},
            {"text": "picking the pockets of rural drivers",
             "source": "The shadow chancellor, Graham Pettifer", "speaker": "Graham Pettifer",
             "cls": ["apposition", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Prosecutors say Ilse Vanderbeek, 41, ran the scheme from a flat in Antwerp. Her"
            " lawyer, Pieter de Wolf, told the court she had been used by others.\n\n"
            "“My client was a bookkeeper, not a boss,” de Wolf said.\n\n"
            "The prosecutor, Marieke Janssens-Aerts, disagreed. “The messages show who gave the"
            " orders,” she said, holding up a printout."
        ),
        "quotes": [
            {"text": "My client was a bookkeeper, not a boss,", "source": "de Wolf",
             "speaker": "Pieter de Wolf", "cls": ["name"]},
            {"text": "The messages show who gave the orders,", "source": "she",
             "speaker": "Marieke Janssens-Aerts", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Chanel Abernathy-Osei told The Lakeside Gazette that she had been fired for"
            " joining the union. “They called me in on a Friday and that was it,” she told the"
            " paper. The company, Brenmoor Logistics, replied in a written note that the dismissal"
            " “followed a fair process.”"
        ),
        "quotes": [
            {"text": "They called me in on a Friday and that was it,", "source": "she",
             "speaker": "Chanel Abernathy-Osei", "cls": ["pronoun"]},
            {"text": "followed a fair process.", "source": "The company, Brenmoor Logistics",
             "speaker": "Brenmoor Logistics", "cls": ["org", "apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“We are not a colony,” the prime minister said, to applause.\n\n"
            "Prime Minister Tevita Lolohea, speaking at the opening of the new parliament"
            " building in Nuku'alofa, had been asked about the foreign loan. Lolohea said"
            " repayments would be spread over thirty years."
        ),
        "quotes": [
            {"text": "We are not a colony,", "source": "the prime minister",
             "speaker": "Tevita Lolohea", "cls": ["description"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "« Nous ne céderons pas », a déclaré le ministre — or, as Interior Minister"
            " Gérald Moutou-Barre put it to foreign reporters in English: «We will not give"
            " in.» The unions called a new strike for Thursday."
        ),
        "quotes": [
            {"text": "Nous ne céderons pas", "source": "le ministre",
             "speaker": "Gérald Moutou-Barre", "cls": ["description"]},
            {"text": "We will not give in.", "source": "Interior Minister Gérald Moutou-Barre",
             "speaker": "Gérald Moutou-Barre", "cls": ["colon", "intervening", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“The data is clear: the vaccine works and it is safe.”\n"
            "— Dr. Yaw Boateng-Mensah, director of the national health institute\n\n"
            "Boateng-Mensah was speaking at a briefing in Kumasi on Monday."
        ),
        "quotes": [
            {"text": "The data is clear: the vaccine works and it is safe.",
             "source": "Dr. Yaw Boateng-Mensah", "speaker": "Yaw Boateng-Mensah",
             "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "In an interview, the coach was asked about the transfer window.\n\n"
            "Q: Will you sign a striker in January?\n\n"
            "A: If the right one is there, yes. We will not sign for the sake of it.\n\n"
            "The interview with Hamburg coach Lukas Brandtner was recorded on Friday."
        ),
        "quotes": [
            {"text": "If the right one is there, yes. We will not sign for the sake of it.",
             "source": "Lukas Brandtner", "speaker": "Lukas Brandtner", "cls": ["transcript"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Justice Anneliese Kowalczyk-Barr, writing for the majority, said the law was"
            " “plainly at odds with the First Amendment.” In a dissent, Justice Raymond Ochoa"
            " wrote that the court had “substituted its own judgment for that of the"
            " legislature.” Ochoa was joined by two other justices."
        ),
        "quotes": [
            {"text": "plainly at odds with the First Amendment.",
             "source": "Justice Anneliese Kowalczyk-Barr", "speaker": "Anneliese Kowalczyk-Barr",
             "cls": ["intervening", "partial", "participle"]},
            {"text": "substituted its own judgment for that of the legislature.",
             "source": "Justice Raymond Ochoa", "speaker": "Raymond Ochoa",
             "cls": ["verb", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Investors were unimpressed by Silverline Bank's results. Chief executive Oluwadamilare"
            " Fashola-Grey defended the bank's strategy on a call with analysts.\n\n"
            "“We are investing for the next decade, not the next quarter,” Fashola-Grey said.\n\n"
            "“There is no plan B.”\n\n"
            "Silverline's shares fell 6 percent."
        ),
        "quotes": [
            {"text": "We are investing for the next decade, not the next quarter,",
             "source": "Fashola-Grey", "speaker": "Oluwadamilare Fashola-Grey", "cls": ["name"]},
            {"text": "There is no plan B.", "source": "Fashola-Grey",
             "speaker": "Oluwadamilare Fashola-Grey", "cls": ["continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Officials at the port said the strike had left 300 ships waiting. “We have never"
            " seen queues like this,” one official said. The dockworkers’ leader, Haruto"
            " Inagawa, said his members “will stay out as long as it takes.”"
        ),
        "quotes": [
            {"text": "We have never seen queues like this,", "source": "one official",
             "speaker": None, "cls": ["anonymous"]},
            {"text": "will stay out as long as it takes.",
             "source": "The dockworkers’ leader, Haruto Inagawa", "speaker": "Haruto Inagawa",
             "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The striker known as “the Hammer” has signed for a third club in two years."
            " Bongani Mthembu-Nkosi, 29, joined Durban City on a free transfer. “I just want to"
            " play,” Mthembu-Nkosi said at his unveiling."
        ),
        "quotes": [
            {"text": "I just want to play,", "source": "Mthembu-Nkosi",
             "speaker": "Bongani Mthembu-Nkosi", "cls": ["name"]},
        ],
        "not_quotes": ["the Hammer"],
    },
    {
        "text": (
            "Dmitri Ostrovsky and Sergei Lavrenko were arrested together at the airport."
            " Ostrovsky was released on Tuesday. Lavrenko remains in custody. “My brother-in-law"
            " has done nothing,” Ostrovsky said outside the court. “He is a mechanic, not a"
            " spy.”"
        ),
        "quotes": [
            {"text": "My brother-in-law has done nothing,", "source": "Ostrovsky",
             "speaker": "Dmitri Ostrovsky", "cls": ["name"]},
            {"text": "He is a mechanic, not a spy.", "source": "Ostrovsky",
             "speaker": "Dmitri Ostrovsky", "cls": ["continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Mayor Fernanda Ruiz-Castellanos defended the curfew at a news conference on"
            " Monday. Asked by a reporter whether it would be extended, she paused. “That"
            " depends on the next two weekends,” the mayor said.\n\n"
            "Police Chief Darnell Whitby, standing beside her, said arrests had fallen by half."
            " “The numbers speak for themselves,” he said."
        ),
        "quotes": [
            {"text": "That depends on the next two weekends,", "source": "the mayor",
             "speaker": "Fernanda Ruiz-Castellanos", "cls": ["description"]},
            {"text": "The numbers speak for themselves,", "source": "he",
             "speaker": "Darnell Whitby", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The Northern Courier, in a front-page editorial, called on the governor to"
            " resign. “He has lost the confidence of this state,” the newspaper wrote. Governor"
            " Alvin Sturgess-Paine dismissed the editorial as “the usual noise.”"
        ),
        "quotes": [
            {"text": "He has lost the confidence of this state,", "source": "the newspaper",
             "speaker": "The Northern Courier", "cls": ["newspaper", "description", "verb"]},
            {"text": "the usual noise.", "source": "Governor Alvin Sturgess-Paine",
             "speaker": "Alvin Sturgess-Paine", "cls": ["verb", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Sudan's army and the paramilitary forces agreed to a three-day truce, Saudi"
            " mediators said. “Both sides have signed,” a Saudi foreign ministry statement"
            " said. The paramilitary commander's adviser, Yousif Ezzat al-Tom, told Al-Sahil"
            " television: “We will respect it if they do.”"
        ),
        "quotes": [
            {"text": "Both sides have signed,", "source": "a Saudi foreign ministry statement",
             "speaker": "Saudi Arabia", "cls": ["org"]},
            {"text": "We will respect it if they do.",
             "source": "The paramilitary commander's adviser, Yousif Ezzat al-Tom",
             "speaker": "Yousif Ezzat al-Tom", "cls": ["apposition", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Keiko Matsudaira has run the ramen shop for 40 years. Her son, Daisuke, wants to"
            " sell it. “He thinks I am too old,” Matsudaira said, laughing. “Maybe he is"
            " right.”\n\n"
            "Daisuke was more careful. “It is her decision,” he said."
        ),
        "quotes": [
            {"text": "He thinks I am too old,", "source": "Matsudaira",
             "speaker": "Keiko Matsudaira", "cls": ["name"]},
            {"text": "Maybe he is right.", "source": "Matsudaira", "speaker": "Keiko Matsudaira",
             "cls": ["continuation"]},
            {"text": "It is her decision,", "source": "he", "speaker": "Daisuke",
             "cls": ["pronoun", "given_name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The Kremlin rejected the proposal within hours. “This is not a basis for talks,”"
            " Kremlin spokesman Arkady Voronin told reporters. The Foreign Ministry in Kyiv"
            " said Moscow “has again shown it does not want peace.”"
        ),
        "quotes": [
            {"text": "This is not a basis for talks,", "source": "Kremlin spokesman Arkady Voronin",
             "speaker": "Arkady Voronin", "cls": ["name"]},
            {"text": "has again shown it does not want peace.",
             "source": "The Foreign Ministry in Kyiv", "speaker": "Ukraine",
             "cls": ["org", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Rain stopped play three times. England's captain, Harriet Moss-Ellery, was"
            " philosophical. 'You can't control the weather,' Moss-Ellery said. 'We'll come back"
            " tomorrow and go again.' India's coach, Ramesh Venkatesan, said his side had"
            " 'bowled well in patches'."
        ),
        "quotes": [
            {"text": "You can't control the weather,", "source": "Moss-Ellery",
             "speaker": "Harriet Moss-Ellery", "cls": ["name", "ascii"]},
            {"text": "We'll come back tomorrow and go again.", "source": "Moss-Ellery",
             "speaker": "Harriet Moss-Ellery", "cls": ["continuation", "ascii"]},
            {"text": "bowled well in patches", "source": "India's coach, Ramesh Venkatesan",
             "speaker": "Ramesh Venkatesan", "cls": ["apposition", "partial", "ascii"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“I never took a penny.” That was how former mayor Luis Arreola-Benítez began his"
            " testimony on Thursday. Arreola-Benítez, 67, is accused of taking bribes from"
            " builders."
        ),
        "quotes": [
            {"text": "I never took a penny.", "source": "former mayor Luis Arreola-Benítez",
             "speaker": "Luis Arreola-Benítez", "cls": ["intervening"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Grace Nakamura-Obi’s reaction to the verdict was brief: “Justice, at last.” Her"
            " husband was killed in the crash in 2019."
        ),
        "quotes": [
            {"text": "Justice, at last.", "source": "Grace Nakamura-Obi",
             "speaker": "Grace Nakamura-Obi", "cls": ["possessive", "colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Environmental groups said the permit was a mistake. “This mine will poison the"
            " river for a generation,” said Wiremu Tane Rangihuna, a spokesman for the Ngāti"
            " Rauhoto tribe, which has fought the project for a decade."
        ),
        "quotes": [
            {"text": "This mine will poison the river for a generation,",
             "source": "Wiremu Tane Rangihuna", "speaker": "Wiremu Tane Rangihuna",
             "cls": ["name", "apposition"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Representative Tamsin Oduya-Clarke grilled the bank's chief executive, Howard"
            " Brisco, for two hours. Brisco apologised twice. “We let our customers down,” he"
            " said. Oduya-Clarke was not satisfied. “An apology is not a refund,” she shot back."
        ),
        "quotes": [
            {"text": "We let our customers down,", "source": "he", "speaker": "Howard Brisco",
             "cls": ["pronoun"]},
            {"text": "An apology is not a refund,", "source": "she",
             "speaker": "Tamsin Oduya-Clarke", "cls": ["pronoun", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The ministry of education announced that schools would reopen on"
            " Monday. “All buildings have been inspected,” the statement said. Parents’ groups"
            " were sceptical; they said the inspections had been “a box-ticking exercise.”"
        ),
        "quotes": [
            {"text": "All buildings have been inspected,", "source": "the statement",
             "speaker": None, "cls": ["anonymous", "org"]},
            {"text": "a box-ticking exercise.", "source": "they", "speaker": None,
             "cls": ["pronoun", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Swiping at his rivals, candidate Ebenezer Quaye-Mensah told a rally in Tamale that"
            " “the old parties have had their turn.” Quaye-Mensah, a former football"
            " administrator, is polling third."
        ),
        "quotes": [
            {"text": "the old parties have had their turn.",
             "source": "candidate Ebenezer Quaye-Mensah", "speaker": "Ebenezer Quaye-Mensah",
             "cls": ["participle", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The novel “A House Without Doors” won the prize on Tuesday. Its author, Farzaneh"
            " Rostami-Khan, said she had written it “for my grandmother, who could not"
            " read.”"
        ),
        "quotes": [
            {"text": "for my grandmother, who could not read.",
             "source": "Its author, Farzaneh Rostami-Khan", "speaker": "Farzaneh Rostami-Khan",
             "cls": ["apposition", "partial"]},
        ],
        "not_quotes": ["A House Without Doors"],
    },
    {
        "text": (
            "Leaving the hospital on crutches, the Olympic champion Anouk Verhaegen-Diallo"
            " waved to fans. “I will be back for Paris,” she wrote later on social media."
        ),
        "quotes": [
            {"text": "I will be back for Paris,", "source": "she",
             "speaker": "Anouk Verhaegen-Diallo", "cls": ["pronoun", "verb", "participle"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The hearing transcript shows the exchange in full.\n\n"
            "JUDGE MBEKI-HOLM: Do you understand the charge?\n\n"
            "DEFENDANT: I do, your honour.\n\n"
            "JUDGE MBEKI-HOLM: How do you plead?\n\n"
            "DEFENDANT: Not guilty.\n\n"
            "The defendant, Rafael Quintanilla, 33, was remanded in custody by Judge Thandiwe"
            " Mbeki-Holm."
        ),
        "quotes": [
            {"text": "Do you understand the charge?", "source": "JUDGE MBEKI-HOLM",
             "speaker": "Thandiwe Mbeki-Holm", "cls": ["transcript"]},
            {"text": "I do, your honour.", "source": "DEFENDANT", "speaker": "Rafael Quintanilla",
             "cls": ["transcript"]},
            {"text": "How do you plead?", "source": "JUDGE MBEKI-HOLM",
             "speaker": "Thandiwe Mbeki-Holm", "cls": ["transcript"]},
            {"text": "Not guilty.", "source": "DEFENDANT", "speaker": "Rafael Quintanilla",
             "cls": ["transcript"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The European Central Bank held rates on Thursday. “Inflation is coming down, but"
            " not fast enough,” ECB President Margarethe Lindholm-Roos said. Economists at"
            " Kessler Bank said the bank would cut “in June at the earliest.”"
        ),
        "quotes": [
            {"text": "Inflation is coming down, but not fast enough,",
             "source": "ECB President Margarethe Lindholm-Roos",
             "speaker": "Margarethe Lindholm-Roos", "cls": ["name"]},
            {"text": "in June at the earliest.", "source": "Economists at Kessler Bank",
             "speaker": "Kessler Bank", "cls": ["org", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Astrid Solheim-Berg and her deputy, Ingrid Haaland, took questions after the"
            " launch. Solheim-Berg said the rocket had performed perfectly. “We hit every"
            " target,” she said. Haaland, asked about the cost, declined to give a figure."
        ),
        "quotes": [
            {"text": "We hit every target,", "source": "she", "speaker": "Astrid Solheim-Berg",
             "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "A former aide to the governor, who would speak only anonymously for fear of"
            " reprisals,"
            " said the decision was made “in a single phone call.” The governor’s office, in an"
            " email, called the claim “false and malicious.”"
        ),
        "quotes": [
            {"text": "in a single phone call.", "source": "A former aide to the governor",
             "speaker": None, "cls": ["anonymous", "intervening", "partial"]},
            {"text": "false and malicious.", "source": "The governor’s office", "speaker": None,
             "cls": ["org", "partial", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Olumide Adeyemi-Coker, the club’s owner, was furious. He said the referee"
            " “should never officiate again,” and added: “I will take this to the league.” The"
            " league declined to comment."
        ),
        "quotes": [
            {"text": "should never officiate again,", "source": "He",
             "speaker": "Olumide Adeyemi-Coker", "cls": ["pronoun", "partial"]},
            {"text": "I will take this to the league.", "source": "He",
             "speaker": "Olumide Adeyemi-Coker", "cls": ["pronoun", "colon", "continuation"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Vietnam’s foreign ministry spokeswoman, Trinh Minh Chau, said on Thursday that Hanoi"
            " “resolutely opposes” the deployment. China’s embassy did not respond to a request"
            " for comment."
        ),
        "quotes": [
            {"text": "resolutely opposes", "source": "Vietnam’s foreign ministry spokeswoman,"
             " Trinh Minh Chau", "speaker": "Trinh Minh Chau", "cls": ["apposition", "partial"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "“We have to be honest with ourselves,” said the team’s veteran goalkeeper,"
            " Mathías Irazábal, after the 4-0 defeat in Montevideo. “We were not good"
            " enough.”\n\n"
            "Coach Gustavo Pelufo said he would make changes for Tuesday’s match. “Nobody’s"
            " place is safe,” Pelufo said."
        ),
        "quotes": [
            {"text": "We have to be honest with ourselves,",
             "source": "the team’s veteran goalkeeper, Mathías Irazábal",
             "speaker": "Mathías Irazábal", "cls": ["apposition"]},
            {"text": "We were not good enough.",
             "source": "the team’s veteran goalkeeper, Mathías Irazábal",
             "speaker": "Mathías Irazábal", "cls": ["continuation"]},
            {"text": "Nobody’s place is safe,", "source": "Pelufo", "speaker": "Gustavo Pelufo",
             "cls": ["name"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "In a letter to shareholders, Tavish Ramaswamy-Boyd, the founder of Quillon"
            " Software, wrote: “I made mistakes, and I own them.” He stepped down as chief"
            " executive on Monday."
        ),
        "quotes": [
            {"text": "I made mistakes, and I own them.", "source": "Tavish Ramaswamy-Boyd",
             "speaker": "Tavish Ramaswamy-Boyd", "cls": ["apposition", "colon", "verb"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The senator’s campaign released a statement on Friday. “The senator has never met"
            " Mr. Haldane,” it said. Senator Beatrix Holloway-Nunes herself was campaigning in"
            " Reno and did not speak to reporters."
        ),
        "quotes": [
            {"text": "The senator has never met Mr. Haldane,", "source": "it", "speaker": None,
             "cls": ["pronoun", "org"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Cheers went up in the square when the result was read out. “Free at last!”"
            " shouted one woman, waving a flag. Opposition leader Nasrin Karimova-Aliyeva told"
            " the crowd: “Tonight belongs to you.”"
        ),
        "quotes": [
            {"text": "Free at last!", "source": "one woman", "speaker": None,
             "cls": ["anonymous", "verb"]},
            {"text": "Tonight belongs to you.", "source": "Opposition leader Nasrin"
             " Karimova-Aliyeva", "speaker": "Nasrin Karimova-Aliyeva", "cls": ["colon"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "The World Bank cut its growth forecast for the region to 2.1 percent. “High"
            " interest rates are biting,” the bank’s chief economist, Indermohan Salgado,"
            " said in Washington."
        ),
        "quotes": [
            {"text": "High interest rates are biting,",
             "source": "the bank’s chief economist, Indermohan Salgado",
             "speaker": "Indermohan Salgado", "cls": ["apposition"]},
        ],
        "not_quotes": [],
    },
    {
        "text": (
            "Edwin Achterberg-Lowe and his lawyer arrived at the courthouse together. The"
            " lawyer, Simone Okafor-Reid, read a short statement. “My client will be"
            " vindicated,” Okafor-Reid said. Achterberg-Lowe said nothing."
        ),
        "quotes": [
            {"text": "My client will be vindicated,", "source": "Okafor-Reid",
             "speaker": "Simone Okafor-Reid", "cls": ["name"]},
        ],
        "not_quotes": [],
    },
]
