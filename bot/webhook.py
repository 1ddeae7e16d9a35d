"""The service's own routes in `companion serve`: Telegram's webhook, and `/metrics`.

The webhook (``TELEGRAM_WEBHOOK=on``): Telegram posts each update to ``{PUBLIC_URL}/telegram/<path>``
with the secret in ``X-Telegram-Bot-Api-Secret-Token``. A wrong path or secret gets 403 and nothing is
stored (both compared in constant time). A good update is committed to the inbox first and only then
answered 200, so an update Telegram counts as delivered is never lost (python-telegram-bot's own webhook
server answers before anything is stored, so it is not used). Telegram sends a chat's next update only
after that answer; the inbox keeps each chat's order from there (`TelegramBot.receive`). Until the bot has
queued what it left in the inbox, and once it is stopping, updates get 503 and Telegram sends them again.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Update

from bot import logs, metrics

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.telegram_app import TelegramBot

log = logging.getLogger(__name__)

SECRET_HEADER = "x-telegram-bot-api-secret-token"


def webhook_path(settings: Settings) -> str:
    """The webhook's path below ``/telegram/``: ``WEBHOOK_PATH``, else derived from the secret (so it cannot
    be guessed from anything public, and stays the same across restarts and processes)."""
    if settings.webhook_path:
        return settings.webhook_path
    return hmac.new(settings.secret.encode(), b"telegram webhook path", hashlib.sha256).hexdigest()[:32]


def webhook_url(settings: Settings) -> str:
    return f"{settings.public_url}/telegram/{webhook_path(settings)}"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def routes(settings: Settings, telegram: TelegramBot | None, engine: object) -> list[Route]:
    """``/metrics`` always; the webhook's route when the Telegram bot runs on a webhook."""
    metrics.watch(engine)  # type: ignore[arg-type]

    async def show_metrics(request: Request) -> Response:
        body = await asyncio.get_running_loop().run_in_executor(None, metrics.exposition)
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    found = [Route("/metrics", show_metrics, methods=["GET"])]
    if telegram is None or not settings.webhook:
        return found
    path, secret = webhook_path(settings), settings.secret

    async def receive(request: Request) -> Response:
        # both compared in full, whatever the first says: the time taken tells nothing
        good_path = _same(request.path_params["path"], path)
        good_secret = _same(request.headers.get(SECRET_HEADER, ""), secret)
        if not (good_path and good_secret):
            metrics.ERRORS.labels("webhook_refused").inc()
            return Response(status_code=403)
        if telegram.stopping.is_set() or not telegram.ready.is_set():  # Telegram keeps it and sends it again
            return Response(status_code=503)
        try:
            update = Update.de_json(json.loads(await request.body()), telegram.bot)
        except (ValueError, TypeError, KeyError) as error:
            metrics.ERRORS.labels("webhook_bad_update").inc()
            log.warning("webhook: an update that could not be read: %s", type(error).__name__)
            return Response(status_code=400)
        if update is None:
            return Response(status_code=400)
        try:
            await telegram.receive([update])
        except Exception as error:  # not stored: Telegram sends it again
            metrics.ERRORS.labels(type(error).__name__).inc()
            log.error("webhook: update %s not stored: %s", update.update_id, logs.describe(error))
            return Response(status_code=500)
        return Response(status_code=200)

    found.append(Route("/telegram/{path}", receive, methods=["POST"]))
    return found
