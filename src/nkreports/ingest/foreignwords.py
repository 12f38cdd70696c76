"""Month and weekday names of the languages blogging platforms print date lines in.

Also the word those platforms head a reader-comment section with ("2 Kommentare:"), the
label of their tag lists ("Etiquetas:"), and common function words of other languages written in
Latin letters (read by `ingest.furniture`).

Frozen data, read once by `ingest.foreign`. Each language lists its twelve months in calendar
order (a tuple of spellings per month) and its seven weekdays from Monday, as the platforms
print them in lower case. Sources: the CLDR "wide" month and day names of each locale.
"""

from __future__ import annotations

from types import MappingProxyType

_MONTHS_BY_LANGUAGE = {
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "de": "januar|jänner februar märz april mai juni juli august september oktober november "
    "dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre "
    "novembre décembre|decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre "
    "noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
_WEEKDAYS_BY_LANGUAGE = {
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles|miercoles jueves viernes sábado|sabado domingo",
    "it": "lunedì|lunedi martedì|martedi mercoledì|mercoledi giovedì|giovedi venerdì|venerdi "
    "sabato domenica",
    "pt": "segunda-feira terça-feira|terca-feira quarta-feira quinta-feira sexta-feira "
    "sábado|sabado domingo",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
}
# Small words a date line may carry around its date: "tirsdag den 14. marts", "3 de septiembre
# de 2007", "le 21 avril", "am 7. Juni", "kl. 10:15", "um 9:30 Uhr", "à 10h", "às", "alle ore".
_LINKING = "den de del d le la el am um uhr kl klokken om à às ás alle ore h 일 오전 오후"
# The label of a tag list in the platforms' languages.
_TAGS = "etiquetas etiketten étiquettes libellés stikkord etiketter schlagwörter marcadores"
# The heading of a comment section in the plural, as the platforms print it.
_COMMENTS = (
    "comments kommentarer kommentare commentaires comentarios commenti reacties comentários 댓글"
)
# the singular names a comment section only with its count ("1 Comment", "Kommentar (1)"): bare, it
# heads a cable's or a column's own section ("Comment", "Comment:")
_ONE_COMMENT = "comment kommentar commentaire comentario commento reactie comentário"


def _table(lists: dict[str, str]) -> MappingProxyType:
    """Spelling -> number (1-based) over all languages; a spelling must agree across them."""
    table: dict[str, int] = {}
    for names in lists.values():
        for number, spellings in enumerate(names.split(), start=1):
            for spelling in spellings.split("|"):
                if table.setdefault(spelling, number) != number:
                    raise ValueError(f"{spelling!r} names two different days or months")
    return MappingProxyType(table)


MONTH_WORDS = _table(_MONTHS_BY_LANGUAGE)  # "mars" -> 3, "septiembre" -> 9
WEEKDAY_WORDS = _table(_WEEKDAYS_BY_LANGUAGE)  # "tirsdag" -> 2 (Monday is 1)
LINKING_WORDS = frozenset(_LINKING.split(" "))
COMMENT_WORDS = frozenset(_COMMENTS.split())
ONE_COMMENT_WORDS = frozenset(_ONE_COMMENT.split())
TAG_WORDS = tuple(sorted(_TAGS.split()))

# other languages' function words, in Latin letters: they tell a foreign bulleted line from a
# terse English one ('- Die Regierung hat …' against '- Sweeps before big political dates')
_FUNCTION_WORDS = (
    "il lo gli una uno une des du del della di dei che per con non nel sono los las por para es "
    "su como der die das und ist nicht mit von zu den dem ein eine auf für het een voor niet em "
    "com os uma dan yang ini itu tidak dari untuk dengan et est sur pas avec dans qui nous"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
