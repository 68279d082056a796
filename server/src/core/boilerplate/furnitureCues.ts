/**
 * Structural cues of site furniture that need no list of sites, read on one short line's tokens
 * (see lineShape.ts), in the spirit of jusText and trafilatura: a menu or breadcrumb trail (short
 * segments between `|`, `›`, `»`, `•`), a copyright line (`©`), a line that is mostly a date and
 * a time, and a "see also" line that carries another article's headline.
 */
import { T_NUMBER, T_SEP, T_WORD, type ShapeToken } from './lineShape';

// Section names of news-site menus (accent-folded). A line made only of these is navigation.
export const NAV: ReadonlySet<string> = new Set([
  'accueil', 'actualites', 'actualite', 'actu', 'actus', 'a la une', 'une', 'politique', 'economie', 'societe',
  'sport', 'sports', 'culture', 'international', 'internationale', 'monde', 'afrique', 'national', 'nation',
  'regions', 'region', 'opinion', 'opinions', 'editorial', 'editoriaux', 'tribune', 'tribunes', 'videos', 'video',
  'photos', 'multimedia', 'contact', 'contacts', 'menu', 'rechercher', 'recherche', 'breves', 'annonces',
  'agenda', 'archives', 'en direct', 'direct', 'faits divers', 'sante', 'education', 'environnement',
  'technologie', 'sciences', 'diplomatie', 'securite', 'defense', 'communiques', 'communique', 'dossiers',
  'interviews', 'reportages', 'portraits', 'chroniques', 'derniere minute', 'dernieres nouvelles', 'infos',
  'news', 'home', 'abonnement', 'connexion', 'publicite', 'evenements', 'gouvernement', 'institutions',
]);

/** Where a trail starts: the site's home page. */
const HOME: ReadonlySet<string> = new Set(['accueil', 'home', 'une', 'a la une']);

/** Headings of related-article boxes, and the words that open a "see also" line. */
export const RELATED_HEADING =
  /^(autres articles|a lire aussi|lire aussi|a lire egalement|lire egalement|voir aussi|a voir aussi|articles similaires|articles lies|sur le meme sujet|dans la meme rubrique|les plus lus|le plus lu|articles les plus lus|articles recents|derniers articles|nos derniers articles|dernieres depeches|dernieres infos|dernieres actualites|les plus partages|les plus commentes|a ne pas manquer|vous aimerez aussi|a decouvrir|a la une (?:ce soir|ce matin|cette semaine|aujourd ?hui|du jour)|related|read also|more stories)\b/;

/** Separators of menus and trails (not the colon of a label, nor the dash of a title). */
const TRAIL = new Set(['>', '|', '•', '/']);
/** A menu item or trail step is a few words. */
const MAX_SEGMENT_WORDS = 4;

/**
 * A menu bar or a breadcrumb trail: segments of a few words between one kind of trail separator,
 * the first naming the home page (`Accueil › Économie › Cacao`, `Une | Nation | Régions`), or, for
 * three segments or more, most of them menu sections.
 */
export function isMenuOrTrail(tokens: readonly ShapeToken[]): boolean {
  const segments: string[][] = [[]];
  let sep = '';
  for (const t of tokens) {
    if (t.kind === T_SEP) {
      if (!TRAIL.has(t.text) || (sep && t.text !== sep)) return false;
      sep = t.text;
      segments.push([]);
    } else segments[segments.length - 1].push(t.text);
  }
  if (!sep || segments.some((s) => s.length === 0 || s.length > MAX_SEGMENT_WORDS)) return false;
  const names = segments.map((s) => s.join(' '));
  if (HOME.has(names[0])) return true;
  return names.length >= 3 && names.filter((n) => NAV.has(n)).length * 2 >= names.length;
}

/** Labels that announce an advert (folded), before a separator: `PUBLICITÉ – Pharmacie X : ouverte la nuit`. */
const ADVERT_LABELS: ReadonlySet<string> = new Set(['publicite', 'pub', 'annonce', 'sponsorise', 'contenu sponsorise', 'publireportage', 'partenariat', 'advertisement']);

