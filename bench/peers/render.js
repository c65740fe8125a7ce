// node render.js template.docx data.json out.docx — the docxtemplater side of the benchmark.
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, data, out] = process.argv.slice(2);
const doc = new Docxtemplater(new PizZip(fs.readFileSync(template)), { paragraphLoop: true, linebreaks: true });
doc.render(JSON.parse(fs.readFileSync(data, "utf8")));
fs.writeFileSync(out, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
