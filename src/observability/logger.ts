import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Logs carry ids, never names, answers, notes or tokens (DESIGN §6): the redact list is a
 * safety net for fields that should never be logged in the first place.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: "trivsel" },
      redact: {
        paths: ["*.name", "*.text", "*.note", "*.token", "*.authorization", "req.headers.authorization", "*.values"],
        censor: "[redacted]",
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}
