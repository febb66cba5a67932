/**
 * "Review Workspace Contracts": finds the contracts (the include setting, detection,
 * `files.exclude`), reviews them with cancellable progress, fills the Problems panel, and opens
 * the workspace report, worst first.
 */
import * as vscode from 'vscode';
import { looksLikeContract, ledger, contractRow, worstFirst, type ContractRow } from '../engine/index.js';
import type { ReviewService } from './reviews.js';
import type { Settings } from './settings.js';

const MAX_BYTES = 20 * 1024 * 1024;

export async function findContracts(
  settings: Settings,
  token?: vscode.CancellationToken,
): Promise<{ uri: vscode.Uri; text: string }[]> {
  const found = new Map<string, vscode.Uri>();
  const included = new Set<string>();
  for (const pattern of settings.include) {
    for (const uri of await vscode.workspace.findFiles(pattern, undefined, 5000, token)) {
      found.set(uri.toString(), uri);
      included.add(uri.toString());
    }
  }
  if (settings.detectContracts)
    for (const uri of await vscode.workspace.findFiles('**/*.{md,markdown}', undefined, 5000, token))
      found.set(uri.toString(), uri);
  const contracts: { uri: vscode.Uri; text: string }[] = [];
  for (const uri of found.values()) {
    if (token?.isCancellationRequested) break;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_BYTES) continue;
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // unreadable or not UTF-8: not a contract we can review
      }
    }
    if (included.has(uri.toString()) || looksLikeContract(text))
      contracts.push({ uri, text: text.replace(/^\uFEFF/, '') });
  }
  return contracts.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
}

/** Reviews every contract in the workspace; returns the rows of the workspace report. */
export async function reviewWorkspace(
  reviews: ReviewService,
  settings: Settings,
): Promise<(ContractRow & { uri: string })[] | undefined> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Reciprocity: reviewing contracts'),
      cancellable: true,
    },
    async (progress, token) => {
      const contracts = await findContracts(settings, token);
      const rows: (ContractRow & { uri: string })[] = [];
      for (const { uri, text } of contracts) {
        if (token.isCancellationRequested) return undefined;
        progress.report({
          message: vscode.workspace.asRelativePath(uri),
          increment: 100 / Math.max(1, contracts.length),
        });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        // An open contract's review is the server's own; a closed file's is read from disk and published.
        const ofOpen = open && (await reviews.current(open));
        const ofFile = ofOpen ? undefined : await reviews.reviewText(text, uri);
        const result = ofOpen || ofFile?.review;
        if (!result) continue; // the server could not: its log says why
        if (ofFile && !open) await reviews.publishFile(uri, ofFile.diagnostics);
        rows.push({ ...contractRow(vscode.workspace.asRelativePath(uri), ledger(result)), uri: uri.toString() });
      }
      return worstFirst(rows) as (ContractRow & { uri: string })[];
    },
  );
}
