/**
 * What every test process shares (.mocharc's `require`): commands the tests start keep no V8 code
 * cache (bin/code-cache.js), so that no test leaves files behind; the code cache test chooses its own.
 */
process.env.RECIPROCITY_CODE_CACHE ??= 'off';
