"""The Discord bot, driven offline through real discord.py objects.

* Mention mode runs through dpytest, which plays Discord's gateway and REST API.
* Slash commands and buttons run the real ``Interaction`` code; only the HTTP layer of
  interaction responses is replaced (``bot.testing.RecordingAdapter``).
* The engine is the session's real engine over the bundled article; a thin wrapper records its
  answers (to check the quotes) or plays a broken engine.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest

from article_qa.config import Settings
from article_qa.errors import ConfigError
from bot import ArticleBot, create_bot
from bot.asking import APOLOGY, NO_INDEX, without_mentions
from bot.cog import question_in
from bot.conversations import ConversationBook, Key
from bot.testing import (
    APPLICATION_ID,
    Sent,
    click,
    recording,
    slash_interaction,
    submit_form,
)
from evaluation.report import question_from_vote as eval_item
from index import IndexSummary
from retrieval import Answer, Engine
from retrieval.conversation import Conversation, Turn
from retrieval.conversation import Reply as ConversationReply
from retrieval.snapshot import Snapshot
from tests.helpers import settings_for

NO_PINGS = {"parse": []}
DAVUTOGLU = "What did Davutoglu say?"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class SpyEngine:
    """The real engine, recording each answer; set ``fail_with`` to make it raise instead."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.answers: list[Answer] = []
        self.fail_with: Exception | None = None

    def answer(self, question: str, k: int | None = None) -> Answer:
        if self.fail_with is not None:
            raise self.fail_with
        answer = self.engine.answer(question, k)
        self.answers.append(answer)
        return answer

    def converse(
        self, question: str, conversation: Conversation | None = None, k: int | None = None
    ) -> ConversationReply:
        if self.fail_with is not None:
            raise self.fail_with
        reply = self.engine.converse(question, conversation, k)
        self.answers.append(reply.answer)
        return reply

    def refresh(self, force: bool = False) -> bool:
        return self.engine.refresh(force)

    def close(self) -> None:
        """The shared engine stays open for the other tests."""

    @property
    def snapshot(self) -> Snapshot:
        return self.engine.snapshot


def with_discord(settings: Settings, tmp_path: Path, **values: Any) -> Settings:
    values.setdefault("feedback_path", tmp_path / "feedback.jsonl")
    return settings.model_copy(update={"discord": settings.discord.model_copy(update=values)})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def spy(engine: Engine) -> SpyEngine:
    return SpyEngine(engine)


Launch = Callable[..., Any]


@pytest.fixture
async def launch(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Launch]:
    """Build a bot and connect it to dpytest's fake Discord (one guild, three members)."""
    # dpytest's fake server lists a guild's members (needed to resolve mentions) only for a
    # client with the members intent, which the real bot does not need.
    default_intents = discord.Intents.default

    def default_with_members(cls: type[discord.Intents]) -> discord.Intents:
        intents = default_intents()
        intents.members = True
        return intents

    monkeypatch.setattr(discord.Intents, "default", classmethod(default_with_members))

    async def launch(settings: Settings, **dependencies: Any) -> ArticleBot:
        bot = create_bot(settings, clock=clock, **dependencies)
        await bot._async_setup_hook()
        dpytest.configure(bot, members=["alice", "bob", "carol"])
        # discord.py sets the state's loop at login; dpytest's fake state never logs in.
        dpytest.backend.get_state().loop = asyncio.get_running_loop()
        await bot.add_parts()
        launched.append(bot)
        return bot

    launched: list[ArticleBot] = []
    yield launch
    await dpytest.empty_queue()
    for bot in launched:
        await bot.engines.close()


