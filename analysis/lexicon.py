"""Word lists of the genre: reporting verbs, narration verbs, titles, groups, countries.

Kept as data, apart from the rules that use them, so that they can be reviewed and
extended without touching the attribution logic.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "SPEECH_VERBS",
    "NARRATION_VERBS",
    "PHRASAL_CUES",
    "HAD_DISCUSSION",
    "HAD_MEETING",
    "TITLE_WORDS",
    "GROUP_NOUNS",
    "GROUP_PLURALS",
    "COUNTRIES",
    "DEMONYMS",
    "ORG_WORDS",
    "NON_NAME_WORDS",
    "inflections",
    "speech_verb_forms",
    "narration_verb_forms",
    "country_of",
]

# Reporting and stance verbs (base forms). A sentence whose subject does one of these
# is that subject's statement.
SPEECH_VERBS = """
say add note stress underscore underline emphasize emphasise reaffirm reiterate affirm
welcome express urge pledge vow hope discuss agree condemn congratulate state tell announce
explain highlight acknowledge recognize recognise commend praise thank appreciate assure
confirm propose suggest warn insist maintain argue believe expect wish regret deplore
denounce criticize criticise reject oppose support encourage invite request ask raise
review exchange share convey renew commit recall describe brief update outline
remark comment declare assert claim predict promise accept applaud laud hail concur voice
offer extend mention indicate signal reflect consult agree look call reassure caution
advocate stand cite point recommend seek demand deny question respond reply answer
honor honour salute lament value pay
write tweet testify report quip joke recount reveal admit concede allege complain boast
contend counter retort estimate dispute accuse blame criticize defend slam blast warn insist
reinforce relay resolve inquire enquire intend solicit talk endorse inform direct instruct
tout credit detail explore preview communicate echo task decide finalise finalize uplift evaluate assess identify
articulate elaborate understand know respect challenge consider
""".split()

# Speech verbs that also take "re-" ("reemphasized", "restated", "reconfirmed"); not
# "present", "sign" or "view", whose re- forms are other verbs.
_AGAIN_VERBS = """
emphasize emphasise state confirm commit assert assure stress express iterate underscore
underline highlight extend convey pledge invite welcome
""".split()

# Verbs whose subject acts rather than speaks: who met whom, travel, logistics.
NARRATION_VERBS = """
meet visit host travel arrive depart attend receive join participate sign witness lead
hold speak convene chair tour lay present present visit accompany return begin end take
make go come leave fly land head launch open close inaugurate deliver release publish issue
listen celebrate mourn observe stop drop follow engage kick hear
""".split()

# Multi-word cues that are speech acts although their verb alone is not.
PHRASAL_CUES = [
    "exchanged views", "exchange views", "exchanges views", "exchanging views",
    "expressed willingness", "expressed readiness", "expressed hope", "expressed concern",
    "expressed support", "expressed appreciation", "expressed gratitude", "called for",
    "called on", "calls for", "calls on", "call on", "calling for", "called upon", "calls upon", "call upon", "pointed out", "points out",
    "looked forward", "looks forward", "look forward", "stood ready", "stands ready",
    "spoke about", "spoke of", "spoke on", "paid tribute", "took note", "takes note",
    "made clear", "makes clear", "reached consensus", "reached agreement", "reached an understanding",
    "reached a common understanding", "established the mutual understanding",
    "established a mutual understanding", "established a shared understanding", "had an exchange",
    "took stock", "take stock", "takes stock", "observed that", "observes that", "noted with",
    "provided an update", "provided updates", "provided details", "provided more details",
    "provided further details", "provides an update", "gave an update",
    "gave updates", "offered an update", "shared an update", "provided a readout",
    "had a good exchange", "had a productive exchange", "had a discussion", "had discussions",
    "held discussions", "had a candid", "had a frank", "had a substantive", "had a constructive",
    "had a warm", "had a good discussion", "had a productive discussion",
    "laid out", "lays out", "set out", "sets out", "spelled out", "spelt out",
    "talked about", "talks about", "talk about",
    "coordinated on", "coordinate on", "coordinates on", "explored ways", "explore ways",
    "explored opportunities", "explored avenues", "explored the possibility",
    "explore the possibility", "explored possibilities", "presented on", "spoke to how",
    "spoke to the importance", "spoke to the need", "spoke to why", "spoke to what",
    "spoke at length about", "spoke at length on", "talked at length about",
    "continued discussions", "continue discussions", "continued their discussions",
    "continued the discussion", "continued their discussion", "referred to", "refers to",
    "put forward", "puts forward", "focused on", "focuses on",
    "conferred on", "conferred about", "confer on", "confer about",
    "have every confidence", "has every confidence", "had every confidence",
    "called out", "calls out", "call out", "made the case", "makes the case", "make the case",
    "made a clear case", "made a strong case", "made a compelling case", "makes a strong case",
    "made it clear", "makes it clear", "make it clear",
    "called attention", "calls attention", "call attention", "drew attention", "draws attention", "draw attention",
    "looked ahead", "looks ahead", "look ahead", "observed how", "observes how",
    "sounded the alarm", "sounds the alarm", "raised the alarm", "raises the alarm",
    "issued a statement", "issues a statement", "released a statement", "releases a statement",
]

# "had an audience with the Sultan", "held a bilateral meeting", "had lunch": narration
HAD_MEETING = re.compile(
    r"^(?:had|have|has|held|holds)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:audience|meetings?|calls?|lunch|dinner|breakfast|talks|visit|tea|session)\b"
)

# "had a productive discussion", "held fruitful discussions", "had a useful exchange of views"
# ("engaged the labor leaders in a conversation about ...": the object between)
HAD_DISCUSSION = re.compile(
    r"^(?:(?:had|have|has|held|holds|engaged\s+in|engages\s+in|engage\s+in|continued|advanced)\s+"
    r"(?:an?\s+|our\s+|their\s+|the\s+)?(?:(?:[\w-]+|,|and)\s+){0,7}?"
    r"|(?:engaged|engages|engage)\s+(?:[\w'-]+\s+){1,7}?in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    # "SBA made two landmark announcements about ...": announcing, with a light verb
    r"|(?:made|makes|make)\s+(?:an?\s+|several\s+|two\s+|three\s+|a\s+number\s+of\s+)?(?:[\w-]+\s+(?:,\s+)?){0,3}?"
    r"(?=(?:announcements?|commitments?|pledges?)\b))"
    r"(?:exchanges?|discussions?|dicussions?|discusions?|conversations?|dialogues?|consultations?|announcements?"
    r"|(?<=made )commitments?|(?<=new )commitments?|(?<=voluntary )commitments?|(?<=major )commitments?"
    r"|(?<=made )pledges?|(?<=new )pledges?"
    # "held constructive talks with ...": talks of a stated quality are a discussion (bare "held
    # talks" is a meeting, HAD_MEETING)
    r"|(?<=constructive )talks|(?<=productive )talks|(?<=candid )talks|(?<=frank )talks"
    r"|(?<=substantive )talks|(?<=fruitful )talks|(?<=in-depth )talks|(?<=wide-ranging )talks)\b"
)

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "know": ("knows", "knew", "knowing"),
    "hear": ("hears", "heard", "hearing"),
    "tell": ("tells", "told", "telling"),
    "hold": ("holds", "held", "holding"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "meet": ("meets", "met", "meeting"),
    "lead": ("leads", "led", "leading"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taking", "taken"),
    "go": ("goes", "went", "going", "gone"),
    "come": ("comes", "came", "coming"),
    "leave": ("leaves", "left", "leaving"),
    "fly": ("flies", "flew", "flying", "flown"),
    "begin": ("begins", "began", "beginning", "begun"),
    "seek": ("seeks", "sought", "seeking"),
    "stand": ("stands", "stood", "standing"),
    "pay": ("pays", "paid", "paying"),
    "deny": ("denies", "denied", "denying"),
    "reply": ("replies", "replied", "replying"),
    "write": ("writes", "wrote", "writing", "written"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "prioritize": ("prioritizes", "prioritized", "prioritizing"),
}
_DOUBLE_FINAL = {"commit", "regret", "admit", "submit", "permit", "refer", "prefer", "occur",
                 "stop", "drop", "plan", "quip", "slam", "chat", "jot", "step", "ship", "concur"}


def inflections(base: str) -> tuple[str, ...]:
    """The base form and its -s, past and -ing forms (regular English morphology)."""
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms = (base + "s", base + "d", base[:-1] + "ing")
    elif base.endswith("ee"):
        forms = (base + "s", base + "d", base + "ing")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms = (base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms = (base + "es", base + "ed", base + "ing")
    elif base in _DOUBLE_FINAL:
        forms = (base + "s", base + base[-1] + "ed", base + base[-1] + "ing")
    else:
        forms = (base + "s", base + "ed", base + "ing")
    return (base, *forms)


# Past participles that differ from the past tense cannot be a finite verb on their own
# ("The written statements", "spoken remarks").
_PARTICIPLES = frozenset({"written", "spoken", "taken", "gone", "flown", "begun"})


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    forms = {f for v in SPEECH_VERBS for f in inflections(v)}
    # "re-emphasized", "reemphasized", "restated": the verb said again
    forms |= {"re" + f for v in _AGAIN_VERBS for f in inflections(v)}
    return frozenset(forms) - _PARTICIPLES


@lru_cache(maxsize=1)
def narration_verb_forms() -> frozenset[str]:
    return frozenset(f for v in NARRATION_VERBS for f in inflections(v)) - _PARTICIPLES


# Words that make up official titles ("Minister for Foreign Affairs", "Vice President").
TITLE_WORDS = frozenset("""
President Vice Prime Minister Ministers Foreign Affairs Secretary Secretary-General State
Deputy Senior General Coordinating Defence Defense Finance Trade Industry Home Law Health
Education Social Policies National Security Advisor Adviser Ambassador Special Envoy Chief
Executive Director Director-General Commissioner High Representative Chancellor Crown Prince
Princess King Queen Sultan Emir Amir Sheikh Sheikha Premier Chairman Chairwoman Chair
Chairperson Speaker Leader Governor Mayor Senator Congressman Congresswoman Assistant Under
Undersecretary Under-Secretary
Counsel Counselor Counsellor Associate Principal Press Spokesperson Spokesman Spokeswoman Permanent Attorney Treasury
Commerce Transportation Transport Energy Homeland Agriculture Labor Labour Interior Veterans
Environment Sustainability Manpower Culture Community Youth Digital Development
Communications Information Economic Parliamentary Acting First Second Lady Gentleman
Majority Minority Whip Vice-President Vice-Chair Deputy-Secretary Cabinet Head Heads Lord
Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Mdm Madam Prof Prof. Professor His Her Excellency Majesty
Highness Royal Honourable Honorable Hon Hon. Sir Dame Rev Reverend Pope Cardinal Archbishop
Bishop Imam Ayatollah Supreme Grand Duke Duchess Field Marshal Admiral Colonel Lieutenant
Captain Major Gen. Lt. Col. Sen. Rep. Gov. Amb. Justice Judge Officer Official Officials
Administrator Coordinator Council Committee Commission Delegation Mission Ambassador-at-Large
Resident Coordinator Member Members Political Bureau Central Standing Party Communist
External Relations Europe European Union Cooperation International Justice Public Service
Manpower Mission Chargé d'Affaires Consul Consul-General Honorary Non-Resident Emeritus
Governor-General Taoiseach Tánaiste Chief-of-Staff Staff Joint Chiefs Of Navy Army Air Force
Armed Forces Commander Commander-in-Chief Intelligence Science Technology Innovation Climate
Water Resources Maritime Port Ports Fisheries Tourism Sports Sport Women Family Families Change
Implementation
Reporter Correspondent Columnist Anchor Commentator
Children Planning Investment Budget Infrastructure Housing Urban Rural Land Lands Mines
Mining Petroleum Oil Gas Power Electricity Telecommunications Post Media Arts Heritage
Religious Indigenous Peoples Human Rights Relations Multilateral Bilateral Regional
Economics Policy Strategic Cyber Emerging Homeland Global Partnerships Programs Operations
Legislative Intergovernmental Public Engagement Affairs Gender Domestic Advisor-designate
PM DPM SM SMS FM MOS SMOS NSA APNSA PDNSA DNSA DG SecState CEO CE Chargé Envoy-designate Ambassador-designate
Neighbourhood Neighborhood Enlargement Migration Refugees Humanitarian Crisis Management
Competition Consumer Markets Internal Cohesion Reforms Crisis Preparedness Values Transparency
Green Deal Industrial Strategy Trade Tax Customs Mobility Partnerships Neighbours Aid
Services Human Veterans Affairs Housing Urban Labor
""".split())

GROUP_NOUNS = frozenset("""
sides leaders ministers presidents delegations parties countries nations counterparts
officials heads governments chancellors premiers secretaries teams two both participants
prime foreign leader minister delegation
""".split())

# Plural nouns that make a subject a group of people ("The co-chairs", "Agencies",
# "White House officials", "The National Security Advisors").
GROUP_PLURALS = frozenset("""
sides leaders ministers presidents delegations parties countries nations counterparts
officials heads governments chancellors premiers secretaries teams participants members
co-chairs cochairs chairs delegates representatives legislators advocates experts negotiators
agencies senators lawmakers envoys ambassadors advisors advisers partners governors mayors
attendees speakers panelists panellists stakeholders allies states economies kings princes
foreign-ministers ministries departments attorneys diplomats clergy
""".split())

# Common names of states, with the adjectives (demonyms) that point to them.
_COUNTRY_TABLE = """
Afghanistan|Afghan;Albania|Albanian;Algeria|Algerian;Andorra|Andorran;Angola|Angolan;
Argentina|Argentine,Argentinian;Armenia|Armenian;Australia|Australian;Austria|Austrian;
Azerbaijan|Azerbaijani;Bahamas|Bahamian;Bahrain|Bahraini;Bangladesh|Bangladeshi;
Barbados|Barbadian;Belarus|Belarusian;Belgium|Belgian;Belize|Belizean;Benin|Beninese;
Bhutan|Bhutanese;Bolivia|Bolivian;Bosnia and Herzegovina|Bosnian;Botswana|Botswanan;
Brazil|Brazilian;Brunei|Bruneian;Bulgaria|Bulgarian;Burkina Faso|Burkinabe;Burundi|Burundian;
Cambodia|Cambodian;Cameroon|Cameroonian;Canada|Canadian;Cape Verde|Cape Verdean;
Chad|Chadian;Chile|Chilean;China|Chinese;Colombia|Colombian;Comoros|Comoran;Congo|Congolese;
Costa Rica|Costa Rican;Croatia|Croatian;Cuba|Cuban;Cyprus|Cypriot;Czech Republic|Czech;
Czechia|Czech;Denmark|Danish;Djibouti|Djiboutian;Dominican Republic|Dominican;
Ecuador|Ecuadorian;Egypt|Egyptian;El Salvador|Salvadoran;Estonia|Estonian;Eswatini|Swazi;
Ethiopia|Ethiopian;Fiji|Fijian;Finland|Finnish;France|French;Gabon|Gabonese;Gambia|Gambian;
Georgia|Georgian;Germany|German;Ghana|Ghanaian;Greece|Greek;Guatemala|Guatemalan;
Guinea|Guinean;Guyana|Guyanese;Haiti|Haitian;Honduras|Honduran;Hungary|Hungarian;
Iceland|Icelandic;India|Indian;Indonesia|Indonesian;Iran|Iranian;Iraq|Iraqi;Ireland|Irish;
Israel|Israeli;Italy|Italian;Jamaica|Jamaican;Japan|Japanese;Jordan|Jordanian;
Kazakhstan|Kazakh,Kazakhstani;Kenya|Kenyan;Kuwait|Kuwaiti;Kyrgyzstan|Kyrgyz;Laos|Lao,Laotian;
Latvia|Latvian;Lebanon|Lebanese;Liberia|Liberian;Libya|Libyan;Liechtenstein|Liechtensteiner;
Lithuania|Lithuanian;Luxembourg|Luxembourgish;Madagascar|Malagasy;Malawi|Malawian;
Malaysia|Malaysian;Maldives|Maldivian;Mali|Malian;Malta|Maltese;Mauritania|Mauritanian;
Mauritius|Mauritian;Mexico|Mexican;Moldova|Moldovan;Monaco|Monegasque;Mongolia|Mongolian;
Montenegro|Montenegrin;Morocco|Moroccan;Mozambique|Mozambican;Myanmar|Myanmarese;
Namibia|Namibian;Nepal|Nepalese,Nepali;Netherlands|Dutch;New Zealand|New Zealand;
Nicaragua|Nicaraguan;Niger|Nigerien;Nigeria|Nigerian;North Korea|North Korean;
North Macedonia|Macedonian;Norway|Norwegian;Oman|Omani;Pakistan|Pakistani;Palau|Palauan;
Palestine|Palestinian;Panama|Panamanian;Papua New Guinea|Papua New Guinean;
Paraguay|Paraguayan;Peru|Peruvian;Philippines|Filipino,Philippine;Poland|Polish;
Portugal|Portuguese;Qatar|Qatari;Romania|Romanian;Russia|Russian;Rwanda|Rwandan;
Saudi Arabia|Saudi,Saudi Arabian;Senegal|Senegalese;Serbia|Serbian;Seychelles|Seychellois;
Sierra Leone|Sierra Leonean;Singapore|Singaporean;Slovakia|Slovak;Slovenia|Slovenian;
Somalia|Somali;South Africa|South African;South Korea|South Korean,Korean;
South Sudan|South Sudanese;Spain|Spanish;Sri Lanka|Sri Lankan;Sudan|Sudanese;
Suriname|Surinamese;Sweden|Swedish;Switzerland|Swiss;Syria|Syrian;Taiwan|Taiwanese;
Tajikistan|Tajik;Tanzania|Tanzanian;Thailand|Thai;Timor-Leste|Timorese;Togo|Togolese;
Tonga|Tongan;Trinidad and Tobago|Trinidadian;Tunisia|Tunisian;Turkey|Turkish;Türkiye|Turkish;
Turkmenistan|Turkmen;Uganda|Ugandan;Ukraine|Ukrainian;United Arab Emirates|Emirati;
United Kingdom|British;United States|American,U.S.,US;Uruguay|Uruguayan;
Uzbekistan|Uzbek;Vanuatu|Vanuatuan;Venezuela|Venezuelan;Vietnam|Vietnamese;Viet Nam|Vietnamese;
Yemen|Yemeni;Zambia|Zambian;Zimbabwe|Zimbabwean;European Union|European,EU;
Republic of Korea|South Korean;Kosovo|Kosovar;Bosnia|Bosnian;Holy See|Vatican;
Antigua and Barbuda|Antiguan;Brunei Darussalam|Bruneian;Cabo Verde|Cabo Verdean;
Central African Republic|Central African;Côte d’Ivoire|Ivorian;Côte d'Ivoire|Ivorian;
Equatorial Guinea|Equatoguinean;Eritrea|Eritrean;Grenada|Grenadian;Guinea-Bissau|Bissau-Guinean;
Kiribati|I-Kiribati;Lao People’s Democratic Republic|Lao;Lesotho|Basotho;Dominica|Dominican;
Democratic Republic of the Congo|Congolese;Libya|Libyan;
Marshall Islands|Marshallese;Micronesia|Micronesian;Nauru|Nauruan;
Saint Kitts and Nevis|Kittitian;Saint Lucia|Saint Lucian;
Saint Vincent and the Grenadines|Vincentian;Samoa|Samoan;San Marino|Sammarinese;
Sao Tome and Principe|Santomean;Solomon Islands|Solomon Islander;
Syrian Arab Republic|Syrian;Tuvalu|Tuvaluan;
Côte d'Ivoire|Ivorian;Ivory Coast|Ivorian;Hong Kong|Hong Kong;Korea|Korean
"""

COUNTRIES: dict[str, str] = {}
DEMONYMS: dict[str, str] = {}
for _entry in _COUNTRY_TABLE.replace("\n", "").split(";"):
    _name, _, _adjs = _entry.partition("|")
    _name = _name.strip()
    if not _name:
        continue
    COUNTRIES.setdefault(_name.lower(), _name)
    for _adj in _adjs.split(","):
        if _adj.strip() and _adj.strip().lower() not in DEMONYMS:
            DEMONYMS[_adj.strip().lower()] = _name
# Other ways the genre names states.
_ALIASES = {
    "the united states": "United States", "u.s.": "United States", "us": "United States",
    "the us": "United States", "usa": "United States", "america": "United States",
    "the united states of america": "United States", "uk": "United Kingdom",
    "the uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom", "rok": "South Korea", "the rok": "South Korea",
    "s. korea": "South Korea", "dprk": "North Korea", "the dprk": "North Korea",
    "prc": "China", "the prc": "China", "the philippines": "Philippines",
    "the netherlands": "Netherlands", "the uae": "United Arab Emirates", "uae": "United Arab Emirates",
    "the eu": "European Union", "eu": "European Union", "the european union": "European Union",
    "the russian federation": "Russia", "russian federation": "Russia",
    "people's republic of china": "China", "the people's republic of china": "China",
    "the republic of korea": "South Korea", "the gambia": "Gambia",
}
COUNTRIES.update(_ALIASES)

# Words that make a capitalised subject an organization rather than a person.
ORG_WORDS = frozenset("""
ministry government department office council union nations organization organisation
administration embassy commission committee agency secretariat parliament congress senate
house assembly bureau cabinet court bank fund forum alliance association party ministries
presidency kremlin pentagon side delegation team asean nato g7 g20 quad who imf opec
services centers centres institutes force taskforce panel institute institution institutions foundation
university coalition center centre network
""".split())



def country_of(phrase: str) -> str | None:
    """The state a phrase names or qualifies: 'Chinese' -> China, 'the U.S.' -> United States."""
    key = phrase.strip().lower()
    if key in COUNTRIES:
        return COUNTRIES[key]
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key.startswith("the ") and key[4:] in COUNTRIES:
        return COUNTRIES[key[4:]]
    formal = _FORMAL_STATE.match(key)
    if formal:  # "the State of Qatar", "the Republic of Singapore", "the Kingdom of Saudi Arabia"
        return COUNTRIES.get(formal.group(1))
    return None


# The formal name of a state around its common name.
_FORMAL_STATE = re.compile(
    r"(?:the\s+)?(?:(?:federal|democratic|socialist|islamic|arab|people['’]s|cooperative|plurinational|"
    r"bolivarian|hashemite|independent|oriental|united|federated)\s+)*"
    r"(?:state|republic|kingdom|commonwealth|federation|sultanate|principality|grand\s+duchy|emirate)"
    r"\s+of\s+(?:the\s+)?(.+)")


# Capitalised words that never end a person's name ("Digital Economy Partnership Agreement").
NON_NAME_WORDS = frozenset("""
agreement partnership treaty summit meeting forum group council committee conference dialogue
initiative act plan program programme strategy framework declaration statement day week year
games house office ministry department bank fund peninsula sea ocean island islands university
institute centre center room building palace embassy agency commission
corporation company association organization organisation union alliance party parliament
congress senate assembly court hospital school college foundation network project mission
festival award prize centre airport station valley mountain desert gulf
strait canal region province state county city district capital republic kingdom empire
war crisis pandemic agenda vision charter convention protocol accord pact memorandum
understanding cooperation development affairs security economy trade relations exchange
communique communiqué text caption credit credits photo photos transcript remarks readout
visit visits trip tour call calls order orders budget letter report guidance guidelines
club solutions health travel capital ventures partners motors systems technologies labs services
inc llc corp corporation america times post journal tribune herald gazette
energy power electric solar airlines pharmaceuticals therapeutics communications media insurance
funeral funerals panel response preparedness ceremony reception banquet luncheon dinner parade
consensus medal medals fellowship fellowships personnel typhoon hurricane cyclone storm earthquake
tsunami conservation identity
caucus guard campaign speech speeches debate debates rally rallies
""".split())
