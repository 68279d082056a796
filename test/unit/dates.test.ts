import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';

/** `[text, value]` pairs of what the recogniser finds, in order. */
const found = (s: string): [string, string | null][] => findDates(s).map((m) => [m.text, m.value]);
const one = (s: string) => {
  const all = findDates(s);
  assert.equal(all.length, 1, `expected one date in ${JSON.stringify(s)}, got ${JSON.stringify(all.map((m) => m.text))}`);
  return all[0];
};

test('full dates with a weekday, span from the weekday, article and demonstrative left out', () => {
  assert.deepEqual(found('La réunion a eu lieu le jeudi 14 mars 2024 à Lyon.'), [['jeudi 14 mars 2024', '2024-03-14']]);
  assert.deepEqual(found('Depuis ce lundi 3 juin 2024, la route est fermée.'), [['lundi 3 juin 2024', '2024-06-03']]);
  assert.deepEqual(found('Le vendredi 1er novembre 2024, jour férié.'), [['vendredi 1er novembre 2024', '2024-11-01']]);
});

test('day and month without a year, ordinal first day, zero-padded days', () => {
  assert.deepEqual(found('Le conseil se tiendra le 1er septembre.'), [['1er septembre', 'XXXX-09-01']]);
  assert.deepEqual(found('Publié le mercredi 04 juin, il a été relu.'), [['mercredi 04 juin', 'XXXX-06-04']]);
  assert.deepEqual(found('Rendez-vous le premier mai devant la mairie.'), [['premier mai', 'XXXX-05-01']]);
});

test('day ranges: consecutive days with et, du … au, across months', () => {
  assert.deepEqual(found('Le salon ouvrira les 14 et 15 février 2025 à Dakar.'), [['14 et 15 février 2025', '2025-02-14/2025-02-15']]);
  assert.deepEqual(found('Le festival se tient du 3 au 6 avril 2025.'), [['3 au 6 avril 2025', '2025-04-03/2025-04-06']]);
  assert.deepEqual(found('Les travaux dureront du 28 février au 2 mars 2024.'), [['28 février au 2 mars 2024', '2024-02-28/2024-03-02']]);
  assert.deepEqual(found('Fermé du 30 décembre au 3 janvier 2025.'), [['30 décembre au 3 janvier 2025', '2024-12-30/2025-01-03']]);
});

test('two separate days sharing a month are two dates; the bare first day has a null value', () => {
  assert.deepEqual(found('Les deux tours auront lieu les 4 et 18 mai prochains.'), [['4', null], ['18 mai prochains', 'XXXX-05-18']]);
});

test('months, months with a year, two-digit years, qualifiers', () => {
  assert.deepEqual(found('Les pluies ont commencé en septembre.'), [['septembre', 'XXXX-09']]);
  assert.deepEqual(found('Le barrage a été inauguré en mars 2019.'), [['mars 2019', '2019-03']]);
  assert.deepEqual(found('Il est arrivé en poste dès novembre 97.'), [['novembre 97', '1997-11']]);
  assert.deepEqual(found('Le rapport paraîtra début février.'), [['début février', 'XXXX-02']]);
  assert.deepEqual(found('Les cours reprennent mi-janvier 2025.'), [['mi-janvier 2025', '2025-01']]);
  assert.deepEqual(found('Les chiffres seront connus fin 2024.'), [['fin 2024', '2024']]);
  // `mois de` is left out as an article is; so is a qualifier joined by `de` (`fin de 2027`), while `fin mars` keeps it.
  assert.deepEqual(found('Les ventes du mois de mars ont chuté.'), [['mars', 'XXXX-03']]);
  assert.deepEqual(found('Les travaux finiront à la fin de 2027, à la fin du mois de mai au plus tard.'), [['2027', '2027'], ['mai', 'XXXX-05']]);
  assert.deepEqual(found('Rien ne bougera avant la fin du mois ni en fin de semaine.'), []);
  assert.deepEqual(found('Il reviendra en avril prochain.'), [['avril prochain', 'XXXX-04']]);
  assert.deepEqual(found('La loi votée le 12 janvier dernier entre en vigueur.'), [['12 janvier dernier', 'XXXX-01-12']]);
});

