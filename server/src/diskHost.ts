/**
 * The language server's `FeatureHost`: corrections go to the folder's `.seedlens/annotations.json`
 * (through the journal that can take the last write back), exports to real files, both with atomic
 * writes; the article matcher tells whether an exported copy would land where the workspace reads
 * its articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureHost } from './features/host';
import type { CorrectionsJournal } from './workspace/correctionsJournal';
import { writeAtomically } from './workspace/atomicWrite';
import { ArticleMatcher, readArticleFile } from './workspace/files';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

export function diskHost(workspace: WorkspaceIndex, journal: CorrectionsJournal, trusted: boolean, warn: (message: string) => void): FeatureHost {
  return {
    trusted,
    folderFor: (uri) => workspace.folderFor(uri),
    addCorrections: (folderPath, corrections) => journal.add(folderPath, corrections),
    undoCorrection: () => journal.undo(),
    reloadAnnotations: () => workspace.reloadAnnotations(true),
    warn,
    readArticle(absPath) {
      const disk = readArticleFile(absPath, workspace.maxBytes, workspace.settings.files);
      return disk.kind === 'text' ? disk.text : undefined;
    },
    isDirectory: (absPath) => fs.existsSync(absPath) && fs.statSync(absPath).isDirectory(),
    wouldBeIndexed(absPath) {
      const folders = workspace.workspaceFolders();
      const inside = folders.some((f) => {
        const rel = path.relative(f.path, absPath);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
      });
      return inside && new ArticleMatcher(folders, workspace.settings.include, workspace.settings.exclude).matches(absPath);
    },
    writeFile: writeAtomically,
  };
}
