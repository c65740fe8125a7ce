#!/usr/bin/python3
"""Rebuilds the seed-shaped Word corpus: each seed plan (000, 002, 003, 004, and 001's shape derived from 004) as the whole document a clerk's Word
file holds, written by other programs than cchc, with the facts a reader should recover beside each file.

Usage: /usr/bin/python3 make_seed_docs.py SEEDS_DIR   (the folder with NNN_*.txt and 002-appendix-rows.json)
Needs python3-docx, pandoc and LibreOffice (soffice). Writes into ./seeds/ beside this script:
  seedNNN-pydocx.docx     python-docx (seed_docx.py); 000 and 003 with Word numbering, 002 and 004 typed labels
  seedNNN-lo.docx         LibreOffice: 000 and 003 from HTML, 001, 002 and 004 from a flat ODT (seed_lo.py)
  seedNNN-pandoc.docx     pandoc from Markdown (seed_pandoc.py)
  seed002-tracked.docx    seed002-pydocx.docx with tracked insertions, deletions and a comment
  *.expected.json         parts, supplied parts, paragraphs, words, tasks, tasks with all five fields, and
                          "text": the file holding the document's displayed text
  seedNNN[-merged].expected.txt   that text, one paragraph or table cell per line (labels included); "-merged"
                          where a lead shared by consecutive task rows is typed once in a vertically merged cell
Words are counted as the word-recovery yardstick counts them (WordRecovery in the tests' Support folder): NFC,
maximal runs of letters, digits and marks; punctuation is not a word.
"""
import json, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seed_docx, seed_lo, seed_pandoc  # noqa: E402
from seed_parts import SEEDS, displayed_paragraphs, task_facts  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")
PYDOCX_NUMBERED = {"000", "003"}
FODT = {"001", "002", "004"}


def words(paragraphs):
    """Maximal runs of letters, marks and decimal digits (Unicode categories L*, M*, Nd) of the NFC text."""
    out = []
    for p in paragraphs:
        word = ""
        for c in unicodedata.normalize("NFC", p) + " ":
            cat = unicodedata.category(c)
            if cat[0] in "LM" or cat == "Nd":
                word += c
            elif word:
                out.append(word)
                word = ""
    return out


def settle(path):
    """Rewrites a written .docx so that rebuilding the corpus gives the same bytes: fixed zip dates, fixed
    creation and modification times, no editing time."""
    with zipfile.ZipFile(path) as z:
        parts = [(n, z.read(n)) for n in z.namelist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            if n in ("docProps/core.xml", "docProps/app.xml"):
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-01T00:00:00Z", text)
                text = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", text)
                data = text.encode("utf-8")
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def soffice(args, cwd):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}"] + args,
                       cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


W_STAMP = 'w:author="Chuyên viên" w:date="2026-01-10T08:00:00Z"'


def tracked(src, dst):
    """Tracked changes and a comment in a copy of `src`: text a reader accepts stays, text it drops is new, so the
    accepted text equals the source's. The first article's runs become a tracked insertion, a deleted run goes in
    front of it, a comment covers the second article, and a deleted paragraph mark joins nothing (empty)."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    p1 = xml.index("Điều 1.")
    r1 = xml.rfind("<w:r>", 0, p1)
    end1 = xml.index("</w:p>", p1)
    deleted = f'<w:del w:id="901" {W_STAMP}><w:r><w:delText xml:space="preserve">Bản dự thảo: </w:delText></w:r></w:del>'
    xml = xml[:r1] + deleted + f'<w:ins w:id="902" {W_STAMP}>' + xml[r1:end1] + "</w:ins>" + xml[end1:]
    p2 = xml.index("Điều 2.")
    r2 = xml.rfind("<w:r>", 0, p2)
    end2 = xml.index("</w:p>", p2)
    xml = (xml[:r2] + '<w:commentRangeStart w:id="0"/>' + xml[r2:end2] + '<w:commentRangeEnd w:id="0"/>'
           '<w:r><w:commentReference w:id="0"/></w:r>' + xml[end2:])
    parts["word/document.xml"] = xml.encode("utf-8")
    parts["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:comment w:id="0" {W_STAMP} w:initials="CV"><w:p><w:r><w:t>Xem lại hiệu lực</w:t></w:r></w:p>'
        '</w:comment></w:comments>').encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", '<Relationship Id="rIdComments" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
        "</Relationships>").encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>').encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def expected(name, model, producer, merged_leads, numbered):
    paras = displayed_paragraphs(model, merged_leads)
    text = name.split("-")[0] + ("-merged" if merged_leads else "") + ".expected.txt"
    facts = {"file": name + ".docx", "producer": producer, "text": text, "parts": model["parts"],
             "supplied": model["supplied"],
             "word_numbering": numbered, "merged_lead_cells": merged_leads, "paragraphs": len(paras),
             "words": len(words(paras)), **task_facts(model)}
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, text), "w", encoding="utf-8") as f:
        f.write("\n".join(paras) + "\n")
    return facts


def main():
    seeds = sys.argv[1]
    os.makedirs(HERE, exist_ok=True)
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed, build in SEEDS.items():
            model = build(seeds)
            has_tasks = any(b["kind"] == "tasks" for b in model["blocks"])
            base = f"seed{seed}"
            numbered = seed in PYDOCX_NUMBERED
            seed_docx.write(model, os.path.join(HERE, base + "-pydocx.docx"), numbered=numbered)
            report.append(expected(base + "-pydocx", model, "python-docx", has_tasks, numbered))

            if seed in FODT:
                src = os.path.join(tmp, base + "-lo.fodt")
                open(src, "w", encoding="utf-8").write(seed_lo.fodt(model))
                producer = "LibreOffice from flat ODT"
            else:
                src = os.path.join(tmp, base + "-lo.html")
                open(src, "w", encoding="utf-8").write(seed_lo.html(model))
                producer = "LibreOffice from HTML"
            soffice(["--convert-to", "docx:MS Word 2007 XML", os.path.basename(src)], tmp)
            shutil.copy(os.path.join(tmp, base + "-lo.docx"), HERE)
            report.append(expected(base + "-lo", model, producer, has_tasks and seed in FODT, seed not in FODT))

            md = os.path.join(tmp, base + ".md")
            open(md, "w", encoding="utf-8").write(seed_pandoc.markdown(model))
            subprocess.run(["pandoc", md, "-f", "markdown", "-o", os.path.join(HERE, base + "-pandoc.docx")],
                           check=True)
            report.append(expected(base + "-pandoc", model, "pandoc from Markdown", False, True))

            if seed == "002":
                tracked(os.path.join(HERE, base + "-pydocx.docx"), os.path.join(HERE, base + "-tracked.docx"))
                report.append(expected(base + "-tracked", model, "python-docx + tracked changes (zipfile)", True,
                                       False))
    for r in report:
        settle(os.path.join(HERE, r["file"]))
    for r in report:
        print(f'{r["file"]:28} {r["paragraphs"]:4} paragraphs {r["words"]:5} words {r["tasks"]:3} tasks')


if __name__ == "__main__":
    main()
