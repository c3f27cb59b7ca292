import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Your account' };
export default homechef.AccountPage;
