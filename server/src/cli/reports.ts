/**
 * `analyze`'s three report formats, written file by file as each is computed: nothing holds the
 * whole answer. `json` is byte for byte what `JSON.stringify(toAnswerJson(…), null, 1)` gives (the
 * evaluation kit's format), `jsonl` one article per line, `text` a section per article, sections
 * apart by a blank line and every line ending with a newline.
 */
import { toAnswerFile, type CorpusIndex } from '../core';
import type { Output } from './output';
import type { Progress } from './progress';
import { textSection } from './textReport';

export type ReportFormat = 'text' | 'json' | 'jsonl';

const JSON_HEAD = '{\n "files": [\n';
const JSON_TAIL = '\n ]\n}';

/** One file's entry as it stands inside `{ "files": [ … ] }` at one space per level: cut from such a document. */
function nestedJson(index: CorpusIndex, file: string): string {
  return JSON.stringify({ files: [toAnswerFile(index, file)] }, null, 1).slice(JSON_HEAD.length, -JSON_TAIL.length);
}

function entry(format: ReportFormat, index: CorpusIndex, file: string, first: boolean): string {
  if (format === 'jsonl') return JSON.stringify(toAnswerFile(index, file)) + '\n';
  if (format === 'json') return (first ? '' : ',\n') + nestedJson(index, file);
  return (first ? '' : '\n') + textSection(index, file);
}

export async function writeReport(format: ReportFormat, index: CorpusIndex, files: readonly string[], out: Output, progress: Progress): Promise<void> {
  if (format === 'json') await out.write(files.length ? JSON_HEAD : '{\n "files": []\n}\n');
  progress.start('writing  ', files.length);
  for (let i = 0; i < files.length && !out.closed; i++) {
    await out.write(entry(format, index, files[i], i === 0));
    progress.tick();
  }
  progress.end();
  if (format === 'json' && files.length) await out.write('\n ]\n}\n');
  await out.flush();
}
