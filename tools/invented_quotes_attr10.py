"""Quote set attr10: invented pages written by attr10 in the tenth round (2 December 2026),
one page per kind in styles unlike the earlier open sets: a film and book review (titles,
nicknames inside names, a catchphrase), a sports feature (nicknames, a chant, a banner), a
business story (product and programme names, a report's title, a slogan, "it" for a
company), a court story (a quoted statute and filing, words as words, a "so-called" term,
a description referring back), a protest (signs, a crowd's chant, what critics call
something), a political story with two speakers of each sex and a body ("it", "they"), a
description with two candidates ("the builders' lawyer"), an interview transcript, a
UK party row in single quotes; then an obituary, a health story, foreign affairs with
anonymous officials, a tech story, a local crime story with unnamed witnesses, scare
quotes, an arts page; then pronouns over paragraphs, a UK court, campaign copy, an
Australian party story. Counted before the rules they led to were written; fitted since
(the round's rules were made on them), so no longer a held-out proxy.

Same fields as tools/invented_quotes_e.py (speaker: the person, organisation or country
that speaks, None when the text names nobody; a document, an office, an anonymous
official or an unnamed witness is nobody; a sign's or a banner's Title Case words, a
slogan, a nickname and a title are not quotes; a crowd's chant is a quote with no
speaker).

    python tools/score_invented_quotes.py -v tools/invented_quotes_attr10.py
"""

