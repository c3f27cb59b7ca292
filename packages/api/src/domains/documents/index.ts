/** The documents domain's public surface: the only module other domains import from it. */
export { chefDocumentsRouter, driverDocumentsRouter } from './router.ts';
export { handleDocumentsRequest } from './http.ts';
export {
  DOCUMENTS_PATH,
  deliveryPhotoLink,
  documentLink,
  readDocument,
  uploadChefDocument,
  uploadDriverDocument,
  type DocumentOwner,
} from './service.ts';
