/** Engine text with `{{name|default}}` placeholders → snippet syntax with numbered tab stops (LSP and VS Code). */
export function snippetSyntax(text: string): string {
  const numbers = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\{\{([^|}]*)\|([^}]*)\}\}/g)) {
    out += escape(text.slice(last, m.index));
    const name = m[1]!;
    const first = !numbers.has(name);
    if (first) numbers.set(name, numbers.size + 1);
    // The first occurrence carries the default; the others mirror it.
    out += first ? `\${${numbers.get(name)}:${escape(m[2]!)}}` : `\${${numbers.get(name)}}`;
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

function escape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}
