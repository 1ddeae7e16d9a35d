"""A local fake Telegram Bot API server for end-to-end tests and benchmarks.

The bot under test talks to :class:`FakeBotApi` over real HTTP (point
python-telegram-bot at it with ``base_url=api.base_url`` and
``base_file_url=api.file_url``).  Tests play the Telegram users through the
``user_*`` methods and inspect what the bot sent through :attr:`FakeBotApi.sent`,
:meth:`FakeBotApi.messages_to` and :meth:`FakeBotApi.wait_for`.

:class:`FakeBotApi` lives on the event loop that started it.  For synchronous
code use :class:`FakeBotApiThread`, which runs the server on its own loop in a
daemon thread and exposes thread-safe, blocking mirrors of the same API.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from types import TracebackType
from typing import Any, Self, TypeVar

from aiohttp import web

__all__ = [
    "FakeBotApi",
    "FakeBotApiThread",
    "SentListener",
    "SentRecord",
    "UploadedFile",
]

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
ChatId = int | str
SentListener = Callable[["SentRecord"], Any]
_T = TypeVar("_T")

#: Methods whose records count as "messages to a chat" (see ``messages_to``).
SEND_METHODS: frozenset[str] = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendVoice"})
#: Methods that only read state; they are not added to ``sent``.
_READ_ONLY_METHODS: frozenset[str] = frozenset(
    {"getMe", "getUpdates", "getMyCommands", "getWebhookInfo", "getFile", "deleteWebhook"}
)

# Parameters that are always plain strings and must never be JSON-decoded.
_STRING_KEYS: frozenset[str] = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "language_code",
        "url",
        "title",
        "description",
        "short_description",
        "name",
        "emoji",
        "action",
        "secret_token",
        "business_connection_id",
        "message_effect_id",
        "file_id",
        "query_id",
        "photo",
        "document",
        "video",
        "audio",
        "voice",
        "animation",
        "video_note",
        "sticker",
        "thumbnail",
        "question",
        "explanation",
        "phone_number",
        "first_name",
        "last_name",
        "vcard",
        "address",
        "custom_title",
    }
)
# Parameters that carry JSON objects/arrays (decoded even when a JSON body holds a string).
_JSON_KEYS: frozenset[str] = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "media",
        "results",
        "menu_button",
        "options",
    }
)
_INLINE_BUTTON_ACTIONS: frozenset[str] = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)

_dumps = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))

_JSON_TYPE = {"Content-Type": "application/json"}
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)

#: Telegram's words for the refusals tests can inject into getUpdates.
CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
SERVER_ERRORS: dict[int, str] = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


class _ApiError(Exception):
    """An error answered to the bot in Telegram's error shape."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def body(self) -> JSONDict:
        """Telegram's JSON error body."""
        body: JSONDict = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class UploadedFile:
    """A file the bot uploaded (multipart) or a user "sent"."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes
    file_id: str = ""
    file_unique_id: str = ""
    file_path: str = ""


@dataclass(slots=True)
class SentRecord:
    """One successful state-changing call the bot made.

    ``text``/``caption`` are the plain text after entity parsing (what the user
    sees); the raw value is in ``params``.  ``timestamp`` is ``time.time()``,
    ``perf`` is ``time.perf_counter()``.  ``trigger_update_id``/``latency`` refer
    to the most recent update pushed into the same chat before this call.
    """

    method: str
    chat_id: ChatId | None
    text: str | None
    reply_markup: JSONDict | None
    message_id: int | None
    params: JSONDict
    timestamp: float
    perf: float
    caption: str | None = None
    files: dict[str, UploadedFile] = field(default_factory=dict)
    result: Any = None
    index: int = 0
    trigger_update_id: int | None = None
    latency: float | None = None

    @property
    def inline_buttons(self) -> list[JSONDict]:
        """All inline keyboard buttons, flattened row by row."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [button for row in rows for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The callback_data of every inline button that has one."""
        return [b["callback_data"] for b in self.inline_buttons if "callback_data" in b]

    def callback_data_for(self, text: str) -> str:
        """callback_data of the first button whose text contains ``text``."""
        for button in self.inline_buttons:
            if text in button.get("text", "") and "callback_data" in button:
                return str(button["callback_data"])
        raise KeyError(f"no inline button containing {text!r} in {self.describe()}")

    def describe(self) -> str:
        """A short one-line description for assertion messages."""
        body = self.text if self.text is not None else self.caption
        if body is not None and len(body) > 60:
            body = body[:57] + "..."
        return f"{self.method}(chat={self.chat_id}, msg={self.message_id}, {body!r})"


class _Waiter:
    __slots__ = ("future", "predicate")

    def __init__(self, predicate: Callable[[SentRecord], bool], future: asyncio.Future[SentRecord]) -> None:
        self.predicate = predicate
        self.future = future


# --------------------------------------------------------------------------- text helpers


