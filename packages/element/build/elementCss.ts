import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pruneCss } from './pruneCss.ts';

const packages = resolve(import.meta.dirname, '../..');
const STYLES_ID = '@proformas/react/styles.css?inline';
const VIRTUAL = '\0proformas-element-css';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'docs' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|stories|bench)\./.test(name) ? [path] : [];
  });

/** Every `nhsuk-` class (or class prefix) the rendering code names. */
export const usedNhsClasses = (): Set<string> =>
  new Set(
    ['react/src', 'element/src', 'core/src'].flatMap((dir) =>
      sourceFiles(join(packages, dir)).flatMap(
        (file) => readFileSync(file, 'utf8').match(/nhsuk-[\w-]+/g) ?? [],
      ),
    ),
  );

/** NHS.UK frontend's CSS and the react package's additions, as one text. */
export const proformaCssText = (): string => {
  const fromReact = createRequire(join(packages, 'react/package.json'));
  const nhsuk = readFileSync(fromReact.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'), 'utf8');
  const additions = readFileSync(join(packages, 'react/src/styles.css'), 'utf8').replace(
    /@import[^;]*;/g,
    '',
  );
  return `${nhsuk}\n${additions}`;
};

/**
 * The build's copy of `@proformas/react/styles.css?inline`: the same CSS without the rules of
 * components the forms never render, so the one script stays small. (Tests and dev read the full file.)
 */
export function elementCss(): Plugin {
  return {
    name: 'proformas-element-css',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === STYLES_ID ? VIRTUAL : undefined),
    load: (id) =>
      id === VIRTUAL
        ? `export default ${JSON.stringify(pruneCss(proformaCssText(), usedNhsClasses()))};`
        : undefined,
  };
}
