"""Word lists for the entity finders, written here from general knowledge of English news.

TITLES come before a name and are not part of it ("Maj. Gen. Patrick Ryder");
ROLE_NOUNS are lower-case job words that announce a name ("spokesperson Tom Hale",
"striker Jane Quell"); NEVER_NAME, PLACE_WORDS and NOT_FIRST keep sentence-initial words,
places, events and groups out of people's names.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Honorifics and ranks: the value is the sex they tell, when they tell one.
HONORIFICS: dict[str, str | None] = {
    "Mr.": "male", "Mr": "male", "Mrs.": "female", "Mrs": "female", "Ms.": "female",
    "Ms": "female", "Miss": "female", "Mme.": "female", "Mme": "female", "Sir": "male",
    "Dame": "female", "Lady": "female", "Lord": "male", "Madam": "female", "Madame": "female",
    "Monsieur": "male", "Herr": "male", "Frau": "female", "Senor": "male", "Señor": "male",
    "King": "male", "Queen": "female", "Prince": "male", "Princess": "female", "Sheikh": "male",
    "Emir": "male", "Sultan": "male", "Archbishop": "male", "Cardinal": "male", "Pope": "male",
    "Father": "male", "Brother": "male", "Sister": "female", "Rabbi": None, "Imam": "male",
    "Dr.": None, "Dr": None, "Prof.": None, "Professor": None, "Rev.": None, "Reverend": None,
    "Gen.": None, "General": None, "Maj.": None, "Major": None, "Lt.": None, "Lieutenant": None,
    "Col.": None, "Colonel": None, "Capt.": None, "Captain": None, "Sgt.": None,
    "Sergeant": None, "Adm.": None, "Admiral": None, "Cmdr.": None, "Commander": None,
    "Brig.": None, "Brigadier": None, "Cpl.": None, "Corporal": None, "Pvt.": None,
    "Private": None, "Marshal": None, "Gov.": None, "Governor": None,
    "Sen.": None, "Senator": None, "Rep.": None, "Representative": None, "Congressman": "male",
    "Congresswoman": "female", "Assemblyman": "male", "Assemblywoman": "female",
    "President": None, "Vice": None, "Premier": None, "Chancellor": None, "Mayor": None,
    "Minister": None, "Secretary": None, "Ambassador": None, "Amb.": None, "Judge": None,
    "Justice": None, "Attorney": None, "Speaker": None, "Leader": None, "Chairman": "male",
    "Chairwoman": "female", "Chair": None, "Director": None, "Commissioner": None,
    "Deputy": None, "Acting": None, "Chief": None, "Inspector": None, "Superintendent": None,
    "Detective": None, "Officer": None, "Agent": None, "Coach": None, "Bishop": None,
    "Ayatollah": "male", "Crown": None, "Supreme": None, "Former": None,
    "Sens.": None, "Reps.": None, "Pres.": None, "Atty.": None, "Supt.": None, "Insp.": None,
    "Msgr.": "male", "Fr.": "male", "Hon.": None, "Dep.": None, "Spokesman": "male",
    "Spokeswoman": "female", "Spokesperson": None, "Envoy": None, "Ald.": None,
    "Minority": None, "Majority": None, "Whip": None, "Prosecutor": None, "Counsel": None,
    "Sheriff": None, "Nominee": None, "Candidate": None, "Emperor": "male",
    "Empress": "female", "Duke": "male", "Duchess": "female", "Baron": "male",
    "Baroness": "female", "Count": "male", "Countess": "female", "Secretary-General": None,
    "Foreign": None, "Defense": None, "Defence": None, "Interior": None, "Finance": None,
    "Trade": None, "Prime": None, "First": None, "State": None, "Home": None, "Health": None,
    "Economy": None, "Energy": None, "Education": None, "Labor": None,
    "Labour": None, "Agriculture": None, "Transport": None, "Unification": None,
    "Treasury": None, "Executive": None, "Managing": None, "Press": None,
    "Senior": None, "Assistant": None, "Associate": None, "Under": None, "Undersecretary": None,
    "Lawmaker": None, "MP": None, "CEO": None, "CFO": None, "COO": None, "Dictator": None,
    "Strongman": None,
    "Manager": None, "Skipper": None, "Striker": None, "Goalkeeper": None, "Defender": None,
    "Midfielder": None, "Forward": None,
    "Sheikha": "female",
    # (round 7) ranks of navies, air forces and police forces
    "Commodore": None, "Cdre.": None, "Ensign": None, "Pte.": None, "Cmdt.": None,
    "Commandant": None,
}

# Honorifics of other languages, used in English-language news before a name and not
# part of it: Fijian "Ratu", Malay "Datuk Seri", "Tunku", Burmese "U" and "Daw", South
# Asian "Maulana", "Shri", West African "Alhaji", Thai "Khun". Left out: words that are
# just as often a name ("Syed", "Nana", "Tan" of "Tan Sri"; "Begum" below).
HONORIFICS.update({
    "Ratu": "male", "Datuk": None, "Dato": None, "Dato'": None, "Datin": "female",
    "Seri": None, "Tun": None, "Tunku": None, "Tengku": None, "Toh": None, "Puan": "female",
    "Daw": "female", "U": "male", "Maulana": "male", "Mullah": "male", "Mufti": "male",
    "Haji": "male", "Hajji": "male", "Alhaji": "male", "Hajia": "female", "Alhaja": "female",
    "Ustaz": "male", "Pandit": "male", "Swami": "male", "Shri": "male", "Sri.": None,
    "Shrimati": "female", "Smt.": "female", "Thiru": "male", "Khun": None, "Mzee": "male",
    "Hojatoleslam": "male", "Patriarch": "male",
    # (round 8) more religious and traditional titles: Afghan and Pakistani "Mawlawi",
    # "Maulvi", "Qari"; Arabic "Shaykh"; Yoruba and Igbo rulers "Oba", "Igwe", "Ooni";
    # Ewe "Togbe"; Malay "Ustazah"; Javanese "Kyai"; Theravada "Venerable", "Bhante"
    "Mawlawi": "male", "Maulvi": "male", "Molvi": "male", "Mawlana": "male", "Qari": "male",
    "Shaykh": "male", "Oba": "male", "Igwe": "male", "Ooni": "male", "Togbe": "male",
    "Ustazah": "female", "Kyai": "male", "Venerable": None, "Bhante": "male",
    "Archdeacon": None, "Pastor": None, "Evangelist": None,
    # (round 15) of religious history in encyclopedic copy: "Prophet Muhammad", "Caliph Umar"
    "Prophet": "male", "Caliph": "male",
    # offices before a name ("Chief Adviser Jane Roe", "Councillor Tom Doe")
    "Adviser": None, "Advisor": None, "Councillor": None, "Councilor": None,
    "Councilman": "male", "Councilwoman": "female", "Alderman": None, "Magistrate": None,
    # a delegate to the US House from a territory ("Del. Ana Quell of Guam"); with its
    # full stop only ("Del" alone is a given name)
    "Del.": None, "Delegate": None,
})
# Honorifics that are also family names (Korean "Pak", South Asian "Begum"): a title only
# before a given name ("Pak Harun", "Ibu Retno"), a name otherwise ("Pak Se-ri").
TITLES_BEFORE_GIVEN_NAME: dict[str, str | None] = {
    "Pak": "male", "Bapak": "male", "Bu": "female", "Ibu": "female", "Begum": "female",
    "Ko": "male",  # Burmese, for a young man ("Ko Htet Aung Min"); a Korean family name too
}

# "President-elect Jane Roe", "Vice-President Roe": offices joined by a hyphen.
HONORIFICS.update({f"{office}-elect": None for office in (
    "President", "Vice-President", "Governor", "Gov.", "Mayor", "Senator", "Sen.",
    "Premier", "Chancellor", "Prime-Minister")})
# Offices of two words joined by a hyphen whose first word is no title alone: "the
# state's Auditor-General warned" names an office, not a person.
HONORIFICS.update({f"{office}-General": None for office in (
    "Auditor", "Attorney", "Solicitor", "Governor", "Director", "Inspector", "Surgeon",
    "Postmaster", "Comptroller", "Procurator", "Prosecutor", "Advocate", "Registrar")})
HONORIFICS.update({"Vice-President": None, "Vice-Premier": None, "Ex-President": None,
                   "Ex-Minister": None, "Co-Chairman": "male", "Co-Chair": None, "Co-Premier": None,
                   "Co-Founder": None, "Prime-Minister": None})

# Words that make a title only together with the office after them ("Foreign Minister",
# "Vice President"); alone they do not announce a name ("Free Trade Agreement").
TITLE_MODIFIERS = frozenset({
    "Vice", "Field", "Deputy", "Acting", "Chief", "Grand", "Crown", "Supreme", "Former",
    "Foreign", "Defense", "Defence", "Interior", "Finance", "Trade", "Prime", "First", "State",
    "Home", "Health", "Economy", "Energy", "Education", "Labor", "Labour", "Agriculture",
    "Transport", "Unification", "Treasury", "Executive", "Managing", "Press", "Senior",
    "Assistant", "Associate", "Under", "Minority", "Majority", "Rear", "Warrant",
})

# Title words that are themselves offices when they stand before a name (kept as the role).
OFFICE_WORDS = frozenset(
    w for w in HONORIFICS if w not in {"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss",
                                         "Mme.", "Mme", "Monsieur", "Herr", "Frau", "Senor",
                                         "Señor", "Madam", "Madame"}
)

# Lower-case words that announce a person's name right after them.
ROLE_NOUNS = _words("""
spokesman spokeswoman spokesperson minister president secretary ambassador envoy leader
chairman chairwoman chair director official officer aide adviser advisor analyst economist
lawyer attorney judge prosecutor senator congressman congresswoman lawmaker governor mayor
premier chancellor diplomat general commander colonel captain sergeant lieutenant admiral
coach manager striker forward defender midfielder goalkeeper keeper playmaker winger
fullback skipper batsman bowler spinner off-spinner leg-spinner all-rounder opener pitcher
batter seamer paceman pacer quick wicketkeeper wicket-keeper keeper-batsman legspinner
offspinner tailender
quarterback outfielder infielder catcher shortstop rider driver cyclist jockey trainer
champion titleholder holder seed player international teammate team-mate partner boxer
challenger golfer swimmer sprinter runner jumper thrower skier skater wrestler
veteran newcomer rookie substitute sub rival opponent compatriot countryman countrywoman
winner runner-up finalist semi-finalist novelist author writer poet singer actor actress
artist director producer composer columnist correspondent reporter editor journalist
anchor host commentator founder owner chief executive ceo cfo chairman investor banker
immigrant refugee victim suspect teenager student resident citizen gunman officer critic
billionaire businessman businesswoman millionaire tycoon magnate entrepreneur defendant
plaintiff witness survivor mayor-elect president-elect nominee contestant
trader strategist broker dealer professor researcher scientist historian doctor surgeon
physician nurse priest pastor bishop cardinal rabbi imam cleric activist campaigner
organiser organizer candidate nominee challenger incumbent hopeful contender frontrunner
front-runner strategist pollster operative consultant staffer counselor counsellor
husband wife son daughter brother sister father mother uncle aunt cousin nephew niece
widow widower girlfriend boyfriend fiance fiancee colleague friend
blogger vlogger influencer podcaster dissident rapper songwriter musician guitarist drummer
pianist violinist cellist soprano tenor baritone dancer comedian playwright filmmaker
photographer cameraman cartoonist illustrator painter sculptor essayist lyricist presenter
broadcaster anchorwoman translator interpreter footballer cricketer athlete marathoner
climber mountaineer sailor rower astronaut explorer academic scholar lecturer dean rector
linguist teacher headteacher headmaster pupil schoolgirl schoolboy farmer fisherman herder
shepherd villager pensioner retiree worker employee labourer laborer engineer architect
designer programmer mechanic technician biologist chemist physicist virologist
epidemiologist psychiatrist psychologist therapist pharmacist dentist veterinarian midwife
paramedic firefighter policeman policewoman detective inspector investigator auditor
accountant financier philanthropist donor landowner heir heiress chef bodyguard chauffeur
soldier smuggler hacker whistleblower spy mediator negotiator legislator parliamentarian
councillor councilor alderman magistrate monarch emir sultan sheikh king queen prince
princess pope patriarch ayatollah mufti lama guru preacher missionary vicar deacon
archbishop grandmother grandfather
""") | _words("""
politician statesman stateswoman counterpart successor predecessor chairperson
commissioner comptroller councilman councilwoman delegate dictator emperor empress
governor-elect mogul representative sheriff treasurer regent viceroy warlord chieftain
headman monk nun abbot abbess friar priestess theologian philosopher jurist barrister
solicitor notary ombudsman regulator administrator bureaucrat technocrat mathematician
astronomer geologist botanist zoologist ecologist sociologist anthropologist
archaeologist demographer statistician climatologist meteorologist seismologist
volcanologist oceanographer criminologist pathologist cardiologist oncologist neurologist
neurosurgeon paediatrician pediatrician gynaecologist obstetrician anaesthetist
anesthetist radiologist referee umpire linesman hurdler decathlete heptathlete gymnast
fencer archer shooter weightlifter judoka canoeist kayaker surfer snowboarder biathlete
triathlete equestrian motorcyclist racer sportsman sportswoman goalscorer scorer
batswoman centre-back centre-half full-back wing-back fly-half scrum-half flanker
protester demonstrator hostage detainee prisoner inmate convict fugitive assailant
attacker killer murderer gunwoman motorist passenger pedestrian hiker tourist volunteer
mercenary militiaman guerrilla insurgent jihadist grandson granddaughter stepfather
stepmother stepson stepdaughter half-brother half-sister brother-in-law sister-in-law
son-in-law daughter-in-law father-in-law mother-in-law twin spouse fiancé fiancée ex-wife
ex-husband classmate roommate neighbour neighbor landlord tenant employer supervisor
intern apprentice clerk receptionist cashier waiter waitress bartender barber tailor
shopkeeper vendor merchant salesman saleswoman peddler welder plumber electrician
carpenter bricklayer janitor caretaker nanny housekeeper ranger warden jailer bailiff
constable trooper airman paratrooper sniper co-pilot pilot navigator commando lobbyist
fundraiser ex-minister ex-president ex-premier ex-senator ex-governor ex-mayor
co-founder cofounder academician laureate biographer memoirist screenwriter scriptwriter
storyteller satirist humorist youtuber choreographer conductor bandleader vocalist
frontman frontwoman bassist saxophonist trumpeter organist cantor muezzin strongman
""") | _words("""
deputy assistant boss mentor ally protege protégé confidant confidante understudy
""")  # (round 7: occupations, kin and the parts people play in the news; round 17: the
# parts one plays to another: "Owusu, his deputy, said")

# Capitalised words that are never part of a person's name (sentence-initial words).
NEVER_NAME = _words("""
The A An And But Or Nor For So Yet If Then When While Where Why How What Who Whom Whose Which
This That These Those There Here It Its It's He She We They You I Me Him Her Us Them His Hers
Our Their Your My Mine In On At To From By With Without Of Off Out Over Under Up Down Into
Onto About Above Below After Before During Since Until Till Through Throughout Against Among
Between Beyond Despite Except Inside Outside Near Via As Than Like Unlike Upon Within
Also Just Only Even Still Now Today Tomorrow Yesterday Tonight Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March July September October November
December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Not No Yes All Any Some Many Much
Most More Less Few Several Each Every Both Either Neither Other Another Such One Two Three
Four Five Six Seven Eight Nine Ten First Second Third Last Next Is Are Was Were Be Been
Being Has Have Had Do Does Did Will Would Shall Should Can Could Might Must Said Says Say
Told Asked Added According However Meanwhile Although Though Because Instead Indeed
Perhaps Maybe Please Thanks Thank Oh Ah Hey Let Let's Why Whether Once Twice Again Ever
Never Always Often Sometimes Soon Later Earlier Mr Mrs Ms Dr Gen Maj Col Lt Capt Sgt Gov
Sen Rep Prof Rev Jr Sr Ltd Inc Co Corp Ave Blvd
Constitution
""") | _words("""
I've I'm I'd I'll He's She's We're We've We'd We'll They're They've They'd They'll
You're You've You'd You'll He'd He'll She'd She'll It'll
""") | frozenset(  # (the same with a typographer's apostrophe: "I’ve said")
    w.replace("'", "\u2019") for w in _words("""
