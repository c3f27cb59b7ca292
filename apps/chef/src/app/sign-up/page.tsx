import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Create your account' };
export default homechef.SignUpPage;
