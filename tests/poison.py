"""A step that fails for real, for the end-to-end tests of failing updates: a trigger in the database
refuses any answer kept by a given update, as a broken constraint or a full disk would refuse it. (What
people typed is sealed, so the database cannot tell their words apart: the step is named by its update.)
The bot's step raises inside its transaction, as it would in production; everything else works."""

from __future__ import annotations

from sqlalchemy import Engine, text


def poison_answers(engine: Engine, update_id: int) -> None:
    """From now on, keeping an answer for update ``update_id`` fails."""
    assert isinstance(update_id, int)
    with engine.begin() as c:
        if engine.dialect.name == "sqlite":
            c.execute(
                text(
                    "CREATE TRIGGER poison BEFORE INSERT ON answer"
                    f" WHEN NEW.update_id = {update_id} BEGIN SELECT RAISE(ABORT, 'poisoned'); END"
                )
            )
        else:
            c.execute(
                text(
                    "CREATE FUNCTION poison() RETURNS trigger AS $$ BEGIN"
                    f" IF NEW.update_id = {update_id} THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW;"
                    " END $$ LANGUAGE plpgsql"
                )
            )
            c.execute(text("CREATE TRIGGER poison BEFORE INSERT ON answer FOR EACH ROW EXECUTE FUNCTION poison()"))
