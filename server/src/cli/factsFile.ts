/**
 * Shards of facts: what `seed-lens facts DIR --shard I/N` writes and `seed-lens analyze
 * --from-facts` merges. Each file of a shard is its text and what the indexing threads compute
 * about it on their own (`analyseFile`, in the compact form they post: wire.ts), so that merging
 * is the same `CorpusIndex.upsert(file, text, facts)` the server and `analyze` do, in the same
 * order, and prints the same report.
 *
 * JSON Lines: a header, one line per file of the shard in listing order, a trailer with the count
 * (a shard cut short fails instead of merging as fewer files). Typed arrays (the MinHash keys and
 * the units) are kept as their bytes in base64; a number JSON cannot hold is refused when writing.
 *
 * What is checked when merging, so that a mismatch fails with a reason rather than giving another
 * answer: the format version; the analysis that made the facts (a hash of the indexing thread's
 * bundle, which holds every per-file recogniser: facts made by another build of the analysis would
 * be merged by code that expects other facts); that every shard comes from the same listing of the
 * same files, with the same corrections, and that shards 1…N are all there once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Annotations } from '../core';
import type { WireFacts } from '../core/corpus/wire';
import { CliError, type ArticleFile } from './files';

export const FACTS_FORMAT = 'seed-lens-facts';
/** The layout of the file; the analysis's own changes are caught by `analysisBuild`. */
export const FACTS_FORMAT_VERSION = 1;

export interface FactsHeader {
  format: typeof FACTS_FORMAT;
  version: number;
  /** Which build of the per-file analysis made the facts (see `analysisBuild`). */
  analysis: string;
  shard: number;
  of: number;
  /** The whole listing the shards were cut from: how many files, and a hash of their names in order. */
  listing: { files: number; hash: string };
  /** This shard's files: listing positions [first, first + count). */
  first: number;
  count: number;
  /** The corrections in force, with file names as the report gives them. */
  annotations: Annotations;
  /** Notices about the corrections file, printed once by the merge as `analyze` prints them. */
  notices: string[];
}

export interface FactsRecord {
  /** Position in the whole listing. */
  i: number;
  name: string;
  text?: string;
  notice?: string;
  skipped?: string;
  wire?: WireFacts;
}

interface FactsTrailer {
  end: number;
}

let buildId: string | undefined;

/** A hash of the indexing thread's bundle next to this one (the per-file analysis), else of this bundle. */
export function analysisBuild(): string {
  if (buildId === undefined) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(__dirname, 'analysisWorker.js'));
    } catch {
      bytes = fs.readFileSync(__filename);
    }
    buildId = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  }
  return buildId;
}

export function listingOf(listed: readonly ArticleFile[]): { files: number; hash: string } {
  const h = crypto.createHash('sha256');
  for (const a of listed) h.update(a.name + '\n');
  return { files: listed.length, hash: h.digest('hex').slice(0, 16) };
}

/** Shard `shard` of `of` (1-based): a contiguous run of the listing, so that shards 1…N in turn are the listing. */
export function shardRange(total: number, shard: number, of: number): { first: number; count: number } {
  const first = Math.floor(((shard - 1) * total) / of);
  return { first, count: Math.floor((shard * total) / of) - first };
}

// ---- typed arrays in JSON ----------------------------------------------------------------------

const TYPED: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

function encode(v: unknown, where: string): unknown {
  if (ArrayBuffer.isView(v)) {
    const kind = v.constructor.name;
    if (!TYPED[kind]) throw new Error(`facts: cannot store a ${kind} (${where})`);
    return { $typed: kind, base64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  }
  // JSON has no NaN or Infinity (a page without a headline has a NaN key).
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $number: String(v) };
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'number' && Number.isFinite(x))) return v;
    return v.map((x, i) => encode(x, `${where}[${i}]`));
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x, `${where}.${k}`);
    return out;
  }
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 || typeof v[0] === 'number' ? v : v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$number === 'string') return Number(o.$number);
    if (typeof o.$typed === 'string' && typeof o.base64 === 'string') {
      const make = TYPED[o.$typed];
      if (!make) throw new Error(`unknown typed array ${o.$typed}`);
      // A copy in a buffer of its own: aligned for any element size.
      return new make(new Uint8Array(Buffer.from(o.base64, 'base64')).buffer);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = decode(x);
    return out;
  }
  return v;
}

// ---- writing -----------------------------------------------------------------------------------

/** Writes a shard line by line to `out` (a file, replaced only once complete) or to stdout. */
export class FactsWriter {
  private readonly fd: number;
  private readonly tmp?: string;
  private written = 0;

