// The status-bar item: PWAF readiness of the active SOW document, refreshed after each review.
import * as vscode from 'vscode';
import type { Readiness } from '../../../server/src/engine/review';
import { READINESS_REQUEST, ReadinessParams } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';

export function registerReadinessStatus(context: vscode.ExtensionContext, client: SowLanguageClient): void {
  const item = vscode.window.createStatusBarItem('sow.readiness', vscode.StatusBarAlignment.Right, 100);
  item.name = 'SOW Readiness';
  item.command = 'sow.openPreviewToSide';
  let seq = 0;

  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'sow') {
      item.hide();
      return;
    }
    const mine = ++seq;
    let readiness: Readiness | null;
    try {
      readiness = await client.sendRequest<Readiness | null>(READINESS_REQUEST, { uri: editor.document.uri.toString() } satisfies ReadinessParams);
    } catch {
      readiness = null;
    }
    if (mine !== seq) return;
    if (!readiness) {
      item.hide();
      return;
    }
    const { text, tooltip } = describe(readiness);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };

  // Diagnostics arrive right after each review, so the score is refreshed exactly then.
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void update();
    }),
  );
  void update();
}

function describe(readiness: Readiness): { text: string; tooltip: vscode.MarkdownString } {
  let ok = 0;
  let assessed = 0;
  for (const p of readiness.pillars) {
    ok += p.passed + p.waived;
    assessed += p.passed + p.failed + p.waived;
  }
  const tooltip = new vscode.MarkdownString('**PWAF readiness** (rules passed or waived ÷ rules assessed)\n\n| Pillar | Score |\n| --- | --- |\n');
  for (const p of readiness.pillars) tooltip.appendMarkdown(`| ${p.name} | ${p.score === undefined ? 'not assessed' : `${p.score}%`} |\n`);
  tooltip.appendMarkdown('\nClick to open the preview.');
  if (assessed === 0) return { text: '$(checklist) SOW: not assessed', tooltip };
  const score = Math.round((ok / assessed) * 100);
  const icon = score >= 80 ? '$(pass)' : score >= 50 ? '$(warning)' : '$(error)';
  return { text: `${icon} SOW ${score}%`, tooltip };
}
