'use client';

import {
  AllergenList,
  ArrowDownIcon,
  ArrowUpIcon,
  Badge,
  Button,
  buttonClasses,
  cn,
  DietaryBadges,
  EmptyState,
  focusRing,
  formatPrice,
  MenuBookIcon,
  PageHeader,
  PencilIcon,
  PlusIcon,
  Skeleton,
  Switch,
  TrashIcon,
  QueryState,
} from '@homechef/ui';
import Link from 'next/link';
import { useState } from 'react';
import { ItemDialog } from './item-dialog.tsx';
import { MenuDialog } from './menu-dialog.tsx';
import { moved, useMenuActions, useMenus, type Menu, type MenuItem } from './use-menus.ts';

export function MenuEditor() {
  const menus = useMenus();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [menuDialog, setMenuDialog] = useState<{ menu: Menu | null } | null>(null);

  const list = menus.data?.menus ?? [];
  const selected = list.find((m) => m.id === selectedId) ?? list[0] ?? null;
  const noKitchen = menus.error?.data?.code === 'PRECONDITION_FAILED';

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Menu"
        title="Your menu"
        description="Dishes, prices, options and allergens. Changes show to customers at once."
        actions={
          menus.isSuccess ? (
            <Button
              icon={<PlusIcon aria-hidden="true" />}
              onClick={() => setMenuDialog({ menu: null })}
            >
              New menu
            </Button>
          ) : null
        }
      />
      {noKitchen ? (
        <EmptyState
          icon={<MenuBookIcon />}
          title="Start your application first"
          description="Your menu belongs to your kitchen: tell us about it, then add your dishes."
          action={
            <Link href="/application" className={buttonClasses()}>
              Start application
            </Link>
          }
        />
      ) : (
        <QueryState
          query={menus}
          loading={
            <div
              aria-busy="true"
              aria-label="Loading your menu"
              className="grid gap-6 lg:grid-cols-[16rem_1fr]"
            >
              <Skeleton className="h-48 rounded-2xl" />
              <div className="space-y-3">
                <Skeleton className="h-24 rounded-2xl" />
                <Skeleton className="h-24 rounded-2xl" />
                <Skeleton className="h-24 rounded-2xl" />
              </div>
            </div>
          }
          errorTitle="We couldn’t load your menu"
          isEmpty={() => list.length === 0}
          empty={
            <EmptyState
              icon={<MenuBookIcon />}
              title="No menus yet"
              description="Start with one menu, e.g. “Weeknight dinners”, then add your dishes to it."
              action={
                <Button onClick={() => setMenuDialog({ menu: null })}>
                  Create your first menu
                </Button>
              }
            />
          }
        >
          {() => (
            <div className="grid gap-6 lg:grid-cols-[17rem_1fr]">
              <MenuList
                menus={list}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
                onRename={(menu) => setMenuDialog({ menu })}
              />
              {selected ? <MenuItems menu={selected} /> : null}
            </div>
          )}
        </QueryState>
      )}
      <MenuDialog
        open={menuDialog !== null}
        menu={menuDialog?.menu ?? null}
        onClose={() => setMenuDialog(null)}
        onSaved={(menu) => {
          setSelectedId(menu.id);
          setMenuDialog(null);
        }}
      />
    </div>
  );
}

