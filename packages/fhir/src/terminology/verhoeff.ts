// The Verhoeff check digit that ends every SNOMED CT identifier, and the identifier's structure:
// item id, then (long format only) a 7-digit namespace, a 2-digit partition id and the check digit.

const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the digit string (check digit last) passes the Verhoeff check. */
export const verhoeffValid = (digits: string): boolean => {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  [...digits].reverse().forEach((ch, i) => {
    c = D[c]![P[i % 8]![Number(ch)]!]!;
  });
  return c === 0;
};

export interface SctidParts {
  /** '0x' short format (the international release), '1x' long format (an extension). */
  partition: string;
  /** The 7-digit namespace of a long-format id; undefined for a short one. */
  namespace?: string;
}

/** The UK edition's namespace (coding.md §1). */
export const UK_NAMESPACE = '1000000';

/** Split a SNOMED CT id into its parts, or undefined when it is not 6–18 digits. */
export const sctidParts = (sctid: string): SctidParts | undefined => {
  if (!/^[1-9]\d{5,17}$/.test(sctid)) return undefined;
  const partition = sctid.slice(-3, -1);
  const long = partition.startsWith('1');
  return long ? { partition, namespace: sctid.slice(-10, -3) } : { partition };
};

/**
 * A concept id this project may use: a valid check digit, a concept partition ('00' or '10') and,
 * in the long format, the UK namespace.
 */
export const isUsableUkConceptId = (sctid: string): boolean => {
  const parts = sctidParts(sctid);
  if (!parts || !verhoeffValid(sctid)) return false;
  if (parts.partition === '00') return true;
  return parts.partition === '10' && parts.namespace === UK_NAMESPACE;
};
