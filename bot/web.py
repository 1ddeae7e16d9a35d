"""The web chat: the same dialogues as on Telegram, as a page per step, for young people under 16.

One ASGI application (Starlette, Jinja2 templates) steps the same `Companion` core as Telegram and the
terminal: one transaction per step, the same outbox. A web person is a person row whose address is below
every Telegram id (`storage.repository.web_address`); the outbox is their mailbox: a page shows their
rows, and the next step they take marks the rows that page showed as done. Messages others' steps put
there ("your worker has seen your message") so show on their next page.

It works with JavaScript off: every button is a submit button of a plain form that carries the question
number, as a Telegram button's callback data does, so a stale or replayed form gets the kind "that
button is from an earlier question" answer from the core. Every form also carries the question its page
was at ("q"), so words or a file sent from an old page are never taken as the answer to the question now.
Every response is `no-store`, under a strict Content-Security-Policy, with everything served from here.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
import secrets
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as AsgiMessage

from bot import media, webhook
from bot.core import Companion, Delivery, Incoming, Message, choice_data, parse_choice_data, parse_command_data
from bot.i18n import render
from bot.updates import in_parts, parse_text
from dialogues.cases import welcome
from dialogues.engine import Conversation, Export, HelpButton, Input, MyData, Role
from dialogues.languages import LANGUAGES, supported
from dialogues.messages import T, Text
from dialogues.safety import HELP_BUTTONS, PARENT_HELP, SAFETY_HELP, TELLING
from storage import cases
from storage import web as accounts
from storage.coordination import Coordinator
from storage.db import alembic_config
from storage.repository import Tx, is_web, web_pending

if TYPE_CHECKING:
    from bot.exports import Document
    from bot.settings import Settings
    from bot.steps import StepsApart
    from bot.telegram_app import TelegramBot

log = logging.getLogger(__name__)
R = TypeVar("R")

HERE = Path(__file__).resolve().parent
COOKIE = "companion_session"
JOIN_COOKIE = "companion_join"  # the CSRF token of an invitation's "Join" form, before there is a session
JOIN_CHOICE = "|join"  # the Join dialogue's "yes" button, pressed by the web page's own "Join"
MAX_BODY = 64 * 1024  # a form is a few words: anything bigger is refused before it is read
UPLOAD_PATH = "/chat/file"  # a picture or voice note for a house: the one form whose body may be bigger...
MAX_UPLOAD_BODY = media.MAX_BYTES + 64 * 1024  # ...a file at its limit, and the form around it
MAX_FILES = 3  # pictures a page shows at once
MAX_SESSIONS_WITH_FILES = 500  # sessions whose pictures are held in memory at once
MAX_WORDS = 4000  # characters of words in one message (Telegram's limit is 4096)
RTL = {"ar", "fa", "he", "ur", "ps", "yi"}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = [
    (b"cache-control", b"no-store"),
    (b"pragma", b"no-cache"),
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

# What the pages say around the dialogues' own words.
TITLE = T("Safety Companion")
LEAVE = T("Leave quickly")
LEAVE_NAME = T("Leave quickly: a safety exit. It closes this chat and opens a weather page.")
STORY_ALT = T("The picture for this page of your story")
HOUSES_ALT = T("A picture of your three houses, with what you put in each one")
CHART_ALT = T("A chart of the scores over time")
SEND = T("Send")
YOUR_WORDS = T("Type your answer")
SEND_PICTURE = T("📷 Send a photo or drawing")
CHOOSE_PICTURE = T("Choose a photo or drawing")
RECORD = T("🎙️ Record a voice note")
STOP_RECORDING = T("⏹️ Stop and send")
CHOOSE_PIN = T("Choose a secret PIN: 4, 5 or 6 numbers. You will need it to open this chat again.")
# a worker's PIN opens every case they work on (`accounts.good_worker_pin`); a worker has no pictures instead
CHOOSE_WORKER_PIN = T(
    "Choose a secret PIN of 6 numbers, not all the same and not in a row like 123456."
    " You will need it to open your cases here again."
)
WORKER_PIN_BAD = T(
    "A worker's PIN is 6 numbers, not all the same and not in a row, and both must be the same. Please try again."
)
PIN_AGAIN = T("Type the same PIN again")
PIN_LABEL = T("PIN")
SAVE_PIN = T("Save my PIN")
ENTER_PIN = T("Type your secret PIN to open your chat.")
OPEN = T("Open my chat")
PIN_BAD = T("A PIN is 4, 5 or 6 numbers, and both must be the same. Please try again.")
PIN_WRONG = T("That PIN is not right. Please try again.")
CHOOSE_PICTURES = T(
    "Choose three pictures, in order. They are your secret: you will need them to open this chat again."
)
ENTER_PICTURES = T("Choose your three secret pictures, in order, to open your chat.")
PICTURES_BAD = T("Please choose a picture in each of the three rows.")
PICTURES_WRONG = T("Those pictures are not right. Please try again.")
USE_PICTURES = T("Use three pictures instead of a PIN")
USE_PIN = T("Use a PIN instead of pictures")
SAVE_PICTURES = T("Save my pictures")
PLACES = tuple(T("Picture {number}", number=number) for number in (1, 2, 3))
# The pictures a secret is made of: drawn for the project (bot/static/pictures), each with a name a screen
# reader reads.
PICTURE_NAMES = {
    "sun": T("Sun"),
    "moon": T("Moon"),
    "star": T("Star"),
    "heart": T("Heart"),
    "tree": T("Tree"),
    "fish": T("Fish"),
    "flower": T("Pink flower"),
    "boat": T("Boat"),
    "apple": T("Red apple"),
}
LOCKED = T("Too many wrong tries. The chat is locked for 15 minutes. Then you can try again.")
NO_SESSION = T(
    "This chat is closed. To open it again, use the link your social worker sent you. "
    "If you are in danger now, call 999. You can call Childline free on 0800 1111."
)
WOULD_YOU_JOIN = T("Would you like to join?")
JOIN_YES = T("✅ Yes, join")
LANGUAGE = T("Choose a language")
OWN_LINK = T("This is the link to your chat. Your secret opens it.")
SIGN_IN_ASK = T("This link signs you in to Safety Companion as a social worker. It works once.")
SIGN_IN = T("Sign in")
FORGOT_PIN = T("Forgot your web PIN? This link lets you choose a new one. Your old PIN will stop working.")
NEW_PIN = T("Choose a new PIN")
LINK_BAD = T("Sorry, that sign-in link doesn't work. It works once, for 15 minutes. Ask for a new one.")
FORM_OLD = T("That page was too old, so nothing was sent. Here is your chat again.")
LOCKED_HELP = T("You can still get help right now by phone. Your social worker can open your chat again for you.")
# The numbers the help gives, tappable on a phone (a call, or a text to SHOUT's number), found in the
# rendered words so that no translated sentence changes: longest first, never part of a longer number.
PHONES = {
    "0808 80 10 800": "tel:08088010800",
    "0808 2000 247": "tel:08082000247",
    "0800 1111": "tel:08001111",
    "116 123": "tel:116123",
    "85258": "sms:85258",
    "999": "tel:999",
}
PHONE = re.compile(r"(?<![\w\d])(" + "|".join(re.escape(n) for n in PHONES) + r")(?![\d])")
TOO_BIG = T("That was too much to send at once. Please send less.")


@dataclass(frozen=True)
class PageFile:
    """A file a step made for the person, kept in memory for their session only until their next step (they
    can ask again), never on disk: a picture (their houses, a progress chart) shown in their page, a
    worker's export of a case (``case_id``: PDF, CSV), or the person's own copy of what they shared
    (``own``: /mydata's PDF and JSON), downloaded."""

    id: str
    document: Document
    alt: Text
    case_id: int | None = None
    own: bool = False

    @property
    def downloaded(self) -> bool:
        """An export or their own copy, downloaded (an attachment); else a picture shown in the page."""
        return self.case_id is not None or self.own


GROUP_COMMIT = 64  # at most this many web steps share one commit
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
}


