import { useCallback, useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { useBlocker } from 'react-router';

/**
 * Keeps a form's work from being lost by leaving it: while `isDirty`, a link followed to another page of the
 * application asks first, and the browser asks before the page is reloaded or closed. `allow` is called just before the form itself moves on (after saving), which is let through.
 */
export function useLeaveGuard(isDirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const allow = useCallback(() => {
    allowed.current = true;
  }, []);
  // Closed, reloaded or left for another site, the browser asks in its own words.
  useEffect(() => {
    if (!isDirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (!allowed.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [isDirty]);
  return { blocker, allow };
}

/** Where a link was followed away from a form with work in it: leave without saving, or stay. */
export function LeaveGuardNotice({ blocker }: { blocker: ReturnType<typeof useBlocker> }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <div className="notice leave-guard" role="alertdialog" aria-labelledby="leave-guard-text">
      <p id="leave-guard-text">
        <FormattedMessage id="forms.leave.question" />
      </p>
      <p>
        <button type="button" onClick={() => blocker.reset()} autoFocus>
          <FormattedMessage id="forms.leave.stay" />
        </button>{' '}
        <button type="button" className="link-button" onClick={() => blocker.proceed()}>
          <FormattedMessage id="forms.leave.go" />
        </button>
      </p>
    </div>
  );
}