@pytest.fixture
def channel_payloads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The JSON body of every channel message the bot sends (mention mode)."""
    sent: list[dict[str, Any]] = []
    real = discord.abc.handle_message_parameters

    def spy(*args: Any, **kwargs: Any) -> Any:
        params = real(*args, **kwargs)
        sent.append(dict(params.payload or {}))
        return params

    monkeypatch.setattr(discord.abc, "handle_message_parameters", spy)
    return sent


def member(index: int = 0) -> discord.Member:
    member: discord.Member = dpytest.get_config().members[index]
    return member


def text_channel() -> discord.TextChannel:
    channel: discord.TextChannel = dpytest.get_config().channels[0]
    return channel


async def slash(
    bot: ArticleBot,
    name: str,
    user: int = 0,
    permissions: discord.Permissions | None = None,
    **options: str,
) -> list[Sent]:
    """Run ``/name`` as ``member(user)``; return what the bot sent back to Discord."""
    state = dpytest.backend.get_state()
    interaction = slash_interaction(state, member(user), text_channel(), name, options, permissions)
    command = bot.tree.get_command(name)
    assert isinstance(command, discord.app_commands.Command)
    with recording() as http:
        if command.binding is not None:
            await command.callback(command.binding, interaction, **options)
        else:
            await command.callback(interaction, **options)
    return http.sent


def assert_verbatim(answer: Answer, description: str) -> None:
    assert answer.citations
    for citation in answer.citations:
        text = Path(citation.source).read_bytes().decode("utf-8")
        assert citation.quote == text[citation.start : citation.end]
        shown = discord.utils.escape_markdown(" ".join(citation.quote.split()))
        assert f"> {shown}\n" in description
        assert f"paragraph {citation.paragraph}" in description
        assert citation.title in description


# -- asking by mention (dpytest) ----------------------------------------------------------------


async def test_mention_is_answered_with_verbatim_cited_quotes(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    channel_payloads: list[dict[str, Any]],
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, mention_mode=True), engine=spy)
    assert bot.intents.message_content
    question = await dpytest.message(f"<@{bot.user.id}> {DAVUTOGLU}")

    reply = dpytest.get_message()
    (embed,) = reply.embeds
    (answer,) = spy.answers
    assert answer.question == DAVUTOGLU and not answer.refused
    assert_verbatim(answer, embed.description or "")
    assert "**Ahmet Davutoglu**" in (embed.description or "")
    assert (embed.footer.text or "").startswith("Source: ")
    (payload,) = channel_payloads
    assert payload["allowed_mentions"] == NO_PINGS
    assert payload["message_reference"]["message_id"] == question.id
    assert [c["emoji"]["name"] for c in payload["components"][0]["components"]] == [
        "👍",
        "👎",
        "💬",
    ]


async def test_mentions_are_ignored_unless_mention_mode_is_on(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    assert not bot.intents.message_content
    await dpytest.message(f"<@{bot.user.id}> {DAVUTOGLU}")
    assert dpytest.verify().message().nothing()
    assert spy.answers == []


async def test_a_bare_mention_gets_a_usage_hint(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, mention_mode=True), engine=spy)
    await dpytest.message(f"<@{bot.user.id}>")
    assert "/ask question:" in dpytest.get_message().content
    await dpytest.message("no mention here")
    assert dpytest.verify().message().nothing()


async def test_everyone_in_a_mention_question_cannot_ping(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    channel_payloads: list[dict[str, Any]],
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, mention_mode=True), engine=spy)
    await dpytest.message(f"<@{bot.user.id}> @everyone @here {DAVUTOGLU}")
    await dpytest.message(f"<@{bot.user.id}> @everyone", member=1)  # a notice, not an answer
    assert len(channel_payloads) == 2
    assert all(p["allowed_mentions"] == NO_PINGS for p in channel_payloads)


async def test_mentions_in_a_question_do_not_steer_retrieval(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    channel_payloads: list[dict[str, Any]],
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, mention_mode=True), engine=spy)
    await dpytest.message(f"<@{bot.user.id}> @everyone <@&123> <#456> <@!789> {DAVUTOGLU}")
    (asked,) = spy.answers
    assert asked.question == DAVUTOGLU  # the engine saw the question alone
    assert all(c.speaker == "Ahmet Davutoglu" for c in asked.citations)
    assert channel_payloads[0]["allowed_mentions"] == NO_PINGS


def test_without_mentions_keeps_only_the_words() -> None:
    assert without_mentions("@everyone <@&123> what did <@!42> Davutoglu <#9> say? @here") == (
        "what did Davutoglu say?"
    )
    assert without_mentions("mail me at someone@here.org") == "mail me at someone@here.org"
    assert without_mentions("<@1> @everyone") == ""


@pytest.mark.parametrize(
    ("content", "question"),
    [
        ("<@42> What did Davutoglu say?", DAVUTOGLU),
        ("So <@!42>,  what did\nDavutoglu say?", "So , what did Davutoglu say?"),
        ("<@&7> What did Davutoglu say?", DAVUTOGLU),
        ("<@43> What did Davutoglu say?", None),
        ("<@&8> what?", None),
    ],
)
def test_the_question_is_the_message_without_the_mention(
    content: str, question: str | None
) -> None:
    assert question_in(content, bot_id=42, role_id=7) == question


# -- /ask -------------------------------------------------------------------------------------


async def test_slash_ask_defers_then_answers_with_quotes_and_buttons(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    with caplog.at_level(logging.INFO, logger="bot"):
        deferred, answer_message = await slash(bot, "ask", question=DAVUTOGLU)

    assert deferred.response_type == 5 and not deferred.ephemeral  # "thinking…", public
    (embed,) = answer_message.embeds
    assert embed.title == DAVUTOGLU
    assert_verbatim(spy.answers[0], embed.description or "")
    assert answer_message.allowed_mentions == NO_PINGS
    assert [b["emoji"]["name"] for b in answer_message.buttons] == ["👍", "👎", "💬"]
    assert bot.stats.answered == 1
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("question ")]
    excerpts = len(spy.answers[0].citations)
    assert line.startswith("question via=slash chars=23 latency_ms=")
    assert line.endswith(f"refused=False excerpts={excerpts}")


async def test_refusal_is_a_polite_answer_not_an_error(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    _, refusal = await slash(bot, "ask", question="What is the capital of Peru?")
    (embed,) = refusal.embeds
    assert "The article doesn't mention “Peru”." in (embed.description or "")
    assert "sorry" not in (embed.description or "").lower()
    assert len(refusal.buttons) == 3  # votes and "Ask a follow-up"
    assert bot.stats.refused == 1


async def test_everyone_in_a_slash_question_cannot_ping(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    question = f"@everyone <@&{member().guild.id}> {DAVUTOGLU}"
    sent = await slash(bot, "ask", question=question)
    assert sent[-1].embeds[0].title == question  # echoed, in an embed, and never a ping
    assert all(s.allowed_mentions == NO_PINGS for s in sent if s.message)


async def test_an_overlong_question_gets_an_ephemeral_explanation(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, mention_mode=True), engine=spy)
    (notice,) = await slash(bot, "ask", question="why? " * 300)
    assert notice.response_type == 4 and notice.ephemeral
    assert "1,499 characters long and the limit is 1,000" in notice.content
    assert notice.allowed_mentions == NO_PINGS

    await dpytest.message(f"<@{bot.user.id}> {'why? ' * 300}")
    assert "the limit is 1,000" in dpytest.get_message().content
    assert spy.answers == []
    assert bot.cooldown.retry_after(member().id) == 0  # a rejected question costs no wait


async def test_the_slash_option_carries_the_length_limit(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    command = bot.tree.get_command("ask")
    assert isinstance(command, discord.app_commands.Command)
    (option,) = command.to_dict(bot.tree)["options"]
    assert (option["name"], option["min_length"], option["max_length"]) == ("question", 1, 1000)
    assert option["description"] and command.description


async def test_cooldown_is_per_user_with_an_ephemeral_notice(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine, clock: FakeClock
) -> None:
    settings = with_discord(bundled_index, tmp_path, cooldown_seconds=30.0)
    bot = await launch(settings, engine=spy)
    assert len(await slash(bot, "ask", question=DAVUTOGLU)) == 2

    clock.now += 12
    (notice,) = await slash(bot, "ask", question=DAVUTOGLU)
    assert notice.ephemeral and "wait 18 seconds" in notice.content
    assert len(await slash(bot, "ask", user=1, question=DAVUTOGLU)) == 2  # others may ask

    clock.now += 18
    assert len(await slash(bot, "ask", question=DAVUTOGLU)) == 2
    assert len(spy.answers) == 3


async def test_a_failing_question_is_logged_and_apologised_for(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, cooldown_seconds=0.0), engine=spy)
    spy.fail_with = RuntimeError("the store fell over")
    _, apology = await slash(bot, "ask", question=DAVUTOGLU)
    assert apology.content == APOLOGY and apology.allowed_mentions == NO_PINGS
    (failure,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert failure.exc_info and "the store fell over" in str(failure.exc_info[1])

    spy.fail_with = None
    _, answer = await slash(bot, "ask", question=DAVUTOGLU)  # the bot carries on
    assert answer.embeds and bot.stats.failed == 1 and bot.stats.answered == 1


async def test_without_an_index_the_bot_says_how_to_build_one(
    launch: Launch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await launch(with_discord(settings_for(tmp_path / "index"), tmp_path))
    _, reply = await slash(bot, "ask", question=DAVUTOGLU)
    assert reply.content == NO_INDEX
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_failing_command_is_logged_and_apologised_for(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    state = dpytest.backend.get_state()
    interaction = slash_interaction(state, member(), text_channel(), "stats")
    error = discord.app_commands.CommandInvokeError(
        bot.tree.get_command("stats"), ZeroDivisionError("a bug")
    )
    with recording() as http:
        await bot.tree.on_error(interaction, error)
    (apology,) = http.sent
    assert apology.ephemeral and apology.content == APOLOGY
    assert [r.exc_info for r in caplog.records if r.levelno == logging.ERROR] != []


# -- /help and /stats ---------------------------------------------------------------------------


async def test_help_and_stats(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    (help_reply,) = await slash(bot, "help")
    assert help_reply.ephemeral and "/ask question:" in (help_reply.embeds[0].description or "")
    assert "/ask" in (bot.description or "")

    await slash(bot, "ask", question=DAVUTOGLU)
    (stats,) = await slash(bot, "stats")
    text = stats.embeds[0].description or ""
    snapshot = spy.snapshot
    assert stats.ephemeral
    assert f"{len(snapshot.passages)} passages" in text and "1 article(s)" in text
    assert "1 answered" in text and "p50" in text and "p95" in text


# -- feedback -----------------------------------------------------------------------------------


async def test_votes_are_appended_as_jsonl_without_user_names(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path), engine=spy)
    _, answer = await slash(bot, "ask", question=DAVUTOGLU)
    up, down, _ = (button["custom_id"] for button in answer.buttons)
    assert answer.reply is not None
    state = dpytest.backend.get_state()

    with recording() as http:
        await click(state, member(0), text_channel(), answer.reply, up)
        await click(state, member(0), text_channel(), answer.reply, down)  # second vote: ignored
        await click(state, member(1), text_channel(), answer.reply, down)
    assert [s.ephemeral for s in http.sent] == [True, True, True]
    assert "already voted" in http.sent[1].content

    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["vote"] for r in records] == ["up", "down"]
    record = records[0]
    assert set(record) == {"time", "vote", "question", "refused", "cited"}
    assert record["question"] == DAVUTOGLU and record["refused"] is False
    citations = spy.answers[0].citations
    assert [c["para"] for c in record["cited"]] == [[c.start, c.end] for c in citations]
    assert "alice" not in lines[0] and str(member(0).id) not in lines[0]
    assert eval_item(record) == {
        "kind": "fact",
        "question": DAVUTOGLU,
        "evidence": [citations[0].quote],
    }
    assert eval_item(records[1]) is None


# -- /reindex -----------------------------------------------------------------------------------


class GatedBuilder:
    """A stand-in for ``build_index`` that waits until released (to observe a running rebuild)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, settings: Settings) -> IndexSummary:
        self.calls += 1
        self.started.set()
        self.release.wait(timeout=30)
        return IndexSummary(
            documents=1,
            passages=29,
            sentences=42,
            added=0,
            updated=1,
            removed=0,
            unchanged=0,
            seconds=0.5,
            generation="gen-test",
            location=str(settings.index.path),
        )


