/** The VS Code extension in VS Code's Node extension host: the language server runs in its own Node process. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type BaseLanguageClient } from 'vscode-languageclient/node';
import { activateWith } from './features/activate.js';

let client: BaseLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  // Run through V8's code cache (bin/code-cache.js): after the first start, the server answers sooner.
  const run = { module: context.asAbsolutePath('bin/code-cache.js'), args: [module], transport: TransportKind.ipc };
  client = activateWith(
    context,
    (options) =>
      new LanguageClient(
        'reciprocity',
        'Reciprocity',
        { run, debug: { module, transport: TransportKind.ipc } },
        options,
      ),
    // A hung process is killed: its connection closes and the crash handler restarts it, as after a crash.
    async (hung) => void (hung as LanguageClient).serverProcess?.kill('SIGKILL'),
  );
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
