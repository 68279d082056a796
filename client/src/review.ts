/**
 * The review queue (tree view `seedLens.review`): the server's guesses, least certain first, a
 * page at a time. From the keyboard, with the queue focused: A accepts the selected guess, R
 * rejects it, T retypes it, Shift+A / Shift+R do so for the name everywhere, U undoes the last
 * correction (package.json `keybindings`, rebindable). Each decision is a correction the server
 * writes; the queue then asks again and keeps the selection where it was, on the next guess.
 */
import * as vscode from 'vscode';
import { Commands, REVIEW_METHOD, Views, type CorrectArgs, type NameType, type ReviewItem, type ReviewPage } from '../../server/src/protocol';
import { debounce, typeIcon, typeLabel, type SeedServer } from './seedServer';

const PAGE = 100;

type Row = { kind: 'guess'; item: ReviewItem; index: number } | { kind: 'more'; shown: number; total: number } | { kind: 'note'; text: string };

const percent = (x: number) => `${Math.round(x * 100)}${vscode.env.language.startsWith('fr') ? '\u00a0' : ''}%`;

export class ReviewQueue implements vscode.TreeDataProvider<Row> {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Row>;
  private limit = PAGE;
  /** The rows as last drawn, and the id of the last row selected: a redraw may leave the view's selection empty. */
  private rows: Row[] = [];
  private selectedId: string | undefined;

