/**
 * E1: full person names in buckets by transliterated last word and by transliterated first word.
 * Inside a bucket of at most `BUCKET_LIMIT` names, each pair that names the same person
 * (`samePerson`) is an edge; `adj` counts every pair once per bucket holding it. A bucket grown past
 * the limit (a very common surname or first name) drops its edges: its names only link by exact keys.
 */
import { addTo, removeFrom } from './formGraph';
import { byFid, type Form } from './forms';
import { samePerson } from './spellings';

/** Buckets larger than this (a very common surname or first name) only link by exact keys. */
export const BUCKET_LIMIT = 400;

export interface Bucket {
  members: Set<Form>;
  /** samePerson edges inside this bucket (only while it is small). */
  edges: Map<Form, Set<Form>>;
}

export class PersonBuckets {
  /** By transliterated last word (the surname buckets that initials are matched in). */
  readonly byLast = new Map<string, Bucket>();
  private readonly byFirst = new Map<string, Bucket>();
  /** E1 adjacency with multiplicity (one per small bucket holding the pair). */
  readonly adj = new Map<Form, Map<Form, number>>();

  /** Indexed full name `f` joins its two buckets; the ends of the edges that changed go to `touched`. */
  join(f: Form, touched: Set<Form>): void {
    this.bucketJoin(this.byLast, f.ix!.tLast, f, touched);
    this.bucketJoin(this.byFirst, f.ix!.tFirst, f, touched);
  }

  /** Indexed full name `f` leaves its two buckets (before its index entry goes). */
  leave(f: Form, touched: Set<Form>): void {
    this.bucketLeave(this.byLast, f.ix!.tLast, f, touched);
    this.bucketLeave(this.byFirst, f.ix!.tFirst, f, touched);
  }

  private incEdge(a: Form, b: Form, d: 1 | -1, touched: Set<Form>): void {
    touched.add(a);
    touched.add(b);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      let m = this.adj.get(x);
      if (!m) this.adj.set(x, (m = new Map()));
      const n = (m.get(y) ?? 0) + d;
      if (n > 0) m.set(y, n);
      else m.delete(y);
      if (m.size === 0) this.adj.delete(x);
    }
  }

  private bucketEdge(b: Bucket, x: Form, y: Form, touched: Set<Form>): void {
    addTo(b.edges, x, y);
    addTo(b.edges, y, x);
    this.incEdge(x, y, 1, touched);
  }

  private bucketJoin(map: Map<string, Bucket>, key: string, f: Form, touched: Set<Form>): void {
    let b = map.get(key);
    if (!b) map.set(key, (b = { members: new Set(), edges: new Map() }));
    b.members.add(f);
    if (b.members.size <= BUCKET_LIMIT) {
      for (const g of b.members) if (g !== f && samePerson(f, g)) this.bucketEdge(b, f, g, touched);
    } else if (b.members.size === BUCKET_LIMIT + 1) {
      for (const [x, ys] of b.edges) for (const y of ys) if (byFid(x, y) < 0) this.incEdge(x, y, -1, touched);
      b.edges.clear();
    }
  }

  private bucketLeave(map: Map<string, Bucket>, key: string, f: Form, touched: Set<Form>): void {
    const b = map.get(key);
    if (!b) return;
    const wasSmall = b.members.size <= BUCKET_LIMIT;
    b.members.delete(f);
    if (wasSmall) {
      for (const g of b.edges.get(f) ?? []) {
        removeFrom(b.edges, g, f);
        this.incEdge(f, g, -1, touched);
      }
      b.edges.delete(f);
    } else if (b.members.size === BUCKET_LIMIT) {
      const ms = [...b.members];
      for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) if (samePerson(ms[i], ms[j])) this.bucketEdge(b, ms[i], ms[j], touched);
    }
    if (b.members.size === 0) map.delete(key);
  }
}
