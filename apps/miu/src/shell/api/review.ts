import { api, query } from './client.ts';
import type { Review, ReviewQueue } from './types.ts';

export interface ReviewFilter {
  date?: string;
  siteId?: string;
  level?: string;
  status?: 'unreviewed' | 'reviewed' | 'all';
}
export const fetchReviewQueue = (filter: ReviewFilter): Promise<ReviewQueue> =>
  api<ReviewQueue>('GET', `/review${query({ ...filter })}`);

export const markReviewed = (attendanceId: string, id: string, note: string): Promise<Review> =>
  api<Review>('POST', `/review/${attendanceId}`, { id, note });
