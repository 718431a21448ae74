import type { ReactNode } from 'react';

/** The page a form sits in, in stories: the NHS width container and the main landmark. */
export function StoryPage({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent">
        {children}
      </main>
    </div>
  );
}