@dataclass(frozen=True)
class ChatPage:
    """What a chat page shows, read from the database."""

    pending: list[tuple[int, Message]]  # (outbox id, message)
    locale: str
    role: str | None
    takes_media: bool
    seq: int = 0  # the number of the question the person is at (`Conversation.seq`)
    in_help: bool = False  # on their role's help itself, which has no help button of its own


@dataclass(frozen=True)
class Bubble:
    text: str
    buttons: tuple[tuple[str, str], ...]  # (label, data)


class Headers:
    """Pure ASGI middleware: the safety headers on every response, and bodies over `MAX_BODY` refused."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        cap = MAX_UPLOAD_BODY if scope["path"] == UPLOAD_PATH else MAX_BODY
        too_big = length is not None and (not length.isdigit() or int(length) > cap)
        if length is None and scope["method"] not in ("GET", "HEAD"):
            # no length said (a chunked body): read it here, stopping at the cap, and hand on what was read
            body, too_big = await _read_capped(receive, cap)
            receive = _replay(body)
        if too_big:
            locale = pick_language(headers.get(b"accept-language", b"").decode("latin-1"), "en")
            page = _page_html("message.html", locale, message=render(TOO_BIG, locale))
            response = HTMLResponse(page, status_code=413)
            await self._headed(response)(scope, receive, send)
            return

        async def send_headed(message: AsgiMessage) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in HEADERS}
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
                message["headers"] = kept + HEADERS
            await send(message)

        try:
            await self.app(scope, receive, send_headed)
        except ClientDisconnect:  # the browser went (a phone out of signal) before its form was read: nothing
            # was stepped, and there is nobody to answer
            log.info("web request ended: the browser went before its form arrived")

    @staticmethod
    def _headed(response: Response) -> Response:
        for name, value in HEADERS:
            response.headers[name.decode()] = value.decode()
        return response


async def _read_capped(receive: Receive, cap: int = MAX_BODY) -> tuple[bytes, bool]:
    """A request body of unsaid length, read up to ``cap``; (what was read, whether it went over)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"", True
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes) -> Receive:
    """A `receive` that gives the body already read, once, then waits for the client to go."""
    given = False

    async def receive() -> AsgiMessage:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def phones(words: str) -> Markup:
    """Words shown as text (escaped), with the help's phone numbers in them as ``tel:``/``sms:`` links."""
    escaped = str(escape(words))
    return Markup(PHONE.sub(lambda m: f'<a class="phone" href="{PHONES[m[1]]}">{m[1]}</a>', escaped))


_templates = Environment(
    loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True), auto_reload=False
)
_templates.filters["phones"] = phones


def helper(role: str | None) -> HelpButton | None:
    """The help button of a young person (🆘), a parent or carer or someone in the safety network ("I need
    help now"), from the dialogues: the page's own, pressed as on Telegram (a button press, which works
    from any message however old); None for anyone else."""
    return next((button for r, button in HELP_BUTTONS.items() if r.value == role), None)


def page_help(role: str | None, locale: str, *, locked: bool = False) -> dict[str, Any] | None:
    """The emergency help a page outside the chat shows someone of this role (the PIN, the pictures, the chat
    locked, their link again, a page of one message; a young person's when nobody is known yet; none for a
    worker), in ``locale``: the lines of their chat's own help, but for "I am telling your social worker
    now", which no page outside the chat does; on a locked chat, first that help is still there now."""
    if role == "worker":
        return None
    young = role not in ("parent", "network")
    lead = HELP_BUTTONS[Role.YOUNG_PERSON if young else Role(role)].lead
    lines = [line for line in (SAFETY_HELP if young else PARENT_HELP) if line is not TELLING]
    said = [LOCKED_HELP, *lines] if locked else lines
    return {"lead": render(lead, locale), "lines": [render(line, locale) for line in said]}


def _page_html(name: str, locale: str, **context: Any) -> str:
    """A page in ``locale``: words are escaped (shown as text, never markup), ``lang`` and ``dir`` set."""
    words = {key: render(value, locale) for key, value in PAGE_WORDS.items()}
    return _templates.get_template(name).render(lang=locale, dir=_direction(locale), words=words, **context)


def _direction(locale: str) -> str:
    """How a language is written: "rtl" (right to left: Arabic, Urdu) or "ltr"."""
    return "rtl" if locale in RTL else "ltr"


