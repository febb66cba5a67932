/** `node:assert/strict` for the web suite: the npm port of Node's assert, in its strict mode. */
import assert from 'assert';

export default assert.strict;