  constructor(
    private readonly server: SeedServer,
    context: vscode.ExtensionContext,
  ) {
    this.view = vscode.window.createTreeView(Views.review, { treeDataProvider: this });
    this.view.message = vscode.l10n.t('Least certain first. A accept, R reject, T retype (Shift: the name everywhere), U undo');
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
      this.view.onDidChangeSelection((e) => {
        if (e.selection.length) this.selectedId = rowId(e.selection[0]);
      }),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  loadMore(): void {
    this.limit += PAGE;
    this.refresh();
  }

  async getChildren(row?: Row): Promise<Row[]> {
    if (row) return [];
    const page = await this.server.request<ReviewPage>(REVIEW_METHOD, { offset: 0, limit: this.limit });
    if (!page) return [{ kind: 'note', text: vscode.l10n.t('Seed Lens is starting…') }];
    this.view.description = vscode.l10n.t('{0} to review', page.total.toLocaleString(vscode.env.language));
    const rows: Row[] = page.items.map((item, index) => ({ kind: 'guess', item, index }));
    if (page.total > rows.length) rows.push({ kind: 'more', shown: rows.length, total: page.total });
    if (!page.complete) rows.push({ kind: 'note', text: vscode.l10n.t('Indexing: the queue is still growing…') });
    this.rows = rows;
    return rows;
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(row: Row): vscode.TreeItem {
    if (row.kind === 'note') return new vscode.TreeItem(row.text);
    if (row.kind === 'more') {
      const t = new vscode.TreeItem(vscode.l10n.t('Load more… ({0} of {1} shown)', row.shown, row.total));
      t.id = 'more';
      t.command = { title: vscode.l10n.t('Load more'), command: Commands.loadMoreGuesses };
      return t;
    }
    const i = row.item;
    const t = new vscode.TreeItem({ label: i.text, highlights: [] });
    t.id = rowId(row);
    t.description = `${typeLabel(i.type)} · ${percent(i.confidence)} · ${i.label}:${i.line + 1}`;
    t.iconPath = i.confidence < 0.5 ? new vscode.ThemeIcon('question', new vscode.ThemeColor('problemsWarningIcon.foreground')) : typeIcon(i.type);
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escape(i.text)}** — ${typeLabel(i.type)}${i.entity !== i.text ? ` (${escape(i.entity)})` : ''} · ${vscode.l10n.t('confidence {0}', percent(i.confidence))}\n\n`);
    md.appendMarkdown(`> ${escape(i.context.slice(0, i.highlight[0]))}**${escape(i.context.slice(i.highlight[0], i.highlight[1]))}**${escape(i.context.slice(i.highlight[1]))}\n\n`);
    for (const e of i.evidence) md.appendMarkdown(`- ${escape(e)}\n`);
    md.appendMarkdown(`\n${vscode.l10n.t('Written in this article: {0} · in the corpus: {1}', i.inArticle, i.inCorpus)}`);
    t.tooltip = md;
    t.contextValue = 'guess';
    t.accessibilityInformation = { label: `${i.text}, ${typeLabel(i.type)}, ${percent(i.confidence)}, ${i.label}` };
    const range = new vscode.Range(i.range.start.line, i.range.start.character, i.range.end.line, i.range.end.character);
    // Opened beside the queue without taking the focus: the keys go on deciding.
    t.command = { title: vscode.l10n.t('Open'), command: 'vscode.open', arguments: [vscode.Uri.parse(i.uri), { selection: range, preserveFocus: true } satisfies vscode.TextDocumentShowOptions] };
    return t;
  }

  /**
   * The guess a command runs on: the row it was run on (a menu), else the selected row (a key); when a
   * redraw has emptied the view's selection, the drawn row that was last selected (the one still shown so).
   */
  target(row?: Row): { item: ReviewItem; index: number } | undefined {
    const r = row ?? this.view.selection[0] ?? this.rows.find((x) => rowId(x) === this.selectedId);
    return r?.kind === 'guess' ? { item: r.item, index: r.index } : undefined;
  }

  /** After a decision: the queue asked again, the selection on the row that took the decided one's place. */
  async reselect(index: number): Promise<void> {
    this.refresh();
    const rows = await this.getChildren();
    const guesses = rows.filter((r) => r.kind === 'guess');
    const next = guesses[Math.min(index, guesses.length - 1)];
    if (next) await this.view.reveal(next, { select: true, focus: true });
  }
}

/** A row's tree item id: a guess by its article, text and type, so that a redraw keeps it selected. */
function rowId(row: Row): string | undefined {
  return row.kind === 'guess' ? `${row.item.uri}\u0000${row.item.text}\u0000${row.item.type}` : row.kind === 'more' ? 'more' : undefined;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

export function registerReview(context: vscode.ExtensionContext, server: SeedServer): ReviewQueue {
  const queue = new ReviewQueue(server, context);
  const decide = async (row: Row | undefined, args: (item: ReviewItem) => CorrectArgs | undefined | Promise<CorrectArgs | undefined>) => {
    const t = queue.target(row);
    if (!t) return;
    const a = await args(t.item);
    if (!a) return;
    if (await server.correct(a)) await queue.reselect(t.index);
  };
  const NAME_TYPES: NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.acceptGuess, (row?: Row) => decide(row, (i) => ({ uri: i.uri, kind: 'accept', text: i.text, type: i.type, inFile: true }))),
    vscode.commands.registerCommand(Commands.rejectGuess, (row?: Row) => decide(row, (i) => ({ uri: i.uri, kind: 'notEntity', text: i.text, inFile: true }))),
    vscode.commands.registerCommand(Commands.acceptName, (row?: Row) => decide(row, (i) => ({ uri: i.uri, kind: 'accept', text: i.text, type: i.type }))),
    vscode.commands.registerCommand(Commands.rejectName, (row?: Row) => decide(row, (i) => ({ uri: i.uri, kind: 'notEntity', text: i.text }))),
    vscode.commands.registerCommand(Commands.retypeGuess, (row?: Row) =>
      decide(row, async (i) => {
        const picked = await vscode.window.showQuickPick(
          NAME_TYPES.filter((t) => t !== i.type).map((type) => ({ label: typeLabel(type), iconPath: typeIcon(type), type })),
          { placeHolder: vscode.l10n.t('Give “{0}”, everywhere it is written, the type…', i.text) },
        );
        return picked && { uri: i.uri, kind: 'entityType', text: i.text, type: picked.type };
      }),
    ),
    vscode.commands.registerCommand(Commands.loadMoreGuesses, () => queue.loadMore()),
    vscode.commands.registerCommand(Commands.refreshReview, () => queue.refresh()),
    vscode.commands.registerCommand(Commands.undoCorrection, async () => {
      const r = await server.undo();
      if (r?.result === 'ok') {
        vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Lens: last correction undone'), 3000);
        if (queue.view.visible) queue.refresh();
      }
    }),
  );
  return queue;
}
