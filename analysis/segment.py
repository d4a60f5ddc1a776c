"""Paragraphs and sentences, with character offsets.

The genre is full of abbreviations that end with a full stop ("Nov. 26", "S. Korea",
"U.S.", "Mr.", "No. 1", "Joseph R. Biden, Jr.") and a general-purpose splitter cuts
there. This splitter is rule-based and linear in the text's length, so it runs over
millions of words in seconds.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Span", "split_paragraphs", "split_sentences", "join_wrapped_lines"]


class Span(NamedTuple):
    """A slice ``text[start:end]`` of a larger string."""

    start: int
    end: int


# Abbreviations after which a full stop never ends a sentence: titles and months
# (they are always followed by a name or a number).
_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "gov", "sen", "rep", "rev", "hon", "amb", "pres", "sec", "st", "mt", "ft", "fr",
    "messrs", "mme", "mlle", "cdr", "cmdr", "brig", "supt", "insp", "dept", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vs", "v", "cf", "approx", "ca", "fig", "vol", "art", "para", "sec", "ch",
}
# Abbreviations that may also end a sentence: a sentence break is made only when the
# next word is a typical sentence opener.
_ENDINGS = {"jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "etc", "esq", "bros"}
_OPENERS = {
    "The", "He", "She", "They", "We", "I", "It", "In", "On", "At", "This", "That", "These",
    "Those", "Both", "But", "And", "Also", "However", "During", "After", "Before", "While",
    "His", "Her", "Their", "Our", "A", "An", "As", "For", "With", "There", "Today", "Later",
    "Earlier", "Meanwhile", "Moreover", "Furthermore", "Additionally", "Separately",
    "To", "Following", "Together", "Finally", "Lastly", "Since", "Through",
}
_NEVER_NAMES = {"The", "He", "She", "They", "We", "It", "I", "This", "These", "Those", "Both",
                "Their", "His", "Her", "Our", "Its"}
# Last parts of web addresses ("StudentAid.gov", "mfa.gov.sg")
_DOMAINS = {"gov", "com", "org", "net", "edu", "int", "mil", "io", "info", "sg", "uk", "eu", "ca", "au", "in"}
_NUMBER_ABBR = {"no", "nos", "art", "p", "pp", "vol", "fig"}

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, spaces,
# then something that can start a sentence.
# A footnote mark may follow the stop: "... (3G).[1] We look forward ...".
_BOUNDARY = re.compile(r"""([.!?]+)((?:["'”’)\]*_]|\[\d{1,3}\])*)(\s+)(?=["'“‘(\[*_]?[A-Z0-9À-Ý])""")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_NEXT_WORD = re.compile(r"""["'“‘(\[]?([A-Za-z0-9À-ÿ][\w'’-]*)""")
_PARA_SPLIT = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n\s*")


def join_wrapped_lines(paragraph: str) -> str:
    """Join hard-wrapped lines of one paragraph and fold runs of spaces into one.

    Every Unicode space (no-break, thin, ideographic, ...) and zero-width space
    counts as a space; line breaks join lines.
    """
    if "\u200b" in paragraph:
        paragraph = paragraph.replace("\u200b", " ")
    return " ".join(paragraph.split())  # str.split() knows every Unicode space: 5x a regex


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at blank (or whitespace-only) lines.

    Lines inside a paragraph are joined with single spaces, so hard-wrapped text
    (Markdown at 72 columns, e-mail) becomes one line per paragraph. Empty
    paragraphs are dropped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text and _LIST_ITEM.search(text):
        text = _LIST_ITEM.sub("\n\n", text)  # each item of a list is a paragraph of its own
    if "  \n" in text:
        text = _ROSTER_BREAK.sub("\n\n", text)  # each line of a roster is a paragraph of its own
    paragraphs = (join_wrapped_lines(p) for p in _PARA_SPLIT.split(text))
    return [p for p in paragraphs if p]


# A line that starts an item of a Markdown or plain-text list ("- ", "* ", "• ", "1. "): the
# item is a paragraph of its own, not a run-on of the one before (its marker stays in the text).
_LIST_MARKER = r"[ \t]*(?:[-*+•▪◦]|\d{1,2}[.)])[ \t]+\S"
_LIST_ITEM = re.compile(rf"\n(?={_LIST_MARKER})")
_LIST_START = re.compile(_LIST_MARKER)


def is_list_item(paragraph: str) -> bool:
    """Does a paragraph start with a list item's marker ("- ", "* ", "1. ", "2) ")?"""
    return _LIST_START.match(paragraph) is not None


# A Markdown hard line break ("  " at the end of a line) after a line with no closing punctuation,
# before a capitalised line: the lines of a roster ("Department of Agriculture Secretary Tom
# Vilsack  \nDepartment of Commerce Secretary Gina Raimondo  \n"), not a wrapped sentence.
_ROSTER_BREAK = re.compile(r"(?<=[A-Za-z0-9)])[ \t]{2,}\n(?=[ \t]*[A-Z])")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    if punct != ".":
        return True  # "?", "!", "..." end sentences
    # Look back a few dozen characters only: rescanning the paragraph at every full stop
    # would make long paragraphs quadratic.
    end = match.start(1)
    start = end
    low = max(0, end - 80)
    while start > low and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1  # the word starts with a letter
    if start == end:
        if end <= 3 + len(text[:end]) - len(text[:end].lstrip()) and text[:end].strip().isdigit():
            return False  # a list item's number ("1.  The Bureau has taken steps ..."), not a sentence
        return True  # a number or a closing bracket before the stop
    word = text[start:end]
    bare = word.rstrip(".").lower()
    nxt = _NEXT_WORD.match(text, match.end())
    next_word = nxt.group(1) if nxt else ""
    if "." in word.rstrip("."):
        parts = word.rstrip(".").split(".")
        if parts[-1].lower() in _DOMAINS and len(parts[-2]) > 1:
            return True  # a web address ends the sentence: "... report scams to ReportFraud.ftc.gov. Secretary"
        # Dotted acronym (U.S., a.m., D.C.): a break only before a sentence opener.
        return next_word in _OPENERS
    if bare in _TITLES:
        # A title precedes a name, never "They" or "The": "... called on Prime Minister Hun
        # Sen. They reaffirmed ..." ends a sentence.
        return next_word in _NEVER_NAMES
    if bare in _NUMBER_ABBR and next_word[:1].isdigit():
        return False
    if len(word) == 1 and word.isupper():
        # An initial (S. Korea, Joseph R. Biden): a break only before an opener.
        return next_word in _OPENERS
    if bare in _ENDINGS:
        return next_word in _OPENERS
    return True


# (also after a Markdown link's text: "[... state legislators.](https://...)At the meeting")
_GLUED = re.compile(r"(?<=[a-z]{3})\.(?:(?=[A-Z][a-z]{2,}\b)|\s*\]\([^()\s]*\)(?=[A-Z][a-z]+\b))")


def _split_glued(paragraph: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        start = span.start
        for match in _GLUED.finditer(paragraph, span.start, span.end):
            out.append(Span(start, match.end()))
            start = match.end()
        out.append(Span(start, span.end))
    return out


def split_sentences(paragraph: str) -> list[Span]:
    """Sentence spans of one paragraph (offsets into ``paragraph``).

    >>> p = "BUSAN, S. Korea, Nov. 26 -- The U.S. team met Mr. Park. He said no."
    >>> [p[s:e] for s, e in split_sentences(p)]
    ['BUSAN, S. Korea, Nov. 26 -- The U.S. team met Mr. Park.', 'He said no.']
    """
    spans: list[Span] = []
    start = 0
    length = len(paragraph)
    while start < length and paragraph[start].isspace():
        start += 1
    for match in _BOUNDARY.finditer(paragraph):
        if match.start() < start or not _is_boundary(paragraph, match):
            continue
        end = match.start(3)
        if end > start:
            spans.append(Span(start, end))
        start = match.end()
    end = len(paragraph.rstrip())
    if end > start:
        spans.append(Span(start, end))
    if _GLUED.search(paragraph):
        # A full stop with no space after it still ends a sentence: "... integration.Minister
        # Balakrishnan expressed ..." (a word of three lower-case letters, then a capitalised one).
        spans = _split_glued(paragraph, spans)
    return spans
