# ruff: noqa: E501  (a data table: one country per line, however long)
"""Countries: ISO 3166-1 alpha-2 code, names, demonyms and capitals, written here as facts.

Origin: names and codes follow ISO 3166-1 (cross-checked against the MIT-licensed `iso3166`
package, 3.0.0); the common short forms, former names, demonyms and capitals are general
knowledge written by hand. One line per country:

    CODE|display name;other names...|demonyms...|capitals standing for the government...

Names are matched case-sensitively as written (and in upper case inside ALL-CAPS lines).
"""

from __future__ import annotations

TABLE = """\
AF|Afghanistan;Islamic Republic of Afghanistan|Afghan;Afghans|Kabul
AL|Albania;Republic of Albania|Albanian;Albanians|Tirana
DZ|Algeria;People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
AD|Andorra|Andorran|
AO|Angola;Republic of Angola|Angolan;Angolans|Luanda
AG|Antigua and Barbuda;Antigua|Antiguan|
AR|Argentina;Argentine Republic|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
AM|Armenia;Republic of Armenia|Armenian;Armenians|Yerevan
AU|Australia;Commonwealth of Australia|Australian;Australians;Aussie;Aussies|Canberra
AT|Austria;Republic of Austria|Austrian;Austrians|Vienna
AZ|Azerbaijan;Republic of Azerbaijan|Azerbaijani;Azeri;Azerbaijanis;Azeris|Baku
BS|Bahamas;The Bahamas|Bahamian;Bahamians|Nassau
BH|Bahrain;Kingdom of Bahrain|Bahraini;Bahrainis|Manama
BD|Bangladesh;People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BB|Barbados|Barbadian;Bajan|
BY|Belarus;Republic of Belarus;Byelorussia|Belarusian;Belarussian;Byelorussian;Belarusians|Minsk
BE|Belgium;Kingdom of Belgium|Belgian;Belgians|
BZ|Belize|Belizean|Belmopan
BJ|Benin;Republic of Benin|Beninese|Porto-Novo
BT|Bhutan;Kingdom of Bhutan|Bhutanese|Thimphu
BO|Bolivia;Plurinational State of Bolivia|Bolivian;Bolivians|La Paz;Sucre
BA|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BW|Botswana;Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
BR|Brazil;Federative Republic of Brazil|Brazilian;Brazilians|Brasilia;Brasília
BN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
BG|Bulgaria;Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
BF|Burkina Faso|Burkinabe|Ouagadougou
BI|Burundi;Republic of Burundi|Burundian;Burundians|Bujumbura;Gitega
CV|Cabo Verde;Cape Verde|Cape Verdean|Praia
KH|Cambodia;Kingdom of Cambodia|Cambodian;Cambodians|Phnom Penh
CM|Cameroon;Republic of Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CA|Canada|Canadian;Canadians|Ottawa
CF|Central African Republic|Central African|Bangui
TD|Chad;Republic of Chad|Chadian;Chadians|N'Djamena
CL|Chile;Republic of Chile|Chilean;Chileans|Santiago
CN|China;People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing;Peking
CO|Colombia;Republic of Colombia|Colombian;Colombians|Bogota;Bogotá
KM|Comoros;Union of the Comoros|Comoran;Comorian|Moroni
CG|Congo;Republic of the Congo;Congo-Brazzaville;Congo Republic|Congolese|Brazzaville
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Zaire||Kinshasa
CR|Costa Rica;Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CI|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro
HR|Croatia;Republic of Croatia|Croatian;Croat;Croatians;Croats|Zagreb
CU|Cuba;Republic of Cuba|Cuban;Cubans|Havana
CY|Cyprus;Republic of Cyprus|Cypriot;Cypriots|Nicosia
CZ|Czech Republic;Czechia|Czech;Czechs|Prague
DK|Denmark;Kingdom of Denmark|Danish;Dane;Danes|Copenhagen
DJ|Djibouti|Djiboutian|
DM|Dominica;Commonwealth of Dominica||
DO|Dominican Republic|Dominican;Dominicans|Santo Domingo
EC|Ecuador;Republic of Ecuador|Ecuadorian;Ecuadorean;Ecuadorians|Quito
EG|Egypt;Arab Republic of Egypt|Egyptian;Egyptians|Cairo
SV|El Salvador;Republic of El Salvador|Salvadoran;Salvadorean;Salvadorans|San Salvador
GQ|Equatorial Guinea|Equatoguinean|Malabo
ER|Eritrea;State of Eritrea|Eritrean;Eritreans|Asmara
EE|Estonia;Republic of Estonia|Estonian;Estonians|Tallinn
SZ|Eswatini;Swaziland|Swazi;Swazis|Mbabane
ET|Ethiopia;Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJ|Fiji;Republic of Fiji|Fijian;Fijians|Suva
FI|Finland;Republic of Finland|Finnish;Finn;Finns|Helsinki
FR|France;French Republic|French;Frenchman;Frenchmen|Paris
GA|Gabon;Gabonese Republic|Gabonese|Libreville
GM|Gambia;The Gambia|Gambian;Gambians|Banjul
GE|Georgia|Georgian;Georgians|Tbilisi
DE|Germany;Federal Republic of Germany;West Germany;East Germany|German;Germans|Berlin;Bonn
GH|Ghana;Republic of Ghana|Ghanaian;Ghanaians|Accra
GR|Greece;Hellenic Republic;Grexit|Greek;Greeks|Athens
GD|Grenada|Grenadian|
GT|Guatemala;Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
GN|Guinea;Republic of Guinea|Guinean;Guineans|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau
GY|Guyana|Guyanese|Georgetown
HT|Haiti;Republic of Haiti|Haitian;Haitians|Port-au-Prince
VA|Vatican;Holy See;Vatican City|Vatican|
HN|Honduras;Republic of Honduras|Honduran;Hondurans|Tegucigalpa
HK|Hong Kong||
HU|Hungary|Hungarian;Hungarians|Budapest
IS|Iceland|Icelandic;Icelander;Icelanders|Reykjavik
IN|India;Republic of India|Indian;Indians|New Delhi
ID|Indonesia;Republic of Indonesia|Indonesian;Indonesians|Jakarta
IR|Iran;Islamic Republic of Iran;Islamic Republic;Persia|Iranian;Iranians|Tehran
IQ|Iraq;Republic of Iraq|Iraqi;Iraqis|Baghdad
IE|Ireland;Republic of Ireland;Irish Republic;Eire|Irish;Irishman|Dublin
IL|Israel;State of Israel|Israeli;Israelis|Jerusalem
IT|Italy;Italian Republic|Italian;Italians|Rome
JM|Jamaica|Jamaican;Jamaicans|Kingston
JP|Japan|Japanese|Tokyo
JO|Jordan;Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KZ|Kazakhstan;Republic of Kazakhstan|Kazakh;Kazakhstani;Kazakhs|Astana;Almaty
KE|Kenya;Republic of Kenya|Kenyan;Kenyans|Nairobi
KI|Kiribati|I-Kiribati|
KP|North Korea;Democratic People's Republic of Korea;DPRK;D.P.R.K.;N. Korea|North Korean;North Koreans|Pyongyang
KR|South Korea;Republic of Korea;ROK;S. Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul
XK|Kosovo;Republic of Kosovo|Kosovar;Kosovan;Kosovars|Pristina
KW|Kuwait;State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KG|Kyrgyzstan;Kyrgyz Republic;Kirghizia|Kyrgyz;Kirghiz|Bishkek
LA|Laos;Lao People's Democratic Republic|Laotian;Lao|Vientiane
LV|Latvia;Republic of Latvia|Latvian;Latvians|Riga
LB|Lebanon;Lebanese Republic|Lebanese|Beirut
LS|Lesotho;Kingdom of Lesotho|Basotho;Mosotho|Maseru
LR|Liberia;Republic of Liberia|Liberian;Liberians|Monrovia
LY|Libya;State of Libya|Libyan;Libyans|Tripoli
LI|Liechtenstein;Principality of Liechtenstein|Liechtensteiner|Vaduz
LT|Lithuania;Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
LU|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|
MO|Macao;Macau||
MG|Madagascar;Republic of Madagascar|Malagasy|Antananarivo
MW|Malawi;Republic of Malawi|Malawian;Malawians|Lilongwe
MY|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MV|Maldives;Republic of Maldives|Maldivian;Maldivians|
ML|Mali;Republic of Mali|Malian;Malians|Bamako
MT|Malta;Republic of Malta|Maltese|Valletta
MH|Marshall Islands;Republic of the Marshall Islands|Marshallese|Majuro
MR|Mauritania;Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
MU|Mauritius;Republic of Mauritius|Mauritian;Mauritians|Port Louis
MX|Mexico;United Mexican States|Mexican;Mexicans|Mexico City
FM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MD|Moldova;Republic of Moldova;Moldavia|Moldovan;Moldovans|Chisinau;Kishinev
MC|Monaco;Principality of Monaco|Monegasque|
MN|Mongolia|Mongolian;Mongolians|Ulan Bator;Ulaanbaatar
ME|Montenegro|Montenegrin;Montenegrins|Podgorica
MA|Morocco;Kingdom of Morocco|Moroccan;Moroccans|Rabat
MZ|Mozambique;Republic of Mozambique|Mozambican;Mozambicans|Maputo
MM|Myanmar;Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw;Yangon;Rangoon
NA|Namibia;Republic of Namibia|Namibian;Namibians|Windhoek
NR|Nauru|Nauruan|
NP|Nepal|Nepalese;Nepali|Kathmandu
NL|Netherlands;The Netherlands;Holland;Kingdom of the Netherlands|Dutch;Dutchman|Amsterdam;The Hague
NZ|New Zealand|New Zealander;New Zealanders;Kiwi;Kiwis|Wellington
NI|Nicaragua;Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
NE|Niger;Republic of the Niger|Nigerien;Nigeriens|Niamey
NG|Nigeria;Federal Republic of Nigeria|Nigerian;Nigerians|Abuja;Lagos
MK|North Macedonia;Macedonia;Former Yugoslav Republic of Macedonia;FYROM|Macedonian;Macedonians|Skopje
NO|Norway;Kingdom of Norway|Norwegian;Norwegians|Oslo
OM|Oman;Sultanate of Oman|Omani;Omanis|Muscat
PK|Pakistan;Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
PW|Palau|Palauan|
PS|Palestine;State of Palestine;Palestinian Territories;West Bank;Gaza Strip;Gaza|Palestinian;Palestinians|Ramallah
PA|Panama;Republic of Panama|Panamanian;Panamanians|Panama City
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay;Republic of Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PE|Peru;Republic of Peru|Peruvian;Peruvians|Lima
PH|Philippines;Republic of the Philippines;The Philippines|Filipino;Philippine;Filipinos;Filipina;Filipinas|Manila
PL|Poland;Republic of Poland|Polish;Pole;Poles|Warsaw
PT|Portugal;Portuguese Republic|Portuguese|Lisbon
PR|Puerto Rico|Puerto Rican;Puerto Ricans|San Juan
QA|Qatar;State of Qatar|Qatari;Qataris|Doha
RO|Romania|Romanian;Romanians|Bucharest
RU|Russia;Russian Federation;Soviet Union;USSR;U.S.S.R.|Russian;Russians;Soviet|Moscow
RW|Rwanda;Republic of Rwanda;Rwandese Republic|Rwandan;Rwandans;Rwandese|Kigali
KN|Saint Kitts and Nevis;St Kitts and Nevis;St. Kitts and Nevis|Kittitian|Basseterre
LC|Saint Lucia;St Lucia;St. Lucia|Saint Lucian|Castries
VC|Saint Vincent and the Grenadines;St Vincent|Vincentian|Kingstown
WS|Samoa;Western Samoa|Samoan;Samoans|Apia
SM|San Marino|Sammarinese|
ST|Sao Tome and Principe;São Tomé and Príncipe|Santomean|
SA|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudis;Saudi Arabian|Riyadh
SN|Senegal;Republic of Senegal|Senegalese|Dakar
RS|Serbia;Republic of Serbia;Yugoslavia;Federal Republic of Yugoslavia;Serbia and Montenegro|Serbian;Serb;Serbs;Yugoslav;Serbians;Yugoslavs|Belgrade
SC|Seychelles|Seychellois|
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore;Republic of Singapore|Singaporean;Singaporeans|
SK|Slovakia;Slovak Republic|Slovak;Slovaks|Bratislava
SI|Slovenia;Republic of Slovenia|Slovenian;Slovene;Slovenes;Slovenians|Ljubljana
SB|Solomon Islands|Solomon Islander|Honiara
SO|Somalia;Federal Republic of Somalia|Somali;Somalis|Mogadishu
ZA|South Africa;Republic of South Africa|South African;South Africans|Pretoria;Cape Town
SS|South Sudan;Republic of South Sudan|South Sudanese|Juba
ES|Spain;Kingdom of Spain|Spanish;Spaniard;Spaniards|Madrid
LK|Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Colombo
SD|Sudan;Republic of the Sudan|Sudanese|Khartoum
SR|Suriname;Surinam|Surinamese|Paramaribo
SE|Sweden;Kingdom of Sweden|Swedish;Swede;Swedes|Stockholm
CH|Switzerland;Swiss Confederation|Swiss|Bern;Berne
SY|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TW|Taiwan;Republic of China|Taiwanese|Taipei
TJ|Tajikistan;Republic of Tajikistan|Tajik;Tajiks;Tajikistani|Dushanbe
TZ|Tanzania;United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
TH|Thailand;Kingdom of Thailand|Thai;Thais|Bangkok
TL|Timor-Leste;East Timor|Timorese;East Timorese|Dili
TG|Togo;Togolese Republic|Togolese|Lome;Lomé
TO|Tonga;Kingdom of Tonga|Tongan;Tongans|Nuku'alofa
TT|Trinidad and Tobago;Trinidad|Trinidadian;Tobagonian|Port of Spain
TN|Tunisia;Republic of Tunisia|Tunisian;Tunisians|Tunis
TR|Turkey;Türkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
TV|Tuvalu|Tuvaluan|
UG|Uganda;Republic of Uganda|Ugandan;Ugandans|Kampala
UA|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
AE|United Arab Emirates;UAE;U.A.E.|Emirati;Emiratis|Abu Dhabi
GB|United Kingdom;Britain;Great Britain;UK;U.K.;United Kingdom of Great Britain and Northern Ireland;England;Scotland;Wales;Northern Ireland;Brexit|British;Briton;Britons;Brits;Scottish;Scot;Scots;Welsh;Brexiteer;Brexiteers;Brexiter;Brexiters|London;Whitehall
US|United States;United States of America;U.S.;US;USA;U.S.A.;America;U.S.A|American;Americans|Washington
UY|Uruguay;Oriental Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
UZ|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbeks|Tashkent
VU|Vanuatu|Ni-Vanuatu|Port Vila
VE|Venezuela;Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
VN|Vietnam;Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
YE|Yemen;Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZM|Zambia;Republic of Zambia|Zambian;Zambians|Lusaka
ZW|Zimbabwe;Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
AS|American Samoa||
AI|Anguilla||
AW|Aruba||
BM|Bermuda|Bermudian|
KY|Cayman Islands||
CK|Cook Islands||
CW|Curaçao;Curacao||
FK|Falkland Islands;Falklands;Malvinas||
FO|Faroe Islands;Faroes;Faeroe Islands|Faroese|
GF|French Guiana||
PF|French Polynesia;Tahiti||
GI|Gibraltar||
GL|Greenland|Greenlandic|
GP|Guadeloupe||
GU|Guam||
IM|Isle of Man||
MQ|Martinique||
NC|New Caledonia||
MP|Northern Mariana Islands||
RE|Réunion;Reunion||
VG|British Virgin Islands||
VI|U.S. Virgin Islands;US Virgin Islands||
EH|Western Sahara||
AQ|Antarctica||
AX|Åland Islands;Aland Islands||
MS|Montserrat||
YT|Mayotte||
NU|Niue||
TK|Tokelau||
TC|Turks and Caicos Islands||
SH|Saint Helena;St Helena||
PM|Saint Pierre and Miquelon||
SX|Sint Maarten||
NF|Norfolk Island||
JE|Jersey;Bailiwick of Jersey||
GG|Guernsey;Bailiwick of Guernsey||
CX|Christmas Island||
CC|Cocos Islands;Keeling Islands||
PN|Pitcairn Islands||
BL|Saint Barthélemy;Saint Barthelemy;St Barts||
WF|Wallis and Futuna||
SJ|Svalbard and Jan Mayen;Svalbard||
BQ|Bonaire;Caribbean Netherlands||
IO|British Indian Ocean Territory;Chagos Islands||
TF|French Southern Territories||
UM|United States Minor Outlying Islands||
HM|Heard Island and McDonald Islands||
GS|South Georgia and the South Sandwich Islands||
BV|Bouvet Island||
"""

