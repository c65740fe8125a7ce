#!/usr/bin/python3
"""Foreign Word files none of the tests made by hand: each source document read back into neutral blocks
(docx_model, python-docx) and written again the way other people's Word files look, every habit drawn at random
from a seed number, so a failing file is rebuilt exactly by the same command.

Usage: /usr/bin/python3 make_variants.py OUT_DIR --seed S --count N [--writers W,…] SHAPE=SOURCE.docx…
  SHAPE names the source in the output (seed002, plan-phuong-hai-duong-2026, …). Writers (each variant takes the
  next in turn): pydocx (variant_docx.py: every habit a choice), lo-html and lo-odt (seed_lo.py, converted by one
  soffice call for all of them), pandoc (seed_pandoc.py, Markdown → docx). Every writer may type the letterhead
  and the signature block as paragraphs instead of tables: pydocx and lo-odt also with tabs between a line's
  halves, pandoc also as one paragraph with line breaks; lo-html and pandoc keep no tab (typed_habits).
Writes OUT_DIR/SHAPE-NN-WRITER.docx and OUT_DIR/manifest.json: per file its shape, source, writer, seed, the
choices drawn, the displayed text (one paragraph or table cell per line, as seed_parts.displayed_paragraphs) and
the task rows as written (content, lead, co, deadline, products).
Needs python3-docx; soffice for the lo-* writers and pandoc for pandoc.
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_model, seed_lo, seed_pandoc, variant_docx  # noqa: E402
from make_seed_docs import settle  # noqa: E402
from seed_parts import NBSP, displayed_paragraphs  # noqa: E402

WRITERS = ["pydocx", "lo-html", "lo-odt", "pandoc"]
# Which writers vertically merge a lead shared by consecutive rows (seed_lo's ODT does; its HTML and pandoc do not).
MERGES = {"lo-html": False, "lo-odt": True, "pandoc": False}


def odd_spaces(model, rng, share):
    """The same words with some spaces made non-breaking or doubled (LibreOffice and pandoc get them in the text)."""
    out = []
    for b in model["blocks"]:
        if b["kind"] == "para" and share:
            b = dict(b, runs=[(re.sub(" ", lambda m: (NBSP if rng.random() < 0.5 else "  ") if rng.random() < share
                                      else " ", t), bo, it) for t, bo, it in b["runs"]])
        out.append(b)
    return dict(model, blocks=out)


def typed_habits(writer, rng):
    """The letterhead and signature typed as paragraphs instead of tables, as each writer can: lo-odt also with
    tabs between the halves of a line (<text:tab/>), pandoc also as one paragraph with line breaks (a line block);
    lo-html and pandoc have no tab they keep, so their parts are on lines of their own. pydocx draws its own
    (variant_docx.choices)."""
    c = {"letterhead_table": rng.random() < 0.6, "signature_table": rng.random() < 0.6,
         "signer_first": rng.random() < 0.3, "signer_align": rng.choice(["center", "right"])}
    if writer == "lo-odt":
        c.update(frame_tabs=rng.random() < 0.5, tabs_right_first=rng.random() < 0.2)
    if writer == "pandoc":
        c["line_block"] = rng.random() < 0.4
    return c


def task_rows(model):
    return [{"content": r["content"], "lead": r["lead"], "co": r["co"], "deadline": r["deadline"],
             "products": r["products"] if isinstance(r["products"], list) else [r["products"]]}
            for b in model["blocks"] if b["kind"] == "tasks" for g in b["groups"] for r in g["rows"]]


def soffice(files, cwd):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", cwd] + files, cwd=cwd, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--writers", default=",".join(WRITERS))
    ap.add_argument("sources", nargs="+")
    a = ap.parse_args()
    writers = a.writers.split(",")
    os.makedirs(a.out, exist_ok=True)
    manifest, lo_inputs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for source in a.sources:
            shape, path = source.split("=", 1)
            model = docx_model.model(path)
            for i in range(a.count):
                writer = writers[i % len(writers)]
                seed = f"{a.seed}:{shape}:{i}"
                rng = random.Random(seed)
                name = f"{shape}-{i:02d}-{writer}"
                dst = os.path.join(a.out, name + ".docx")
                if writer == "pydocx":
                    c = variant_docx.choices(rng)
                    variant_docx.write(model, dst, c, rng)
                    merged = c["merge_leads"]
                else:
                    c = {"odd_spaces": rng.choice([0, 0.05, 0.2])}
                    c.update(typed_habits(writer, rng))
                    m = odd_spaces(model, rng, c["odd_spaces"])
                    merged = MERGES[writer]
                    if writer == "pandoc":
                        md = os.path.join(tmp, name + ".md")
                        open(md, "w", encoding="utf-8").write(seed_pandoc.markdown(m, c))
                        subprocess.run(["pandoc", md, "-f", "markdown", "-o", dst], check=True)
                    else:
                        src = os.path.join(tmp, name + (".html" if writer == "lo-html" else ".fodt"))
                        text = seed_lo.html(m, c) if writer == "lo-html" else seed_lo.fodt(m, c)
                        open(src, "w", encoding="utf-8").write(text)
                        lo_inputs.append(src)
                has_tasks = any(b["kind"] == "tasks" for b in model["blocks"])
                manifest.append({"file": name + ".docx", "shape": shape, "source": os.path.basename(path),
                                 "writer": writer, "seed": seed, "choices": c,
                                 "text": displayed_paragraphs(model, merged and has_tasks), "tasks": task_rows(model)})
        if lo_inputs:
            soffice(lo_inputs, tmp)
            for src in lo_inputs:
                shutil.copy(os.path.splitext(src)[0] + ".docx", a.out)
    for entry in manifest:
        settle(os.path.join(a.out, entry["file"]))
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
