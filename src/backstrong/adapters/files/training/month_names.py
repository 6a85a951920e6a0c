"""Dates whose month is a word in the phone's language, as Hevy writes them.

Hevy writes ``start_time`` with the phone's date style: "13 Mar 2026, 15:22" in English, but
"4 de set. de 2026, 15:16" in Brazilian Portuguese or "25 Juli 2026, 14:21" in German. English
month names are read by ``strptime``; :func:`parse_worded_date` reads day-month-year dates whose
month is an abbreviated or full name in English, German, French, Spanish, Portuguese, Italian,
Dutch or Russian (accents, a trailing dot and the joining words "de", "del" and "г." do not matter),
with a 24-hour clock or AM/PM.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

# Each month's names, lower case without accents; a name spelt the same in several languages
# (``mar``, ``set``, ``dez``) means the same month in each.
_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "janv", "janvier", "ene", "enero", "janeiro", "gen", "gennaio",
     "januari", "янв", "январь", "января"),
    ("feb", "february", "februar", "fevr", "fevrier", "febrero", "fev", "fevereiro", "febbraio",
     "februari", "февр", "фев", "февраль", "февраля"),
    ("mar", "march", "marz", "maerz", "mars", "marzo", "marco", "mrt", "maart", "март", "марта"),
    ("apr", "april", "avr", "avril", "abr", "abril", "aprile", "апр", "апрель", "апреля"),
    ("may", "mai", "mayo", "maio", "mag", "maggio", "mei", "май", "мая"),
    ("jun", "june", "juni", "juin", "junio", "junho", "giu", "giugno", "июн", "июнь", "июня"),
    ("jul", "july", "juli", "juil", "juillet", "julio", "julho", "lug", "luglio", "июл", "июль",
     "июля"),
    ("aug", "august", "aout", "ago", "agosto", "augustus", "авг", "август", "августа"),
    ("sep", "sept", "september", "septembre", "septiembre", "set", "setembro", "settembre", "сен",
     "сент", "сентябрь", "сентября"),
    ("oct", "october", "okt", "oktober", "octobre", "octubre", "out", "outubro", "ott", "ottobre",
     "окт", "октябрь", "октября"),
    ("nov", "november", "novembre", "noviembre", "novembro", "нояб", "ноя", "ноябрь", "ноября"),
    ("dec", "december", "dez", "dezember", "decembre", "dic", "diciembre", "dezembro", "dicembre",
     "дек", "декабрь", "декабря"),
)  # fmt: skip
_WORDED = re.compile(
    r"^(?P<day>\d{1,2})\.?\s+(?:(?:de|del)\s+)?(?P<month>[^\W\d_]+)\.?\s+(?:(?:de|del)\s+)?"
    r"(?P<year>\d{4})(?:\s*г\.?)?,?\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:\s*(?P<half>[ap])\.?\s?m\.?)?$",
    re.IGNORECASE,
)


def _plain(word: str) -> str:
    """Lower case without accents: "Févr" → "fevr", "März" → "marz"."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_MONTHS = {_plain(name): number for number, names in enumerate(_NAMES, start=1) for name in names}


def parse_worded_date(text: str) -> datetime | None:
    """The moment in "4 de set. de 2026, 15:16" or "25 Juli 2026, 2:21 PM"; None otherwise."""
    found = _WORDED.match(text.strip())
    if found is None:
        return None
    month = _MONTHS.get(_plain(found["month"]))
    if month is None:
        return None
    hour = int(found["hour"])
    if found["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found["half"].casefold() == "p" else 0)
    try:
        return datetime(int(found["year"]), month, int(found["day"]), hour, int(found["minute"]))
    except ValueError:
        return None  # 31 Feb, 25:00
