import type { Api } from '../../shared/api'
import type { ApiResult } from '../../shared/result'

/** A refused or failed call, carrying the main process's message for the user. */
export class ApiError extends Error {}

/** The typed bridge: `window.api`, exactly as the contract describes it. */
export const api: Api = window.api

/** Unwraps a result, turning a refusal into an ApiError the UI can show. */
export async function unwrap<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
