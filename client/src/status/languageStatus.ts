// The language status items of SOW documents (in the `{}` hover next to the language mode in the
// status bar; a user can pin them to the bar): the language server's state with a link to its
// log, and the active document's PWAF readiness with its findings by severity.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import type { Readiness } from '../../../server/src/engine/review';
import { READINESS_REQUEST, ReadinessParams } from '../../../server/src/protocol';
import { onServerCrash, ServerCrash, SowLanguageClient } from '../languageClient';

/** What the items show, for the e2e suite (the workbench does not expose them through the API). */
export interface LanguageStatusSnapshot {
  server: ItemSnapshot;
  readiness: ItemSnapshot;
}

export interface ItemSnapshot {
  text: string;
  detail: string | undefined;
  severity: 'information' | 'warning' | 'error';
  busy: boolean;
  command: string | undefined;
}

const SEVERITY_NAMES = ['information', 'warning', 'error'] as const;

export function registerLanguageStatus(context: vscode.ExtensionContext, client: SowLanguageClient): () => LanguageStatusSnapshot {
  const selector: vscode.DocumentSelector = { language: 'sow' };
  const server = vscode.languages.createLanguageStatusItem('sow.server', selector);
  server.name = 'SOW Language Server';
  server.command = { title: 'Show Output', command: 'sow.showOutput', tooltip: 'Show the language server log' };
  const readiness = vscode.languages.createLanguageStatusItem('sow.readiness', selector);
  readiness.name = 'SOW Readiness';
  readiness.command = { title: 'Open Preview', command: 'sow.openPreviewToSide', tooltip: 'Open the preview with the review by pillar' };

  let lastCrash: ServerCrash | undefined;
  const showServerState = () => {
    server.busy = client.state === State.Starting;
    server.severity = vscode.LanguageStatusSeverity.Information;
    server.detail = lastCrash ? 'restarted after it stopped unexpectedly' : undefined;
    if (client.state === State.Starting) server.text = 'SOW: starting';
    else if (client.state === State.Running) server.text = 'SOW: running';
    else {
      const crashed = lastCrash && !lastCrash.restarted;
      server.text = crashed ? 'SOW: stopped (crashed)' : 'SOW: stopped';
      server.detail = crashed ? 'stopped repeatedly; run SOW: Restart Language Server' : undefined;
      server.severity = crashed ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning;
    }
  };

  let seq = 0;
  const showReadiness = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== 'sow') return;
    const mine = ++seq;
    let result: Readiness | null = null;
    if (client.state === State.Running) {
      try {
        result = await client.sendRequest<Readiness | null>(READINESS_REQUEST, { uri: document.uri.toString() } satisfies ReadinessParams);
      } catch {
        result = null;
      }
    }
    if (mine !== seq) return;
    readiness.text = result ? readinessText(result) : 'SOW readiness: not reviewed yet';
    readiness.detail = findingCounts(vscode.languages.getDiagnostics(document.uri));
  };

  context.subscriptions.push(
    server,
    readiness,
    client.onDidChangeState(() => {
      showServerState();
      void showReadiness();
    }),
    onServerCrash((crash) => {
      lastCrash = crash;
      showServerState();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void showReadiness()),
    // Diagnostics arrive right after each review, so the score is refreshed exactly then.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void showReadiness();
    }),
  );
  showServerState();
  void showReadiness();

  const snapshot = (item: vscode.LanguageStatusItem): ItemSnapshot => ({
    text: item.text,
    detail: item.detail,
    severity: SEVERITY_NAMES[item.severity],
    busy: item.busy,
    command: item.command?.command,
  });
  return () => ({ server: snapshot(server), readiness: snapshot(readiness) });
}

/** The score: rules passed or waived ÷ rules assessed, over every pillar. */
function readinessText(result: Readiness): string {
  let ok = 0;
  let assessed = 0;
  for (const p of result.pillars) {
    ok += p.passed + p.waived;
    assessed += p.passed + p.failed + p.waived;
  }
  if (assessed === 0) return '$(checklist) SOW readiness: not assessed';
  const score = Math.round((ok / assessed) * 100);
  const icon = score >= 80 ? '$(pass)' : score >= 50 ? '$(warning)' : '$(error)';
  return `${icon} SOW readiness ${score}%`;
}

function findingCounts(diagnostics: readonly vscode.Diagnostic[]): string {
  const counts = [0, 0, 0, 0];
  for (const d of diagnostics) if (d.source === 'sow') counts[d.severity]++;
  const names = [['error', 'errors'], ['warning', 'warnings'], ['info', 'info'], ['hint', 'hints']];
  const parts = counts.flatMap((n, i) => (n ? [`${n} ${names[i][n === 1 ? 0 : 1]}`] : []));
  return parts.length ? parts.join(', ') : 'no findings';
}
