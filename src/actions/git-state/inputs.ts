import { readBoolean, readString } from '../../runtime/inputs.js';
import { resolveInWorkspace } from '../../runtime/workspace.js';

export interface GitStateInputs {
  /** Absolute path of a folder inside the repository, resolved inside the workspace. */
  path: string;
  requireClean: boolean;
}

export function readGitStateInputs(): GitStateInputs {
  return {
    path: resolveInWorkspace('path', readString('path') || '.'),
    requireClean: readBoolean('require-clean'),
  };
}