PAGE_WORDS = {
    "title": TITLE,
    "leave": LEAVE,
    "leave_name": LEAVE_NAME,
    "send": SEND,
    "your_words": YOUR_WORDS,
    "send_picture": SEND_PICTURE,
    "choose_picture": CHOOSE_PICTURE,
    "record": RECORD,
    "stop_recording": STOP_RECORDING,
    "pin": PIN_LABEL,
    "pin_again": PIN_AGAIN,
    "save_pin": SAVE_PIN,
    "open": OPEN,
    "language": LANGUAGE,
    "use_pictures": USE_PICTURES,
    "use_pin": USE_PIN,
    "save_pictures": SAVE_PICTURES,
}


class WebChat:
    """The web chat over a `Companion`. Every database step of the web chat runs on one writer thread (the
    Telegram bot's, when it runs in the same process: its own steps go to a process of their own)."""

    def __init__(self, settings: Settings, companion: Companion, telegram: TelegramBot | None = None) -> None:
        self.settings = settings
        self.companion = companion
        self.store = companion.store
        self.telegram = telegram
        self.writer = telegram.writer if telegram is not None else ThreadPoolExecutor(1, thread_name_prefix="web")
        self.handing: set[asyncio.Task[None]] = set()
        # Steps waiting for the writer thread, with the ids of messages their pages showed (see `_steps`).
        self.waiting: list[tuple[list[Incoming], list[int], asyncio.Future[list[Delivery | Exception]]]] = []
        self.stepper: asyncio.Task[None] | None = None
        self.files: dict[str, list[PageFile]] = {}  # by session (its token's hash): the files it may open
        # Files are drawn after the step commits, off the writer thread, from a request that names the case
        # its reader was checked (and audited) for, as on Telegram: a download is checked against that case.
        companion.files_later = True

    async def db(self, fn: Callable[[], R]) -> R:
        return await asyncio.get_running_loop().run_in_executor(self.writer, fn)

    async def tend(self, stopping: asyncio.Event, every: float = 3600, look: float = 5) -> None:
        """The web chat alone (no Telegram bot in the process to do it): retention's round every ``every``
        seconds (erasures due, their reminders put in the outbox, forgetting, pruning), and every ``look``
        seconds the keys of cases erased meanwhile (by the command line) leave memory. With several processes
        on PostgreSQL, retention's round runs in the one that holds the periodic jobs' lock, as the bot's do."""
        engine = self.store.engine
        several = engine.dialect.name == "postgresql"  # processes may run side by side: one leads the jobs
        coordinator: Coordinator | None = None
        rounds = 0.0
        try:
            while not stopping.is_set():
                if rounds <= 0:
                    try:
                        if several and coordinator is None:
                            coordinator = await self.db(partial(Coordinator, engine))
                        if coordinator is None or await self.db(coordinator.lead):
                            rounds = every
                            await self.db(self.companion.retention)
                    except Exception as error:
                        log.error("retention failed: %s", type(error).__name__)
                await self._tend_keys()
                try:
                    await asyncio.wait_for(stopping.wait(), look)
                except TimeoutError:
                    rounds -= look
        finally:
            if coordinator is not None:
                await self.db(coordinator.close)

    async def _tend_keys(self) -> None:
        """The keys of cases erased meanwhile (by the command line, say) leave memory."""
        try:
            await self.db(self.companion.forget_erased_keys)
        except Exception as error:
            log.error("forgetting erased cases' keys failed: %s", type(error).__name__)

    # -- helpers ------------------------------------------------------------------------------

    def _secure(self, request: Request) -> bool:
        return (request.url.hostname or "") not in LOCAL_HOSTS

    def _set_cookie(self, response: Response, request: Request, token: str, name: str = COOKIE) -> None:
        response.set_cookie(name, token, httponly=True, samesite="strict", secure=self._secure(request), path="/")

    def _page(self, name: str, locale: str, status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(_page_html(name, locale, **context), status_code=status)

    def _message(
        self, request: Request, text: Text, locale: str | None = None, status: int = 200, role: str | None = None
    ) -> HTMLResponse:
        """A page of one message: in ``locale``, else the visitor's (someone with no session, or a closed one,
        reads it in the language their browser asks for, right to left where that is written so), with the
        emergency help for ``role`` (a young person's when not known; none for a worker)."""
        locale = locale or self._visitor_locale(request)
        help = page_help(role, locale)
        return self._page("message.html", locale, status, message=render(text, locale), emergency=help)

    async def _session(self, request: Request) -> accounts.Session | None:
        token = request.cookies.get(COOKIE)

        def look() -> accounts.Session | None:
            with self.store.transaction() as tx:
                return accounts.session(tx.c, token)

        return await self.db(look)

    async def _checked_form(self, request: Request, session: accounts.Session) -> dict[str, str] | None:
        """The form's fields, or None when its CSRF token is missing or not this session's."""
        form = await request.form()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        given = fields.get("csrf", "")
        return fields if hmac.compare_digest(given.encode(), session.csrf.encode()) else None

    # -- pages --------------------------------------------------------------------------------

    async def healthz(self, request: Request) -> Response:
        def check() -> tuple[bool, bool]:
            from alembic.runtime.migration import MigrationContext
            from alembic.script import ScriptDirectory

            heads = set(ScriptDirectory.from_config(alembic_config(self.store.engine)).get_heads())
            with self.store.engine.connect() as c:
                c.execute(text("SELECT 1"))
                current = set(MigrationContext.configure(c).get_current_heads())
            return True, current == heads

        try:
            reachable, current = await self.db(check)
        except Exception as error:
            log.error("health check: database not reachable (%s)", type(error).__name__)
            return JSONResponse({"database": False, "migrations": False}, status_code=503)
        return JSONResponse({"database": reachable, "migrations": current}, status_code=200 if current else 503)

    def _visitor_locale(self, request: Request) -> str:
        """A new visitor's language: the one they picked on the page, else the browser's first offered."""
        return supported(request.query_params.get("lang")) or pick_language(
            request.headers.get("accept-language", ""), self.companion.default_locale
        )

    async def join(self, request: Request) -> Response:
        """An invitation's web link, looked at: the same welcome as the bot's, and a "Join" form. Nothing is
        made here (a link preview must not make a person): joining is the form's POST (`join_post`)."""
        code = request.path_params["code"]
        if not cases.well_formed(code):
            return self._message(request, cases_bad_code(), status=404)
        token = request.cookies.get(COOKIE)

        def look() -> tuple[accounts.Preview | None, accounts.Account | None, accounts.Session | None, str | None]:
            with self.store.transaction() as tx:
                preview = accounts.invitation_preview(tx.c, code)
                joined = accounts.account_of_invitation(tx.c, code) if preview is None else None
                role = accounts.family_role(tx.c, joined.person_id) if joined is not None else None
                return preview, joined, accounts.session(tx.c, token), role

        preview, joined, session, role = await self.db(look)
        if joined is not None and session is not None and session.account.id == joined.id:
            return RedirectResponse("/chat" if session.signed_in else "/pin", status_code=303)
        locale = self._visitor_locale(request)
        if preview is None and joined is None:  # used by someone else, cancelled, run out, or made up
            return self._message(request, cases_bad_code(), locale, status=404)
        if preview is not None:  # the welcome gives the emergency help itself
            lines = [render(t, locale) for t in welcome(preview.role, preview.worker_name, preview.workers)]
            ask, button, help = render(WOULD_YOU_JOIN, locale), render(JOIN_YES, locale), None
        else:  # their own link again, on this device or another: their secret opens the chat
            lines, ask, button = [], render(OWN_LINK, locale), render(OPEN, locale)
            help = page_help(role, locale)
        form_token = request.cookies.get(JOIN_COOKIE) or secrets.token_urlsafe(32)
        note = render(FORM_OLD, locale) if request.query_params.get("n") == "old" else None
        languages = [(tag, name, _direction(tag)) for tag, name in LANGUAGES.items() if tag != locale]
        response = self._page("join.html", locale, lines=lines, ask=ask, button=button, code=code,
                              csrf=form_token, note=note, languages=languages, emergency=help)  # fmt: skip
        self._set_cookie(response, request, form_token, JOIN_COOKIE)
        return response

    async def join_post(self, request: Request) -> Response:
        """The "Join" button pressed on an invitation's page: the web person is made (once: a second press, or a
        second tab, finds the person the first made), joins through the same Join dialogue as on Telegram,
        and chooses their secret. Someone who joined but left before choosing one comes back the same way:
        until a secret is set, their link opens their chat again."""
        code = request.path_params["code"]
        if not cases.well_formed(code):
            return self._message(request, cases_bad_code(), status=404)
        form = await request.form()
        given = form.get("csrf")
        expected = request.cookies.get(JOIN_COOKIE, "")
        if not isinstance(given, str) or not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            log.info("web join refused: no CSRF token of this browser")
            return RedirectResponse(f"/join/{code}?n=old", status_code=303)
        chosen = form.get("lang")
        locale = supported(chosen if isinstance(chosen, str) else None) or self._visitor_locale(request)
        token = request.cookies.get(COOKIE)

        def open_link() -> tuple[str | None, str, Delivery | None]:
            with self.store.transaction() as tx:
                session = accounts.session(tx.c, token)
                joined = accounts.account_of_invitation(tx.c, code)
                if joined is not None:
                    if session is not None and session.account.id == joined.id:
                        return None, "/chat" if session.signed_in else "/pin", None
                    accounts.end_session(tx.c, token)
                    # no secret yet: they come back signed in to choose one; else their secret opens it
                    again = accounts.start_session(tx.c, joined.id, signed_in=not joined.has_pin)
                    return again, "/pin" if joined.has_pin else "/pin/new", None
                if accounts.invitation_preview(tx.c, code) is None:
                    return None, "gone", None
                if session is None or not session.signed_in:
                    accounts.end_session(tx.c, token)
                    account = accounts.new_account(tx.c, locale)
                    new_token: str | None = accounts.start_session(tx.c, account.id, signed_in=True)
                    address = user = account.address
                    in_a_case = False
                else:
                    new_token, address, user = None, session.account.address, session.account.user_id
                    in_a_case = accounts.family_role(tx.c, session.account.person_id) is not None
            opened = self.companion.handle(Incoming(address, user, Input.command("start", code)))
            yes = next((b.data for m in opened.messages for b in m.buttons if b.data.endswith(JOIN_CHOICE)), None)
            seq, choice_id = parse_choice_data(yes or "")
            # Refused kindly by the dialogue (in this case already, or a worker), or someone in another case
            # who must first read what joining would change: the dialogue's own words and buttons show.
            if seq is None or in_a_case:
                return new_token, "/chat", opened
            seen = [p.id for p in self.store.web_pending(address)]
            pressed = Incoming(address, user, Input.choice(choice_id), seq=seq)
            return new_token, "/chat", self.companion.handle(pressed, sent=seen)

        new_token, where, delivery = await self.db(open_link)
        if where == "gone":
            return self._message(request, cases_bad_code(), locale, status=404)
        if delivery is not None:
            self._hand_to_telegram(delivery)
        response = RedirectResponse(where, status_code=303)
        if new_token is not None:
            self._set_cookie(response, request, new_token)
        response.delete_cookie(JOIN_COOKIE, path="/", httponly=True, samesite="strict", secure=self._secure(request))
        return response

    def _chat_page(self, tx: Tx, session: accounts.Session) -> ChatPage:
        """What the chat page shows, read in ``tx``: the person's messages, language, role, and whether their
        question takes a picture or voice note."""
        pending = web_pending(tx.c, session.account.address)
        role = accounts.family_role(tx.c, session.account.person_id)
        stored = tx.conversation(session.account.person_id)
        locale = self.companion.locale_of(tx.person(session.account.user_id))
        conversation = Conversation.from_json(stored) if stored is not None else None
        takes = conversation is not None and self.companion.engine.takes_media(conversation)
        seq = conversation.seq if conversation is not None else 0
        button = helper(role)
        in_help = conversation is not None and button is not None and conversation.current.dialogue == button.dialogue
        messages = [(p.id, Message.from_payload(p.payload)) for p in pending]
        return ChatPage(messages, locale, role, takes, seq, in_help)

    async def chat(self, request: Request) -> Response:
        token = request.cookies.get(COOKIE)

        def look() -> tuple[accounts.Session | None, ChatPage | None]:
            """The session and, when it may see its chat at once (the usual page), the page too: one look."""
            with self.store.transaction() as tx:
                session = accounts.session(tx.c, token)
                if session is None or not (session.account.has_pin and session.signed_in):
                    return session, None
                return session, self._chat_page(tx, session)

        session, page = await self.db(look)
        if session is None:
            return self._message(request, NO_SESSION)
        if page is None:
            gate = await self._gate(request, session)
            if gate is not None:
                return gate

            def read() -> ChatPage:
                with self.store.transaction() as tx:
                    return self._chat_page(tx, session)

            page = await self.db(read)
        pending, locale, role, takes_media = page.pending, page.locale, page.role, page.takes_media
        kept = self.files.get(session.token_hash, [])
        files = [(f"/file/{f.id}", render(f.alt, locale)) for f in kept if not f.downloaded]
        downloads = [(f"/file/{f.id}", render(f.alt, locale)) for f in kept if f.downloaded]
        button = helper(role)
        sos = render(button.choice.label, locale) if button else None
        help_data = choice_data(page.seq, button.choice.id if button else "")
        # The help is the page's own button, always there: not repeated among a question's buttons.
        bubbles = [Bubble(m.text, tuple((b.label, b.data) for b in m.buttons if b.label != sos)) for _, m in pending]
        shown = max((i for i, _ in pending), default=0)
        note = request.query_params.get("n")
        return self._page(
            "chat.html",
            locale,
            bubbles=bubbles,
            shown=shown,
            csrf=session.csrf,
            note=render(FORM_OLD, locale) if note == "old" else None,
            files=files,
            downloads=downloads,
            help=(help_data, sos) if sos and not page.in_help else None,
            takes_media=takes_media,
            max_seconds=media.MAX_SECONDS,
            seq=page.seq,
        )

    async def _gate(self, request: Request, session: accounts.Session) -> Response | None:
        """Where someone must go before their chat: choose a PIN once they are in a case (again, from a
        browser they used, after their worker reset it); give it after 15 minutes idle or on a new device."""
        if session.account.has_pin:
            return None if session.signed_in else RedirectResponse("/pin", status_code=303)
        if session.account.is_worker:  # signed in with their one-time link: a PIN before anything else
            if not session.signed_in:
                return self._message(request, NO_SESSION, role="worker")
            return RedirectResponse("/pin/new", status_code=303)

        def in_case() -> bool:
            with self.store.transaction() as tx:
                return cases.family_case(tx.c, session.account.person_id) is not None

        if await self.db(in_case):
            return RedirectResponse("/pin/new", status_code=303)
        return None if session.signed_in else self._message(request, NO_SESSION)

    async def step(self, request: Request) -> Response:
        """A button pressed or words sent: one step of the core, then the page again (post, redirect, get).
        The usual step (a signed-in session, its form's CSRF token right) is one trip to the writer thread:
        the session looked up, then the step in its own transaction."""
        token = request.cookies.get(COOKIE)
        form = await request.form()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}

        def look() -> tuple[accounts.Session | None, bool, list[int]]:
            """The session; whether the form is this session's; the ids of the messages its page showed."""
            with self.store.transaction() as tx:
                session = accounts.session(tx.c, token)
            if session is None:
                return None, False, []
            if not hmac.compare_digest(fields.get("csrf", "").encode(), session.csrf.encode()):
                return session, False, []
            shown = int(fields["shown"]) if fields.get("shown", "").isdigit() else 0
            return session, True, self.store.web_seen(session.account.address, shown)

        session, own_form, seen = await self.db(look)
        if session is None:
            return self._message(request, NO_SESSION, status=403)
        if not own_form:
            log.info("web form refused: no CSRF token of this session")
            return RedirectResponse("/chat?n=old", status_code=303)
        gate = await self._gate(request, session)
        if gate is not None:
            return gate
        address, user_id = session.account.address, session.account.user_id
        incoming = _incoming(address, user_id, fields)
        if incoming is None:
            return RedirectResponse("/chat", status_code=303)
        deliveries = await self._steps([incoming, *_more_words(address, user_id, fields)], seen)
        for delivery in deliveries:
            self._hand_to_telegram(delivery)
            await self._keep_files(session, delivery)
        return RedirectResponse("/chat", status_code=303)

    async def _steps(self, incomings: list[Incoming], seen: list[int]) -> list[Delivery]:
        """Steps of the core for one request, in order. Requests that wait together while the writer thread is
        busy go to it as one group with one commit (`Companion.handle_many`, as Telegram's updates do): each
        step is still all or nothing, and a failing one is run again alone, so only it fails."""
        future: asyncio.Future[list[Delivery | Exception]] = asyncio.get_running_loop().create_future()
        self.waiting.append((incomings, seen, future))
        if self.stepper is None:
            self.stepper = asyncio.get_running_loop().create_task(self._step_waiting())
        results = await future
        for result in results:
            if isinstance(result, Exception):
                raise result
        return [r for r in results if not isinstance(r, Exception)]

    async def _step_waiting(self) -> None:
        try:
            while self.waiting:
                group, self.waiting = self.waiting[:GROUP_COMMIT], self.waiting[GROUP_COMMIT:]
                incomings = [i for request, _, _ in group for i in request]
                seen = [i for _, ids, _ in group for i in ids]
                try:
                    results = await self.db(partial(self.companion.handle_many, incomings, sent=seen))
                except Exception as error:
                    results = [error] * len(incomings)
                at = 0
                for request, _, future in group:
                    if not future.done():
                        future.set_result(results[at : at + len(request)])
                    at += len(request)
        finally:
            self.stepper = None

    async def upload(self, request: Request) -> Response:
        """A picture (the file picker or the camera) or a voice note (recorded by the page's own script) for a
        house: checked as a Telegram one is (`bot.media`), then one step of the core, as a form's words are."""
        session = await self._session(request)
        if session is None:
            return self._message(request, NO_SESSION, status=403)
        form = await request.form(max_files=1)
        given = form.get("csrf")
        if not isinstance(given, str) or not hmac.compare_digest(given.encode(), session.csrf.encode()):
            log.info("web upload refused: no CSRF token of this session")
            return RedirectResponse("/chat?n=old", status_code=303)
        gate = await self._gate(request, session)
        if gate is not None:
            return gate
        file = form.get("file")
        if not isinstance(file, UploadFile):
            return RedirectResponse("/chat", status_code=303)
        data = await file.read(media.MAX_BYTES + 1)
        if not data:
            return RedirectResponse("/chat", status_code=303)
        seconds = form.get("seconds")
        if (file.content_type or "").startswith(("audio/", "video/webm")):
            told = int(seconds) if isinstance(seconds, str) and seconds.isdigit() else None
            upload = media.voice(data, told)
        else:
            upload = media.picture(data)
        address = session.account.address
        kind = "photo" if upload.kind == "picture" else "voice"
        incoming = Incoming(address, session.account.user_id, Input.media(kind), upload=upload, seq=_question(form))
        shown = form.get("shown")
        last = int(shown) if isinstance(shown, str) and shown.isdigit() else 0

        def run() -> Delivery:
            seen = self.store.web_seen(address, last)
            return self.companion.handle(incoming, sent=seen)

        delivery = await self.db(run)
        self._hand_to_telegram(delivery)
        return RedirectResponse("/chat", status_code=303)

    async def _keep_files(self, session: accounts.Session, delivery: Delivery) -> None:
        """The files the step asked for, drawn now off the writer thread (the step checked the reader and
        audited it, as on Telegram; drawing reads the answers again through storage's door), for this
        session's next page: pictures to show, a worker's export of a case (PDF, CSV) and a person's own copy
        of what they shared (/mydata: PDF, JSON) to download. Nobody else gets an export, and a copy is only
        for the session that asked."""
        loop = asyncio.get_running_loop()
        shown: list[PageFile] = []
        for request in delivery.files:
            wanted, case_id = request.wanted, None
            if isinstance(wanted, Export) and not wanted.chart_only and session.account.is_worker:
                case_id = wanted.case_id  # a worker's export of this case, checked for it in the step
            own = isinstance(wanted, MyData)  # their own words, read for them alone at drawing
            for d in await loop.run_in_executor(None, self.companion.draw, request):
                if d.photo:
                    shown.append(PageFile(secrets.token_urlsafe(16), d, _alt(d)))
                elif case_id is not None or own:
                    shown.append(PageFile(secrets.token_urlsafe(16), d, _download(d), case_id, own))
        self.files.pop(session.token_hash, None)
        if shown:
            self.files[session.token_hash] = shown[-MAX_FILES:]
            while len(self.files) > MAX_SESSIONS_WITH_FILES:  # the oldest go first: they can ask again
                self.files.pop(next(iter(self.files)))

    async def file(self, request: Request) -> Response:
        """A file of the page: only to the session it was made for, signed in, and while its person is still
        in their case. A picture opens in the page; an export downloads (an attachment), and only while its
        worker is still a worker of that case."""
        session = await self._session(request)
        if session is None or await self._gate(request, session) is not None:
            return self._message(request, NO_SESSION, status=403)
        wanted = request.path_params["id"]
        found = next((f for f in self.files.get(session.token_hash, []) if f.id == wanted), None)
        if found is None or not await self.db(lambda: self._may_open(session, found)):
            return Response(status_code=404)
        document = found.document
        kind = MEDIA_TYPES.get(Path(document.filename).suffix, "application/octet-stream")
        how = f'attachment; filename="{document.filename}"' if found.downloaded else "inline"
        return Response(document.content, media_type=kind, headers={"content-disposition": how})

    def _may_open(self, session: accounts.Session, found: PageFile) -> bool:
        """Whether the session's person may still open this file: an export while they are a worker of its
        case (open or closed, as the step's check), a picture while they are in their case, their own copy
        always (it is theirs, and only the session it was made for holds it)."""
        person_id = session.account.person_id
        if found.own:
            return True
        with self.store.transaction() as tx:
            if found.case_id is not None:
                try:
                    cases.require_worker(tx.c, person_id, found.case_id, open_only=False)
                except cases.AccessDenied:
                    log.info("refused: web account %s, export download, case %s", session.account.id, found.case_id)
                    return False
                return True
            return session.account.is_worker or accounts.family_role(tx.c, person_id) is not None

    def _hand_to_telegram(self, delivery: Delivery) -> None:
        """Messages the step sent to people on Telegram (an alert to the worker) go now, when the bot runs in
        this process; else the Telegram sender takes them from the outbox."""
        others = tuple((to, m) for to, m in delivery.elsewhere if not is_web(to))
        if self.telegram is None or not others:
            return
        task = asyncio.get_running_loop().create_task(
            self.telegram.deliver(Delivery(delivery.chat_id, elsewhere=others))
        )
        self.handing.add(task)
        task.add_done_callback(self.handing.discard)

    def _secret_page(
        self,
        locale: str,
        csrf: str,
        *,
        new: bool,
        kind: str,
        role: str | None,
        error: Text | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        """The page that asks for a secret (``new``: to choose one) of this kind: a PIN, or three pictures; with
        the emergency help for the person's ``role``, and on a locked chat that help is there now."""
        help = page_help(role, locale, locked=error is LOCKED)
        if kind == accounts.PICTURES:
            ask = CHOOSE_PICTURES if new else ENTER_PICTURES
            pictures = [(name, render(label, locale)) for name, label in PICTURE_NAMES.items()]
            places = [(f"p{i + 1}", render(place, locale)) for i, place in enumerate(PLACES)]
            said = render(error, locale) if error else None
            return self._page("pictures.html", locale, status, new=new, csrf=csrf, ask=render(ask, locale),
                              error=said, pictures=pictures, places=places, emergency=help)  # fmt: skip
        worker = role == "worker"
        ask = (CHOOSE_WORKER_PIN if worker else CHOOSE_PIN) if new else ENTER_PIN
        return self._page("pin.html", locale, status, new=new, csrf=csrf, ask=render(ask, locale),
                          error=render(error, locale) if error else None, emergency=help, worker=worker)  # fmt: skip

    def _locale_and_role(self, session: accounts.Session) -> tuple[str, str | None]:
        """The person's language, and their role for the help a page shows ("worker" for a worker)."""
        with self.store.transaction() as tx:
            locale = self.companion.locale_of(tx.person(session.account.user_id))
            if session.account.is_worker:
                return locale, "worker"
            return locale, accounts.family_role(tx.c, session.account.person_id)

    async def pin_new(self, request: Request) -> Response:
        """Choose a secret: a PIN (4 to 6 numbers, typed twice), or three pictures in order."""
        session = await self._session(request)
        if session is None or session.account.has_pin:  # a browser of theirs, with no secret (yet, or reset)
            return RedirectResponse("/chat", status_code=303)
        if session.account.is_worker and not session.signed_in:  # a worker's comes only from their link
            return self._message(request, NO_SESSION, role="worker")
        locale, role = await self.db(lambda: self._locale_and_role(session))
        worker = session.account.is_worker
        kind = accounts.PICTURES if request.query_params.get("kind") == accounts.PICTURES else accounts.PIN
        kind = accounts.PIN if worker else kind
        error = None
        if request.method == "POST":
            fields = await self._checked_form(request, session)
            if fields is None:
                return RedirectResponse("/pin/new", status_code=303)
            kind = accounts.PICTURES if fields.get("kind") == accounts.PICTURES and not worker else accounts.PIN
            secret = _secret_given(kind, fields, worker=worker)
            if secret is not None and (kind == accounts.PICTURES or secret == fields.get("again", "")):

                def keep() -> str:
                    with self.store.transaction() as tx:
                        accounts.set_pin(tx.c, session.account.id, secret, kind)
                        return accounts.rotate(tx.c, session)

                response = RedirectResponse("/chat", status_code=303)
                self._set_cookie(response, request, await self.db(keep))
                return response
            error = PICTURES_BAD if kind == accounts.PICTURES else WORKER_PIN_BAD if worker else PIN_BAD
        return self._secret_page(locale, session.csrf, new=True, kind=kind, role=role, error=error)

    async def pin(self, request: Request) -> Response:
        """Give the secret again: after 15 minutes idle, or on a new device. Five wrong tries lock it."""
        session = await self._session(request)
        if session is None:
            return self._message(request, NO_SESSION)
        if session.signed_in or not session.account.has_pin:
            return RedirectResponse("/chat", status_code=303)
        locale, role = await self.db(lambda: self._locale_and_role(session))
        kind = session.account.secret_kind or accounts.PIN
        if request.method == "POST":
            fields = await self._checked_form(request, session)
            if fields is None:
                return RedirectResponse("/pin", status_code=303)
            secret = _secret_given(kind, fields) or ""

            def check() -> tuple[bool | None, str | None]:
                with self.store.transaction() as tx:
                    right = accounts.check_pin(tx.c, session.account.id, secret)
                    return right, accounts.rotate(tx.c, session) if right else None

            right, token = await self.db(check)
            if right and token is not None:
                response = RedirectResponse("/chat", status_code=303)
                self._set_cookie(response, request, token)
                return response
            log.info("web account %s: wrong secret%s", session.account.id, " (locked)" if right is None else "")
            wrong = PICTURES_WRONG if kind == accounts.PICTURES else PIN_WRONG
            error = LOCKED if right is None else wrong
            return self._secret_page(locale, session.csrf, new=False, kind=kind, role=role, error=error, status=403)
        error = LOCKED if accounts.locked(session.account) else None
        return self._secret_page(locale, session.csrf, new=False, kind=kind, role=role, error=error)

    async def signin(self, request: Request) -> Response:
        """A worker's one-time sign-in link, looked at: a "Sign in" form. Looking does not use it (a link
        preview must not); pressing it does (`signin_post`)."""
        token = request.path_params["token"]
        locale = self._visitor_locale(request)
        opens, has_pin = await self.db(lambda: self._link_opens(token)) if cases.well_formed(token) else (False, False)
        if not opens:
            return self._message(request, LINK_BAD, locale, status=404, role="worker")
        form_token = request.cookies.get(JOIN_COOKIE) or secrets.token_urlsafe(32)
        forgot = (render(FORGOT_PIN, locale), render(NEW_PIN, locale)) if has_pin else None
        response = self._page("signin.html", locale, ask=render(SIGN_IN_ASK, locale), button=render(SIGN_IN, locale),
                              token=token, csrf=form_token, forgot=forgot)  # fmt: skip
        self._set_cookie(response, request, form_token, JOIN_COOKIE)
        return response

    def _link_opens(self, token: str) -> tuple[bool, bool]:
        """Whether the link works, and whether its worker has a web PIN already."""
        with self.store.transaction() as tx:
            return accounts.worker_link_opens(tx.c, token), accounts.worker_link_has_pin(tx.c, token)

    async def signin_post(self, request: Request) -> Response:
        """The worker's link used (once): a new session on their web account, then their PIN (chosen the
        first time, or again when they pressed "Choose a new PIN": the link is the administrator's word for
        who they are). The same worker dialogues as on Telegram follow: one person whatever the channel."""
        token = request.path_params["token"]
        form = await request.form()
        given, expected = form.get("csrf"), request.cookies.get(JOIN_COOKIE, "")
        if not isinstance(given, str) or not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            return RedirectResponse(f"/signin/{token}", status_code=303)
        old = request.cookies.get(COOKIE)
        forgot = form.get("forgot") == "1"

        def use() -> tuple[str | None, bool]:
            with self.store.transaction() as tx:
                account = accounts.use_worker_link(tx.c, token) if cases.well_formed(token) else None
                if account is None:
                    return None, False
                accounts.end_session(tx.c, old)
                if forgot and account.has_pin:
                    accounts.forget_worker_pin(tx.c, account)
                    log.info("web account %s: a new PIN to choose, with a fresh sign-in link", account.id)
                    account = replace(account, has_pin=False)
                return accounts.start_session(tx.c, account.id, signed_in=not account.has_pin), account.has_pin

        new_token, has_pin = await self.db(use)
        if new_token is None:
            return self._message(request, LINK_BAD, status=404, role="worker")
        response = RedirectResponse("/pin" if has_pin else "/pin/new", status_code=303)
        self._set_cookie(response, request, new_token)
        response.delete_cookie(JOIN_COOKIE, path="/", httponly=True, samesite="strict", secure=self._secure(request))
        return response

    async def leave(self, request: Request) -> Response:
        """Leave quickly: the session ends and a neutral site replaces the page."""
        token = request.cookies.get(COOKIE)

        def end() -> None:
            with self.store.transaction() as tx:
                session = accounts.session(tx.c, token)
                if session is not None:
                    self.files.pop(session.token_hash, None)
                accounts.end_session(tx.c, token)

        await self.db(end)
        response = RedirectResponse(self.settings.web_exit_url, status_code=303)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=self._secure(request))
        return response

    async def home(self, request: Request) -> Response:
        return self._message(request, NO_SESSION)


