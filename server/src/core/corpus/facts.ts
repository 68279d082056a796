/**
 * What one file says on its own, before anything is compared across the corpus: its dates, its
 * recognised names (not yet linked) and its boilerplate units. A pure function of the text, made
 * of plain data, so it can be computed off the main thread (the language server's indexing
 * workers) and handed to `CorpusIndex.upsert`, which then only merges it into the corpus.
 */
import { analyseBoilerplate, type BoilerplateFacts } from '../boilerplate';
import { adoptChrome } from '../boilerplate/chrome';
import { findDates } from '../dates';
import { recognize, type FileAnalysis } from '../entities';
import type { DateMention } from '../types';

export interface FileFacts {
  dates: DateMention[];
  names: FileAnalysis;
  boilerplate: BoilerplateFacts;
}

export function analyseFile(text: string): FileFacts {
  const dates = findDates(text);
  return { dates, names: recognize(text, dates), boilerplate: analyseBoilerplate(text) };
}

/**
 * Facts computed on another thread, made as the index would have made them here: a structured
 * clone copies every string (the chrome reasons) and lays out objects of more than four fields in
 * two blocks. The index keeps chrome lines for as long as the file is in. The rest is taken as it
 * came: typed arrays, dates (the index packs them, sharing their values: see `packDates`) and
 * what merging copies out anyway.
 */
export function adoptFacts(facts: FileFacts): FileFacts {
  return { ...facts, boilerplate: { ...facts.boilerplate, chrome: adoptChrome(facts.boilerplate.chrome) } };
}
