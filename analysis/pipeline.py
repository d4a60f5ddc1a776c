"""From a corpus to the five tidy frames: documents, statements, speakers, terms, themes."""

from __future__ import annotations

import difflib
import gc
import multiprocessing as mp
import os
import re
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import __version__
from .attribution import WILL_COMMIT as _WILL_COMMIT
from .attribution import Attribution, DocumentAttributor, Person, find_turn_label, speaker_from_label, unlink
from .corpus import Corpus, Document
from .lexicon import TITLE_WORDS
from .segment import is_list_item, split_sentences
from .terms import DEFAULT_STOPWORDS, TermMatrix, build_term_matrix, term_frequencies
from .themes import ThemeModel

__all__ = ["Analysis", "analyze", "statements_of", "NO_THEME", "FRAME_COLUMNS"]

NO_THEME = "(no theme)"

FRAME_COLUMNS = {
    "documents": ["doc_id", "title", "date", "source", "place", "path", "n_statements",
                  "n_words", "theme_id", "theme_label", "speaker"],
    "statements": ["statement_id", "doc_id", "paragraph", "sentence", "text", "speaker",
                   "speaker_kind", "cue", "members", "theme_id", "theme_label", "start", "end",
                   "content", "n_words", "date"],
    "speakers": ["speaker", "kind", "role", "affiliation", "aliases", "n_statements",
                 "n_words", "n_docs"],
    "terms": ["term", "n", "count", "doc_count", "per_10k", "tfidf"],
    "themes": ["theme_id", "label", "top_terms", "n_statements", "share"],
}

_STAGE = re.compile(r"^\(.*\)\.?$")
_WORDS = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’\-]*")
_SPACES = re.compile(r"\s+")
# Statement columns that statements_of gives per document (the rest need the corpus).
_ROW_KEYS = ("doc_id", "paragraph", "sentence", "text", "speaker", "speaker_kind", "cue", "members",
             "start", "end", "content", "n_words")
# The last words of a sentence that closes a quotation with its speaker ('..., ” PM Lee said').
_SAY_ENDINGS = (" said", " says", " added", " adds", " noted", " stressed", " emphasised",
                " emphasized", " stated", " explained", " remarked", " observed")
# '... harm,” said First Lady Melania Trump.': the closing of a quotation, then who said it
_SAID_AFTER_QUOTE = re.compile(r"[,.!?]”\s+(?:said|says|added|adds|noted|stated|explained|remarked)\s+[A-Z][^“”]{0,100}$")
_CLOSE_QUOTE = re.compile(r"[”\"]\s*$|[”\"][.,]?\s*$")
_PUNCT_SPACE = re.compile(r"\s+([.,;:!?])")
# The cue of a lead-in that announces ("announced", "is announcing", "unveiled", "made new
# announcements") and a list item with its own actor: a determiner, an acronym or a name of two
# capitalised words first ("- **The White House is launching ...", "1. GSA partnered ...").
_ANNOUNCING = re.compile(r"(?i)(?:announc|unveil|launch|made\b.*\bannouncement)")
_ACTOR_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦]|\d{1,2}[.)])?[ \t*_]*"
                         r"(?:(?:The|A|An|This|These|Our|Its|Their)\s|[A-Z]{2,}\b|[A-Z][\w’'.-]*\s+[A-Z])")

Progress = Callable[[str, float], None]


@dataclass
class Analysis:
    """The analysed corpus.

    Frames (one row is ...):

    * ``documents``: a document. doc_id, title, date (datetime64), source, place, path,
      n_statements, n_words, theme_id and theme_label (its dominant theme), speaker
      (from metadata, if any).
    * ``statements``: a body sentence. statement_id (int, reading order), doc_id,
      paragraph and sentence (0-based positions), text, speaker (fullest name the
      document gives; empty for narration), speaker_kind (person | group |
      organization | none), cue (the reporting verb or phrase), members (of a group,
      "; "-separated), theme_id, theme_label, start and end (character offsets into
      the document's text), content (the text without the attribution frame, i.e. the
      speaker and the cue; an apposition about the speaker stays), n_words, date.
    * ``speakers``: a speaker. speaker, kind, role, affiliation, aliases ("; "),
      n_statements, n_words, n_docs.
    * ``terms``: a term of one to three words. term, n (words), count, doc_count,
      per_10k (per 10,000 content words), tfidf (count x smoothed inverse document
      frequency).
    * ``themes``: a theme. theme_id, label, top_terms ("; "), n_statements, share.

    ``issues`` is the load report: one row per file, loaded or skipped (path, status,
    kind, reason, documents).
    """

    corpus_name: str
    fingerprint: str
    settings: dict
    documents: pd.DataFrame
    statements: pd.DataFrame
    speakers: pd.DataFrame
    terms: pd.DataFrame
    themes: pd.DataFrame
    issues: pd.DataFrame
    term_matrix: TermMatrix = field(repr=False)
    texts: dict[str, str] = field(repr=False, default_factory=dict)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in FRAME_COLUMNS}


def _is_transcript(paragraphs: list[str]) -> bool:
    labelled = sum(1 for p in paragraphs if find_turn_label(p))
    return labelled >= 3 and labelled >= 0.1 * len(paragraphs)