I've I'm I'd I'll He's She's It's We're We've We'd We'll They're They've They'd They'll
You're You've You'd You'll He'd He'll She'd She'll It'll
"""))

# Words that make a run of capitalised words a place, an event or a title, never a person:
# "Elm Road", "Marbeck Park Golf Course", "Greater Elston Open".
PLACE_WORDS = _words("""
Street Road Avenue Lane Boulevard Square Stadium Arena Airport Hotel Bridge River Island
Islands Mountain Mountains Sea Ocean Gulf Bay Lake Valley Coast Beach Station Centre Center
Building Tower Palace Cathedral Mosque Hospital School College University Institute Museum
Library Theatre Theater Club United City County State States Province Region District
Republic Kingdom Empire Cup League Open Masters Trophy Prize Award Awards Series Festival
Summit Conference Championship Championships Games Olympics Grand Prix Course Park Garden
Gardens Plaza Mall Highway Freeway Canal Strait Peninsula Desert Forest Harbour Harbor
Port Show Camp Week Act Treaty Accord Pact Plan Program Programme Project Initiative
Agreement Doctrine Amendment Clause Medal Rally Slam Tournament Classic Challenge Bowl Derby
Stakes Marathon Circuit Chapel Hour Times Magazine Review Journal News Daily Weekly Gazette
Herald Tribune Post Speech Address Day Eve Springs Falls Heights Creek Grove Ridge Rapids
Junction Bluffs Township Borough
Shoal Shoals Reef Reefs Atoll Lagoon Glacier Fjord Volcano Crater Plateau Wharf Quay
Terminal Prison Jail Barracks Monastery Shrine Basilica Embassy Consulate Racecourse
Speedway Velodrome Mausoleum Cemetery Memorial Pagoda Synagogue Canyon Gorge Archipelago
Headland Estuary Swamp Oasis Airbase Checkpoint Refinery Motel Tavern Bazaar Souk
Embankment Esplanade Promenade Parkway Expressway Motorway Tunnel
Oval Ground Pavilion Gallery Galleries Auditorium Observatory Lighthouse Zoo Aquarium
Monument Crescent Drive Chowk Marg Lecture Lectures Fellowship Scholarship Regatta Biennale
Exhibition Expo Theorem Conjecture Hypothesis Syndrome Paradox Causeway Corniche Boardwalk
Shipyard Shipyards Dockyard Dockyards Boatyard Steelworks Ironworks Colliery Quarry
Test Tests Twenty20
Flyover Interchange Roundabout Allee Room Rooms Hangar Annex Invitational Edition
Collection Biennial Carnival Fiesta Jubilee Olympiad Jamboree Telescope
""")

# Words that end the name of a building, a place or a fair and are also frequent surnames
# ("Marlowe Hall", "Quellmoor House", "the Elston Film Days"; "Stuart Hall" is a person): a
# place after a word that is no given name, unless a person's cue says otherwise.
BUILDING_SURNAMES = _words("""
Hall House Castle Manor Lodge Church Temple Abbey Court Field Marsh Pier Dam Pass Cape
Days Fair
""")

# Plural nicknames that end a club's or a band's name ("Quell Rangers", "Tom Doe Stars":
# a club named after someone); people_runs.py leaves out those that are also surnames.
TEAM_PLURALS = _words("""
Rangers Rovers Wanderers Stars Warriors Eagles Lions Tigers Sharks Bulls Chiefs Pirates
Hearts Spurs Dynamos Stallions Leopards Buffaloes Rockets Raiders Titans Giants Falcons
Panthers Jets Saints Blues Reds Bombers Crusaders Gunners Magpies Swans Owls Foxes Wolves
Bees Hornets Cobras Vipers Gladiators Harriers Dolphins Flames Steelers Braves Cubs Rams
Colts Bears Cowboys Jaguars Hawks Knights Royals Sparks Elephants Zebras Crocodiles Hippos
Antelopes Gazelles Scorpions Pythons Stingers Strikers Sailors Mariners Pilgrims
Wildcats Bulldogs Greyhounds Hurricanes Cyclones Tornadoes Thunderbirds Highlanders
Invincibles Champions Allstars All-Stars Brothers Boys Girls Babes Sisters Queens Kings
""")

# Words that end the name of a programme named after its host: "The Jane Roe Show".
MEDIA_WORDS = frozenset({"Show", "Hour", "Program", "Programme", "Podcast", "Report"})

# Verbs of title-case headlines: they end a name ("Jane Roe Speaks Directly").
HEADLINE_VERBS = _words("""
Speaks Says Breaks Goes Asks Slams Calls Claims Hits Blasts Rips Urges Wins Loses Leads
Backs Warns Vows Admits Denies Defends Attacks Sings Tells Gets Makes Takes Gives Shows
Reveals Hammers Explains Responds Praises Mocks Accuses Launches Announces Endorses
Questions Seeks Sees Wants Needs Plans Faces Meets Visits Returns Pushes Says Has Is Was
""")

# Verbs of headlines, by their base form: every tense of them ends a name in a title-case
# headline ("Jane Roe Thanked Voters", "Roe Joking About Taxes"). Their inflected forms
# are made by `inflect`; the base forms are left out (many are names: "Rush", "Hope").
HEADLINE_VERB_BASES = _words("""
accept accuse acknowledge add address admit agree announce answer apologize apologise appeal
appear applaud appoint argue arrive ask assail attack avoid back ban bash battle beat blame
blast boast boost call campaign cancel celebrate challenge champion charge cheer chide
claim clash close comment compare complain concede condemn confirm confront congratulate
court criticize criticise cry dance debate decide decry defend defy delay deliver demand
deny deride describe discuss dismiss dodge doubt drop earn echo edge embrace endorse
enter escape explain express face fail fear fight file fire flip float fume gain gloat
greet grill hail halt hammer help hint hire hit honor honour hope host hug ignore insist
interrupt invite issue join joke jump kick kill kiss knock label lament land laugh launch
lead leave lecture lose love mark meet mention miss mock mourn move nominate note offer
open oppose order outline pay plan plead pledge praise press probe promise propose
protest prove pull push question quit quote rail rally react recall reject remember
remark repeat reply report resign respond return reveal ridicule rip roast rule sack
scold score seek shake share shoot shout sign signal skip slam slap slip smile snap snub
speak spar stand start state step stop storm stress strike stump suggest support sue
surge swipe talk tap target taunt tease tell thank threaten top tout trash travel tweet
unveil urge vent veto visit voice vote vow walk want warn watch wave weigh welcome win
wish worry
acquit advance arrest bow buy clinch collapse convict crash cruise die elect exit extend
eye free injure jail marry name pick receive release renew replace retain retire rout seal
seize sell sentence snatch succeed survive sweep thrash upset wed withdraw
deserve need keep bring become expect hold
""")

# Past forms that do not follow the rule.
HEADLINE_IRREGULAR = _words("""
Said Told Spoke Spoken Broke Broken Went Gone Took Taken Gave Made Got Gotten Won Lost Led
Met Saw Seen Sang Sung Quit Fought Ran Drove Rode Flew Fell Rose Shot Beat Beaten Came Brought
Sent Sold Bought Left Felt Kept Held Stood Struck Threw Thrown Wrote Written Swore Sworn Chose
Chosen Forgot Forgave Paid Hit Split Shook Shaken Stole Sought Taught Thought Spent Built
Admitted Admitting Committed Regretted Submitted Controlled Referred Preferred Occurred
Fled Fed Dealt Slept Wept Lent Bent Sank Sprang Withdrew Overcame Undertook Caught Stuck
Swung Hung Rang Swam Hid Grew Drew Wore Woke Knew Began Became Bled Dug Fought Slid Spun
Upheld Withheld
""")

# Nouns that follow a name in a headline: "Jane Roe Remarks", "Roe T-Shirt".
HEADLINE_NOUNS = _words("""
Remarks Comments Comment Interview Interviews Speech Speeches Statement Statements Tweet Tweets
Op-Ed Letter Letters Photo Photos Video Videos Ad Ads Rally Rallies Visit Trip Proposal
Proposals Victory Loss Birthday Wedding Funeral Death Trial Verdict Lawsuit Scandal Scandals
Debate Debates Emails Taxes Shirt T-Shirt T-shirt Hat Book Memoir Tour Plan Plans Policy
Policies Presidency Campaign Remarks Gaffe Gaffes Apology Quote Quotes Moment Moments
""")


def inflect(bases: frozenset[str]) -> frozenset[str]:
    """The capitalised -s, -ed and -ing forms of verbs: "praise" -> Praises Praised Praising."""
    out: set[str] = set()
    for base in bases:
        stem = base.capitalize()
        if stem.endswith("e"):
            forms = [stem + "s", stem + "d", stem[:-1] + "ing"]
        elif stem.endswith("y") and stem[-2:-1] not in "aeiou":
            forms = [stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"]
        elif stem.endswith(("s", "sh", "ch", "x", "z")):
            forms = [stem + "es", stem + "ed", stem + "ing"]
        else:
            forms = [stem + "s", stem + "ed", stem + "ing"]
            if (len(stem) <= 4 and stem[-1] not in "aeiouwxy"
                    and stem[-2:-1] in "aeiou" and stem[-3:-2] not in "aeiou"):
                forms += [stem + stem[-1] + "ed", stem + stem[-1] + "ing"]  # Slammed
        out.update(forms)
    return frozenset(out)


# Capitalised words that do not begin a person's name in running text, though they may
# end one ("Jane May", "Tom Law", "Ann Hill").
NOT_FIRST = _words("""
June April August Well Then New Old Former Late Early Total Results Result
Standings Scores Score Group Division Table Pool Round Final Finals Semifinal Semifinals
Quarterfinal Quarterfinals Match Matches Game Race Stage Leg Half Note Notes Update Updates
Report Reports Source Sources Newsroom Correction Photo Video Watch Related Read More
Breaking News Editor Editors Statement Statements Christmas Easter Ramadan Olympic World
North South East West Northern Southern Eastern Western Central Upper Lower Greater
Republican Republicans Democrat Democrats Democratic GOP Conservative Conservatives Labour
Labor Liberal Liberals Communist Communists Socialist Socialists Green Greens Party God Lord
Jesus Christ Allah Internet Web Twitter Facebook Google Instagram YouTube TV Bank Fund Real
Atletico Sporting Dynamo Inter Olympique Borussia Bayern Racing Union Council Committee
Commission Ministry Department Agency Office Bureau Service Services Court Army Navy Force
Forces Guard Police Group Company Corporation Holdings Association Organisation
Organization Foundation Trust Authority Board Parliament Congress Senate House Assembly
Cabinet Government Administration Embassy Consulate Mission Press Television Radio
Airlines Airways Motors Systems Technologies Energy Oil Petroleum Gas Electric Power
Exchange Market Markets Index Stock Stocks Shares Bonds Dollar Dollars Euro Euros Yen
Tour Day Week Month Year Years Decade Century Era Age Time Hour Minute Analysts Officials
Others Traders Eyewitnesses Witnesses Police Residents Sources Critics Supporters Voters
Americans Muslims Christians Jews Catholics Protestants Hindus Sikhs Buddhists Moslems
Moslem Muslim Jewish Catholic Protestant Hindu Sikh Buddhist Sunni Shi'ite Shiite
Olympian Olympians Paralympian Paralympians
Shia Kurdish Kurd Kurds Arab Arabs African Africans Asian Asians European Europeans Latino
Latinos Hispanic Hispanics Black White Whites Blacks Western Westerners Islamic Chechen
Chechens Tamil Tamils Hutu Hutus Tutsi Tutsis Serb Croat Pashtun Baltic Nordic Scandinavian
Caribbean Pacific Atlantic Mediterranean Arctic Gulf Middle Far Near Asia Africa Europe
Oceania Antarctica Americas Latin Balkans Caucasus Sahara Siberia Kashmir Tibet Gaza
Internet Government Minister President Secretary Mister Sir Madam Dear Hello Welcome
Happy Merry Good Great Big Little Small Top High Low Long Short Best Worst Most Least
Everything Nothing Something Anything Everyone Nobody Someone Anyone Everybody Somebody
Issues Problems Relations Interests Session Fellow Universe Housekeeping Bargain Reveals
English Spanish Portuguese Arabic Hebrew Mandarin Cantonese Hindi Urdu Bengali Swahili
Alabamian Alaskan Arizonan Arkansan Californian Coloradan Floridian Hawaiian Idahoan
Illinoisan Indianan Iowan Kansan Kentuckian Louisianan Mainer Marylander Michigander
Minnesotan Mississippian Missourian Montanan Nebraskan Nevadan Yorker Carolinian Dakotan
Ohioan Oklahoman Oregonian Pennsylvanian Tennessean Texan Utahn Vermonter Virginian
Washingtonian Wisconsinite Wyomingite Hoosier Jerseyan Californians Texans Floridians
Ohioans Iowans Virginians Yorkers Alaskans Hawaiians Oregonians Minnesotans Kansans
""")

# The first word of a place's name: "Los Angeles", "San Marbeck", "Port Elston", "St Quell".
PLACE_PREFIXES = _words("""
Los Las San Santa Santo Sao São St St. Saint Sainte Port Fort Mount Mt Lake Rio Puerto
Porto Nueva Nuevo Novo Nova Bad Ciudad Villa Ras Sidi Al- Jebel Jabal Wadi Tel Deir Sharm
Camp
Cerro Nevado Laguna Lago Bahia Bahía Playa Cabo Pico Volcan Volcán Kampung Kampong Pulau
Tanjung Gunung Bukit Sungai Teluk Nakhon Beit Kafr Qasr Nahr Khirbet Bir Khor Jisr Sankt
Nizhny Nizhni Verkhny Stary Staro Nowy Nowa
""")

# Words after a name that make it a company's: "Quellco SA", "Marbeck AB".
COMPANY_SUFFIXES = _words("""
SA S.A. AB AG plc PLC Plc Co Co. NV N.V. SpA S.p.A. Inc Inc. Corp Corp. Ltd Ltd. GmbH Oyj
ASA BV Bhd Berhad Tbk Group Holdings Corporation Company Limited LLC L.P. LP Airlines Bros Bros.
LLP PLLC L.L.C. SARL Sarl Srl S.r.l. Oy KK K.K. ApS
Holding
""")

# Legal forms written before a company's name: Indonesian "PT" and "CV", Russian and
# Kazakh "PJSC", "JSC", "OAO", "ZAO", "OOO".
COMPANY_PREFIXES = _words("""
PT CV PJSC JSC OJSC OAO ZAO OOO
""")

# US states: places, never a person's name on their own.
US_STATES = _words("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Carolina Dakota Hampshire Jersey
Manhattan Brooklyn Queens Bronx Chicago Boston Philadelphia Detroit Houston Dallas Atlanta
Miami Seattle Denver Phoenix Cleveland Pittsburgh Baltimore Milwaukee Minneapolis Charlotte
""")

