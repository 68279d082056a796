/** The evaluation kit's answer format (`../shared/eval/GUIDELINES.md`, "Answer format"). */
import type { CorpusIndex } from '../corpus/corpusIndex';

export interface AnswerEntity {
  type: string;
  start: number;
  end: number;
  text: string;
  id?: string;
  value?: string | null;
  /** How sure the reading is (0..1): names only (see `NameMention.confidence`). */
  confidence?: number;
}

export interface AnswerFile {
  file: string;
  entities: AnswerEntity[];
  boilerplate: { start: number; end: number; kind: string }[];
  related: { file: string; score: number }[];
}

/** One file's entry of the answer. */
export function toAnswerFile(index: CorpusIndex, file: string): AnswerFile {
  return {
    file,
    // Read once per report: not kept in the index's cache.
    entities: index.mentions(file, false).map((m) =>
      m.type === 'DATE'
        ? { type: m.type, start: m.start, end: m.end, text: m.text, value: m.value }
        : { type: m.type, start: m.start, end: m.end, text: m.text, id: m.entityId, ...(m.confidence !== undefined && { confidence: Math.round(m.confidence * 1000) / 1000 }) },
    ),
    // The kit knows two kinds: template furniture is site furniture whose instances differ (`chrome`).
    boilerplate: index.boilerplate(file).map((b) => ({ start: b.start, end: b.end, kind: b.kind === 'template' ? 'chrome' : b.kind })),
    related: index.relatedFiles(file).map((r) => ({ file: r.file, score: Math.round(r.score * 1000) / 1000 })),
  };
}

export function toAnswerJson(index: CorpusIndex, files: readonly string[]): { files: AnswerFile[] } {
  return { files: files.map((file) => toAnswerFile(index, file)) };
}
