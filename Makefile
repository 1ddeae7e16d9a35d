# The two commands a newcomer needs: `make run` and `make test`. Each sets itself up first: a .venv with
# exactly the packages of requirements.lock, checked against its hashes (made anew when the lock changes),
# the project installed over them (redone when pyproject.toml changes), and the translations compiled.
VENV := .venv
PY := $(VENV)/bin/python
LOCKED := $(VENV)/.locked-$(shell cksum requirements.lock | cut -d' ' -f1)
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
PO := $(wildcard locales/*/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)
# pip-audit over requirements.lock (README.md, "Dependencies"). A finding accepted after reading it is passed
# over by adding `--ignore-vuln ID` here, with a comment saying why and until when.
AUDIT := $(PY) tools/deps.py audit requirements.lock

# A new venv each time, so that nothing the lock no longer names stays installed. pip, setuptools and the
# build's other tools come from the lock too, so the project is built without fetching anything unhashed.
# The stamp's name follows the lock's contents, not its date: a lock rewritten the same is not reinstalled.
$(LOCKED):
	python3 -m venv --clear $(VENV)
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	touch $(LOCKED)

# The project alone, then the check that the lock meets pyproject.toml (else: `make lock`).
$(STAMP): $(LOCKED) pyproject.toml
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	$(PY) tools/deps.py check
	touch $(STAMP)

%.mo: %.po | $(STAMP)
	$(VENV)/bin/pybabel compile -i $< -o $@

.PHONY: setup run test audit lock lint catalogs diagrams bench bench-web bench-scale soak
setup: $(STAMP) $(MO)

# Telegram when TELEGRAM_BOT_TOKEN is set (in the environment or .env), else the terminal chat.
run: setup
	$(VENV)/bin/companion run

# Lint, the audit, then every test (PostgreSQL tests skip, saying why, where no server answers).
test: setup
	$(VENV)/bin/ruff check .
	$(AUDIT)
	$(PY) -m pytest -q

# A known vulnerability in any locked package fails; where the database cannot be reached, one line says so.
audit: setup
	$(AUDIT)

# Re-resolve requirements.lock from pyproject.toml: runtime, dev and build dependencies, pinned with the
# hashes of every file of each release. Pins that still fit are kept; `make lock ARGS=--upgrade` takes the
# newest allowed of everything, `make lock ARGS="--upgrade-package NAME"` of one package. Markers are
# resolved for the running Python and platform, so it refuses to run on any but the lock's own.
lock: $(LOCKED)
	@$(PY) -c 'import platform, sys; sys.exit(None if sys.version_info[:2] == (3, 11) and sys.platform == "linux" and platform.machine() == "x86_64" else "make lock runs on Python 3.11 on Linux x86_64, the platform requirements.lock is for")'
	CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
		--strip-extras --extra dev --all-build-deps --no-emit-index-url --no-emit-find-links \
		--no-emit-trusted-host --output-file requirements.lock $(ARGS) pyproject.toml

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