# The last word of a phrase that names an organisation, not a person or a place.
ORG_HEADS = _words("""
Department Ministry Council Committee Commission Agency Office Bureau Service Services Court
Army Navy Force Forces Guard Guards Police Bank Fund Group Company Corp Corp. Corporation Inc
Inc. Ltd Ltd. Co. Holdings Association Organisation Organization Foundation Trust Authority
Board Parliament Congress Senate Assembly Cabinet Government Administration Embassy
Consulate Party Union Federation League Club Institute University College School Times
Post Journal Herald Tribune Gazette Magazine Press Television Radio Network Airlines
Airways Motors Systems Technologies Communications Industries Petroleum Exchange
Unit Units Squad Tribunal Forum
Capital Partners Pharma Pharmaceuticals Therapeutics Securities Investments Ventures Mining
Logistics Foods Telecom Electronics
Commissariat Secretariat Directorate Command Corps Brigade Battalion Regiment Division
Campaign Center Centre Alliance Coalition Front Movement Council Caucus Network
Reserve Treasury Pentagon Kremlin Bundesbank Bundestag Duma Knesset Diet Democrats Society
Republicans Socialists Conservatives Liberals Greens Communists Nationalists
Healthcare Resources Media Partners Associates Solutions Enterprises Ventures Brands Foods
Pharmaceuticals Insurance Securities Investments Logistics Laboratories Labs Studios
Standard Telegraph Guardian Observer Mirror Chronicle Courier Examiner Inquirer Monitor Globe
Gazzetta Zeitung Courant Dispatch Bulletin Enquirer Ledger
Shimbun Ilbo Sinmun Ribao Nippo Gazeta Dagblad Tidende Kurier Nieuwsblad Dnevnik Vjesnik
Metals Brewery Plantations Refineries Chamber Cooperative Entertainment Publishing Utilities
Energy Aviation Engineering Construction Fisheries Minerals
Yapı İnşaat Sanayi Ticaret Enerji Tekstil Otomotiv Sekkei Kensetsu Kogyo Sangyo Seisakusho
Denki Jidosha Shokai Construcciones Inmobiliaria Konstruksi
Observatory Laboratory
Electronics Auto Automotive Telecom Telecoms Shipping Cement Pharma Semiconductor
Semiconductors Software Breweries Bancorp Chemicals Textiles Hotels Resorts Properties
Realty
Morcha Kazhagam Sangh Parishad Samiti Andolan Sangathan Hluttaw
FC AFC Mission Maritime Marine Steel Mines Hospital Hospitals Clinic Infirmary Confederation
Community Academy Polytechnic Consortium Syndicate Cartel Constabulary Gendarmerie
Inspectorate Conservatory Orchestra Brotherhood
Poll Polling Survey
Nation Panel Registry Clearinghouse Collective Choir Ensemble Quartet Quintet Trio Sextet
Tours Travels Treks Expeditions
Contracting Contractors Developers Consulting Consultants Farms Haulage
Enforcement Roundtable Newswire Centers Centres
""")

