"""Shared fixtures: isolation for every test, the network switched off, real indexes built once.

* Every test runs in its own temporary working directory with a clean ``ARTICLE_QA_*``
  environment, so nothing reads the developer's config or index.
* Any attempt to open a connection to a non-loopback address fails the test: this is how the
  suite proves that nothing (model weights, telemetry) is fetched from the network.
* ``bundled_index`` builds the bundled article's index once per session with the real model
  and a real embedded Chroma; tests that only read it share it.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from article_qa.config import MODEL_CACHE_ENV, Settings
from tests.chroma_server import ChromaServer
from tests.helpers import MODEL_CACHE, settings_for

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"


class NetworkBlocked(RuntimeError):
    pass


def _is_loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkBlocked(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkBlocked(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh working directory and an environment without article-qa or Discord settings."""
    for name in list(os.environ):
        if name.startswith("ARTICLE_QA_") or name == "DISCORD_TOKEN":
            monkeypatch.delenv(name)
    monkeypatch.setenv(MODEL_CACHE_ENV, str(MODEL_CACHE))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at an index of the bundled article, built once per session."""
    from index import build_index

    settings = settings_for(tmp_path_factory.mktemp("bundled") / "index")
    build_index(settings, progress=False)
    return settings


@pytest.fixture(scope="session")
def engine(bundled_index: Settings) -> Any:
    """A retrieval engine over the bundled article's index (shared: treat as read-only)."""
    from retrieval import Engine

    return Engine(bundled_index)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real ``chroma run`` on a free loopback port, stopped at the end of the session."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    server.start()
    yield "127.0.0.1", server.port
    server.close()
