"""``python -m analysis charts``: the standard chart set as PNG, SVG and offline HTML."""

from __future__ import annotations

import argparse

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("charts", help="render the standard chart set (PNG, SVG, offline HTML)")
    p.add_argument("corpus", nargs="+", metavar="CORPUS")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")


def run(args: argparse.Namespace) -> int:
    raise ValueError("The charts command is not available yet.")
