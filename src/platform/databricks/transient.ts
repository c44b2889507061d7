/**
 * Databricks answers that are worth another try whatever the method. Pure.
 *
 * From databricks-sdk-go @ 1ff3c785: `apierr/error_overrides.go` `allTransientErrors` (matched
 * against the error message by `apierr/errors.go` `IsRetriable`) and `config/api_client.go`
 * `TransientErrors` (`REQUEST_LIMIT_EXCEEDED`, matched anywhere in the error).
 */
const TRANSIENT = [
  /com\.databricks\.backend\.manager\.util\.UnknownWorkerEnvironmentException/,
  /does not have any associated worker environments/,
  /There is no worker environment with id/,
  /Unknown worker environment/,
  /ClusterNotReadyException/,
  /worker env .* not found/,
  /REQUEST_LIMIT_EXCEEDED/,
];

export function isTransientDatabricksError(errorCode: string | undefined, message: string | undefined): boolean {
  const text = `${errorCode ?? ''} ${message ?? ''}`;
  return TRANSIENT.some((pattern) => pattern.test(text));
}
