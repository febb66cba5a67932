/**
 * The language server as an editor speaks to it: over JSON-RPC, in process (two pipes) and as
 * `reciprocity lsp --stdio`. Diagnostics on open and on change, hovers, quick fixes that only
 * insert, settings from workspace/configuration, and nothing left for closed or other files.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../../src/server/server.js';

const root = join(__dirname, '..', '..');
const example = readFileSync(join(root, 'examples', 'saas-renewal-order-form.md'), 'utf8');
const CONTRACT = 'file:///workspace/contracts/renewal.md';

/** A client connected to a server; settings answer workspace/configuration. */
class Client {
  private readonly waiting: {
    uri: string;
    check: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  readonly last = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  settings: Record<string, unknown> = {};

  constructor(readonly rpc: MessageConnection) {
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.last.set(p.uri, p);
      this.published.push(p);
      for (const w of [...this.waiting])
        if (w.uri === p.uri && w.check(p)) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve(p);
        }
    });
    rpc.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    rpc.listen();
  }

  async initialize(initializationOptions?: object): Promise<{ capabilities: Record<string, unknown> }> {
    const result = (await this.rpc.sendRequest('initialize', {
      processId: null,
      initializationOptions,
      rootUri: 'file:///workspace',
      workspaceFolders: [{ uri: 'file:///workspace', name: 'workspace' }],
      capabilities: { workspace: { configuration: true } },
    })) as { capabilities: Record<string, unknown> };
    await this.rpc.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first diagnostics published for `uri` that satisfy `check` (the last ones if they already do). */
  diagnostics(
    uri: string,
    check: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    const now = this.last.get(uri);
    if (now && check(now)) return Promise.resolve(now);
    return new Promise((resolve) => this.waiting.push({ uri, check, resolve }));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    this.last.delete(uri);
    return this.rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }
}

const warnings = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'unreciprocated-concession');

