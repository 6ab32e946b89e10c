import { readTagFile, RestorableTagProvider } from '../../bindings/index.js';

/**
 * The corpus's tags (tags.json), restorable: scripts write tags, and each must start from the file (Jython's
 * runner builds a new model per script) although the harness reuses one sandbox session.
 */
export class FreshTagProvider extends RestorableTagProvider {
  constructor(path: string) {
    super(readTagFile(path));
  }
}
