"""Who said what: speaker attribution for reported speech without quotation marks.

The genre reports speech in a handful of constructions, each handled here:

* subject first: ``Wang said that ...``, ``For his part, Park congratulated ...``,
  ``The two sides exchanged views ...``, ``China and South Korea on Sunday reaffirmed ...``
* reporting clause after the content: ``..., he added.``, ``..., said Wang.``,
  ``Noting that ..., Park said ...``
* ``According to X, ...``
* transcripts with turn labels (``MS. JEAN-PIERRE:``, ``Q``, ``MODERATOR:``)

Subjects are resolved within a document: pronouns to the last speaker ("he" ->
``Wang Yi``), surnames and role nouns to the full name introduced earlier ("Wang" ->
``Wang Yi``, "the Vice President" -> ``Kamala Harris``), plural subjects to groups
with their members, states and bodies to organizations. Sentences whose subject only
meets, visits or hosts somebody are narration.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from .segment import split_sentences
from .lexicon import (
    GROUP_NOUNS,
    GROUP_PLURALS,
    HAD_DISCUSSION,
    HAD_MEETING,
    NARRATION_VERBS,
    NON_NAME_WORDS,
    ORG_WORDS,
    PHRASAL_CUES,
    SPEECH_VERBS,
    TITLE_WORDS,
    country_of,
    inflections,
    narration_verb_forms,
    speech_verb_forms,
)

__all__ = [
    "Attribution",
    "Person",
    "SpeakerKind",
    "DocumentAttributor",
    "find_turn_label",
    "speaker_from_label",
]

SpeakerKind = Literal["person", "group", "organization", "none"]


@dataclass(frozen=True)
class Attribution:
    """The speaker of one sentence.

    ``frame`` lists ``(start, end)`` spans of the sentence that belong to the
    attribution ("Wang said that", ", he added") rather than to what was said.
    """

    speaker: str = ""
    kind: SpeakerKind = "none"
    cue: str = ""
    members: tuple[str, ...] = ()
    role: str = ""
    affiliation: str = ""
    frame: tuple[tuple[int, int], ...] = ()
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


@dataclass
class Person:
    """A person named in a document."""

    name: str
    role: str = ""
    affiliation: str = ""
    aliases: set[str] = field(default_factory=set)
    honorific: str = ""


_TOKEN = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"  # U.S., a.m.
    r"|(?:Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Amb|Prof|Mdm|No|Messrs|H\.E)\."
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial
    r"|Dato['’](?:\s+S(?:e)?ri)?(?=\s+[A-Z])|Datuk(?:\s+S(?:e)?ri)?(?=\s+[A-Z])"  # Malay honorifics
    r"|[A-Z]{2,}[A-Z0-9]*\+(?!\w)"  # "LGBTQ+", "LGBTQI+": one word
    r"|[A-Z]+&[A-Z]+\b"  # "AT&T", "P&G": one word
    r"|[A-Za-zÀ-ÿ][\w'’\-\u2010\u2011]*\w|[A-Za-zÀ-ÿ]|\d+[A-Z][A-Z0-9]*\b|\d+(?:st|nd|rd|th)\b|\d[\d,.]*\d|\d"
    r"|[^\w\s]"
)
# Title words that only modify a title ("Global Engagement Coordinator", "Water Resources
# Minister"): without a head noun beside them they make no title.
_TITLE_MODIFIERS = frozenset("""
global water climate science technology innovation digital cyber emerging strategic regional
bilateral multilateral international public engagement domestic economic economics policy
partnerships programs operations infrastructure housing urban rural land lands mines mining
petroleum oil gas power electricity telecommunications post media arts heritage religious
indigenous peoples human rights relations tourism sports sport women family families children
planning investment budget resources maritime port ports fisheries sustainability environment
culture community youth communications information social policies education health change
implementation
""".split())
_UNNAMED_PLURAL = re.compile(r"the(?: [a-z-]+)* [a-z-]+[^s\W]s")  # "the international financial institutions"
_REGIONS = {"africa", "europe", "asia", "latin america", "south america", "north america", "central america",
            "the caribbean", "caribbean", "oceania", "the pacific", "the middle east", "middle east",
            "southeast asia", "south asia", "central asia", "the sahel", "sahel", "the arab world"}
# "We seek to ...", "Even though X accounts for 0.1% of emissions, we want to ...": "we" as the
# subject at the start or after the first comma, then its verb.
_WE_SUBJECT = re.compile(r"^(?:[^,]{0,150},\s+)?(?P<we>[Ww]e)\s+(?:(?:also|still|all|further|therefore|now|"
                         r"certainly|firmly|strongly|will|would|can|could|should|must|shall|may|need to|"
                         r"continue to|have|had|(?:are|were)(?=\s+(?:(?:also|already|now|still|actively)\s+)*"
                         r"[a-z]+(?:ing|ed)\b)|already|actively)\s+)*(?P<verb>[a-z]+)\b")
# A name that starts with a digit: "the 3G" (Global Governance Group), "P5", "5G" (not "2023", "10th")
_DIGIT_NAME = re.compile(r"\d+[A-Z][A-Z0-9]*\Z").match
_PRESENTED = {"initiatives", "initiative", "proposals", "proposal", "plan", "plans", "ideas", "findings",
              "recommendations", "options", "vision", "overview", "assessment", "priorities", "perspectives",
              "views", "strategy", "roadmap", "framework"}
# "They will intensify cooperation ...", "Both countries will explore avenues ...", "The United
# States and United Kingdom will work together ...": the parties' commitment, said with "will"
# (not "They will meet again next week", an event).
WILL_COMMIT = re.compile(
    r"^(?:[A-Z][^,]{0,40},\s+)?(?P<subject>[Tt]hey|[Bb]oth (?:countries|sides)|[Tt]he two (?:countries|sides)|"
    r"(?:[Tt]he )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} and (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s+(?P<will>will)\s+"
    r"(?:also\s+|jointly\s+|further\s+)?(?P<verb>intensify|explore|build|work|strengthen|deepen|expand|enhance|"
    r"cooperate|collaborate|play|promote|pursue|advance|step up|seek)\b(?!.*\b(?:tomorrow|next|later|"
    r"coming (?:days|weeks|months)|visit|meet|launch|host|hold)\b)")
_LET_ME = re.compile(r"(?:[^,;:“”\"]{0,60},\s+)?(?:[Aa]llow|[Ll]et) (?P<me>me)(?: to)?"
                     r"(?: (?:first|also|now|again|once again|briefly|therefore))? (?P<verb>[a-z]+)\b")
# "(would like to / allow me to) conclude by thanking ...": the speech act is the "by" phrase
_REPORTS = {"report", "study", "analysis", "paper", "brief", "assessment", "review", "toolkit", "playbook"}
_AUTHORED_NOUNS = ("report", "toolkit", "playbook")  # (whose author a later "The report ..." speaks for)
_REPORT_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_AUTHORED_NOUNS))
_SHORT_NAME_LAST = re.compile(r"^\(([A-Z][A-Za-z&.]{1,12})\)$")  # "... Development (USAID)"
_REPORT_FROM = re.compile(r"[^.;]{0,160}?\b(?:from|by)\s+")  # "report on X from the Council"
_ORG_CONNECTORS = {"of", "for", "and", "on", "the"}


def _org_words(words: list[str], *, forward: bool) -> str:
    """The capitalised name at the start (``forward``) or end of ``words``: "the President's
    Council of Advisers on Science and Technology", "Department of Education"."""
    seq = words if forward else list(reversed(words))
    kept: list[str] = []
    for word in seq:
        bare = word.strip(".,;:()“”\"")
        if not bare:
            break
        if bare[:1].isupper() or bare in _ORG_CONNECTORS and (kept or forward and bare == "the"):
            kept.append(bare)
            if forward and word.endswith((",", ";", ".", ")")):
                break
        else:
            break
    while kept and kept[-1] in _ORG_CONNECTORS:
        kept.pop()
    if kept == ["the"]:
        return ""
    if not forward:
        kept.reverse()
        while kept and kept[0].lower() in _ORG_CONNECTORS - {"the"}:
            kept.pop(0)
    name = " ".join(kept)
    return re.sub(r"['’]s$", "", name)
_KIN_PLURALS = frozenset({"families", "parents", "kids", "children", "veterans", "survivors"})
_ACRONYM_TITLE = re.compile(r"([A-Z]{2,6})\s+([A-Z][a-z][\w'’-]*)")  # "SRSG Patten", "NSA Sullivan"
_WHY_OPENERS = {"that's", "that’s", "that", "this", "which"}
# The pronoun an honorific implies
_GENDERED = {"mrs": "she", "ms": "she", "mdm": "she", "madam": "she", "miss": "she", "dame": "she", "lady": "she",
             "mr": "he", "sir": "he", "lord": "he"}
# Endings of common nouns that a title word may precede ("Special Session"), never one-word names
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ities", "ness", "ship", "ism")
_NOT_NAME_STARTS = {"let", "allow", "all", "our", "my", "we", "this", "these", "those", "thank", "please"}
# Words of a roster's heading, never of a name ("Officials In Attendance Included:")
_NOT_NAME_WORDS = {"included", "include", "includes", "including", "attendance", "attendees", "participants",
                   "present", "participating"}
_TAKE_OPPORTUNITY = re.compile(r"\s+(?:this|the)\s+opportunity\s+to\s+(?P<verb>[a-z]+)\b")  # ("Let me take ...")
_FRAMING_BASE = {"conclude", "close", "end", "begin", "start", "open"}
_BY_ING = re.compile(r"\s+(?:my\s+(?:remarks|statement)\s+)?by\s+(?:once\s+again\s+)?(?P<verb>[a-z]+ing)\b")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\Z").match  # "The 18th JCBC meeting"
_INNER_HONORIFICS = {"sheikh", "shaikh", "sheikha", "tun", "haji", "hajah", "sayyid", "syed"}
_DEFINED_ABBREVIATION = re.compile(r"\b((?:[A-Z][\w’'&.-]*\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?){1,7}?"
                                   r"[A-Z][\w’'&.-]*)\s*\(((?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8})\)")
_WE_OUR = re.compile(r"\b(?:we|our|We|Our)\b")
_UNNAMED_BODY = re.compile(r"[Tt]he(?: [a-z-]+){1,3}")  # "The private sector (and the Administration)"
_MID_CAP = re.compile(r"(?<=[\w,;:)] )[A-ZÀ-Ý][\w'’\-]*")  # a capitalised word after another word
_PLAIN_TOKEN = re.compile(r"[A-Z]+&[A-Z]+\b|[A-Z]{2,}[A-Z0-9]*\+(?!\w)|[A-Za-zÀ-ÿ][\w'’\-\u2010\u2011]*\w|[A-Za-zÀ-ÿ]|\d+[A-Z][A-Z0-9]*\b|\d+(?:st|nd|rd|th)\b"
                          r"|\d[\d,.]*\d|\d|[^\w\s]")
# A sentence-final abbreviation that _TOKEN keeps whole ("... Joseph R. Biden, Jr.", "U.S.")
_DOTTED_END = re.compile(r"(?:\b[A-Za-z]|\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Amb|Prof|Mdm|No|Messrs))\.$")
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "we": "we", "i": "i"}
_CONNECTORS = {"of", "for", "the", "and", "de", "da", "del", "van", "von", "der", "den", "bin", "binti",
               "al", "el", "la", "le", "di", "du", "dos", "das", "ibn", "y", "der", "den"}
_NAME_PARTICLES = {"de", "da", "del", "van", "von", "bin", "binti", "al", "el", "la", "le",
                   "di", "du", "dos", "das", "ibn", "y", "der", "den"}
_STATE_WORDS = {"democratic", "socialist", "republic", "people's", "peoples", "federal",
                "kingdom", "islamic", "united", "states", "arab", "emirates", "federated",
                "plurinational", "bolivarian", "cooperative", "state", "commonwealth",
                "principality", "sultanate", "grand", "duchy", "union", "of", "the"}
_TITLE_LOWER = {w.lower().rstrip(".") for w in TITLE_WORDS} | {
    "dato'", "dato' sri", "dato' seri", "datuk", "datuk sri", "datuk seri"}
_TITLE_LOWER |= {w + "-elect" for w in _TITLE_LOWER} | {w + "\u2011elect" for w in _TITLE_LOWER}  # "CE-elect Lee"
# People of some levels or sectors, the levels coordinated: "Federal and state officials", "state, local,
# and tribal leaders", "business and labor leaders" (one group, nobody named)
_LEVEL = (r"(?:federal|state|local|city|county|tribal|territorial|regional|national|provincial|municipal|senior|"
          r"junior|military|civilian|police|government|administration|congressional|elected|public|private|business|"
          r"labor|labour|industry|community|faith|civic|civil\s+society|health|education|security|campaign)")
_LEVEL_WORD = re.compile(_LEVEL)
_PEOPLE_OF_LEVELS = re.compile(r"(?:the\s+)?" + _LEVEL + r"(?:\s*,\s*" + _LEVEL + r")*,?\s+(?:and|or)\s+" + _LEVEL
                               + r"(?:\s+[a-z-]+){0,2}\s+[a-z-]+$")
# Words that may follow a name inside a capitalised run without being part of it ("Cruz himself")
_AFTER_A_NAME = frozenset({"himself", "herself", "itself", "themselves", "however", "never", "also", "only",
                           "last", "first", "soon", "now", "then", "again", "still", "already", "too", "though",
                           "instead", "meanwhile", "later", "earlier", "today", "yesterday", "recently",
                           "immediately", "once", "often", "alone", "together"})
# Title words that are also surnames, read as names after "Mr."/"Dr." ("Mr. King"; but "Mr. President",
# "Madam Speaker" are forms of address)
_SURNAME_TITLES = frozenset({"king", "bishop", "judge", "marshal", "major", "prince", "pope", "dean"})
_HONORIFICS = {"mr", "mrs", "ms", "dr", "mdm", "madam", "prof", "sir", "dame", "h.e", "his",
               "dato'", "dato' sri", "dato' seri", "datuk", "datuk sri", "datuk seri",
               "her", "excellency", "majesty", "highness", "hon", "honourable", "honorable"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_OPENING_ADVERBIALS = {
    "for", "in", "on", "at", "during", "after", "before", "also", "however", "meanwhile",
    "separately", "additionally", "furthermore", "moreover", "today", "later", "earlier",
    "while", "when", "as", "with", "throughout", "ahead", "prior", "following", "turning",
    "building", "and", "but", "finally", "lastly", "first", "second", "third", "then",
    "over", "under", "through", "since", "given", "regarding", "on", "amid", "despite",
    "likewise", "similarly", "again", "once", "here", "there", "overall", "specifically",
    "notably", "importantly", "further", "in", "yesterday", "tonight", "this", "last",
    "recalling", "welcoming", "noting", "stressing", "expressing", "reaffirming",
    "underscoring", "highlighting", "emphasizing", "recognizing", "acknowledging",
    "referring", "speaking", "looking", "responding", "commenting", "addressing", "citing",
    "to",  # "To this end, she raised ...", "To kick off the activities, ..."
    "against", "across", "among", "amongst", "within", "beyond", "besides", "unlike", "like", "together",
    "along", "towards", "toward", "around", "by", "from", "between", "upon", "alongside",
}
_ADVERBS = {
    "also", "further", "again", "jointly", "both", "then", "later", "today", "yesterday",
    "separately", "likewise", "similarly", "each", "all", "once", "too", "subsequently",
    "previously", "earlier", "additionally", "moreover", "meanwhile", "in", "turn",
    "particular", "together", "personally", "publicly", "repeatedly", "firmly", "strongly",
    "warmly", "fully", "recently", "briefly", "specifically", "had", "has", "have", "long",
    "on", "this", "week", "morning", "evening", "afternoon", "night", "at", "the", "meeting", "month",
    "thus", "hence", "therefore", "accordingly", "equally", "still", "now",
}
_BASE_FORMS = frozenset(SPEECH_VERBS)
_NARRATION_BASE = frozenset(NARRATION_VERBS)
# Plural subjects that stand for the parties of the meeting (their members are its principals).
_PRINCIPAL_GROUPS = GROUP_NOUNS | {"co-chairs", "cochairs", "chairs", "advisors", "advisers",
                                   "counterparts", "foreign-ministers"}
_NOT_SUBJECTS = {"it", "this", "these", "those", "there", "you", "here", "what", "one", "some",
                 "many", "several", "such", "our", "their", "his", "her", "its", "my", "your",
                 "no", "none", "any", "every", "other", "another", "more", "most"}
# Subjects that are the event or a thing, not a source: "The discussions reaffirmed the
# excellent relations", "The transfer of the vessels reflects ..." (narration).
# Gatherings that speak ("The Meeting reaffirmed") are groups, not events (_GATHERINGS).
_EVENT_HEADS = {"discussion", "discussions", "call", "calls",
                "visit", "visits", "transfer", "exchange", "exchanges", "conversation",
                "conversations", "consultations", "engagement", "engagements", "trip", "ceremony",
                "signing", "event", "events", "agreement", "agreements", "partnership",
                "cooperation", "relationship", "relations", "launch", "opening", "occasion",
                "deal", "arrangement", "arrangements", "memorandum", "mou", "mous", "programme",
                "program", "initiative", "project", "exercise", "tour", "lunch", "dinner"}
# Objects that make "share" a speech act: "share views", "shares the assessment that".
_SHARED_VIEWS = {"that", "view", "views", "perspective", "perspectives", "update", "updates",
                 "assessment", "assessments", "concern", "concerns", "thoughts", "insights",
                 "vision", "priorities", "ideas", "plans", "outlook", "readout", "reflections",
                 "hopes", "hope", "analysis", "opinion", "opinions", "position", "positions", "objective",
                 "objectives", "goal", "goals"}
# "provided an overview", "gave updates", "offered their ideas": speech; not "provided
# opening remarks" (an act without content) or "provided funding".
_GIVING = {"provided", "provides", "provide", "gave", "gives", "give", "offered", "offers"}
# what a speaker gives and a listener receives ("received an update from the negotiators")
_BRIEFINGS = {"overview", "overviews", "update", "updates", "briefing", "briefings", "readout", "presentation",
              "presentations", "assessment", "assessments"}
_GIVEN_SPEECH = {"information", "overview", "overviews", "update", "updates", "briefing", "briefings", "readout",
                 "assessment", "assessments", "ideas", "views", "perspectives", "perspective",
                 "insights", "recommendations", "feedback", "suggestions", "input",
                 "thoughts", "reflections", "observations", "analysis"}
# "Singapore will support ...": the verbs of a state's stated course
_COMMITTED = {"support", "contribute", "welcome", "remain", "stand", "seek", "press",
              "urge", "oppose", "reject", "help", "assist", "provide", "uphold", "defend"}
_STYLES = {"majesty", "highness", "excellency"}
# Abbreviated titles that are also names without their full stop ("Sen." / Hun Sen)
_DOTTED_TITLES = {"sen", "rep", "gov", "gen", "lt", "col", "amb", "hon", "rev"}
# Short titles of the genre, for a bare "SM" when the text named "Senior Minister Teo"
_ROLE_ABBREVIATIONS = {"pm": "prime minister", "dpm": "deputy prime minister", "sm": "senior minister",
                       "fm": "foreign minister", "sms": "senior minister of state",
                       "nsa": "national security advisor", "ce": "chief executive",
                       "mos": "minister of state", "smos": "senior minister of state",
                       "apnsa": "national security advisor", "dnsa": "deputy national security advisor",
                       "pdnsa": "principal deputy national security advisor", "dg": "director-general"}
_ADDRESSED = {"importance", "need", "issue", "issues", "concern", "concerns", "question", "threat",
              "threats", "impact", "challenge", "challenges", "situation", "state", "urgency"}
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|bin|ibn|ben|de|da|di|van|von|le|la)-[A-ZÀ-Ý]")
_MEETING_RE = re.compile(r"\b(?:met|meets|visited|hosted|received|engaged|called|joined)\b")
_LIGHT_VERBS = frozenset({"had", "have", "has", "held", "holds", "engaged", "engages", "engage",
                          "made", "makes", "make", "continued", "continues", "continue", "advanced"})
_WITH_ING = re.compile(r"\bwith (?:all|both|the|their|each|many) (?:\w+ ){0,3}\w+ing\b")
_BODIES = ("Ministry", "Ministries", "Department", "Agency", "Office", "Council", "Commission", "Government")
_HANDED_OVER = {"letter", "letters", "gift", "gifts", "package", "donation", "donations", "cheque",
                "check", "supplies", "vaccines", "doses", "credentials", "contribution", "copies", "copy",
                "instrument", "instruments"}
# A document with its author as the subject: "The President's Executive Order", "Secretary
# Cruz's letter to Congress", "the Department's report"
_AUTHORED = re.compile(r"^(?P<who>[^,;]+?)['’]s\s+\[?(?:[\w-]+\s+){0,3}?(?:Executive\s+Order|executive\s+order|"
                       r"[Ll]etter|op-ed|[Mm]emorandum|[Pp]roclamation|[Rr]eport|[Mm]essage)\b")
# The last word of a news outlet's name ("The Washington Post", "the Times", "The Associated Press")
_MEDIA_HEADS = frozenset({"post", "times", "journal", "press", "tribune", "herald", "gazette", "telegraph", "guardian",
                          "observer", "chronicle", "reuters", "bloomberg", "politico", "axios"})
# Somebody unnamed, by role: "A spokesman for the ministry", "An aide to Sanders", "One senior
# official"; someone's people: "Sanders’ aides", "Aides to Clinton"; and a share of people in a
# survey: "27% of respondents", "Six in 10", "About four in 10 voters"
_ROLE_HEADS = (r"spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|producer|reporter|analyst|diplomat|"
               r"source|staffer|strategist|lawyer|attorney|economist|officer|negotiator|envoy|lawmaker|senator|"
               r"representative|member|expert|insider|delegate|organizer|activist|voter|donor|resident|worker|person")
_PEOPLE_OF = r"aides|advisers|advisors|staffers|spokesmen|lawyers|attorneys|allies|supporters"
_SHARE_OF = (r"(?i:(?:(?:about|nearly|almost|roughly|more than|just)\s+)?(?:(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|"
             r"fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
             r"eighteen|nineteen)(?:-[a-z]+)?)\s?(?:%|percent|per\s+cent)"
             r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten|\d+)\b))")
_UNNAMED_ROLE = re.compile(r"^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?:" + _ROLE_HEADS + r")"
                           r"(?:\s+(?:(?:close|closest|familiar|loyal|briefed)\s+)?(?:for|to|of|at|with|from|in|on)\s+"
                           r".{2,60})?"
                           r"|(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:['’]s?)\s+(?:[\w-]+\s+)?"
                           r"(?P<plural>" + _PEOPLE_OF + r")"
                           r"|(?P<plural2>(?i:" + _PEOPLE_OF + r"))\s+(?:close\s+)?(?:to|of|for)\s+[A-Z].{1,40}"
                           r"|(?P<share>" + _SHARE_OF + r"(?:\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:respondents|voters|people|"
                           r"adults|Americans|Democrats|Republicans|independents|members|residents|workers|parents|"
                           r"those\s+surveyed))?))$")
_SHARE = re.compile(_SHARE_OF)  # (for _is_plural: "Six in 10 say", "47 percent say")
# The head words _UNNAMED_ROLE looks for (a cheap test before it)
_ROLE_HEAD_WORDS = frozenset(_ROLE_HEADS.split("|")) | frozenset(_PEOPLE_OF.split("|"))
# Who someone is, before their name in apposition: "Take It Down Act Advocate, Francesca Mani, said"
_ROLE_NOUNS = frozenset({"advocate", "survivor", "founder", "co-founder", "member", "student", "parent", "mother",
                         "father", "teacher", "worker", "owner", "activist", "expert", "professor", "officer", "ceo",
                         "executive", "organizer", "volunteer", "nurse", "doctor", "farmer", "veteran"})
# An administration named after its leaders: "the Biden-Harris Administration"
_ADMINISTRATION = re.compile(r"\b(?P<name>(?P<names>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+Administration)\b")
# A label before a quotation: "Governor Lamont of Connecticut: “It can't be overstated ..."
# Present-tense verbs after a plural subject and a participle ("The actions announced include ...")
_MAIN_VERBS_AFTER_PARTICIPLE = {"include", "represent", "reflect", "complement", "demonstrate", "bring", "total",
                                "provide", "make", "advance", "deliver", "expand", "strengthen", "underscore", "follow",
                                "join", "add", "build"}
# Reporting verbs that are also plural nouns ("tenant advocates", "public comments")
_NOUN_OR_VERB = {"advocates", "comments", "remarks", "reports", "notes", "statements", "calls", "concerns",
                 "questions", "responses", "proposals", "pledges", "warnings", "appeals", "requests"}
# Opening clauses whose subject a following "he"/"she" refers to
_OPENING_SUBORDINATORS = frozenset({"when", "after", "while", "before", "once", "since", "although", "though", "upon"})
# Occasions named after a person ("the State Funeral of Prime Minister X", "the State Visit of President Y")
_OCCASIONS = {"funeral", "funerals", "visit", "visits", "ceremony", "reception", "banquet", "luncheon", "dinner",
              "inauguration", "investiture", "coronation", "memorial", "commemoration"}
# Diseases, which "underscore" and "highlight" things without saying them
_DISEASES = {"covid-19", "covid", "sars", "sars-cov-2", "mers", "ebola", "zika", "mpox", "h1n1", "h5n1", "hiv", "aids",
             "hiv/aids", "omicron", "delta"}
# The lower-case words a label before a quotation may hold ("Governor Lamont of Connecticut",
# "DTE Energy President and CEO Jerry Norcia")
_LABEL_CONNECTORS = {"and", "of", "for", "the", "on", "at", "in", "to", "de", "da", "del", "van", "von", "bin",
                     "binti", "al", "el", "&", "-", "–"}
_QUOTE_LABEL = re.compile(r"^\s*(?:\*\*|[*_])?(?P<label>[A-Z][^:“”\"\n*_]{2,240}?)(?:\*\*|[*_])?\s*:?\s*(?:\*\*|[*_])?\s*[“\"]")
# A plural with postposed adjectives: "companies large and small"
_POSTPOSED = re.compile(r"^(.*\S)\s+(?:large|big|old|young|public|private)\s+(?:and|&)\s+(?:small|young|old|private|public)$")
# A body named "<Capitalised> for <Capitalised ...>": "Doctors for America", "Moms for Liberty"
_NAMED_FOR = re.compile(r"^(?:[Tt]he\s+)?[A-Z][a-z]+\s+for\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the))*$")
# A state, city or county as a body: "The State of Maine", "the City of Detroit"
_PLACE_BODY = re.compile(r"^(?:[Tt]he\s+)?(?:State|Commonwealth|City|County|Town|Province)\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?$")
_BODY_OF = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:Council|Committee|Commission|Office|Board|Panel|"
                      r"Institute|Center|Centre|Foundation|Association|Agency|Bureau|Coalition|Network|Conference)"
                      r"\s+(?:of|for|on)\s+[A-Z]")
_ARRIVALS = {"refugees", "migrants", "people", "visitors", "tourists", "students", "immigrants", "evacuees",
             "families", "children", "arrivals", "asylum-seekers", "individuals", "persons", "afghans", "ukrainians"}
_SOURCE_OF = re.compile(r"(?:(?:new|recent|latest|\d{4})\s+)*(?:(?:analysis|data|research|estimates|figures|"
                        r"a\s+report|a\s+study|a\s+survey|a\s+new\s+report|the\s+latest\s+data)\s+"
                        r"(?:from|by|of)\s+(?P<body>.+)|(?P<owner>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)\s+"
                        r"(?:data|analysis|estimates|figures|research|statistics|report|reports|study|survey|poll))")
_FINDINGS = {"report", "findings", "analysis", "research", "recommendations", "results", "study", "paper",
             "overview", "assessment", "data", "evidence", "proposals", "proposal"}
_RULEMAKING = {"rule", "rules", "regulation", "regulations", "rulemaking", "standards", "funding", "funds",
               "guidance", "guidelines", "investments", "investment", "billions", "millions", "billion", "million"}
# Whom one speaks to (not what about): "spoke to the press", "spoke to the crowd"
_AUDIENCES = {"press", "media", "reporters", "crowd", "audience", "nation", "public", "families", "family",
              "people", "group", "room", "gathering", "assembly", "conference", "meeting", "forum", "summit",
              "students", "workers", "troops", "staff", "team", "delegation", "attendees", "guests", "class",
              "graduates", "congregation", "community", "communities", "union", "council", "board", "cabinet",
              "president", "minister", "king", "queen", "leader", "leaders", "governor", "mayor", "phone",
              "telephone", "camera", "cameras", "survivors", "victims", "veterans", "employees", "volunteers"}
_TOPICS = {"imperative", "efforts", "ways", "steps", "measures", "developments", "priorities", "matters",
           "areas", "cooperation", "questions", "risks", "opportunities", "prospects", "plans"}
# Titles that end a person's style ("Senior Minister", "National Security Advisor").
_PERSON_TITLES = {"president", "minister", "secretary", "advisor", "adviser", "director", "ambassador",
                  "senator", "governor", "chancellor", "king", "queen", "prince", "princess", "sultan",
                  "envoy", "spokesperson", "spokesman", "spokeswoman", "chair", "chairman", "chairwoman",
                  "chairperson", "commissioner", "administrator", "coordinator", "mayor", "premier",
                  "counsel", "representative", "rep", "sen", "gov", "mr", "mrs", "ms", "dr", "mdm",
                  "emir", "majesty", "highness", "excellency", "pm", "dpm", "sm", "sms", "fm", "ceo",
                  "speaker", "leader", "general", "admiral", "deputy", "undersecretary", "officer"}
_HELD_POSITIONS = {"support", "commitment", "position", "stance", "interest", "stake", "view"}
_SPEECH_OPENERS = {"acknowledging", "noting", "recognizing", "recognising", "stressing", "reaffirming",
                   "expressing", "underscoring", "highlighting", "emphasizing",
                   "emphasising", "recalling", "reiterating", "affirming", "citing"}
_MEETING_VERBS = {"met", "meets", "visited", "hosted", "received", "engaged", "called", "joined"}
_PEOPLE_PLURALS = {"representatives", "leaders", "students", "workers", "executives", "members",
                   "officials", "principals", "businesses", "companies", "families", "entrepreneurs", "experts",
                   # trades and their customers ("Domestic Manufacturers" is nobody's name)
                   "manufacturers", "producers", "farmers", "ranchers", "employers", "growers", "processors",
                   "suppliers", "retailers", "developers", "providers", "lenders", "consumers", "customers",
                   "owners", "builders", "exporters", "importers", "investors", "operators", "contractors",
                   "distributors", "stakeholders"}
_DETERMINERS = {"the", "a", "an", "this", "these", "those", "their", "our", "its", "his", "her", "some"}
_INCLUDING_VERBS = {"included", "includes", "include", "featured", "features", "comprised", "comprises",
                    "brought", "brings", "gathered", "gathers", "convened", "welcomed", "hosted"}
_PLURAL_GENERALS = {"attorneys", "secretaries", "surgeons", "consuls", "governors", "inspectors",
                    "directors", "solicitors"}
# Words that start a postmodifier of a plural subject ("participants in the convening").
_POSTMODIFIERS = {"in", "from", "of", "at", "with", "across", "representing", "participating",
                  "attending", "gathered", "working", "serving", "leading"}
# Words that show a clause has begun (so no subject runs through them).
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "is", "are", "was", "were", "has", "have",
                 "had", "will", "would", "should", "could", "can", "may", "might", "must", "he",
                 "she", "they", "we", "it", "not", "to", "if", "when", "while", "because", "as"}
_PERSON_NOUNS = {"participant", "official", "advocate", "member", "expert", "leader", "attendee",
                 "survivor", "parent", "student", "worker", "resident", "speaker", "panelist", "professional",
                 "driver", "nurse", "doctor", "physician", "teacher", "veteran", "owner", "employee", "mother",
                 "father", "farmer", "entrepreneur", "organizer", "caregiver", "patient",
                 "representative", "delegate", "spokesperson", "spokesman", "spokeswoman"}
_MADE_PROPOSALS = re.compile(r"^(?:made|makes|make)\s+(?:an?\s+|some\s+|several\s+|two\s+|three\s+)?"
                             r"(?:\w+\s+)?(?:proposals?|suggestions?|recommendations?|an appeal|a plea|references?)\b")
_GATHERINGS = {"meeting", "summit", "conference", "forum", "dialogue", "retreat", "session",
               "talks", "plenary", "roundtable", "convening", "meetings", "summits"}
