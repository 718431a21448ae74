/** NHS department types (ECDS) in words. */
export const DEPARTMENT_LABELS: Record<string, string> = {
  '01': 'Emergency department',
  '02': 'Single-specialty emergency department',
  '03': 'Urgent treatment centre or minor injury unit',
  '04': 'Walk-in centre',
};
