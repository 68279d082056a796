/**
 * Corpus-level linking. Each file contributes its distinct name forms (type + key, with counts);
 * the linker keeps those contributions in a table updated on every `setFile`/`removeFile`, and
 * updates the clusters lazily on the next query, incrementally: only the forms whose counts,
 * spellings or neighbourhoods changed are re-examined (their surname buckets, clusters, surname
 * groups, venue prefixes and id groups), so an edit costs about what its own forms touch, never
 * a pass over the corpus. The result is a pure function of the current forms (never of the order
 * in which files were added or edited): an incrementally updated linker and a fresh one built
 * from the same files give the same ids and the same groupings.
 *
 * People: full names that agree on first and last word (accent-, case-, typo- and
 * transliteration-tolerant) are one person; a one-word name goes to the person of that surname
 * in the same file (decided per file, see recognize.ts), else to the most mentioned person with
 * that surname in the corpus. Gazetteer names carry their id. Institutions and places: the
 * gazetteer id, the bracket-acronym definitions, or the normalised name; named venues whose name
 * extends another's (`aéroport international X` / `aéroport international X Y`) are one venue.
 *
 * The stages, each a function of the previous ones (the methods of `ensure`, in this order):
 *   E1  pairs of full person names in a surname (or first-name) bucket of at most 400 names that
 *       name the same person (`samePerson`);                               C1 = components of E1
 *   E2  `F. Honegger` → the one C1 cluster of its surname bucket with a first name in F;
 *                                                                     C2 = components of E1 ∪ E2
 *   surname → the heaviest C2 cluster (sum of counts) with a full name using that surname;
 *   E3  a one-word person name → the cluster of its surname;  E4  venue → venue it extends;
 *   clusters = components of E1 ∪ E2 ∪ E3 ∪ E4; ids: gazetteer id, else the slug of the fullest
 *   name, made unique (`-2`, `-3`…) in the order of the clusters' smallest form.
 * Elsewhere in this folder: forms and clusters (forms.ts), the files' counted contributions
 * (formTable.ts), E1's buckets (personBuckets.ts), the ids (entityIds.ts), the comparison of
 * spellings (spellings.ts).
 */
import type { AcronymDef, FileAnalysis, RawMention } from '../entities/recognize';
import { slug } from '../text/normalize';
import type { NameType } from '../types';
import { baseOf, EntityIds } from './entityIds';
import { addTo, components, removeFrom, setEdge } from './formGraph';
import { FormTable, type FileLinks } from './formTable';
import { fidLess, type Cluster, type Comp2, type Form, type Indexed } from './forms';
import { BUCKET_LIMIT, PersonBuckets } from './personBuckets';
import { translit } from './similarity';
import { fullestName, indexedOf, sameIndexed, sameWordT } from './spellings';

export interface Promotion {
  type: NameType;
  entityId: string;
  /** How sure the reading is (0..1), when the name learner made it; else the rule's. */
  confidence?: number;
  /** Where the name ends when it runs past the weak word (a body's whole name after its first word). */
  end?: number;
}

/** What one `ensure` found changed, handed from stage to stage. */
interface Changes {
  /** Endpoints of changed E1 edges. */
  touched: Set<Form>;
  /** byLast buckets whose membership changed. */
  touchedLast: Set<string>;
  /** Forms whose final cluster must be recomputed. */
  seeds: Set<Form>;
  /** Forms indexed afresh (their shape changed, or they came or left). */
  changedShape: Form[];
  /** Forms no file mentions any more. */
  removed: Form[];
  /** Forms whose count or spelling changed but not their shape (see `reindexChangedForms`). */
  reweighed: Form[];
}

/** The first word of a body's key of two words or more that opens with a word no lexicon knows (see `Indexed.lead`). */
function leadWord(f: Form): string | undefined {
  if (!f.ix?.lead) return undefined;
  const at = f.key.indexOf(' ');
  return at > 0 ? f.key.slice(0, at) : undefined;
}

