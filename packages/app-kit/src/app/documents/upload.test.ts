import { describe, expect, it } from 'vitest';
import { checkPhoto } from './upload.ts';

const file = (name: string, type: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type });

describe('checkPhoto', () => {
  it('takes a JPEG or PNG photo', () => {
    expect(checkPhoto(file('IMG_0001.jpg', 'image/jpeg'))).toBeNull();
    expect(checkPhoto(file('image.png', ''))).toBeNull();
  });
  it('refuses an empty file, another image type or a document', () => {
    expect(checkPhoto(file('IMG_0001.jpg', 'image/jpeg', 0))).toMatch(/empty/);
    expect(checkPhoto(file('IMG_0001.heic', 'image/heic'))).toMatch(/JPEG or PNG/);
    expect(checkPhoto(file('licence.pdf', 'application/pdf'))).toMatch(/JPEG or PNG/);
  });
});
