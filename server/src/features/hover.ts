/**
 * Hover: what Seed Lens knows about the entity or date under the cursor, and why the line under it
 * is boilerplate (a template line: which shape, on how many articles of which site). On a name in
 * a template line, both.
 */
import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { BoilerplateBlock, DateMention, Entity, NameMention, TeaserLinkOut } from '../core';
import type { FeatureContext } from './context';

/** How many articles the hover links to. */
const LINKED_ARTICLES = 5;
/** Below this confidence a reading is shown as a guess. */
const GUESS_BELOW = 0.9;

const esc = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => '\\' + c);

export function hover(ctx: FeatureContext, params: HoverParams): Hover | null {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return null;
  const offset = lines.offset(params.position);
  const m = ctx.index.mentionAt(file, offset);
  // A template line says why (its shape, on how many articles of which site), on a name in it too;
  // a line naming another article says which. Other blocks say why in their diagnostic.
  const block = ctx.index.boilerplate(file).find((b) => b.start <= offset && offset <= b.end);
  const line = lines.position(offset).line;
  const teaser = block && ctx.index.teaserLinks(file).find((l) => block.start <= l.start && l.end <= block.end && lines.position(l.start).line === line);
  const told = block && (block.kind === 'template' || (teaser && !m)) ? block : undefined;
  if (!m && !told) return null;
  const parts: string[] = [];
  if (m) parts.push(m.type === 'DATE' ? dateHover(ctx, m) : nameHover(ctx, m));
  if (told) parts.push(blockHover(ctx, told, teaser));
  const span = m ?? told!;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: lines.range(span.start, span.end) };
}

/** Why a block is boilerplate: its kind, the reason (a template's shape, articles and site), the other articles holding it, the article it names. */
function blockHover(ctx: FeatureContext, b: BoilerplateBlock, teaser: TeaserLinkOut | undefined): string {
  const h = ctx.t.boilerplateHover;
  const ev = b.template;
  const title = b.kind === 'template' ? h.template : b.kind === 'duplicate' ? h.duplicate : h.chrome;
  const why = ev ? h.templateWhy(ev.shape.replace(/`/g, "'"), ev.region, ctx.t.num(ev.articles), ev.site) : esc(b.reason);
  const out = [`**${title}** — ${why}`];
  const seen = new Set<string>();
  const links: string[] = [];
  for (const c of b.copies) {
    if (seen.has(c.file)) continue;
    seen.add(c.file);
    if (links.length < LINKED_ARTICLES) links.push(articleLink(ctx, c.file, c.start));
  }
  if (links.length > 0) out.push(`${h.alsoIn}: ${links.join(', ')}${seen.size > links.length ? ` ${ctx.t.moreArticles(ctx.t.num(seen.size - links.length))}` : ''}`);
  if (teaser) out.push(h.names(articleLink(ctx, teaser.file, teaser.target.start)));
  return out.join('\n\n');
}

/** A markdown link opening `file` at `offset` (VS Code opens `file:///…#L12,5` at line 12, column 5). */
function articleLink(ctx: FeatureContext, file: string, offset: number): string {
  const pos = ctx.lines(file)?.position(offset);
  const target = pos && file.startsWith('file:') ? `${file}#L${pos.line + 1},${pos.character + 1}` : file;
  return `[${esc(ctx.label(file))}](${target})`;
}

function nameHover(ctx: FeatureContext, m: NameMention): string {
  const t = ctx.t;
  const entity = ctx.entity(m.entityId);
  const typeLabel = t.type[m.type][0];
  const guess = m.confidence !== undefined && m.confidence < GUESS_BELOW ? `\n\n_${t.guess(String(Math.round(m.confidence * 100)))}_` : '';
  if (!entity) return `**${esc(m.text)}** — ${typeLabel}${guess}`;
  const out: string[] = [`**${esc(entity.canonical)}** — ${typeLabel}${guess}`];
  const variants = [...entity.variants].sort((a, b) => b.count - a.count);
  if (variants.length > 0) out.push(`${t.alsoWritten}: ${variants.map((v) => `${esc(v.text)} (${t.num(v.count)})`).join(', ')}`);
  // Roles next to this mention first, then the entity's; `Colonel` and `colonel` are one role.
  const seen = new Set<string>();
  const roles = [...m.roles, ...entity.roles].filter((r) => {
    const k = r.toLocaleLowerCase('fr');
    return !seen.has(k) && seen.add(k);
  });
  if (roles.length > 0) out.push(`${t.roles}: ${roles.slice(0, 6).map(esc).join(', ')}`);
  out.push(articlesLine(ctx, entity));
  return out.join('\n\n');
}

function articlesLine(ctx: FeatureContext, entity: Entity): string {
  const t = ctx.t;
  // The first mention in each file, files in order (one pass, then a sort of the files only).
  const byFile = new Map<string, Entity['mentions'][number]>();
  for (const ref of entity.mentions) {
    const seen = byFile.get(ref.file);
    if (!seen || ref.start < seen.start) byFile.set(ref.file, ref);
  }
  const firstByFile = new Map([...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const summary = t.mentionsInArticles(t.num(entity.mentions.length), t.num(firstByFile.size), entity.mentions.length, firstByFile.size);
  const links: string[] = [];
  for (const [file, ref] of firstByFile) {
    if (links.length >= LINKED_ARTICLES) break;
    links.push(articleLink(ctx, file, ref.start));
  }
  const more = firstByFile.size - links.length;
  return `${summary}. ${t.seenIn}: ${links.join(', ')}${more > 0 ? ` ${t.moreArticles(t.num(more))}` : ''}`;
}

function dateHover(ctx: FeatureContext, m: DateMention): string {
  const t = ctx.t;
  const out: string[] = [`**${esc(m.text)}** — ${t.date}`];
  out.push(`${t.isoValue}: ${m.value ? `\`${m.value}\`` : t.relativeDate}`);
  if (m.resolved) out.push(`${t.resolved}: ${resolvedText(ctx, m.resolved)}`);
  if (m.weekday && !m.weekday.ok && m.resolved) {
    out.push(t.weekdayWarning(m.weekday.written, t.longDate(m.resolved, false), t.weekday(m.weekday.actual)));
  }
  return out.join('\n\n');
}

function resolvedText(ctx: FeatureContext, resolved: string): string {
  const parts = resolved.split('/');
  const pretty = parts.map((p) => ctx.t.longDate(p)).join(' – ');
  return pretty === resolved ? `\`${resolved}\`` : `${pretty} (\`${resolved}\`)`;
}
