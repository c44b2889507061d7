import * as core from './actions-core.js';
import { errorMessage, InputError } from '../core/errors.js';

/**
 * The job's GitHub OIDC id-token for `audience`, masked at once. It needs `permissions: id-token: write`
 * (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN); without it, one error that says so.
 */
export async function readIdToken(audience: string): Promise<string> {
  let token: string;
  try {
    token = await core.getIDToken(audience);
  } catch (error) {
    throw new InputError(
      'oidc-audience',
      `the job's OIDC id-token for audience '${audience}' could not be fetched (${errorMessage(error)})`,
      "Give the job 'permissions: id-token: write', or pass a token instead",
    );
  }
  core.setSecret(token);
  return token;
}