def pick_language(accept_language: str, default: str) -> str:
    """The first language the browser asks for (by its q weights) that we offer, else ``default``."""
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        ours = supported(tag.strip())
        if ours is not None and weight > 0:
            weighted.append((-weight, index, ours))
    return min(weighted)[2] if weighted else default


def _secret_given(kind: str, fields: dict[str, str], *, worker: bool = False) -> str | None:
    """The secret a form gives, as kept: a PIN's numbers, or three pictures' names in order; None when it
    is not one (for a ``worker``, a PIN as `accounts.good_worker_pin` asks)."""
    if kind == accounts.PICTURES:
        chosen = [fields.get(f"p{i}", "") for i in (1, 2, 3)]
        return ",".join(chosen) if all(name in PICTURE_NAMES for name in chosen) else None
    pin = fields.get("pin", "")
    return pin if (accounts.good_worker_pin if worker else accounts.good_pin)(pin) else None


def _alt(document: Document) -> Text:
    """What a picture shows, for screen readers."""
    if document.filename.startswith("story-picture-"):
        return STORY_ALT
    return HOUSES_ALT if document.filename == "my-three-houses.png" else CHART_ALT


def _download(document: Document) -> Text:
    """The link that downloads an export, naming its file."""
    return T("⬇️ Download {file}", file=Text.as_written(document.filename))


