import { Link, useLocation } from 'wouter';
import type { Role } from '../api/types.ts';
import { may } from '../session/roles.ts';

interface NavItem {
  href: string;
  label: string;
}

const itemsFor = (role: Role, hasSite: boolean): NavItem[] => [
  ...(may(role, 'patients') && hasSite
    ? [
        { href: '/', label: 'Attendance board' },
        { href: '/register', label: 'Register an attendance' },
      ]
    : []),
  ...(may(role, 'review') ? [{ href: '/review', label: 'Review queue' }] : []),
  ...(may(role, 'audit') ? [{ href: '/audit', label: 'Audit log' }] : []),
  ...(may(role, 'patients') ? [{ href: '/site', label: 'Change site' }] : []),
];

/** The links this role may use (the review queue and the audit log are hidden from clinicians). */
export function Navigation({ role, hasSite }: { role: Role; hasSite: boolean }) {
  const [location] = useLocation();
  return (
    <nav className="nhsuk-navigation app-navigation" aria-label="Main menu">
      <ul className="nhsuk-header__navigation-list nhsuk-width-container app-navigation__list">
        {itemsFor(role, hasSite).map((item) => (
          <li className="nhsuk-header__navigation-item" key={item.href}>
            <Link
              className="nhsuk-header__navigation-link"
              href={item.href}
              aria-current={location === item.href ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
