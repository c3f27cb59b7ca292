'use client';

import { useState } from 'react';
import { useApiBaseUrl } from '../../api/react.tsx';
import { useAuthSession } from '../../auth/react.tsx';
import { checkFile, uploadDocument, UploadError, type UploadedDocument } from './upload.ts';

/**
 * One file at a time to `POST /documents` as the signed-in user: checked in the browser first
 * (`check`), then sent with its progress (0–1, null when idle) and a readable error.
 */
export function useDocumentUpload(check: (file: File) => string | null = checkFile) {
  const baseUrl = useApiBaseUrl();
  const { getAccessToken } = useAuthSession();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** The stored document, or null when it was refused (the reason is in `error`). */
  async function upload(kind: string, file: File): Promise<UploadedDocument | null> {
    setError(null);
    const problem = check(file);
    if (problem) {
      setError(problem);
      return null;
    }
    setProgress(0);
    try {
      const accessToken = await getAccessToken();
      if (!accessToken) throw new UploadError('Your session has ended: sign in again.');
      return await uploadDocument({ baseUrl, accessToken, kind, file, onProgress: setProgress });
    } catch (e) {
      setError(e instanceof UploadError ? e.message : 'The upload failed. Try again.');
      return null;
    } finally {
      setProgress(null);
    }
  }

  return { progress, error, upload };
}