_PREPOSITIONS = {"of", "from", "with", "in", "on", "at", "for", "by", "to", "into", "about", "the",
                 "a", "an", "their", "his", "her", "its", "our", "your", "my"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_STANCE_VERBS = {"remain", "remains", "remained", "is", "are", "was", "were", "been", "am", "stand", "stands",
                 "stood", "feel", "feels", "felt"}
_STANCE_ADJECTIVES = {"concerned", "committed", "ready", "convinced", "pleased", "encouraged",
                      "saddened", "alarmed", "disappointed", "troubled", "determined", "confident",
                      "grateful", "hopeful", "appreciative", "supportive", "opposed", "firm",
                      "steadfast", "resolute", "heartened", "shocked", "dismayed", "optimistic",
                      "prepared", "willing", "unwavering", "deeply", "gravely", "honoured", "honored",
                      "privileged", "delighted", "glad", "happy", "proud", "heartened", "thankful",
                      "satisfied", "clear", "unequivocal", "emphatic", "unyielding", "united"}
# "stands with the people of Ukraine", "stands with Israel" (a position, not a place)
_STANDS_WITH = {"the", "all", "our", "its", "their", "israel", "ukraine", "those", "them", "him", "her", "you",
                "everyone", "allies", "partners"}
# Words that cannot be inside a loose subject (clauses, not noun phrases).
_LOOSE_STOP = {"that", "which", "who", "whom", "whose", "to", "is", "are", "was", "were", "be",
               "been", "has", "have", "had", "will", "would", "should", "could", "can", "may",
               "might", "must", "not", "if", "when", "while", "because", "or", "but",
               "as", "than", "it", "this", "there", "what", "how", "why", "where", "do", "does",
               "did", "being", "by", "for", "into", "on", "in", "about", "after",
               "before", "during", "since", "until", "without", "he", "she", "they", "we",
               "i", "you", "his", "her", "their", "our", "its", "my", "your", "also", "then"}
_PURPOSE_CUES = {"thank", "congratulate", "reaffirm", "express", "convey", "offer", "underscore",
                 "emphasize", "emphasise", "stress", "reiterate", "affirm", "condemn", "welcome",
                 "urge", "pledge", "announce", "share", "extend", "assure", "reassure", "praise",
                 "commend", "applaud", "wish", "warn", "highlight", "brief", "recognize", "recognise",
                 "encourage", "invite"}
# What hosts say to their guests: "hosted a roundtable with nurses to thank them", "convened a
# meeting with manufacturers ... to underscore the need ..." (but "to highlight the agenda",
# "to recognize the anniversary" state the event's aim)
_HOSTING = {"hosted", "hosts", "host", "held", "holds", "convened", "convenes", "convene", "co-hosted"}
_HOST_PURPOSE_SPEECH = {"thank", "update", "share", "underscore", "brief", "urge", "announce", "unveil",
                        "emphasize", "emphasise", "stress", "reiterate", "reaffirm"}
# "opened / concluded the meeting by thanking ...": the speech act is in the "by" phrase
_FRAMING_VERBS = {"opened", "concluded", "closed", "began", "ended", "started", "kicked", "wrapped"}
_PURPOSE_ING = {f for v in _PURPOSE_CUES for f in inflections(v) if f.endswith("ing")}
# "closed the meeting by outlining how ...": speech after "by"/"in", though not a purpose of its own
_BY_SPEAKING = {"outlining", "noting", "describing", "detailing", "explaining", "discussing", "calling"}
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ials", "ates", "ees", "ies")
_QUOTES = {'"', "”", "“", "'", "’", "‘"}
# Objects that make a reporting verb something else: money raised or accepted, a lead added to or kept
_MONEY = (r"\s+(?:(?:more\s+than|nearly|almost|about|over|at\s+least|roughly|just|another|an\s+additional)\s+)?"
          r"(?:\$|£|€|US\$|S\$|\d[\d,.]*\s*(?:million|billion|trillion|thousand|dollars|percent)|"
          r"(?:tens|hundreds|millions|billions)\s+of|(?:\w+\s+){0,2}(?:money|funds|sums|amounts|cash|donations|dollars))")
_STANDING = r"\s+(?:(?:a|an|the|his|her|its|their|our)\s+)?(?:[\w-]+\s+){0,2}(?:lead|edge|advantage|majority|margin|tally|total|haul)\b"
_NOT_SPEECH_WITH = {
    **dict.fromkeys(("accept", "accepts", "accepted", "accepting"), re.compile(_MONEY, re.I)),
    **dict.fromkeys(("raise", "raises", "raised", "raising"), re.compile(
        _MONEY + r"|\s+(?:their|his|her|our|a)\s+hands?\b|\s+(?:(?:the|their|his|her|its|our)\s+)?(?:(?!of\b)[\w-]+\s+)?(?:rates|taxes|prices|wages|salaries|"
                 r"fees|tariffs|interest|age|ceiling|cap|minimum\s+wage)\b", re.I)),
    **dict.fromkeys(("add", "adds", "added", "adding"), re.compile(r"\s+to" + _STANDING + "|" + _MONEY, re.I)),
    **dict.fromkeys(("maintain", "maintains", "maintained", "maintaining"), re.compile(_STANDING, re.I)),
}
# Participles that, right before one of these words (no object between), are passive: "the man
# accused of buying the guns", "lauded for his effectiveness", "a woman later identified as ..."
_PASSIVE_WITHOUT_OBJECT = {
    "accused": {"of"}, "charged": {"with"}, "lauded": {"for", "as"}, "praised": {"for", "as"}, "hailed": {"for", "as"},
    "criticized": {"for"}, "criticised": {"for"}, "blamed": {"for"}, "commended": {"for"}, "applauded": {"for"},
    "condemned": {"for", "as"}, "identified": {"as"}, "described": {"as"}, "dubbed": {"as"},
}
# Verbs after which a word in -s is a plural noun, their subject ("advocates said", "reports show")
_VERBS_AFTER_A_PLURAL_NOUN = frozenset({"said", "say", "says", "told", "added", "show", "shows", "showed", "shown",
                                        "found", "find", "suggest", "suggested", "indicate", "indicated", "were",
                                        "are", "have", "had", "will", "would"})
# Verbs in -s that are also plural nouns, read as nouns after a number or a determiner
_PLURAL_NOUN_VERBS = frozenset({"states", "reports", "notes", "claims", "calls", "comments", "remarks", "hopes",
                                "thanks", "pledges", "vows", "supports", "concerns", "proposals", "requests"})
# "... and said", "... but told ...": a later verb of saying that shares the sentence's subject
_AND_SAID = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|later\s+|again\s+)?(?P<verb>said|says|told|added)\b")
# Irregular past tenses of a subject's own verb before "and said"
_IRREGULAR_PAST = frozenset({"became", "took", "met", "made", "went", "came", "gave", "won", "lost", "spent", "sent",
                             "left", "held", "led", "ran", "saw", "got", "put", "set", "began", "struck", "stood",
                             "spoke", "broke", "drew", "grew", "kept", "paid", "sought", "brought", "thought"})
# Every word one of _verb_at's exceptions above starts from
_VERB_EXCEPTIONS = (frozenset(_NOT_SPEECH_WITH) | frozenset(_PASSIVE_WITHOUT_OBJECT) | _PLURAL_NOUN_VERBS
                    | frozenset({"told", "say"}))
# What may follow a speaker's name after an inverted cue ('…," said X in a statement / at a rally')
_TAIL_ADJUNCTS = frozenset({"in", "at", "on", "during", "after", "before", "when", "while", "speaking", "asked"})
_QUOTE_MARKS = {'"', "”", "“", "‘"}  # (not the apostrophe)
_MET_TEAM = re.compile(r"\b(?:met|meets|meeting|convened|hosted)\s+(?:\w+\s+){0,2}?with\s+"
                       r"((?:members of\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:team|advisers|advisors|staff|aides))\b")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"}