test('month ranges without a year: `de … à …`, `entre … et …`; two months apart joined by `et` alone are a list', () => {
  assert.deepEqual(found('Les cas ont baissé entre septembre et novembre.'), [['septembre et novembre', 'XXXX-09/XXXX-11']]);
  assert.deepEqual(found('La campagne court de janvier à mars.'), [['janvier à mars', 'XXXX-01/XXXX-03']]);
  assert.deepEqual(found('En janvier et avril, rien.'), [['janvier', 'XXXX-01'], ['avril', 'XXXX-04']]);
});

test('month ranges with both years: `entre novembre 2025 et janvier 2026`, `de mars 2024 à juin 2025`; two dated months joined by `et` alone are a list', () => {
  assert.deepEqual(found('Le coton livré entre novembre 2025 et janvier 2026 est impayé.'), [['novembre 2025 et janvier 2026', '2025-11/2026-01']]);
  assert.deepEqual(found('Le chantier a duré de mars 2024 à juin 2025.'), [['mars 2024 à juin 2025', '2024-03/2025-06']]);
  assert.deepEqual(found('Il est venu en mars 2024 et juin 2025.'), [['mars 2024', '2024-03'], ['juin 2025', '2025-06']]);
});

test('a street or a venue named after a date is no date; the same day elsewhere is one', () => {
  assert.deepEqual(found('Le boulevard du 30 Juin est fermé depuis le 2 octobre 2026.'), [['2 octobre 2026', '2026-10-02']]);
  assert.deepEqual(found('Le meeting se tiendra au stade du 26 Mars.'), []);
  assert.deepEqual(found('La fête du 14 juillet approche.'), [['14 juillet', 'XXXX-07-14']]);
});

test('bare years need temporal evidence', () => {
  assert.deepEqual(found('Le pont a été construit en 1932.'), [['1932', '1932']]);
  assert.deepEqual(found('Le club existe depuis 1987 et compte trois titres.'), [['1987', '1987']]);
  assert.deepEqual(found("La commune a changé de nom avant 1850, puis d'emblème."), [['1850', '1850']]);
  assert.deepEqual(found('Le budget pour 2026, voté hier'), [['2026', '2026'], ['hier', null]]);
  assert.deepEqual(found('Les comptes de la période 1995 à 2010 ont été vérifiés.'), [['1995 à 2010', '1995/2010']]);
  assert.deepEqual(found('La guerre de 1870-1871 a marqué la ville.'), [['1870-1871', '1870/1871']]);
  assert.deepEqual(found("Il a habité là de 1961 à 1974."), [['1961 à 1974', '1961/1974']]);
  assert.deepEqual(found("Le tarif de l'année 2027 sera publié."), [['année 2027', '2027']]);
  assert.deepEqual(found('Il a été élu en 1998, 2004 et 2010.'), [['1998', '1998'], ['2004', '2004'], ['2010', '2010']]);
  // Two years in a row joined by `et` are one range, as two days are; two years apart stay two.
  assert.deepEqual(found('Les titres arrivent à échéance en 2027 et 2028.'), [['2027 et 2028', '2027/2028']]);
  assert.deepEqual(found('Il a voté en 2017 et 2019.'), [['2017', '2017'], ['2019', '2019']]);
  // `sous` after a year: the preposition, not the old coin.
  assert.deepEqual(found('Le marathon a eu lieu le 12 octobre 2025 sous une forte chaleur.'), [['12 octobre 2025', '2025-10-12']]);
  // A copyright notice's year, right after the sign or after the owner's name.
  assert.deepEqual(found('© 2024 Le Courrier du Sahel – Tous droits réservés'), [['2024', '2024']]);
  assert.deepEqual(found('© Le Courrier du Sahel 2024 – Reproduction interdite'), [['2024', '2024']]);
  assert.deepEqual(found('Copyright 2023. Tous droits réservés.'), [['2023', '2023']]);
  // Not across a line, nor after a number or far from the sign.
  assert.deepEqual(found('©\n2024 habitants'), []);
  assert.deepEqual(found('© Groupe de presse du Sahel et des pays voisins réunis 2024'), []);
});

