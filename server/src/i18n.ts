/**
 * The language server's user-facing strings, in English and French. The UI language comes from
 * `initializeParams.locale` ('fr*' → French, anything else → English). Keep every string a feature
 * shows here so a translator edits one table.
 */
import type { EntityType } from './core';

export type Lang = 'en' | 'fr';

export function langOf(locale: string | undefined): Lang {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

type Plural = [one: string, many: string];

interface Table {
  type: Record<EntityType, Plural>;
  /** Outline group names. */
  group: Record<EntityType, string>;
  mentionsInArticles: (mentions: string, articles: string, m: number, a: number) => string;
  alsoWritten: string;
  /** A reading the name learner made from corpus evidence, with how sure it is (a percentage). */
  guess: (percent: string) => string;
  roles: string;
  seenIn: string;
  moreArticles: (n: string) => string;
  date: string;
  isoValue: string;
  relativeDate: string;
  resolved: string;
  weekdayWarning: (written: string, date: string, actual: string) => string;
  codeLens: (related: string, counts: string[]) => string;
  relatedCount: Plural;
  noRelated: string;
  diag: {
    duplicate: (where: string, others: number) => string;
    chrome: (reason: string) => string;
    /** A template line: its shape, of which site ('' when unnamed); the hover says on how many articles. */
    template: (shape: string, site: string) => string;
    /** Another page's line of the same shape (related information). */
    sameShape: string;
    weekday: (written: string, date: string, actual: string) => string;
    spelling: (text: string, preferred: string) => string;
    otherCopy: string;
    uncertain: (text: string, type: string, confidence: string) => string;
  };
  /** The review queue's evidence for a guess. */
  review: {
    own: (confidence: string) => string;
    gazetteer: (type: string) => string;
    gazetteerOther: (type: string) => string;
    firstName: (word: string) => string;
    title: (roles: string) => string;
    seen: (times: string) => string;
    oneWord: string;
    noCue: string;
    acronym: string;
    oneWordUnlisted: string;
    unlisted: string;
    once: string;
  };
  action: {
    removeBlock: string;
    removeEverywhere: (n: string) => string;
    ignoreBlock: string;
    insertIso: (iso: string) => string;
    fixWeekday: (actual: string) => string;
    normalise: (to: string) => string;
    canonical: (to: string) => string;
    notEntityEverywhere: (text: string) => string;
    notEntityHere: (text: string) => string;
    changeType: (text: string, type: string) => string;
    markAs: (text: string, type: string) => string;
    mergeWith: (name: string) => string;
    mergeWithPick: (name: string) => string;
    split: (text: string, from: string) => string;
    setCanonical: (text: string) => string;
    notBoilerplate: string;
  };
  /** Hover on a boilerplate line. */
  boilerplateHover: {
    template: string;
    duplicate: string;
    chrome: string;
    /** `Lines shaped … stand above the article on 4 articles of the site “…”`. */
    templateWhy: (shape: string, region: 'top' | 'inside' | 'bottom', articles: string, site: string) => string;
    alsoIn: string;
    /** A teaser naming another article: `Names the article …`. */
    names: (label: string) => string;
  };
  progress: {
    title: string;
    listing: string;
    indexing: (done: string, total: string) => string;
    diagnostics: string;
  };
  notice: {
    skipped: (file: string, reason: string) => string;
    decoded: (file: string, how: string) => string;
    annotations: (file: string, notice: string) => string;
    annotationsUnreadable: string;
    noFolder: string;
    untrusted: string;
    badCorrection: string;
    failed: (what: string, file: string, err: string) => string;
    indexed: (files: string, ms: string) => string;
    /** The last session's diagnostics shown from the cache, before indexing checks them. */
    replayed: (files: string, ms: string) => string;
    undoNothing: string;
    undoChanged: string;
  };
  rename: { notEntity: string; empty: string };
  weekdays: Record<string, string>;
  numberLocale: string;
}

const en: Table = {
  type: {
    PERSON: ['person', 'people'],
    INSTITUTION: ['institution', 'institutions'],
    PLACE: ['place', 'places'],
    DATE: ['date', 'dates'],
  },
  group: { PERSON: 'People', INSTITUTION: 'Institutions', PLACE: 'Places', DATE: 'Dates' },
  mentionsInArticles: (m, a, mn, an) => `${m} mention${mn === 1 ? '' : 's'} in ${a} article${an === 1 ? '' : 's'}`,
  alsoWritten: 'Spellings',
  guess: (p) => `A guess (${p}% sure), from how this name is written and used across the corpus: correct it if it is wrong`,
  roles: 'Roles and titles',
  seenIn: 'Seen in',
  moreArticles: (n) => `and ${n} more`,
  date: 'date',
  isoValue: 'ISO value',
  relativeDate: 'relative (no value of its own)',
  resolved: 'Resolved',
  weekdayWarning: (w, d, a) => `⚠ Written “${w}”, but ${d} is a ${a}.`,
  codeLens: (related, counts) => [related, ...counts].join(' · '),
  relatedCount: ['related article', 'related articles'],
  noRelated: 'no related articles',
  diag: {
    duplicate: (where, others) => `Duplicated block: also in ${where}${others > 0 ? ` and ${others} more` : ''}`,
    chrome: (reason) => `Site chrome, not article text (${reason})`,
    template: (shape, site) => `Site template: a line shaped “${shape}”, as on other articles of ${site ? `the site “${site}”` : 'its site'}`,
    sameShape: 'A line of this shape on another article of the site',
    weekday: (w, d, a) => `Wrong weekday: “${w}”, but ${d} is a ${a}`,
    spelling: (t, p) => `“${t}” is also written “${p}” in this article`,
    otherCopy: 'Another copy of this block',
    uncertain: (t, type, c) => `Uncertain guess: “${t}” as ${type} (confidence ${c}); accept or correct it in the review queue`,
  },
  review: {
    own: (c) => `the recognisers' own confidence: ${c}`,
    gazetteer: (type) => `in the gazetteer as: ${type}`,
    gazetteerOther: (type) => `the gazetteer lists it as: ${type}`,
    firstName: (w) => `“${w}” is a known first name`,
    title: (roles) => `a title stands next to it${roles ? `: ${roles}` : ''}`,
    seen: (n) => `written ${n} times in the corpus`,
    oneWord: 'one word, with no title and no known first name',
    noCue: 'no title and no known first name',
    acronym: 'one word in capitals, not in the gazetteer',
    oneWordUnlisted: 'one word, not in the gazetteer',
    unlisted: 'not in the gazetteer',
    once: 'written only once in the whole corpus',
  },
  boilerplateHover: {
    template: 'Site template',
    duplicate: 'Duplicated block',
    chrome: 'Site chrome',
    templateWhy: (shape, region, n, site) =>
      `Lines shaped \`${shape}\` stand ${{ top: 'above the article', inside: 'among its paragraphs', bottom: 'below the article' }[region]} on ${n} articles of ${site ? `the site “${site}”` : 'its site'}: template furniture, not article text.`,
    alsoIn: 'Also in',
    names: (label) => `Names the article ${label}.`,
  },
  action: {
    removeBlock: 'Remove this boilerplate block',
    removeEverywhere: (n) => `Remove this block from all ${n} files that have it`,
    ignoreBlock: 'Ignore this block (add it to .seedlens/annotations.json)',
    insertIso: (iso) => `Insert the ISO value (${iso})`,
    fixWeekday: (a) => `Change the weekday to “${a}”`,
    normalise: (to) => `Write “${to}”`,
    canonical: (to) => `Write the canonical name “${to}”`,
    notEntityEverywhere: (text) => `“${text}” is not an entity (everywhere)`,
    notEntityHere: (text) => `“${text}” is not an entity (in this file)`,
    changeType: (text, type) => `Change the type of “${text}” to ${type}`,
    markAs: (text, type) => `Mark “${text}” as a ${type} (everywhere)`,
    mergeWith: (name) => `Merge with “${name}” (same entity)`,
    mergeWithPick: (name) => `Merge “${name}” with…`,
    split: (text, from) => `Split the spelling “${text}” out of “${from}”`,
    setCanonical: (text) => `Make “${text}” the canonical name`,
    notBoilerplate: 'Mark this block as real text (not boilerplate)',
  },
  progress: {
    title: 'Seed Lens',
    listing: 'listing articles…',
    indexing: (d, t) => `indexing ${d} / ${t} articles`,
    diagnostics: 'checking articles',
  },
  notice: {
    skipped: (f, r) => `Seed Lens: skipped ${f}: ${r}`,
    decoded: (f, how) => `Seed Lens: ${f}: ${how}`,
    annotations: (f, n) => `Seed Lens: ${f}: ${n}`,
    annotationsUnreadable: 'Seed Lens: .seedlens/annotations.json could not be read; fix it before adding to it',
    noFolder: 'Seed Lens: no workspace folder to keep .seedlens/annotations.json in',
    untrusted: 'Seed Lens: this workspace is not trusted; .seedlens/annotations.json is not written',
    badCorrection: 'Seed Lens: nothing to correct there (put the cursor on a name, or select the words)',
    failed: (what, f, e) => `Seed Lens: ${what} failed on ${f}: ${e}`,
    indexed: (n, ms) => `Seed Lens: indexed ${n} articles in ${ms} ms`,
    replayed: (n, ms) => `Seed Lens: showing the last session's diagnostics of ${n} unchanged articles (${ms} ms); indexing will check them`,
    undoNothing: 'Seed Lens: no correction to undo since the language server started',
    undoChanged: 'Seed Lens: .seedlens/annotations.json was changed since the last correction; it is left as it is',
  },
  rename: { notEntity: 'Only a person, institution or place can be renamed', empty: 'The new name is empty' },
  weekdays: { lundi: 'Monday', mardi: 'Tuesday', mercredi: 'Wednesday', jeudi: 'Thursday', vendredi: 'Friday', samedi: 'Saturday', dimanche: 'Sunday' },
  numberLocale: 'en-US',
};

const fr: Table = {
  type: {
    PERSON: ['personne', 'personnes'],
    INSTITUTION: ['institution', 'institutions'],
    PLACE: ['lieu', 'lieux'],
    DATE: ['date', 'dates'],
  },
  group: { PERSON: 'Personnes', INSTITUTION: 'Institutions', PLACE: 'Lieux', DATE: 'Dates' },
  mentionsInArticles: (m, a, mn, an) => `${m} mention${mn > 1 ? 's' : ''} dans ${a} article${an > 1 ? 's' : ''}`,
  alsoWritten: 'Graphies',
  guess: (p) => `Une supposition (sûre à ${p} %), d’après la façon dont ce nom est écrit et employé dans le corpus : corrigez-la si elle est fausse`,
  roles: 'Fonctions et titres',
  seenIn: 'Cité dans',
  moreArticles: (n) => `et ${n} autres`,
  date: 'date',
  isoValue: 'Valeur ISO',
  relativeDate: 'relative (pas de valeur propre)',
  resolved: 'Date',
  weekdayWarning: (w, d, a) => `⚠ Écrit « ${w} », mais le ${d} est un ${a}.`,
  codeLens: (related, counts) => [related, ...counts].join(' · '),
  relatedCount: ['article lié', 'articles liés'],
  noRelated: 'aucun article lié',
  diag: {
    duplicate: (where, others) => `Bloc dupliqué : aussi dans ${where}${others > 0 ? ` et ${others} autres` : ''}`,
    chrome: (reason) => `Habillage du site, pas le texte de l’article (${reason})`,
    template: (shape, site) => `Gabarit du site : une ligne de forme « ${shape} », comme dans d’autres articles ${site ? `du site « ${site} »` : 'de son site'}`,
    sameShape: 'Une ligne de cette forme dans un autre article du site',
    weekday: (w, d, a) => `Jour de la semaine erroné : « ${w} », mais le ${d} est un ${a}`,
    spelling: (t, p) => `« ${t} » est aussi écrit « ${p} » dans cet article`,
    otherCopy: 'Autre copie de ce bloc',
    uncertain: (t, type, c) => `Hypothèse incertaine : « ${t} » comme ${type} (confiance ${c}) ; à accepter ou corriger dans la file de revue`,
  },
  review: {
    own: (c) => `confiance donnée par les reconnaisseurs : ${c}`,
    gazetteer: (type) => `dans le répertoire comme : ${type}`,
    gazetteerOther: (type) => `le répertoire le donne comme : ${type}`,
    firstName: (w) => `« ${w} » est un prénom connu`,
    title: (roles) => `un titre l’accompagne${roles ? ` : ${roles}` : ''}`,
    seen: (n) => `écrit ${n} fois dans le corpus`,
    oneWord: 'un seul mot, sans titre ni prénom connu',
    noCue: 'ni titre ni prénom connu',
    acronym: 'un seul mot en capitales, absent du répertoire',
    oneWordUnlisted: 'un seul mot, absent du répertoire',
    unlisted: 'absent du répertoire',
    once: 'écrit une seule fois dans tout le corpus',
  },
  boilerplateHover: {
    template: 'Gabarit du site',
    duplicate: 'Bloc dupliqué',
    chrome: 'Habillage du site',
    templateWhy: (shape, region, n, site) =>
      `Des lignes de forme \`${shape}\` figurent ${{ top: 'au-dessus de l’article', inside: 'entre ses paragraphes', bottom: 'sous l’article' }[region]} dans ${n} articles ${site ? `du site « ${site} »` : 'de son site'} : c’est le gabarit du site, pas le texte de l’article.`,
    alsoIn: 'Aussi dans',
    names: (label) => `Cite l’article ${label}.`,
  },
  action: {
    removeBlock: 'Supprimer ce bloc répété',
    removeEverywhere: (n) => `Supprimer ce bloc de tous les fichiers qui le contiennent (${n})`,
    ignoreBlock: 'Ignorer ce bloc (l’ajouter à .seedlens/annotations.json)',
    insertIso: (iso) => `Insérer la valeur ISO (${iso})`,
    fixWeekday: (a) => `Remplacer le jour par « ${a} »`,
    normalise: (to) => `Écrire « ${to} »`,
    canonical: (to) => `Écrire le nom canonique « ${to} »`,
    notEntityEverywhere: (text) => `« ${text} » n’est pas une entité (partout)`,
    notEntityHere: (text) => `« ${text} » n’est pas une entité (dans ce fichier)`,
    changeType: (text, type) => `Changer le type de « ${text} » en ${type}`,
    markAs: (text, type) => `Marquer « ${text} » comme ${type} (partout)`,
    mergeWith: (name) => `Fusionner avec « ${name} » (même entité)`,
    mergeWithPick: (name) => `Fusionner « ${name} » avec…`,
    split: (text, from) => `Séparer la graphie « ${text} » de « ${from} »`,
    setCanonical: (text) => `Faire de « ${text} » le nom canonique`,
    notBoilerplate: 'Marquer ce bloc comme texte de l’article (pas du boilerplate)',
  },
  progress: {
    title: 'Seed Lens',
    listing: 'recherche des articles…',
    indexing: (d, t) => `indexation ${d} / ${t} articles`,
    diagnostics: 'vérification des articles',
  },
  notice: {
    skipped: (f, r) => `Seed Lens : ${f} ignoré : ${r}`,
    decoded: (f, how) => `Seed Lens : ${f} : ${how}`,
    annotations: (f, n) => `Seed Lens : ${f} : ${n}`,
    annotationsUnreadable: 'Seed Lens : .seedlens/annotations.json est illisible ; corrigez-le avant d’y ajouter',
    noFolder: 'Seed Lens : aucun dossier de travail pour .seedlens/annotations.json',
    untrusted: 'Seed Lens : cet espace de travail n’est pas approuvé ; .seedlens/annotations.json n’est pas modifié',
    badCorrection: 'Seed Lens : rien à corriger ici (placez le curseur sur un nom ou sélectionnez les mots)',
    failed: (what, f, e) => `Seed Lens : échec de ${what} sur ${f} : ${e}`,
    indexed: (n, ms) => `Seed Lens : ${n} articles indexés en ${ms} ms`,
    replayed: (n, ms) => `Seed Lens : diagnostics de la dernière session affichés pour ${n} articles inchangés (${ms} ms) ; l’indexation va les vérifier`,
    undoNothing: 'Seed Lens : aucune correction à annuler depuis le démarrage du serveur de langage',
    undoChanged: 'Seed Lens : .seedlens/annotations.json a été modifié depuis la dernière correction ; il est laissé tel quel',
  },
  rename: { notEntity: 'Seule une personne, une institution ou un lieu peut être renommé', empty: 'Le nouveau nom est vide' },
  weekdays: { lundi: 'lundi', mardi: 'mardi', mercredi: 'mercredi', jeudi: 'jeudi', vendredi: 'vendredi', samedi: 'samedi', dimanche: 'dimanche' },
  numberLocale: 'fr-FR',
};

export interface I18n extends Table {
  lang: Lang;
  /** `1234` → `1,234` (en) or `1 234` (fr). */
  num(n: number): string;
  /** `3, ['related article','related articles']` → `3 related articles`. */
  count(n: number, forms: Plural): string;
  /** `0.28` → `28%` (en) or `28 %` (fr). */
  percent(fraction: number): string;
  /** A French weekday name in the UI language. */
  weekday(fr: string): string;
  /** `2025-12-08` → `Monday 8 December 2025` / `lundi 8 décembre 2025` (without the weekday when asked); other values unchanged. */
  longDate(iso: string, withWeekday?: boolean): string;
}

export function i18n(locale: string | undefined): I18n {
  const lang = langOf(locale);
  const table = lang === 'fr' ? fr : en;
  const nf = new Intl.NumberFormat(table.numberLocale);
  const dateLocale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const withDay = new Intl.DateTimeFormat(dateLocale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const noDay = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    ...table,
    lang,
    num: (n) => nf.format(n),
    percent: (x) => `${Math.round(x * 100)}${lang === 'fr' ? '\u00a0' : ''}%`,
    count: (n, forms) => `${nf.format(n)} ${lang === 'fr' ? (n > 1 ? forms[1] : forms[0]) : n === 1 ? forms[0] : forms[1]}`,
    weekday: (w) => table.weekdays[w.toLowerCase()] ?? w,
    longDate: (iso, withWeekday = true) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return Number.isNaN(d.getTime()) ? iso : (withWeekday ? withDay : noDay).format(d).replace(',', '');
    },
  };
}
