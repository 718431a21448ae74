import { fetchAttendance, fetchSuggestions } from '../api/attendances.ts';
import { fetchDrafts } from '../api/drafts.ts';
import type { AttendanceBundle, Draft, Suggestions } from '../api/types.ts';
import { useLoad } from './useLoad.ts';

export interface AttendanceData extends AttendanceBundle {
  suggestions: Suggestions;
  drafts: Draft[];
}

/** An attendance with its patient and site, the forms it needs, and the drafts so far. */
export const useAttendance = (id: string, round = 0) =>
  useLoad<AttendanceData>(async () => {
    const [bundle, suggestions, drafts] = await Promise.all([
      fetchAttendance(id),
      fetchSuggestions(id),
      fetchDrafts(id),
    ]);
    return { ...bundle, suggestions, drafts };
  }, `${id}:${round}`);