def cases_bad_code() -> Text:
    from dialogues.cases import BAD_CODE

    return BAD_CODE


def _incoming(address: int, user_id: int, fields: dict[str, str]) -> Incoming | None:
    """What a form brings, as Telegram would: a button's data (question number and choice, or a command),
    or words typed (a /command too)."""
    data = fields.get("b")
    if data:
        command = parse_command_data(data)
        if command is not None:
            return Incoming(address, user_id, command)
        seq, choice_id = parse_choice_data(data)
        if seq is None:
            return None
        return Incoming(address, user_id, Input.choice(choice_id), seq=seq)
    words = in_parts(fields.get("words", ""), MAX_WORDS)
    if not words:
        return None
    return Incoming(address, user_id, parse_text(words[0]), seq=_question(fields))


def _question(fields: Mapping[str, Any]) -> int | None:
    """The question the form's page was at (its "q"), which words or a file sent from it answer; None when the
    form does not say (then they go to the question now, as on Telegram)."""
    q = fields.get("q")
    return int(q) if isinstance(q, str) and q.isdigit() and len(q) < 12 else None


def _more_words(address: int, user_id: int, fields: dict[str, str]) -> list[Incoming]:
    """The rest of words too long for one message, as the messages that follow the first (`in_parts`)."""
    if fields.get("b"):
        return []
    return [Incoming(address, user_id, Input.text(part)) for part in in_parts(fields.get("words", ""), MAX_WORDS)[1:]]


