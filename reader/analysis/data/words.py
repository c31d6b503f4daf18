"""Word lists for the entity finders, written here from general knowledge of English news.

TITLES come before a name and are not part of it ("Maj. Gen. Patrick Ryder");
ROLE_NOUNS are lower-case job words that announce a name ("spokesperson Matthew Miller",
"striker Alan Shearer"); NOT_NAME are capitalised words that never start or end a
person's name (days, months, function words at the start of a sentence).
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
    "Ayatollah": "male", "Grand": None, "Crown": None, "Supreme": None, "Former": None,
    "Sens.": None, "Reps.": None, "Pres.": None, "Atty.": None, "Supt.": None, "Insp.": None,
    "Msgr.": "male", "Fr.": "male", "Hon.": None, "Dep.": None, "Spokesman": "male",
    "Spokeswoman": "female", "Spokesperson": None, "Envoy": None, "Ald.": None,
    "Minority": None, "Majority": None, "Whip": None, "Prosecutor": None, "Counsel": None,
    "Sheriff": None, "Nominee": None, "Candidate": None, "Emperor": "male",
    "Empress": "female", "Duke": "male", "Duchess": "female", "Earl": "male", "Baron": "male",
    "Baroness": "female", "Count": "male", "Countess": "female", "Secretary-General": None,
    "Foreign": None, "Defense": None, "Defence": None, "Interior": None, "Finance": None,
    "Trade": None, "Prime": None, "First": None, "State": None, "Home": None, "Health": None,
    "Economy": None, "Energy": None, "Education": None, "Labor": None,
    "Labour": None, "Agriculture": None, "Transport": None, "Unification": None,
    "Treasury": None, "Executive": None, "Managing": None, "Press": None,
    "Senior": None, "Assistant": None, "Associate": None, "Under": None, "Undersecretary": None,
    "Lawmaker": None, "MP": None, "Dictator": None, "Strongman": None,
    "Manager": None, "Skipper": None, "Striker": None, "Goalkeeper": None, "Defender": None,
    "Midfielder": None, "Forward": None,
    "Sheikha": "female",
}

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
quarterback outfielder infielder catcher shortstop rider driver cyclist jockey trainer
champion titleholder holder seed player international teammate team-mate partner boxer
challenger golfer swimmer sprinter runner jumper thrower skier skater wrestler
veteran newcomer rookie substitute sub rival opponent compatriot countryman countrywoman
winner runner-up finalist semi-finalist novelist author writer poet singer actor actress
artist director producer composer columnist correspondent reporter editor journalist
anchor host commentator founder owner chief executive ceo cfo chairman investor banker
trader strategist broker dealer professor researcher scientist historian doctor surgeon
physician nurse priest pastor bishop cardinal rabbi imam cleric activist campaigner
organiser organizer candidate nominee challenger incumbent hopeful contender frontrunner
front-runner strategist pollster operative consultant staffer counselor counsellor
husband wife son daughter brother sister father mother uncle aunt cousin nephew niece
widow widower girlfriend boyfriend fiance fiancee colleague friend
""")

