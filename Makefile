# One task runner for people and CI (.ci/run calls `make test`).
VENV    ?= .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run test lint typecheck pytest eval bench index clean

setup: $(STAMP)  ## create .venv with the project and its dev tools (idempotent)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# torch first, from the CPU wheel (a plain `torch` requirement would pull a CUDA build)
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev]'
	# export the embedding model to ONNX once (the query path then never imports torch)
	$(VENV)/bin/article-qa model
	touch $(STAMP)

run: setup  ## index the bundled article if needed, then open the REPL (or the bot with DISCORD_TOKEN)
	@$(VENV)/bin/article-qa index --if-missing
	@if [ -n "$$DISCORD_TOKEN" ]; then $(VENV)/bin/article-qa bot; else $(VENV)/bin/article-qa repl; fi

test: setup lint typecheck pytest  ## ruff, mypy and pytest

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

pytest: setup
	$(VENV)/bin/pytest -q

eval: setup  ## answer quality on the development question sets
	$(VENV)/bin/article-qa eval --dev

bench: setup  ## speed figures: indexing and query latency, the bot under load
	$(PY) bench/peer.py     # beside the peer recipe (../shared/peer), same run, same machine
	$(PY) bench/latency.py
	$(PY) bench/bot_load.py
	$(PY) bench/scale.py --sizes 10,100  # docs/scaling.md: the full run and what it predicts

clean:
	rm -rf .article-qa .pytest_cache .mypy_cache .ruff_cache
