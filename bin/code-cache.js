/**
 * Loads a CommonJS bundle through V8's code cache, as Node 22's `module.enableCompileCache()` does
 * (Node 20 has no such switch): the bytecode of every function the previous run compiled is read
 * back instead of compiled again, which is most of a new language server's time to its first
 * diagnostics. The cache sits in the system's temporary folder (or RECIPROCITY_CODE_CACHE), one file
 * per bundle, Node version and build; a missing, stale or corrupt one is compiled as usual and
 * written anew when the process ends. Nothing here can change what the bundle does: it is the same
 * source, run the same way.
 */
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/** Runs `file` as the main module of this process; returns its exports. */
function load(file) {
  // V8 runs a regular expression in its interpreter first and compiles it to machine code when it
  // runs again. The engine's lexicons run hundreds, most of them many times, so a new process
  // compiled each one twice: compiled once, straight to machine code, a first review takes a
  // third less (npm run bench -- g). Set before the bundle compiles any, and before the code
  // cache is read, which holds the flags it was made with.
  v8.setFlagsFromString('--no-regexp-tier-up');
  const folder = cacheFolder();
  if (!folder) return require(file);
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cachePath(folder, file, source);
  const cachedData = ownFolder(folder) ? readIfAny(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeQuietly(cacheFile, script));
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(path.dirname(file));
  bundle.loaded = true;
  const localRequire = (id) => bundle.require(id);
  localRequire.resolve = (id) => Module._resolveFilename(id, bundle);
  script.runInThisContext().call(bundle.exports, bundle.exports, localRequire, bundle, file, path.dirname(file));
  return bundle.exports;
}

/** RECIPROCITY_CODE_CACHE names the folder, or is "off"; by default one in the system's temporary folder. */
function cacheFolder() {
  const chosen = process.env.RECIPROCITY_CODE_CACHE;
  if (chosen === 'off') return undefined;
  return path.resolve(chosen || path.join(os.tmpdir(), 'reciprocity-code-cache'));
}

/**
 * Whether bytecode may be read from `folder`: it is this user's and no one else may write to it, so
 * that on a shared machine no other user can plant code in a cache this process would run.
 */
function ownFolder(folder) {
  try {
    const stat = fs.statSync(folder);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    return stat.isDirectory() && mine && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** One cache per bundle content, Node and V8 version and architecture: any change reads as a miss. */
function cachePath(folder, file, source) {
  const key = createHash('sha256')
    .update(`${process.version}\0${process.versions.v8}\0${process.arch}\0${file}\0`)
    // Flags change what V8 compiles: a cache made under others would be rejected on every run.
    .update(`${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}\0`)
    .update(source)
    .digest('hex')
    .slice(0, 24);
  return path.join(folder, `${path.basename(file, '.js')}-${key}.bin`);
}

function readIfAny(cacheFile) {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Written whole under another name, then renamed: a process reading it meanwhile sees all or nothing. */
function writeQuietly(cacheFile, script) {
  try {
    // Only the cache's own folder is made, this user's alone: one whose parent was removed meanwhile (a
    // test's) stays gone, and one another user made is not written to.
    if (!fs.existsSync(path.dirname(cacheFile))) fs.mkdirSync(path.dirname(cacheFile), { mode: 0o700 });
    if (!ownFolder(path.dirname(cacheFile))) return;
    const partial = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
  } catch {
    // A read-only or full temporary folder costs the next run its compile time, nothing else.
  }
}

module.exports = { load };

// `node bin/code-cache.js dist/server.js --node-ipc`, as the VS Code extension starts its server: the
// bundle then sees the arguments it would see if started itself.
if (require.main === module && process.argv[2]) {
  const bundle = path.resolve(process.argv[2]);
  process.argv.splice(1, 2, bundle);
  load(bundle);
}
