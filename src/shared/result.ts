/** What every call across the bridge answers: a value, or a message a user can read. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string }
