/**
 * What a promotion's GitHub deployment says: its description (at most 140 characters, GitHub's
 * limit) and its payload. Apart from the octokit client so the action loads octokit only when it
 * records a deployment.
 */
import type { DeploymentRecord } from './deployments.js';

/** GitHub keeps at most 140 characters of a description. */
export function shortDescription(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}

/** `ml-runtime 1.2.3 (sha256:0123456789ab) → production`: what the deployment shows in the environment's list. */
export function deploymentDescription(record: Pick<DeploymentRecord, 'name' | 'version' | 'digest' | 'channel' | 'environment'>): string {
  return shortDescription(`${record.name} ${record.version} (${record.digest.slice(0, 19)}) → ${record.channel ?? record.environment}`);
}

/** What the deployment carries for tools that read the ledger (`listDeployments` → payload). */
export function deploymentPayload(record: DeploymentRecord): Record<string, string> {
  return {
    name: record.name,
    image: record.image,
    digest: record.digest,
    version: record.version,
    ...(record.channel ? { channel: record.channel } : {}),
    ...(record.previousVersion ? { previous_version: record.previousVersion } : {}),
  };
}