test('numbers that are not years: amounts, counts, grouped figures, names with a year', () => {
  assert.deepEqual(found('Une amende de 2000 dollars a été infligée.'), []);
  assert.deepEqual(found('Une caution de 1500 ou 3000 euros est exigée.'), []);
  assert.deepEqual(found('Plus de 1800 personnes ont défilé.'), []);
  assert.deepEqual(found('Le village compte 1200 habitants et 1450 électeurs.'), []);
  assert.deepEqual(found('Il a versé 12.000 francs, soit 12,2000 au cours du jour.'), []);
  assert.deepEqual(found('Les billets pour la CAN 2027 sont en vente.'), []);
  assert.deepEqual(found("Le rapport de plus de 1500 pages est publié."), []);
  assert.deepEqual(found('Tirage: en 2000 exemplaires.'), []);
});

test('times of day, durations, ordinals and holidays are not dates', () => {
  assert.deepEqual(found("L'avion a atterri à 14h30 sur la piste."), []);
  assert.deepEqual(found('Il a parlé dans la journée, pendant trois jours et 48 heures.'), []);
  assert.deepEqual(found('Le 50è anniversaire et la 3e édition du salon.'), []);
  assert.deepEqual(found('Ils ont présenté leurs vœux de nouvel An.'), []);
  assert.deepEqual(found("C'est l'an III de la réforme."), []);
  assert.deepEqual(found('La boutique ouvre le samedi et du lundi au vendredi.'), []);
});

test('a day with its time of day is the day, the time of day left out (`hier soir` → `hier`, `dimanche soir` → `dimanche`)', () => {
  assert.deepEqual(found('Il est arrivé hier soir et repart mardi matin.'), [['hier', null], ['mardi', null]]);
  assert.deepEqual(found('Le communiqué a été publié hier après-midi par la société.'), [['hier', null]]);
});

test('ranges and pairs of days without a year (`du 1er mai au 31 juillet`, `le week-end du 15 et 16 mars`); a venue named after a day (`stade du 4-Août`) and a box heading in capitals (`LE PLUS LU CETTE SEMAINE`) are no dates', () => {
  assert.deepEqual(found('Un repos biologique décrété du 1er mai au 31 juillet par le ministère.'), [['1er mai au 31 juillet', 'XXXX-05-01/XXXX-07-31']]);
  assert.deepEqual(found('Il jouera le week-end du 15 et 16 mars à Thiès.'), [['15 et 16 mars', 'XXXX-03-15/XXXX-03-16']]);
  assert.deepEqual(found('Il est arrivé au stade du 4-Août sous les vivats.'), []);
  assert.deepEqual(found('LE PLUS LU CETTE SEMAINE'), []);
  assert.deepEqual(found('Les prix ont baissé cette semaine.'), [['semaine', null]]);
});

test('weekday abbreviations and look-alike words are not weekdays', () => {
  assert.deepEqual(found('Sam a regardé la mer pendant que Mer jouait au jeu de Jeu.'), []);
  assert.deepEqual(found("La planète Mars et l'affaire Mai sont loin."), []);
});

test('relative days, weeks, months and years: value null, span without article', () => {
  assert.deepEqual(found('Le ministre a reçu hier la délégation.'), [['hier', null]]);
  assert.deepEqual(found("Le verdict est attendu aujourd'hui."), [["aujourd'hui", null]]);
  assert.deepEqual(found('Le texte sera voté demain.'), [['demain', null]]);
  assert.deepEqual(found('Ils se sont parlé avant-hier.'), [['avant-hier', null]]);
  assert.deepEqual(found('Le conseil a voté vendredi dernier.'), [['vendredi dernier', null]]);
  assert.deepEqual(found('Il reviendra dimanche prochain.'), [['dimanche prochain', null]]);
  assert.deepEqual(found('Les élus se retrouvent mercredi à Thiès.'), [['mercredi', null]]);
  assert.deepEqual(found("Le bilan de l'année écoulée et les projets de l'année à venir."), [['année écoulée', null], ['année à venir', null]]);
  assert.deepEqual(found("Les prix ont monté l'an dernier et cette année."), [['an dernier', null], ['année', null]]);
  assert.deepEqual(found('La liste sera publiée la semaine prochaine.'), [['semaine prochaine', null]]);
  assert.deepEqual(found('Le marché de ce week-end est annulé.'), [['week-end', null]]);
  assert.deepEqual(found('Les travaux ont repris à la fin de l\'année dernière.'), [["année dernière", null]]);
});

