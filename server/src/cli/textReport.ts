/** The CLI's readable report: one section per article. */
import type { CorpusIndex, EntityType, Mention } from '../core';
import { lineStarts } from '../core';

const TYPE_TITLES: Record<EntityType, string> = {
  PERSON: 'People',
  DATE: 'Dates',
  INSTITUTION: 'Institutions',
  PLACE: 'Places',
};

function lineOf(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function describe(index: CorpusIndex, m: Mention): string {
  if (m.type === 'DATE') {
    const parts = [m.value ?? 'relative'];
    if (m.resolved && m.resolved !== m.value) parts.push(`→ ${m.resolved}`);
    if (m.weekday && !m.weekday.ok) parts.push(`weekday written ${m.weekday.written}, is ${m.weekday.actual}`);
    return `${m.text} (${parts.join(', ')})`;
  }
  const entity = index.entity(m.entityId);
  return entity && entity.canonical !== m.text ? `${m.text} → ${entity.canonical}` : m.text;
}

/** One article's section of the report, its lines each ending with a newline. */
export function textSection(index: CorpusIndex, file: string): string {
  const out: string[] = [];
  const text = index.text(file) ?? '';
  const starts = lineStarts(text);
  out.push(`== ${file}`);
  const mentions = index.mentions(file, false);
  for (const type of ['PERSON', 'DATE', 'INSTITUTION', 'PLACE'] as const) {
    const ofType = mentions.filter((m) => m.type === type);
    if (ofType.length === 0) continue;
    // One line per distinct value, first-seen order, with how often it occurs.
    const seen = new Map<string, number>();
    for (const m of ofType) {
      const d = describe(index, m);
      seen.set(d, (seen.get(d) ?? 0) + 1);
    }
    out.push(`  ${TYPE_TITLES[type]} (${ofType.length}):`);
    for (const [d, n] of seen) out.push(`    ${d}${n > 1 ? ` ×${n}` : ''}`);
  }
  if (mentions.length === 0) out.push('  No entities found.');
  const blocks = index.boilerplate(file);
  if (blocks.length) {
    out.push(`  Boilerplate (${blocks.length}):`);
    for (const b of blocks) {
      const from = lineOf(starts, b.start);
      const to = lineOf(starts, Math.max(b.start, b.end - 1));
      const where = b.copies.length ? `; also in ${[...new Set(b.copies.map((c) => c.file))].join(', ')}` : '';
      out.push(`    lines ${from}–${to} ${b.kind}: ${b.reason}${where}`);
    }
  }
  const related = index.related(file);
  if (related.length) {
    out.push('  Related articles:');
    for (const r of related) out.push(`    ${r.file} (${r.score.toFixed(2)})${r.reasons.length ? `: ${r.reasons.join('; ')}` : ''}`);
  }
  return out.join('\n') + '\n';
}
