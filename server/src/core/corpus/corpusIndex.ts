/**
 * The corpus index: one entry per article file, each layer holding that file's contribution.
 * `upsert` re-analyses one file; every query reads the merged, up-to-date view. Pure: it is told
 * about files (by the CLI or the language server), it never reads a disk or an editor itself.
 */
import { createBoilerplateLayer } from '../boilerplate';
import { findDates } from '../dates';
import { createNameLayer } from '../entities';
import type { BoilerplateLayer, NameLayer, RelatedLayer } from '../layers';
import { createRelatedLayer } from '../related';
import { emptyAnnotations, type Annotations } from '../annotations';
import { comparisonKey } from '../text/normalize';
import type { BoilerplateBlock, DateMention, Entity, FileReport, Mention, NameMention, RelatedArticle } from '../types';

interface FileEntry {
  text: string;
  dates: DateMention[];
  /** Bumped on every upsert, so callers can tell a stale answer from a fresh one. */
  version: number;
}

export class CorpusIndex {
  private readonly entries = new Map<string, FileEntry>();
  private readonly names: NameLayer = createNameLayer();
  private readonly boiler: BoilerplateLayer = createBoilerplateLayer();
  private readonly relatedLayer: RelatedLayer;
  private versionCounter = 0;
  private annotations: Annotations = emptyAnnotations();

  constructor() {
    this.relatedLayer = createRelatedLayer({
      files: () => this.entries.keys(),
      text: (f) => this.entries.get(f)?.text,
      boilerplate: (f) => this.boilerplate(f),
      names: (f) => this.nameMentions(f),
      dates: (f) => this.dates(f),
    });
  }

  /** The user's corrections (`.seedlens/annotations.json`); they apply to every query from now on. */
  setAnnotations(annotations: Annotations): void {
    this.annotations = annotations;
  }

  getAnnotations(): Annotations {
    return this.annotations;
  }

  /** Add or replace one file; only this file is re-analysed. */
  upsert(file: string, text: string): void {
    const dates = findDates(text);
    this.entries.set(file, { text, dates, version: ++this.versionCounter });
    this.names.setFile(file, text, dates);
    this.boiler.setFile(file, text);
    this.relatedLayer.invalidate(file);
  }

  remove(file: string): boolean {
    if (!this.entries.delete(file)) return false;
    this.names.removeFile(file);
    this.boiler.removeFile(file);
    this.relatedLayer.removeFile(file);
    return true;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  size(): number {
    return this.entries.size;
  }

  text(file: string): string | undefined {
    return this.entries.get(file)?.text;
  }

  version(file: string): number | undefined {
    return this.entries.get(file)?.version;
  }

  dates(file: string): DateMention[] {
    return this.entries.get(file)?.dates ?? [];
  }

  nameMentions(file: string): NameMention[] {
    if (!this.entries.has(file)) return [];
    const notEntity = this.annotations.notEntity;
    const mentions = this.names.mentions(file);
    if (notEntity.length === 0) return mentions;
    const everywhere = new Set(notEntity.filter((n) => !n.file).map((n) => comparisonKey(n.text)));
    const here = new Set(notEntity.filter((n) => n.file === file).map((n) => comparisonKey(n.text)));
    return mentions.filter((m) => {
      const k = comparisonKey(m.text);
      return !everywhere.has(k) && !here.has(k);
    });
  }

  /** Every mention in the file (names and dates), sorted by start. */
  mentions(file: string): Mention[] {
    const all: Mention[] = [...this.dates(file), ...this.nameMentions(file)];
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The mention covering `offset`, if any (an offset at a mention's end still counts, as editors expect). */
  mentionAt(file: string, offset: number): Mention | undefined {
    return this.mentions(file).find((m) => m.start <= offset && offset <= m.end);
  }

  entity(id: string): Entity | undefined {
    return this.names.entity(id);
  }

  entities(): Iterable<Entity> {
    return this.names.entities();
  }

  boilerplate(file: string): BoilerplateBlock[] {
    if (!this.entries.has(file)) return [];
    const { ignoreBoilerplate, notBoilerplate } = this.annotations;
    const blocks = this.boiler.blocks(file);
    if (ignoreBoilerplate.length === 0 && notBoilerplate.length === 0) return blocks;
    const hidden = new Set([...ignoreBoilerplate, ...notBoilerplate]);
    return blocks.filter((b) => !hidden.has(b.fingerprint));
  }

  related(file: string, limit?: number): RelatedArticle[] {
    return this.entries.has(file) ? this.relatedLayer.related(file, limit) : [];
  }

  report(file: string): FileReport {
    return { file, mentions: this.mentions(file), boilerplate: this.boilerplate(file), related: this.related(file) };
  }
}
