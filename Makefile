# Each target bootstraps its own virtual environment from the lock file (Python 3.11+ and pip only).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test eval bench clean-venv

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## Run the nightly job on the bundled seeds into output/
run: $(STAMP)
	$(BIN)/translate-summarize run

## Run the whole test suite (includes the fast evaluation gates)
test: $(STAMP)
	$(BIN)/python -m pytest

## Evaluation gates on their own
eval: $(STAMP)
	$(BIN)/python bench/eval_extraction.py
	$(BIN)/python bench/eval_summaries.py
	$(BIN)/python bench/eval_topics.py

clean-venv:
	rm -rf $(VENV)
