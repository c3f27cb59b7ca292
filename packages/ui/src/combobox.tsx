'use client';

import { useCombobox } from 'downshift';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cn } from './cn.ts';
import { Field, Input } from './field.tsx';
import { Spinner } from './spinner.tsx';

/** What the suggestion list has to show: nothing yet, a search under way, a failure, none, some. */
export type ComboboxStatus = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

export interface ComboboxProps<T> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  name?: string;
  placeholder?: string;
  className?: string;
  /** The text in the box, as typed (controlled: the parent keeps it). */
  inputValue: string;
  /** The person typed: a new text to search for. */
  onInputValueChange: (value: string) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The item in words: what the list shows and a screen reader reads. */
  itemText: (item: T) => string;
  renderItem?: (item: T) => ReactNode;
  /**
   * The person chose an item (click, tap or Enter). Return `{ caret: 'start' }` to put the
   * cursor at the start of the box afterwards (to type a house number before a street).
   */
  onSelect: (item: T) => { caret?: 'start' } | undefined;
  status: ComboboxStatus;
  /** The sentence for `loading`, `error` and `empty`. */
  statusMessage?: ReactNode;
}

/**
 * A text box with a list of suggestions (the WAI-ARIA combobox pattern, by downshift): arrow
 * keys move through the list, Enter chooses, Escape closes it, and leaving the box never
 * chooses for the person. Presentational: the parent searches and passes the items in.
 */
export function Combobox<T>({
  label,
  hint,
  error,
  required,
  name,
  placeholder,
  className,
  inputValue,
  onInputValueChange,
  items,
  itemKey,
  itemText,
  renderItem,
  onSelect,
  status,
  statusMessage,
}: ComboboxProps<T>) {
  const id = useId();
  const caretToStart = useRef(false);
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<T>({
    items: status === 'ready' ? [...items] : [],
    inputId: `${id}-input`,
    labelId: `${id}-label`,
    menuId: `${id}-listbox`,
    inputValue,
    selectedItem: null,
    itemToString: (item) => (item ? itemText(item) : ''),
    itemToKey: (item: T | null) => (item ? itemKey(item) : null),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem && onSelect(selectedItem)?.caret === 'start') caretToStart.current = true;
    },
    stateReducer: (state, { type, changes }) =>
      // Tabbing or clicking away keeps what was typed; only a deliberate choice fills the form.
      type === useCombobox.stateChangeTypes.InputBlur
        ? { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue }
        : changes,
  });

  useEffect(() => {
    if (!caretToStart.current) return;
    caretToStart.current = false;
    const box = document.getElementById(`${id}-input`);
    if (!(box instanceof HTMLInputElement)) return;
    box.focus();
    box.setSelectionRange(0, 0);
  }, [inputValue, id]);

  const open = isOpen && status !== 'idle';
  const announcement =
    status === 'ready'
      ? `${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}: use the arrow keys to choose`
      : status === 'idle'
        ? ''
        : statusMessage;

  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      required={required}
      id={`${id}-input`}
      labelId={`${id}-label`}
      className={className}
    >
      <div className="relative">
        <Input
          {...getInputProps({
            name,
            placeholder,
            spellCheck: false,
            // In the change event itself, not after downshift's state update: a controlled
            // input updated later drops the keys typed in between.
            onChange: (event) => onInputValueChange(event.currentTarget.value),
            onKeyDown: (event) => {
              // With no list showing, Escape is the page's (it closes a dialog), not the box's.
              if (event.key === 'Escape' && !open) {
                (
                  event.nativeEvent as { preventDownshiftDefault?: boolean }
                ).preventDownshiftDefault = true;
              }
            },
          })}
          className={status === 'loading' && isOpen ? 'pr-10' : undefined}
        />
        {status === 'loading' && isOpen ? (
          <Spinner
            size="sm"
            label=""
            className="pointer-events-none absolute inset-y-0 right-3.5 text-stone-500"
          />
        ) : null}
        <div
          className={cn(
            'absolute inset-x-0 top-full z-30 mt-1 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-lg',
            !open && 'hidden',
          )}
        >
          <ul {...getMenuProps()} className="max-h-72 overflow-y-auto overscroll-contain">
            {open && status === 'ready'
              ? items.map((item, index) => (
                  <li
                    key={itemKey(item)}
                    {...getItemProps({ item, index, 'aria-label': itemText(item) })}
                    className={cn(
                      'cursor-pointer px-3.5 py-2.5 text-sm text-stone-800',
                      highlightedIndex === index && 'bg-stone-100',
                    )}
                  >
                    {renderItem ? renderItem(item) : itemText(item)}
                  </li>
                ))
              : null}
          </ul>
          {open && status !== 'ready' ? (
            <p
              data-testid="combobox-status"
              className={cn(
                'px-3.5 py-3 text-sm',
                status === 'error' ? 'text-red-700' : 'text-stone-600',
              )}
            >
              {statusMessage}
            </p>
          ) : null}
        </div>
        <p aria-live="polite" className="sr-only">
          {open ? announcement : ''}
        </p>
      </div>
    </Field>
  );
}
