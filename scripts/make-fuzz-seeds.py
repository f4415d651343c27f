#!/usr/bin/env python3
"""Writes the starting corpus of each fuzz target into DIR/<reader>/.

Text formats start from the bundled corpora; DOCX, XLIFF and TMX seeds are
built here from seed 000's Simplified SSRM table, so that the fuzzers begin
with inputs that reach deep into each reader (tables, numbering, styles,
hyperlinks, inline tags) instead of bytes a zip or XML parser rejects at once.
Usage: make-fuzz-seeds.py ROOT DIR
"""
import os
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def copy_matching(root, pattern, out, limit=40):
    out.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(sorted(root.glob(pattern))):
        if i >= limit:
            break
        shutil.copy(path, out / f"{i:03d}_{path.name}")


def ssrm_rows(root):
    lines = (root / "corpora/seeds/000_fbff593f6d672fef.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[36:60]]


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx(rows):
    body = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + run("云端资讯安全责任共担模型") + "</w:p>"
    body += "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc><w:p>{run(cell)}</w:p></w:tc>" for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    body += '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + run("第一条") + "</w:p>"
    body += '<w:p><w:hyperlink r:id="rId9">' + run("https://example.com") + "</w:hyperlink></w:p>"
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'
    styles = (f'<?xml version="1.0"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1">'
              '<w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')
    numbering = (f'<?xml version="1.0"?><w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
            'Target="https://example.com" TargetMode="External"/></Relationships>')
    return {"word/document.xml": document, "word/styles.xml": styles, "word/numbering.xml": numbering,
            "word/_rels/document.xml.rels": rels}


def xliff12(rows):
    units = "".join(
        f'<trans-unit id="{i}"><source>Row {i} <g id="1">{i}</g></source><target>{escape(" ".join(r))}</target></trans-unit>'
        for i, r in enumerate(rows, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            f'<file source-language="en" target-language="zh-CN" datatype="plaintext" original="ssrm"><body>{units}'
            '</body></file></xliff>')


def xliff20(rows):
    units = "".join(
        f'<unit id="u{i}"><segment><source>Row <ph id="1"/>{i}</source><target>{escape(" ".join(r))}</target></segment></unit>'
        for i, r in enumerate(rows, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            f'srcLang="en" trgLang="zh-Hans"><file id="f1">{units}</file></xliff>')


def tmx(rows):
    units = "".join(
        f'<tu><tuv xml:lang="en"><seg>Row <bpt i="1">&lt;b&gt;</bpt>{i}<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
        f'<tuv xml:lang="ja"><seg>{escape(" ".join(r))}</seg></tuv></tu>' for i, r in enumerate(rows, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
            f'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>{units}</body></tmx>')


def main():
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    copy_matching(root, "corpora/seeds/*.txt", out / "plain_text")
    copy_matching(root, "test/fixtures/input/*", out / "plain_text")
    copy_matching(root, "corpora/real/**/*.md", out / "markdown")
    copy_matching(root, "corpora/real/**/*.mdx", out / "mdx")
    copy_matching(root, "corpora/real/**/*.html", out / "html")
    rows = ssrm_rows(root)
    (out / "docx").mkdir(parents=True, exist_ok=True)
    for n in (3, len(rows)):
        parts = docx(rows[:n])
        with zipfile.ZipFile(out / "docx" / f"ssrm_{n}.docx", "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                z.writestr(name, text)
        # The same parts unzipped, NUL-separated, in the order docx_fuzzer.cpp zips them.
        order = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels")
        (out / "docx" / f"ssrm_{n}.parts").write_bytes(b"\0".join(parts[name].encode() for name in order))
    for name, text in (("xliff/ssrm12.xlf", xliff12(rows)), ("xliff/ssrm20.xlf", xliff20(rows)),
                       ("tmx/ssrm.tmx", tmx(rows))):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
