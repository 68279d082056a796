/**
 * Names inside an event's name and places named like people: a conference named by the places it
 * joins or meets in is an event, whose names the guidelines do not annotate; a town whose name holds
 * a first name is that town where only a place can stand; places known by their kind (a Wolof `Keur`, a
 * region by its adjective, an arena). Every example is made up for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognize } from '../../server/src/core/entities';
import { has, hasNot } from '../support/names';

test('a conference named by the places it joins or meets in is an event; one of a body, or inside a venue’s name, is not', () => {
  hasNot("La conférence ministérielle Russie-Afrique s'est ouverte hier.", 'PLACE:Russie');
  hasNot("La conférence ministérielle Russie-Afrique s'est ouverte hier.", 'PLACE:Afrique');
  hasNot('La Conférence de Zelen Grad a pris fin jeudi.', 'INSTITUTION:Conférence de Zelen Grad');
  // A declaration named after its town: no name inside, however many words the town has.
  hasNot('Les délégations ont adopté la Déclaration de Zelen Grad jeudi.', 'PERSON:Déclaration de Zelen Grad');
  hasNot('Les délégations ont adopté la Déclaration de Zelen Grad jeudi.', 'PERSON:Zelen Grad');
  has('La conférence de la CEDEAO se tient à Abuja.', 'INSTITUTION:CEDEAO');
  has('Le Centre international de Conférence de Bamako a accueilli la cérémonie.', 'PLACE:Centre international de Conférence de Bamako');
});

test('a listed town whose name opens with a first name is that town after `à` or a settlement noun, and a person after a verb', () => {
  has('Le convoi est arrivé à Sidi Moussa dans la soirée.', 'PLACE:Sidi Moussa');
  hasNot('Le convoi est arrivé à Sidi Moussa dans la soirée.', 'PERSON:Sidi Moussa');
  has('Les habitants de la commune de Sidi Moussa attendent la pluie.', 'PLACE:Sidi Moussa');
  has('Sidi Moussa a déclaré que le marché rouvrirait lundi.', 'PERSON:Sidi Moussa');
});

test('a compound whose capitalised parts are joined by lower-case words is a place, unless a first name opens it', () => {
  has('Un campus ouvre à Zelen-en-Grad la semaine prochaine.', 'PLACE:Zelen-en-Grad');
  has('Un bungalow de Pointe-aux-Korvans a été saisi.', 'PLACE:Pointe-aux-Korvans');
  has('Une rotation venue de Tisa-sur-le-Don arrive.', 'PLACE:Tisa-sur-le-Don');
  hasNot('Jean-de-Dieu Ndayikora a parlé hier.', 'PLACE:Jean-de-Dieu');
});

test('a town is read after words of where and natural features with `de`, and after `à` when a capitalised article opens it', () => {
  has('Des exécutions ont été signalées près de Zelengou la semaine dernière.', 'PLACE:Zelengou');
  has('Le barrage de Korvanga alimente la capitale.', 'PLACE:Korvanga');
  has('Un pêcheur a disparu au large de Tisaville hier.', 'PLACE:Tisaville');
  has("L'usine est à La Korvanerie depuis 1950.", 'PLACE:La Korvanerie');
  // An article opening a sentence is the sentence's.
  hasNot('La Korvanerie ferme.', 'PLACE:La Korvanerie');
});

test('a listed town whose second word the lexicon knows as a first name is that town among the words of where and of its people', () => {
  has('Le convoi est arrivé à Sidi Khaled hier.', 'PLACE:Sidi Khaled');
  has('Les habitants de Sidi Khaled attendent la pluie.', 'PLACE:Sidi Khaled');
  has('Sidi Khaled a déclaré que le marché rouvrirait.', 'PERSON:Sidi Khaled');
});

test('places by their kind: a Wolof `Keur` opens a village, `forestière` and `maritime` make a region, an arena and a stadium are venues, a capitalised venue with its adjective is one', () => {
  has('Il a passé trois semaines à Keur Samba Diop, au nord de Thiès.', 'PLACE:Keur Samba Diop');
  hasNot('Il a passé trois semaines à Keur Samba Diop, au nord de Thiès.', 'PERSON:Keur Samba Diop');
  has('La Guinée forestière et la Guinée maritime votent dimanche.', 'PLACE:Guinée forestière');
  has('La Guinée forestière et la Guinée maritime votent dimanche.', 'PLACE:Guinée maritime');
  has("Le combat aura lieu à l'arène Birame-Faye, puis au stadium Ousmane-Diagne.", 'PLACE:arène Birame-Faye');
  has("Le combat aura lieu à l'arène Birame-Faye, puis au stadium Ousmane-Diagne.", 'PLACE:stadium Ousmane-Diagne');
  has("Dans les gradins de l'Arène nationale, la foule a chanté.", 'PLACE:Arène nationale');
  // A common head in lower case with its adjective is no name.
  hasNot("Dans les gradins de l'arène nationale, la foule a chanté.", 'PLACE:arène nationale');
});

test('`en` before one capitalised word no list knows names a region or a country (`en Kassamba`), not a division nor a name going on', () => {
  has('Le sélectionneur ne vient jamais en Kassamba, regrette le maire.', 'PLACE:Kassamba');
  hasNot('Le club a joué en Ligue 1 la saison passée.', 'PLACE:Ligue');
  hasNot('Il a tout investi en Moussa Kassamba Holding.', 'PLACE:Moussa');
});

test("a prison and its town are one venue (`la maison centrale de Kanfa`, `la maison d'arrêt et de correction de Kanfa`); a person's house is none", () => {
  has('Son client est détenu à la maison centrale de Kanfa depuis 2024.', 'PLACE:maison centrale de Kanfa');
  has("Il a été transféré à la maison d'arrêt et de correction de Kanfa.", "PLACE:maison d'arrêt et de correction de Kanfa");
  hasNot('Ils se sont retrouvés à la maison de Moussa Traoré.', 'PLACE:maison de Moussa Traoré');
});

test('Hausa toponyms open with `Guidan` or `Garin`, Mande village names end in `-dougou` or `-counda`: places, bare or not', () => {
  has('Le choléra touche Guidan Tanko et Garin Malam Bello depuis mardi.', 'PLACE:Guidan Tanko');
  has('Le choléra touche Guidan Tanko et Garin Malam Bello depuis mardi.', 'PLACE:Garin Malam Bello');
  has('Guidan Tanko compte ses morts.', 'PLACE:Guidan Tanko');
  has('Sékoudougou a été le premier à fermer son magasin.', 'PLACE:Sékoudougou');
  has('Kontacounda réclame un marché couvert.', 'PLACE:Kontacounda');
  hasNot('Kontacounda réclame un marché couvert.', 'PERSON:Kontacounda');
});

test('a listed town whose first word is a common word (`Fada N’Gourma`) is a place where it stands as one', () => {
  has('Les sociétés qui achètent autour de Ouagadougou et de Fada N’Gourma appliqueront le barème.', 'PLACE:Fada N’Gourma');
  has('Il vit à Fada N’Gourma depuis mai.', 'PLACE:Fada N’Gourma');
  hasNot('Il vit à Fada N’Gourma depuis mai.', 'PERSON:Fada N’Gourma');
});

test('a market, a well or a backwater named after a person is a place with its noun (`puits Malam Dodo`), not the person', () => {
  has('Tout le monde boit au puits Malam Garba, près du marigot Tiékoro.', 'PLACE:puits Malam Garba');
  has('Tout le monde boit au puits Malam Garba, près du marigot Tiékoro.', 'PLACE:marigot Tiékoro');
  has('Les commerçantes du marché Awa Sanou attendent.', 'PLACE:marché Awa Sanou');
  hasNot('Les commerçantes du marché Awa Sanou attendent.', 'PERSON:Awa Sanou');
});

test('a headline opened by a word no list knows and a colon names a place (`› 16/08/2026 — Tounfafi : …`); not a quotation’s speaker, nor a common noun', () => {
  const box = 'À LA UNE\n› 16/08/2026 — Tounfafi : trois commerçants interpellés\nLIRE AUSSI → Kwarazé : les éleveurs réclament le couloir\nCholéra : la DRSP déclare l’épidémie\nKoulibo : « Nous irons jusqu’au bout »\n';
  has(box, 'PLACE:Tounfafi');
  has(box, 'PLACE:Kwarazé');
  hasNot(box, 'PLACE:Choléra');
  hasNot(box, 'PLACE:Koulibo');
});

test('a listed town after `à` stays a place where the file names a person of that surname (`Issouf Bama` … `À Bama, dans la vallée`)', () => {
  const text = "Issouf Bama, président de l'union, a parlé. À Bama, dans la vallée du Kou, les riziculteurs attendent.";
  has(text, 'PLACE:Bama');
  has(text, 'PERSON:Issouf Bama');
});

test('a headline about sport is led by a team (`Kobarivu : le sélectionneur convoque 26 joueurs`), not a place; a tag line is no headline', () => {
  const teaser = 'Le derby a été reporté.\n▪ 11/09/2026 — Kobarivu : le sélectionneur convoque 26 joueurs\n';
  has(teaser, 'INSTITUTION:Kobarivu');
  hasNot(teaser, 'PLACE:Kobarivu');
  has('Accueil › Football › Équipe nationale\nGuépards : Moussa Kéita dévoile ses 26 joueurs\n', 'INSTITUTION:Guépards');
  hasNot('Le derby a été reporté.\nTags : Kobarivu, sélectionneur, joueurs, match\n', 'INSTITUTION:Tags');
});

test("a Fulfulde `Mayo` opens a department's or a river's name, dashed or not (`Mayo-Kani`); the word alone is no place", () => {
  has('Le député du Mayo-Tsolo, Boukar Dawa, réclame une enquête.', 'PLACE:Mayo-Tsolo');
  has('Les pluies ont gonflé le Mayo Kalfou hier soir.', 'PLACE:Mayo Kalfou');
  hasNot('Il a servi une mayonnaise maison.', 'PLACE:mayonnaise');
});

test('a venue qualified by an adjective keeps its town inside its name (`stade municipal de Doufelgou`); a head and its complement head a venue', () => {
  has('Le match se joue au stade municipal de Doufelgou dimanche.', 'PLACE:stade municipal de Doufelgou');
  hasNot('Le match se joue au stade municipal de Doufelgou dimanche.', 'PLACE:Doufelgou');
  has("Il a atterri à l'aéroport international de Tambacounda hier.", "PLACE:aéroport international de Tambacounda");
  // Without an adjective, the airport of a town names the town.
  has("Il a atterri à l'aéroport de Bamako hier.", 'PLACE:Bamako');
  has('Les épargnants se sont réunis à la salle des fêtes de Kongola samedi.', 'PLACE:salle des fêtes de Kongola');
  has('La réunion se tient à la maison des jeunes de Kolondiéba.', 'PLACE:maison des jeunes de Kolondiéba');
  hasNot('La salle des fêtes était pleine samedi.', 'PLACE:salle des fêtes');
});

test("a chief's unit is part of his title: the place is its name alone (`le chef canton de Komah`); a canton elsewhere keeps its word", () => {
  has('Le chef canton de Kéméni, Tchagnaou Wouro, a reçu les revendeuses.', 'PLACE:Kéméni');
  hasNot('Le chef canton de Kéméni, Tchagnaou Wouro, a reçu les revendeuses.', 'PLACE:canton de Kéméni');
  has('Le chef de canton de Kéméni a parlé.', 'PLACE:Kéméni');
  has('Les élus du canton de Kéméni ont voté.', 'PLACE:canton de Kéméni');
});

test('a natural feature named after its noun is one place, the noun inside (`la faille de Kpélou`, `le mayo Djalo`)', () => {
  has('Le car s’est renversé dans la descente de la faille de Kpélou, sur la nationale.', 'PLACE:faille de Kpélou');
  has('La commune lance le curage du mayo Djalo avant les pluies.', 'PLACE:mayo Djalo');
  has('Les chutes de Gouina attirent les visiteurs.', 'PLACE:chutes de Gouina');
  hasNot('Les chutes de pluie ont gonflé le fleuve.', 'PLACE:chutes de pluie');
});

test('a commune numbered after its town is one place (`le maire de Kpalimé 2`, `Yaoundé VI`, `Douala 5e`, `Toamasina II`); a count or a score after a town is not', () => {
  const text = 'Joint mardi, le maire de Kpalimé 2, Komi Adjo, défend la taxe.\nMots-clés : marché, Kpalimé 2, fiscalité\n';
  has(text, 'PLACE:Kpalimé 2');
  hasNot(text, 'PLACE:Kpalimé');
  has('La commune de Yaoundé VI a voté le budget.', 'PLACE:commune de Yaoundé VI');
  has('Le maire de Douala 5e, Jean Ngué, a parlé.', 'PLACE:Douala 5e');
  // A bare digit with no commune's word is no district.
  has('Ils étaient à Bamako 3 jours plus tôt.', 'PLACE:Bamako');
  has('Le maire de Kara 2 fois élu a parlé.', 'PLACE:Kara');
  has('Score final : la mairie de Lomé 1 - 0 face aux visiteurs.', 'PLACE:Lomé');
  // A district the GeoNames list numbers is that place wherever it is written, not a king's name; kings keep theirs.
  const district = 'Le village est dans le district de Toamasina II. La députée de Toamasina II a parlé. Frédéric II et Louis XIV aussi.';
  has(district, 'PLACE:Toamasina II');
  hasNot(district, 'PERSON:Toamasina II');
  has(district, 'PERSON:Frédéric II');
});

test('a region named by compass points (`le Nord-Ouest`) or by one before a known place (`le Nord-Bénin`, `le Centre-Mali`) is a place', () => {
  const text = 'Le journal en ligne de Parakou et du Nord-Bénin.\nLes pluies frappent le Centre-Mali et le Nord-Ouest depuis lundi.';
  has(text, 'PLACE:Nord-Bénin');
  has(text, 'PLACE:Centre-Mali');
  has(text, 'PLACE:Nord-Ouest');
});

test('a quarter or a village is named by its name alone (`le quartier Titirou` → `Titirou`); a capitalised head and other venues keep theirs', () => {
  const text = 'Les grossistes du quartier Kanfodou hésitent. Au village Samba, rien. Le Quartier Latin et le palais de Koulouba restent.';
  has(text, 'PLACE:Kanfodou');
  hasNot(text, 'PLACE:quartier Kanfodou');
  has(text, 'PLACE:Samba');
  has(text, 'PLACE:Quartier Latin');
  has(text, 'PLACE:palais de Koulouba');
});

test('a named storm is an event, nothing inside it a name (`le cyclone Tsiory`, a teaser’s `Cyclone Tsiory :`); the bare noun names nothing', () => {
  const text = '▸ 31/03/2026 — Cyclone Kanfi : le bureau recense 12 000 sinistrés.\nLe cyclone Kanfi a frappé la côte. La tempête Ana aussi.';
  hasNot(text, 'PERSON:Kanfi');
  hasNot(text, 'INSTITUTION:Cyclone Kanfi');
  hasNot(text, 'PERSON:Ana');
  // Nor is the storm's name a weak word the corpus could read as someone's.
  assert.deepEqual(recognize(text).weak.filter((w) => w.text === 'Kanfi' || w.text === 'Ana'), []);
});

test('a listed town whose name opens with a word that names nothing alone (`Saint-`, `Grand-`) is that town; a body named after it keeps its whole name', () => {
  const text = 'Il vit à Grand-Bassam depuis 2019. Le bac de Saint-Louis est en panne. La Coordination des étudiants de Saint-Louis a parlé hier.';
  has(text, 'PLACE:Grand-Bassam');
  has(text, 'PLACE:Saint-Louis');
  has(text, 'INSTITUTION:Coordination des étudiants de Saint-Louis');
  hasNot(text, 'PERSON:Louis');
});

test('a capitalised name right before a temperature is a town, whatever the lists know (`Météo : Kalemie 27° | Mwenga 29°`); one alone may be a book’s format (`in-8°`)', () => {
  const text = 'Météo : Kalemie 27° | Mwenga-Centre 29° · Nyunzu 31°\nIl fait 30° à l’ombre. Imprimé chez M. N Roussel 8° fr.';
  for (const n of ['Kalemie', 'Mwenga-Centre', 'Nyunzu']) has(text, `PLACE:${n}`);
  hasNot(text, 'PLACE:Il');
  hasNot(text, 'PLACE:N Roussel');
});

test('a boat or a bus named in quotes names no one (`la pirogue « Mame Diarra Bousso »`, `les cars « Ndiaga Ndiaye »`); a person in quotes elsewhere still does', () => {
  const text = 'La pirogue « Awa Ndiaye Sow », partie de Kayar, a été saisie. Les cars « Modou Diop » relient Podor à Dakar. Le maire a cité « Moussa Kanté » dans son discours.';
  hasNot(text, 'PERSON:Awa Ndiaye Sow');
  hasNot(text, 'PERSON:Modou Diop');
  has(text, 'PERSON:Moussa Kanté');
});
