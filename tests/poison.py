"""A step that fails for real, for the end-to-end tests of failing updates: a trigger in the database
refuses any answer whose words hold a given word, as a broken constraint or a full disk would refuse it.
The bot's step raises inside its transaction, as it would in production; everything else works."""

from __future__ import annotations

from sqlalchemy import Engine, text


def poison_answers(engine: Engine, word: str) -> None:
    """From now on, keeping an answer whose words hold ``word`` (letters only) fails."""
    assert word.isalpha()
    with engine.begin() as c:
        if engine.dialect.name == "sqlite":
            c.execute(
                text(
                    "CREATE TRIGGER poison BEFORE INSERT ON answer"
                    f" WHEN NEW.value LIKE '%{word}%' BEGIN SELECT RAISE(ABORT, 'poisoned'); END"
                )
            )
        else:
            c.execute(
                text(
                    "CREATE FUNCTION poison() RETURNS trigger AS $$ BEGIN"
                    f" IF NEW.value LIKE '%{word}%' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW;"
                    " END $$ LANGUAGE plpgsql"
                )
            )
            c.execute(text("CREATE TRIGGER poison BEFORE INSERT ON answer FOR EACH ROW EXECUTE FUNCTION poison()"))
