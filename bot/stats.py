"""Answer counts and latency percentiles since the bot started (for ``/stats`` and the bench)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

KEEP = 100_000
"""Latencies kept for the percentiles (the most recent ones); counts cover every question."""


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of ``values``; 0.0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class AnswerStats:
    clock: Callable[[], float]
    started: float = field(init=False)
    answered: int = 0
    refused: int = 0
    failed: int = 0
    latencies_ms: deque[float] = field(default_factory=lambda: deque(maxlen=KEEP))

    def __post_init__(self) -> None:
        self.started = self.clock()

    def record(self, latency_ms: float, refused: bool) -> None:
        self.latencies_ms.append(latency_ms)
        if refused:
            self.refused += 1
        else:
            self.answered += 1

    def record_failure(self) -> None:
        self.failed += 1

    @property
    def questions(self) -> int:
        return self.answered + self.refused + self.failed

    def summary(self) -> dict[str, float]:
        values = list(self.latencies_ms)
        return {
            "questions": self.questions,
            "answered": self.answered,
            "refused": self.refused,
            "failed": self.failed,
            "p50_ms": percentile(values, 0.50),
            "p95_ms": percentile(values, 0.95),
            "max_ms": max(values, default=0.0),
            "uptime_s": self.clock() - self.started,
        }
