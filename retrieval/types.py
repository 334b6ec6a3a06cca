"""The values retrieval hands to its front ends (CLI, REPL, Discord bot, eval)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One verbatim excerpt of an article and where it stands.

    ``quote == read(text_path)[start:end]`` always holds: the quote is the article's own words,
    cut at character offsets of the indexed text (for a ``.txt`` or ``.md`` file, ``source``).
    """

    quote: str
    source: str
    """Absolute path of the file that was indexed."""
    doc_id: str
    title: str
    paragraph: int
    """1-based number of the paragraph (a block of text between blank lines)."""
    start: int
    end: int
    score: float
    speaker: str | None = None
    """Full name of the person quoted, when the excerpt is a statement attributed to someone."""
    according_to: str | None = None
    """For an excerpt no person says: the source it gives for what it reports, a body, a
    group, a document or someone unnamed, as the article writes it ("the Emergencies
    Ministry", "local officials", "the study"). Never a speaker: no one's words."""
    url: str | None = None
    """The article's URL when its metadata gives one."""
    text_path: str | None = None
    """The file whose text the offsets refer to: ``source`` itself for a text article, a saved
    copy of the extracted text for an HTML one."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question: ranked citations, or a refusal."""

    question: str
    citations: tuple[Citation, ...] = ()
    refused: bool = False
    reason: str | None = None
    """Why the engine refused, in words a user can read ("the article doesn't say ...")."""
    elapsed_ms: float = 0.0
    extras: dict[str, Any] = field(default_factory=dict, compare=False)
    """Diagnostics for the REPL and eval (e.g. the speaker a question was read as asking about)."""
    understood_as: str | None = None
    """In a conversation: the standalone question that was answered (see ``Engine.converse``)."""
    note: str | None = None
    """What the excerpts are when they are not what was asked for, shown with them: "The
    article does not quote Kevin McCarthy; these excerpts mention them." """
    clarify: tuple[str, ...] = ()
    """In a conversation: when a follow-up is ambiguous, the people it could mean; the answer
    then has no citations and ``reason`` asks back."""

    def to_json(self) -> dict[str, Any]:
        """The ``ask --json`` shape: question, refused, answers."""
        payload: dict[str, Any] = {
            "question": self.question,
            "refused": self.refused,
            "answers": [citation.to_json() for citation in self.citations],
        }
        if self.reason:
            payload["reason"] = self.reason
        if self.note:
            payload["note"] = self.note
        if self.understood_as is not None:
            payload["understood_as"] = self.understood_as
        if self.clarify:
            payload["clarify"] = list(self.clarify)
        return payload
