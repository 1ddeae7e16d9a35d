"""The CPU a message costs to send, through python-telegram-bot's own httpx requests and through the bot's
aiohttp ones (`bot.telegram_http.AiohttpRequest`), with Telegram's answer made a `Message` (`Bot.send_message`)
or left as it came (`Bot.do_api_request`, as the bot sends).

The same message as the bot's reply to a worry put into a house (its text and five buttons, one
to a row), two in flight as the bot allows, to the fake Bot API of the end-to-end tests running in a process
of its own, so that this process's CPU (user and system) is the sending side's alone. It alternates the three
for a number of rounds and prints each round's sends per second and CPU per send.

    .venv/bin/python bench/sends.py
    .venv/bin/python bench/sends.py --sends 1000 --rounds 1

Figures, not a test; one part of a step, never the journey: bench/throughput.py measures that.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup  # noqa: E402
from telegram.request import BaseRequest, HTTPXRequest  # noqa: E402

from bot.telegram_app import SEND  # noqa: E402  (and the warning about it silenced, as in the bot)
from bot.telegram_http import AiohttpRequest  # noqa: E402

TOKEN = "123456:bench"
IN_FLIGHT = 2
TEXT = (
    "Got it. Anything else? Send another one, or tap a button.\n\nYou are in the 😟 House of worries.\n\n"
    "In it now:\n• my cousin does not listen to me at swimming\n• my mum might lose the job at Christmas\n\n"
    "What worries you? What makes you sad or scared? Send one thing at a time."
)
HOUSES = ("🌈 House of good things", "😟 House of worries", "✨ House of dreams", "✏️ Change something", "✅ Done")
MARKUP = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"3|{i}")] for i, label in enumerate(HOUSES)])
SERVER = f"""
import sys, time
sys.path.insert(0, {str(ROOT / "tests")!r})
from fakebotapi import FakeBotApiThread
api = FakeBotApiThread().start()
print(api.base_url, flush=True)
sys.stdin.read()
"""


def requests() -> dict[str, tuple[BaseRequest, bool]]:
    """Each way of sending: its request, and whether Telegram's answer is made a `Message`."""
    return {
        "httpx (python-telegram-bot's own)": (HTTPXRequest(connection_pool_size=IN_FLIGHT + 2), True),
        "aiohttp": (AiohttpRequest(connections=IN_FLIGHT + 2), True),
        "aiohttp, answer unread (the bot's)": (AiohttpRequest(connections=IN_FLIGHT + 2), False),
    }


async def measure(name: str, request: BaseRequest, read: bool, base_url: str, sends: int) -> None:
    limit = asyncio.Semaphore(IN_FLIGHT)

    async def send(bot: Bot, i: int) -> None:
        async with limit:
            if read:
                await bot.send_message(7000 + i % 100, TEXT, reply_markup=MARKUP)
            else:  # as the bot sends (`bot.telegram_app.TelegramBot.try_send`)
                await bot.do_api_request(SEND, {"chat_id": 7000 + i % 100, "text": TEXT, "reply_markup": MARKUP})

    async with Bot(TOKEN, base_url=base_url, request=request) as bot:
        await asyncio.gather(*(send(bot, i) for i in range(200)))  # warm up: connections, caches
        cpu, wall = time.process_time(), time.perf_counter()
        await asyncio.gather(*(send(bot, i) for i in range(sends)))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"  {name:<36} {sends / wall:7.0f} sends/s   CPU {1000 * cpu / sends:.3f} ms a send")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sends", type=int, default=3000, help="sends a measurement (default 3000)")
    p.add_argument("--rounds", type=int, default=3, help="alternations of the three (default 3)")
    args = p.parse_args(argv)
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        for n in range(1, args.rounds + 1):
            print(f"round {n}")
            for name, (request, read) in requests().items():
                asyncio.run(measure(name, request, read, base_url, args.sends))
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
