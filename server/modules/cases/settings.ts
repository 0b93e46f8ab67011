import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import type { RemedyOption, WarrantyTerm } from './tables.js';

export const DEFAULT_REMEDY_MENU: RemedyOption[] = [
  { key: 'repair', labelEn: 'Repair', labelZh: '维修' },
  { key: 'replacement', labelEn: 'Replacement', labelZh: '换新' },
  { key: 'refund', labelEn: 'Refund', labelZh: '退款' },
  { key: 'exchange', labelEn: 'Exchange for another model', labelZh: '换货（其他型号）' },
  { key: 'compensation', labelEn: 'Compensation', labelZh: '补偿' },
  { key: 'technical_guidance', labelEn: 'Technical guidance', labelZh: '技术指导' },
  { key: 'apology', labelEn: 'Apology', labelZh: '致歉' },
];

export interface CaseSettings {
  remedyMenu: RemedyOption[];
  externalRecourse: string;
  reopenDays: number;
  warnMinutes: number;
  defaultTeamId: string | null;
  defaultWarrantyMonths: number;
  warrantyTerms: WarrantyTerm[];
}

export const DEFAULT_EXTERNAL_RECOURSE = '';

/** The workspace's case settings, or the defaults when it never saved any. */
export async function getCaseSettings(db: Kysely<Database>, workspaceId: string): Promise<CaseSettings> {
  const row = await db
    .selectFrom('case_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) {
    return {
      remedyMenu: DEFAULT_REMEDY_MENU,
      externalRecourse: DEFAULT_EXTERNAL_RECOURSE,
      reopenDays: 14,
      warnMinutes: 60,
      defaultTeamId: null,
      defaultWarrantyMonths: 12,
      warrantyTerms: [],
    };
  }
  return {
    remedyMenu: row.remedy_menu as RemedyOption[],
    externalRecourse: row.external_recourse,
    reopenDays: row.reopen_days,
    warnMinutes: row.warn_minutes,
    defaultTeamId: row.default_team_id,
    defaultWarrantyMonths: row.default_warranty_months,
    warrantyTerms: row.warranty_terms,
  };
}
