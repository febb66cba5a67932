/**
 * "Compare with Previous Draft": the active contract against its last commit, a commit picked from
 * its history (through the built-in Git extension's API), or any other file picked. Opens VS
 * Code's diff editor on the two drafts and the give/get report beside it with a "Since …" section:
 * what each side conceded and gave back this round, the changed concessions marked.
 */
import * as vscode from 'vscode';
import { compareDrafts, type RoundDiff } from '../engine/index.js';
import type { ReviewService } from './reviews.js';

/** The part of the Git extension's API (vscode.git, getAPI(1)) used here. */
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
  log(options: {
    path?: string;
    maxEntries?: number;
  }): Promise<{ hash: string; message: string; authorDate?: Date; authorName?: string }[]>;
}

/** A previous draft: its text, the URI the diff editor shows it from, and how the report names it. */
interface Previous {
  text: string;
  uri: vscode.Uri;
  label: string;
}

/** The Git extension's API, activating it if need be; none on the web or where Git is disabled. */
async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  try {
    return (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  } catch {
    return undefined;
  }
}

/**
 * Compares the active contract with a previous draft: `against` a revision ("HEAD", a hash) or a
 * file; without it, asks. Returns the round, or undefined when cancelled or impossible.
 */
export async function compareWithPrevious(
  reviews: ReviewService,
  against?: string | vscode.Uri,
): Promise<{ diff: RoundDiff; previous: Previous } | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a contract to compare it with a previous draft.'));
    return undefined;
  }
  const git = await gitApi();
  const previous = await pickPrevious(document, git, against);
  if (!previous) return undefined;
  const current =
    (await reviews.current(document)) ?? (await reviews.reviewText(document.getText(), document.uri))?.review;
  const before = (await reviews.reviewText(previous.text, document.uri))?.review;
  if (!current || !before) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Reciprocity could not review the drafts: see its output.'));
    return undefined;
  }
  const diff = compareDrafts(previous.label, before, vscode.workspace.asRelativePath(document.uri), current);
  const title = vscode.l10n.t('{0} ↔ {1}', previous.label, vscode.workspace.asRelativePath(document.uri));
  await vscode.commands.executeCommand('vscode.diff', previous.uri, document.uri, title, { preview: true });
  return { diff, previous };
}

async function pickPrevious(
  document: vscode.TextDocument,
  git: GitApi | undefined,
  against?: string | vscode.Uri,
): Promise<Previous | undefined> {
  const repository = git?.getRepository(document.uri) ?? undefined;
  if (against instanceof vscode.Uri) return fromFile(against);
  if (typeof against === 'string')
    return repository && git ? fromRevision(git, repository, document.uri, against) : undefined;
  type Choice = vscode.QuickPickItem & { run: () => Promise<Previous | undefined> };
  const choices: Choice[] = [];
  if (repository && git) {
    choices.push({
      label: vscode.l10n.t('Last commit'),
      description: 'HEAD',
      run: () => fromRevision(git, repository, document.uri, 'HEAD'),
    });
    choices.push({
      label: vscode.l10n.t('A commit from this file’s history…'),
      run: () => pickCommit(git, repository, document.uri),
    });
  }
  choices.push({
    label: vscode.l10n.t('Another file…'),
    run: async () => {
      const [picked] =
        (await vscode.window.showOpenDialog({
          canSelectMany: false,
          filters: { Markdown: ['md', 'markdown'] },
          defaultUri: document.uri,
        })) ?? [];
      return picked ? fromFile(picked) : undefined;
    },
  });
  const choice =
    choices.length === 1
      ? choices[0]
      : await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Compare with which draft?') });
  return choice?.run();
}

async function pickCommit(git: GitApi, repository: GitRepository, uri: vscode.Uri): Promise<Previous | undefined> {
  const commits = await repository.log({ path: uri.fsPath, maxEntries: 50 });
  const picked = await vscode.window.showQuickPick(
    commits.map((c) => ({
      label: c.message.split('\n')[0] ?? c.hash,
      description: c.hash.slice(0, 8),
      detail: [c.authorName, c.authorDate?.toLocaleString()].filter(Boolean).join(', '),
      hash: c.hash,
    })),
    { title: vscode.l10n.t('Compare with the draft of which commit?') },
  );
  return picked ? fromRevision(git, repository, uri, picked.hash) : undefined;
}

async function fromRevision(
  git: GitApi,
  repository: GitRepository,
  uri: vscode.Uri,
  ref: string,
): Promise<Previous | undefined> {
  try {
    const text = await repository.show(ref, uri.fsPath);
    return {
      text,
      uri: git.toGitUri(uri, ref),
      label: `${vscode.workspace.asRelativePath(uri)}@${/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 8) : ref}`,
    };
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Git has no draft of this file at {0}.', ref));
    return undefined;
  }
}

async function fromFile(uri: vscode.Uri): Promise<Previous> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return { text, uri, label: vscode.workspace.asRelativePath(uri) };
}
