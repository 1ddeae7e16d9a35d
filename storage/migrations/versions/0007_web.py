"""web chat: web accounts and sessions; outbox rows say which channel carries them

A web person is a person row like any other, so answers, cases, alerts and the outbox work for them
unchanged; their address (person.telegram_id) is below -10**15, where no Telegram user id is.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 23:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=10), server_default='telegram', nullable=False)
        )
        batch_op.create_index('ix_outbox_message_channel_chat_id', ['channel', 'chat_id'], unique=False)
    op.create_table(
        'web_account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('pin_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('wrong_tries', sa.Integer(), server_default='0', nullable=False),
        sa.Column('locked_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('person_id'),
    )
    op.create_table(
        'web_session',
        sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('csrf', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('signed_in', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('last_seen', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['web_account.id']),
        sa.PrimaryKeyConstraint('token_hash'),
    )
    op.create_index('ix_web_session_account_id', 'web_session', ['account_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_web_session_account_id', table_name='web_session')
    op.drop_table('web_session')
    op.drop_table('web_account')
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_message_channel_chat_id')
        batch_op.drop_column('channel')
