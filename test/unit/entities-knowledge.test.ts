/**
 * What general knowledge brings the recognisers, beyond cues read on one site: the towns and
 * regions of Africa that GeoNames lists, the French lexicon's adjectives, the forms of the
 * nationality words, and conventions of French press and law (a byline, a name's particles, the
 * kinds of courts, the nouns of natural features). People and made-up bodies are made up; the towns
 * are real (the list must hold them) and appear in no fixture.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot } from '../support/names';

test('a town or a region the hand-made gazetteer lacks is a place when GeoNames lists it', () => {
  has('Les camions sont bloqués entre Ouahigouya et Kolwezi depuis lundi.', 'PLACE:Ouahigouya');
  has('Les camions sont bloqués entre Ouahigouya et Kolwezi depuis lundi.', 'PLACE:Kolwezi');
  // The two ends of a route, when the list knows them.
  has("Le bitumage de l'axe Ouahigouya-Tchamba reprend.", 'PLACE:Tchamba');
});

test("a listed town's name that the article gives a person is the person's, not a place", () => {
  const text = 'Le ministre Issa Dosso a inauguré le marché. Dosso a salué les commerçants.';
  has(text, 'PERSON:Issa Dosso');
  hasNot(text, 'PLACE:Dosso');
});

test('the corpus keeps a listed town a place, and reads the family name as a person where the article does', () => {
  const index = new CorpusIndex();
  index.upsert('file:///k/a.txt', 'Les pluies ont coupé la route de Ouahigouya. À Ouahigouya, les écoles sont fermées.\n');
  index.upsert('file:///k/b.txt', 'Le ministre Issa Dosso a inauguré le marché. Dosso a salué les commerçants.\n');
  const found = (file: string) => index.nameMentions(file).map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(found('file:///k/a.txt'), ['PLACE:Ouahigouya', 'PLACE:Ouahigouya']);
  assert.ok(!found('file:///k/b.txt').includes('PLACE:Dosso'), JSON.stringify(found('file:///k/b.txt')));
});

test('a byline names its authors, people, however much of the line is capitalised', () => {
  const text = 'Publié le 3 juin 2026\nPar Sénam DOGBÉ, avec Yawo KPÉLÉ\nLe marché a rouvert.';
  has(text, 'PERSON:Sénam DOGBÉ');
  has(text, 'PERSON:Yawo KPÉLÉ');
  has('Par Akossiwa Mint SALEM, correspondante\nLe marché a rouvert.', 'PERSON:Akossiwa Mint SALEM');
  // A newspaper in the byline, or `Par` opening a sentence, names no person.
  hasNot('Par Jeune Afrique\nLe marché a rouvert.', 'PERSON:Jeune Afrique');
  hasNot('Par ailleurs, Le Marché Central a rouvert.', 'PERSON:Le Marché Central');
});

test("`d'` and `Mint` inside a name are particles; `d'` before a town says where someone is from", () => {
  has("Me Akouvi d'ALMADA a plaidé la nullité.", "PERSON:Akouvi d'ALMADA");
  has('Selon Aminetou Mint Brahim, les prix montent.', 'PERSON:Aminetou Mint Brahim');
  hasNot("Le maire Issa Kanté d'Ouahigouya a parlé.", "PERSON:Issa Kanté d'Ouahigouya");
});

test("an acronym in capitals defines its name up to twelve letters, as companies' syllabic acronyms do", () => {
  const text = 'La Société de transformation des produits de pêche (SOTRAPECHE) recrute. La SOTRAPECHE paie ses dettes.';
  has(text, 'INSTITUTION:SOTRAPECHE');
  const index = new CorpusIndex();
  index.upsert('file:///k/def.txt', text + '\n');
  index.upsert('file:///k/use.txt', 'Les marins de SOTRAPECHE sont en grève.\n');
  assert.deepEqual(index.nameMentions('file:///k/use.txt').map((m) => `${m.type}:${m.text}`), ['INSTITUTION:SOTRAPECHE']);
});

test("a body's national branch keeps its nationality in any gender and number", () => {
  has('La Croix-Rouge gambienne a distribué des vivres.', 'INSTITUTION:Croix-Rouge gambienne');
  has('La Croix-Rouge togolaise a distribué des vivres.', 'INSTITUTION:Croix-Rouge togolaise');
});

test("adjectives the lexicon knows continue a body's name, whatever their ending", () => {
  has("Le ministère de l'Économie maritime a publié ses chiffres.", "INSTITUTION:ministère de l'Économie maritime");
  has("L'Autorité de la zone franche de Bakoro a ouvert le marché.", "INSTITUTION:Autorité de la zone franche de Bakoro");
});

test('a court of a kind written in lower case before its seat is a body; the kind alone is not', () => {
  has("Il a fait appel devant la cour d'appel de Bakoro lundi.", "INSTITUTION:cour d'appel de Bakoro");
  has('Le tribunal de grande instance de Bakoro a jugé.', 'INSTITUTION:tribunal de grande instance de Bakoro');
  hasNot("La cour d'appel a confirmé la peine.", "INSTITUTION:cour d'appel");
});

test("a centre takes lower-case complements after an adjective; a bar is a body; a scraper's cut is not a name", () => {
  has("Le Centre national d'oncologie de Bakoro est saturé.", "INSTITUTION:Centre national d'oncologie de Bakoro");
  has('Elle est inscrite au Barreau de Bakoro depuis 2010.', 'INSTITUTION:Barreau de Bakoro');
  hasNot('Centre de format.\nLe texte suit.', 'INSTITUTION:Centre de format');
});

test('a natural feature named after its noun is a place, the noun in its span', () => {
  has('Les pirogues pêchent dans la baie du Kandoro, au large du cap Dialakoro.', 'PLACE:baie du Kandoro');
  has('Les pirogues pêchent dans la baie du Kandoro, au large du cap Dialakoro.', 'PLACE:cap Dialakoro');
  hasNot('La baie vitrée du salon donne sur la cour.', 'PLACE:baie');
});

test('a health facility known by its acronym is a body, named after a person or a place', () => {
  const text = 'Les blessés ont été évacués au CHU Kodjo Amégan, puis au CHR de Sémbéto.';
  has(text, 'INSTITUTION:CHU Kodjo Amégan');
  has(text, 'INSTITUTION:CHR de Sémbéto');
  hasNot(text, 'PERSON:CHU Kodjo Amégan');
});

test("a court's kind is part of its name, capitalised or not, and its seat may follow directly", () => {
  has('Le Tribunal de grande instance de Kadjébi a rendu son verdict.', 'INSTITUTION:Tribunal de grande instance de Kadjébi');
  has('Il a comparu devant le tribunal de première instance Kadjébi hier.', 'INSTITUTION:tribunal de première instance Kadjébi');
});

test('`International` after a capitalised name ends a body’s name, as English names write it', () => {
  has('Des observateurs de Lumière Solidaire International suivaient le procès.', 'INSTITUTION:Lumière Solidaire International');
});

test('a filiation particle between two capitalised words makes a person, the first word of a sentence too', () => {
  has("Salka Mint BOUH, présidente de l'association, a parlé.", 'PERSON:Salka Mint BOUH');
  has('Alhassane Ag Intalla a quitté la réunion.', 'PERSON:Alhassane Ag Intalla');
});

test('a "person" led by a common noun that the corpus does not read as a person is no name', () => {
  const index = new CorpusIndex();
  index.upsert('file:///k/a.txt', 'Lire aussi : Procès KOTRAMI : le directeur fait appel\n');
  index.upsert('file:///k/b.txt', 'La société KOTRAMI recrute. Le ministre Amadou Konaté a parlé.\n');
  const found = (file: string) => index.nameMentions(file).map((m) => `${m.type}:${m.text}`);
  // The learner may read the span as a body (the prior meets `Lire aussi : X :` before bodies' news), never as a person.
  assert.deepEqual(found('file:///k/a.txt').filter((m) => m.startsWith('PERSON:')), []);
  assert.deepEqual(found('file:///k/b.txt'), ['INSTITUTION:KOTRAMI', 'PERSON:Amadou Konaté']);
});

test("a sector word after a capitalised name ends a trade name (`X Santé`, `X Culture`)", () => {
  has('Les patients de Kanfo Santé ont été transférés.', 'INSTITUTION:Kanfo Santé');
  has("L'association Sira Culture organise le festival.", 'INSTITUTION:Sira Culture');
  // A portfolio after its article is a ministry's, not a trade name.
  hasNot('Le ministère de la Santé a réagi.', 'INSTITUTION:la Santé');
});

test("a body's name in quotes after its cue is the body, and the acronym in brackets after the quote is its", () => {
  const text = 'Six partis ont signé la charte de la coalition « Sira Kura » (SK), qui présentera des listes. Le SK a gagné.';
  has(text, 'INSTITUTION:Sira Kura');
  const index = new CorpusIndex();
  index.upsert('file:///k/q.txt', text + '\n');
  const found = index.nameMentions('file:///k/q.txt').map((m) => `${m.type}:${m.text}:${m.entityId}`);
  assert.deepEqual(found, ['INSTITUTION:Sira Kura:sira-kura', 'INSTITUTION:SK:sira-kura', 'INSTITUTION:SK:sira-kura']);
});

test('adjectives joined by `et` stay inside a body’s name, the last portfolio of a ministry too', () => {
  has('Le ministère des Pêches, des Infrastructures maritimes et portuaires a annoncé.', 'INSTITUTION:ministère des Pêches, des Infrastructures maritimes et portuaires');
  has('La Société nationale industrielle et minière (SONIKA) a payé.', 'INSTITUTION:Société nationale industrielle et minière');
  has('Les Forces armées et de sécurité ont riposté.', 'INSTITUTION:Forces armées et de sécurité');
});

test("a newspaper's title word heads a media's name, capitalised with a capitalised complement; the common noun heads none", () => {
  const text = "Selon la Gazette de Tenkodogo, citée par l'Écho du Bani, le marché a rouvert. Le Courrier de Kayes confirme.";
  has(text, 'INSTITUTION:Gazette de Tenkodogo');
  has(text, 'INSTITUTION:Écho du Bani');
  has(text, 'INSTITUTION:Courrier de Kayes');
  hasNot('Dans une tribune de presse, le courrier de Kayes arrive en retard.', 'INSTITUTION:tribune de presse');
});

test('a newspaper cited by its title in quotes, with a press verb after it or a press word before it; a quotation of speech is none', () => {
  has('PARIS, 15. — Le « Réveil de Koulikoro » publie la dépêche suivante.', 'INSTITUTION:Réveil de Koulikoro');
  has('Selon la « Voix du Baoulé », le barrage ouvrira en mars.', 'INSTITUTION:Voix du Baoulé');
  has('Le « Matin > apprend de Ségou que le pont est fermé.', 'INSTITUTION:Matin');
  hasNot('« Jamais », affirme le ministre devant les députés.', 'INSTITUTION:Jamais');
  hasNot('Il parle de « Nouvelle Ère » et annonce des réformes.', 'INSTITUTION:Nouvelle Ère');
  hasNot('Le film « Grand Soir » sort en salle à Bamako.', 'INSTITUTION:Grand Soir');
});

test('a newspaper told something, in quotes after `à` and a verb of telling (`a déclaré au « Réveil »`, `on mande de Ségou au « Matin »`); a quoted answer is none', () => {
  has('Le ministre a déclaré au « Réveil de Koulikoro » que rien ne change.', 'INSTITUTION:Réveil de Koulikoro');
  has("On mande de Ségou au « Matin > qu'une crue menace le pont.", 'INSTITUTION:Matin');
  has('« Rien ne change », a-t-il confié à « Sahel Hebdo », hier.', 'INSTITUTION:Sahel Hebdo');
  hasNot('Les électeurs ont répondu au « Non » du gouvernement.', 'INSTITUTION:Non');
  hasNot('Il est allé au « Grand Marché » avec sa fille.', 'INSTITUTION:Grand Marché');
});

test('a word the French lexicon knows only as a first name starts a person, at a sentence start too; a common word does not', () => {
  has('Théophile Kassongo, qui avait reconnu sa présence, est acquitté.', 'PERSON:Théophile Kassongo');
  hasNot('Ensemble Kassongo est un mouvement.', 'PERSON:Ensemble Kassongo');
});

test('a street or a venue named after a date is a place', () => {
  has('Le boulevard du 30 Juin est fermé trois nuits.', 'PLACE:boulevard du 30 Juin');
  has('Le meeting se tiendra au stade du 26 Mars.', 'PLACE:stade du 26 Mars');
});

test('a name goes on after two particles (`van der`); a byline keeps a first name that is also a common word before a surname in capitals', () => {
  has('Son directeur général, Pieter van der Walt, promet des contrôles.', 'PERSON:Pieter van der Walt');
  has('Le Belge Hendrik Van den Broeck a remporté l’étape.', 'PERSON:Hendrik Van den Broeck');
  has('Par Grâce MBOKO, correspondante à Mbandaka\nLe ministre a parlé.', 'PERSON:Grâce MBOKO');
  hasNot('Au stade des Martyrs de la Pentecôte, la foule chante.', 'PERSON:Martyrs de la Pentecôte');
});

test("a minister's portfolios go on after a comma with a capitalised common noun; the minister's name after them is the person", () => {
  const text = 'Le ministre de la Santé publique, Hygiène et Prévoyance sociale, Roger Kabasele, a lancé la campagne.';
  hasNot(text, 'PERSON:Hygiène');
  hasNot(text, 'PERSON:Prévoyance');
  has(text, 'PERSON:Roger Kabasele');
});

test('the places listed after `à` share its cue: `à X et Y`, `à X, Y et Z`', () => {
  has('La campagne reprendra à Bolamba et Bokatola en décembre.', 'PLACE:Bokatola');
  has('Les équipes iront à Bamako, Nionsomba et Ténenkou.', 'PLACE:Nionsomba');
  has('Les équipes iront à Bamako, Nionsomba et Ténenkou.', 'PLACE:Ténenkou');
});

test('a results table written as text: ranked names with their country codes, and the ranked names without one on the same line', () => {
  const line = `Classement : 1. Traoré (Mli) 10"2. 2. L. Diabaté (CIV) 10"4. 3. Ouédraogo (BF) 10"5. Puis : 12. Keïta. 15. Sangaré à 1"2.`;
  for (const name of ['Traoré', 'L. Diabaté', 'Ouédraogo', 'Keïta', 'Sangaré']) has(line, `PERSON:${name}`);
  // One ranked entry is no table.
  hasNot('Les finalistes : 1. Kati (Mli) en tête du groupe.', 'PERSON:Kati');
});

test('a results table may give the country in full, and its competitors stay people where the corpus has their names as towns', () => {
  has('Classement : 1. Zongo (Burkina) à 3 pts ; 2. Kaboré (Niger) à 5 pts ; 3. Sawadogo (Togo ).', 'PERSON:Kaboré');
  const index = new CorpusIndex();
  const towns = ['Kombissiri', 'Koupéla', 'Zorgho', 'Boulsa', 'Manga', 'Yako', 'Gourcy', 'Titao', 'Djibo', 'Gorom', 'Dori', 'Sebba'];
  for (let f = 0; f < 6; f++) {
    index.upsert(`file:///t/p${f}.txt`, `La commune est touchée. À ${towns[f]}, les routes sont coupées. Les habitants de ${towns[f + 6]} attendent.\nÀ Tamassari, le maire a parlé.\n`);
  }
  index.upsert('file:///t/r.txt', `Athlétisme : le 100 m des championnats.\nClassement : 1. Tamassari (BF) 10"2. 2. L. Diabaté (CIV) 10"4. 3. Ouédraogo (Mli) 10"5.\n`);
  const found = index.nameMentions('file:///t/r.txt').map((m) => `${m.type}:${m.text}`);
  for (const name of ['Tamassari', 'Ouédraogo']) assert.ok(found.includes(`PERSON:${name}`), `${name}: ${found.join(', ')}`);
  assert.ok(!found.includes('PLACE:Mli'), found.join(', '));
});

test("an article signed with its author's initials after its last sentence: the initials are a person", () => {
  has('Le conseil a tranché sans débat. Sa politique reste indécise. G. P.\n', 'PERSON:G. P.');
  has('La saison reprendra en mars.\nE. Bi.\n(A suivre.)\n', 'PERSON:E. Bi.');
  // Initials after another initial's dot, or inside a sentence, are no signature.
  hasNot("Il a remis le pavillon à S. M. I.\n", 'PERSON:M. I.');
  hasNot('Un commerçant, M. K., a témoigné.\n', 'PERSON:M. K.');
});

test("after a plural article a capital opens no person's name; the person named after it is one", () => {
  const text = 'À Lubumbashi, les Corbeaux de Moïse Katumbi se disent sereins.';
  hasNot(text, 'PERSON:Corbeaux de Moïse Katumbi');
  has(text, 'PERSON:Moïse Katumbi');
});

test('the nationality adjective Madagascar’s press writes (`malagasy`) qualifies a body as `malgache` does, and names no one', () => {
  has('Les sinistrés reçoivent l’aide de la Croix-Rouge malagasy depuis lundi.', 'INSTITUTION:Croix-Rouge malagasy');
  hasNot('Selon Météo Malagasy, le cyclone arrive.', 'PERSON:Météo Malagasy');
});