MANAGE_SERVER = discord.Permissions(manage_guild=True)


@pytest.mark.parametrize(
    ("permissions", "with_role", "allowed"),
    [
        (discord.Permissions.none(), False, False),
        (discord.Permissions(send_messages=True, manage_messages=True), False, False),
        (MANAGE_SERVER, False, True),
        (discord.Permissions(administrator=True), False, True),
        (discord.Permissions.none(), True, True),
    ],
)
async def test_reindex_is_for_server_managers_and_admin_roles(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    permissions: discord.Permissions,
    with_role: bool,
    allowed: bool,
) -> None:
    builder = GatedBuilder()
    builder.release.set()
    admin_role = 4242
    settings = with_discord(bundled_index, tmp_path, admin_role_ids=(admin_role,))
    bot = await launch(settings, engine=spy, builder=builder)
    if with_role:
        role = dpytest.backend.make_role("editors", member().guild, id_num=admin_role)
        await dpytest.add_role(member(), role)

    sent = await slash(bot, "reindex", permissions=permissions)
    if allowed:
        deferred, report = sent
        assert deferred.response_type == 5 and deferred.ephemeral
        assert "29 passages" in report.content and "0.5 s" in report.content
        assert builder.calls == 1
    else:
        (denied,) = sent
        assert denied.ephemeral and "Manage Server" in denied.content
        assert builder.calls == 0


