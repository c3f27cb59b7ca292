import { AuditLog } from '~/features/audit/audit-log.tsx';

export const metadata = { title: 'Audit log' };
export default AuditLog;