_NARRATIVE = re.compile(
    r"\b(?:met|meets|visited|visits|hosted|hosts|convened|attended|attends|travel(?:l?ed|s)?|arrived|"
    r"departed|accompanied|joined|signed|will|is appended|are appended|photo|caption|"
    r"took part|participated|delivered|toured|laid|witnessed|received|chaired|co-chaired|led|"
    r"annex|appendix|appended|attached|called on|unveiled|unveils|launched|inaugurated|officiated|"
    r"commissioned|planted|hosted to|audience|lunch|dinner|banquet|scheduled|"
    r"(?:to|will) (?:visit|meet|travel|attend|call on)|handed over|"
    r"(?:had|held)\s+(?:\w+\s+){0,2}(?:meetings?|talks|calls?|an audience)|"
    r"(?:conveyed|delivered|handed|presented)\s+(?:a|the)\s+letters?|was preceded|"
    r"celebrated|commemorated|commemorates|heard from|available|follows|^to date|^(?:that['’]s|that is|this is) why|"
    r"(?:attendees|participants|guests|panelists|panellists|speakers) (?:also )?included|in a series of|"
    r"comes? (?:on top of|as|after|amid|on the heels of)|"
    r"(?:has|have|had) (?:\w+ )?(?:provided|donated|contributed|dispatched|deployed|sent)|donated|dispatched|"
    r"(?:is|are) (?:also )?(?:meeting|visiting|hosting|attending|travell?ing|touring|calling on)|"
    r"(?:was|were|has been|have been|had been) (?:\w+ly )?(?:briefed|tracked|monitored|notified|informed|updated)"
    r"(?: and \w+ed)? by|authori[sz]ed|approved|"
    r"(?:was|were) (?:\w+ly )?(?:held|hosted|organi[sz]ed|convened|adopted|launched|attended|"
    r"established|opened|presented|received|welcomed|chaired|concluded|announced|signed))\b",
)  # matched on the lower-cased sentence (4x a case-insensitive search)


_CONTINUED_KINDS = ("person", "organization", "group")


_EVENT_SUBJECT = re.compile(  # (also after a short opener: "In this spirit, the call focused on ...")
    r"^(?:[A-Z][\w’']*(?:\s+[\w’']+){0,4},\s+)?(?:(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]heir|His|Her|Our|Today['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?|(?=Discussions|Talks|Conversations|Consultations))(?:discussions?|Discussions|Talks|"
    r"Conversations|Consultations|announcements?|meetings?|visit|list|event|talks|calls?|"
    r"sessions?|roundtable|agreements?|MOUs?|memorand\w*|texts?|programmes?|programs?|photos?|"
    r"convening|forum|summit|conference|dialogue|conversations?|engagements?|trip|gathering|reception|"
    r"contributions?|donations?|assistance|steps?|investments?)\b"
)


# "We welcome ...", "In that regard, we ...", "I thank ...": first person, in the main clause.
_FIRST_PERSON = re.compile(r"^(?:[^,;:“”\"]{0,80},\s+)?(?:I|We|we)\b(?!['’])")
# "Germany is Singapore's largest goods trading partner", "The EUSFTA is the first trade
# agreement ...": what a named thing is, a fact of the narrator's (not "This is a landmark").
_CLASSIFYING = re.compile(r"^(?!(?:This|That|It|These|Those|They)\b)(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
                          r"(?:\s+\([A-Z0-9]{2,8}\))?\s+(?:also\s+)?(?:is|are|remains|remain|continues\s+to\s+be|"
                          r"continue\s+to\s+be)\s+"
                          r"(?:also\s+)?(?:a|an|the|one|[A-Z][\w-]*[’']s)\b")
# "In addition, the Department of Homeland Security is deploying personnel ...", "USAID
# also is augmenting support ...": what a named body is doing now, the narrator's news.
_BODY_AT_WORK = re.compile(r"^(?:[A-Z][^,]{0,30},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.&’'-]*\s+(?:of\s+(?:the\s+)?)?){1,8}"
                           r"(?:also\s+)?(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?[a-z]+ing\b")
# "The Federal Communications Commission circulated a proposed rule", "Within the past week, the
# IRS issued new guidance": what a named body did (past or perfect), the narrator's news, not more
# of what the last speaker said
_BODY_ACTED = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s+)?(?:(?:today|yesterday|earlier today|this week|last week|also)\s+)?"
    r"(?P<np>(?:[Tt]he\s+)?(?:U\.S\.\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w.&’'-]*){0,7})"
    r"(?:\s+\([A-Z&]+\))?\s+(?:(?:also|recently|has|have|had|previously|already|just|quickly|unanimously)\s+)*"
    r"(?:[a-z]+ed|issued|released|launched|finalized|sent|made|built|took|won|led|began|brought|set|put|gave|spent|"
    r"found|held|chose|drew|wrote|paid)\b")
# "To that end, both sides established a range of workstreams", "Both sides are also resuming
# telephone conversations": what the parties did (not a modal view: "both countries could share ...")
_GROUP_ACTED = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s+)?(?:[Bb]oth (?:sides|countries|leaders|ministers|parties)|[Tt]he (?:two|three) "
    r"(?:sides|countries|leaders|ministers|parties|delegations))\s+(?:also\s+)?"
    r"(?:(?!continued)[a-z]+ed\b|(?:are|were)\s+(?:also\s+|now\s+)?[a-z]+ing\b)")
_BODY_HEADS = re.compile(r"\b(?:White House|Department|Commission|Office|Agency|Bureau|Service|Board|Corps|Authority|Treasury|"
                         r"Administration|[A-Z]{2,6})\b")
