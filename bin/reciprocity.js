#!/usr/bin/env node
// Through V8's code cache: a language server an editor starts answers sooner (bin/code-cache.js).
require('./code-cache.js').load(require.resolve('../dist/cli.js'));
