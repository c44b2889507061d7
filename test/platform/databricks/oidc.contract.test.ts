import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { exchangeGithubOidcToken } from '../../../src/platform/databricks/oidc.js';
import { captureError, expectNoSecrets, recordingLog, type RecordingLog } from '../support.js';
import { startFakeWorkspace, type FakeWorkspace } from './fake-workspace.js';

// Shaped like a GitHub Actions id-token (header.payload.signature); the content does not matter here.
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJpc3MiOiJodHRwczovL3Rva2VuLmFjdGlvbnMuZ2l0aHVidXNlcmNvbnRlbnQuY29tIn0.c2lnbmF0dXJl';
const ACCESS_TOKEN = 'eyJraWQiOiJ3b3Jrc3BhY2UiLCJhbGciOiJSUzI1NiJ9.access.token';

describe('GitHub OIDC → Databricks token exchange (contract)', () => {
  let ws: FakeWorkspace;
  let log: RecordingLog;

  beforeEach(async () => {
    ws = await startFakeWorkspace({
      token: ACCESS_TOKEN,
      oidc: { subjectToken: ID_TOKEN, accessToken: ACCESS_TOKEN, clientId: 'b0c8a1f2-sp' },
    });
    log = recordingLog();
  });
  afterEach(async () => {
    await ws.close();
  });

  test('contract: POST /oidc/v1/token with the RFC 8693 form; the access token is returned and masked', async () => {
    const result = await exchangeGithubOidcToken({ host: ws.url, idToken: ID_TOKEN, clientId: 'b0c8a1f2-sp', log });
    expect(result).toEqual({ accessToken: ACCESS_TOKEN, expiresIn: 3600 });
    expect(ws.calls).toEqual([
      {
        method: 'POST',
        path: '/oidc/v1/token',
        query: {},
        body: {
          grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
          subject_token: ID_TOKEN,
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          scope: 'all-apis',
          client_id: 'b0c8a1f2-sp',
        },
        raw: expect.stringMatching(/^grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=/),
      },
    ]);
    expect(log.masked).toEqual([ID_TOKEN, ACCESS_TOKEN]);
  });

  test('contract: a refused exchange says what to check and prints neither token', async () => {
    const error = await captureError(exchangeGithubOidcToken({ host: ws.url, idToken: `${ID_TOKEN}x`, clientId: 'b0c8a1f2-sp', log }));
    expect(error.message).toContain(
      'Databricks refused the GitHub OIDC token exchange (HTTP 400): invalid_grant: No matching federation policy for the subject token.',
    );
    expect(error.message).toContain("'permissions: id-token: write'");
    expectNoSecrets([error.message, log.text()], [ID_TOKEN, ACCESS_TOKEN]);
  });

  test('contract: an unreachable workspace is named', async () => {
    const url = ws.url;
    await ws.close();
    const error = await captureError(exchangeGithubOidcToken({ host: url, idToken: ID_TOKEN, log }));
    expect(error.message).toContain(`cannot reach ${url}/oidc/v1/token`);
    expectNoSecrets([error.message], [ID_TOKEN]);
  });
});
