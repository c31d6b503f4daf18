"""Entity set h, written sealed for the seventh round (1 December 2026): kept out of the
repository and away from everyone who changed the analyser, scored blind at the round's
base (4cbca5c) and its end, then published here. Now that it is public it is no longer
blind.

Mostly encyclopedic wire stories from many countries (Central Asia, the Caucasus, the
Balkans, South and South-East Asia, the Pacific, Africa, Latin America), then US and UK
politics, then terse wire (results, market reports, briefs, title-case and ALL-CAPS
headlines, hard line wraps). Traps: companies, a sitcom, clubs, horses, a ship,
buildings and towns named like people (Port Harcourt, Florencia, Lincoln, Jackson,
Marshall, Mount Hagen); people named once by surname or by given name alone (Thai,
Malaysian and Mongolian usage, Indonesian and Brazilian single names); families in the
plural (not a person: no mention, no panel entry); particles and initials; honorifics
that are titles (Datuk Seri, Mawlawi, Alhaji-like), left out of mentions.

Written before the analyser ran on any of it; same fields as tools/invented_wire.py
(people: the panel, fullest forms; mentions: every person mention as written, once per
occurrence, no title, no possessive, a hard line break inside a name kept as written;
countries: ISO codes referred to by name, short form, demonym, or capital standing for
a government; a country's name written in a dateline counts, a dateline city alone
does not ("GUATEMALA CITY", "JACKSON, Miss."), nor a country's name or demonym inside the
name of an organisation, league or event; organizations: bodies, companies, parties,
clubs, newspapers named; as in set f, an agency's credit in a dateline, "(AP)" or
"(Reuters)", is not an organisation the story names). A person's name inside the name of
a building, ship, horse, show, club, company or town is not a person mention.

    python tools/score_invented_wire.py -v h
"""

