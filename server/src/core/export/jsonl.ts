/** JSONL: one article per line, its text with its entities and boilerplate (for training or analysis tools). */
import type { BoilerplateBlock, Mention } from '../types';

export function toJsonlLine(file: string, text: string, mentions: readonly Mention[], boilerplate: readonly BoilerplateBlock[]): string {
  return JSON.stringify({
    file,
    text,
    entities: mentions.map((m) =>
      m.type === 'DATE'
        ? { type: m.type, start: m.start, end: m.end, text: m.text, value: m.value, resolved: m.resolved }
        : { type: m.type, start: m.start, end: m.end, text: m.text, id: m.entityId },
    ),
    boilerplate: boilerplate.map((b) => ({ start: b.start, end: b.end, kind: b.kind, copies: b.copies })),
  });
}