# After "spoke on the": not a topic ("on the phone", "on the margins of", "on the occasion of")
_NOT_TOPICS = {"phone", "telephone", "sidelines", "side-lines", "margins", "margin", "occasion", "eve", "day",
               "morning", "afternoon", "evening", "night", "same", "first", "second", "last", "anniversary",
               "one", "solemn", "ground", "tarmac", "way", "campaign", "trail", "record", "floor", "fringes",
               "heels", "sixth", "fifth", "fourth", "third", "tenth", "final", "opening", "closing", "steps"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_SAY_TAIL = {"said", "says", "added", "adds", "noted", "notes", "stressed", "stresses",
             "emphasized", "emphasised", "stated", "told", "explained", "insisted", "warned",
             "continued", "concluded", "remarked", "observed", "pointed", "recalled", "argued",
             "underscored", "underlined", "reiterated", "highlighted", "asserted", "declared",
             "affirmed", "reaffirmed", "wrote", "tweeted", "announced", "acknowledged",
             "commented", "cautioned", "urged", "maintained", "claimed", "suggested"}
_RELATIVE = {"which", "that", "who", "whom", "whose", "as", "what", "where", "when", "if",
             "whether", "because", "than"}
# Precomputed sets (the hot loops test membership in them).
_APPOSITION_TITLES = frozenset(_PERSON_TITLES | {"second", "first", "senior", "deputy", "national", "vice",
                                                 "executive", "chief", "special", "assistant", "acting"})
_PARTICLES_DER = frozenset(_NAME_PARTICLES | {"der", "den"})
_OPENERS_NOT_BOTH = frozenset(_OPENING_ADVERBIALS - {"both", "all", "each"})
_OPENERS_NOT_BOTH_THIS = frozenset(_OPENING_ADVERBIALS - {"both", "all", "each", "this", "there"})
_LOOSE_STOP_NOT_THE = frozenset(_LOOSE_STOP - {"the"})
_LOOSE_STOP_ADJUNCT = frozenset(_LOOSE_STOP - {"in", "on", "at", "during", "after", "before", "about", "this"})
_PREPOSITIONS_AND_OR = frozenset(_PREPOSITIONS | {"and", "or"})
_RELATIVE_NOT_WHO = frozenset(_RELATIVE - {"who"})

_LABEL_STRICT = re.compile(
    r"^(?P<label>Q(?=[\s\u00a0])|(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM|AMB|PRESIDENT|SECRETARY|"
    r"MODERATOR|THE PRESIDENT|THE VICE PRESIDENT|SENIOR ADMINISTRATION OFFICIAL|AIDE|"
    r"OPERATOR|PARTICIPANT|AUDIENCE MEMBER|[A-Z][A-Z'’\-]+)\.?(?: [A-Z][A-Z.'’\-]*){0,5}"
    r"(?: \([A-Za-z ]+\))?)(?:\s*:|(?<=Q))[\s\u00a0]*"
)


def find_turn_label(paragraph: str) -> re.Match[str] | None:
    """A transcript turn label at the start of a paragraph (``MS. JEAN-PIERRE:``, ``Q``)."""
    match = _LABEL_STRICT.match(paragraph)
    if not match:
        return None
    label = match.group("label").strip()
    if label != "Q" and (len(label) < 2 or not re.search(r"[A-Z]{2}", label)):
        return None
    return match


def speaker_from_label(label: str, people: Sequence[Person] = ()) -> str:
    """``MS. JEAN-PIERRE`` -> ``Karine Jean-Pierre`` (when a person of that name is known),
    ``Q`` -> ``Reporter``, ``MODERATOR`` -> ``Moderator``."""
    label = label.strip()
    if label == "Q":
        return "Reporter"
    bare = re.sub(r"^(MR|MS|MRS|DR|SEN|REP|GEN|ADM|AMB)\.?\s+", "", label)
    bare = re.sub(r"\s*\([^)]*\)$", "", bare)
    words = [w.capitalize() if not re.match(r"^[A-Z]\.$", w) else w for w in bare.split()]
    nice = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
    nice = re.sub(r"(?<=['’])([a-z])", lambda m: m.group(1).upper(), nice)
    for person in people:
        last = person.name.split()[-1].lower() if person.name else ""
        if last and last == nice.split()[-1].lower():
            return person.name
    return nice


# ------------------------------------------------------------------ token helpers


class _Tok:
    """A token with its offsets, lower-case form and capitalisation."""

    __slots__ = ("text", "start", "end", "low", "is_cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        low = text.lower().replace("’", "'")
        if low.startswith("re-"):
            low = "re" + low[3:]  # "re-affirmed" is "reaffirmed"
        self.low = low
        self.is_cap = text[:1].isupper() or _DIGIT_NAME(text) is not None


_CAP_PAIR = re.compile(r"[A-ZÀ-Ý][\w'’.\-]*,?\s+(?:(?:of|for|the|and|de|bin|al|van|von)\s+)*[A-ZÀ-Ý]")


_WORDS_RE = re.compile(r"[a-z]+")
_CUE_WORDS: frozenset[str] | None = None  # built on first use (no work at import time)


# A body's founding, before what it does: background ("Established in 1982, the SKC aims to ...",
# "Launched in 2005, the DVP invites foreign dignitaries ...")
_FOUNDED = re.compile(r"(?:Established|Founded|Launched|Set up|Created|Formed|Inaugurated|Introduced|Started|Initiated)"
                      r" (?:in|on) [^,;“\"]{3,40}, (?:the|its|this) ")


def _may_have_cue(sentence: str) -> bool:
    """A quick test for any word that could be a cue (verbs, stance words, 'according').

    Forms of "be", "remain", "have" count only with the words that make them a cue
    ("is concerned", "had a candid discussion"): most sentences of a speech have them.
    """
    global _CUE_WORDS
    if _CUE_WORDS is None:
        words = set(speech_verb_forms()) | set(narration_verb_forms()) | _STANCE_ADJECTIVES
        words |= {w for phrase in PHRASAL_CUES for w in phrase.split()[:1]}
        words |= {"according", "continue", "continues", "continued", "advanced", "addressed", "addresses",
                  "covered", "covers",
                  "written", "like"} | _COMMITTED | _MEETING_VERBS
        _CUE_WORDS = frozenset(words - _HAVE)
    found = set(_WORDS_RE.findall(sentence.lower()))
    return (not _CUE_WORDS.isdisjoint(found) or (not _HAVE.isdisjoint(found) and not _HAD_NOUNS.isdisjoint(found))
            or _glued(sentence))


_HAVE = frozenset({"had", "have", "has"})
_WEIGHING = frozenset({"consider", "considers", "considering"})
# Words after "had"/"held" that make a cue or a meeting (lexicon.HAD_MEETING, HAD_DISCUSSION,
# PHRASAL_CUES "had a candid ...").
_HAD_NOUNS = frozenset({
    "audience", "meeting", "meetings", "call", "calls", "lunch", "dinner", "breakfast", "talks",
    "visit", "tea", "session", "exchange", "exchanges", "discussion", "discussions",
    "conversation", "conversations", "dialogue", "dialogues", "consultation", "consultations",
    "candid", "frank", "substantive", "constructive", "warm", "good", "productive", "open",
    "confidence",  # ("I have every confidence that ...")
})


# Phrasal cues by their first word, longest first ("had a good discussion" before "had a").
_PHRASES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _phrase in sorted(PHRASAL_CUES, key=len, reverse=True):
    _first = _phrase.split()[0]
    _PHRASES_BY_FIRST[_first] = _PHRASES_BY_FIRST.get(_first, ()) + (_phrase,)


_LINK = re.compile(r"\[([^\[\]\n]{1,400})\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def unlink(text: str) -> str:
    """A Markdown link read as its text, at the same offsets: "[Executive Order](https://...)"
    becomes " Executive Order" and spaces; a short name in brackets after a name ("the Internal
    Revenue Service (IRS), and ...") and inline HTML tags ("27<sup>th</sup>") become spaces."""
    if "](" in text:
        text = _LINK.sub(lambda m: " " + m.group(1) + " " * (m.end() - m.start() - len(m.group(1)) - 1), text)
    if "(" in text:
        text = _SHORT_NAME.sub(lambda m: " " * (m.end() - m.start()), text)
    if "<" in text:
        text = _INLINE_TAG.sub(lambda m: " " * (m.end() - m.start()), text)  # "October 27<sup>th</sup>"
    return text


_INLINE_TAG = re.compile(r"</?(?:sup|sub|u|s|em|strong|b|i|span)(?:\s[^<>]{0,80})?>")


# "(IRS)", "(Treasury)", "(OGVP)" right after a capitalised name, before a comma or "and", or
# after a possessive
_SHORT_NAME = re.compile(r"(?<=[A-Za-z])\s\((?:[A-Z][A-Za-z0-9&.-]{1,14})\)(?=,|\s+and\b|\s+[a-z])"
                         # or after a possessive: "Mercy Relief’s (MR) Executive Director, ..."
                         r"|(?:(?<=[’']s)|(?<=s[’']))\s\((?:[A-Z][A-Za-z0-9&.-]{1,14})\)(?=\s)")


# Bodies of people one hosts: "welcomed the Board of Directors of ...", "welcomed a delegation from ..."
_PEOPLE_BODIES = {"board", "delegation", "delegations", "members", "leadership", "team", "cohort", "class"}


def _body_of_people_at(toks: list[_Tok], k: int) -> bool:
    """Does a body of people (not its possessive) start at ``k``, followed by "of", "from",
    "to", "for" or "at": "the Board of Directors of ...", "a delegation from ..."?"""
    if k < len(toks) and toks[k].low in {"the", "a", "an"}:
        k += 1
    return (k + 1 < len(toks) and toks[k].low in _PEOPLE_BODIES
            and toks[k + 1].low in {"of", "from", "to", "for", "at"})


def _tokens(text: str) -> list[_Tok]:
    """The tokens of a sentence (the hot loop of attribution: built without __init__)."""
    if "(" in text or "<" in text:
        text = unlink(text)
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    again = "re-" in lowered
    out = []
    append = out.append
    new = object.__new__
    # Without a full stop inside the sentence or a Malay honorific, only the plain
    # alternatives of _TOKEN can match: the shorter pattern gives the same tokens, faster.
    dot = text.find(".")
    plain = (dot < 0 or dot == len(text) - 1 and not _DOTTED_END.search(text)) and "Dat" not in text
    find = text.find
    end = 0
    # (findall and str.find are faster than match objects: between two tokens there is only
    # white space, so the next occurrence of a token's text is the token)
    for word in (_PLAIN_TOKEN if plain else _TOKEN).findall(text):
        if word == "*":
            continue  # Markdown emphasis ("and **EPA Administrator Michael Regan** discussed")
        start = find(word, end)
        end = start + len(word)
        tok = new(_Tok)
        tok.text = word
        tok.start = start
        tok.end = end
        low = lowered[start:end]
        if again and low.startswith("re-"):
            low = "re" + low[3:]  # "re-affirmed" is "reaffirmed"
        tok.low = low
        first = word[0]
        tok.is_cap = first.isupper() or first <= "9" and word[-1].isupper()  # (and "3G", "P5")
        append(tok)
    if _glued(text):
        out = _unglued(out)
    return out


# Words run together by a scraper ("Minister Balakrishnan alsoannounced", "Minister Chunghad a
# fruitful discussion", "welcomedthe UK's presidency"): a known verb form at the seam.
_GLUE_PREFIX = re.compile(r"\balso([a-z]{4,})")
_GLUE_NAME = re.compile(r"[a-z](?:had|has) an? ")
_GLUE_OBJECT = re.compile(r"[a-z]ed(?:the|his|her|their)\b")


def _glued(text: str) -> bool:
    """Does a sentence have words run together at a verb (cheap tests first)?"""
    return ("also" in text and any(m.group(1) in _verb_forms() for m in _GLUE_PREFIX.finditer(text))
            or ("had a" in text or "has a" in text) and _GLUE_NAME.search(text) is not None
            or ("edt" in text or "edh" in text) and _GLUE_OBJECT.search(text) is not None)
_GLUE_PREFIXES = ("also",)
_GLUE_VERBS = ("had", "has")
_GLUE_OBJECTS = ("the", "his", "her", "their")


def _unglued(toks: list[_Tok]) -> list[_Tok]:
    """``toks`` with run-together words split where a known verb form sits at the seam."""
    verbs = _verb_forms()
    out: list[_Tok] = []
    for k, tok in enumerate(toks):
        low = tok.low
        cut = 0
        if low.startswith(_GLUE_PREFIXES) and not tok.is_cap:
            n = next(len(p) for p in _GLUE_PREFIXES if low.startswith(p))
            cut = n if low[n:] in verbs else 0
        elif (tok.is_cap and low.endswith(_GLUE_VERBS) and len(low) > 5 and k + 1 < len(toks)
              and toks[k + 1].low in {"a", "an"} and k > 0 and toks[k - 1].is_cap):
            # ("Minister Chunghad a fruitful discussion"; not "Farhad", alone)
            n = next(len(v) for v in _GLUE_VERBS if low.endswith(v))
            cut = len(low) - n if low[:-n] not in verbs else 0
        elif not tok.is_cap and low.endswith(_GLUE_OBJECTS):
            n = next(len(o) for o in _GLUE_OBJECTS if low.endswith(o))
            cut = len(low) - n if low[:-n] in verbs else 0
        if cut <= 0:
            out.append(tok)
            continue
        for a, b in ((0, cut), (cut, len(tok.text))):
            part = object.__new__(_Tok)
            part.text = tok.text[a:b]
            part.start, part.end = tok.start + a, tok.start + b
            part.low = low[a:b]
            part.is_cap = part.text[0].isupper()
            out.append(part)
    return out


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    return frozenset(speech_verb_forms()) | frozenset(narration_verb_forms())


# ------------------------------------------------------------------ the attributor


@dataclass
class _NP:
    start: int  # token index
    end: int  # token index (exclusive)
    text: str


class DocumentAttributor:
    """Attributes the sentences of one document, in reading order.

    Call :meth:`scan_people` with the whole text first, then :meth:`attribute` for
    each sentence in order: the attributor remembers the last speakers to resolve
    pronouns and role nouns.
    """

    def __init__(self, *, default_speaker: str = "", issuer: str = "") -> None:
        self.people: list[Person] = []
        self.default_speaker = default_speaker
        self.issuer = issuer
        self.last_person: Person | None = None
        self._report_author = ""  # (who wrote the report the text last introduced)
        self._report_at = -1
        self._speaker_before: Person | None = None  # (last_person before a narration's subject took over)
        self.last_mentioned: Person | None = None
        self.last_group: Attribution | None = None
        self.last_org: Attribution | None = None
        self._we_org: Attribution | None = None  # the body that has said "we" of itself
        self._short_names: dict[str, str] = {}  # "Global Governance Group" -> "3G", as the text defines
        self._speech = speech_verb_forms()
        self._surname_index: dict[str, Person] = {}
        self._titles: dict[str, list[Person]] = {}  # a title seen before names -> those people
        self._styles: dict[str, list[Person]] = {}  # "majesty" -> the people styled so
        self._surname_index_n = -1
        self._sentence = ""
        self._starts: set[int] = {0}
        self._doc_tokens: dict[str, list[_Tok]] = {}
        self._mid_caps: set[str] | None = None  # capitalised words used inside a sentence (on demand)
        self._scanned: list[str] = []
        self._n = 0  # sentences seen
        self._group_at = -1
        self._org_at = -1  # (the sentence where last_org spoke)
        self._narration_at = -1
        self._narration_group: Attribution | None = None
        self._seen: list[Person] = []  # the people named so far, in order
        self._fuller_names = True
        self._last_tokens: tuple[str, list[_Tok]] = ("", [])
        self._opener_person: Person | None = None  # (the subject of the sentence's opening clause)
        self._narration = narration_verb_forms()

    # -------------------------------------------------------------- people

    def scan_people(self, text: str | Sequence[str], *, fuller_names: bool = True) -> None:
        """Find titled and full names in the document ("Chinese Foreign Minister Wang Yi").

        ``text`` is the document's text or its sentences. With ``fuller_names=False`` (text
        after a press release's sign-off: annexes, captions) new people are found, but
        people already known keep the name the body gives them.
        """
        self._fuller_names = fuller_names
        if isinstance(text, str):
            sentences = [p[s:e] for p in text.split("\n") for s, e in split_sentences(p)]
        else:
            sentences = list(text)
        self._scanned.extend(sentences)
        self._mid_caps = None
        for sentence in sentences:
            if "(" in sentence and fuller_names:
                for m in _DEFINED_ABBREVIATION.finditer(sentence):
                    # "The Global Governance Group (3G)": the body's short name, which its "we" takes
                    self._short_names.setdefault(re.sub(r"^(?:The|the)\s+", "", m.group(1)), m.group(2))
            if _CAP_PAIR.search(sentence) is None:
                continue  # no two capitalised words in a row: no titled name here
            toks = _tokens(sentence)
            self._doc_tokens[sentence] = toks
            self._scan_sentence(toks)

    def _scan_sentence(self, toks: list[_Tok]) -> None:
        i = 0
        while i < len(toks):
            if toks[i].is_cap or toks[i].text in {"H.E."}:
                j = self._chunk_end(toks, i)
                if j - i < 2:
                    i = j if j > i else i + 1
                    continue  # a lone capitalised word is never a titled name
                # "Minister ... Dr Mohamad Maliki Osman and UAE Minister ... Ahmed Ali Al Sayegh"
                part_start = i
                # An untitled name right before a verb is a person: ", Sim Ann attended"
                before_verb = j < len(toks) and (toks[j].low in self._speech or toks[j].low in self._narration)
                # ... and so is one after a title in lower case: "opposition leader Svyatlana Tsikhanouskaya"
                after_title = (i > 0 and not toks[i - 1].is_cap and toks[i - 1].low in _PERSON_TITLES
                               and len(toks[i - 1].low) > 3
                               and j - i <= 4
                               and not any(t.is_cap and t.low.rstrip(".") in _TITLE_LOWER for t in toks[i:j]))
                if (j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].is_cap
                        and toks[j + 1].low in _APPOSITION_TITLES
                        and j - i <= 4 and not any(t.low in _TITLE_LOWER for t in toks[i:j])):
                    # "Douglas Emhoff, Second Gentleman of the United States": the name, then
                    # the title in apposition
                    end = self._chunk_end(toks, j + 1)
                    after = (tuple(t.text for t in toks[j + 1:end]), tuple(t.low for t in toks[j + 1:end]))
                    # (not "On Saturday, President Donald J. Trump": a titled name after the comma)
                    person = None if _parse_chunk(*after, False, False) is not None else \
                        self._register_chunk(toks[i:j], sentence_start=(i == 0), allow_untitled=True)
                    if person is not None:
                        parsed = _parse_chunk(after[0] + ("X",), after[1] + ("x",), False, False)
                        if not person.role and parsed is not None and parsed[1]:
                            person.role = parsed[1]
                            self._titles.setdefault(parsed[1].lower(), []).append(person)
                        i = end
                        continue
                pending = ""  # "Deputy Prime Minister and Minister for Finance Lawrence Wong"
                for k in range(i, j + 1):
                    if k == j or (toks[k].low == "and" and self._starts_title(toks, k + 1)) or (
                            toks[k].low == "of" and k > part_start and toks[k - 1].low in _OCCASIONS
                            and self._starts_title(toks, k + 1)):  # ("the State Funeral of Prime Minister X")
                        part = toks[part_start:k]
                        person = self._register_chunk(part, sentence_start=(part_start == 0),
                                                      allow_untitled=(before_verb or after_title) and k == j and (
                                                          i > 0 or j - i >= 2 and _looks_like_name(toks[i:j])))
                        words = [t for t in part if t.text not in {"(", ")"} and not (t.text.isupper() and len(t.text) > 1)] \
                            if person is None and k < j else []
                        if words and all(t.low.rstrip(".") in _TITLE_LOWER for t in words) \
                                and not any(t.low in _HONORIFICS or t.low in _STYLES for t in words):
                            pending = " ".join(t.text for t in words if t.low not in {"the", "and"})
                            if self._by_role(pending) is not None:
                                pending = ""  # "PM and DPM Wong": the PM is somebody else
                        elif person is not None and pending:
                            if pending.lower() not in person.role.lower():
                                person.role = f"{pending} and {person.role}" if person.role else pending
                                self._titles.setdefault(pending.lower(), []).append(person)
                            pending = ""
                        part_start = k + 1
                i = max(j, i + 1)
            else:
                i += 1

    @staticmethod
    def _starts_title(toks: list[_Tok], k: int) -> bool:
        """Does a second titled name start at ``k`` ("... Osman and UAE Minister ...")?
        Not inside a title ("Commissioner for Neighbourhood and Enlargement ...")."""
        for n in (2, 1):
            if k + n <= len(toks) and country_of(" ".join(t.text for t in toks[k:k + n])):
                k += n
                break
        if k < len(toks) and toks[k].low in {"federal", "former", "outgoing", "incoming", "acting", "interim"}:
            k += 1  # "... and German Federal Chancellor Olaf Scholz"
        if k < len(toks) and toks[k].low in {"the", "his", "her"}:
            return True
        # A title word, and a head title among the next capitalised words: "... and Infrastructure
        # Implementation Coordinator Mitch Landrieu" (not "... for Cyber and Emerging Technology Anne")
        # (after a name, the next title may start with an office: "Susan Rice and Intergovernmental
        # Affairs Director Julie Rodriguez")
        after_name = k >= 2 and toks[k - 2].is_cap and toks[k - 2].text.isalpha() and \
            toks[k - 2].low not in _TITLE_LOWER
        for m in range(k, min(len(toks), k + 5)):
            if not toks[m].is_cap or (m == k and toks[m].low.rstrip(".") not in _TITLE_LOWER and not after_name):
                return False
            if toks[m].low.rstrip(".") in _TITLE_LOWER and toks[m].low not in _TITLE_MODIFIERS:
                return True
        return False

    @staticmethod
    def _chunk_end(toks: list[_Tok], i: int) -> int:
        j = i
        while j < len(toks):
            t = toks[j]
            if t.low.endswith("'s") and t.is_cap and not (
                    t.low == "people's" and j + 1 < len(toks) and toks[j + 1].low == "republic"):
                # A possessive ends the name: "President Biden's Call" -> "President Biden's"
                # (not "the People's Republic of China Wang Yi")
                j += 1
                break
            if t.is_cap or (j > i and "-" in t.text and _PARTICLE_NAME.match(t.text)):  # (an initial such as "R." is capitalised too;
                j += 1                                                  # "el-Sisi", "al-Sudani" are names)
            elif t.low in _CONNECTORS and j + 1 < len(toks) and (toks[j + 1].is_cap or (
                    toks[j + 1].low in _PARTICLES_DER and j + 2 < len(toks) and toks[j + 2].is_cap)):
                j += 1  # ("Ursula von der Leyen")
            elif (t.low in {"of", "for", "to"} and j + 2 < len(toks) and toks[j + 1].low == "the"
                  and toks[j + 2].is_cap and j > i):
                j += 2  # "Director of Policy for the First Lady Mala Adiga"
            elif (t.low == "on" and j > i and toks[j - 1].low in {"council", "committee", "commission", "office"}
                  and j + 1 < len(toks) and toks[j + 1].is_cap):
                j += 1  # "(White House) Council on Environmental Quality Chair Brenda Mallory"
            elif t.text == "," and j + 1 < len(toks) and toks[j + 1].low in _SUFFIXES:
                j += 2
            elif (t.text in {"“", '"'} and j > i and j + 3 < len(toks) and toks[j + 1].is_cap
                  and toks[j + 2].text in {"”", '"'} and toks[j + 3].is_cap):
                j += 3  # a nickname: Benjamin “Benny” Gantz
            elif (t.text == "(" and j > i and j + 3 < len(toks) and toks[j + 1].text.isupper()
                  and toks[j + 2].text == ")" and (toks[j + 3].is_cap or toks[j + 3].low == "and"
                                                   and j + 4 < len(toks) and toks[j + 4].is_cap)):
                j += 3  # an acronym inside a title: Centers for Medicare ... (CMS) Administrator
            else:
                break
        return j

    def _register_chunk(
        self, chunk: list[_Tok], *, sentence_start: bool, allow_untitled: bool = False
    ) -> Person | None:
        if not chunk:
            return None
        kept = []
        skip = 0
        for t in chunk:
            if skip:
                skip -= 1
                continue
            if t.text in {"“", '"', "("}:
                skip = 2  # drop a quoted nickname or a bracketed acronym with its closing mark
                continue
            kept.append(t)
        parsed = _parse_chunk(tuple(t.text for t in kept), tuple(t.low for t in kept),
                              sentence_start, allow_untitled)
        if parsed is None:
            return None
        name, role, affiliation, honor, styles, weak = parsed
        person = self._remember(name, role, affiliation, honor, weak=weak)
        if person is None or weak:
            return person
        for style in styles:
            styled = self._styles.setdefault(style, [])
            if person not in styled:
                styled.append(person)
        if role:
            seen = self._titles.setdefault(role.lower(), [])  # "DPM Wong": a later "DPM" is Wong
            if person not in seen:
                seen.append(person)
        return person

    def _remember(self, name: str, role: str, affiliation: str, honor: str, *, weak: bool) -> Person | None:
        name = re.sub(r",?\s+(Jr|Sr)\.?$", r" \1.", name)
        words = name.split()
        for n in (2, 1):
            # "(Coordinator for the Middle East and) North Africa Brett McGurk": a region ends the title
            if len(words) > n + 1 and (" ".join(words[:n]).lower() in _REGIONS or " ".join(words[:n]).lower() in {
                    "north africa", "east africa", "west africa", "southern africa", "east asia",
                    "western hemisphere", "indo-pacific"}):
                name = " ".join(words[n:])
                break
        person = self._match_person(name, role=role)
        if person is None:
            if weak and len(name.split()) < 2 or not name[:1].isupper():
                return None  # (a name is capitalised: "One central fact informed ..." names nobody)
            if len(name.split()) == 1 and name.lower().endswith(_NOUN_ENDINGS):
                return None  # "the 10th Emergency Special Session", "(treaty) Obligations": not names
            if name.split()[0].lower() in _NOT_NAME_STARTS or len(name.split()) == 1 and country_of(name):
                return None  # "Let me", "All", "Dominica" (a state): not people
            if any(w.lower() in _NOT_NAME_WORDS for w in name.split()):
                return None  # "(Officials) In Attendance Included": a roster's heading
            if len(name.split()) == 1:
                name = self._full_form(name)  # "Mr. Chambers" -> "Ray Chambers" named earlier
            person = Person(name=name, role=role, affiliation=affiliation, honorific=honor)
            self.people.append(person)
        else:
            if len(name) > len(person.name) and person.name.split()[-1] in name.split() and self._fuller_names:
                person.aliases.add(person.name)
                person.name = name
            elif name != person.name:
                person.aliases.add(name)
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
            person.honorific = person.honorific or honor
        return person

    def _full_form(self, surname: str) -> str:
        """An untitled full form of a surname in the document ("spoke to Ray Chambers, ..."):
        a capitalised given name right before it, used once or more."""
        for toks in self._doc_tokens.values():
            for k in range(1, len(toks)):
                if toks[k].text == surname:
                    given = toks[k - 1]
                    if (given.is_cap and given.text.isalpha() and given.low not in _TITLE_LOWER
                            and given.low[:-1] not in _TITLE_LOWER  # "Leaders Schumer"
                            and given.low not in _CONNECTORS and given.low not in _NOT_SUBJECTS
                            and not country_of(given.text) and given.low not in {"the", "a", "an"}):
                        return f"{given.text} {surname}"
        for toks in self._doc_tokens.values():
            # Family name first ("..., Sim Ann is in Doha" then "SMS Sim"): the name and one
            # given name after it, as a whole name after a comma, before a lower-case word.
            for k in range(1, len(toks) - 2):
                if toks[k].text == surname and toks[k - 1].text == ",":
                    given, after = toks[k + 1], toks[k + 2]
                    if (given.is_cap and given.text.isalpha() and len(given.text) > 1
                            and given.low not in _TITLE_LOWER and given.low not in ORG_WORDS
                            and given.low not in NON_NAME_WORDS and not country_of(given.text)
                            and not after.is_cap and after.text[:1].isalpha()):
                        return f"{surname} {given.text}"
        return surname

    def _match_person(self, name: str, *, role: str = "") -> Person | None:
        """A known person this name refers to: the same name, or a surname/given name of one."""
        words = name.replace(",", "").split()
        if not words:
            return None
        low = name.lower()
        for person in self.people:
            if person.name.lower() == low or low in {a.lower() for a in person.aliases}:
                if role and person.role and person.role.lower() != role.lower():
                    # "Lee" was Chief Executive Lee's alias; "Prime Minister Lee" is another Lee
                    other = next((p for p in self.people if p.role.lower().startswith(role.lower())
                                  and words[-1] in p.name.replace(",", "").split()), None)
                    if other is not None:
                        return other
                return person
        candidates = []
        for person in self.people:
            pw = person.name.replace(",", "").split()
            pw_core = [w for w in pw if w.lower().rstrip(".") not in _SUFFIXES and not re.match(r"^[A-Z]\.$", w)]
            if not pw_core:
                continue
            if len(words) == 1:
                if words[0] in (pw_core[0], pw_core[-1]) or words[0] in pw_core:
                    candidates.append(person)
            else:
                core = [w for w in words if w.lower().rstrip(".") not in _SUFFIXES and not re.match(r"^[A-Z]\.$", w)]
                lc, lp = {w.lower() for w in core}, {w.lower() for w in pw_core}  # ("Von der Leyen")
                if core and core[-1] == pw_core[-1] and core[0] in (pw_core[0], pw_core[-1]) or \
                        core and (lc <= lp or lp <= lc):
                    candidates.append(person)
        if not candidates and len(words) == 1 and len(words[0]) >= 6:
            # a misspelt surname ("President Zelenskky" for Volodymyr Zelenskyy)
            word = words[0]
            for person in self.people:
                last = person.name.replace(",", "").split()[-1]
                if (last[:3] == word[:3] and abs(len(last) - len(word)) <= 1 and last != word
                        and difflib.SequenceMatcher(None, last, word).ratio() >= 0.85):
                    candidates.append(person)
        if not candidates:
            return None
        if role and len(candidates) > 1:
            # "Prime Minister Lee" and "Chief Executive Lee": the title tells them apart
            titled = ([p for p in candidates if p.role.lower() == role.lower()]
                      or [p for p in candidates if p.role.lower().startswith(role.lower())])
            if titled:
                candidates = titled
        # Same surname, several people: the one spoken of last.
        for recent in (self.last_person, self.last_mentioned):
            if recent in candidates:
                return recent
        return candidates[0]

    def _by_role(self, role_text: str) -> Person | None:
        role = " ".join(w for w in role_text.lower().split() if w not in {"the", "a"})
        role = _ROLE_ABBREVIATIONS.get(role, role) if role not in self._titles else role
        role = role.rstrip("s") if role.endswith("ministers") else role
        if not role:
            return None
        exact = [p for p in self.people if p.role.lower() == role]
        if exact:
            return exact[0]
        if role in {"president", "prime minister", "chancellor", "king", "premier"}:
            return None
        loose = [p for p in self.people if role in p.role.lower()]
        if len(loose) == 1:
            return loose[0]
        if loose:
            for recent in (self.last_person, self.last_mentioned):
                if recent in loose:
                    return recent
            return loose[0]
        titled = self._titles.get(role, [])
        for recent in (self.last_person, self.last_mentioned):
            if recent in titled:
                return recent
        return titled[0] if titled else None

    # ---------------------------------------------------------- noun phrases

    def _parse_np(self, toks: list[_Tok], i: int, *, allow_coord: bool = True) -> _NP | None:
        """The longest subject noun phrase starting at token ``i``."""
        if i >= len(toks):
            return None
        first = toks[i]
        if first.low in _PRONOUNS:
            if (allow_coord and first.low in {"he", "she"} and i + 2 < len(toks) and toks[i + 1].low == "and"
                    and toks[i + 2].is_cap):
                other = self._parse_np(toks, i + 2, allow_coord=False)  # "He and Dr. Mohib reaffirmed"
                if other is not None and toks[other.start].low not in _PRONOUNS:
                    return _NP(i, other.end, self._span(toks, i, other.end))
            return _NP(i, i + 1, first.text)
        j = i
        low = first.low
        if low in {"his", "her"} and i + 1 < len(toks) and toks[i + 1].low in {"majesty", "royal", "excellency", "highness"}:
            # "His Majesty and Minister Maliki reaffirmed ...": an honorific stands for a person
            j = self._chunk_end(toks, i + 1)
            np_ = _NP(i, j, self._span(toks, i, j))
            if allow_coord and j < len(toks) and toks[j].low == "and":
                other = self._parse_np(toks, j + 1, allow_coord=True)
                if other is not None and other.end > j + 1 and toks[j + 1].low not in _PRONOUNS:
                    np_ = _NP(i, other.end, self._span(toks, i, other.end))
            return np_
        if (low in {"many", "several", "some", "others", "most"} and first.is_cap and i == 0
                and self._verb_at(toks, self._skip_adverbs(toks, i + 1)) is not None
                and self._verb_at(toks, self._skip_adverbs(toks, i + 1))[2] == "speech"):
            return _NP(i, i + 1, first.text)  # "Many also underscored the importance of ..."
        if (low in {"several", "many", "some", "numerous"} and (first.is_cap or i in self._starts) and i + 2 < len(toks)
                and toks[i + 1].text.isalpha() and not toks[i + 1].is_cap and toks[i + 1].low not in _LOOSE_STOP
                and _people_plural(toks[i + 2].low)):
            return _NP(i, i + 3, self._span(toks, i, i + 3))  # "Several state leaders", "Many local officials"
        if (low in {"other", "several", "many", "some", "numerous", "most"} and (first.is_cap or i in self._starts)
                and i + 1 < len(toks)
                and (not toks[i + 1].is_cap or toks[i + 1].low in {"states", "countries", "members", "nations",
                                                                   "governments", "delegations", "parties"})
                and (_people_plural(toks[i + 1].low) or toks[i + 1].low in _BODY_PLURALS)):
            return _NP(i, i + 2, self._span(toks, i, i + 2))  # "Other participants", "Several mayors (in attendance)"
        if low == "this" and i > 0 and toks[i - 1].low == "and" and i + 1 < len(toks) and toks[i + 1].low == "group":
            return _NP(i, i + 2, self._span(toks, i, i + 2))  # "The President and this group"
        if (low == "the" and i + 3 < len(toks) and toks[i + 1].low == "leadership" and toks[i + 2].low == "of"
                and (toks[i + 3].is_cap or toks[i + 3].low == "the")):
            k = self._chunk_end(toks, i + 3 + (toks[i + 3].low == "the"))
            if k > i + 3:
                return _NP(i, k, self._span(toks, i, k))  # "The leadership of the White House Office of ..."
        if low in {"his", "her", "their"} and i > 0:
            # "SM Teo and his French counterparts"
            k = i + 1
            while k < len(toks) and k < i + 4 and toks[k].text[:1].isalpha() and not _people_plural(toks[k].low) \
                    and toks[k].low not in {"staff", "team"}:
                k += 1
            if k < len(toks) and (_people_plural(toks[k].low) or toks[k].low in {"staff", "team"}
                                  and toks[i - 1].low == "and"):  # ("The President and his staff / interlocutors")
                return _NP(i, k + 1, self._span(toks, i, k + 1))
            return None
        if (low in _OPENERS_NOT_BOTH and not (
                first.is_cap and i + 1 < len(toks) and toks[i + 1].is_cap and (
                    low in {"first", "second", "third"} and toks[i + 1].low.rstrip(".") in _TITLE_LOWER
                    or low == "under" and toks[i + 1].low in {"secretary", "secretaries"}))
                ) or low in _RELATIVE or (
                low in _NOT_SUBJECTS and not (i > 0 and toks[i - 1].low == "and" and low in {"other", "several"})
                and not (i > 0 and toks[i - 1].low == "and" and low == "this" and i + 1 < len(toks)
                         and toks[i + 1].low == "group")  # "The President and this group"
                and not (i > 0 and toks[i - 1].low == "and" and low == "all")):
            return None  # (but "President Biden and other G7 Leaders")
        if low in GROUP_PLURALS or (not first.is_cap and low.endswith(_AGENT_PLURALS) and i in self._starts):
            j = i + 1
            if first.is_cap and j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].is_cap:
                j = self._chunk_end(toks, i)  # "Members of Congress"
                while j > i + 1 and toks[j - 1].low in _CONNECTORS:
                    j -= 1
            elif (first.is_cap and low[:-1] in _TITLE_LOWER and j + 2 < len(toks) and toks[j].is_cap
                  and toks[j].low not in _TITLE_LOWER):
                # "Presidents Kagame and Tshisekedi": a plural title before the names
                k = j
                while k < len(toks) and (toks[k].is_cap or toks[k].low in {"and", ","}) and k < j + 8:
                    k += 1
                while k > j and toks[k - 1].low in {"and", ","}:
                    k -= 1
                if any(t.low == "and" for t in toks[j:k]):
                    return _NP(i, k, self._span(toks, i, k))
        elif low in {"the", "both", "all", "each"}:
            j += 1
            if low == "all" and j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low == "the":
                # "(Mr. Sullivan and) all of the party leaders"
                k = next((k for k in range(j + 2, min(j + 5, len(toks))) if toks[k].low in GROUP_PLURALS), None)
                if k is None or any(not t.text.isalpha() or t.low in _LOOSE_STOP for t in toks[j + 2:k]):
                    return None
                return _NP(i, k + 1, self._span(toks, i, k + 1))
            if j < len(toks) and toks[j].low == "the":
                j += 1
            if (j < len(toks) and not toks[j].is_cap and toks[j].low.endswith(_AGENT_PLURALS)
                    and toks[j].low not in GROUP_PLURALS and j + 1 < len(toks) and toks[j + 1].low.endswith("ing")):
                j += 1  # "The economists briefing the President ..." (its postmodifier follows)
            while j < len(toks) and (toks[j].low in GROUP_NOUNS or toks[j].low in GROUP_PLURALS
                                     or toks[j].is_cap or toks[j].low in _GATHERINGS or _ORDINAL(toks[j].low)
                                     or toks[j].low in {"two", "three", "four", "both", "foreign", "pair", "trio",
                                                        "prime", "side", "sides", "of", "heads",
                                                        "state", "government", "defense",
                                                        "defence", "trade", "senior", "top",
                                                        "respective", "group", "groups", "for", "on"}):
                if (toks[j].low == "of" and j + 2 < len(toks) and toks[j + 1].low == "the" and toks[j + 2].is_cap
                        and toks[j - 1].low in _TITLE_LOWER and toks[j - 1].is_cap):
                    j += 2  # "The Director of the National Science Foundation Sethuraman Panchanathan"
                    continue
                if toks[j].low in {"of"} and not (j + 1 < len(toks) and (toks[j + 1].is_cap or toks[j + 1].low in {"state", "government"})):
                    break
                if toks[j].low in {"for", "on"} and not (j > i + 1 and toks[j - 1].is_cap and j + 1 < len(toks)
                                                         and toks[j + 1].is_cap and toks[j + 1].low not in _PRONOUNS):
                    break  # ("The Centers for Disease Control", "the Council on Environmental Quality")
                j += 1
            head = None
            if j == i + 1 and low == "the":
                # "The executives (also expressed)", "the featured Latino local elected leaders"
                for m in range(j, min(len(toks), j + 6)):
                    if not toks[m].text.isalpha() or toks[m].low in _LOOSE_STOP or toks[m].low in _NOT_SUBJECTS:
                        break
                    if _people_plural(toks[m].low) and not toks[m].is_cap:
                        head = m
                        break
            if head is not None:
                j = head + 1
            elif j == i + 1 and low == "the":
                if not (i > 0 and toks[i - 1].low == "and"):
                    return None
                # "Sullivan, Deese, and the cabinet members stressed ..."
                k = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].low in GROUP_PLURALS), None)
                if k is None or any(not t.text.isalpha() or t.low in _LOOSE_STOP for t in toks[i + 1:k]):
                    return None
                j = k + 1
        elif first.is_cap:
            j = self._chunk_end(toks, i)
            while j > i + 1 and toks[j - 1].low in _CONNECTORS:
                j -= 1
            if j == i + 1 and low.endswith("ing"):
                return None  # "Participating state leaders ..." is not a name
            if j <= i + 2 and _LEVEL_WORD.fullmatch(low):
                # "Federal and state officials", "State, local, and tribal leaders"
                k = i + 1
                while k < len(toks) and (toks[k].low in {",", "and", "or"} or _LEVEL_WORD.fullmatch(toks[k].low)):
                    k += 1
                m = next((m for m in range(k, min(len(toks), k + 3)) if _people_plural(toks[m].low)), None)
                if (m is not None and any(t.low in {"and", "or"} for t in toks[i + 1:k])
                        and all(t.text.isalpha() and not t.is_cap for t in toks[k:m])):
                    return _NP(i, m + 1, self._span(toks, i, m + 1))
            if j == i + 1 and low in {"senior", "top", "federal", "state", "local"}:
                # "Senior administration officials (and manufacturers) also discussed ..."
                k = next((k for k in range(j, min(len(toks), j + 4)) if toks[k].low in GROUP_PLURALS), None)
                if k is not None and all(t.text.isalpha() and not t.is_cap and t.low not in _LOOSE_STOP
                                         for t in toks[j:k]):
                    j = k + 1
            if (j + 1 < len(toks) and toks[j].low in {"member", "partner"}
                    and toks[j + 1].low in {"states", "countries", "nations", "governments", "economies"}):
                j += 1  # "CARICOM member states", "ASEAN partner countries"
            # "White House officials", "The SUJC co-chairs", "White House staff", "Transgender kids"
            if j < len(toks) and (toks[j].low in GROUP_PLURALS or toks[j].low in {"staff", "staffers"}
                                  or toks[j].low in _PEOPLE_PLURALS or toks[j].low in _KIN_PLURALS):
                j += 1
        elif i > 0 and (toks[i - 1].low == "and" or toks[i - 1].text == "," and i > 1 and (
                toks[i - 2].is_cap or _people_plural(toks[i - 2].low))) and not first.is_cap:
            # "The Vice President and young leaders", "President Biden and other G7 Leaders",
            # "Mr. Sullivan and all of the party leaders", "..., mayors, and mayors-elect"
            k = next((k for k in range(i, min(i + 6, len(toks))) if _people_plural(toks[k].low)
                      or toks[k].low.endswith("-elect") and toks[k].low[:-6] in GROUP_PLURALS), None)
            if k is None or any(not t.text.isalnum() or t.low in _LOOSE_STOP_NOT_THE for t in toks[i:k]):
                return None
            j = k + 1
        elif (not first.is_cap and first.text.isalpha() and low not in _LOOSE_STOP and i + 1 < len(toks)
              and (toks[i + 1].low in GROUP_PLURALS or toks[i + 1].low in _PEOPLE_PLURALS)
              and (i in self._starts or i > 0 and toks[i - 1].low in {"where", "while", "whereas"})):
            j = i + 2  # "(where) business leaders from both sides exchanged views"
        elif (not first.is_cap and first.text.isalpha() and low not in _LOOSE_STOP and i + 2 < len(toks)
              and i in self._starts and toks[i + 1].text.isalpha() and not toks[i + 1].is_cap
              and toks[i + 1].low not in _LOOSE_STOP
              and (toks[i + 2].low in GROUP_PLURALS or toks[i + 2].low in _PEOPLE_PLURALS)):
            j = i + 3  # "pay equity experts from A, B, and C discussed ..."
        elif (not first.is_cap and low in {"senior", "top", "other", "several", "many", "some", "federal", "state",
                                           "local"} and i in self._starts
              and any(t.low in GROUP_PLURALS for t in toks[i + 1:i + 5])):
            # "senior Administration officials (and manufacturers) continued conversations ..."
            k = next(k for k in range(i + 1, min(len(toks), i + 5)) if toks[k].low in GROUP_PLURALS)
            if any(not t.text[:1].isalpha() or t.low in _LOOSE_STOP for t in toks[i + 1:k]):
                return None
            j = k + 1
        else:
            return None
        if j <= i:
            return None
        if j < len(toks) and toks[j].low == "general" and toks[j - 1].low in _PLURAL_GENERALS:
            j += 1  # "attorneys general"
        np_ = _NP(i, j, self._span(toks, i, j))
        if allow_coord and j < len(toks) and toks[j].low in {"and", ","}:
            # "The Vice President and Prime Minister Sunak", "China, Japan and South Korea"
            k = j + 1
            if toks[j].text == "," and k < len(toks) and toks[k].low == "and":
                k += 1
            other = self._parse_np(toks, k, allow_coord=True) if k < len(toks) else None
            if other is not None and other.end > k and toks[k].low not in _PRONOUNS:
                joined = _NP(i, other.end, self._span(toks, i, other.end))
                if toks[j].low == "and" or " and " in joined.text:
                    np_ = joined
        return np_

    @staticmethod
    def _spoken_topic(toks: list[_Tok], k: int) -> bool:
        """After "spoke to": a topic ("spoke to the work his Administration is doing", "spoke to a
        new enforcement partnership"), not an audience ("spoke to reporters", "spoke to the
        families", "spoke to President Lula")."""
        if k >= len(toks) or toks[k].low not in {"the", "a", "an", "his", "her", "their", "its", "our"}:
            return False
        window = toks[k + 1:k + 5]
        for n, t in enumerate(window):
            if t.is_cap and (t.low.endswith("'s") or any(
                    u.low.endswith("'s") for u in itertools.takewhile(lambda u: u.is_cap, window[n:]))):
                continue  # "spoke to the (Justice) Department's commitment to ...": whose topic
            if t.is_cap or t.low in _AUDIENCES or t.low in GROUP_PLURALS or t.low in _PEOPLE_PLURALS:
                return False  # ("spoke to the Council", "spoke to the press", "spoke to the crowd")
            if not t.text.isalpha() or t.low in _PREPOSITIONS or t.low in {"that", "which", "who", "and"}:
                break
        return True

    def _span(self, toks: list[_Tok], i: int, j: int) -> str:
        text = self._sentence[toks[i].start:toks[j - 1].end]
        if "**" in text:
            text = text.replace("**", "")  # (Markdown bold is no part of a name)
        if "  " in text:  # (nor the spaces of a link's address or a short name in brackets)
            text = " ".join(text.split()).replace(" ,", ",")
        return text

    def _skip_adverbs(self, toks: list[_Tok], j: int) -> int:
        while j < len(toks):
            low = toks[j].low
            if toks[j].text in {"[", "*", "_"} and j + 1 < len(toks) and toks[j + 1].text[:1].isalpha():
                j += 1  # "They [outlined key actions](https://...)": a Markdown link around the verb
                continue
            if low in _WEEKDAYS or (low in _ADVERBS and low not in {"had", "has", "have", "the", "in", "at"}) \
                    or (low.endswith("ly") and len(low) > 4 and low not in {"fly", "reply", "apply", "supply"}):
                j += 1
            elif low == "on" and j + 1 < len(toks) and (toks[j + 1].low in _WEEKDAYS or toks[j + 1].low in {"behalf"}):
                j += 2
                if j < len(toks) and toks[j].low in {"morning", "afternoon", "evening", "night"}:
                    j += 1  # "(Spicer) on Thursday evening (said)"
            elif low in {"has", "have", "had"} and self._perfect_at(toks, j + 1):
                j += 1  # "has said", "have made clear", "has again underscored", "has been"
            elif (low == "and" and j > 0 and toks[j - 1].low.endswith("ly") and j + 1 < len(toks)
                  and toks[j + 1].low.endswith("ly") and len(toks[j + 1].low) > 4):
                j += 1  # "has repeatedly and forcefully called for"
            elif low in {"in", "at"} and j + 2 < len(toks) and toks[j + 1].low in {"turn", "particular", "the"}:
                j += 2 if toks[j + 1].low != "the" else 1
                if toks[j - 1].low == "the" and j < len(toks):
                    j += 1
            else:
                break
        return j

    def _perfect_at(self, toks: list[_Tok], k: int) -> bool:
        """After "has/have/had": a participle, perhaps after adverbs ("has said", "has
        again underscored", "has repeatedly and forcefully called for", "has been")."""
        while k < len(toks) and (toks[k].low in {"again", "also", "long", "consistently", "always",
                                                 "since", "already", "both", "all", "and"}
                                 or (toks[k].low.endswith("ly") and len(toks[k].low) > 4)):
            k += 1
        return k < len(toks) and (toks[k].low.endswith("ed") or toks[k].low in self._speech
                                  and toks[k].low not in _BASE_FORMS  # ("have support available": a noun)
                                  or toks[k].low in {"been", "written", "spoken", "given", "made"})

    def _verb_at(
        self, toks: list[_Tok], j: int, *, tail: bool = False, plural: bool = True
    ) -> tuple[str, int, str] | None:
        """(cue, index after cue, 'speech' | 'narration') for a verb at token ``j``."""
        if j >= len(toks):
            return None
        low = toks[j].low
        if low in _VERB_EXCEPTIONS:  # (one set test on the hot path before the exceptions below)
            if low in _NOT_SPEECH_WITH and _NOT_SPEECH_WITH[low].match(self._sentence, toks[j].end):
                # "raised $3.2 million", "accepted tens of millions of dollars", "maintains an
                # overwhelming lead": money and standings, not words
                return None
            if low in {"told", "say"} and j > 0 and (
                    toks[j - 1].low == "all" and j + 1 < len(toks) and toks[j + 1].text == ","
                    or toks[j - 1].low == "they" and j > 1 and toks[j - 2].low == "as"):
                return None  # "All told, ...", "as they say in baseball": idioms
            if (low in _PASSIVE_WITHOUT_OBJECT and j + 1 < len(toks)
                    and toks[j + 1].low in _PASSIVE_WITHOUT_OBJECT[low]):
                return None  # "The man accused of buying the guns", "lauded for his effectiveness": passive
            if (low in _PLURAL_NOUN_VERBS and j > 0 and (toks[j - 1].low in _NUMBER_WORDS or toks[j - 1].text.isdigit()
                                                         or toks[j - 1].low in {"the", "these", "those", "many",
                                                                                "several", "other", "some"})):
                return None  # "The first four states that vote ...", "the reports": a noun
        if (j + 1 < len(toks) and toks[j + 1].low in _VERBS_AFTER_A_PLURAL_NOUN and low[-1:] == "s"
                and not toks[j].is_cap):
            return None  # "Abortion rights advocates said ...", "FEC reports show ...": a noun before its verb
        if toks[j].low in _WEIGHING or toks[j].low == "considered" and (not plural or j + 1 < len(toks) and (
                toks[j + 1].low in {"to", "as", "one"} or toks[j + 1].low == "the" and j + 2 < len(toks)
                and toks[j + 2].low in {"only", "most", "best", "first", "largest"})):
            # "states are considering legislation", "Trump considered running": weighing, not saying
            # (but a meeting's "Members considered ...": what they discussed; not "(is) considered the
            # only country that ...", a judgement)
            return None
        if j > 0 and toks[j].is_cap and toks[j].text[1:].islower() and toks[j - 1].is_cap \
                and toks[j - 1].text.isalpha() and j + 1 < len(toks) and not toks[j + 1].is_cap:
            # a capitalised word inside a name: "Operation Allies Welcome is ..." (but a heading in
            # title case: "Task Force Discussed Tackling Extreme Heat")
            return None
        if toks[j].low in _NOUN_OR_VERB and j > 0 and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() and (
                j + 1 >= len(toks) or toks[j + 1].text in {",", ".", ";", ")", "—", "–"}
                or toks[j + 1].low in {"and", "or", "who", "whose"}):
            return None  # "..., landlord associations, tenant advocates, and ...": a noun in a list
        if toks[j].low in {"called", "calls", "call"} and "“" in self._sentence and j + 2 < len(toks) \
                and toks[j + 1].low not in {"on", "for", "upon", "in", "with"}:
            # 'called the political system “rotten to the core”', 'called Trump “unhinged”': a judgement
            quote = next((k for k in range(j + 1, min(len(toks), j + 9)) if toks[k].text == "“"), None)
            if quote is not None and quote > j + 1 and not any(t.text in {".", ";", ","} or t.low == "to"
                                                                for t in toks[j + 1:quote]):
                return toks[j].text, j + 1, "speech"
        phrases = _PHRASES_BY_FIRST.get(toks[j].low, ())
        words = " ".join(t.low for t in toks[j:j + 4]) if phrases else ""
        for phrase in phrases:
            if words.startswith(phrase) and (len(words) == len(phrase) or not words[len(phrase)].isalpha()):
                n = len(phrase.split())
                if phrase.startswith(("had ", "held ")) and HAD_MEETING.match(" ".join(t.low for t in toks[j:j + 8])):
                    continue  # "had a constructive virtual meeting about ...": a meeting
                if phrase.endswith(" on") and not phrase.startswith("call") and j + n < len(toks) and (
                        toks[j + n].low in _WEEKDAYS or toks[j + n].low in _MONTHS or toks[j + n].low in {"phone", "behalf"}
                        or toks[j + n].low == "the" and (j + n + 1 >= len(toks) or toks[j + n + 1].low in _NOT_TOPICS)):
                    continue  # "spoke on Monday with ...", "spoke on the phone": not a topic
                if phrase.startswith("confer") and j + n < len(toks) and (
                        toks[j + n].is_cap or toks[j + n].low in {"him", "her", "them"}):
                    continue  # "conferred on him the Order of ...": an award, not a talk
                if phrase.startswith("focus") and not (j > 0 and (toks[j - 1].low in {"they", "he", "she", "we"}
                                                                   or toks[j - 1].low in GROUP_PLURALS)):
                    return None  # "They focused on ..." (speech), "The dialogue focused on ..." (the event)
                if phrase.startswith(("called on", "calls on", "call on", "called upon", "calls upon", "call upon")) and not self._followed_by_to(toks, j + n):
                    return " ".join(t.text for t in toks[j:j + n]), j + n, "narration"
                return " ".join(t.text for t in toks[j:j + n]), j + n, "speech"
        if j > 0 and (toks[j - 1].low.endswith("'s") or toks[j - 1].low in _PREPOSITIONS):
            return None  # "Minister Maliki's remarks", "leaders from states": nouns, not verbs
        # (the light-verb patterns start with one of a few verbs: only then build the window)
        window = " ".join(t.low for t in toks[j:j + 12]) if toks[j].low in _LIGHT_VERBS else ""
        match = HAD_DISCUSSION.match(window)
        if match:
            n = len(match.group().split())
            if re.search(r"\b(?:roundtable|panel)\b", match.group()) or toks[j].low in {"held", "holds", "hold"} and re.search(
                    r"\b(?:first|second|third|fourth|fifth|inaugural|annual|ministerial|high-level|strategic)\b",
                    match.group()) or (
                    j + n < len(toks) and toks[j + n].low == "at" and toks[j].low in {"continued", "advanced"}):
                # "held a roundtable discussion", "continued the conversation at USDA" (a venue)
                return self._span(toks, j, j + n), j + n, "narration"
            return self._span(toks, j, j + n), j + n, "speech"
        match = HAD_MEETING.match(window)
        if match:
            n = len(match.group().split())
            return self._span(toks, j, j + n), j + n, "narration"
        match = _MADE_PROPOSALS.match(window)
        if match:
            n = len(match.group().split())
            return self._span(toks, j, j + n), j + n, "speech"  # "made some proposals on ..."
        low = toks[j].low
        if low in {"let", "lets"} and j + 2 < len(toks):
            know = next((k for k in range(j + 1, min(len(toks), j + 8)) if toks[k].low == "know"), None)
            if know is not None and all(t.is_cap or t.low in {"him", "her", "them", "the", "of"} or t.text == "."
                                        for t in toks[j + 1:know]):
                return f"{toks[j].text} know", know + 1, "speech"  # "let Acting Administrator Fenton know that ..."
        if (low in {"continued", "continue", "continues"} and j + 2 < len(toks) and toks[j + 1].low == "to"
                and toks[j + 2].low in _BASE_FORMS and toks[j + 2].low in self._speech):
            return self._span(toks, j, j + 3), j + 3, "speech"  # "officials also continued to discuss ..."
        if low in {"would", "wish", "wishes", "wished"} and j + 3 < len(toks):
            a = j + 1 + (toks[j + 1].low in {"also", "again", "now", "further"})  # ("would also like to")
            if (a + 2 < len(toks) and toks[a].low in {"like", "to"} and toks[a + (toks[a].low == "like")].low == "to"
                    and (toks[a + 1 + (toks[a].low == "like")].low in _BASE_FORMS
                         or toks[a + 1 + (toks[a].low == "like")].low in _FRAMING_BASE)):
                k = a + 1 + (toks[a].low == "like")
                if toks[k].low in _FRAMING_BASE:
                    if k + 2 < len(toks) and toks[k + 1].low == "by" and toks[k + 2].low in self._speech:
                        return toks[k + 2].text, k + 3, "speech"  # "I would like to conclude by thanking ..."
                    return None
                return toks[k].text, k + 1, "speech"  # "We would like to acknowledge ..." 
        if low in {"is", "are", "was", "were"} and j + 2 < len(toks):
            m = j + 1 + (toks[j + 1].low in {"also", "now", "still", "again", "further"})
            phrases_m = _PHRASES_BY_FIRST.get(toks[m].low, ())
            if (toks[m].low.endswith("ing") and toks[m].low in self._speech and toks[m].low not in _WEIGHING
                    and not (toks[m].low in _NOT_SPEECH_WITH
                             and _NOT_SPEECH_WITH[toks[m].low].match(self._sentence, toks[m].end))):
                window = " ".join(t.low for t in toks[m:m + 3])
                phrase = next((ph for ph in phrases_m if window.startswith(ph)), None)
                n = len(phrase.split()) if phrase else 1
                return self._span(toks, m, m + n), m + n, "speech"  # "Both sides are discussing", "is also calling on"
        if low in _STANCE_VERBS:
            # "We remain deeply concerned", "Singapore is committed to", "stands ready"
            k = j + 1
            while k < len(toks) and (toks[k].low.endswith("ly") or toks[k].low in {"also", "still", "very", "fully", "firmly"}):
                k += 1
            if k < len(toks) and toks[k].low in _STANCE_ADJECTIVES:
                return f"{toks[j].text} {toks[k].text}", k + 1, "speech"
            if low in {"stand", "stands"} and k + 1 < len(toks) and (
                    toks[k].low == "in" and toks[k + 1].low == "solidarity"
                    or toks[k].low in {"with", "behind"} and toks[k + 1].low in _STANDS_WITH):
                n = k + (2 if toks[k].low == "in" else 1)
                return self._span(toks, j, n), n, "speech"  # "Singapore stands in solidarity with ..."
            return None
        if low.endswith("ing"):
            return None
        if low in {"sought", "seek", "seeks"} and j + 1 < len(toks) and toks[j + 1].low == "to":
            return None  # "The Administration has sought to accelerate ...": an aim (not "sought feedback")

        if low in {"called", "calls"}:
            # "She called Massachusetts a national model" (speech) vs "called the Prime Minister"
            nxt = [t.low for t in toks[j + 1:j + 6]]
            if toks[j + 1:j + 2] and toks[j + 1].is_cap and any(w in {"a", "an"} for w in nxt[1:]):
                return toks[j].text, j + 1, "speech"
            return toks[j].text, j + 1, "narration"
        if low in {"share", "shares", "shared"} and not self._shares_speech(toks, j):
            return None
        if low.endswith("s") and j + 1 < len(toks) and toks[j + 1].low in {"is", "are", "was", "were"}:
            return None  # "Minister Balakrishnans remarks is below": a noun
        if low in {"welcomed", "welcomes", "welcome"} and (self._titled_person_at(toks, j + 1)
                                                           or self._guests_at(toks, j + 1)
                                                           or _body_of_people_at(toks, j + 1)):
            # "welcomed Foreign Minister X", "welcomed small business owners ... for a discussion",
            # "welcomed the Board of Directors of ..."
            return toks[j].text, j + 1, "narration"
        if low in {"addressed", "addresses"}:
            # "addressed the importance of ...", "addressed efforts to ..." (a topic), not
            # "addressed the conference" (a speech without its content)
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low in {"the", "a", "their", "our", "his", "her", "its"})
            if k < len(toks) and (toks[k].low in _ADDRESSED or toks[k].low in _TOPICS):
                return toks[j].text, j + 1, "speech"
            for m in range(k, min(k + 5, len(toks))):
                if toks[m].is_cap or not toks[m].text[:1].isalpha() and toks[m].text != "," or toks[m].low in _PREPOSITIONS:
                    break
                if toks[m].low in _ADDRESSED or toks[m].low in _TOPICS or toks[m].low in {"crisis", "situation",
                                                                                          "conflict", "war"}:
                    return toks[j].text, j + 1, "speech"  # "addressed the worsening crisis", "pressing challenges"
            if k < len(toks) and toks[k].low in {"how", "why", "what", "whether"}:
                return toks[j].text, j + 1, "speech"  # "addressed how the country will invest ..."
            if k > j + 1 and k + 2 < len(toks) and toks[k].text.islower() and toks[k].low not in _AUDIENCES:
                # "addressed the possible harms from ...", "the geopolitical competition in ...": a
                # lower-case topic, not an audience ("addressed the group of fellows", "the Council")
                m = k
                while m < min(k + 4, len(toks)) and toks[m].text.islower() and toks[m].low not in _PREPOSITIONS:
                    m += 1
                head = toks[m - 1].low if m > k else ""
                if head and head not in _AUDIENCES and head[:-1] not in _AUDIENCES and (
                        m >= len(toks) or toks[m].low in _PREPOSITIONS or toks[m].text in {",", "."}):
                    return toks[j].text, j + 1, "speech"
            return None
        if low in {"written", "wrote", "write", "writes"} and j + 2 < len(toks) and toks[j + 1].low == "to" \
                and toks[j + 2].low in _PURPOSE_CUES:
            return toks[j + 2].text, j + 3, "speech"  # "have written to congratulate ..."
        if low in {"written", "wrote", "write", "writes"} and j + 3 < len(toks) and toks[j + 1].low == "to" \
                and (toks[j + 2].is_cap or toks[j + 2].low in {"the", "his", "her", "their", "our"}):
            # "have written to President X of Indonesia to convey their condolences": a letter to
            # someone, with what it says in the purpose clause
            to = next((k for k in range(j + 3, min(len(toks) - 1, j + 30)) if toks[k].low == "to"
                       and toks[k + 1].low in _PURPOSE_CUES), None)
            if to is not None and not any(t.text in {".", ";", ":"} or t.low in self._speech for t in toks[j + 2:to]):
                return toks[to + 1].text, to + 2, "speech"
        if low in {"spoke", "speaks", "speak"} and j + 3 < len(toks) and toks[j + 1].low == "to" and (
                toks[j + 2].low in {"how", "why", "what", "whether"}
                or toks[j + 2].low == "the" and any(t.low in _ADDRESSED or t.low in _TOPICS for t in toks[j + 3:j + 5])
                or self._spoken_topic(toks, j + 2)):
            return self._span(toks, j, j + 2), j + 2, "speech"  # "spoke to the urgent need to ..."
        if low in {"covered", "covers"}:
            # "They covered a range of issues" (speech); "The storm covered the coast" (not)
            if j > 0 and (toks[j - 1].low in _GATHERINGS or toks[j - 1].low in _EVENT_HEADS
                          or toks[j - 1].low[:-1] in _GATHERINGS or toks[j - 1].low in {"have", "has"}
                          and j > 1 and toks[j - 2].low[:-1] in _GATHERINGS):
                return None  # "The meeting covered ...": the event, not a speaker
            if any(t.low in {"issues", "topics", "range", "matters", "subjects", "questions", "outreach", "progress",
                             "benefits", "importance", "impact", "need",
                             "efforts", "developments", "steps"} for t in toks[j + 1:j + 5]):
                return toks[j].text, j + 1, "speech"
            return None
        if low in {"reflect", "reflects", "reflected"} and not (
                j + 1 < len(toks) and toks[j + 1].low in {"on", "upon", "that"}):
            return None  # "The announcement reflects the ties" (not "reflected on the year")
        if (low.startswith(("propos", "finali", "request", "issu", "publish")) and low.endswith(("ed", "es", "e", "s"))
                and any(t.low in _RULEMAKING for t in toks[j + 1:j + 4])):
            # "The FTC proposed a rule that would prohibit ...", "finalized rules", "requested
            # supplemental funding": regulation and budgets, the narrator's news of actions
            return toks[j].text, j + 1, "narration"
        if low in {"answered", "answers", "answer", "heeded", "heeds"} and any(
                t.low in {"call", "calls", "appeal"} for t in toks[j + 1:j + 5]):
            return toks[j].text, j + 1, "narration"  # "answered President Biden's call to action": acting on it
        if low in {"presented", "presents", "present"} and j + 1 < len(toks) and toks[j + 1].low not in _PRONOUNS and any(
                t.low in _FINDINGS for t in toks[j + 1:j + 5]) and not any(t.is_cap for t in toks[j + 1:j + 2]):
            return toks[j].text, j + 1, "speech"  # "presented a new report on ...", "presented their findings"
        if low in {"welcomed", "welcomes", "welcome", "admitted", "resettled"} and j + 2 < len(toks) and (
                toks[j + 1].text[:1].isdigit() or toks[j + 1].low in {"more", "over", "nearly", "almost", "about",
                                                                      "some", "approximately", "roughly"}
                and any(t.text[:1].isdigit() for t in toks[j + 2:j + 4])) and any(
                t.low in _ARRIVALS or _people_plural(t.low) for t in toks[j + 2:j + 6]):
            return toks[j].text, j + 1, "narration"  # "has welcomed more than 2,000 refugees": receiving people
        if low in {"committed", "commits", "commit"} and j + 2 < len(toks) and (
                toks[j + 1].text[:1] in "$€£" or toks[j + 1].text[:1].isdigit()
                or toks[j + 1].low in {"more", "over", "nearly", "almost", "about", "approximately", "up", "an"}
                and any(t.text[:1] in "$€£" or t.text[:1].isdigit() for t in toks[j + 2:j + 4])):
            return toks[j].text, j + 1, "narration"  # "have committed more than $300 million of ... funds"
        if low in {"conveyed", "conveys", "delivered", "handed", "presented"} and j + 2 < len(toks) and \
                toks[j + 1].low in {"a", "the", "an", "signed"} and \
                any(t.low in _HANDED_OVER for t in toks[j + 2:j + 6]):
            return toks[j].text, j + 1, "narration"  # "conveyed a letter from ...": handing it over
        if low in {"used", "uses", "spent", "spends"} and j + 6 < len(toks) and toks[j + 1].low == "the":
            # "The Council members used the rest of the meeting to discuss ...", "spent the
            # remainder of the call discussing ...": what the time was for is what they did
            of = next((k for k in range(j + 2, j + 5) if toks[k].low == "of"), None)
            if of is not None and of + 2 < len(toks) and toks[of + 1].low in {"the", "their", "this"} \
                    and toks[of + 2].low in _GATHERINGS | {"meeting", "call", "session", "time", "day", "visit"}:
                k = of + 3
                if k + 1 < len(toks) and toks[k].low == "to" and toks[k + 1].low in _BASE_FORMS:
                    return toks[k + 1].text, k + 2, "speech"
                if k < len(toks) and toks[k].low.endswith("ing") and toks[k].low in self._speech:
                    return toks[k].text, k + 1, "speech"
        if (low in {"had", "has", "have", "took", "takes", "take", "used", "uses", "use"} and j + 4 < len(toks)
                and toks[j + 1].low == "the" and toks[j + 2].low == "opportunity" and toks[j + 3].low == "to"):
            if toks[j + 4].low in _BASE_FORMS:
                return toks[j + 4].text, j + 5, "speech"  # "had the opportunity to discuss ..."
            if toks[j + 4].low in _NARRATION_BASE:
                return toks[j + 4].text, j + 5, "narration"  # "had the opportunity to meet ... and they discussed"
        if low in _GIVING and any(t.low in _GIVEN_SPEECH for t in toks[j + 1:j + 7]):
            # "provided the President with their ideas", "provided an overview of ..."
            k = next(k for k in range(j + 1, j + 7) if toks[k].low in _GIVEN_SPEECH)
            if not (k > j + 1 and toks[k - 1].low in {"opening", "closing", "welcome", "welcoming"}):
                return toks[j].text, j + 1, "speech"
        if (low in {"reports", "notes", "states", "calls"} and j > 0
                and toks[j - 1].low in {"news", "media", "press", "intelligence", "recent", "these",
                                        "those", "such", "official", "public", "credible"}):
            return None  # "news reports from across the country show ...": the noun
        if low in {"state", "states"} and (toks[j].is_cap or j + 1 >= len(toks)
                                           or toks[j + 1].low not in {"that", ":"}):
            return None  # "United States Senator", "several other states are": the noun
        if (j > 0 and toks[j - 1].low in {"and", "or"} and low.endswith("s") and not low.endswith("ss")
                and low in self._speech):
            return None  # "players and advocates shared": a noun after "and"
        if low in self._speech and low.endswith("s") and not low.endswith("ss") and (
                j + 1 < len(toks) and toks[j + 1].low in {"and", "who", "from", "of", ":"}
                and not (toks[j + 1].text == ":" and low in {"says", "adds", "writes", "tweets", "explains"})
                or j >= 2 and toks[j - 2].low in _DETERMINERS and not toks[j - 1].is_cap
                and toks[j - 1].low not in _ADVERBS and toks[j - 1].text.isalpha()
                and j + 1 < len(toks) and toks[j + 1].low in {"of", "between", "among"}):
            return None  # "rights advocates and legislators", "The frequent exchanges of visits": nouns
        if (low.endswith("ed") and j + 1 < len(toks) and toks[j + 1].low in {"included", "includes", "include"}
                and j > 0 and toks[j - 1].low.endswith("s")):
            return None  # "Topics discussed included ...": a participle after its noun
        if low in {"directed", "instructed", "tasked"}:  # (but asking someone to go is a request: speech)
            to = next((m for m in range(j + 1, min(len(toks) - 1, j + 12)) if toks[m].low == "to"), None)
            if to is not None and toks[to + 1].low in {"travel", "visit", "go", "deploy", "lead", "attend", "meet",
                                                        "fly", "return", "join", "accompany"}:
                return toks[j].text, j + 1, "narration"  # "she directed her adviser, X, to travel to Israel"
        if (low in {"plans", "plan", "planned"} and j > 0 and j + 2 < len(toks) and toks[j + 1].low == "to"
                and toks[j + 2].low not in _NARRATION_BASE and not toks[j - 1].low in _DETERMINERS):
            return toks[j].text, j + 1, "speech"  # "the United States plans to provide ...": a stated plan
        if low in {"presented", "presents", "present"} and any(t.low in _PRESENTED for t in toks[j + 1:j + 6]):
            return toks[j].text, j + 1, "speech"  # "The delegation presented a number of new initiatives ..."
        if low in {"tasked", "tasks", "task"} and (not self._followed_by_to(toks, j + 1) or next(
                (t.low for t in toks[j + 1:j + 7] if t.low in {"with", "to"}), "") == "with"):
            return None  # "tasked their teams to follow up" (an instruction), not "tasked the office with ..."
        if low in self._speech:
            if low in {"look", "looks", "looked", "stand", "stands", "stood", "point", "points",
                       "pointed", "call", "make", "made"}:
                return None
            if low in {"pay", "paid", "pays"}:
                return toks[j].text, j + 1, "narration"  # "paid their respects ... and offered ..."
            if low in _BASE_FORMS and not plural:
                return None
            return toks[j].text, j + 1, "speech"
        if low in self._narration:
            return toks[j].text, j + 1, "narration"
        return None

    @staticmethod
    def _guests_at(toks: list[_Tok], k: int) -> bool:
        """Do people arrive at ``k``: a plural of people within four words, then "to", "for",
        "from" or "at" ("welcomed small business owners and leaders ... for a discussion")?"""
        for m in range(k, min(len(toks) - 1, k + 4)):
            if not toks[m].text.isalpha() or toks[m].is_cap and m > k:
                return False
            if toks[m].low in GROUP_PLURALS or toks[m].low in _PEOPLE_PLURALS or toks[m].low.endswith(
                    ("ers", "ors", "ants", "ents", "ists", "ians")) and not toks[m].low.endswith("ments"):
                nxt = next((n for n in range(m + 1, min(len(toks), m + 12))
                            if toks[n].low in {"to", "for", "from", "at"}
                            or not toks[n].text.isalpha() and toks[n].text != ","), None)
                if nxt is None or toks[nxt].low not in {"to", "for", "from", "at"}:
                    return False
                # (but "welcomed Singapore companies to explore opportunities": an invitation)
                return not (toks[nxt].low == "to" and nxt + 1 < len(toks) and not toks[nxt + 1].is_cap
                            and toks[nxt + 1].low not in _DETERMINERS)
        return False

    @staticmethod
    def _titled_person_at(toks: list[_Tok], k: int) -> bool:
        """Does a titled name (not its possessive) start at ``k``: "Colombian Foreign
        Minister Alvaro Leyva" but not "President Lee's visit"?"""
        if k < len(toks) and toks[k].low in {"the", "his", "her"}:
            k += 1
        for n in (2, 1):  # ("Saudi Arabian Defense Minister Prince Khalid ...")
            if k + n <= len(toks) and country_of(" ".join(t.text for t in toks[k:k + n])):
                k += n
                break
        if k >= len(toks) or not toks[k].is_cap or toks[k].low not in _TITLE_LOWER or toks[k].low in _HONORIFICS:
            return False
        end = k
        while end < len(toks) and toks[end].is_cap:
            if toks[end].low.endswith(("'s", "s'")) or (toks[end].low.endswith("s") and end + 1 < len(toks)
                                                        and toks[end + 1].low == "'"):
                return False  # ("President Marcos’ announcement")
            end += 1
        return end > k + 1

    @staticmethod
    def _shares_speech(toks: list[_Tok], j: int) -> bool:
        """"shared their views", "share the assessment that" are speech; "Singapore and
        Bahrain share a mutual interest" (present tense: what they have in common) and
        "Singapore has shared its development experience" (what it did) are not."""
        if toks[j].low == "shared":
            return not (j > 0 and toks[j - 1].low in {"has", "have", "had"})
        return any(t.low in _SHARED_VIEWS for t in toks[j + 1:j + 5])

    @staticmethod
    def _followed_by_to(toks: list[_Tok], j: int) -> bool:
        """"called on Israel to do its utmost" (urging), not "called on and was hosted to
        lunch by ..." (a visit)."""
        if j < len(toks) and toks[j].low in {"and", "by", "at", "in"}:
            return False
        k, end = j, min(j + 20, len(toks))  # ("called on the Council of ... and the Office of ... to")
        while k < end:
            if toks[k].low == "to":
                n = k + 1 + (k + 1 < len(toks) and toks[k + 1].text in _QUOTES)
                return n < len(toks) and toks[n].low not in {"lunch", "dinner", "breakfast", "tea", "the", "a"} \
                    and not toks[n].is_cap  # (not "during his visit to Berlin")
            if toks[k].text in {"–", "—"}:
                # "called upon participants – including mayors, law enforcement, ... – to deploy"
                close = next((m for m in range(k + 1, min(k + 40, len(toks))) if toks[m].text in {"–", "—"}), None)
                if close is None:
                    return False
                k, end = close + 1, min(close + 4, len(toks))
                continue
            if toks[k].text in {",", ".", ";"}:
                return False
            k += 1
        return False

    # -------------------------------------------------------------- resolve

    def _resolve(self, np_text: str) -> Attribution | None:
        text = np_text.strip()
        low = text.lower().replace("’", "'")
        if low in {"he", "she"}:
            # The subject of an opening clause ("When Secretary-General X visited ..., he said");
            # else the last speaker; before anyone has spoken, the document's first-named person.
            person = self._opener_person or self.last_person or (self.people[0] if self.people else None)
            if person is None:
                return None
            if _GENDERED.get(person.honorific.lower().rstrip("."), low) != low and self._speaker_before is not None:
                person = self._speaker_before  # "Mrs Nancy Kissinger attended ... He asked ...": not her
            return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if low in _DISEASES:
            return None  # "First, COVID-19 underscored the importance of ...": no speaker
        if low.split(None, 1)[0] in _WEEKDAYS and " " in low:
            return None  # "Tuesday at Baldwin Wallace University, (Gov. Kasich said)": when, not who
        if low.rsplit(None, 1)[-1] in _MEDIA_HEADS and len(text.split()) >= 2 and all(
                w[:1].isupper() for w in text.split()[1:]) and (text[:1].isupper() or low.startswith("the ")):
            # "The Washington Post reported", "the Times said", "The Associated Press": a news outlet
            return Attribution(re.sub(r"^[Tt]he\s+", "", text), "organization")
        if low.startswith("one of "):
            # "One of the large grantee organizations", "one of the participants": one of them
            last = low.rsplit(None, 1)[-1]
            if last in _BODY_PLURALS:
                return Attribution(text, "organization")
            if _people_plural(last):
                return Attribution(text, "person")
        if low[:2] in {"a ", "an", "on"} or "'" in low or low[:1].isdigit() or " in " in low or low.startswith((
                "aides ", "advisers ", "advisors ", "allies ", "supporters ", "nearly ", "almost ", "roughly ",
                "more than ", "just ")):
            unnamed = _UNNAMED_ROLE.match(text)
            if unnamed is not None:
                # "A spokesman for the ministry", "A senior administration official", "An aide to
                # Sanders": somebody unnamed, as written; "Sanders’ aides": the people of someone
                return Attribution(text, "group" if unnamed.group("plural") or unnamed.group("plural2")
                                   or unnamed.group("share") else "person")
        authored = _AUTHORED.match(text) if "s " in low and "'s" in low else None
        if authored:
            # "The President's Executive Order (called on ...)", "Secretary Cruz's letter": the
            # document speaks for its author (RULES 4.7)
            author = self._resolve(authored.group("who"))
            if author is not None and author.kind in {"person", "organization"}:
                return author
        if low == "i":
            # The author: the document's speaker when known, else "I" as written (a speech
            # printed in a statement by someone the body does not name; RULES 3.1's role as
            # written). Outside quotations (which keep their owner), "I" is not the last person
            # reported on.
            if self.default_speaker:
                return Attribution(self.default_speaker, "person")
            return Attribution("I", "person")
        if low == "we":
            body = self._we_org or self.last_org
            if body is not None:
                short = self._short_names.get(body.speaker)
                if short and body.kind == "organization":
                    # the short name the text defines ("The Global Governance Group (3G)") is its "we"
                    return Attribution(short, "organization", affiliation=body.affiliation)
                return body
            if self.issuer:
                return Attribution(self.issuer, "organization")
            if self.default_speaker:
                return Attribution(self.default_speaker, "person")
            return None
        if low == "they":
            # The most recent of: the last group that spoke, the people of the last narration.
            if (self.last_org is not None and self._org_at == self._n - 1 and self._org_at > self._group_at
                    and not country_of(self.last_org.speaker)):
                return self.last_org  # "The Task Force echoed ... They noted ...": the body just heard
            if self._narration_group is not None and self._narration_at > self._group_at:
                return self._narration_group
            if self.last_group is not None:
                return self.last_group
            # No group named before: "they" as written (RULES §3.3), standing for the people
            # the document has named so far ("X met with his counterparts from A, B and C.
            # They exchanged views": X and people the text does not name).
            members = tuple(p.name for p in self._seen[:2]) or tuple(p.name for p in self.people[:2])
            if not members:
                return None
            return Attribution("They", "group", members=members)
        words = low.split()
        if (len(words) >= 4 and words[0][:-1] in _TITLE_LOWER and words[0].endswith("s") and "and" in words
                and text[:1].isupper() and all(w[:1].isupper() for w in text.split()[1:] if w not in {"and", ","})):
            # "Presidents Kagame and Tshisekedi"
            names = [self._resolve(p) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text.split(None, 1)[1])]
            if all(r is not None and r.kind == "person" for r in names):
                return Attribution(text, "group", members=tuple(r.speaker for r in names if r is not None))
        words = low.split()
        if (len(words) >= 4 and "," not in text and "and" not in words and "&" not in words
                and any(w.rstrip(".") in _PERSON_TITLES for w in words[:-2])):
            # "The Director of the National Science Foundation Sethuraman Panchanathan", "The White
            # House Coordinator for CHIPS Implementation Ronnie Chatterji": a title with its body,
            # then the name of a person the text gives
            parts = text.split()
            for n in (4, 3, 2):
                if len(parts) - n > 2 and all(w[:1].isupper() for w in parts[-n:]):
                    person = self._match_person(" ".join(parts[-n:]))
                    if person is not None and person.name == " ".join(parts[-n:]):
                        return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        postposed = _POSTPOSED.match(text)
        if postposed:
            # "companies large and small", "businesses big and small": the plural, then its range
            head = self._resolve(postposed.group(1))
            return Attribution(text, "group") if head is not None and head.kind == "group" else None
        if _NAMED_FOR.match(text) and text.split()[0].lower() not in _TITLE_LOWER:
            return Attribution(re.sub(r"^[Tt]he\s+", "", text), "organization")  # "Doctors for America"
        if _PLACE_BODY.match(text) and not country_of(text):
            return Attribution(re.sub(r"^[Tt]he\s+", "", text), "organization")  # "The State of Maine highlighted"
        if _BODY_OF.match(text) and not country_of(text) and text.split()[-1][:1].isupper() \
                and " and the " not in text and not any(
                w.lower().rstrip(".,") in _PERSON_TITLES or w.lower() in _ROLE_ABBREVIATIONS for w in text.split()[2:]):
            # "The Council of Economic Advisers", "the President's Council of Advisors on Science
            # and Technology": a body named by its head and what it is of or for
            return Attribution(re.sub(r"^[Tt]he\s+", "", text), "organization")
        post = next((n for n in range(1, min(4, len(words))) if words[n] in _POSTMODIFIERS or words[n] in {"who", "that"}),
                    0) if len(words) >= 3 and words[0] not in {"the", "both", "all"} else 0
        if (post
                and (not text[:1].isupper() or text.split()[0][1:].islower() and _people_plural(words[0])
                     or words[0] in {"several", "many", "some", "other", "most", "numerous"}
                     and _people_plural(words[post - 1])
                     or text.split()[post - 1].islower() and words[post - 1] in {"staff", "officials", "staffers"})):
            head = words[:post]
            if _people_plural(head[-1]):
                return Attribution(text, "group")  # "participants in the convening"
        if len(words) >= 3 and words[0] == "the" and words[2] in _POSTMODIFIERS and _people_plural(words[1]):
            return Attribution(_sentence_case(text), "group")  # "The CEOs in attendance"
        if re.sub(r"^the\s+", "", low) in {"united nations", "un"}:
            return Attribution("United Nations", "organization")  # (a body, not "nations")
        acronym = _ACRONYM_TITLE.fullmatch(text) if text[:2].isupper() else None
        if acronym is not None and not country_of(acronym.group(1)):
            # "SRSG Patten", "NSA Sullivan": an abbreviated title before a surname the text gave in full
            person = self._match_person(acronym.group(2))
            if person is not None and person.name != acronym.group(2):
                return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if (len(words) == 2 and text[:1].isupper() and words[1] == text.split()[1] and _people_plural(words[1])
                and words[0] not in {"the", "both", "all", "many", "some", "several", "other"}
                and not country_of(text.split()[0])):
            return Attribution(text, "group")  # "Black entrepreneurs", "Tribal leaders": unnamed people
        if low.endswith("-elect") and " " not in text.strip():
            return self._resolve(text[:-6])  # "mayors-elect" are mayors
        if ((" and " in low or " or " in low) and (text[:1].isupper() or low.startswith("the "))
                and _PEOPLE_OF_LEVELS.match(low) and _people_plural(low.rsplit(None, 1)[-1])):
            # "Federal and state officials": nobody named (as a subject that opens a clause; not
            # the end of a list: "... were scholars, policymakers, and civic and business leaders")
            return Attribution(_sentence_case(text), "group")
        # Coordination: "X and Y", "X, Y and Z" (but "Joseph R. Biden, Jr." is one person)
        text = re.sub(r",\s*(Jr|Sr)\b\.?", r" \1.", text)
        parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p.strip()]
        n = 0
        while n + 1 < len(parts):
            words_n = parts[n].split()
            words_next = parts[n + 1].split()
            if (len(words_n) <= 2 and all(w[:1].isupper() and w.lower() not in _PERSON_TITLES for w in words_n)
                    and len(words_next) >= 4 and f"{parts[n]} and {parts[n + 1]}" in text
                    and all(w[:1].isupper() for w in words_next)
                    and any(w.lower().rstrip(".") in _PERSON_TITLES for w in words_next[:-2])
                    and not country_of(parts[n]) and self._match_person(parts[n]) is None
                    and self._match_person(" ".join(words_next[-2:])) is not None):
                # "Health and Human Services Secretary Xavier Becerra": an "and" inside the name of
                # a department, before a title and a name
                parts[n:n + 2] = [f"{parts[n]} and {parts[n + 1]}"]
            elif (len(words_n) > 1 and words_n[-1].lower() in _TITLE_MODIFIERS
                    and f"{parts[n]} and {parts[n + 1]}" in text
                    and words_n[0].lower().rstrip(".") in _TITLE_LOWER and any(w in {"for", "of"} for w in words_n)
                    and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words_n)):
                # "Senior Advisor for Clean Energy Innovation and Implementation John Podesta":
                # an "and" inside a title
                parts[n:n + 2] = [f"{parts[n]} and {parts[n + 1]}"]
            elif (re.search(r"\b(?:for|of)\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)*$", parts[n])
                  and any(w.lower().rstrip(".") in _PERSON_TITLES for w in words_n)
                  and f"{parts[n]} and {parts[n + 1]}" in text and len(parts[n + 1].split()) >= 3
                  and self._match_person(" ".join(parts[n].split()[-2:])) is None
                  and self._match_person(parts[n].split()[-1]) is None
                  and not any(p.name in parts[n] for p in self.people if " " in p.name)  # ("PM Ardern of New Zealand")
                  and all(w[:1].isupper() for w in parts[n + 1].split())
                  and self._match_person(" ".join(parts[n + 1].split()[-2:])) is not None):
                # "Coordinator for the Middle East and North Africa Brett McGurk": a region with
                # an "and" inside a title, before the name
                person = self._match_person(" ".join(parts[n + 1].split()[-2:]))
                if len(parts) == 2 and person is not None:
                    return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
                parts[n:n + 2] = [f"{parts[n]} and {parts[n + 1]}"]
            else:
                n += 1
        one = re.fullmatch(r"(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+)+)and\s+(?:[A-Z][\w-]*\s+)*([A-Z]\w+)", text)
        if (one and len(parts) == 2 and one.group(2).lower() in ORG_WORDS and not one.group(2).endswith("s")
                and not country_of(one.group(1).strip()) and self._match_person(one.group(1).strip()) is None):
            # "the National Oceanic and Atmospheric Administration": one body, its name with "and"
            return Attribution(re.sub(r"^[Tt]he\s+", "", text), "organization")
        body = re.match(r"^(?:the\s+)?(\w+)\s+(?:of|for)\s", text, flags=re.I)
        if body is None and "," not in text:
            # "the U.S. Department of Health and Human Services": one body
            body = re.match(r"^(?:[Tt]he\s+)?(?:U\.S\.|US|[A-Z][a-z]+(?:an|ese|ish|i))\s+(\w+)\s+(?:of|for)\s", text)
        if body and body.group(1).lower() in ORG_WORDS:
            if re.search(r"(?:\sand|,)\s+the\s+(?:\w+\s+){0,2}(?:" + "|".join(_BODIES) + r")\b", text):
                # "the Ministry of Communications and Information and the Jordanian Ministry of ...":
                # two bodies speaking together
                return Attribution(text, "group")
            parts = [text]  # "the Department of Health and Human Services": one body
        if (len(parts) > 1 and text.startswith(parts[0] + ",") and not self._bare_title(parts[0])
                and parts[0].split()[0].lower() not in {"the", "his", "her"}
                and all(self._bare_title(p) for p in parts[1:])):
            # "Kamal Nath, Commerce and Industry Minister": a name and its titles in apposition
            one = self._resolve(parts[0])
            if one is not None and one.kind == "person":
                return one
        if len(parts) > 1 and all(self._bare_title(p) for p in parts[:-1]) and not self._bare_title(parts[-1]):
            # "Senior Advisor and Infrastructure Coordinator Landrieu", "Cambodian DPM and
            # Foreign Minister Prak Sokhonn": one person with two titles (but "PM and DPM
            # Wong" are two people when the document has another PM)
            one = self._resolve(parts[-1])
            others = [self._by_role(" ".join(w for w in p.split() if not country_of(w))) for p in parts[:-1]]
            if one is not None and one.kind == "person" and all(
                    o is None or o.name == one.speaker for o in others):
                return one
        if len(parts) > 1 and not country_of(text) and not (body and body.group(1).lower() in ORG_WORDS):
            # "Deputy Prime Minister and Coordinating Minister ... Heng Swee Keat" inside a list:
            # a bare title before a titled name is that person's second title
            parts = [p for n, p in enumerate(parts) if not self._second_title(p, parts[n + 1:n + 2], text)]
            # "The President and Vice President": a bare title is a role noun too
            parts = [("the " + p if all(w.lower().rstrip(".") in _TITLE_LOWER for w in p.split())
                      and p.split()[0].lower() not in {"the", "his", "her"}
                      and p.lower() not in _ROLE_ABBREVIATIONS else p) for p in parts]
            # ("... and the international financial institutions": people the text does not name)
            resolved = [self._resolve(p) or (Attribution(p, "group") if _UNNAMED_PLURAL.fullmatch(p)
                                             or _UNNAMED_BODY.fullmatch(p) else None)
                        for p in parts]
            if all(r is not None for r in resolved):
                members: list[str] = []
                for part, r in zip(parts, resolved):
                    assert r is not None
                    if r.kind == "group" and part[:1].islower():
                        continue  # "young leaders": people the text does not name
                    if r.kind == "person":
                        members.append(r.speaker)
                    elif r.kind == "organization":
                        members.extend(p.name for p in self.people if p.affiliation == r.speaker)
                    else:
                        members.extend(r.members)
                return Attribution(_sentence_case(text), "group", members=tuple(dict.fromkeys(members)))
            return None
        words = low.split()
        if len(words) >= 2 and words[-1] == "general" and words[-2] in _PLURAL_GENERALS:
            return Attribution(text, "group")  # "attorneys general"
        if words and words[0].endswith("'s") and (words[0][:-2] in _WEEKDAYS or words[0][:-2] in {
                "today", "yesterday", "tomorrow", "tonight", "this", "last", "week", "month", "year"}):
            return Attribution()  # "Friday's meeting", "Today's announcement": an event
        if _is_event(words):
            return Attribution()  # the event itself: narration
        if words in (["many"], ["several"], ["some"], ["others"], ["most"]):
            return Attribution(text, "group")  # "Many also underscored ...": some of those just named
        if words in (["the", "group"], ["the", "groups"], ["this", "group"]):
            return Attribution(_sentence_case(text), "group")  # "The group discussed ..."
        if len(words) <= 4 and (words[0] in {"the", "his", "her", "their", "our"} or words[-1] == "leadership") \
                and words[-1] in {"delegation", "team", "leadership", "staff"}:
            # "The delegation", "his economic team", "his staff": people, not a body
            return Attribution(_sentence_case(text), "group")
        if words[:3] == ["the", "leadership", "of"]:
            return Attribution(_sentence_case(text), "group")  # "The leadership of the White House Office of ..."

        if words in (["both"], ["all"], ["each"]):
            # "Both agreed to ...": the parties last named together
            if words == ["both"]:
                for group in (self.last_group, self._narration_group):
                    if group is not None and len(group.members) == 2:
                        return group
                if len(self.people) >= 2:
                    members = self._principals()
                    return Attribution("Both", "group", members=members)
            they = self._resolve("they")
            if they is not None and they.kind == "group":
                return they
            return None
        if all(w.rstrip(".") in _TITLE_LOWER for w in words) and words[0] != "the":
            # A bare title as subject: "DPM stressed", "PM said" = "the DPM", "the PM"
            person = self._by_role(text)
            if person is not None:
                return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        bare = [w for w in words if w not in {"the", "both", "all", "each"}]
        if bare in (["pair"], ["trio"]) and words[0] == "the":
            # "The pair also discussed ...": the two (three) people of the meeting
            return Attribution(_sentence_case(text), "group", members=self._principals(2 if bare[0] == "pair" else 3))
        if bare and bare[0] in _NUMBERS and words[0] == "the" and (
                len(bare) == 1 or bare[-1] in GROUP_PLURALS or re.fullmatch(r"[a-z]{2,6}s", bare[-1])
                and text.split()[-1][:-1].isupper()):
            # "The two", "the three NSAs", "The two leaders"
            return Attribution(_sentence_case(text), "group", members=self._principals(int(_NUMBERS[bare[0]])))
        head = re.split(r"\s+(?:of|from|with|for|in|across|at|representing)\s+", low)[0].split()
        if len(head) < len(words) and head and head[-1] in GROUP_PLURALS:
            # "The Members of Congress", "Senior officials from HHS": a group, by its head noun
            return Attribution(_sentence_case(text), "group")
        # Group nouns: "The two sides", "Both leaders", "The Ministers".
        if bare and bare[-1] in {"sides", "leaders", "ministers", "presidents", "delegations",
                                 "parties", "countries", "nations", "counterparts", "officials",
                                 "governments", "chancellors", "premiers", "secretaries",
                                 "teams", "participants"} or words[:1] == ["both"] and len(words) > 1 \
                or words[:1] == ["each"] and 1 < len(words) <= 3:  # ("Each side committed to ...", "Each member
            # agency spoke to ...": the sides or members, in turn)
            return Attribution(_sentence_case(text), "group", members=self._principals())
        if bare and bare[-1] in _GATHERINGS:
            return Attribution(_sentence_case(text), "group")
        if bare and bare[-1] in _BODY_PLURALS and len(bare) <= 3 and text.split()[-1].islower():
            return Attribution(_sentence_case(text), "group")  # "Several organizations", "Some companies"
        if (bare and (bare[-1].endswith(_AGENT_PLURALS) or bare[-1] in _PEOPLE_PLURALS or bare[-1] == "staff")
                and (len(bare) == 1 or text.split()[-1].islower())
                and text.split()[-1] not in self._surnames() and not country_of(text)):
            return Attribution(text, "group")  # "Manufacturers also described ...", "Some strategists"
        if (bare and bare[-1].endswith("s") and bare[-1][:-1] in _TITLE_LOWER and len(bare[-1]) > 3
                and bare[-1][:-1] not in _HONORIFICS and not country_of(text)
                and text.split()[-1] not in self._surnames()  # ("... Lee Moss": not "MOS" plural)
                and not any(w in ORG_WORDS for w in words)):
            return Attribution(_sentence_case(text), "group")  # "The CEOs", "the Governors"
        if bare and bare[-1] in GROUP_PLURALS and not country_of(text):
            return Attribution(_sentence_case(text) if words[0] in {"the", "both"} else text, "group",
                               members=self._principals() if bare[-1] in _PRINCIPAL_GROUPS else ())
        # Organizations: states and bodies.
        country = country_of(text) or (country_of(" ".join(text.split()[1:])) if words[0] == "the" else None)
        if country:
            return Attribution(country, "organization", affiliation=country)
        if re.sub(r"^the\s+", "", low) in _REGIONS:
            return Attribution(text, "organization")  # "Africa has decided to ...": a continent's states
        if len(words) >= 2 and words[-1] == "side":
            # "The U.S. side", "the Chinese side": a delegation, its members speaking together (RULES §3.3)
            c = country_of(" ".join(text.split()[-3:-1])) if len(words) > 2 else None
            c = c or country_of(text.split()[-2])
            if c:
                return Attribution(_sentence_case(text), "group", affiliation=c)
        acronym = re.fullmatch(r"(?:[Tt]he\s+)?((?=[A-Z0-9&-]*[A-Z])[A-Z0-9][A-Z0-9&-]{1,7})", text, flags=0)
        tail = text.split()
        for n in (3, 2, 1):
            # "White House Domestic Policy Advisor Ambassador Susan Rice": a titled person
            if len(tail) > n and tail[-n - 1].lower().rstrip(".") in _PERSON_TITLES and tail[-n][:1].isupper():
                person = self._match_person(" ".join(tail[-n:]), role=" ".join(
                    w for w in tail[:-n] if w.lower().rstrip(".") in _TITLE_LOWER and w.lower() not in _CONNECTORS))
                if person is not None:
                    return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if (len(tail) >= 4 and tail[0].lower().rstrip(".") in _PERSON_TITLES and tail[-1][:1].isupper()
                and tail[-2][:1].isupper() and tail[-1].lower() not in ORG_WORDS and tail[-2].lower() not in ORG_WORDS
                and tail[-1].lower() not in NON_NAME_WORDS):
            # "Chair of the Federal Communications Commission Jessica Rosenworcel": a titled name
            person = self._register_chunk(_tokens(text), sentence_start=True)
            if person is not None:
                return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if words[0] in {"a", "an", "one", "another"} and words[-1] in _PERSON_NOUNS and words[-1] not in _TITLE_LOWER:
            return Attribution(text, "person")  # "A call center professional": somebody unnamed
        if any(w.strip(".,") in ORG_WORDS for w in words) or acronym:
            org = re.sub(r"^the\s+", "", text, flags=re.I)
            return Attribution(org[:1].upper() + org[1:], "organization")
        # Role nouns: "The President", "the Foreign Minister" (not "the Task Force", a body).
        if words[0] == "the" and all(w.rstrip(".") in _TITLE_LOWER for w in words[1:]) and words[-1] not in ORG_WORDS:
            person = self._by_role(text)
            if person is None:
                # The role noun as written when the document never names the person.
                role = " ".join(text.split()[1:])
                return Attribution("the " + role, "person") if role else None
            return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if words[0] in {"his", "her"} and len(words) > 1 and all(
                w in _HONORIFICS or w in {"royal"} for w in words[1:]):
            # "His Majesty", "His Royal Highness": the person the document so styles
            styled = self._styles.get(words[-1], [])
            person = next((p for p in (self.last_mentioned, self.last_person) if p in styled),
                          styled[-1] if styled else None)
            if person is None:
                return None
            return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if "percent" in low and _SHARE.match(text) is not None and len(text.split()) <= 6:
            return Attribution(text, "group")  # "Twelve percent (indicated)": a share of people polled
        if "'s " in low and _POSSESSIVE_ROLE.match(text) is not None:
            return Attribution(text, "person")  # "Pagliano's lawyer", "Obama's former campaign strategist"
        campaign = _NAMED_CAMPAIGN.match(text) if low[-4:] in {"aign", "camp", "team", "tion"} else None
        if campaign is not None:
            # "Donald Trump’s campaign", "the Obama campaign", "the Clinton team": a body named after
            # a person, never that person (nor a person named "Donald Trump campaign")
            return Attribution(campaign.group("body"), "organization")
        # A name, possibly with a title.
        toks = _tokens(text)
        if (toks and toks[-1].text[:1].islower() and toks[-1].text.isalpha() and not any(t.is_cap for t in toks[1:])
                and (not toks[0].is_cap or toks[0].low in _DETERMINERS or toks[0].low in {"one", "another"})
                and (toks[0].low in {"a", "an", "one", "another"} or toks[-1].low not in _TITLE_LOWER
                     and toks[-1].low not in _PERSON_NOUNS
                     and not toks[-1].low.endswith(("er", "or", "ist", "ian", "ant")))):
            # "the unique national context" is nobody (but "the Vermont senator"); "One family
            # member" is somebody the text does not name (see _resolve_loose)
            return None
        person = self._register_chunk(toks, sentence_start=True, allow_untitled=True) if toks else None
        if person is None:
            core = [t.text for t in toks if t.low.rstrip(".") not in _TITLE_LOWER]
            if toks and toks[-1].low.rstrip(".") in _TITLE_LOWER and toks[0].low in {"a", "an", "the"}:
                # A role with no name: "An MFA Spokesperson said" -> "an MFA Spokesperson"
                return Attribution(toks[0].low + text[len(toks[0].text):], "person")
            if not core or not all(t[:1].isupper() for t in core):
                return None
            if core[0].lower() in {"the"} or core[-1].lower() in NON_NAME_WORDS or (
                    toks[-1].low in NON_NAME_WORDS and toks[-1].is_cap and len(toks) > 1
                    and not any(t.low.rstrip(".") in _PERSON_TITLES for t in toks)):  # ("Hecate Energy")
                org = re.sub(r"^the\s+", "", text, flags=re.I)
                return Attribution(org[:1].upper() + org[1:], "organization")
            last = core[-1].lower()
            if (last in _PLURAL_FOLK or last in GROUP_PLURALS or last in _PEOPLE_PLURALS
                    or len(core) > 1 and last.endswith(("icans", "eans"))):  # (but "Brian Dees", "Larry Summers")
                return Attribution(_sentence_case(text), "group")  # "Leading Democrats", "Most Republicans"
            person = self._match_person(" ".join(core))
            if person is None:
                if self._mid_caps is None:
                    self._mid_caps = {w for t in self._scanned for w in _MID_CAP.findall(t)}
                if len(toks) == 1 and core[0] not in self._mid_caps and not re.search(
                        rf"\b{re.escape(core[0])}\s+(?:said|says|told|tells|added|adds|wrote|writes|commits|pledges|"
                        rf"announces)\b",
                        self._sentence):
                    # One unknown capitalised word that the document never writes inside a
                    # sentence is a common word at a sentence start ("Silence encourages the
                    # tormentor", "Rest assured"), not a name (but "Wang said that ..."); a
                    # plural one is people ("Landlords also offered their feedback")
                    word = core[0]
                    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
                        return Attribution(word, "group")
                    return None
                if (len(toks) == 1 and toks[0].text.isalpha() and self._full_form(core[0]) == core[0]
                        and not re.search(rf"\b{re.escape(core[0])}(?:\s*,|\s+(?:said|says|told|tells|added|adds|wrote|"
                                          rf"writes)\b)", self._sentence)):
                    # One capitalised word that is nobody's surname in the document, nor said
                    # anything as a person would: a body or a brand ("Medicare announced ...")
                    return Attribution(core[0], "organization")
                person = Person(name=" ".join(core))
                self.people.append(person)
        return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)

    def _second_title(self, part: str, following: list[str], text: str) -> bool:
        """Is ``part`` of a list a bare title that the next part's person also holds
        ("Deputy Prime Minister and Coordinating Minister ... Heng Swee Keat"), not another
        person ("PM and DPM Wong", "The President, Vice President, and Members of Congress")?"""
        if not following or not self._bare_title(part) or " and " + following[0] not in text:
            return False
        nxt = self._resolve(following[0]) if not self._bare_title(following[0]) else None
        if nxt is None or nxt.kind != "person":
            return False
        other = self._by_role(" ".join(w for w in part.split() if not country_of(w)))
        return other is None or other.name == nxt.speaker

    @staticmethod
    def _bare_title(text: str) -> bool:
        """A title without a name or an article ("Senior Advisor", "Cambodian DPM"; not
        "Administrator Power", whose last word only modifies titles)."""
        words = text.split()
        if words and words[-1].lower() in _TITLE_MODIFIERS:
            return False
        return bool(words) and words[0][:1].isupper() and any(
            w.lower().rstrip(".") in _TITLE_LOWER or w.lower() in _ROLE_ABBREVIATIONS for w in words) and all(
            w.lower().rstrip(".") in _TITLE_LOWER or w.lower() in _ROLE_ABBREVIATIONS
            or (n == 0 and country_of(w)) for n, w in enumerate(words)) and words[0].lower() not in {
                "the", "his", "her"}

    def _resolve_loose(self, text: str) -> Attribution | None:
        """A subject only the loose parser found: a titled name inside it, a plural
        (a group) or another source ("the report", "a statement": organization)."""
        if _is_event(text.lower().split()):
            return Attribution()
        toks = _tokens(text)
        if toks and len(toks) <= 4 and (toks[-1].low in _PLURAL_FOLK or toks[-1].low in GROUP_PLURALS
                                        or not toks[-1].is_cap and _people_plural(toks[-1].low)):
            return Attribution(_sentence_case(text), "group")  # "Leading Democrats", "Most Republicans"
        caps = [k for k, t in enumerate(toks) if t.is_cap and t.low not in {"the", "a", "an", "one", "several", "some",
                                                                             "many", "each", "another", "two", "three"}]
        if caps:
            person = self._register_chunk(toks, sentence_start=True)
            if person is not None:
                return Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        last = toks[-1].low if toks else ""
        if last.endswith(("s",)) and not last.endswith(("ss", "us", "is")):
            return Attribution(text, "group")
        if (last in _PERSON_NOUNS or last.endswith(("er", "or", "ist", "ian")) and len(last) > 5) \
                and toks[0].low in {"a", "an", "one", "another"}:
            return Attribution(text, "person")  # "one round table participant": unnamed
        if last + "s" in _BODY_PLURALS or last[:-1] + "ies" in _BODY_PLURALS and last.endswith("y"):
            if toks[0].low in {"a", "an", "one", "another"} and len(toks) <= 4:
                return Attribution(_sentence_case(text), "organization")  # "One company elaborated that ..."
        if (toks and toks[0].low == "the" and caps and 3 <= len(toks) <= 5 and last.isalpha()
                and not toks[-1].is_cap and _person_head(last)):
            # "The Democratic presidential candidate said ...": a person the text names only so
            return Attribution(text, "person")
        if toks and toks[0].low in {"the", "a", "an"} and not caps:
            if self._report_author and len(toks) == 2 and toks[1].low in _REPORTS:
                # "The report calls on ...": the body whose report the text introduced (not a
                # body a later "we" speaks for)
                self._report_at = self._n
                return Attribution(self._report_author, "organization")
            if _body_head(last):
                return Attribution(_sentence_case(text), "organization")  # "The coalition", "The email"
            if _person_head(last):
                return Attribution(_sentence_case(text), "person")  # "The businessman", "the narrator"
            return None  # "The implication (is clear)", "The plan": no speaker
        return None

    def _note_report(self, sentence: str) -> None:
        """Remember who wrote the report a sentence mentions ("a new Department of Education
        report", "the April 2023 report on ... from the President's Council of Advisers ...",
        "the Council released a report"). Linear in the sentence: words are walked, not
        backtracked over."""
        for found in _REPORT_WORD.finditer(sentence):
            after = _REPORT_FROM.match(sentence, found.end())
            if after is not None:
                author = _org_words(sentence[after.end():].split()[:12], forward=True)
            else:
                before = sentence[:found.start()].split()[-14:]
                if before and before[-1].lower() in {"new", "latest", "annual", "final"}:
                    before = before[:-1]
                if len(before) >= 2 and before[-1].lower() in {"a", "an", "its", "the"} and \
                        before[-2].lower() in {"released", "issued", "published", "unveiled"}:
                    before = before[:-2]  # "the Council released a report"
                short = _SHORT_NAME_LAST.match(before[-1]) if before else None
                # (the short name a body is given right before: "the ... Agency for International
                # Development (USAID) issued a toolkit")
                author = short.group(1) if short else _org_words(before, forward=False)
            last = author.split()[-1:] if author else []
            if last and last[0] not in {"A", "An", "The", "New"} and last[0].lower() not in _MONTHS \
                    and last[0].lower() not in _WEEKDAYS and not last[0][:1].isdigit():
                self._report_author = author
                return

    def _opener_subject(self, toks: list[_Tok], sentence: str) -> Person | None:
        """The person who is the subject of an opening clause that "he"/"she" follows: "When
        Secretary-General Ban Ki-moon visited Srebrenica ..., he said: ..."."""
        if toks[0].low not in _OPENING_SUBORDINATORS or not (", he " in sentence or ", she " in sentence):
            return None
        comma = next((k for k in range(2, min(len(toks) - 1, 40)) if toks[k].text == ","), None)
        if comma is None or toks[comma + 1].low not in {"he", "she"}:
            return None
        np_ = self._parse_np(toks, 1, allow_coord=False)
        if np_ is None or np_.end >= comma or not toks[np_.start].is_cap:
            return None
        resolved = self._resolve(np_.text)
        return self._match_person(resolved.speaker) if resolved is not None and resolved.kind == "person" else None

    def _principals(self, n: int = 2) -> tuple[str, ...]:
        return tuple(p.name for p in self.people[:n]) if len(self.people) >= n else ()

    # ------------------------------------------------------------ sentences

    def attribute(self, sentence: str) -> Attribution:
        """The speaker of one sentence (offsets in ``frame`` are into ``sentence``)."""
        self._sentence = unlink(sentence) if "(" in sentence or "<" in sentence else sentence
        self._n += 1
        self._opener_person = None
        if not _may_have_cue(sentence):
            # No reporting or narration verb, no "according to": nothing to attribute, but a
            # body's own "we" ("we want to do our part").
            if self.default_speaker:
                return Attribution(self.default_speaker, "person")
            if self._we_org is not None and ("We " in sentence or ", we " in sentence):
                we = _WE_SUBJECT.match(sentence)
                if we is not None and we.group("verb") not in _LOOSE_STOP_ADJUNCT \
                        and not any(q in sentence for q in _QUOTES - {"’", "'"}):
                    return _with(self._resolve("we") or self._we_org, cue=we.group("verb"),
                                 frame=((we.start("we"), we.end("verb")),),
                                 source=we.span("we"), cue_span=we.span("verb"))
            return Attribution()
        if sentence[:1] in "EFLSCI" and _FOUNDED.match(sentence) is not None:
            return Attribution()  # "Established in 1991, the LKYEF invites ...": background on a body
        if "report" in sentence or "toolkit" in sentence or "playbook" in sentence:  # (_AUTHORED_NOUNS; on
            self._note_report(sentence)  # the hot path a chained test is quicker than any())
        toks = self._doc_tokens.get(sentence)
        if toks is None:
            toks = _tokens(sentence)
        self._last_tokens = (sentence, toks)
        if not toks:
            return Attribution()
        self._opener_person = self._opener_subject(toks, sentence)
        result = self._as_clause(toks) if toks[0].low == "as" else None  # "As X discussed, ..."
        if result is None:
            result = self._initial(toks, sentence)
        tail = self._tail(toks)
        if tail is not None and (result is None or result.kind == "none" or (
            tail.cue.lower() in _SAY_TAIL and not _has_that_complement(sentence, result)
            and tail.cue_span != result.cue_span  # (not the same verb: "X, Y, and Z stressed")
        )):
            result = tail
        # (each later test only when its marker word is in the sentence at all)
        if result is None and "ccording" in sentence:
            result = self._according_to(toks)
        if result is None and (", as " in sentence or sentence.startswith("As ")):
            result = self._as_clause(toks)
        if result is None and (" and " in sentence or " but " in sentence):
            result = self._coordinated_clause(toks)
        if (result is None or result.kind == "none") and " with " in sentence and _WITH_ING.search(sentence):
            result = self._with_clause(toks) or result  # "The meeting concluded with all sides agreeing to ..."
        if (result is None or result.kind == "none") and " who " in sentence:
            result = self._who_clause(toks) or result  # "... welcomed by the Second Gentleman who reiterated ..."
        elif result is not None and result.cue_span is not None and ", who " in sentence:
            # "X called on Prime Minister Y, who welcomed ... and underscored ...": the host's
            # relative clause speaks before the later verb that belongs to it
            who = self._who_clause(toks)
            if who is not None and who.cue_span is not None and who.cue_span[0] < result.cue_span[0]:
                result = who
        if (result is None or result.kind == "none") and ("llow me" in sentence or "et me" in sentence):
            # "Allow me to first congratulate Bangladesh ...", "On that note, allow me to conclude
            # by thanking ...": the speaker's own act
            let = _LET_ME.match(sentence)
            verb = let.group("verb").lower() if let is not None else ""
            span = let.span("verb") if let is not None else (0, 0)
            if let is not None and verb == "take":
                # "Let me take this opportunity to thank ..."
                opp = _TAKE_OPPORTUNITY.match(sentence, let.end("verb"))
                verb, span = (opp.group("verb").lower(), opp.span("verb")) if opp else ("", span)
            elif let is not None and verb in _FRAMING_BASE:
                by = _BY_ING.match(sentence, let.end("verb"))
                verb, span = (by.group("verb").lower(), by.span("verb")) if by else ("", span)
            if verb in self._speech:
                speaker = self._resolve("i")
                if speaker is not None:
                    result = _with(speaker, cue=sentence[span[0]:span[1]], frame=((let.start("me"), span[1]),),
                                   source=let.span("me"), cue_span=span)
        if (result is None or result.kind == "none") and " will " in sentence:
            result = self._will_commitment(sentence) or result  # "The two countries will explore ways to ..."
        if (result is None or result.kind == "none") and " by " in sentence:
            result = self._passive_agent(toks) or result  # "This proposal was supported by Prime Minister X"
        if result is None and (", where " in sentence or " in which " in sentence):
            # "... was joined by President Yoon at Goddard, where they reaffirmed ...", "received a
            # call from President el-Sisi, in which President el-Sisi congratulated ..."
            result = self._later_clause(toks, 0, markers=frozenset({"where", "which"}))
        if result is None and (" and " in sentence or " but " in sentence) and (
                "said" in sentence or "says" in sentence or "told" in sentence or "added" in sentence):
            said = _AND_SAID.search(sentence)
            if said is not None:
                result = self._and_said(toks, said)  # "Clinton celebrated in Florida ... and said ..."
        if (result is None or result.kind == "none") and ("We " in sentence or " we " in sentence) \
                and not any(q in sentence for q in _QUOTES - {"’", "'"}):
            result = self._we_statement(toks) or result  # "We had launched the National Action Strategy ..."
        self._note_mentions(toks, speaker=result.speaker if result is not None and result.kind == "person" else "")
        if result is None or result.kind == "none":
            if self.default_speaker:
                return Attribution(self.default_speaker, "person", frame=())
            self._narrating_group(toks)
            return result or Attribution()
        self._remember_speaker(result)
        return result

    def _narrating_group(self, toks: list[_Tok]) -> None:
        """A narration whose subject is people the text does not name ("The mayors were at
        the White House to meet with ..."): a following "They" is them. A narration whose
        subject is one named person ("Minister Josephine Teo also delivered a plenary
        address."): a following "she" is that person."""
        i = 1 if len(toks) > 3 and toks[0].text.isdigit() and toks[1].is_cap else 0  # ("4 Minister ...")
        if len(toks) > i + 2 and toks[i].low.rstrip(".") in _TITLE_LOWER and toks[i].is_cap:
            np_ = self._parse_np(toks, i)
            if np_ is not None and np_.end < len(toks) and not toks[np_.end].is_cap and toks[np_.end].low != "and":
                named = self._resolve(np_.text)
                person = self._match_person(named.speaker) if named is not None and named.kind == "person" else None
                if person is not None and person is not self.last_person:
                    self._speaker_before, self.last_person = self.last_person, person
            return
        if len(toks) < 4 or toks[0].low != "the" or not (_people_plural(toks[1].low) or _people_plural(toks[2].low)):
            return
        np_ = self._parse_np(toks, 0, allow_coord=False)
        if (np_ is None or np_.end >= len(toks) or not _people_plural(toks[np_.end - 1].low)
                or toks[np_.end - 1].is_cap or toks[np_.end].text in {",", "(", "–", "—"}):
            return
        subject = self._resolve(np_.text)
        if subject is not None and subject.kind == "group" and not subject.members:
            self._narration_group, self._narration_at = subject, self._n

    def set_narrator(self, text: str) -> None:
        """Let the narrator's "we" speak for the administration the document names ("the
        Biden-Harris Administration": an administration named after people of the document),
        when no body has said "we" of itself."""
        surnames = self._surnames()
        counts: dict[str, int] = {}
        for match in _ADMINISTRATION.finditer(text):
            if all(part in surnames for part in match.group("names").split("-")):
                counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
        if counts and self._we_org is None:
            self._we_org = Attribution(max(counts, key=lambda k: (counts[k], k)), "organization")

    def quote_label(self, sentence: str) -> Attribution | None:
        """The speaker a label names before a quotation ("Governor Lamont of Connecticut:
        “It can't be overstated ...", "DTE Energy President and CEO Jerry Norcia: “..."): a
        person the document names, or a named body, else None."""
        match = _QUOTE_LABEL.match(sentence)
        if match is None:
            return None
        label = unlink(match.group("label")).strip(" *_")
        if not label[:1].isupper() or len(label.split()) > (40 if "," in label else 14) \
                or label.split()[0].lower() in _PREPOSITIONS:
            return None  # (not "From today's conversation:")
        if "," in label:
            # "Tom Palmer, President and CEO, Newmont Corporation:": a name, then who they are
            name, rest = (p.strip() for p in label.split(",", 1))
            words = name.split()
            if (2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in ORG_WORDS
                                             and w.lower() not in NON_NAME_WORDS and w.lower() not in _TITLE_LOWER
                                             for w in words)
                    and not country_of(name)
                    and any(w.lower().strip(",.") in _PERSON_TITLES or w.lower().strip(",.") in _ROLE_NOUNS
                            for w in rest.split())):
                person = self._match_person(name)
                found = Attribution(person.name if person is not None else name, "person")
                colon = match.end() - 1
                return _with(found, cue="(quote)", frame=((match.start("label"), colon),),
                             source=(match.start("label"), match.start("label") + len(name)))
        if any(w[:1].islower() and w not in _LABEL_CONNECTORS for w in label.split()):
            return None  # a clause, not a label ("Special Envoy Tan will speak at a panel titled “...”")
        found = self._resolve(label)
        parts = label.split()
        if found is None or found.kind == "group":
            # "DTE Energy President and CEO Jerry Norcia": titles, then a name the text gives
            person = next((self._match_person(" ".join(parts[-n:])) for n in (3, 2)
                           if len(parts) > n and all(w[:1].isupper() for w in parts[-n:])
                           and self._match_person(" ".join(parts[-n:])) is not None), None)
            found = None if person is None or person.name != " ".join(parts[-len(person.name.split()):]) else \
                Attribution(person.name, "person", role=person.role, affiliation=person.affiliation)
        if found is None or found.kind not in {"person", "organization"}:
            return None
        if found.kind == "person" and self._match_person(found.speaker) is None:
            return None  # (a person the document names, not a heading: "Note:", "Background:")
        if found.kind == "organization" and (not any(w.lower() in ORG_WORDS for w in parts)
                                             or ":" not in sentence[match.end("label"):match.end()]):
            return None  # (without a colon, only a person's name is a label)
        colon = match.end() - 1  # (the label and its colon, up to the quotation mark)
        return _with(found, cue="(quote)", frame=((match.start("label"), colon),),
                     source=(match.start("label"), match.end("label")))

    def person_subject(self, sentence: str) -> bool:
        """Is the subject of ``sentence`` (at its start, or after an opening adverbial) a
        person: a name, a role noun or "he"/"she"? A sentence about a person that reports
        nothing ("Senior Minister Teo also toured the port") is narration, not more of what
        someone said."""
        head = sentence.split(None, 10)[:10]
        comma = sentence.find(", ", 0, 200)
        if comma > 0:
            head += sentence[comma + 2:].split(None, 6)[:6]  # (after a long opening adverbial)
        surnames = self._surnames()
        if not any(w in {"He", "She"} or w.rstrip(",.’'s") in surnames or w.lower().rstrip(".,") in _PERSON_TITLES
                   or w.lower() in _ROLE_ABBREVIATIONS for w in head):
            return False  # no pronoun, title or known name near the start: no person as subject
        self._sentence = sentence
        toks = self._last_tokens[1] if self._last_tokens[0] == sentence else (
            self._doc_tokens.get(sentence) or _tokens(sentence))
        for start in self._start_positions(toks)[:2]:
            np_ = self._parse_np(toks, start, allow_coord=False)
            if np_ is None:
                continue
            if toks[np_.start].low in {"he", "she"}:
                return True
            if not toks[np_.start].is_cap or toks[np_.start].low in {"both", "all", "each"}:
                continue
            words = [t for t in toks[np_.start:np_.end] if t.low not in {"the", "his", "her"}]
            if not words or country_of(" ".join(t.text for t in words)) or any(t.low in ORG_WORDS for t in words):
                continue
            last_title = max((n for n, t in enumerate(words)
                              if t.low.rstrip(".") in _PERSON_TITLES or t.low in _ROLE_ABBREVIATIONS), default=-1)
            core = [t.text for t in words[last_title + 1:]]
            if last_title >= 0 and len(core) <= 4 and all(w[:1].isupper() for w in core):
                return True  # "Senior Minister Teo", "SM Teo", "The Vice President"
            if (last_title < 0 and len(core) <= 3 and all(w[:1].isupper() for w in core)
                    and core[-1].rstrip(".,") in {p.name.replace(",", "").split()[-1] for p in self.people
                                                  if len(p.name.split()) > 1}):
                return True  # a name the document gives a person
        return False

    def _remember_speaker(self, result: Attribution) -> None:
        if result.kind == "person":
            person = self._match_person(result.speaker)
            if person is not None:
                self.last_person = person
                self.last_mentioned = person
            elif result.speaker.startswith(("the ", "an ", "a ")):
                # A role noun for a person the document never names ("the President"): a
                # later "he" is that person too.
                self.last_person = Person(name=result.speaker)
        elif result.kind == "group" and not result.cue.lower().startswith("receive") and not (
                result.speaker.endswith(" side") and " and " not in result.speaker):  # (one side is not "they")
            self.last_group = result
            self._group_at = self._n
        elif self._report_at == self._n or result.speaker == "United Nations":
            pass  # (a report's author speaks through the report only; the UN is the forum, not "we")
        elif result.kind == "organization" and any(w[:1].isupper() for w in result.speaker.split()[1:]) or (
                result.kind == "organization" and " " not in result.speaker and result.speaker[:1].isupper()):
            # A named body ("Singapore", "the United States") is what a later "we" speaks for;
            # "The report" or "research centres that track ..." are not
            self.last_org = result
            self._org_at = self._n
            if result.cue_span is not None and _WE_OUR.search(self._sentence, result.cue_span[1]):
                # "Singapore announced that we will raise our target": the body whose voice
                # "we" is, even after another body speaks ("IORA is exploring ...")
                self._we_org = result
        if (result.kind == "group" and result.cue_span is not None and " and " in result.speaker
                and _WE_OUR.search(self._sentence, result.cue_span[1]) and any(
                    country_of(part) for part in re.split(r"\s+and\s+|,\s*", result.speaker))):
            # "The United States and Singapore reaffirmed our shared commitment": a joint
            # statement, whose "we" is the two states
            self._we_org = result

    def _note_mentions(self, toks: list[_Tok], *, speaker: str = "") -> None:
        """Remember the people a sentence names (its speaker first): the last one (for
        surnames) and, when there are several, the group a following "They" refers to."""
        team = _MET_TEAM.search(self._sentence) if " with " in self._sentence else None
        if team is not None and self._narration_at != self._n:
            # "The President met today with his economic team ... They reported ...": the team
            self._narration_group = Attribution(team.group(1), "group")
            self._narration_at = self._n
        if not self.people:
            self._unnamed_meeting(toks)
            return
        named = self._named_in(toks)
        first = self._match_person(speaker) if speaker else None
        if first is not None and first not in named:
            named.insert(0, first)
        if named:
            self.last_mentioned = named[-1]
            self._seen.extend(p for p in named if p not in self._seen)
        if self._narration_at == self._n:
            return  # (this sentence's group is known already: its subject, or the team met)
        if len(named) >= 2:
            self._narration_group = Attribution("They", "group", members=tuple(p.name for p in named))
            self._narration_at = self._n
        elif (len(named) == 1 and not speaker and _MEETING_RE.search(self._sentence)
              and any(t.low in GROUP_PLURALS or t.low in _PEOPLE_PLURALS for t in toks)):
            # "Minister Maliki also met representatives from Portek. They discussed ...": the
            # one named person and people the text does not name
            self._narration_group = Attribution("They", "group", members=(named[0].name,))
            self._narration_at = self._n
        elif not named:
            self._unnamed_meeting(toks)

    def _unnamed_meeting(self, toks: list[_Tok]) -> None:
        """"Senior officials met again with manufacturers. They discussed ...": people the text
        does not name met, and a following "They" is them (as written, no members)."""
        if (self._narration_at != self._n and not self._seen and _MEETING_RE.search(self._sentence)
                and any(t.low in GROUP_PLURALS or t.low in _PEOPLE_PLURALS or not t.is_cap and _people_plural(t.low)
                        for t in toks)):
            self._narration_group = Attribution("They", "group")
            self._narration_at = self._n

    def _named_in(self, toks: list[_Tok], *, possessive: bool = False) -> list[Person]:
        """The known people a run of tokens names, in order."""
        known = self._surnames()
        named: list[Person] = []
        for tok in toks:
            if not tok.is_cap:
                continue
            text = tok.text[:-2] if possessive and tok.low.endswith("'s") else tok.text  # "Han’s meeting"
            if text in known and (len(text) > 2 or text[1:].islower()) and tok.low not in _NAME_PARTICLES:
                # (short surnames count: "Ng", "Xi", "Li"; initials and acronyms do not)
                person = known[text]
                if person not in named:
                    named.append(person)
        return named

    def _surnames(self) -> dict[str, Person]:
        if self._surname_index_n != len(self.people):
            index: dict[str, Person] = {}
            for person in self.people:
                for word in person.name.replace(",", "").split():
                    index.setdefault(word, person)
            self._surname_index = index
            self._surname_index_n = len(self.people)
        return self._surname_index

    def _start_positions(self, toks: list[_Tok]) -> list[int]:
        """Where the subject may start: 0, or after opening adverbial clauses."""
        starts = [0]
        i = 0
        if toks and toks[0].text in {"*", "_", "-", "•", "▪", "◦", "+", "–"}:
            # "*On the heels of ..., the Task Force discussed ...*" (Markdown emphasis), "- The
            # President called on Congress ..." (a list item)
            i = 1
            starts.append(1)
        elif len(toks) > 2 and toks[0].text.isdigit() and len(toks[0].text) <= 2 and toks[1].text in {".", ")"} \
                and toks[2].is_cap:
            i = 2  # "1. The President called on Congress ...": a numbered item
            starts.append(2)
        if len(toks) > i + 1 and toks[i].text.isdigit() and len(toks[i].text) <= 2 and toks[i + 1].is_cap:
            i += 1  # "2 The 3G further notes ...": a paragraph number
            starts.append(i)
        if len(toks) > i and toks[i].low in {"and", "but", "so", "yet"}:
            i += 1
            starts.append(i)
        if len(toks) > i + 2 and toks[i].low in _WHY_OPENERS:
            why = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].low == "why"), None)
            if why is not None and all(t.low in {"is", "was"} for t in toks[i + 1:why]) and why + 1 < len(toks):
                i = why + 1  # "That's why the Administration officials urged ..."
                starts.append(i)
        ago = next((k for k in range(i + 1, min(len(toks) - 2, i + 6)) if toks[k].low == "ago"
                    and toks[k + 1].text == ","), None) if " ago," in self._sentence else None
        if ago is not None:
            i = ago + 2  # "Two years ago, she called on states to ..."
            starts.append(i)
        elif len(toks) > i + 2 and toks[i + 1].text == ",":
            # A one-word opener: "Together, they discussed ..."
            i += 2
            starts.append(i)
        elif (len(toks) > i + 3 and toks[i].low in {"this", "last", "yesterday", "earlier", "later", "on"}
              and toks[i + 1].low in {"morning", "afternoon", "evening", "week", "night", "weekend", "month"}
              and toks[i + 2].text != ","):
            starts.append(i + 2)  # "This afternoon the President thanked ..."
        elif len(toks) > i + 2 and (
                toks[i + 1].low in _PRONOUNS and (toks[i].low in _ADVERBS or toks[i].low.endswith("ly"))
                or toks[i + 1].is_cap and toks[i].low in {"today", "yesterday", "tonight", "earlier", "later",
                                                          "recently", "separately", "additionally", "also",
                                                          "then", "subsequently", "meanwhile", "together"}):
            starts.append(i + 1)  # "Together they discussed ...", "Today Vice President Harris ..."
        if toks and toks[0].low in _OPENING_ADVERBIALS and "," not in self._sentence[:toks[min(7, len(toks) - 1)].end]:
            k = next((k for k in range(2, min(8, len(toks))) if toks[k].low in {"they", "he", "she", "we"}
                      and toks[k - 1].low not in _PREPOSITIONS), None)
            if k is not None:
                starts.append(k)  # "Throughout their visit they discussed ..."
        if "–" in self._sentence or "—" in self._sentence:
            dashes = [k for k in range(len(toks)) if toks[k].text in {"–", "—"}]
            if len(dashes) >= 2 and dashes[1] + 1 < len(toks):
                starts.append(dashes[1] + 1)  # "During the meeting – which also included ... – Sullivan discussed"
        for _ in range(2):
            if i >= len(toks):
                break
            low = toks[i].low
            if "-" in low:
                low = low.split("-")[0]  # ("Following-up on ...,")
            if low in _OPENING_ADVERBIALS or (low.endswith("ing") and low not in _PRONOUNS) or \
                    (low.endswith("ly") and len(low) > 4) or (
                    low.endswith("ed") and toks[i].is_cap and i + 1 < len(toks)
                    and toks[i + 1].low in {"with", "by", "in", "on", "from", "for", "after", "about"}):
                # ("Seized with these challenges, President Biden and Vice President Harris committed ...")
                commas = [k for k in range(i, len(toks)) if toks[k].text == ","][:4]
                if not commas:
                    break
                # The opener may itself contain commas ("Standing together for peace,
                # stability and prosperity, the two leaders ..."): try after each.
                starts.extend(k + 1 for k in commas[1:])
                i = commas[0] + 1
                starts.append(i)
            else:
                break
        for s in list(starts):
            if (s + 2 < len(toks) and toks[s].low in {"today", "yesterday", "tonight", "earlier", "later", "also",
                                                       "together"}
                    and toks[s + 1].low == "the" and (toks[s + 2].is_cap or toks[s + 2].low in GROUP_PLURALS
                                                      or toks[s + 2].low in _NUMBERS)):
                starts.append(s + 1)  # "(In addition,) today the United States announced ..."
            elif (s > 0 and s + 3 < len(toks) and toks[s].low in {"this", "last", "earlier", "later"}
                  and toks[s + 1].low in {"week", "month", "year", "morning", "afternoon", "evening"}
                  and toks[s + 2].text != ","):
                starts.append(s + 2)  # "Following these conversations, last week RSV manufacturers confirmed ..."
        if toks and toks[0].low in {"during", "at", "in", "after", "following"} and "," not in self._sentence[:60]:
            # "During the meeting leaders discussed ...": a short opener without its comma
            k = next((k for k in range(2, min(6, len(toks) - 1)) if toks[k].low in GROUP_PLURALS
                      and not toks[k].is_cap and toks[k - 1].low in _GATHERINGS), None)
            if k is not None:
                starts.append(k)
        return sorted(set(starts))

    def _initial(self, toks: list[_Tok], sentence: str) -> Attribution | None:
        starts = self._start_positions(toks)
        self._starts = set(starts)
        for start in starts:
            candidates = [(False, self._parse_np(toks, start)), (True, self._loose_np(toks, start))]
            if start < len(toks) and (toks[start].low in {"a", "an", "one", "another", "aides", "advisers", "advisors",
                                                          "allies", "supporters", "about", "nearly", "almost",
                                                          "roughly", "more", "just"}
                                      or "’" in sentence or "'" in sentence or toks[start].text[:1].isdigit()
                                      or toks[start].low in _NUMBER_WORDS):
                role = self._role_np(toks, start)  # "A spokesman for the ministry said ..."
                if role is not None:
                    candidates.insert(0, (False, role))
            for loose, np_ in candidates:
                if np_ is None:
                    continue
                found = self._subject_verb(toks, np_, loose=loose)
                if found is not None and found.kind != "none":
                    for later in sorted(starts, reverse=True):
                        if not (found.source_span is not None and later < len(toks)
                                and found.source_span[0] < toks[later].start < found.source_span[1]
                                and toks[later - 1].text == "," and toks[0].low in _OPENING_ADVERBIALS):
                            continue
                        # "In discussion with experts from A, B, and C, the White House highlighted
                        # ...": the subject after the opener's last comma
                        inner = self._parse_np(toks, later)
                        found_inner = self._subject_verb(toks, inner) if inner is not None else None
                        if found_inner is not None and found_inner.kind != "none" \
                                and found_inner.cue_span == found.cue_span:
                            return found_inner
                        break
                    return found
                if start > 0 and toks[0].low in _SPEECH_OPENERS and not loose and np_.end < len(toks) and (
                        toks[np_.end].text.isalpha() and not toks[np_.end].is_cap
                        and toks[np_.end].low not in _PREPOSITIONS_AND_OR):
                    return self._opener_speaker(toks, np_) or found
                if found is not None:
                    return found
        return self._name_after_descriptor(toks)

    def _name_after_descriptor(self, toks: list[_Tok]) -> Attribution | None:
        """A person's name after a descriptor in lower case, right before a reporting verb:
        "Republican presidential candidate Donald Trump said ...", "(AP) — Republican presidential
        hopeful Donald Trump says ...", "Democratic nominee Hillary Clinton, at a later press gaggle,
        said ..." (a person the document names, and only the name speaks)."""
        speech = self._speech
        for k in range(2, min(len(toks), 16)):
            if not toks[k - 1].is_cap or not (toks[k].text == "," or toks[k].low in speech and not toks[k].is_cap
                                              or toks[k].low == "on" and self._skip_adverbs(toks, k) > k):
                continue  # (the name, then its verb or an aside in commas: "..., at a later gaggle, said";
                # or a day: "... Sean Spicer on Thursday evening said")
            start = k
            while start > 0 and toks[start - 1].is_cap and toks[start - 1].text.isalpha():
                start -= 1
            if not (2 <= k - start <= 3) or start == 0 or toks[start - 1].is_cap:
                continue
            before = toks[start - 1]
            if not (before.text.replace("-", "").isalpha() and before.text.islower()
                    and before.low not in _PREPOSITIONS_AND_OR
                    and before.low not in _DETERMINERS and before.low not in self._speech
                    and before.low not in self._narration):
                continue
            person = self._match_person(self._span(toks, start, k))
            if person is None or person.name.split()[-1] != toks[k - 1].text:
                continue
            if toks[k].text != ",":
                verb = self._verb_at(toks, self._skip_adverbs(toks, k), plural=False)
                if verb is None or verb[2] != "speech":
                    return None
            np_ = self._parse_np(toks, start, allow_coord=False)
            if np_ is None or np_.end != k:
                return None
            found = self._subject_verb(toks, np_)
            if found is None or found.kind != "person" or found.source_span is None:
                return None
            first = start - 1
            while first > 0 and toks[first - 1].text.replace("-", "").replace(".", "").isalpha() \
                    and toks[first - 1].low not in _DETERMINERS and toks[first - 1].low not in _PREPOSITIONS_AND_OR:
                first -= 1
            return replace(found, source_span=(toks[first].start, found.source_span[1]))
        return None

    def _role_np(self, toks: list[_Tok], start: int) -> _NP | None:
        """Somebody unnamed by role, or someone's people, right before a reporting verb: "A
        spokesman for the ministry said", "Sanders’ aides say" (the longest such subject)."""
        if not any(t.low in _ROLE_HEAD_WORDS for t in toks[start:start + 14]) and _SHARE.match(
                self._sentence, toks[start].start) is None:
            return None  # (no role, people or share word: no such subject)
        for end in range(min(len(toks), start + 14), start + 1, -1):
            if toks[end - 1].text in {",", ".", ";", ":"}:
                continue
            text = self._span(toks, start, end)
            if _UNNAMED_ROLE.fullmatch(text) is None:
                continue
            after = end
            if after + 3 < len(toks) and toks[after].text == "," and toks[start].low in {"a", "an", "another", "one"}:
                # "Another delegate on the Cruz slate, Jim Poolman, said": a name in apposition
                k = next((k for k in range(after + 3, min(len(toks), after + 5)) if toks[k].text == ","), None)
                if k is not None and _looks_like_name(toks[after + 1:k]):
                    after = k + 1
            verb = self._verb_at(toks, self._skip_adverbs(toks, after))
            if verb is not None and verb[2] == "speech":
                return _NP(start, end, text)
        return None

    def _opener_speaker(self, toks: list[_Tok], np_: _NP) -> Attribution | None:
        """"Acknowledging the long history of conflict, Presidents A and B plan to take
        steps ...": a speech participle that opens the sentence is its subject's."""
        resolved = self._they_named_before(toks, np_, np_.start, np_.text) or self._resolve(np_.text)
        if resolved is None or resolved.kind == "none":
            return None
        return _with(resolved, cue=toks[0].text, frame=((toks[0].start, toks[0].end),),
                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                     cue_span=(toks[0].start, toks[0].end))

    def _subject_verb(self, toks: list[_Tok], np_: _NP, *, loose: bool = False) -> Attribution | None:
        """The attribution when ``np_`` is followed by a reporting verb (possibly after an
        apposition: "Stephen Moore, a conservative economist, said ...")."""
        j = np_.end
        if j < len(toks) and toks[j].text == "," and (toks[np_.start].is_cap or toks[np_.start].low == "the"):
            commas = [k for k in range(j + 1, min(len(toks), j + 40)) if toks[k].text == ","]
            k = commas[0] if commas else None
            if k is not None and j + 1 < len(toks) and toks[j + 1].low in {"who", "whose"} and len(commas) > 1:
                # "Participants, who included executives from A, B, and C, discussed ...": the
                # comma the verb follows
                k = next((c for c in commas if self._verb_at(toks, self._skip_adverbs(toks, _past_quote(toks, c + 1)))
                          is not None), k)
            if k is not None:
                k = _past_quote(toks, k + 1) - 1  # ('Humphrey, who calls Trump a “sociopath,” said')
            if (k is not None and len(commas) > 1 and toks[j + 1].low not in _RELATIVE_NOT_WHO
                    and self._verb_at(toks, self._skip_adverbs(toks, k + 1)) is None
                    and k + 1 < len(toks) and toks[k + 1].low in {"a", "an", "the"}):
                # "Brian Stewart, CEO of The Superior Group, an electrical contractor in Ohio,
                # emphasized ...": a second apposition, up to the comma the verb follows
                second = commas[1]
                verb2 = self._verb_at(toks, self._skip_adverbs(toks, second + 1), plural=_is_plural(np_.text))
                if verb2 is not None and verb2[2] == "speech" and not any(
                        t.low in self._speech or t.text in {";", "."} for t in toks[k + 1:second]):
                    k = second
            if (k is not None and len(commas) > 1 and 2 <= commas[1] - k <= 3
                    and all(t.is_cap and t.text.isalpha() for t in toks[k + 1:commas[1]])
                    and self._verb_at(toks, self._skip_adverbs(toks, k + 1)) is None):
                # "Clinton, during a town hall meeting in Columbus, Ohio, said ...": a place's
                # state after its comma is part of the aside
                verb2 = self._verb_at(toks, self._skip_adverbs(toks, commas[1] + 1), plural=_is_plural(np_.text))
                if verb2 is not None and verb2[2] == "speech":
                    k = commas[1]
            if k is not None and k > j + 1 and (toks[j + 1].low not in _RELATIVE_NOT_WHO or toks[j + 1].low == "whose"
                                                or toks[j + 1].low == "as" and k - j <= 14 and any(
                                                    t.low in _TITLE_LOWER for t in toks[j + 2:k])):
                # (", as Chair of the National Climate Task Force, requested ...": a role in apposition)
                after_apposition = self._skip_adverbs(toks, k + 1)
                verb = self._verb_at(toks, after_apposition, plural=_is_plural(np_.text))
                if verb is not None:
                    if verb[2] == "narration" and self._purpose(toks, verb[1]) is None:
                        return self._later_clause(toks, verb[1], np_) or Attribution()
                    j = k + 1
                    if toks[np_.start].is_cap and toks[np_.start].low != "the" and toks[np_.end + 1].is_cap:
                        # "Take It Down Act Advocate, Francesca Mani, said: ...": the name in apposition
                        # to a description that is nobody the text names
                        appositive = self._span(toks, np_.end + 1, k)
                        person = self._match_person(appositive)
                        named = (person is not None and person.name == appositive) or (
                            toks[np_.end - 1].low in _TITLE_LOWER or toks[np_.end - 1].low in _ROLE_NOUNS
                            or toks[np_.start].low in {"a", "an", "another", "one"}) and (
                            2 <= k - np_.end - 1 <= 3 and all(t.text[:1].isupper() and t.text[1:].islower()
                                                              and t.low not in ORG_WORDS and t.low not in NON_NAME_WORDS
                                                              for t in toks[np_.end + 1:k])
                            and not country_of(appositive))
                        if named and len(appositive.split()) >= 2 and self._match_person(np_.text) is None:
                            np_ = _NP(np_.end + 1, k, appositive)
                    elif ((not toks[np_.start].is_cap or toks[np_.start].low == "the") and toks[np_.end + 1].is_cap
                            and toks[np_.end - 1].low in _TITLE_LOWER):
                        # "The National Hurricane Center's new director, Dr. Mike Brennan, previewed
                        # ...": the name in apposition is the speaker
                        named = self._resolve(self._span(toks, np_.end + 1, k))
                        if named is not None and named.kind == "person" and not named.speaker.startswith(
                                ("the ", "a ", "an ")) and self._match_person(named.speaker) is not None:
                            np_ = _NP(np_.end + 1, k, self._span(toks, np_.end + 1, k))
        if (j + 2 < len(toks) and toks[j].text == "," and np_.end - np_.start >= 4 and toks[j + 1].is_cap and (
                np_.end - np_.start >= 4 and toks[np_.end - 2].low == "of"
                or np_.end - np_.start >= 5 and toks[np_.end - 3].low == "of")):
            # "Mayor Melvin Carter of St. Paul, Minnesota outlined ...": the state after the city
            k = j + 2 if toks[j + 1].is_cap and not (j + 2 < len(toks) and toks[j + 2].is_cap) else j + 3
            verb = self._verb_at(toks, self._skip_adverbs(toks, k)) if k < len(toks) else None
            if (verb is not None and verb[2] == "speech" and all(t.is_cap for t in toks[j + 1:k])
                    and self._match_person(self._span(toks, j + 1, k)) is None):
                j = k
        if (j + 1 < len(toks) and toks[j].text == "." and np_.end > np_.start
                and toks[np_.end - 1].low in {"inc", "corp", "co", "ltd", "llc", "bros"}):
            j += 1  # "Malta Inc. announced ..."
        if (0 < np_.start <= 2 and toks[0].text in {"-", "*", "•", "+"} and j + 1 < len(toks)
                and toks[np_.start].is_cap and (toks[j].text == "," or toks[j].low in {"who", "which"})):
            # an item of a list of participants: "- TerraPower, discussed how ...", "- The Coalfield
            # Development Corporation, who described ...", "- The Just Transition Fund which announced"
            k = j + (toks[j].text == ",")
            k += k < len(toks) and toks[k].low in {"who", "which"}
            verb = self._verb_at(toks, self._skip_adverbs(toks, k)) if k > j else None
            if verb is not None and verb[2] == "speech" and toks[k].low.endswith("ed"):
                j = k
        if (j + 1 < len(toks) and toks[j].text == "," and np_.end > np_.start
                and toks[np_.end - 1].low.rstrip(".") in {"jr", "sr"}):
            j += 1  # "President Joseph R. Biden, Jr., spoke today with ..."
        elif (j + 2 < len(toks) and toks[j + 2].text in {":", "“", '"'} and toks[j].text == ","
              and toks[np_.start].is_cap and toks[np_.start].low != "the" and toks[j + 1].low in self._speech
              and self._match_person(np_.text) is not None):
            j += 1  # "Senator Ted Cruz, commented: “For victims ..."
        elif j + 1 < len(toks) and toks[j].text == "," and " and " in np_.text and "," not in np_.text and (
                toks[j + 1].low in self._speech or toks[j + 1].low in self._narration):
            j += 1  # "Governor Eric Holcomb and Governor Gretchen Whitmer, spoke to ..."
        elif j < len(toks) and toks[j].text in {"—", "–"}:
            close = next((m for m in range(j + 1, min(len(toks), j + 40)) if toks[m].text == toks[j].text), None)
            if close is not None:
                j = close + 1  # "The governors and business leaders—which included ...—discussed"
        elif j < len(toks) and toks[j].text == "(":
            close = next((m for m in range(j + 1, min(len(toks), j + 6)) if toks[m].text == ")"), None)
            if close is not None:
                j = close + 1  # "the U.S. Department of Education (Department) highlighted"
        if j + 2 < len(toks) and toks[j].text == "[" and toks[j + 1].text.isdigit() and toks[j + 2].text == "]":
            j += 3  # "The Global Governance Group (3G) [1] welcomes ...": a footnote mark
        j = self._skip_adverbs(toks, j)
        verb = self._verb_at(toks, j, plural=_is_plural(np_.text))
        if verb is None and j < len(toks) and toks[j].text == "," and np_.start == 0 and _people_plural(
                toks[np_.end - 1].low):
            listed = self._listed_subject(toks, np_)
            if listed is not None:
                return listed
        if verb is None:
            longer = self._postmodified(toks, np_)
            if longer is not None:
                return self._subject_verb(toks, longer)
            if j < len(toks) and (toks[j].low.endswith("ed") or toks[j].low in {"is", "are", "was", "were", "heard",
                                                                                  "saw", "took", "spent", "went"}) \
                    and not toks[j].is_cap and not loose:
                # "President Halimah engaged a range of personalities and reiterated ...": a
                # verb we do not know, then the same subject's speech act
                later = self._later_clause(toks, j + 1, np_, markers=frozenset({"and"}))
                if later is not None:
                    return later
                if toks[j].low in _FRAMING_VERBS:
                    # "President Biden concluded the call by reiterating his gratitude ..."
                    by = next((m for m in range(j + 1, min(len(toks) - 1, j + 8)) if toks[m].low == "by"
                               or toks[m].text in {",", ";"}), None)
                    if by is not None and toks[by].low == "by" and toks[by + 1].low.endswith("ing") and (
                            toks[by + 1].low in _PURPOSE_ING or toks[by + 1].low in self._speech):
                        resolved = self._resolve(np_.text)
                        if resolved is not None:
                            return self._clause(resolved, toks, np_, by + 1,
                                                (toks[by + 1].text, by + 2, "speech"), toks[np_.start].start)
            return self._commitment(toks, np_, j)
        cue, after, kind = verb
        if after == j + 1 and toks[j].low.endswith("ed"):
            n = after + (after < len(toks) and toks[after].low in {"today", "yesterday", "here", "above", "earlier"})
            if n < len(toks) and (toks[n].low in {"is", "are", "was", "were", "has", "have", "will", "remains", "remain"}
                                  or toks[n].low in _MAIN_VERBS_AFTER_PARTICIPLE and toks[np_.end - 1].low.endswith("s")):
                return None  # "The legislation discussed today is ...", "New milestones announced represent ...":
                # a participle, not the verb
        if kind == "narration" and toks[j].low == "heard" and after < len(toks) and (
                toks[after].low == "from" or toks[after].low == "directly" and after + 1 < len(toks)
                and toks[after + 1].low == "from") and toks[j - 1].low not in {"has", "have", "had"}:
            # "participants heard from six state leaders on ...": those heard are the speakers
            given = self._received_from(toks, after, np_, heard=True)
            if given is not None:
                return given
        if kind == "narration" and toks[j].low in {"received", "receives", "receive"}:
            # (but "They received a briefing from experts ..., and discussed ...": their own speech)
            given = self._later_clause(toks, after, np_) or self._received_from(toks, after, np_)
            if given is not None:
                return given
        if kind == "narration":
            purpose = self._purpose(toks, after)
            if purpose is None:
                later = self._later_clause(toks, after, np_)
                if later is None and re.search(r"\band (?:the|his|her|their|Mrs?\.?|Ms\.?|Madam|Mdm\.?) ", np_.text) \
                        and toks[np_.start].low not in _PRONOUNS:
                    # "Dr. Gordon and the delegation also engaged with ...": a following "They"
                    # is this subject
                    subject = self._resolve(np_.text)
                    if subject is not None and subject.kind == "group":
                        self._narration_group, self._narration_at = subject, self._n
                return later or Attribution()
            cue, j, after = purpose  # "spoke with X to congratulate him": a speech act
        resolved = self._they_named_before(toks, np_, np_.start, np_.text) or self._resolve(np_.text)
        if resolved is None and loose:
            resolved = self._resolve_loose(np_.text)
        if resolved is None:
            return None
        end = toks[after - 1].end
        if after < len(toks) and toks[after].low == "that":
            end = toks[after].end
        if np_.end < j - 2 and toks[np_.end].text == ",":
            # "Keanu Reeves, who presented the best actress award, said ...": the frame is the
            # speaker and the cue; what the sentence says about the speaker stays content
            frame = ((toks[np_.start].start, toks[np_.end - 1].end), (toks[j].start, end))
        else:
            frame = ((toks[np_.start].start, end),)
        return _with(resolved, cue=cue, frame=frame,
                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                     cue_span=(toks[j].start, toks[after - 1].end))

    def _postmodified(self, toks: list[_Tok], np_: _NP) -> _NP | None:
        """A plural of people with its postmodifier, up to a reporting verb: "participants in
        the convening (also discussed)", "leaders from states with paid leave programs (spoke
        ...)", "Families participating in today's roundtable (highlighted)"."""
        k = np_.end
        head = toks[k - 1].low
        if k >= len(toks) or toks[np_.start].low in _PRONOUNS or not (
                toks[k].low in _POSTMODIFIERS or toks[k].low in {"who", "that"} or toks[k].low.endswith("ing")
                and toks[k + 1:k + 2] and toks[k + 1].low != "that"):
            return None
        if not (_people_plural(head) or head in _BODY_PLURALS and not toks[k - 1].is_cap):
            return None
        if toks[k].low in {"who", "that"}:
            # "Advocates who work with survivors (indicated)", "Public policy groups that have
            # pioneered emergency savings programs (observed)"
            return self._relative_subject(toks, np_, k)
        resume = dash = -1
        for m in range(k + 1, min(len(toks), k + 28)):
            low = toks[m].low
            if m < resume:
                continue
            if toks[m].text in {"—", "–"} and dash < 0:
                # "Representatives from a number of firms – providing recordkeeping services –
                # discussed ...": an aside between dashes
                close = next((c for c in range(m + 1, min(len(toks), m + 25)) if toks[c].text == toks[m].text), -1)
                if close > 0:
                    dash, resume = m, close + 1
                    continue
            if low == "where" and toks[m - 1].low.endswith("s"):
                return self._relative_subject(toks, np_, m)  # "legislators from states where ... discussed"
            if low in {"who", "that"} and toks[m - 1].low.endswith("s") and not toks[m - 1].is_cap:
                # "Leaders of organizations that support youth engagement (highlighted)"
                return self._relative_subject(toks, np_, m)
            if low in _CLAUSE_WORDS or toks[m].text in {";", ".", ":", "(", "—", "–"}:
                return None
            if low in {"meeting", "meetings"}:
                continue  # "Participants in today's Working Group meeting (discussed)": a noun
            if toks[m - 1].low in _PREPOSITIONS or toks[m - 1].low in {"and", ","} or not low.isalpha():
                continue
            if low in _BASE_FORMS or low in _NARRATION_BASE or toks[m - 1].low.endswith("ed"):
                continue  # ("states with paid leave programs", "proposed paid leave": not verbs)
            j = self._skip_adverbs(toks, m)
            verb = self._verb_at(toks, j, plural=True)
            if verb is not None:
                if toks[m - 1].text == ",":
                    return None
                # "The economists briefing the President (underscored)": the speakers are "The
                # economists"; a prepositional postmodifier stays ("participants in the convening")
                text = np_.text if toks[k].low.endswith("ing") and toks[k].low not in _POSTMODIFIERS \
                    else self._span(toks, np_.start, dash if dash > 0 else m)
                return _NP(np_.start, m, text)
        return None

    def _listed_subject(self, toks: list[_Tok], np_: _NP) -> Attribution | None:
        """A list of speakers that opens the sentence, up to its reporting verb: "Cabinet
        officials, leadership from the White House, the Office of Management and Budget, and
        numerous agencies discussed ..." (one group, as written)."""
        seen_and = False
        for m in range(np_.end, min(len(toks), np_.end + 40)):
            low = toks[m].low
            if low in _CLAUSE_WORDS or toks[m].text in {";", ":", "(", "—", "–", "."}:
                return None
            if low == "and":
                seen_and = True
                continue
            if toks[m].text == "," or toks[m - 1].low in _PREPOSITIONS or toks[m - 1].text == "," or toks[m].is_cap:
                continue
            verb = self._verb_at(toks, m, plural=True)
            if verb is None:
                continue
            if not seen_and or verb[2] != "speech" or toks[m - 1].text == ",":
                return None
            text = self._span(toks, np_.start, m)  # (an open collective: no members, RULES §3.3)
            return self._clause(Attribution(text, "group"), toks, _NP(np_.start, m, text), m, verb,
                                toks[np_.start].start)
        return None

    def _received_from(self, toks: list[_Tok], start: int, subject: _NP, *, heard: bool = False) -> Attribution | None:
        """"The Council received an overview of budget trends from Undersecretary X": the
        speaker is who gave the briefing (the receiving subject only listens; a following
        "They" is the listeners). Not "have received input from stakeholders" (what guests
        offered, before the meeting). With ``heard``: "(participants) heard (directly) from X
        on ...", ``start`` being the word after "heard"."""
        if heard:
            noun = start - 1  # (the cue is "heard from")
            frm = start + (toks[start].low == "directly")
        else:
            noun = next((k for k in range(start, min(len(toks), start + 4)) if toks[k].low in _BRIEFINGS), None)
            if noun is None or any(not t.text.isalpha() for t in toks[start:noun]) or toks[start - 2].low in {
                    "has", "have", "had"}:
                return None
            frm = next((k for k in range(noun + 1, min(len(toks) - 1, noun + 16))
                        if toks[k].low == "from" or toks[k].text in {",", ";", ".", "(", "–", "—"}), None)
        if frm is None or frm >= len(toks) or toks[frm].low != "from":
            return None
        end = next((k for k in range(frm + 1, min(len(toks), frm + 40))
                    if toks[k].low in {"on", "about", "regarding", "concerning", "to", "who", "which", "including"}
                    or toks[k].text in {";", ".", ":", "(", "–", "—"}
                    or toks[k].low == "and" and k + 1 < len(toks) and toks[k + 1].low in {"a", "an", "discussed"}
                    or toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in {"and", "which", "who"}
                    and k + 2 < len(toks) and not toks[k + 2].is_cap and toks[k + 2].low not in _DETERMINERS),
                   min(len(toks), frm + 40))
        if end <= frm + 1 or heard and end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].low == "who":
            return None  # ("heard from a panel of survivors, who shared ...": the clause's own verb)
        np_ = _NP(frm + 1, end, self._span(toks, frm + 1, end))
        resolved = self._resolve(np_.text) or self._resolve_loose(np_.text)
        if resolved is None or resolved.kind == "none":
            return None
        listeners = self._resolve(subject.text)
        if listeners is not None and listeners.kind == "group":
            self._narration_group, self._narration_at = listeners, self._n
        named = self._named_in(toks[np_.start:np_.end]) if heard and resolved.kind == "organization" else []
        if len(named) > 1:
            # "heard from Department of the Interior Secretary Deb Haaland, ... Secretary Tom Vilsack":
            # people, not their department
            resolved = Attribution(np_.text, "group", members=tuple(p.name for p in named))
        end_cue = frm if heard else noun
        cue = self._span(toks, start - 1, end_cue + 1)
        return _with(resolved, cue=cue, frame=((toks[start - 1].start, toks[end_cue].end),),
                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                     cue_span=(toks[start - 1].start, toks[end_cue].end))

    def _relative_subject(self, toks: list[_Tok], np_: _NP, rel: int) -> _NP | None:
        """A plural of people with a relative clause, up to the reporting verb after it:
        "Advocates who work with survivors of domestic violence (indicated ...)", "legislators
        from states where access to abortion remains protected (discussed ...)". The clause's
        own verb comes first; the main verb is the next speech verb, before any comma."""
        for m in range(rel + 2, min(len(toks), rel + 25)):
            if toks[m].text in {",", ";", ".", ":", "(", "—", "–"} or toks[m].low in {"that", "which", "who"}:
                return None
            if toks[m - 1].low in {"and", "or", "to", "not", "were", "was", "been", "be", "are", "is", "being"} \
                    or toks[m - 1].low in _PREPOSITIONS:
                continue  # (nor a passive: "initiatives that were announced")
            verb = self._verb_at(toks, m, plural=True)
            if verb is not None and verb[2] == "speech" and (toks[m].low.endswith("ed") or toks[m].low in self._speech):
                return _NP(np_.start, m, self._span(toks, np_.start, m))
        return None

    def _commitment(self, toks: list[_Tok], np_: _NP, j: int) -> Attribution | None:
        """A state's or a body's stated course: "Singapore will continue to work with
        regional partners", "Singapore will support efforts by the UN", "The United States
        continues to support ..." (organization)."""
        k = j
        later = None if " will continue to " not in self._sentence else next((
            m + 2 for m in range(j, len(toks) - 3) if toks[m].low == "and" and toks[m + 1].low == "will"
                      and toks[m + 2].low == "continue" and toks[m + 3].low == "to"), None)
        if later is not None and (any(t.text in {".", ";"} for t in toks[j:later]) or toks[j].low == "will"):
            later = None  # ("The Task Force will coordinate ... and will continue to monitor": a plan)
        if later is not None:
            k = later  # "Singapore is spearheading a transition ..., and will continue to share ..."
        elif (k + 1 < len(toks) and toks[k].low in {"has", "have"}
              and any(t.low in _HELD_POSITIONS for t in toks[k + 1:k + 6])):
            m = next(m for m in range(k + 1, k + 6) if toks[m].low in _HELD_POSITIONS)
            if all(t.low in {"a", "an", "the", "and", ","} or t.low.endswith(("ed", "ing", "al", "ful", "ong", "ent",
                                                                                "ear", "ive", "ic", "ous"))
                   for t in toks[k + 1:m]) and m + 1 < len(toks) and toks[m + 1].low in {"for", "to", "in", "on"}:
                resolved = self._resolve(np_.text)
                if resolved is not None and resolved.kind == "organization":
                    # "Singapore has a longstanding and principled support for ...": a position
                    return _with(resolved, cue=self._span(toks, k, m + 1), frame=(),
                                 source=(toks[np_.start].start, toks[np_.end - 1].end),
                                 cue_span=(toks[k].start, toks[m].end))
            return None
        if later is None and k < len(toks) and toks[k].low == "will":
            k = self._skip_adverbs(toks, k + 1)
            if k >= len(toks) or not (toks[k].low == "continue" or toks[k].low in _COMMITTED):
                return None
            if toks[k].low in {"contribute", "provide"} and _gift_follows(toks, k + 1):
                return None  # "will contribute US$100,000 to ...": an announced gift, not a stated course
        elif later is None and (k >= len(toks) or toks[k].low != "continues"):
            return None
        if toks[k].low.startswith("continue") and (k + 1 >= len(toks) or not (
                toks[k + 1].low == "to" or toks[k + 1].low.endswith("ing") and toks[k + 1].low not in _PRONOUNS)):
            return None  # (but "will continue to work with", "will continue prioritizing partnership with")
        if np_.end - np_.start == 2 and toks[np_.start].low == "the" and toks[np_.start + 1].low in NON_NAME_WORDS:
            return None  # "The Office will support the work of ...": a new body's remit, not a position
        resolved = self._resolve(np_.text)
        if resolved is None or resolved.kind != "organization":
            return None
        return _with(resolved, cue=toks[k].text, frame=(),
                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                     cue_span=(toks[k].start, toks[k].end))

    def _purpose(self, toks: list[_Tok], start: int) -> tuple[str, int, int] | None:
        """``_purpose_of``; after "convened" only an announcement or a participle after a comma
        speaks: "convened a roundtable ... to highlight ..." is the event's aim, but "convened
        100 legislators to announce ..." and "convened ..., underscoring ..." report speech."""
        found = self._purpose_of(toks, start)
        if found is not None and 0 < start and toks[start - 1].low in {"convened", "convenes", "convene"} and not (
                toks[found[1]].low in _HOST_PURPOSE_SPEECH or toks[found[1] - 1].text == ","):
            return None
        if found is None and 0 < start and toks[start - 1].low in _HOSTING and not any(
                t.low in {"event", "reception", "events"} for t in toks[start:start + 12]):
            # "convened calls with members of Congress to update them on ...": the hosts speak
            to = next((k for k in range(start, min(len(toks) - 1, start + 40)) if toks[k].low == "to"
                       and toks[k + 1].low in _HOST_PURPOSE_SPEECH), None)
            if to is not None and not any(t.text in {".", ";"} for t in toks[start:to]):
                return toks[to + 1].text, to + 1, to + 2
        return found

    def _purpose_of(self, toks: list[_Tok], start: int) -> tuple[str, int, int] | None:
        """'spoke with Prime Minister Trudeau to congratulate him': (cue, index, after) of a
        one-way speech act in a purpose clause. Agendas ('to discuss') are not speech."""
        if 0 < start < len(toks) and toks[start - 1].low in {"took", "take", "takes"} and toks[start].low == "place":
            return None  # "The convening took place as the President traveled ... to underscore"
        if 0 < start and toks[start - 1].low in {"hosted", "hosts", "host", "held", "holds", "organized",
                                                 "organised"}:
            # "hosted a Convening of County Association Presidents ... to highlight ...": the aim
            # of an event (not "hosted Prime Minister X to reaffirm ...")
            to = next((k for k in range(start, min(len(toks), start + 20)) if toks[k].low == "to"), None)
            if to is not None and to + 1 < len(toks) and any(
                    t.low in {"event", "reception", "events"}
                    or t.low in _GATHERINGS and toks[to + 1].low not in _HOST_PURPOSE_SPEECH for t in toks[start:to]):
                return None
        if (start > 0 and toks[start - 1].low in {"spoke", "speaks", "talked", "talks", "spoken"}
                and not (start < len(toks) and toks[start].low == "at")):  # ("spoke at a dialogue on X": an event)
            # "spoke with Leaders Schumer and Jeffries by phone about ...": what was said
            commas = 0
            dashes = [m for m in range(start, min(len(toks), start + 60)) if toks[m].text in {"–", "—"}]
            skip_to = dashes[1] if len(dashes) >= 2 else -1  # "spoke with officials – including A, B, C – about"
            for k in range(start, min(len(toks), start + 30 if skip_to < 0 else skip_to + 12)):
                if start <= k < skip_to:
                    continue
                commas += toks[k].text == ","
                if toks[k].low == "to" and k + 1 < len(toks) and toks[k + 1].low in {"honor", "honour"} and commas <= 2:
                    return toks[k + 1].text, k + 1, k + 2  # "spoke with X to honor the lives lost": condolence
                if toks[k].text in {";", "."} or commas > 2 or (
                        toks[k].low == "to" and k > start and k + 1 < len(toks) and not toks[k + 1].is_cap
                        and toks[k + 1].low not in _PREPOSITIONS and not toks[k + 1].low.endswith("s")):
                    break  # an apposition ("Ray Chambers, Vice Chair of ..., about") is fine
                if toks[k].low in {"about", "regarding", "concerning"} or (
                        toks[k].low == "on" and k + 1 < len(toks) and toks[k + 1].low not in _WEEKDAYS
                        and toks[k + 1].low not in {"behalf", "phone", "friday", "monday", "her", "his",
                                                    "their", "its", "my", "our"}  # ("on her flight")
                        and not (toks[k + 1].low == "the" and (k + 2 >= len(toks) or toks[k + 2].low in _NOT_TOPICS
                                                               or toks[k + 2].is_cap or toks[k + 2].text[:1].isdigit()))
                        and not toks[k + 1].text[:1].isdigit() and toks[k + 1].is_cap is False):
                    # "spoke ... on a number of global and bilateral matters": a topic
                    return toks[start - 1].text, start - 1, start
        skip_to = -1
        for k in range(start, min(len(toks) - 1, start + 30)):
            if k < skip_to:
                continue
            if toks[k].low in {"by", "in"} and (toks[k + 1].low in _PURPOSE_ING or toks[k + 1].low in _BY_SPEAKING and (
                    toks[k + 1].low != "calling" or k + 2 < len(toks) and toks[k + 2].low in {"for", "on", "upon"})):
                # "followed up by emphasizing", "joined X in urging", "closed the meeting by outlining how
                # ...", "joined in calling for ..."
                return toks[k + 1].text, k + 1, k + 2
            if (toks[k].low == "with" and k + 3 < len(toks) and toks[k + 1].low in {"a", "an"}
                    and toks[k + 2].low in {"call", "appeal", "plea"} and toks[k + 3].low in {"for", "to", "on"}):
                return self._span(toks, k + 2, k + 4), k + 2, k + 4  # "closed the event with a call for ..."
            if (toks[k].low == "to" and k + 3 < len(toks) and toks[k + 1].low == "make"
                    and toks[k + 2].low == "the" and toks[k + 3].low == "case"):
                return self._span(toks, k + 1, k + 4), k + 1, k + 4  # "to make the case for ..."
            if (toks[k].low == "to" and k + 3 < len(toks) and toks[k + 1].low == "make"
                    and toks[k + 2].low in {"clear", "plain"} and toks[k + 3].low in {"that", "the", "his", "her", "their"}):
                return self._span(toks, k + 1, k + 3), k + 1, k + 3  # "to make clear that ..."
            if toks[k].low in {"statement", "remarks", "message", "letter", "speech", "address", "note", "report",
                               "paper", "analysis"}:
                # "delivered a statement (at the Ministerial Conference) expressing ..."
                m = k + 1
                if toks[m].low in {"at", "during", "in", "to"} or toks[m].low == "from" and toks[k].low != "letter":
                    m += 1
                    while m < len(toks) and m < k + 10 and (toks[m].is_cap or toks[m].low in {"the", "of", "on"}):
                        m += 1
                if m < len(toks) and toks[m].low in self._speech and toks[m].low.endswith("ing"):
                    return toks[m].text, m, m + 1
            if toks[k].text == "," and toks[k + 1].low.endswith("ing"):
                # "spoke with Chancellor Merkel, conveying his desire ..."
                word = toks[k + 1].low
                if word in _PURPOSE_ING or (word in self._speech and k + 2 < len(toks)
                                            and toks[k + 2].low == "that"):
                    return toks[k + 1].text, k + 1, k + 2  # ", committing that ..."
                given = next((m for m in range(k + 2, min(len(toks), k + 5)) if toks[m].low in _BRIEFINGS), None)
                if word in {"providing", "giving", "offering", "delivering"} and given is not None and all(
                        t.low in _DETERMINERS or t.text.isalpha() and not t.is_cap for t in toks[k + 2:given]):
                    return self._span(toks, k + 1, given + 1), k + 1, given + 1  # ", providing updates on ..."
                return None
            if (toks[k].text == "," and toks[k + 1].low in {"who", "which"} and k > start
                    and toks[k - 1].is_cap):
                # "called Speaker McCarthy, who is leading a delegation in Israel, to invite him ...":
                # a relative clause on the person, up to its closing comma
                close = next((m for m in range(k + 2, min(len(toks) - 1, k + 20)) if toks[m].text in {",", ";", "."}),
                             None)
                if close is not None and toks[close].text == "," and toks[close + 1].low == "to":
                    skip_to = close + 1
                    continue
            if toks[k].text == "," and (toks[k + 1].is_cap or toks[k + 1].text[:1].isdigit()
                                        or toks[k + 1].low == "to" or (toks[k + 1].low == "and" and k + 2 < len(toks)
                                                                      and toks[k + 2].is_cap)):
                continue  # "visited Johor, Malaysia on 2 December 2021, to reaffirm ..."
            if toks[k].text in {",", ";", "."}:
                return None
            if toks[k].low == "to" and toks[k + 1].low in _PURPOSE_CUES:
                return toks[k + 1].text, k + 1, k + 2
            if toks[k].low == "to" and toks[k + 1].low == "let" and k + 3 < len(toks) and toks[k + 3].low == "know":
                return "let know", k + 1, k + 4  # "to let them know that ..."
            if (toks[k].low == "to" and k + 2 < len(toks) and toks[k + 1].low.endswith("ly")
                    and toks[k + 2].low in _PURPOSE_CUES):
                return toks[k + 2].text, k + 2, k + 3  # "to personally thank them"
            if toks[k].low == "to" and toks[k + 1].low in {"discuss", "review", "explore", "consult", "talk"}:
                # "spoke with X to discuss ... what more can be done to offer support": an agenda;
                # but "to discuss ongoing efforts ..., and reaffirm the commitment ..." also speaks
                # (or "... and to announce ...", "..., and to call on ...": a second infinitive)
                for m in range(k + 2, min(len(toks) - 2, k + 40)):
                    if toks[m].text in {";", "."}:
                        break
                    if toks[m].low == "and" and (toks[m - 1].text == "," or toks[m + 1].low == "to"):
                        n = m + 1 + (toks[m + 1].low == "to")
                        if toks[n].low in _PURPOSE_CUES:
                            return toks[n].text, n, n + 1
                        if toks[n].low == "call" and n + 1 < len(toks) and toks[n + 1].low in {"on", "upon", "for"}:
                            return self._span(toks, n, n + 2), n, n + 2
                return None
            if toks[k].low == "to" and toks[k + 1].low in _GIVING:
                # "spoke with Prime Minister Netanyahu to provide an update on ..."
                m = next((m for m in range(k + 2, min(len(toks), k + 5)) if toks[m].low in _GIVEN_SPEECH), None)
                if m is not None and all(t.low in _DETERMINERS or t.text.isalpha() and not t.is_cap
                                         for t in toks[k + 2:m]):
                    return self._span(toks, k + 1, m + 1), k + 1, m + 1
            if (toks[k].low == "to" and k + 3 < len(toks) and toks[k + 1].low == "speak"
                    and toks[k + 2].low in {"to", "on", "about"} and not toks[k + 3].is_cap
                    and not (toks[k + 3].low in {"the", "his", "her"} and k + 4 < len(toks) and toks[k + 4].is_cap)):
                return self._span(toks, k + 1, k + 3), k + 1, k + 3  # "to speak to the challenges of ..."
        return None

    def _loose_np(self, toks: list[_Tok], i: int, *, final: bool = False) -> _NP | None:
        """A looser subject for news prose, tried only before a reporting verb:
        "spokesman John Kirby", "Romney's associates", "Some party strategists",
        "the report", "White House spokesman Josh Earnest"."""
        j = i
        seen_word = False
        if i < len(toks) and not final and (toks[i].low.endswith("ing") and not (
                i + 1 < len(toks) and not toks[i + 1].is_cap and (toks[i + 1].low in GROUP_PLURALS
                                                                  or toks[i + 1].low.endswith(_AGENT_PLURALS)))
                or toks[i].low in (
                _OPENERS_NOT_BOTH_THIS)):
            return None  # "Following the launch ...", "Among other things, ..." open a clause
        while j < len(toks) and j < i + 7:
            t = toks[j]
            low = t.low
            if t.text in {",", ".", ";", "!", "?"} and final:
                break
            if t.text in {"–", "—"} and j > i and not final:
                break  # "These electric utilities – that collectively employ ... – offered ..."

            if not final and j > i and (low in self._speech or low in self._narration or low in _STANCE_VERBS
                                        or t.text == ",") and toks[j - 1].low not in _DETERMINERS and not (
                    t.is_cap and not low.endswith(("ed", "s")) and toks[j - 1].text.isalpha() and j + 1 < len(toks)
                    and toks[j + 1].is_cap):
                # (but "spokeswoman Hope Hicks": a capitalised word inside a name is no verb)
                if not (j > i and toks[j - 1].low in {"and", "or"} and low.endswith("s") and not low.endswith("ss")
                        or low.endswith("s") and j + 1 < len(toks) and toks[j + 1].low in _VERBS_AFTER_A_PLURAL_NOUN):
                    break  # (but "players and advocates shared", "Abortion rights advocates said": nouns)
            if not final and j > i and low in {"has", "have", "had"} and self._perfect_at(toks, j + 1):
                break  # "Many delegations had recognised ..."
            if not final and j > i and low in {"also", "further", "then", "again"}:
                break  # "Trucking companies (also) discussed ..."
            if (not t.text[:1].isalpha() and t.text != "+") or low in _LOOSE_STOP:
                return None  # (but "LGBTQ+ survivors")
            seen_word = True
            j += 1
        if not seen_word or j == i or (j >= len(toks) and not final):
            return None
        if toks[j - 1].low.endswith(("ed", "en")) and not toks[j - 1].is_cap:
            return None  # "The written statements and written" ends on a participle, not a noun
        for t in toks[i + 1:j]:
            low = t.low
            if low in _INCLUDING_VERBS or (low.endswith("ed") and not t.is_cap and (
                    low in _GIVING or low in self._speech or low in self._narration)):
                return None  # "The roundtable included lesbian and queer (advocates)": a clause
        if (j > i + 2 and toks[i + 1].low.endswith("ed") and not toks[i + 1].is_cap
                and (toks[i + 2].low in _PREPOSITIONS or toks[i + 2].low in {"around", "upon", "over", "toward", "towards"})
                and not _people_plural(toks[i].low) and toks[i].low not in _DETERMINERS):
            return None  # "Discussions focused around recommendations (detailed in ...)": a clause
        while j > i + 1 and not final and (toks[j - 1].low in _ADVERBS or toks[j - 1].low.endswith("ly")
                                           and len(toks[j - 1].low) > 4 and not toks[j - 1].is_cap):
            j -= 1  # "World leaders and diplomats (almost universally) expressed ...", "Clinton (now) says"
        words = [t.low for t in toks[i:j]]
        if words[0] in _RELATIVE or words[0] in {"it", "this", "there", "that"}:
            return None
        return _NP(i, j, self._span(toks, i, j))

    def _later_clause(self, toks: list[_Tok], start: int, subject: _NP | None = None, *,
                      markers: frozenset[str] = frozenset({"and", "but", "because", "where", "while", "during",
                                                           "which", "whom"})
                      ) -> Attribution | None:
        """The speech act of a later clause after a narration verb: "... hosted lunch for X
        and they had a useful exchange of views", "... had an audience with the Sultan,
        where PM Lee congratulated ...", "... met with a group of leaders and highlighted ..."
        (the same subject)."""
        for k in range(start, len(toks) - 1):
            if toks[k].low not in markers or toks[k].low == "which" and toks[k - 1].low != "in":
                continue  # ("in which they discussed", not "through which the government welcomed")
            if toks[k].low == "which" and (self._dated_before(toks, k - 1) or any(
                    t.low in {"follows", "followed", "builds"} for t in toks[:k])):
                continue  # "the September 9 phone call ... in which the leaders discussed": an earlier event
                # ("The convening follows the President's remarks at a rally in which he underscored ...")
            j = self._skip_adverbs(toks, k + 1)
            verb = self._verb_at(toks, j, plural=True)
            if (subject is not None and toks[k].low in {"and", "but"} and verb is not None and verb[2] == "speech"
                    and (toks[j].low.endswith("ed") or toks[j].low in {"had", "held", "said", "told", "wrote"}
                         or toks[j].low in _STANCE_VERBS)):
                resolved = self._resolve(subject.text) or self._resolve_loose(subject.text)
                if resolved is not None:
                    return self._clause(resolved, toks, subject, j, verb, toks[k].start)
            n = k + 1
            if toks[k].low == "during" and n + 1 < len(toks) and toks[n].low == "which":
                n += 1
            if toks[k].low == "whom" and not (toks[k - 1].low == "with" and n < len(toks)
                                              and toks[n].low in {"he", "she"}):
                continue  # (only "..., with whom he discussed ways to ...": the subject's own speech act)
            np_ = self._parse_np(toks, n, allow_coord=True)
            if np_ is None:
                continue
            if toks[k].low in {"where", "while", "during"}:
                subject = np_  # "..., where she met with and congratulated ...": her acts from here on
            before = k - 1 - (k > 1 and toks[k - 1].text == ",")  # ("with ports, labor groups, and industry partners")
            if (toks[k].low == "and" and k > 0 and not toks[np_.start].is_cap and toks[np_.start].low not in _PRONOUNS
                    and toks[before].text.isalpha() and not toks[before].is_cap and toks[before].low.endswith("s")):
                continue  # "a meeting with leaders and advocates focused on ...": one object, not a clause
            j = self._skip_adverbs(toks, np_.end)
            verb = self._verb_at(toks, j, plural=_is_plural(np_.text))
            longer = self._postmodified(toks, np_) if verb is None else None
            if longer is not None:
                np_ = longer  # "where business leaders from both sides exchanged views"
                j = self._skip_adverbs(toks, np_.end)
                verb = self._verb_at(toks, j, plural=True)
            if verb is None or verb[2] != "speech":
                continue
            resolved = self._they_named_before(toks, np_, k, "They") or self._resolve(np_.text)
            if resolved is not None:
                return self._clause(resolved, toks, np_, j, verb, toks[np_.start].start)
        return None

    @staticmethod
    def _dated_before(toks: list[_Tok], k: int) -> bool:
        """Does the noun phrase before token ``k`` carry a date ("the September 9 phone
        call between ...", "the January 2021 Executive Order")? Back to a comma, fourteen words."""
        first = k - 1 - (k > 0 and toks[k - 1].text == ",")  # ("… USA Today op-ed, in which he outlined")
        for m in range(first, max(-1, k - 16), -1):
            if toks[m].text in {",", ";", "."}:
                return False
            if toks[m].low in _MONTHS and (toks[m + 1].text[:1].isdigit() or m > 0 and toks[m - 1].text[:1].isdigit()):
                return True
        return False

    def _tail(self, toks: list[_Tok]) -> Attribution | None:
        for c, tok in enumerate(toks):
            if c == 0 or tok.text not in {",", "—", "–", "--", "?", "!", "”", '"'}:
                continue
            if tok.text in {"”", '"'} and not (c + 1 < len(toks) and toks[c + 1].low in _SAY_TAIL) \
                    and toks[c - 1].text not in {"!", "?"}:  # ('“... resign!” the nominee wrote')
                continue  # '“Our actions ... abroad” said Jon Finer.'

            i = c + 1
            while i < len(toks) and toks[i].text in _QUOTES:
                i += 1  # '"We will," Kim said.'
            if i >= len(toks):
                break
            # ", said Wang." / ", added the minister,"
            if toks[i].low in _SAY_TAIL:
                if i + 2 < len(toks) and toks[i + 1].low in {"a", "an", "one", "another"}:
                    # '"…," said one longtime adviser to Bill Clinton.': somebody unnamed
                    end = next((e for e in range(i + 2, len(toks)) if toks[e].text in {",", ".", ";", "!", "?"}),
                               len(toks))
                    unnamed = _UNNAMED_ROLE.fullmatch(self._span(toks, i + 1, end))
                    if unnamed is not None:
                        group = unnamed.group("plural") or unnamed.group("plural2") or unnamed.group("share")
                        return _with(Attribution(unnamed.group(0), "group" if group else "person"),
                                     cue=toks[i].text, frame=((tok.start, toks[end - 1].end),),
                                     source=(toks[i + 1].start, toks[end - 1].end),
                                     cue_span=(toks[i].start, toks[i].end))
                np_ = self._parse_np(toks, i + 1, allow_coord=True)
                loose = False
                if (np_ is not None and np_.end + 1 < len(toks)
                        and toks[np_.end].low in {"in", "at", "on", "during", "after", "before", "from", "to", "with"}
                        and all(t.text not in {",", ";", "“", '"'} for t in toks[np_.end:])):
                    # '“…,” said Trump in his speech.': the name, then where or when
                    person = self._match_person(np_.text)
                    if person is not None:
                        return _with(Attribution(person.name, "person", role=person.role, affiliation=person.affiliation),
                                     cue=toks[i].text, frame=((tok.start, toks[np_.end - 1].end),),
                                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                                     cue_span=(toks[i].start, toks[i].end))
                if (np_ is None or not (np_.end >= len(toks) or toks[np_.end].text in {".", ",", ";", "!", "?"})) \
                        and toks[i].low not in {"continued", "maintained"}:
                    # (", continued imprisonment of political prisoners": a noun phrase, not a speaker)
                    np_, loose = self._loose_np(toks, i + 1, final=True), True
                if np_ is not None and (np_.end >= len(toks) or toks[np_.end].text in {".", ",", ";", "!", "?"}):
                    resolved = self._resolve(np_.text)
                    if resolved is None and loose:
                        resolved = self._described_name(toks, np_) or self._resolve_loose(np_.text)
                    if resolved is not None:
                        frame = ((tok.start, toks[np_.end - 1].end),)
                        return _with(resolved, cue=toks[i].text, frame=frame,
                                     source=(toks[np_.start].start, toks[np_.end - 1].end),
                                     cue_span=(toks[i].start, toks[i].end))
                stop = next((e for e in range(i + 2, min(len(toks), i + 9))
                             if toks[e].low in _TAIL_ADJUNCTS or toks[e].text in {",", ".", ";", "!", "?"}), None)
                if stop is not None and toks[stop].low in _TAIL_ADJUNCTS:
                    # '"…," said RNC spokesman Sean Spicer in a Friday tweet.': a described name, then
                    # where or when
                    found = self._described_name(toks, _NP(i + 1, stop, self._span(toks, i + 1, stop)))
                    if found is not None:
                        return _with(found, cue=toks[i].text, frame=((tok.start, toks[stop - 1].end),),
                                     source=(toks[i + 1].start, toks[stop - 1].end),
                                     cue_span=(toks[i].start, toks[i].end))
                continue
            np_ = self._parse_np(toks, i)
            if toks[i].low in {"a", "an", "one", "another"}:
                np_ = self._role_np(toks, i) or np_  # ('…, a Chinese official said, adding …')
            loose = False
            if np_ is None and (toks[i].low == "the" or toks[i - 1].text in {"”", '"'} and toks[i].text.isalpha()
                                and not toks[i].is_cap and toks[i].low not in _PRONOUNS
                                and toks[i].low not in _RELATIVE and toks[i].low not in _DETERMINERS):
                # ('"…," the mayor said.', '"…," former Florida governor Jeb Bush said.')
                np_, loose = self._loose_np(toks, i), True
            if np_ is None or toks[i].low in _RELATIVE:
                continue
            j = self._skip_adverbs(toks, np_.end)
            verb = self._verb_at(toks, j, tail=True)
            if (verb is None and not loose and toks[i - 1].text in {"”", '"'} and j < len(toks)
                    and toks[j].text.isalpha() and not toks[j].is_cap and (toks[i].low == "the" or toks[i].is_cap)):
                # '"…," the White House spokesman, Josh Earnest, said', '"…," Senate minority leader
                # Harry Reid told reporters': a longer subject than a name or a body's
                longer = self._loose_np(toks, i)
                k = self._skip_adverbs(toks, longer.end) if longer is not None else 0
                if longer is not None and longer.end > np_.end and k < len(toks) and not toks[k].is_cap:
                    np_, loose, j = longer, True, k
                    verb = self._verb_at(toks, j, tail=True)
            appositive = None
            if verb is None and j < len(toks) and toks[j].text == "," and tok.text != "—":
                # '“...,” Sarandon, 69, told MSNBC', '“...,” Graham, a former candidate, told CBS News'
                k = next((k for k in range(j + 2, min(len(toks), j + 12)) if toks[k].text == ","), None)
                if k is not None and not any(t.text in _QUOTE_MARKS or t.low in self._speech for t in toks[j + 1:k]):
                    # (an apostrophe is no quotation: '..., Jeff Weaver, Sanders’ campaign manager, said')
                    j2 = self._skip_adverbs(toks, k + 1)
                    verb2 = self._verb_at(toks, j2, tail=True)
                    if verb2 is not None and toks[j2].low in _SAY_TAIL:
                        appositive = (j + 1, k)
                        j, verb = j2, verb2
            if verb is None or verb[2] != "speech":
                continue
            cue, after, _ = verb
            if toks[j].low not in _SAY_TAIL and not (
                after >= len(toks) or toks[after].text in {",", ".", ";"} or toks[after].low == "that"
                or toks[after].low in _PRONOUNS or toks[after].is_cap
            ):
                continue
            resolved = self._resolve(np_.text)
            if resolved is None and loose:
                resolved = self._described_name(toks, np_)  # ('"…," the economist Jared Bernstein, …, wrote')
            if (resolved is None and toks[np_.start].low == "the" and 2 <= np_.end - np_.start <= 4
                    and toks[i - 1].text in {"”", '"'} and appositive is None
                    and all(t.text.isalpha() for t in toks[np_.start:np_.end])):
                # '"…," the airline said.', '"…," the host said.': a source the text names only so
                resolved = _unnamed_source(self._span(toks, np_.start, np_.end))
            if ((resolved is None or resolved.kind != "person" and (toks[np_.end - 1].low in _TITLE_LOWER
                                                                   or toks[np_.end - 1].low in _ROLE_HEAD_WORDS))
                    and appositive is not None and 2 <= appositive[1] - appositive[0] <= 4
                    and toks[np_.start].low == "the" and _looks_like_name(toks[appositive[0]:appositive[1]])):
                # '"…," the White House spokesman, Josh Earnest, said': the name in apposition
                named = self._resolve(self._span(toks, *appositive))
                resolved = named if named is not None and named.kind == "person" else None
            if resolved is None:
                continue
            end = toks[after - 1].end
            if after < len(toks) and toks[after].low == "that":
                end = toks[after].end
            return _with(resolved, cue=cue, frame=((tok.start, end),),
                         source=(toks[np_.start].start, toks[np_.end - 1].end),
                         cue_span=(toks[j].start, toks[after - 1].end))
        return None

    def _and_said(self, toks: list[_Tok], said: re.Match[str]) -> Attribution | None:
        """The subject that opens the sentence as the speaker of a later "and said" in the same
        clause: "Clinton celebrated in Florida with supporters and said ...", "Gary Emineth, a
        former state party chairman, became a delegate and said ..."."""
        j = next((j for j, t in enumerate(toks) if t.start == said.start("verb")), None)
        if j is None or not toks[0].is_cap or toks[0].low in _OPENING_WORDS:
            return None
        np_ = self._parse_np(toks, 0, allow_coord=True)
        if np_ is None or np_.end >= j:
            return None
        k = np_.end
        if toks[k].text == ",":  # (an apposition: ", a former state party chairman,")
            close = next((m for m in range(k + 1, min(j, k + 14)) if toks[m].text == ","), None)
            if close is None:
                return None
            k = close + 1
        k = self._skip_adverbs(toks, k)
        if k >= j or not toks[k].text.isalpha() or toks[k].is_cap or toks[k].low in _LOOSE_STOP \
                or toks[k].low in _PRONOUNS or not (toks[k].low.endswith(("ed", "s")) or toks[k].low in _IRREGULAR_PAST):
            return None  # (the subject's own verb, in the past or the present)
        if any(t.text in {";", ":", "“", '"'} or t.low in {"who", "which", "that", "when", "while", "after", "because"}
               for t in toks[k:j]):
            return None  # (another clause before "and said")
        resolved = self._resolve(np_.text)
        if resolved is None or resolved.kind == "none":
            return None
        return self._clause(resolved, toks, np_, j, (toks[j].text, j + 1, "speech"), toks[np_.start].start)

    def _described_name(self, toks: list[_Tok], np_: _NP) -> Attribution | None:
        """The person a loose subject names after a descriptor in lower case: "the economist
        Jared Bernstein", "pollster Frank Luntz", "Democratic strategist Hank Sheinkopf"."""
        first = np_.end
        while first > np_.start and toks[first - 1].is_cap and toks[first - 1].text.isalpha():
            first -= 1
        if not (2 <= np_.end - first <= 3 and first > np_.start and not toks[first - 1].is_cap
                and toks[first - 1].text.isalpha() and _looks_like_name(toks[first:np_.end])):
            return None
        resolved = self._resolve(self._span(toks, first, np_.end))
        return resolved if resolved is not None and resolved.kind == "person" else None

    @staticmethod
    def _clause(resolved: Attribution, toks: list[_Tok], np_: _NP, j: int,
                verb: tuple[str, int, str], frame_start: int) -> Attribution:
        """``resolved`` as the speaker of a clause: subject ``np_``, cue ``verb`` at ``j``;
        the frame runs from ``frame_start`` to the end of the cue."""
        end = toks[verb[1] - 1].end
        return _with(resolved, cue=verb[0], frame=((frame_start, end),),
                     source=(toks[np_.start].start, toks[np_.end - 1].end), cue_span=(toks[j].start, end))

    def _they_named_before(self, toks: list[_Tok], np_: _NP, upto: int, name: str) -> Attribution | None:
        """"they" as the people named before token ``upto`` ("During Han's meeting with Heng,
        they discussed ...", "A met B, where they discussed ..."), when there are two or more."""
        if np_.text.lower() != "they":
            return None
        name = name[:1].upper() + name[1:]  # ("..., they discussed": the group's name is "They")
        named = self._named_in(toks[:upto], possessive=True)
        if len(named) == 1 and any(t.low in {"counterparts", "representatives", "leaders", "officials"}
                                   for t in toks[:upto]):
            return Attribution(name, "group", members=(named[0].name,))  # "X met his counterparts, where they ..."
        return Attribution(name, "group", members=tuple(p.name for p in named)) if len(named) >= 2 else None

    def _coordinated_clause(self, toks: list[_Tok]) -> Attribution | None:
        """"The Administration has worked tirelessly ..., and the President also assured the
        families ...": the first reporting clause is a later main clause."""
        for k in range(1, len(toks) - 2):
            if toks[k].low not in {"and", "but"} or (toks[k - 1].text not in {",", ";"}
                                                     and not toks[k + 1].is_cap and toks[k + 1].low != "both"
                                                     and not (toks[k + 1].low == "the" and (
                                                         toks[k + 2].low in {"two", "three", "four", "five"}
                                                         or toks[k + 2].low in GROUP_PLURALS))):
                continue  # ("The conversations were productive and both sides committed ...", "... was
                # conducted in June and the three NSAs reaffirmed ...")
            np_ = self._parse_np(toks, k + 1)
            if np_ is None or toks[k + 1].low in {"they", "we", "i"}:
                continue
            j = self._skip_adverbs(toks, np_.end)
            verb = self._verb_at(toks, j, plural=_is_plural(np_.text))
            if verb is None or verb[2] != "speech":
                continue
            resolved = self._resolve(np_.text)
            if resolved is not None and resolved.kind != "none":
                return self._clause(resolved, toks, np_, j, verb, toks[np_.start].start)
        return None

    def _as_clause(self, toks: list[_Tok]) -> Attribution | None:
        """"This discussion, as President Biden made clear, was part of ...": the speaker of
        a parenthetical "as X said" clause."""
        for k, tok in enumerate(toks[:-2]):
            if tok.low != "as" or (k > 0 and toks[k - 1].text != ","):
                continue
            if (k + 3 < len(toks) and toks[k + 1].low.endswith("ed") and toks[k + 1].low in self._speech
                    and toks[k + 2].low == "by" and toks[k + 1].low != "announced"):
                # (but "As announced by President Biden at the G7 Summit, the Forum aims ...": an
                # earlier announcement as background)
                # "As highlighted by MOH in its press release, ...": the passive's agent
                agent = self._parse_np(toks, k + 3, allow_coord=False)
                resolved = self._resolve(agent.text) if agent is not None else None
                if (agent is not None and resolved is not None and resolved.kind != "none"
                        and not toks[agent.end - 1].low.endswith("'s")  # (not "by President Biden's Order")
                        and not _AUTHORED.match(agent.text)  # (nor "by the President's July Executive Order")
                        and not (k > 0 and any(t.low in _MONTHS or re.fullmatch(r"(?:19|20)\d\d", t.text)
                                               for t in toks[agent.end:agent.end + 8]))):
                    # (but "..., as discussed by President Biden and President Xi at the November
                    # 2023 Woodside Summit" after a noun: an earlier, dated event is background)
                    return self._clause(resolved, toks, agent, k + 1, (toks[k + 1].text, k + 2, "speech"), tok.start)
                continue
            np_, loose = self._parse_np(toks, k + 1), False
            if np_ is None:
                np_, loose = self._loose_np(toks, k + 1), True  # "As one round table participant shared,"
            if np_ is None:
                continue
            j = self._skip_adverbs(toks, np_.end)
            verb = self._verb_at(toks, j, plural=_is_plural(np_.text))
            if verb is None or verb[2] != "speech" or not (verb[1] >= len(toks) or toks[verb[1]].text in {",", "."}
                                                           or self._adjunct_to_comma(toks, verb[1])
                                                           or k > 0 and toks[verb[1]].low in {"to", "that"}):
                continue  # (but "..., as the leaders agreed to continue working together": theirs)
            resolved = self._resolve(np_.text)
            if resolved is None and loose:
                resolved = self._resolve_loose(np_.text)
            if resolved is not None and resolved.kind != "none":
                return self._clause(resolved, toks, np_, j, verb, tok.start)
        return None

    def _with_clause(self, toks: list[_Tok]) -> Attribution | None:
        """"The meeting concluded with all sides agreeing to continue close coordination":
        the speaker of an absolute "with X <speech verb>-ing" clause."""
        for k in range(1, len(toks) - 2):
            if toks[k].low != "with":
                continue
            np_ = self._parse_np(toks, k + 1)
            if np_ is None or np_.end >= len(toks) or toks[np_.start].low in _PRONOUNS:
                continue
            j = self._skip_adverbs(toks, np_.end)
            if j >= len(toks) or not toks[j].low.endswith("ing") or toks[j].low not in self._speech:
                continue
            resolved = self._resolve(np_.text)
            if resolved is not None and resolved.kind in {"group", "person"}:
                return self._clause(resolved, toks, np_, j, (toks[j].text, j + 1, "speech"), toks[np_.start].start)
        return None

    def _we_statement(self, toks: list[_Tok]) -> Attribution | None:
        """A body's own "We" as the main subject, whatever its verb ("We seek to tackle marine
        litter at its source", "we want to do our part"): that body's statement (RULES 4.5)."""
        starts = set(self._starts)
        first_comma = next((k for k in range(min(len(toks) - 1, 30)) if toks[k].text == ","), None)
        if first_comma is not None and toks[first_comma + 1].low == "we":
            starts.add(first_comma + 1)  # "Even though Singapore accounts for 0.1% of emissions, we want to ..."
        for start in sorted(starts):
            if start >= len(toks) - 1 or toks[start].low != "we":
                continue
            j = self._skip_adverbs(toks, start + 1)
            while j + 1 < len(toks) and toks[j].low in {"will", "would", "can", "could", "should", "must", "shall", "may"}:
                j = self._skip_adverbs(toks, j + 1)  # "We will also explore ...": the verb after the modal
            if j >= len(toks) or not toks[j].text.isalpha() or toks[j].is_cap or toks[j].low in _LOOSE_STOP_ADJUNCT \
                    and toks[j].low not in {"are", "were", "have", "had", "will", "would", "can", "could",
                                             "should", "must", "do", "did"}:
                return None
            if self._we_org is None:
                return None  # (only a body that has said "we" or "our" of itself: not the last one named)
            resolved = self._resolve("we")
            if resolved is None or resolved.kind not in {"organization", "group"}:
                return None
            np_ = _NP(start, start + 1, toks[start].text)
            return self._clause(resolved, toks, np_, j, (toks[j].text, j + 1, "speech"), toks[start].start)
        return None

    def _will_commitment(self, sentence: str) -> Attribution | None:
        """Two parties' commitment said with "will" ("The United States and United Kingdom will
        work together to ...", "The two countries will explore ways to ..."): their position."""
        found = WILL_COMMIT.match(sentence)
        if found is None or found.group("subject").lower() == "they" or (
                self.last_group is not None and self._group_at == self._n - 1):
            return None  # (right after a group's statement it is more of that statement)
        resolved = self._resolve(found.group("subject"))
        if resolved is None or resolved.kind != "group":
            return None
        return _with(resolved, cue=found.group("verb"), frame=((found.start("subject"), found.end("verb")),),
                     source=found.span("subject"), cue_span=found.span("verb"))

    def _passive_agent(self, toks: list[_Tok]) -> Attribution | None:
        """A thing said, with its speaker as the passive's agent: "This was welcomed by
        Secretary X", "The proposal was supported by Prime Minister Y". Not guests
        welcomed or people briefed ("They were welcomed by the Governor")."""
        for k in range(1, min(len(toks) - 3, 12)):
            if toks[k].low not in {"was", "were"}:
                continue
            head = toks[:k]
            if any(t.low in _PRONOUNS or t.is_cap and m > 0 or _people_plural(t.low) or t.low in _PERSON_NOUNS
                   or t.low.rstrip("s") in _PERSON_NOUNS or not t.text.isalpha() for m, t in enumerate(head)):
                return None  # a person or people received it (or a subject we cannot read)
            j = self._skip_adverbs(toks, k + 1)
            if j + 2 >= len(toks) or toks[j + 1].low != "by" or not toks[j].low.endswith("ed"):
                return None
            if toks[j].low not in self._speech or toks[j].low in {"briefed", "invited", "asked", "informed", "updated",
                                                                   "told", "welcomed", "thanked", "congratulated",
                                                                   "urged", "assured", "encouraged", "called"} and \
                    head[0].low not in {"this", "it", "that", "these"}:
                return None
            np_ = self._parse_np(toks, j + 2)
            if (np_ is not None and np_.end == np_.start + 1 and toks[np_.start].low.endswith(("’s", "'s"))
                    and np_.end < len(toks) and toks[np_.end].is_cap):
                np_ = self._parse_np(toks, np_.end)  # "by Singapore’s Minister for Foreign Affairs Dr X"
            if np_ is None or not (toks[np_.start].is_cap or toks[np_.start].low == "the" and np_.end > np_.start + 1
                                   and toks[np_.start + 1].is_cap):
                return None
            resolved = self._resolve(np_.text)
            if resolved is None or resolved.kind == "none":
                return None
            return self._clause(resolved, toks, np_, j, (toks[j].text, j + 1, "speech"), toks[np_.start].start)
        return None

    def _who_clause(self, toks: list[_Tok]) -> Attribution | None:
        """A person's relative clause with a reporting verb: "guests were welcomed by the
        Second Gentleman, who reiterated ...", "... met Minister Ana Lima, who stressed ..."."""
        for k in range(2, len(toks) - 1):
            if toks[k].low != "who":
                continue
            end = k - 1 if toks[k - 1].text == "," else k
            j = self._skip_adverbs(toks, k + 1)
            verb = self._verb_at(toks, j, plural=False)
            if verb is None or verb[2] != "speech" or (not toks[j].low.endswith("ed") and toks[j].low not in _SAY_TAIL
                                                         and " " not in verb[0]):
                continue  # (a past tense, "said", or a phrasal cue: "who spoke about ...")
            for start in range(max(0, end - 6), end):
                if toks[start].low not in {"the", "his", "her"} and not toks[start].is_cap:
                    continue
                np_ = self._parse_np(toks, start, allow_coord=False)
                if np_ is None or np_.end != end:
                    continue
                resolved = self._resolve(np_.text)
                if resolved is not None and resolved.kind == "person" and (
                        toks[start].low == "the" or self._match_person(resolved.speaker) is not None):
                    # (the source runs to the "who" that is the verb's subject: "Thomas Perez, who")
                    return self._clause(resolved, toks, _NP(np_.start, k + 1, ""), j, verb, toks[np_.start].start)
                break
            # "... heard from a panel of survivors and experts, who shared ...": people unnamed
            head = toks[end - 1].low
            if _people_plural(head):
                for start in range(end - 2, max(0, end - 8) - 1, -1):
                    if toks[start].low == "with" and all(
                            t.text.isalpha() and t.low not in _LOOSE_STOP_NOT_THE for t in toks[start + 1:end]):
                        # "a panel with leading experts and advocates who discussed ...": the people
                        np_ = _NP(start + 1, end, self._span(toks, start + 1, end))
                        return self._clause(Attribution(np_.text, "group"), toks, _NP(np_.start, k + 1, ""), j, verb,
                                            toks[start + 1].start)
                for start in range(max(0, end - 8), end - 1):
                    if toks[start].low in {"a", "an", "the"} and all(
                            t.text.isalpha() and t.low not in _LOOSE_STOP_NOT_THE and not t.low.endswith("ed")
                            for t in toks[start + 1:end]):  # (not "The remark worried some analysts, who ...")
                        np_ = _NP(start, end, self._span(toks, start, end))
                        return self._clause(Attribution(np_.text, "group"), toks, _NP(np_.start, k + 1, ""), j, verb,
                                            toks[start].start)
        return None

    @staticmethod
    def _adjunct_to_comma(toks: list[_Tok], k: int) -> bool:
        """Is ``toks[k:]`` up to the next comma a short place or time adjunct ("in the Rose
        Garden this past April", "last week", "at the summit")?"""
        if k >= len(toks) or toks[k].low not in {"in", "at", "on", "during", "last", "this", "earlier",
                                                 "yesterday", "today", "recently", "before", "after"}:
            return False
        for m in range(k + 1, min(len(toks), k + 10)):
            if toks[m].text == ",":
                return True
            if toks[m].low in _LOOSE_STOP_ADJUNCT \
                    or not toks[m].text[:1].isalnum():
                return False
        return False

    def _according_to(self, toks: list[_Tok]) -> Attribution | None:
        for i in range(len(toks) - 2):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                np_ = self._parse_np(toks, i + 2)
                resolved = self._resolve(np_.text) if np_ is not None else None
                if resolved is not None and resolved.kind == "organization":
                    body = _SOURCE_OF.fullmatch(re.sub(r"^(?:the|a|an)\s+", "", np_.text, flags=re.I))
                    if body and body.group("owner"):
                        # "according to a recent OECD report": the body whose report it is
                        resolved = Attribution(re.sub(r"^(?:the)\s+", "", body.group("owner"), flags=re.I),
                                               "organization")
                if resolved is None:
                    # "according to press reports", "according to a statement"
                    j = i + 2
                    while j < len(toks) and toks[j].text not in {",", ".", ";", "?", "!"} and j < i + 10:
                        j += 1
                    if j == i + 2:
                        continue
                    np_ = _NP(i + 2, j, self._span(toks, i + 2, j))
                    source = re.sub(r"^(?:the|a|an)\s+", "", np_.text, flags=re.I)
                    # "according to 2023 FBI data", "according to analysis from the Department of
                    # Labor": the body whose data or analysis it is
                    body = _SOURCE_OF.fullmatch(source)
                    if body:
                        source = re.sub(r"^(?:the)\s+", "", body.group("body") or body.group("owner"), flags=re.I)
                    resolved = Attribution(source, "organization")
                return _with(resolved, cue="according to",
                             frame=((toks[i].start, toks[np_.end - 1].end),),
                             source=(toks[np_.start].start, toks[np_.end - 1].end),
                             cue_span=(toks[i].start, toks[i + 1].end))
        return None


