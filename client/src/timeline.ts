/**
 * The timeline: one webview with the corpus's articles on a time axis by the dates they report
 * (`seedLens/timeline`), filterable by entity; a click opens the article. No network: a strict
 * Content-Security-Policy, no remote resource, the page's script and style inline with a nonce;
 * theme-aware through VS Code's CSS variables. The page gets its data and strings by message.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { EXPLORER_METHOD, TIMELINE_METHOD, type ExplorerItem, type ExplorerPage, type NameType, type TimelineResult } from '../../server/src/protocol';
import { typeLabel, type SeedServer } from './seedServer';
import { timelineScript, timelineStyle } from './timelinePage';

/** Messages from the page. */
type FromPage = { type: 'ready' } | { type: 'open'; uri: string } | { type: 'suggest'; query: string } | { type: 'entity'; id: string | null };

export class Timeline {
  private panel: vscode.WebviewPanel | undefined;
  private entity: string | undefined;
  private readonly visibility = new vscode.EventEmitter<void>();
  /** The panel was shown, hidden or closed. */
  readonly onDidChangeVisibility = this.visibility.event;

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  constructor(
    private readonly server: SeedServer,
    context: vscode.ExtensionContext,
  ) {
    context.subscriptions.push(
      this.visibility,
      server.onChanged(() => {
        if (this.panel?.visible) void this.send();
      }),
      { dispose: () => this.panel?.dispose() },
    );
  }

  show(entity?: string): void {
    if (entity !== undefined) this.entity = entity;
    if (this.panel) {
      this.panel.reveal();
      void this.send();
      return;
    }
    const panel = vscode.window.createWebviewPanel('seedLens.timeline', vscode.l10n.t('Seed Lens: Timeline'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
    });
    this.panel = panel;
    panel.webview.html = page(panel.webview);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.visibility.fire();
    });
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.visible) void this.send();
      this.visibility.fire();
    });
    this.visibility.fire();
    panel.webview.onDidReceiveMessage((m: FromPage) => void this.receive(m));
  }

  private async receive(m: FromPage): Promise<void> {
    switch (m.type) {
      case 'ready':
        await this.send();
        break;
      case 'open':
        if (typeof m.uri === 'string') await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { preview: false });
        break;
      case 'suggest':
        await this.panel?.webview.postMessage({ type: 'suggestions', items: await this.suggestions(String(m.query ?? '')) });
        break;
      case 'entity':
        this.entity = m.id ?? undefined;
        await this.send();
        break;
    }
  }

  /** Entities whose names contain `query`, the most mentioned first, of every name type. */
  private async suggestions(query: string): Promise<{ id: string; label: string; type: string; mentions: number }[]> {
    if (!query.trim()) return [];
    const types: NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
    const pages = await Promise.all(types.map((type) => this.server.request<ExplorerPage>(EXPLORER_METHOD, { parent: { kind: 'type', type }, filter: query, limit: 8 })));
    const entities = pages.flatMap((p) => (p?.items ?? []).filter((i): i is Extract<ExplorerItem, { kind: 'entity' }> => i.kind === 'entity'));
    return entities
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, 12)
      .map((e) => ({ id: e.id, label: e.label, type: typeLabel(e.type), mentions: e.mentions }));
  }

  private async send(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const data = await this.server.request<TimelineResult>(TIMELINE_METHOD, this.entity ? { entity: this.entity } : {});
    await panel.webview.postMessage({ type: 'data', data: data ?? { articles: [], points: [], total: 0 }, strings: strings(), lang: vscode.env.language });
  }
}

/** The page's words, in the UI language. */
function strings() {
  return {
    filter: vscode.l10n.t('Filter by entity (a name)…'),
    clear: vscode.l10n.t('Show every article'),
    mentioning: vscode.l10n.t('Articles that mention {0}'),
    count: vscode.l10n.t('{0} articles with dates'),
    shown: vscode.l10n.t('{0} articles with dates, the {1} most recent shown'),
    empty: vscode.l10n.t('No article reports a date yet.'),
    year: vscode.l10n.t('the year'),
    month: vscode.l10n.t('the month'),
    chart: vscode.l10n.t('Articles by the dates they report'),
    list: vscode.l10n.t('Articles, most recent first'),
  };
}

function page(webview: vscode.Webview): string {
  const nonce = randomBytes(16).toString('base64');
  // Nothing from outside: no network, no file; only this page's own script and style.
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src 'none'`, `font-src 'none'`, `connect-src 'none'`].join('; ');
  void webview;
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${timelineStyle}</style>
</head>
<body>
<header>
  <div class="filter"><input id="filter" type="search" autocomplete="off" spellcheck="false"><div id="suggestions" role="listbox"></div></div>
  <span id="entity" hidden><span id="entity-label"></span> <button id="clear" type="button"></button></span>
  <span id="count" aria-live="polite"></span>
</header>
<main>
  <section id="chart" aria-labelledby="chart-title"><h2 id="chart-title"></h2><div id="axis"></div><div id="rows"></div></section>
  <section aria-labelledby="list-title"><h2 id="list-title"></h2><ol id="list"></ol></section>
</main>
<script nonce="${nonce}">${timelineScript}</script>
</body>
</html>`;
}
