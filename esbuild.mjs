// Bundles the extension (Node and web) and the CLI: see scripts/bundles.mjs for what each holds.
import * as esbuild from 'esbuild';
import { builds } from './scripts/bundles.mjs';

const options = builds({ production: process.argv.includes('--production') });
if (process.argv.includes('--watch')) {
  for (const build of options) await (await esbuild.context(build)).watch();
} else {
  await Promise.all(options.map((build) => esbuild.build(build)));
}