# A consular advisory to the issuer's nationals ("Singaporeans who require consular assistance should
# contact ...", "Those in the affected areas are advised to remain vigilant"): the notice's own
# standing advice, not more of what anyone said
_ADVISORY = re.compile(r"^(?:(?:All|Those|Travellers|Nationals|Citizens|Residents|[A-Z][a-z]+ans|[A-Z][a-z]+ers|"
                       r"[A-Z][a-z]+ese|[A-Z][a-z]+ish)\b[^.;:]{0,120}?\b(?:should|may|can|are (?:strongly |also )*"
                       r"(?:advised|encouraged|urged|reminded) to)\s+(?:also\s+)?(?:contact|call|e-?register|register|"
                       r"defer|avoid|remain|stay|monitor|take|follow|heed|exercise|keep|reach|approach|seek)\b)")
# A line that is only a date ("20 September 2023", "September 20, 2023.") or a paragraph number
# ("2."): a sign-off or a marker, not speech.
_DATE_LINE = re.compile(r"^\s*(?:[(\[]?\d{1,3}[.)\]]?\s*$|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})\s*\.?\s*$")
_TODAYS = re.compile(r"^Today['’]s\s+(?:was|is)\b")  # "Today's was the latest event ..."
_REASONING = re.compile(r"^(?:This|These|It|That|Such|Doing so)\s+(?:will|would)\b")


# A heading that starts a person's speech, printed in a press release: "COUNTRY STATEMENT BY
# MINISTER ... DR MALIKI BIN OSMAN AT THE 23RD ...", "TRANSCRIPT OF MINISTER FOR FOREIGN AFFAIRS
# DR VIVIAN BALAKRISHNAN’S REMARKS AT ..." (the text that follows is that person's, to the sign-off)
_SPEECH_HEADING = re.compile(
    r"^(?:[A-Z]+\s+){0,2}(?:STATEMENT|REMARKS|SPEECH|ADDRESS|INTERVENTION|TOAST)\s+(?:DELIVERED\s+)?BY\s+(?P<by>.+)$"
    r"|^TRANSCRIPT\s+OF\s+(?P<of>.+?)['’]S\s+(?:[A-Z-]+\s+){0,3}(?:REMARKS|SPEECH|ADDRESS|STATEMENT|INTERVIEW|CHAT)\b",
    re.IGNORECASE)  # (also in title case: "Transcript of ... Dr Maliki Osman’s Remarks at the Joint Reception")
# A turn label in a printed transcript: "Minister: Thank you, Jeanne.", "Jeanne Meserve: Indeed, ..."
_SPEECH_TURN = re.compile(r"^(?P<label>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})\s*:\s")
_ROLE_LABELS = {"SMS", "SM", "DPM", "PM", "MOS", "SMOS", "FM", "MFA", "DR", "MR", "MS", "MRS", "MDM", "H.E"}
_AFTER_SPEECH = {"about", "annex", "annexes", "background", "factsheet", "fact", "notes", "note", "appendix"}
_HEADING_HINTS = ("statement by", "remarks by", "speech by", "address by", "intervention by", "toast by",
                  "transcript of", "statement of", "remarks of", "speech of", "address of")


def _has_heading_hint(text: str) -> bool:
    """Could a speech heading occur in ``text`` (a fast test: substring search, no regex)?"""
    low = text.lower()
    return any(hint in low for hint in _HEADING_HINTS)


# Where a heading's name ends: its venue ("... DR MALIKI BIN OSMAN AT THE ...") or a date
_HEADING_END = re.compile(r"\s(?:AT|TO|DURING|BEFORE)\s|,\s*\d")
# The sign-off of a ministry's press release: what follows is annexes, captions and credits.
_SIGN_OFF = re.compile(r"^\s*(?:MINISTRY OF [A-Z ]+|PRIME MINISTER['’]S OFFICE)\b")
_CAPTION = re.compile(r"^\s*(?:Photo\s+(?:Caption|Credit)s?|Caption|Source)\s*:", re.IGNORECASE)
# A photo caption: a line ending in a date, without a full stop ("Minister ... in Geneva, 13 October 2022").
_DATED_LINE = re.compile(r",?\s\d{1,2}\s[A-Z][a-z]+\s\d{4}\s*$")
# Money and percentages ("US$56 billion", "€300 million", "71.6%"): the narrator's figures.
_AMOUNT = re.compile(r"(?:US\$|S\$|[$€£¥])\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion)\b|\d\s?(?:%|percent\b|per cent\b)")
_MODAL = re.compile(r"\b(?:would|could|should|must|might)\b")


# A sentence that is all quotation ('“It will take all of us ... in need.”'): after reported
# speech, the same speaker's own words, whatever they say.
_WHOLE_QUOTE = re.compile(r'^\s*[“"][^“”"]{20,}[”"]\s*\.?\s*$')


def _opens_quote(sentence: str) -> bool:
    """Does a sentence open a quotation that it does not close?

    The marks are read in order, curly and straight alike, since news copy mixes them
    ('"We do not see a link," the mayor said, adding that it would take "more hours” ...'):
    a straight mark opens after a space, a bracket or a dash and before a word
    ('SMS Zaqy said, "The SAF continues ...'), and closes anywhere else."""
    if '"' not in sentence:
        return sentence.count("“") > sentence.count("”")
    depth = 0
    for i, ch in enumerate(sentence):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(depth - 1, 0)
        elif ch == '"':
            if (i == 0 or sentence[i - 1] in " \t(:—–") and sentence[i + 1:i + 2].strip() != "":
                depth += 1
            else:
                depth = max(depth - 1, 0)
    return depth > 0


def _body_acted(sentence: str) -> bool:
    """Does a named body act in the past ("The Department of Labor has reduced ...", "Within the
    past week, the IRS issued ...")?"""
    match = _BODY_ACTED.match(sentence)
    return match is not None and _BODY_HEADS.search(match.group("np")) is not None


