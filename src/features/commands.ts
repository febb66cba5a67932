/** The commands of the Command Palette and of hover links. */
import * as vscode from 'vscode';
import { isOpen, type BenefitKind, type Review, concessionLabels, quote } from '../engine/index.js';
import { toWorkspaceEdit } from './workspace-edits.js';
import { APPLY_SUGGESTION } from '../server/protocol.js';
import { toSnippet } from './snippets.js';
import type { ReviewService } from './reviews.js';
import type { FileToggles } from './file-toggles.js';
import type { Settings } from './settings.js';
import { ReportPanel } from './report-panel.js';
import { reviewWorkspace } from './workspace-review.js';
import { exportReport } from './export.js';
import { stepUnbalanced } from './navigate.js';
import { compareWithPrevious } from './rounds.js';

export function registerCommands(
  context: vscode.ExtensionContext,
  reviews: ReviewService,
  toggles: FileToggles,
  settings: () => Settings,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reciprocity.showReport', async (uri?: vscode.Uri) => {
      const document =
        uri instanceof vscode.Uri
          ? await vscode.workspace.openTextDocument(uri)
          : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a contract to see its give/get report.'));
        return undefined;
      }
      if (!(await reviews.current(document))) await turnOn(reviews, toggles, document);
      return ReportPanel.show(context, reviews, document) && true;
    }),
    vscode.commands.registerCommand('reciprocity.reviewWorkspace', async () => {
      const rows = await reviewWorkspace(reviews, settings());
      if (rows) ReportPanel.showWorkspace(context, reviews, rows);
      return rows;
    }),
    vscode.commands.registerCommand('reciprocity.exportReport', (format?: string, target?: vscode.Uri) =>
      exportReport(
        reviews,
        undefined,
        typeof format === 'string' ? format : undefined,
        target instanceof vscode.Uri ? target : undefined,
      ),
    ),
    vscode.commands.registerCommand(
      APPLY_SUGGESTION,
      (uri: string, concessionId: string, kind: BenefitKind, title?: string) =>
        applySuggestion(reviews, uri, concessionId, kind, typeof title === 'string' ? title : undefined),
    ),
    vscode.commands.registerCommand('reciprocity.insertGiveBack', (args?: { kind?: BenefitKind }) =>
      insertGiveBack(reviews, typeof args?.kind === 'string' ? args.kind : undefined),
    ),
    vscode.commands.registerCommand('reciprocity.nextUnbalanced', () => step(reviews, 1)),
    vscode.commands.registerCommand('reciprocity.previousUnbalanced', () => step(reviews, -1)),
    vscode.commands.registerCommand('reciprocity.pinReport', () => {
      const panel = ReportPanel.instance;
      if (!panel) return undefined;
      panel.pin(!panel.isPinned);
      return panel.isPinned;
    }),
    vscode.commands.registerCommand('reciprocity.compareWithPrevious', async (against?: string | vscode.Uri) => {
      const compared = await compareWithPrevious(
        reviews,
        typeof against === 'string' || against instanceof vscode.Uri ? against : undefined,
      );
      const document = vscode.window.activeTextEditor?.document;
      if (!compared || !document) return undefined;
      ReportPanel.show(context, reviews, document).showRound(document.uri, compared.diff);
      return compared.diff;
    }),
    vscode.commands.registerCommand('reciprocity.reviewFile', () => reviewFile(reviews, toggles)),
    vscode.commands.registerCommand('reciprocity.toggleFile', () => toggleFile(reviews, toggles)),
  );
}

/**
 * From a hover link, a quick fix or the report: inserts one drafted give-back (the one of this
 * kind, or of this title when a kind has two forms) where the concession's clause ends, as one
 * edit. When the contract does not say who received the concession, asks which party gives back.
 */
async function applySuggestion(
  reviews: ReviewService,
  uri: string,
  concession: string,
  kind: BenefitKind,
  title?: string,
): Promise<boolean> {
  if (typeof uri !== 'string' || typeof concession !== 'string' || typeof kind !== 'string') return false;
  // Only a contract open in the editor: the links and buttons that call this are on one.
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document) return false;
  const ask = { uri, concession, kind, title };
  let version = document.version;
  let draft = await reviews.giveBack({ ...ask, version });
  if (draft?.askParty) {
    const review = await reviews.current(document);
    const giver = review && (await pickGiver(review, concession));
    if (!giver) return false;
    version = document.version;
    draft = await reviews.giveBack({ ...ask, giver, version });
  }
  // The draft is placed in the text the server read: an edit since would misplace it.
  if (!draft?.insertion || document.version !== version) {
    if (document.version !== version)
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Reciprocity: the contract changed meanwhile; ask for the give-back again.'),
      );
    return false;
  }
  // Where the contract already shows (the report's button is in another column), else the active column.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  await vscode.window.showTextDocument(document, shown ? { viewColumn: shown.viewColumn } : undefined);
  return document.version === version && vscode.workspace.applyEdit(toWorkspaceEdit(document, draft.insertion));
}

