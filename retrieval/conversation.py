"""What a conversation has established so far: a small, immutable record of its last turns.

The engine answers a question *given* a conversation and returns the conversation with the new
turn added (``Engine.converse``); how a follow-up is read against it is ``retrieval.followups``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.types import Answer, Citation

KEPT_TURNS = 5
"""Turns a conversation remembers; older ones are dropped."""
CONTEXT = re.compile(r"\s*\(after: (?P<before>.*)\)\s*$")
"""A follow-up asked in the context of the question before it: "Who died? (after: Where did
the jet come down?)"."""


def in_context(question: str, previous: str) -> str:
    """``question`` asked in the context of the ``previous`` question (without its own)."""
    return f"{question.rstrip(' ?')}? (after: {without_context(previous)})"


def without_context(question: str) -> str:
    """The question itself, without the context a follow-up was asked in."""
    return CONTEXT.sub("", question)


def context_of(question: str) -> str | None:
    """The context a follow-up was asked in ("Where did the jet come down?" of "Who died?
    (after: Where did the jet come down?)"), or None for a question asked without one."""
    found = CONTEXT.search(question)
    return found.group("before") if found else None


@dataclass(frozen=True)
class Turn:
    """One question of a conversation, how it was understood, and what was answered."""

    question: str
    """As the person typed it."""
    understood_as: str
    """The standalone question that was answered (``question`` itself when taken as it is)."""
    speakers: tuple[str, ...]
    """Full names of the people it asked about ("what did X say"), if any."""
    topic: str | None
    """What it asked about ("refugees" in "what did X say about refugees")."""
    named: tuple[str, ...]
    """People its answer's first excerpt names (the person it quotes first), by full name."""
    things: tuple[str, ...]
    """Names of places, organisations and things its question mentioned, last one last."""
    citations: tuple[Citation, ...]
    """Every excerpt it cited ("more" goes on after them)."""
    asked_for: str | None = None
    """The thing it asked which one of, as the object of someone's act ("the flag" of "What
    flag did Hurley leave on the ISS?"): what "it" most likely means next."""
    options: tuple[str, ...] = ()
    """When the turn asked back "Do you mean X or Y?": X and Y."""
    refused: bool = False
    """Whether the articles did not answer it (what it asked is then no context to read the
    next question in)."""
    called: tuple[tuple[str, str], ...] = ()
    """The people the conversation has called "he" or "she" so far, with that gender ("m" or
    "f"): after "At whose request did she act?" about Julie Payette, "he" is someone else."""


@dataclass(frozen=True)
class Conversation:
    turns: tuple[Turn, ...] = ()

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    @property
    def answered(self) -> Turn | None:
        """The latest turn that cited something (not a question back, nor a refusal)."""
        return next((t for t in reversed(self.turns) if t.citations), None)

    def then(self, turn: Turn) -> Conversation:
        """This conversation with ``turn`` added (the oldest turns dropped past KEPT_TURNS)."""
        return Conversation((*self.turns, turn)[-KEPT_TURNS:])


@dataclass(frozen=True)
class Reply:
    """What ``Engine.converse`` returns: the answer, and the conversation that now includes it."""

    answer: Answer
    conversation: Conversation
