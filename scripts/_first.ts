import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
const text = readFileSync('examples/saas-renewal-order-form.md', 'utf8');
async function main(): Promise<void> {
  const bundle = process.argv[2]!;
  const t0 = performance.now();
  const child = spawn(process.execPath, [bundle, ...(bundle.endsWith('cli.js') ? ['lsp'] : []), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const done = new Promise((r) => rpc.onNotification('textDocument/publishDiagnostics', r));
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  const t1 = performance.now();
  await rpc.sendNotification('initialized', {});
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///c/contracts/a.md', languageId: 'markdown', version: 1, text } });
  await done;
  const t2 = performance.now();
  console.log(bundle, 'initialize', (t1 - t0).toFixed(0), 'first diagnostics', (t2 - t0).toFixed(0), `(${text.length} chars)`);
  child.kill();
}
void main();
