"""From Telegram's `Update` to our `Incoming`: the only place that knows the shapes of updates."""

from __future__ import annotations

from typing import Any

from telegram import Chat, Update

from bot.core import Incoming, parse_choice_data, parse_command_data
from dialogues.cases import JOIN_CHOICE
from dialogues.engine import Input

# Updates the bot asks Telegram for.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


MEDIA = ("sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation", "location")
# Media a young person can put in a house (`bot.media`): the inbox keeps what fetching them needs, and the
# words sent with them. Sealed like everything in the inbox, and gone once the step has committed.
TAKEN = ("photo", "voice", "audio", "document")
FILE_FIELDS = ("file_id", "file_unique_id", "file_size", "duration", "mime_type", "width", "height")


def kept_fields(update: Update) -> dict[str, Any]:
    """What the inbox keeps of an update until its step commits: only what `to_incoming` reads, in
    Telegram's own shape (so `Update.de_json` reads it back). No names, except the first name on the two
    updates that can join someone to a case ("/start <code>" and the "Yes, join" button), whose step tells the
    worker who joined; no quoted or forwarded messages, no places. A photo, voice note or file keeps what its
    step needs to fetch it (its file id, size, length and type) and its caption, which may be kept in a house;
    any other media message keeps its kind with every value in it blanked."""
    kept: dict[str, Any] = {"update_id": update.update_id}
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return kept
    name = user.first_name if _may_join(update) else ""
    who = {"id": user.id, "is_bot": user.is_bot, "first_name": name, "language_code": user.language_code}
    where = {"id": chat.id, "type": chat.type}
    query = update.callback_query
    if query is not None:
        kept["callback_query"] = {"id": query.id, "from": who, "chat_instance": "", "data": query.data}
        if query.message is not None:
            kept["callback_query"]["message"] = {"message_id": query.message.message_id, "date": 0, "chat": where}
        return kept
    if update.edited_message is not None:
        edited = update.edited_message
        kept["edited_message"] = {"message_id": edited.message_id, "date": 0, "chat": where, "from": who}
        if edited.text is not None:  # the new words are kept and watched, like any words
            kept["edited_message"]["text"] = edited.text
        return kept
    message = update.message
    if message is None:
        return kept
    shape: dict[str, Any] = {"message_id": message.message_id, "date": 0, "chat": where, "from": who}
    if message.text is not None:
        shape["text"] = message.text
        if message.forward_origin is not None:  # that it was forwarded, never from whom
            shape["forward_origin"] = {"type": "hidden_user", "date": 0, "sender_user_name": ""}
    else:
        original = message.to_dict()
        for kind in MEDIA:
            if kind in original:
                shape[kind] = _file(original[kind]) if kind in TAKEN else _blanked(original[kind])
                if message.caption:  # kept with the file in a house, else kept and watched as words
                    shape["caption"] = message.caption
                break
    kept["message"] = shape
    return kept


def _may_join(update: Update) -> bool:
    """Whether this update can join its sender to a case: an invitation's "/start <code>", or "Yes, join"."""
    if update.callback_query is not None:
        return parse_choice_data(update.callback_query.data or "")[1] == JOIN_CHOICE
    text = update.message.text if update.message is not None else None
    return text is not None and text.startswith("/start ")


def _file(value: Any) -> Any:
    """A photo's sizes, or a voice note or file, with only what fetching it needs (no file name)."""
    if isinstance(value, list):
        return [_file(v) for v in value]
    return {k: v for k, v in value.items() if k in FILE_FIELDS}


def _blanked(value: Any, key: str = "") -> Any:
    """The same shape with nothing in it: text empty (but a ``type``), numbers 0."""
    if isinstance(value, dict):
        return {k: _blanked(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_blanked(v) for v in value]
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return 0
    if isinstance(value, str):
        return value if key == "type" else ""
    return None


def chat_of(update: Update) -> Chat | None:
    return update.effective_chat


def is_private(update: Update) -> bool:
    chat = chat_of(update)
    return chat is not None and chat.type == Chat.PRIVATE


def to_incoming(update: Update, bot_username: str | None = None) -> Incoming | None:
    """What a person did in a private chat, or None for an update that asks nothing of us."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != Chat.PRIVATE:
        return None
    base = {"chat_id": chat.id, "user_id": user.id, "language_code": user.language_code, "update_id": update.update_id}
    base["display_name"] = user.first_name  # as Telegram gives it, unchecked: for a worker told who joined
    if update.callback_query is not None:
        data = update.callback_query.data or ""
        command = parse_command_data(data)
        if command is not None:
            return Incoming(input=command, **base)
        seq, choice_id = parse_choice_data(data)
        return Incoming(input=Input.choice(choice_id), seq=seq, **base)
    if update.edited_message is not None:
        return Incoming(input=Input.edited(update.edited_message.text or ""), **base)
    message = update.message
    if message is None:
        return None
    if message.text is not None and message.forward_origin is not None:  # someone else's words, marked so
        return Incoming(input=Input.text(message.text, forwarded=True), **base)
    if message.text is not None:
        return Incoming(input=parse_text(message.text, bot_username), **base)
    return Incoming(input=Input.media(_media_kind(update), caption=message.caption or ""), **base)


def in_parts(text: str, limit: int = 4000) -> list[str]:
    """Words longer than one message can hold (Telegram's is 4,096 characters, and what the worker reads
    comes back in messages), as consecutive parts of at most ``limit``, broken at a space where there is
    one: every word is kept, in order, none cut. Telegram never sends more; the web chat and the terminal
    can."""
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind(" ", limit // 2, limit + 1)
        cut = cut if cut > 0 else limit
        parts.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    return [*parts, rest] if rest else parts


def parse_text(text: str, bot_username: str | None = None) -> Input:
    """``/command@bot argument`` as a command; anything else as words."""
    if text.startswith("/") and len(text) > 1 and not text[1].isspace():
        head, _, argument = text.partition(" ")
        name, _, addressed = head[1:].partition("@")
        if not addressed or bot_username is None or addressed.lower() == bot_username.lower():
            return Input.command(name, argument.strip())
    return Input.text(text)


def _media_kind(update: Update) -> str:
    message = update.message
    assert message is not None
    for kind in MEDIA:
        if getattr(message, kind, None):
            return kind
    return "other"
