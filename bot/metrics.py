"""What `/metrics` shows, in Prometheus's text format: how the bot is doing, never anything about people
(no ids, no names, no words; labels are kinds and types from short fixed lists).

Each process counts its own updates, steps and errors (several processes behind one address: scrape
each one); the outbox's depth and the oldest undelivered alert are read from the database when scraped,
so every process shows the same figures for those.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select

from storage.models import AlertDelivery, OutboxMessage, utcnow
from storage.repository import TELEGRAM

REGISTRY = CollectorRegistry()
UPDATES = Counter(
    "companion_updates_processed", "Updates processed, by what the person did", ["kind"], registry=REGISTRY
)
STEP_SECONDS = Histogram(
    "companion_step_seconds",
    "Seconds from an update's step starting to its commit (retries included)",
    buckets=(0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=REGISTRY,
)
ERRORS = Counter("companion_errors", "Errors, by type", ["type"], registry=REGISTRY)

outbox_t = OutboxMessage.__table__
delivery_t = AlertDelivery.__table__


class Backlog(Collector):
    """The outbox's depth and the age of the oldest undelivered alert message, read when scraped."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        with self.engine.connect() as c:
            depth = c.scalar(select(func.count()).select_from(outbox_t).where(outbox_t.c.channel == TELEGRAM))
            oldest = c.scalar(
                select(func.min(delivery_t.c.created_at)).where(
                    delivery_t.c.delivered_at.is_(None), delivery_t.c.refused_at.is_(None)
                )
            )
        yield GaugeMetricFamily("companion_outbox_depth", "Telegram messages waiting in the outbox", value=depth or 0)
        age = 0.0 if oldest is None else max((utcnow() - _aware(oldest)).total_seconds(), 0.0)
        yield GaugeMetricFamily(
            "companion_oldest_undelivered_alert_seconds",
            "Age of the oldest alert message not yet delivered nor refused (0 when none)",
            value=age,
        )


def _aware(when: datetime) -> datetime:
    """SQLite gives timestamps without a zone: they are UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


_watched: set[int] = set()


def watch(engine: Engine) -> None:
    """Read the backlog of this database when scraped (once per engine)."""
    if id(engine) not in _watched:
        _watched.add(id(engine))
        REGISTRY.register(Backlog(engine))


def exposition() -> bytes:
    return generate_latest(REGISTRY)
