#!/usr/bin/env node
// README's main job: builds reciprocity.vsix, starts a real VS Code (code-server) with it installed,
// on a copy of examples/ with a contract open and the Problems panel shown, and prints the local
// address to open. Quick fixes edit the copy, never the repository. Ctrl+C (or SIGTERM) stops it and
// removes everything it made: the copy sits in the server's temporary folder, which stop() removes.
//   node scripts/vscode/open-examples.mjs [--folder examples] [--open saas-renewal-order-form.md]
//                                         [--port 8080] [--vsix reciprocity.vsix]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { remote, repoRoot, startServer, workbenchUrl } from './server.mjs';

const { values } = parseArgs({
  options: {
    folder: { type: 'string', default: 'examples' },
    open: { type: 'string', default: 'saas-renewal-order-form.md' },
    port: { type: 'string' },
    vsix: { type: 'string' },
  },
});
const source = resolve(repoRoot, values.folder);
if (!existsSync(join(source, values.open))) {
  process.stderr.write(`open-examples: no ${values.open} in ${relative(repoRoot, source) || '.'}\n`);
  process.exit(2);
}
const vsix = values.vsix ? resolve(values.vsix) : join(repoRoot, 'reciprocity.vsix');
if (!values.vsix) {
  process.stdout.write('Packaging reciprocity.vsix…\n');
  execFileSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
const demoLayout = join(dirname(fileURLToPath(import.meta.url)), 'demo-extension');
const server = await startServer({
  installExtension: vsix,
  linkExtensions: [demoLayout],
  port: values.port ? Number(values.port) : undefined,
});
const workspace = join(server.temp, basename(source));
cpSync(source, workspace, { recursive: true });
const url = workbenchUrl(server.url, {
  folder: workspace,
  payload: [['openFile', remote(join(workspace, values.open))]],
});
process.stdout.write(`
Reciprocity is installed in VS Code, on a copy of ${values.folder}/ with ${values.open} open:

  ${url}

Its findings are squiggled and listed in the Problems panel; the light bulb drafts a give-back
(into the copy: the repository's ${values.folder}/ stays as it is). Run "Reciprocity: Show
Give/Get Report" from the Command Palette (F1).
Press Ctrl+C to stop; that removes the copy and everything else the demo made.
`);
// Runs until a signal: server.mjs then stops code-server and removes its temporary folder.
setInterval(() => {}, 1 << 30);
