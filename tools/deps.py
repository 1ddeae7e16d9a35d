"""Checks on the locked dependencies that the Makefile runs.

``python tools/deps.py check`` (every ``make setup``): each dependency in pyproject.toml (the project's,
the dev extra's and the build backend's) has an upper bound, and requirements.lock pins a version of it
that fits. The lock is installed with ``--no-deps`` for the project, so without this a dependency added to
pyproject.toml but not locked would only show as an ImportError somewhere in the tests.

``python tools/deps.py audit requirements.lock [pip-audit options]`` (every ``make test``): pip-audit over
the lock. A known vulnerability in any locked package fails, dev tools included: they run with the
developer's and CI's access, and the fix is the same ``make lock``. Where the vulnerability database cannot
be reached (no network, or an index that does not serve it), the audit is skipped with one line saying why,
since that says nothing about the packages. Anything else pip-audit cannot do fails, so that a broken audit
never reads as a clean one.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
UPPER_BOUNDS = {"<", "<=", "==", "===", "~="}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)
# How pip-audit ends when it never reached its database: requests' connection errors (no route, no DNS, a
# proxy that refuses, TLS cut short, timeouts), or its own message for a connection that timed out.
UNREACHABLE = re.compile(
    r"requests\.exceptions\.(ConnectionError|ProxyError|SSLError|ConnectTimeout|ReadTimeout)"
    r"|your network may be blocking this service"
)


def declared(pyproject: Path = PYPROJECT) -> list[Requirement]:
    """Every requirement pyproject.toml makes: the project's, each optional extra's and the build's."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    lines = [*project.get("dependencies", []), *data["build-system"]["requires"]]
    for extra in project.get("optional-dependencies", {}).values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


def pinned(lock: Path = LOCK) -> dict[str, str]:
    """The lock's pins, by canonical name."""
    return {canonicalize_name(name): version for name, version in PIN.findall(lock.read_text(encoding="utf-8"))}


def unbounded(requirements: Iterable[Requirement]) -> list[str]:
    """The requirements that would take any future release, however incompatible."""
    return [str(req) for req in requirements if not {spec.operator for spec in req.specifier} & UPPER_BOUNDS]


def unlocked(requirements: Iterable[Requirement], pins: dict[str, str]) -> list[str]:
    """The requirements the lock does not meet: not pinned at all, or pinned outside their range."""
    return [
        str(req)
        for req in requirements
        if (version := pins.get(canonicalize_name(req.name))) is None
        or not req.specifier.contains(version, prereleases=True)
    ]


def check(pyproject: Path = PYPROJECT, lock: Path = LOCK) -> list[str]:
    """What is wrong between pyproject.toml and the lock, one line each (nothing when all is well)."""
    requirements = declared(pyproject)
    problems = [f"{line}: no upper bound in pyproject.toml" for line in unbounded(requirements)]
    problems += [f"{line}: not met by {lock.name}; run `make lock`" for line in unlocked(requirements, pinned(lock))]
    return problems


@dataclass(frozen=True)
class Verdict:
    """What an audit says: whether it fails the run, and its lines for the person running it."""

    fails: bool
    lines: list[str]


def judge(returncode: int, report: str | None, stderr: str) -> Verdict:
    """Read pip-audit's JSON report (None when it wrote none) and its exit code and standard error."""
    if report is None:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit code {returncode}"
        if UNREACHABLE.search(stderr):
            reason = last.split(":", 1)[0] if last.startswith("requests.") else last.removeprefix("pip-audit: error: ")
            return Verdict(False, [f"pip-audit skipped: its vulnerability database cannot be reached ({reason})"])
        return Verdict(True, [f"pip-audit failed before auditing anything: {last}"])
    dependencies = json.loads(report)["dependencies"]
    findings = [
        f"  {dep['name']} {dep['version']}: {vuln['id']} (fixed in {', '.join(vuln['fix_versions']) or 'none yet'})"
        for dep in dependencies
        for vuln in dep.get("vulns", [])
    ]
    skipped = [dep for dep in dependencies if "skip_reason" in dep]
    if findings:
        known = "a known vulnerability" if len(findings) == 1 else f"{len(findings)} known vulnerabilities"
        head = f"pip-audit: {known} in the locked packages (README.md, 'Dependencies', says what to do):"
        return Verdict(True, [head, *findings])
    if dependencies and len(skipped) == len(dependencies):
        reason = skipped[0]["skip_reason"]
        line = f"pip-audit skipped: its vulnerability database answered for none of the {len(skipped)} packages"
        return Verdict(False, [f"{line} (the first: {reason})"])
    if skipped:
        names = ", ".join(dep["name"] for dep in skipped)
        return Verdict(True, [f"pip-audit could not audit {len(skipped)} of {len(dependencies)} packages: {names}"])
    if returncode != 0:
        return Verdict(True, [f"pip-audit failed (exit code {returncode}): {stderr.strip()}"])
    return Verdict(False, [f"pip-audit: no known vulnerabilities in the {len(dependencies)} locked packages"])


def audit(lock: Path, options: list[str]) -> Verdict:
    """Run pip-audit over the lock's pinned, hashed requirements as they stand: the lock is already resolved,
    so pip-audit neither makes a venv nor asks pip to resolve it again (which needs the index and takes long)."""
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "audit.json"
        command = [sys.executable, "-m", "pip_audit", "--requirement", str(lock), "--require-hashes", "--disable-pip"]
        command += ["--progress-spinner", "off", "--format", "json", "--output", str(output), *options]
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        report = output.read_text(encoding="utf-8") if output.exists() else None
    return judge(run.returncode, report, run.stderr)


def main(argv: list[str]) -> int:
    """``check`` or ``audit LOCK [pip-audit options]``; exit status 1 when the run should fail."""
    match argv:
        case ["check"]:
            problems = check()
            for line in problems:
                print(line, file=sys.stderr)
            return 1 if problems else 0
        case ["audit", lock, *options]:
            verdict = audit(Path(lock), options)
            print("\n".join(verdict.lines), file=sys.stderr if verdict.fails else sys.stdout)
            return 1 if verdict.fails else 0
    print("usage: python tools/deps.py check | audit LOCK [pip-audit options]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