# Capitalised words that are never part of a person's name.
NOT_NAME = _words("""
The A An And But Or Nor For So Yet If Then When While Where Why How What Who Whom Whose Which
This That These Those There Here It Its It's He She We They You I Me Him Her Us Them His Hers
Our Their Your My Mine In On At To From By With Without Of Off Out Over Under Up Down Into
Onto About Above Below After Before During Since Until Till Through Throughout Against Among
Between Beyond Despite Except Inside Outside Near Per Via As Than Like Unlike Upon Within
Also Just Only Even Still Now Then Today Tomorrow Yesterday Tonight Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March April May June July August September
October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu
Fri Sat Sun Not No Yes All Any Some Many Much Most More Less Few Several Each Every Both
Either Neither Other Another Such One Two Three Four Five Six Seven Eight Nine Ten First
Second Third Last Next New Old Former Late Early Is Are Was Were Be Been Being Has Have Had
Do Does Did Will Would Shall Should Can Could May Might Must Said Says Say Told Asked Added
Mr Mrs Ms Dr Sir Madam According However Meanwhile Although Though Because Instead Indeed
Still Already Perhaps Maybe Please Thanks Thank Well Oh Ah Hey Let Let's Get Got Make Made
Take Took See Saw Go Went Come Came Know Knew Think Thought Want Look Looking Read Watch
Why Where Whether Once Twice Again Ever Never Always Often Sometimes Soon Later Earlier
Total Results Result Standings Scores Score Group Division Table Pool Round Final Finals
Semifinal Semifinals Quarterfinal Quarterfinals Match Matches Game Games Race Stage Leg
Half Note Notes Update Updates Report Reports Source Sources Reuters Newsroom Correction
Photo Video Watch Related Read More Breaking News Editor Editors Statement Statements
Christmas Easter Ramadan Olympics Olympic World Cup Championship Championships League
North South East West Northern Southern Eastern Western Central Upper Lower Greater
Republican Republicans Democrat Democrats Democratic GOP Conservative Conservatives Labour
Labor Liberal Liberals Communist Communists Socialist Socialists Green Greens Party
God Lord Jesus Christ Allah Internet Web Twitter Facebook Google Instagram YouTube TV
Street Road Avenue Square Park Stadium Arena Hall Airport Hotel Bridge River Island Islands
Mountain Mountains Sea Ocean Gulf Bay Lake Valley Hill Hills Coast Beach Station Centre
Center Building Tower Palace Castle Church Cathedral Mosque Temple Hospital School College
University Institute Museum Library Theatre Theater Club United City County State States
Province Region District Republic Kingdom Empire Union Federation Council Committee
Commission Ministry Department Agency Office Bureau Service Services Court Army Navy
Force Forces Guard Police Bank Fund Group Company Corp Corporation Inc Ltd Co Holdings
Association Organisation Organization Foundation Trust Authority Board Parliament Congress
Senate House Assembly Cabinet Government Administration Embassy Consulate Mission
Times Post Journal Herald Tribune Daily Weekly Gazette Magazine Press Television Radio
Airlines Airways Motors Systems Technologies Energy Oil Petroleum Gas Electric Power
Exchange Market Markets Index Stock Stocks Shares Bonds Dollar Dollars Euro Euros Yen
Grand Prix Open Masters Trophy Prize Award Awards Tour Series Festival Summit Conference
Act Bill Law Treaty Agreement Accord Pact Plan Program Programme Project Initiative
Day Week Month Year Years Decade Century Era Age Time Times Hour Minute
Mrs Miss Gen Maj Col Lt Capt Sgt Gov Sen Rep Prof Rev St Jr Sr Ltd Ave Blvd
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
Commissariat Secretariat Directorate Command Corps Brigade Battalion Regiment Division
Campaign Center Centre Alliance Coalition Front Movement Council Caucus Network
Reserve Treasury Pentagon Kremlin Bundesbank Bundestag Duma Knesset Diet
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
    "Reuters": "Reuters", "AP": "Associated Press", "Associated Press": "Associated Press",
    "AFP": "Agence France-Presse", "Agence France-Presse": "Agence France-Presse",
    "Yonhap": "Yonhap", "Xinhua": "Xinhua", "KCNA": "KCNA", "Tass": "Tass", "TASS": "Tass",
    "Itar-Tass": "Itar-Tass", "ITAR-TASS": "Itar-Tass", "Interfax": "Interfax",
    "RIA Novosti": "RIA Novosti", "Kyodo": "Kyodo", "Bloomberg": "Bloomberg", "ANSA": "ANSA",
    "DPA": "DPA", "BBC": "BBC", "CNN": "CNN", "Fox News": "Fox News", "MSNBC": "MSNBC",
    "NBC": "NBC", "CBS": "CBS", "ABC": "ABC", "NPR": "NPR", "PBS": "PBS",
    "Al Jazeera": "Al Jazeera", "White House": "White House", "Pentagon": "Pentagon",
    "Kremlin": "Kremlin", "State Department": "State Department", "FBI": "FBI", "CIA": "CIA",
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
}
