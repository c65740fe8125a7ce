"""Edit a .docx the way a clerk retypes part of a paragraph in Word, with python-docx.

usage: edit_docx.py IN.docx OUT.docx FIND REPLACE

The first paragraph (body, then table cells) whose text contains FIND gets FIND replaced by REPLACE; the
paragraph's runs are joined into its first run, as Word does when a clerk retypes a split run. Exit 3 when no
paragraph contains FIND.
"""
import sys

import docx


def paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def main():
    source, target, find, replace = sys.argv[1:5]
    document = docx.Document(source)
    for paragraph in paragraphs(document):
        if find in paragraph.text and paragraph.runs:
            text = paragraph.text.replace(find, replace, 1)
            paragraph.runs[0].text = text
            for run in paragraph.runs[1:]:
                run.text = ""
            document.save(target)
            return 0
    return 3


if __name__ == "__main__":
    sys.exit(main())
