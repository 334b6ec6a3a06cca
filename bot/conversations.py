"""Who is in which conversation: one per person and channel (or thread), forgotten after a
quarter of an hour of silence; an answer's message remembers the conversation it belongs to,
so a reply to it (mention mode) goes on with that conversation."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.conversation import Conversation

FORGET_AFTER = 15 * 60.0
"""Seconds of silence after which a conversation is forgotten."""
MESSAGES_KEPT = 5000
"""Answer messages remembered for reply continuation (the oldest are forgotten first)."""


@dataclass(frozen=True)
class Key:
    user_id: int
    channel_id: int


class ConversationBook:
    def __init__(
        self, forget_after: float = FORGET_AFTER, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.forget_after = forget_after
        self.clock = clock
        self._open: dict[Key, tuple[Conversation, float]] = {}
        self._messages: dict[int, Key] = {}

    def get(self, key: Key) -> Conversation:
        """The conversation under ``key``, or a new one when it was silent too long."""
        found = self._open.get(key)
        if found is None or self.clock() - found[1] > self.forget_after:
            self._open.pop(key, None)
            return Conversation()
        return found[0]

    def put(self, key: Key, conversation: Conversation) -> None:
        now = self.clock()
        self._open[key] = (conversation, now)
        stale = [k for k, (_, used) in self._open.items() if now - used > self.forget_after]
        for old in stale:
            del self._open[old]

    def remember(self, message_id: int, key: Key) -> None:
        """``message_id`` is an answer in the conversation ``key``."""
        self._messages[message_id] = key
        while len(self._messages) > MESSAGES_KEPT:
            del self._messages[next(iter(self._messages))]

    def key_of(self, message_id: int) -> Key | None:
        """The conversation an answer message belongs to, if it is remembered."""
        return self._messages.get(message_id)
