import { cn } from '@homechef/ui';

/** A radio or checkbox drawn as a card the whole of which is its label. */
export function choiceCardClasses(checked: boolean, disabled = false): string {
  return cn(
    'flex cursor-pointer items-start gap-3 rounded-xl border px-3.5 py-3 text-sm transition-colors',
    'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent',
    checked ? 'border-accent bg-accent-soft' : 'border-stone-200 bg-white hover:border-stone-300',
    disabled && 'cursor-not-allowed opacity-55',
  );
}