/** "Who gives back?": the parties the contract names, for a concession it does not assign. */
async function pickGiver(review: Review, concessionId: string): Promise<string | undefined> {
  const concession = review.terms.find((t) => t.id === concessionId);
  const items = review.parties.map((p) => ({
    label: p.aliases[0] ?? p.name,
    description: p.name !== p.aliases[0] ? p.name : undefined,
    id: p.id,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Who received “{0}” and gives back?', concession ? quote(review, concession, 60) : ''),
    placeHolder: vscode.l10n.t('The contract does not say: choose the party that gives back'),
  });
  return picked?.id;
}

/**
 * "Insert Give-Back…": pick a drafted give-back for the concession at or before the cursor and
 * insert it at the cursor. A keybinding can name the kind (`{ "kind": "reference" }`) to skip the pick.
 */
async function insertGiveBack(reviews: ReviewService, kind?: BenefitKind): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const review = (await reviews.current(editor.document)) ?? (await reviewAnyway(reviews, editor.document));
  if (!review) return false;
  const offset = editor.document.offsetAt(editor.selection.active);
  const finding = nearestFinding(review, offset);
  if (!finding) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Reciprocity: every concession in this file already gets something back.'),
    );
    return false;
  }
  const concession = review.terms.find((t) => t.id === finding.concession)!;
  const items = (finding.suggestions ?? []).map((s) => ({ label: s.title, detail: s.text, suggestion: s }));
  const picked = kind
    ? items.find((i) => i.suggestion.kind === kind)
    : await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t(
          'Give-back for the {0}: {1}',
          concessionLabels[concession.kind as keyof typeof concessionLabels],
          quote(review, concession, 60),
        ),
        placeHolder: vscode.l10n.t('Choose the give-back to insert at the cursor'),
        matchOnDetail: true,
      });
  if (!picked) return false;
  let template = picked.suggestion.template;
  if (picked.suggestion.askParty && review.parties.length) {
    const giver = await pickGiver(review, concession.id);
    if (!giver) return false;
    const draft = await reviews.giveBack({
      uri: editor.document.uri.toString(),
      version: editor.document.version,
      concession: concession.id,
      kind: picked.suggestion.kind,
      title: picked.suggestion.title,
      giver,
    });
    if (!draft) return false;
    template = draft.template;
  }
  const at = editor.selection.active;
  const before = editor.document.getText(new vscode.Range(at.with(undefined, Math.max(0, at.character - 1)), at));
  const edit = new vscode.WorkspaceEdit();
  const lead = before && !/\s/.test(before) ? ' ' : '';
  const snippet = toSnippet(`${lead}${template}`);
  edit.set(editor.document.uri, [new vscode.SnippetTextEdit(new vscode.Range(at, at), snippet)]);
  return vscode.workspace.applyEdit(edit);
}

async function reviewAnyway(reviews: ReviewService, document: vscode.TextDocument): Promise<Review | undefined> {
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Reciprocity does not review this file yet. Review it as a contract?'),
    vscode.l10n.t('Review'),
  );
  if (!answer) return undefined;
  await vscode.commands.executeCommand('reciprocity.reviewFile');
  return reviews.current(document);
}

function nearestFinding(review: Review, offset: number) {
  const open = review.findings.filter((f) => f.ruleId === 'unreciprocated-concession');
  return (
    open.find((f) => f.start <= offset && offset <= f.end) ??
    [...open].reverse().find((f) => f.start <= offset) ??
    open[0]
  );
}

/** Next or previous unbalanced concession of the active contract (or of the one the report shows); its id. */
async function step(reviews: ReviewService, direction: 1 | -1): Promise<string | undefined> {
  const panel = ReportPanel.instance;
  const active = vscode.window.activeTextEditor?.document;
  const shown =
    panel?.shownUri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === panel.shownUri!.toString());
  const document = active && reviews.summary(active) ? active : shown;
  if (!document) return undefined;
  if (panel && shown === document) return panel.step(document, direction);
  return (await stepUnbalanced(reviews, document, direction))?.id;
}

/** Turns review on by hand for a document the server leaves alone; its review once the server has it. */
async function turnOn(
  reviews: ReviewService,
  toggles: FileToggles,
  document: vscode.TextDocument,
): Promise<Review | undefined> {
  await toggles.set(document, true);
  reviews.settingsChanged();
  return reviews.current(document);
}

async function reviewFile(reviews: ReviewService, toggles: FileToggles): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Reciprocity reviews Markdown files: open one first.'));
    return undefined;
  }
  const review = (await reviews.current(editor.document)) ?? (await turnOn(reviews, toggles, editor.document));
  if (!review) return undefined;
  const open = review.judgements.filter(isOpen).length;
  const concessions = review.terms.filter((t) => t.type === 'concession').length;
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Reciprocity: {0} of {1} concessions get nothing back; {2} findings in all.',
      open,
      concessions,
      review.findings.length,
    ),
  );
  return open;
}

async function toggleFile(reviews: ReviewService, toggles: FileToggles): Promise<boolean | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const reviewed = await reviews.current(editor.document);
  // No review because the server is down is not "not reviewed": turning it on would be wrong.
  if (!reviews.serving) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Reciprocity's server is not running: see its output."));
    return undefined;
  }
  const on = !reviewed;
  await toggles.set(editor.document, on);
  reviews.settingsChanged();
  void vscode.window.showInformationMessage(
    on
      ? vscode.l10n.t('Reciprocity now reviews this file.')
      : vscode.l10n.t('Reciprocity no longer reviews this file.'),
  );
  return on;
}
