"""the safety network: a member's name, relationship and part of the safety plan (sealed), and their invitation's

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 09:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every existing row gets '' (nothing written): only network members, new with this revision, have words here.
COLUMNS = {'invitation': ('name', 'relationship'), 'membership': ('name', 'relationship', 'part')}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(sa.Column(column, sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
