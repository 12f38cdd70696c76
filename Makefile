# nkreports: `make all` runs the main job, `make test` runs every test. `make help` lists targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
REPORTS ?= seeds
JOBS ?= 2

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

$(STAMP): requirements.lock pyproject.toml
	@echo "== creating $(VENV) from requirements.lock"
	python3.11 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@# pip compiles what it installs, but not an editable package: compile it once, or every
	@# process compiles it again where PYTHONDONTWRITEBYTECODE is set
	$(PY) -m compileall -q src
	touch $(STAMP)

## env: create the virtual environment from the hash lock (only if missing or stale)
env: $(STAMP)

## data: extract every table from $(REPORTS)/ into data/
data: $(STAMP)
	$(VENV)/bin/nkreports extract $(REPORTS) --out data --jobs $(JOBS)

## notebooks: execute every notebook in place, write figures/ and the rendered pages
notebooks: data
	$(VENV)/bin/nkreports notebooks

## all: the main job: environment, data/, executed notebooks, figures/, rendered pages
all: notebooks

## lab: start JupyterLab on notebooks/ (adds --allow-root only when run as root)
lab: $(STAMP)
	cd notebooks && ../$(VENV)/bin/jupyter lab $$([ "$$(id -u)" = 0 ] && echo --allow-root)

## chromium: install Debian's headless Chromium for the browser test (needs root; skipped if present)
chromium:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium not installed: the browser test will be skipped"

## test: every test: unit, provenance, notebooks (nbval), papermill runs, browser
test: $(STAMP) chromium
	$(PY) -m pytest tests notebooks --nbval --nbval-sanitize-with notebooks/sanitize.cfg

## lint: ruff on the package and the tests
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests

## evaluate: score the extracted tables against the hand-made gold annotations
evaluate: data
	$(VENV)/bin/nkreports evaluate

## bench: throughput, memory, parallel speed-up and cache re-run on a synthetic corpus
bench: $(STAMP)
	$(PY) -m nkreports.tools.bench

## gazetteer: regenerate the shipped gazetteer from installed data packages
gazetteer: $(STAMP)
	$(PY) -m nkreports.tools.build_gazetteer

## basemap: regenerate the shipped Northeast Asia base map from Natural Earth shapes
basemap: $(STAMP)
	$(PY) -m nkreports.tools.build_basemap

## train: rebuild the shipped policy model from its corpus, fixed seed (minutes; metrics beside it)
train: $(STAMP)
	$(PY) -m nkreports.tools.policy_model.train_candidates

## corpus-sets: rebuild the policy corpus's part 15 from the spent blind sets' gold (then `make train`)
corpus-sets: $(STAMP)
	$(PY) -m nkreports.tools.policy_model.from_sets

## train-compare: retrain the first, sentence-level architectures for comparison (not shipped)
train-compare: $(STAMP)
	$(PY) -m nkreports.tools.policy_model.train

## lock: re-resolve requirements.lock from pyproject.toml (needs uv)
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock


.PHONY: help env data notebooks all lab chromium test lint evaluate bench gazetteer basemap train train-compare corpus-sets lock
