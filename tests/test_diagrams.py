"""The committed diagrams in docs/dialogues/ are the ones the code draws now."""

from pathlib import Path

from dialogues.diagrams import documents

DOCS = Path(__file__).resolve().parent.parent / "docs" / "dialogues"


def test_every_dialogue_has_a_committed_diagram_that_matches_the_code():
    drawn = documents()
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(name for name in drawn if committed.get(name) != drawn[name])
    extra = sorted(set(committed) - set(drawn))
    assert (stale, extra) == ([], []), "run `make diagrams`"


def test_a_diagram_shows_the_dialogue_s_transitions():
    drawn = documents()["menu.md"]
    assert "```mermaid" in drawn and "stateDiagram-v2" in drawn
    assert "help" in drawn and "privacy" in drawn