# Head words of firms' names that are trades: alone ("Shipping stocks fell", "Energy and
# Mines Ministry") they name no firm in particular.
TRADE_HEADS = _words("""
Airlines Airways Motors Systems Technologies Communications Industries Petroleum Capital
Pharma Pharmaceuticals Therapeutics Securities Investments Ventures Mining Logistics Foods
Telecom Telecoms Electronics Healthcare Resources Solutions Enterprises Brands Insurance
Laboratories Labs Studios Auto Automotive Shipping Cement Semiconductor Semiconductors
Software Breweries Brewery Bancorp Chemicals Textiles Hotels Resorts Properties Realty
Metals Plantations Refineries Cooperative Entertainment Publishing Utilities Energy Aviation
Engineering Construction Fisheries Minerals Holdings Partners Associates
Maritime Marine Steel Mines Tours Travels Treks Expeditions
Contracting Contractors Developers Consulting Consultants Farms Haulage
Yapı İnşaat Sanayi Ticaret Enerji Tekstil Otomotiv Sekkei Kensetsu Kogyo Sangyo Seisakusho
Denki Jidosha Shokai Construcciones Inmobiliaria Konstruksi
""")

# First words of bodies' names in other languages, which go on with the rest of the name
# ("Partido Renovación Nacional", "Ministério da Saúde", "Barisan Rakyat"): words that are
# no English word, given name, surname or city (checked against the name tables).
FOREIGN_BODY_HEADS = _words("""
Partido Parti Partai Partidul Partia Partiya Partito Partij Partei Frente Movimiento
Movimento Mouvement Rassemblement Alianza Alleanza Unión Unione Bloque Barisan Pakatan
Perikatan Gabungan Gerakan Congreso Congresso Congrès Consejo Conselho Conseil Comité
Comisión Comissão Commissione Ministerio Ministère Ministério Ministero Ministerium
Instituto Institut Istituto Banco Banque Banca Asamblea Assemblée Assembleia Sindicato
Syndicat Confederación Confédération Federación Fédération Federazione Agencia Agence
Agência Agenzia Servicio Serviço Servizio Policía Polícia Polizia Ejército Exército Armée
Fuerzas Forças Corte Cour Tribunale Fundação Fondation Fondazione Stiftung Asociación
Associação Associazione Majelis Komisi Kementerian Convergencia Coalición Coligação
Concertación Universidade Università Université Universität Colegio Sociedad Compañía
Companhia Empresa Grupo Corporación Gobierno Governo Senado Procuraduría Fiscalía
Defensoría Contraloría Secretaría Autoridad
Universidad Cámara Câmara Consiglio Supremo Bundesamt Bundesministerium Bundesanstalt
Bundesagentur Landesamt Ministerstwo Trybunał
""")

