#!/usr/bin/env node
// README's main job: builds reciprocity.vsix, starts a real VS Code (code-server) with it installed
// on examples/, and prints the local address to open. Ctrl+C stops it.
//   node scripts/vscode/open-examples.mjs [--port 8080] [--folder examples]
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, startServer, workbenchUrl } from './server.mjs';

const { values } = parseArgs({ options: { folder: { type: 'string', default: 'examples' }, vsix: { type: 'string' } } });
const vsix = values.vsix ?? join(repoRoot, 'reciprocity.vsix');
if (!values.vsix) {
  process.stdout.write('Packaging reciprocity.vsix…\n');
  execFileSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
const folder = resolve(repoRoot, values.folder);
const server = await startServer({ installExtension: vsix });
const url = workbenchUrl(server.url, { folder });
process.stdout.write(`\nReciprocity is installed in VS Code, with ${values.folder}/ open:\n\n  ${url}\n\nOpen a contract there to see its findings; run "Reciprocity: Show Give/Get Report" from the Command Palette.\nPress Ctrl+C to stop.\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
