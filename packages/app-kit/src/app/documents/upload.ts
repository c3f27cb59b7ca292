import { MAX_CHEF_DOCUMENT_BYTES } from '@homechef/validators';

/** A chef's (`permit`, …) or a driver's (`driving_licence`, `insurance`) document kind. */
export type DocumentKind = string;

export interface UploadOptions {
  /** The API's public base URL (`useApiBaseUrl`). */
  baseUrl: string;
  accessToken: string;
  kind: DocumentKind;
  file: File;
  /** 0–1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
}

export class UploadError extends Error {}

const ACCEPTED = /\.(pdf|jpe?g|png)$/i;

/** Checks the browser can make before sending anything (the server checks again, by content). */
export function checkFile(file: File): string | null {
  if (file.size === 0) return 'That file is empty.';
  if (file.size > MAX_CHEF_DOCUMENT_BYTES) {
    return `That file is ${(file.size / 1024 / 1024).toFixed(1)} MB: the limit is 10 MB.`;
  }
  if (!ACCEPTED.test(file.name)) return 'Upload a PDF, JPEG or PNG file.';
  return null;
}

const PHOTO = /\.(jpe?g|png)$/i;

/** A photo taken at the door: JPEG or PNG, within the size limit. */
export function checkPhoto(file: File): string | null {
  if (file.size === 0) return 'That photo is empty: take it again.';
  if (file.size > MAX_CHEF_DOCUMENT_BYTES) {
    return `That photo is ${(file.size / 1024 / 1024).toFixed(1)} MB: the limit is 10 MB.`;
  }
  if (!['image/jpeg', 'image/png'].includes(file.type) && !PHOTO.test(file.name)) {
    return 'Take a JPEG or PNG photo (set the camera to “Most compatible” if it saves HEIC).';
  }
  return null;
}

/** What the server stored: the document's id, to refer to it (a delivery photo, …). */
export interface UploadedDocument {
  id: string;
}

/**
 * `POST /documents` with the raw file as the body. XMLHttpRequest rather than fetch, because
 * only it reports upload progress.
 */
export function uploadDocument({
  baseUrl,
  accessToken,
  kind,
  file,
  onProgress,
}: UploadOptions): Promise<UploadedDocument> {
  const query = new URLSearchParams({ kind, fileName: file.name });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${baseUrl}/documents?${query.toString()}`);
    xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          const body = JSON.parse(xhr.responseText) as { document: UploadedDocument };
          resolve(body.document);
        } catch {
          reject(new UploadError('The server’s answer to the upload was unreadable. Try again.'));
        }
        return;
      }
      let message = `The upload failed (HTTP ${xhr.status}).`;
      try {
        const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
        if (body.error?.message) message = body.error.message;
      } catch {
        // not JSON: keep the status line
      }
      reject(new UploadError(message));
    };
    xhr.onerror = () =>
      reject(new UploadError('The upload was interrupted. Check your connection and try again.'));
    xhr.send(file);
  });
}
