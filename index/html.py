"""HTML articles: the article's text and metadata, without navigation, ads and footers.

trafilatura finds the main content of a news page; its paragraphs are joined with blank
lines so that they become paragraphs here too. The text is what gets indexed and what
offsets refer to (the builder keeps a copy of it beside the index).
"""

from __future__ import annotations

from typing import Any

import trafilatura

from article_qa.errors import CorpusError


def html_to_article(html: str, name: str) -> tuple[str, dict[str, str]]:
    """Return the article text of ``html`` and its metadata (title, url, author, published...)."""
    extracted = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if not extracted or not extracted.strip():
        raise CorpusError(f"{name} holds no article text that could be extracted: leave it out")
    paragraphs = [line.strip() for line in extracted.splitlines() if line.strip()]
    metadata: dict[str, str] = {}
    found: Any = trafilatura.extract_metadata(html)
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("url", found.url),
            ("author", found.author),
            ("published", found.date),
            ("outlet", found.sitename),
        ):
            if value:
                metadata[key] = str(value)
    return "\n\n".join(paragraphs) + "\n", metadata
