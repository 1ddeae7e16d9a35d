"""data keys leave the database for the key store, so no backup of the database holds them; workers can
be removed; closed cases can be held from erasure, and remember which reminder of their erasure went out

Every data key still in the database's own ``data_key`` table is copied into the key store
(``KEY_DATABASE_URL``, committed there first), then the table is dropped: a copy of the database taken
from now on holds sealed values only, and a case whose key the key store destroys can never be read from it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 03:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  autogenerate writes sqlmodel.sql.sqltypes.AutoString
from alembic import op

from storage import seal

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    c = op.get_bind()
    rows = c.exec_driver_sql("SELECT id, owner, wrapped FROM data_key ORDER BY id").all()
    if rows:
        seal.sealer(c).keys.adopt([(int(i), str(o), str(w)) for i, o, w in rows])
    op.drop_table('data_key')
    # plain ADD COLUMN (no batch copy of the tables: other tables' rows point at them)
    op.add_column('worker', sa.Column('removed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('case', sa.Column('held', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('case', sa.Column('retention_told', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column('case', 'retention_told')
    op.drop_column('case', 'held')
    op.drop_column('worker', 'removed_at')
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
    for row in seal.sealer(c).keys.rows():  # the key store keeps its copies
        c.exec_driver_sql(f"INSERT INTO data_key (id, owner, wrapped) VALUES ({mark}, {mark}, {mark})", row)
