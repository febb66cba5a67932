/** The VS Code extension in VS Code's web worker extension host (vscode.dev): the language server runs in its own worker. */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type BaseLanguageClient,
} from 'vscode-languageclient/browser';
import { activateWith } from '../features/activate.js';

/** What a worker scope offers that the extension's types (without the DOM lib) do not name. */
declare const Worker: new (url: string) => object;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

let client: BaseLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const url = await workerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  // A new worker at each start, so that a restart after a crash starts a live server; one that hangs is ended.
  let worker: (ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void }) | undefined;
  const connect = async () => {
    worker = new Worker(url) as NonNullable<typeof worker>;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  client = activateWith(
    context,
    (options) => new LanguageClient('reciprocity', 'Reciprocity', connect, options),
    // A worker's end closes no connection: the client is stopped (the hung server cannot answer in time), the worker
    // ended, and a new one started.
    async (hung) => {
      await hung.stop(1000).catch(() => undefined);
      worker?.terminate();
      await hung.start();
    },
  );
}

/**
 * The server's script as a worker can load it. VS Code will not start a worker from a
 * `vscode-remote:` URI (an extension a server installs, as code-server does): the script is read
 * through VS Code's file system and started from a blob instead.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme !== 'vscode-remote') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