export class Linker {
  /** Files whose resolved mentions may have changed since they were last resolved. */
  readonly stale = new Set<string>();
  /** Entity ids that forms joined or left since the caller last emptied this set. */
  readonly changedEntities = new Set<string>();
  /** Bumped whenever an update changed anything a file's resolution depends on. */
  generation = 0;
  /** What the files contributed: forms and spellings with their counts and files, acronym definitions, weak words. */
  private readonly table = new FormTable(this.stale);
  private readonly ids = new EntityIds();
  private readonly surnameEntity = new Map<string, string>();
  private readonly singleWordEntity = new Map<string, Promotion>();
  private readonly acronymDef = new Map<string, AcronymDef>();

  // ---- structural indexes (kept in step with each form's `ix`) ----
  /** E1: full person names by surname and by first name, and the same-person pairs among them. */
  private readonly buckets = new PersonBuckets();
  private readonly adj1 = this.buckets.adj;
  private readonly e2 = new Map<Form, Form>();
  private readonly e2rev = new Map<Form, Set<Form>>();
  private readonly e3 = new Map<Form, Form>();
  private readonly e3rev = new Map<Form, Set<Form>>();
  /** Transliterated surname part → full person names using it. */
  private readonly partForms = new Map<string, Set<Form>>();
  /** Surname key → one-word person names (all) . */
  private readonly singles = new Map<string, Set<Form>>();
  private readonly venues = new Map<string, Form>();
  /** `type key-prefix` (3+ words) → venues whose name extends it. */
  private readonly venueExt = new Map<string, Set<Form>>();
  /** Bodies whose key opens with a word no lexicon knows, by key; and by each of their keys' first words, those extending them. */
  private readonly leads = new Map<string, Form>();
  private readonly leadExt = new Map<string, Set<Form>>();
  /** A body's first word → the bodies of two words or more whose key opens with it (for one-word promotions). */
  private readonly leadWordForms = new Map<string, Set<Form>>();
  /** One word → non-person forms with that one-word name. */
  private readonly swForms = new Map<string, Set<Form>>();
  private readonly surnameRoot = new Map<string, Form>();
  /** C2 root → surname keys it wins. */
  private readonly rootKeys = new Map<Form, Set<string>>();
  /** Surname keys and one-word names that forms left since the last `ensure`. */
  private readonly prevKeys = new Set<string>();
  private readonly prevSwKeys = new Set<string>();

  /** Count a file's recognised names, acronym definitions and weak words; `remove` takes the result back. */
  add(file: string, a: FileAnalysis): FileLinks {
    return this.table.add(file, a);
  }

  remove(file: string, links: FileLinks): void {
    this.table.remove(file, links);
  }

  // ---- structural (un)indexing ----

  private venueNeighbours(f: Form, ix: Indexed): Form[] {
    const out: Form[] = [];
    if (!ix.venue) return out;
    const w = f.key.split(' ');
    for (let n = 3; n < w.length; n++) {
      const shorter = this.venues.get(f.type + ' ' + w.slice(0, n).join(' '));
      if (shorter && shorter !== f) out.push(shorter);
    }
    for (const g of this.venueExt.get(f.type + ' ' + f.key) ?? []) if (g !== f) out.push(g);
    return out;
  }

  /** A body's forms whose key is its key's first words, and those whose key it is the first words of (`ubwiza` ~ `ubwiza coffee trading`). */
  private leadNeighbours(f: Form): Form[] {
    const out: Form[] = [];
    if (!f.ix?.lead) return out;
    const w = f.key.split(' ');
    for (let n = 1; n < w.length; n++) {
      const shorter = this.leads.get(w.slice(0, n).join(' '));
      if (shorter && shorter !== f) out.push(shorter);
    }
    for (const g of this.leadExt.get(f.key) ?? []) if (g !== f) out.push(g);
    return out;
  }