test('seasons, decades, centuries', () => {
  assert.deepEqual(found("Le chantier reprendra au printemps."), [['printemps', null]]);
  assert.deepEqual(found("La récolte de l'automne 2022 a été bonne."), [['automne 2022', '2022-FA']]);
  assert.deepEqual(found('Le film a été tourné en été.'), [['été', null]]);
  assert.deepEqual(found("Il n'a jamais été aussi content."), []);
  assert.deepEqual(found('La mode des années 70 revient.'), [['années 70', '197X']]);
  assert.deepEqual(found('Au début des années 1990, la ville a grandi.'), [['années 1990', '199X']]);
  assert.deepEqual(found('Une église du XVIIe siècle.'), [['XVIIe siècle', '16XX']]);
  assert.deepEqual(found('Depuis la fin du XIXe siècle.'), [['XIXe siècle', '18XX']]);
});

test('quarters and halves of the year, eve and morrow', () => {
  assert.deepEqual(found('Le chiffre du premier trimestre 2024 est bon.'), [['premier trimestre 2024', '2024-Q1']]);
  assert.deepEqual(found("Au 2e semestre, la dette baisse."), [['2e semestre', 'XXXX-H2']]);
  assert.deepEqual(found("Il était arrivé la veille et repartit le lendemain."), [['veille', null], ['lendemain', null]]);
  assert.deepEqual(found("Il a gardé une veille technologique."), []);
});

test('numeric dates', () => {
  assert.deepEqual(found('Délai: 15/03/2025.'), [['15/03/2025', '2025-03-15']]);
  assert.deepEqual(found('Version du 2024-11-05 publiée.'), [['2024-11-05', '2024-11-05']]);
  assert.deepEqual(found('Code 1/2/3/4/5 et 31/02/2024 et 1/2/2024/7'), []);
});

test('OCR forms of the first day are read before a month', () => {
  assert.deepEqual(found('Depuis le 1 er mai 1918, la loi change.'), [['1 er mai 1918', '1918-05-01']]);
  assert.deepEqual(found('Avant le ler août 1914 tout allait bien.'), [['ler août 1914', '1914-08-01']]);
});

test('offsets: text equals the slice, mentions sorted and non-overlapping', () => {
  const src = "Le lundi 6 janvier 2025, puis hier, enfin les 9 et 10 mars et en 2030, l’année écoulée et aujourd’hui.";
  const ms = findDates(src);
  let last = -1;
  for (const m of ms) {
    assert.equal(m.text, src.slice(m.start, m.end));
    assert.ok(m.start >= last);
    last = m.end;
  }
  assert.equal(ms.length, 6);
});

test('resolution: relative days and partial dates against the latest full date before them', () => {
  const src = 'Le mardi 15 août 2023, le ministre a parlé. Hier, il était à Kayes. Mardi dernier, il a reçu. Le 2 août, il a signé. En juillet, rien.';
  const byText = new Map(findDates(src).map((m) => [m.text, m]));
  assert.equal(byText.get('mardi 15 août 2023')?.resolved, '2023-08-15');
  assert.equal(byText.get('Hier')?.resolved, '2023-08-14');
  assert.equal(byText.get('Mardi dernier')?.resolved, '2023-08-08');
  assert.equal(byText.get('2 août')?.resolved, '2023-08-02');
  assert.equal(byText.get('juillet')?.resolved, '2023-07');
});

test('resolution: dernier / prochain pick the year on the right side of the anchor', () => {
  const src = 'Le 10 février 2024, bilan. Le texte voté en décembre dernier entre en vigueur en mars prochain.';
  const ms = findDates(src);
  assert.deepEqual(ms.map((m) => m.resolved), ['2024-02-10', '2023-12', '2024-03']);
  const y = findDates("Le 3 janvier 2022 : l'année écoulée fut calme, l'année prochaine moins.");
  assert.deepEqual(y.map((m) => m.resolved), ['2022-01-03', '2021', '2023']);
});

test('resolution: a mention before any full date uses the first full date of the text (dateline)', () => {
  const ms = findDates('Le mercredi 3 avril, réunion. Puis le 9 avril 2025, vote.');
  assert.equal(ms[0].resolved, '2025-04-03');
  assert.deepEqual(ms[0].weekday, { written: 'mercredi', actual: 'jeudi', ok: false });
});

test('no full date anywhere: partial and relative dates stay unresolved', () => {
  const ms = findDates('Hier, le 14 juillet, en août.');
  assert.deepEqual(ms.map((m) => m.resolved), [null, null, null]);
});

