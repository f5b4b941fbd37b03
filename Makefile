# Two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test run bench lint typecheck content content-status unit fuzz clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m bot demo

run: $(STAMP)
	$(PY) -m bot run

test: $(STAMP) lint typecheck content unit

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict bot handlers storage

# The rights information and translations volunteers edit: every file, every Telegram limit.
content: $(STAMP)
	$(PY) -m bot content check

# Per language: what is missing, stale or machine-drafted.
content-status: $(STAMP)
	$(PY) -m bot content status

unit: $(STAMP)
	$(PY) -m pytest

# The long run of the update fuzzer (`make test` runs 10,000); FUZZ_SEED=<n> for another seed.
fuzz: $(STAMP)
	FUZZ_UPDATES=$${FUZZ_UPDATES:-100000} $(PY) -m pytest tests/fuzz -q -s

bench: $(STAMP)
	@$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
