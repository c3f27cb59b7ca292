export { Alert, type AlertProps, type AlertTone } from './alert.tsx';
export { AppShell, navLinkClasses, type AppShellProps, type Role } from './app-shell.tsx';
export {
  AuthForm,
  type AuthFieldErrors,
  type AuthFormField,
  type AuthFormOutcome,
  type AuthFormProps,
  type AuthFormValues,
} from './auth-form.tsx';
export { AuthLayout, type AuthLayoutProps } from './auth-layout.tsx';
export { Badge, type BadgeProps, type BadgeTone } from './badge.tsx';
export {
  Button,
  buttonClasses,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from './button.tsx';
export { Card, type CardProps } from './card.tsx';
export { Combobox, type ComboboxProps, type ComboboxStatus } from './combobox.tsx';
export { cn, focusRing } from './cn.ts';
export { EmptyState, type EmptyStateProps } from './empty-state.tsx';
export { ErrorPage, type ErrorPageProps } from './error-page.tsx';
export { ErrorState, type ErrorStateProps } from './error-state.tsx';
export { Field, Input, Label, type FieldProps, type InputProps } from './field.tsx';
export * from './icons.tsx';
export {
  LiveIndicator,
  type LiveIndicatorProps,
  type LiveIndicatorState,
} from './live-indicator.tsx';
export { PageHeader, type PageHeaderProps } from './page-header.tsx';
export { NoticeList } from './notice-list.tsx';
export {
  PayoutStateBadge,
  PayoutStatus,
  PayoutStatusSkeleton,
  type PayoutState,
  type PayoutStatusData,
  type PayoutStatusProps,
} from './payouts.tsx';
export {
  AccountOverview,
  ApiStatusLine,
  NotFoundPage,
  ServiceStatusCard,
  type AccountOverviewProps,
  type ApiPing,
  type NotFoundPageProps,
  type ServiceStatusCardProps,
} from './pages.tsx';
export { QueryState, type QueryLike, type QueryStateProps } from './query-state.tsx';
export { Skeleton, SkeletonStack } from './skeleton.tsx';
export { Spinner, type SpinnerProps } from './spinner.tsx';
export {
  SignedOutActions,
  UserMenu,
  type SignedOutActionsProps,
  type UserMenuProps,
} from './user-menu.tsx';
export { ChoiceChips, tagLabel, type ChoiceChipsProps } from './choice-chips.tsx';
export { Dialog, DialogActions, DialogFor, type DialogProps } from './dialog.tsx';
export { DocumentList, formatBytes, type DocumentRowData } from './documents.tsx';
export { FilterSelect, Select, Textarea } from './field.tsx';
export {
  AllergenList,
  DetailList,
  DietaryBadges,
  formatClock,
  formatDistance,
  formatPrice,
  OpeningHoursList,
  OpeningStateLabel,
  Rating,
  VerificationBadge,
  WEEKDAYS,
  type HoursWindow,
  type OpeningStateProps,
  type VerificationStatus,
} from './kitchen.tsx';
export { Switch, type SwitchProps } from './switch.tsx';
export { ToastProvider, useToast, type ToastOptions } from './toast.tsx';
export { useGeolocation } from './use-geolocation.ts';
export {
  OrderLineList,
  OrderPageState,
  OrderStatusBadge,
  OrderTimeline,
  OrderTotals,
  formatDateTime,
  orderStatusTone,
  type OrderEventData,
  type OrderLineData,
  type OrderStatusLabels,
  type OrderTotalsData,
} from './orders.tsx';
export { BackLink, DialogForm, ReasonField, type DialogFormProps } from './dialog-form.tsx';
export { StarInput, Stars, starWords, type StarInputProps } from './stars.tsx';
