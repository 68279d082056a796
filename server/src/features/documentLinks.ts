/**
 * Document links: a teaser that names another article of the workspace ("Lire aussi : …", a
 * headline listed under "Sur le même sujet") links to that article, at its headline.
 */
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function documentLinks(ctx: FeatureContext, params: DocumentLinkParams): DocumentLink[] {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const out: DocumentLink[] = [];
  for (const link of ctx.index.teaserLinks(file)) {
    const pos = ctx.lines(link.file)?.position(link.target.start);
    if (!pos) continue;
    // VS Code opens `file:///…#L12,5` at line 12, column 5; other clients open the file.
    const target = link.file.startsWith('file:') ? `${link.file}#L${pos.line + 1},${pos.character + 1}` : link.file;
    out.push({ range: lines.range(link.start, link.end), target, tooltip: ctx.label(link.file) });
  }
  return out;
}
