// Hooks and client components: the API from the browser, and the signed-in session.
export { useApiBaseUrl, useSubscription, useTRPC, useTRPCClient } from './api/react.tsx';
export { SignOutButton, useAuthSession } from './auth/react.tsx';
export { PayoutsCard, type PayeeKind, type PayoutsCardProps } from './app/payouts/payouts-card.tsx';
export {
  AddressLocation,
  AddressSearch,
  addressFields,
  type AddressFields,
  type AddressLocationProps,
  type AddressSearchProps,
} from './app/address/address-search.tsx';
export { useFormErrors } from './app/account/use-form-errors.ts';
export { DocumentSlot, type DocumentSlotProps } from './app/documents/document-slot.tsx';
export { UploadProgress } from './app/documents/upload-progress.tsx';
export { DeliveryPhoto } from './app/orders/delivery-photo.tsx';
export { checkPhoto, type UploadedDocument } from './app/documents/upload.ts';
export { useDocumentUpload } from './app/documents/use-upload.ts';
