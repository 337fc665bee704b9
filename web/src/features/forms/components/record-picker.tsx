import { useId, useState, type KeyboardEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useRecordOptions } from '../api/record-options.ts';
import type { PickKind, PickOption } from '../lib/record-labels.ts';
import { errorId, FieldErrorText, useFieldError } from './fields.tsx';

// The most options listed at once: the user narrows a longer list by typing.
const SHOWN = 50;

/**
 * A reference to another record, chosen by its name or title rather than typed as an id: an ARIA combobox over
 * the records of that kind the reader may see, narrowed as they type (arrows move, Enter chooses, Escape closes).
 * The form field holds the chosen record's id; an id typed as it is is kept as it is.
 */
export function RecordPicker({
  name,
  label,
  kind,
  caseId,
}: {
  name: string;
  label: string;
  kind: PickKind;
  /** For charges and decisions: only those of this case. */
  caseId?: string | undefined;
}) {
  const intl = useIntl();
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState<string>();
  const [chosen, setChosen] = useState<PickOption>();
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { options, all, isFetching } = useRecordOptions(kind, caseId, text ?? '');
  const error = useFieldError(name);
  const listId = useId();
  const shown = options.slice(0, SHOWN);
  const known = chosen?.id === value ? chosen : all.find((o) => o.id === value);
  const displayed = text ?? known?.label ?? value;

  const choose = (option: PickOption) => {
    field.onChange(option.id);
    setChosen(option);
    setText(undefined);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? -1 : (i + step + shown.length) % shown.length));
    } else if (e.key === 'Enter' && isOpen) {
      e.preventDefault();
      const option = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (option) choose(option);
    } else if (e.key === 'Escape' && isOpen) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="field picker" data-picker={kind}>
      <label htmlFor={`${listId}-input`}>{intl.formatMessage({ id: label })}</label>
      <input
        id={`${listId}-input`}
        name={field.name}
        ref={field.ref}
        role="combobox"
        autoComplete="off"
        placeholder={intl.formatMessage({ id: 'forms.picker.hint' })}
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={`${listId}-list`}
        aria-activedescendant={isOpen && shown[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error !== undefined}
        aria-describedby={error !== undefined ? errorId(name) : undefined}
        value={displayed}
        onChange={(e) => {
          setText(e.target.value);
          field.onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          field.onBlur();
        }}
        onKeyDown={onKeyDown}
      />
      {known !== undefined && text === undefined && (
        <span className="picker-id muted record-text">{value}</span>
      )}
      <ul id={`${listId}-list`} role="listbox" className="picker-list" hidden={!isOpen}>
        {shown.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // Chosen on mouse down, before the box loses focus and closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
            }}
          >
            {option.label} <span className="muted record-text">{option.id}</span>
          </li>
        ))}
        {shown.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            <FormattedMessage id={isFetching ? 'common.loading' : 'forms.picker.none'} />
          </li>
        )}
      </ul>
      <FieldErrorText name={name} />
    </div>
  );
}