test('weekday check on full dates', () => {
  assert.deepEqual(one('Signé le mardi 15 août 2023.').weekday, { written: 'mardi', actual: 'mardi', ok: true });
  assert.deepEqual(one('Signé le lundi 15 août 2023.').weekday, { written: 'lundi', actual: 'mardi', ok: false });
  assert.deepEqual(one('Signé le Samedi 29 février 2020.').weekday, { written: 'samedi', actual: 'samedi', ok: true });
  assert.equal(one('Signé le 15 août 2023.').weekday, undefined);
});

test('weekday check on a day and month whose year comes from a nearby anchor', () => {
  const ms = findDates('Le vendredi 4 octobre 2024, annonce. Le lundi 7 octobre, départ; le mardi 7 octobre, retour.');
  assert.deepEqual(ms[1].weekday, { written: 'lundi', actual: 'lundi', ok: true });
  assert.deepEqual(ms[2].weekday, { written: 'mardi', actual: 'lundi', ok: false });
  // An anchor months away is not trusted for the check (the resolution is still given).
  const far = findDates('Mariés le 1er mai 1962. Obsèques le lundi 17 février.');
  assert.equal(far[1].weekday, undefined);
});

test('a letter elided before an apostrophe after a year is an article, not a litre (`© 2026 L’Écho du Kori`, `depuis 2019 l’application`)', () => {
  assert.deepEqual(found('© 2026 L’Écho du Kori. Tous droits réservés'), [['2026', '2026']]);
  assert.deepEqual(found("Ils attendent depuis 2019 l'application du protocole."), [['2019', '2019']]);
  assert.deepEqual(found('pour la campagne 2026-2027\nL’UNPCB, dont le président'), [['2026-2027', '2026/2027']]);
  // A litre is still a unit.
  assert.deepEqual(found('Le réservoir contient depuis 2000 l d’eau.'), []);
});

test('two months that follow each other joined by `et` are one span (`janvier et février`), others two; `de mercredi à jeudi` is one night; `le 16/03` a day and a month', () => {
  assert.deepEqual(found('les bourses de janvier et février, toujours pas versées'), [['janvier et février', 'XXXX-01/XXXX-02']]);
  assert.deepEqual(found('les élections de mars et juin'), [['mars', 'XXXX-03'], ['juin', 'XXXX-06']]);
  assert.deepEqual(found('arraisonnée dans la nuit de mercredi à jeudi par un patrouilleur'), [['mercredi à jeudi', null]]);
  assert.deepEqual(found('ouvert du lundi au vendredi'), []);
  assert.deepEqual(found('les onze étudiants interpellés le 16/03. Le tribunal'), [['16/03', 'XXXX-03-16']]);
  // Alone, or impossible, two numbers glued by a slash are a score, a ratio or a reference.
  assert.deepEqual(found('un score de 12/10 et le 31/02'), []);
});

test('a day of the Muslim calendar is a DATE with no ISO value (`29 ramadan 1447`, `1er chawwal`, `10 Dhou al-Hijja 1447`); the month alone is not read', () => {
  assert.deepEqual(found('Le 29 ramadan 1447, le croissant sera guetté.'), [['29 ramadan 1447', null]]);
  assert.deepEqual(found('La fête du 1er chawwal réunit les fidèles.'), [['1er chawwal', null]]);
  assert.deepEqual(found('Le 10 Dhou al-Hijja 1447, les pèlerins seront à Arafat.'), [['10 Dhou al-Hijja 1447', null]]);
  assert.deepEqual(found('Pendant le ramadan, les marchés ferment tôt.'), []);
});

test('a school’s or a university’s term is no half or quarter of the calendar (`les examens du premier semestre`); with a year it is', () => {
  assert.deepEqual(found('Les examens du premier semestre sont reprogrammés du 16 au 28 mars.'), [['16 au 28 mars', 'XXXX-03-16/XXXX-03-28']]);
  assert.deepEqual(found('Les compositions du deuxième trimestre, prévues le 16 février, sont reportées.'), [['16 février', 'XXXX-02-16']]);
  assert.deepEqual(found('Les ventes du premier semestre 2026 ont baissé.'), [['premier semestre 2026', '2026-H1']]);
});
