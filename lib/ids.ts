/** Ids come from URLs and forms: anything that is not a UUID cannot name a record. */
import { z } from "zod";

const uuid = z.uuid();

export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
