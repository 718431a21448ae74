import type { ReactNode } from 'react';
import { Header } from './Header.tsx';

/** Skip link, header, the page in <main>, and the footer that says the data are made up. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <p className="nhsuk-body-s app-footer-note">
            A demonstration with made-up patients. Not clinically reviewed: do not use it for real patients.{' '}
            <a href="/demo.html">The stand-alone demo forms</a>.
          </p>
        </div>
      </footer>
    </>
  );
}