@lru_cache(maxsize=65536)
def _parse_chunk(
    texts: tuple[str, ...], lowered: tuple[str, ...], sentence_start: bool, allow_untitled: bool
) -> tuple[str, str, str, str, frozenset[str], bool] | None:
    """A capitalised run of tokens read as a titled name: (name, role, affiliation,
    honorific, styles, weak) or None. Pure, so repeated runs ("United Nations") are read
    once."""
    if not texts:
        return None
    words = [re.sub(r"['’]s$", "", t) for t in texts]
    lows = [re.sub(r"'s$", "", t).rstrip(".") for t in lowered]
    # "Minister-in-charge", "Minister-designate": a title with a hyphenated tail is a title
    lows = [low.split("-")[0] if "-" in low and low not in _TITLE_LOWER and low.split("-")[0] in _TITLE_LOWER
            and low.split("-")[0] not in _DOTTED_TITLES else low for low in lows]
    if sentence_start and lows[0] in {"the", "a", "an", "in", "on", "at", "for", "but",
                                       "and", "as", "with", "after", "during", "while"}:
        words, lows = words[1:], lows[1:]
    if not words or all(w.isupper() and len(w) > 3 for w in words if w.isalpha()):
        return None  # headings in capitals
    # Split off "... of <Country>" at the end.
    affiliation = ""
    for k in range(len(lows) - 1, 0, -1):
        if lows[k] == "of":
            tail = " ".join(words[k + 1:])
            c = country_of(tail)
            lead = next((n for n in (3, 2, 1) if len(words) > k + 1 + n
                         and country_of(" ".join(words[k + 1:k + 1 + n]))), 0) if not c else 0
            if c:
                affiliation = c
                words, lows = words[:k], lows[:k]
                # "President Yoon Suk Yeol of the Republic of Korea": the state's style too
                n = len(lows)
                while n > 1 and lows[n - 1] in _STATE_WORDS and lows[n - 1] != "of":
                    n -= 1
                if n < len(lows) and n > 1 and lows[n - 1] == "of":
                    words, lows = words[:n - 1], lows[:n - 1]
            elif lead and lows[k - 1] in _STATE_WORDS | _TITLE_LOWER:
                # "President of the Republic of Korea Yoon Suk-yeol": the country, then the name
                affiliation = country_of(" ".join(words[k - 1:k + 1 + lead])) or \
                    country_of(" ".join(words[k + 1:k + 1 + lead])) or ""
                words, lows = words[:k] + words[k + 1 + lead:], lows[:k] + lows[k + 1 + lead:]
            elif lows[k - 1] not in _TITLE_LOWER and lows[k - 1] not in _CONNECTORS:
                if lows[k - 1] in ORG_WORDS and not any(lw in _PERSON_TITLES for lw in lows[k + 1:]):
                    continue  # "Director of the Taiwan Affairs Office of the State Council Song Tao"
                if (lows[k - 1] in ORG_WORDS and not any(lw in _PERSON_TITLES for lw in lows[:k])
                        and k + 1 < len(lows) and not any(lw in {"for", "and", "of"} for lw in lows[k + 1:])):
                    # "Department of Energy Secretary Jennifer Granholm": the department, then the
                    # title (its "Energy") and the name
                    words, lows = words[k + 1:], lows[k + 1:]
                    break
                # "Governor Asa Hutchinson of Arkansas": a place after the name
                words, lows = words[:k], lows[:k]
            break
    # A party before a name ("Democrat Hillary Clinton", "Republican John Kasich"): no part of it.
    if len(words) >= 3 and lows[0] in {"democrat", "republican", "democratic", "gop", "libertarian"} \
            and lows[1] not in _TITLE_LOWER:
        words, lows = words[1:], lows[1:]
    # Leading demonym ("Chinese", "South Korean").
    for n in (2, 1):
        if len(words) > n and country_of(" ".join(words[:n])) and lows[n] in _TITLE_LOWER:
            affiliation = affiliation or country_of(" ".join(words[:n])) or ""
            words, lows = words[n:], lows[n:]
            break
    if words and lows[-1] in _DOTTED_TITLES and words[-1].endswith("."):
        words = words[:-1] + [words[-1][:-1]]  # "... Prime Minister Hun Sen." at a sentence end
    # The name is the trailing run of words that are not title or state words.
    k = len(words)
    while k > 0:
        low = lows[k - 1]
        if low in _SUFFIXES or low in _NAME_PARTICLES and k < len(words):
            k -= 1
            continue
        if (low in _INNER_HONORIFICS and k < len(words) and k >= 2 and words[k - 2][:1].isupper()
                and lows[k - 2] not in _TITLE_LOWER and any(lw in _TITLE_LOWER for lw in lows[:k - 2])):
            k -= 1  # "President Hassan Sheikh Mohamud", "Hishammuddin Tun Hussein": inside the name
            continue
        if (k == len(words) and k >= 2 and low in _SURNAME_TITLES
                and lows[k - 2].rstrip(".") in {"mr", "mrs", "ms", "miss", "dr", "mdm"}):
            k -= 1  # "Mr. King", "Dr. King", "Ms. Bishop": after an honorific, a title word is a surname
            continue
        if (low in _TITLE_LOWER and not (low in _DOTTED_TITLES and (not words[k - 1].endswith(".")
                                                                    or k == len(words))))\
                or low in _STATE_WORDS or low in _CONNECTORS:
            break  # (but "Hun Sen", "Van Gen": short titles need their full stop)
        if country_of(words[k - 1]) and k < len(words):
            break
        if low in ORG_WORDS and k < len(words) and k > 1:
            break  # "Director of the Taiwan Affairs Office of the State Council Song Tao": the body ends the title
        k -= 1
    if len(words) - k >= 3 and k >= 2 and lows[k - 1] == "and" and any(lw in _PERSON_TITLES for lw in lows[:k - 1]):
        k += 1  # "Under Secretary for Acquisition and Sustainment Stacy Cummings": the office's second word
    name_words = words[k:]
    title_words = words[:k]
    for n in (3, 2, 1):
        # "President of Sri Lanka Ranil Wickremesinghe": the country is no part of the name
        if len(name_words) > n and country_of(" ".join(name_words[:n])):
            affiliation = affiliation or country_of(" ".join(name_words[:n])) or ""
            name_words = name_words[n:]
            break
    while (len(name_words) > 2 and len(name_words[0]) > 1 and name_words[0].isupper() and name_words[0].isalpha()
           and name_words[0] not in {"II", "III", "IV"} and all(w[:1].isupper() for w in name_words[1:])):
        # "Chairman of the CPPCC Wang Huning": the body's acronym is no part of the name
        title_words, name_words = title_words + name_words[:1], name_words[1:]
        k += 1
    title_lows = lows[:k]
    if title_lows and title_lows[-1] == "of" and title_lows[0] in {"state", "commonwealth", "city", "county",
                                                                   "province", "town"}:
        return None  # "the State of Connecticut", "the City of Detroit": a place, not a titled name
    styles = {w for w in title_lows if w in _STYLES}  # "His Majesty Sultan ..."
    honor = ""
    while title_words and title_lows[-1] in _HONORIFICS:
        honor = title_words[-1]
        title_words, title_lows = title_words[:-1], title_lows[:-1]
    if not name_words or not (title_words or honor or len(name_words) >= 2):
        return None
    if country_of(" ".join(name_words)) or any(w.lower() in NON_NAME_WORDS for w in name_words):
        return None
    lower = [n for n, w in enumerate(name_words)
             if w[:1].islower() and w not in _NAME_PARTICLES and w.split("-")[0] not in _NAME_PARTICLES
             and w not in _CONNECTORS and w not in _PREPOSITIONS_AND_OR]
    if lower:
        # A lower-case word is no part of a name (but "bin", "al-"). After a possessive it is
        # the person's thing ("Trump’s candidacy", "Donald Trump’s campaign"): nobody; after the
        # name, an adverb or a reflexive ("Cruz himself", "Trump never"): the name before it;
        # before the name, a description ("Republican nominee Donald Trump"): the name after it
        first = next((k for k, t in enumerate(texts) if re.sub(r"['’]s$", "", t) == name_words[lower[0]]),
                     len(texts))
        if any(t.endswith(("'s", "’s")) for t in texts[:first]):
            return None
        if lower[0] > 0 and lower == list(range(lower[0], len(name_words))):
            if any(name_words[n].lower() not in _AFTER_A_NAME for n in lower):
                return None  # "Mittal Steel spokesman", "Rover bosses": somebody described, not named
            name_words = name_words[:lower[0]]
        else:
            name_words = name_words[lower[-1] + 1:]
            if len(name_words) < 2 and not (name_words and (title_words or honor)):
                return None
    while name_words and (name_words[0].lower() in ORG_WORDS or name_words[0].lower() in GROUP_PLURALS):
        # "Members of the House of Representatives Kamikawa Yoko": the body's word is the title's
        title_words, title_lows = title_words + name_words[:1], title_lows + [name_words[0].lower()]
        name_words = name_words[1:]
    if not name_words or any(w.lower() in ORG_WORDS or w.lower() in GROUP_PLURALS or w.lower() in _PEOPLE_PLURALS
                             or w.lower() in _PLURAL_FOLK for w in name_words):
        return None  # "National Aeronautics and Space Administration", "Under Secretaries": a body, people
    if len(name_words) >= 4 and title_lows and title_lows[-1] in {"of", "for", "on"}:
        # "Director of Gun Violence Prevention Stef Feldman": the office, then the name
        n = 3 if len(name_words[-2]) <= 2 or name_words[-2].endswith(".") else 2
        title_words, title_lows = title_words + name_words[:-n], title_lows + [w.lower() for w in name_words[:-n]]
        name_words = name_words[-n:]
    # (a title has a head: "Global" alone, as in "the Global Peace Index", is no title)
    has_title = honor or any(lw in _TITLE_LOWER and lw not in _CONNECTORS and lw not in _TITLE_MODIFIERS
                             for lw in title_lows)
    if title_words and not has_title:
        return None
    if not title_words and not honor:
        # An untitled capitalised run: only a name if it does not look like a place or body.
        joined = " ".join(name_words)
        if country_of(joined) or any(w.lower() in ORG_WORDS for w in name_words):
            return None
        if any(w.lower() in _TITLE_LOWER or w.lower() in _WEEKDAYS for w in name_words):
            return None
        if len(name_words) > 4 or not allow_untitled:
            return None
        return joined, "", affiliation, honor, frozenset(), True
    # Country words inside the title give the affiliation ("Foreign Minister of ... Sri Lanka").
    for n in range(len(title_words), 0, -1):
        for s in range(0, len(title_words) - n + 1):
            c = country_of(" ".join(title_words[s:s + n]))
            if c and not affiliation:
                affiliation = c
    role = " ".join(w for w, lw in zip(title_words, title_lows)
                    if lw in _TITLE_LOWER and lw not in _HONORIFICS)
    role = re.sub(r"^(?:and|of|for|the)\s+|\s+(?:and|of|for|the)$", "", role).strip()
    name = " ".join(name_words).replace(" ,", ",")
    if len(name_words) == 1 and name_words[0].isupper() and len(name_words[0]) > 1:
        return None
    return name, role, affiliation, honor, frozenset(styles), False


