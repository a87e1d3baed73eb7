// The fill-in values and what a placeholder of each kind takes: the small part of the placeholder
// vocabulary that content pages load up front (issue 9's 15 KB budget). Finding and classifying
// placeholders (placeholders.ts, with its rules) runs at build time and on the list page.

/** What a placeholder stands for, judged from the words around it. */
export type PlaceholderKind = 'unit' | 'branch' | 'region' | 'person' | 'year' | 'deadline' | 'docNumber' | 'date' | 'number' | 'other';

/**
 * How a kind is filled: "shared" kinds take one value for the whole text from the fill-in panel
 * (单位名称 fills every XX单位); "own" kinds (a date in the narrative, a count, anything unknown)
 * differ at each occurrence and are filled one by one (click the mark, or edit the text).
 */
export const KIND_INFO: Readonly<Record<PlaceholderKind, { fill: 'shared' | 'own' }>> = {
  unit: { fill: 'shared' },
  branch: { fill: 'shared' },
  region: { fill: 'shared' },
  person: { fill: 'shared' },
  year: { fill: 'shared' },
  deadline: { fill: 'shared' },
  docNumber: { fill: 'shared' },
  date: { fill: 'own' },
  number: { fill: 'own' },
  other: { fill: 'own' },
};

/** Shared kinds the fill-in panel always offers, in panel order (people by role are added as found). */
export const FILL_KINDS = ['unit', 'branch', 'region', 'person', 'year', 'deadline', 'docNumber'] as const;
export type FillKind = (typeof FILL_KINDS)[number];

/**
 * The reader's own details by fill key: a shared kind ("unit", "deadline") or a person by role
 * ("person:党委书记"), e.g. { unit: '红星社区', 'person:党委书记': '张建国' }. Missing or empty
 * values leave placeholders as they are.
 */
export type FillValues = Record<string, string>;

/** What a value is looked up by: a placeholder's fill key (see placeholders.ts PlaceholderMatch). */
export interface Keyed {
  /** "unit", "person:党委书记", "person"; undefined for kinds filled one by one. */
  key?: string;
}

/** The fill key of a placeholder: "unit", "person:党委书记", "person"; undefined for kinds filled one by one. */
export function fillKeyOf(kind: PlaceholderKind, role?: string): string | undefined {
  if (KIND_INFO[kind].fill !== 'shared') return undefined;
  return kind === 'person' && role ? `person:${role}` : kind;
}

/** Whether the fill-in panel fills `kind` for the whole text. */
export function isSharedKind(kind: PlaceholderKind | string): boolean {
  return kind in KIND_INFO && KIND_INFO[kind as PlaceholderKind].fill === 'shared';
}

/**
 * The reader's value for one placeholder by its fill key, undefined when none is given. People
 * are filled by role only: "党委书记×" never takes the value given for "党委副书记×".
 */
export function valueFor(match: Keyed, values: FillValues): string | undefined {
  return (match.key ? values[match.key]?.trim() : undefined) || undefined;
}

/** The text to show for one placeholder: the reader's value for it, else the placeholder itself. */
export function fillOne(match: Keyed & { text: string }, values: FillValues): string {
  return valueFor(match, values) ?? match.text;
}

const KEY = new RegExp(`^(?:${FILL_KINDS.join('|')}|person:[\\p{Script=Han}]{1,8})$`, 'u');

/** Keeps only known keys with non-empty, trimmed values of at most 60 characters. */
export function cleanFillValues(value: unknown): FillValues {
  const out: FillValues = {};
  if (!value || typeof value !== 'object') return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>).slice(0, 100)) {
    if (KEY.test(key) && typeof v === 'string' && v.trim()) out[key] = v.trim().slice(0, 60);
  }
  return out;
}
