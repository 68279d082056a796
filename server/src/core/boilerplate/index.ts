import type { BoilerplateLayer } from '../layers';
import type { BoilerplateBlock } from '../types';

/** Duplicated and chrome blocks. (Placeholder until the detector lands: flags nothing.) */
export function createBoilerplateLayer(): BoilerplateLayer {
  return {
    setFile() {},
    removeFile() {},
    blocks(): BoilerplateBlock[] {
      return [];
    },
  };
}
