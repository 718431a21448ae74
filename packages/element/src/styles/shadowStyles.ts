import proformaCss from '@proformas/react/styles.css?inline';
import { scopeCss, SHADOW_AFTER, SHADOW_PRELUDE } from './scopeCss.ts';

let css: string | undefined;
let sheet: CSSStyleSheet | undefined;

/** The whole stylesheet of the element, scoped once per page. */
export const shadowCss = (): string => (css ??= `${SHADOW_PRELUDE}${scopeCss(proformaCss)}${SHADOW_AFTER}`);

/** Give a shadow root the styles: one constructed sheet shared by every element, or a style tag. */
export function adoptStyles(root: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(shadowCss());
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = shadowCss();
  root.prepend(style);
}
