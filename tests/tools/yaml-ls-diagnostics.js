// Runs the real YAML language server over stdio, opens each file with the given JSON Schema associated
// (yaml.schemas), and prints the diagnostics it publishes as JSON: [{file, line, column, severity, message}],
// 1-based lines and columns. Usage: node yaml-ls-diagnostics.js SCHEMA.json FILE.yaml...
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node yaml-ls-diagnostics.js SCHEMA.json FILE.yaml...');
  process.exit(2);
}

const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const schemaUri = pathToFileURL(path.resolve(schemaPath)).href;
const uris = files.map((f) => pathToFileURL(path.resolve(f)).href);
const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: { [schemaUri]: uris } } };
const results = new Map();
let nextId = 1;
const pending = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    onMessage(message);
  }
});

function onMessage(m) {
  if (m.id !== undefined && m.method === undefined) {
    pending.get(m.id)?.(m.result);
    pending.delete(m.id);
  } else if (m.method === 'workspace/configuration') {
    send({ id: m.id, result: m.params.items.map((i) => (i.section === 'yaml' ? settings.yaml : i.section ? settings[i.section] ?? null : settings)) });
  } else if (m.id !== undefined) {
    send({ id: m.id, result: null }); // client/registerCapability and the like
  } else if (m.method === 'textDocument/publishDiagnostics' && uris.includes(m.params.uri)) {
    results.set(m.params.uri, m.params.diagnostics);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  await request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    initializationOptions: {},
  });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  for (let i = 0; i < files.length; i++) {
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: uris[i], languageId: 'yaml', version: 1, text: fs.readFileSync(files[i], 'utf8') } } });
  }
  // The server validates after a debounce and may publish more than once: wait for every file, then for quiet.
  const deadline = Date.now() + 60000;
  let last = -1;
  let stable = 0;
  while (Date.now() < deadline && stable < 10) {
    await sleep(100);
    const count = [...results.values()].reduce((n, d) => n + d.length, 0) + results.size * 100000;
    stable = results.size === uris.length && count === last ? stable + 1 : 0;
    last = count;
  }
  const out = [];
  files.forEach((f, i) => {
    for (const d of results.get(uris[i]) ?? []) {
      out.push({ file: f, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info', message: d.message });
    }
  });
  const missing = files.filter((_, i) => !results.has(uris[i]));
  await request('shutdown', null);
  send({ method: 'exit' });
  process.stdout.write(JSON.stringify({ diagnostics: out, missing }) + '\n');
  setTimeout(() => process.exit(missing.length ? 1 : 0), 200);
})();
