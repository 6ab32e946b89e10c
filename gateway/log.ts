/** One line of the gateway's security log: what happened, to whom, from where. Values are data, never markup. */
export interface GatewayLogEntry {
  readonly event: string;
  readonly [field: string]: string | number | boolean | null | undefined;
}

export type GatewayLog = (entry: GatewayLogEntry) => void;

/** Writes each entry as one JSON line (so a hostile username cannot forge extra lines) with a timestamp. */
export function jsonLinesLog(write: (line: string) => unknown): GatewayLog {
  return (entry) => {
    try {
      write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
    } catch {
      // A broken log sink must not take a request down with it.
    }
  };
}

/** The default sink: standard error. */
export const stderrLog: GatewayLog = jsonLinesLog((line) => process.stderr.write(line));
