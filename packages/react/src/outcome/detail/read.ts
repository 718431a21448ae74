import { DEFAULT_CONFIG, type SafeguardingConfig } from '@proformas/core';
import type { FormDetailProps } from './types.ts';

// Readers of a detail object's fields: `detail` is a plain record, so each field is checked.

export const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export const listOf = <T = string>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export const recordOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The site's thresholds, or the defaults when the host passed no evaluation. */
export const configOf = (evaluation: FormDetailProps['evaluation']): SafeguardingConfig =>
  evaluation?.config ?? DEFAULT_CONFIG;

/** "A, B and C". */
export const inWords = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
