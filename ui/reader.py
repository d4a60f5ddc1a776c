"""The Reader: a document's text with every statement marked by its speaker and theme.

Text is escaped before it is laid out, so a document can never inject markup.
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["reader_html"]


def _tint(hex_colour: str, alpha: float = 0.16) -> str:
    hex_colour = hex_colour.lstrip("#")
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def reader_html(
    text: str,
    statements: pd.DataFrame,
    colours: dict[str, str],
    *,
    active: set[int] | None = None,
    neutral: str = "#9AA0A6",
) -> str:
    """HTML for one document: paragraphs, each statement highlighted in its speaker's
    colour with a label (speaker · theme; hover adds the cue). ``statements`` are that
    document's rows; when ``active`` (statement ids) is given, the other statements are
    shown greyed, unmarked, as context."""
    parts: list[str] = []
    rows = statements.sort_values("start")
    pos = 0
    para_open = False

    def emit_plain(chunk: str) -> None:
        nonlocal para_open
        for i, piece in enumerate(chunk.split("\n\n")):
            if i > 0 and para_open:
                parts.append("</p>")
                para_open = False
            if piece.strip():
                if not para_open:
                    parts.append('<p style="line-height:1.7;margin:0 0 1em 0">')
                    para_open = True
                parts.append(html.escape(piece))

    for row in rows.itertuples(index=False):
        if row.start < pos:
            continue
        emit_plain(text[pos:row.start])
        if not para_open:
            parts.append('<p style="line-height:1.7;margin:0 0 1em 0">')
            para_open = True
        if active is not None and row.statement_id not in active:
            parts.append(f'<span style="color:{neutral}">{html.escape(text[row.start:row.end])}</span>')
            pos = row.end
            continue
        colour = colours.get(row.speaker, neutral) if row.speaker else neutral
        label = " · ".join(x for x in (row.speaker or "narration", row.cue, row.theme_label) if x)
        style = (f"background:{_tint(colour)};border-bottom:2px solid {colour};"
                 "padding:1px 2px;border-radius:3px")
        theme = (f'<span style="color:#5F6368;font-weight:400"> · {html.escape(row.theme_label)}</span>'
                 if row.theme_label else "")
        parts.append(
            f'<span title="{html.escape(label, quote=True)}" style="{style}">'
            f'<sup style="color:{colour};font-weight:600;font-size:0.7em;margin-right:3px">'
            f'{html.escape(row.speaker or "narration")}{theme}</sup>{html.escape(text[row.start:row.end])}</span>'
        )
        pos = row.end
    emit_plain(text[pos:])
    if para_open:
        parts.append("</p>")
    return "".join(parts)
