/**
 * `npm run bench -- g`: the language server as an editor sees it, through the protocol. The
 * bundled `reciprocity lsp --stdio` in its own process; times from a request to the diagnostics
 * it brings, which is what a user waits for:
 *   - a new server's first diagnostics on a 10 KB contract (start, initialize, open), started as users start it
 *     (bin/reciprocity.js, its code cache kept from an earlier start);
 *   - a keystroke (didChange) to its publishDiagnostics on the 1 MB contract, with no typing pause
 *     (initializationOptions.typingDelayMs = 0), median and 90th percentile;
 *   - for scale, the same keystroke reviewed in process (ReviewSession), in the same run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { ReviewSession } from '../src/engine/index.js';

const URI = 'file:///bench/contracts/bench.md';

/** Where the servers the bench starts keep their code cache, apart from the user's. */
const cacheRoot = join(tmpdir(), `reciprocity-bench-${process.pid}`);

interface Server {
  rpc: MessageConnection;
  /** Resolves with the next diagnostics of `version`. */
  diagnostics(version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function startServer(root: string): Promise<Server> {
  const child = spawn(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, TMPDIR: cacheRoot },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const done = p.version === undefined ? undefined : waiting.get(p.version);
    if (done) {
      waiting.delete(p.version!);
      done(p);
    }
  });
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: 'file:///bench',
    capabilities: {},
    initializationOptions: { typingDelayMs: 0 },
  });
  await rpc.sendNotification('initialized', {});
  return {
    rpc,
    // A version the server never answers ends the bench with a message, not a hang.
    diagnostics: (version) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} after 60 s`)), 60_000);
        waiting.set(version, (p) => {
          clearTimeout(timer);
          resolve(p);
        });
      }),
    // As an editor stops it: shutdown, then exit, which lets the server keep its code cache.
    stop: async () => {
      await rpc.sendRequest('shutdown').catch(() => undefined);
      await rpc.sendNotification('exit').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      rpc.dispose();
      child.kill();
    },
  };
}

const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;
const ms = (n: number): string => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;

/** Time from starting a server to the diagnostics of the contract it is opened on. */
async function firstDiagnostics(root: string, text: string): Promise<number> {
  const started = performance.now();
  const fresh = await startServer(root);
  const first = fresh.diagnostics(1);
  await fresh.rpc.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'markdown', version: 1, text },
  });
  await first;
  const firstMs = performance.now() - started;
  await fresh.stop();
  return firstMs;
}

export async function protocolBench(root: string, tenKB: string, oneMB: string, keystrokes = 21): Promise<void> {
  // The first start on this machine compiles the bundle and keeps V8's code cache (bin/code-cache.js) in a
  // temporary folder of the bench's own; every later start, the one an editor's user waits for, reads it.
  rmSync(cacheRoot, { recursive: true, force: true });
  mkdirSync(cacheRoot, { recursive: true });
  const firstEver = await firstDiagnostics(root, tenKB);
  const later: number[] = [];
  for (let i = 0; i < 5; i++) later.push(await firstDiagnostics(root, tenKB));
  console.log(
    `  a new server's first diagnostics on a ${(tenKB.length / 1024).toFixed(0)} KB contract: ${ms(percentile(later, 0.5))} ` +
      `(median of 5 starts; the very first start, which compiles and caches the code: ${ms(firstEver)})  (target ≤ 300 ms)`,
  );

  const server = await startServer(root);
  const opened = server.diagnostics(1);
  await server.rpc.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'markdown', version: 1, text: oneMB },
  });
  await opened;
  const middle = oneMB.indexOf('\n\n', oneMB.length >> 1);
  const line = oneMB.slice(0, middle).split('\n').length - 1;
  const lineStart = oneMB.lastIndexOf('\n', middle - 1) + 1;
  // At the start of the line (here a list item's marker, so the list changes shape), and inside the
  // last word of the same line, the keystroke most typing is.
  const inWord =
    (Array.from(oneMB.slice(lineStart, middle).matchAll(/(?<=\s)[a-z]{4,}(?=[\s,.;])/g)).pop()?.index ?? -2) + 2;
  const spots: [string, number][] = [
    ['at the start of a line', 0],
    ['inside a word', Math.max(0, inWord)],
  ];
  let version = 2;
  for (const [where, character] of spots) {
    const times = await typeAndDelete(
      server,
      oneMB,
      { line, character, at: lineStart + character },
      version,
      keystrokes,
    );
    version += 2 * keystrokes;
    console.log(
      `  a keystroke ${where} to its diagnostics on the ${(oneMB.length / 2 ** 20).toFixed(1)} MB contract, ${times.overProtocol.length} changes: median ${ms(percentile(times.overProtocol, 0.5))}, 90th percentile ${ms(percentile(times.overProtocol, 0.9))}  (target ≤ 16 ms); the same keystrokes reviewed in process (ReviewSession): median ${ms(percentile(times.inProcess, 0.5))}`,
    );
  }
  await server.stop();
  rmSync(cacheRoot, { recursive: true, force: true });
}

/** A keystroke typed, then deleted, `keystrokes` times each, at one spot: times through the protocol and in process. */
async function typeAndDelete(
  server: Server,
  oneMB: string,
  spot: { line: number; character: number; at: number },
  firstVersion: number,
  keystrokes: number,
): Promise<{ overProtocol: number[]; inProcess: number[] }> {
  const { line, character, at } = spot;
  const session = new ReviewSession();
  session.review(oneMB);
  const overProtocol: number[] = [];
  const inProcess: number[] = [];
  for (let version = firstVersion; version < firstVersion + 2 * keystrokes; version++) {
    // The text comes back to where it was every other change.
    const typing = (version - firstVersion) % 2 === 0;
    const change = typing
      ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const before = performance.now();
    const published = server.diagnostics(version);
    await server.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [change],
    });
    await published;
    overProtocol.push(performance.now() - before);
    const text = typing ? `${oneMB.slice(0, at)}x${oneMB.slice(at)}` : oneMB;
    const t = performance.now();
    session.review(text);
    inProcess.push(performance.now() - t);
  }
  return { overProtocol, inProcess };
}
