import { useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { formPath } from '../../forms/lib/form-paths.ts';
import { useSuggestions } from '../api/search.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { FoundBox } from './found-box.tsx';

/** The name a new organisation or source is being recorded under: its first name typed, or its title. */
function typedName(kind: 'organisation' | 'source', names: unknown, title: unknown): string {
  if (kind === 'source') return typeof title === 'string' ? title.trim() : '';
  const first = Array.isArray(names)
    ? names
        .map((n) => (n as { value?: unknown } | null)?.value)
        .find((v) => typeof v === 'string' && v.trim() !== '')
    : undefined;
  return typeof first === 'string' ? first.trim() : '';
}

/**
 * Above the form of an organisation or a source about to be recorded: those already recorded under a name or title
 * that begins as the one typed, in any script, each a link (in a new tab, so nothing typed is lost). A record made
 * from a picker starts with the words typed there, so this is what the user sees first.
 */
export function SimilarRecords({ kind }: { kind: 'organisation' | 'source' }) {
  const [names, title] = useWatch({ name: ['names', 'title'] }) as [unknown, unknown];
  const typed = useDebounced(typedName(kind, names, title), 300);
  const { data } = useSuggestions(typed.length >= 3 ? typed : '');
  const found = typed.length >= 3 ? (data ?? []).filter((s) => s.kind === kind) : [];
  return (
    <FoundBox
      found={found}
      intro={<FormattedMessage id={`search.similar.${kind}`} values={{ count: found.length }} />}
      line={(s) => (
        <a
          href={kind === 'organisation' ? recordPagePath('organisations', s.id) : formPath('source', s.id)}
          target="_blank"
          rel="noopener"
        >
          <span className="record-text">{s.label}</span>
        </a>
      )}
    />
  );
}
