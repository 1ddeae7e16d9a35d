"""words and pictures: a parent whom the worker allows to draft the case's story (membership.story_drafter,
false for every existing row). A page's picture needs no column: the sealed pages name the case's stored
file.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 11:45:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('membership') as batch:
        batch.add_column(sa.Column('story_drafter', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('membership') as batch:
        batch.drop_column('story_drafter')
