'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Alert, Dialog, DialogActions, Field, Input, Textarea } from '@homechef/ui';
import { CreateMenuInput, formErrors } from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Menu } from './use-menus.ts';

/** Create a menu, or rename one (`menu` given). */
export function MenuDialog({
  open,
  menu,
  onClose,
  onSaved,
}: {
  open: boolean;
  menu: Menu | null;
  onClose: () => void;
  onSaved: (menu: Menu) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={menu ? 'Rename menu' : 'New menu'}
      description="Group dishes the way you cook them, e.g. “Weeknight” or “Sunday roast”."
    >
      <MenuForm menu={menu} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}

function MenuForm({
  menu,
  onSaved,
  onCancel,
}: {
  menu: Menu | null;
  onSaved: (menu: Menu) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(menu?.name ?? '');
  const [description, setDescription] = useState(menu?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const options = {
    onSuccess: async (saved: Menu) => {
      await queryClient.invalidateQueries({ queryKey: trpc.menus.list.queryKey() });
      onSaved(saved);
    },
    onError: (error: unknown) => {
      const info = describeApiError(error);
      setErrors(info.fieldErrors);
      setMessage(info.message);
    },
  };
  const create = useMutation(trpc.menus.create.mutationOptions(options));
  const update = useMutation(trpc.menus.update.mutationOptions(options));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { name, description: description.trim() || null };
        const parsed = CreateMenuInput.safeParse(input);
        if (!parsed.success) {
          setErrors(formErrors(parsed.error));
          return;
        }
        setMessage(null);
        if (menu) update.mutate({ id: menu.id, ...input });
        else create.mutate(input);
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Menu name" required error={errors.name}>
        <Input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Description (optional)" error={errors.description}>
        <Textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <DialogActions onCancel={onCancel} pending={create.isPending || update.isPending}>
        {menu ? 'Save' : 'Create menu'}
      </DialogActions>
    </form>
  );
}
