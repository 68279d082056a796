/**
 * Bodies named after a person, a place or a number: the acronyms of which there is one per place (`CHR de Kanfo`,
 * `TGI de Kanfo`, `CEG n°3`: made-up), the capitalised name right after a lower-case head (`hôpital Awa Sanou`), and a
 * school's number and seat.
 */
import type { Ctx } from './context';
import { isWord, opensDashedName } from './context';
import { knownPlaceEnd } from './listedPlaces';
import { compoundEnd, connectedEnd, ownArticleEnd, shoutedVerb } from './tail';
import { namesakeAfterTitle } from './titles';
import { comparisonKey } from '../text/normalize';

/**
 * Bodies of which there is one per place, known by an acronym in capitals and named after a person or a place (`CHU
 * Amadou Keita`, `CHR de Sikasso`, `TGI de Kanfo`: made-up): university, regional, national and district hospitals,
 * medical and health centres, first-instance courts and the electoral commissions' local branches, as the
 * French-speaking countries of the region abbreviate them.
 */
const NAMED_AFTER_ACRONYMS = new Map<string, string>([
  ['chu', 'centre hospitalier universitaire'], ['chr', 'centre hospitalier régional'], ['chn', 'centre hospitalier national'],
  ['chud', 'centre hospitalier universitaire départemental'], ['chd', 'centre hospitalier départemental'], ['chp', 'centre hospitalier préfectoral'],
  ['cma', 'centre médical avec antenne chirurgicale'], ['csi', 'centre de santé intégré'], ['csps', 'centre de santé et de promotion sociale'],
  ['cscom', 'centre de santé communautaire'], ['csref', 'centre de santé de référence'],
  ['tgi', 'tribunal de grande instance'], ['tpi', 'tribunal de première instance'],
  ['ceri', 'commission électorale régionale indépendante'], ['cedi', 'commission électorale départementale indépendante'],
  ['ceci', 'commission électorale communale indépendante'], ['celi', 'commission électorale locale indépendante'],
  // Schools and the education offices of a town (`CEG de Kanfo`, `CEG n°3`, `IUT de Kanfo`, `CEB de Kanfo 2`: made-up).
  ['ceg', "collège d'enseignement général"], ['ces', "collège d'enseignement secondaire"], ['cem', "collège d'enseignement moyen"],
  ['epp', 'école primaire publique'], ['iut', 'institut universitaire de technologie'], ['ens', 'école normale supérieure'],
  ['ceb', "circonscription d'éducation de base"], ['dpe', "direction préfectorale de l'éducation"], ['ief', "inspection de l'enseignement fondamental"],
  ['enep', "école nationale des enseignants du primaire"],
]);

/**
 * The end of a school's number at `k` (`n°3`, `n° 3`, and after an acronym a bare `1`: `CEG 1`), or `k`. A bare number
 * followed by a word counts that word (`CEG 3 classes`), no school.
 */
export function schoolNumberEnd(ctx: Ctx, k: number, bare: boolean): number {
  const toks = ctx.toks;
  const t = toks[k];
  if (!t || t.line !== toks[k - 1]?.line) return k;
  if (t.key === 'n' && toks[k + 1]?.text === '°' && toks[k + 2]?.kind === 'n' && toks[k + 2].line === t.line) return k + 3;
  if (!bare || t.kind !== 'n' || t.text.length > 2) return k;
  const after = toks[k + 1];
  return after && after.line === t.line && after.kind === 'w' && after.key !== 'de' && after.key !== 'du' && after.key !== "d'" ? k : k + 1;
}

/** The end of a numbered school's seat after `e` (`de Kanfo`, `de Kanfo 2`), or `e` when none follows. */
export function numberedSchoolSeatEnd(ctx: Ctx, e: number): number {
  const toks = ctx.toks;
  const link = toks[e];
  if (!link || link.line !== toks[e - 1].line || !['de', 'du', "d'"].includes(link.key)) return e;
  const seat = namedAfter(ctx, e + 1);
  return seat > e + 1 ? schoolNumberEnd(ctx, seat, true) : e;
}

/**
 * Such a body's linking key: its acronym written out, then its name (`CHU Amadou Keita` and `Centre hospitalier
 * universitaire Amadou Keita`, made-up, are one body).
 */
export function facilityKey(ctx: Ctx, i: number, e: number): string {
  const toks = ctx.toks;
  return comparisonKey(NAMED_AFTER_ACRONYMS.get(toks[i].key) + ' ' + ctx.text.slice(toks[i + 1].start, toks[e - 1].end));
}

/** The end of such a body's name after its acronym at `i` (a name written directly, or `de`/`du` and a name), or -1. */
export function acronymFacilityEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const t = toks[i];
  if (!t.upper || !NAMED_AFTER_ACRONYMS.has(t.key)) return -1;
  // `CEG n°3`, `CEG 1 de Kanfo`: a numbered school, with its seat if the text writes it.
  const numbered = schoolNumberEnd(ctx, i + 1, true);
  if (numbered > i + 1) return numberedSchoolSeatEnd(ctx, numbered);
  const direct = namedAfter(ctx, i + 1);
  if (direct > i + 1) return direct;
  const link = toks[i + 1];
  if (!link || link.line !== t.line || !['de', 'du', "d'"].includes(link.key)) return -1;
  // In a line of capitals the words after a town may be the headline's verb (`LE TGI DE KANFO ANNULE …`): the town ends it.
  const town = ctx.shoutedLine[t.line] ? knownPlaceEnd(ctx, i + 2) : -1;
  if (town > i + 2) return town;
  const named = namedAfter(ctx, i + 2);
  // A town's offices are numbered after it (`CEB de Kanfo 2`).
  return named > i + 2 ? schoolNumberEnd(ctx, named, true) : -1;
}

/** The end of the capitalised name right after a lower-case head (at most four words, on the head's line), or `i`. */
export function namedAfter(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  // A name opening the next line (a menu's `Accueil` after a ticker's last `lycée`) is not the head's.
  if (i > 0 && toks[i]?.line !== toks[i - 1].line) return i;
  // `hôpital Dr Suzanne X`: the namesake's title is inside the name, if a name follows it.
  const namesake = namesakeAfterTitle(ctx, i);
  if (namesake > i && namedAfter(ctx, namesake) === namesake) return i;
  let e = namesake;
  // A name that opens with its article (`Complexe scolaire Les Manguiers`: made-up): the article is the name's.
  if (e > 0) e = ownArticleEnd(ctx, e, toks[e - 1].line);
  for (let n = 0; n < 4; n++) {
    const t = toks[e];
    // A word that names nothing alone may open a dashed name (`paroisse Saint-Charles-Lwanga`).
    if (!isWord(t) || !(t.cap || t.upper) || t.line !== toks[i].line || ctx.barrier[e] || (ctx.lex.nonNames.has(t.key) && n === 0 && !opensDashedName(ctx, e))) break;
    if (ctx.shoutedLine[t.line] && shoutedVerb(t)) break;
    // A particle inside such a name is capitalised (`Jean Le Bris`); `de` would start a complement.
    e = connectedEnd(ctx, compoundEnd(ctx, e));
  }
  return e;
}