  private unindex(f: Form, touched: Set<Form>, touchedLast: Set<string>, seeds: Set<Form>): void {
    const ix = f.ix;
    if (!ix) return;
    if (ix.full) {
      this.buckets.leave(f, touched);
      touchedLast.add(ix.tLast);
      for (const p of ix.parts) {
        removeFrom(this.partForms, p, f);
        this.prevKeys.add(p);
      }
    }
    if (ix.single) {
      removeFrom(this.singles, ix.parts[0], f);
      this.prevKeys.add(ix.parts[0]);
    }
    if (ix.venue) {
      for (const g of this.venueNeighbours(f, ix)) seeds.add(g);
      if (this.venues.get(f.type + ' ' + f.key) === f) this.venues.delete(f.type + ' ' + f.key);
      const w = f.key.split(' ');
      for (let n = 3; n < w.length; n++) removeFrom(this.venueExt, f.type + ' ' + w.slice(0, n).join(' '), f);
    }
    if (ix.lead) {
      for (const g of this.leadNeighbours(f)) seeds.add(g);
      if (this.leads.get(f.key) === f) this.leads.delete(f.key);
      const w = f.key.split(' ');
      for (let n = 1; n < w.length; n++) removeFrom(this.leadExt, w.slice(0, n).join(' '), f);
      const lw = leadWord(f);
      if (lw !== undefined) {
        removeFrom(this.leadWordForms, lw, f);
        this.prevSwKeys.add(lw);
      }
    }
    if (ix.sw !== undefined) {
      removeFrom(this.swForms, ix.sw, f);
      this.prevSwKeys.add(ix.sw);
    }
    f.ix = undefined;
  }

  private index(f: Form, ix: Indexed, touched: Set<Form>, touchedLast: Set<string>, seeds: Set<Form>): void {
    f.ix = ix;
    if (ix.full) {
      this.buckets.join(f, touched);
      touchedLast.add(ix.tLast);
      for (const p of ix.parts) addTo(this.partForms, p, f);
    }
    if (ix.single) addTo(this.singles, ix.parts[0], f);
    if (ix.venue) {
      this.venues.set(f.type + ' ' + f.key, f);
      const w = f.key.split(' ');
      for (let n = 3; n < w.length; n++) addTo(this.venueExt, f.type + ' ' + w.slice(0, n).join(' '), f);
      for (const g of this.venueNeighbours(f, ix)) seeds.add(g);
    }
    if (ix.lead) {
      this.leads.set(f.key, f);
      const w = f.key.split(' ');
      for (let n = 1; n < w.length; n++) addTo(this.leadExt, w.slice(0, n).join(' '), f);
      for (const g of this.leadNeighbours(f)) seeds.add(g);
      const lw = leadWord(f);
      if (lw !== undefined) addTo(this.leadWordForms, lw, f);
    }
    if (ix.sw !== undefined) addTo(this.swForms, ix.sw, f);
  }

  // ---- components ----

  private neighbours2(f: Form, visit: (g: Form) => void): void {
    for (const g of this.adj1.get(f)?.keys() ?? []) visit(g);
    const t = this.e2.get(f);
    if (t) visit(t);
    for (const g of this.e2rev.get(f) ?? []) visit(g);
  }

  private neighboursAll(f: Form, visit: (g: Form) => void): void {
    this.neighbours2(f, visit);
    const t = this.e3.get(f);
    if (t) visit(t);
    for (const g of this.e3rev.get(f) ?? []) visit(g);
    if (f.ix?.venue) for (const g of this.venueNeighbours(f, f.ix)) visit(g);
    if (f.ix?.lead) for (const g of this.leadNeighbours(f)) visit(g);
  }

  private c1Root(g: Form, memo: Map<Form, Form>): Form {
    const r = memo.get(g);
    if (r) return r;
    const [comp] = components([g], (f, visit) => {
      for (const h of this.adj1.get(f)?.keys() ?? []) visit(h);
    });
    let root = comp[0];
    for (const h of comp) if (fidLess(h, root)) root = h;
    for (const h of comp) memo.set(h, root);
    return root;
  }

  /** No change waits for `ensure`. */
  get current(): boolean {
    return this.table.dirtyForms.size === 0 && this.table.dirtyAcronyms.size === 0;
  }

