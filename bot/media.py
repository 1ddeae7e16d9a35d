"""Pictures and voice notes a young person sends into a house: fetched by the adapter, checked and cleaned
here before anything is stored. A picture must be a JPEG, PNG or WebP of at most `MAX_BYTES`, and is
re-encoded from its pixels, so its EXIF and every other piece of metadata (a phone's location above all)
is gone; a voice note must be OGG/Opus, M4A or WebM, at most `MAX_SECONDS` long and `MAX_BYTES` big. What
does not fit comes back refused, with the reason the dialogue explains kindly (`dialogues.engine.Media`)."""

from __future__ import annotations

import io
import logging
import struct
import warnings
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError
from telegram import Message
from telegram.error import TelegramError

from bot.core import Upload

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024  # a picture's size limit (issue 15), and a voice note's
MAX_SECONDS = 5 * 60
MAX_PIXELS = 40_000_000  # more than any phone's camera: a bigger "picture" is a decompression bomb
PICTURES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def picture(data: bytes, caption: str = "") -> Upload:
    """A picture checked and re-encoded without metadata, or refused (too big, or not a picture we take)."""
    if len(data) > MAX_BYTES:
        return Upload("picture", caption=caption, refused="too_big")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            found = image.format
            if found not in PICTURES or image.width * image.height > MAX_PIXELS:
                return Upload("picture", caption=caption, refused="format")
            image = ImageOps.exif_transpose(image)  # turned as the camera meant, before its EXIF goes
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Upload("picture", caption=caption, refused="format")
    out = io.BytesIO()
    if found == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=90)
    else:
        image.save(out, found)  # no exif=, no pnginfo=: nothing but the pixels
    return Upload("picture", PICTURES[found], caption=caption, content=out.getvalue())


def voice_format(data: bytes) -> str | None:
    """The container of a voice note, from its first bytes: OGG, MP4 (M4A) or WebM; None for anything else."""
    if data[:4] == b"OggS":
        return "audio/ogg"
    if data[4:8] == b"ftyp":
        return "audio/mp4"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "audio/webm"
    return None


def ogg_seconds(data: bytes) -> int:
    """An OGG/Opus file's length, from its last page's granule position (Opus counts at 48 kHz)."""
    last = data.rfind(b"OggS")
    if last < 0 or len(data) < last + 14:
        return 0
    (granule,) = struct.unpack_from("<q", data, last + 6)
    return max(round(granule / 48000), 0)


def voice(data: bytes, seconds: int | None, caption: str = "") -> Upload:
    """A voice note checked: its container, its size and its length (as the channel says, else from an OGG
    file itself), or refused."""
    if len(data) > MAX_BYTES:
        return Upload("voice", caption=caption, refused="too_big")
    mime = voice_format(data)
    if mime is None:
        return Upload("voice", caption=caption, refused="format")
    length = seconds if seconds is not None else ogg_seconds(data) if mime == "audio/ogg" else 0
    if length > MAX_SECONDS:
        return Upload("voice", caption=caption, refused="too_long")
    return Upload("voice", mime, length, caption, data)


async def fetch(message: Message) -> Upload | None:
    """A Telegram message's photo or voice note (or a picture or audio sent as a file), fetched and checked;
    None for other media (a sticker, a video), which keep the usual kind answer. Sizes and lengths Telegram
    gives are checked before anything is downloaded."""
    caption = message.caption or ""
    found: Any
    if message.photo:
        kind, found, seconds = "picture", message.photo[-1], None
    elif message.voice or message.audio:
        found = message.voice or message.audio
        kind, seconds = "voice", found.duration
    elif message.document:
        found, seconds = message.document, None
        kind = "voice" if (found.mime_type or "").startswith("audio/") else "picture"
    else:
        return None
    if (found.file_size or 0) > MAX_BYTES:
        return Upload(kind, caption=caption, refused="too_big")
    if seconds is not None and seconds > MAX_SECONDS:
        return Upload(kind, caption=caption, refused="too_long")
    try:
        data = bytes(await (await found.get_file()).download_as_bytearray())
    except TelegramError as error:
        log.warning("a %s could not be fetched: %s", kind, type(error).__name__)
        return Upload(kind, caption=caption, refused="failed")
    return picture(data, caption) if kind == "picture" else voice(data, seconds, caption)
