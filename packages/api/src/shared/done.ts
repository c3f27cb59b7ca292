/** A command's answer once `work` has finished: `{ ok: true }` (`DoneOutput`). */
export async function done(work: Promise<unknown>): Promise<{ ok: true }> {
  await work;
  return { ok: true };
}