  constructor(
    private readonly out: string | undefined,
    header: FactsHeader,
  ) {
    if (out) {
      this.tmp = `${out}.${process.pid}.tmp`;
      try {
        this.fd = fs.openSync(this.tmp, 'w');
      } catch (e) {
        throw new CliError(`seed-lens: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 1);
      }
    } else {
      this.fd = 1;
    }
    this.line(header);
  }

  private line(v: unknown): void {
    const s = JSON.stringify(v) + '\n';
    for (let buf = Buffer.from(s); buf.length > 0; ) buf = buf.subarray(fs.writeSync(this.fd, buf));
  }

  add(r: FactsRecord): void {
    this.line(r.wire ? { ...r, wire: encode(r.wire, r.name) } : r);
    this.written++;
  }

  /** The trailer, then the file takes its name. */
  close(): void {
    this.line({ end: this.written } satisfies FactsTrailer);
    if (!this.tmp || !this.out) return;
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    fs.renameSync(this.tmp, this.out);
  }

  /** Gives up: the partial file goes. */
  abort(): void {
    if (!this.tmp) return;
    try {
      fs.closeSync(this.fd);
      fs.unlinkSync(this.tmp);
    } catch {
      /* already gone */
    }
  }
}

// ---- reading -----------------------------------------------------------------------------------

function bad(file: string, why: string): CliError {
  return new CliError(`seed-lens: ${file}: ${why}`, 1);
}

async function* lines(file: string): AsyncGenerator<string> {
  let stream: fs.ReadStream;
  try {
    fs.accessSync(file, fs.constants.R_OK);
    stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  } catch (e) {
    throw new CliError(`seed-lens: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 1);
  }
  yield* readline.createInterface({ input: stream, crlfDelay: Infinity });
}

/** The header of a shard, checked against this build. */
export async function readHeader(file: string): Promise<FactsHeader> {
  for await (const line of lines(file)) {
    let h: Partial<FactsHeader>;
    try {
      h = JSON.parse(line) as Partial<FactsHeader>;
    } catch {
      throw bad(file, 'not a facts file (its first line is not JSON)');
    }
    if (h.format !== FACTS_FORMAT) throw bad(file, 'not a facts file (made by `seed-lens facts`)');
    if (h.version !== FACTS_FORMAT_VERSION) throw bad(file, `facts format version ${h.version}, this seed-lens reads version ${FACTS_FORMAT_VERSION}: make the shards again with this seed-lens`);
    if (h.analysis !== analysisBuild())
      throw bad(file, `facts made by another build of the analysis (${h.analysis}, this one is ${analysisBuild()}): make the shards again with this seed-lens, or merge them with the one that made them`);
    return h as FactsHeader;
  }
  throw bad(file, 'empty, not a facts file');
}

/**
 * The shards in order 1…N, checked to be one complete set cut from one listing with one set of
 * corrections. Throws CliError with the reason otherwise.
 */
export async function checkShards(files: readonly string[]): Promise<{ file: string; header: FactsHeader }[]> {
  const shards = [];
  for (const file of files) shards.push({ file, header: await readHeader(file) });
  const first = shards[0].header;
  for (const { file, header: h } of shards) {
    if (h.of !== first.of) throw bad(file, `shard ${h.shard}/${h.of}, but ${shards[0].file} is one of ${first.of}`);
    if (h.listing.files !== first.listing.files || h.listing.hash !== first.listing.hash)
      throw bad(file, `cut from another listing of files (${h.listing.files} files, ${h.listing.hash}) than ${shards[0].file} (${first.listing.files} files, ${first.listing.hash})`);
    if (JSON.stringify(h.annotations) !== JSON.stringify(first.annotations)) throw bad(file, `made with other corrections than ${shards[0].file}`);
  }
  shards.sort((a, b) => a.header.shard - b.header.shard);
  for (let k = 0; k < first.of; k++) {
    const s = shards[k];
    if (!s || s.header.shard !== k + 1) {
      const dup = shards.find((x, j) => j !== k && x.header.shard === s?.header.shard);
      throw new CliError(dup && s ? `seed-lens: shard ${s.header.shard}/${first.of} given twice (${dup.file}, ${s.file})` : `seed-lens: shard ${k + 1}/${first.of} is missing`, 1);
    }
  }
  if (shards.length > first.of) throw new CliError(`seed-lens: ${shards.length} facts files for ${first.of} shards: one is given twice`, 1);
  return shards;
}

/** The records of one shard, in order, checked to be its files and all of them. */
export async function* readRecords(file: string, header: FactsHeader): AsyncGenerator<FactsRecord> {
  let n = 0;
  let ended = false;
  let lineNo = 0;
  for await (const line of lines(file)) {
    if (lineNo++ === 0) continue;
    if (ended) throw bad(file, `text after the end of the shard (line ${lineNo})`);
    let v: FactsRecord & Partial<FactsTrailer>;
    try {
      v = JSON.parse(line) as FactsRecord & Partial<FactsTrailer>;
    } catch {
      throw bad(file, `line ${lineNo} is cut or damaged`);
    }
    if (v.end !== undefined) {
      if (v.end !== n || n !== header.count) throw bad(file, `holds ${n} files, its header says ${header.count}`);
      ended = true;
      continue;
    }
    if (v.i !== header.first + n) throw bad(file, `line ${lineNo}: file ${v.i} where ${header.first + n} was due`);
    n++;
    yield v.wire ? { ...v, wire: decode(v.wire) as WireFacts } : v;
  }
  if (!ended) throw bad(file, `cut short after ${n} of ${header.count} files (no end line)`);
}