def create_app(settings: Settings, companion: Companion, telegram: TelegramBot | None = None) -> Starlette:
    chat = WebChat(settings, companion, telegram)

    async def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("web.css", "web.js"):
            return Response(status_code=404)
        return FileResponse(HERE / "static" / name)

    async def picture(request: Request) -> Response:
        name = request.path_params["name"].removesuffix(".svg")
        if name not in PICTURE_NAMES:
            return Response(status_code=404)
        return FileResponse(HERE / "static" / "pictures" / f"{name}.svg", media_type="image/svg+xml")

    routes = [
        Route("/", chat.home),
        Route("/healthz", chat.healthz),
        Route("/join/{code}", chat.join, methods=["GET"]),
        Route("/join/{code}", chat.join_post, methods=["POST"]),
        Route("/chat", chat.chat, methods=["GET"]),
        Route("/chat", chat.step, methods=["POST"]),
        Route(UPLOAD_PATH, chat.upload, methods=["POST"]),
        Route("/pin/new", chat.pin_new, methods=["GET", "POST"]),
        Route("/pin", chat.pin, methods=["GET", "POST"]),
        Route("/signin/{token}", chat.signin, methods=["GET"]),
        Route("/signin/{token}", chat.signin_post, methods=["POST"]),
        Route("/file/{id}", chat.file, methods=["GET"]),
        Route("/leave", chat.leave),
        Route("/static/{name}", static_file),
        Route("/static/pictures/{name}", picture),
    ]
    routes += webhook.routes(settings, telegram, companion.store.engine)  # Telegram's webhook, /metrics
    app = Starlette(routes=routes)
    app.state.chat = chat
    app.add_middleware(Headers)
    return app


