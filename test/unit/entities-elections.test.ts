/**
 * Political life as the region's press writes it: parties named by their ideals, their wing after a slash, their
 * nickname and their list's name in quotes, a congress in a headline, the regions and the numbered communes the
 * results are given for, a club's nickname before its town. Every name is made up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';

/** Each mention of one file as `TYPE:text`, through the whole index. */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}`);
}

/** The mentions of one file as `TYPE:text=entity`. */
function linkedMentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}=${m.entityId}`);
}

function has(text: string, ...expected: string[]): void {
  const found = mentionsOf(text);
  for (const e of expected) assert.ok(found.includes(e), `${e} in ${JSON.stringify(found)}`);
}

test('a party’s name runs through its ideals: after its own name (`pour la paix`), and a second one joined by `et la`', () => {
  has('L’Alliance nationale pour la paix et la justice a tenu meeting. L’Union Kalaba pour la démocratie décroche un siège.',
    'INSTITUTION:Alliance nationale pour la paix et la justice', 'INSTITUTION:Union Kalaba pour la démocratie');
  // A person after `de` says whose party it is: the name stops before them.
  has('Il est soutenu par l’Union Kalaba pour la démocratie d’Odile Kalaba Nana.', 'INSTITUTION:Union Kalaba pour la démocratie', 'PERSON:Odile Kalaba Nana');
  // A capitalised `Convention` with a party's adjective is a party; a treaty's is not.
  has('La Convention nationale pour le renouveau emporte sept sièges.', 'INSTITUTION:Convention nationale pour le renouveau');
  assert.ok(!mentionsOf('La Convention de Vienne encadre ces relations.').some((m) => m.startsWith('INSTITUTION:Convention')));
  // A verb written like its participle once folded ends the name (`fédère`, not `fédéré`).
  has('La Plateforme pour l’alternance citoyenne fédère sept formations.', 'INSTITUTION:Plateforme pour l’alternance citoyenne');
});

test('a party’s wing after a slash is part of its acronym (`RDK/Unité`), and `Congrès du X` in a headline is the party’s meeting', () => {
  has('La liste présentée par le RDK/Unité a été écartée.', 'INSTITUTION:RDK/Unité');
  has('Congrès du MPK-Renouveau : Awa Sanou élue présidente\nLe texte suit.', 'INSTITUTION:MPK-Renouveau');
});

test('a party or a list named in quotes after its cue, a party named after a place with an adjective, a nickname given with `comme on surnomme`', () => {
  has('La liste « Kanfo d’abord » du parti « Wend-Kanfo » ferme la marche.', 'INSTITUTION:Kanfo d’abord', 'INSTITUTION:Wend-Kanfo');
  has('La coalition rassemble le parti Bamako Nouveau et deux associations.', 'INSTITUTION:Bamako Nouveau');
  const found = linkedMentionsOf('Les « Colombes », comme on surnomme ici l’Union pour la paix et le travail, ont voté. Plus tard les « Colombes » iront en appel.\n');
  const nicknames = found.filter((m) => m.startsWith('INSTITUTION:Colombes='));
  const party = found.find((m) => m.startsWith('INSTITUTION:Union pour la paix et le travail='));
  assert.equal(nicknames.length, 2, JSON.stringify(found));
  assert.ok(party && nicknames.every((m) => m.split('=')[1] === party.split('=')[1]), JSON.stringify(found));
});

test('what a person’s supporters call them, in quotes after `que … appellent`, is that person’s name', () => {
  const found = linkedMentionsOf('Entouré des siens, Kalidou Sanfo, que ses partisans appellent simplement « Kalou », tempère.\n');
  const alias = found.find((m) => m.startsWith('PERSON:Kalou='));
  const person = found.find((m) => m.startsWith('PERSON:Kalidou Sanfo='));
  assert.ok(alias && person && alias.split('=')[1] === person.split('=')[1], JSON.stringify(found));
});

test('a region named by its compass point after an article, a town’s numbered communes, a unit’s `du` before a region', () => {
  has('Les partis de l’Ouest attendent les résultats. Le Sud a voté dans le calme.', 'PLACE:Ouest', 'PLACE:Sud');
  // Inside a body's name the point is the body's.
  assert.ok(!mentionsOf('La Banque agricole du Nord prête aux paysans.').includes('PLACE:Nord'));
  has('Les conseillers de Kanfo Ier, Kanfo IIe et Kanfo IIIe éliront les délégués.', 'PLACE:Kanfo Ier', 'PLACE:Kanfo IIe', 'PLACE:Kanfo IIIe');
  // A firm named after a listed province is not what the province's name stands for where the file writes it as
  // a unit's province (`les départements du X`).
  const found = mentionsOf('Bazèga Télécom offre 5 Go. Une caravane ira dans tous les départements du Bazèga. Le Bazèga a besoin de jeunes.\n');
  assert.ok(!found.includes('INSTITUTION:Bazèga') && found.includes('PLACE:Bazèga'), JSON.stringify(found));
});

test('a club named by its nickname before its town and letters is one club; a school’s group number and a ticker’s last word name nothing', () => {
  has('Les supporters des Aigles de Kanfo FC ont chanté.', 'INSTITUTION:Aigles de Kanfo FC');
  const found = mentionsOf('Les agents sont devant l’École publique de Kanfo groupe I.\nKanfo : un enseignant agressé devant son lycée\nAccueil › Politique\n');
  assert.ok(!found.includes('INSTITUTION:I') && !found.some((m) => m.startsWith('INSTITUTION:lycée')), JSON.stringify(found));
});

test('an acronym a body’s words imply (little words left out) is that body in its file, but not inside a reference number', () => {
  const found = linkedMentionsOf('L’Alliance nationale pour la paix et la solidarité conteste. L’ANPS a déposé un recours.\nArrêté n° 0412/ANPS/2026.\n');
  const body = found.find((m) => m.startsWith('INSTITUTION:Alliance nationale pour la paix et la solidarité='));
  const acronyms = found.filter((m) => m.startsWith('INSTITUTION:ANPS='));
  assert.equal(acronyms.length, 1, JSON.stringify(found));
  assert.ok(body && acronyms[0].split('=')[1] === body.split('=')[1], JSON.stringify(found));
});

test('a list’s name in quotes lends its first word to nothing: the town it names stays a town', () => {
  const found = mentionsOf('La liste « Kanfo d’abord » ferme la marche.\nPartielle de Kanfo : le recours est déposé\nÀ Kanfo, le calme.\n');
  assert.ok(!found.includes('INSTITUTION:Kanfo'), JSON.stringify(found));
});
