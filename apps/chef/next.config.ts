import { createNextConfig } from '@homechef/client/next-config';

export default createNextConfig(import.meta.dirname);