  /** Recompute the clusters touched by the changes since the last call; marks the files whose resolution may differ. */
  ensure(): void {
    if (this.current) return;
    // Weak-word keys whose reading may have changed: the files that have them are resolved again.
    const weakKeys = new Set<string>();
    this.electAcronymDefinitions(weakKeys);
    const changes = this.reindexChangedForms(); // and E1, as forms join and leave buckets
    this.linkInitials(changes); // E2
    const surnameKeys = this.groupFullNames(changes); // C2
    this.linkSurnames(surnameKeys, changes); // surname → C2, E3
    const renamed = this.rebuildClusters(changes); // with E4; ids
    const changedForms = this.assignEntities(renamed);
    const dropped = this.dropRemovedForms(changes.removed);
    // Files to resolve again: those naming a form whose entity changed, those with a weak word whose reading did.
    for (const f of changedForms) for (const file of this.table.filesOfForm(f)) this.stale.add(file);
    this.updatePromotions(changes, changedForms, surnameKeys, weakKeys);
    for (const k of weakKeys) for (const f of this.table.weakFiles.get(k) ?? []) this.stale.add(f);
    if (dropped || changedForms.length > 0 || weakKeys.size > 0) this.generation++;
  }

  /** Acronym definitions: the most frequent definition of each acronym. */
  private electAcronymDefinitions(weakKeys: Set<string>): void {
    for (const acr of this.table.dirtyAcronyms) {
      const best = this.table.definitionOf(acr);
      const old = this.acronymDef.get(acr);
      if (best) this.acronymDef.set(acr, best);
      else this.acronymDef.delete(acr);
      if (old?.fullKey !== best?.fullKey || old?.type !== best?.type) weakKeys.add(acr);
    }
    this.table.dirtyAcronyms.clear();
  }

  /** Which forms really changed; re-index those whose shape changed. */
  private reindexChangedForms(): Changes {
    const touched = new Set<Form>();
    const touchedLast = new Set<string>();
    const seeds = new Set<Form>();
    const changedShape: Form[] = [];
    const removed: Form[] = [];
    // Forms whose count or spelling changed but not their shape: no edge changes, so their
    // components stay; only weights and names move (see `EntityIds.updateBases`). While a corpus
    // loads, these are most of the dirty forms (every known name mentioned again), and a query
    // between batches would otherwise rebuild the clusters of all the popular names each time.
    const reweighed: Form[] = [];
    for (const f of this.table.dirtyForms) {
      if (f.count > 0) f.name = fullestName(f.spellings);
      // The shape is a function of the name and of being a venue (the form's type and gazetteer
      // id never change): unchanged inputs, unchanged shape.
      const ix = f.count > 0 && f.ix !== undefined && f.name === f.seenName && f.venueCount > 0 === f.ix.venue ? f.ix : indexedOf(f);
      const same = ix === f.ix || sameIndexed(ix, f.ix);
      if (same && f.count > 0 && f.count === f.seenCount && f.name === f.seenName) continue;
      if (same && f.count > 0) {
        // Its C2 weight moves with its count (a C2 rebuilt below gets its weight afresh anyway).
        if (f.comp2) f.comp2.weight += f.count - f.seenCount;
        reweighed.push(f);
      } else {
        seeds.add(f);
        if (!same) {
          changedShape.push(f);
          this.unindex(f, touched, touchedLast, seeds);
          if (ix) this.index(f, ix, touched, touchedLast, seeds);
        }
      }
      f.seenCount = f.count;
      f.seenName = f.name;
      if (f.count <= 0) removed.push(f);
    }
    this.table.dirtyForms.clear();
    return { touched, touchedLast, seeds, changedShape, removed, reweighed };
  }

