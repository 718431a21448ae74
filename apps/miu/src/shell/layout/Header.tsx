import { Link } from 'wouter';
import { signOut } from '../api/auth.ts';
import { useSession } from '../session/SessionContext.tsx';
import { NhsLogo } from './NhsLogo.tsx';
import { Navigation } from './Navigation.tsx';

/** The NHS header: the service, the site and who is signed in, the links their role allows, sign out. */
export function Header() {
  const { state, setMe } = useSession();
  const me = state.status === 'signed-in' ? state.me : undefined;
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" href="/" aria-label="Safeguarding proformas: home">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Safeguarding proformas</span>
          </Link>
        </div>
        {me && (
          <div className="nhsuk-header__account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                {me.user.displayName} ({me.user.professionalRole})
              </li>
              {me.site && (
                <li className="nhsuk-header__account-item">
                  <span className="nhsuk-u-visually-hidden">Site: </span>
                  {me.site.name}
                </li>
              )}
              <li className="nhsuk-header__account-item">
                <button
                  type="button"
                  className="nhsuk-header__account-button app-header-button"
                  onClick={() => {
                    void signOut().finally(() => setMe(undefined));
                  }}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </div>
        )}
      </div>
      {me && <Navigation role={me.user.role} hasSite={me.site !== null} />}
    </header>
  );
}
