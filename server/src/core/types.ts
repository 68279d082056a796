/**
 * The analysis core's vocabulary. Everything here is plain data: offsets are UTF-16 code-unit
 * indices into the file's text (BOM dropped), `end` exclusive, exactly as the evaluation
 * guidelines and LSP count them. Nothing in `core/` may import an editor module.
 */

export type EntityType = 'PERSON' | 'DATE' | 'INSTITUTION' | 'PLACE';
export type NameType = Exclude<EntityType, 'DATE'>;

export interface Span {
  start: number;
  end: number;
}

/** A date the text writes, with what it says (`value`) and what it means in context (`resolved`). */
export interface DateMention extends Span {
  type: 'DATE';
  text: string;
  /** ISO 8601 of what the text itself says, `X` for what it leaves out, `a/b` for ranges; null when relative. */
  value: string | null;
  /** The calendar date(s) meant, resolved against the article's dateline for partial or relative dates; null when unknown. */
  resolved: string | null;
  /** Present when the text writes a weekday next to a full date. */
  weekday?: WeekdayCheck;
}

export interface WeekdayCheck {
  /** The weekday as written, e.g. `lundi`. */
  written: string;
  /** The weekday of the resolved date, in French, e.g. `mardi`. */
  actual: string;
  ok: boolean;
}

/** A PERSON, INSTITUTION or PLACE mention, linked to its corpus entity. */
export interface NameMention extends Span {
  type: NameType;
  text: string;
  /** Corpus-wide entity id (a slug); equal ids mean the same real-world person or body. */
  entityId: string;
  /** Titles and roles written next to this mention (`Président de la Transition`, `colonel`). */
  roles: string[];
  /**
   * How sure the reading (the span and its type) is, 0..1: high for names the rules know (a
   * gazetteer name, a title before a person), the learner's probability for a name it typed from
   * evidence pooled over the corpus. Low values are guesses, to be shown as such.
   */
  confidence?: number;
}

export type Mention = DateMention | NameMention;

/** One real-world person, organisation or place across the corpus. */
export interface Entity {
  id: string;
  type: NameType;
  /** The fullest, best-cased spelling seen. */
  canonical: string;
  /** Every spelling seen with how many times. */
  variants: { text: string; count: number }[];
  /** Roles and titles seen next to it, most frequent first. */
  roles: string[];
  mentions: EntityMentionRef[];
}

export interface EntityMentionRef extends Span {
  file: string;
  text: string;
}

/**
 * `duplicate`: text that stands, the same or nearly, in other files; `chrome`: site furniture a
 * cue finds in the file alone; `template`: a line whose shape recurs on other pages of its site
 * (the evaluation kit's `chrome`: no two instances need be equal).
 */
export type BoilerplateKind = 'duplicate' | 'chrome' | 'template';

/** Why a line is template furniture (shared between the blocks of one site: read-only). */
export interface TemplateEvidence {
  /** The line's shape as people read it: `Publié le # à # | Mis à jour le # à #`, `Lire aussi : …`. */
  readonly shape: string;
  /** Where it stands on the page. */
  readonly region: 'top' | 'inside' | 'bottom';
  /** Articles of the site with a line of that shape there, this one included. */
  readonly articles: number;
  /** The line that names the site (its masthead or copyright line, as on this page), or '' when none. */
  readonly site: string;
}

/** A block of whole lines that is not part of the article itself. */
export interface BoilerplateBlock extends Span {
  kind: BoilerplateKind;
  /** Why it was flagged, in a few words (for hover text and diagnostics). */
  reason: string;
  /**
   * For `duplicate`: where the other copies stand; for `template`: the same-shaped lines of the
   * site's other pages (records shared between blocks: read-only). Empty for `chrome`.
   */
  copies: readonly { readonly file: string; readonly start: number; readonly end: number }[];
  /** A stable hash of the block's normalised text, or of its shape for `template` (for "ignore" and "remove everywhere"). */
  fingerprint: string;
  /** For `template`: the shape, and on how many articles of which site. */
  template?: TemplateEvidence;
}

/** A related article as ranked: which file, how close. */
export interface RelatedFile {
  file: string;
  /** 0..1, higher is closer. */
  score: number;
}

export interface RelatedArticle extends RelatedFile {
  /** Human-readable reasons: shared entities, close dates, shared rare words. */
  reasons: string[];
}

/** Everything the core knows about one file, as the CLI and the language server read it. */
export interface FileReport {
  file: string;
  mentions: Mention[];
  boilerplate: BoilerplateBlock[];
  related: RelatedArticle[];
}