function MenuList({
  menus,
  selectedId,
  onSelect,
  onRename,
}: {
  menus: Menu[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRename: (menu: Menu) => void;
}) {
  const { reorderMenus, deleteMenu } = useMenuActions();
  const move = (index: number, by: number) =>
    reorderMenus.mutate({ ids: moved(menus, index, by).map((m) => m.id) });
  return (
    <nav aria-label="Menus" className="lg:self-start">
      <ul className="space-y-2">
        {menus.map((menu, index) => {
          const active = menu.id === selectedId;
          return (
            <li
              key={menu.id}
              data-testid="menu-row"
              className={cn(
                'rounded-xl border bg-white p-2 shadow-sm',
                active ? 'border-accent ring-1 ring-accent' : 'border-stone-200',
              )}
            >
              <button
                type="button"
                aria-current={active ? 'true' : undefined}
                onClick={() => onSelect(menu.id)}
                className={cn('w-full rounded-lg px-2 py-1.5 text-left', focusRing)}
              >
                <span className="block font-medium text-stone-900">{menu.name}</span>
                <span className="text-xs text-stone-500">
                  {menu.items.length} dish{menu.items.length === 1 ? '' : 'es'}
                  {menu.isActive ? '' : ' · hidden'}
                </span>
              </button>
              <RowActions
                className="mt-1"
                name={menu.name}
                first={index === 0}
                last={index === menus.length - 1}
                onMove={(by) => move(index, by)}
                edit="Rename"
                onEdit={() => onRename(menu)}
                onDelete={() => deleteMenu.mutate({ id: menu.id })}
              />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function MenuItems({ menu }: { menu: Menu }) {
  const { setAvailability, reorderItems, deleteItem, updateMenu } = useMenuActions();
  const [editing, setEditing] = useState<{ item: MenuItem | null } | null>(null);
  const move = (index: number, by: number) =>
    reorderItems.mutate({ menuId: menu.id, ids: moved(menu.items, index, by).map((i) => i.id) });

  return (
    <section aria-labelledby="menu-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <div className="min-w-0">
          <h2 id="menu-title" className="text-lg font-semibold text-stone-900">
            {menu.name}
          </h2>
          {menu.description ? <p className="text-sm text-stone-500">{menu.description}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Switch
            checked={menu.isActive}
            onChange={(isActive) => updateMenu.mutate({ id: menu.id, isActive })}
            label="Shown to customers"
          />
          <Button icon={<PlusIcon aria-hidden="true" />} onClick={() => setEditing({ item: null })}>
            Add dish
          </Button>
        </div>
      </div>

      {menu.items.length === 0 ? (
        <EmptyState
          icon={<MenuBookIcon />}
          title="No dishes on this menu"
          description="Add a dish with its price, allergens and options."
          action={<Button onClick={() => setEditing({ item: null })}>Add a dish</Button>}
        />
      ) : (
        <ul className="space-y-3">
          {menu.items.map((item, index) => (
            <li
              key={item.id}
              data-testid="dish-row"
              className={cn(
                'flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:flex-row sm:items-start',
                !item.isAvailable && 'bg-stone-50',
              )}
            >
              <div className="min-w-0 flex-1 space-y-1.5">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <h3
                    className={cn(
                      'font-semibold',
                      item.isAvailable ? 'text-stone-900' : 'text-stone-500',
                    )}
                  >
                    {item.name}
                  </h3>
                  <span className="font-medium text-stone-700">
                    {formatPrice(item.priceCents, item.currency)}
                  </span>
                  {!item.isAvailable ? <Badge>Unavailable</Badge> : null}
                  {item.dailyQuantity ? (
                    <Badge tone="info">{item.dailyQuantity} a day</Badge>
                  ) : null}
                </div>
                {item.description ? (
                  <p className="text-sm text-stone-600">{item.description}</p>
                ) : null}
                <DietaryBadges tags={item.dietaryTags} />
                <AllergenList allergens={item.allergens} />
                {item.optionGroups.length ? (
                  <p className="text-xs text-stone-500">
                    Options:{' '}
                    {item.optionGroups.map((g) => `${g.name} (${g.options.length})`).join(', ')}
                  </p>
                ) : null}
              </div>
              <div className="flex flex-wrap items-center gap-1 sm:flex-col sm:items-end">
                <Switch
                  checked={item.isAvailable}
                  aria-label={`${item.name} available`}
                  onChange={(isAvailable) => setAvailability.mutate({ id: item.id, isAvailable })}
                />
                <RowActions
                  name={item.name}
                  first={index === 0}
                  last={index === menu.items.length - 1}
                  onMove={(by) => move(index, by)}
                  edit="Edit"
                  onEdit={() => setEditing({ item })}
                  onDelete={() => deleteItem.mutate({ id: item.id })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <ItemDialog
        open={editing !== null}
        menuId={menu.id}
        item={editing?.item ?? null}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}

/** Move up, move down, edit and delete for one entry of an ordered list. */
function RowActions({
  name,
  first,
  last,
  onMove,
  edit,
  onEdit,
  onDelete,
  className,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  /** The edit button's verb, e.g. "Rename". */
  edit: string;
  onEdit: () => void;
  onDelete: () => void;
  className?: string;
}) {
  return (
    <div className={cn('flex gap-1', className)}>
      <IconButton label={`Move ${name} up`} disabled={first} onClick={() => onMove(-1)}>
        <ArrowUpIcon />
      </IconButton>
      <IconButton label={`Move ${name} down`} disabled={last} onClick={() => onMove(1)}>
        <ArrowDownIcon />
      </IconButton>
      <IconButton label={`${edit} ${name}`} onClick={onEdit}>
        <PencilIcon />
      </IconButton>
      <IconButton label={`Delete ${name}`} onClick={onDelete}>
        <TrashIcon />
      </IconButton>
    </div>
  );
}

function IconButton({
  label,
  onClick,
  disabled,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className="px-2 text-base"
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
    >
      {children}
    </Button>
  );
}
