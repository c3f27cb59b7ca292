'use client';

import { AddressBook } from './address-book.tsx';
import { PasswordForm } from './password-form.tsx';
import { ProfileForm } from './profile-form.tsx';

export interface AccountSettingsProps {
  user: { name: string; phone: string | null };
  /** Saved delivery addresses: the customer app only. */
  addresses: boolean;
}

/** What every signed-in person may change about their account, below its overview. */
export function AccountSettings({ user, addresses }: AccountSettingsProps) {
  return (
    <div className="mt-6 space-y-6">
      <ProfileForm initial={{ name: user.name, phone: user.phone ?? '' }} />
      {addresses ? <AddressBook /> : null}
      <PasswordForm />
    </div>
  );
}