  /** E2 (initials) in every surname bucket whose members or C1 clusters may have changed. */
  private linkInitials({ touched, touchedLast, seeds, removed }: Changes): void {
    const lastKeys = new Set(touchedLast);
    const c1Seeds = new Set<Form>(touched);
    for (const f of touched) for (const g of f.comp2?.members ?? []) c1Seeds.add(g);
    for (const comp of components(touched, (f, visit) => this.adj1.get(f)?.forEach((_, g) => visit(g)))) for (const g of comp) c1Seeds.add(g);
    for (const g of c1Seeds) if (g.ix?.full) lastKeys.add(g.ix.tLast);
    for (const g of c1Seeds) if (!g.ix && g.comp2) seeds.add(g);
    const memo = new Map<Form, Form>();
    for (const lk of lastKeys) {
      const b = this.buckets.byLast.get(lk);
      const small = b !== undefined && b.members.size <= BUCKET_LIMIT;
      for (const f of b?.members ?? []) {
        const xf = f.ix!;
        if (xf.first.length !== 1) continue;
        let target: Form | undefined;
        if (small) {
          const roots = new Set<Form>();
          for (const g of b.members) {
            const xg = g.ix!;
            if (xg.first.length > 1 && xg.first[0] === xf.first && sameWordT(xg.last, xg.tLast, xf.last, xf.tLast)) roots.add(this.c1Root(g, memo));
          }
          if (roots.size === 1) target = [...roots][0];
        }
        setEdge(this.e2, this.e2rev, f, target, seeds);
      }
    }
    for (const f of removed) {
      setEdge(this.e2, this.e2rev, f, undefined, seeds);
      for (const g of [...(this.e2rev.get(f) ?? [])]) setEdge(this.e2, this.e2rev, g, undefined, seeds);
    }
    for (const f of touched) seeds.add(f);
  }

  /** C2 components (and weights) of everything touched so far; returns the surname keys whose owner may have changed. */
  private groupFullNames({ seeds, changedShape, reweighed }: Changes): Set<string> {
    const c2Start = new Set<Form>();
    for (const f of seeds) {
      c2Start.add(f);
      for (const g of f.comp2?.members ?? []) c2Start.add(g);
    }
    const surnameKeys = new Set<string>(this.prevKeys);
    this.prevKeys.clear();
    for (const f of c2Start) {
      if (f.ix?.full) for (const p of f.ix.parts) surnameKeys.add(p);
      f.comp2 = undefined;
    }
    for (const comp of components(c2Start, (f, visit) => this.neighbours2(f, visit))) {
      let root = comp[0];
      let weight = 0;
      for (const g of comp) {
        if (fidLess(g, root)) root = g;
        weight += g.count;
      }
      const c: Comp2 = { root, members: comp, weight };
      for (const g of comp) {
        g.comp2 = c;
        seeds.add(g);
        if (g.ix?.full) for (const p of g.ix.parts) surnameKeys.add(p);
      }
    }
    for (const f of changedShape) if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
    // A C2 kept whose weight moved may win or lose the surnames of its members.
    const reweighedComps = new Set<Comp2>();
    for (const f of reweighed) {
      const c = f.comp2;
      if (!c || reweighedComps.has(c)) continue;
      reweighedComps.add(c);
      for (const g of c.members) if (g.ix?.full) for (const p of g.ix.parts) surnameKeys.add(p);
    }
    return surnameKeys;
  }

  /** Surname → heaviest C2 cluster; E3 for the one-word names of that surname. */
  private linkSurnames(surnameKeys: Set<string>, { seeds, removed }: Changes): void {
    for (const k of surnameKeys) {
      let best: Comp2 | undefined;
      for (const g of this.partForms.get(k) ?? []) {
        const c = g.comp2;
        if (!c || c === best) continue;
        if (!best || c.weight > best.weight || (c.weight === best.weight && fidLess(c.root, best.root))) best = c;
      }
      const old = this.surnameRoot.get(k);
      const now = best?.root;
      if (old !== now) {
        if (old) removeFrom(this.rootKeys, old, k);
        if (now) {
          this.surnameRoot.set(k, now);
          addTo(this.rootKeys, now, k);
        } else this.surnameRoot.delete(k);
      }
      for (const s of this.singles.get(k) ?? []) if (!s.gazId) setEdge(this.e3, this.e3rev, s, now, seeds);
    }
    for (const f of removed) {
      setEdge(this.e3, this.e3rev, f, undefined, seeds);
      for (const g of [...(this.e3rev.get(f) ?? [])]) setEdge(this.e3, this.e3rev, g, undefined, seeds);
    }
  }

