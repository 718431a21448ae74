import { api } from './client.ts';
import type { Site } from './types.ts';

export const fetchSites = (): Promise<Site[]> => api<Site[]>('GET', '/sites');
