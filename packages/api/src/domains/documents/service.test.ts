import { describe, expect, it } from 'vitest';
import { cleanFileName, detectFileType, readLimited } from './service.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('detectFileType', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(detectFileType(new TextEncoder().encode('%PDF-1.7\n'))?.contentType).toBe(
      'application/pdf',
    );
    expect(
      detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.extension,
    ).toBe('png');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0))?.extension).toBe('jpg');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull(); // Windows executable
    expect(detectFileType(bytes(0x7f, 0x45, 0x4c, 0x46))).toBeNull(); // ELF
    expect(detectFileType(new TextEncoder().encode('#!/bin/sh\n'))).toBeNull();
    expect(detectFileType(new TextEncoder().encode('%PD'))).toBeNull();
    expect(detectFileType(bytes())).toBeNull();
  });
});

describe('readLimited', () => {
  it('stops reading as soon as the stream passes the limit', async () => {
    let pulled = 0;
    function* chunks() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    await expect(readLimited(chunks(), 4096)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(pulled).toBe(5);
  });

  it('hashes what it read', async () => {
    function* chunks() {
      yield new TextEncoder().encode('ab');
      yield new TextEncoder().encode('c');
    }
    const file = await readLimited(chunks(), 10);
    expect(file.size).toBe(3);
    expect(file.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('cleanFileName', () => {
  it('ends the name in the extension of the detected type', () => {
    expect(cleanFileName('poly.html', 'permit', 'pdf')).toBe('poly.pdf');
    expect(cleanFileName('scan', 'permit', 'png')).toBe('scan.png');
    expect(cleanFileName('photo.JPEG', 'permit', 'jpg')).toBe('photo.JPEG');
    expect(cleanFileName('permit.pdf', 'permit', 'pdf')).toBe('permit.pdf');
    expect(cleanFileName('.html', 'permit', 'pdf')).toBe('html.pdf');
    expect(cleanFileName(' ', 'food_safety_certificate', 'pdf')).toBe(
      'food-safety-certificate.pdf',
    );
  });

  it('strips control, bidi-override and path characters', () => {
    expect(cleanFileName('C:\\tmp\\evil\u202Efdp.exe', 'permit', 'pdf')).toBe('evilfdp.pdf');
    expect(cleanFileName('a\u0000b\u0085\u2066c\ud800.pdf', 'permit', 'pdf')).toBe('abc.pdf');
    expect(cleanFileName(undefined, 'permit', 'pdf')).toBe('permit.pdf');
  });
});
