import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isRecordId, useRecordOptions } from '../api/record-options.ts';
import type { PickKind, PickOption } from '../lib/record-labels.ts';
import { NewRecordDialog } from './new-record-dialog.tsx';

// The most options listed at once: the user narrows a longer list by typing.
const SHOWN = 50;

/** What a record combobox is given: the record it holds and how it tells of a change. */
export interface RecordComboboxProps {
  /** The catalogue key of its label. */
  label: string;
  kind: PickKind;
  /** For charges and decisions: only those of this case. */
  caseId?: string | undefined;
  /** The id held ('' for none). */
  value: string;
  /** A chosen record's id, or the text typed (an id typed as it is is kept as it is). */
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The box's own name, when the box itself is the form's field. */
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The id of the text that says what is wrong with the value, when something is. */
  errorId?: string | undefined;
  /** Shown under the box: a field's error. */
  children?: ReactNode;
}

/**
 * A reference to a record chosen by its name or title rather than typed as an id: an ARIA combobox over the
 * records of a kind the reader may see, found as they type in any spelling (arrows move, Enter chooses, Escape
 * closes). It shows the held record's name, and its id beside it. The one picker of the forms and the filters.
 */
export function RecordCombobox(props: RecordComboboxProps) {
  const { label, kind, caseId, value, onChange, onBlur, name, inputRef, errorId, children } = props;
  const intl = useIntl();
  const [text, setText] = useState<string>();
  const [chosen, setChosen] = useState<PickOption>();
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [isUsed, setUsed] = useState(false);
  // The words a new record is being made from, in a dialog over the form; undefined when none is.
  const [making, setMaking] = useState<string>();
  const { options, isLoading, valueLabel } = useRecordOptions(kind, caseId, text ?? '', value, isUsed);
  const listId = useId();
  const shown = options.slice(0, SHOWN);
  const known = chosen?.id === value ? chosen.label : valueLabel;
  const displayed = text ?? known ?? value;
  const kindName = intl.formatMessage({ id: `forms.kind.${kind}` });

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: PickOption) => {
    onChange(option.id);
    setChosen(option);
    setText(undefined);
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? -1 : (i + step + shown.length) % shown.length));
    } else if (e.key === 'Enter' && isOpen) {
      // Enter chooses the option moved to (or the only one); with none, it submits the form as a box does.
      const option = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (option === undefined) return;
      e.preventDefault();
      choose(option);
    } else if (e.key === 'Escape' && isOpen) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="field picker" data-picker={kind}>
      <label htmlFor={`${listId}-input`}>{intl.formatMessage({ id: label })}</label>
      <input
        id={`${listId}-input`}
        {...(name !== undefined ? { name } : {})}
        ref={inputRef}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={intl.formatMessage({ id: 'forms.picker.hint' })}
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={`${listId}-list`}
        aria-activedescendant={isOpen && shown[active] ? `${listId}-${active}` : undefined}
        aria-invalid={errorId !== undefined}
        aria-describedby={errorId}
        value={displayed}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        // The list opens when the box is clicked or typed in (or at an arrow key), not when it is merely focused:
        // a row just added focuses its first box, and an open list would lie over the buttons below it, taking
        // the next click meant for them ("Add an authority") as the choice of a record.
        onFocus={() => setUsed(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          close();
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {known !== undefined && text === undefined && value !== '' && (
        <span className="picker-id muted record-text">{value}</span>
      )}
      <ul
        id={`${listId}-list`}
        role="listbox"
        className="picker-list"
        hidden={!isOpen}
        aria-label={intl.formatMessage({ id: label })}
      >
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
            <span className="record-text">{option.label}</span>{' '}
            <span className="muted record-text">
              {option.detail !== undefined && `${option.detail} · `}
              {option.id}
            </span>
          </li>
        ))}
        {shown.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            <FormattedMessage id={isLoading ? 'common.loading' : 'forms.picker.none'} />
          </li>
        )}
      </ul>
      {/* Offered when nothing is found, and whenever words are typed: what is found may be another record of
          the same name (the demo's party), and the one meant not made yet. The new record starts with the words,
          made in a dialog over this form (and held here once saved), or in a new tab. */}
      {CREATABLE.has(kind) &&
        isUsed &&
        !isLoading &&
        (shown.length === 0 || (text !== undefined && text.trim() !== '' && !isRecordId(text))) && (
          <p className="hint picker-create">
            <button type="button" className="link-button" onClick={() => setMaking(text?.trim() ?? '')}>
              <FormattedMessage id="forms.picker.create" values={{ kind: kindName }} />
            </button>{' '}
            <a href={newRecordHref(kind, text)} target="_blank" rel="noopener">
              <FormattedMessage id="forms.picker.createInTab" values={{ kind: kindName }} />
            </a>
          </p>
        )}
      {making !== undefined && CREATABLE.has(kind) && (
        <NewRecordDialog
          kind={kind}
          typed={isRecordId(making) ? '' : making}
          onCreated={(id) => {
            // The new record is held at once; its name is looked up by its id as any held record's is.
            onChange(id);
            setChosen(undefined);
            setText(undefined);
          }}
          onClose={() => setMaking(undefined)}
        />
      )}
      {children}
    </div>
  );
}

/** The form of a new record of a kind, its name or title started with the words typed in the picker. */
function newRecordHref(kind: PickKind, typed: string | undefined): string {
  const words = typed?.trim() ?? '';
  return `/records/${kind}/new${words !== '' && !isRecordId(words) ? `?name=${encodeURIComponent(words)}` : ''}`;
}

/** The kinds a picker finds that stand on their own, so that one not found can be made there and then. */
const CREATABLE: ReadonlySet<PickKind> = new Set(['person', 'organisation', 'event', 'source']);
