"""The session note draft: extractive, template-driven, every item citing its transcript span.

Pure functions of a transcript's segments (no vault, no I/O beyond reading the bundled data files):
`extract` finds medications, measures, risk statements, interventions and the plan; `templates`
fills SOAP, DAP, BIRP or a clinician's own template with them; `render` writes md, txt, html or
json. Nothing is generated: every item's text is built from the words of a quote, and every quote
is a literal piece of one segment. (Not to be confused with `ledger.note`, the C2SP signed-note
format of the consent log's checkpoints.)
"""
