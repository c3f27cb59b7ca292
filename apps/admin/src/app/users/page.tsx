import { UserList } from '~/features/users/user-list.tsx';

export const metadata = { title: 'Users' };
export default UserList;
