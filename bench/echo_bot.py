"""A bare python-telegram-bot echo bot: the yardstick for bench/throughput.py.

PTB's normal `Application` with its `Updater` (long polling) and default settings: updates are handled
one at a time, each answered with the same text through `send_message`. No storage, no dialogue.

Reads the same variables as the real bot: TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, TELEGRAM_FILE_URL and
LOG_LEVEL. Stops on SIGINT or SIGTERM.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:PORT/bot .venv/bin/python bench/echo_bot.py
"""

from __future__ import annotations

import logging
import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back to the chat it came from."""
    message = update.effective_message
    if message is not None and message.text is not None:
        await context.bot.send_message(message.chat_id, message.text)


def build() -> Application:  # type: ignore[type-arg]
    """The Application, pointed at the API named in the environment."""
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org/bot"))
        .base_file_url(os.environ.get("TELEGRAM_FILE_URL", "https://api.telegram.org/file/bot"))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING").upper())
    build().run_polling(allowed_updates=[Update.MESSAGE], drop_pending_updates=False)


if __name__ == "__main__":
    main()