# Country names that are as often something else: kept only when the context says country.
AMBIGUOUS_NAMES = frozenset({
    "Georgia", "Jordan", "Chad", "Turkey", "Niger", "Guinea", "Chile", "Israel", "Jersey",
    "America", "Dominica", "Mali", "Cuba", "Panama", "Wales", "Korea", "Congo", "Holland",
})

# Country names that are also given names, less often than those above: a person's only
# before a word that is a surname or given name too ("Kenya Wanjiru", "India Rao").
GIVEN_NAME_COUNTRIES = frozenset({"Kenya", "India"})

# Capitals that are also common people's or places' names elsewhere: they stand for a
# government only when the words around them say so.
AMBIGUOUS_CAPITALS = frozenset({
    "Washington", "Kingston", "Santiago", "Lima", "Sofia", "Victoria", "Georgetown",
    "Wellington", "San Jose", "San José", "San Juan", "Dublin", "Athens", "Paris", "London",
    "Lagos", "Tripoli", "Colombo", "Jerusalem", "Rome", "Moroni", "Bern", "Berne", "Bonn",
    "Nassau", "Copenhagen", "Vienna", "Geneva", "Brussels", "Stockholm", "Oslo", "Helsinki",
    "Madrid", "Lisbon", "Prague", "Warsaw", "Budapest", "Berlin", "Tokyo", "Beijing", "Seoul",
    "Doha", "Havana", "Manila", "Bangkok", "Nairobi", "Cairo",
})