def _looks_like_name(toks: list[_Tok]) -> bool:
    """Could a capitalised run that opens a sentence be a person's name ("Tom Brown spoke"; not
    "Utility CEOs talked", "Task Force Members met")?"""
    return (toks[0].low not in _OPENING_WORDS
            and all(t.text[:1].isupper() and t.text[1:].replace("-", "").replace("’", "").replace("'", "").islower()
                    and t.low not in _TITLE_LOWER for t in toks) and not _people_plural(toks[-1].low))


# Words that open a sentence without being anybody's name ("When Singapore ...", "Does Singapore ...")
_OPENING_WORDS = frozenset({"when", "does", "do", "did", "if", "as", "while", "after", "before", "since", "where",
                            "what", "why", "how", "is", "are", "was", "were", "can", "will", "would", "should",
                            "the", "this", "that", "these", "those", "today", "yesterday", "in", "on", "at", "for",
                            "with", "by", "from", "during", "under", "through", "once", "although", "though",
                            "but", "and", "so", "yet", "both", "all", "each", "every", "many", "some", "most"})


def _people_plural(word: str) -> bool:
    """Is a lower-case head noun a plural of people ("participants", "attorneys general",
    "economists", "families")?"""
    return (word in GROUP_PLURALS or word in _PEOPLE_PLURALS or word == "general" or word.endswith(_AGENT_PLURALS)
            or word in _KIN_PLURALS or word in {"ceos", "staff", "staffers"})


