'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  ChoiceChips,
  Dialog,
  DialogActions,
  Field,
  Input,
  PlusIcon,
  Switch,
  Textarea,
  TrashIcon,
} from '@homechef/ui';
import { AddItemInput, ALLERGENS, DIETARY_TAGS, formErrors } from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dollarsMessage, formatDollars, parseDollars } from './price.ts';
import type { MenuItem } from './use-menus.ts';

type Dietary = (typeof DIETARY_TAGS)[number];
type AllergenName = (typeof ALLERGENS)[number];

interface OptionDraft {
  id?: string;
  name: string;
  price: string;
}
interface GroupDraft {
  id?: string;
  name: string;
  minChoices: string;
  maxChoices: string;
  options: OptionDraft[];
}
interface ItemDraft {
  name: string;
  description: string;
  price: string;
  photoUrl: string;
  dailyQuantity: string;
  isAvailable: boolean;
  dietaryTags: Dietary[];
  allergens: AllergenName[];
  optionGroups: GroupDraft[];
}

function draftOf(item: MenuItem | null): ItemDraft {
  return {
    name: item?.name ?? '',
    description: item?.description ?? '',
    price: item ? formatDollars(item.priceCents) : '',
    photoUrl: item?.photoUrl ?? '',
    dailyQuantity: item?.dailyQuantity?.toString() ?? '',
    isAvailable: item?.isAvailable ?? true,
    dietaryTags: item?.dietaryTags ?? [],
    allergens: item?.allergens ?? [],
    optionGroups:
      item?.optionGroups.map((g) => ({
        id: g.id,
        name: g.name,
        minChoices: String(g.minChoices),
        maxChoices: String(g.maxChoices),
        options: g.options.map((o) => ({
          id: o.id,
          name: o.name,
          price: formatDollars(o.priceDeltaCents),
        })),
      })) ?? [],
  };
}

function toInput(draft: ItemDraft) {
  return {
    name: draft.name,
    description: draft.description.trim() || null,
    priceCents: parseDollars(draft.price),
    photoUrl: draft.photoUrl.trim() || null,
    dailyQuantity: draft.dailyQuantity.trim() === '' ? null : Number(draft.dailyQuantity),
    isAvailable: draft.isAvailable,
    dietaryTags: draft.dietaryTags,
    allergens: draft.allergens,
    optionGroups: draft.optionGroups.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      name: g.name,
      minChoices: Number(g.minChoices || 0),
      maxChoices: Number(g.maxChoices || 1),
      options: g.options.map((o) => ({
        ...(o.id ? { id: o.id } : {}),
        name: o.name,
        priceDeltaCents: o.price.trim() === '' ? 0 : parseDollars(o.price),
      })),
    })),
  };
}

export function ItemDialog({
  open,
  menuId,
  item,
  onClose,
}: {
  open: boolean;
  menuId: string;
  item: MenuItem | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      variant="sheet"
      title={item ? `Edit “${item.name}”` : 'Add a dish'}
      description="Prices in dollars; customers see allergens and dietary tags on your menu."
    >
      <ItemForm menuId={menuId} item={item} onDone={onClose} />
    </Dialog>
  );
}

