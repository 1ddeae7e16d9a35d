"""Settings from the environment or a `.env` file, checked once at start-up."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from dialogues.languages import LANGUAGES
from storage.db import DEFAULT_URL
from storage.seal import DEFAULT_KEY_FILE, default_key_store_url

LOOPBACK = {"localhost", "127.0.0.1", "::1"}
TLS_MODES = {"require", "verify-ca", "verify-full"}

TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # Telegram allows 1-256 of these; we ask for 16 or more


class SettingsError(Exception):
    """A setting is missing or malformed: the message is one line for the person starting the bot."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(default=None, description="from @BotFather; unset = terminal chat")
    telegram_api_url: str = Field(default="https://api.telegram.org/bot", description="Bot API base URL")
    telegram_file_url: str = Field(default="https://api.telegram.org/file/bot", description="Bot API file URL")
    database_url: str = Field(default=DEFAULT_URL, description="SQLAlchemy URL: sqlite:///... or postgresql+psycopg://")
    default_locale: str = Field(default="en", description="language for people whose Telegram language we lack")
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR")
    invitation_days: int = Field(default=7, ge=1, le=90, description="how long an invitation works, in days")
    notice_delay_minutes: int = Field(
        default=3, ge=0, le=60, description="answers within this many minutes make one notice to the worker"
    )
    alert_escalate_minutes: int = Field(
        default=10, ge=0, le=1440, description="an alert nobody is on by then goes to every worker and the duty workers"
    )

    retention_days: int = Field(
        default=90, ge=0, le=3650, description="a closed case is erased this many days after it closed; 0: never"
    )
    audit_days: int = Field(default=730, ge=1, le=36500, description="audit entries are kept this many days")

    data_keys: SecretStr | None = Field(
        default=None, description="master keys, base64 of 32 bytes each, comma-separated, newest first"
    )
    data_key_file: str = Field(default=str(DEFAULT_KEY_FILE), description="the master key's file if DATA_KEYS is unset")
    database_tls: str = Field(default="on", description="off lets PostgreSQL on another host go without TLS")
    key_database_url: str | None = Field(
        default=None, description="the key store (data keys), apart from DATABASE_URL; default beside DATA_KEY_FILE"
    )

    @field_validator("key_database_url")
    @classmethod
    def _key_database(cls, value: str | None) -> str | None:
        if not value:
            return None
        try:
            backend = make_url(value).get_backend_name()
        except ArgumentError:
            raise ValueError("is not a database URL") from None
        if backend not in ("sqlite", "postgresql"):
            raise ValueError("must be sqlite:///path or postgresql+psycopg://...")
        return value

    @model_validator(mode="after")
    def _keys_apart(self) -> Settings:
        if self.key_database_url and make_url(self.key_database_url) == make_url(self.database_url):
            raise ValueError(
                "KEY_DATABASE_URL names the same database as DATABASE_URL: the data keys must be kept apart from"
                " the database's backups"
            )
        return self

    @property
    def key_store_url(self) -> str:
        """The key store: ``KEY_DATABASE_URL``, else an SQLite file beside the master key's file."""
        return self.key_database_url or default_key_store_url(Path(self.data_key_file))

    @field_validator("database_tls")
    @classmethod
    def _tls(cls, value: str) -> str:
        if value.lower() not in ("on", "off"):
            raise ValueError("must be on or off")
        return value.lower()

    @model_validator(mode="after")
    def _tls_to_another_host(self) -> Settings:
        if self.database_tls == "off":
            return self
        for name, value in (("DATABASE_URL", self.database_url), ("KEY_DATABASE_URL", self.key_database_url)):
            if not value:
                continue
            url = make_url(value)
            if url.get_backend_name() != "postgresql":
                continue
            host = url.host or url.query.get("host")
            if isinstance(host, tuple):
                host = host[0]
            remote = bool(host) and not str(host).startswith("/") and host not in LOOPBACK
            if remote and url.query.get("sslmode") not in TLS_MODES:
                raise ValueError(
                    f"{name} names PostgreSQL on another host without sslmode=require (or verify-ca,"
                    " verify-full): add it, or set DATABASE_TLS=off"
                )
        return self

    public_url: str | None = Field(
        default=None, description="the address families reach the web chat at, e.g. https://companion.council.example"
    )
    web_listen: str = Field(default="127.0.0.1:8080", description="host:port the web chat listens on")
    web_exit_url: str = Field(
        default="https://www.bbc.co.uk/weather", description="the neutral page 'Leave quickly' opens"
    )

    telegram_webhook: str = Field(
        default="off", description="on: Telegram posts updates to PUBLIC_URL (companion serve)"
    )
    webhook_secret: SecretStr | None = Field(
        default=None, description="the secret Telegram sends with each update (1-256 of A-Z a-z 0-9 _ -)"
    )
    webhook_path: str | None = Field(default=None, description="the webhook's path below /telegram/; else derived")
    webhook_max_connections: int = Field(
        default=40, ge=1, le=100, description="updates Telegram may post at once (1-100)"
    )
    telegram_messages_per_second: float = Field(
        default=30.0,
        ge=0,
        description="messages a second the bot sends, all its processes together (Telegram's limit; 0 = no limit)",
    )

    @field_validator("telegram_webhook")
    @classmethod
    def _webhook(cls, value: str) -> str:
        if value.lower() not in ("on", "off"):
            raise ValueError("must be on or off")
        return value.lower()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not WEBHOOK_SECRET.match(value):
            raise ValueError("must be 16 to 256 characters of A-Z a-z 0-9 _ -")
        return value

    @field_validator("webhook_path", mode="before")
    @classmethod
    def _webhook_path(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not WEBHOOK_SECRET.match(value):
            raise ValueError("must be 16 to 256 characters of A-Z a-z 0-9 _ -")
        return value

    @model_validator(mode="after")
    def _webhook_needs(self) -> Settings:
        if self.telegram_webhook == "on" and self.webhook_secret is None:
            raise ValueError("TELEGRAM_WEBHOOK=on needs WEBHOOK_SECRET (16 to 256 characters of A-Z a-z 0-9 _ -)")
        if self.telegram_webhook == "on" and self.public_url is None:
            raise ValueError("TELEGRAM_WEBHOOK=on needs PUBLIC_URL, the https:// address Telegram posts to")
        return self

    @field_validator("public_url", mode="before")
    @classmethod
    def _public_url(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("web_exit_url")
    @classmethod
    def _exit_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value

    @field_validator("web_listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        host, sep, port = value.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("must be host:port, e.g. 127.0.0.1:8080")
        return value

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _token(cls, value: object) -> object:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not TOKEN.match(value.strip()):
            raise ValueError("does not look like a bot token (digits, a colon, then letters and digits)")
        return value.strip()

    @field_validator("telegram_api_url", "telegram_file_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: str) -> str:
        try:
            backend = make_url(value).get_backend_name()
        except ArgumentError:
            raise ValueError("is not a database URL (try sqlite:///data/companion.db)") from None
        if backend not in ("sqlite", "postgresql"):
            raise ValueError("must be a sqlite:/// or postgresql+psycopg:// URL")
        return value

    @field_validator("default_locale")
    @classmethod
    def _locale(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @property
    def master_keys(self) -> str | None:
        return self.data_keys.get_secret_value() if self.data_keys else None

    @property
    def listen(self) -> tuple[str, int]:
        host, _, port = self.web_listen.rpartition(":")
        return host.strip("[]"), int(port)

    @property
    def webhook(self) -> bool:
        return self.telegram_webhook == "on"

    @property
    def secret(self) -> str:
        return self.webhook_secret.get_secret_value() if self.webhook_secret else ""

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None


def load() -> Settings:
    """The settings, or a `SettingsError` naming the first bad one in one line."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        if not first["loc"]:  # a check across settings: its message names them
            raise SettingsError(message) from None
        raise SettingsError(f"setting {str(first['loc'][0]).upper()} {message}") from None