  /** Final clusters of everything touched, their bases and ids; returns the clusters made or renamed. */
  private rebuildClusters({ seeds, reweighed }: Changes): Set<Cluster> {
    const start = new Set<Form>();
    const dissolved = new Set<Cluster>();
    for (const f of seeds) {
      start.add(f);
      if (f.cluster) {
        dissolved.add(f.cluster);
        for (const g of f.cluster.members) start.add(g);
      }
    }
    const rebase = new Set<string>();
    for (const c of dissolved) this.ids.dissolve(c, rebase);
    for (const f of start) f.cluster = undefined;
    const fresh: Cluster[] = [];
    for (const comp of components(start, (f, visit) => this.neighboursAll(f, visit))) {
      let root = comp[0];
      for (const g of comp) if (fidLess(g, root)) root = g;
      const c: Cluster = { root, members: comp, base: baseOf(comp), id: '' };
      for (const g of comp) g.cluster = c;
      fresh.push(c);
      rebase.add(c.base);
      this.ids.join(c);
    }
    const renamed = new Set<Cluster>(fresh);
    this.ids.updateBases(reweighed, renamed, rebase);
    this.ids.assign(rebase, renamed);
    return renamed;
  }

  /** Form → entity for the members of `renamed`; returns the forms whose entity changed. */
  private assignEntities(renamed: Set<Cluster>): Form[] {
    const changedForms: Form[] = [];
    for (const c of renamed) {
      for (const f of c.members) {
        if (f.entity !== c.id) {
          if (f.entity !== undefined) this.changedEntities.add(f.entity);
          this.changedEntities.add(c.id);
          f.entity = c.id;
          changedForms.push(f);
        }
      }
    }
    return changedForms;
  }

  /** The removed forms still unmentioned leave the table and their entities; true if any did. */
  private dropRemovedForms(removed: Form[]): boolean {
    let dropped = false;
    for (const f of removed) {
      if (f.count > 0 || this.table.forms[f.type].get(f.key) !== f) continue;
      this.table.drop(f);
      if (f.entity !== undefined) this.changedEntities.add(f.entity);
      f.entity = undefined;
      f.cluster = undefined;
      f.comp2 = undefined;
      dropped = true;
    }
    return dropped;
  }

  /** Surname and one-word promotions: the keys whose entity changed go to `weakKeys`. */
  private updatePromotions({ seeds, changedShape }: Changes, changedForms: Form[], surnameKeys: Set<string>, weakKeys: Set<string>): void {
    const swKeys = new Set<string>();
    const oneWordKey = (f: Form) => f.ix?.sw ?? leadWord(f);
    for (const f of changedShape) {
      if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
      const k = oneWordKey(f);
      if (k !== undefined) swKeys.add(k);
    }
    for (const f of seeds) {
      const k = oneWordKey(f);
      if (k !== undefined) swKeys.add(k);
    }
    // One-word names that forms left.
    for (const k of this.prevSwKeys) swKeys.add(k);
    this.prevSwKeys.clear();
    for (const f of changedForms) {
      for (const k of this.rootKeys.get(f) ?? []) surnameKeys.add(k);
      if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
      const k = oneWordKey(f);
      if (k !== undefined) swKeys.add(k);
    }
    for (const k of surnameKeys) {
      const r = this.surnameRoot.get(k);
      let id: string | undefined;
      if (r) id = r.entity;
      else {
        let first: Form | undefined;
        for (const s of this.singles.get(k) ?? []) if (!first || fidLess(s, first)) first = s;
        if (first) id = first.entity;
      }
      if (this.surnameEntity.get(k) === id) continue;
      if (id) this.surnameEntity.set(k, id);
      else this.surnameEntity.delete(k);
      weakKeys.add(k);
    }
    for (const w of swKeys) {
      let best: Form | undefined;
      for (const f of this.swForms.get(w) ?? []) if (!best || fidLess(f, best)) best = f;
      // A word no form names alone: the body whose name it opens (`Kanina` for `Kanina Resources`).
      if (!best) for (const f of this.leadWordForms.get(w) ?? []) if (!best || fidLess(f, best)) best = f;
      // A body named by more words after this one: files that write the word may write the whole name.
      if (this.leadWordForms.has(w)) weakKeys.add(w);
      const old = this.singleWordEntity.get(w);
      const now = best ? { type: best.type, entityId: best.entity! } : undefined;
      if (old?.type === now?.type && old?.entityId === now?.entityId) continue;
      if (now) this.singleWordEntity.set(w, now);
      else this.singleWordEntity.delete(w);
      weakKeys.add(w);
    }
  }

