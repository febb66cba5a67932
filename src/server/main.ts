/** The language server's own Node process, as the VS Code extension starts it (`--node-ipc`). */
import { startNodeServer } from './node.js';

startNodeServer();
