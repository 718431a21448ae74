// The MIU / walk-in-centre / ED shell (issue 4): sign in, the board, registration, the forms with
// drafts on the server, the outcome and its documents, the lead's review queue, the admin's audit log.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@proformas/react/styles.css';
import './shell.css';
import { App } from './App.tsx';
import { SessionProvider } from './session/SessionContext.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}
