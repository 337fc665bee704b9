import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { useSimilarPersons } from '../api/search.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { FoundBox } from './found-box.tsx';

/** The names typed in a person form worth asking about: three letters or more, each once. */
function typedNames(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  const values = names.map((n) =>
    typeof n === 'object' && n !== null ? (n as { value?: unknown }).value : '',
  );
  const kept = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return [...new Set(kept.filter((v) => v.length >= 3))];
}

/**
 * Beside the names of a person about to be recorded: the persons already recorded who may be the same one, in
 * any script or spelling, as the names are typed, each a link to their page (in a new tab, so nothing typed is
 * lost). Shown only before the person is created.
 */
export function SimilarPersons() {
  const intl = useIntl();
  const { id } = useParams();
  const names = useDebounced(typedNames(useWatch({ name: 'names' })).join('\n'), 300);
  const { data } = useSimilarPersons(id === undefined && names !== '' ? names.split('\n') : []);
  const persons = names !== '' ? (data ?? []) : [];
  return (
    <FoundBox
      found={id === undefined ? persons : []}
      intro={<FormattedMessage id="search.similar.intro" values={{ count: persons.length }} />}
      line={(p) => (
        <>
          <a href={recordPagePath('persons', p.id)} target="_blank" rel="noopener">
            <span className="record-text">{p.names.join(' · ')}</span>
          </a>{' '}
          <span className="muted">
            (
            {intl.formatMessage({
              id: p.match === 'exact' ? 'search.similar.exact' : 'search.similar.loose',
            })}
            )
          </span>
        </>
      )}
    />
  );
}
