"""Edit a .docx the way a clerk does in Word, with python-docx.

usage: edit_docx.py IN.docx OUT.docx FIND REPLACE            retype part of a paragraph
       edit_docx.py IN.docx OUT.docx --after FIND TEXT       a new paragraph after the one that contains FIND
       edit_docx.py IN.docx OUT.docx --delete FIND           the paragraph that contains FIND deleted
       edit_docx.py IN.docx OUT.docx --cell FIND COLUMN TEXT  cell COLUMN (from 0) of the table row that
                                                             contains FIND retyped as TEXT ("" empties it)

Paragraphs are searched in the body, then in table cells; the first whose text contains FIND is edited. A
retyped paragraph's runs are joined into its first run, as Word does when a clerk retypes a split run. A new
paragraph is made as Enter at the end of a paragraph makes it: a copy of that paragraph's formatting (its
paragraph properties and its first run's), holding TEXT. A deleted paragraph that is the only one of its table
cell is emptied instead (a cell keeps one paragraph). Exit 3 when nothing contains FIND.
"""
import copy
import sys

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def find(document, text):
    return next((p for p in paragraphs(document) if text in p.text), None)


def retype(paragraph, text):
    if not paragraph.runs:
        paragraph.add_run(text)
        return
    paragraph.runs[0].text = text
    for run in paragraph.runs[1:]:
        run.text = ""


def after(paragraph, text):
    element = paragraph._p
    new = copy.deepcopy(element)
    for child in list(new):
        if child.tag != qn("w:pPr") and child.tag != qn("w:r"):
            new.remove(child)
    runs = new.findall(qn("w:r"))
    for run in runs[1:]:
        new.remove(run)
    element.addnext(new)
    created = Paragraph(new, paragraph._parent)
    retype(created, text)


def delete(paragraph):
    element = paragraph._p
    parent = element.getparent()
    if parent.tag == qn("w:tc") and len(parent.findall(qn("w:p"))) == 1:
        retype(paragraph, "")
        return
    parent.remove(element)


def cell(document, text, column, value):
    for table in document.tables:
        for row in table.rows:
            if any(text in c.text for c in row.cells):
                target = row.cells[column]
                for extra in target.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
                retype(target.paragraphs[0], value)
                return True
    return False


def main():
    source, target, mode = sys.argv[1:4]
    document = docx.Document(source)
    if mode == "--cell":
        if not cell(document, sys.argv[4], int(sys.argv[5]), sys.argv[6]):
            return 3
    else:
        needle = sys.argv[4] if mode in ("--after", "--delete") else mode
        paragraph = find(document, needle)
        if paragraph is None:
            return 3
        if mode == "--after":
            after(paragraph, sys.argv[5])
        elif mode == "--delete":
            delete(paragraph)
        else:
            retype(paragraph, paragraph.text.replace(needle, sys.argv[4], 1))
    document.save(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
