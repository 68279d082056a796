/**
 * What the duplicate index keeps of each file: its units and their keys as its facts gave them
 * (`IndexedFile`), and its unit rows, the group id and line of each unit in one small array.
 *
 * The rows exist for the copies (copies.ts): building a file's pairs reads the rows of every
 * partner file, some hundreds of them, and scattered unit arrays and views were most of its cost.
 */

/** What the index keeps of one file: its units (UNIT_FIELDS integers each) and their keys. */
export interface IndexedFile {
  id: number;
  units: Int32Array;
  keys: Float64Array;
}

/** Fields of a file's unit rows, per unit: its group id and its line. */
export const R_GROUP = 0;
export const R_LINE = 1;
export const ROW_FIELDS = 2;

/** Is one of the units of these rows in group `group`? */
export function holdsGroup(rows: Int32Array, group: number): boolean {
  for (let k = R_GROUP; k < rows.length; k += ROW_FIELDS) if (rows[k] === group) return true;
  return false;
}
