import { createNextConfig } from '@homechef/app-kit/next-config';

export default createNextConfig(import.meta.dirname);
