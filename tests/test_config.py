"""Configuration: lookup order, relative paths, and errors that name the key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from article_qa.config import load_settings
from article_qa.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_equal_the_example_file(isolated: Path) -> None:
    defaults = load_settings(environ={})
    example = load_settings(REPO / "config.example.toml", environ={})
    # The example's relative paths resolve against the repository, the defaults against the cwd.
    assert defaults.corpus.paths == (isolated / "data" / "articles",)
    assert example.corpus.paths == (REPO / "data" / "articles",)
    assert defaults.embedding.cache == isolated / ".article-qa" / "models"
    assert example.embedding.cache == REPO / ".article-qa" / "models"
    assert defaults.embedding.model_dump(exclude={"cache"}) == example.embedding.model_dump(
        exclude={"cache"}
    )
    for section in ("chroma", "retrieval"):
        assert getattr(defaults, section) == getattr(example, section)
    assert defaults.discord.model_dump(exclude={"feedback_path"}) == example.discord.model_dump(
        exclude={"feedback_path"}
    )


def test_lookup_order(isolated: Path) -> None:
    explicit = write(isolated / "a.toml", "[retrieval]\ntop_k = 3\n")
    from_env = write(isolated / "b.toml", "[retrieval]\ntop_k = 4\n")
    write(isolated / "config.toml", "[retrieval]\ntop_k = 7\n")
    env = {"ARTICLE_QA_CONFIG": str(from_env)}
    assert load_settings(explicit, environ=env).retrieval.top_k == 3
    assert load_settings(None, environ=env).retrieval.top_k == 4
    assert load_settings(None, environ={}).retrieval.top_k == 7


def test_relative_paths_follow_the_config_file(tmp_path: Path) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    config = write(folder / "c.toml", '[corpus]\npaths = ["news"]\n[index]\npath = "idx"\n')
    settings = load_settings(config, environ={})
    assert settings.corpus.paths == (folder / "news",)
    assert settings.index.path == folder / "idx"


def test_index_path_environment_override(isolated: Path) -> None:
    settings = load_settings(environ={"ARTICLE_QA_INDEX": str(isolated / "elsewhere")})
    assert settings.index.path == isolated / "elsewhere"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("[chroma]\nmode = 'cloud'\n", "[chroma].mode"),
        ("[chroma]\nport = '8000'\n", "[chroma].port"),
        ("[retrieval]\ntop_k = 0\n", "[retrieval].top_k"),
        ("[index]\nsize = 3\n", "[index].size"),
        ("[nonsense]\nx = 1\n", "nonsense"),
        ("[corpus]\npaths = 'data'\n", "[corpus].paths"),
        ("[discord]\nmention_mode = 'yes'\n", "[discord].mention_mode"),
    ],
)
def test_bad_values_name_the_key(isolated: Path, body: str, named: str) -> None:
    config = write(isolated / "bad.toml", body)
    with pytest.raises(ConfigError) as error:
        load_settings(config, environ={})
    assert named in str(error.value)
    assert error.value.exit_code == 2


def test_invalid_toml_and_missing_file(isolated: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(write(isolated / "x.toml", "[corpus\n"), environ={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(isolated / "missing.toml", environ={})


def test_a_config_path_that_is_not_a_regular_file_is_refused_at_once(isolated: Path) -> None:
    fifo = isolated / "config.toml"
    os.mkfifo(fifo)  # reading it would block until someone writes
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(fifo, environ={})
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(isolated, environ={})  # a folder
