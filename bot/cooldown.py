"""A per-user cooldown between two questions, on an injectable clock."""

from __future__ import annotations

from collections.abc import Callable


class Cooldown:
    """Lets each user ask once every ``seconds``; 0 turns it off."""

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: dict[int, float] = {}

    def retry_after(self, user_id: int) -> float:
        """Seconds ``user_id`` must still wait; 0.0 when they may ask now."""
        if self.seconds <= 0:
            return 0.0
        last = self._last.get(user_id)
        if last is None:
            return 0.0
        return max(0.0, last + self.seconds - self._clock())

    def take(self, user_id: int) -> float:
        """Start ``user_id``'s cooldown if they may ask now; else return the seconds to wait."""
        wait = self.retry_after(user_id)
        if wait > 0:
            return wait
        now = self._clock()
        if self.seconds > 0:
            self._last[user_id] = now
            if len(self._last) > 10_000:
                self._forget_before(now - self.seconds)
        return 0.0

    def _forget_before(self, moment: float) -> None:
        self._last = {user: at for user, at in self._last.items() if at > moment}
