import { useState } from 'react';
import { RecordCombobox } from '../../forms/components/record-combobox.tsx';

/**
 * The organisation filter of a list: an organisation found by its name as one types, in any script, and shown
 * by its name; the form submits its id, which the URL keeps.
 */
export function OrganisationFilter({ value }: { value: string | undefined }) {
  const [id, setId] = useState(value ?? '');
  return (
    <>
      <RecordCombobox label="lists.organisation" kind="organisation" value={id} onChange={setId} />
      <input type="hidden" name="organisation" value={id} />
    </>
  );
}