ITEMS = [
    {  # 0 film and book review
        "text": (
            "Marguerite Solano's new film, “The Lantern Keepers,” opens in cinemas on Friday,"
            " and it is the best thing she has made since “Salt on the Window.” Based on Idris"
            " Kettleby's novel of the same name, the film follows a lighthouse family through a"
            " winter storm.\n\n"
            "The novel, titled “A Lamp for the Drowned” in its first British edition, was a slow"
            " seller. Kettleby, who now lives in Tasmania, once called it “a book nobody asked"
            " for.”\n\n"
            "Solano casts Petra Vandermeer as the mother, a woman the other villagers have dubbed"
            " “the Widow of the Point,” and newcomer Ossian Crane as her son, known to his friends"
            " as “Gull.” Crane's performance is quietly remarkable.\n\n"
            "“I wanted the sea to be a character, not a backdrop,” Solano said in an interview"
            " before the premiere. “Every scene had to smell of salt.”\n\n"
            "The soundtrack, by the band known as “Hollow Pines,” includes a new song, “Keep the"
            " Light Burning,” which plays over the closing credits.\n\n"
            "Meanwhile on television, the talent show “Stars of Tomorrow” returns for a ninth"
            " series, and host Benedict “Benny” Arkwright still closes every episode with his"
            " catchphrase, “Shine on, and mind the gap.”"
        ),
        "quotes": [
            {"text": "a book nobody asked for.", "source": "Kettleby", "speaker": "Idris Kettleby",
             "cls": ["partial"]},
            {"text": "I wanted the sea to be a character, not a backdrop,", "source": "Solano",
             "speaker": "Marguerite Solano", "cls": ["name"]},
            {"text": "Every scene had to smell of salt.", "source": "Solano",
             "speaker": "Marguerite Solano", "cls": ["continuation"]},
        ],
        "not_quotes": ["The Lantern Keepers,", "Salt on the Window.", "A Lamp for the Drowned",
                       "the Widow of the Point,", "Gull.", "Hollow Pines,",
                       "Keep the Light Burning,", "Stars of Tomorrow", "Benny",
                       "Shine on, and mind the gap."],
    },
    {  # 1 sports feature
        "text": (
            "MANCHESTER — When Teodoro “The Hammer” Valdivia ran out at Brookfield Park on"
            " Saturday, the away end greeted him with the chant that has followed him across three"
            " clubs: “Hammer, Hammer, give us a goal!”\n\n"
            "A banner stretched across the upper tier read “Forty Years of Blue and Gold,” a nod"
            " to the club's anniversary.\n\n"
            "Valdivia, 31, scored twice in a 3-1 win over Harcastle Rovers, the side supporters"
            " still call “the Old Enemy.”\n\n"
            "“The fans carried us in the second half,” Valdivia said afterwards. “I could hear them"
            " over my own breathing.”\n\n"
            "His manager, Ingrid Soderqvist, was more guarded. “We were sloppy for an hour,” she"
            " said. “Three points is three points, but I won't pretend that was pretty.”\n\n"
            "The Rovers defender Kwabena Asante-Mills, nicknamed “the Wall” by the local paper, had"
            " a miserable afternoon. He admitted as much: “I let the lads down today.”\n\n"
            "The win lifts the club, known to its fans as “the Canaries of the North,” into fourth"
            " place."
        ),
        "quotes": [
            {"text": "Hammer, Hammer, give us a goal!", "source": "the away end", "speaker": None,
             "cls": ["chant"]},
            {"text": "The fans carried us in the second half,", "source": "Valdivia",
             "speaker": "Teodoro Valdivia", "cls": ["name"]},
            {"text": "I could hear them over my own breathing.", "source": "Valdivia",
             "speaker": "Teodoro Valdivia", "cls": ["continuation"]},
            {"text": "We were sloppy for an hour,", "source": "she", "speaker": "Ingrid Soderqvist",
             "cls": ["pronoun"]},
            {"text": "Three points is three points, but I won't pretend that was pretty.",
             "source": "she", "speaker": "Ingrid Soderqvist", "cls": ["pronoun", "continuation"]},
            {"text": "I let the lads down today.", "source": "He",
             "speaker": "Kwabena Asante-Mills", "cls": ["pronoun", "colon"]},
        ],
        "not_quotes": ["The Hammer", "Forty Years of Blue and Gold,", "the Old Enemy.",
                       "the Wall", "the Canaries of the North,"],
    },
    {  # 2 business story
        "text": (
            "SEOUL — Hanbridge Electronics will stop selling its “AirFold” headphones in Europe"
            " next year, the company said on Tuesday, after regulators questioned the battery"
            " design.\n\n"
            "The decision follows a critical report, “Charged and Unsafe: Consumer Batteries in"
            " 2026,” published last month by the Nordic Consumer Safety Board. The board said the"
            " devices posed “an unacceptable risk of overheating.”\n\n"
            "Hanbridge, whose slogan “Sound Without Limits” appears on every box, has sold more"
            " than four million pairs of the headphones. It said in a note to investors that it was"
            " “confident"
            " in the safety of its products” but would “respect the concerns of regulators.”\n\n"
            "The chief executive, Moon Ji-ho, told analysts on a call that the company's “Project"
            " Horizon” programme, a push into hearing aids, would continue. “We are not retreating"
            " from audio,” he said. “We are changing where we fight.”\n\n"
            "Shares in the company fell 4 percent. Laila Ferraro, an analyst at Castellan Partners,"
            " described the move as “a sensible retreat,” adding: “Investors will forgive a recall."
            " They won't forgive a fire.”"
        ),
        "quotes": [
            {"text": "an unacceptable risk of overheating.", "source": "The board",
             "speaker": "Nordic Consumer Safety Board", "cls": ["org", "partial"]},
            {"text": "confident in the safety of its products", "source": "It",
             "speaker": "Hanbridge Electronics", "cls": ["org", "pronoun", "partial"]},
            {"text": "respect the concerns of regulators.", "source": "It",
             "speaker": "Hanbridge Electronics", "cls": ["org", "pronoun", "partial"]},
            {"text": "We are not retreating from audio,", "source": "he", "speaker": "Moon Ji-ho",
             "cls": ["pronoun"]},
            {"text": "We are changing where we fight.", "source": "he", "speaker": "Moon Ji-ho",
             "cls": ["pronoun", "continuation"]},
            {"text": "a sensible retreat,", "source": "Laila Ferraro", "speaker": "Laila Ferraro",
             "cls": ["partial", "verb"]},
            {"text": "Investors will forgive a recall. They won't forgive a fire.",
             "source": "Laila Ferraro", "speaker": "Laila Ferraro", "cls": ["colon"]},
        ],
        "not_quotes": ["AirFold", "Charged and Unsafe: Consumer Batteries in 2026,",
                       "Sound Without Limits", "Project Horizon"],
    },
    {  # 3 court story
        "text": (
            "OTTAWA — A Federal Court judge has struck down part of a law that barred former public"
            " servants from lobbying for five years, ruling that the ban was broader than"
            " Parliament needed.\n\n"
            "The provision, which forbids any former official from “communicating with a public"
            " office holder on behalf of a client,” was challenged by Adaeze Okonkwo-Laurent, a"
            " retired trade negotiator.\n\n"
            "In her filing, Okonkwo-Laurent's lawyers argued that the clause “sweeps in ordinary"
            " conversation.” The government's brief described the ban as “a modest and necessary"
            " safeguard.”\n\n"
            "Justice Rowena Pellegrini wrote that the word “communicating” could not be stretched"
            " to cover a wave across a conference room. “Parliament may draw lines,” she wrote."
            " “It may not draw them in fog.”\n\n"
            "The ruling also criticised the so-called “cooling-off register,” which the judge said"
            " had never been published.\n\n"
            "Okonkwo-Laurent said she was relieved. “I spent thirty years serving this country,”"
            " the 64-year-old said. “I was not going to be told I had to sit in silence.”\n\n"
            "A spokesman for the Justice Department said the government was “reviewing the"
            " decision carefully.”"
        ),
        "quotes": [
            {"text": "communicating with a public office holder on behalf of a client,",
             "source": "The provision", "speaker": None, "cls": ["document"]},
            {"text": "sweeps in ordinary conversation.", "source": "Okonkwo-Laurent's lawyers",
             "speaker": None, "cls": ["partial"]},
            {"text": "a modest and necessary safeguard.", "source": "The government's brief",
             "speaker": None, "cls": ["document", "partial"]},
            {"text": "Parliament may draw lines,", "source": "she", "speaker": "Rowena Pellegrini",
             "cls": ["pronoun"]},
            {"text": "It may not draw them in fog.", "source": "she",
             "speaker": "Rowena Pellegrini", "cls": ["pronoun", "continuation"]},
            {"text": "I spent thirty years serving this country,", "source": "the 64-year-old",
             "speaker": "Adaeze Okonkwo-Laurent", "cls": ["description"]},
            {"text": "I was not going to be told I had to sit in silence.",
             "source": "the 64-year-old", "speaker": "Adaeze Okonkwo-Laurent",
             "cls": ["description", "continuation"]},
            {"text": "reviewing the decision carefully.",
             "source": "A spokesman for the Justice Department", "speaker": None,
             "cls": ["anonymous", "partial"]},
        ],
        "not_quotes": ["communicating", "cooling-off register,"],
    },
    {  # 4 protest story
        "text": (
            "SANTIAGO — Tens of thousands of students marched through the capital on Wednesday"
            " against a plan to raise university fees, the largest protest in the city in a"
            " decade.\n\n"
            "Many carried signs reading “Education Is Not a Luxury” and “No to the Fee Law.”"
            " Outside the ministry, the crowd chanted “Hands off our future!” for nearly an"
            " hour.\n\n"
            "The government calls the measure a modernisation fund. Critics call it “a tax on"
            " ambition.”\n\n"
            "“My mother cleaned offices so I could study here,” said Valentina Ossandón, a"
            " 22-year-old engineering student from Valparaíso. “Now they want to charge her"
            " again.”\n\n"
            "Education Minister Rodrigo Altamirano defended the plan in a radio interview."
            " “Nobody is closing a single door,” he said. He accused the organisers of spreading"
            " “fear and fairy tales.”\n\n"
            "The students' union, which organised the march, said in a post online that it would"
            " return “every week until the law is withdrawn.”"
        ),
        "quotes": [
            {"text": "Hands off our future!", "source": "the crowd", "speaker": None,
             "cls": ["chant"]},
            {"text": "a tax on ambition.", "source": "Critics", "speaker": None,
             "cls": ["group", "partial"]},
            {"text": "My mother cleaned offices so I could study here,",
             "source": "Valentina Ossandón", "speaker": "Valentina Ossandón", "cls": ["name"]},
            {"text": "Now they want to charge her again.", "source": "Valentina Ossandón",
             "speaker": "Valentina Ossandón", "cls": ["continuation"]},
            {"text": "Nobody is closing a single door,", "source": "he",
             "speaker": "Rodrigo Altamirano", "cls": ["pronoun"]},
            {"text": "fear and fairy tales.", "source": "He", "speaker": "Rodrigo Altamirano",
             "cls": ["pronoun", "partial", "verb"]},
            {"text": "every week until the law is withdrawn.", "source": "The students' union",
             "speaker": None, "cls": ["group", "partial"]},
        ],
        "not_quotes": ["Education Is Not a Luxury", "No to the Fee Law."],
    },
    {  # 5 political story, two of each gender and a body
        "text": (
            "CANBERRA — The Senate committee examining the country's new water rules heard sharply"
            " different accounts on Monday from two state ministers and two farmers'"
            " representatives.\n\n"
            "Victoria's water minister, Helena Marchetti, told the committee the rules had been"
            " rushed. “We were given eleven days to respond to four hundred pages,” she said.\n\n"
            "Her counterpart from New South Wales, Graham Okafor, disagreed. “Eleven days was"
            " plenty for anyone who had been paying attention,” he said.\n\n"
            "Marchetti did not let it pass. Asked whether she had read the full draft, she"
            " replied: “Every page, twice.”\n\n"
            "Okafor later softened his tone. He told reporters the two states would “find a way"
            " through this, as we always do.”\n\n"
            "The National Irrigators' Council, which represents about 2,000 growers, was blunter."
            " It said in a submission that the rules would “push family farms off the river.”"
            " They had warned of this for two years, the council added, calling the consultation"
            " “a box-ticking exercise.”\n\n"
            "Two of its members also gave evidence. Dorothy Ngata, who grows rice near Griffith,"
            " said her allocation had been cut by a third. “I have never seen a season like this"
            " one,” she said.\n\n"
            "Lachlan Pemberton, a cotton grower from the Darling Downs, said he agreed with her."
            " “If the water goes, the town goes,” he said. “It is that simple.”\n\n"
            "Pressed on the figures, Okafor conceded that the department had not modelled small"
            " farms separately. “That is a fair criticism,” he said."
        ),
        "quotes": [
            {"text": "We were given eleven days to respond to four hundred pages,", "source": "she",
             "speaker": "Helena Marchetti", "cls": ["pronoun"]},
            {"text": "Eleven days was plenty for anyone who had been paying attention,",
             "source": "he", "speaker": "Graham Okafor", "cls": ["pronoun"]},
            {"text": "Every page, twice.", "source": "she", "speaker": "Helena Marchetti",
             "cls": ["pronoun", "colon"]},
            {"text": "find a way through this, as we always do.", "source": "He",
             "speaker": "Graham Okafor", "cls": ["pronoun", "partial"]},
            {"text": "push family farms off the river.", "source": "It",
             "speaker": "National Irrigators' Council", "cls": ["org", "pronoun", "partial"]},
            {"text": "a box-ticking exercise.", "source": "the council",
             "speaker": "National Irrigators' Council", "cls": ["org", "partial"]},
            {"text": "I have never seen a season like this one,", "source": "she",
             "speaker": "Dorothy Ngata", "cls": ["pronoun"]},
            {"text": "If the water goes, the town goes,", "source": "he",
             "speaker": "Lachlan Pemberton", "cls": ["pronoun"]},
            {"text": "It is that simple.", "source": "he", "speaker": "Lachlan Pemberton",
             "cls": ["pronoun", "continuation"]},
            {"text": "That is a fair criticism,", "source": "he", "speaker": "Graham Okafor",
             "cls": ["pronoun", "participle"]},
        ],
        "not_quotes": [],
    },
    {  # 6 descriptions referring back, two candidates
        "text": (
            "BOSTON — Two judges on the state's highest court clashed openly on Thursday over a"
            " ruling that lets cities ban gas stoves in new buildings.\n\n"
            "Chief Justice Margaret Oyelaran, 58, wrote for the majority. Justice Theresa"
            " Kowalczyk, 71, wrote a sharp dissent joined by one colleague.\n\n"
            "“The legislature gave towns the power to set building standards, and a stove is part"
            " of a building,” the 58-year-old judge wrote.\n\n"
            "The veteran dissenter was unmoved. “Today the court invents a power that no statute"
            " grants,” the 71-year-old wrote. “Towns will now regulate what we cook.”\n\n"
            "Arthur Feingold, the city's lawyer, welcomed the decision. Sandra Whitcombe, who"
            " represented a builders' group, said the ruling would raise costs. “Every new"
            " apartment just got more expensive,” the builders' lawyer said.\n\n"
            "The former prosecutor, who joined the court in 2009, has dissented in every"
            " environmental case this term."
        ),
        "quotes": [
            {"text": "The legislature gave towns the power to set building standards, and a stove"
             " is part of a building,", "source": "the 58-year-old judge",
             "speaker": "Margaret Oyelaran", "cls": ["description"]},
            {"text": "Today the court invents a power that no statute grants,",
             "source": "the 71-year-old", "speaker": "Theresa Kowalczyk", "cls": ["description"]},
            {"text": "Towns will now regulate what we cook.", "source": "the 71-year-old",
             "speaker": "Theresa Kowalczyk", "cls": ["description", "continuation"]},
            {"text": "Every new apartment just got more expensive,",
             "source": "the builders' lawyer", "speaker": "Sandra Whitcombe",
             "cls": ["description"]},
        ],
        "not_quotes": [],
    },
    {  # 7 interview transcript
        "text": (
            "The following is an edited transcript of an interview with the conductor Anselm"
            " Brightwater, recorded in Vienna last week.\n\n"
            "INTERVIEWER: Why do you dislike being called a maestro?\n\n"
            "BRIGHTWATER: Because it puts the conductor above the players. Nobody in an orchestra"
            " is above anybody.\n\n"
            "INTERVIEWER: Your new recording is called “Nocturnes for a Drowned City.” Where did"
            " that come from?\n\n"
            "BRIGHTWATER: Venice, in the winter of the floods. I walked to the rehearsal in boots"
            " every morning.\n\n"
            "INTERVIEWER: Does praise matter to you?\n\n"
            "BRIGHTWATER: Less than it used to."
        ),
        "quotes": [
            {"text": "Why do you dislike being called a maestro?", "source": "INTERVIEWER",
             "speaker": None, "cls": ["transcript"]},
            {"text": "Because it puts the conductor above the players. Nobody in an orchestra is"
             " above anybody.", "source": "BRIGHTWATER", "speaker": "Anselm Brightwater",
             "cls": ["transcript"]},
            {"text": "Your new recording is called “Nocturnes for a Drowned City.” Where did that"
             " come from?", "source": "INTERVIEWER", "speaker": None, "cls": ["transcript"]},
            {"text": "Venice, in the winter of the floods. I walked to the rehearsal in boots every"
             " morning.", "source": "BRIGHTWATER", "speaker": "Anselm Brightwater",
             "cls": ["transcript"]},
            {"text": "Does praise matter to you?", "source": "INTERVIEWER", "speaker": None,
             "cls": ["transcript"]},
            {"text": "Less than it used to.", "source": "BRIGHTWATER",
             "speaker": "Anselm Brightwater", "cls": ["transcript"]},
        ],
        "not_quotes": ["Nocturnes for a Drowned City."],
    },
    {  # 8 UK party story, single quotes, a body as "they"
        "text": (
            "LONDON — The Greenfield Party has expelled two councillors over leaked messages, its"
            " second purge this year.\n\n"
            "Party chair Fiona Abernethy said the decision had been unanimous. 'There is no place"
            " in this party for that kind of language,' she said.\n\n"
            "One of the expelled councillors, Desmond Yarrow, said he would appeal. 'I was never"
            " given a hearing,' he told the Evening Courier. 'Not one.'\n\n"
            "His colleague Priya Ramaswamy, also expelled, struck a different note. She apologised"
            " 'unreservedly' for the messages and said she would not contest the decision.\n\n"
            "The party's ethics committee said the pair had breached its 'Respect at Work' code."
            " They said the messages had been 'shared widely among members'.\n\n"
            "Yarrow's supporters have launched a campaign under the slogan 'Let Desmond Speak'."
            " Abernethy dismissed it. 'Slogans are not evidence,' she said."
        ),
        "quotes": [
            {"text": "There is no place in this party for that kind of language,", "source": "she",
             "speaker": "Fiona Abernethy", "cls": ["pronoun", "ascii"]},
            {"text": "I was never given a hearing,", "source": "he", "speaker": "Desmond Yarrow",
             "cls": ["pronoun", "ascii"]},
            {"text": "Not one.", "source": "he", "speaker": "Desmond Yarrow",
             "cls": ["pronoun", "continuation", "ascii"]},
            {"text": "unreservedly", "source": "She", "speaker": "Priya Ramaswamy",
             "cls": ["pronoun", "partial", "ascii"]},
            {"text": "shared widely among members", "source": "They", "speaker": None,
             "cls": ["group", "partial", "ascii"]},
            {"text": "Slogans are not evidence,", "source": "she", "speaker": "Fiona Abernethy",
             "cls": ["pronoun", "ascii"]},
        ],
        "not_quotes": ["Respect at Work", "Let Desmond Speak"],
    },
    {  # 9 US campaign story: ad titles, a song, a slogan, a report, a nickname
        "text": (
            "WASHINGTON — Senator Lucinda Brathwaite's re-election campaign unveiled a new"
            " television advertisement on Monday, titled “Still Standing,” that features her late"
            " father's steelworks.\n\n"
            "The ad borrows the chorus of the 1978 song “Iron in the Blood,” and ends with the"
            " campaign's slogan, “Brathwaite Works.”\n\n"
            "Her Republican challenger, state Treasurer Colin Mayhew, has been running on what he"
            " calls the “Main Street Promise,” a package of tax cuts. Mayhew dismissed the"
            " advertisement as “nostalgia with a budget.”\n\n"
            "“Voters don't want a history lesson,” he said at a diner in Scranton. “They want lower"
            " bills.”\n\n"
            "Brathwaite's campaign manager, Oksana Devereux, said the ad had tested well. “People"
            " remember who stood with the mills,” she said.\n\n"
            "A report by the nonpartisan Keystone Budget Project, “Promises and Price Tags,”"
            " estimated that Mayhew's plan would cost $9 billion over ten years. The group said the"
            " figure was “conservative.”\n\n"
            "Mayhew, known in Harrisburg as “the Calculator,” disputed the estimate. “They have"
            " never liked a tax cut,” he said of the group."
        ),
        "quotes": [
            {"text": "nostalgia with a budget.", "source": "Mayhew", "speaker": "Colin Mayhew",
             "cls": ["partial", "verb"]},
            {"text": "Voters don't want a history lesson,", "source": "he",
             "speaker": "Colin Mayhew", "cls": ["pronoun"]},
            {"text": "They want lower bills.", "source": "he", "speaker": "Colin Mayhew",
             "cls": ["pronoun", "continuation"]},
            {"text": "People remember who stood with the mills,", "source": "she",
             "speaker": "Oksana Devereux", "cls": ["pronoun"]},
            {"text": "conservative.", "source": "The group", "speaker": "Keystone Budget Project",
             "cls": ["org", "partial"]},
            {"text": "They have never liked a tax cut,", "source": "he", "speaker": "Colin Mayhew",
             "cls": ["pronoun"]},
        ],
        "not_quotes": ["Still Standing,", "Iron in the Blood,", "Brathwaite Works.",
                       "Main Street Promise,", "Promises and Price Tags,", "the Calculator,"],
    },

    {  # 0 obituary with scare quotes and nicknames
        "text": (
            "Wilhelmina Achterberg, the economist whose work on “shadow wages” changed how"
            " governments count unpaid care, died on Sunday in Utrecht. She was 91.\n\n"
            "Colleagues knew her as “Mina,” and students at the university called her seminar"
            " “the Furnace” for the heat of its arguments.\n\n"
            "Her best-known book, The Invisible Ledger, argued that national accounts left out"
            " “half the economy and most of the women in it.” It sold more than a million"
            " copies.\n\n"
            "“She never raised her voice, and she never lost an argument,” said Pieter de"
            " Waal, a former student who now teaches in Leiden. “We were all a little afraid"
            " of her.”\n\n"
            "In a 2009 interview she dismissed the idea of retirement. “I will stop when the"
            " numbers are right,” she said."
        ),
        "quotes": [
            {"text": "half the economy and most of the women in it.",
             "source": "The Invisible Ledger",
             "speaker": None, "cls": ["document", "partial"]},
            {"text": "She never raised her voice, and she never lost an argument,",
             "source": "Pieter de Waal", "speaker": "Pieter de Waal", "cls": ["name"]},
            {"text": "We were all a little afraid of her.", "source": "Pieter de Waal",
             "speaker": "Pieter de Waal", "cls": ["continuation"]},
            {"text": "I will stop when the numbers are right,", "source": "she",
             "speaker": "Wilhelmina Achterberg", "cls": ["pronoun"]},
        ],
        "not_quotes": ["shadow wages", "Mina,", "the Furnace"],
    },
    {  # 1 health story: so-called, study title, scare quotes
        "text": (
            "GENEVA — Traces of the so-called “forever chemicals” were found in the blood of"
            " nine in ten children tested in a new study, researchers said on Thursday.\n\n"
            "The study, published in the journal Pediatric Exposure, tested 4,000 children in"
            " eleven countries. Its authors called the results “deeply worrying” and urged"
            " regulators to act.\n\n"
            "“We expected to find something. We did not expect to find it everywhere,” said"
            " Dr. Farida Osei-Bonsu, who led the research at the University of Ghana.\n\n"
            "Industry groups have long insisted the compounds are “safe at normal levels.” The"
            " Chemical Producers Council said in a written reply that the study “did not measure"
            " harm, only presence.”\n\n"
            "Some manufacturers now label their pans “PFAS-free,” a claim the researchers said"
            " was often untested."
        ),
        "quotes": [
            {"text": "deeply worrying", "source": "Its authors", "speaker": None,
             "cls": ["group", "partial"]},
            {"text": "We expected to find something. We did not expect to find it everywhere,",
             "source": "Dr. Farida Osei-Bonsu", "speaker": "Farida Osei-Bonsu", "cls": ["name"]},
            {"text": "safe at normal levels.", "source": "Industry groups", "speaker": None,
             "cls": ["group", "partial"]},
            {"text": "did not measure harm, only presence.",
             "source": "The Chemical Producers Council", "speaker": "Chemical Producers Council",
             "cls": ["org", "partial"]},
        ],
        "not_quotes": ["forever chemicals", "PFAS-free,"],
    },
    {  # 2 foreign affairs: ministries, anonymous officials, state media
        "text": (
            "HANOI — Vietnam summoned a Chinese diplomat on Friday after a coast guard vessel"
            " rammed a fishing boat near the Paracel Islands, the foreign ministry said.\n\n"
            "Ministry spokeswoman Pham Thu Hang told reporters the collision was “a serious"
            " violation of Vietnam's sovereignty.” Beijing rejected the account.\n\n"
            "“The Vietnamese vessel entered Chinese waters illegally and ignored repeated"
            " warnings,” China's foreign ministry said in a written reply.\n\n"
            "A senior Vietnamese official, who would give no name as he had no leave to"
            " brief the press, said Hanoi would “consider all options.”\n\n"
            "The fishermen's families gathered at the port of Ly Son. “My husband has fished"
            " these waters for thirty years,” said one woman, who gave only her first name,"
            " Lan."
        ),
        "quotes": [
            {"text": "a serious violation of Vietnam's sovereignty.", "source": "Pham Thu Hang",
             "speaker": "Pham Thu Hang", "cls": ["name", "partial"]},
            {"text": "The Vietnamese vessel entered Chinese waters illegally and ignored repeated"
             " warnings,", "source": "China's foreign ministry", "speaker": "China",
             "cls": ["government"]},
            {"text": "consider all options.", "source": "A senior Vietnamese official",
             "speaker": None, "cls": ["anonymous", "partial"]},
            {"text": "My husband has fished these waters for thirty years,",
             "source": "one woman", "speaker": None, "cls": ["anonymous"]},
        ],
        "not_quotes": [],
    },
    {  # 3 tech story: product and feature names, scare quotes
        "text": (
            "SAN FRANCISCO — Lumora, the photo-sharing app, will add a feature it calls"
            " “Quiet Mode” that hides like counts from teenage users, the company said on"
            " Wednesday.\n\n"
            "The change follows months of pressure from parents' groups and a hearing at which"
            " senators accused social apps of building “slot machines for children.”\n\n"
            "Lumora's head of safety, Thandeka Mokoena, said the company had tested the"
            " feature with 20,000 families. “Teenagers told us they felt judged by a number,”"
            " she said. “So we took the number away.”\n\n"
            "Critics were unimpressed. Desmond Achebe of the campaign group Screen Sense said"
            " the feature was “a fig leaf,” adding that the app's “Discover” feed remained"
            " unchanged.\n\n"
            "Lumora, which has 300 million users, also said it would retire its “Streaks”"
            " badges."
        ),
        "quotes": [
            {"text": "slot machines for children.", "source": "senators", "speaker": None,
             "cls": ["group", "partial"]},
            {"text": "Teenagers told us they felt judged by a number,", "source": "she",
             "speaker": "Thandeka Mokoena", "cls": ["pronoun"]},
            {"text": "So we took the number away.", "source": "she",
             "speaker": "Thandeka Mokoena", "cls": ["pronoun", "continuation"]},
            {"text": "a fig leaf,", "source": "Desmond Achebe", "speaker": "Desmond Achebe",
             "cls": ["name", "partial"]},
        ],
        "not_quotes": ["Quiet Mode", "Discover", "Streaks"],
    },
    {  # 4 local crime story: police statement, anonymous neighbour, victim's mother
        "text": (
            "LEEDS — A 34-year-old man has been charged with arson after a fire destroyed a"
            " takeaway on Harehills Road early on Saturday, West Yorkshire Police said.\n\n"
            "Detective Inspector Moira Caddick said officers had been “overwhelmed by the"
            " help of local people.” She urged anyone with footage to come forward.\n\n"
            "A neighbour, who gave no name, said she had heard “a bang like a car"
            " crash” shortly after 2 a.m. “Then the whole front was orange,” she said.\n\n"
            "The owner's mother stood outside the blackened shop on Sunday. “Twenty years"
            " he worked here,” she said. “Twenty years, and now nothing.”"
        ),
        "quotes": [
            {"text": "overwhelmed by the help of local people.", "source": "Detective Inspector"
             " Moira Caddick", "speaker": "Moira Caddick", "cls": ["name", "partial"]},
            {"text": "a bang like a car crash", "source": "A neighbour", "speaker": None,
             "cls": ["anonymous", "partial"]},
            {"text": "Then the whole front was orange,", "source": "she", "speaker": None,
             "cls": ["anonymous", "pronoun"]},
            {"text": "Twenty years he worked here,", "source": "she", "speaker": None,
             "cls": ["pronoun"]},
            {"text": "Twenty years, and now nothing.", "source": "she", "speaker": None,
             "cls": ["pronoun", "continuation"]},
        ],
        "not_quotes": [],
    },
    {  # 5 opinion-ish politics: scare quotes with no speaker
        "text": (
            "OTTAWA — The government's “reform” of the immigration points system has produced"
            " fewer skilled arrivals, not more, according to figures released on Monday.\n\n"
            "Immigration Minister Claude Beaulieu-Tran had promised a system that would be"
            " “faster, fairer and simpler.” Instead, processing times rose by a third.\n\n"
            "So-called “fast-track” applications, meant to take six weeks, took an average of"
            " five months. Applicants described the online portal as “a maze with no exit.”\n\n"
            "Beaulieu-Tran defended the changes on Tuesday. “Every new system has teething"
            " problems,” he said. Opposition critic Marguerite Olanrewaju called that"
            " “an excuse, not an answer.”"
        ),
        "quotes": [
            {"text": "faster, fairer and simpler.", "source": "Claude Beaulieu-Tran",
             "speaker": "Claude Beaulieu-Tran", "cls": ["name", "partial"]},
            {"text": "a maze with no exit.", "source": "Applicants", "speaker": None,
             "cls": ["group", "partial"]},
            {"text": "Every new system has teething problems,", "source": "he",
             "speaker": "Claude Beaulieu-Tran", "cls": ["pronoun"]},
            {"text": "an excuse, not an answer.", "source": "Marguerite Olanrewaju",
             "speaker": "Marguerite Olanrewaju", "cls": ["name", "partial"]},
        ],
        "not_quotes": ["reform", "fast-track"],
    },
    {  # 6 arts page: a play, a festival, a quoted line from the play
        "text": (
            "EDINBURGH — The Traverse company's new production of “The Salt Road” opened to"
            " a standing ovation on Friday, a week before the festival's “Fringe Sunday”"
            " celebrations.\n\n"
            "Written by the Orkney playwright Hamish Lindqvist-Rae, the play follows two"
            " sisters who inherit a failing herring business. Its most quoted line, “The sea"
            " owes us nothing,” has already appeared on posters across the city.\n\n"
            "“I wrote it in a caravan in four weeks,” Lindqvist-Rae said after the"
            " performance. “The caravan leaked.”\n\n"
            "The lead, Aoife Brennan-Mackay, called the role “the hardest thing I have ever"
            " done.” The Herald's critic gave it five stars, calling it “a small miracle.”"
        ),
        "quotes": [
            {"text": "I wrote it in a caravan in four weeks,", "source": "Lindqvist-Rae",
             "speaker": "Hamish Lindqvist-Rae", "cls": ["name"]},
            {"text": "The caravan leaked.", "source": "Lindqvist-Rae",
             "speaker": "Hamish Lindqvist-Rae", "cls": ["continuation"]},
            {"text": "the hardest thing I have ever done.", "source": "Aoife Brennan-Mackay",
             "speaker": "Aoife Brennan-Mackay", "cls": ["name", "partial"]},
            {"text": "a small miracle.", "source": "The Herald's critic", "speaker": None,
             "cls": ["newspaper", "partial"]},
        ],
        "not_quotes": ["The Salt Road", "Fringe Sunday", "The sea owes us nothing,"],
    },

    {  # 0 two men, a woman; pronoun after an object mention
        "text": (
            "PHOENIX — Gov. Raymond Oduya signed the water compact on Tuesday, ending a"
            " two-year fight with the Navajo Nation and three neighbouring states.\n\n"
            "Oduya thanked the compact's chief negotiator, Wendell Strickland, in a short"
            " ceremony at the Capitol. “Nobody thought we could do this in one term,” he"
            " said.\n\n"
            "Strickland, a retired hydrologist, spent eleven months shuttling between"
            " Phoenix and Window Rock. He called the final text “a fair deal for people who"
            " have never had one.”\n\n"
            "Not everyone was pleased. State Sen. Loretta Banda, who chairs the natural"
            " resources committee, said the compact gave away too much. “We will be paying"
            " for this for fifty years,” she said.\n\n"
            "Oduya brushed the criticism aside. Asked about Banda's remarks, he said: “She"
            " voted for the framework last spring.”"
        ),
        "quotes": [
            {"text": "Nobody thought we could do this in one term,", "source": "he",
             "speaker": "Raymond Oduya", "cls": ["pronoun"]},
            {"text": "a fair deal for people who have never had one.", "source": "He",
             "speaker": "Wendell Strickland", "cls": ["pronoun", "partial"]},
            {"text": "We will be paying for this for fifty years,", "source": "she",
             "speaker": "Loretta Banda", "cls": ["pronoun"]},
            {"text": "She voted for the framework last spring.", "source": "he",
             "speaker": "Raymond Oduya", "cls": ["pronoun", "participle", "colon"]},
        ],
        "not_quotes": [],
    },
    {  # 1 UK court: a judge, a barrister, a defendant; the Crown
        "text": (
            "A former council leader has been jailed for four years for taking bribes from a"
            " property developer, in a case the judge described as “a betrayal of the people"
            " who elected him.”\n\n"
            "Malcolm Featherstone, 67, who led Brackley Borough Council for nine years,"
            " admitted accepting £180,000 in cash and holidays.\n\n"
            "Sentencing him at Northampton Crown Court, Judge Harriet Okonjo said: “You sold"
            " the planning system to the highest bidder.”\n\n"
            "Featherstone's barrister, Giles Penhallow KC, told the court his client was"
            " “ashamed and broken.” He said Featherstone had repaid the money.\n\n"
            "The developer, Anton Kurylenko, is due to be sentenced next month. The Crown"
            " Prosecution Service said the case showed that “no one is too senior to face"
            " justice.”"
        ),
        "quotes": [
            {"text": "a betrayal of the people who elected him.", "source": "the judge",
             "speaker": "Harriet Okonjo", "cls": ["description", "partial"]},
            {"text": "You sold the planning system to the highest bidder.",
             "source": "Judge Harriet Okonjo", "speaker": "Harriet Okonjo", "cls": ["colon"]},
            {"text": "ashamed and broken.", "source": "Giles Penhallow KC",
             "speaker": "Giles Penhallow", "cls": ["partial"]},
            {"text": "no one is too senior to face justice.",
             "source": "The Crown Prosecution Service", "speaker": "Crown Prosecution Service",
             "cls": ["org", "partial"]},
        ],
        "not_quotes": [],
    },
    {  # 2 campaign copy: a rally, a nickname, a chant, an ad
        "text": (
            "DES MOINES — Rep. Corinne Vasquez-Hale drew a crowd of 3,000 to a barn outside"
            " Ames on Saturday, her largest rally since entering the Senate race.\n\n"
            "Supporters waved signs reading “Corinne for Iowa” and chanted “Four more"
            " miles!” as she walked in, a nod to the distance she runs every morning.\n\n"
            "Vasquez-Hale, whom her staff call “the Metronome” for her schedule, spoke for"
            " forty minutes. “They said a Democrat could not win a county like this one,”"
            " she told the crowd. “They were wrong in 2022, and they are wrong now.”\n\n"
            "Her Republican opponent, Dale Hinrichsen, released an ad the same day titled"
            " “Coastal Corinne,” accusing her of voting with party leaders 97 percent of the"
            " time. A Hinrichsen spokesman, Brady Tollefson, said the ad was “just the"
            " record.”\n\n"
            "Hinrichsen himself was campaigning in Sioux City. “I don't need a nickname,” he"
            " said. “I need a vote.”"
        ),
        "quotes": [
            {"text": "Four more miles!", "source": "Supporters", "speaker": None,
             "cls": ["chant"]},
            {"text": "They said a Democrat could not win a county like this one,",
             "source": "she", "speaker": "Corinne Vasquez-Hale", "cls": ["pronoun"]},
            {"text": "They were wrong in 2022, and they are wrong now.", "source": "she",
             "speaker": "Corinne Vasquez-Hale", "cls": ["pronoun", "continuation"]},
            {"text": "just the record.", "source": "Brady Tollefson",
             "speaker": "Brady Tollefson", "cls": ["name", "partial"]},
            {"text": "I don't need a nickname,", "source": "he", "speaker": "Dale Hinrichsen",
             "cls": ["pronoun"]},
            {"text": "I need a vote.", "source": "he", "speaker": "Dale Hinrichsen",
             "cls": ["pronoun", "continuation"]},
        ],
        "not_quotes": ["Corinne for Iowa", "the Metronome", "Coastal Corinne,"],
    },
    {  # 3 Australian politics: a party room, "they" for a party, a leaked memo
        "text": (
            "CANBERRA — The Greens will vote against the government's housing bill, party"
            " leader Tamsin Okoro said on Monday, leaving it short of a Senate majority.\n\n"
            "“This bill builds nothing,” Okoro said. “It is a tax break with a ribbon on"
            " it.”\n\n"
            "Housing Minister Bernard Quayle said the Greens were “letting perfect be the"
            " enemy of good.” He said he would keep talking to the crossbench.\n\n"
            "A leaked cabinet memo, seen by the Sydney Ledger, described the bill's chances"
            " as “slim without concessions.” The minister's office would not discuss the"
            " memo.\n\n"
            "Independent senator Rhiannon Dwyer said she was still undecided. “I want to see"
            " the amendments first,” she said."
        ),
        "quotes": [
            {"text": "This bill builds nothing,", "source": "Okoro", "speaker": "Tamsin Okoro",
             "cls": ["name"]},
            {"text": "It is a tax break with a ribbon on it.", "source": "Okoro",
             "speaker": "Tamsin Okoro", "cls": ["continuation"]},
            {"text": "letting perfect be the enemy of good.",
             "source": "Housing Minister Bernard Quayle", "speaker": "Bernard Quayle",
             "cls": ["name", "partial"]},
            {"text": "slim without concessions.", "source": "A leaked cabinet memo",
             "speaker": None, "cls": ["document", "partial"]},
            {"text": "I want to see the amendments first,", "source": "she",
             "speaker": "Rhiannon Dwyer", "cls": ["pronoun"]},
        ],
        "not_quotes": [],
    },
]
