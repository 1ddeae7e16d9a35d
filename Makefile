# The two commands a newcomer needs: `make run` and `make test`. Each sets itself up first: a .venv with
# the project installed (redone when pyproject.toml changes) and the translations compiled.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PO := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

%.mo: %.po | $(STAMP)
	$(VENV)/bin/pybabel compile -i $< -o $@

.PHONY: setup run test lint catalogs diagrams bench bench-web bench-scale soak
setup: $(STAMP) $(MO)

# Telegram when TELEGRAM_BOT_TOKEN is set (in the environment or .env), else the terminal chat.
run: setup
	$(VENV)/bin/companion run

# Lint, then every test (PostgreSQL tests skip, saying why, where no server answers).
test: setup
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# After changing any user-facing text: re-extract messages.pot and merge it into every catalog.
catalogs: setup
	$(PY) -m locales.catalogs update
	$(PY) -m locales.catalogs compile

# The Mermaid diagram of each dialogue, in docs/dialogues/ (tests fail when they are stale).
diagrams: setup
	$(PY) -m dialogues.diagrams docs/dialogues

# Throughput, latency and memory of the bot on the real journey against a bare echo bot (figures, never a timed test).
bench: setup
	$(PY) bench/throughput.py

# The web chat against a bare Starlette app under uvicorn, children filling a house (figures, never a timed test).
bench-web: setup
	$(PY) bench/web.py

# Two `companion serve` processes against one on one PostgreSQL database, the journey through the webhook.
bench-scale: setup
	$(PY) bench/scale.py

# The bot killed with SIGKILL and started again while people use it, in each mode: what was lost or
# doubled (figures, never a timed test). `make soak ARGS=--quick` for 5 kills a mode instead of 100.
soak: setup
	$(PY) bench/soak.py $(ARGS)