# Plurals of bodies that speak as a group of their people: "Several organizations also announced
# commitments", "Some companies noted ..."
_BODY_PLURALS = frozenset({"organizations", "organisations", "companies", "firms", "businesses", "institutions",
                           "universities", "foundations", "funders", "unions", "groups", "agencies", "nonprofits",
                           "philanthropies", "associations", "coalitions", "networks", "platforms", "banks",
                           "insurers", "utilities", "hospitals", "schools", "colleges", "cities", "counties"})


def _is_event(words: list[str]) -> bool:
    """Is a subject (lower-case words) an event or a thing: its head noun, the last word
    before "of"/"between"/"with"/..., is one of _EVENT_HEADS ("The transfer of the two
    vessels", "the discussions")?"""
    head = []
    for w in words:
        if w in {"of", "between", "with", "in", "on", "at", "for", "from", "to"}:
            break
        head.append(w)
    if len(head) > 1 and head[0] in {"their", "his", "her", "our", "today's", "today’s"} \
            and head[-1].strip(".,") in _GATHERINGS:
        return True  # "Their meeting underscored ...": the event, not its participants
    return bool(head) and head[-1].strip(".,") in _EVENT_HEADS


# What an announced gift is made of: "US$100,000", "200 oxygen concentrators", "a humanitarian
# assistance package comprising nine ambulances"
_GIFT_HEADS = {"package", "packages", "contribution", "contributions", "grant", "grants", "donation", "donations",
               "consignment", "consignments", "sum", "amount", "quantity", "tranche", "batch"}