async def test_reindex_runs_in_the_background_and_only_once_at_a_time(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    builder = GatedBuilder()
    settings = with_discord(bundled_index, tmp_path, cooldown_seconds=0.0)
    bot = await launch(settings, engine=spy, builder=builder)
    first = asyncio.create_task(slash(bot, "reindex", permissions=MANAGE_SERVER))
    await asyncio.to_thread(builder.started.wait, 10)

    (busy,) = await slash(bot, "reindex", user=1, permissions=MANAGE_SERVER)
    assert busy.ephemeral and "already running" in busy.content
    _, answer = await slash(bot, "ask", user=2, question=DAVUTOGLU)  # still answering
    assert answer.embeds and "Rebuilding" in (await bot.get_cog("QuestionsCog").stats_text())

    builder.release.set()
    _, report = await asyncio.wait_for(first, 10)
    assert "Rebuilt the index" in report.content
    assert builder.calls == 1 and not bot.engines.reindexing


async def test_reindex_builds_the_missing_index_and_answers_from_it(
    launch: Launch, tmp_path: Path
) -> None:
    settings = with_discord(settings_for(tmp_path / "index"), tmp_path, cooldown_seconds=0.0)
    bot = await launch(settings)
    _, before = await slash(bot, "ask", question=DAVUTOGLU)
    assert before.content == NO_INDEX

    _, report = await slash(bot, "reindex", permissions=MANAGE_SERVER)
    assert "Rebuilt the index:" in report.content and "passages" in report.content

    _, after = await slash(bot, "ask", question=DAVUTOGLU)
    assert "Davutoglu" in (after.embeds[0].description or "")


# -- startup ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dev_guild_id", [None, 987654321])
async def test_setup_hook_with_sync_adds_the_commands_and_syncs_them(
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    monkeypatch: pytest.MonkeyPatch,
    dev_guild_id: int | None,
) -> None:
    synced: list[tuple[int | None, list[dict[str, Any]]]] = []

    async def upsert(guild_id: int | None, payload: list[dict[str, Any]]) -> list[dict[str, Any]]:
        synced.append((guild_id, payload))
        return [
            {**command, "id": str(n), "application_id": str(APPLICATION_ID), "version": "1"}
            for n, command in enumerate(payload, start=1)
        ]

    async def upsert_guild(self: Any, app: int, guild: int, payload: Any) -> Any:
        return await upsert(guild, payload)

    async def upsert_global(self: Any, app: int, payload: Any) -> Any:
        return await upsert(None, payload)

    monkeypatch.setattr(discord.http.HTTPClient, "bulk_upsert_guild_commands", upsert_guild)
    monkeypatch.setattr(discord.http.HTTPClient, "bulk_upsert_global_commands", upsert_global)
    settings = with_discord(bundled_index, tmp_path, dev_guild_id=dev_guild_id)
    bot = create_bot(settings, engine=spy)
    bot.sync_on_start = True  # article-qa bot --sync
    await bot._async_setup_hook()
    dpytest.configure(bot)
    dpytest.backend.get_state().application_id = APPLICATION_ID
    await bot.setup_hook()

    ((guild_id, commands),) = synced
    assert guild_id == dev_guild_id
    assert {c["name"] for c in commands} == {"ask", "help", "stats", "reindex"}
    assert all(c["description"] for c in commands)
    await dpytest.empty_queue()


async def test_a_dev_guild_the_bot_is_not_in_is_a_config_error(
    bundled_index: Settings, tmp_path: Path, spy: SpyEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def refuse(self: Any, app: int, guild: int, payload: Any) -> Any:
        response = SimpleNamespace(status=403, reason="Forbidden")
        raise discord.Forbidden(response, {"code": 50001, "message": "Missing Access"})

    monkeypatch.setattr(discord.http.HTTPClient, "bulk_upsert_guild_commands", refuse)
    bot = create_bot(with_discord(bundled_index, tmp_path, dev_guild_id=55), engine=spy)
    bot.sync_on_start = True
    await bot._async_setup_hook()
    dpytest.configure(bot)
    dpytest.backend.get_state().application_id = APPLICATION_ID
    with pytest.raises(ConfigError, match=r"dev_guild_id = 55: cannot add the slash commands"):
        await bot.setup_hook()
    await dpytest.empty_queue()


# -- conversations --------------------------------------------------------------------------


def test_a_conversation_is_forgotten_after_fifteen_minutes_of_silence() -> None:
    now = [0.0]
    book = ConversationBook(clock=lambda: now[0])
    key = Key(user_id=1, channel_id=2)
    started = Conversation().then(Turn("Q?", "Q?", ("Ahmet Davutoglu",), None, (), (), ()))
    book.put(key, started)
    now[0] = 14 * 60
    assert book.get(key) is started
    book.put(key, started)  # a new turn: the quarter of an hour starts again
    now[0] = 28 * 60
    assert book.get(key) is started
    now[0] = 28 * 60 + 15 * 60 + 1
    assert book.get(key) == Conversation()
    assert book.get(Key(user_id=3, channel_id=2)) == Conversation()  # another person


async def test_a_slash_follow_up_goes_on_with_that_persons_conversation(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, cooldown_seconds=0), engine=spy)
    await slash(bot, "ask", question=DAVUTOGLU)
    _, follow_up = await slash(bot, "ask", question="What did he say about refugees?")
    (embed,) = follow_up.embeds
    assert embed.title == "What did he say about refugees?"
    assert (embed.description or "").startswith(
        "*Understood as: What did Ahmet Davutoglu say about refugees?*"
    )
    assert spy.answers[-1].citations[0].speaker == "Ahmet Davutoglu"
    # Someone else in the channel has no conversation yet: "he" is nobody in particular.
    _, other = await slash(bot, "ask", user=1, question="What did he say about refugees?")
    assert "Understood as" not in (other.embeds[0].description or "")


async def test_the_follow_up_button_opens_a_form_whose_question_continues(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, cooldown_seconds=0), engine=spy)
    _, answer = await slash(bot, "ask", question=DAVUTOGLU)
    follow = next(b for b in answer.buttons if b["label"] == "Ask a follow-up")
    assert answer.reply is not None
    state = dpytest.backend.get_state()
    with recording() as http:
        await click(state, member(0), text_channel(), answer.reply, follow["custom_id"])
    (opened,) = http.sent
    assert opened.response_type == 9  # a form (modal), no message-content intent needed
    with recording() as http:
        await submit_form(state, member(0), text_channel(), opened.message, ["And Stoltenberg?"])
    deferred, reply = http.sent
    assert deferred.response_type == 5
    assert spy.answers[-1].understood_as == "What did Stoltenberg say?"
    assert reply.embeds[0].title == "And Stoltenberg?"
    assert spy.answers[-1].citations[0].speaker == "Jens Stoltenberg"


