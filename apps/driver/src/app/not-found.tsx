import { homechef } from '~/homechef.ts';

export default homechef.NotFound;
