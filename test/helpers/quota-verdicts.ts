/**
 * Each quota's verdict from rank's JSON, table by table, without what varies from file to file
 * (the files its candidates are in): for tests that a change of input leaves the verdicts alone.
 */
export interface QuotaVerdict {
  quota: string;
  group: string;
  n: number;
  reached: number;
  status: string;
  provisional: boolean;
}

export function quotaVerdicts(json: { tables: { quotas: QuotaVerdict[] }[] }): QuotaVerdict[] {
  return json.tables.flatMap((t) =>
    t.quotas.map(({ quota, group, n, reached, status, provisional }) => ({
      quota,
      group,
      n,
      reached,
      status,
      provisional,
    })),
  );
}
