"""Turn an ``Answer`` into Discord embeds: cited block quotes that fit Discord's limits.

Pure functions: no network, no clock. Each excerpt is shown as

    > the article's own words, white space folded onto one line
    — **Speaker**, [*Article title*, paragraph 9](https://…#:~:text=first%20words,last%20words)

Excerpts that do not fit are left out whole (the footer says how many); words are never cut,
except that a single excerpt longer than a whole embed is shortened at a word boundary and
marked with "…".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote as percent_encode

import discord

from retrieval.types import Answer, Citation


@dataclass(frozen=True)
class Limits:
    """Discord's limits, in characters (https://discord.com/developers/docs/resources/message)."""

    content: int = 2000
    title: int = 256
    description: int = 4096
    field: int = 1024
    footer: int = 2048
    embed_total: int = 6000
    """Title, description, fields, footer and author of all embeds of one message together."""
    embeds: int = 10


DISCORD = Limits()
ANSWER_COLOUR = discord.Colour.blurple()
REFUSAL_COLOUR = discord.Colour.light_grey()
NOTICE_COLOUR = discord.Colour.orange()
ELLIPSIS = "…"
FRAGMENT_WORDS = 4
"""A long excerpt's text fragment names its first and last few words (textStart,textEnd)."""
_SOURCE_CHARS = 300
_TITLE_CHARS = 200
_URL_CHARS = 600
_EDGE_PUNCTUATION = " \t\n\"'“”‘’«».,;:!?()[]"


def size(text: str) -> int:
    """Length as Discord may count it: UTF-16 code units (never less than ``len``)."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary and marked with "…" if over ``limit``."""
    text = " ".join(text.split())
    if size(text) <= limit:
        return text
    room = max(limit - size(" " + ELLIPSIS), 0)
    cut = text[:room]
    while size(cut) > room:
        cut = cut[:-1]
    if text[len(cut)] != " ":
        cut = cut.rsplit(" ", 1)[0] if " " in cut else ""
    return f"{cut.rstrip()} {ELLIPSIS}" if cut else ELLIPSIS


def clip_content(text: str, limits: Limits = DISCORD) -> str:
    """A plain message body within the content limit."""
    return shorten(text, limits.content) if size(text) > limits.content else text


def text_fragment_url(url: str, quote: str) -> str | None:
    """``url`` with a ``#:~:text=`` fragment that makes browsers highlight ``quote``.

    None when ``url`` is not an http(s) address that can go in a Markdown link.
    """
    base = url.split("#", 1)[0].strip()
    if not re.match(r"https?://[^\s<>]+$", base):
        return None
    base = base.replace("(", "%28").replace(")", "%29")
    words = quote.strip(_EDGE_PUNCTUATION).split()
    if not words:
        return base
    if len(words) <= 2 * FRAGMENT_WORDS:
        directive = _fragment_text(" ".join(words))
    else:
        start = " ".join(words[:FRAGMENT_WORDS])
        end = " ".join(words[-FRAGMENT_WORDS:])
        directive = f"{_fragment_text(start)},{_fragment_text(end)}"
    return f"{base}#:~:text={directive}"


def _fragment_text(text: str) -> str:
    # The text-fragment syntax reserves "-", "," and "&": percent-encode them with the rest.
    return percent_encode(text, safe="").replace("-", "%2D")


def format_excerpt(citation: Citation, quote: str | None = None) -> str:
    """One excerpt as a block quote and a line saying who said it and where."""
    words = " ".join((citation.quote if quote is None else quote).split())
    title = shorten(citation.title, _TITLE_CHARS).replace("[", "(").replace("]", ")")
    where = f"*{discord.utils.escape_markdown(title)}*, paragraph {citation.paragraph}"
    link = text_fragment_url(citation.url, citation.quote) if citation.url else None
    if link and size(link) <= _URL_CHARS:
        where = f"[{where}]({link})"
    who = f"**{discord.utils.escape_markdown(citation.speaker)}**, " if citation.speaker else ""
    if citation.according_to:  # a body or an unnamed source: no one's words
        who = f"according to {discord.utils.escape_markdown(citation.according_to)}, "
    return f"> {discord.utils.escape_markdown(words)}\n— {who}{where}"


def sources_line(citations: Iterable[Citation]) -> str:
    """The footer: which articles the excerpts come from."""
    names: list[str] = []
    for citation in citations:
        name = citation.title or Path(citation.source).name
        if name not in names:
            names.append(name)
    label = "Source" if len(names) == 1 else "Sources"
    return shorten(f"{label}: {'; '.join(names)}", _SOURCE_CHARS)