/** An advert labelled as one: a label of one or two words in capitals or capitalised, then a dash, a colon or a bar. */
export function isAdvert(tokens: readonly ShapeToken[]): boolean {
  for (let n = 1; n <= 2; n++) {
    const label = tokens.slice(0, n);
    const sep = tokens[n];
    if (label.length < n || !label.every((t) => t.kind === T_WORD) || !(label[0].cap || label[0].upper)) return false;
    if (sep?.kind === T_SEP && (sep.text === '-' || sep.text === ':' || sep.text === '|') && ADVERT_LABELS.has(label.map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** A copyright line is short: `© 2025 Site – Tous droits réservés`. */
const MAX_COPYRIGHT_WORDS = 20;

export function isCopyright(tokens: readonly ShapeToken[]): boolean {
  let words = 0;
  let sign = false;
  for (const t of tokens) {
    if (t.kind === T_SEP) sign ||= t.text === '©';
    else words++;
  }
  return (sign || (tokens[0]?.kind === T_WORD && tokens[0].text === 'copyright')) && words <= MAX_COPYRIGHT_WORDS;
}

/** A date stamp is a few words around the date: `Publié le 01/04/2025 à 19h12 | Mis à jour le …`. */
const MAX_STAMP_WORDS = 20;
/** Words a stamp is written with around its dates (folded): they count neither for nor against the date. */
const STAMP_WORDS: ReadonlySet<string> = new Set(['publie', 'publiee', 'mis', 'mise', 'a', 'jour', 'le', 'du', 'par', 'lecture', 'min',
  'minutes', 'modifie', 'modifiee', 'actualise', 'actualisee', 'h', 'heure', 'heures']);
const FULL_DATE = /^\d{1,4}[./]\d{1,2}[./]\d{2,4}$/;
const TIME = /^\d{1,2}[h:]\d{2}$/i;
const YEAR = /^\d{4}$/;

/** A comment's signature names its writer in a few words (a handle, a name, a place in brackets). */
const MAX_SIGNATURE_WORDS = 6;

/**
 * A reader's comment signed and stamped: a name or handle, a dash, then the date and the time closing the
 * line (`Doomu_Ndar — 17/03/2026 à 09h58`, `Oumar Kane (Ngallèle) – 17/03/2026 à 11h47`).
 */
export function isSignedStamp(tokens: readonly ShapeToken[]): boolean {
  let end = tokens.length;
  if (end < 3 || tokens[end - 1].kind !== T_NUMBER || !TIME.test(tokens[end - 1].text)) return false;
  end--;
  if (tokens[end - 1]?.kind === T_WORD && tokens[end - 1].text === 'a') end--;
  if (tokens[end - 1]?.kind !== T_NUMBER || !FULL_DATE.test(tokens[end - 1].text)) return false;
  end--;
  if (tokens[end - 1]?.kind !== T_SEP || tokens[end - 1].text !== '-') return false;
  let words = 0;
  for (let k = 0; k < end - 1; k++) if (tokens[k].kind !== T_SEP) words++;
  return words > 0 && words <= MAX_SIGNATURE_WORDS;
}

/**
 * A line that is mostly a date and a time: its numbers and month and weekday names make at least
 * half of its letters and digits, and it holds a full date or a time of day
 * (`Mercredi 14 Mai 2025 - 19:05`, `18.11.2025 – 22h47`, `N° 4126 du mardi 14 octobre 2025`).
 * A dateline (`Bamako, le 12 mars 2025`) names a place first: it belongs to the article.
 */
export function isDateStamp(tokens: readonly ShapeToken[], text: string): boolean {
  let dated = 0;
  let all = 0;
  let words = 0;
  let full = false;
  let month = false;
  let year = false;
  for (const t of tokens) {
    if (t.kind === T_SEP) continue;
    words++;
    if (t.kind === T_WORD && STAMP_WORDS.has(t.text)) continue;
    const n = t.end - t.start;
    all += n;
    if (t.kind === T_NUMBER) {
      dated += n;
      full ||= FULL_DATE.test(t.text) || TIME.test(t.text);
      year ||= YEAR.test(t.text);
    } else if (t.date) {
      dated += n;
      month ||= !/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/.test(t.text);
    }
  }
  if (words === 0 || words > MAX_STAMP_WORDS || dated * 2 < all || !(full || (month && year))) return false;
  const first = tokens[0];
  const dateline = first.kind === T_WORD && first.cap && !first.date && text[first.end] === ',';
  return !dateline;
}

/**
 * A "see also" line naming another article: a related-articles phrase, a separator, then a
 * headline (`Lire aussi : …`, `LIRE AUSSI >> …`, `>> Lire aussi : …`, `LIRE AUSSI ▸ …`). Answers the index of the first token of the
 * headline, or -1. A phrase with nothing after it is a box's heading, not a teaser.
 */
export function teaserStart(tokens: readonly ShapeToken[]): number {
  const words: string[] = [];
  // `>> Lire aussi : …`: arrows or bullets may open the line.
  let first = 0;
  while (first < tokens.length && tokens[first].kind === T_SEP) first++;
  for (let k = first; k < tokens.length && k <= first + 6; k++) {
    const t = tokens[k];
    if (t.kind !== T_SEP) {
      words.push(t.text);
      continue;
    }
    const phrase = words.join(' ');
    const m = RELATED_HEADING.exec(phrase);
    if (!m || m[0].length !== phrase.length) return -1;
    let after = 0;
    for (let j = k + 1; j < tokens.length; j++) if (tokens[j].kind !== T_SEP) after++;
    return after >= 2 ? k + 1 : -1;
  }
  return -1;
}
