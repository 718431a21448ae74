// Deterministic ids: the same encounter gives the same Bundle (stable tests, idempotent retries).
// A 128-bit hash of a name (four FNV-1a lanes, then a final mix), laid out as an RFC 9562 UUID
// version 8 ("custom"). Not cryptographic: it only has to spread names apart.

const lane = (text: string, seed: number): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32).
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
};

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** A UUID (version 8) derived from the name: the same name, the same UUID. */
export const uuidFrom = (name: string): string => {
  const [a, b, c, d] = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f].map((seed) => hex(lane(name, seed)));
  const version = `8${b!.slice(5, 8)}`;
  const variant = `${((parseInt(c!.slice(0, 1), 16) & 0x3) | 0x8).toString(16)}${c!.slice(1, 4)}`;
  return `${a}-${b!.slice(0, 4)}-${version}-${variant}-${c!.slice(4, 8)}${d}`;
};

/** `urn:uuid:` + the UUID of the name: a Bundle entry's fullUrl and the references to it. */
export const urnFor = (name: string): string => `urn:uuid:${uuidFrom(name)}`;