# Organisations known by one name or an acronym (international bodies, agencies, news wires).
KNOWN_ORGS = {
    "NATO": "NATO", "UN": "United Nations", "U.N.": "United Nations",
    "United Nations": "United Nations", "EU": "European Union", "E.U.": "European Union",
    "European Union": "European Union", "IMF": "International Monetary Fund",
    "World Bank": "World Bank", "WTO": "World Trade Organization", "OPEC": "OPEC",
    "ASEAN": "ASEAN", "OSCE": "OSCE", "IAEA": "International Atomic Energy Agency",
    "UNESCO": "UNESCO", "UNICEF": "UNICEF", "UNHCR": "UNHCR", "FIFA": "FIFA", "UEFA": "UEFA",
    "IOC": "International Olympic Committee", "WHO": "World Health Organization",
    "Red Cross": "Red Cross", "Amnesty International": "Amnesty International",
    "G7": "G7", "G8": "G8", "G20": "G20", "African Union": "African Union",
    "Arab League": "Arab League", "Interpol": "Interpol", "Europol": "Europol",
    "Reuters": "Reuters",
    "PAP": "PAP", "CTK": "CTK", "MTI": "MTI", "BTA": "BTA", "ANP": "ANP",
    "Belga": "Belga", "EFE": "EFE", "Efe": "EFE", "IRNA": "IRNA", "PTI": "PTI", "Antara": "Antara",
    "Bernama": "Bernama", "MENA": "MENA", "KUNA": "KUNA", "WAM": "WAM", "Notimex": "Notimex",
    "Ukrinform": "Ukrinform", "Jiji": "Jiji",
    "Lusa": "Lusa", "Anatolian": "Anatolian", "Anadolu": "Anadolu", "Ritzau": "Ritzau",
    "AP": "Associated Press", "Associated Press": "Associated Press",
    "AFP": "Agence France-Presse", "Agence France-Presse": "Agence France-Presse",
    "Yonhap": "Yonhap", "Xinhua": "Xinhua", "KCNA": "KCNA", "Tass": "Tass", "TASS": "Tass",
    "Itar-Tass": "Itar-Tass", "ITAR-TASS": "Itar-Tass", "Interfax": "Interfax",
    "RIA Novosti": "RIA Novosti", "Kyodo": "Kyodo", "Bloomberg": "Bloomberg", "ANSA": "ANSA",
    "DPA": "DPA", "BBC": "BBC", "CNN": "CNN", "Fox News": "Fox News", "MSNBC": "MSNBC",
    "NBC": "NBC", "CBS": "CBS", "ABC": "ABC", "NPR": "NPR", "PBS": "PBS",
    "Al Jazeera": "Al Jazeera", "White House": "White House", "Pentagon": "Pentagon",
    "Kremlin": "Kremlin", "Downing Street": "Downing Street", "Elysee": "Elysee",
    "Élysée": "Élysée", "State Department": "State Department", "FBI": "FBI", "CIA": "CIA",
    "NSA": "NSA", "DHS": "DHS", "EPA": "EPA", "NASA": "NASA", "FDA": "FDA", "IRS": "IRS",
    "DOJ": "Justice Department", "Justice Department": "Justice Department",
    "Congress": "Congress", "Senate": "Senate", "House": "House",
    "Supreme Court": "Supreme Court", "Federal Reserve": "Federal Reserve",
    "Fed": "Federal Reserve",
    "GOP": "Republican Party", "RNC": "Republican National Committee",
    "DNC": "Democratic National Committee", "Hamas": "Hamas", "Hezbollah": "Hezbollah",
    "Taliban": "Taliban", "Islamic State": "Islamic State", "ISIS": "Islamic State",
    "ISIL": "Islamic State", "Al Qaeda": "Al Qaeda", "al Qaeda": "Al Qaeda",
    "al-Qaeda": "Al Qaeda", "Al-Qaeda": "Al Qaeda", "PLO": "PLO", "IRA": "IRA",
    "Sinn Fein": "Sinn Fein", "Politburo": "Politburo", "Bundesbank": "Bundesbank",
    "Bundestag": "Bundestag", "Duma": "Duma", "Knesset": "Knesset",
    "Microsoft": "Microsoft", "Apple": "Apple", "Google": "Google", "Facebook": "Facebook",
    "Twitter": "Twitter", "Amazon": "Amazon", "Boeing": "Boeing", "Airbus": "Airbus",
    "Toyota": "Toyota", "Samsung": "Samsung", "Sony": "Sony", "Gazprom": "Gazprom",
    "Morgan Stanley": "Morgan Stanley", "JPMorgan Chase": "JPMorgan Chase",
    "JPMorgan": "JPMorgan", "Merrill Lynch": "Merrill Lynch", "Citigroup": "Citigroup",
    "Bank of America": "Bank of America", "ExxonMobil": "ExxonMobil",
    "Exxon Mobil": "ExxonMobil", "General Motors": "General Motors",
    "Walmart": "Walmart", "Wal-Mart": "Walmart", "Volkswagen": "Volkswagen",
    # well-known firms, funds and brands with a person's name, which no context in a
    # sentence tells from one ("fees from Goldman Sachs")
    "Goldman Sachs": "Goldman Sachs", "Lehman Brothers": "Lehman Brothers",
    "Charles Schwab": "Charles Schwab", "Dow Jones": "Dow Jones",
    "Bain Capital": "Bain Capital", "Berkshire Hathaway": "Berkshire Hathaway",
    "Fannie Mae": "Fannie Mae", "Freddie Mac": "Freddie Mac", "Sallie Mae": "Sallie Mae",
    "Ralph Lauren": "Ralph Lauren", "Calvin Klein": "Calvin Klein",
    "Tommy Hilfiger": "Tommy Hilfiger", "Louis Vuitton": "Louis Vuitton",
    "Christian Dior": "Christian Dior", "Estée Lauder": "Estée Lauder",
    "Estee Lauder": "Estée Lauder", "Walt Disney": "Walt Disney",
    "Warner Bros": "Warner Bros.", "Warner Bros.": "Warner Bros.",
    "Harley-Davidson": "Harley-Davidson", "Hewlett-Packard": "Hewlett-Packard",
    "Colgate-Palmolive": "Colgate-Palmolive", "Ernst & Young": "Ernst & Young",
    "Procter & Gamble": "Procter & Gamble", "Marks & Spencer": "Marks & Spencer",
    "Planned Parenthood": "Planned Parenthood",
    "Salomon Brothers": "Salomon Brothers", "Smith Barney": "Smith Barney",
    "Dean Witter": "Dean Witter", "Dean Witter Reynolds": "Dean Witter Reynolds",
    "Morgan Grenfell": "Morgan Grenfell", "Bear Stearns": "Bear Stearns",
    "Kidder Peabody": "Kidder Peabody", "Hoare Govett": "Hoare Govett",
    "Jardine Fleming": "Jardine Fleming", "Kleinwort Benson": "Kleinwort Benson",
    "Lazard Freres": "Lazard Frères", "Lazard Frères": "Lazard Frères",
    "Paine Webber": "PaineWebber", "PaineWebber": "PaineWebber",
    "Shearson Lehman": "Shearson Lehman", "Drexel Burnham": "Drexel Burnham Lambert",
    "Drexel Burnham Lambert": "Drexel Burnham Lambert", "Dillon Read": "Dillon Read",
    "Panmure Gordon": "Panmure Gordon", "Brown Brothers Harriman": "Brown Brothers Harriman",
    "Barclays de Zoete Wedd": "Barclays de Zoete Wedd",
    # parliaments known by their own language's name
    "Storting": "Storting", "Stortinget": "Storting", "Folketing": "Folketing",
    "Folketinget": "Folketing", "Riksdag": "Riksdag", "Riksdagen": "Riksdag",
    "Eduskunta": "Eduskunta", "Althing": "Althing", "Alþingi": "Althing",
    "Oireachtas": "Oireachtas", "Dáil": "Dáil", "Seanad": "Seanad", "Sejm": "Sejm",
    "Seimas": "Seimas", "Saeima": "Saeima", "Riigikogu": "Riigikogu",
    "Verkhovna Rada": "Verkhovna Rada", "Lok Sabha": "Lok Sabha", "Rajya Sabha": "Rajya Sabha",
    "Jatiya Sangsad": "Jatiya Sangsad", "Bundesrat": "Bundesrat", "Nationalrat": "Nationalrat",
    "Dewan Rakyat": "Dewan Rakyat", "Loya Jirga": "Loya Jirga", "Pyithu Hluttaw": "Pyithu Hluttaw",
    "Mazhilis": "Mazhilis", "Jogorku Kenesh": "Jogorku Kenesh", "Milli Majlis": "Milli Majlis",
    "Skupština": "Skupština", "Skupstina": "Skupština", "Sabor": "Sabor",
    "Sobranie": "Sobranie",
}