function ItemForm({
  menuId,
  item,
  onDone,
}: {
  menuId: string;
  item: MenuItem | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (values: Partial<ItemDraft>) => setDraft((d) => ({ ...d, ...values }));
  const setGroup = (index: number, values: Partial<GroupDraft>) =>
    set({
      optionGroups: draft.optionGroups.map((g, i) => (i === index ? { ...g, ...values } : g)),
    });

  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.menus.list.queryKey() });
      onDone();
    },
    onError: (error: unknown) => {
      const info = describeApiError(error);
      setErrors(info.fieldErrors);
      setMessage(info.message);
    },
  };
  const add = useMutation(trpc.menus.addItem.mutationOptions(options));
  const update = useMutation(trpc.menus.updateItem.mutationOptions(options));

  function submit() {
    setMessage(null);
    const input = toInput(draft);
    const parsed = AddItemInput.safeParse({ ...input, menuId });
    if (!parsed.success) {
      setErrors(formErrors(parsed.error));
      setMessage('Some details need fixing: see the highlighted fields.');
      return;
    }
    setErrors({});
    if (item) update.mutate({ id: item.id, ...input });
    else add.mutate({ menuId, ...input });
  }

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Dish name" required error={errors.name}>
        <Input autoFocus value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea
          rows={3}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Price ($)" required error={dollarsMessage(errors.priceCents, 'a price')}>
          <Input
            inputMode="decimal"
            placeholder="12.50"
            value={draft.price}
            onChange={(e) => set({ price: e.target.value })}
          />
        </Field>
        <Field label="Portions a day" hint="Leave empty for no limit" error={errors.dailyQuantity}>
          <Input
            inputMode="numeric"
            value={draft.dailyQuantity}
            onChange={(e) => set({ dailyQuantity: e.target.value })}
          />
        </Field>
      </div>
      <Field
        label="Photo link (optional)"
        hint="An https:// link to a photo"
        error={errors.photoUrl}
      >
        <Input
          type="url"
          value={draft.photoUrl}
          onChange={(e) => set({ photoUrl: e.target.value })}
        />
      </Field>
      <Switch
        checked={draft.isAvailable}
        onChange={(isAvailable) => set({ isAvailable })}
        label="Available to order"
        description="Switch off when sold out; the dish stays on your menu."
      />
      <ChoiceChips
        legend="Dietary"
        options={DIETARY_TAGS}
        value={draft.dietaryTags}
        onChange={(dietaryTags) => set({ dietaryTags })}
        error={errors.dietaryTags}
      />
      <ChoiceChips
        legend="Allergens it contains"
        hint="The 14 allergens you must declare."
        options={ALLERGENS}
        value={draft.allergens}
        onChange={(allergens) => set({ allergens })}
        error={errors.allergens}
      />

      <fieldset className="space-y-4">
        <legend className="text-sm font-medium text-stone-800">Options</legend>
        <p className="text-sm text-stone-500">
          Choices such as spice level or protein; an option may add to the price.
        </p>
        {errors.optionGroups ? (
          <p className="text-sm font-medium text-red-700">{errors.optionGroups}</p>
        ) : null}
        {draft.optionGroups.map((group, g) => {
          const key = `optionGroups.${g}`;
          return (
            <div key={g} className="space-y-3 rounded-xl bg-stone-50 p-4 ring-1 ring-stone-200">
              <div className="grid gap-3 sm:grid-cols-[1fr_6rem_6rem]">
                <Field label="Group name" error={errors[`${key}.name`]}>
                  <Input
                    placeholder="Spice level"
                    value={group.name}
                    onChange={(e) => setGroup(g, { name: e.target.value })}
                  />
                </Field>
                <Field label="Min" error={errors[`${key}.minChoices`]}>
                  <Input
                    inputMode="numeric"
                    value={group.minChoices}
                    onChange={(e) => setGroup(g, { minChoices: e.target.value })}
                  />
                </Field>
                <Field label="Max" error={errors[`${key}.maxChoices`]}>
                  <Input
                    inputMode="numeric"
                    value={group.maxChoices}
                    onChange={(e) => setGroup(g, { maxChoices: e.target.value })}
                  />
                </Field>
              </div>
              {errors[key] || errors[`${key}.options`] ? (
                <p className="text-sm font-medium text-red-700">
                  {errors[key] ?? errors[`${key}.options`]}
                </p>
              ) : null}
              <ul className="space-y-2">
                {group.options.map((option, o) => (
                  <li key={o} className="flex flex-wrap items-start gap-2">
                    <Input
                      aria-label={`Option ${o + 1} of ${group.name || 'this group'}`}
                      placeholder="Option"
                      className="min-w-0 flex-1"
                      aria-invalid={Boolean(errors[`${key}.options.${o}.name`]) || undefined}
                      value={option.name}
                      onChange={(e) =>
                        setGroup(g, {
                          options: group.options.map((x, i) =>
                            i === o ? { ...x, name: e.target.value } : x,
                          ),
                        })
                      }
                    />
                    <Input
                      aria-label={`Extra price of option ${o + 1} ($)`}
                      placeholder="+0.00"
                      inputMode="decimal"
                      className="w-24"
                      aria-invalid={
                        Boolean(errors[`${key}.options.${o}.priceDeltaCents`]) || undefined
                      }
                      value={option.price}
                      onChange={(e) =>
                        setGroup(g, {
                          options: group.options.map((x, i) =>
                            i === o ? { ...x, price: e.target.value } : x,
                          ),
                        })
                      }
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      className="mt-1.5"
                      icon={<TrashIcon aria-hidden="true" />}
                      onClick={() =>
                        setGroup(g, { options: group.options.filter((_, i) => i !== o) })
                      }
                    >
                      <span className="sr-only">Remove option {o + 1}</span>
                    </Button>
                    {errors[`${key}.options.${o}.name`] ||
                    errors[`${key}.options.${o}.priceDeltaCents`] ? (
                      <p className="basis-full text-sm font-medium text-red-700">
                        {errors[`${key}.options.${o}.name`] ??
                          dollarsMessage(
                            errors[`${key}.options.${o}.priceDeltaCents`],
                            'an amount',
                          )}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap justify-between gap-2">
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<PlusIcon aria-hidden="true" />}
                  onClick={() =>
                    setGroup(g, { options: [...group.options, { name: '', price: '' }] })
                  }
                >
                  Add option
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<TrashIcon aria-hidden="true" />}
                  onClick={() =>
                    set({ optionGroups: draft.optionGroups.filter((_, i) => i !== g) })
                  }
                >
                  Remove group
                </Button>
              </div>
            </div>
          );
        })}
        <Button
          variant="secondary"
          size="sm"
          icon={<PlusIcon aria-hidden="true" />}
          onClick={() =>
            set({
              optionGroups: [
                ...draft.optionGroups,
                { name: '', minChoices: '0', maxChoices: '1', options: [{ name: '', price: '' }] },
              ],
            })
          }
        >
          Add option group
        </Button>
      </fieldset>

      <DialogActions
        className="sticky bottom-0 -mx-5 border-t border-stone-100 bg-white px-5 pt-4 sm:-mx-6 sm:px-6"
        onCancel={onDone}
        pending={add.isPending || update.isPending}
      >
        {item ? 'Save dish' : 'Add dish'}
      </DialogActions>
    </form>
  );
}