async def test_a_question_back_offers_one_button_per_person(
    launch: Launch, bundled_index: Settings, tmp_path: Path, spy: SpyEngine
) -> None:
    bot = await launch(with_discord(bundled_index, tmp_path, cooldown_seconds=0), engine=spy)
    key = Key(member(0).id, text_channel().id)
    two = Conversation().then(
        Turn(
            "Who spoke?",
            "Who spoke?",
            (),
            None,
            ("Jens Stoltenberg", "Ahmet Davutoglu"),
            (),
            (),
        )
    )
    bot.asker.conversations.put(key, two)
    _, asked_back = await slash(bot, "ask", question="What did he say?")
    assert "Do you mean Jens Stoltenberg or Ahmet Davutoglu?" in (
        asked_back.embeds[0].description or ""
    )
    labels = [b["label"] for b in asked_back.buttons]
    assert labels[:2] == ["Jens Stoltenberg", "Ahmet Davutoglu"]
    assert asked_back.reply is not None
    state = dpytest.backend.get_state()
    with recording() as http:
        await click(
            state, member(0), text_channel(), asked_back.reply, asked_back.buttons[1]["custom_id"]
        )
    assert spy.answers[-1].understood_as == "What did Ahmet Davutoglu say?"
    assert http.sent[-1].embeds[0].title == "Ahmet Davutoglu"


