"""sealed at rest: data keys, and every stored value that holds what a person typed sealed with them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 23:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  autogenerate writes sqlmodel.sql.sqltypes.AutoString
from alembic import op

from storage import seal

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, its row key, the columns sealed, and whose data key seals them (from the row's own columns)
SEALED = [
    ('conversation', 'person_id', ('state',), "'person:' || person_id"),
    ('answer', 'id', ('value', 'data'),
     "CASE WHEN case_id IS NULL THEN 'person:' || person_id ELSE 'case:' || case_id END"),
    ('inbox_update', 'update_id', ('payload',), "'transit'"),
    ('outbox_message', 'id', ('payload',), "'transit'"),
    ('safety_plan', 'case_id', ('goal', 'ten_means', 'zero_means'), "'case:' || case_id"),
]


def upgrade() -> None:
    op.create_table('data_key',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('wrapped', sa.Text(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.text('CURRENT_TIMESTAMP'),
              nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('owner')
    )
    c = op.get_bind()
    mark = '?' if c.dialect.name == 'sqlite' else '%s'
    for table, key, columns, owner in SEALED:
        rows = c.exec_driver_sql(f"SELECT {key}, {owner}, {', '.join(columns)} FROM {table}").all()
        for row_key, row_owner, *values in rows:
            sealed = [seal.seal(c, row_owner, table, column, row_key, value) for column, value in zip(columns, values)]
            assignments = ', '.join(f'{column} = {mark}' for column in columns)
            c.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE {key} = {mark}", (*sealed, row_key))


def downgrade() -> None:
    c = op.get_bind()
    mark = '?' if c.dialect.name == 'sqlite' else '%s'
    for table, key, columns, _owner in SEALED:
        rows = c.exec_driver_sql(f"SELECT {key}, {', '.join(columns)} FROM {table}").all()
        for row_key, *values in rows:
            opened = [seal.unseal(c, table, column, row_key, value) for column, value in zip(columns, values)]
            assignments = ', '.join(f'{column} = {mark}' for column in columns)
            c.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE {key} = {mark}", (*opened, row_key))
    op.drop_table('data_key')
