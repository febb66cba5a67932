/** "Export Report…": Markdown, self-contained HTML, JSON (FORMAT.md) or SARIF, to a file the user picks. */
import * as vscode from 'vscode';
import { makeNonce } from './nonce.js';
import type { ReviewService } from './reviews.js';
import type { RoundDiff } from '../engine/index.js';

const FORMATS = [
  { label: 'Markdown', extension: 'md', id: 'md' },
  { label: 'HTML', extension: 'html', id: 'html' },
  { label: 'JSON', extension: 'json', id: 'json' },
  { label: 'SARIF', extension: 'sarif', id: 'sarif' },
] as const;

/** `round`: the last round compared for this contract, which the Markdown and HTML reports carry as a "Since …" section. */
export async function exportReport(
  reviews: ReviewService,
  document?: vscode.TextDocument,
  formatId?: string,
  target?: vscode.Uri,
  round?: RoundDiff,
): Promise<vscode.Uri | undefined> {
  const doc = document ?? vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a contract to export its report.'));
    return undefined;
  }
  if (!reviews.summary(doc) && !(await reviews.current(doc))) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Reciprocity does not review this file. Run “Reciprocity: Review This File” first.'),
    );
    return undefined;
  }
  const format =
    FORMATS.find((f) => f.id === formatId) ??
    (await vscode.window.showQuickPick(
      FORMATS.map((f) => ({ ...f, description: `.${f.extension}` })),
      { title: vscode.l10n.t('Export the give/get report as') },
    ));
  if (!format) return undefined;
  const path = vscode.workspace.asRelativePath(doc.uri);
  const base = doc.uri.path.replace(/\.[^./]+$/, '');
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: doc.uri.with({ path: `${base}.report.${format.extension}` }),
      filters: { [format.label]: [format.extension] },
    }));
  if (!uri) return undefined;
  const content = await reviews.exportReport({
    uri: doc.uri.toString(),
    path,
    format: format.id,
    nonce: makeNonce(),
    version: String(vscode.extensions.getExtension('reciprocity.reciprocity')?.packageJSON.version ?? '0.0.0'),
    round,
  });
  if (content === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Reciprocity could not make the report: see its output.'));
    return undefined;
  }
  // The only file Reciprocity ever writes: the one the user chose.
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Reciprocity: report saved to {0}', vscode.workspace.asRelativePath(uri)),
  );
  return uri;
}
