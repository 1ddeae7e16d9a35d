"""words and pictures: each saved version of a case's story for a young person, its pages sealed, and
when a version was approved. A new table: no existing row changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 09:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('story',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Text(), nullable=False),
    sa.Column('written_by', sa.Integer(), nullable=False),
    sa.Column('written_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('approved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
    sa.ForeignKeyConstraint(['written_by'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_story_case_id'), 'story', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_story_case_id'), table_name='story')
    op.drop_table('story')
