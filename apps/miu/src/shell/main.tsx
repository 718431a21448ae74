// The MIU / walk-in-centre shell (issue 4) is built here. Until then the root page links to the demo.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@proformas/react/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="nhsuk-width-container nhsuk-main-wrapper" id="maincontent">
        <h1 className="nhsuk-heading-l">Safeguarding proformas</h1>
        <p className="nhsuk-body">
          <a href="/demo.html">Open the demo forms for made-up patients</a>
        </p>
      </main>
    </StrictMode>,
  );
}