def _gift_follows(toks: list[_Tok], k: int) -> bool:
    """Is the object at ``toks[k]`` a quantity given ("US$60,000 as seed money", "200 10-litre
    oxygen concentrators", "a humanitarian assistance package", "the same quantity of vaccines")?"""
    if k >= len(toks):
        return False
    if toks[k].text[:1].isdigit() or toks[k].text in {"$", "USD", "SGD", "EUR", "US$", "S$"} or (
            k + 1 < len(toks) and toks[k + 1].text == "$" and len(toks[k].text) <= 3 and toks[k].text.isupper()):
        return True  # ("US$60,000" is "US", "$", "60,000")
    return toks[k].low in {"a", "an", "the", "another", "further"} and any(
        t.low in _GIFT_HEADS for t in toks[k + 1:k + 5] if t.text not in {",", "."})


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# People plurals that GROUP_PLURALS and the endings of _is_plural miss ("Sanders’ aides say", "Critics say")
_PLURAL_PEOPLE = frozenset(_PEOPLE_OF.split("|")) | {"critics", "sources", "voters", "opponents", "analysts",
                                                      "residents", "citizens", "economists", "scientists", "activists"}


# Plural nouns of people that take a plural verb ("Social conservatives say", "Friends say")
_PLURAL_FOLK = frozenset({
    "democrats", "republicans", "conservatives", "liberals", "progressives", "libertarians", "independents",
    "moderates", "evangelicals", "friends", "respondents", "scholars", "people", "women", "men", "students",
    "parents", "families", "relatives", "colleagues", "associates", "police", "authorities", "witnesses", "victims",
    "veterans", "immigrants", "refugees", "fans", "operatives", "employees", "executives", "troops", "residents",
    "critics", "opponents", "voters", "observers", "experts", "officials", "surveyed", "polled"})


