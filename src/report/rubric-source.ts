/** The line under a table's heading: where its rubric came from, and the first 12 hex of its sha256. */
import { message } from '../i18n/catalog.js';
import type { Lang } from '../model/localized.js';
import type { RubricIdentity } from '../pipeline/rubric-identity.js';

export function rubricSourceLine(identity: RubricIdentity, lang: Lang): string {
  const sha = identity.sha256.slice(0, 12);
  return identity.path !== undefined
    ? message(lang, 'trust.rubric-path', { path: identity.path, sha })
    : message(lang, 'trust.rubric-builtin', { id: identity.id, sha });
}
