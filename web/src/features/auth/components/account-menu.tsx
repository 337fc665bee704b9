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

/** For someone signed in: start a new case or person. */
export function NewRecordLinks() {
  const me = useMe();
  if (!me.data?.user) return null;
  return (
    <>
      <Link to="/records/case/new">
        <FormattedMessage id="forms.links.newCase" />
      </Link>
      <Link to="/records/person/new">
        <FormattedMessage id="forms.links.newPerson" />
      </Link>
    </>
  );
}
