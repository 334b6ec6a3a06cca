"""Plain-text rendering of an ``Answer`` for the terminal (``ask`` and ``repl``)."""

from __future__ import annotations

import json
import textwrap
import unicodedata

from retrieval.conversation import Conversation
from retrieval.types import Answer

LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}
"""Characters some readers take for line ends: escaped, so each answer stays on one line."""


def answer_as_json(answer: Answer) -> str:
    """One line of JSON in the documented ``ask --json`` shape."""
    text = json.dumps(answer.to_json(), ensure_ascii=False)
    for character, escaped in LINE_BREAKS.items():
        text = text.replace(character, escaped)
    return text


def printable(text: str) -> str:
    """``text`` without control characters (BEL, backspace, escape sequences) that would act on
    a terminal; line breaks and tabs stay."""
    return "".join(c if c in "\n\t" or unicodedata.category(c) != "Cc" else " " for c in text)


def answer_as_text(answer: Answer, show_timing: bool = False) -> str:
    """Each excerpt quoted, with its paragraph, speaker and score; or the refusal. A follow-up
    that was rewritten first says how it was understood.

    Control characters of a question or an article are not printed (``printable``)."""
    return printable(_answer_lines(answer, show_timing))


def _answer_lines(answer: Answer, show_timing: bool) -> str:
    lines = [f"Q: {answer.question}"]
    if answer.understood_as and answer.understood_as != answer.question:
        lines.append(f"(understood as: {answer.understood_as})")
    if answer.refused:
        lines.append(f"  {answer.reason or 'The article does not say.'}")
    elif answer.reason and not answer.citations:  # a question back, or "that is all"
        lines.append(f"  {answer.reason}")
    elif answer.note:
        lines.append(f"  ({answer.note})")
    for number, citation in enumerate(answer.citations, start=1):
        where = f"{citation.title}, paragraph {citation.paragraph}"
        who = f" — {citation.speaker}" if citation.speaker else ""
        if citation.according_to:  # a body or an unnamed source: no one's words
            who = f" — according to {citation.according_to}"
        lines.append(f"[{number}] {where}{who}  (score {citation.score:.3f})")
        wrapped = textwrap.wrap(citation.quote, width=88) or [""]
        lines.extend(f"    > {line}" for line in wrapped)
    if show_timing:
        lines.append(f"  ({answer.elapsed_ms:.1f} ms)")
    return "\n".join(lines)


def history_as_text(conversation: Conversation) -> str:
    """The turns of a conversation, each with how it was understood."""
    if not conversation.turns:
        return "(no questions yet in this conversation)"
    lines = []
    for number, turn in enumerate(conversation.turns, start=1):
        lines.append(f"{number}. {turn.question}")
        if turn.understood_as != turn.question:
            lines.append(f"   understood as: {turn.understood_as}")
        if turn.options:
            lines.append(f"   asked back: {' or '.join(turn.options)}?")
    return "\n".join(lines)
