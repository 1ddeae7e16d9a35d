"""From Telegram's `Update` to our `Incoming`: the only place that knows the shapes of updates."""

from __future__ import annotations

from telegram import Chat, Update

from bot.core import Incoming, parse_choice_data, parse_command_data
from dialogues.engine import Input

# Updates the bot asks Telegram for.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


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
        return Incoming(input=Input.edited(), **base)
    message = update.message
    if message is None:
        return None
    if message.text is not None and message.forward_origin is not None:  # someone else's words, marked so
        return Incoming(input=Input.text(message.text, forwarded=True), **base)
    if message.text is not None:
        return Incoming(input=parse_text(message.text, bot_username), **base)
    return Incoming(input=Input.media(_media_kind(update)), **base)


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
    for kind in ("sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation", "location"):
        if getattr(message, kind, None):
            return kind
    return "other"
