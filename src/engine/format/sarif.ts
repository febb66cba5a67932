/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules as `tool.driver.rules`, each finding a
 * result with a region in 1-based lines and columns and a stable fingerprint of its rule and text.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../model.js';
import { LineIndex } from '../lines.js';
import { rules, ruleUrl } from '../rules/index.js';

export interface SarifFile {
  path: string;
  text: string;
  findings: readonly Finding[];
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Builds a SARIF log. A relative `path` (the usual case: relative to the repository root) is
 * resolved against `%SRCROOT%`; an absolute one becomes a `file:` URI.
 */
export function toSarif(files: readonly SarifFile[], tool: { version: string; informationUri: string }): Log {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
  }));
  const results: Result[] = [];
  for (const file of files) {
    const lines = new LineIndex(file.text);
    for (const f of file.findings) {
      const start = lines.position(f.start);
      const end = lines.position(f.end);
      results.push({
        ruleId: f.ruleId,
        ruleIndex: rules.findIndex((r) => r.id === f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file.path),
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        partialFingerprints: { 'reciprocity/v1': fingerprint(`${f.ruleId}\u0000${file.text.slice(f.start, f.end)}`) },
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Reciprocity',
            semanticVersion: tool.version,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: descriptors,
          },
        },
        results,
      },
    ],
  };
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  // SARIF allows no uriBaseId beside an absolute URI. A drive letter keeps its colon (file:///C:/…).
  const drive = /^[A-Za-z]:\//.exec(slashed);
  if (drive) return { uri: `file:///${drive[0]}${encode(slashed.slice(3))}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

/** FNV-1a, enough to tell one finding's text from another's across runs. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
