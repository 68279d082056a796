/**
 * The entity explorer (tree view `seedLens.entities`): types → entities → spellings → mentions,
 * each level asked of the server a page at a time (`seedLens/explorer`) when it is expanded, with
 * a "load more" row at the end of a long one. A filter by name; the context menu of an entity
 * (rename, merge with…, change type, not an entity, its articles, the timeline). The tree asks
 * again when the server says the corpus changed; rows keep their ids, so what was expanded stays so.
 */
import * as vscode from 'vscode';
import { Commands, EXPLORER_METHOD, Views, type ExplorerItem, type ExplorerPage, type ExplorerParent, type ExplorerType, type NameType } from '../../server/src/protocol';
import { debounce, typeIcon, typeLabel, type SeedServer } from './seedServer';

const PAGE = 50;

type Row =
  | { kind: 'item'; item: ExplorerItem; parent: Row | undefined }
  | { kind: 'more'; parent: Row | undefined; shown: number; total: number }
  | { kind: 'note'; text: string };

/** What to ask the server for the children of a row. */
function parentOf(row: Row | undefined): ExplorerParent | undefined {
  if (!row || row.kind !== 'item') return undefined;
  const i = row.item;
  if (i.kind === 'type') return { kind: 'type', type: i.type };
  if (i.kind === 'entity') return { kind: 'entity', type: i.type, id: i.id };
  if (i.kind === 'spelling') return { kind: 'spelling', type: i.type, id: i.id, text: i.text };
  return undefined;
}

function rowId(row: Row): string {
  if (row.kind === 'note') return `note:${row.text}`;
  if (row.kind === 'more') return `more:${row.parent ? rowId(row.parent) : ''}`;
  const i = row.item;
  switch (i.kind) {
    case 'type':
      return `t:${i.type}`;
    case 'entity':
      return `e:${i.type}:${i.id}`;
    case 'spelling':
      return `s:${i.type}:${i.id}:${i.text}`;
    case 'article':
      return `a:${i.uri}`;
    case 'mention':
      return `m:${i.uri}:${i.range.start.line}:${i.range.start.character}`;
  }
}

export class EntityExplorer implements vscode.TreeDataProvider<Row> {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** How many rows of each parent were shown: a refresh asks for as many again. */
  private readonly shown = new Map<string, number>();
  private filter = '';
  readonly view: vscode.TreeView<Row>;

  constructor(
    private readonly server: SeedServer,
    context: vscode.ExtensionContext,
  ) {
    this.view = vscode.window.createTreeView(Views.entities, { treeDataProvider: this, showCollapseAll: true });
    const refresh = debounce(() => this.refresh(), 300);
    context.subscriptions.push(
      this.view,
      this.changed,
      server.onChanged(() => {
        if (this.view.visible) refresh();
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) refresh();
      }),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.shown.clear();
    this.view.message = this.filter ? vscode.l10n.t('Names containing “{0}”', this.filter) : undefined;
    void vscode.commands.executeCommand('setContext', 'seedLens.explorerFiltered', this.filter !== '');
    this.refresh();
  }

  get currentFilter(): string {
    return this.filter;
  }

  /** The next page of a long list. */
  loadMore(row: Row): void {
    if (row.kind !== 'more') return;
    const key = row.parent ? rowId(row.parent) : '';
    this.shown.set(key, row.shown + PAGE);
    this.changed.fire(row.parent);
  }

  async getChildren(row?: Row): Promise<Row[]> {
    if (row && row.kind !== 'item') return [];
    const key = row ? rowId(row) : '';
    const limit = Math.max(PAGE, this.shown.get(key) ?? PAGE);
    const page = await this.server.request<ExplorerPage>(EXPLORER_METHOD, { parent: parentOf(row), filter: this.filter || undefined, offset: 0, limit });
    if (!page) return [{ kind: 'note', text: vscode.l10n.t('Seed Lens is starting…') }];
    if (!row) this.showProgress(page);
    const rows: Row[] = page.items.map((item) => ({ kind: 'item', item, parent: row }));
    if (page.total > rows.length) rows.push({ kind: 'more', parent: row, shown: rows.length, total: page.total });
    if (!row && !page.complete) rows.push({ kind: 'note', text: vscode.l10n.t('Indexing: the counts are still growing…') });
    return rows;
  }

