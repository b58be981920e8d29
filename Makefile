# Two commands do all the set-up on a fresh machine:
#   make demo   install into .venv, then code the bundled example stories and print a summary
#   make test   install into .venv (with test tools), then lint and run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: demo test install lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/communique demo --db communique-demo.duckdb

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

test: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/pytest

clean:
	rm -rf $(VENV) communique-demo.duckdb .pytest_cache test-artifacts
