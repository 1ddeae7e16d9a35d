"""python-telegram-bot's requests to the Bot API, made with aiohttp.

python-telegram-bot makes its requests through a `BaseRequest`; its own is `HTTPXRequest`. The bot sends
one message or more for every update, and a send through httpx cost 1.35 to 1.67 ms of CPU here against
0.65 to 0.81 ms through aiohttp (the same `Bot.send_message` with a house's buttons, to the fake Bot API, two
in flight: bench/sends.py). This is the same interface, so python-telegram-bot still builds every request and
reads every answer, and its errors are the same: a timeout is `TimedOut`, any other failure of the network
`NetworkError`, and a status that is not 200 becomes python-telegram-bot's own error for it. What httpx did
by default, this does too: a proxy named in HTTPS_PROXY or HTTP_PROXY is used, Telegram's certificate is
checked against certifi's authorities (or SSL_CERT_FILE's), and a redirect is not followed.
"""

from __future__ import annotations

import os
import ssl
from typing import TYPE_CHECKING

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput

# python-telegram-bot's HTTPXRequest defaults, in seconds
CONNECT, READ, WRITE, POOL, MEDIA_WRITE = 5.0, 5.0, 5.0, 1.0, 20.0


class AiohttpRequest(BaseRequest):
    """Requests over ``connections`` kept-alive connections at most (a call waits for one to come free)."""

    def __init__(self, connections: int = 1, read_timeout: float = READ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:  # made on the event loop that uses it
            connector = aiohttp.TCPConnector(limit=self._connections, ssl=_tls())
            # trust_env: a proxy named in HTTPS_PROXY or HTTP_PROXY (and NO_PROXY) is used, as httpx did
            agent = {"User-Agent": self.USER_AGENT}
            self._session = aiohttp.ClientSession(connector=connector, headers=agent, trust_env=True)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data is not None and request_data.contains_files
        read = _seconds(read_timeout, self._read_timeout)
        write = _seconds(write_timeout, MEDIA_WRITE if files else WRITE)
        connect = _seconds(connect_timeout, CONNECT)
        pool = _seconds(pool_timeout, POOL)
        # aiohttp has no write timeout: the whole request is held to the four together, and waiting for the
        # answer (Telegram's long poll among them) to the read timeout.
        limits = [t for t in (read, write, connect, pool) if t is not None]  # None: no limit
        total = sum(limits) if len(limits) == 4 else None
        connect_total = None if connect is None or pool is None else connect + pool
        timeout = aiohttp.ClientTimeout(total=total, connect=connect_total, sock_connect=connect, sock_read=read)
        try:
            # no redirects followed, as httpx follows none: the Bot API never redirects, so one is an error
            sent = self._session.request(method, url, data=_body(request_data), timeout=timeout, allow_redirects=False)
            async with sent as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are asyncio's (TimeoutError since Python 3.11)
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _tls() -> ssl.SSLContext:
    """Telegram's certificate checked as httpx checked it: against certifi's authorities, or those named in
    SSL_CERT_FILE or SSL_CERT_DIR when set (a council's own, behind a proxy that opens TLS)."""
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE"), capath=os.environ.get("SSL_CERT_DIR"))
    return ssl.create_default_context(cafile=certifi.where())


def _seconds(given: ODVInput[float], default: float) -> float | None:
    """A timeout given for this call (None: none), else the default (python-telegram-bot's DefaultValue)."""
    return given if given is None or isinstance(given, int | float) else default


def _body(request_data: RequestData | None) -> dict[str, str] | aiohttp.FormData | None:
    """The parameters form-encoded, as HTTPXRequest sends them; with files, all of it as multipart."""
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.json_parameters
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
