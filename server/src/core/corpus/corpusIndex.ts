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
import { CorrectionsView, emptyAnnotations, type Annotations } from '../annotations';
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
  private corrections = new CorrectionsView(emptyAnnotations());
  /** Entities rebuilt under corrections that reshape them (merge, split, type, canonical); dropped on any change. */
  private correctedEntities: Map<string, Entity> | undefined;

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
    this.corrections = new CorrectionsView(annotations);
    this.correctedEntities = undefined;
    for (const f of this.entries.keys()) this.relatedLayer.invalidate(f);
  }

  getAnnotations(): Annotations {
    return this.corrections.annotations;
  }

  /** Add or replace one file; only this file is re-analysed. */
  upsert(file: string, text: string): void {
    const dates = findDates(text);
    this.entries.set(file, { text, dates, version: ++this.versionCounter });
    this.names.setFile(file, text, dates);
    this.boiler.setFile(file, text);
    this.relatedLayer.invalidate(file);
    this.correctedEntities = undefined;
  }

  remove(file: string): boolean {
    if (!this.entries.delete(file)) return false;
    this.names.removeFile(file);
    this.boiler.removeFile(file);
    this.relatedLayer.removeFile(file);
    this.correctedEntities = undefined;
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
    const entry = this.entries.get(file);
    if (!entry) return [];
    const base = this.names.mentions(file);
    return this.corrections.isEmpty ? base : this.corrections.mentions(file, entry.text, base, entry.dates);
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
    if (!this.corrections.reshapesEntities) return this.names.entity(id);
    return this.corrected().get(this.corrections.resolveId(id));
  }

  entities(): Iterable<Entity> {
    return this.corrections.reshapesEntities ? this.corrected().values() : this.names.entities();
  }

  private corrected(): Map<string, Entity> {
    if (!this.correctedEntities) {
      const all = [...this.entries.keys()].map((file) => ({ file, mentions: this.nameMentions(file) }));
      this.correctedEntities = this.corrections.buildEntities(all, (id) => this.names.entity(id));
    }
    return this.correctedEntities;
  }

  boilerplate(file: string): BoilerplateBlock[] {
    if (!this.entries.has(file)) return [];
    const { ignoreBoilerplate, notBoilerplate } = this.corrections.annotations;
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
