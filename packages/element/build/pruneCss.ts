/**
 * Leave out the CSS rules of NHS.UK components the forms never render. A rule stays when at least
 * one of its selectors uses only `nhsuk-` classes the source names (a class the source builds from
 * a prefix, `nhsuk-input--width-${n}`, counts through that prefix); rules without nhsuk classes stay.
 * `@media print` blocks go: the EPR prints its own record. Works on minified CSS with no comments
 * holding braces (nhsuk-frontend's dist).
 */
export function pruneCss(css: string, used: ReadonlySet<string>): string {
  const prefixes = [...used].filter((c) => c.endsWith('-'));
  const isUsed = (cls: string) => used.has(cls) || prefixes.some((p) => cls.startsWith(p));
  const keepSelector = (selector: string) =>
    (selector.match(/\.nhsuk-[\w-]+/g) ?? []).every((c) => isUsed(c.slice(1)));
  return walk(css, keepSelector);
}

/** Split at commas outside brackets: `a:not(.b,.c),d` → two selectors. */
const splitSelectors = (list: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
};

/** The index just after the block that opens at `open` (a `{`). */
const blockEnd = (css: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  return css.length;
};

function walk(css: string, keepSelector: (selector: string) => boolean): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open === -1) {
      out += css.slice(i);
      break;
    }
    // A statement at-rule (`@charset "UTF-8";`, `@import …;`) before the next block.
    if (semi !== -1 && semi < open && css.slice(i, semi).trimStart().startsWith('@')) {
      out += css.slice(i, semi + 1);
      i = semi + 1;
      continue;
    }
    const prelude = css.slice(i, open);
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end - 1);
    const head = prelude.trim();
    if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = head.startsWith('@media') && /\bprint\b/.test(head) ? '' : walk(body, keepSelector);
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@')) {
      out += css.slice(i, end);
    } else {
      const kept = splitSelectors(prelude).filter(keepSelector);
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    i = end;
  }
  return out;
}