def _continues(sentence: str) -> bool:
    """Could a sentence without a cue continue the previous speaker's reported speech?
    Not when it narrates (meetings, travel, logistics, what was or will be done) or when
    its subject is the event itself ("The discussions covered ...")."""
    reasoning = _REASONING.match(sentence)  # "This will deepen relations ...": why, not what next
    rest = sentence[reasoning.end():] if reasoning else sentence
    commitment = _WILL_COMMIT.match(rest)
    if commitment:
        rest = rest[:commitment.start("will")] + rest[commitment.end("will"):]
    if _AMOUNT.search(sentence) and not _MODAL.search(sentence):
        return False  # "Singapore's trade with Portugal amounted to S$1.6 billion": a fact, not a view
    if (_CLASSIFYING.match(sentence) or _BODY_AT_WORK.match(sentence) or _DATE_LINE.match(sentence)
            or _ADVISORY.match(sentence)
            or _body_acted(sentence)):
        return False
    return (_NARRATIVE.search(rest.lower()) is None
            and (_EVENT_SUBJECT.match(sentence) is None or _MODAL.search(sentence) is not None)
            and _TODAYS.match(sentence) is None
            and not sentence.rstrip().endswith(":"))


def statements_of(doc: Document, *, issuer: str = "") -> tuple[list[dict], list[Person]]:
    """The statements of one document with their speakers (reading order).

    Each row has the statement columns of :class:`Analysis` that do not need the whole
    corpus, plus ``source_span`` and ``cue_span``: offsets into ``text`` of the subject
    ("Wang", "he") and of the reporting cue, or ``None``.
    """
    attributor = DocumentAttributor(default_speaker=doc.speaker, issuer=issuer)
    paragraphs = doc.text.split("\n\n")
    transcript = _is_transcript(paragraphs)
    # (paragraph index, paragraph start, sentence index, start, end, turn speaker)
    units: list[tuple[int, int, int, int, int, str]] = []
    offset = 0
    turn_speaker = ""
    labels: list[tuple[int, str]] = []
    for p_index, para in enumerate(paragraphs):
        para_start = offset
        offset += len(para) + 2
        begin = doc.body_start if p_index == 0 else 0
        if transcript:
            label = find_turn_label(para)
            if label:
                labels.append((len(units), label.group("label")))
                begin = label.end()
        for s_index, (s, e) in enumerate(split_sentences(para[begin:])):
            units.append((p_index, para_start, s_index, s + begin, e + begin, ""))
    sentences = [paragraphs[u[0]][u[3]:u[4]] for u in units]
    # People are taken from the body only: a headline's fuller name is not the document's, nor
    # one that only an annex after a press release's sign-off gives ("MINISTRY OF FOREIGN
    # AFFAIRS / SINGAPORE / 16 APRIL 2024 / Annex: ... Dr Vivian Balakrishnan ...").
    end = next((n for n, text in enumerate(sentences) if _SIGN_OFF.match(text)), len(sentences))
    captions = {t for t in sentences[:end] if (t[:1] in "PpCcSs" and _CAPTION.match(t)) or (
        t[-1:].isdigit() and _DATED_LINE.search(t))}  # (a caption has no full stop)
    attributor.scan_people([t for t in sentences[:end] if t not in captions])
    rest = sentences[end:] + [t for t in sentences[:end] if t in captions]
    if rest:
        attributor.scan_people(rest, fuller_names=False)
    if not doc.speaker and not issuer and not transcript:
        attributor.set_narrator(doc.text)
    turns = dict(labels)
    if transcript:
        # Turn labels ("MR. KIRBY") take full names from the headline too ("... John Kirby").
        headline = DocumentAttributor()
        headline.scan_people([doc.title])
        label_people = attributor.people + headline.people
    else:
        label_people = attributor.people
    speech_of = ({} if transcript or doc.speaker or not _has_heading_hint(doc.text)
                 else _heading_speeches(sentences, attributor.people))
    rows: list[dict] = []
    quote_owner = None
    quote_block = False  # (was the open quotation introduced by a colon: "X said:")
    unowned_quote = -1  # the row where a quotation without a known speaker opened
    list_owner: tuple[str, str, tuple[str, ...]] | None = None  # whose list this is ("... highlighted several examples:")
    list_announced = False  # (introduced by an announcement: "... is announcing new actions:")
    for n, (p_index, para_start, s_index, s, e, _) in enumerate(units):
        text = sentences[n]
        if s_index == 0 and list_owner is not None and not is_list_item(paragraphs[p_index]):
            list_owner = None  # (a paragraph that is no item ends the list)
        if (s_index == 0 and quote_owner is not None and not quote_block
                and text.lstrip(" *_>")[:1] not in {"“", '"'}):
            # A quotation opened inside a sentence ('..., the mayor said, adding that "more
            # hours ...') runs on only into a paragraph that opens with a quotation mark; one
            # introduced by "X said:" may run on over paragraphs without one.
            quote_owner = None
        if transcript:
            if n in turns:
                turn_speaker = speaker_from_label(turns[n], label_people)
            if _STAGE.match(text) or not turn_speaker:
                att_speaker, kind, cue, members, frame = "", "none", "", (), ()
            else:
                att_speaker, kind, cue, members, frame = turn_speaker, "person", "(turn)", (), ()
            spans = (None, None)
        elif quote_owner is not None:
            # Inside a quotation opened after "X said:": X's words until the quote closes.
            att_speaker, kind, cue, members, frame = (quote_owner.speaker, quote_owner.kind, "(quote)",
                                                      quote_owner.members, ())
            spans = (None, None)
            if _CLOSE_QUOTE.search(text):
                quote_owner = None
        elif (doc.speaker or speech_of.get(n)) and _FIRST_PERSON.match(text):
            # A speech's own "I"/"We" sentence: the speaker's words, frame and all ("We
            # welcome the report" is what they said, not a report of it).
            att_speaker, kind, cue, members, frame = doc.speaker or speech_of[n], "person", "", (), ()
            spans = (None, None)
        else:
            if n in speech_of:
                attributor.default_speaker = speech_of[n]  # (a speech under its heading)
            a = attributor.attribute(text)
            attributor.default_speaker = doc.speaker
            if a.kind == "none" and ("“" in text or '"' in text):
                a = attributor.quote_label(text) or a
            att_speaker, kind, cue, members, frame = a.speaker, a.kind, a.cue, a.members, a.frame
            if a.kind == "none":
                cue, frame = "", ()  # ("The visit underscores the ties ...": no speaker, so no cue and no frame)
            spans = (a.source_span, a.cue_span) if a.kind != "none" else (None, None)
            prev = rows[-1] if rows else None
            if (a.kind == "none" and not doc.speaker and n not in speech_of and prev is not None
                    and prev["paragraph"] == p_index and prev["speaker_kind"] in _CONTINUED_KINDS
                    and not prev["cue"].startswith("(") and (_continues(unlink(text)) or _WHOLE_QUOTE.match(text))
                    and not attributor.person_subject(text) and not _GROUP_ACTED.match(text)):
                # A sentence with no cue right after reported speech, in the same paragraph,
                # that reads as more of it: the same speaker (person, group or organization).
                members = tuple(m for m in prev["members"].split("; ") if m)
                att_speaker, kind, cue = prev["speaker"], prev["speaker_kind"], ""
            elif (a.kind == "none" and list_owner is not None and s_index == 0 and not doc.speaker
                  and not attributor.person_subject(text)
                  and not (list_announced and _ACTOR_ITEM.match(text))):
                # The first sentence of an item of a list that a speaker introduced ("The
                # President highlighted several examples: / 1. The Bureau has taken steps ...").
                # Not an announced action with its own actor ("the Administration is announcing
                # new actions: / - The White House is launching ...", "- GSA partnered with ...")
                # but an announced principle ("announced principles: / 1. Promote competition").
                att_speaker, kind, members = list_owner
                cue = ""
            if unowned_quote >= 0 and (rows[unowned_quote]["paragraph"] != p_index or "“" in text):
                unowned_quote = -1
            if (unowned_quote >= 0 and a.kind != "none" and "”" in text
                    and (text.rstrip().rstrip(".").endswith(tuple(_SAY_ENDINGS)) or _SAID_AFTER_QUOTE.search(text))):
                # '“...  ... It reflects the ties,” PM Lee said.': the sentences of the
                # quotation before its closing one are the same speaker's words.
                for row in rows[unowned_quote:]:
                    row.update(speaker=a.speaker, speaker_kind=a.kind, cue="(quote)",
                               members="; ".join(a.members))
                unowned_quote = -1
            elif kind == "none" and text.lstrip().startswith("“") and _opens_quote(text):
                unowned_quote = len(rows)
            nxt = sentences[n + 1] if n + 1 < len(sentences) else ""
            quote_block = text.rstrip(" *_").endswith(":")
            if a.kind != "none" and text.rstrip().endswith(":") and nxt.lstrip()[:1] in {"“", '"'}:
                quote_owner = a
            elif (a.kind == "none" and text.rstrip(" *_").endswith(":") and nxt.lstrip(" *_")[:1] in {"“", '"'}
                  and len(text) < 160):
                # A label on a line of its own before a quotation ("Governor Lamont of Connecticut:"
                # / "“It can't be overstated ..."): the quotation is the named person's
                quote_owner = attributor.quote_label(text.rstrip() + " “")
            elif kind != "none" and _opens_quote(text):
                # '“We must also continue ...' (no closing mark): the quotation runs on into
                # the next sentences, in the same voice, until it closes.
                quote_owner = Attribution(att_speaker, kind, members=tuple(members))
        if (kind in _CONTINUED_KINDS and not cue.startswith("(") and text.rstrip().endswith(":")
                and n + 1 < len(units) and units[n + 1][0] != p_index
                and is_list_item(paragraphs[units[n + 1][0]])):
            list_owner = (att_speaker, kind, tuple(members))
            list_announced = _ANNOUNCING.match(cue) is not None
        content = text
        for fs, fe in sorted(frame, reverse=True):
            content = content[:fs] + " " + content[fe:]
        if frame:
            content = _PUNCT_SPACE.sub(r"\1", _SPACES.sub(" ", content)).strip(" ,")
        rows.append({
            "doc_id": doc.doc_id,
            "paragraph": p_index,
            "sentence": s_index,
            "text": text,
            "speaker": att_speaker,
            "speaker_kind": kind,
            "cue": cue,
            "members": "; ".join(members),
            "start": para_start + s,
            "end": para_start + e,
            "content": content,
            "n_words": len(_WORDS.findall(text)),
            "source_span": spans[0],
            "cue_span": spans[1],
        })
    return rows, attributor.people


