"""The languages the bot speaks, named in their own words (these names are never translated)."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "cy": "Cymraeg",
    "pl": "Polski",
    "ro": "Română",
    "pa": "ਪੰਜਾਬੀ",
    "ur": "اردو",
    "ar": "العربية",
    "uk": "Українська",
}


def supported(code: str | None) -> str | None:
    """The catalog for a Telegram ``language_code`` such as ``en-GB``, or None when we have none."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None
