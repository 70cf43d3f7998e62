/**
 * The extension's one digest service: the core with the "Daily Papers" log (see ./logger.ts) and the
 * workspace's files through `vscode.workspace.fs`. Every adapter reaches the core through it.
 */

import { createDigestService } from '../core/digest-service';
import { extensionLogger } from './logger';
import { VsCodeFileSystem } from './vscode-file-system';

export const digestService = createDigestService({ logger: extensionLogger, fileSystem: new VsCodeFileSystem() });
