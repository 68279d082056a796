/**
 * What one file says on its own, before anything is compared across the corpus: its dates, its
 * recognised names (not yet linked) and its boilerplate units. A pure function of the text, made
 * of plain data, so it can be computed off the main thread (the language server's indexing
 * workers) and handed to `CorpusIndex.upsert`, which then only merges it into the corpus.
 */
import { analyseBoilerplate, type BoilerplateFacts } from '../boilerplate';
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

