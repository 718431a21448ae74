// The iframe route `/embed.html?proforma=<id>` (issue 5) is built here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@proformas/react/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="nhsuk-width-container" id="maincontent">
        <h1 className="nhsuk-heading-l">Embedded safeguarding proforma</h1>
      </main>
    </StrictMode>,
  );
}
