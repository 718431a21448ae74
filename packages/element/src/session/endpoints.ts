import {
  getMachine,
  getProforma,
  type ProformaId,
  type ProformaMachine,
  type RegistryLookupRequest,
} from '@proformas/core';
import { fromPromise } from 'xstate';
import type { EmbedEndpoints } from '../inputs/types.ts';

const withQuery = (endpoint: string, query: Record<string, string>): string => {
  const url = new URL(endpoint, globalThis.location?.href ?? 'http://localhost/');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
};

const getJson = async (url: string, endpoints: EmbedEndpoints, signal?: AbortSignal): Promise<unknown> => {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    ...(endpoints.credentials ? { credentials: endpoints.credentials } : {}),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`The service answered ${response.status}.`);
  return response.json();
};

/**
 * The proforma's statechart, with the attendance registry when the host names one: the
 * frequent-attender lookup asks `GET <registry>?nhsNumber=&from=&to=`. Without one, core's default
 * fails the lookup, so the history reads "not available" (never zero visits).
 */
export const machineFor = (id: ProformaId, endpoints: EmbedEndpoints = {}): ProformaMachine => {
  const machine = getMachine(id);
  const registry = endpoints.registry;
  if (!registry) return machine;
  return machine.provide({
    actors: {
      registryLookup: fromPromise<unknown, RegistryLookupRequest>(({ input, signal }) =>
        getJson(withQuery(registry, { ...input }), endpoints, signal),
      ),
    },
  }) as ProformaMachine;
};

/** The form's CP-IS question, when it has one: its key and the result codes it takes. */
const cpisItem = (id: ProformaId) => {
  const item = getProforma(id).items.find((i) => i.key === 'cpisResult');
  return item && { key: item.key, codes: (item.options ?? []).map((o) => o.code) };
};

/**
 * The CP-IS result as the form's answer (triage A7 `cpisResult`): the service's status codes are the
 * item's codes. Undefined when the form has no CP-IS question, the host named no CP-IS service or
 * there is no NHS number to ask with.
 */
export async function cpisPrefill(
  id: ProformaId,
  nhsNumber: string | undefined,
  endpoints: EmbedEndpoints = {},
  signal?: AbortSignal,
): Promise<Record<string, string> | undefined> {
  const item = cpisItem(id);
  if (!item || !endpoints.cpis || !nhsNumber) return undefined;
  try {
    const reply = await getJson(withQuery(endpoints.cpis, { nhsNumber }), endpoints, signal);
    const status = (reply as { status?: unknown } | null)?.status;
    if (typeof status === 'string' && item.codes.includes(status)) return { [item.key]: status };
  } catch {
    if (signal?.aborted) return undefined;
  }
  // SAFER READING: a CP-IS service that fails or answers with something unreadable is recorded as
  // "Could not check CP-IS" (not-available), which the triage's own rule (P-R13) acts on, rather
  // than left blank for someone to assume nothing is recorded.
  return item.codes.includes('not-available') ? { [item.key]: 'not-available' } : undefined;
}
