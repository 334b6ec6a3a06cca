"""Drive the bot's slash commands and buttons offline (for the tests and the load bench).

discord.py sends every interaction response and follow-up through one seam, the
``AsyncWebhookAdapter`` held in ``discord.webhook.async_.async_context``. ``RecordingAdapter``
stands in for Discord's HTTP API there: it records each request's JSON body and answers the way
Discord does, so the real ``Interaction``, ``InteractionResponse`` and ``Webhook`` code runs.
``slash_interaction`` and ``button_interaction`` build the interactions Discord would send.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import discord
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

APPLICATION_ID = 100_000_000_000_000_001
EPHEMERAL = 64
_ids = itertools.count(200_000_000_000_000_000)


@dataclass(frozen=True)
class Sent:
    """One request the bot made to Discord's interaction API."""

    method: str
    path: str
    body: dict[str, Any]
    reply: dict[str, Any] | None = None
    """The message Discord returned for a follow-up (what a button click refers to)."""

    @property
    def message(self) -> dict[str, Any]:
        """The message part: ``data`` of an interaction response, or a follow-up's body."""
        if self.path.endswith("/callback"):
            data: dict[str, Any] = self.body.get("data") or {}
            return data
        return self.body

    @property
    def response_type(self) -> int | None:
        """4: message, 5: deferred ("thinking"); None for a follow-up."""
        kind = self.body.get("type") if self.path.endswith("/callback") else None
        return int(kind) if kind is not None else None

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.message.get("flags", 0)) & EPHEMERAL)

    @property
    def content(self) -> str:
        return str(self.message.get("content") or "")

    @property
    def embeds(self) -> list[discord.Embed]:
        return [discord.Embed.from_dict(e) for e in self.message.get("embeds", [])]

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.message.get("components", [])
        return [c for row in rows for c in row.get("components", []) if c.get("type") == 2]

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        value = self.message.get("allowed_mentions")
        return cast(dict[str, Any], value) if value is not None else None


class RecordingAdapter(AsyncWebhookAdapter):
    """Records interaction requests instead of sending them; answers like Discord."""

    def __init__(self, author: dict[str, Any] | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.sent: list[Sent] = []
        self.author = author or {"id": str(APPLICATION_ID), "username": "article-qa", "bot": True}

    async def request(
        self,
        route: Any,
        session: Any,
        *,
        payload: dict[str, Any] | None = None,
        multipart: list[dict[str, Any]] | None = None,
        proxy: str | None = None,
        proxy_auth: Any = None,
        files: Any = None,
        reason: str | None = None,
        auth_token: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Any:
        body = dict(payload or {})
        path = str(route.path)
        if path.endswith("/callback"):
            self.sent.append(Sent(str(route.method), path, body))
            return {"interaction": {"id": str(route.webhook_id), "type": 2}}
        reply = self._message(body, channel_id=str(next(_ids))) if route.method == "POST" else None
        self.sent.append(Sent(str(route.method), path, body, reply))
        return reply

    def _message(self, body: dict[str, Any], channel_id: str) -> dict[str, Any]:
        return {
            "id": str(next(_ids)),
            "channel_id": channel_id,
            "type": 0,
            "content": body.get("content") or "",
            "author": self.author,
            "embeds": body.get("embeds", []),
            "components": [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "flags": int(body.get("flags", 0)),
        }


@contextmanager
def recording() -> Iterator[RecordingAdapter]:
    """Route this context's interaction requests to a new ``RecordingAdapter``."""
    adapter = RecordingAdapter()
    token = async_context.set(adapter)
    try:
        yield adapter
    finally:
        async_context.reset(token)


def interaction_payload(
    member: discord.Member,
    channel: discord.abc.GuildChannel,
    kind: int,
    data: dict[str, Any],
    permissions: discord.Permissions | None = None,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload from ``member`` in ``channel``."""
    member_payload: dict[str, Any] = {
        "user": {
            "id": str(member.id),
            "username": member.name,
            "discriminator": member.discriminator,
            "avatar": None,
        },
        "roles": [str(role.id) for role in member.roles if not role.is_default()],
        "joined_at": datetime.now(UTC).isoformat(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": str((permissions or discord.Permissions.none()).value),
    }
    payload: dict[str, Any] = {
        "id": str(next(_ids)),
        "application_id": str(APPLICATION_ID),
        "type": kind,
        "token": f"interaction-token-{next(_ids)}",
        "version": 1,
        "guild_id": str(member.guild.id),
        "channel": {"id": str(channel.id), "type": channel.type.value},
        "channel_id": str(channel.id),
        "member": member_payload,
        "data": data,
        "locale": "en-US",
        "attachment_size_limit": 8 * 1024 * 1024,
        "app_permissions": str(discord.Permissions.all().value),
    }
    if message is not None:
        payload["message"] = message
    return payload


def slash_interaction(
    state: Any,
    member: discord.Member,
    channel: discord.abc.GuildChannel,
    command: str,
    options: dict[str, str] | None = None,
    permissions: discord.Permissions | None = None,
) -> discord.Interaction[Any]:
    """The interaction Discord sends when ``member`` runs ``/command`` in ``channel``."""
    data = {
        "id": str(next(_ids)),
        "name": command,
        "type": 1,
        "options": [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()],
    }
    payload = interaction_payload(member, channel, 2, data, permissions)
    return discord.Interaction(data=cast(Any, payload), state=state)


async def click(
    state: Any,
    member: discord.Member,
    channel: discord.abc.GuildChannel,
    message: dict[str, Any],
    custom_id: str,
) -> None:
    """``member`` clicks the button ``custom_id`` under ``message``, as the gateway reports it.

    Returns once the view's callback has run.
    """
    data = {"custom_id": custom_id, "component_type": 2}
    state.parse_interaction_create(interaction_payload(member, channel, 3, data, message=message))
    dispatched = [
        task
        for task in asyncio.all_tasks()
        if task.get_name().startswith("discord-ui-view-dispatch-") and not task.done()
    ]
    await asyncio.gather(*dispatched)


async def submit_form(
    state: Any,
    member: discord.Member,
    channel: discord.abc.GuildChannel,
    form: dict[str, Any],
    values: list[str],
) -> None:
    """``member`` fills in and submits the form (modal) the bot opened; ``form`` is the
    ``data`` of the bot's "open a form" response, ``values`` one per text field.

    Returns once the form's ``on_submit`` has run.
    """
    fields = [c for row in form["components"] for c in row["components"]]
    data = {
        "custom_id": form["custom_id"],
        "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": f["custom_id"], "value": v}]}
            for f, v in zip(fields, values, strict=True)
        ],
    }
    state.parse_interaction_create(interaction_payload(member, channel, 5, data))
    dispatched = [
        task
        for task in asyncio.all_tasks()
        if task.get_name().startswith("discord-ui-modal-dispatch-") and not task.done()
    ]
    await asyncio.gather(*dispatched)
