import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { title?: string };

/** 24×24 stroke icons; decorative unless given a `title`. */
function Icon({ title, children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      {...props}
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}

/** One stroke of an icon: SVG path data, or a circle as [cx, cy, r]. */
type Stroke = string | readonly [cx: number, cy: number, r: number];

function icon(name: string, strokes: readonly Stroke[]) {
  function StrokeIcon(props: IconProps) {
    return (
      <Icon {...props}>
        {strokes.map((stroke, i) =>
          typeof stroke === 'string' ? (
            <path key={i} d={stroke} />
          ) : (
            <circle key={i} cx={stroke[0]} cy={stroke[1]} r={stroke[2]} />
          ),
        )}
      </Icon>
    );
  }
  StrokeIcon.displayName = name;
  return StrokeIcon;
}

export const LogoMark = icon('LogoMark', [
  'M3 11.5 12 4l9 7.5',
  'M5.5 10v9.5h13V10',
  'M9.5 19.5v-4.5a2.5 2.5 0 0 1 5 0v4.5',
]);
export const MapPinIcon = icon('MapPinIcon', [
  'M12 21s-7-6.1-7-11.5a7 7 0 0 1 14 0C19 14.9 12 21 12 21Z',
  [12, 9.5, 2.5],
]);
export const SearchIcon = icon('SearchIcon', [[11, 11, 6.5], 'm20 20-4.2-4.2']);
export const ChefHatIcon = icon('ChefHatIcon', [
  'M7 14.5a4 4 0 1 1 1.6-7.7A4.5 4.5 0 0 1 15.4 6.8 4 4 0 1 1 17 14.5',
  'M7 14v6h10v-6',
  'M7 17h10',
]);
export const BikeIcon = icon('BikeIcon', [
  [5.5, 17, 3.5],
  [18.5, 17, 3.5],
  'M5.5 17 9 9h6l3.5 8',
  'M12 17 9 9',
  'M14 5.5h2.5L18 9',
]);
export const ShieldCheckIcon = icon('ShieldCheckIcon', [
  'M12 3 5 6v5.5c0 4.4 3 8 7 9.5 4-1.5 7-5.1 7-9.5V6l-7-3Z',
  'm9 12 2 2 4-4',
]);
export const AlertIcon = icon('AlertIcon', [[12, 12, 9], 'M12 7.5v5', 'M12 16.2v.1']);
export const InboxIcon = icon('InboxIcon', [
  'M3 13h5l1.5 3h5l1.5-3h5',
  'M5.5 5h13L21 13v6H3v-6l2.5-8Z',
]);
export const PowerIcon = icon('PowerIcon', ['M12 3v8', 'M6.4 6.6a8 8 0 1 0 11.2 0']);
export const ClockIcon = icon('ClockIcon', [[12, 12, 9], 'M12 7v5l3 2']);
export const ReceiptIcon = icon('ReceiptIcon', [
  'M6 3h12v18l-3-2-3 2-3-2-3 2V3Z',
  'M9 8h6M9 12h6M9 16h3',
]);
export const WalletIcon = icon('WalletIcon', [
  'M4 7.5A2.5 2.5 0 0 1 6.5 5H18v4',
  'M4 7.5V17a2 2 0 0 0 2 2h14V9H6.5A2.5 2.5 0 0 1 4 7.5Z',
  'M16.5 14h.01',
]);
export const UsersIcon = icon('UsersIcon', [
  [9, 8, 3.5],
  'M2.5 20a6.5 6.5 0 0 1 13 0',
  'M16 4.6a3.5 3.5 0 0 1 0 6.8',
  'M18.5 14.2A6.5 6.5 0 0 1 21.5 20',
]);
export const MenuBookIcon = icon('MenuBookIcon', [
  'M4 5a2 2 0 0 1 2-2h13v15H6a2 2 0 0 0-2 2V5Z',
  'M4 20a2 2 0 0 0 2 2h13v-4',
  'M9 8h6M9 11.5h4',
]);
export const InfoIcon = icon('InfoIcon', [[12, 12, 9], 'M12 11v5.5', 'M12 7.8v.1']);
export const EyeIcon = icon('EyeIcon', [
  'M2.5 12S6 5 12 5s9.5 7 9.5 7-3.5 7-9.5 7-9.5-7-9.5-7Z',
  [12, 12, 3],
]);
export const EyeOffIcon = icon('EyeOffIcon', [
  'M10.6 5.1A9.7 9.7 0 0 1 12 5c6 0 9.5 7 9.5 7a17 17 0 0 1-2.9 3.8',
  'M6.6 6.6C3.9 8.4 2.5 12 2.5 12s3.5 7 9.5 7a9.3 9.3 0 0 0 5.4-1.6',
  'M9.9 9.9a3 3 0 0 0 4.2 4.2',
  'm3 3 18 18',
]);
export const LogOutIcon = icon('LogOutIcon', [
  'M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4',
  'M10 16.5 5.5 12 10 7.5',
  'M5.5 12H16',
]);
export const CheckIcon = icon('CheckIcon', ['m5 12.5 4.5 4.5L19 7.5']);
export const PlusIcon = icon('PlusIcon', ['M12 5v14M5 12h14']);
export const XIcon = icon('XIcon', ['m6 6 12 12M18 6 6 18']);
export const TrashIcon = icon('TrashIcon', ['M4 7h16', 'M9 7V4.5h6V7', 'M6.5 7 7.5 20h9l1-13']);
export const PencilIcon = icon('PencilIcon', ['M4 20h4L19 9l-4-4L4 16v4Z', 'm13.5 6.5 4 4']);
export const ArrowUpIcon = icon('ArrowUpIcon', ['M12 19V5M6 11l6-6 6 6']);
export const ArrowDownIcon = icon('ArrowDownIcon', ['M12 5v14M6 13l6 6 6-6']);
export const ArrowLeftIcon = icon('ArrowLeftIcon', ['M19 12H5M11 6l-6 6 6 6']);
export const FileIcon = icon('FileIcon', [
  'M14 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V8l-5-5Z',
  'M14 3v5h5',
]);
export const UploadIcon = icon('UploadIcon', [
  'M12 15V4M7.5 8.5 12 4l4.5 4.5',
  'M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4',
]);
export const CrosshairIcon = icon('CrosshairIcon', [[12, 12, 7], 'M12 2v4M12 18v4M2 12h4M18 12h4']);
export const StarIcon = icon('StarIcon', [
  'm12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9L12 3.5Z',
]);
export const BellIcon = icon('BellIcon', [
  'M6 9a6 6 0 0 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9Z',
  'M10.3 19a1.9 1.9 0 0 0 3.4 0',
]);
export const FilterIcon = icon('FilterIcon', ['M4 5h16l-6 7.5V19l-4-2v-4.5L4 5Z']);
export const HistoryIcon = icon('HistoryIcon', [
  'M3.5 12a8.5 8.5 0 1 0 2.5-6',
  'M3.5 4v4h4',
  'M12 8v4.5l3 1.5',
]);
export const ShoppingBagIcon = icon('ShoppingBagIcon', [
  'M5 8h14l-1 12.5H6L5 8Z',
  'M9 10V7a3 3 0 0 1 6 0v3',
]);
export const MinusIcon = icon('MinusIcon', ['M5 12h14']);
