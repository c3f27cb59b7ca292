'use client';

import { Alert, Button, Card, Field, Input, useToast } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../api/react.tsx';
import { useAuthSession } from '../../auth/react.tsx';
import { profileInput, validateProfile, type ProfileDraft } from './drafts.ts';
import { useFormErrors } from './use-form-errors.ts';

/** Name and phone number (`users.updateProfile`). */
export function ProfileForm({ initial }: { initial: ProfileDraft }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const { renew } = useAuthSession();
  const [draft, setDraft] = useState(initial);
  const form = useFormErrors();
  const save = useMutation(
    trpc.users.updateProfile.mutationOptions({
      onSuccess: async (user) => {
        setDraft({ name: user.name, phone: user.phone ?? '' });
        toast({ tone: 'success', message: 'Your profile is saved.' });
        // The session carries the name the header shows: renew it with the new profile, then
        // render the server components (header, profile card) again with the new values.
        await renew({ force: true });
        router.refresh();
      },
      onError: (error) => form.fromApi(error),
    }),
  );

  return (
    <Card
      title="Edit profile"
      description="Your name is shown to chefs and drivers on your orders."
    >
      <form
        noValidate
        aria-label="Edit profile"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check(validateProfile(draft))) save.mutate(profileInput(draft));
        }}
      >
        {form.message ? <Alert tone="error">{form.message}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Full name" required error={form.errors.name}>
            <Input
              name="name"
              autoComplete="name"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </Field>
          <Field label="Phone" hint="Leave empty to remove it" error={form.errors.phone}>
            <Input
              name="phone"
              type="tel"
              autoComplete="tel"
              placeholder="+1 510 555 0100"
              value={draft.phone}
              onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
            />
          </Field>
        </div>
        <Button type="submit" loading={save.isPending}>
          Save profile
        </Button>
      </form>
    </Card>
  );
}
