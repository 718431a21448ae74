import type { Bundle, Resource } from '../fhir/resources.ts';
import { FIXTURES } from './fixtures.ts';

export const fixtureNamed = (id: keyof typeof FIXTURES, start: string) => {
  const fixture = FIXTURES[id].find((f) => f.name.startsWith(start));
  if (!fixture) throw new Error(`No ${id} fixture "${start}…"`);
  return fixture;
};

/** The Bundle's resources of one type. */
export const resourcesOf = <T extends Resource['resourceType']>(bundle: Bundle, type: T) =>
  bundle.entry
    .filter((e) => e.resource.resourceType === type)
    .map((e) => e.resource as Extract<Resource, { resourceType: T }>);

export const fullUrlOf = (bundle: Bundle, resource: Resource): string | undefined =>
  bundle.entry.find((e) => e.resource === resource)?.fullUrl;

/** A coded resource's first code. */
export const firstCode = (concept: { coding?: { code?: string }[] } | undefined): string | undefined =>
  concept?.coding?.[0]?.code;