ITEMS = [
    # ---- third kind: encyclopedic wire from many countries ----
    {
        "text": (
            "BISHKEK, Kyrgyzstan (AP) — Kyrgyzstan's parliament on Thursday approved Aizhan"
            " Toktogulova as the country's first female prime minister, a week after her"
            " predecessor, Marat Duishenbiev, resigned over a gold-mine deal with a Chinese"
            " firm. Toktogulova, a former central bank governor, won 71 of the 90 votes."
            " Duishenbiev did not attend the session."
        ),
        "people": ["Aizhan Toktogulova", "Marat Duishenbiev"],
        "mentions": ["Aizhan Toktogulova", "Marat Duishenbiev", "Toktogulova", "Duishenbiev"],
        "countries": ["KG", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "TBILISI, Georgia — Thousands of people marched down Rustaveli Avenue on Sunday"
            " evening against a bill on the foreign funding of charities. Opposition leader"
            " Nino Beridze-Abashidze told the crowd that the ruling Georgian Path party was"
            " dragging the country back towards Moscow. The party's chairman, Levan"
            " Gelashvili, said the bill copied laws already in force in the United States."
        ),
        "people": ["Nino Beridze-Abashidze", "Levan Gelashvili"],
        "mentions": ["Nino Beridze-Abashidze", "Levan Gelashvili"],
        "countries": ["GE", "RU", "US"],
        "organizations": ["Georgian Path"],
    },
    {
        "text": (
            "YEREVAN — Armenia and Azerbaijan opened a second border crossing on Friday, near"
            " the town of Ijevan, under a deal brokered by Kazakhstan. Armenian Deputy Prime"
            " Minister Gor Hakobyan-Simonyan and Azerbaijan's deputy foreign minister, Elnur"
            " Mammadli, cut the ribbon together. Baku called the opening a step towards a"
            " peace treaty."
        ),
        "people": ["Gor Hakobyan-Simonyan", "Elnur Mammadli"],
        "mentions": ["Gor Hakobyan-Simonyan", "Elnur Mammadli"],
        "countries": ["AM", "AZ", "KZ"],
        "organizations": [],
    },
    {
        "text": (
            "SARAJEVO, Bosnia and Herzegovina (Reuters) - A Bosnian war crimes court on"
            " Tuesday sentenced former police commander Dragan Vuković to 12 years in prison"
            " for the killing of 14 civilians near Foča in 1993. Judge Amra Hadžiselimović"
            " said the testimony of two surviving witnesses had been consistent. Vuković's"
            " lawyer, Milan Stojanović-Petrov, said he would appeal to the Constitutional"
            " Court."
        ),
        "people": ["Dragan Vuković", "Amra Hadžiselimović", "Milan Stojanović-Petrov"],
        "mentions": ["Dragan Vuković", "Amra Hadžiselimović", "Vuković",
                     "Milan Stojanović-Petrov"],
        "countries": ["BA"],
        "organizations": ["Constitutional Court"],
    },
    {
        "text": (
            "TIRANA — Albania's Socialist Party chose Elira Hoxhaj as its candidate for mayor"
            " of the capital on Saturday, passing over the incumbent, Besnik Dervishi."
            " Hoxhaj, 39, runs the Tirana office of a German development bank. The"
            " opposition Democratic Party has not yet named its candidate."
        ),
        "people": ["Elira Hoxhaj", "Besnik Dervishi"],
        "mentions": ["Elira Hoxhaj", "Besnik Dervishi", "Hoxhaj"],
        "countries": ["AL", "DE"],
        "organizations": ["Socialist Party", "Democratic Party"],
    },
    {
        "text": (
            "SUVA, Fiji — The inter-island ferry Adi Litia ran aground on a reef off Kadavu"
            " on Monday night with 212 passengers on board, the Maritime Safety Authority"
            " said. All were taken off by fishing boats before dawn. The ferry's owner,"
            " Vakaloloma Shipping, said its captain, Semi Rokotuibau, had reported an engine"
            " failure shortly before the grounding."
        ),
        "people": ["Semi Rokotuibau"],
        "mentions": ["Semi Rokotuibau"],
        "countries": ["FJ"],
        "organizations": ["Maritime Safety Authority", "Vakaloloma Shipping"],
    },
    {
        "text": (
            "APIA, Samoa — Samoa's parliament was dissolved on Wednesday after Prime Minister"
            " Tuilagi Sefo Leavasa lost a confidence vote by two seats. Leavasa, who has led"
            " the country since 2023, will stay on as caretaker until elections in August."
            " His challenger, Afamasaga Lemalu Toelupe, leads the breakaway Malosi Party."
        ),
        "people": ["Tuilagi Sefo Leavasa", "Afamasaga Lemalu Toelupe"],
        "mentions": ["Tuilagi Sefo Leavasa", "Leavasa", "Afamasaga Lemalu Toelupe"],
        "countries": ["WS"],
        "organizations": ["Malosi Party"],
    },
    {
        "text": (
            "PORT MORESBY, Papua New Guinea (AP) — A landslide buried parts of two villages"
            " in the highlands on Saturday, and at least 30 people were missing, provincial"
            " governor Peter Yakali Kandapu said. Australia sent two military helicopters"
            " and a medical team. Kandapu thanked Canberra and the staff of the hospital in"
            " Mount Hagen, where the injured were taken."
        ),
        "people": ["Peter Yakali Kandapu"],
        "mentions": ["Peter Yakali Kandapu", "Kandapu"],
        "countries": ["PG", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "JAKARTA (Reuters) - Indonesia's anti-graft agency on Monday named the governor of"
            " North Sumatra, Sutrisno, a suspect in a case over palm-oil permits. Sutrisno,"
            " who like many Indonesians uses one name, denied wrongdoing. The agency's deputy"
            " chairwoman, Ratna Dewi Kusumawardhani, said investigators had seized 14 billion"
            " rupiah in cash from his driver."
        ),
        "people": ["Sutrisno", "Ratna Dewi Kusumawardhani"],
        "mentions": ["Sutrisno", "Sutrisno", "Ratna Dewi Kusumawardhani"],
        "countries": ["ID"],
        "organizations": [],
    },
    {
        "text": (
            "HANOI — Vietnam's National Assembly elected Nguyen Thi Thu Ha as state president"
            " on Thursday, the first woman to hold the post. Ha, 58, was until last year the"
            " party chief of Quang Ninh province. She replaces Tran Van Loc, who stepped down"
            " in March for what state media called health reasons."
        ),
        "people": ["Nguyen Thi Thu Ha", "Tran Van Loc"],
        "mentions": ["Nguyen Thi Thu Ha", "Ha", "Tran Van Loc"],
        "countries": ["VN"],
        "organizations": ["National Assembly"],
    },
    {
        "text": (
            "BANGKOK — Thailand's Constitutional Court suspended Prime Minister Kittipong"
            " Srisawat from duty on Wednesday while it weighs a complaint over his choice of"
            " a convicted lawyer for the cabinet. Deputy Prime Minister Wanida Charoenkul"
            " will act in his place. Kittipong, a property tycoon, entered politics four"
            " years ago."
        ),
        "people": ["Kittipong Srisawat", "Wanida Charoenkul"],
        "mentions": ["Kittipong Srisawat", "Wanida Charoenkul", "Kittipong"],
        "countries": ["TH"],
        "organizations": ["Constitutional Court"],
    },
    {
        "text": (
            "YANGON — A military court in Myanmar sentenced the poet Khin Myat Noe to seven"
            " years in prison on Friday for verses that mocked the army chief. Her husband,"
            " Aung Ko Htet, said she had been held without a lawyer since her arrest in June."
        ),
        "people": ["Khin Myat Noe", "Aung Ko Htet"],
        "mentions": ["Khin Myat Noe", "Aung Ko Htet"],
        "countries": ["MM"],
        "organizations": [],
    },
    {
        "text": (
            "MANILA, Philippines — Senator Ma. Teresa dela Cruz-Villanueva filed a bill on"
            " Monday to ban offshore gaming hubs in the Philippines, a week after"
            " police in Cebu City raided one"
            " run by a Chinese syndicate and freed 300 trafficked workers. Dela"
            " Cruz-Villanueva said the hubs had turned provincial towns into call centres for"
            " crime."
        ),
        "people": ["Ma. Teresa dela Cruz-Villanueva"],
        "mentions": ["Ma. Teresa dela Cruz-Villanueva", "Dela Cruz-Villanueva"],
        "countries": ["PH", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "KUALA LUMPUR — Malaysia's king on Tuesday appointed Datuk Seri Hafizuddin bin"
            " Abdul Rahman as the country's 11th prime minister. Hafizuddin, 64, leads the"
            " Gabungan Rakyat Baru coalition, which won 118 of the 222 seats in parliament."
            " He defeated Zulkarnain Ismail's bloc after three days of talks."
        ),
        "people": ["Hafizuddin bin Abdul Rahman", "Zulkarnain Ismail"],
        "mentions": ["Hafizuddin bin Abdul Rahman", "Hafizuddin", "Zulkarnain Ismail"],
        "countries": ["MY"],
        "organizations": ["Gabungan Rakyat Baru"],
    },
    {
        "text": (
            "ISLAMABAD, Pakistan (AP) — Pakistan's Supreme Court on Thursday ordered the"
            " release of opposition politician Nadia Rehman Qureshi, ruling that her"
            " 14-month detention without charge was unlawful. The three-judge bench was led"
            " by Chief Justice Tariq Mehmood Jafri. Qureshi's Awami Insaaf Party said it"
            " would hold a rally in Lahore on Sunday."
        ),
        "people": ["Nadia Rehman Qureshi", "Tariq Mehmood Jafri"],
        "mentions": ["Nadia Rehman Qureshi", "Tariq Mehmood Jafri", "Qureshi"],
        "countries": ["PK"],
        "organizations": ["Supreme Court", "Awami Insaaf Party"],
    },
    {
        "text": (
            "MUMBAI: Shares of Lalit Mehra & Sons, the country's second-largest maker of"
            " pressure cookers, jumped 11 per cent on Tuesday after the company reported a"
            " doubling of export orders from the Gulf. Managing director Anand Mehra told"
            " analysts the firm would open a plant in Kenya next year."
        ),
        "people": ["Anand Mehra"],
        "mentions": ["Anand Mehra"],
        "countries": ["KE"],
        "organizations": ["Lalit Mehra & Sons"],
    },
    {
        "text": (
            "DHAKA — Bangladesh's interim government on Sunday set February 14 as the date of"
            " the general election, ending months of uncertainty. Chief Adviser Mohammad"
            " Shafiqul Alam Chowdhury announced the date in a televised address. The Awami"
            " Jatiya Front, led by Rezaul Karim Bhuiyan, said it would take part."
        ),
        "people": ["Mohammad Shafiqul Alam Chowdhury", "Rezaul Karim Bhuiyan"],
        "mentions": ["Mohammad Shafiqul Alam Chowdhury", "Rezaul Karim Bhuiyan"],
        "countries": ["BD"],
        "organizations": ["Awami Jatiya Front"],
    },
    {
        "text": (
            "KATHMANDU, Nepal — Nepal's ruling coalition collapsed on Monday when the"
            " Loktantrik Janamorcha withdrew its 32 lawmakers in a dispute over a hydropower"
            " deal with India. Prime Minister Bishnu Prasad Adhikari-Thapa has 30 days to win"
            " a confidence vote. Adhikari-Thapa met President Ram Chandra Gurung late on"
            " Monday."
        ),
        "people": ["Bishnu Prasad Adhikari-Thapa", "Ram Chandra Gurung"],
        "mentions": ["Bishnu Prasad Adhikari-Thapa", "Adhikari-Thapa", "Ram Chandra Gurung"],
        "countries": ["NP", "IN"],
        "organizations": ["Loktantrik Janamorcha"],
    },
    {
        "text": (
            "TASHKENT — Uzbekistan and Afghanistan signed a deal on Friday to extend a railway"
            " from Termez to Mazar-i-Sharif. Uzbek Transport Minister Dilshod Rakhimberdiev"
            " said the line would cut the cost of freight to Pakistan by a third. The Kabul"
            " administration was represented by its commerce minister, Mawlawi Abdul Qadir"
            " Haqyar."
        ),
        "people": ["Dilshod Rakhimberdiev", "Abdul Qadir Haqyar"],
        "mentions": ["Dilshod Rakhimberdiev", "Abdul Qadir Haqyar"],
        "countries": ["UZ", "AF", "PK"],
        "organizations": [],
    },
    {
        "text": (
            "ULAANBAATAR — Mongolia's parliament speaker, Tsogtbaataryn Altantsetseg, resigned"
            " on Thursday after a row with the cabinet over coal exports to China."
            " Altantsetseg, the first woman to hold the post, said she had been pushed aside"
            " by men who had never read the mining law."
        ),
        "people": ["Tsogtbaataryn Altantsetseg"],
        "mentions": ["Tsogtbaataryn Altantsetseg", "Altantsetseg"],
        "countries": ["MN", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "ABUJA, Nigeria — The governor of Rivers State, Ibinabo Tamuno-Briggs, imposed a"
            " dusk-to-dawn curfew on Port Harcourt on Saturday after clashes between"
            " supporters of rival candidates in Nigeria's oil hub left four people dead. The"
            " opposition Peoples"
            " Alliance Congress accused Tamuno-Briggs of shielding the attackers; his"
            " spokesman, Chukwuemeka Ojo-Ade, called the charge baseless."
        ),
        "people": ["Ibinabo Tamuno-Briggs", "Chukwuemeka Ojo-Ade"],
        "mentions": ["Ibinabo Tamuno-Briggs", "Tamuno-Briggs", "Chukwuemeka Ojo-Ade"],
        "countries": ["NG"],
        "organizations": ["Peoples Alliance Congress"],
    },
    {
        "text": (
            "NAIROBI — League leaders Tom Mboya Rangers beat Nzoia Sugar 2-0 at Kasarani on"
            " Sunday to go five points clear at the top. Striker Brian Odhiambo Were scored"
            " both goals, the second a header in stoppage time. Coach Salim Juma Mwakalebela"
            " said his players were not yet thinking of the title."
        ),
        "people": ["Brian Odhiambo Were", "Salim Juma Mwakalebela"],
        "mentions": ["Brian Odhiambo Were", "Salim Juma Mwakalebela"],
        "countries": [],
        "organizations": ["Tom Mboya Rangers", "Nzoia Sugar"],
    },
    {
        "text": (
            "ABIDJAN, June 9 (Reuters) - Ivory Coast raised the price it guarantees cocoa"
            " farmers by 15 percent on Monday, matching a rise announced last week in"
            " neighbouring Ghana. Yves Koffi N'Guessan, director general of the Coffee and"
            " Cocoa Council, said the increase would discourage smuggling across the border."
        ),
        "people": ["Yves Koffi N'Guessan"],
        "mentions": ["Yves Koffi N'Guessan"],
        "countries": ["CI", "GH"],
        "organizations": ["Coffee and Cocoa Council"],
    },
    {
        "text": (
            "Ghana's most watched sitcom, Auntie Dufie, will end after nine seasons, its"
            " producer, Kwabena Asante-Mensah, said on Wednesday. The show's star, Efua"
            " Boakye-Ansah, plays the title role of a market trader in Kumasi who runs for"
            " parliament. Auntie Dufie's last episode airs at Easter."
        ),
        "people": ["Kwabena Asante-Mensah", "Efua Boakye-Ansah"],
        "mentions": ["Kwabena Asante-Mensah", "Efua Boakye-Ansah"],
        "countries": ["GH"],
        "organizations": [],
    },
    {
        "text": (
            "LIMA, Peru (AP) — Peru's Congress removed President Rosa Elvira Huamán de la"
            " Cruz from office on Thursday night on grounds of moral incapacity, the seventh"
            " such vote in a decade. Huamán, 55, was replaced by the head of Congress, José"
            " Antonio Villavicencio Ugarte, who was sworn in shortly before midnight."
        ),
        "people": ["Rosa Elvira Huamán de la Cruz", "José Antonio Villavicencio Ugarte"],
        "mentions": ["Rosa Elvira Huamán de la Cruz", "Huamán",
                     "José Antonio Villavicencio Ugarte"],
        "countries": ["PE"],
        "organizations": ["Congress"],
    },
    {
        "text": (
            "BOGOTÁ — Colombian troops freed 11 oil workers held for three weeks by a rebel"
            " faction near San Vicente del Caguán, the army said on Sunday. The workers,"
            " employed by a contractor of the state company Petroandina, were flown to"
            " Florencia for medical checks. Defence Minister Iván Darío Cardona Restrepo"
            " said no ransom had been paid."
        ),
        "people": ["Iván Darío Cardona Restrepo"],
        "mentions": ["Iván Darío Cardona Restrepo"],
        "countries": ["CO"],
        "organizations": ["Petroandina"],
    },
    {
        "text": (
            "SÃO PAULO — Atlético Santa Rita beat Ferroviário 3-1 on Sunday with two goals"
            " from their 19-year-old forward Joãozinho, who joined from a third-division club"
            " in January. Ferroviário's coach, Luiz Cláudio Bittencourt, was sent off in the"
            " second half for protesting a penalty."
        ),
        "people": ["Joãozinho", "Luiz Cláudio Bittencourt"],
        "mentions": ["Joãozinho", "Luiz Cláudio Bittencourt"],
        "countries": [],
        "organizations": ["Atlético Santa Rita", "Ferroviário"],
    },
    {
        "text": (
            "BUENOS AIRES, Aug 21 (Reuters) - Argentina's peso weakened past 1,500 per dollar"
            " in the informal market on Thursday as traders bet that the central bank would"
            " let it slide after the midterm vote. Economy Minister Florencia Aguirre de Soto"
            " said the government would not impose new controls. Martín Echeverría Luque, a"
            " trader at the brokerage Bolsa Sur Valores, said demand for dollars had doubled"
            " in a week."
        ),
        "people": ["Florencia Aguirre de Soto", "Martín Echeverría Luque"],
        "mentions": ["Florencia Aguirre de Soto", "Martín Echeverría Luque"],
        "countries": ["AR"],
        "organizations": ["Bolsa Sur Valores"],
    },
    {
        "text": (
            "LA PAZ — Bolivia recalled its ambassador to Chile on Tuesday after Santiago"
            " refused to extradite a former energy minister, Wilfredo Quispe Mamani, who is"
            " wanted for embezzlement. Foreign Minister Celinda Choque Apaza called the"
            " refusal an insult to the Bolivian people."
        ),
        "people": ["Wilfredo Quispe Mamani", "Celinda Choque Apaza"],
        "mentions": ["Wilfredo Quispe Mamani", "Celinda Choque Apaza"],
        "countries": ["BO", "CL"],
        "organizations": [],
    },
    {
        "text": (
            "GUATEMALA CITY (AP) — A landslide in the western highlands killed nine people"
            " overnight, the disaster agency Conred said on Wednesday. Its spokesman, Rodolfo"
            " Ixcoy Tzul, said rescuers were still searching for three children. President"
            " Otilia Castañeda Morales flew to San Marcos to oversee the search."
        ),
        "people": ["Rodolfo Ixcoy Tzul", "Otilia Castañeda Morales"],
        "mentions": ["Rodolfo Ixcoy Tzul", "Otilia Castañeda Morales"],
        "countries": [],
        "organizations": ["Conred"],
    },
    {
        "text": (
            "PORT-AU-PRINCE, Haiti — Gangs attacked the central town of Mirebalais overnight,"
            " burning the police station and freeing about 200 prisoners, Haiti's police chief,"
            " Marie-Claude Dorsainvil-Pierre, said on Friday. She asked the Kenyan-led"
            " security mission for armoured vehicles."
        ),
        "people": ["Marie-Claude Dorsainvil-Pierre"],
        "mentions": ["Marie-Claude Dorsainvil-Pierre"],
        "countries": ["HT", "KE"],
        "organizations": [],
    },
    {
        "text": (
            "The Kholmatovs, long Tajikistan's richest family, lost control of the country's"
            " largest aluminium smelter on Monday when a court in Dushanbe handed it to the"
            " state. Farrukh Kholmatov, the family's eldest son, said he would appeal. His"
            " sister, Zarina Kholmatova-Sharipova, runs the smelter's trading arm from Dubai."
        ),
        "people": ["Farrukh Kholmatov", "Zarina Kholmatova-Sharipova"],
        "mentions": ["Farrukh Kholmatov", "Zarina Kholmatova-Sharipova"],
        "countries": ["TJ"],
        "organizations": [],
    },
    {
        "text": (
            "HARARE — Zimbabwe's finance minister, T.K. Mavhunga-Ncube, presented a budget on"
            " Thursday that doubles spending on irrigation and raises the tax on mobile money"
            " transfers. Mavhunga-Ncube said the tax would pay for the dams. Opposition"
            " lawmaker Fadzai Mushonga-Chari said it would hit the poorest hardest."
        ),
        "people": ["T.K. Mavhunga-Ncube", "Fadzai Mushonga-Chari"],
        "mentions": ["T.K. Mavhunga-Ncube", "Mavhunga-Ncube", "Fadzai Mushonga-Chari"],
        "countries": ["ZW"],
        "organizations": [],
    },
    {
        "text": (
            "CAPE TOWN — South Africa's Democratic Union picked Pieter-Jan van der Westhuizen"
            " as its candidate for mayor on Sunday at a meeting in the Walter Mkhize Hall in"
            " Bellville. Van der Westhuizen, a former rugby flanker, will face the incumbent,"
            " Nomvula Sithole-Mabuza, in November."
        ),
        "people": ["Pieter-Jan van der Westhuizen", "Nomvula Sithole-Mabuza"],
        "mentions": ["Pieter-Jan van der Westhuizen", "Van der Westhuizen",
                     "Nomvula Sithole-Mabuza"],
        "countries": ["ZA"],
        "organizations": ["Democratic Union"],
    },
    {
        "text": (
            "KINSHASA (Reuters) - The Democratic Republic of Congo accused Rwanda on Tuesday"
            " of sending 2,000 more troops across the border into North Kivu. Government"
            " spokesman Jean-Pierre Kabongo Mwamba said Kigali was after the province's tin"
            " and coltan. A Rwandan army spokeswoman, Immaculée Uwase, denied it."
        ),
        "people": ["Jean-Pierre Kabongo Mwamba", "Immaculée Uwase"],
        "mentions": ["Jean-Pierre Kabongo Mwamba", "Immaculée Uwase"],
        "countries": ["CD", "RW"],
        "organizations": [],
    },
    {
        "text": (
            "N'DJAMENA — Chad closed its eastern border with Sudan on Friday after gunmen"
            " crossed into the town of Adré and looted a market. Army chief General Mahamat"
            " Abakar Djibrine said the border would stay shut for a week. The International"
            " Committee of the Red Cross said 40,000 refugees were stranded on the Sudanese"
            " side."
        ),
        "people": ["Mahamat Abakar Djibrine"],
        "mentions": ["Mahamat Abakar Djibrine"],
        "countries": ["TD", "SD"],
        "organizations": ["International Committee of the Red Cross"],
    },
    {
        "text": (
            "CAIRO — Egypt's Suez Canal Authority said on Saturday that traffic through the"
            " canal was back to normal after the bulk carrier Princess Noor was refloated."
            " The authority's chairman, Hatem Abdel-Ghaffar el-Sayed, said the ship's owner"
            " would pay for the tugs."
        ),
        "people": ["Hatem Abdel-Ghaffar el-Sayed"],
        "mentions": ["Hatem Abdel-Ghaffar el-Sayed"],
        "countries": ["EG"],
        "organizations": ["Suez Canal Authority"],
    },
    {
        "text": (
            "GEORGETOWN, Guyana — Guyana asked the World Court on Monday to order Venezuela"
            " to withdraw troops it moved near the disputed border last month. Vice President"
            " Deodat Persaud-Khan said Caracas was trying to scare off oil investors."
        ),
        "people": ["Deodat Persaud-Khan"],
        "mentions": ["Deodat Persaud-Khan"],
        "countries": ["GY", "VE"],
        "organizations": ["World Court"],
    },
    {
        "text": (
            "VICTORIA, Seychelles — Seychelles opened its first desalination plant powered by"
            " the sun on Tuesday, in Victoria's industrial port. Energy Minister Marie-Ange"
            " Payet-Hoareau said the plant would supply a third of the island's water."
        ),
        "people": ["Marie-Ange Payet-Hoareau"],
        "mentions": ["Marie-Ange Payet-Hoareau"],
        "countries": ["SC"],
        "organizations": [],
    },
    {
        "text": (
            "MAPUTO, Mozambique, Nov 3 (Reuters) - Mozambique's ruling party\n"
            "named Defence Minister Cristóvão Nhantumbo-Mucavele as its\n"
            "presidential candidate on Sunday. Nhantumbo-Mucavele, 57, a former\n"
            "navy commander, will face opposition leader Ossufo Manhiça\n"
            "Macuácua in October.\n"
        ),
        "people": ["Cristóvão Nhantumbo-Mucavele", "Ossufo Manhiça Macuácua"],
        "mentions": ["Cristóvão Nhantumbo-Mucavele", "Nhantumbo-Mucavele",
                     "Ossufo Manhiça\nMacuácua"],
        "countries": ["MZ"],
        "organizations": [],
    },
    {
        "text": (
            "Washington and Manila agreed on Thursday to open two more Philippine bases to US"
            " forces. Defense Secretary Warren Ellsby-Kade and his Philippine counterpart,"
            " Gilberto Sison Macaraeg, signed the accord at Camp Aguinaldo. China's foreign"
            " ministry called it provocative."
        ),
        "people": ["Warren Ellsby-Kade", "Gilberto Sison Macaraeg"],
        "mentions": ["Warren Ellsby-Kade", "Gilberto Sison Macaraeg"],
        "countries": ["US", "PH", "CN"],
        "organizations": [],
    },
    # ---- US and UK politics ----
    {
        "text": (
            "WASHINGTON — The Senate confirmed Lorraine Whitfield-Acosta as labor secretary on"
            " Thursday by a vote of 52 to 47. Whitfield-Acosta, a former union lawyer from"
            " Lincoln, Neb., is the first Latina to run the department. Sen. Dale Prewitt,"
            " R-Okla., the only Republican to vote for her, said she had promised to keep"
            " the apprenticeship program."
        ),
        "people": ["Lorraine Whitfield-Acosta", "Dale Prewitt"],
        "mentions": ["Lorraine Whitfield-Acosta", "Whitfield-Acosta", "Dale Prewitt"],
        "countries": [],
        "organizations": ["Senate"],
    },
    {
        "text": (
            "LONDON (Reuters) - Britain's Labour Party suspended its deputy leader, Gareth"
            " Pryce-Morgan, on Wednesday pending an inquiry into his expenses. Prime Minister"
            " Helen Armitage said she had been told of the claims only on Tuesday night."
            " Pryce-Morgan, the MP for Ashton-under-Lyne, said he would clear his name."
        ),
        "people": ["Gareth Pryce-Morgan", "Helen Armitage"],
        "mentions": ["Gareth Pryce-Morgan", "Helen Armitage", "Pryce-Morgan"],
        "countries": ["GB"],
        "organizations": ["Labour Party"],
    },
    {
        "text": (
            "The Whitcombs, a Texas ranching family, have given more than $40 million to"
            " Republican candidates since 2016. Now one of them wants the job himself."
            " Garrett Whitcomb, 44, filed papers on Monday to run for the congressional seat"
            " being vacated by Rep. Lupe Saldívar, a Democrat. Whitcomb said the Hartley"
            " administration had forgotten towns like Marshall."
        ),
        "people": ["Garrett Whitcomb", "Lupe Saldívar", "Hartley"],
        "mentions": ["Garrett Whitcomb", "Lupe Saldívar", "Whitcomb", "Hartley"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "JACKSON, Miss. (AP) — Gov. R. Wallace Tibbs signed a bill on Tuesday that moves"
            " the state's largest prison out of Jackson to a site in the Delta. Tibbs said the"
            " old buildings could not be made safe. State Sen. Yvette Broussard-Lyle, whose"
            " district includes the prison, voted against it."
        ),
        "people": ["R. Wallace Tibbs", "Yvette Broussard-Lyle"],
        "mentions": ["R. Wallace Tibbs", "Tibbs", "Yvette Broussard-Lyle"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "A High Court judge in London on Friday froze £30 million of assets held by"
            " Barnaby Quill Holdings, a property company accused of defrauding pension funds."
            " The company's founder, Desmond Ashworth-Lyle, was not in court. Mrs Justice"
            " Okereke-Hartigan said there was a real risk the money would be moved abroad."
        ),
        "people": ["Desmond Ashworth-Lyle", "Okereke-Hartigan"],
        "mentions": ["Desmond Ashworth-Lyle", "Okereke-Hartigan"],
        "countries": [],
        "organizations": ["High Court", "Barnaby Quill Holdings"],
    },
    {
        "text": (
            "Senator Marisol Quintanilla Wins Nevada Primary\n\n"
            "LAS VEGAS (AP) — Sen. Marisol Quintanilla easily won the Democratic primary on"
            " Tuesday and will face Republican businessman Cody Strand-Haugen in November."
            " Strand-Haugen's campaign has spent $9 million on television ads."
        ),
        "people": ["Marisol Quintanilla", "Cody Strand-Haugen"],
        "mentions": ["Marisol Quintanilla", "Marisol Quintanilla", "Cody Strand-Haugen",
                     "Strand-Haugen"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "HOUSE PANEL SUBPOENAS OKAFOR AIDE\n\n"
            "The House Oversight Committee on Wednesday subpoenaed Renée Baptiste-Lowry, a"
            " former aide to Treasury Secretary Samuel Okafor, over meetings with Saudi"
            " investors. Okafor's office said the secretary had done nothing improper."
        ),
        "people": ["Renée Baptiste-Lowry", "Samuel Okafor"],
        "mentions": ["OKAFOR", "Renée Baptiste-Lowry", "Samuel Okafor", "Okafor"],
        "countries": ["SA"],
        "organizations": ["House Oversight Committee"],
    },
    # ---- terse wire ----
    {
        "text": (
            "ATHLETICS - BERLIN MARATHON RESULTS.\n"
            "BERLIN 2026-09-27\n"
            "Leading finishers in the Berlin Marathon on Sunday:\n"
            "Men\n"
            "1. Tadesse Gebremariam (Ethiopia) 2:03:41\n"
            "2. Kipchumba Rotich (Kenya) 2:04:02\n"
            "3. Yonas Woldemichael (Eritrea) 2:04:55\n"
            "Women\n"
            "1. Meseret Tsegaye Worku (Ethiopia) 2:16:10\n"
            "2. Brigid Jepkosgei Kimaiyo (Kenya) 2:17:31\n"
        ),
        "people": ["Tadesse Gebremariam", "Kipchumba Rotich", "Yonas Woldemichael",
                   "Meseret Tsegaye Worku", "Brigid Jepkosgei Kimaiyo"],
        "mentions": ["Tadesse Gebremariam", "Kipchumba Rotich", "Yonas Woldemichael",
                     "Meseret Tsegaye Worku", "Brigid Jepkosgei Kimaiyo"],
        "countries": ["ET", "KE", "ER"],
        "organizations": [],
    },
    {
        "text": (
            "CRICKET - SRI LANKA V BANGLADESH SCOREBOARD.\n"
            "COLOMBO 2026-03-14\n"
            "Scoreboard at stumps on day one of the second test between Sri Lanka and"
            " Bangladesh at the S. Wijesekera Stadium on Saturday:\n"
            "Sri Lanka first innings\n"
            "D. Karunaratne-Perera c Mahmud b Rahman 64\n"
            "K. Wickramasinghe lbw b Hossain 12\n"
            "R. de Alwis-Gunaratne not out 88\n"
        ),
        "people": ["D. Karunaratne-Perera", "Mahmud", "Rahman", "K. Wickramasinghe", "Hossain",
                   "R. de Alwis-Gunaratne"],
        "mentions": ["D. Karunaratne-Perera", "Mahmud", "Rahman", "K. Wickramasinghe",
                     "Hossain", "R. de Alwis-Gunaratne"],
        "countries": ["LK", "BD"],
        "organizations": [],
    },
    {
        "text": (
            "Okafor-Bright Stuns Top Seed to Reach Lagos Final\n\n"
            "LAGOS, Nigeria — Unseeded Nigerian Kemi Okafor-Bright beat top seed Ana Lucía"
            " Restrepo of Colombia 7-5 6-3 on Friday to reach the final of the Lagos Open."
            " She will face Thai qualifier Ploy Sirikul, who beat Maja van der Berg-Jansen of"
            " the Netherlands in three sets."
        ),
        "people": ["Kemi Okafor-Bright", "Ana Lucía Restrepo", "Ploy Sirikul",
                   "Maja van der Berg-Jansen"],
        "mentions": ["Okafor-Bright", "Kemi Okafor-Bright", "Ana Lucía Restrepo", "Ploy Sirikul",
                     "Maja van der Berg-Jansen"],
        "countries": ["NG", "CO", "TH", "NL"],
        "organizations": [],
    },
    {
        "text": (
            "BRIEF-ZAMBIA'S KASONDE COPPER SAYS Q3 OUTPUT UP 12 PCT\n"
            "Oct 14 (Reuters) - Kasonde Copper Mines Plc:\n"
            "* SAYS THIRD-QUARTER COPPER OUTPUT ROSE 12 PCT TO 61,200 TONNES\n"
            "* SAYS CEO MWILA CHANDA-LUNGU TO STEP DOWN AT YEAR-END\n"
        ),
        "people": ["Mwila Chanda-Lungu"],
        "mentions": ["MWILA CHANDA-LUNGU"],
        "countries": ["ZM"],
        "organizations": ["Kasonde Copper Mines Plc"],
    },
    {
        "text": (
            "RACING - SIR HAROLD TAKES THE SUMMER DERBY.\n"
            "JOHANNESBURG 2026-01-04\n"
            "Sir Harold, ridden by Sipho Dlamini-Mokoena and trained by Annelie Venter, won"
            " the Summer Derby at Turffontein on Saturday by two lengths from Lady Nomvula."
            " Sir Harold's owners, the Mahlangu Family Trust, collected 2.5 million rand.\n"
        ),
        "people": ["Sipho Dlamini-Mokoena", "Annelie Venter"],
        "mentions": ["Sipho Dlamini-Mokoena", "Annelie Venter"],
        "countries": [],
        "organizations": ["Mahlangu Family Trust"],
    },
    {
        "text": (
            "SOCCER - SERBIAN FIRST DIVISION RESULTS.\n"
            "BELGRADE 2026-05-10\n"
            "Sunday's games (scorers in brackets):\n"
            "Radnik Kragujevac 2 (Jovanović 12, Mitrović-Lukić 80) Železničar Niš 1"
            " (Kovačević 55)\n"
            "Sloga Valjevo 0 Mladost Zemun 0\n"
        ),
        "people": ["Jovanović", "Mitrović-Lukić", "Kovačević"],
        "mentions": ["Jovanović", "Mitrović-Lukić", "Kovačević"],
        "countries": [],
        "organizations": ["Radnik Kragujevac", "Železničar Niš", "Sloga Valjevo",
                          "Mladost Zemun"],
    },
    {
        "text": (
            "LONDON, Feb 2 (Reuters) - British shares slipped on Monday as retailers fell."
            " Fashion chain Harriet Cole lost 9 percent after warning that Christmas sales"
            " had missed its forecast. \"The consumer has simply stopped,\" said Oliver"
            " Penhaligon, a strategist at Crowther Baines."
        ),
        "people": ["Oliver Penhaligon"],
        "mentions": ["Oliver Penhaligon"],
        "countries": ["GB"],
        "organizations": ["Harriet Cole", "Crowther Baines"],
    },
    {
        "text": (
            "TURKMEN LEADER SACKS GAS MINISTER\n"
            "ASHGABAT, April 2 (Reuters) - Turkmenistan's president sacked gas minister"
            " Begench Orazmuhammedov on Wednesday, state television said, after a pipeline"
            " to China was shut for a week by a compressor fire. No successor was named.\n"
        ),
        "people": ["Begench Orazmuhammedov"],
        "mentions": ["Begench Orazmuhammedov"],
        "countries": ["TM", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "PACIFIC BRIEFS\n\n"
            "HONIARA — Solomon Islands police arrested a former fisheries minister, Joseph"
            " Maneniaru, over the sale of tuna licences.\n\n"
            "PORT VILA — Vanuatu's parliament elected Charlot Tarimasi Naupa prime minister"
            " by 29 votes to 23. Naupa is the country's fourth leader in two years.\n"
        ),
        "people": ["Joseph Maneniaru", "Charlot Tarimasi Naupa"],
        "mentions": ["Joseph Maneniaru", "Charlot Tarimasi Naupa", "Naupa"],
        "countries": ["SB", "VU"],
        "organizations": [],
    },
    {
        "text": (
            "KAMPALA, Uganda — Police fired tear gas at supporters of opposition leader\n"
            "Grace Nakato Ssemwogerere outside a court in Kampala on Thursday. Ochieng,\n"
            "her driver, was among 14 people arrested, her lawyer Moses Kiwanuka-Lubega\n"
            "said.\n"
        ),
        "people": ["Grace Nakato Ssemwogerere", "Ochieng", "Moses Kiwanuka-Lubega"],
        "mentions": ["Grace Nakato Ssemwogerere", "Ochieng", "Moses Kiwanuka-Lubega"],
        "countries": ["UG"],
        "organizations": [],
    },
]
