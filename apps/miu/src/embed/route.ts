import { PROFORMA_IDS, type ProformaId } from '@proformas/core';

export type RouteProforma = { ok: true; proforma?: ProformaId } | { ok: false; message: string };

/** The form the frame's address names: `/embed.html?proforma=<id>` or `/embed/<id>`; none: the host chooses. */
export function routeProforma(pathname: string, search: string): RouteProforma {
  const fromPath = /\/embed\/([^/]+)\/?$/.exec(pathname)?.[1];
  const named =
    new URLSearchParams(search).get('proforma') ?? (fromPath ? decodeURIComponent(fromPath) : null);
  if (named === null || named === '') return { ok: true };
  return (PROFORMA_IDS as readonly string[]).includes(named)
    ? { ok: true, proforma: named as ProformaId }
    : { ok: false, message: `There is no "${named}" form. Use one of: ${PROFORMA_IDS.join(', ')}.` };
}
