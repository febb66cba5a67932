/** The status bar item: the active contract's count of unbalanced concessions. */
import * as vscode from 'vscode';
import type { ReviewService } from './reviews.js';

export class UnbalancedStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reciprocity.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly reviews: ReviewService) {
    this.item.name = 'Reciprocity';
    this.item.command = 'reciprocity.showReport';
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const review = document && this.reviews.summary(document);
    if (!review) {
      this.item.hide();
      return;
    }
    const open = review.unbalanced;
    const total = review.concessions;
    const partly = review.partial ? ` ${vscode.l10n.t('(partly reviewed)')}` : '';
    this.item.text = `$(law) ${open ? vscode.l10n.t('{0} unbalanced', open) : vscode.l10n.t('balanced')}${partly}`;
    this.item.tooltip =
      vscode.l10n.t('Reciprocity: {0} of {1} concessions in this contract get nothing back.', open, total) +
      (review.partial ? ` ${vscode.l10n.t('The time budget ran out before the end of the contract.')}` : '');
    this.item.backgroundColor = open ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
