import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/eval/dev/creative-agency-retainer.md', 'utf8');
const stems = (t: string) => { const out = new Set<string>(); for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) out.add(w.slice(0,5)); return out; };
const d = stems('the reduced retainer and the waived onboarding fee described');
const s = stems("Media is billed at cost: the Agency waives its usual 12% media commission on all media bought under this agreement, and in addition will introduce the Client to at least two of its retail media partners during the first six months, with a view to improving the Client's in-store placement.");
console.log([...d], [...d].filter(w=>s.has(w)));
