/** The language server in a Node process: `reciprocity lsp --stdio` (or --node-ipc, --socket=PORT). */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server.js';

export function startNodeServer(): void {
  // The transport (--stdio, --node-ipc, --socket=PORT) comes from the command line.
  startServer(createConnection());
}
