#!/usr/bin/env python3
"""Builds Tests/WerkzaamTests/Fixtures/generalisation/jaarverslag-welzijn-oost-achterhoek.docx: an annual
report in Word with a title, headings and quotations introduced by `Name, role: ‘…’`.

Kept so the held-out text can be read and rebuilt; standard library only, fixed timestamps (same bytes).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_parts import OFFICE_DOCUMENT, STYLES, W, content_types, esc, relationships, write_docx  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/WerkzaamTests/Fixtures/generalisation/jaarverslag-welzijn-oost-achterhoek.docx"

PARAGRAPHS = [
    ("Titel", "Jaarverslag 2025 – Stichting Welzijn Oost-Achterhoek"),
    (None, "2025 was het jaar waarin onze vrijwilligers het verschil maakten. In vijf kernen draaiden buurtkamers, "
           "maaltijdprojecten en een klussendienst."),
    ("Kop1", "Uit de kernen"),
    (None, "Marian Ooms, vrijwilliger in de buurtkamer van Lichtenvoorde: ‘Ik kwam hier zelf binnen omdat ik eenzaam was. "
           "Nu schenk ik de koffie.’"),
    (None, "Gerrit Wolbrink, coördinator van de klussendienst: ‘Vorig jaar hebben we 412 klussen gedaan. Soms is een "
           "lekkende kraan het begin van een gesprek over veel meer.’"),
    (None, "De gemeente Oost Gelre verlengde de subsidie voor drie jaar. Wethouder Hans Bulten sprak tijdens de "
           "nieuwjaarsbijeenkomst van „een investering die zich dubbel terugbetaalt”."),
    ("Kop1", "Financiën"),
    (None, "De baten bedroegen € 1,2 miljoen. Zie de jaarrekening in bijlage 2."),
    (None, "Directeur Esther Roelofs: „We sluiten het jaar af met een klein positief resultaat. Dat geld steken we in de "
           "training van nieuwe vrijwilligers.”"),
]

def para(style, text):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


document = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    + "".join(para(style, text) for style, text in PARAGRAPHS)
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
)
styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""
rels = relationships((OFFICE_DOCUMENT, "word/document.xml"))
document_rels = relationships((STYLES, "styles.xml"))

FIXED = (2026, 1, 15, 9, 0, 0)
write_docx(OUT, [("[Content_Types].xml", content_types()), ("_rels/.rels", rels), ("word/document.xml", document),
                 ("word/_rels/document.xml.rels", document_rels), ("word/styles.xml", styles)], FIXED)
print(OUT)
