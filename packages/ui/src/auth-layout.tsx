import type { ReactNode } from 'react';
import { CheckIcon, LogoMark } from './icons.tsx';

export interface AuthLayoutProps {
  /** The app's name and the pitch shown beside the form on wide screens. */
  appName: string;
  pitch: { headline: string; lead: string; points: string[] };
  title: ReactNode;
  description?: ReactNode;
  /** Under the form, e.g. the link between sign-in and sign-up. */
  footer?: ReactNode;
  children: ReactNode;
}

/** The frame of the sign-in and sign-up pages: the app's pitch beside the form. */
export function AuthLayout({
  appName: name,
  pitch,
  title,
  description,
  footer,
  children,
}: AuthLayoutProps) {
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-10 lg:grid-cols-[minmax(0,1fr)_27rem] lg:items-stretch">
      <aside className="relative hidden overflow-hidden rounded-3xl bg-accent p-10 text-accent-contrast shadow-lg shadow-stone-900/10 lg:flex lg:flex-col lg:justify-between">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute -top-24 -right-24 size-80 rounded-full bg-white/10"
        />
        <div
          aria-hidden="true"
          className="pointer-events-none absolute -bottom-32 -left-16 size-96 rounded-full bg-black/10"
        />
        <div className="relative">
          <span className="grid size-12 place-items-center rounded-2xl bg-white/15 text-2xl">
            <LogoMark />
          </span>
          <p className="mt-8 text-sm font-semibold tracking-wide uppercase opacity-80">{name}</p>
          <h2 className="mt-2 text-3xl leading-tight font-bold tracking-tight text-balance">
            {pitch.headline}
          </h2>
          <p className="mt-4 max-w-md text-lg text-pretty opacity-90">{pitch.lead}</p>
        </div>
        <ul className="relative mt-10 space-y-4">
          {pitch.points.map((point) => (
            <li key={point} className="flex gap-3 text-base">
              <span
                aria-hidden="true"
                className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-white/20 text-sm"
              >
                <CheckIcon />
              </span>
              <span className="opacity-95">{point}</span>
            </li>
          ))}
        </ul>
      </aside>

      <section
        aria-labelledby="auth-title"
        className="rounded-3xl border border-stone-200 bg-white px-5 py-7 shadow-sm shadow-stone-900/5 sm:px-8 sm:py-9"
      >
        <h1 id="auth-title" className="text-2xl font-bold tracking-tight text-stone-900">
          {title}
        </h1>
        {description ? <p className="mt-1.5 text-stone-600">{description}</p> : null}
        <div className="mt-7">{children}</div>
        {footer ? (
          <div className="mt-7 border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
            {footer}
          </div>
        ) : null}
      </section>
    </div>
  );
}
