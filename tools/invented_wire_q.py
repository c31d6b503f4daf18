"""Entity set q, written for the twelfth round (2 December 2026) by people12, before the
analyser ran on any of it; the expectations are kept as written.

The kinds the older sets (b c d f h p) cover least: encyclopedic wire from Africa, Central
Asia, South-East Asia, Latin America, the Caucasus and the Pacific; names with particles
(van der, de la, dos, bin, ould, al-, uulu, oglu), initials (J.B., K. R.), hyphens, single
names (Indonesian, Brazilian), double surnames, people named once by surname or by given
name alone (Thai, Ethiopian, Vietnamese usage; "the Kettering administration"); terse
agency items (results, line-ups, leaderboards, markets); things named like people (towns,
clubs, companies, a ship, a prize, streets and buildings, works in quotation marks) and
people named like places ("Georgia Lincoln", "Chad Okafor"); headlines whose verbs are in
the past tense, prefixes ("Top-seeded", "President-elect"), and list items run together by
bad markup ("Sen. Jane RoeSen. John Doe").

Two parts written at the same time: `ITEMS` (scored with `q`; its misses are read and
rules are made from their classes) and `HELD` (scored with `qh`; its own held-out: its
misses are never listed, so only its totals are ever looked at; the scorer refuses -v on it).

Same fields as tools/invented_wire.py (people: the panel, fullest forms; mentions: every
person mention as written, once per occurrence, no title, no possessive; countries: ISO
codes referred to by name, short form or demonym, not a dateline city alone nor a
country's name inside the name of an event or body; organizations: bodies, companies,
clubs named). A person's name inside the name of a building, street, ship, prize, club,
company, town or work is not a person mention.

    python tools/score_invented_wire.py -v q
    python tools/score_invented_wire.py qh
"""

