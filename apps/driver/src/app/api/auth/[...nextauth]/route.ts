import { homechef } from '~/homechef.ts';

export const { GET, POST } = homechef.authHandlers;
