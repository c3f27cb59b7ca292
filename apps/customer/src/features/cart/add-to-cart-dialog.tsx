'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { Alert, Button, DialogFor, Field, Textarea, cn, formatPrice, useToast } from '@homechef/ui';
import { useId, useState } from 'react';
import { choiceCardClasses } from '../choice-card.ts';
import { cartStore, type CartKitchen, type CartOption, type NewCartItem } from './cart-store.ts';
import { choiceRule, pickOption, unmetGroups } from './options.ts';
import { QuantityStepper } from './quantity-stepper.tsx';
import { ReplaceCartDialog } from './replace-cart-dialog.tsx';
import { openCart } from './use-cart.ts';

export type Dish = RouterOutputs['chefs']['byId']['menus'][number]['items'][number];
type OptionGroup = Dish['optionGroups'][number];

const NOTE_MAX = 300;

/** Choose a dish's options, quantity and note, and put it in the cart. */
export function AddToCartDialog({
  dish,
  kitchen,
  onClose,
}: {
  /** The dish being added; null while closed. */
  dish: Dish | null;
  kitchen: CartKitchen;
  onClose: () => void;
}) {
  return (
    <DialogFor
      subject={dish}
      onClose={onClose}
      title={(d) => d.name}
      description={(d) => d.description}
    >
      {(d) => <AddToCartForm dish={d} kitchen={kitchen} onDone={onClose} />}
    </DialogFor>
  );
}

function AddToCartForm({
  dish,
  kitchen,
  onDone,
}: {
  dish: Dish;
  kitchen: CartKitchen;
  onDone: () => void;
}) {
  const toast = useToast();
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [quantity, setQuantity] = useState(1);
  const [notes, setNotes] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState<NewCartItem | null>(null);
  const [full, setFull] = useState(false);

  const unmet = new Set(unmetGroups(dish.optionGroups, chosen));
  const options: CartOption[] = dish.optionGroups.flatMap((group) =>
    group.options
      .filter((o) => chosen[group.id]?.includes(o.id))
      .map((o) => ({
        id: o.id,
        group: group.name,
        name: o.name,
        priceDeltaCents: o.priceDeltaCents,
      })),
  );
  const unitPriceCents = dish.priceCents + options.reduce((s, o) => s + o.priceDeltaCents, 0);

  function add(item: NewCartItem, replace: boolean) {
    const result = cartStore.add(kitchen, item, { replace });
    if (result.ok) {
      onDone();
      toast({
        tone: 'success',
        message: `${item.quantity} × ${item.name} added to your cart.`,
        action: { label: 'View cart', onAction: openCart },
      });
    } else if (result.reason === 'other_kitchen') {
      setPending(item);
    } else {
      setFull(true);
    }
  }

  return (
    <>
      <form
        noValidate
        aria-label={`Add ${dish.name} to your cart`}
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (unmet.size > 0) return;
          const note = notes.trim();
          add(
            {
              menuItemId: dish.id,
              name: dish.name,
              unitPriceCents,
              options,
              quantity,
              notes: note === '' ? null : note,
            },
            false,
          );
        }}
      >
        {full ? (
          <Alert tone="error">Your cart is full: check out what is in it first.</Alert>
        ) : null}
        {dish.optionGroups.map((group) => (
          <OptionGroupField
            key={group.id}
            group={group}
            currency={dish.currency}
            value={chosen[group.id] ?? []}
            error={submitted && unmet.has(group.id)}
            onChange={(ids) => setChosen((c) => ({ ...c, [group.id]: ids }))}
          />
        ))}
        <Field
          label="Note for the kitchen"
          hint={`Optional: allergies, no onions… (${notes.length}/${NOTE_MAX})`}
        >
          <Textarea
            rows={2}
            maxLength={NOTE_MAX}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </Field>
        {/* Kept in view at the bottom of the dialog while the options scroll. */}
        <div className="sticky -bottom-5 -mx-5 flex flex-wrap items-center justify-between gap-3 border-t border-stone-100 bg-white px-5 py-4 sm:-mx-6 sm:px-6">
          <QuantityStepper label={dish.name} value={quantity} onChange={setQuantity} />
          <Button type="submit" className="grow sm:grow-0" data-testid="add-to-cart">
            Add {quantity} to cart · {formatPrice(unitPriceCents * quantity, dish.currency)}
          </Button>
        </div>
      </form>
      <ReplaceCartDialog
        open={pending !== null}
        currentKitchen={cartStore.get()?.kitchenName ?? ''}
        newKitchen={kitchen.name}
        onKeep={() => setPending(null)}
        onReplace={() => {
          if (pending) add(pending, true);
          setPending(null);
        }}
      />
    </>
  );
}

function OptionGroupField({
  group,
  currency,
  value,
  error,
  onChange,
}: {
  group: OptionGroup;
  currency: string;
  value: string[];
  error: boolean;
  onChange: (ids: string[]) => void;
}) {
  const single = group.maxChoices === 1;
  const name = useId();
  const ruleId = useId();
  const atMax = !single && value.length >= group.maxChoices;
  return (
    <fieldset
      aria-describedby={ruleId}
      aria-invalid={error || undefined}
      data-testid="option-group"
      className="space-y-2"
    >
      <legend className="text-sm font-semibold text-stone-900">{group.name}</legend>
      <p
        id={ruleId}
        className={cn('text-sm', error ? 'font-medium text-red-700' : 'text-stone-500')}
      >
        {error ? `Please ${choiceRule(group)}.` : `${capitalize(choiceRule(group))}.`}
        {atMax ? ' You have chosen the most you can.' : ''}
      </p>
      <div className="space-y-1.5">
        {single && group.minChoices === 0 ? (
          // A radio cannot be cleared: an optional single choice gets a way back to none.
          <label className={choiceCardClasses(value.length === 0, false)}>
            <input
              type="radio"
              name={name}
              className="mt-0.5 size-4 shrink-0 accent-current"
              checked={value.length === 0}
              onChange={() => onChange([])}
            />
            <span className="flex-1 text-stone-800">No {group.name.toLowerCase()}</span>
          </label>
        ) : null}
        {group.options.map((option) => {
          const checked = value.includes(option.id);
          const disabled = !option.isAvailable || (atMax && !checked);
          return (
            <label key={option.id} className={choiceCardClasses(checked, disabled)}>
              <input
                type={single ? 'radio' : 'checkbox'}
                name={name}
                className="mt-0.5 size-4 shrink-0 accent-current"
                checked={checked}
                disabled={disabled}
                onChange={() => onChange(pickOption(value, option.id, single))}
              />
              <span className="flex-1 text-stone-800">
                {option.name}
                {!option.isAvailable ? (
                  <span className="text-stone-500"> (not available today)</span>
                ) : null}
              </span>
              {option.priceDeltaCents ? (
                <span className="text-stone-600 tabular-nums">
                  +{formatPrice(option.priceDeltaCents, currency)}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
