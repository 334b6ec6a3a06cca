"""Load bench for the Discord bot: 50 questions at once through the /ask handler.

Offline: dpytest plays the Discord server (a guild with one member per question) and
``bot.testing.RecordingAdapter`` stands in for Discord's interaction API, so the real handler
runs end to end: checks, defer, retrieval in a thread, rendering, the follow-up with buttons.

Prints answer latency p50/p95 (from the command arriving to the answer being sent) and the
longest event-loop stall, measured by a ticker that should wake every 5 ms. Exits 1 if a stall
reaches 100 ms, since a blocked loop delays every user's reply and the gateway heartbeat.

    .venv/bin/python bench/bot_load.py [--questions 50] [--index DIR]

Without --index (or $ARTICLE_QA_INDEX), the bundled article is indexed into a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)

import discord  # noqa: E402
import discord.ext.test as dpytest  # noqa: E402

from article_qa.config import Settings, load_settings  # noqa: E402
from bot import ArticleBot, create_bot  # noqa: E402
from bot.stats import percentile  # noqa: E402
from bot.testing import recording, slash_interaction  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
STALL_LIMIT_MS = 100.0
TICK_S = 0.005
QUESTIONS = [
    "What did Davutoglu say?",
    "What did Stoltenberg say about Russia?",
    "Who is the NATO secretary-general?",
    "Why did Turkey shoot down the Russian jet?",
    "How many troops will the U.S. keep in Afghanistan?",
    "What is the capital of Peru?",
    "What did Obama say?",
    "Where are the NATO foreign ministers meeting?",
    "What are the allies discussing about airspace?",
    "What happened to the pilots?",
]


class StallMonitor:
    """Wakes every ``TICK_S``; the longest lateness is the longest the loop was blocked."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(TICK_S)
            late = (time.perf_counter() - before - TICK_S) * 1000
            self.longest_ms = max(self.longest_ms, late)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)


def settings_for_bench(index: Path | None, workdir: Path) -> Settings:
    base = load_settings(environ={})
    discord_settings = base.discord.model_copy(update={"feedback_path": workdir / "fb.jsonl"})
    updates: dict[str, object] = {"discord": discord_settings}
    if index is not None:
        updates["index"] = base.index.model_copy(update={"path": index.resolve()})
    else:
        updates["index"] = base.index.model_copy(update={"path": workdir / "index"})
        updates["corpus"] = base.corpus.model_copy(update={"paths": (REPO / "data" / "articles",)})
    return base.model_copy(update=updates)


async def ask(bot: ArticleBot, member: discord.Member, question: str) -> float:
    """Run /ask as ``member``; return ms until the answer (or notice) was sent."""
    channel = dpytest.get_config().channels[0]
    state = dpytest.backend.get_state()
    interaction = slash_interaction(state, member, channel, "ask", {"question": question})
    command = bot.tree.get_command("ask")
    assert isinstance(command, discord.app_commands.Command)
    started = time.perf_counter()
    with recording() as http:
        await command.callback(interaction, question=question)
    elapsed = (time.perf_counter() - started) * 1000
    assert http.sent[-1].embeds or http.sent[-1].content, "no reply was sent"
    return elapsed


def with_member_cache() -> None:
    """dpytest's fake server lists members only for clients with the members intent."""
    default = discord.Intents.default

    def default_with_members(cls: type[discord.Intents]) -> discord.Intents:
        intents = default()
        intents.members = True
        return intents

    discord.Intents.default = classmethod(default_with_members)  # type: ignore[method-assign,assignment]


async def bench(settings: Settings, count: int) -> int:
    with_member_cache()
    bot = create_bot(settings)
    await bot._async_setup_hook()
    dpytest.configure(bot, members=count)
    dpytest.backend.get_state().loop = asyncio.get_running_loop()
    await bot.add_parts()
    members = dpytest.get_config().members

    started = time.perf_counter()
    await bot.engines.get()  # what setup_hook's preload does before the first question
    print(f"engine ready in {(time.perf_counter() - started) * 1000:.0f} ms (model and index)")

    monitor = StallMonitor()
    monitor.start()
    burst = time.perf_counter()
    latencies = await asyncio.gather(
        *(ask(bot, members[n], QUESTIONS[n % len(QUESTIONS)]) for n in range(count))
    )
    wall = time.perf_counter() - burst
    await monitor.stop()

    figures = bot.stats.summary()
    print(
        f"{count} questions at once: {figures['answered']:.0f} answered, "
        f"{figures['refused']:.0f} refused, {figures['failed']:.0f} failed, in {wall:.2f} s"
    )
    print(
        f"answer latency: p50 {percentile(latencies, 0.5):.0f} ms, "
        f"p95 {percentile(latencies, 0.95):.0f} ms, max {max(latencies):.0f} ms"
    )
    verdict = "ok" if monitor.longest_ms < STALL_LIMIT_MS else "TOO LONG"
    print(
        f"longest event-loop stall: {monitor.longest_ms:.1f} ms "
        f"(limit {STALL_LIMIT_MS:.0f} ms: {verdict})"
    )
    await dpytest.empty_queue()
    return 0 if monitor.longest_ms < STALL_LIMIT_MS and not figures["failed"] else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--index", type=Path, default=os.environ.get("ARTICLE_QA_INDEX"))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="article-qa-bench-") as folder:
        workdir = Path(folder)
        settings = settings_for_bench(options.index and Path(options.index), workdir)
        if options.index is None:
            from index import build_index

            print(build_index(settings, progress=False).line())
        return asyncio.run(bench(settings, options.questions))


if __name__ == "__main__":
    sys.exit(main())
