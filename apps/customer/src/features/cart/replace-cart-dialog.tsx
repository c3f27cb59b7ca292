'use client';

import { Button, Dialog } from '@homechef/ui';

/** A cart holds one kitchen's dishes: asks before another kitchen's replace them. */
export function ReplaceCartDialog({
  open,
  currentKitchen,
  newKitchen,
  onKeep,
  onReplace,
}: {
  open: boolean;
  currentKitchen: string;
  newKitchen: string;
  onKeep: () => void;
  onReplace: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onKeep}
      title="Start a new cart?"
      description={`Your cart has dishes from ${currentKitchen}. An order comes from one kitchen.`}
      footer={
        <>
          <Button variant="secondary" onClick={onKeep}>
            Keep my cart
          </Button>
          <Button onClick={onReplace}>Start a cart from {newKitchen}</Button>
        </>
      }
    >
      <p className="text-sm text-stone-600">
        Starting a new cart removes the dishes from {currentKitchen}.
      </p>
    </Dialog>
  );
}
