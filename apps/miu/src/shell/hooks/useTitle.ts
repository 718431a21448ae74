import { useEffect } from 'react';

/** The browser tab title names the page, then the service (WCAG 2.4.2). */
export const useTitle = (page: string): void => {
  useEffect(() => {
    document.title = `${page} – Safeguarding proformas`;
  }, [page]);
};
