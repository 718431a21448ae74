/** The wrapper inside the shadow root that stands in for the page (`html`, `body`, `:root`). */
export const PAGE_CLASS = 'sp-page';

const PAGE_SELECTOR = /(^|[\s,>+~(])(?:html|body|:root)(?=$|[\s,.:#[>+~)])/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const REM = /(^|[^\w.-])(\d*\.?\d+)rem\b/g;

const scopeSelector = (selector: string, scope: string): string =>
  selector.replace(PAGE_SELECTOR, (_match, before: string) => `${before}${scope}`);

/**
 * NHS.UK frontend's page-level CSS, made to work inside a shadow root and to depend on nothing
 * outside it: `html`, `body` and `:root` rules apply to the page wrapper instead (a shadow root has
 * no html or body of its own); `rem` lengths become pixels (a rem follows the host's `html` font
 * size); `@font-face` rules go (fonts cannot be declared inside a shadow root, and the NHS font is
 * an external download the form does not depend on: it falls back to Arial).
 */
export function scopeCss(css: string, scope = `.${PAGE_CLASS}`): string {
  const withoutFonts = css.replace(FONT_FACE, '');
  // Selectors are the text before each `{`; at-rule preludes (`@media …`) are left as they are.
  const scoped = withoutFonts.replace(/([^{}]+)\{/g, (match, prelude: string) =>
    prelude.trimStart().startsWith('@') ? match : `${scopeSelector(prelude, scope)}{`,
  );
  return scoped.replace(REM, (_match, before: string, value: string) => `${before}${Number(value) * 16}px`);
}

/**
 * The shadow root's own rules around NHS.UK's: the host is a block; the page wrapper starts from
 * initial values, so nothing the host page sets on the element (colour, font, spacing) is inherited.
 */
export const SHADOW_PRELUDE = `:host{display:block}:host([hidden]){display:none}.${PAGE_CLASS}{all:initial;display:block}`;
/** After NHS.UK's `html` rules: an embedded form does not scroll on its own or fill the window. */
export const SHADOW_AFTER = `.${PAGE_CLASS}{overflow-y:visible;min-height:0;padding:16px}`;
