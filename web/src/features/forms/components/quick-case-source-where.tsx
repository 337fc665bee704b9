import { useWatch } from 'react-hook-form';
import { TextField } from './fields.tsx';

/**
 * Beside the source's text, where it is from: its address and who published it, which a text pasted rarely carries,
 * asked for where the text is given rather than after its review; the day it was read, once it has an address. A
 * source already recorded keeps its own.
 */
export function SourceWhereFrom() {
  const [existing, url] = useWatch({ name: ['source.existing', 'source.url'] }) as [string, string];
  if (existing !== '') return null;
  return (
    <div className="source-where">
      <TextField name="source.url" label="quick.sourceUrl" type="url" />
      {url.trim() !== '' && <TextField name="source.accessedOn" label="quick.sourceRead" type="date" />}
      <TextField name="source.publisher" label="quick.sourcePublisher" />
    </div>
  );
}
