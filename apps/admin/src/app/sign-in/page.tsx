import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Sign in' };
export default homechef.SignInPage;
