import { useFormContext } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { useSuggestions } from '../../search/api/search.ts';
import { useDebounced } from '../../search/lib/use-debounced.ts';

/**
 * Under a name or title being typed for a new person or source: those already recorded under one that begins the
 * same, in any script, each with a button that takes it instead of making another.
 */
export function FoundAlready({
  kind,
  typed,
  field,
}: {
  kind: 'person' | 'source';
  typed: string;
  field: string;
}) {
  const { setValue } = useFormContext();
  const words = useDebounced(typed.trim(), 300);
  const { data } = useSuggestions(words.length >= 3 ? words : '');
  const found = words.length >= 3 ? (data ?? []).filter((s) => s.kind === kind).slice(0, 5) : [];
  return (
    <div className="similar-persons" role="status" aria-live="polite">
      {found.length > 0 && (
        <div className="similar-persons-box">
          <p>
            <FormattedMessage id={`quick.found.${kind}`} values={{ count: found.length }} />
          </p>
          <ul>
            {found.map((s) => (
              <li key={s.id} data-found={s.id}>
                <span className="record-text">{s.label}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setValue(field, s.id, { shouldDirty: true })}
                >
                  <FormattedMessage id="quick.found.use" />
                  {/* Each button is told apart by the record it takes, for those who hear the page. */}
                  <span className="visually-hidden">: {s.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
