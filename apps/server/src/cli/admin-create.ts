// `npm run admin:create -- --email ops@example.org --name "Ops" [--password …]`
// Admin accounts are never self-service: they come from this command or the demo seed.
// Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hashPassword } from '@homechef/auth';
import { users } from '@homechef/db';
import { Email, Password, PersonName } from '@homechef/validators';
import { z } from 'zod';
import { openDatabase, StartupError } from '../services.ts';
import { runCli } from './run.ts';

const Args = z.object({ email: Email, name: PersonName, password: Password.optional() });

runCli(async (config, logger) => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
    strict: true,
  });
  const parsed = Args.safeParse({ ...values, name: values.name ?? 'Administrator' });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new StartupError(
      `usage: npm run admin:create -- --email EMAIL [--name NAME] [--password PASSWORD]; ${issues.join('; ')}`,
    );
  }
  const generated = parsed.data.password ? undefined : randomBytes(18).toString('base64url');
  const password = parsed.data.password ?? generated!;
  const database = await openDatabase({ ...config, SEED_DEMO: 'never' }, logger);
  try {
    const [admin] = await database.db
      .insert(users)
      .values({
        email: parsed.data.email,
        name: parsed.data.name,
        role: 'admin',
        passwordHash: await hashPassword(password),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!admin)
      throw new StartupError(`an account with the email ${parsed.data.email} already exists`);
    process.stdout.write(`created admin ${admin.email} (${admin.id})\n`);
    if (generated) process.stdout.write(`password: ${generated}\n(shown once: store it now)\n`);
  } finally {
    await database.close();
  }
});
