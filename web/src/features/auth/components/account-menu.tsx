import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useMe, useSignOut } from '../api/auth.ts';

/** Who is signed in, and signing out; a link to sign in for the public. */
export function AccountMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data?.user;
  if (!user)
    return (
      <Link to="/sign-in" className="account-link">
        <FormattedMessage id="auth.signIn" />
      </Link>
    );
  return (
    <div className="account-menu">
      <span data-testid="signed-in-as">
        <FormattedMessage id="auth.signedInAs" values={{ name: user.displayName ?? user.name }} />
      </span>
      <button
        type="button"
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/') })}
      >
        <FormattedMessage id="auth.signOut" />
      </button>
    </div>
  );
}

/** The records one starts from the menu; the others belong to a case and start from its page. */
const NEW_RECORDS = [
  ['case', 'forms.links.newCase'],
  ['person', 'forms.links.newPerson'],
  ['organisation', 'forms.links.newOrganisation'],
  ['event', 'forms.links.newEvent'],
  ['source', 'forms.links.newSource'],
] as const;

/** For someone signed in: a menu to start a new case, person, organisation, event or source. */
export function NewRecordLinks() {
  const me = useMe();
  const menu = useRef<HTMLDetailsElement>(null);
  if (!me.data?.user) return null;
  // A link followed closes the menu, as the page changes under it.
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="new-menu" ref={menu}>
      <summary>
        <FormattedMessage id="nav.new" />
      </summary>
      <div className="new-menu-panel">
        <p className="new-menu-lead">
          <Link to="/cases/from-source" onClick={close}>
            <FormattedMessage id="quick.menu" />
          </Link>
          <span className="muted">
            {' '}
            <FormattedMessage id="quick.menuHint" />
          </span>
        </p>
        <ul>
          {NEW_RECORDS.map(([kind, message]) => (
            <li key={kind}>
              <Link to={`/records/${kind}/new`} onClick={close}>
                <FormattedMessage id={message} />
              </Link>
            </li>
          ))}
        </ul>
        <p className="muted">
          <FormattedMessage id="nav.newHint" />
        </p>
      </div>
    </details>
  );
}
