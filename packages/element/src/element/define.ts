import { SafeguardingProformaElement } from './SafeguardingProformaElement.ts';

export const TAG_NAME = 'safeguarding-proforma';

/** Register `<safeguarding-proforma>` (once; a second script on the page changes nothing). */
export function defineSafeguardingProforma(tagName: string = TAG_NAME): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  // A subclass per extra name: one constructor cannot be registered under two names.
  customElements.define(
    tagName,
    tagName === TAG_NAME ? SafeguardingProformaElement : class extends SafeguardingProformaElement {},
  );
}
