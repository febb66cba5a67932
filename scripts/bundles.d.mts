// Types of scripts/bundles.mjs, for the tests that read the bundles' options.
import type { BuildOptions, Plugin } from 'esbuild';

export const jsYamlLoaderOnly: Plugin;
export const webExtension: BuildOptions;
export const webServer: BuildOptions;
export function builds(options?: { production?: boolean }): BuildOptions[];
