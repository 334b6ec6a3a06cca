"""The pure rendering of answers into Discord embeds: layout, links, and Discord's limits."""

from __future__ import annotations

from urllib.parse import unquote

import discord
import pytest

from bot.render import (
    DISCORD,
    clip_content,
    format_excerpt,
    message_size,
    render_answer,
    shorten,
    size,
    text_fragment_url,
)
from retrieval.types import Answer, Citation

WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()


def citation(quote: str, paragraph: int = 3, **fields: object) -> Citation:
    values: dict[str, object] = {
        "quote": quote,
        "source": "/articles/nato.txt",
        "doc_id": "nato",
        "title": "NATO chief backs Turkey",
        "paragraph": paragraph,
        "start": 100,
        "end": 100 + len(quote),
        "score": 0.9,
    }
    values.update(fields)
    return Citation(**values)  # type: ignore[arg-type]


def words(count: int, offset: int = 0) -> str:
    return " ".join(WORDS[(offset + i) % len(WORDS)] for i in range(count))


def assert_within_limits(embeds: list[discord.Embed]) -> None:
    assert 1 <= len(embeds) <= DISCORD.embeds
    for embed in embeds:
        assert size(embed.title or "") <= DISCORD.title
        assert size(embed.description or "") <= DISCORD.description
        assert size(embed.footer.text or "") <= DISCORD.footer
        assert all(size(f.value or "") <= DISCORD.field for f in embed.fields)
        assert len(embed) <= DISCORD.embed_total
    assert message_size(embeds) <= DISCORD.embed_total


def test_excerpt_shows_quote_speaker_paragraph_and_title() -> None:
    quote = "“We have no intention whatsoever to escalate,” Davutoglu said."
    (embed,) = render_answer(
        Answer("What did Davutoglu say?", (citation(quote, 9, speaker="Ahmet Davutoglu"),))
    )
    assert embed.title == "What did Davutoglu say?"
    assert embed.description == (
        f"> {quote}\n— **Ahmet Davutoglu**, *NATO chief backs Turkey*, paragraph 9"
    )
    assert embed.footer.text == "Source: NATO chief backs Turkey"


def test_excerpt_folds_white_space_and_escapes_markdown() -> None:
    text = format_excerpt(citation("a *bold*\n claim with _under_ scores"))
    assert text.startswith(r"> a \*bold\* claim with \_under\_ scores")


def test_excerpt_links_to_the_quote_with_a_text_fragment() -> None:
    quote = "NATO allies must not lose sight of the threat Russia poses, its top official said."
    text = format_excerpt(citation(quote, url="https://example.org/story?id=1#top"))
    link = text.split("](", 1)[1].rstrip(")")
    base, fragment = link.split("#:~:text=")
    assert base == "https://example.org/story?id=1"
    start, end = fragment.split(",")
    assert unquote(start) == "NATO allies must not"
    assert unquote(end) == "its top official said"


@pytest.mark.parametrize(
    ("quote", "fragment"),
    [
        ("Short, sharp - and final.", "Short%2C%20sharp%20%2D%20and%20final"),
        ("“Quoted & done”", "Quoted%20%26%20done"),
    ],
)
def test_text_fragment_escapes_its_reserved_characters(quote: str, fragment: str) -> None:
    assert text_fragment_url("https://example.org/a", quote) == (
        f"https://example.org/a#:~:text={fragment}"
    )


def test_text_fragment_only_for_web_addresses() -> None:
    assert text_fragment_url("file:///etc/passwd", "quote") is None
    assert text_fragment_url("javascript:alert(1)", "quote") is None
    assert text_fragment_url("https://x.org/a_(b)", "q") == "https://x.org/a_%28b%29#:~:text=q"


def test_refusal_is_a_short_polite_embed() -> None:
    answer = Answer("Capital of Peru?", refused=True, reason="The article doesn't say.")
    (embed,) = render_answer(answer)
    assert embed.description is not None
    assert embed.description.startswith("The article doesn't say.")
    assert "error" not in embed.description.lower()
    assert not embed.footer.text


def test_sources_are_named_once_each() -> None:
    answer = Answer(
        "q",
        (
            citation(words(5)),
            citation(words(6), title="Second story"),
            citation(words(7)),
        ),
    )
    (embed,) = render_answer(answer)
    assert embed.footer.text == "Sources: NATO chief backs Turkey; Second story"


def test_very_long_excerpts_are_left_out_whole() -> None:
    excerpts = tuple(citation(f"Excerpt {n}: {words(300, n)}.", n) for n in range(1, 9))
    embeds = render_answer(Answer("What happened?", excerpts))
    assert_within_limits(embeds)
    description = embeds[0].description or ""
    shown = [c for c in excerpts if c.quote in description]
    assert shown == list(excerpts[: len(shown)]) and 1 <= len(shown) < len(excerpts)
    assert description.count("Excerpt ") == len(shown)
    assert f"{len(excerpts) - len(shown)} more excerpts didn't fit" in (embeds[0].footer.text or "")


def test_an_excerpt_that_fits_is_kept_after_one_that_does_not() -> None:
    excerpts = (citation(words(200)), citation(words(900), 4), citation("Short one.", 5))
    (embed,) = render_answer(Answer("q", excerpts))
    description = embed.description or ""
    assert excerpts[0].quote in description and "Short one." in description
    assert excerpts[1].quote not in description
    assert "1 more excerpt didn't fit" in (embed.footer.text or "")


def test_a_single_huge_excerpt_is_cut_between_words() -> None:
    quote = words(2000) + "."
    embeds = render_answer(Answer("q" * 600, (citation(quote),)))
    assert_within_limits(embeds)
    description = embeds[0].description or ""
    shown = description.split("\n", 1)[0].removeprefix("> ")
    assert shown.endswith(" …")
    assert quote.startswith(shown.removesuffix(" …"))
    assert quote[len(shown.removesuffix(" …"))] == " "  # cut at a word boundary
    assert "excerpt shortened" in (embeds[0].footer.text or "")


def test_many_excerpts_with_links_and_wide_characters_stay_within_limits() -> None:
    excerpts = tuple(
        citation(
            f"😀 “{words(60, n)}” 😀",
            n,
            speaker="Jens Stoltenberg",
            url=f"https://example.org/{'long-path/' * 20}{n}",
            title="T" * 400,
        )
        for n in range(50)
    )
    embeds = render_answer(Answer("@everyone " + "why? " * 300, excerpts))
    assert_within_limits(embeds)


def test_shorten_never_cuts_a_word() -> None:
    assert shorten("one two three", 100) == "one two three"
    assert shorten("one two three", 10) == "one two …"
    assert shorten("unbreakable", 5) == "…"
    assert size(clip_content("x " * 5000)) <= DISCORD.content


def test_size_counts_what_discord_counts() -> None:
    assert size("abc") == 3
    assert size("😀") == 2


def test_a_note_on_what_the_excerpts_are_comes_before_them() -> None:
    note = "The article does not quote Kevin Hale; these excerpts mention them."
    quote = "Kevin Hale won 192 votes in the first round."
    (embed,) = render_answer(Answer("What did Hale say?", (citation(quote),), note=note))
    description = embed.description or ""
    assert description.startswith(f"*{note}*")
    assert description.index(note) < description.index("192 votes")