def _u16(text: str) -> int:
    """Length in UTF-16 code units (Telegram's entity offset unit)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _entity_error(message: str) -> _ApiError:
    return _bad(f"can't parse entities: {message}")


class _Out:
    """Accumulates parsed plain text and tracks its UTF-16 length."""

    __slots__ = ("parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, chunk: str) -> None:
        if chunk:
            self.parts.append(chunk)
            self.pos += _u16(chunk)

    def text(self) -> str:
        return "".join(self.parts)


def _entity(kind: str, start: int, end: int, **extra: Any) -> JSONDict | None:
    if end <= start:
        return None
    ent: JSONDict = {"type": kind, "offset": start, "length": end - start}
    ent.update({k: v for k, v in extra.items() if v})
    return ent


_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_HTML_SPECIAL = re.compile(r"[<&]")
_HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_TAG_NAME = re.compile(r"([a-zA-Z][a-zA-Z0-9-]*)")
_HTML_ATTR = re.compile(r"""([a-zA-Z_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _parse_html(text: str) -> tuple[str, list[JSONDict]]:
    out = _Out()
    entities: list[JSONDict] = []
    stack: list[tuple[str, int, dict[str, str]]] = []
    i, n = 0, len(text)
    while i < n:
        match = _HTML_SPECIAL.search(text, i)
        j = match.start() if match else n
        if j > i:
            out.add(text[i:j])
            i = j
            continue
        if text[i] == "&":
            ent = _HTML_ENTITY.match(text, i)
            if ent is None:
                out.add("&")
                i += 1
                continue
            if ent.group(1):
                out.add(_HTML_NAMED[ent.group(1)])
            else:
                code = int(ent.group(2)) if ent.group(2) else int(ent.group(3), 16)
                out.add(chr(code) if 0 < code <= 0x10FFFF else "\ufffd")
            i = ent.end()
            continue
        end = text.find(">", i + 1)
        if end == -1:
            raise _entity_error(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
        inner = text[i + 1 : end]
        if inner.startswith("/"):
            name = inner[1:].strip().lower()
            if not stack:
                raise _entity_error(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            tag, start, attrs = stack.pop()
            if name != tag:
                raise _entity_error(
                    f'Unmatched end tag at byte offset {_byte_offset(text, i)}, expected "</{tag}>", found "</{name}>"'
                )
            kind = _HTML_TAGS[tag]
            extra: dict[str, Any] = {}
            if tag == "a":
                extra["url"] = attrs.get("href", "")
                if not extra["url"]:
                    kind = ""
            elif tag == "code" and stack and stack[-1][0] == "pre":
                language = attrs.get("class", "")
                if language.startswith("language-"):
                    stack[-1][2]["_language"] = language[len("language-") :]
                    kind = ""
            elif tag == "pre":
                extra["language"] = attrs.get("_language")
            elif tag == "tg-emoji":
                extra["custom_emoji_id"] = attrs.get("emoji-id")
            elif tag == "blockquote" and attrs.get("_expandable"):
                kind = "expandable_blockquote"
            if kind:
                ent_dict = _entity(kind, start, out.pos, **extra)
                if ent_dict:
                    entities.append(ent_dict)
        else:
            tag_match = _HTML_TAG_NAME.match(inner)
            name = tag_match.group(1).lower() if tag_match else ""
            if name not in _HTML_TAGS:
                raise _entity_error(f'Unsupported start tag "{name or inner}" at byte offset {_byte_offset(text, i)}')
            attrs = {
                m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                for m in _HTML_ATTR.finditer(inner, len(name))
            }
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise _entity_error(f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(text, i)}')
            if name == "blockquote" and re.search(r"\bexpandable\b", inner):
                attrs["_expandable"] = "1"
            stack.append((name, out.pos, attrs))
        i = end + 1
    if stack:
        raise _entity_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.text(), entities


_MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MDV2_PLAIN = re.compile(r"[^\\_*\[\]()~`>#+\-=|{}.!\n]+")
_MDV2_KIND_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "[": "TextUrl",
}


def _scan_escaped(text: str, i: int, terminator: str) -> tuple[int, str]:
    """Scan from ``i`` to an unescaped ``terminator``; (-1, "") if missing."""
    parts: list[str] = []
    n = len(text)
    while i < n:
        if text.startswith(terminator, i):
            return i, "".join(parts)
        c = text[i]
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            parts.append(text[i + 1])
            i += 2
            continue
        parts.append(c)
        i += 1
    return -1, ""


def _parse_markdown_v2(text: str) -> tuple[str, list[JSONDict]]:
    out = _Out()
    entities: list[JSONDict] = []
    stack: list[tuple[str, int, int]] = []  # (kind, output position, input index)
    quote_start: int | None = None
    expandable = False
    i, n = 0, len(text)

    def close_quote() -> None:
        nonlocal quote_start
        if quote_start is not None:
            kind = "expandable_blockquote" if expandable else "blockquote"
            ent = _entity(kind, quote_start, out.pos)
            if ent:
                entities.append(ent)
            quote_start = None

    while i < n:
        c = text[i]
        if c not in _MDV2_RESERVED and c not in "\\\n":
            plain = _MDV2_PLAIN.match(text, i)
            assert plain is not None
            out.add(plain.group())
            i = plain.end()
            continue
        if c == "\\":
            if i + 1 < n and 0 < ord(text[i + 1]) <= 126:
                out.add(text[i + 1])
                i += 2
            else:
                out.add("\\")
                i += 1
            continue
        line_start = i == 0 or text[i - 1] == "\n"
        if line_start and text.startswith("**>", i):
            close_quote()
            quote_start, expandable = out.pos, True
            i += 3
            continue
        if line_start and c == ">":
            if quote_start is None:
                quote_start, expandable = out.pos, False
            i += 1
            continue
        if c == "\n":
            if quote_start is not None and (i + 1 >= n or text[i + 1] != ">" or text.startswith("**>", i + 1)):
                close_quote()
            out.add("\n")
            i += 1
            continue
        if c == "`":
            if text.startswith("```", i):
                j, content = _scan_escaped(text, i + 3, "```")
                if j < 0:
                    raise _entity_error(f"Can't find end of Pre entity at byte offset {_byte_offset(text, i)}")
                first, sep, rest = content.partition("\n")
                language = ""
                if sep and first and not any(ch.isspace() for ch in first):
                    language, content = first, rest
                start = out.pos
                out.add(content)
                ent = _entity("pre", start, out.pos, language=language)
                i = j + 3
            else:
                j, content = _scan_escaped(text, i + 1, "`")
                if j < 0:
                    raise _entity_error(f"Can't find end of Code entity at byte offset {_byte_offset(text, i)}")
                start = out.pos
                out.add(content)
                ent = _entity("code", start, out.pos)
                i = j + 1
            if ent:
                entities.append(ent)
            continue
        if c == "!" and text.startswith("![", i):
            stack.append(("[", out.pos, i))
            i += 2
            continue
        if c == "[":
            stack.append(("[", out.pos, i))
            i += 1
            continue
        if c == "]" and stack and stack[-1][0] == "[":
            _, start, _ = stack.pop()
            i += 1
            if i < n and text[i] == "(":
                j, url = _scan_escaped(text, i + 1, ")")
                if j < 0:
                    raise _entity_error(f"Can't find end of a URL at byte offset {_byte_offset(text, i)}")
                i = j + 1
                kind = "custom_emoji" if url.startswith("tg://emoji") else "text_link"
                ent = _entity(kind, start, out.pos, url=url if kind == "text_link" else None)
                if ent:
                    entities.append(ent)
            continue
        if c == "*":
            kind, size = "bold", 1
        elif c == "_":
            kind, size = ("underline", 2) if text.startswith("__", i) else ("italic", 1)
        elif c == "~":
            kind, size = "strikethrough", 1
        elif c == "|" and text.startswith("||", i):
            at_line_end = i + 2 >= n or text[i + 2] == "\n"
            if quote_start is not None and expandable and at_line_end and not (stack and stack[-1][0] == "spoiler"):
                i += 2
                close_quote()
                continue
            kind, size = "spoiler", 2
        else:
            raise _entity_error(f"Character '{c}' is reserved and must be escaped with the preceding '\\'")
        if stack and stack[-1][0] == kind:
            _, start, _ = stack.pop()
            ent = _entity(kind, start, out.pos)
            if ent:
                entities.append(ent)
        else:
            stack.append((kind, out.pos, i))
        i += size
    close_quote()
    if stack:
        kind, _, index = stack[-1]
        raise _entity_error(
            f"Can't find end of {_MDV2_KIND_NAMES[kind]} entity at byte offset {_byte_offset(text, index)}"
        )
    return out.text(), entities


_MD_PLAIN = re.compile(r"[^\\*_`\[]+")


def _parse_markdown(text: str) -> tuple[str, list[JSONDict]]:
    out = _Out()
    entities: list[JSONDict] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.add(text[i + 1])
            i += 2
            continue
        if c not in "*_`[":
            plain = _MD_PLAIN.match(text, i)
            chunk = plain.group() if plain else c
            out.add(chunk)
            i += len(chunk)
            continue
        error = _entity_error(f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}")
        start = out.pos
        extra: dict[str, Any] = {}
        if c in "*_":
            j = text.find(c, i + 1)
            if j < 0:
                raise error
            out.add(text[i + 1 : j])
            kind, i = ("bold" if c == "*" else "italic"), j + 1
        elif text.startswith("```", i):
            j = text.find("```", i + 3)
            if j < 0:
                raise error
            content = text[i + 3 : j]
            first, sep, rest = content.partition("\n")
            if sep and first and not any(ch.isspace() for ch in first):
                extra["language"], content = first, rest
            out.add(content)
            kind, i = "pre", j + 3
        elif c == "`":
            j = text.find("`", i + 1)
            if j < 0:
                raise error
            out.add(text[i + 1 : j])
            kind, i = "code", j + 1
        else:  # "["
            j = text.find("]", i + 1)
            if j < 0:
                raise error
            out.add(text[i + 1 : j])
            kind, i = "text_link", j + 1
            if text.startswith("(", i):
                k = text.find(")", i + 1)
                if k < 0:
                    raise error
                extra["url"], i = text[i + 1 : k], k + 1
            else:
                kind = ""
        ent = _entity(kind, start, out.pos, **extra) if kind else None
        if ent:
            entities.append(ent)
    return out.text(), entities


def parse_formatted(text: str, parse_mode: str | None) -> tuple[str, list[JSONDict]]:
    """Parse ``text`` like Telegram does: return (plain text, entities) or raise a 400."""
    mode = (parse_mode or "").lower()
    if not mode:
        return text, []
    if mode == "html":
        plain, entities = _parse_html(text)
    elif mode == "markdownv2":
        plain, entities = _parse_markdown_v2(text)
    elif mode == "markdown":
        plain, entities = _parse_markdown(text)
    else:
        raise _bad("unsupported parse_mode")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return plain, entities


def _strip_formatted(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Trim surrounding whitespace the way Telegram does, shifting/clipping entities."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    shift = _u16(text[: len(text) - len(text.lstrip())])
    limit = _u16(stripped)
    fixed: list[JSONDict] = []
    for ent in entities:
        start = max(ent["offset"] - shift, 0)
        end = min(ent["offset"] + ent["length"] - shift, limit)
        if end > start:
            fixed.append({**ent, "offset": start, "length": end - start})
    return stripped, fixed


# --------------------------------------------------------------------------- parameters


def _decode_value(key: str, value: str) -> Any:
    """Decode one form/query value: JSON for non-string parameters, else the raw string."""
    if key in _STRING_KEYS or not value:
        return value
    c = value[0]
    if c in '{["-' or c.isdigit() or value in ("true", "false", "null"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _opt_int(params: JSONDict, key: str) -> int | None:
    value = params.get(key)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad(f'field "{key}" must be of type Integer') from None


def _opt_float(params: JSONDict, key: str) -> float | None:
    value = params.get(key)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise _bad(f'field "{key}" must be of type Number') from None


def _json_param(params: JSONDict, key: str, what: str) -> Any:
    value = params.get(key)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise _bad(f"can't parse {what} JSON object") from None
    return value


def _scope_key(scope: Any) -> str:
    """A readable key for a BotCommandScope, e.g. ``default`` or ``chat:42``."""
    if not scope:
        return "default"
    if not isinstance(scope, dict) or "type" not in scope:
        raise _bad("can't parse BotCommandScope JSON object")
    parts = [str(scope["type"])]
    if "chat_id" in scope:
        parts.append(str(scope["chat_id"]))
    if "user_id" in scope:
        parts.append(str(scope["user_id"]))
    return ":".join(parts)


# --------------------------------------------------------------------------- server


class FakeBotApi:
    """Fake Telegram Bot API server (aiohttp) plus the simulated-users side."""

    def __init__(
        self,
        *,
        bot_username: str = "SafetyCompanionBot",
        bot_first_name: str = "Safety Companion",
        bot_id: int = 1000,
        strict_chats: bool = False,
        response_delay: float = 0.0,
        on_sent: SentListener | Iterable[SentListener] | None = None,
    ) -> None:
        self.bot_user: JSONDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        #: When true, sending to a chat no user has written from gives "chat not found".
        self.strict_chats = strict_chats
        #: Artificial per-request delay in seconds (simulated network latency).
        self.response_delay = response_delay
        #: Listeners called (in the server's loop) with every new SentRecord.
        self.on_sent: list[SentListener] = []
        if callable(on_sent):
            self.on_sent.append(on_sent)
        elif on_sent is not None:
            self.on_sent.extend(on_sent)

        self.host = "127.0.0.1"
        self.port = 0
        self.tokens_seen: set[str] = set()
        self.last_token: str | None = None
        #: Every recorded bot call, in order.
        self.sent: list[SentRecord] = []
        #: Every request answered with an error: (method, error_code, description, params).
        self.errors: list[tuple[str, int, str, JSONDict]] = []
        self.left_chats: list[ChatId] = []
        #: setMyCommands storage: (scope key, language_code) -> commands.
        self.commands: dict[tuple[str, str], list[JSONDict]] = {}
        self.callback_answers: list[JSONDict] = []
        #: Parameters of settings-style calls (setMyDescription, ...), by method.
        self.settings: dict[str, JSONDict] = {}
        self.method_calls: dict[str, int] = {}

        self._updates: deque[JSONDict] = deque()
        self._update_log: dict[int, JSONDict] = {}
        self._next_update_id = 1
        self._allowed_updates: list[str] | None = None
        self._update_event: asyncio.Event | None = None
        self._chats: dict[ChatId, JSONDict] = {}
        self._chat_aliases: dict[str, int] = {}
        self._users: dict[int, JSONDict] = {}
        self._messages: dict[ChatId, dict[int, JSONDict]] = {}
        self._next_message_id: dict[ChatId, int] = {}
        self._chat_sends: dict[ChatId, list[SentRecord]] = {}
        self._chat_records: dict[ChatId, list[SentRecord]] = {}
        self._chat_last_update: dict[ChatId, tuple[int, float]] = {}
        self._callback_ids: set[str] = set()
        self._next_callback_id = 1
        self._files: dict[str, UploadedFile] = {}
        self._files_by_path: dict[str, UploadedFile] = {}
        self._next_file = 1
        self._blocked: set[ChatId] = set()
        self._left: set[ChatId] = set()
        self._injected: dict[str, deque[_ApiError]] = {}
        self._failing: dict[ChatId, _ApiError] = {}
        self._waiters: set[_Waiter] = set()
        self._count_waiters: dict[ChatId, list[tuple[int, asyncio.Future[list[SentRecord]]]]] = {}
        self._background: set[asyncio.Future[Any]] = set()
        self._polling = 0
        self._poll_waiters: list[asyncio.Future[None]] = []
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

        #: The webhook set with setWebhook (its parameters), or None: then getUpdates serves updates.
        self.webhook: JSONDict | None = None
        #: Base URLs (``http://host:port``) to post webhooks to instead of the registered URL's own, in turn:
        #: a reverse proxy in front of several processes.
        self.webhook_targets: list[str] | None = None
        #: Every webhook post: (update_id, HTTP status, or 0 when the connection failed), in order.
        self.webhook_posts: list[tuple[int, int]] = []
        #: Seconds before an update whose post failed is posted again (Telegram waits longer).
        self.webhook_retry = 0.3
        self._hook_in_flight: dict[int, ChatId | None] = {}
        self._hook_retry_at: dict[int, float] = {}
        self._hook_turn = 0
        self._hook_wake: asyncio.Event | None = None
        self._hook_task: asyncio.Task[None] | None = None

        handlers: dict[str, Callable[[JSONDict, dict[str, UploadedFile]], Any]] = {
            "getMe": self._m_get_me,
            "getUpdates": self._m_get_updates,
            "sendMessage": self._m_send_message,
            "editMessageText": self._m_edit_message_text,
            "editMessageReplyMarkup": self._m_edit_message_reply_markup,
            "answerCallbackQuery": self._m_answer_callback_query,
            "setMyCommands": self._m_set_my_commands,
            "getMyCommands": self._m_get_my_commands,
            "deleteMyCommands": self._m_delete_my_commands,
            "deleteMessage": self._m_delete_message,
            "leaveChat": self._m_leave_chat,
            "sendPhoto": partial(self._m_send_file, "photo"),
            "sendDocument": partial(self._m_send_file, "document"),
            "sendVoice": partial(self._m_send_file, "voice"),
            "getFile": self._m_get_file,
            "sendChatAction": self._m_send_chat_action,
            "deleteWebhook": self._m_delete_webhook,
            "setWebhook": self._m_set_webhook,
            "getWebhookInfo": self._m_get_webhook_info,
        }
        for name in ("setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton"):
            handlers[name] = partial(self._m_setting, name)
        self._methods = {name.lower(): (name, fn) for name, fn in handlers.items()}

    # ----------------------------------------------------------------- lifecycle

    @property
    def base_url(self) -> str:
        """Value for python-telegram-bot's ``base_url`` (token and method are appended)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def file_url(self) -> str:
        """Value for python-telegram-bot's ``base_file_url``."""
        return f"http://{self.host}:{self.port}/file/bot"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Start listening; ``port=0`` picks a free port (see ``base_url``)."""
        if self._runner is not None:
            raise RuntimeError("FakeBotApi already started")
        self._loop = asyncio.get_running_loop()
        self._update_event = asyncio.Event()
        self._closing = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.host = host
        self.port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Release pending long polls and stop the server."""
        self._closing = True
        self._wake_pollers()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        for task in list(self._background):
            task.cancel()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ----------------------------------------------------------------- HTTP layer

    async def _handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        self.tokens_seen.add(token)
        self.last_token = token
        entry = self._methods.get(request.match_info["method"].lower())
        if entry is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                status=404,
                dumps=_dumps,
            )
        name, handler = entry
        self.method_calls[name] = self.method_calls.get(name, 0) + 1
        params: JSONDict = {}
        try:
            params, files = await self._read_params(request)
            if self.response_delay:
                await asyncio.sleep(self.response_delay)
            injected = self._injected.get(name.lower())
            if injected:
                raise injected.popleft()
            result = handler(params, files)
            if inspect.isawaitable(result):
                result = await result
        except _ApiError as err:
            self.errors.append((name, err.code, err.description, params))
            return web.json_response(err.body(), status=err.code, dumps=_dumps)
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, UploadedFile]]:
        params: JSONDict = {k: _decode_value(k, v) for k, v in request.query.items()}
        files: dict[str, UploadedFile] = {}
        if not request.body_exists:
            return params, files
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise _bad("can't parse request JSON object") from None
            if not isinstance(body, dict):
                raise _bad("request JSON must be an object")
            for key, value in body.items():
                if isinstance(value, str) and key in _JSON_KEYS:
                    value = _decode_value(key, value)
                params[key] = value
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = UploadedFile(
                        field=key,
                        filename=value.filename,
                        content_type=value.content_type,
                        data=value.file.read(),
                    )
                elif isinstance(value, str):
                    params[key] = _decode_value(key, value)
        return params, files

    async def _handle_file(self, request: web.Request) -> web.Response:
        self.tokens_seen.add(request.match_info["token"])
        stored = self._files_by_path.get(request.match_info["path"])
        if stored is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"},
                status=404,
                dumps=_dumps,
            )
        return web.Response(body=stored.data, content_type=stored.content_type or "application/octet-stream")

    # ----------------------------------------------------------------- state helpers

    def _norm_chat_id(self, value: Any) -> ChatId:
        if isinstance(value, bool) or value is None:
            raise _bad("chat not found")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        text = str(value).strip()
        if text.lstrip("-").isdigit():
            return int(text)
        if text.startswith("@") and len(text) > 1:
            alias = self._chat_aliases.get(text.lower())
            if alias is None:
                alias = -1001000000000 - len(self._chat_aliases)
                self._chat_aliases[text.lower()] = alias
                self._chats[alias] = {"id": alias, "type": "channel", "title": text[1:], "username": text[1:]}
            return alias
        raise _bad("chat not found")

    def _target_chat(self, params: JSONDict) -> ChatId:
        """The validated chat_id of a bot call."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise _bad("chat_id is empty")
        chat_id = self._norm_chat_id(raw)
        if chat_id in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._left:
            raise _ApiError(403, "Forbidden: bot is not a member of the group chat")
        if chat_id in self._failing:
            raise self._failing[chat_id]
        if self.strict_chats and chat_id not in self._chats:
            raise _bad("chat not found")
        return chat_id

    def _chat(self, chat_id: ChatId) -> JSONDict:
        chat = self._chats.get(chat_id)
        if chat is None:
            if isinstance(chat_id, int) and chat_id > 0:
                chat = {"id": chat_id, "type": "private", "first_name": "User"}
            elif isinstance(chat_id, int) and chat_id < -1000000000000:
                chat = {"id": chat_id, "type": "supergroup", "title": "Group"}
            else:
                chat = {"id": chat_id, "type": "group", "title": "Group"}
            self._chats[chat_id] = chat
        return chat

    def _user(self, user_id: int, first_name: str = "Test", language_code: str | None = "en") -> JSONDict:
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        if self._users.get(user_id) != user:
            self._users[user_id] = user
        return self._users[user_id]

    def _store_message(self, chat_id: ChatId, sender: JSONDict, fields: JSONDict) -> JSONDict:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message: JSONDict = {
            "message_id": message_id,
            "from": sender,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
        }
        message.update(fields)
        self._messages.setdefault(chat_id, {})[message_id] = message
        return message

    def _find_message(self, chat_id: ChatId, message_id: int | None) -> JSONDict | None:
        if message_id is None:
            return None
        return self._messages.get(chat_id, {}).get(message_id)

    def _format(
        self, raw: Any, params: JSONDict, entities_key: str, limit: int, too_long: str
    ) -> tuple[str, list[JSONDict]]:
        text = "" if raw is None else str(raw)
        parse_mode = params.get("parse_mode")
        if parse_mode:
            plain, entities = parse_formatted(text, str(parse_mode))
        else:
            given = _json_param(params, entities_key, "entities")
            plain, entities = text, list(given) if isinstance(given, list) else []
        plain, entities = _strip_formatted(plain, entities)
        if len(plain) > limit:
            raise _bad(too_long)
        return plain, entities

    def _format_text(self, params: JSONDict) -> tuple[str, list[JSONDict]]:
        text, entities = self._format(params.get("text"), params, "entities", 4096, "message is too long")
        if not text:
            raise _bad("message text is empty")
        return text, entities

    def _format_caption(self, params: JSONDict) -> tuple[str, list[JSONDict]]:
        return self._format(params.get("caption"), params, "caption_entities", 1024, "message caption is too long")

    @staticmethod
    def _check_markup(params: JSONDict) -> JSONDict | None:
        markup = _json_param(params, "reply_markup", "reply keyboard markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
            for row in rows:
                for button in row:
                    if not isinstance(button, dict):
                        raise _bad("can't parse inline keyboard button: InlineKeyboardButton should be an Object")
                    if not isinstance(button.get("text"), str):
                        raise _bad('can\'t parse inline keyboard button: Field "text" must be of type String')
                    if "callback_data" in button:
                        data = button["callback_data"]
                        if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                            raise _bad("BUTTON_DATA_INVALID")
                    elif not _INLINE_BUTTON_ACTIONS.intersection(button):
                        raise _bad(
                            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                        )
                    url = button.get("url")
                    if url is not None and not (
                        isinstance(url, str) and url.startswith(("http://", "https://", "tg://"))
                    ):
                        raise _bad("BUTTON_URL_INVALID")
        elif "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays')
            for row in rows:
                for button in row:
                    if not isinstance(button, str) and not (
                        isinstance(button, dict) and isinstance(button.get("text"), str)
                    ):
                        raise _bad("can't parse keyboard button")
        elif "remove_keyboard" not in markup and "force_reply" not in markup:
            raise _bad("can't parse reply keyboard markup JSON object")
        return markup

    def _reply_target(self, chat_id: ChatId, params: JSONDict) -> JSONDict | None:
        reply = _json_param(params, "reply_parameters", "reply parameters")
        allow = bool(params.get("allow_sending_without_reply"))
        message_id: Any = params.get("reply_to_message_id")
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow = allow or bool(reply.get("allow_sending_without_reply"))
        if message_id is None:
            return None
        found = self._find_message(chat_id, int(message_id))
        if found is None and not allow:
            raise _bad("message to be replied not found")
        return found

    def _record(
        self,
        method: str,
        chat_id: ChatId | None,
        params: JSONDict,
        result: Any,
        *,
        text: str | None = None,
        caption: str | None = None,
        reply_markup: JSONDict | None = None,
        message_id: int | None = None,
        files: dict[str, UploadedFile] | None = None,
    ) -> SentRecord:
        perf = time.perf_counter()
        record = SentRecord(
            method=method,
            chat_id=chat_id,
            text=text,
            reply_markup=reply_markup,
            message_id=message_id,
            params=params,
            timestamp=time.time(),
            perf=perf,
            caption=caption,
            files=files or {},
            result=result,
            index=len(self.sent),
        )
        if chat_id is not None:
            last = self._chat_last_update.get(chat_id)
            if last is not None:
                record.trigger_update_id = last[0]
                record.latency = perf - last[1]
            self._chat_records.setdefault(chat_id, []).append(record)
        self.sent.append(record)
        if method in SEND_METHODS and chat_id is not None:
            sends = self._chat_sends.setdefault(chat_id, [])
            sends.append(record)
            waiting = self._count_waiters.get(chat_id)
            if waiting:
                still: list[tuple[int, asyncio.Future[list[SentRecord]]]] = []
                for n, future in waiting:
                    if future.done():
                        continue
                    if len(sends) >= n:
                        future.set_result(list(sends))
                    else:
                        still.append((n, future))
                if still:
                    self._count_waiters[chat_id] = still
                else:
                    del self._count_waiters[chat_id]
        for waiter in tuple(self._waiters):
            if waiter.future.done():
                continue
            try:
                matched = waiter.predicate(record)
            except Exception as exc:
                waiter.future.set_exception(exc)
                continue
            if matched:
                waiter.future.set_result(record)
        for listener in tuple(self.on_sent):
            try:
                outcome = listener(record)
                if inspect.isawaitable(outcome):
                    task = asyncio.ensure_future(outcome)
                    self._background.add(task)
                    task.add_done_callback(self._background.discard)
            except Exception:
                logger.exception("on_sent listener failed")
        return record

    def _store_upload(self, upload: UploadedFile, kind: str) -> UploadedFile:
        number = self._next_file
        self._next_file += 1
        upload.file_id = f"{kind}-{number}-fake"
        upload.file_unique_id = f"u{kind}{number}"
        suffix = ""
        if upload.filename and "." in upload.filename:
            suffix = upload.filename[upload.filename.rfind(".") :]
        upload.file_path = f"{kind}s/file_{number}{suffix}"
        self._files[upload.file_id] = upload
        self._files_by_path[upload.file_path] = upload
        return upload

    # ----------------------------------------------------------------- Bot API methods

    def _m_get_me(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self.bot_user

    async def _m_get_updates(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[JSONDict]:
        offset = _opt_int(params, "offset")
        limit = _opt_int(params, "limit") or 100
        limit = min(max(limit, 1), 100)
        timeout = max(_opt_float(params, "timeout") or 0.0, 0.0)
        allowed = _json_param(params, "allowed_updates", "allowed updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed] or None
        if self.webhook is not None:
            raise _ApiError(409, WEBHOOK_CONFLICT)
        self._confirm(offset)
        result = self._collect(limit)
        if result or timeout <= 0 or self._closing:
            return result
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        self._polling += 1
        for future in self._poll_waiters:
            if not future.done():
                future.set_result(None)
        self._poll_waiters.clear()
        try:
            while not result and not self._closing:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                event = self._update_event
                assert event is not None
                try:
                    async with asyncio.timeout(remaining):
                        await event.wait()
                except TimeoutError:
                    break
                result = self._collect(limit)
        finally:
            self._polling -= 1
        return result

    def _confirm(self, offset: int | None) -> None:
        updates = self._updates
        if offset is None:
            return
        if offset < 0:
            while len(updates) > -offset:
                updates.popleft()
            return
        while updates and updates[0]["update_id"] < offset:
            updates.popleft()

    def _collect(self, limit: int) -> list[JSONDict]:
        allowed = self._allowed_updates
        if allowed is None:
            return list(islice(self._updates, limit))
        result: list[JSONDict] = []
        for update in self._updates:
            if any(kind in update for kind in allowed):
                result.append(update)
                if len(result) >= limit:
                    break
        return result

    def _m_send_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._target_chat(params)
        text, entities = self._format_text(params)
        markup = self._check_markup(params)
        reply_to = self._reply_target(chat_id, params)
        fields: JSONDict = {"text": text}
        if entities:
            fields["entities"] = entities
        if markup and "inline_keyboard" in markup:
            fields["reply_markup"] = markup
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        message = self._store_message(chat_id, self.bot_user, fields)
        self._record(
            "sendMessage", chat_id, params, message, text=text, reply_markup=markup, message_id=message["message_id"]
        )
        return message

    def _editable(self, params: JSONDict) -> tuple[ChatId, JSONDict]:
        chat_id = self._target_chat(params)
        message_id = _opt_int(params, "message_id")
        if message_id is None:
            raise _bad("message identifier is not specified")
        message = self._find_message(chat_id, message_id)
        if message is None:
            raise _bad("message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise _bad("message can't be edited")
        return chat_id, message

    def _replace_message(self, chat_id: ChatId, old: JSONDict, changes: JSONDict, drop: Iterable[str]) -> JSONDict:
        new = {**old, **changes, "edit_date": int(time.time())}
        for key in drop:
            new.pop(key, None)
        self._messages[chat_id][old["message_id"]] = new
        return new

    def _m_edit_message_text(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict | bool:
        text, entities = self._format_text(params)
        markup = self._check_markup(params)
        if params.get("inline_message_id"):
            self._record("editMessageText", None, params, True, text=text, reply_markup=markup)
            return True
        chat_id, message = self._editable(params)
        if "text" not in message:
            raise _bad("there is no text in the message to edit")
        inline = markup if markup and "inline_keyboard" in markup else None
        if (
            text == message["text"]
            and entities == message.get("entities", [])
            and inline == message.get("reply_markup")
        ):
            raise _bad(_NOT_MODIFIED)
        changes: JSONDict = {"text": text}
        drop: list[str] = []
        if entities:
            changes["entities"] = entities
        else:
            drop.append("entities")
        if inline:
            changes["reply_markup"] = inline
        else:
            drop.append("reply_markup")
        new = self._replace_message(chat_id, message, changes, drop)
        self._record(
            "editMessageText", chat_id, params, new, text=text, reply_markup=markup, message_id=new["message_id"]
        )
        return new

    def _m_edit_message_reply_markup(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict | bool:
        markup = self._check_markup(params)
        if params.get("inline_message_id"):
            self._record("editMessageReplyMarkup", None, params, True, reply_markup=markup)
            return True
        chat_id, message = self._editable(params)
        inline = markup if markup and "inline_keyboard" in markup else None
        if inline == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        changes: JSONDict = {"reply_markup": inline} if inline else {}
        new = self._replace_message(chat_id, message, changes, () if inline else ("reply_markup",))
        self._record(
            "editMessageReplyMarkup",
            chat_id,
            params,
            new,
            text=new.get("text"),
            reply_markup=markup,
            message_id=new["message_id"],
        )
        return new

    def _m_answer_callback_query(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = params.get("callback_query_id")
        if not query_id:
            raise _bad("query_id is empty")
        if str(query_id) not in self._callback_ids:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        answer = {
            "callback_query_id": str(query_id),
            "text": params.get("text"),
            "show_alert": bool(params.get("show_alert", False)),
            "url": params.get("url"),
            "cache_time": params.get("cache_time"),
        }
        self.callback_answers.append(answer)
        self._record("answerCallbackQuery", None, params, True, text=answer["text"])
        return True

    def _m_set_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = _json_param(params, "commands", "commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad("too many commands")
        stored: list[JSONDict] = []
        for item in commands:
            if not isinstance(item, dict):
                raise _bad("can't parse BotCommand JSON object")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", ""))
            if not _COMMAND_RE.fullmatch(command):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise _bad("command description must be 1-256 characters")
            stored.append({"command": command, "description": description})
        key = (_scope_key(_json_param(params, "scope", "scope")), str(params.get("language_code") or ""))
        self.commands[key] = stored
        self._record("setMyCommands", None, params, True)
        return True

    def _commands_key(self, params: JSONDict) -> tuple[str, str]:
        return (_scope_key(_json_param(params, "scope", "scope")), str(params.get("language_code") or ""))

    def _m_get_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[JSONDict]:
        return self.commands.get(self._commands_key(params), [])

    def _m_delete_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        self._record("deleteMyCommands", None, params, True)
        return True

    def _m_delete_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._target_chat(params)
        message_id = _opt_int(params, "message_id")
        if message_id is None or self._messages.get(chat_id, {}).pop(message_id, None) is None:
            raise _bad("message to delete not found")
        self._record("deleteMessage", chat_id, params, True, message_id=message_id)
        return True

    def _m_leave_chat(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._target_chat(params)
        self.left_chats.append(chat_id)
        self._left.add(chat_id)
        self._record("leaveChat", chat_id, params, True)
        return True

    def _m_send_file(self, kind: str, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._target_chat(params)
        value = params.get(kind)
        upload = files.get(kind)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
        if upload is None:
            if not isinstance(value, str) or not value:
                raise _bad(f"there is no {kind} in the request")
            upload = self._files.get(value)
            if upload is None:  # a URL or unknown file_id: keep a placeholder
                upload = self._store_upload(
                    UploadedFile(field=kind, filename=value.rsplit("/", 1)[-1], content_type=None, data=b""), kind
                )
        else:
            upload = self._store_upload(upload, kind)
        caption, caption_entities = self._format_caption(params)
        markup = self._check_markup(params)
        reply_to = self._reply_target(chat_id, params)
        ids = {"file_id": upload.file_id, "file_unique_id": upload.file_unique_id, "file_size": len(upload.data)}
        fields: JSONDict = {}
        if kind == "photo":
            fields["photo"] = [{**ids, "width": 800, "height": 600}]
        elif kind == "voice":
            fields["voice"] = {**ids, "duration": 0}
        else:
            document = {**ids, "file_name": upload.filename or "file"}
            if upload.content_type:
                document["mime_type"] = upload.content_type
            fields["document"] = document
        if caption:
            fields["caption"] = caption
        if caption_entities:
            fields["caption_entities"] = caption_entities
        if markup and "inline_keyboard" in markup:
            fields["reply_markup"] = markup
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        message = self._store_message(chat_id, self.bot_user, fields)
        method = {"photo": "sendPhoto", "voice": "sendVoice"}.get(kind, "sendDocument")
        self._record(
            method,
            chat_id,
            params,
            message,
            caption=caption or None,
            reply_markup=markup,
            message_id=message["message_id"],
            files={kind: upload},
        )
        return message

    def _m_get_file(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        stored = self._files.get(str(params.get("file_id", "")))
        if stored is None:
            raise _bad("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def _m_send_chat_action(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._target_chat(params)
        if not params.get("action"):
            raise _bad("action is empty")
        self._record("sendChatAction", chat_id, params, True)
        return True

    def _m_delete_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        self._wake_pollers()
        return True

    def _m_get_webhook_info(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        info: JSONDict = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        if self.webhook is not None:
            info["url"] = self.webhook["url"]
            info["max_connections"] = self.webhook["max_connections"]
            if self.webhook.get("allowed_updates") is not None:
                info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    def _m_set_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        url = str(params.get("url") or "")
        if not url:  # Telegram: an empty URL removes the webhook
            return self._m_delete_webhook(params, files)
        if not re.match(r"^https?://[^/\s]+/", url):
            raise _bad("bad webhook: Failed to resolve host")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _bad("bad webhook: secret token contains unallowed characters")
        connections = _opt_int(params, "max_connections") or 40
        if not 1 <= connections <= 100:
            raise _bad("bad webhook: max_connections must be between 1 and 100")
        allowed = _json_param(params, "allowed_updates", "allowed updates")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {
            "url": url,
            "secret_token": None if secret is None else str(secret),
            "max_connections": connections,
            "allowed_updates": [str(a) for a in allowed] if isinstance(allowed, list) and allowed else None,
        }
        self._record("setWebhook", None, params, True)
        if self._hook_task is None or self._hook_task.done():
            self._hook_task = asyncio.get_running_loop().create_task(self._deliver_webhooks())
            self._background.add(self._hook_task)
            self._hook_task.add_done_callback(self._background.discard)
        return True

    # ----------------------------------------------------------------- webhook delivery

    @staticmethod
    def _update_chat(update: JSONDict) -> ChatId | None:
        for kind in ("message", "edited_message", "my_chat_member", "channel_post"):
            if isinstance(update.get(kind), dict) and "chat" in update[kind]:
                return update[kind]["chat"]["id"]  # type: ignore[no-any-return]
        query = update.get("callback_query")
        if isinstance(query, dict) and isinstance(query.get("message"), dict):
            return query["message"]["chat"]["id"]  # type: ignore[no-any-return]
        return None

    def _hook_url(self) -> str:
        assert self.webhook is not None
        url = str(self.webhook["url"])
        if not self.webhook_targets:
            return url
        target = self.webhook_targets[self._hook_turn % len(self.webhook_targets)]
        self._hook_turn += 1
        path = re.sub(r"^https?://[^/]+", "", url)
        return target.rstrip("/") + path

    async def _deliver_webhooks(self) -> None:
        """Post pending updates to the webhook as Telegram does: a chat's next update only after its last
        was answered 2xx (so one chat's updates go one at a time, in order), chats side by side up to
        max_connections, an update whose post failed (not 2xx, or no answer) posted again a little later."""
        import aiohttp

        self._hook_wake = asyncio.Event()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            while self.webhook is not None and not self._closing:
                self._hook_wake.clear()
                now = time.monotonic()
                blocked = set(self._hook_in_flight.values())
                for update in list(self._updates):
                    if len(self._hook_in_flight) >= self.webhook["max_connections"]:
                        break
                    allowed = self.webhook["allowed_updates"]
                    if allowed is not None and not any(kind in update for kind in allowed):
                        continue
                    update_id = update["update_id"]
                    chat = self._update_chat(update)
                    key = chat if chat is not None else f"update {update_id}"
                    if key in blocked or update_id in self._hook_in_flight:
                        continue
                    blocked.add(key)
                    if self._hook_retry_at.get(update_id, 0.0) > now:
                        continue
                    self._hook_in_flight[update_id] = key
                    task = asyncio.get_running_loop().create_task(self._post_update(session, update))
                    self._background.add(task)
                    task.add_done_callback(self._background.discard)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(0.05):
                        await self._hook_wake.wait()

    async def _post_update(self, session: Any, update: JSONDict) -> None:
        import aiohttp

        update_id = update["update_id"]
        assert self.webhook is not None
        headers = {}
        if self.webhook["secret_token"] is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        status = 0
        try:
            async with session.post(self._hook_url(), data=_dumps(update), headers=headers | _JSON_TYPE) as answer:
                status = answer.status
                await answer.read()
        except (aiohttp.ClientError, TimeoutError, OSError):
            status = 0
        finally:
            self.webhook_posts.append((update_id, status))
            del self._hook_in_flight[update_id]
            if 200 <= status < 300:
                self._hook_retry_at.pop(update_id, None)
                with contextlib.suppress(ValueError):
                    self._updates.remove(update)
            else:
                self._hook_retry_at[update_id] = time.monotonic() + self.webhook_retry
            if self._hook_wake is not None:
                self._hook_wake.set()

    def webhook_answered(self, update_id: int) -> bool:
        """Whether the webhook answered 2xx to this update."""
        return any(u == update_id and 200 <= code < 300 for u, code in self.webhook_posts)

    def _m_setting(self, name: str, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.settings[name] = params
        self._record(name, None, params, True)
        return True

    # ----------------------------------------------------------------- simulated users (sync core)

    def _wake_pollers(self) -> None:
        if self._hook_wake is not None:
            self._hook_wake.set()
        event = self._update_event
        if event is not None:
            self._update_event = asyncio.Event()
            event.set()

    def _push(self, update: JSONDict, chat_id: ChatId | None = None) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        update = {"update_id": update_id, **{k: v for k, v in update.items() if k != "update_id"}}
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._callback_ids.add(str(query["id"]))
        if chat_id is not None:
            self._chat_last_update[chat_id] = (update_id, time.perf_counter())
        self._updates.append(update)
        self._update_log[update_id] = update
        self._wake_pollers()
        return update_id

    def _resolve_chat(self, user: JSONDict, chat_type: str, chat_id: int | None, title: str | None = None) -> JSONDict:
        if chat_type == "private":
            cid = user["id"] if chat_id is None else chat_id
            chat = {"id": cid, "type": "private", "first_name": user["first_name"]}
            self._blocked.discard(cid)
        else:
            if chat_id is None:
                raise ValueError(f"chat_id is required for chat_type={chat_type!r}")
            cid = -abs(chat_id)
            existing = self._chats.get(cid)
            chat = {"id": cid, "type": chat_type, "title": title or (existing or {}).get("title") or "Test Group"}
        self._chats[cid] = chat
        return chat

    def _user_message(
        self,
        user_id: int,
        fields: JSONDict,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Test",
    ) -> int:
        user = self._user(user_id, first_name, language_code)
        chat = self._resolve_chat(user, chat_type, chat_id)
        message = self._store_message(chat["id"], user, fields)
        return self._push({"message": message}, chat["id"])

    def _user_sends_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Test",
    ) -> int:
        fields: JSONDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": _u16(command)}]
        return self._user_message(
            user_id, fields, chat_type=chat_type, chat_id=chat_id, language_code=language_code, first_name=first_name
        )

    def _user_file(self, kind: str, data: bytes, content_type: str) -> UploadedFile:
        return self._store_upload(UploadedFile(field=kind, filename=None, content_type=content_type, data=data), kind)

    def _user_sends_sticker(self, user_id: int, *, emoji: str = "👍", chat_id: int | None = None) -> int:
        upload = self._user_file("sticker", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp")
        sticker = {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(upload.data),
        }
        return self._user_message(user_id, {"sticker": sticker}, chat_id=chat_id)

    def _user_sends_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9",
        chat_id: int | None = None,
    ) -> int:
        upload = self._user_file("photo", data, "image/jpeg")
        size = {"file_id": upload.file_id, "file_unique_id": upload.file_unique_id, "file_size": len(data)}
        fields: JSONDict = {"photo": [{**size, "width": 90, "height": 90}, {**size, "width": 800, "height": 600}]}
        if caption:
            fields["caption"] = caption
        return self._user_message(user_id, fields, chat_id=chat_id)

    def _user_sends_voice(
        self, user_id: int, *, duration: int = 3, data: bytes = b"OggS\x00fake-voice", chat_id: int | None = None
    ) -> int:
        upload = self._user_file("voice", data, "audio/ogg")
        voice = {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(data),
        }
        return self._user_message(user_id, {"voice": voice}, chat_id=chat_id)

    def _user_edits_message(self, user_id: int, message_id: int, new_text: str, *, chat_id: int | None = None) -> int:
        cid = user_id if chat_id is None else chat_id
        old = self._find_message(cid, message_id)
        if old is None:
            raise KeyError(f"no message {message_id} in chat {cid}")
        if old["from"]["id"] != user_id:
            raise ValueError(f"message {message_id} in chat {cid} was not sent by {user_id}")
        changes: JSONDict = {"text": new_text}
        drop: tuple[str, ...] = ("entities",)
        if new_text.startswith("/"):
            command = new_text.split(maxsplit=1)[0]
            changes["entities"] = [{"type": "bot_command", "offset": 0, "length": _u16(command)}]
            drop = ()
        new = self._replace_message(cid, old, changes, drop)
        return self._push({"edited_message": new}, cid)

    def _user_presses(
        self,
        user_id: int,
        callback_data: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        require_button: bool = False,
    ) -> int:
        cid = user_id if chat_id is None else chat_id
        message = self._find_message(cid, message_id)
        if message is None:
            raise KeyError(f"no message {message_id} in chat {cid}")
        if require_button:
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
            if not any(b.get("callback_data") == callback_data for row in rows for b in row):
                raise ValueError(f"message {message_id} has no button {callback_data!r}")
        query_id = f"{self._next_callback_id}{user_id % 100000:05d}"
        self._next_callback_id += 1
        user = self._users.get(user_id) or self._user(user_id)
        query = {"id": query_id, "from": user, "message": message, "chat_instance": f"ci{cid}", "data": callback_data}
        return self._push({"callback_query": query}, cid)

    def _bot_added_to_group(self, user_id: int, group_chat_id: int, *, title: str = "Test Group") -> int:
        user = self._users.get(user_id) or self._user(user_id)
        chat = self._resolve_chat(user, "group", group_chat_id, title)
        self._left.discard(chat["id"])
        member = {
            "chat": chat,
            "from": user,
            "date": int(time.time()),
            "old_chat_member": {"user": self.bot_user, "status": "left"},
            "new_chat_member": {"user": self.bot_user, "status": "member"},
        }
        return self._push({"my_chat_member": member}, chat["id"])

    # ----------------------------------------------------------------- simulated users (async API)

    async def user_sends_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Test",
    ) -> int:
        """A user sends ``text``; "/cmd" gets a bot_command entity. Returns the update_id."""
        return self._user_sends_text(
            user_id, text, chat_type=chat_type, chat_id=chat_id, language_code=language_code, first_name=first_name
        )

    async def user_presses(
        self,
        user_id: int,
        callback_data: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        require_button: bool = False,
    ) -> int:
        """A user presses an inline button on the bot's message ``message_id``."""
        return self._user_presses(
            user_id, callback_data, message_id=message_id, chat_id=chat_id, require_button=require_button
        )

    async def user_sends_sticker(self, user_id: int, *, emoji: str = "👍", chat_id: int | None = None) -> int:
        """A user sends a sticker."""
        return self._user_sends_sticker(user_id, emoji=emoji, chat_id=chat_id)

    async def user_sends_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9",
        chat_id: int | None = None,
    ) -> int:
        """A user sends a photo (downloadable through getFile)."""
        return self._user_sends_photo(user_id, caption=caption, data=data, chat_id=chat_id)

    async def user_sends_voice(
        self, user_id: int, *, duration: int = 3, data: bytes = b"OggS\x00fake-voice", chat_id: int | None = None
    ) -> int:
        """A user sends a voice message (downloadable through getFile)."""
        return self._user_sends_voice(user_id, duration=duration, data=data, chat_id=chat_id)

    async def user_edits_message(
        self, user_id: int, message_id: int, new_text: str, *, chat_id: int | None = None
    ) -> int:
        """A user edits one of their messages (an edited_message update)."""
        return self._user_edits_message(user_id, message_id, new_text, chat_id=chat_id)

    async def user_sends_in_group(self, user_id: int, group_chat_id: int, text: str) -> int:
        """A user writes in a group (chat id made negative)."""
        return self._user_sends_text(user_id, text, chat_type="group", chat_id=group_chat_id)

    async def bot_added_to_group(self, user_id: int, group_chat_id: int, *, title: str = "Test Group") -> int:
        """A user adds the bot to a group (a my_chat_member update)."""
        return self._bot_added_to_group(user_id, group_chat_id, title=title)

    async def push_update(self, update: JSONDict) -> int:
        """Queue an arbitrary update; its update_id is assigned here and returned."""
        return self._push(update)

    # ----------------------------------------------------------------- test controls / queries

    def set_blocked(self, user_id: int, blocked: bool = True) -> None:
        """Make sends to this private chat fail with 403 "bot was blocked by the user"."""
        if blocked:
            self._blocked.add(user_id)
        else:
            self._blocked.discard(user_id)

    def set_failing(
        self, chat_id: ChatId, failing: bool = True, *, error_code: int = 502, description: str = "Bad Gateway"
    ) -> None:
        """Make every call to this chat fail with a server error (5xx) until it is set back."""
        if failing:
            self._failing[chat_id] = _ApiError(error_code, description)
        else:
            self._failing.pop(chat_id, None)

    def inject_error(
        self, method: str, description: str, *, error_code: int = 400, count: int = 1, retry_after: int | None = None
    ) -> None:
        """Make the next ``count`` calls of ``method`` fail with this error."""
        queue = self._injected.setdefault(method.lower(), deque())
        for _ in range(count):
            queue.append(_ApiError(error_code, description, retry_after))

    def flood_get_updates(self, count: int = 1, *, retry_after: int = 1) -> None:
        """The next ``count`` getUpdates calls get 429 Too Many Requests, asking to wait ``retry_after`` s."""
        self.inject_error(
            "getUpdates",
            f"Too Many Requests: retry after {retry_after}",
            error_code=429,
            count=count,
            retry_after=retry_after,
        )

    def conflict_get_updates(self, count: int = 1) -> None:
        """The next ``count`` getUpdates calls get 409 Conflict, as when another process polls the token."""
        self.inject_error("getUpdates", CONFLICT, error_code=409, count=count)

    def fail_get_updates(self, count: int = 1, *, error_code: int = 502) -> None:
        """The next ``count`` getUpdates calls get a server error (502 Bad Gateway by default)."""
        self.inject_error(
            "getUpdates", SERVER_ERRORS.get(error_code, "Internal Server Error"), error_code=error_code, count=count
        )

    def pending_updates(self) -> list[int]:
        """update_ids not yet confirmed by getUpdates(offset=...)."""
        return [u["update_id"] for u in self._updates]

    @property
    def polling(self) -> int:
        """Number of getUpdates calls currently waiting in a long poll."""
        return self._polling

    async def wait_until_polling(self, timeout: float = 10.0) -> None:
        """Wait until some getUpdates call is blocked in a long poll."""
        if self._polling:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._poll_waiters.append(future)
        try:
            async with asyncio.timeout(timeout):
                await future
        except TimeoutError:
            raise TimeoutError(f"no getUpdates long poll within {timeout}s") from None

    def get_update(self, update_id: int) -> JSONDict | None:
        """An update pushed earlier (kept even after confirmation)."""
        return self._update_log.get(update_id)

    def get_message(self, chat_id: ChatId, message_id: int) -> JSONDict | None:
        """Current state of a message (after edits); None if unknown or deleted."""
        return self._find_message(self._norm_chat_id(chat_id), message_id)

    def chat_messages(self, chat_id: ChatId) -> list[JSONDict]:
        """Current messages in a chat (both sides), oldest first."""
        return list(self._messages.get(self._norm_chat_id(chat_id), {}).values())

    def messages_to(self, chat_id: ChatId) -> list[SentRecord]:
        """sendMessage/sendPhoto/sendDocument records for a chat."""
        return list(self._chat_sends.get(self._norm_chat_id(chat_id), ()))

    def records_for(self, chat_id: ChatId) -> list[SentRecord]:
        """Every record (sends, edits, deletes, ...) for a chat."""
        return list(self._chat_records.get(self._norm_chat_id(chat_id), ()))

    def mark(self) -> int:
        """Current length of ``sent``; pass as ``since=`` to wait only for newer records."""
        return len(self.sent)

    async def wait_for(
        self, predicate: Callable[[SentRecord], bool], timeout: float = 10.0, *, since: int = 0
    ) -> SentRecord:
        """First record at index >= ``since`` matching ``predicate``; waits without polling."""
        for index in range(since, len(self.sent)):
            if predicate(self.sent[index]):
                return self.sent[index]
        waiter = _Waiter(predicate, asyncio.get_running_loop().create_future())
        self._waiters.add(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await waiter.future
        except TimeoutError:
            last = ", ".join(r.describe() for r in self.sent[-3:]) or "none"
            raise TimeoutError(
                f"no matching record within {timeout}s ({len(self.sent)} records; last: {last})"
            ) from None
        finally:
            self._waiters.discard(waiter)

    async def wait_for_count(self, chat_id: ChatId, n: int, timeout: float = 10.0) -> list[SentRecord]:
        """Wait until at least ``n`` messages were sent to ``chat_id``; returns them all."""
        cid = self._norm_chat_id(chat_id)
        sends = self._chat_sends.get(cid, [])
        if len(sends) >= n:
            return list(sends)
        future: asyncio.Future[list[SentRecord]] = asyncio.get_running_loop().create_future()
        self._count_waiters.setdefault(cid, []).append((n, future))
        try:
            async with asyncio.timeout(timeout):
                return await future
        except TimeoutError:
            got = ", ".join(r.describe() for r in self._chat_sends.get(cid, [])[-3:]) or "none"
            raise TimeoutError(
                f"expected {n} messages to chat {cid} within {timeout}s, got "
                f"{len(self._chat_sends.get(cid, []))} (last: {got})"
            ) from None

    async def wait_for_message(self, chat_id: ChatId, *, since: int = 0, timeout: float = 10.0) -> SentRecord:
        """First send* record to ``chat_id`` at index >= ``since``."""
        cid = self._norm_chat_id(chat_id)
        return await self.wait_for(lambda r: r.chat_id == cid and r.method in SEND_METHODS, timeout, since=since)


# --------------------------------------------------------------------------- thread wrapper


class FakeBotApiThread:
    """Runs a :class:`FakeBotApi` on its own event loop in a daemon thread.

    All methods are thread-safe and blocking; ``on_sent`` listeners and
    ``wait_for`` predicates run in the server thread.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.api = FakeBotApi(**kwargs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- lifecycle

    def start(self, host: str = "127.0.0.1", port: int = 0) -> Self:
        """Start the server thread; returns once the server is listening."""
        if self._thread is not None:
            raise RuntimeError("FakeBotApiThread already started")
        loop = asyncio.new_event_loop()
        running = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(running.set)
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="FakeBotApi", daemon=True)
        self._thread.start()
        running.wait()
        try:
            asyncio.run_coroutine_threadsafe(self.api.start(host, port), loop).result()
        except BaseException:
            self._stop_loop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server and its thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            asyncio.run_coroutine_threadsafe(self.api.stop(), loop).result(timeout=10)
        self._stop_loop()

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
        self._loop = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """See :attr:`FakeBotApi.base_url`."""
        return self.api.base_url

    @property
    def file_url(self) -> str:
        """See :attr:`FakeBotApi.file_url`."""
        return self.api.file_url

    # ----------------------------------------------------------------- marshalling

    def _in_server_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def _call(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run a plain function on the server loop and return its result."""
        if self._in_server_thread():
            return fn(*args, **kwargs)
        loop = self._loop
        if loop is None:
            raise RuntimeError("FakeBotApiThread is not running")

        async def invoke() -> _T:
            return fn(*args, **kwargs)

        return asyncio.run_coroutine_threadsafe(invoke(), loop).result()

    def _run(self, coro: Coroutine[Any, Any, _T]) -> _T:
        loop = self._loop
        if loop is None or self._in_server_thread():
            coro.close()
            if loop is None:
                raise RuntimeError("FakeBotApiThread is not running")
            raise RuntimeError("blocking wait called from the server thread")
        return asyncio.run_coroutine_threadsafe(coro, loop).result()

    # ----------------------------------------------------------------- simulated users

    def user_sends_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Test",
    ) -> int:
        """See :meth:`FakeBotApi.user_sends_text`."""
        return self._call(
            self.api._user_sends_text,
            user_id,
            text,
            chat_type=chat_type,
            chat_id=chat_id,
            language_code=language_code,
            first_name=first_name,
        )

    def user_presses(
        self,
        user_id: int,
        callback_data: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        require_button: bool = False,
    ) -> int:
        """See :meth:`FakeBotApi.user_presses`."""
        return self._call(
            self.api._user_presses,
            user_id,
            callback_data,
            message_id=message_id,
            chat_id=chat_id,
            require_button=require_button,
        )

    def user_sends_sticker(self, user_id: int, *, emoji: str = "👍", chat_id: int | None = None) -> int:
        """See :meth:`FakeBotApi.user_sends_sticker`."""
        return self._call(self.api._user_sends_sticker, user_id, emoji=emoji, chat_id=chat_id)

    def user_sends_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9",
        chat_id: int | None = None,
    ) -> int:
        """See :meth:`FakeBotApi.user_sends_photo`."""
        return self._call(self.api._user_sends_photo, user_id, caption=caption, data=data, chat_id=chat_id)

    def user_sends_voice(
        self, user_id: int, *, duration: int = 3, data: bytes = b"OggS\x00fake-voice", chat_id: int | None = None
    ) -> int:
        """See :meth:`FakeBotApi.user_sends_voice`."""
        return self._call(self.api._user_sends_voice, user_id, duration=duration, data=data, chat_id=chat_id)

    def user_edits_message(self, user_id: int, message_id: int, new_text: str, *, chat_id: int | None = None) -> int:
        """See :meth:`FakeBotApi.user_edits_message`."""
        return self._call(self.api._user_edits_message, user_id, message_id, new_text, chat_id=chat_id)

    def user_sends_in_group(self, user_id: int, group_chat_id: int, text: str) -> int:
        """See :meth:`FakeBotApi.user_sends_in_group`."""
        return self._call(self.api._user_sends_text, user_id, text, chat_type="group", chat_id=group_chat_id)

    def bot_added_to_group(self, user_id: int, group_chat_id: int, *, title: str = "Test Group") -> int:
        """See :meth:`FakeBotApi.bot_added_to_group`."""
        return self._call(self.api._bot_added_to_group, user_id, group_chat_id, title=title)

    def push_update(self, update: JSONDict) -> int:
        """See :meth:`FakeBotApi.push_update`."""
        return self._call(self.api._push, update)

    # ----------------------------------------------------------------- controls and queries

    def set_blocked(self, user_id: int, blocked: bool = True) -> None:
        """See :meth:`FakeBotApi.set_blocked`."""
        self._call(self.api.set_blocked, user_id, blocked)

    def set_failing(
        self, chat_id: ChatId, failing: bool = True, *, error_code: int = 502, description: str = "Bad Gateway"
    ) -> None:
        """See :meth:`FakeBotApi.set_failing`."""
        self._call(self.api.set_failing, chat_id, failing, error_code=error_code, description=description)

    def inject_error(
        self, method: str, description: str, *, error_code: int = 400, count: int = 1, retry_after: int | None = None
    ) -> None:
        """See :meth:`FakeBotApi.inject_error`."""
        self._call(
            self.api.inject_error, method, description, error_code=error_code, count=count, retry_after=retry_after
        )

    def flood_get_updates(self, count: int = 1, *, retry_after: int = 1) -> None:
        """See :meth:`FakeBotApi.flood_get_updates`."""
        self._call(self.api.flood_get_updates, count, retry_after=retry_after)

    def conflict_get_updates(self, count: int = 1) -> None:
        """See :meth:`FakeBotApi.conflict_get_updates`."""
        self._call(self.api.conflict_get_updates, count)

    def fail_get_updates(self, count: int = 1, *, error_code: int = 502) -> None:
        """See :meth:`FakeBotApi.fail_get_updates`."""
        self._call(self.api.fail_get_updates, count, error_code=error_code)

    def add_sent_listener(self, listener: SentListener) -> None:
        """Add an ``on_sent`` listener (it runs in the server thread)."""
        self._call(self.api.on_sent.append, listener)

    def remove_sent_listener(self, listener: SentListener) -> None:
        """Remove an ``on_sent`` listener."""
        self._call(self.api.on_sent.remove, listener)

    @property
    def sent(self) -> list[SentRecord]:
        """Snapshot of every record so far."""
        return self._call(list, self.api.sent)

    @property
    def errors(self) -> list[tuple[str, int, str, JSONDict]]:
        """Snapshot of error responses."""
        return self._call(list, self.api.errors)

    @property
    def left_chats(self) -> list[ChatId]:
        """Snapshot of chats the bot left."""
        return self._call(list, self.api.left_chats)

    @property
    def commands(self) -> dict[tuple[str, str], list[JSONDict]]:
        """Snapshot of setMyCommands storage."""
        return self._call(dict, self.api.commands)

    @property
    def callback_answers(self) -> list[JSONDict]:
        """Snapshot of answerCallbackQuery calls."""
        return self._call(list, self.api.callback_answers)

    def pending_updates(self) -> list[int]:
        """See :meth:`FakeBotApi.pending_updates`."""
        return self._call(self.api.pending_updates)

    def get_update(self, update_id: int) -> JSONDict | None:
        """See :meth:`FakeBotApi.get_update`."""
        return self._call(self.api.get_update, update_id)

    def get_message(self, chat_id: ChatId, message_id: int) -> JSONDict | None:
        """See :meth:`FakeBotApi.get_message`."""
        return self._call(self.api.get_message, chat_id, message_id)

    def chat_messages(self, chat_id: ChatId) -> list[JSONDict]:
        """See :meth:`FakeBotApi.chat_messages`."""
        return self._call(self.api.chat_messages, chat_id)

    def messages_to(self, chat_id: ChatId) -> list[SentRecord]:
        """See :meth:`FakeBotApi.messages_to`."""
        return self._call(self.api.messages_to, chat_id)

    def records_for(self, chat_id: ChatId) -> list[SentRecord]:
        """See :meth:`FakeBotApi.records_for`."""
        return self._call(self.api.records_for, chat_id)

    def mark(self) -> int:
        """See :meth:`FakeBotApi.mark`."""
        return self._call(self.api.mark)

    def wait_until_polling(self, timeout: float = 10.0) -> None:
        """Blocking :meth:`FakeBotApi.wait_until_polling`."""
        self._run(self.api.wait_until_polling(timeout))

    def wait_for(self, predicate: Callable[[SentRecord], bool], timeout: float = 10.0, *, since: int = 0) -> SentRecord:
        """Blocking :meth:`FakeBotApi.wait_for` (predicate runs in the server thread)."""
        return self._run(self.api.wait_for(predicate, timeout, since=since))

    def wait_for_count(self, chat_id: ChatId, n: int, timeout: float = 10.0) -> list[SentRecord]:
        """Blocking :meth:`FakeBotApi.wait_for_count`."""
        return self._run(self.api.wait_for_count(chat_id, n, timeout))

    def wait_for_message(self, chat_id: ChatId, *, since: int = 0, timeout: float = 10.0) -> SentRecord:
        """Blocking :meth:`FakeBotApi.wait_for_message`."""
        return self._run(self.api.wait_for_message(chat_id, since=since, timeout=timeout))