async def test_replying_to_an_answer_continues_its_conversation(
    launch: Launch,
    bundled_index: Settings,
    tmp_path: Path,
    spy: SpyEngine,
    channel_payloads: list[dict[str, Any]],
) -> None:
    bot = await launch(
        with_discord(bundled_index, tmp_path, mention_mode=True, cooldown_seconds=0),
        engine=spy,
    )
    await dpytest.message(f"<@{bot.user.id}> {DAVUTOGLU}")
    answer = dpytest.get_message()
    assert bot.asker.conversations.key_of(answer.id) is not None
    # Another member replies to that answer: the conversation it belongs to goes on.
    await reply_to(answer, f"<@{bot.user.id}> what did he say about refugees?", member(1))
    assert spy.answers[-1].understood_as == "what did Ahmet Davutoglu say about refugees?"
    # The same words, not as a reply: that member's own (empty) conversation.
    await dpytest.message(f"<@{bot.user.id}> what did he say about refugees?", member=1)
    assert spy.answers[-1].understood_as == "what did he say about refugees?"


async def reply_to(message: discord.Message, content: str, author: discord.Member) -> None:
    """``author`` answers ``message`` with Discord's reply (a message reference)."""
    channel = message.channel
    assert isinstance(channel, discord.TextChannel)
    data = dpytest.backend.facts.make_message_dict(
        channel,
        author,
        -1,
        content=content,
        mentions=dpytest.backend.find_user_mentions(content, channel.guild),
        guild_id=channel.guild.id,
    )
    data["message_reference"] = {
        "message_id": str(message.id),
        "channel_id": str(channel.id),
        "guild_id": str(channel.guild.id),
    }
    dpytest.backend.get_state().parse_message_create(data)
    await dpytest.run_all_events()


@pytest.mark.parametrize("sync", [False, True])
async def test_slash_commands_are_registered_only_when_asked(
    bundled_index: Settings, tmp_path: Path, spy: SpyEngine, sync: bool
) -> None:
    bot = create_bot(with_discord(bundled_index, tmp_path), engine=spy)
    bot.sync_on_start = sync
    synced: list[bool] = []

    async def record_sync() -> list[discord.app_commands.AppCommand]:
        synced.append(True)
        return []

    bot.sync_commands = record_sync  # type: ignore[method-assign]
    await bot.setup_hook()
    assert synced == ([True] if sync else [])
    assert bot.tree.get_command("ask") is not None
    await bot.close()