# Known bodies (words.KNOWN_ORGS) that are the seat of a government and stand for it, as
# a capital does: "the White House said" refers to the United States (general knowledge).
GOVERNMENT_SEATS = {
    "White House": "US", "Pentagon": "US", "Kremlin": "RU", "Downing Street": "GB",
    "Elysee": "FR", "Élysée": "FR",
}

# The two Congos share "Congo" and "Congolese": places and names of one of them decide
# which an article is about (general knowledge: the Democratic Republic's provinces and
# big cities; the Republic's capital and port).
CONGO_CUES = {
    "CD": ("Kinshasa", "Goma", "Bukavu", "Lubumbashi", "Kisangani", "Kivu", "Ituri",
           "Katanga", "Kasai", "Mbuji-Mayi", "Kananga"),
    "CG": ("Brazzaville", "Pointe-Noire"),
}

# Places and groups whose names contain a country's name or demonym but are not that
# country: matched first, longest, so "Latin America" never counts as the United States.
NOT_COUNTRIES = """
Latin America;South America;North America;Central America;Americas;Latin American;
South American;North American;Central American;African American;African-American;
Native American;Asian American;Asian-American;American Indian;American Indians;
West Indian;West Indians;West Indies;East Indies;Indian Country;Indian Affairs;
Indian tribe;Indian tribes;Indian reservation;Indian reservations;Indian summer;
Russian roulette;Russian doll;Russian dolls;French fries;French toast;French horn;
Swiss cheese;Danish pastry;Turkish delight;Turkish bath;Chinese checkers;Chinese whispers;
Mexican standoff;Dutch courage;Spanish flu;Greek yogurt;German shepherd;Irish coffee;
English muffin;Scotch whisky;New Mexico;New South Wales;New England;New Guinea;West Virginia;
Indian Ocean;Indian Wells;
British Columbia;British Open;
Guinea pig;Turkey Point;Jordan Valley;
New Jersey;Jersey City;Jersey Shore;Jersey shore;Jersey cow;Jersey cows;Jersey cattle;
Guernsey cow;Guernsey cows;Guernsey cattle;

Washington state;Washington State;
Washington Monument;

Roman Catholic;Holy Roman;Dutch Reformed;
French Open;German Open;Australian Open;US Open;U.S. Open;
Canadian Open;Italian Open;Spanish Open;Japan Open;China Open;Qatar Open;Dubai Open;
Chinese Taipei;Russian Orthodox;Greek Orthodox;Turkish Cypriot;Turkish Cypriots;
Greek Cypriot;Greek Cypriots;English Channel;Irish Sea;Persian Gulf;Arabian Sea;
South China Sea;East China Sea;Mexico City;Panama City;Panama Canal;Kuwait City;
Guatemala City;Quebec City;Gold Coast;Brussels;Korean War;Korean Peninsula;Korean peninsula;
Inner Mongolia;East Azerbaijan;West Azerbaijan;Central Macedonia;Western Macedonia;Eastern Macedonia;
Chinese New Year;Brazil nut;Brazil nuts;Panama hat;Panama hats;Moscow mule;Peking duck;
Afghan hound;Afghan hounds;Swiss Army knife;Swiss army knife;Mexican wave;Belgian waffle;
Belgian waffles;Turkish coffee;Singapore sling;Japanese knotweed;Norway spruce;German measles;
Persian cat;Persian cats;French kiss;Dutch auction;Chinese lantern;Chinese lanterns;
Irish setter;Spanish omelette;Canadian bacon;Scotch egg;Jerusalem artichoke;Hong Kong flu
"""


# Bodies, clubs, companies and newspapers named after a country, a demonym or a capital:
# names of organisations (lexicon.py reads them with KNOWN_ORGS), so that "Real Madrid" is
# a club and never Spain's capital (general knowledge).
NAMED_AFTER_COUNTRIES = (
    "American League", "American Express", "American Airlines", "British Airways",
    "British Petroleum", "Georgia Tech", "Washington Post", "Washington Times",
    "Washington Examiner", "Washington Redskins", "Washington Nationals",
    "Washington Wizards", "Washington Capitals", "Washington Free Beacon",
    "Paris Saint-Germain", "Paris St Germain", "Real Madrid", "Atletico Madrid",
    "Moscow Dynamo", "Dynamo Moscow", "Spartak Moscow", "CSKA Moscow", "Lokomotiv Moscow",
    "Torpedo Moscow", "Irish Republican Army", "Indian Premier League",
)