async def serve(
    settings: Settings, companion: Companion, ready: Callable[[str], None], steps: StepsApart | None = None
) -> None:
    """The web chat under uvicorn and, with a Telegram token set, the Telegram bot (`TelegramBot`, polling)
    in the same process (its steps in the process ``steps`` started, `bot.steps`), until SIGINT or SIGTERM.
    ``ready`` gets the address to open once the web chat listens."""
    import signal

    import uvicorn

    telegram = None
    if settings.token:
        from bot.telegram_app import TelegramBot

        telegram = TelegramBot(settings, companion, steps=steps)
    host, port = settings.listen
    # no access log: paths hold invitation codes
    app = create_app(settings, companion, telegram)
    config = uvicorn.Config(
        app, host=host, port=port, log_config=None, access_log=False,
        lifespan="off",
    )  # fmt: skip
    address = settings.public_url or f"http://{host}:{port}"

    class Server(uvicorn.Server):
        def capture_signals(self) -> Any:  # the signals are ours (and the Telegram bot's): see below
            from contextlib import nullcontext

            return nullcontext()

        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                ready(f"{address}/")

    server = Server(config)
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    tasks = [loop.create_task(server.serve())]
    if telegram is not None:
        stopping = telegram.stopping  # its run() takes SIGINT and SIGTERM
        tasks.append(loop.create_task(telegram.run()))
    else:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        tasks.append(loop.create_task(app.state.chat.tend(stopping)))  # what the bot would do
    watcher = loop.create_task(stopping.wait())
    done, _ = await asyncio.wait({*tasks, watcher}, return_when=asyncio.FIRST_COMPLETED)
    stopping.set()  # one ended (a signal, a refused token, a port in use): the other ends too
    server.should_exit = True
    await asyncio.gather(*tasks, return_exceptions=True)
    watcher.cancel()
    for task in tasks:
        if task in done and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
