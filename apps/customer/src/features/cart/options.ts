/** A dish's option groups: the rule each states and what a customer's picks leave unmet. */

interface GroupRule {
  id: string;
  minChoices: number;
  maxChoices: number;
}

/** "choose 1", "optional", "up to 3", "choose 1–2". */
export function choiceRule({ minChoices: min, maxChoices: max }: Omit<GroupRule, 'id'>): string {
  if (min === max) return `choose ${min}`;
  if (min === 0) return max === 1 ? 'optional' : `up to ${max}`;
  return `choose ${min}–${max}`;
}

/** The ids of the groups whose picks are too few or too many. */
export function unmetGroups(
  groups: readonly GroupRule[],
  chosen: Readonly<Record<string, readonly string[]>>,
): string[] {
  return groups
    .filter((g) => {
      const n = chosen[g.id]?.length ?? 0;
      return n < g.minChoices || n > g.maxChoices;
    })
    .map((g) => g.id);
}

/** The picks after toggling `id`: a single-choice group swaps, others add or remove. */
export function pickOption(value: readonly string[], id: string, single: boolean): string[] {
  if (single) return [id];
  return value.includes(id) ? value.filter((v) => v !== id) : [...value, id];
}
