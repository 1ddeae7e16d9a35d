"""managers: workers who may see the service's practice report (companion worker add --manager); practice
marks: a practice-guide check or a prompt dismissed, with its aim or rule and its time, and no words

The checks and dismissals kept so far are answers whose aim or rule is sealed: each gets a mark with its
time and no aim or rule (the report counts it, under "aim not recorded"), so that none is lost.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('worker', sa.Column('manager', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table('practice_mark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('what', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_practice_mark_case_id'), 'practice_mark', ['case_id'], unique=False)
    op.create_index(op.f('ix_practice_mark_at'), 'practice_mark', ['at'], unique=False)
    op.execute(
        "INSERT INTO practice_mark (case_id, kind, what, at)"
        " SELECT case_id, CASE topic WHEN 'guide.aim_check' THEN 'aim_check' ELSE 'prompt_dismissed' END,"
        " NULL, created_at FROM answer"
        " WHERE topic IN ('guide.aim_check', 'guide.prompt_dismissed') AND case_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_practice_mark_at'), table_name='practice_mark')
    op.drop_index(op.f('ix_practice_mark_case_id'), table_name='practice_mark')
    op.drop_table('practice_mark')
    op.drop_column('worker', 'manager')
