"""The lock meets pyproject.toml, every dependency is bounded, and the audit fails on a finding but only
skips, in one line, where it cannot reach its vulnerability database (tools/deps.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("tools_deps", ROOT / "tools" / "deps.py")
assert _spec is not None and _spec.loader is not None
deps = sys.modules["tools_deps"] = importlib.util.module_from_spec(_spec)  # tools/ is no package
_spec.loader.exec_module(deps)

SNIFFIO_LOCK = """\
sniffio==1.3.1 \\
    --hash=sha256:2f6da418d1f1e0fddd844478f41680e794e6051915791a034ff65e5f100525a2 \\
    --hash=sha256:f4324edc670a0f49750a81b895f35c3adb843cca46f0530f79fc1babb23789dc
"""


def test_the_lock_meets_pyproject_and_every_dependency_is_bounded():
    assert deps.check() == [], "run `make lock`"


def test_the_lock_pins_runtime_dev_and_build_dependencies_with_hashes():
    pins = deps.pinned()
    for name in ("python-telegram-bot", "cryptography", "pytest", "pip-audit", "setuptools", "pip"):
        assert name in pins
    # a pin may carry an environment marker (uvloop is not for Windows): `name==1.0 ; sys_platform != "win32" \`
    pin = r"^\S+==\S+(?: ; [^\\\n]+)? \\\n    --hash=sha256:[0-9a-f]{64}"
    hashed = re.findall(pin, deps.LOCK.read_text(encoding="utf-8"), re.M)
    assert len(hashed) == len(pins)


def test_a_dependency_with_no_upper_bound_is_caught():
    requirements = [Requirement("cryptography>=43"), Requirement("ruff==0.17.6"), Requirement("sniffio>=1.3,<2")]
    assert deps.unbounded(requirements) == ["cryptography>=43"]


def test_a_dependency_missing_from_the_lock_or_outside_its_range_is_caught(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[build-system]\nrequires = ["setuptools>=77,<85"]\n'
        '[project]\nname = "x"\ndependencies = ["sniffio>=1.3,<2", "SQLAlchemy>=2.0.30,<2.2"]\n'
        '[project.optional-dependencies]\ndev = ["pytest>=8,<9"]\n'
    )
    lock = tmp_path / "requirements.lock"
    lock.write_text(
        SNIFFIO_LOCK + "pytest==9.2.0 \\\n    --hash=sha256:00\nsetuptools==84.2.1 \\\n    --hash=sha256:0\n"
    )
    problems = deps.check(pyproject, lock)
    assert problems == [
        "SQLAlchemy<2.2,>=2.0.30: not met by requirements.lock; run `make lock`",
        "pytest<9,>=8: not met by requirements.lock; run `make lock`",
    ]


def _report(*dependencies: dict) -> str:
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


def test_a_known_vulnerability_fails_the_run_and_names_package_id_and_fix():
    verdict = deps.judge(
        1,
        _report(
            {"name": "sniffio", "version": "1.3.1", "vulns": []},
            {"name": "pytest", "version": "9.2.0", "vulns": [{"id": "PYSEC-1", "fix_versions": ["9.2.1"]}]},
        ),
        "Found 1 known vulnerability in 1 package",
    )
    assert verdict.fails
    assert verdict.lines[1:] == ["  pytest 9.2.0: PYSEC-1 (fixed in 9.2.1)"]


def test_a_clean_audit_passes_in_one_line():
    verdict = deps.judge(0, _report({"name": "sniffio", "version": "1.3.1", "vulns": []}), "")
    assert verdict == deps.Verdict(False, ["pip-audit: no known vulnerabilities in the 1 locked packages"])


def test_a_database_that_answers_for_no_package_skips_in_one_line():
    """An index without the vulnerability feed answers 'not found' for everything: that audits nothing."""
    reason = "Dependency not found on PyPI and could not be audited: sniffio (1.3.1)"
    verdict = deps.judge(0, _report({"name": "sniffio", "skip_reason": reason}), "")
    assert not verdict.fails
    assert len(verdict.lines) == 1 and verdict.lines[0].startswith("pip-audit skipped:")


def test_some_packages_left_unaudited_fails():
    reason = "Dependency not found on PyPI and could not be audited: gone (1.0)"
    report = _report({"name": "sniffio", "version": "1.3.1", "vulns": []}, {"name": "gone", "skip_reason": reason})
    assert deps.judge(0, report, "").fails


def test_an_error_that_is_not_the_network_fails():
    verdict = deps.judge(1, None, "Traceback ...\npip_audit._service.interface.ServiceError: malformed")
    assert verdict.fails


def test_no_network_skips_in_one_line_with_the_reason(tmp_path):
    """The real pip-audit over a real lock, its requests sent to a proxy that refuses them."""
    lock = tmp_path / "requirements.lock"
    lock.write_text(SNIFFIO_LOCK)
    with socket.socket() as closed:  # bound and never listening: every connection to it is refused
        closed.bind(("127.0.0.1", 0))
        proxy = f"http://127.0.0.1:{closed.getsockname()[1]}"
        env = {**os.environ, "HTTPS_PROXY": proxy, "https_proxy": proxy, "NO_PROXY": "", "no_proxy": ""}
        run = subprocess.run(
            [sys.executable, "tools/deps.py", "audit", str(lock), "--cache-dir", str(tmp_path / "cache")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "pip-audit skipped: its vulnerability database cannot be reached (requests.exceptions.ProxyError)"
    ]
