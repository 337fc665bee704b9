import { FormattedMessage, useIntl } from 'react-intl';
import { WITHHELD_REF } from '../../../../../src/core/access/redact.ts';
import { useStoredRecord } from '../../forms/api/records.ts';
import type { Person } from '../api/get-person.ts';

/**
 * A source by its title, else by its id. A source the reader may not read comes as WITHHELD_REF, and is not asked
 * for: every other reference the API gives is one the reader may read.
 */
function SourceTitle({ id }: { id: string }) {
  const found = useStoredRecord('source', id === WITHHELD_REF ? undefined : id);
  const title = (found.data?.record as { title?: string } | undefined)?.title;
  return title !== undefined && title !== '' ? <>{title}</> : <span className="muted">{id}</span>;
}

/** Every written form of a name: its value (in its own script and language), kind, and the sources that give it. */
export function NamesTable({ names }: { names: Person['names'] }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="names-heading">
      <h2 id="names-heading">
        <FormattedMessage id="persons.names" />
      </h2>
      <table className="names">
        <thead>
          <tr>
            {['persons.name', 'persons.script', 'persons.language', 'persons.kind', 'persons.sources'].map(
              (k) => (
                <th scope="col" key={k}>
                  <FormattedMessage id={k} />
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {names.map((n, i) => (
            <tr key={i}>
              <td lang={n.language}>
                {n.value}
                {n.isPreferred === true && (
                  <span className="muted"> ({intl.formatMessage({ id: 'persons.preferred' })})</span>
                )}
              </td>
              <td>{intl.formatMessage({ id: `persons.scriptName.${n.script}` })}</td>
              <td>{n.language}</td>
              <td>{intl.formatMessage({ id: `persons.nameKind.${n.kind}` })}</td>
              <td>
                {n.sources.map((s, k) => (
                  <span key={s.source}>
                    {k > 0 && ', '}
                    <SourceTitle id={s.source} />
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
