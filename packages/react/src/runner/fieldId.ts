/** The id of an item's first input on the page (error summary links and Change links point here). */
export const fieldId = (proforma: string, key: string): string => `${proforma}-${key}`;