def _heading_speeches(sentences: list[str], people: list[Person]) -> dict[int, str]:
    """Sentence index -> speaker, for the sentences under a heading that starts a person's
    speech (``_SPEECH_HEADING``), up to the sign-off, the next capitalised heading or the end.
    The speaker is the person of the document whose name the heading spells out, else the
    name the heading gives before its venue ("... DR MALIKI BIN OSMAN AT THE ...")."""
    out: dict[int, str] = {}
    speaker = current = ""
    labels: dict[str, str] = {}
    for n, text in enumerate(sentences):
        line = text.strip()
        heading = line.isupper() and len(line) > 12
        match = _SPEECH_HEADING.match(line) if heading or (
            line[:1].isupper() and len(line) < 400 and not line.endswith((".", "?", "!", ":"))) else None
        if match is not None:
            speaker = current = _heading_speaker(match.group("by") or match.group("of") + "’s", people)
            labels = {}
            continue
        if heading or _SIGN_OFF.match(line) or _CAPTION.match(line) or _title_heading(line):
            speaker = current = ""  # (the sign-off, a photo caption or another heading ends the speech)
        elif speaker:
            label = _SPEECH_TURN.match(line)
            if label is not None:
                # a transcript's turns ("Minister: ...", "Jeanne Meserve: ...", "Question: ...")
                current = _turn_speaker(label.group("label"), speaker, labels, people)
            out[n] = current
    return out


