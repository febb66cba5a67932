/** Helpers for the parties tests. */
import { review } from '../../src/engine/index.js';

/** The parties a review finds, as name, aliases, role and side. */
export const parties = (md: string) =>
  review(md).parties.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role, side: p.side }));