ITEMS = [
    {
        "text": (
            "ABUJA, Nigeria — Chukwuemeka Obiora-Nwankwo, the governor of a south-eastern"
            " state, was sworn in on Monday as Nigeria's minister of petroleum."
            " Obiora-Nwankwo, an engineer trained in Lagos, replaces Alhaji Musa Danladi"
            " Bello, who resigned in March. Bello had served since 2019."
        ),
        "people": ["Chukwuemeka Obiora-Nwankwo", "Musa Danladi Bello"],
        "mentions": ["Chukwuemeka Obiora-Nwankwo", "Obiora-Nwankwo", "Musa Danladi Bello",
                     "Bello"],
        "countries": ["NG"],
        "organizations": [],
    },
    {
        "text": (
            "ASTANA — Yerlan Tokhtarovich Suleimenov, Kazakhstan's new ambassador to Turkey,"
            " presented his credentials in Ankara on Wednesday. Suleimenov, 47, previously"
            " led the oil exporter Kazmunai Trans. His deputy, Aigerim Zhunusova, will stay"
            " in Astana."
        ),
        "people": ["Yerlan Tokhtarovich Suleimenov", "Aigerim Zhunusova"],
        "mentions": ["Yerlan Tokhtarovich Suleimenov", "Suleimenov", "Aigerim Zhunusova"],
        "countries": ["KZ", "TR"],
        "organizations": ["Kazmunai Trans"],
    },
    {
        "text": (
            "TASHKENT, Uzbekistan — Uzbek wrestler Bakhodir Rustamov won gold at the Asian"
            " championships in Bishkek on Saturday, beating Kyrgyzstan's Nurbek Talantbek"
            " uulu in the final. Rustamov's coach, Shavkat Ergashev, said the win was the"
            " team's first in six years."
        ),
        "people": ["Bakhodir Rustamov", "Nurbek Talantbek uulu", "Shavkat Ergashev"],
        "mentions": ["Bakhodir Rustamov", "Nurbek Talantbek uulu", "Rustamov",
                     "Shavkat Ergashev"],
        "countries": ["UZ", "KG"],
        "organizations": [],
    },
    {
        "text": (
            "TBILISI — Georgian prime minister Levan Chkheidze met Armenian foreign minister"
            " Ararat Mkrtchyan on Tuesday to discuss a rail link through Gyumri. Chkheidze"
            " said the line could open next year; Mkrtchyan did not comment. Azerbaijani"
            " envoy Elchin Huseyn oglu Mammadov also attended."
        ),
        "people": ["Levan Chkheidze", "Ararat Mkrtchyan", "Elchin Huseyn oglu Mammadov"],
        "mentions": ["Levan Chkheidze", "Ararat Mkrtchyan", "Chkheidze", "Mkrtchyan",
                     "Elchin Huseyn oglu Mammadov"],
        "countries": ["GE", "AM", "AZ"],
        "organizations": [],
    },
    {
        "text": (
            "JAKARTA — Indonesian police chief Sutarmo said on Friday that 14 people had been"
            " arrested after riots in Makassar. Sutarmo, who uses one name like many"
            " Indonesians, said the city was calm. Governor Andi Mappaseng asked residents to"
            " stay home."
        ),
        "people": ["Sutarmo", "Andi Mappaseng"],
        "mentions": ["Sutarmo", "Sutarmo", "Andi Mappaseng"],
        "countries": ["ID"],
        "organizations": [],
    },
    {
        "text": (
            "MANILA — Philippine senator Rodrigo Dela Cruz Macaraeg filed a bill on Monday to"
            " cap rice prices. Macaraeg said farmers in Nueva Ecija had lost money for three"
            " seasons. Agriculture secretary Ma. Teresa Bautista-Lim opposed the cap."
        ),
        "people": ["Rodrigo Dela Cruz Macaraeg", "Ma. Teresa Bautista-Lim"],
        "mentions": ["Rodrigo Dela Cruz Macaraeg", "Macaraeg", "Ma. Teresa Bautista-Lim"],
        "countries": ["PH"],
        "organizations": [],
    },
    {
        "text": (
            "HANOI — Vietnam's central bank governor Nguyen Thi Hong Van said on Thursday"
            " that the dong would stay stable. Van told reporters in Ho Chi Minh City that"
            " inflation was under control."
        ),
        "people": ["Nguyen Thi Hong Van"],
        "mentions": ["Nguyen Thi Hong Van", "Van"],
        "countries": ["VN"],
        "organizations": [],
    },
    {
        "text": (
            "BANGKOK — Thailand's election commission disqualified candidate Somchai"
            " Charoenphan on Monday. Somchai, a former provincial governor, said he would"
            " appeal. Party leader Pimchanok Rattanakorn called the ruling unfair."
        ),
        "people": ["Somchai Charoenphan", "Pimchanok Rattanakorn"],
        "mentions": ["Somchai Charoenphan", "Somchai", "Pimchanok Rattanakorn"],
        "countries": ["TH"],
        "organizations": [],
    },
    {
        "text": (
            "LIMA, Peru — Peruvian congresswoman Rosa Elvira Huamán de la Torre was elected"
            " speaker on Wednesday. Huamán de la Torre defeated Julio César Paredes Ccori by"
            " 68 votes to 59. Paredes said he would lead the opposition from the floor."
        ),
        "people": ["Rosa Elvira Huamán de la Torre", "Julio César Paredes Ccori"],
        "mentions": ["Rosa Elvira Huamán de la Torre", "Huamán de la Torre",
                     "Julio César Paredes Ccori", "Paredes"],
        "countries": ["PE"],
        "organizations": [],
    },
    {
        "text": (
            "SAO PAULO — Midfielder Thiaguinho scored in stoppage time as Ferroviária beat"
            " São Bento 2-1 on Sunday. Thiaguinho, 22, was booked earlier for a foul on"
            " Renanzinho. São Bento coach Adilson Moreira dos Reis was sent to the stands."
        ),
        "people": ["Thiaguinho", "Renanzinho", "Adilson Moreira dos Reis"],
        "mentions": ["Thiaguinho", "Thiaguinho", "Renanzinho", "Adilson Moreira dos Reis"],
        "countries": [],
        "organizations": ["Ferroviária", "São Bento"],
    },
    {
        "text": (
            "SUVA, Fiji — Fiji's rugby sevens captain Josaia Ratuvou Nakarawa said on Tuesday"
            " the team was ready for the tournament in Dubai. Nakarawa, from Lautoka, has led"
            " the side since 2022. Coach Setareki Tuilevu named two new forwards."
        ),
        "people": ["Josaia Ratuvou Nakarawa", "Setareki Tuilevu"],
        "mentions": ["Josaia Ratuvou Nakarawa", "Nakarawa", "Setareki Tuilevu"],
        "countries": ["FJ"],
        "organizations": [],
    },
    {
        "text": (
            "NUKU'ALOFA, Tonga — Tonga's parliament elected Siaosi Tupou Fifita as prime"
            " minister on Thursday. Fifita, a former teacher from Vava'u, won 14 of 26 votes."
            " He defeated Mele Amanaki Taufa, the first woman to stand."
        ),
        "people": ["Siaosi Tupou Fifita", "Mele Amanaki Taufa"],
        "mentions": ["Siaosi Tupou Fifita", "Fifita", "Mele Amanaki Taufa"],
        "countries": ["TO"],
        "organizations": [],
    },
    {
        "text": (
            "JOHANNESBURG — South African mining magnate J.B. Mahlangu bought a 20 percent"
            " stake in Karoo Platinum on Monday. Mahlangu, who made his fortune in coal, paid"
            " 1.2 billion rand. Analyst T. K. Moloi of Highveld Capital said the price was"
            " fair."
        ),
        "people": ["J.B. Mahlangu", "T. K. Moloi"],
        "mentions": ["J.B. Mahlangu", "Mahlangu", "T. K. Moloi"],
        "countries": ["ZA"],
        "organizations": ["Karoo Platinum", "Highveld Capital"],
    },
    {
        "text": (
            "NEW DELHI — India's finance ministry named K. R. Venkataraghavan as chief economic"
            " adviser on Friday. Venkataraghavan, 61, taught at a Chennai university for two"
            " decades. He succeeds S. Padmanabhan, who retired."
        ),
        "people": ["K. R. Venkataraghavan", "S. Padmanabhan"],
        "mentions": ["K. R. Venkataraghavan", "Venkataraghavan", "S. Padmanabhan"],
        "countries": ["IN"],
        "organizations": [],
    },
    {
        "text": (
            "KHARTOUM — Sudanese general Abdel Rahim Hamdan al-Tayeb said on Sunday that talks"
            " with rebels in Darfur had stalled. Al-Tayeb blamed the rebel commander Ibrahim"
            " Abu Bakr bin Saleh for the delay."
        ),
        "people": ["Abdel Rahim Hamdan al-Tayeb", "Ibrahim Abu Bakr bin Saleh"],
        "mentions": ["Abdel Rahim Hamdan al-Tayeb", "Al-Tayeb", "Ibrahim Abu Bakr bin Saleh"],
        "countries": ["SD"],
        "organizations": [],
    },
    {
        "text": (
            "NOUAKCHOTT — Mauritanian president Sidi Mohamed ould Cheikh Bounena received"
            " Senegal's foreign minister Aïssatou Ndiaye Diop on Wednesday. Ould Cheikh"
            " Bounena and Ndiaye Diop discussed fishing rights off Saint-Louis."
        ),
        "people": ["Sidi Mohamed ould Cheikh Bounena", "Aïssatou Ndiaye Diop"],
        "mentions": ["Sidi Mohamed ould Cheikh Bounena", "Aïssatou Ndiaye Diop",
                     "Ould Cheikh Bounena", "Ndiaye Diop"],
        "countries": ["MR", "SN"],
        "organizations": [],
    },
    {
        "text": (
            "THE HAGUE — Dutch cyclist Pieter van der Wiel took stage three of the Tour of"
            " Oman on Tuesday. Van der Wiel finished ahead of Belgian Jens De Smedt and"
            " Norwegian Eirik ter Haar-Solberg."
        ),
        "people": ["Pieter van der Wiel", "Jens De Smedt", "Eirik ter Haar-Solberg"],
        "mentions": ["Pieter van der Wiel", "Van der Wiel", "Jens De Smedt",
                     "Eirik ter Haar-Solberg"],
        "countries": ["NL", "BE", "NO"],
        "organizations": [],
    },
    {
        "text": (
            "TENNIS - RESULTS FROM THE QATAR OPEN.\n"
            "DOHA 2026-02-18\n"
            "Results of second-round matches:\n"
            "1-Marta Kovalchuk-Vidal (Ukraine) beat Lourdes Santiago (Spain) 6-3 6-4\n"
            "Florence Adebayo (Nigeria) beat 4-Victoria Madrid (Argentina) 7-6(4) 6-2\n"
            "Adelaide Sydney-Hart (Australia) beat Georgia Lincoln (U.S.) 6-1 6-1\n"
        ),
        "people": ["Marta Kovalchuk-Vidal", "Lourdes Santiago", "Florence Adebayo",
                   "Victoria Madrid", "Adelaide Sydney-Hart", "Georgia Lincoln"],
        "mentions": ["Marta Kovalchuk-Vidal", "Lourdes Santiago", "Florence Adebayo",
                     "Victoria Madrid", "Adelaide Sydney-Hart", "Georgia Lincoln"],
        "countries": ["UA", "ES", "NG", "AR", "AU", "US"],
        "organizations": [],
    },
    {
        "text": (
            "SOCCER - LINE-UPS FOR THE CUP FINAL.\n"
            "ACCRA 2026-05-02\n"
            "Line-ups for Saturday's cup final:\n"
            "Hearts of Oak: Kwesi Afriyie, Kofi Boateng-Mensah, Emmanuel Addo-Quaye, Salifu"
            " Moro, Kwabena Owusu-Ansah (Nana Ampofo 70), Yaw Sarpong.\n"
            "King Faisal: Ibrahim Danlami, Osman Bukari, Abdul Fatawu Issah, Michael Agbodza,"
            " Seidu Zakaria.\n"
            "Referee: Daniel Akuffo (Ghana)\n"
        ),
        "people": ["Kwesi Afriyie", "Kofi Boateng-Mensah", "Emmanuel Addo-Quaye",
                   "Salifu Moro", "Kwabena Owusu-Ansah", "Nana Ampofo", "Yaw Sarpong",
                   "Ibrahim Danlami", "Osman Bukari", "Abdul Fatawu Issah",
                   "Michael Agbodza", "Seidu Zakaria", "Daniel Akuffo"],
        "mentions": ["Kwesi Afriyie", "Kofi Boateng-Mensah", "Emmanuel Addo-Quaye",
                     "Salifu Moro", "Kwabena Owusu-Ansah", "Nana Ampofo", "Yaw Sarpong",
                     "Ibrahim Danlami", "Osman Bukari", "Abdul Fatawu Issah",
                     "Michael Agbodza", "Seidu Zakaria", "Daniel Akuffo"],
        "countries": ["GH"],
        "organizations": ["Hearts of Oak", "King Faisal"],
    },
    {
        "text": (
            "MARKETS - NAIROBI SHARES EDGE UP.\n"
            "NAIROBI 2026-03-11\n"
            "Kenyan shares rose 0.4 percent on Wednesday. Shares in Githinji Mills rose 2.1"
            " percent after chief executive Esther Wairimu announced a dividend. Mwangi"
            " Breweries' shares fell 1.3 percent.\n"
            "\"The market is cautious,\" said Peter Ochieng, a dealer at Safari Securities.\n"
        ),
        "people": ["Esther Wairimu", "Peter Ochieng"],
        "mentions": ["Esther Wairimu", "Peter Ochieng"],
        "countries": ["KE"],
        "organizations": ["Githinji Mills", "Mwangi Breweries", "Safari Securities"],
    },
    {
        "text": (
            "LAGOS — Nigerian novelist Adaeze Okonkwo-Ibe won the continent's top fiction"
            " prize on Thursday for \"Uncle Emeka\", a novel about a Lagos landlord. Her"
            " earlier book, \"Mama Ngozi's Kitchen\", sold 200,000 copies. Okonkwo-Ibe thanked"
            " her publisher, Ibadan House."
        ),
        "people": ["Adaeze Okonkwo-Ibe"],
        "mentions": ["Adaeze Okonkwo-Ibe", "Okonkwo-Ibe"],
        "countries": ["NG"],
        "organizations": ["Ibadan House"],
    },
    {
        "text": (
            "KUMASI — Protesters marched from the Samuel Adjei Stadium down Ruth Bamela"
            " Avenue to the Kofi Mensah Memorial Hospital on Saturday. Organiser Abena"
            " Frimpong said 5,000 people took part. Police spokesman Kwame Darko said the"
            " march was peaceful."
        ),
        "people": ["Abena Frimpong", "Kwame Darko"],
        "mentions": ["Abena Frimpong", "Kwame Darko"],
        "countries": [],
        "organizations": ["Kofi Mensah Memorial Hospital"],
    },
    {
        "text": (
            "SUVA — The ferry Lady Lavinia ran aground off Kadavu on Monday with 212"
            " passengers aboard. Captain Viliame Rokotuiloma said no one was hurt. The ship's"
            " owner, Koro Sea Lines, said the Ratu Epeli would take the passengers on."
        ),
        "people": ["Viliame Rokotuiloma"],
        "mentions": ["Viliame Rokotuiloma"],
        "countries": [],
        "organizations": ["Koro Sea Lines"],
    },
    {
        "text": (
            "ADDIS ABABA — Ethiopian scientist Tsehay Gebremedhin won this year's Haile Wolde"
            " Award for science on Monday. Tsehay, a soil chemist at Mekelle University, is"
            " the first woman to win it. The award, named after a founder of the academy,"
            " carries 50,000 birr."
        ),
        "people": ["Tsehay Gebremedhin"],
        "mentions": ["Tsehay Gebremedhin", "Tsehay"],
        "countries": ["ET"],
        "organizations": ["Mekelle University"],
    },
    {
        "text": (
            "Nuñez Joked About Rival, Then Apologised\n\n"
            "MONTEVIDEO — Uruguayan presidential candidate Álvaro Nuñez Beltrán apologised on"
            " Tuesday for a joke about his rival, Carolina Etchegoyen. Nuñez Beltrán said the"
            " remark had been unworthy of him. Etchegoyen accepted the apology."
        ),
        "people": ["Álvaro Nuñez Beltrán", "Carolina Etchegoyen"],
        "mentions": ["Nuñez", "Álvaro Nuñez Beltrán", "Carolina Etchegoyen", "Nuñez Beltrán",
                     "Etchegoyen"],
        "countries": ["UY"],
        "organizations": [],
    },
    {
        "text": (
            "Top-seeded Ruslana Bondarenko-Lysenko Crashes Out in Rome\n\n"
            "President-elect Mwale Named His Cabinet on Friday\n\n"
            "Ex-champion Tariq Qureshi Retires\n\n"
            "LUSAKA — Zambian president-elect Chanda Mwale named a 22-member cabinet on"
            " Friday. Mwale, who takes office next week, kept the finance minister, Mutale"
            " Banda-Phiri."
        ),
        "people": ["Ruslana Bondarenko-Lysenko", "Chanda Mwale", "Tariq Qureshi",
                   "Mutale Banda-Phiri"],
        "mentions": ["Ruslana Bondarenko-Lysenko", "Mwale", "Tariq Qureshi", "Chanda Mwale",
                     "Mwale", "Mutale Banda-Phiri"],
        "countries": ["ZM"],
        "organizations": [],
    },
    {
        "text": (
            "Those who signed the letter: Sen. Marisol OrtegaSen. Dwight HarnellRep. Lorna"
            " QuimbyGov. Ted Asmussen\n\n"
            "Ortega said the letter would be sent on Monday."
        ),
        "people": ["Marisol Ortega", "Dwight Harnell", "Lorna Quimby", "Ted Asmussen"],
        "mentions": ["Marisol Ortega", "Dwight Harnell", "Lorna Quimby", "Ted Asmussen",
                     "Ortega"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "WASHINGTON — The Kettering administration will ask Congress for $4 billion in"
            " disaster aid, a White House official said on Monday. Aides to Senator Halloway"
            " said the request was too small."
        ),
        "people": ["Kettering", "Halloway"],
        "mentions": ["Kettering", "Halloway"],
        "countries": [],
        "organizations": ["Congress", "White House"],
    },
    {
        "text": (
            "LONDON — Chad Okafor, a Nigerian-born striker, and Jordan Kenya Wilson, his strike"
            " partner, each scored as Luton beat Crewe 3-1. Okafor has 11 goals this season;"
            " Wilson has seven."
        ),
        "people": ["Chad Okafor", "Jordan Kenya Wilson"],
        "mentions": ["Chad Okafor", "Jordan Kenya Wilson", "Okafor", "Wilson"],
        "countries": ["NG"],
        "organizations": ["Luton", "Crewe"],
    },
    {
        "text": (
            "COTABATO, Philippines — Floods killed 12 people in General Santos and two more in"
            " Lapu-Lapu on Sunday. Mayor Rowena Dimaporo-Salik said rescuers in Santo Tomas"
            " were still searching."
        ),
        "people": ["Rowena Dimaporo-Salik"],
        "mentions": ["Rowena Dimaporo-Salik"],
        "countries": ["PH"],
        "organizations": [],
    },
    {
        "text": (
            "BUENOS AIRES — Storms cut power to 40,000 homes in Marcos Paz, Florencio Varela"
            " and Esteban Echeverría on Tuesday, the utility Edesur said. Argentina's energy"
            " secretary Graciela Ibarguren said crews from Bahía Blanca were on their way."
        ),
        "people": ["Graciela Ibarguren"],
        "mentions": ["Graciela Ibarguren"],
        "countries": ["AR"],
        "organizations": ["Edesur"],
    },
    {
        "text": (
            "BUENOS AIRES — Vélez Sarsfield beat Godoy Cruz 2-0 on Sunday with goals from"
            " Matías Giménez-Arce and Thiago Benítez. Godoy Cruz coach Raúl Ocampo said his"
            " side deserved a draw. Vélez moved to third."
        ),
        "people": ["Matías Giménez-Arce", "Thiago Benítez", "Raúl Ocampo"],
        "mentions": ["Matías Giménez-Arce", "Thiago Benítez", "Raúl Ocampo"],
        "countries": [],
        "organizations": ["Vélez Sarsfield", "Godoy Cruz"],
    },
    {
        "text": (
            "SINGAPORE — Lim Brothers Holdings' shares jumped 9 percent on Monday after the"
            " developer agreed to sell two malls to Tan Kah Realty. Chairman Lim Wee Chuan"
            " said the sale would fund a hotel in Penang, Malaysia."
        ),
        "people": ["Lim Wee Chuan"],
        "mentions": ["Lim Wee Chuan"],
        "countries": ["MY"],
        "organizations": ["Lim Brothers Holdings", "Tan Kah Realty"],
    },
]

