/** Entry point of the `reciprocity` command (bundled to dist/cli.js). */
import { main } from './cli/main.js';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
}).then((code) => {
  process.exitCode = code;
});
