"""The words printed on a certificate, each in Dutch and in the holder's language.

The package does not translate: the web app owns the catalogues, so it passes the texts in.
A certificate is a Dutch document (the official language of the proof); the holder's
language is printed beside the Dutch where it differs. Every key has a Dutch default, so
a caller that passes nothing still gets a complete Dutch certificate.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Dutch text, and the same text in the holder's language (``None`` when the holder reads
#: Dutch or no translation exists: then only the Dutch is printed).
Label = tuple[str, str | None]

#: Every label the templates print, with its English meaning (the message id a caller
#: would translate).
LABEL_KEYS: dict[str, str] = {
    "attendance_title": "Proof of participation",
    "attendance_statement": "The organisation confirms that the participant attended the "
    "sessions below.",
    "completion_title": "Proof of completion of the participation trajectory",
    "completion_statement": "The agency confirms that the participant completed the "
    "participation trajectory with the activities below.",
    "holder": "Participant",
    "dossier_number": "File number",
    "organisation": "Organisation",
    "activity": "Activity",
    "activities": "Activities",
    "sessions": "Sessions attended",
    "date": "Date",
    "minutes": "Minutes",
    "total": "Total",
    "target": "Required",
    "issued_by": "Issued by",
    "issued_at": "Issued on",
    "agency": "Agency",
    "verification_code": "Verification code",
    "verify_hint": "Check this certificate at",
}

#: The Dutch text of every label: the certificate's official wording.
DUTCH: dict[str, str] = {
    "attendance_title": "Bewijs van deelname",
    "attendance_statement": "De organisatie bevestigt dat de deelnemer aanwezig was op de "
    "onderstaande sessies.",
    "completion_title": "Bewijs van voltooiing van het participatietraject",
    "completion_statement": "Het agentschap bevestigt dat de deelnemer het "
    "participatietraject heeft voltooid met de onderstaande activiteiten.",
    "holder": "Deelnemer",
    "dossier_number": "Dossiernummer",
    "organisation": "Organisatie",
    "activity": "Activiteit",
    "activities": "Activiteiten",
    "sessions": "Bijgewoonde sessies",
    "date": "Datum",
    "minutes": "Minuten",
    "total": "Totaal",
    "target": "Vereist",
    "issued_by": "Uitgereikt door",
    "issued_at": "Uitgereikt op",
    "agency": "Agentschap",
    "verification_code": "Verificatiecode",
    "verify_hint": "Controleer dit bewijs op",
}

assert DUTCH.keys() == LABEL_KEYS.keys()


def resolve_labels(labels: Mapping[str, Label]) -> dict[str, dict[str, str | None]]:
    """Complete the caller's labels with the Dutch defaults, as plain dicts for a template.

    Unknown keys are refused rather than ignored: a typo would otherwise silently print
    the default. A holder text equal to the Dutch is dropped so it is not printed twice.
    """
    unknown = set(labels) - LABEL_KEYS.keys()
    if unknown:
        raise ValueError(f"unknown certificate label keys: {sorted(unknown)}")
    resolved: dict[str, dict[str, str | None]] = {}
    for key, default in DUTCH.items():
        value = labels.get(key, (default, None))
        if not (isinstance(value, tuple) and len(value) == 2):
            raise ValueError(f"label {key!r} must be a (Dutch, holder language or None) pair")
        dutch, other = value
        if not isinstance(dutch, str) or not dutch.strip():
            raise ValueError(f"label {key!r} needs its Dutch text")
        if other is not None and not isinstance(other, str):
            raise ValueError(f"label {key!r}: the holder's text must be a string or None")
        if other is not None and (not other.strip() or other.strip() == dutch.strip()):
            other = None
        resolved[key] = {"nl": dutch, "other": other}
    return resolved
