import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ParticipantRoleSchema } from '../../../../../src/core/case/case.ts';

/**
 * A person created from a case's page joins the case in this part (a defendant unless chosen): not a field of the
 * person, but of the case, which is saved with it.
 */
export function CaseRoleField({ role, onChange }: { role: string; onChange: (role: string) => void }) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{intl.formatMessage({ id: 'forms.person.caseRole' })}</label>
      <select id={id} name="caseRole" value={role} onChange={(e) => onChange(e.target.value)}>
        {ParticipantRoleSchema.options.map((r) => (
          <option key={r} value={r}>
            {intl.formatMessage({ id: `role.${r}` })}
          </option>
        ))}
      </select>
    </div>
  );
}
