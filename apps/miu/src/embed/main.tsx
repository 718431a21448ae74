// The iframe route `/embed.html?proforma=<id>&origins=<host origins>` (docs/embedding.md).
import { ErrorPanel } from '@proformas/element/embedding';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@proformas/react/styles.css';
import { allowedOrigins } from './allowList.ts';
import { EmbedApp } from './EmbedApp.tsx';
import { routeProforma } from './route.ts';

const root = document.getElementById('root');
if (root) {
  const route = routeProforma(location.pathname, location.search);
  const allowed = allowedOrigins(
    import.meta.env['VITE_EMBED_ALLOWED_ORIGINS'] as string | undefined,
    new URLSearchParams(location.search).get('origins'),
  );
  createRoot(root).render(
    <StrictMode>
      {route.ok ? (
        <EmbedApp allowed={allowed} {...(route.proforma ? { routeProforma: route.proforma } : {})} />
      ) : (
        <main className="nhsuk-width-container nhsuk-main-wrapper" id="maincontent">
          <h1 className="nhsuk-heading-l">Safeguarding proforma</h1>
          <ErrorPanel title="This form does not exist" messages={[route.message]} />
        </main>
      )}
    </StrictMode>,
  );
}