def _title_heading(line: str) -> bool:
    """A short heading that starts what follows a speech: background for editors ("About
    Singapore-Finland Relations", "Annex", "Fact Sheet"), not a section of the speech ("Impact
    of Climate Change") or a salutation ("Ladies and Gentlemen")."""
    words = line.split()
    return (1 <= len(words) <= 8 and line[-1:].isalnum() and words[0].lower() in _AFTER_SPEECH
            and all(w[:1].isupper() or w in {"and", "of", "the", "for", "on", "in", "to", "with"} for w in words))


def _turn_speaker(label: str, speaker: str, seen: dict[str, str], people: list[Person]) -> str:
    """Who a turn label inside a printed speech or transcript stands for: the speech's
    speaker for their own title ("Minister", "SMS") or name, ``Reporter`` for a question,
    else the person named (a short label is the fuller one given before: "Jeanne" after
    "Jeanne Meserve")."""
    words = label.replace(".", "").split()
    own = {w.upper() for w in speaker.split()}
    if all(w.title() in TITLE_WORDS or w.upper() in _ROLE_LABELS or w.upper() in own for w in words):
        return speaker
    if words[0].lower() in {"question", "q", "questioner", "audience", "participant"}:
        return "Reporter"
    for full, name in seen.items():
        if full.split()[0] == words[0]:
            return name
    # ("GMA Integrated News" as written; an all-capitals label is cased as a name)
    seen[label] = speaker_from_label(label, people) if label.isupper() else label
    return seen[label]


def _heading_speaker(part: str, people: list[Person]) -> str:
    """The speaker a speech heading names (``part``: the words after "BY" or "TRANSCRIPT OF"):
    the document's person whose name it spells out best, else the name before the venue."""
    part = part.upper()
    words = set(re.findall(r"[A-Z][A-Z'’-]+", re.sub(r"['’]S\b", "", part)))
    best, best_score = "", 1
    for person in people:
        if person.name.isupper() or person.name.startswith(("The ", "the ")):
            continue  # (a capitalised heading read as a name; "The Bali Process")
        names = [w.upper() for w in person.name.split() if len(w) > 2]
        if names and names[-1] in words:
            score = sum(w in words for w in names)
            if score > best_score or score == best_score and len(person.name) > len(best):
                best, best_score = person.name, score
    if best:
        return best
    # No one the body names: the words before the venue, after the last title word
    end = _HEADING_END.search(part)
    if end is None and not re.search(r"['’]S$", part):
        return ""  # (no venue or possessive to end the name: "... SIM ANNAT THE EIGHTH ...")
    head = part[:end.start() if end else len(part)].replace("’S", "").replace("'S", "").split()
    name: list[str] = []
    for word in reversed(head):
        if word.strip(",").title() in TITLE_WORDS or not word.isalpha() or word in {"THE", "OF", "AND", "FOR", "IN"}:
            break
        name.insert(0, word)
    if len(name) < 2:
        return ""
    spelled = " ".join(name)
    for person in people:
        # a misspelt heading ("DR VIVIAN BALAKRISHAN") names the person the body spells right
        if not person.name.isupper() and difflib.SequenceMatcher(None, person.name.upper(), spelled).ratio() >= 0.9:
            return person.name
    return " ".join(w.lower() if w in {"BIN", "BINTE", "BINTI", "VAN", "DE", "DA", "VON"} else w.title() for w in name)


def _columns_of(doc: Document) -> tuple[dict[str, list], list[Person]]:
    """``statements_of`` as columns (the statement frame's, built in the worker process)."""
    rows, people = statements_of(doc)
    return {key: [r[key] for r in rows] for key in _ROW_KEYS}, people


# Attribution makes millions of short-lived tokens and no reference cycles: the cyclic
# garbage collector's frequent young-generation passes cost it about 8 % of its time
# (measured on the UN General Debate corpus), so they are made rarer while it runs.
_ATTRIBUTION_GC_THRESHOLD = 50_000


