/** The documents domain's public surface: the only module other domains import from it. */
export { chefDocumentsRouter } from './router.ts';
export { handleDocumentsRequest } from './http.ts';
export { DOCUMENTS_PATH, documentLink, uploadChefDocument } from './service.ts';