# Somebody's somebody: "Pagliano's lawyer", "Obama's former campaign strategist"
_POSSESSIVE_ROLE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,3}(?:"
                              + _ROLE_HEADS + r"|strategist|manager|chief|director|wife|husband|son|daughter|"
                              r"brother|sister|father|mother|friend|lawyer|attorney|spokesman|spokeswoman)$")
# A body named after a person: "Donald Trump’s campaign", "the Obama campaign", "the Clinton camp"
_NAMED_CAMPAIGN = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:['’]s?)?\s+"
                             r"(?:presidential\s+|reelection\s+|re-election\s+|transition\s+)?"
                             r"(?:campaign|camp|team|transition|foundation))$")
# Heads of a person the text names only by a description ("The Democratic presidential candidate")
_UNNAMED_PERSON_HEADS = frozenset({"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender",
                                   "incumbent", "challenger", "scientist", "host", "mogul", "billionaire", "lawmaker",
                                   "businessman", "businesswoman", "politician", "veteran", "lawyer", "spokesman",
                                   "spokeswoman", "spokesperson", "witness", "star", "mogul", "magnate", "judge",
                                   "person", "actor", "actress", "chief", "head"})
# Endings of nouns for a person ("businessman", "actress", "designer", "neurosurgeon", "lobbyist")
_PERSON_SUFFIXES = ("man", "woman", "ess", "er", "or", "ist", "ian", "eon")
# ... but things: "The number shows", "the matter", "the sector"
_THINGS_LIKE_PEOPLE = frozenset({"number", "matter", "border", "center", "letter", "paper", "chapter", "quarter",
                                 "sector", "factor", "corridor", "error", "answer", "summer", "winter", "power",
                                 "water", "weather", "register", "process", "success", "progress", "access",
                                 "business", "address", "congress", "press", "stress", "floor", "door", "motor",
                                 "vector", "monitor", "ledger", "trigger", "layer", "cluster", "counter", "corner",
                                 "banner", "poster", "flyer", "folder", "header", "footer", "waiver", "cover"})
# Heads of a source that is a body or a document, not a person ('"…," the airline said')
_SOURCE_BODIES = frozenset({"airline", "company", "campaign", "firm", "group", "network", "newspaper", "paper",
                            "statement", "letter", "memo", "note", "lawsuit", "complaint", "filing", "document",
                            "release", "ad", "advertisement", "website", "site", "post", "tweet", "poll", "survey",
                            "indictment", "ruling", "order", "bill", "plan", "proposal", "agreement", "coalition",
                            "organization", "organisation", "union", "team", "club", "charity", "foundation",
                            "institute", "center", "centre", "university", "school", "hospital", "police", "army",
                            "military", "regime", "service", "station", "outlet", "magazine", "email", "book",
                            "speech", "petition", "editorial", "film", "movie", "documentary", "missive", "story",
                            "resolution", "treaty", "suit", "investigation", "article", "column", "op-ed", "blog",
                            "data", "figures", "statistics", "evidence", "research", "results", "findings"})


def _past_quote(toks: list[_Tok], k: int) -> int:
    """The first token from ``k`` on that is no closing quotation mark."""
    while k < len(toks) and toks[k].text in {"”", '"', "’"}:
        k += 1
    return k


def _person_head(word: str) -> bool:
    """Is a lower-case head noun somebody ("candidate", "senator", "spokesman", "businessman")?"""
    return (word in _TITLE_LOWER or word in _PERSON_NOUNS or word in _ROLE_HEAD_WORDS or word in _UNNAMED_PERSON_HEADS
            or word.endswith(_PERSON_SUFFIXES) and word not in _THINGS_LIKE_PEOPLE)


def _body_head(word: str) -> bool:
    """Is a lower-case head noun a body or a body's document ("coalition", "airline", "email")?"""
    return word in ORG_WORDS or word in _SOURCE_BODIES or word in _REPORTS


def _unnamed_source(text: str) -> Attribution:
    """A source the text names only by what it is: "the airline", "the statement" (a body or
    its document: organization) or "the host", "the candidate", "the Texan" (a person)."""
    head = text.rsplit(None, 1)[-1].lower()
    if _body_head(head):
        return Attribution(text, "organization")
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return Attribution(text, "group")
    return Attribution(text, "person")


_DEMONYM_PLURAL_ENDINGS = frozenset({"cans", "eans", "ians"})  # "Americans", "Europeans", "Republicans"


def _is_plural(np_text: str) -> bool:
    low = np_text.lower().split()
    return bool(low) and (low[0] in {"we", "they", "i", "you", "both", "all"} or "and" in low
                          or low[-1] in GROUP_PLURALS or low[-1] in _PLURAL_PEOPLE or low[-1] in _PLURAL_FOLK
                          or low[-1][-4:] in _DEMONYM_PLURAL_ENDINGS and np_text.split()[-1][:1].isupper()
                          or len(low) > 2 and low[0] in _PLURAL_PEOPLE and low[1] in {"to", "of", "for", "close"}
                          or _SHARE.match(np_text) is not None  # "Six in 10 say", "47 percent say"
                          or np_text.split()[-1][1:].islower() and low[-1].endswith(("ers", "ors", "ists", "ians"))
                          and low[-1] not in {"others", "sectors", "factors", "orders", "borders", "numbers"})  # "Fund managers"


def _has_that_complement(sentence: str, result: Attribution) -> bool:
    """True when the cue of ``result`` introduces a ``that``-clause (``Wang said that ...``)."""
    if not result.frame:
        return False
    return sentence[: result.frame[0][1]].rstrip().lower().endswith(" that")


def _with(
    a: Attribution,
    *,
    cue: str,
    frame: tuple[tuple[int, int], ...],
    source: tuple[int, int] | None = None,
    cue_span: tuple[int, int] | None = None,
) -> Attribution:
    return Attribution(a.speaker, a.kind, cue, a.members, a.role, a.affiliation, frame, source, cue_span)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
