'use client';

import { Alert, Button, Card, Field, Input } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { useTRPC } from '../../api/react.tsx';
import { validatePassword, type PasswordDraft } from './drafts.ts';
import { useFormErrors } from './use-form-errors.ts';

const EMPTY: PasswordDraft = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * `users.changePassword`. The API ends every session of the account, this one too, so the
 * app signs out at once and asks for the new password: other devices find their session
 * ended on their next request, and this one never carries a revoked token.
 */
export function PasswordForm() {
  const trpc = useTRPC();
  const [draft, setDraft] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const form = useFormErrors();
  const change = useMutation(
    trpc.users.changePassword.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        try {
          await signOut({ redirect: false });
        } finally {
          // A full load: nothing of the old session may stay in memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign('/sign-in?reason=password-changed&callbackUrl=%2Faccount');
        }
      },
      onError: (error) =>
        form.fromApi(error, (info) =>
          // The one refusal that is about a field: a wrong current password.
          info.code === 'BAD_REQUEST' && Object.keys(info.fieldErrors).length === 0
            ? { currentPassword: info.message }
            : {},
        ),
    }),
  );
  const set = (values: Partial<PasswordDraft>) => setDraft({ ...draft, ...values });

  return (
    <Card
      title="Change password"
      description="You’ll be signed out everywhere, and sign in again with the new password."
    >
      <form
        noValidate
        aria-label="Change password"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.check(validatePassword(draft))) return;
          change.mutate({ currentPassword: draft.currentPassword, newPassword: draft.newPassword });
        }}
      >
        {done ? (
          <Alert tone="success">Password changed. Signing you out…</Alert>
        ) : form.message ? (
          <Alert tone="error">{form.message}</Alert>
        ) : null}
        <Field label="Current password" required error={form.errors.currentPassword}>
          <Input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            value={draft.currentPassword}
            onChange={(e) => set({ currentPassword: e.target.value })}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="New password"
            hint="At least 8 characters"
            required
            error={form.errors.newPassword}
          >
            <Input
              name="newPassword"
              type="password"
              autoComplete="new-password"
              value={draft.newPassword}
              onChange={(e) => set({ newPassword: e.target.value })}
            />
          </Field>
          <Field label="Repeat new password" required error={form.errors.confirmPassword}>
            <Input
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              value={draft.confirmPassword}
              onChange={(e) => set({ confirmPassword: e.target.value })}
            />
          </Field>
        </div>
        <Button type="submit" loading={change.isPending || done}>
          Change password
        </Button>
      </form>
    </Card>
  );
}