def render_answer(answer: Answer, limits: Limits = DISCORD) -> list[discord.Embed]:
    """The embeds for one answer (today always one): excerpts, a question back, or a polite
    refusal. A follow-up that was rewritten says first how it was understood."""
    title = shorten(answer.question, limits.title)
    if answer.clarify:
        description = shorten(answer.reason or "Whom do you mean?", limits.description)
        return [discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)]
    if answer.refused or not answer.citations:
        reason = answer.reason or "The article doesn't say."
        description = shorten(f"{reason}\nTry rephrasing it, or see `/help`.", limits.description)
        return [discord.Embed(title=title, description=description, colour=REFUSAL_COLOUR)]
    lead = "\n".join(part for part in (_understood(answer), _note(answer)) if part)
    room = size(lead) + 2 if lead else 0
    fitted = replace(
        limits, description=limits.description - room, embed_total=limits.embed_total - room
    )
    sources = sources_line(answer.citations)
    blocks, left_out, shortened = _fit(answer.citations, title, sources, fitted)
    footer = _footer(sources, left_out, shortened)
    description = "\n\n".join(([lead] if lead else []) + blocks)
    embed = discord.Embed(title=title, description=description, colour=ANSWER_COLOUR)
    embed.set_footer(text=footer)
    return [embed]


UNDERSTOOD_CHARS = 300


def _understood(answer: Answer) -> str:
    """ "*Understood as: What did Jens Stoltenberg say about Russia?*", for a rewritten turn."""
    understood = answer.understood_as
    if not understood or understood == answer.question:
        return ""
    text = discord.utils.escape_markdown(shorten(understood, UNDERSTOOD_CHARS))
    return f"*Understood as: {text}*"


def _note(answer: Answer) -> str:
    """ "*The article does not quote X; these excerpts mention them.*", when it has a note."""
    if not answer.note:
        return ""
    return f"*{discord.utils.escape_markdown(shorten(answer.note, UNDERSTOOD_CHARS))}*"


def _fit(
    citations: tuple[Citation, ...], title: str, sources: str, limits: Limits
) -> tuple[list[str], int, bool]:
    """The excerpt blocks that fit, best first; how many were left out; whether one was cut."""
    worst_footer = _footer(sources, len(citations), shortened=True)
    budget = min(limits.description, limits.embed_total - size(title) - size(worst_footer))
    blocks: list[str] = []
    used = 0
    for citation in citations:
        block = format_excerpt(citation)
        extra = size(block) + (2 if blocks else 0)
        if used + extra <= budget:
            blocks.append(block)
            used += extra
    if blocks:
        return blocks, len(citations) - len(blocks), False
    # Not even the best excerpt fits on its own: show as much of it as fits, cut between words.
    best = citations[0]
    frame = size(format_excerpt(best, quote=""))
    room = budget - frame
    quote = shorten(best.quote, room)
    while size(format_excerpt(best, quote=quote)) > budget and room > 1:
        room -= max(1, size(format_excerpt(best, quote=quote)) - budget)
        quote = shorten(best.quote, room)
    return [format_excerpt(best, quote=quote)], len(citations) - 1, True


def _footer(sources: str, left_out: int, shortened: bool) -> str:
    parts = [sources]
    if left_out:
        parts.append(f"{left_out} more excerpt{'s' if left_out != 1 else ''} didn't fit")
    if shortened:
        parts.append("excerpt shortened")
    return " · ".join(parts)


def render_notice(text: str, limits: Limits = DISCORD) -> discord.Embed:
    """A short embed for help and admin replies."""
    return discord.Embed(description=shorten_lines(text, limits.description), colour=NOTICE_COLOUR)


def shorten_lines(text: str, limit: int) -> str:
    """Keep whole lines of ``text`` while they fit in ``limit``."""
    if size(text) <= limit:
        return text
    kept: list[str] = []
    used = size(ELLIPSIS)
    for line in text.splitlines():
        if used + size(line) + 1 > limit:
            break
        kept.append(line)
        used += size(line) + 1
    return "\n".join([*kept, ELLIPSIS])


def message_size(embeds: Iterable[discord.Embed]) -> int:
    """Characters that count towards the 6,000 limit of one message."""
    total = 0
    for embed in embeds:
        total += size(embed.title or "") + size(embed.description or "")
        total += size(embed.footer.text or "") + size(embed.author.name or "")
        total += sum(size(field.name or "") + size(field.value or "") for field in embed.fields)
    return total