describe('language server', () => {
  let client: Client;
  let server: Connection;

  beforeEach(async () => {
    const [toServer, toClient] = [new PassThrough(), new PassThrough()];
    server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server);
    client = new Client(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  });

  afterEach(() => {
    client.rpc.dispose();
    server.dispose();
  });

  it('says what it can do: incremental sync, hovers, quick fixes', async () => {
    const { capabilities } = await client.initialize();
    assert.equal((capabilities.textDocumentSync as { change: number }).change, 2);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  });

  it('publishes diagnostics on open, with the rule id, its doc link and related places', async () => {
    await client.initialize();
    await client.open(CONTRACT, example);
    const published = await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0);
    assert.equal(warnings(published).length, 4);
    const first = warnings(published)[0]!;
    assert.equal(first.source, 'reciprocity');
    assert.equal(first.severity, 2);
    assert.match(first.codeDescription!.href, /unreciprocated-concession/);
    assert.equal(first.range.start.line, 28);
    assert.match(String(first.message), /^Provider grants Customer payment terms of 60 days/);
  });

  it('reviews again after an incremental change, and drops what the change answered', async () => {
    await client.initialize();
    await client.open(CONTRACT, example);
    await client.diagnostics(CONTRACT, (p) => warnings(p).length === 4);
    const document = TextDocument.create(CONTRACT, 'markdown', 1, example);
    const line = example.split('\n').findIndex((l) => l.startsWith('2.2 '));
    const end = { line, character: example.split('\n')[line]!.length };
    const added =
      ' In consideration of the payment terms in Section 2.2, Customer shall act as a reference for Provider.';
    await client.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: CONTRACT, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: added }],
    });
    const after = await client.diagnostics(CONTRACT, (p) => p.version === 2);
    assert.equal(warnings(after).length, 3);
    assert.ok(!warnings(after).some((d) => d.range.start.line === line), 'the payment terms are answered');
    assert.equal(
      TextDocument.applyEdits(document, [{ range: { start: end, end }, newText: added }])
        .split('\n')
        [line]!.endsWith('Provider.'),
      true,
    );
  });

  it('explains a concession on hover, with the give-backs to ask for', async () => {
    await client.initialize();
    await client.open(CONTRACT, example);
    const published = await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0);
    const at = warnings(published)[0]!.range.start;
    const hover = (await client.rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: CONTRACT },
      position: { line: at.line, character: at.character + 2 },
    })) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*Reciprocity · concession: longer payment terms\*\*/);
    assert.match(
      hover.contents.value,
      /Provider gives Customer: “Invoices issued during the Renewal Term are payable within sixty \(60\) days”/,
    );
    assert.match(
      hover.contents.value,
      /Ask for: volume commitment · longer term · conditional on a minimum term · testimonial or case study/,
    );
  });

  it('offers quick fixes that only insert, and the inserted give-back answers the finding', async () => {
    await client.initialize();
    await client.open(CONTRACT, example);
    const published = await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0);
    const diagnostic = warnings(published)[0]!;
    const actions = (await client.rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: CONTRACT },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as {
      title: string;
      isPreferred?: boolean;
      edit: { documentChanges: { edits: { range: { start: unknown; end: unknown }; newText: string }[] }[] };
    }[];
    assert.ok(
      actions.some((a) => a.title === 'Insert give-back: Ask for a testimonial or case study'),
      actions.map((a) => a.title).join('\n'),
    );
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    for (const action of actions)
      for (const change of action.edit.documentChanges)
        for (const edit of change.edits)
          assert.deepEqual(edit.range.start, edit.range.end, `${action.title} only inserts`);
    const testimonial = actions.find((a) => a.title === 'Insert give-back: Ask for a testimonial or case study')!;
    const edited = TextDocument.applyEdits(
      TextDocument.create(CONTRACT, 'markdown', 1, example),
      testimonial.edit.documentChanges[0]!.edits as never,
    );
    assert.match(
      edited,
      /In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer shall give Provider a written testimonial/,
    );
    await client.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: CONTRACT, version: 2 },
      contentChanges: [{ text: edited }],
    });
    assert.equal(warnings(await client.diagnostics(CONTRACT, (p) => p.version === 2)).length, 3);
  });

  it('reads reciprocity.* settings through workspace/configuration', async () => {
    client.settings = { rules: { 'unreciprocated-concession': 'off' } };
    await client.initialize();
    await client.open(CONTRACT, example);
    const published = await client.diagnostics(CONTRACT);
    assert.deepEqual(warnings(published), []);
    assert.ok(published.diagnostics.length > 0, 'the other rules still run');
  });

  it('keeps serving with the default settings when the client fails to answer for them', async () => {
    client.rpc.onRequest('workspace/configuration', () => {
      throw new Error('not supported');
    });
    await client.initialize();
    await client.open(CONTRACT, example);
    assert.equal(warnings(await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0)).length, 4);
    const hover = (await client.rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: CONTRACT },
      position: { line: 28, character: 10 },
    })) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /longer payment terms/);
  });

  it('reviews only the version the editor shows: changes a newer one overtook are never reviewed', async () => {
    // A pause long enough that only a request can bring the review about.
    await client.initialize({ typingDelayMs: 60_000 });
    await client.open(CONTRACT, example);
    await client.diagnostics(CONTRACT, (p) => warnings(p).length === 4);
    const from = client.published.length;
    for (let version = 2; version <= 6; version++)
      await client.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: CONTRACT, version },
        contentChanges: [{ text: `${example}\n${'x'.repeat(version)}\n` }],
      });
    const review = (await client.rpc.sendRequest('reciprocity/review', { uri: CONTRACT })) as { text: string };
    assert.ok(review.text.endsWith(`\n${'x'.repeat(6)}\n`), 'the review is of version 6');
    assert.deepEqual(
      client.published.slice(from).map((p) => p.version),
      [6],
    );
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: CONTRACT } });
  });

  it('answers the review, a drafted give-back and an export through its own requests', async () => {
    await client.initialize();
    await client.open(CONTRACT, example);
    const review = (await client.rpc.sendRequest('reciprocity/review', { uri: CONTRACT })) as {
      findings: { ruleId: string; concession?: string }[];
    };
    const open = review.findings.filter((f) => f.ruleId === 'unreciprocated-concession');
    assert.equal(open.length, 4);
    const draft = (await client.rpc.sendRequest('reciprocity/giveBack', {
      uri: CONTRACT,
      version: 1,
      concession: open[0]!.concession,
      kind: 'testimonial',
    })) as { template: string; insertion: { offset: number; text: string } };
    assert.match(draft.insertion.text, /Customer shall give Provider a written testimonial/);
    const markdown = (await client.rpc.sendRequest('reciprocity/export', {
      uri: CONTRACT,
      path: 'contracts/renewal.md',
      format: 'md',
      nonce: 'n',
      version: '1',
    })) as string;
    assert.match(markdown, /^# Give\/get report/);
    assert.equal(await client.rpc.sendRequest('reciprocity/review', { uri: 'file:///workspace/absent.md' }), null);
  });

  it('with run onSave, reviews on open and on save, not on each change', async () => {
    client.settings = { run: 'onSave' };
    // No pause after a keystroke: were changes reviewed, this one would be at once.
    await client.initialize({ typingDelayMs: 0 });
    await client.open(CONTRACT, example);
    await client.diagnostics(CONTRACT, (p) => warnings(p).length === 4);
    const from = client.published.length;
    await client.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: CONTRACT, version: 2 },
      contentChanges: [{ text: `${example}\nA line typed.\n` }],
    });
    // Another contract opened and reviewed after the change: the change had its chance to be reviewed.
    const other = 'file:///workspace/contracts/other.md';
    await client.open(other, example);
    await client.diagnostics(other, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      client.published.slice(from).filter((p) => p.uri === CONTRACT),
      [],
      'not reviewed on change',
    );
    await client.rpc.sendNotification('textDocument/didSave', { textDocument: { uri: CONTRACT } });
    await client.diagnostics(CONTRACT, (p) => p.version === 2);
  });

  it('leaves Markdown that is not a contract alone, and clears a closed contract', async () => {
    await client.initialize();
    await client.open('file:///workspace/notes.md', '# Notes\n\nIdeas for the offsite: a discount on lunch.\n');
    assert.deepEqual((await client.diagnostics('file:///workspace/notes.md')).diagnostics, []);
    await client.open(CONTRACT, example);
    await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0);
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: CONTRACT } });
    assert.deepEqual((await client.diagnostics(CONTRACT, (p) => p.diagnostics.length === 0)).diagnostics, []);
  });
});

describe('reciprocity lsp --stdio', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill());

  it('asks for a transport in one line, with exit code 2', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'lsp'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'reciprocity: lsp needs a transport: --stdio, --node-ipc or --socket=PORT\n');
  });

  it('starts the language server of the bundled CLI over standard input and output', async () => {
    child = spawn(process.execPath, [join(root, 'bin', 'reciprocity.js'), 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const client = new Client(
      createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)),
    );
    // A server that does not start fails the test at once, not at its timeout.
    const died = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`the server exited with ${code}`))),
    );
    await Promise.race([client.initialize(), died]);
    await client.open(CONTRACT, example);
    assert.equal(warnings(await client.diagnostics(CONTRACT, (p) => p.diagnostics.length > 0)).length, 4);
    died.catch(() => undefined);
    await client.rpc.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    await client.rpc.sendNotification('exit');
    assert.equal(await exited, 0);
    client.rpc.dispose();
  });
});