  /** Does a body's name of several words open with the word `lead` (a folded key)? */
  opensBodyName(lead: string): boolean {
    this.ensure();
    for (const f of this.leadWordForms.get(lead) ?? []) if (f.type === 'INSTITUTION' && f.entity) return true;
    return false;
  }

  /**
   * The body whose whole name is `lead` then the first words of `next` (folded keys of the words the file writes
   * after it: `alafia`, then `developpement`), the longest; with how many of `next` it takes.
   */
  bodyNamedFrom(lead: string, next: readonly string[]): { promotion: Promotion; words: number } | undefined {
    this.ensure();
    let best: Form | undefined;
    let words = 0;
    for (const f of this.leadWordForms.get(lead) ?? []) {
      if (f.type !== 'INSTITUTION' || !f.entity) continue;
      const rest = f.key.split(' ').slice(1);
      if (rest.length > next.length || rest.some((w, n) => next[n] !== w)) continue;
      if (!best || rest.length > words || (rest.length === words && fidLess(f, best))) {
        best = f;
        words = rest.length;
      }
    }
    return best ? { promotion: { type: best.type, entityId: best.entity! }, words } : undefined;
  }

  /** The entity of the form a name has under `type` (its linking key), if a file names it so. */
  entityOfForm(type: NameType, key: string): string | undefined {
    this.ensure();
    return this.table.forms[type].get(key)?.entity;
  }

  /** The entity of a recognised mention. */
  entityOf(m: RawMention): string {
    this.ensure();
    const forms = this.table.forms;
    if (m.type === 'PERSON' && m.local) {
      const id = forms.PERSON.get(m.local)?.entity;
      if (id) return id;
    }
    return forms[m.type].get(m.key)?.entity ?? slug(m.key);
  }

  /** The files that mention a form of entity `id` (a superset of those whose mentions resolve to it). */
  filesOf(id: string): Set<string> {
    this.ensure();
    const out = new Set<string>();
    for (const f of this.ids.clusterById.get(id)?.members ?? []) for (const file of this.table.filesOfForm(f)) out.add(file);
    return out;
  }

  /**
   * What the corpus knows about a capitalised word the file could not decide on (its folded
   * `key`, `upper` when written in capitals): a defined acronym, a surname of a known person
   * (preferring a full name of the same file: `localSurname` gives that name's entity by
   * transliterated surname), or a one-word institution or place named elsewhere.
   */
  promote(key: string, upper: boolean, localSurname: (surname: string) => string | undefined): Promotion | undefined {
    this.ensure();
    // A capitalised word may be a syllabic acronym defined elsewhere (`Sonapêche`: made-up).
    if (upper || key.length >= 4) {
      const d = this.acronymDef.get(key);
      if (d) {
        const id = this.table.forms[d.type].get(d.fullKey)?.entity;
        if (id) return { type: d.type, entityId: id };
      }
    }
    const sk = translit(key);
    const person = this.surnameEntity.get(sk);
    if (person) return { type: 'PERSON', entityId: localSurname(sk) ?? person };
    return this.singleWordEntity.get(key);
  }
}