def _worker_start() -> None:
    """In a forked attribution worker: the parent's objects (the corpus) are never garbage,
    so the collector leaves them alone (and their memory pages stay shared)."""
    gc.freeze()
    gc.set_threshold(_ATTRIBUTION_GC_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def _rare_collections():
    """Rarer young-generation collections inside the block (see above)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], _ATTRIBUTION_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _attribute_all(documents: list[Document], n_jobs: int | None):
    """``_columns_of`` every document, in order, in one or several processes."""
    jobs = n_jobs if n_jobs is not None else (os.cpu_count() or 1) if len(documents) > 300 else 1
    if jobs < 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(documents) < 2 or "fork" not in mp.get_all_start_methods():
        return map(_columns_of, documents)
    chunk = max(1, len(documents) // (jobs * 40))  # small chunks: no core idles at the end
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork"),
                                   initializer=_worker_start)
    results = executor.map(_columns_of, documents, chunksize=chunk)

    def drain():
        try:
            yield from results
        finally:
            executor.shutdown()

    return drain()


def analyze(
    corpus: Corpus,
    *,
    n_themes: int | None = None,
    random_state: int = 0,
    stopwords: frozenset[str] | None = None,
    progress: Progress | None = None,
    n_jobs: int | None = None,
) -> Analysis:
    """Analyse a corpus into the five frames (see :class:`Analysis`).

    Args:
        corpus: from :func:`analysis.load_corpus`.
        n_themes: number of themes; ``None`` chooses it from the corpus size.
        random_state: seed for the theme model.
        stopwords: words never counted as terms (default: English plus the genre's
            boilerplate such as "said" and "Xinhua").
        progress: called as ``progress(stage, fraction)``.
        n_jobs: processes for speaker attribution; ``None`` uses every core for corpora
            of more than 300 documents and one process otherwise. Results do not depend
            on it.
    """
    report = progress or (lambda stage, fraction: None)
    stop = frozenset(stopwords) if stopwords is not None else DEFAULT_STOPWORDS
    columns: dict[str, list] = {key: [] for key in _ROW_KEYS}
    people_by_name: dict[str, Person] = {}
    n_docs = len(corpus.documents)
    with _rare_collections():
        for i, (doc_columns, people) in enumerate(_attribute_all(corpus.documents, n_jobs)):
            for key in _ROW_KEYS:  # columns, not dicts: a large corpus stays small in memory
                columns[key].extend(doc_columns[key])
            for person in people:
                known = people_by_name.setdefault(person.name, Person(person.name))
                known.role = known.role or person.role
                known.affiliation = known.affiliation or person.affiliation
                known.aliases |= person.aliases
            if i % 50 == 0:
                report("Attributing speakers", i / max(n_docs, 1))
    report("Attributing speakers", 1.0)

    _unify_people(columns, people_by_name)

    docs = pd.DataFrame([{
        "doc_id": d.doc_id, "title": d.title, "date": d.date, "source": d.source,
        "place": d.place, "path": d.path, "speaker": d.speaker,
    } for d in corpus.documents])
    docs["date"] = pd.to_datetime(docs["date"], errors="coerce")

    st = pd.DataFrame(columns)
    del columns
    st.insert(0, "statement_id", np.arange(len(st), dtype=np.int64))
    st["date"] = st["doc_id"].map(docs.set_index("doc_id")["date"])
    for col in ("paragraph", "sentence", "start", "end", "n_words"):
        st[col] = st[col].astype("int64")

    report("Counting terms", 0.0)
    # The speaker's own name never counts among their words.
    tm = build_term_matrix(st["content"], stopwords=stop, speakers=st["speaker"])
    terms = term_frequencies(tm, doc_ids=st["doc_id"].to_numpy())
    # --- themes --- (this block belongs to the themes work; keep its outputs)
    report("Finding themes", 0.0)
    model = ThemeModel(n_themes=n_themes, random_state=random_state).fit(
        tm, doc_ids=st["doc_id"].to_numpy(), titles=dict(zip(docs["doc_id"], docs["title"])),
        texts=st["content"].tolist())
    labels = list(model.theme_labels_)
    st["theme_id"] = model.labels_.astype("int64")
    st["theme_label"] = [labels[t] if t >= 0 else NO_THEME for t in model.labels_]
    counts = st["theme_id"].value_counts()
    themes = pd.DataFrame({
        "theme_id": np.arange(len(labels), dtype=np.int64),
        "label": labels,
        "top_terms": ["; ".join(t) for t in model.top_terms_],
        "n_statements": [int(counts.get(t, 0)) for t in range(len(labels))],
    })
    themes["share"] = themes["n_statements"] / max(len(st), 1)
    # --- end themes ---

    # Documents: counts and dominant theme (largest summed weight over its statements).
    grouped = st.groupby("doc_id", sort=False)
    docs["n_statements"] = docs["doc_id"].map(grouped.size()).fillna(0).astype("int64")
    docs["n_words"] = docs["doc_id"].map(grouped["n_words"].sum()).fillna(0).astype("int64")
    if len(st):
        # Summed theme weights per document (bincount per theme: no groupby on strings).
        codes, uniques = pd.factorize(st["doc_id"], sort=False)
        weights = np.asarray(model.weights_, dtype=np.float64).reshape(len(st), -1)
        summed = np.column_stack([np.bincount(codes, weights=weights[:, t], minlength=len(uniques))
                                  for t in range(weights.shape[1])] or [np.zeros(len(uniques))])
        dominant = pd.Series(np.where(summed.sum(axis=1) > 0, summed.argmax(axis=1), -1), index=pd.Index(uniques))
    else:
        dominant = pd.Series(dtype="int64")
    docs["theme_id"] = docs["doc_id"].map(dominant).fillna(-1).astype("int64")
    docs["theme_label"] = [labels[t] if t >= 0 else NO_THEME for t in docs["theme_id"]]
    docs = docs[FRAME_COLUMNS["documents"]]

    speakers = _speakers_frame(st, people_by_name)
    report("Done", 1.0)
    return Analysis(
        corpus_name=corpus.name,
        fingerprint=corpus.fingerprint,
        settings={"n_themes": n_themes, "n_themes_fitted": model.n_themes_,
                  "random_state": random_state, "version": __version__},
        documents=docs,
        statements=st[FRAME_COLUMNS["statements"]],
        speakers=speakers,
        terms=terms,
        themes=themes[FRAME_COLUMNS["themes"]],
        issues=corpus.report(),
        term_matrix=tm,
        texts={d.doc_id: d.text for d in corpus.documents},
    )


_INITIAL = re.compile(r"^[A-Z]\.?$")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


def _core(name: str) -> list[str]:
    words = name.replace(",", " ").split()
    return [w for w in words if not _INITIAL.match(w) and w.lower().rstrip(".") not in _SUFFIX]


_NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
    "tony": "anthony", "antony": "anthony", "mike": "michael", "jim": "james", "jimmy": "james",
    "tom": "thomas", "dick": "richard", "rick": "richard", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "cathy": "catherine", "chuck": "charles", "charlie": "charles",
    "ted": "edward", "ed": "edward", "dan": "daniel", "dave": "david", "steve": "stephen",
    "phil": "philip", "nick": "nicholas", "alex": "alexander", "andy": "andrew", "sam": "samuel",
    "ben": "benjamin", "matt": "matthew", "chris": "christopher", "pete": "peter", "jon": "jonathan",
    "jake": "jacob", "greg": "gregory", "larry": "lawrence", "jen": "jennifer", "jenny": "jennifer",
}


def _given(word: str) -> str:
    low = word.lower()
    return _NICKNAMES.get(low, low)


def _unify_people(columns: dict[str, list], people: dict[str, Person]) -> None:
    """One person across documents is one speaker: "Biden" and "Joe Biden" become
    "Joseph R. Biden Jr." when that is the only fuller name that fits; the short forms
    are kept as aliases. Ambiguous names ("Wang" with "Wang Yi" and "Wang Wenbin") stay."""
    counts: dict[str, int] = {}
    for speaker, kind in zip(columns["speaker"], columns["speaker_kind"]):
        if kind == "person" and speaker:
            counts[speaker] = counts.get(speaker, 0) + 1
    full = [n for n in counts if len(_core(n)) >= 2]
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in full:
        core = _core(name)
        by_last[core[-1]].append(name)
        by_first[core[0]].append(name)
    mapping: dict[str, str] = {}
    for name in counts:
        core = _core(name)
        if not core or name.startswith("the "):
            continue
        if len(core) == 1:
            candidates = set(by_last.get(core[0], [])) | set(by_first.get(core[0], []))
        else:
            candidates = {n for n in by_last.get(core[-1], []) if _core(n)[0][:1] == core[0][:1]}
        candidates.discard(name)
        if not candidates:
            continue
        role = people[name].role if name in people else ""
        if role:
            same_role = {c for c in candidates if c in people and people[c].role == role}
            candidates = same_role or candidates
        # Variants of one name ("Joe Biden", "Joseph R. Biden Jr."): the same last word and a
        # compatible first name. Several different people: leave the name alone.
        keys = {(_core(c)[-1], _given(_core(c)[0])) for c in candidates}
        if len(keys) != 1 or (len(core) > 1 and _given(core[0]) != next(iter(keys))[1]):
            continue
        best = max(candidates | ({name} if len(core) > 1 else set()),
                   key=lambda n: (counts.get(n, 0), len(n), n))
        if best != name:
            mapping[name] = best
    if not mapping:
        return
    columns["speaker"] = [mapping.get(sp, sp) for sp in columns["speaker"]]
    columns["members"] = [
        "; ".join(dict.fromkeys(mapping.get(m, m) for m in members.split("; "))) if members else members
        for members in columns["members"]
    ]
    for short, long in mapping.items():
        target = people.setdefault(long, Person(long))
        target.aliases.add(short)
        if short in people:
            source = people.pop(short)
            target.aliases |= source.aliases
            target.role = target.role or source.role
            target.affiliation = target.affiliation or source.affiliation


def _speakers_frame(st: pd.DataFrame, people: dict[str, Person]) -> pd.DataFrame:
    said = st[st["speaker"] != ""]
    if said.empty:
        return pd.DataFrame(columns=FRAME_COLUMNS["speakers"])
    agg = said.groupby("speaker", sort=False).agg(
        n_statements=("statement_id", "size"),
        n_words=("n_words", "sum"),
        n_docs=("doc_id", "nunique"),
    ).reset_index()
    # Each speaker's most frequent kind (ties: the first in alphabetical order, as mode()).
    pairs = said.groupby(["speaker", "speaker_kind"], sort=False).size().reset_index(name="n")
    pairs = pairs.sort_values(["speaker", "n", "speaker_kind"], ascending=[True, False, True], kind="stable")
    agg["kind"] = agg["speaker"].map(pairs.drop_duplicates("speaker").set_index("speaker")["speaker_kind"])
    agg["role"] = [people[s].role if s in people else "" for s in agg["speaker"]]
    agg["affiliation"] = [people[s].affiliation if s in people else "" for s in agg["speaker"]]
    agg["aliases"] = ["; ".join(sorted(people[s].aliases)) if s in people else "" for s in agg["speaker"]]
    agg = agg.sort_values(["n_statements", "speaker"], ascending=[False, True], kind="stable")
    return agg[FRAME_COLUMNS["speakers"]].reset_index(drop=True)
