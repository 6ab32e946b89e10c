/**
 * Ignition 8 quality codes (the manual's "Quality Codes and Overlays" page): a level in the top two bits
 * (Good 0, Uncertain 1, Bad 2, Error 3) and a subcode in the low 16 bits. `getCode()` in a script is the full
 * 32-bit signed value: Good is 192, Bad_NotFound is -2147483129.
 */
export const QUALITY_SUBCODES = {
  Good_Unspecified: 0, Good_WritePending: 2, Good: 192, Good_Provisional: 200, Good_Initial: 201, Good_Overload: 202,
  Good_Backfill: 203,
  Uncertain: 256, Uncertain_LastKnownValue: 257, Uncertain_InitialValue: 258, Uncertain_DataSubNormal: 259,
  Uncertain_EngineeringUnitsExceeded: 260, Uncertain_IncompleteOperation: 261,
  Bad: 512, Bad_Unauthorized: 513, Bad_AccessDenied: 514, Bad_Disabled: 515, Bad_Stale: 516, Bad_TrialExpired: 517,
  Bad_LicenseExceeded: 518, Bad_NotFound: 519, Bad_ReferenceNotFound: 520, Bad_AggregateNotFound: 521,
  Bad_NotConnected: 522, Bad_GatewayCommOff: 523, Bad_OutOfRange: 524, Bad_DatabaseNotConnected: 525,
  Bad_ReadOnly: 526, Bad_Failure: 527, Bad_Unsupported: 528,
  Error: 768, Error_Configuration: 769, Error_ExpressionEval: 770, Error_TagExecution: 771, Error_TypeConversion: 772,
  Error_DatabaseQuery: 773, Error_IO: 774, Error_TimeoutExpired: 775, Error_Exception: 776,
  Error_InvalidPathSyntax: 777, Error_Formatting: 778, Error_ScriptEval: 779, Error_CycleDetected: 780,
} as const;

export type QualityName = keyof typeof QUALITY_SUBCODES;
export const QUALITY_NAMES = Object.keys(QUALITY_SUBCODES) as [QualityName, ...QualityName[]];

/** A quality as a script sees it: `Bad_NotFound("Path '[default]X' not found.")` prints name and diagnostic. */
export interface Quality {
  readonly name: QualityName;
  /** The diagnostic message, shown in parentheses after the name; null for none. */
  readonly diagnostic: string | null;
}

export const GOOD: Quality = { name: 'Good', diagnostic: null };

export function quality(name: QualityName, diagnostic: string | null = null): Quality {
  return { name, diagnostic };
}

/** The full signed 32-bit code: the level (from the subcode's range) in the top bits, the subcode below. */
export function qualityCode(name: QualityName): number {
  const sub = QUALITY_SUBCODES[name];
  const level = sub < 256 ? 0 : sub < 512 ? 1 : sub < 768 ? 2 : 3;
  return ((level << 30) | sub) | 0;
}

/** How Ignition prints a quality: `Good`, or `Bad_NotFound("...")` with a diagnostic message. */
export function qualityText(q: Quality): string {
  return q.diagnostic === null ? q.name : `${q.name}("${q.diagnostic}")`;
}