HELD = [
    {
        "text": (
            "ASMARA — Eritrean information minister Yemane Tesfamariam said on Monday that"
            " talks with Ethiopia over the border town of Badme would resume. Yemane,"
            " speaking in Massawa, said the Ethiopian side had asked for the delay."
        ),
        "people": ["Yemane Tesfamariam"],
        "mentions": ["Yemane Tesfamariam", "Yemane"],
        "countries": ["ER", "ET"],
        "organizations": [],
    },
    {
        "text": (
            "DUSHANBE — Tajik energy minister Shavkat Nazar-zoda said on Wednesday the new"
            " dam would produce power by spring. Nazar-zoda told parliament that Uzbekistan"
            " had agreed to buy the surplus. His deputy, Firuza Rahmonova, led the talks in"
            " Samarkand."
        ),
        "people": ["Shavkat Nazar-zoda", "Firuza Rahmonova"],
        "mentions": ["Shavkat Nazar-zoda", "Nazar-zoda", "Firuza Rahmonova"],
        "countries": ["TJ", "UZ"],
        "organizations": [],
    },
    {
        "text": (
            "KUALA LUMPUR — Malaysian trade minister Datuk Seri Rahmat bin Ismail said on"
            " Thursday that palm oil exports rose 8 percent. Rahmat said buyers in India and"
            " Pakistan had returned. Opposition lawmaker Lim Kok Seng questioned the figures."
        ),
        "people": ["Rahmat bin Ismail", "Lim Kok Seng"],
        "mentions": ["Rahmat bin Ismail", "Rahmat", "Lim Kok Seng"],
        "countries": ["MY", "IN", "PK"],
        "organizations": [],
    },
    {
        "text": (
            "SANTIAGO, Chile — Chilean senator Francisca Undurraga Errázuriz proposed on Monday"
            " a tax on copper windfalls. Undurraga said the money would go to schools in"
            " Antofagasta. Mining minister Tomás Larraín de la Fuente said the government"
            " would study it."
        ),
        "people": ["Francisca Undurraga Errázuriz", "Tomás Larraín de la Fuente"],
        "mentions": ["Francisca Undurraga Errázuriz", "Undurraga", "Tomás Larraín de la Fuente"],
        "countries": ["CL"],
        "organizations": [],
    },
    {
        "text": (
            "YEREVAN — Armenian grandmaster Tigran Sargsyan-Hakobyan won the European"
            " championship in Batumi on Sunday. Sargsyan-Hakobyan, 19, drew his last game"
            " against Georgian Nino Tsiklauri."
        ),
        "people": ["Tigran Sargsyan-Hakobyan", "Nino Tsiklauri"],
        "mentions": ["Tigran Sargsyan-Hakobyan", "Sargsyan-Hakobyan", "Nino Tsiklauri"],
        "countries": ["AM", "GE"],
        "organizations": [],
    },
    {
        "text": (
            "GOLF - LEADING SCORES AT THE KENYA OPEN.\n"
            "NAIROBI 2026-03-14\n"
            "Leading scores after the second round (par 71):\n"
            "134 Denver Odhiambo-Smith (Kenya) 66 68\n"
            "135 Jordan Nkosi (South Africa) 67 68, Austin Barrow (Ireland) 68 67\n"
            "137 Charleston Mwale (Zambia) 69 68, Paris Kowalczyk (Poland) 70 67\n"
        ),
        "people": ["Denver Odhiambo-Smith", "Jordan Nkosi", "Austin Barrow",
                   "Charleston Mwale", "Paris Kowalczyk"],
        "mentions": ["Denver Odhiambo-Smith", "Jordan Nkosi", "Austin Barrow",
                     "Charleston Mwale", "Paris Kowalczyk"],
        "countries": ["KE", "ZA", "IE", "ZM", "PL"],
        "organizations": [],
    },
    {
        "text": (
            "MARKETS - JAKARTA STOCKS CLOSE LOWER.\n"
            "JAKARTA 2026-04-07\n"
            "Indonesian stocks fell 1.2 percent on Tuesday. Shares of Sinar Harapan Utama fell"
            " 4 percent after its president director, Hendra Wijaya, resigned. Cement maker"
            " Semen Kartika rose 1.1 percent.\n"
            "\"Foreign funds are selling,\" said Dewi Lestari Santoso of Nusantara Sekuritas.\n"
        ),
        "people": ["Hendra Wijaya", "Dewi Lestari Santoso"],
        "mentions": ["Hendra Wijaya", "Dewi Lestari Santoso"],
        "countries": ["ID"],
        "organizations": ["Sinar Harapan Utama", "Semen Kartika", "Nusantara Sekuritas"],
    },
    {
        "text": (
            "SEOUL — South Korean director Park Ji-hoon's film \"Mister Kim Goes to Busan\""
            " topped the box office on Sunday. Park's previous film, \"Grandmother Lee\", won"
            " a prize at a festival. The film's star, Han Seo-yeon, plays a taxi driver."
        ),
        "people": ["Park Ji-hoon", "Han Seo-yeon"],
        "mentions": ["Park Ji-hoon", "Park", "Han Seo-yeon"],
        "countries": ["KR"],
        "organizations": [],
    },
    {
        "text": (
            "DAKAR — The ferry Awa Mbaye Sarr sailed for Ziguinchor on Monday after a month of"
            " repairs. Captain Ousmane Faye said the ship was full. Passengers boarded at the"
            " Blaise Diagne quay. Senegal's transport minister, Mariama Sow, saw them off."
        ),
        "people": ["Ousmane Faye", "Mariama Sow"],
        "mentions": ["Ousmane Faye", "Mariama Sow"],
        "countries": ["SN"],
        "organizations": [],
    },
    {
        "text": (
            "Mokoena Thanked Fans, Vowed Return\n\n"
            "JOHANNESBURG — South African sprinter Lerato Mokoena thanked her fans on Monday"
            " after an injury ended her season. Mokoena said she would race again next year."
            " Her coach, Pieter du Plessis-Ndlovu, said surgery went well."
        ),
        "people": ["Lerato Mokoena", "Pieter du Plessis-Ndlovu"],
        "mentions": ["Mokoena", "Lerato Mokoena", "Mokoena", "Pieter du Plessis-Ndlovu"],
        "countries": ["ZA"],
        "organizations": [],
    },
    {
        "text": (
            "Board members: Dr. Amina YusufProf. Kelechi EzeMr. Bode Adeyemi\n\n"
            "Yusuf chairs the board, which meets on Tuesday."
        ),
        "people": ["Amina Yusuf", "Kelechi Eze", "Bode Adeyemi"],
        "mentions": ["Amina Yusuf", "Kelechi Eze", "Bode Adeyemi", "Yusuf"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "ANKARA — The Korkmaz government fell on Thursday after a no-confidence vote."
            " Supporters of his rival, Yalçın, blocked the main road. The Turkish lira fell"
            " 2 percent."
        ),
        "people": ["Korkmaz", "Yalçın"],
        "mentions": ["Korkmaz", "Yalçın"],
        "countries": ["TR"],
        "organizations": [],
    },
    {
        "text": (
            "TEGUCIGALPA — Floods in San Pedro Sula, Juticalpa and Santa Rosa de Copán killed"
            " nine people, Honduran officials said on Monday. Relief director Marco Tulio"
            " Zelaya said aid would reach Puerto Lempira by Wednesday."
        ),
        "people": ["Marco Tulio Zelaya"],
        "mentions": ["Marco Tulio Zelaya"],
        "countries": ["HN"],
        "organizations": [],
    },
    {
        "text": (
            "SYDNEY — Australian shares closed 0.5 percent higher on Friday, led by miners."
            " Shares of Pilbara Iron rose 3 percent. \"Iron ore is back,\" said Hannah Ford, an"
            " analyst at Coral Sea Capital."
        ),
        "people": ["Hannah Ford"],
        "mentions": ["Hannah Ford"],
        "countries": ["AU"],
        "organizations": ["Pilbara Iron", "Coral Sea Capital"],
    },
    {
        "text": (
            "PORT MORESBY, Papua New Guinea — Opposition leader Kila Pokawin-Wari said on"
            " Tuesday he would move a no-confidence motion. Pokawin-Wari told reporters in"
            " Mount Hagen that 40 lawmakers backed him. Prime minister Gabriel Kapris-Tumbe"
            " called the move a stunt."
        ),
        "people": ["Kila Pokawin-Wari", "Gabriel Kapris-Tumbe"],
        "mentions": ["Kila Pokawin-Wari", "Pokawin-Wari", "Gabriel Kapris-Tumbe"],
        "countries": ["PG"],
        "organizations": [],
    },
    {
        "text": (
            "ABIDJAN — Ivorian cocoa board director Yao N'Guessan said on Friday that"
            " farm-gate prices would rise. N'Guessan said buyers in Abidjan and San-Pédro had"
            " asked for more beans."
        ),
        "people": ["Yao N'Guessan"],
        "mentions": ["Yao N'Guessan", "N'Guessan"],
        "countries": ["CI"],
        "organizations": [],
    },
]