  private showProgress(page: ExplorerPage): void {
    const p = page.progress;
    this.view.description = p ? vscode.l10n.t('{0}/{1} reviewed', p.reviewed.toLocaleString(vscode.env.language), p.articles.toLocaleString(vscode.env.language)) : undefined;
  }

  getParent(row: Row): Row | undefined {
    return row.kind === 'note' ? undefined : row.parent;
  }

  getTreeItem(row: Row): vscode.TreeItem {
    if (row.kind === 'note') {
      const t = new vscode.TreeItem(row.text, vscode.TreeItemCollapsibleState.None);
      t.id = rowId(row);
      return t;
    }
    if (row.kind === 'more') {
      const t = new vscode.TreeItem(vscode.l10n.t('Load more… ({0} of {1} shown)', row.shown, row.total), vscode.TreeItemCollapsibleState.None);
      t.id = rowId(row);
      t.contextValue = 'more';
      t.command = { title: vscode.l10n.t('Load more'), command: Commands.loadMore, arguments: [row] };
      return t;
    }
    const i = row.item;
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    let t: vscode.TreeItem;
    switch (i.kind) {
      case 'type':
        t = new vscode.TreeItem(i.label, i.entities > 0 ? collapsed : vscode.TreeItemCollapsibleState.None);
        t.description = vscode.l10n.t('{0} · {1} mentions', i.entities.toLocaleString(vscode.env.language), i.mentions.toLocaleString(vscode.env.language));
        t.iconPath = typeIcon(i.type);
        t.contextValue = 'type';
        break;
      case 'entity':
        t = new vscode.TreeItem(i.label, collapsed);
        t.description = vscode.l10n.t('{0} mentions in {1} articles', i.mentions, i.articles);
        t.tooltip = `${i.label} — ${typeLabel(i.type)}\n${vscode.l10n.t('{0} mentions in {1} articles', i.mentions, i.articles)}`;
        t.contextValue = i.type === 'DATE' ? 'date' : 'entity';
        break;
      case 'spelling':
        t = new vscode.TreeItem(i.text, collapsed);
        t.description = `×${i.mentions}`;
        t.iconPath = new vscode.ThemeIcon('symbol-text');
        t.contextValue = 'spelling';
        break;
      case 'article':
        t = new vscode.TreeItem(i.label, vscode.TreeItemCollapsibleState.None);
        t.description = `×${i.mentions}`;
        t.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(i.uri)] };
        break;
      case 'mention': {
        t = new vscode.TreeItem({ label: i.context, highlights: [i.highlight] }, vscode.TreeItemCollapsibleState.None);
        t.description = `${i.label}:${i.line + 1}`;
        t.tooltip = `${i.label}:${i.line + 1}\n${i.context}`;
        t.contextValue = 'mention';
        const range = new vscode.Range(i.range.start.line, i.range.start.character, i.range.end.line, i.range.end.character);
        t.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(i.uri), { selection: range } satisfies vscode.TextDocumentShowOptions] };
        break;
      }
    }
    t.id = rowId(row);
    return t;
  }
}

/** The entity a context-menu command runs on: the row it was run on, else the selected one. */
function entityOf(explorer: EntityExplorer, row: Row | undefined): Extract<ExplorerItem, { kind: 'entity' }> | undefined {
  const r = row ?? explorer.view.selection[0];
  return r?.kind === 'item' && r.item.kind === 'entity' ? r.item : undefined;
}

/** The articles that mention an entity, most mentions first (a page). */
async function articlesOf(server: SeedServer, e: { type: ExplorerType; id: string }, limit = PAGE) {
  const page = await server.request<ExplorerPage>(EXPLORER_METHOD, { parent: { kind: 'articles', type: e.type, id: e.id }, limit });
  return (page?.items ?? []).filter((i): i is Extract<ExplorerItem, { kind: 'article' }> => i.kind === 'article');
}

export function registerExplorer(context: vscode.ExtensionContext, server: SeedServer, showTimeline: (entity?: string) => void): EntityExplorer {
  const explorer = new EntityExplorer(server, context);
  /** A file of the entity's: corrections are written to the corrections file of its folder. */
  const someUri = async (e: Extract<ExplorerItem, { kind: 'entity' }>) => (await articlesOf(server, e, 1))[0]?.uri;
  const NAME_TYPES: NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.filterEntities, async () => {
      const value = await vscode.window.showInputBox({ value: explorer.currentFilter, prompt: vscode.l10n.t('Show the entities one of whose names contains (accents and case ignored):') });
      if (value !== undefined) explorer.setFilter(value);
    }),
    vscode.commands.registerCommand(Commands.clearEntityFilter, () => explorer.setFilter('')),
    vscode.commands.registerCommand(Commands.refreshEntities, () => explorer.refresh()),
    vscode.commands.registerCommand(Commands.loadMore, (row: Row) => explorer.loadMore(row)),
    vscode.commands.registerCommand(Commands.renameEntity, async (row?: Row) => {
      const e = entityOf(explorer, row);
      if (!e) return;
      const name = await vscode.window.showInputBox({ value: e.label, prompt: vscode.l10n.t('The name to show for this entity (the articles are not changed)') });
      const uri = name?.trim() && (await someUri(e));
      if (name && uri) await server.correct({ uri, kind: 'canonical', id: e.id, name: name.trim() });
    }),
    vscode.commands.registerCommand(Commands.mergeEntityWith, async (row?: Row) => {
      const e = entityOf(explorer, row);
      if (!e || e.type === 'DATE') return;
      const other = await pickEntity(server, e.type, e.id, vscode.l10n.t('Merge “{0}” with which entity?', e.label));
      const uri = other && (await someUri(e));
      if (other && uri) await server.correct({ uri, kind: 'merge', ids: [e.id, other] });
    }),
    vscode.commands.registerCommand(Commands.changeEntityType, async (row?: Row) => {
      const e = entityOf(explorer, row);
      if (!e || e.type === 'DATE') return;
      const picked = await vscode.window.showQuickPick(
        NAME_TYPES.filter((t) => t !== e.type).map((type) => ({ label: typeLabel(type), iconPath: typeIcon(type), type })),
        { placeHolder: vscode.l10n.t('Give every spelling of “{0}”, everywhere, the type…', e.label) },
      );
      const uri = picked && (await someUri(e));
      if (picked && uri) await server.correct({ uri, kind: 'entityType', entity: e.id, type: picked.type });
    }),
    vscode.commands.registerCommand(Commands.entityNotAnEntity, async (row?: Row) => {
      const e = entityOf(explorer, row);
      const uri = e && e.type !== 'DATE' && (await someUri(e));
      if (e && uri) await server.correct({ uri, kind: 'notEntity', entity: e.id });
    }),
    vscode.commands.registerCommand(Commands.entityArticles, async (row?: Row) => {
      const e = entityOf(explorer, row);
      if (!e) return;
      const picked = await vscode.window.showQuickPick(
        (await articlesOf(server, e, 500)).map((a) => ({ label: a.label, description: vscode.l10n.t('{0} mentions', a.mentions), uri: a.uri })),
        { placeHolder: vscode.l10n.t('Articles that mention “{0}”, most mentions first', e.label) },
      );
      if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri));
    }),
    vscode.commands.registerCommand(Commands.showEntityOnTimeline, (row?: Row) => {
      const e = entityOf(explorer, row);
      if (e && e.type !== 'DATE') showTimeline(e.id);
    }),
  );
  return explorer;
}

/** A quick pick of the entities of `type` (asked of the server as the user types), `exclude` left out. */
export function pickEntity(server: SeedServer, type: NameType, exclude: string | undefined, placeHolder: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
    qp.placeholder = placeHolder;
    qp.matchOnDescription = true;
    let asked = 0;
    const ask = async (filter: string) => {
      const n = ++asked;
      qp.busy = true;
      const page = await server.request<ExplorerPage>(EXPLORER_METHOD, { parent: { kind: 'type', type }, filter: filter || undefined, limit: PAGE });
      if (n !== asked) return;
      qp.busy = false;
      qp.items = (page?.items ?? []).flatMap((i) =>
        i.kind === 'entity' && i.id !== exclude ? [{ label: i.label, description: vscode.l10n.t('{0} mentions in {1} articles', i.mentions, i.articles), id: i.id, alwaysShow: true }] : [],
      );
    };
    const refresh = debounce(() => void ask(qp.value), 150);
    let done = false;
    const finish = (v: string | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.dispose();
    };
    qp.onDidChangeValue(refresh);
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.id));
    qp.onDidHide(() => finish(undefined));
    qp.show();
    void ask('');
  });
}
